"""English mentions: en_core_web_sm spans plus rules for names, dates and the model's usual news-text errors."""
from __future__ import annotations

import re
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.canonical import place_label
from tourpipe.entities.spans import (NUMBERED_PLACE, Candidate, credit_candidates, edit_distance, product_code, resolve_overlaps, trim,
                                    vote_labels)

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "in April", "by June", "since May": a bare month after a preposition (May only there: elsewhere it is a verb)
_BARE_MONTH = re.compile(
    r"\b(?:(?:in|by|since|until|till|from|of|during|through|before|after|early|late|mid|end of|start of|beginning of|next|last|this)[\s\-]+"
    r"(May)|(January|February|March|April|June|July|August|September|October|November|December))\b(?![\-’']|\s+[A-Z])")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR = r"(?:1[89]|20)\d{2}"
# "January–August 2025", "January to March": a range of months is one calendar reference
_MONTH_RANGE = rf"{_MONTH}(?:\s*[-–—]\s*|\s+(?:to|through|until)\s+){_MONTH}(?:,?\s+{_YEAR})?"
_DATE_RE = re.compile(
    rf"\b(?:{_MONTH_RANGE}|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?|{_MONTH},?\s+{_YEAR}"
    rf"|{_WEEKDAY}|{_YEAR}-\d{{2}}-\d{{2}})\b"
)
# "in winter" is habitual, not a date; "the season of spring" and "in spring 2024" are calendar references
# "last autumn", "this spring" are relative, not calendar references (the annotators leave them out)
_SEASON_RE = re.compile(
    rf"\b(?:(?:of|during|since|until|by)\s+(?:the\s+)?((?:spring|summer|autumn|winter)(?:\s+(?:of\s+)?{_YEAR})?)"
    rf"|in\s+(?:the\s+)?((?:spring|summer|autumn|winter)\s+(?:of\s+)?{_YEAR}))\b", re.I)
_SEASON_WORD = re.compile(r"\b(?:spring|summer|autumn|winter)\b", re.I)
_DATELINE = re.compile(
    rf"^[ \t\"“]*([A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+){{0,2}})(?:\.\s+([A-Z][A-Za-z]*[A-Z][\w.\-]*))?"
    rf"(?=\s*(?:,\s*(?:{_MONTH}|\d)|--|[–—-]\s|\())", re.M)
_PAREN_CREDIT = re.compile(rf"^[ \t]*[A-Z][A-Za-z'’\- ]+,\s*(?:{_MONTH}\s+\d{{1,2}}(?:,\s*{_YEAR})?|\d{{1,2}}\s+{_MONTH})\s*\(([A-Z][\w.\- ]{{1,30}})\)", re.M)
_ACRONYM = re.compile(r"(?<![\w\-/.@])([A-Z][A-Z0-9]{2,5}|[A-Z]{2,5}-[A-Z0-9]{1,4})(?![\w\-]|\.\w)")
_ROMAN = re.compile(r"[IVXLC]+")
_NUMBERED_NAME = re.compile(r"\b([A-Z][\w'’\-]+\s\d{1,3})(?=\s+(?:TV\s+)?(?:channel|TV|television|radio|agency|news agency|newspaper|portal|website|broadcaster)\b)")
_PRODUCT_AFTER = re.compile(r"\s+(?:crossovers?|SUVs?|cars?|vehicles?|trucks?|sedans?|models?|smartphones?|phones?|locomotives?|engines?|aircraft|jets?|drones?|buses)\b")
_CALENDAR = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY}|spring|summer|autumn|winter)\b|\b{_YEAR}s?\b|\d{{4}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}", re.I)
_QUOTED_EVENT = re.compile(r"[\"“]([A-Z][^\"“”\n]{3,80}?)[\"”]\s+(?:series|event|events|campaign|tour|festival|forum|contest|competition|exhibition)\b")
_EMBASSY = re.compile(r"\b((?:[A-Z][\w\-]*\s+)+(?:Embassy|Consulate(?:\s+General)?|Mission))\s+(?:in|to)\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)")
_TOKEN = re.compile(r"No\.\s?\d+|[A-Za-z0-9][\w’'\-\.&]*[\w]|[A-Za-z0-9&]")
_SURNAME_END = re.compile(r"(?:ov|ev|ova|eva|yev|yeva|in|ina|enko|uly|kyzy|bekov|bayev|baev|bayeva|baeva)$")
_SENTENCE_ADVERB = re.compile(r"(?:Later|Earlier|Meanwhile|However|Then|Also|Today|Yesterday|Now|Moreover|Finally|Next|Afterwards|Still)\s+(?=[A-Z])")
_CONNECTORS = {"of", "and", "for", "&", "on"}
_HEADLINE_VERBS = {"Held", "Holds", "Opens", "Opened", "Closes", "Closed", "Kicks", "Starts", "Started", "Begins", "Ends",
                   "Ended", "Concludes", "Concluded", "Launched", "Launches", "Signed", "Visits", "Visited", "Hosts", "Hosted", "Wraps"}
_NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"}
_OUT_LABELS = lexicon.ALLOWED_LABELS
_NOT_NAMES = frozenset(lexicon.keywords()["en_not_names"])
_STOP = {"a", "an", "the", "in", "at", "on", "during", "after", "before", "while", "when", "as", "for", "from", "with", "by", "to",
         "this", "that", "these", "those", "its", "their", "his", "her", "our", "we", "they", "he", "she", "it", "and", "but", "of",
         "if", "since", "under", "via", "into", "about", "both", "each", "every", "some", "many", "most", "all", "visiting", "welcome"}


