"""Bounded work on text no article holds (issue 17): the per-line budgets of the entity models and the parse
pieces of the events reader keep the work linear, and ordinary text reads as before. Time and memory of whole
runs on such text are measured by `tourpipe bench --hostile`, not here."""
from __future__ import annotations

import re

import tourpipe.events.extract as extract
from tourpipe.core import Document, find_entities, find_events
from tourpipe.entities.english.names import embassies
from tourpipe.entities.russian.rules import _LANGUAGE_LIST_TAIL
from tourpipe.entities.spans import CASELESS_WORDS, LINE_BUDGET, model_segments
from tourpipe.models import Entity
from tourpipe.syntax import PARSE_PIECE, sentence_pieces, sentence_spans

PROSE = "the delegation visited the park and signed an agreement with the company "


def test_an_overlong_sentence_is_parsed_in_pieces_cut_between_words():
    text = "Visitors came. The" + PROSE[3:] + PROSE * 300 + "end."
    pieces = sentence_pieces(text)
    assert pieces[0] == (0, 14)  # an ordinary sentence is one piece, as sentence_spans says
    assert all(e - s <= PARSE_PIECE for s, e in pieces)
    assert all(not text[s - 1].isalpha() and not text[e].isalpha() for s, e in pieces[1:-1])
    # nothing is left out but the whitespace between pieces
    assert re.sub(r"\s", "", "".join(text[s:e] for s, e in pieces)) == re.sub(r"\s", "", text)
    short = "A short line. Another one."
    assert sentence_pieces(short) == sentence_spans(short)


def test_events_on_a_line_without_a_full_stop_slice_and_stay_in_their_piece():
    text = "Hostile input\n\n" + PROSE * 2500 + "\n"
    doc = Document("x", text, "en")
    events = next(find_events([(doc, [], [])]))
    for e in events:
        assert text[e.start_char:e.end_char] == e.trigger
        assert len(e.sentence) <= 400


def test_a_line_over_the_budget_shows_the_model_only_stretches_with_capitals():
    line = "Astana " + PROSE * (LINE_BUDGET // len(PROSE) + 1) + "Beijing hosted the forum."
    segments = list(model_segments(line))
    seen = "".join(piece for _, piece in segments)
    assert seen.startswith("Astana ") and seen.rstrip().endswith("Beijing hosted the forum.")
    assert "delegation" not in seen  # the caseless run is blanked, same length
    assert sum(len(p) for _, p in segments) <= len(line)
    for offset, piece in segments:
        assert all(c == " " or line[offset + k] == c for k, c in enumerate(piece))
    mentions = next(find_entities([Document("x", line, "en")], "en"))
    assert {m.text for m in mentions} >= {"Astana", "Beijing"}


def test_an_ordinary_paragraph_is_read_whole():
    paragraph = ("On Monday the delegation from Kazakhstan visited the logistics park in Urumqi, " + PROSE * 5)
    assert len(paragraph) < LINE_BUDGET and len(PROSE.split()) * 5 > CASELESS_WORDS
    assert list(model_segments(paragraph)) == [(0, paragraph)]


def test_bounded_name_patterns_still_read_real_names():
    text = "Officials of the Chinese Embassy in Kazakhstan hosted the forum."
    assert [text[c.start:c.end] for c in embassies(text)] == ["Chinese Embassy in Kazakhstan"]
    tail = " и русском языках"
    assert _LANGUAGE_LIST_TAIL.match(tail) is not None
    assert _LANGUAGE_LIST_TAIL.match(" и русском, английском и китайском языках") is not None
    assert _LANGUAGE_LIST_TAIL.match(" русский" * 2000) is None  # no "язык": refused after at most eight words


def test_a_russian_line_over_the_budget_with_only_quote_marks_left_is_read_not_failed():
    text = " ".join(["«сказал он «"] * (200_000 // 13))  # bench --hostile's case, its heading cleaned away
    mentions = next(find_entities([Document("x", text, "ru")], "ru"))
    assert all(text[m.start_char:m.end_char] == m.text for m in mentions)


def test_a_line_over_the_budget_hides_a_long_run_of_capitalised_words_but_keeps_names_in_prose():
    names = " ".join(["Astana Beijing Nurlan Tokayev Kazakhstan China"] * 300)
    line = names + " and then the Chinese delegation met Nurlan Tokayev in Astana, officials said."
    assert len(line) > LINE_BUDGET
    seen = "".join(piece for _, piece in model_segments(line))
    assert "Kazakhstan China Astana" not in seen  # the flattened list is blanked
    assert seen.rstrip().endswith("met Nurlan Tokayev in Astana, officials said.")


def test_events_split_a_text_into_sentences_once_however_many_sentences_say_they(monkeypatch):
    # "They visited …" looks back at the sentence before for its group: a split per such sentence made a long page
    # of them quadratic (a text over the split cache's limit was split again on each look)
    calls = []

    def counted(text):
        calls.append(len(text))
        return sentence_spans(text)

    monkeypatch.setattr(extract, "sentence_spans", counted)
    unit = "The journalists arrived in the city. They visited Urumqi.\n"
    text = unit * 300
    urumqi = [m.start() for m in re.finditer("Urumqi", text)]
    entities = [Entity("Urumqi", "GPE", s, s + 6, "Urumqi") for s in urumqi]
    events = next(find_events([(Document("x", text, "en"), entities, [])]))
    assert events and all(text[e.start_char:e.end_char] == e.trigger for e in events)
    assert len(calls) <= 2
