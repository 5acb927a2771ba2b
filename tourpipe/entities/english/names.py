"""English organisations, places and events found by rules: head words, gazetteer, datelines and name shapes."""
from __future__ import annotations

import re
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.cascade import Candidate, Candidates
from tourpipe.entities.english.words import (
    CONNECTORS,
    MONTH,
    NOT_NAMES,
    STOP,
    YEAR,
    head_label,
    is_demonym,
    lines,
    place_label,
)
from tourpipe.entities.spans import NUMBERED_PLACE, covered
from tourpipe.vocabulary import alternation

_DATELINE = re.compile(
    rf"^[ \t\"“]*([A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+){{0,2}})(?:\.\s+([A-Z][A-Za-z]*[A-Z][\w.\-]*))?"
    rf"(?=\s*(?:,\s*(?:{MONTH}|\d)|--|[–—-]\s|\())", re.M)
_PAREN_CREDIT = re.compile(
    rf"^[ \t]*[A-Z][A-Za-z'’\- ]+,\s*(?:{MONTH}\s+\d{{1,2}}(?:,\s*{YEAR})?|\d{{1,2}}\s+{MONTH})"
    rf"\s*\(([A-Z][\w.\- ]{{1,30}})\)", re.M)
_ACRONYM = re.compile(r"(?<![\w\-/.@])([A-Z][A-Z0-9]{2,5}|[A-Z]{2,5}-[A-Z0-9]{1,4})(?![\w\-]|\.\w)")
_ROMAN = re.compile(r"[IVXLC]+")
_NUMBERED_NAME = re.compile(
    r"\b([A-Z][\w'’\-]+\s\d{1,3})"
    r"(?=\s+(?:TV\s+)?(?:channel|TV|television|radio|agency|news agency|newspaper|portal|website|broadcaster)\b)")
_QUOTED_EVENT = re.compile(
    r"[\"“]([A-Z][^\"“”\n]{3,80}?)[\"”]\s+"
    r"(?:series|event|events|campaign|tour|festival|forum|contest|competition|exhibition)\b")
_EMBASSY = re.compile(
    # at most eight words before the noun and after "in": an unbounded run was a quadratic scan of a long line of
    # capitalised words (every start position read the whole run, issue 17)
    r"\b((?:[A-Z][\w\-]*\s+){1,8}(?:Embassy|Consulate(?:\s+General)?|Mission))\s+(?:in|to)\s+"
    r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,7})")
# ", Trend reports", "as Kazinform reported": the credit of a news outlet, after a comma or "as" and before "reports"
_REPORTING_OUTLET = re.compile(
    r"(?:,|\bas)\s+([A-Z][\w.\-]*[\w](?:\s[A-Z][\w.\-]*[\w]){0,2})\s+report(?:s|ed)\b(?![\w\-])")
_TOKEN = re.compile(r"No\.\s?\d+|[A-Za-z0-9][\w’'\-\.&]*[\w]|[A-Za-z0-9&]")
BASED = re.compile(r"(?<![\w\-])([A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)-based\b")
_BASED_NAME = re.compile(r"\s+((?:[A-Z][\w'’&.\-]*)(?:\s+(?:[A-Z][\w'’&.\-]*|&)){0,4})")


def numbered_places(source: str) -> list[Candidate]:
    """"Almaty-1", "Khorgos-2": a known place and a number name a station."""
    return [Candidate(m.start(), m.end(), "FAC", 1) for m in NUMBERED_PLACE.finditer(source)
            if place_label(m.group(1)) or lexicon.known_label(m.group(1)) in ("GPE", "LOC", "FAC")]


def quoted_events(source: str) -> list[Candidate]:
    """`"Silk Road Stories" series`: a quoted title before an event noun is an event."""
    return [Candidate(m.start(1), m.end(1), "EVENT", 1) for m in _QUOTED_EVENT.finditer(source)]


def embassies(source: str) -> list[Candidate]:
    """"Chinese Embassy in Kazakhstan": a mission and the country it sits in are one organisation."""
    return [Candidate(m.start(1), m.end(2), "ORG", 1) for m in _EMBASSY.finditer(source)]