def english_candidates(source: str, line_docs) -> list[Candidate]:
    """Model spans (from per-line Docs) and rule spans, trimmed, repaired and made flat."""
    cands: list[Candidate] = []
    for offset, doc in line_docs:
        for ent in doc.ents:
            if ent.label_ in _OUT_LABELS or ent.label_ == "LANGUAGE":
                cands.append(Candidate(offset + ent.start_char, offset + ent.end_char, ent.label_))
    cands += _rule_candidates(source)
    cands += _acronyms(source, cands)
    cands += _known_places(source, cands)
    cands = _cut_titles(source, cands)
    cands = _cut_before_rule_people(cands)
    cands = _cut_after_rule_people(source, cands)
    cands = _split_based(source, cands)
    cands = [c for c in (trim(source, c, "en") for c in cands) if c is not None]
    cands = [c for c in (_repair(source, c) for c in cands) if c is not None]
    _extend_quoted_part(source, cands)
    _join_dash_compounds(source, cands)
    _person_from_context(source, cands)
    cands += _surname_mentions(source, cands)
    cands += _org_prefixes(source, cands)
    vote_labels(source, cands, frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"}))
    _places_from_heads(source, cands)
    cands = _drop_headline_noise(source, cands)
    cands = [c for c in cands if not _common_noun_opening(source, c, cands)]
    return resolve_overlaps([c for c in cands if c.label in _OUT_LABELS])


def _rule_candidates(source: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), "DATE", 1) for m in _DATE_RE.finditer(source)]
    for m in _SEASON_RE.finditer(source):
        g = 1 if m.group(1) else 2
        if m.group(g)[0].islower():
            out.append(Candidate(m.start(g), m.end(g), "DATE", 1))
    out += [Candidate(m.start(g), m.end(g), "DATE", 0) for m in _BARE_MONTH.finditer(source) for g in (1, 2) if m.group(g)]
    out += [Candidate(m.start(), m.end(), "FAC", 1) for m in NUMBERED_PLACE.finditer(source)
            if place_label(m.group(1)) or lexicon.known_label(m.group(1)) in ("GPE", "LOC", "FAC")]
    out += _affiliated_people(source)
    out += [Candidate(m.start(1), m.end(1), "EVENT", 1) for m in _QUOTED_EVENT.finditer(source)]
    out += [Candidate(m.start(1), m.end(2), "ORG", 1) for m in _EMBASSY.finditer(source)]
    out += _appositive_people(source)
    out += _titled_people(source)
    out += _chinese_names(source)
    out += _based_names(source)
    out += _named_lines(source)
    out += credit_candidates(source)
    out += _datelines(source)
    out += _gazetteer_names(source)
    out += [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _NUMBERED_NAME.finditer(source)]
    for line_start, line in _lines(source):
        out += _keyword_names(line, line_start)
    return out


def _datelines(source: str) -> list[Candidate]:
    """"URUMQI, May 5 (Xinhua) --", "ALMATY –", "ASTANA. KAZINFORM -": the capitalised place opening a wire story."""
    out = []
    for m in _DATELINE.finditer(source):
        words = m.group(1).split()
        if any(w in _NOT_NAMES or len(w) < 3 for w in words):
            continue
        titled = " ".join(w.capitalize() for w in words)
        out.append(Candidate(m.start(1), m.end(1), "ORG" if lexicon.known_label(titled) == "ORG" else "GPE", 1))
        if m.group(2):
            out.append(Candidate(m.start(2), m.end(2), "ORG", 1))
    out += [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _PAREN_CREDIT.finditer(source)]
    return out


def _gazetteer_names(source: str) -> list[Candidate]:
    """Known names wherever they occur, with their known label; the model misses or mislabels many of them."""
    pattern = _gazetteer_pattern()
    folded = lexicon.fold(source)
    return [Candidate(m.start(), m.end(), lexicon.known_label(m.group()), 1) for m in pattern.finditer(folded)]


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> re.Pattern:
    names = sorted(lexicon.gazetteer(), key=len, reverse=True)
    return re.compile(r"(?<![\w\-.])(?:" + "|".join(map(re.escape, names)) + r")(?![\w\-]|\.\w|['’]\w\w)")


def _known_places(source: str, found: list[Candidate]) -> list[Candidate]:
    """Well-known places (aliases.json) the model overlooks in an odd line ("date 2025-03-14 Khorgos Traffic Up"),
    only where nothing else was found: the model's reading of its own span is better informed."""
    out = []
    for m in _places_pattern().finditer(lexicon.fold(source)):
        if all(c.end <= m.start() or c.start >= m.end() for c in found):
            out.append(Candidate(m.start(), m.end(), place_label(m.group()) or "GPE", 0))
    return out


@lru_cache(maxsize=1)
def _places_pattern() -> re.Pattern:
    names = sorted(lexicon.known_places(), key=len, reverse=True)
    return re.compile(r"(?<![\w\-.])(?:" + "|".join(map(re.escape, names)) + r")(?![\w\-]|\.\w|['’]\w\w)")


