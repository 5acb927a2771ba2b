"""Bounded work and output (issue 17): the figures extractor is linear in its input, whatever the input."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tourpipe.figures import extract_facts
from tourpipe.figures.lexicon import lexicon_for
from tourpipe.figures.tokens import PIECE_CHARS, pieces
from tourpipe.syntax import SENTENCE_WINDOW

SIZE = 200_000
# (name, lang, a 200 KB line without a sentence end)
PATHOLOGICAL = [
    ("1-1-1", "en", "-".join(["1"] * (SIZE // 2))),
    ("42 and dashes", "en", "42" + "-" * SIZE),
    ("1 1 1", "en", " ".join(["1"] * (SIZE // 2))),
    ("1 млн 1 млн", "ru", " ".join(["1 млн"] * (SIZE // 6))),
    ("dots", "en", "." * SIZE + " A"),
    ("words and digits", "ru", " ".join(["свыше 5 тыс. тонн"] * (SIZE // 18))),
]


# Their time and memory, and a whole run's on each, are measured by `tourpipe bench --hostile`, not here.
@pytest.mark.slow
@pytest.mark.parametrize("name, lang, text", PATHOLOGICAL, ids=[p[0] for p in PATHOLOGICAL])
def test_pathological_line_is_read_with_bounded_output(name, lang, text):
    facts = extract_facts(text, lang)
    assert len(facts) <= len(text) // 4
    for f in facts:
        assert text[f.start_char:f.end_char] == f.text
        assert len(f.sentence) <= SENTENCE_WINDOW


def test_a_run_of_bare_numbers_keeps_only_its_ends():
    facts = extract_facts("Figures: " + " ".join(["7"] * 50) + ".", "en")
    assert len(facts) <= 2


def test_pieces_cover_a_long_sentence_without_cutting_a_grouped_number():
    text = "Revenue was 1 250 000 tenge, " * 200
    cuts = pieces(text, 0, len(text))
    assert all(b - a <= PIECE_CHARS for a, b in cuts)
    assert sum(f.value == 1_250_000 for f in extract_facts(text, "ru")) == 200


def test_sentence_column_is_the_real_sentence_cut_to_a_window():
    long = "The park hosts " + ", ".join(f"firm {k}" for k in range(400)) + " and 5,700 journalists visited it."
    fact = next(f for f in extract_facts(long, "en") if f.value == 5700)
    assert len(fact.sentence) <= SENTENCE_WINDOW and "5,700 journalists" in fact.sentence
    short = "Some 57 journalists visited the park. Another sentence."
    assert extract_facts(short, "en")[0].sentence == "Some 57 journalists visited the park."


def _token_classes(lang: str) -> list[str]:
    """One sample of every class of token the extractor reads in ``lang``."""
    lex = lexicon_for(lang)
    words = [next(iter(lex.number_words)), next(iter(lex.scale_words)), next(iter(lex.vague_scales), "dozens"),
             next(iter(lex.fraction_words), "half"), next(iter(lex.multiplier_words), "twofold"),
             " ".join(next(iter(lex.hedges.table))), " ".join(next(iter(lex.currency_after.table))),
             " ".join(next(iter(lex.measures.table))), next(iter(lex.months)), next(iter(lex.range_openers))]
    return words + ["1", "42", "1,250", "3.5", "1 250", "$", "€", "%", "-", "—", ".", ",", "(", ")", "/", ":", "+",
                    "2024", "5G", "A380", "x@y.com", "http://a.b", "12:30", "2024-05-01", "¥", "US$", "№"]


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lang=st.sampled_from(["en", "ru", "de"]), data=st.data())
def test_long_runs_of_any_token_class_stay_linear(lang, data):
    classes = _token_classes("ru" if lang == "ru" else "en")
    unit = data.draw(st.lists(st.sampled_from(classes), min_size=1, max_size=3))
    sep = data.draw(st.sampled_from([" ", "", "-", ", ", " и ", " and "]))
    n = data.draw(st.integers(min_value=200, max_value=4000))
    text = sep.join([" ".join(unit)] * n)[:40_000]
    facts = extract_facts(text, lang)
    assert len(facts) <= len(text)
    for f in facts:
        assert text[f.start_char:f.end_char] == f.text
        assert len(f.sentence) <= SENTENCE_WINDOW
