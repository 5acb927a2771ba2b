"""ISO canonical names of DATE mentions, resolved with the document's publication date (``tourpipe.dates``).

"March 21st" in an article published in 2023 is "2023-03-21"; "January–August 2025" is the ISO 8601 interval
"2025-01/2025-08"; a mention the document's date cannot place ("in the 1990s", "spring" in an undated text) keeps
its surface as its canonical name.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tourpipe.dates import ResolvedDate, resolve, with_its_year
from tourpipe.models import Entity

# Where a range splits into its two ends: a dash or a word between two calendar parts ("11-17", "January to March",
# "с января по март"). A hyphen inside an ISO or dotted date ("2025-03-14") splits nothing: those resolve whole.
_RANGE_SEPARATOR = {
    "en": re.compile(r"\s*[–—]\s*|\s+-\s+|(?<=\d)-(?=\d)|(?<=[a-z.])-(?=[A-Z])|\s+(?:to|through|until|till)\s+"),
    "ru": re.compile(r"\s*[–—]\s*|\s+-\s+|(?<=\d)-(?=\d)|(?<=[а-яё])-(?=[а-яё])|\s+(?:по|до)\s+", re.I),
}
_RANGE_OPENING = {"en": re.compile(r"(?:from|between)\s+", re.I), "ru": re.compile(r"(?:с|со|от)\s+", re.I)}
_WHOLE_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}")
# "the 1990s", "1990-х годов": a decade has no day, month or year of its own
_DECADE = re.compile(r"\d{3}0(?:s\b|['’]s\b|-х)")
# a day number alone, or with the range's year after it ("17" of "Nov 11-17", "17, 2024" of "Nov 11-17, 2024")
_BARE_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|-?го)?(?:,?\s+(\d{4}))?")
# Longer than any written date: beyond this a mention is not read (keeps the work per mention bounded).
_MAX_DATE_CHARS = 80


def date_canonical(text: str, lang: str, published: date | None, year: int | None = None) -> str:
    """``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or an interval ``start/end`` for a DATE mention; its surface when the
    text and the publication date cannot place it."""
    if len(text) > _MAX_DATE_CHARS or _DECADE.search(text):
        return text
    whole = _WHOLE_DATE.fullmatch(text.strip())
    interval = None if whole else _interval(text, lang, published, year)
    if interval:
        return interval
    found = resolve(text, lang, published, year_hint=year)
    return found.iso() if found else text


def with_date_canonicals(entities: list[Entity], lang: str, published: date | None,
                         year: int | None = None, text: str | None = None) -> list[Entity]:
    """``entities`` with each DATE mention's canonical name resolved (see :func:`date_canonical`); ``year``: the
    page's own year when it gives no day ("date 2023-05"); ``text``: the document, whose words after a month may
    give its year ("November last year", :func:`~tourpipe.dates.with_its_year`)."""
    def canonical(e: Entity) -> str:
        mention = e.text if text is None else with_its_year(text, e.end_char, e.text, lang)
        return date_canonical(mention, lang, published, year)

    return [replace(e, canonical=canonical(e)) if e.label == "DATE" else e for e in entities]


def _interval(text: str, lang: str, published: date | None, year: int | None = None) -> str | None:
    """"start/end" when ``text`` is a range whose two ends resolve (the later end lends its year and month)."""
    code = lang if lang in _RANGE_SEPARATOR else "en"
    body = _RANGE_OPENING[code].sub("", text.strip(), count=1)
    sep = _RANGE_SEPARATOR[code].search(body)
    if sep is None or sep.start() == 0 or sep.end() == len(body):
        return None
    left, right = body[: sep.start()], body[sep.end():]
    end = _borrowed_day(right, None, left, lang, published, year) or resolve(right, lang, published, year_hint=year)
    if end is None:
        return None
    start = _borrowed_day(left, end) or resolve(left, lang, published, year_hint=end.date.year)
    if start is None or start.date > end.date:
        return None
    return f"{start.iso()}/{end.iso()}"


def _borrowed_day(part: str, other: ResolvedDate | None, other_text: str = "", lang: str = "en",
                  published: date | None = None, year: int | None = None) -> ResolvedDate | None:
    """A bare day number ("11" of "11-17 Nov", "17, 2024" of "Nov 11-17, 2024") dated by the month and year of the
    range's other end (``other``, or else ``other_text`` resolved with the year the part names)."""
    m = _BARE_DAY.fullmatch(part.strip())
    if m is None:
        return None
    if other is None and other_text:
        other = resolve(other_text, lang, published, year_hint=int(m.group(2)) if m.group(2) else year)
    if other is None or other.precision != "day":
        return None
    try:
        return ResolvedDate(other.date.replace(day=int(m.group(1))), "day")
    except ValueError:
        return None