def _acronyms(source: str, model: list[Candidate]) -> list[Candidate]:
    """All-capital words in running text (CRRC, KTZ) are organisations unless a unit, a code or a known place.

    Only where the model saw nothing: its label, or a rule's, is better informed."""
    seen = {c.start for c in model}
    out = []
    for line_start, line in _lines(source):
        letters = [ch for ch in line if ch.isalpha()]
        if not letters or sum(ch.isupper() for ch in letters) / len(letters) > 0.5:
            continue  # an all-caps line: every word would match
        for m in _ACRONYM.finditer(line):
            word = m.group(1)
            if word in _NOT_NAMES or _ROMAN.fullmatch(word) or word.rstrip("S") in _NOT_NAMES:
                continue
            label = place_label(word) or "ORG"
            if line_start + m.start(1) not in seen:
                out.append(Candidate(line_start + m.start(1), line_start + m.end(1), label, 0))
    return out


@lru_cache(maxsize=1)
def _appositive_pattern() -> re.Pattern:
    roles = "|".join(map(re.escape, lexicon.keywords()["en_person_roles"]))
    # "Aidos Temirkhanov, deputy chairman of ...:" (a transcript speaker) needs no article when the name has two words
    return re.compile(rf"\b([A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){{0,2}}),\s+(the\s+|an?\s+)?(?:[\w\-]+\s+){{0,2}}(?:{roles})\b")


def _appositive_people(source: str) -> list[Candidate]:
    """"Agnes, a journalist from ..." -> Agnes is a PERSON even when the model sees nothing."""
    pattern = _appositive_pattern()
    out = []
    for m in pattern.finditer(source):
        name = m.group(1)
        words = name.split()
        if m.group(2) is None and (len(words) < 2 or _company_tail(words) or lexicon.known_label(name)):
            continue
        if words[0].lower() in _STOP or _is_demonym(words[0]) or place_label(name) or _head_label(words):
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", 1))
    return out


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern:
    """"Deputy Minister of Transport ", "President ": a title, with its portfolio, right before a capitalised name."""
    kw = lexicon.keywords()
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    portfolio = rf"(?:{alt(kw['en_portfolios'])})"
    return re.compile(
        rf"\b(?:(?:{alt(kw['en_title_modifiers'])})\s+)*(?:{alt(kw['en_title_words'])})(?:[\s\-]General)?"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?{portfolio}(?:(?:\s*,\s*|\s+(?:and|&)\s+){portfolio})*)?\s+(?=[A-Z][a-z’'\-]+\b)"
    )


def _title_regions(source: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _title_pattern().finditer(source)]


_NAME_WORD = r"[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*"
_NAME_AFTER_TITLE = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?![\w\-])")


def _titled_people(source: str) -> list[Candidate]:
    """"Kyrgyz Deputy Minister of Transport Almazbek Dzhumabaev": the capitalised words after a title are a person."""
    out = []
    for _, end in _title_regions(source):
        m = _NAME_AFTER_TITLE.match(source, end)
        words = m.group().split()
        while words and (words[-1] in _STOP or words[-1].lower() in _STOP):
            words.pop()
        name = " ".join(words)
        if not words or place_label(name) or lexicon.known_label(name) or _head_label(words) or _is_demonym(words[0]):
            continue
        out.append(Candidate(end, end + len(name), "PERSON", 1))
    return out


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


def _affiliated_people(source: str) -> list[Candidate]:
    out = []
    for m in _affiliation_pattern().finditer(source):
        name = m.group(1)
        words = name.split()
        if (words[0].lower() in _STOP or any(w in _NOT_NAMES for w in words) or _is_demonym(words[0]) or place_label(name)
                or lexicon.known_label(name) or _head_label(words) or _company_tail(words) or place_label(words[0]) and place_label(words[1])):
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", 1))
        g = 2 if m.group(2) else 3
        org = m.group(g)
        out.append(Candidate(m.start(g), m.end(g), lexicon.known_label(org) or _head_label(org.split()) or "ORG", 0))
    return out


def _cut_after_rule_people(source: str, cands: list[Candidate]) -> list[Candidate]:
    """"Aidar Bekov of Kazakh Invest" read as one model span: a span that starts with a person found by a rule keeps
    only what comes after that person and the "of"/"from" linking them."""
    people = {c.start: c.end for c in cands if c.prio == 1 and c.label == "PERSON"}
    out = []
    for c in cands:
        end = people.get(c.start)
        if c.prio == 0 and end is not None and c.end > end:
            link = re.match(r",?\s+(?:of|from)\s+(?:the\s+)?", source[end : c.end])
            if not link:
                continue
            c = Candidate(end + link.end(), c.end, c.label, c.prio)
        out.append(c)
    return out


def _cut_titles(source: str, cands: list[Candidate]) -> list[Candidate]:
    """A span that starts inside a title ("Transport Almazbek Dzhumabaev") keeps only the name after it; a span
    that ends inside one ("Tajik Minister of") keeps what came before the title."""
    regions = _title_regions(source)
    if not regions:
        return cands
    out = []
    for c in cands:
        for a, b in regions:
            if c.end <= a or c.start >= b or c.label == "DATE":
                continue
            if c.start >= a and c.end > b:
                c = Candidate(b, c.end, "PERSON", c.prio)
            elif c.start < a:
                c = Candidate(c.start, a, c.label, c.prio)
            else:
                c = None
                break
        if c is not None:
            out.append(c)
    return out


