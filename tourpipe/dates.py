"""Calendar dates in article text ("on Nov 12", "March 21st", "12 апреля", "on Thursday") resolved to ISO dates.

A text often leaves the year out; it is taken from ``year_hint`` (the caller's knowledge of the article's year)
or from the document's ``published`` date. Without either, a date that lacks its year is not resolved: an
analyst is better served by a null than by a guessed year.

Precision: the warehouse column is a DATE, so a month-only date ("in April 2015") is stored as the first day
of its month and a year-only date as 1 January; :class:`ResolvedDate` keeps the precision, and
:func:`iso_canonical` writes ``YYYY-MM`` / ``YYYY`` for them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from tourpipe.vocabulary import (
    DAY_ORDINAL_RU,
    MONTH_ABBREVIATIONS_RU,
    MONTH_FORMS_RU,
    MONTHS_EN,
    YEAR_MAX,
    YEAR_MIN,
    alternation,
)

# A date without a year that would fall this far after the publication date belongs to the year before
# ("on Dec 28" in an article of 5 January).
_FORWARD_LIMIT = timedelta(days=183)


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved date: ``date`` is the day, or the first day of the month / year when only that is known."""

    date: date
    precision: str  # "day", "month" or "year"

    def iso(self) -> str:
        full = self.date.isoformat()
        return {"day": full, "month": full[:7], "year": full[:4]}[self.precision]


# -- per-language patterns (data) --------------------------------------------------------------------------------------

