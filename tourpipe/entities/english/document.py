"""English steps that weigh a span against the others in the document: cuts at rule names, joins, relabelling."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.cascade import Candidate, Candidates, Context
from tourpipe.entities.english.names import BASED
from tourpipe.entities.english.people import is_pinyin_given_name, title_regions
from tourpipe.entities.english.words import (
    CONNECTORS,
    NAME_WORD,
    SURNAME_END,
    company_tail,
    head_label,
    is_demonym,
    place_label,
)
from tourpipe.entities.spans import Covered, covered, edit_distance

_CAP_WORD = re.compile(r"(?<![\w\-’'])[A-Z][\w\-]*(?![\w\-])")
_WORD_CHAR = re.compile(r"[\w\-’']")
_WORD_START = re.compile(r"(?<![\w\-’'])\w")
_QUOTED_PART = re.compile(r" ([\"“])([A-Z][^\"“”\n]{0,40}?)([\"”])(?!\w)")
_DASHED_NAME_BEFORE = re.compile(r"(?<![\w\-–—])[A-Z][\w'’]+[–—-]$")
_RULE_PERSON_LINK = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?")


def cut_titles(cands: Candidates, ctx: Context) -> Candidates:
    """A span that starts inside a title ("Transport Almazbek Dzhumabaev") keeps only the name after it; a span
    that ends inside one ("Tajik Minister of") keeps what came before the title."""
    regions = title_regions(ctx.source)
    if not regions:
        return cands
    starts = [a for a, _ in regions]  # sorted, disjoint: the regions a span overlaps are a run of them
    out = []
    for c in cands:
        first = max(0, bisect_right(starts, c.start) - 1)
        for a, b in regions[first : bisect_left(starts, c.end)]:
            if c.end <= a or c.start >= b or c.label == "DATE":
                continue
            if c.start >= a and c.end > b:
                c = Candidate(b, c.end, "PERSON", c.prio)
            elif c.start < a:
                c = c.spanning(c.start, a)
            else:
                c = None
                break
        if c is not None:
            out.append(c)
    return tuple(out)


def cut_before_rule_people(cands: Candidates, ctx: Context) -> Candidates:
    """"CRRC Group Sun Yongcai", "Ambassador to Kazakhstan Zhang Xiao": a model span that ends with a person found
    by a rule keeps only what comes before that person (labelled again by the repair step)."""
    people = {(c.end, c.start) for c in cands if c.prio == 1 and c.label == "PERSON"}
    ends = {end: start for end, start in people}
    out = []
    for c in cands:
        start = ends.get(c.end)
        if c.prio == 0 and any(c.start < s < c.end < e for e, s in people):
            continue  # "Minister of Agriculture Kh.Batbold" read as "Agriculture Kh": a span cut in a name is none
        if c.prio == 0 and start is not None and c.start < start:
            c = c.spanning(c.start, start)
        out.append(c)
    return tuple(out)


def cut_after_rule_people(cands: Candidates, ctx: Context) -> Candidates:
    """"Aidar Bekov of Kazakh Invest" read as one model span: a span that starts with a person found by a rule keeps
    only what comes after that person and the "of"/"from" linking them."""
    people = {c.start: c.end for c in cands if c.prio == 1 and c.label == "PERSON"}
    out = []
    for c in cands:
        end = people.get(c.start)
        if c.prio == 0 and end is not None and c.end > end:
            link = _RULE_PERSON_LINK.match(ctx.source[end : c.end])
            if not link:
                continue
            c = c.spanning(end + link.end(), c.end)
        out.append(c)
    return tuple(out)


def split_based(cands: Candidates, ctx: Context) -> Candidates:
    """A span running over "X-based" is cut after it: the place and the name are separate mentions."""
    source = ctx.source
    out = []
    for c in cands:
        m = BASED.search(source, c.start, c.end)
        if m and m.start() >= c.start:
            if m.start() > c.start:
                out.append(c.spanning(c.start, m.start()))
            if m.end() < c.end and source[m.end() : c.end].strip():
                out.append(c.spanning(m.end(), c.end))
            continue
        out.append(c)
    return tuple(out)


def extend_quoted_part(source: str, c: Candidate) -> Candidate:
    """`International Centre for Boundary Cooperation "Khorgos"`: a short quoted name right after a name is part of it;
    the head before "for"/"of" then gives the type."""
    if c.label not in ("ORG", "FAC") or " " not in c.text(source):
        return c
    m = _QUOTED_PART.match(source[c.end : c.end + 48])
    if not m or len(m.group(2).split()) > 4:
        return c
    c = c.spanning(c.start, c.end + m.end())
    words = re.split(r"\s+(?:of|for)\s+", c.text(source))[0].split()
    return c.relabelled(head_label(words) or c.label)


_HYPHENED_PART = re.compile(r"-[A-Z][a-z]+\b(?!-)")
# Kyrgyz and Kazakh patronymics end in a lowercase "son of" / "daughter of": "Shumkarbek Adilbek uulu"
_PATRONYMIC_END = re.compile(r" (?:uulu|uly|ulu|kyzy|qyzy)\b(?![-'’])")


def join_hyphened_names(source: str, c: Candidate) -> Candidate:
    """"Tsai Yi-Chieh": a person's name that runs on past a hyphen into a capitalised part is one name (the model
    may stop at the hyphen and read the part as a second person); so does one that ends in a patronymic's "uulu"."""
    if c.label != "PERSON":
        return c
    m = _HYPHENED_PART.match(source, c.end) or _PATRONYMIC_END.match(source, c.end)
    return c.spanning(c.start, m.end()) if m else c


