"""The sentence being read (its tokens, language, grammar and the document's names) and the look-ups on its tokens."""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from tourpipe.figures.lexicon import Lexicon, Phrases
from tourpipe.figures.tokens import Token
from tourpipe.models import Entity

DASHES = frozenset({"-", "–", "—"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "GPE", "LOC", "NORP"})


class Grammar(Protocol):
    """How a language's nouns are read where a number meets them: English by suffix rules (grammar_en), Russian by
    pymorphy3's readings (grammar_ru)."""

    def counted_noun(self, s: Sentence, j: int, singular: bool) -> tuple[str, int, int] | None:
        """(unit, index after the noun, index of its first modifier) of the noun that the number before token j
        counts; ``singular`` when the number is one."""

    def noun_like(self, lex: Lexicon, tok: Token) -> bool:
        """``tok`` could be the noun a number right before it counts ("1.2m tons", "five widgets")."""

    def is_noun(self, word: str) -> bool:
        """``word`` (lower case) can be a noun ("a two-day visit": "visit" joins the span)."""

    def hyphen_unit(self, lex: Lexicon, word: str) -> str | None:
        """Unit of the word after a hyphenated number ("10-day", "50-member")."""

    def is_adverb(self, word: str) -> bool:
        """``word`` is an adverb between a verb and its subject ("workers quickly rose to 600")."""

    def count_tail_unit(self, s: Sentence, p: int) -> str | None:
        """Unit of a noun compounded with a count word at token p ("the participant count", "passenger numbers")."""

    def plural_subject_unit(self, s: Sentence, p: int) -> str | None:
        """Unit of the plural noun at token p that is the subject of a verb reaching a number ("exhibitors rose")."""

    def source_lemma(self, s: Sentence, k: int) -> str | None:
        """The counted noun at token k in its own language's dictionary form, when that is not English (audit)."""

    def lemma_unit(self, lex: Lexicon, lemma: str) -> str | None:
        """The English unit of a noun's dictionary form as a parser gives it ("fire", "проект")."""

    def noun_modifier(self, s: Sentence, d) -> int | None:
        """Token index of a lower-case word right before the plural noun a count ends with that may be a noun
        modifying it ("700 heart transplants"); the parse says whether it is one."""

    def denominator_noun(self, s: Sentence, k: int) -> str | None:
        """Unit of the singular noun at token k that a rate is per ("a share", "на человека"), else None."""


@dataclass(frozen=True)
class Names:
    """The entities of a document, as the figures ask about them: does a position fall inside a name or a date?"""

    spans: tuple[tuple[int, int, str], ...] = ()  # (start_char, end_char, label), sorted
    starts: tuple[int, ...] = ()
    name_starts: frozenset[int] = frozenset()

    @classmethod
    def of(cls, entities: Sequence[Entity]) -> Names:
        spans = tuple(sorted((e.start_char, e.end_char, e.label) for e in entities))
        return cls(spans, tuple(a for a, _, _ in spans), frozenset(a for a, _, label in spans if label in _NAME_LABELS))

    def _label_at(self, pos: int) -> str | None:
        """Label of the entity around ``pos``, among the last three that start at or before it."""
        last = bisect.bisect_right(self.starts, pos) - 1
        for k in range(last, max(last - 3, -1), -1):
            a, b, label = self.spans[k]
            if a <= pos < b:
                return label
        return None

    def inside_name(self, pos: int) -> bool:
        return self._label_at(pos) in _NAME_LABELS

    def inside_date(self, pos: int) -> bool:
        return self._label_at(pos) == "DATE"

    def starts_name(self, pos: int) -> bool:
        return pos in self.name_starts


NO_NAMES = Names()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence being read: every phase of the figures reader takes it instead of module state."""

    text: str  # the whole document: token offsets index it
    start: int  # where the sentence starts and ends in ``text``
    end: int
    toks: list[Token]
    lex: Lexicon
    grammar: Grammar
    names: Names
    whole: tuple[int, int] = (0, 0)  # the whole sentence when this is one of its bounded pieces (tokens.pieces)

    def adjacent(self, a: int, b: int, gap: int = 1) -> bool:
        """Tokens a < b both exist and at most ``gap`` characters separate them."""
        toks = self.toks
        return 0 <= a < b < len(toks) and toks[b].start - toks[a].end <= gap

    def phrase_at(self, j: int, phrases: Phrases, gap: int = 1):
        """Longest phrase starting at token j: (value, index after it) or None."""
        toks = self.toks
        if j >= len(toks) or toks[j].low not in phrases.firsts:
            return None
        for n in range(min(phrases.max_len, len(toks) - j), 0, -1):
            if n > 1 and any(toks[k].start - toks[k - 1].end > gap for k in range(j + 1, j + n)):
                continue
            key = tuple(t.low for t in toks[j:j + n])
            if key in phrases.table:
                return phrases.table[key], j + n
        return None

    def phrase_before(self, j: int, phrases: Phrases, floor: int, gap: int = 1):
        """Longest phrase ending right before token j and starting at or after ``floor``: (value, its first index)."""
        toks = self.toks
        if j < 1 or j >= len(toks) or toks[j - 1].low not in phrases.lasts:
            return None
        for n in range(min(phrases.max_len, j - floor), 0, -1):
            a = j - n
            if any(toks[k].start - toks[k - 1].end > gap for k in range(a + 1, j + 1)):
                continue
            key = tuple(t.low for t in toks[a:j])
            if key in phrases.table:
                return phrases.table[key], a
        return None

    def past_glued_hyphen(self, k: int) -> int:
        """Index after a hyphen glued to the tokens on both sides at token k ("barrel-a-day", "$100-billion"), else
        k."""
        toks = self.toks
        if 0 < k and k + 1 < len(toks) and toks[k].text in DASHES and toks[k].start == toks[k - 1].end \
                and toks[k + 1].start == toks[k].end:
            return k + 1
        return k

    def hyphen_prefix(self, k: int) -> bool:
        """Token k is the first half of a hyphenated word ("IT-специалистов", "high-tech", "rail-mounted")."""
        toks = self.toks
        return k + 2 < len(toks) and toks[k + 1].text in DASHES and toks[k + 1].start == toks[k].end \
            and toks[k + 2].start == toks[k + 1].end and toks[k + 2].kind == "w"

    def is_month(self, tok: Token) -> bool:
        lex = self.lex
        if tok.kind != "w" or tok.low not in lex.months:
            return False
        return not lex.months_capitalised or tok.text[0].isupper()

    def slice(self, a: int, b: int) -> str:
        """The text of tokens a .. b-1 as written."""
        return "" if b <= a else self.text[self.toks[a].start:self.toks[b - 1].end]
