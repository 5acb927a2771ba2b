"""Records of .jsonl/.json files: good records parsed with their fields, bad ones refused with a reason, one
content-based doc_id per record; publication dates as feeds write them."""
from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from tourpipe.records import BadRecord, Record, RecordsError, canonical_bytes, parse_published, parse_records

LIMIT = 10 * 1024 * 1024
ARTICLE = {"url": "https://silkroad-wire.example/2024/06/03/astana-digital-forum",
           "title": "Astana hosts a digital forum", "published": "2024-06-03T10:00:00+05:00",
           "source": "Silk Road Wire", "text": "More than 400 delegates from 20 countries attended the forum."}


def _jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def test_a_good_record_keeps_its_fields_and_its_date():
    [record] = parse_records(_jsonl(ARTICLE), jsonl=True, max_bytes=LIMIT).items
    assert isinstance(record, Record)
    assert (record.no, record.url, record.title, record.source) == (1, ARTICLE["url"], ARTICLE["title"], "Silk Road Wire")
    assert record.published == date(2024, 6, 3) and record.text == ARTICLE["text"] and record.html is None


@pytest.mark.parametrize("line, reason", [
    ('{"title": "Cut short", "text": "The scraper stopped', "invalid JSON (Unterminated string starting at: column 32)"),
    ('{"text": "x",}', "invalid JSON (Expecting property name enclosed in double quotes: column 14)"),
    ("[1, 2]", "not a JSON object (a list)"),
    ('"a string"', "not a JSON object (text)"),
    ("null", "not a JSON object (null)"),
    ('{"title": "Headline only"}', "no article: neither text nor html holds any text"),
    ('{"title": "Blank", "text": "   ", "html": ""}', "no article: neither text nor html holds any text"),
    ('{"text": "Body.", "url": 42}', "wrong type: url is a number, expected text"),
    ('{"text": "Body.", "published": 20240517}', "wrong type: published is a number, expected text"),
    ('{"text": ["para one", "para two"]}', "wrong type: text is a list, expected text"),
    ('{"text": "Body.", "source": {"name": "Wire"}}', "wrong type: source is an object, expected text"),
    ('{"html": true}', "wrong type: html is true/false, expected text"),
    ('{"text": "Body.", "published": "yesterday"}', "unparseable date: published 'yesterday'"),
    ('{"text": "Body.", "published": "2024-02-30"}', "unparseable date: published '2024-02-30'"),
    ('{"text": "Body.", "published": "0001-01-01"}', "unparseable date: published '0001-01-01' (0001-01-01 is outside"),
    ('{"text": "Lone \\ud800 surrogate."}', "invalid text: a lone surrogate"),
    ("[" * 100_000, "invalid JSON (nested too deeply)"),
])
def test_a_bad_record_is_refused_with_a_reason(line, reason):
    [record] = parse_records(_jsonl(line), jsonl=True, max_bytes=LIMIT).items
    assert isinstance(record, BadRecord) and record.no == 1
    assert record.reason.startswith(reason), record.reason
    assert record.size_bytes == len(line.encode("utf-8"))


def test_bad_records_never_stop_the_good_ones_and_keep_their_line_numbers():
    text = _jsonl(ARTICLE, "{broken", "", {**ARTICLE, "title": "Second"}, "42") + "\n\n"
    items = parse_records(text, jsonl=True, max_bytes=LIMIT).items
    assert [(type(r).__name__, r.no) for r in items] == [("Record", 1), ("BadRecord", 2), ("Record", 4),
                                                          ("BadRecord", 5)]


def test_a_record_over_the_size_limit_is_refused_alone():
    big = {**ARTICLE, "text": "Forty-two parks. " * 100}
    items = parse_records(_jsonl(big, ARTICLE), jsonl=True, max_bytes=1000).items
    assert isinstance(items[0], BadRecord) and items[0].reason.startswith("too large (")
    assert isinstance(items[1], Record)


