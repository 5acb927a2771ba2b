"""The shared word tables' helpers."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tourpipe.vocabulary import Caseless, alternation

_WORDS = st.lists(st.text("abcсен.я -AС", min_size=1, max_size=6), min_size=1, max_size=12)
_TEXT = st.text("abcсен.я -ABСЕ\n", max_size=60)


def _flat(words) -> str:  # the plain longest-first alternation the trie must match like
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT, st.sampled_from(["", r"\.?", r"(?!\w)", r"\s+a"]), st.sampled_from([0, re.I]))
def test_the_factored_alternation_finds_what_the_flat_one_finds(words, text, after, flags):
    if flags:
        words = [w.lower() for w in words]  # as the docstring asks
    flat = re.compile(rf"(?:{_flat(words)}){after}", flags)
    trie = re.compile(rf"(?:{alternation(words)}){after}", flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_the_alternation_shares_prefixes_and_prefers_the_longest_word():
    assert alternation(["said", "say", "says"]) == "sa(?:id|ys?)"
    assert re.match(alternation(["сен", "сентября"]), "сентября").group() == "сентября"
    assert re.fullmatch(alternation(["x.y"]), "x.y") and not re.fullmatch(alternation(["x.y"]), "xzy")


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text("abcсен.я -ABСЕİß\n", max_size=60), st.integers(0, 20), st.integers(0, 70))
def test_a_caseless_pattern_finds_what_the_same_pattern_under_re_i_finds(words, text, pos, end):
    pattern = rf"(?<![\w-])(?:{alternation([w.lower() for w in words])})(?![\w-])"
    caseless, plain = Caseless(pattern), re.compile(pattern, re.I)
    assert [(m.span(), m.group()) for m in caseless.finditer(text, pos, end)] == \
        [(m.span(), m.group()) for m in plain.finditer(text, pos, end)]
    found, expected = caseless.search(text, pos, end), plain.search(text, pos, end)
    assert (found and found.span()) == (expected and expected.span())


def test_a_caseless_pattern_gives_the_words_as_written_and_wants_a_lower_case_pattern():
    visits = Caseless(r"(?<![\w-])visit(?:ed|s)?(?![\w-])")
    text = "Xi Visited Astana; the VISITS went on, a re-visit did not."
    assert [m.group() for m in visits.finditer(text)] == ["Visited", "VISITS"]
    assert visits.search(text, 11).group() == "VISITS"
    assert visits.search(text, 0, 7) is None and visits.search(text, 0, 8).group() == "Visit"  # as re.I would
    assert [m.group() for m in visits.finditer("İstanbul: Erdoğan Visits")] == ["Visits"]  # "İ" lower-cases to two
    assert Caseless(r"(?P<verb>said)\W").search("He SAID: yes").group("verb") == "SAID"  # "(?P<" is no letter
    with pytest.raises(ValueError, match="'S'"):
        Caseless(r"Said|told")