def join_dash_compounds(source: str, c: Candidate) -> Candidate:
    """"China–Central Asia Summit": a name glued to the one before it by a dash starts at that earlier name."""
    if c.label not in ("ORG", "EVENT", "FAC") or " " not in c.text(source):
        return c
    m = _DASHED_NAME_BEFORE.search(source[max(0, c.start - 40) : c.start])
    return c.spanning(c.start - len(m.group(0)), c.end) if m else c


@lru_cache(maxsize=1)
def _person_cues() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """A role in apposition after the name (", a journalist"), a speech verb after it, the titles before it."""
    kw = lexicon.keywords()
    roles = "|".join(map(re.escape, kw["en_person_roles"]))
    return (re.compile(rf"\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}(?:{roles})\b", re.I),
            re.compile(rf"\s+(?:{'|'.join(kw['en_speech_verbs'])})\b"),
            frozenset(kw["en_person_titles"]))


def person_from_context(cands: Candidates, ctx: Context) -> Candidates:
    """Names the model mislabels as places or organisations, recognised by apposition, titles or a known surname; a
    surname of the document the model took for a nationality ("Zhumataeva predicts") is that person too."""
    source = ctx.source
    # surnames only: a first word is too often a place or a title ("Zhetysu Akim ...")
    person_tokens = {c.text(source).split()[-1] for c in cands if c.label == "PERSON" and " " in c.text(source)}
    person_tokens = {w for w in person_tokens if len(w) >= 4}
    return tuple(replace(c, label="PERSON", tentative=False)
                 if (c.label in ("ORG", "GPE", "LOC", "FAC") and _reads_as_person(source, c, person_tokens))
                 or (c.label == "NORP" and c.text(source) in person_tokens) else c
                 for c in cands)


def _reads_as_person(source: str, c: Candidate, person_tokens: set[str]) -> bool:
    text = c.text(source)
    if place_label(text) or lexicon.known_label(text) or head_label(text.split()):
        return False
    apposition, speech_verb, titles = _person_cues()
    prev = source[max(0, c.start - 20) : c.start].split()
    single = re.fullmatch(r"[A-Z][a-z\-]+", text) is not None
    said = speech_verb.match(source[c.end : c.end + 20]) is not None
    words = text.split()
    if apposition.match(source, c.end) or (prev and prev[-1] in titles):
        return True
    if company_tail(words):
        return False
    if (2 <= len(words) <= 3 and words[0] in lexicon.given_names()
            and all(re.fullmatch(r"[A-Z][a-z’'\-]+", w) for w in words)):
        return True  # "Talgat Seitkali from ...": a given name first
    if single and (text in person_tokens or (said and len(text) >= 6 and _misspelt(text, person_tokens))):
        return True  # a surname of the document, or a misspelling of one before a speech verb
    # "Kenzhebekov said": a Central Asian surname before a speech verb
    return (said and len(words) <= 3 and bool(SURNAME_END.search(text))
            and all(re.fullmatch(NAME_WORD, w) for w in words))


# Surnames a word is compared with, letter by letter, when it might misspell one: a bound on the work per word.
_MISSPELLING_PEERS = 64


