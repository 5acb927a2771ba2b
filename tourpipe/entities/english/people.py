"""English people found by rules: appositions, titles, affiliations and Chinese names the model misses."""
from __future__ import annotations

import re
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.cascade import Candidate, Candidates, Context
from tourpipe.entities.english.words import (
    NAME_WORD,
    NOT_NAMES,
    STOP,
    company_tail,
    head_label,
    is_demonym,
    place_label,
)
from tourpipe.vocabulary import alternation


@lru_cache(maxsize=1)
def _appositive_pattern() -> re.Pattern:
    roles = "|".join(map(re.escape, lexicon.keywords()["en_person_roles"]))
    # "Aidos Temirkhanov, deputy chairman of ...:" (a transcript speaker) needs no article when the name has two words
    return re.compile(rf"\b([A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){{0,2}}),\s+(the\s+|an?\s+)?(?:[\w\-]+\s+){{0,2}}"
                      rf"(?:{roles})\b")


def appositive_people(source: str) -> list[Candidate]:
    """"Agnes, a journalist from ..." -> Agnes is a PERSON even when the model sees nothing."""
    pattern = _appositive_pattern()
    out = []
    for m in pattern.finditer(source):
        name = m.group(1)
        words = name.split()
        if m.group(2) is None and (len(words) < 2 or company_tail(words) or lexicon.known_label(name)):
            continue
        if words[0].lower() in STOP or is_demonym(words[0]) or place_label(name) or head_label(words):
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", 1))
    return out


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern:
    """"Deputy Minister of Transport ", "President ": a title, with its portfolio, right before a capitalised name."""
    kw = lexicon.keywords()
    portfolio = rf"(?:{alternation(kw['en_portfolios'])})"
    return re.compile(
        rf"\b(?:(?:{alternation(kw['en_title_modifiers'])})\s+)*(?:{alternation(kw['en_title_words'])})(?:[\s\-]General)?"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?{portfolio}(?:(?:\s*,\s*|\s+(?:and|&)\s+){portfolio})*)?"
        rf"\s+(?=[A-Z][a-z’'\-]+\b)"
    )


@lru_cache(maxsize=2)
def _title_of_place_pattern(words: int) -> re.Pattern:
    """"President of Tajikistan ", "Akim of the Kostanay region, ": a title and the place (of ``words`` words) it is
    held in, right before a capitalised name (the place is checked to be one we know)."""
    kw = lexicon.keywords()
    return re.compile(
        rf"\b(?:(?:{alternation(kw['en_title_modifiers'])})\s+)*(?:{alternation(kw['en_title_words'])})"
        rf"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{{words - 1}}})"
        rf"(?:\s+(?i:region|province|oblast|district|city))?,?\s+(?=[A-Z][a-z’'\-]+\b)"
    )


def title_regions(source: str) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in _title_pattern().finditer(source)]
    for words in (1, 2):  # "Tajikistan Emomali Rahmon": the place is the first word; "North Kazakhstan region": two
        for m in _title_of_place_pattern(words).finditer(source):
            if place_label(m.group("place")) and not any(a < m.end() and m.start() < b for a, b in found):
                found.append((m.start(), m.end()))
    return sorted(found)


_NAME_AFTER_TITLE = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}(?![\w\-])")


def titled_people(source: str) -> list[Candidate]:
    """"Kyrgyz Deputy Minister of Transport Almazbek Dzhumabaev": the capitalised words after a title are a person."""
    out = []
    for _, end in title_regions(source):
        m = _NAME_AFTER_TITLE.match(source, end)
        words = m.group().split()
        while words and (words[-1] in STOP or words[-1].lower() in STOP):
            words.pop()
        name = " ".join(words)
        if not words or place_label(name) or lexicon.known_label(name) or head_label(words) or is_demonym(words[0]):
            continue
        out.append(Candidate(end, end + len(name), "PERSON", 1))
    return out


# A given name and a surname with a Central Asian or Russian ending ("Ainur Yusupova", "Marat Seitkaliyev"); the
# short endings of SURNAME_END ("in", "ina") end too many other words ("Berlin", "Harbin") to tell a person alone
_SURNAMED = re.compile(r"\b([A-Z][a-z’']{2,}) ([A-Z][a-z’']+(?:ova|eva|yeva|ov|ev|yev|enko|uly|kyzy))\b")


def surnamed_people(source: str) -> list[Candidate]:
    """"said student, Ainur Yusupova": a capitalised word and a surname by its ending are a person, unless either
    word is a place, a title, a nationality, a known name or a word of another kind ("Moldova", "Mr Ivanov")."""
    out = []
    for m in _SURNAMED.finditer(source):
        given, surname = m.group(1), m.group(2)
        if any(place_label(w) or lexicon.known_label(w) or w in STOP or w.lower() in STOP or is_demonym(w)
               or head_label([w]) for w in (given, surname)) or given in NOT_NAMES or given in title_words():
            continue
        out.append(Candidate(m.start(), m.end(), "PERSON", 1))
    return out


