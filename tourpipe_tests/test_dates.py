"""Date resolution: article phrases to ISO dates, with the precision the text gives."""
from __future__ import annotations

from datetime import date

import pytest

from tourpipe.dates import find, iso_canonical, resolve, resolve_date

PUBLISHED = date(2023, 3, 25)  # a Saturday

CASES = [
    ("on Nov 12", "en", PUBLISHED, None, "2022-11-12"),  # a November date after March belongs to the year before
    ("March 21st", "en", PUBLISHED, None, "2023-03-21"),
    ("12 апреля", "ru", PUBLISHED, None, "2023-04-12"),
    ("from Nov 11-17", "en", date(2015, 11, 20), None, "2015-11-11"),
    ("on Thursday", "en", PUBLISHED, None, "2023-03-23"),
    ("22 апреля 2025 г.", "ru", None, None, "2025-04-22"),
    ("April, 2015", "en", None, None, "2015-04"),
    ("в апреле 2025 года", "ru", None, None, "2025-04"),
    ("in 2014", "en", None, None, "2014"),
    ("в 2025 году", "ru", None, None, "2025"),
    ("с 11 по 17 ноября", "ru", date(2014, 11, 30), None, "2014-11-11"),
    ("Dec. 28", "en", date(2024, 1, 5), None, "2023-12-28"),
    ("2023-03-21", "en", None, None, "2023-03-21"),
    ("21.03.2023", "ru", None, None, "2023-03-21"),
    ("в четверг", "ru", PUBLISHED, None, "2023-03-23"),
    ("21 March 2023", "en", None, None, "2023-03-21"),
    ("the 20th", "en", date(2024, 5, 22), None, "2024-05-20"),
    ("11-го числа", "ru", date(2014, 8, 13), None, "2014-08-11"),
    ("13-го сентября", "ru", None, 2014, "2014-09-13"),  # a day written as an ordinal
    ("с 14-го по 20-е сентября", "ru", None, 2014, "2014-09-14"),
    ("March 21st", "en", None, 2019, "2019-03-21"),  # the caller's year wins
    ("on Nov 12", "en", None, None, None),  # no year known: no date
    ("Feb 30", "en", PUBLISHED, None, None),
    ("spring", "en", PUBLISHED, None, None),
    ("may", "en", PUBLISHED, None, None),  # the verb, not the month
    ("On june 17-23, 2023", "en", None, None, "2023-06-17"),  # a page that lost its capitals: a month beside a day
    ("nov. 12", "en", PUBLISHED, None, "2022-11-12"),
    ("On Sept.8", "en", PUBLISHED, None, "2023-09-08"),  # a wire's abbreviation glued to its day
    ("Dec.2019", "en", None, None, "2019-12"),
    ("the mid-2000s", "en", PUBLISHED, None, None),  # a decade is no year
    ("the 1990’s", "en", PUBLISHED, None, None),
    ("в середине 2000-х годов", "ru", PUBLISHED, None, None),
    ("в 2010-е", "ru", PUBLISHED, None, None),
    ("today", "en", PUBLISHED, None, "2023-03-25"),
    # a year or month counted from the article's
    ("last year", "en", PUBLISHED, None, "2022"),
    ("Next year", "en", PUBLISHED, None, "2024"),
    ("this month", "en", PUBLISHED, None, "2023-03"),
    ("last month", "en", date(2024, 1, 10), None, "2023-12"),
    ("in November last year", "en", PUBLISHED, None, "2022-11"),
    ("в прошлом году", "ru", PUBLISHED, None, "2022"),
    ("в этом году", "ru", None, 2019, "2019"),  # the page's own year is enough for a year
    ("в следующем месяце", "ru", date(2024, 12, 3), None, "2025-01"),
    ("в ноябре прошлого года", "ru", PUBLISHED, None, "2022-11"),
    ("last month", "en", None, 2019, None),  # ... not for a month
    ("over the last year", "en", PUBLISHED, None, None),  # a stretch of time, no calendar year
    ("last year", "en", None, None, None),
]


@pytest.mark.parametrize("text,lang,published,hint,expected", CASES)
def test_iso_canonical(text, lang, published, hint, expected):
    assert iso_canonical(text, lang, published, hint) == expected