def _cut_before_rule_people(cands: list[Candidate]) -> list[Candidate]:
    """"CRRC Group Sun Yongcai", "Ambassador to Kazakhstan Zhang Xiao": a model span that ends with a person found
    by a rule keeps only what comes before that person (labelled again by _repair)."""
    people = {(c.end, c.start) for c in cands if c.prio == 1 and c.label == "PERSON"}
    ends = {end: start for end, start in people}
    out = []
    for c in cands:
        start = ends.get(c.end)
        if c.prio == 0 and start is not None and c.start < start:
            c = Candidate(c.start, start, c.label, c.prio)
        out.append(c)
    return out


_BASED = re.compile(r"(?<![\w\-])([A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)-based\b")
_BASED_NAME = re.compile(r"\s+((?:[A-Z][\w'’&.\-]*)(?:\s+(?:[A-Z][\w'’&.\-]*|&)){0,4})")


def _based_names(source: str) -> list[Candidate]:
    """"Almaty-based Dala Agro": the place before "-based" and the organisation it qualifies."""
    out = []
    for m in _BASED.finditer(source):
        out.append(Candidate(m.start(1), m.end(1), place_label(m.group(1)) or "GPE", 1))
        n = _BASED_NAME.match(source, m.end())
        if n and not _is_demonym(n.group(1).split()[0]) and n.group(1).split()[0].lower() not in _STOP:
            words = n.group(1).split()
            label = lexicon.known_label(n.group(1)) or _head_label(words) or "ORG"
            out.append(Candidate(n.start(1), n.end(1), label, 1))
    return out


def _split_based(source: str, cands: list[Candidate]) -> list[Candidate]:
    """A span running over "X-based" is cut after it: the place and the name are separate mentions."""
    out = []
    for c in cands:
        m = _BASED.search(source, c.start, c.end)
        if m and m.start() >= c.start:
            if m.start() > c.start:
                out.append(Candidate(c.start, m.start(), c.label, c.prio))
            if m.end() < c.end and source[m.end() : c.end].strip():
                out.append(Candidate(m.end(), c.end, c.label, c.prio))
            continue
        out.append(c)
    return out


_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhrzcs])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)"
    r"|[jqx](?:iang|iong|ian|iao|ing|ia|ie|iu|in|uan|ue|un|i|u)|y(?:ang|ong|ing|an|ao|ou|in|un|uan|ue|a|e|i|u|o)|w(?:ang|eng|ai|ei|an|en|a|o|u))"
)
# a lookahead, so that "Kazakhstan Zhang Xiao" still offers the pair starting at "Zhang"
_TWO_WORDS = re.compile(r"(?<![\w\-.’'])(?=([A-Z][a-z]+) ([A-Z][a-z]+)(?:-([a-z]+))?(?![\w\-’']))")


def _is_pinyin_given_name(word: str) -> bool:
    return re.fullmatch(rf"{_PINYIN.pattern}{{1,2}}", word.lower()) is not None


def _chinese_names(source: str) -> list[Candidate]:
    """"Han Xiaodong said": a Chinese family name and a one- or two-syllable pinyin given name are a person,
    wherever the sentence puts them (the model reads a sentence-initial "Han" as a nationality)."""
    surnames = lexicon.chinese_surnames()
    out = []
    for m in _TWO_WORDS.finditer(source):
        given = m.group(2) + (m.group(3) or "")
        if m.group(1) not in surnames or not _is_pinyin_given_name(given):
            continue
        end = m.end(3) if m.group(3) else m.end(2)
        name = source[m.start() : end]
        if place_label(name) or lexicon.known_label(name) or place_label(m.group(2)) or _head_label([m.group(2)]):
            continue
        out.append(Candidate(m.start(), end, "PERSON", 1))
    return out


@lru_cache(maxsize=1)
def _named_line_pattern() -> re.Pattern:
    nouns = "|".join(map(re.escape, sorted(lexicon.keywords()["en_infrastructure_nouns"], key=len, reverse=True)))
    part = r"[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?"
    return re.compile(rf"(?<![\w\-–—])({part}(?:[-–—]{part})+)\s+(?:{nouns})\b")


def _named_lines(source: str) -> list[Candidate]:
    """"China-Kyrgyzstan-Uzbekistan railway": places joined by dashes before a railway or pipeline name a facility."""
    out = []
    for m in _named_line_pattern().finditer(source):
        parts = re.split(r"[-–—]", m.group(1))
        if all(place_label(p) or lexicon.known_label(p) for p in parts):
            out.append(Candidate(m.start(1), m.end(), "FAC", 1))
    return out


def _extend_quoted_part(source: str, cands: list[Candidate]) -> None:
    """`International Centre for Boundary Cooperation "Khorgos"`: a short quoted name right after a name is part of it;
    the head before "for"/"of" then gives the type."""
    for c in cands:
        if c.label not in ("ORG", "FAC") or " " not in c.text(source):
            continue
        m = re.match(r" ([\"“])([A-Z][^\"“”\n]{0,40}?)([\"”])(?!\w)", source[c.end : c.end + 48])
        if not m or len(m.group(2).split()) > 4:
            continue
        c.end += m.end()
        words = re.split(r"\s+(?:of|for)\s+", c.text(source))[0].split()
        c.label = _head_label(words) or c.label


def _company_tail(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1] in lexicon.keywords()["en_company_tails"]


def _lines(source: str):
    pos = 0
    for line in source.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _head_label(words: list[str]) -> str | None:
    heads = lexicon.head_labels("en")
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in heads:
        return heads[f"{words[-2]} {words[-1]}"]
    return heads.get(words[-1]) if words else None


