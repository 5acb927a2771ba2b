"""Hypothesis on the pipeline's core as the pipeline chains it: arbitrary bytes through decoding, arbitrary
text through the cleaner, the entity extractor and the figure extractor (fed the entities, as the pipeline
does). Nothing raises, every span slices to its text, and fact ids (derived from spans) stay unique."""
from __future__ import annotations

import codecs
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tourpipe.cleaning import clean_text
from tourpipe.core import fact_records
from tourpipe.entities import extract_entities
from tourpipe.figures import extract_facts
from tourpipe.ingest import DecodeError, decode_bytes, read_source
from tourpipe.models import Rejected, SourceFile

LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "EVENT"}
UNIT_KINDS = {None, "count", "money", "percent", "measure", "duration"}

# Pieces of real pages (figures, furniture, names, odd separators) to splice between arbitrary characters.
FRAGMENTS = [
    "57 joint projects worth $16 bn", "more than 120 enterprises", "revenue exceeded one billion yuan ($160 million) in 2014",
    "около $500 млн", "свыше 30 встреч", "более 6 тыс. компаний", "на 12,5%", "от 3 до 5 км", "$1.2-1.5 billion",
    "Kazakhstan's", "Казахстана", "Xi Jinping", "Алматы", "Shanghai", "Gabon 24", "5G", "Tiggo 2", "the third event",
    "Ru Kz", "Все новости", "fontSize: big middle small", "Special Reports", "By Wednesday,", "1.png",
    "Комментарии отсутствуют", "Photo: Xinhua", "2023", "12.05.2024", "1,000,000", "½", "٣", "①", "−7",
    "\n", "\n\n", "\r\n", "\r", "\t", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x85", "\u00a0", "\u200b",
    "\ufeff", "\u0301", "👍", "(", ")", "«", "»", "—", "–", "-", ".", ",", " ", "  ", "%", "$", "€", "₸", "¥",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30).map("".join)


def _check_spans(source: str, rows, what: str) -> None:
    for r in rows:
        assert 0 <= r.start_char <= r.end_char <= len(source), (what, r)
        assert source[r.start_char:r.end_char] == r.text, (what, r)


def _check_facts(source: str, facts) -> None:
    _check_spans(source, facts, "fact")
    for k, f in enumerate(facts):
        assert f.text, f
        assert f.unit_kind in UNIT_KINDS, f
        assert f.equivalent_of is None or f.equivalent_of in {g.span for g in facts}, f
    ids = [r["fact_id"] for r in fact_records("doc", facts)]
    assert len(ids) == len(set(ids)), "two facts share a span, so their fact_ids collide"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["en", "ru"]))
@example("", "en")
@example("\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e", "ru")
def test_cleaner_then_figures_never_raise_and_spans_slice(raw, lang):
    cleaned = clean_text(raw, lang)
    assert isinstance(cleaned.clean_text, str)
    for line in cleaned.removed:
        assert line.line_no >= 0 and isinstance(line.reason, str) and line.reason
    _check_facts(cleaned.clean_text, extract_facts(cleaned.clean_text, lang))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["en", "ru"]))
def test_entities_then_figures_never_raise_and_spans_slice(raw, lang):
    text = clean_text(raw, lang).clean_text
    (mentions,) = list(extract_entities([text], lang))
    _check_spans(text, mentions, "entity")
    for e in mentions:
        assert e.label in LABELS and e.text, e
    _check_facts(text, extract_facts(text, lang, mentions))


# Arbitrary bytes, and arbitrary text in every encoding the reader accepts, as files on disk.
encoded = st.tuples(st.text(max_size=200), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1251", "koi8-r"])).map(
    lambda te: (codecs.BOM_UTF16_BE if te[1] == "utf-16-be" else b"") + te[0].encode(te[1], errors="ignore"))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=400), encoded))
def test_any_bytes_are_decoded_or_refused_with_a_reason(data):
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert text.strip() and encoding
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.txt"
        path.write_bytes(data)
        [result] = read_source(path, Path(folder), datetime(2026, 1, 1))
    assert isinstance(result, (SourceFile, Rejected))
    if isinstance(result, SourceFile):
        assert "\r" not in result.text and result.size_bytes == len(data)
        cleaned = clean_text(result.text, "en")
        _check_facts(cleaned.clean_text, extract_facts(cleaned.clean_text, "en"))
    else:
        assert result.reason
