"""Words and bounds that every language stage shares, defined once: months, plausible years, web domains.

The cleaner, the entity rules and the figures extractor all need to know what a month name, a year and a
web address look like. Each table lives here, as data; modules derive their patterns from it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# Month names and their abbreviations, lower case, -> month number.
MONTHS_EN: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
MONTH_ABBREVIATIONS_EN = frozenset(k for k in MONTHS_EN if len(k) <= 4 and k != "may" and k != "june" and k != "july")

_RU_STEMS = (("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6), ("июл", 7),
             ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12))
# Case endings of each declension pattern: nominative, genitive, dative, instrumental, prepositional.
_RU_ENDINGS = {"январ": ("ь", "я", "ю", "ём", "ем", "е"), "ма": ("й", "я", "ю", "ем", "е"),
               "апрел": ("ь", "я", "ю", "ем", "е"), "март": ("", "а", "у", "ом", "е")}
_RU_ENDINGS.update({s: _RU_ENDINGS["январ"] for s in ("феврал", "сентябр", "октябр", "ноябр", "декабр")})
_RU_ENDINGS.update({s: _RU_ENDINGS["апрел"] for s in ("июн", "июл")})
_RU_ENDINGS["август"] = _RU_ENDINGS["март"]

# Every case form of every Russian month ("января", "к маю", "мартом", "в октябре") -> month number.
MONTH_FORMS_RU: dict[str, int] = {stem + end: n for stem, n in _RU_STEMS for end in _RU_ENDINGS[stem]}
# The nominative and the genitive only ("март", "марта"): the forms page datelines write.
MONTH_NAMES_RU: dict[str, int] = {stem + _RU_ENDINGS[stem][case]: n for case in (1, 0) for stem, n in _RU_STEMS}
# Abbreviations in datelines and tables ("12 янв.", "дек 2024").
MONTH_ABBREVIATIONS_RU: dict[str, int] = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
    "ноя": 11, "нояб": 11, "дек": 12,
}

# Calendar years an article plausibly names. A four-digit number in this range, written without a
# thousands separator, may be a year; outside it, it is a quantity.
YEAR_MIN, YEAR_MAX = 1900, 2100


def is_plausible_year(value: float) -> bool:
    return float(value).is_integer() and YEAR_MIN <= value <= YEAR_MAX


# Those years as a regex, 2100 left out: a four-digit year in a page's date line ("2024-03-14", "5 мая 2024").
YEAR_PATTERN = r"(?:19|20)\d\d"
# A year inside a written date in an article: historic ones count too ("May 1891", "в 1854 году").
DATE_YEAR_PATTERN = r"(?:1[89]|20)\d\d"
DAY_ORDINAL_RU = r"(?:-(?:го|е|ого))?"  # a Russian day written as an ordinal: "13-го сентября", "по 20-е"


# Top-level domains of the sites the articles come from and cite: "DKNews.kz", "www.gov.cn", "inform.kz".
TOP_LEVEL_DOMAINS = ("kz", "kg", "uz", "tj", "tm", "az", "mn", "ru", "by", "ua", "cn", "hk", "com", "org", "net",
                     "info", "gov", "edu", "io", "uk", "de", "fr", "news", "media", "asia")


def alternation(words) -> str:
    """A regex alternation of the literal ``words`` that tries the longest first (so "сентября" wins over "сен").

    Written as a trie ("sa(?:id|ys?)" for said, say, says): Python's re tries the branches of a flat alternation
    one by one at every position, a factored one walks each shared prefix once (4x faster on a hundred speech
    verbs). It matches what the flat longest-first alternation matches, where it does: at one position the words
    the text allows are prefixes of one another, and the greedy trie tries them longest first too. Under re.I give
    the words in one case (the trie tells "S" from "s").
    """
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(kid) for ch, kid in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    if len(branches) == 1 and len(branches[0]) == 1:
        return branches[0] + "?"
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


_LETTER = re.compile(r"(?<!\\)(?<!\(\?)[^\W\d_]")  # a letter, not an escape ("\W") nor a group's "(?P<"


class Caseless:
    """A case-insensitive pattern that scans lower-cased text without re.I: Python's regex engine tries a pattern at
    each position ~35 % faster without it (the events trigger prefilter and the speech cue run over every sentence).
    Its letters must be lower case. The matches it gives are the re.I pattern's, on the text as given, at the
    positions the scan found. A text that lower-casing changes in length ("İ" is two characters lower-cased) is
    scanned as given."""

    def __init__(self, pattern: str):
        upper = next((m for m in _LETTER.finditer(pattern) if m.group().isupper()), None)
        if upper is not None:
            raise ValueError(f"Caseless needs a lower-case pattern, not {upper.group()!r} in {pattern[:80]!r}")
        self.pattern = re.compile(pattern, re.I)
        self._lower = re.compile(pattern)
        self._text: str | None = None  # the last text scanned and its lower-cased copy: the calls come sentence by
        self._low: str | None = None   # sentence through one text

    def _lowered(self, text: str) -> str | None:
        if text is not self._text:
            low = text.lower()
            self._text, self._low = text, low if len(low) == len(text) else None
        return self._low

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        low = self._lowered(text)
        if low is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        for m in self._lower.finditer(low, pos, end):
            if (found := self.pattern.match(text, m.start(), end)) is not None:
                yield found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        low = self._lowered(text)
        if low is None:
            return self.pattern.search(text, pos, end)
        return next((found for m in self._lower.finditer(low, pos, end)
                     if (found := self.pattern.match(text, m.start(), end)) is not None), None)