def numbered_names(source: str) -> list[Candidate]:
    """"Khabar 24 channel": a name and a number before a media noun are one organisation."""
    return [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _NUMBERED_NAME.finditer(source)]


def datelines(source: str) -> list[Candidate]:
    """"URUMQI, May 5 (Xinhua) --", "ALMATY –", "ASTANA. KAZINFORM -": the capitalised place opening a wire story."""
    out = []
    for m in _DATELINE.finditer(source):
        words = m.group(1).split()
        if any(w in NOT_NAMES or len(w) < 3 for w in words):
            continue
        titled = " ".join(w.capitalize() for w in words)
        out.append(Candidate(m.start(1), m.end(1), "ORG" if lexicon.known_label(titled) == "ORG" else "GPE", 1))
        if m.group(2):
            out.append(Candidate(m.start(2), m.end(2), "ORG", 1))
    out += [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _PAREN_CREDIT.finditer(source)]
    return out


def gazetteer_names(source: str) -> list[Candidate]:
    """Known names wherever they occur, with their known label; the model misses or mislabels many of them."""
    pattern = _gazetteer_pattern()
    folded = lexicon.fold(source)
    return [Candidate(m.start(), m.end(), lexicon.known_label(m.group()), 1) for m in pattern.finditer(folded)]


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\w\-.])(?:{alternation(lexicon.gazetteer())})(?![\w\-]|\.\w|['’]\w\w)")


def known_places(source: str, found: Candidates) -> list[Candidate]:
    """Well-known places (aliases.json) the model overlooks in an odd line ("date 2025-03-14 Khorgos Traffic Up"),
    only where nothing else was found: the model's reading of its own span is better informed."""
    taken = covered(found)
    return [Candidate(m.start(), m.end(), place_label(m.group()) or "GPE", 0)
            for m in _places_pattern().finditer(lexicon.fold(source)) if not taken.overlaps(m.start(), m.end())]


@lru_cache(maxsize=1)
def _places_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\w\-.])(?:{alternation(lexicon.known_places())})(?![\w\-]|\.\w|['’]\w\w)")


def reporting_outlets(source: str, found: Candidates) -> list[Candidate]:
    """", Trend reports with reference to ...": the name crediting a report is an outlet, where nothing else was found
    (a surname of the document is a person: person_from_context)."""
    taken = covered(found)
    out = []
    for m in _REPORTING_OUTLET.finditer(source):
        words = m.group(1).split()
        if (taken.overlaps(m.start(1), m.end(1)) or words[0] in lexicon.given_names() or words[0].lower() in STOP
                or is_demonym(words[0]) or place_label(m.group(1))):
            continue
        out.append(Candidate(m.start(1), m.end(1), "ORG", 0))
    return out


def acronyms(source: str, found: Candidates) -> list[Candidate]:
    """All-capital words in running text (CRRC, KTZ) are organisations unless a unit, a code or a known place.

    Only where the model saw nothing: its label, or a rule's, is better informed."""
    seen = {c.start for c in found}
    out = []
    for line_start, line in lines(source):
        letters = [ch for ch in line if ch.isalpha()]
        if not letters or sum(ch.isupper() for ch in letters) / len(letters) > 0.5:
            continue  # an all-caps line: every word would match
        for m in _ACRONYM.finditer(line):
            word = m.group(1)
            if word in NOT_NAMES or _ROMAN.fullmatch(word) or word.rstrip("S") in NOT_NAMES:
                continue
            label = place_label(word) or "ORG"
            if line_start + m.start(1) not in seen:
                out.append(Candidate(line_start + m.start(1), line_start + m.end(1), label, 0))
    return out


def based_names(source: str) -> list[Candidate]:
    """"Almaty-based Dala Agro": the place before "-based" and the organisation it qualifies."""
    out = []
    for m in BASED.finditer(source):
        out.append(Candidate(m.start(1), m.end(1), place_label(m.group(1)) or "GPE", 1))
        n = _BASED_NAME.match(source, m.end())
        if n and not is_demonym(n.group(1).split()[0]) and n.group(1).split()[0].lower() not in STOP:
            words = n.group(1).split()
            label = lexicon.known_label(n.group(1)) or head_label(words) or "ORG"
            out.append(Candidate(n.start(1), n.end(1), label, 1))
    return out


@lru_cache(maxsize=1)
def _named_line_pattern() -> re.Pattern:
    nouns = alternation(lexicon.keywords()["en_infrastructure_nouns"])
    part = r"[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?"
    return re.compile(rf"(?<![\w\-–—])({part}(?:[-–—]{part})+)\s+(?:{nouns})\b")


def named_lines(source: str) -> list[Candidate]:
    """"China-Kyrgyzstan-Uzbekistan railway": places joined by dashes before a railway or pipeline name a facility."""
    out = []
    for m in _named_line_pattern().finditer(source):
        parts = re.split(r"[-–—]", m.group(1))
        if all(place_label(p) or lexicon.known_label(p) for p in parts):
            out.append(Candidate(m.start(1), m.end(), "FAC", 1))
    return out


def keyword_names(source: str) -> list[Candidate]:
    """Runs of capitalised words ending in a head word (Park, Zone, District, Co...): a name with that head's
    label."""
    out = []
    for line_start, line in lines(source):
        out += _keyword_names_in_line(line, line_start)
    return out


def latin_head_names(source: str) -> list[Candidate]:
    """Runs of capitalised Latin words ending in a head word, for text in another script."""
    out = []
    for line_start, line in lines(source):
        if re.search(r"[A-Za-z]", line):
            out += _keyword_names_in_line(line, line_start)
    return out


def _keyword_names_in_line(line: str, offset: int) -> list[Candidate]:
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    out, i = [], 0
    while i < len(toks):
        if not _capitalised(toks[i][2]):
            i += 1
            continue
        j = _run_end(line, toks, i)
        if found := _headed_name(toks[i : j + 1]):
            start, end, label = found
            out.append(Candidate(offset + start, offset + end, label, 1))
        i = j + 1
    return out


def _run_end(line: str, toks: list[tuple[int, int, str]], i: int) -> int:
    """The last token of the run of capitalised words starting at ``i``, joined by spaces or hyphens, a number
    ("No. 3") or a connector ("of", "and") between capitalised words; a place's possessive ends the run."""
    j = i
    while j + 1 < len(toks) and not _possessive_place(toks[j][2]):
        nxt = toks[j + 1][2]
        if line[toks[j][1] : toks[j + 1][0]].strip() not in ("", "-"):
            break
        if _capitalised(nxt) or (nxt.startswith("No.") and nxt[3:].strip().isdigit()):
            j += 1
        elif (nxt in CONNECTORS and not (nxt in ("and", "&") and head_label([toks[j][2]])) and j + 2 < len(toks)
              and _capitalised(toks[j + 2][2]) and not line[toks[j + 1][1] : toks[j + 2][0]].strip()):
            j += 2
        else:
            break
    return j


def _headed_name(run: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """(start, end, label) of the name a run of capitalised words holds: from its first word that is no stop word
    to its head word."""
    first = next((k for k, t in enumerate(run) if t[2].lower() not in STOP), len(run))
    run = run[first:]
    words = [t[2] for t in run]
    # the head is the last word before "of" ("Park of X University" is a park), else the last word
    of_at = next((k for k, w in enumerate(words) if w == "of"), None)
    head_words = words[:of_at] if of_at else words
    label = head_label(head_words[-2:])
    end_k = len(run) - 1
    if label is None:  # a head somewhere inside the run: end the name there
        for k in range(len(run) - 1, 0, -1):
            label = head_label(words[max(0, k - 1) : k + 1])  # a head is one or two words: no longer slices
            if label:
                end_k = k
                break
    if label and of_at and end_k > of_at and head_label(head_words) is None:
        # "Aidar Bekov of Kazakh Invest": the head comes only after "of", so the name starts there
        run, words, end_k = run[of_at + 1 :], words[of_at + 1 :], end_k - of_at - 1
    if label and len(run) >= 2 and words[end_k] not in CONNECTORS:
        return run[0][0], run[end_k][1], label
    return None


def _possessive_place(tok: str) -> bool:
    """"Pakistan's" ends a run: what follows is something of Pakistan's, not part of its name."""
    m = re.fullmatch(r"(.+)['’]s", tok)
    return bool(m and place_label(m.group(1)))


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and any(ch.isalpha() for ch in tok))