def _misspelt(word: str, surnames: set[str]) -> bool:
    """Within two edits of a surname of the document (only surnames of a near length can be)."""
    peers = sorted(p for p in surnames if abs(len(p) - len(word)) <= 2)[:_MISSPELLING_PEERS]
    return any(edit_distance(word, p) <= 2 for p in peers)


def surname_mentions(source: str, cands: Candidates) -> list[Candidate]:
    """"Bekov said", "Bekov's plan": the last word of a full PERSON name in the document is that person wherever
    it stands alone, also where the model saw nothing (where it saw a place or an organisation, person_from_context)."""
    names = [c.text(source).split() for c in cands if c.label == "PERSON" and " " in c.text(source)]
    # "Duan Dawei": a Chinese name puts the surname first
    surnames = {words[0] if _chinese_order(words) else words[-1] for words in names}
    surnames = {w for w in surnames
                if len(w) >= 3 and (len(w) >= 4 or w in lexicon.chinese_surnames()) and re.fullmatch(NAME_WORD, w)
                and not place_label(w) and not lexicon.known_label(w) and not is_demonym(w)}
    if not surnames:
        return []
    taken = covered(cands)
    return [Candidate(m.start(), m.end(), "PERSON", 0) for m in _CAP_WORD.finditer(source)
            if m.group() in surnames and not taken.overlaps(m.start(), m.end())]


def _chinese_order(words: list[str]) -> bool:
    """A Chinese surname and a pinyin given name: "Duan Dawei", "Zhang Hongwei"."""
    return len(words) == 2 and words[0] in lexicon.chinese_surnames() and is_pinyin_given_name(words[1])


def org_prefixes(source: str, cands: Candidates) -> list[Candidate]:
    """A headline's "Jiangxi Tongda" after the body's "Jiangxi Tongda Copper Co": a two-word or longer prefix of an
    organisation named in the document is that organisation."""
    prefixes = set()
    for c in cands:
        words = c.text(source).split()
        if c.label != "ORG" or len(words) < 3 or not (head_label(words) == "ORG" or company_tail(words)):
            continue  # only a company's or an institution's full name has a short form
        for k in range(2, len(words)):
            head = " ".join(words[:k])
            if (words[k - 1] not in CONNECTORS and words[k - 1][0].isupper() and not place_label(head)
                    and lexicon.known_label(head) in (None, "ORG") and head_label(words[:k]) in (None, "ORG")):
                prefixes.add(head)
    if not prefixes:
        return []
    # one pass over the word starts of the text, each looked up by its first word (a search per prefix would
    # scan the text once for each of them)
    by_first: dict[str, list[str]] = {}
    for head in sorted(prefixes):
        by_first.setdefault(head.split()[0], []).append(head)
    longest = max(map(len, by_first)) + 1
    out = []
    for m in _WORD_START.finditer(source):
        at = m.start()
        first = source[at : at + longest].split(maxsplit=1)[0]
        for head in by_first.get(first, ()):
            end = at + len(head)
            if source.startswith(head, at) and not _WORD_CHAR.match(source[end : end + 1] or " "):
                out.append(Candidate(at, end, "ORG", 1))
    return out


_COMPOUND_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_DASHES = "-–—"
_LOWERCASE_AFTER = re.compile(r"\s+[a-z]")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’]+(?![\w\-])")


@lru_cache(maxsize=1)
def _crossing_after() -> re.Pattern:
    nouns = "|".join(map(re.escape, sorted(lexicon.keywords()["en_crossing_nouns"], key=len, reverse=True)))
    return re.compile(rf"\s+(?:{nouns})\b")


def dash_compounds(cands: Candidates, ctx: Context) -> Candidates:
    """Places or nationalities joined by dashes: before a crossing ("Altynkol-Khorgos border crossing") they name
    that facility; before another lowercase word ("China–Europe trains", "Kazakh-Chinese tourism") they only
    qualify it, and no part is a mention of its own. (A line named by its places keeps its noun: named_lines.)"""
    source = ctx.source
    parts = sorted((c for c in cands if c.label in _COMPOUND_LABELS and not c.rejected
                    and not _LOWERCASE_AFTER.search(c.text(source))), key=lambda c: (c.start, c.end))
    ends = {c.start: c.end for c in reversed(parts)}  # the shortest part starting at each position
    spans, facilities, k = [], [], 0
    while k < len(parts):
        start, end = parts[k].start, parts[k].end
        while end < len(source) and source[end] in _DASHES:
            if end + 1 in ends:
                end = ends[end + 1]
            elif word := _CAPITALISED_WORD.match(source, end + 1):  # "Altynkol-Khorgos" where the model saw one
                end = word.end()
            else:
                break
        if end != parts[k].end or (parts[k].label == "NORP" and any(d in parts[k].text(source) for d in _DASHES)):
            if _crossing_after().match(source, end):
                facilities.append(Candidate(start, end, "FAC", 1))
            elif _LOWERCASE_AFTER.match(source, end) and not _line_after().match(source, end):
                spans.append((start, end))
        while k < len(parts) and parts[k].start < end:
            k += 1
    if not spans and not facilities:
        return cands
    qualifiers = Covered(spans)
    return tuple(replace(c, rejected=True) if c.label in _COMPOUND_LABELS and qualifiers.overlaps(c.start, c.end)
                 and not _LOWERCASE_AFTER.search(c.text(source)) else c
                 for c in cands) + tuple(facilities)


