"""The shared word tables' helpers."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tourpipe.vocabulary import alternation

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