_EN_MONTHS = {k: v for k, v in MONTHS_EN.items()}
_EN_MONTH_RX = r"(?P<month>" + alternation(k.capitalize() for k in _EN_MONTHS) + r")\.?"
_EN_ORD = r"(?:st|nd|rd|th)?"
_EN_RANGE = r"(?P<until>\s*(?:-|–|—|to|and|through|until)\s*\d{1,2}" + _EN_ORD + r"(?!\d))?"
_RU_MONTHS = {**MONTH_FORMS_RU, **MONTH_ABBREVIATIONS_RU}
_RU_MONTH_RX = r"(?P<month>" + alternation(_RU_MONTHS) + r")\.?"
_RU_RANGE = r"(?P<until>\s*(?:-|–|—|по|и|до)\s*\d{1,2}(?!\d)" + DAY_ORDINAL_RU + ")?"
_RU_YEAR_WORD = r"(?:\s*(?:г\.|г\b|года|году|год|гг\.?))?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_NOT_A_DECADE = r"(?!['’]?s(?!\w)|-?(?:х|е|ые|ых)(?!\w))"  # "the mid-2000s", "в 2000-х": no year

_WEEKDAYS = {
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
    "ru": {"понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "среды": 2, "четверг": 3, "пятница": 4,
           "пятницу": 4, "пятницы": 4, "суббота": 5, "субботу": 5, "субботы": 5, "воскресенье": 6,
           "воскресенья": 6},
}
_RELATIVE = {
    "en": {"today": 0, "yesterday": -1, "tomorrow": 1},
    "ru": {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2},
}
# "last year", "в прошлом году", "в ноябре прошлого года": a year or month counted from the article's ("the past
# year", "за последний год" is a stretch of time, no calendar year)
_WHICH = {
    "en": {"last": -1, "this": 0, "next": 1},
    "ru": {"прошлом": -1, "прошлого": -1, "этом": 0, "этого": 0, "текущем": 0, "текущего": 0, "следующем": 1,
           "следующего": 1, "будущем": 1, "будущего": 1},
}
_EN_WHICH = r"(?P<which>[Ll]ast|[Tt]his|[Nn]ext)"
_RU_WHICH = r"(?P<which>" + alternation(_WHICH["ru"]) + r")"

# Pattern kinds in the order they are tried: the first kind that matches anywhere in the span wins.
_PATTERNS = {
    "en": (
        ("iso", r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
        ("numeric", r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
        ("day_month", r"(?<![\d$])(?P<day>\d{1,2})" + _EN_ORD + _EN_RANGE + r"\s+(?:of\s+)?" + _EN_MONTH_RX
         + r"(?:,?\s+" + _YEAR + r")?"),
        ("month_day", r"\b" + _EN_MONTH_RX + r"(?:\s+|(?<=\.))(?P<day>\d{1,2})" + _EN_ORD + r"(?!\d)" + _EN_RANGE
         + r"(?:,?\s+" + _YEAR + r")?"),
        ("month_year", r"\b" + _EN_MONTH_RX + r"(?:,?\s+(?:of\s+)?|(?<=\.))" + _YEAR),
        ("weekday", r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
        ("relative", r"(?i)\b(?P<rel>today|yesterday|tomorrow)\b"),
        ("window", r"(?i)\b(?:in|over|within|during)\s+the\s+(?:next|coming)\s+(?P<n>\d{1,3})\s+"
                   r"(?P<unit>day|week|month)s?\b"),
        ("month_of_year", r"\b" + _EN_MONTH_RX + r"\s+(?:of\s+)?" + _EN_WHICH + r"\s+year\b"),
        ("which", r"(?<!the\s)\b" + _EN_WHICH + r"\s+(?P<unit>year|month)\b"),  # "over the last year": a stretch
        ("month", r"\b" + _EN_MONTH_RX + r"(?!\w)"),
        ("day_only", r"^(?:on\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+\w)"),
        ("year", r"(?<![\d.,$])" + _YEAR + _NOT_A_DECADE),
    ),
    "ru": (
        ("iso", r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
        ("numeric", r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
        ("day_month", r"(?i)(?<![\d$])(?P<day>\d{1,2})" + DAY_ORDINAL_RU + _RU_RANGE + r"\s+" + _RU_MONTH_RX
         + r"(?:\s+" + _YEAR + _RU_YEAR_WORD + r")?"),
        ("month_year", r"(?i)(?<!\w)" + _RU_MONTH_RX + r"\s+" + _YEAR),
        ("weekday", r"(?i)(?<!\w)(?P<weekday>" + alternation(_WEEKDAYS["ru"]) + r")(?!\w)"),
        ("relative", r"(?i)(?<!\w)(?P<rel>" + alternation(_RELATIVE["ru"]) + r")(?!\w)"),
        ("window", r"(?i)(?<!\w)в\s+(?:ближайшие|следующие|течение)\s+(?P<n>\d{1,3})\s+(?P<unit>дн|недел|месяц)\w*"),
        ("month_of_year", r"(?i)(?<!\w)" + _RU_MONTH_RX + r"\s+" + _RU_WHICH + r"\s+года(?!\w)"),
        ("which", r"(?i)(?<!\w)" + _RU_WHICH + r"\s+(?P<unit>году|года|месяце|месяца)(?!\w)"),
        ("month", r"(?i)(?<!\w)" + _RU_MONTH_RX + r"(?!\w)"),
        ("day_only", r"(?i)^(?:на\s+)?(?P<day>\d{1,2})-?го(?:\s+числа)?(?!\w)"),
        ("year", r"(?<![\d.,$])" + _YEAR + _NOT_A_DECADE + _RU_YEAR_WORD),
    ),
}
_MONTH_NAMES = {"en": {k.capitalize(): v for k, v in _EN_MONTHS.items()}, "ru": _RU_MONTHS}


@lru_cache(maxsize=4)
def _compiled(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(rx)) for kind, rx in _PATTERNS.get(lang, _PATTERNS["en"]))


# -- resolution --------------------------------------------------------------------------------------------------------

def _month_number(lang: str, token: str) -> int | None:
    if token.isdigit():
        n = int(token)
        return n if 1 <= n <= 12 else None
    names = _MONTH_NAMES.get(lang, _MONTH_NAMES["en"])
    key = token.rstrip(".")
    return names.get(key) or names.get(key.lower()) or names.get(key.capitalize())


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date | None, year_hint: int | None) -> int | None:
    if year_hint is not None:
        return year_hint
    if published is None:
        return None
    candidate = _make(published.year, month, day)
    if candidate is not None and candidate - published > _FORWARD_LIMIT:
        return published.year - 1
    return published.year


def _calendar(lang: str, kind: str, m: re.Match, published: date | None, year_hint: int | None) -> ResolvedDate | None:
    month = _month_number(lang, m.group("month"))
    if month is None:
        return None
    day = int(m.group("day")) if kind not in ("month_year", "month") else 1
    explicit = m.groupdict().get("year")
    year = int(explicit) if explicit else _infer_year(month, day, published, year_hint)
    if year is None or not YEAR_MIN <= year <= YEAR_MAX:
        return None
    found = _make(year, month, day)
    if found is None:
        return None
    return ResolvedDate(found, "month" if kind in ("month_year", "month") else "day")


def _relative(lang: str, kind: str, m: re.Match, published: date | None, future: bool) -> ResolvedDate | None:
    if published is None:
        return None
    if kind == "relative":
        return ResolvedDate(published + timedelta(days=_RELATIVE[lang][m.group("rel").lower()]), "day")
    weekday = _WEEKDAYS[lang][m.group("weekday").lower()]
    if future:  # "will visit on Friday": the next such weekday
        return ResolvedDate(published + timedelta(days=(weekday - published.weekday()) % 7), "day")
    # News reports what happened: the latest such weekday on or before the publication date.
    return ResolvedDate(published - timedelta(days=(published.weekday() - weekday) % 7), "day")


def _which(lang: str, kind: str, m: re.Match, published: date | None, year_hint: int | None) -> ResolvedDate | None:
    """"last year" (the year before the article's), "в этом месяце", "in November last year"."""
    shift = _WHICH[lang][m.group("which").lower()]
    year = published.year if published is not None else year_hint
    if year is None:
        return None
    if kind == "month_of_year":
        month = _month_number(lang, m.group("month"))
        return ResolvedDate(date(year + shift, month, 1), "month") if month else None
    if m.group("unit").lower().startswith(("year", "год")):
        return ResolvedDate(date(year + shift, 1, 1), "year")
    if published is None:
        return None
    month = published.month + shift
    year, month = (year - 1, 12) if month < 1 else (year + 1, 1) if month > 12 else (year, month)
    return ResolvedDate(date(year, month, 1), "month")


def _window(n: int, unit: str, published: date | None) -> ResolvedDate | None:
    """"in the next 30 days": only what the whole window shares is certain (its month, else its year)."""
    if published is None:
        return None
    end = published + timedelta(days=n * _UNIT_DAYS[unit])
    if (end.year, end.month) == (published.year, published.month):
        return ResolvedDate(date(published.year, published.month, 1), "month")
    return ResolvedDate(date(published.year, 1, 1), "year") if end.year == published.year else None


def _day_only(day: int, published: date | None) -> ResolvedDate | None:
    """"on the 20th": the latest such day on or before the publication date."""
    if published is None:
        return None
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    found = _make(year, month, day)
    return ResolvedDate(found, "day") if found else None


# Day-only expressions in running text ("on the 20th", "11-го числа"); in an entity's text the anchored
# "day_only" pattern reads them.
_FREE_DAY = {"en": r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?![ \t]+(?!and\b|or\b|to\b|in\b|at\b)[A-Za-z])",
             "ru": r"(?i)(?<!\w)\d{1,2}-?го\s+числа(?!\w)"}
_FINDABLE = ("iso", "numeric", "day_month", "month_day", "month_year", "weekday", "relative", "window",
             "month_of_year", "which", "month", "year")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "дн": 1, "недел": 7, "месяц": 31}


# The words a findable date may start with (a digit aside): its month, weekday or relative word, "in the next …",
# "on the 20th". The finder first checks that a position starts with one of their letters: the engine would otherwise
# try each of its ten kinds at every character (~3x the time).
_LEADS = {"en": [*_MONTH_NAMES["en"], *(d.capitalize() for d in _WEEKDAYS["en"]), *_RELATIVE["en"],
                 "in", "over", "within", "during", "on", *_WHICH["en"], *(w.capitalize() for w in _WHICH["en"])],
          "ru": [*_RU_MONTHS, *_WEEKDAYS["ru"], *_RELATIVE["ru"], "в", *_WHICH["ru"]]}


@lru_cache(maxsize=4)
def _finder(lang: str) -> re.Pattern:
    kinds = dict(_PATTERNS.get(lang, _PATTERNS["en"]))
    parts = [re.sub(r"\(\?P<\w+>", "(?:", kinds[k]).replace("(?i)", "") for k in _FINDABLE if k in kinds]
    parts.append(_FREE_DAY.get(lang, _FREE_DAY["en"]).replace("(?i)", ""))
    flags = re.IGNORECASE if lang == "ru" else 0
    leads = "".join(sorted({w[0] for w in _LEADS.get(lang, _LEADS["en"])}))
    return re.compile(rf"(?=[\d{re.escape(leads)}])(?:" + "|".join(f"(?:{x})" for x in parts) + ")", flags)


def find(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """(start, end) of the date expressions in text[start:end], for text no entity tagger has dated."""
    return [(m.start(), m.end()) for m in _finder(lang if lang in _PATTERNS else "en").finditer(text, start, end)
            if m.end() > m.start()]


_DAY_KINDS = ("day_month", "month_day")  # the patterns of a calendar day, with the end of a period after it


def is_period(span_text: str, lang: str) -> bool:
    """Does a date expression name a stretch of days rather than one: a day with the end of its period ("from June 15
    to 23", "Nov 11-17", "с 14 по 20 сентября"), or two calendar days ("from June 15 to July 2")? Its first day dates
    the event it belongs to, no other."""
    found = [m for kind, rx in _compiled(lang) if kind in _DAY_KINDS for m in rx.finditer(span_text)]
    return len(found) > 1 or any(m.group("until") for m in found)


_DIGIT = re.compile(r"\d")
_LOWER_MONTH = re.compile(r"(?<![\w-])(?:" + alternation(_EN_MONTHS) + r")(?![\w-])")


def resolve(span_text: str, lang: str, published: date | None = None, year_hint: int | None = None,
            future: bool = False) -> ResolvedDate | None:
    """The date ``span_text`` names, with its precision; None when it names none or its year is unknown.

    The first kind of pattern that matches decides: "Feb 30" is no date, not February. A weekday is the last
    one on or before ``published``, or with ``future`` (what a text says will happen) the next one.
    """
    if not span_text:
        return None
    lang = lang if lang in _PATTERNS else "en"
    if lang == "en" and _LOWER_MONTH.search(span_text) and _DIGIT.search(span_text):
        # a tagger's DATE on a scraped page that lost its capitals ("On june 17-23, 2023"): beside a day or a year the
        # word is the month (alone it may be the verb; the finder of running text keeps capitals)
        span_text = _LOWER_MONTH.sub(lambda m: m.group().capitalize(), span_text)
    for kind, rx in _compiled(lang):
        m = rx.search(span_text)
        if m is None:
            continue
        if kind in ("weekday", "relative"):
            return _relative(lang, kind, m, published, future)
        if kind == "year":
            return ResolvedDate(date(int(m.group("year")), 1, 1), "year")
        if kind == "day_only":
            return _day_only(int(m.group("day")), published)
        if kind == "window":
            return _window(int(m.group("n")), m.group("unit").lower(), published)
        if kind in ("which", "month_of_year"):
            return _which(lang, kind, m, published, year_hint)
        return _calendar(lang, kind, m, published, year_hint)
    return None


# "November last year", "в ноябре прошлого года": the year a month is counted in, written right after a DATE mention
# the tagger ended at the month
_YEAR_AFTER = {
    "en": re.compile(r",?\s+(?:of\s+)?(?:last|this|next)\s+year\b", re.I),
    "ru": re.compile(r"\s+" + _RU_WHICH + r"\s+года(?!\w)", re.I),
}
_MONTH_ONLY = {lang: re.compile(rf"^(?:[^\W\d_]+\s+)?{rx}$", re.I) for lang, rx in (("en", _EN_MONTH_RX),
                                                                              ("ru", _RU_MONTH_RX))}


def with_its_year(text: str, end: int, mention: str, lang: str) -> str:
    """``mention`` (a DATE mention ending at ``end`` of ``text``) with the relative year written right after it when
    it names a month alone: "November" of "in November last year" -> "November last year"."""
    code = lang if lang in _YEAR_AFTER else "en"
    if not _MONTH_ONLY[code].match(mention.strip()):
        return mention
    after = _YEAR_AFTER[code].match(text, end)
    return mention + text[end:after.end()] if after else mention


def resolve_date(span_text: str, lang: str, published: date | None = None,
                 year_hint: int | None = None) -> date | None:
    """The DATE value of ``span_text``: the day, or the first day of the month / year when only that is given."""
    found = resolve(span_text, lang, published, year_hint)
    return found.date if found else None


def iso_canonical(date_entity_text: str, lang: str, published: date | None = None,
                  year_hint: int | None = None) -> str | None:
    """Canonical name of a DATE entity: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as precisely as the text says."""
    found = resolve(date_entity_text, lang, published, year_hint)
    return found.iso() if found else None


__all__ = ["ResolvedDate", "find", "resolve", "resolve_date", "iso_canonical"]