@lru_cache(maxsize=1)
def _line_after() -> re.Pattern:
    nouns = "|".join(map(re.escape, sorted(lexicon.keywords()["en_infrastructure_nouns"], key=len, reverse=True)))
    return re.compile(rf"\s+(?:{nouns})\b")


def settle_places(cands: Candidates, ctx: Context) -> Candidates:
    """A tentative place (an unknown 'nationality') that is the first word of a place name in the same document is
    that place; any other is rejected."""
    source = ctx.source
    heads = {c.text(source).split()[0] for c in cands if c.label in ("GPE", "LOC", "FAC") and " " in c.text(source)}
    return tuple(c if not c.tentative
                 else replace(c, label="GPE", tentative=False) if c.text(source) in heads
                 else replace(c, tentative=False, rejected=True)
                 for c in cands)


_OF_LINK = re.compile(r"\s+of(?:\s+the)?\s+")
# "Sultanate of Oman", "Kingdom of Saudi Arabia": the polity's title is part of the place's name
_POLITY_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:the\s+)?((?:Islamic\s+)?(?:Republic|Kingdom|Sultanate|Emirate|State|"
                            r"Principality|Grand\s+Duchy|Commonwealth|Federation)\s+of\s+(?:the\s+)?)$")


def join_of_chains(cands: Candidates, ctx: Context) -> Candidates:
    """An organisation "of" an organisation is one name: "Publicity Department of the Communist Party of China
    Xinjiang Regional Committee" (the model reads three); a place after a polity's title takes the title
    ("Sultanate of Oman")."""
    source, out = ctx.source, []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        prev = out[-1] if out else None
        if (prev is not None and c.label == prev.label == "ORG" and not c.rejected and not prev.rejected
                and _OF_LINK.fullmatch(source, prev.end, c.start)):
            out[-1] = prev.spanning(prev.start, c.end)
            continue
        if c.label == "GPE" and not c.rejected:
            m = _POLITY_BEFORE.search(source, max(0, c.start - 40), c.start)
            if m and (prev is None or prev.end <= m.start(1)):
                c = c.spanning(m.start(1), c.end)
        out.append(c)
    return tuple(out)


# "… Technology Co. Ltd.", "… Holding Co., Ltd", "… Group Inc.": the legal form after a company's name is part of it
_LEGAL_FORMS = r"(?:Co|Ltd|Inc|Corp|LLC|LLP|JSC|PLC|GmbH)"
_LEGAL_FORM_AFTER = re.compile(rf"(?:,?\s+{_LEGAL_FORMS}(?![\w-])\.?)+")
_ENDS_IN_LEGAL_FORM = re.compile(rf"(?<![\w-]){_LEGAL_FORMS}$")


def company_legal_forms(cands: Candidates, ctx: Context) -> Candidates:
    """An organisation runs on over the legal forms written after it ("Digital Technology Co. Ltd."); the full stop
    after a name is the sentence's unless the name itself ends in a legal form ("… Co" + ". Ltd.")."""
    out = []
    for c in cands:
        if c.label == "ORG" and not c.rejected:
            at = c.end
            if _ENDS_IN_LEGAL_FORM.search(ctx.source, c.start, c.end) and ctx.source[at:at + 1] == ".":
                at += 1
            m = _LEGAL_FORM_AFTER.match(ctx.source, at)
            if m:
                c = c.spanning(c.start, m.end())
            elif at > c.end:
                c = c.spanning(c.start, at)  # "Co." keeps its full stop
        out.append(c)
    return tuple(out)