def test_month_only_dates_are_stored_as_their_first_day():
    assert resolve_date("April, 2015", "en") == date(2015, 4, 1)
    assert resolve("April, 2015", "en").precision == "month"
    assert resolve_date("in 2014", "en") == date(2014, 1, 1)


def test_a_planned_weekday_is_the_next_one():
    assert resolve("on Friday", "en", date(2024, 5, 20), future=True).date == date(2024, 5, 24)
    assert resolve("on Friday", "en", date(2024, 5, 20)).date == date(2024, 5, 17)


def test_find_in_running_text():
    text = "They arrived in Yining on the 20th and left on May 25, 2024."
    assert [text[a:b] for a, b in find(text, 0, len(text), "en")] == ["on the 20th", "May 25, 2024"]


@pytest.mark.parametrize("lang, date_text", [
    ("en", "2024-05-20"), ("en", "20.05.2024"), ("en", "20th of May"), ("en", "12-14 September 2023"),
    ("en", "Nov 12"), ("en", "August 2015"), ("en", "Wednesday"), ("en", "Sunday"), ("en", "tomorrow"),
    ("en", "yesterday"), ("en", "over the next 3 months"), ("en", "during the coming 10 days"), ("en", "October"),
    ("en", "2019"), ("en", "on the 3rd"), ("en", "Jan. 5"), ("en", "Feb 2"), ("en", "Jun 30"),
    ("ru", "12 апреля"), ("ru", "3-5 Ноября 2022 года"), ("ru", "декабря 2021"), ("ru", "среду"), ("ru", "Вчера"),
    ("ru", "позавчера"), ("ru", "в течение 5 дней"), ("ru", "В ближайшие 2 недели"), ("ru", "март"),
    ("ru", "2020 г."), ("ru", "7-го числа"), ("ru", "Четверг"), ("ru", "янв. 2023"), ("ru", "февраль"),
    ("en", "last year"), ("en", "Next month"), ("en", "this year"), ("ru", "прошлом году"),
    ("ru", "прошлого года"), ("ru", "текущем году"),
])
def test_every_kind_of_date_is_found_whatever_letter_it_starts_with(lang, date_text):
    """The finder checks a position's first letter before trying the date kinds: none may be lost by it."""
    text = ("Они сообщили, что это было " if lang == "ru" else "They said it was ") + date_text + ", as planned."
    start = text.index(date_text)
    assert [text[a:b] for a, b in find(text, 0, len(text), lang) if a >= start] == [date_text]


def test_a_window_gives_what_it_is_sure_of():
    assert iso_canonical("в ближайшие 30 дней", "ru", date(2014, 8, 13)) == "2014"
    assert iso_canonical("in the next 10 days", "en", date(2014, 8, 3)) == "2014-08"


@pytest.mark.parametrize("text,mention,lang,expected", [
    ("a visit in November last year.", "November", "en", "November last year"),
    ("a visit in November of last year.", "November", "en", "November of last year"),
    ("визит в ноябре прошлого года.", "ноябре", "ru", "ноябре прошлого года"),
    ("визит в марте следующего года.", "марте", "ru", "марте следующего года"),
    ("a visit in November.", "November", "en", "November"),  # no year written after it
    ("a visit on 5 November last year.", "5 November", "en", "5 November"),  # a day's mention is left as it is
    ("визит в ноябре прошлогоднего плана.", "ноябре", "ru", "ноябре"),
])
def test_a_month_alone_takes_the_relative_year_written_after_it(text, mention, lang, expected):
    from tourpipe.dates import with_its_year

    end = text.index(mention) + len(mention)
    assert with_its_year(text, end, mention, lang) == expected


def test_a_date_entity_of_a_month_alone_is_counted_in_the_year_written_after_it():
    """"в ноябре прошлого года" in an article of 10 November 2019 is November 2018, though the tagger's DATE mention
    ends at the month."""
    from tourpipe.entities import with_date_canonicals
    from tourpipe.models import Entity

    text = "Соглашение заключено в ноябре прошлого года."
    at = text.index("ноябре")
    e = Entity(text="ноябре", label="DATE", start_char=at, end_char=at + len("ноябре"))
    got = with_date_canonicals([e], "ru", date(2019, 11, 10), None, text)
    assert got[0].canonical == "2018-11"
    assert with_date_canonicals([e], "ru", date(2019, 11, 10))[0].canonical == "2019-11"  # without the text
