"""Quotations extractor: hand-written sentence tables (English, Russian)."""
from __future__ import annotations

import pytest

from tourpipe.quotes import extract_quotes, quoted_regions
from tourpipe_tests.event_cases import QUOTES, mark

# (id, lang, text, entities, expected quotes: dicts of the fields that must hold), as in event_cases.QUOTES
MORE_QUOTES = [
    # "«…», — пообещал X": a promise attributes the quotation like any verb of speech
    ("ru-quote-then-promised", "ru",
     "«Мы обязательно вернемся сюда вместе с нашими коллегами», - пообещал руководитель делегации Ван Мин.",
     [("Ван Мин", "PERSON")],
     [dict(text="Мы обязательно вернемся сюда вместе с нашими коллегами", direct=True, speaker="Ван Мин",
           speaker_role="руководитель делегации", verb="пообещал")]),
    ("en-promised-that", "en",
     "Governor Aliya Nurlanova promised that the new road would be finished by the autumn.",
     [("Aliya Nurlanova", "PERSON")],
     [dict(text="the new road would be finished by the autumn", speaker="Aliya Nurlanova", verb="promised")]),
    # "promised" needs a clause or a colon: an adjective before a quoted name attributes nothing
    ("en-promised-adjective", "en",
     'The promised "green corridor for exporters of fruit" has not opened yet.', [], []),
]


@pytest.mark.parametrize("case", QUOTES + MORE_QUOTES, ids=[c[0] for c in QUOTES + MORE_QUOTES])
def test_quote_table(case):
    _, lang, text, names, expected = case
    got = extract_quotes(text, lang, mark(text, names))
    assert len(got) == len(expected), [(q.text, q.speaker) for q in got]
    for q, want in zip(got, expected):
        for key, value in want.items():
            assert getattr(q, key) == value, (key, q)
        assert text[q.start_char:q.end_char] == q.text
        assert text[q.speaker_start:q.speaker_end] == q.speaker
        assert "\n" not in q.text and q.sentence


def test_unattributed_cut_off_quotation_is_left_out():
    text = "Журналисты посетили парк.\n«Между Казахстаном и Китаем созданы все условия д"
    assert extract_quotes(text, "ru", []) == []


def test_regions_cover_quoted_words_not_reported_clauses():
    """A reported clause tells news in the reporter's words ("said that the delegation will visit …"): events read
    it; quoted words are the speaker's own and stay out."""
    text = 'The minister said that the plant would open soon. "We toured it," he added.'
    regions = [text[a:b] for a, b in quoted_regions(text, "en")]
    assert "the plant would open soon" not in regions
    assert any(r.startswith("We toured it") for r in regions)
