"""Reading seeds: encodings are decoded, pages and records become documents, bad files and records are rejected
with a reason naming the problem."""
from __future__ import annotations

import codecs
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tourpipe.ingest import (
    DecodeError,
    decode_bytes,
    decode_html,
    doc_id_of,
    list_seeds,
    read_source,
    seeds_fingerprint,
)
from tourpipe.models import Rejected, SourceFile

RU = "Министр провёл около 30 встреч с инвесторами в Пекине. Стороны обсудили 57 совместных проектов."
EN = "Six journalists from Kazakhstan visited Shanghai on Monday."


@pytest.mark.parametrize("data, encoding", [
    (RU.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + RU.encode("utf-8"), "utf-8 with BOM"),
    (RU.encode("utf-16"), "utf-16 with BOM"),
    (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), "utf-16 with BOM"),
    (RU.encode("cp1251"), "cp1251"),
    (RU.encode("koi8-r"), "koi8-r"),
    (EN.encode("ascii"), "utf-8"),
])
def test_encodings_decode_to_the_same_text(data, encoding):
    text, found = decode_bytes(data)
    assert text == (RU if "Министр" in text else EN)
    assert found == encoding


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary content (PNG signature)"),
    (b"%PDF-1.7\n" + bytes(50), "binary content (PDF signature)"),
    (b"abc\x00def ghi", "binary content (NUL byte"),
    (bytes(range(128, 256)) * 4, "undecodable"),
])
def test_bad_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert str(err.value).startswith(reason)


def test_read_source_rejects_unsupported_type_and_keeps_size(tmp_path: Path):
    (tmp_path / "notes.pdf").write_bytes(b"hello")
    [result] = read_source(tmp_path / "notes.pdf", tmp_path, datetime(2026, 1, 1))
    assert isinstance(result, Rejected)
    assert "unsupported type (.pdf" in result.reason and result.size_bytes == 5


def test_read_source_rejects_symlink_outside_seeds(tmp_path: Path):
    outside = tmp_path / "secret.txt"
    outside.write_text(EN)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "link.txt").symlink_to(outside)
    [result] = read_source(seeds / "link.txt", seeds, datetime(2026, 1, 1))
    assert isinstance(result, Rejected) and "symlink points outside" in result.reason


def test_vanished_file_is_rejected_not_raised(tmp_path: Path):
    [result] = read_source(tmp_path / "gone.txt", tmp_path, datetime(2026, 1, 1))
    assert isinstance(result, Rejected) and result.reason == "file vanished before it could be read"


def test_files_are_identified_by_their_bytes_and_newlines_normalised(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"Line one.\r\nLine two.\r\n")
    (tmp_path / "b.txt").write_bytes(b"Line one.\r\nLine two.\r\n")
    (tmp_path / "c.txt").write_bytes(b"")
    read = [r for f in list_seeds(tmp_path) for r in read_source(Path(f.path), tmp_path, datetime(2026, 1, 1))]
    files = [r for r in read if isinstance(r, SourceFile)]
    assert [f.file_name for f in files] == ["a.txt", "b.txt"]
    assert files[0].doc_id == files[1].doc_id
    assert files[0].text == "Line one.\nLine two.\n"
    assert [(r.file_name, r.reason) for r in read if isinstance(r, Rejected)] == [("c.txt", "empty file")]


def test_fingerprint_changes_with_content_and_listing(tmp_path: Path):
    (tmp_path / "a.txt").write_text(EN)
    first = seeds_fingerprint(tmp_path)
    assert seeds_fingerprint(tmp_path) == first
    (tmp_path / "b.txt").write_text(RU)
    second = seeds_fingerprint(tmp_path)
    assert second != first
    (tmp_path / "b.txt").unlink()
    assert seeds_fingerprint(tmp_path) == first


def test_utf8_with_one_broken_byte_is_kept_and_marked():
    data = ("Kazakhstan and China signed 33 agreements. " * 40).encode() + b"\xff" + b" The end."
    text, encoding = decode_bytes(data)
    assert text.startswith("Kazakhstan and China") and text.endswith("The end.")
    assert encoding == "utf-8 (1 invalid byte replaced)"


def test_list_seeds_lists_nested_files_by_name_and_skips_hidden_ones(tmp_path: Path):
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "a.txt", ".hidden.txt", ".cache/x.txt", "a/.draft.txt", "a-b.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Astana.\n", encoding="utf-8")
    listed = list_seeds(tmp_path)
    assert [f.name for f in listed] == ["a-b.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt"]
    assert all(Path(f.path) == tmp_path / f.name for f in listed)
    assert list_seeds(tmp_path / "missing") == []


