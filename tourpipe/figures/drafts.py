"""The records one figure is read into: a number, a draft figure, and a candidate the not-a-figure rules judge."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Number:
    """A number as written: digits with their scale words ("1.4 million", "25k") or number words."""

    value: float
    end: int  # token index after the number and its scale words
    wordy: bool
    scaled: bool
    plain_int: bool  # bare digits, no separator, no scale: may be a year


@dataclass
class Draft:
    """A figure being read, in token indices; the sentence turns it into a Fact."""

    first: int  # token index of the number itself
    start: int  # token index where the span starts
    end: int  # token index after the span
    value: float
    value_high: float | None = None
    unit: str | None = None
    unit_kind: str = "count"
    qualifier: str = "exact"
    subject: str | None = None
    level_from: bool = False  # the "from" end of a change ("вырастет с 900 до 1 200 человек"): two levels
    value_from: float | None = None  # on the new level of a change between two levels: the old one
    alternative: bool = False  # "eight or nine euros": the first of two alternatives, whose unit is on the second
    unit_lemma: str | None = None  # the counted noun's lemma in the text's language, when that is not English


@dataclass
class Candidate:
    """A number read as a possible figure: its draft, and how the number was written, for the rules in rules.py."""

    d: Draft
    number: Number
    digits: bool  # written in digits, not words
    start: int  # first token of the number with its currency, minus or bound ("$5", "-3", "sub-7")
    floor: int  # token after the sentence's previous figure
    currency: str | None = None
    sign: float = 1.0
    bound: str | None = None  # "sub-7": a qualifier glued to the number
    after: int = 0  # token after the number, or after the range it opens
    opener: int | None = None  # token opening a range ("between", "from", "от")
    unranged: Number | None = None  # a number after a dash that makes no range with this one ("2014-2015")
    code_scale: float = 1.0  # a currency code in millions before the number ("MAUD 60")
    after_level: bool = False  # the sentence's previous figure is the level a change starts from


@dataclass(frozen=True)
class NotAFigure:
    """A number the reader turned down, and the rule (rules.NOT_A_FIGURE) that did."""

    first: int  # token index of the number
    rule: str