def test_a_json_file_holds_one_object_or_a_list_of_objects():
    one = parse_records(json.dumps(ARTICLE, indent=2), jsonl=False, max_bytes=LIMIT)
    assert one.single and [type(r) for r in one.items] == [Record]
    many = parse_records(json.dumps([ARTICLE, "not an object", {**ARTICLE, "title": "Two"}]), jsonl=False,
                         max_bytes=LIMIT)
    assert not many.single
    assert [(type(r).__name__, r.no) for r in many.items] == [("Record", 1), ("BadRecord", 2), ("Record", 3)]


@pytest.mark.parametrize("text, jsonl, reason", [
    ('{"text": "no closing brace"', False, "invalid JSON (Expecting ',' delimiter"),
    ('"just text"', False, "not a JSON object or a list of objects (the file holds text)"),
    ("3.14", False, "not a JSON object or a list of objects (the file holds a number)"),
    ("[]", False, "no records (an empty list)"),
    ("\n  \n", True, "no records (only blank lines)"),
])
def test_a_file_that_holds_no_records_is_refused_whole(text, jsonl, reason):
    with pytest.raises(RecordsError) as err:
        parse_records(text, jsonl=jsonl, max_bytes=LIMIT)
    assert str(err.value).startswith(reason)


def test_doc_id_is_the_sha256_of_the_recognised_fields_as_canonical_json():
    [record] = parse_records(_jsonl(ARTICLE), jsonl=True, max_bytes=LIMIT).items
    canonical = json.dumps(ARTICLE, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    assert record.doc_id == hashlib.sha256(canonical).hexdigest() and record.size_bytes == len(canonical)
    assert canonical_bytes(ARTICLE) == canonical


def test_the_same_article_is_the_same_document_however_it_is_written():
    """Key order, spacing, an API's own id, a crawl time, a null or blank field: none of them is the article."""
    variants = [
        ARTICLE,
        dict(reversed(ARTICLE.items())),
        {**ARTICLE, "id": 9001, "scraped_at": "2024-06-03T12:14:55Z"},
        {**ARTICLE, "html": None},
        {**ARTICLE, "html": "   "},
    ]
    text = "\n".join(json.dumps(v, indent=None, separators=(", ", ": ")) for v in variants)
    text += "\n" + json.dumps(ARTICLE, separators=(",", ":"), ensure_ascii=True)
    ids = {r.doc_id for r in parse_records(text, jsonl=True, max_bytes=LIMIT).items}
    assert len(ids) == 1
    changed = parse_records(_jsonl({**ARTICLE, "title": "Astana hosts a digital forum!"}), jsonl=True,
                            max_bytes=LIMIT).items[0]
    assert changed.doc_id not in ids


def test_a_u2028_inside_a_json_string_is_not_a_line_break():
    [record] = parse_records(_jsonl({"text": "One line\u2028still the same record."}), jsonl=True, max_bytes=LIMIT).items
    assert isinstance(record, Record) and "\u2028" in record.text


@pytest.mark.parametrize("value, expected", [
    ("2024-05-17", date(2024, 5, 17)),
    ("2024-05-17T09:30:00Z", date(2024, 5, 17)),
    ("2024-05-17T23:30:00-05:00", date(2024, 5, 17)),  # the publisher's own date, not converted to UTC
    ("2024-05-17 09:30", date(2024, 5, 17)),
    ("2024-05-17T09:30:00.123456+06:00", date(2024, 5, 17)),
    ("  2024-05-17  ", date(2024, 5, 17)),
    ("Fri, 17 May 2024 09:30:00 +0600", date(2024, 5, 17)),
    ("17 May 2024 09:30:00 GMT", date(2024, 5, 17)),
])
def test_publication_dates_as_feeds_write_them(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "17/05/2024", "2024-13-01", "2024-05-17junk", "", "1850-01-01",
                                   "9999-12-31"])
def test_dates_that_are_not_publication_dates(value):
    with pytest.raises(ValueError):
        parse_published(value)