def _keyword_names(line: str, offset: int) -> list[Candidate]:
    """Runs of capitalised words ending in a head word (Park, Zone, District, Co...) -> a name with that head's label."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    out, i = [], 0
    while i < len(toks):
        if not _capitalised(toks[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and not _possessive_place(toks[j][2]):
            nxt = toks[j + 1][2]
            gap = line[toks[j][1] : toks[j + 1][0]]
            if gap.strip() not in ("", "-"):
                break
            if _capitalised(nxt) or (nxt.startswith("No.") and nxt[3:].strip().isdigit()):
                j += 1
            elif _possessive_place(toks[j][2]):
                break
            elif nxt in _CONNECTORS and not (nxt in ("and", "&") and _head_label([toks[j][2]])) and j + 2 < len(toks) and _capitalised(toks[j + 2][2]) and not line[toks[j + 1][1] : toks[j + 2][0]].strip():
                j += 2
            else:
                break
        run = toks[i : j + 1]
        while run and run[0][2].lower() in _STOP:
            run = run[1:]
        words = [t[2] for t in run]
        # the head is the last word before "of" ("Park of X University" is a park), else the last word
        of_at = next((k for k, w in enumerate(words) if w == "of"), None)
        head_words = words[:of_at] if of_at else words
        label = _head_label(head_words)
        end_k = len(run) - 1
        if label is None:  # a head somewhere inside the run: end the name there
            for k in range(len(run) - 1, 0, -1):
                label = _head_label(words[: k + 1])
                if label:
                    end_k = k
                    break
        if label and of_at and end_k > of_at and _head_label(head_words) is None:
            # "Aidar Bekov of Kazakh Invest": the head comes only after "of", so the name starts there
            run, words, end_k = run[of_at + 1 :], words[of_at + 1 :], end_k - of_at - 1
        if label and len(run) >= 2 and words[end_k] not in _CONNECTORS:
            out.append(Candidate(offset + run[0][0], offset + run[end_k][1], label, 1))
        i = j + 1
    return out


def latin_head_names(source: str) -> list[Candidate]:
    """Runs of capitalised Latin words ending in a head word, for text in another script."""
    out = []
    for line_start, line in _lines(source):
        if re.search(r"[A-Za-z]", line):
            out += _keyword_names(line, line_start)
    return out


def _possessive_place(tok: str) -> bool:
    """"Pakistan's" ends a run: what follows is something of Pakistan's, not part of its name."""
    m = re.fullmatch(r"(.+)['’]s", tok)
    return bool(m and place_label(m.group(1)))


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and any(ch.isalpha() for ch in tok))


def _is_calendar(text: str) -> bool:
    return bool(_CALENDAR.search(text)) and not re.search(r"\b(?:day|days|week|weeks|years?|months?|decades?|century)\b", text, re.I)