def test_list_seeds_stats_each_file_once_and_keeps_the_unstatable(tmp_path: Path):
    """One listing pass gives each file's size and mtime through symlinks; a broken symlink is still
    listed (with no size), so that the run can reject it by name; a symlinked folder is not entered."""
    import os

    from tourpipe.ingest import list_seeds

    (tmp_path / "a.txt").write_text("Astana.\n", encoding="utf-8")  # 8 bytes
    os.utime(tmp_path / "a.txt", ns=(1_000_000_000, 1_700_000_000_123_456_789))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Almaty and Astana.\n", encoding="utf-8")  # 19 bytes
    (tmp_path / "link.txt").symlink_to(tmp_path / "sub" / "b.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "folder-link").symlink_to(tmp_path / "sub", target_is_directory=True)
    listed = {f.name: f for f in list_seeds(tmp_path)}
    assert sorted(listed) == ["a.txt", "dangling.txt", "link.txt", "sub/b.txt"]
    assert (listed["a.txt"].size, listed["a.txt"].mtime_ns, listed["a.txt"].symlink) == (8, 1_700_000_000_123_456_789, False)
    assert (listed["link.txt"].size, listed["link.txt"].symlink) == (19, True)
    assert (listed["dangling.txt"].size, listed["dangling.txt"].mtime_ns) == (None, None)
    assert listed["sub/b.txt"].path == str(tmp_path / "sub" / "b.txt")


# -- pages and records: what real scrapers write ---------------------------------------------------------
SCRAPED = Path(__file__).parent / "data" / "scraped"
NOW = datetime(2026, 1, 1)


def _read(name: str, **kwargs) -> list:
    return read_source(SCRAPED / name, SCRAPED, NOW, **kwargs)


def test_an_html_page_is_one_document_with_its_metadata():
    [page] = _read("steppe_daily_urumqi.html")
    assert isinstance(page, SourceFile)
    assert (page.file_name, page.seed_file, page.record_no) == ("steppe_daily_urumqi.html", "steppe_daily_urumqi.html", None)
    assert page.doc_id == doc_id_of((SCRAPED / "steppe_daily_urumqi.html").read_bytes())  # a page is its bytes
    assert page.title == "Kazakh journalists tour Urumqi software park"
    assert (page.published, page.source) == (date(2024, 5, 17), "Steppe Daily")
    assert page.url == "https://steppe-daily.example/news/2024/05/17/kazakh-journalists-tour-urumqi-software-park"
    assert page.text.startswith("Kazakh journalists tour Urumqi software park\nA delegation of twelve journalists")


def test_an_html_page_without_metadata_leaves_the_fields_empty():
    [page] = _read("stepnye_vesti_shanghai.html")
    assert isinstance(page, SourceFile) and page.encoding == "cp1251 (declared)"
    assert (page.url, page.source) == (None, None)
    assert page.title == "Журналисты из Казахстана посетили технопарк в Шанхае"  # the page's own headline
    assert "\r" not in page.text


def test_the_charset_a_page_declares_decodes_it_when_its_bytes_are_not_utf8():
    html, encoding = decode_html((SCRAPED / "stepnye_vesti_shanghai.html").read_bytes())
    assert encoding == "cp1251 (declared)" and "Журналисты из Казахстана" in html
    utf8 = '<meta charset="windows-1251"><p>Журналисты</p>'.encode()  # a page that says one thing and is another
    assert decode_html(utf8) == (utf8.decode(), "utf-8")
    assert decode_html('<meta charset="no-such-charset"><p>Café</p>'.encode("latin-1"))[1].startswith("utf-8 (1 invalid")


def test_records_are_documents_named_after_their_file_and_number_and_bad_ones_are_rejected():
    read = _read("wire.jsonl")
    assert [(type(r).__name__, r.file_name) for r in read] == [
        ("SourceFile", "wire.jsonl#1"), ("SourceFile", "wire.jsonl#2"), ("Rejected", "wire.jsonl#3"),
        ("SourceFile", "wire.jsonl#4"), ("Rejected", "wire.jsonl#6"), ("Rejected", "wire.jsonl#7"),
        ("Rejected", "wire.jsonl#8"), ("Rejected", "wire.jsonl#9")]  # line 5 is blank
    assert all((r.seed_file, r.record_no) == ("wire.jsonl", int(r.file_name.rsplit("#")[1])) for r in read)
    reasons = {r.file_name: r.reason for r in read if isinstance(r, Rejected)}
    assert reasons == {
        "wire.jsonl#3": "wire.jsonl record 3: invalid JSON (Unterminated string starting at: column 102)",
        "wire.jsonl#6": "wire.jsonl record 6: wrong type: published is a number, expected text",
        "wire.jsonl#7": "wire.jsonl record 7: not a JSON object (text)",
        "wire.jsonl#8": "wire.jsonl record 8: no article: neither text nor html holds any text",
        "wire.jsonl#9": "wire.jsonl record 9: unparseable date: published 'yesterday' (expected an ISO 8601 date "
                        "such as 2024-05-17 or 2024-05-17T09:30:00+06:00, or an RFC 2822 date)",
    }


def test_a_text_record_gets_its_title_as_headline_and_keeps_its_fields():
    first = _read("wire.jsonl")[0]
    assert first.text.startswith("Astana hosts a digital forum for Central Asian start-ups\n\nASTANA, June 3 - More")
    assert (first.published, first.source) == (date(2024, 6, 3), "Silk Road Wire")
    assert first.url == "https://silkroad-wire.example/2024/06/03/astana-digital-forum"
    ru = _read("wire.jsonl")[3]
    assert (ru.published, ru.source) == (date(2025, 3, 11), "Степные вести")  # RFC 2822 date


def test_an_html_record_is_read_through_trafilatura_and_the_page_fills_what_the_record_leaves_out():
    html = _read("wire.jsonl")[1]
    assert html.text.split("\n")[0] == "Khorgos dry port doubles throughput"
    assert "Home | Markets" not in html.text and "1,200 container trains" in html.text
    assert (html.title, html.published, html.source) == ("Khorgos dry port doubles throughput", date(2024, 7, 1),
                                                          "Silk Road Wire")
    assert html.url == "https://silkroad-wire.example/2024/07/01/khorgos-dry-port"


def test_a_json_list_is_records_and_the_same_article_in_two_files_is_one_document():
    digest = _read("digest.json")
    assert [(r.file_name, r.record_no) for r in digest] == [("digest.json#1", 1), ("digest.json#2", 2)]
    assert digest[0].doc_id == _read("wire.jsonl")[0].doc_id  # keys in another order, plus an API id
    assert digest[1].published == date(2024, 6, 10)


def test_a_json_file_with_one_object_is_one_document_named_like_the_file(tmp_path: Path):
    (tmp_path / "article.json").write_text(json.dumps({"title": "Park opens", "text": "A park opened in Almaty."}))
    (tmp_path / "bad.json").write_text(json.dumps({"title": "Park opens", "published": "soon", "text": "Body."}))
    [one] = read_source(tmp_path / "article.json", tmp_path, NOW)
    assert (one.file_name, one.record_no, one.text) == ("article.json", None, "Park opens\n\nA park opened in Almaty.")
    [bad] = read_source(tmp_path / "bad.json", tmp_path, NOW)
    assert isinstance(bad, Rejected) and bad.file_name == "bad.json" and bad.reason.startswith("unparseable date")


@pytest.mark.parametrize("name, data, reason", [
    ("broken.json", b'{"title": "x", ', "invalid JSON (Expecting property name enclosed in double quotes"),
    ("scalar.json", b"42", "not a JSON object or a list of objects (the file holds a number)"),
    ("none.json", b"[]", "no records (an empty list)"),
    ("blank.jsonl", b"\n\n  \n", "empty file"),
    ("image.jsonl", b"\x89PNG\r\n\x1a\n" + bytes(64), "binary content (PNG signature)"),
    ("nav.html", b"<html><head><title>Steppe Daily</title></head><body></body></html>",
     "no article text found in the page"),
    ("empty.htm", b"", "empty file"),
])
def test_a_file_that_holds_no_document_is_rejected_whole(tmp_path: Path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    [result] = read_source(tmp_path / name, tmp_path, NOW)
    assert isinstance(result, Rejected) and (result.file_name, result.seed_file, result.record_no) == (name, name, None)
    assert result.reason.startswith(reason), result.reason


def test_records_processed_before_are_identified_but_not_extracted_again():
    first = _read("wire.jsonl")
    known = frozenset({first[1].doc_id})  # the html record
    again = _read("wire.jsonl", known=known)
    assert [(r.file_name, getattr(r, "doc_id", None)) for r in again] == [(r.file_name, getattr(r, "doc_id", None)) for r in first]
    assert again[1].text is None and again[0].text == first[0].text


def test_unsupported_types_name_the_accepted_ones(tmp_path: Path):
    (tmp_path / "feed.xml").write_text("<rss/>")
    [result] = read_source(tmp_path / "feed.xml", tmp_path, NOW)
    assert result.reason == "unsupported type (.xml; expected .htm, .html, .json, .jsonl, .txt)"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode),
                      st.lists(st.dictionaries(st.sampled_from(["url", "title", "published", "source", "text", "html",
                                                                "id"]),
                                               st.one_of(st.none(), st.text(max_size=40), st.integers())),
                               max_size=4).map(lambda rs: "\n".join(json.dumps(r) for r in rs).encode())),
       suffix=st.sampled_from([".jsonl", ".json", ".html"]))
def test_any_bytes_as_a_page_or_records_are_read_or_rejected_never_raised(tmp_path: Path, data, suffix):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    results = read_source(path, tmp_path, NOW)
    assert results
    for r in results:
        assert isinstance(r, (SourceFile, Rejected)) and r.seed_file == path.name
        if isinstance(r, SourceFile):
            assert r.text and r.text.strip() and "\r" not in r.text and len(r.doc_id) == 64
        else:
            assert r.reason