# Words a title is made of besides the title words and their modifiers: "Foreign Minister", "State Councilor"
_TITLE_EXTRA = frozenset({"Foreign", "State", "General", "Councilor", "Councillor", "Extraordinary", "Plenipotentiary"})


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every word a title before a name is made of ("Deputy", "Prime", "Minister", "Foreign")."""
    kw = lexicon.keywords()
    return frozenset(kw["en_title_words"]) | frozenset(kw["en_title_modifiers"]) | _TITLE_EXTRA


@lru_cache(maxsize=1)
def _affiliation_pattern() -> re.Pattern:
    """"Aidar Bekov of Kazakh Invest said", "Li Wei from Sinotrans told", "Aidar Bekov, head of sales at KTZ, said":
    the capitalised pair right before the affiliation and a speech verb, and the organisation."""
    verbs = "|".join(map(re.escape, lexicon.keywords()["en_speech_verbs"]))
    # a possessive owner before the organisation ("Pakistan's The Express Tribune") is not part of it
    org = r"(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?([A-Z][\w&.\-]*(?:\s+(?:[A-Z][\w&.\-]*|of|for|and|&)){0,6}?)"
    return re.compile(
        rf"(?<![\w\-.’'])(?=([A-Z][a-z’'\-]+ [A-Z][a-z’'\-]+)(?:\s+(?:of|from)\s+{org}"
        rf"|,\s+(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+){{1,4}}(?:of|at|from|with)\s+{org},)\s+(?:{verbs})\b)")


def affiliated_people(source: str) -> list[Candidate]:
    """The person (a rule's PERSON) and the organisation (as the model would propose it) of an affiliation."""
    out = []
    for m in _affiliation_pattern().finditer(source):
        name = m.group(1)
        words = name.split()
        if (words[0].lower() in STOP or any(w in NOT_NAMES for w in words) or is_demonym(words[0]) or place_label(name)
                or lexicon.known_label(name) or head_label(words) or company_tail(words)
                or place_label(words[0]) and place_label(words[1])):
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", 1))
        g = 2 if m.group(2) else 3
        org = m.group(g)
        out.append(Candidate(m.start(g), m.end(g), lexicon.known_label(org) or head_label(org.split()) or "ORG", 0))
    return out


_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhrzcs])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)"
    r"|[jqx](?:iang|iong|ian|iao|ing|ia|ie|iu|in|uan|ue|un|i|u)|y(?:ang|ong|ing|an|ao|ou|in|un|uan|ue|a|e|i|u|o)"
    r"|w(?:ang|eng|ai|ei|an|en|a|o|u))"
)
# a lookahead, so that "Kazakhstan Zhang Xiao" still offers the pair starting at "Zhang"
_TWO_WORDS = re.compile(r"(?<![\w\-.’'])(?=([A-Z][a-z]+) ([A-Z][a-z]+)(?:-([a-z]+))?(?![\w\-’']))")


def is_pinyin_given_name(word: str) -> bool:
    return re.fullmatch(rf"{_PINYIN.pattern}{{1,2}}", word.lower()) is not None


def chinese_names(source: str) -> list[Candidate]:
    """"Han Xiaodong said": a Chinese family name and a one- or two-syllable pinyin given name are a person,
    wherever the sentence puts them (the model reads a sentence-initial "Han" as a nationality)."""
    surnames = lexicon.chinese_surnames()
    out = []
    for m in _TWO_WORDS.finditer(source):
        given = m.group(2) + (m.group(3) or "")
        if m.group(1) not in surnames or not is_pinyin_given_name(given):
            continue
        end = m.end(3) if m.group(3) else m.end(2)
        name = source[m.start() : end]
        if place_label(name) or lexicon.known_label(name) or place_label(m.group(2)) or head_label([m.group(2)]):
            continue
        out.append(Candidate(m.start(), end, "PERSON", 1))
    return out


_WORD = re.compile(r"[^\W\d_]+")


def drop_bare_titles(cands: Candidates, ctx: Context) -> Candidates:
    """"Governor of Tomsk Region Sergey Zhvachkin", "Ambassador Extraordinary and Plenipotentiary": a person's span
    made of title words alone ("Governor", "Extraordinary") names no one."""
    titles = title_words() | {"and", "of"}
    return tuple(c for c in cands if c.label != "PERSON" or not set(_WORD.findall(c.text(ctx.source))) <= titles)