def _repair(source: str, c: Candidate) -> Candidate | None:
    text = c.text(source)
    if c.label == "DATE":
        lead = re.match(r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s*", text, re.I)
        if lead and lead.end() < len(text):
            c = Candidate(c.start + lead.end(), c.end, c.label, c.prio)
            text = c.text(source)
        if c.prio == 0 and _SEASON_WORD.search(text) and not re.search(_YEAR, text):
            return None  # "in summer", "last autumn": a season in general or relative, not a calendar reference
        return c if _is_calendar(text) else None
    if not (any(ch.isupper() for ch in text) or (c.prio == 1 and c.label == "ORG")) or text in _NOT_NAMES:
        return None  # a rule's lowercase name is an outlet's web address ("24.kg")
    if text[-1].isdigit() and _PRODUCT_AFTER.match(source, c.end):
        return None  # "Tiggo 2 crossovers": a product model, not an organisation
    if product_code(text, lambda base: place_label(base) or lexicon.known_label(base)) and not lexicon.known_label(text):
        return None  # "SL-40", "KZ-200": a model code
    if credit := re.match(r"[^/]*[^/\s](?=\s*/\s*[\w\-]+\.\w)", text):
        c = Candidate(c.start, c.start + credit.end(), c.label, c.prio)  # "Wang Zhuang/chinadaily.com.cn": a photo credit
        text = c.text(source)
    if c.label == "PERSON" and (adv := _SENTENCE_ADVERB.match(text)) and adv.end() < len(text):
        c = Candidate(c.start + adv.end(), c.end, c.label, c.prio)  # "Later Kaliyev said": the adverb opens the sentence
        text = c.text(source)
    if c.label == "PERSON" and (poss := re.search(r"['’]s\s", text)):
        c = Candidate(c.start, c.start + poss.start(), c.label, c.prio)  # "Karim Masimov's China visit"
        text = c.text(source)
    if lead := re.match(r"(?:Board|Boards|Board of Directors|Chairman|Head)\s+of\s+(?:the\s+)?(?=[A-Z])", text):
        c = Candidate(c.start + lead.end(), c.end, c.label, c.prio)  # "Chairman of the Board of Samruk-Kazyna"
        text = c.text(source)
    if known := lexicon.known_label(text):
        c.label = known
        return c
    if c.label == "PERSON" and _company_tail(text.split()):
        c.label = "ORG"  # "Navbahor Tekstil", "Kordai Wind Energy LLP": a business word ends a company name
        return c
    if c.label not in ("NORP", "EVENT") and _settlement_before(source, c.start) and re.fullmatch(r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}", text) and not _head_label(text.split()):
        c.label = "GPE"  # "the town of Kordai"
        return c
    if tail := re.search(r"\s+[-–—]\s+\d[\d,.]*$", text):
        c = Candidate(c.start, c.end - len(tail.group()), c.label, c.prio)  # "... Cooperation - 40 projects"
        text = c.text(source)
    words = text.split()
    if c.label != "EVENT" and len(words) >= 2 and words[-1] in _HEADLINE_VERBS and _head_label(words[:-1]):
        cut = text.rstrip().rfind(" ")
        c = Candidate(c.start, c.start + cut, c.label, c.prio)
        text, words = c.text(source), words[:-1]
    if words and words[0] in _NUMBER_WORDS and words[-1].endswith("s") and c.label in ("ORG", "LAW", "WORK_OF_ART"):
        return None  # "Five Key Initiatives": a numbered policy slogan, not an organisation
    if re.fullmatch(r"[A-Z][\w\-]*", text) and all(_is_demonym(part) for part in text.split("-")):
        return _demonym_use(source, c) if "-" not in text else Candidate(c.start, c.end, "NORP", c.prio)
    if c.label == "NORP" and not text[0].isupper():
        return None
    if c.label != "PERSON" and re.match(r"\s+(?:region|province|city|district|county|oblast|prefecture)\b", source[c.end : c.end + 14]):
        c.label = "GPE"  # "Zhetysu region": a lowercase place noun after the name
        return c
    if c.label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and (cued := _cue_label(source, c)):
        c.label = cued
        return c
    if c.label in ("LANGUAGE",):
        return None
    head = _head_label([w for w in text.split(" of ")[0].split()])
    if head and c.label not in ("DATE", "NORP"):
        c.label = head
    elif c.label in ("ORG", "PERSON", "NORP", "FAC", "LOC", "GPE") and (known := place_label(text)):
        c.label = known
    elif c.label == "NORP" and not re.search(r"(?:an|ese|ish|ic|i|ch)s?$", text):
        c.label = "GPE?"  # settled by _places_from_heads
    return c


@lru_cache(maxsize=1)
def _settlement_pattern() -> re.Pattern:
    nouns = "|".join(map(re.escape, lexicon.keywords()["en_settlement_nouns"]))
    return re.compile(rf"\b(?:{nouns})\s+of\s+$")


def _settlement_before(source: str, pos: int) -> bool:
    return _settlement_pattern().search(source[max(0, pos - 20) : pos]) is not None


def _cue_label(source: str, c: Candidate) -> str | None:
    """A lowercase common noun next to a name says what it is: "Kazinform reports", "carmaker Chery", "Dostyk station"."""
    words = c.text(source).split()
    if _head_label(words) or (len(words) > 1 and words[0] in lexicon.given_names()):
        return None
    place_after, org_after, org_before = _cue_patterns()
    after = source[c.end : c.end + 40]
    if place_after.match(after):
        return "FAC"
    if org_after.match(after):
        return "ORG"
    if c.label != "PERSON" and org_before.search(source[max(0, c.start - 30) : c.start]):
        return "ORG"
    return None


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    kw = lexicon.keywords()
    alt = lambda key: "|".join(map(re.escape, kw[key]))
    return (re.compile(rf"\s+(?:{alt('en_place_cues_after')})\b"),
            re.compile(rf"\s+(?:{alt('en_org_cues_after')})\b(?!\s+(?:of|to|from|in|on)\b)"),
            re.compile(rf"\b(?:{alt('en_org_cues_before')})\s+$"))


def _join_dash_compounds(source: str, cands: list[Candidate]) -> None:
    """"China–Central Asia Summit": a name glued to the one before it by a dash starts at that earlier name."""
    for c in cands:
        if c.label not in ("ORG", "EVENT", "FAC") or " " not in c.text(source):
            continue
        m = re.search(r"(?<![\w\-–—])[A-Z][\w'’]+[–—-]$", source[max(0, c.start - 40) : c.start])
        if m:
            c.start -= len(m.group(0))


def _is_demonym(text: str) -> bool:
    table = lexicon.demonyms()["en"]
    return text in table or (text.endswith("s") and text[:-1] in table)


def _demonym_use(source: str, c: Candidate) -> Candidate | None:
    """A nationality word before a noun is NORP; a bare one in a list after "in"/"speak" is a language."""
    after = source[c.end : c.end + 40]
    nxt = re.match(r"\s*([A-Za-z][\w\-]*)", after)
    if nxt and nxt.group(1).islower() and nxt.group(1) not in ("and", "or", "as", "is", "are", "was", "were"):
        return Candidate(c.start, c.end, "NORP", c.prio)
    before = source[max(0, c.start - 80) : c.start]
    if re.search(r"\b(?:in|speak|speaks|spoken|speaking|languages?|into|fluent)\s+(?:[A-Z]\w+(?:,\s*|\s+(?:and|or)\s+))*$", before):
        return None
    return Candidate(c.start, c.end, "NORP", c.prio)


@lru_cache(maxsize=1)
def _role_apposition() -> re.Pattern:
    roles = "|".join(map(re.escape, lexicon.keywords()["en_person_roles"]))
    return re.compile(rf"\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}(?:{roles})\b", re.I)


def _person_from_context(source: str, cands: list[Candidate]) -> None:
    """Names the model mislabels as places or organisations, recognised by apposition, titles or a known surname."""
    kw = lexicon.keywords()
    appos = _role_apposition()
    titles = set(kw["en_person_titles"])
    verbs = "|".join(kw["en_speech_verbs"])
    # surnames only: a first word is too often a place or a title ("Zhetysu Akim ...")
    person_tokens = {c.text(source).split()[-1] for c in cands if c.label == "PERSON" and " " in c.text(source)}
    person_tokens = {w for w in person_tokens if len(w) >= 4}
    for c in cands:
        if c.label not in ("ORG", "GPE", "LOC", "FAC"):
            continue
        text = c.text(source)
        if place_label(text) or lexicon.known_label(text) or _head_label(text.split()):
            continue
        prev = source[max(0, c.start - 20) : c.start].split()
        single = re.fullmatch(r"[A-Z][a-z\-]+", text) is not None
        said = re.match(rf"\s+(?:{verbs})\b", source[c.end : c.end + 20]) is not None
        words = text.split()
        if appos.match(source, c.end) or (prev and prev[-1] in titles):
            c.label = "PERSON"
        elif _company_tail(words):
            continue
        elif 2 <= len(words) <= 3 and words[0] in lexicon.given_names() and all(re.fullmatch(r"[A-Z][a-z’'\-]+", w) for w in words):
            c.label = "PERSON"  # "Talgat Seitkali from ...": a given name first
        elif single and (text in person_tokens or (said and any(edit_distance(text, p) <= 2 for p in person_tokens if len(text) >= 6))):
            c.label = "PERSON"
        elif said and len(words) <= 3 and _SURNAME_END.search(text) and all(re.fullmatch(_NAME_WORD, w) for w in words):
            c.label = "PERSON"  # "Kenzhebekov said": a Central Asian surname before a speech verb


_CAP_WORD = re.compile(r"(?<![\w\-’'])[A-Z][\w\-]*(?![\w\-])")
_WORD_CHAR = re.compile(r"[\w\-’']")


def _surname_mentions(source: str, cands: list[Candidate]) -> list[Candidate]:
    """"Bekov said", "Bekov's plan": the last word of a full PERSON name in the document is that person wherever
    it stands alone, also where the model saw nothing (where it saw a place or an organisation, _person_from_context)."""
    surnames = {c.text(source).split()[-1] for c in cands if c.label == "PERSON" and " " in c.text(source)}
    surnames = {w for w in surnames if len(w) >= 4 and re.fullmatch(_NAME_WORD, w) and not place_label(w) and not lexicon.known_label(w)}
    if not surnames:
        return []
    out = []
    for m in _CAP_WORD.finditer(source):
        if m.group() in surnames and all(c.end <= m.start() or c.start >= m.end() for c in cands):
            out.append(Candidate(m.start(), m.end(), "PERSON", 0))
    return out


def _org_prefixes(source: str, cands: list[Candidate]) -> list[Candidate]:
    """A headline's "Jiangxi Tongda" after the body's "Jiangxi Tongda Copper Co": a two-word or longer prefix of an
    organisation named in the document is that organisation."""
    prefixes = set()
    for c in cands:
        words = c.text(source).split()
        if c.label != "ORG" or len(words) < 3 or not (_head_label(words) == "ORG" or _company_tail(words)):
            continue  # only a company's or an institution's full name has a short form
        for k in range(2, len(words)):
            head = " ".join(words[:k])
            if (words[k - 1] not in _CONNECTORS and words[k - 1][0].isupper() and not place_label(head)
                    and lexicon.known_label(head) in (None, "ORG") and _head_label(words[:k]) in (None, "ORG")):
                prefixes.add(head)
    out = []
    for head in prefixes:
        at = source.find(head)
        while at != -1:
            end = at + len(head)
            if not _WORD_CHAR.match(source[at - 1 : at] or " ") and not _WORD_CHAR.match(source[end : end + 1] or " "):
                out.append(Candidate(at, end, "ORG", 1))
            at = source.find(head, end)
    return out


def _common_noun_opening(source: str, c: Candidate, cands: list[Candidate]) -> bool:
    """"Fertilizer plants expand", "Railway workers repair": a single capitalised word opening a sentence or a
    caption, right before a lowercase noun phrase, is a common noun the model took for an organisation."""
    text = c.text(source)
    if c.prio != 0 or c.label != "ORG" or not re.fullmatch(r"[A-Z][a-z]+", text) or not _sentence_opening(source, c.start):
        return False
    if lexicon.known_label(text) or place_label(text) or _is_demonym(text) or text in lexicon.given_names():
        return False
    nxt = re.match(r" ([a-z]+)\b", source[c.end : c.end + 30])
    if not nxt or nxt.group(1) in _STOP or nxt.group(1).endswith("ed") or nxt.group(1) in _COMPANY_VERBS:
        return False
    # a name the document also writes capitalised inside a sentence is a name
    return not any(o is not c and o.text(source) == text and not _sentence_opening(source, o.start) for o in cands)


_COMPANY_VERBS = frozenset(lexicon.keywords()["en_speech_verbs"]) | {
    "is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "should", "must", "plans", "reports", "says",
    "signs", "opens", "builds", "launches", "makes", "produces", "sells", "owns", "operates", "holds", "announces", "aims",
    "expects", "wants", "intends", "became", "becomes", "also", "now", "still", "then", "already", "recently", "currently"}


def _sentence_opening(source: str, pos: int) -> bool:
    prefix = source[max(0, pos - 40) : pos].rstrip(" \t\"'“«(")
    return (not prefix and pos <= 40) or prefix[-1:] in ("\n", ".", "!", "?", ":", "|", "–", "—", "-")


def _places_from_heads(source: str, cands: list[Candidate]) -> None:
    """An unknown 'nationality' that is the first word of a place name in the same document is that place."""
    heads = {c.text(source).split()[0] for c in cands if c.label in ("GPE", "LOC", "FAC") and " " in c.text(source)}
    for c in cands:
        if c.label == "GPE?":
            c.label = "GPE" if c.text(source) in heads else "DROP"


def _drop_headline_noise(source: str, cands: list[Candidate]) -> list[Candidate]:
    """In Title Case lines every word looks like a name: keep only names confirmed elsewhere or by a rule.

    A span that runs over a headline verb ("Reporters Visit Khorgos Free Trade Zone") is cut after the verb, and
    an unconfirmed span keeps its longest known or confirmed edge ("Khorgos Traffic" -> "Khorgos")."""
    confirmed = {c.text(source): c.label for c in cands if not _in_title_line(source, c.start)}
    keep = []
    for c in cands:
        if not _in_title_line(source, c.start) or c.label in ("DATE", "NORP"):
            keep.append(c)
            continue
        words = list(re.finditer(r"\S+", c.text(source)))
        verbs = [k for k, w in enumerate(words) if w.group() in _TITLE_VERBS]
        if verbs and verbs[-1] + 1 < len(words):
            subject = Candidate(c.start, c.start + words[verbs[0] - 1].end(), c.label, c.prio) if verbs[0] > 0 else None
            if subject and (piece := _known_edge(source, subject, words[: verbs[0]], confirmed, whole=True)):
                keep.append(piece)  # "Central Asian Bloggers Explore ...": the known part before the verb
            c = Candidate(c.start + words[verbs[-1] + 1].start(), c.end, c.label, c.prio)
            words = list(re.finditer(r"\S+", c.text(source)))
        t = c.text(source)
        if t not in confirmed and not lexicon.known_label(t) and _generic_name(t.split()):
            continue  # "Explores AI Industrial Park": a description in Title Case, not a name
        if (c.prio == 1 and not verbs) or t in confirmed or place_label(t) or lexicon.known_label(t) or _head_label(t.split()):
            keep.append(c)
        elif piece := _known_edge(source, c, words, confirmed):
            keep.append(piece)
    return keep


_GENERIC_MODIFIERS = frozenset({
    "Industrial", "Technology", "Tech", "High-tech", "Hi-tech", "High-Tech", "Science", "Scientific", "Innovation", "Economic",
    "Free", "Trade", "Logistics", "Special", "Smart", "Digital", "New", "International", "Modern", "Green", "Development",
    "Software", "Agricultural", "Intelligent", "Artificial", "Intelligence", "Robotics", "Cultural", "Creative", "Export",
})


def _generic_name(words: list[str]) -> bool:
    """A head word after nothing but generic modifiers and acronyms (AI, IT): no proper name at all."""
    return len(words) >= 2 and _head_label(words) is not None and all(w in _GENERIC_MODIFIERS or w in _NOT_NAMES for w in words[:-1])


def _known_edge(source: str, c: Candidate, words: list, confirmed: dict[str, str], whole: bool = False) -> Candidate | None:
    """The longest prefix or suffix of the span (or the span itself) that is a known or confirmed name, with that label."""
    for k in range(len(words) - (0 if whole else 1), 0, -1):
        for a, b in ((0, k), (len(words) - k, len(words))):
            piece = Candidate(c.start + words[a].start(), c.start + words[b - 1].end(), c.label, c.prio)
            text = piece.text(source)
            if label := confirmed.get(text) or place_label(text) or lexicon.known_label(text) or ("NORP" if _is_demonym(text) else None):
                piece.label = label
                return piece
    return None


_TITLE_VERBS = _HEADLINE_VERBS | {
    "Visit", "Tour", "Tours", "Toured", "Explore", "Explores", "Meet", "Meets", "See", "Sees", "Boost", "Boosts", "Sign", "Signs",
    "Launch", "Reach", "Reaches", "Handle", "Handles", "Join", "Joins", "Up", "Down", "Rise", "Rises", "Grow", "Grows", "Hit",
    "Hits", "Eye", "Eyes", "Seek", "Seeks", "Plan", "Plans", "Build", "Builds", "Get", "Gets", "Learn", "Learns", "Discover",
    "Discovers", "Witness", "Witnesses", "Open", "Hold", "Host", "Attend", "Attends", "Showcase", "Showcases", "Expand",
    "Expands", "Strengthen", "Strengthens", "Deepen", "Deepens", "To", "Is", "Are", "As", "Amid", "After", "Ahead",
}


def _in_title_line(source: str, pos: int) -> bool:
    start = source.rfind("\n", 0, pos) + 1
    end = source.find("\n", pos)
    return _is_title_line(source[start : end if end != -1 else len(source)].strip())


@lru_cache(maxsize=4096)
def _is_title_line(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w\-’']*", line)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 2 or sum(w[0].isupper() for w in long_words) / len(long_words) < 0.8:
        return False
    # a short headline ("Khorgos Traffic Up 9.4%") counts when it is not a sentence
    return (len(words) >= 4 and len(long_words) >= 3) or (len(words) >= 3 and not line.endswith((".", ":", "?", "!")))
