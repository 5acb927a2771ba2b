"""English calendar references: written dates, seasons of a year, bare months, and the check on the model's dates."""
from __future__ import annotations

import re

from tourpipe.entities.cascade import Candidate
from tourpipe.entities.english.words import FULL_MONTHS, MONTH, WEEKDAY, YEAR
from tourpipe.vocabulary import alternation

# "in April", "by June", "since May": a bare month after a preposition (May only there: elsewhere it is a verb)
_BARE_MONTH = re.compile(
    r"\b(?:(?:in|by|since|until|till|from|of|during|through|before|after|early|late|mid|end of|start of|beginning of"
    rf"|next|last|this)[\s\-]+(May)|({alternation(m for m in FULL_MONTHS if m != 'May')}))\b(?![\-’']|\s+[A-Z])")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
# "January–August 2025", "January to March": a range of months is one calendar reference
_MONTH_RANGE = rf"{MONTH}(?:\s*[-–—]\s*|\s+(?:to|through|until)\s+){MONTH}(?:,?\s+{YEAR})?"
_DATE_RE = re.compile(
    rf"\b(?:{_MONTH_RANGE}|{MONTH}\s+{_DAY}(?:,?\s+{YEAR})?|{_DAY}\s+{MONTH}(?:,?\s+{YEAR})?|{MONTH},?\s+{YEAR}"
    rf"|{WEEKDAY}|{YEAR}-\d{{2}}-\d{{2}})\b"
)
# "in winter" is habitual, not a date; "the season of spring" and "in spring 2024" are calendar references
# "last autumn", "this spring" are relative, not calendar references (the annotators leave them out)
_SEASON_RE = re.compile(
    rf"\b(?:(?:of|during|since|until|by)\s+(?:the\s+)?((?:spring|summer|autumn|winter)(?:\s+(?:of\s+)?{YEAR})?)"
    rf"|in\s+(?:the\s+)?((?:spring|summer|autumn|winter)\s+(?:of\s+)?{YEAR}))\b", re.I)
_SEASON_WORD = re.compile(r"\b(?:spring|summer|autumn|winter)\b", re.I)
_CALENDAR = re.compile(
    rf"\b(?:{MONTH}|{WEEKDAY}|spring|summer|autumn|winter)\b|\b{YEAR}s?\b|\d{{4}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}", re.I)
_DURATION = re.compile(r"\b(?:day|days|week|weeks|years?|months?|decades?|century)\b", re.I)
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s*", re.I)
# "the first quarter of", "the end of", "the first eight months of": a part of a period before the calendar reference
# it divides; the annotators mark the calendar reference alone ("2018" in "the first quarter of 2018")
_PART_OF_PERIOD = re.compile(
    r"(?:the\s+)?(?:(?:(?:first|second|third|fourth|last|final|past|same|previous)\s+)?(?:[a-z]+\s+)?"
    r"(?:quarter|half|months?|weeks?|days|part|decade)|end|beginning|start|middle|turn|close|rest|remainder)\s+of\s+"
    r"(?:the\s+)?(?=\S)", re.I)


def written_dates(source: str) -> list[Candidate]:
    """"May 5, 2025", "5-7 June", "January–August 2025", "Monday", "2025-03-14"."""
    return [Candidate(m.start(), m.end(), "DATE", 1) for m in _DATE_RE.finditer(source)]


def seasons(source: str) -> list[Candidate]:
    """"during the summer", "in spring 2024": a season that is a calendar reference."""
    out = []
    for m in _SEASON_RE.finditer(source):
        g = 1 if m.group(1) else 2
        if m.group(g)[0].islower():
            out.append(Candidate(m.start(g), m.end(g), "DATE", 1))
    return out


def bare_months(source: str) -> list[Candidate]:
    """"in April", "by May": a month alone (proposed as the model would, so a longer date wins)."""
    return [Candidate(m.start(g), m.end(g), "DATE", 0)
            for m in _BARE_MONTH.finditer(source) for g in (1, 2) if m.group(g)]


def repair_date(source: str, c: Candidate) -> Candidate | None:
    """A DATE span without a leading clock time or part of a period ("the end of"); None unless it names a calendar
    date, month, weekday or year."""
    text = c.text(source)
    for lead_pattern in (_CLOCK_TIME, _PART_OF_PERIOD):
        lead = lead_pattern.match(text)
        if lead and lead.end() < len(text):
            c = c.spanning(c.start + lead.end(), c.end)
            text = c.text(source)
    if c.prio == 0 and _SEASON_WORD.search(text) and not re.search(YEAR, text):
        return None  # "in summer", "last autumn": a season in general or relative, not a calendar reference
    return c if _is_calendar(text) else None


def _is_calendar(text: str) -> bool:
    return bool(_CALENDAR.search(text)) and not _DURATION.search(text)
