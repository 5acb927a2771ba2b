"""Figures extractor rules found by a fresh evaluation: the level after a change verb, hedges inside a conversion,
unhedged ranges, Cyrillic unit symbols, period expressions, a noun of one's own, the start of a change, and the count a
collective subject names (one sentence per rule, written for these tests)."""
from __future__ import annotations

import pytest

from tourpipe.figures import extract_facts
from tourpipe_tests.figure_asserts import assert_figure, assert_not_figure

# (sentence, lang, text, value, value_high, unit, unit_kind, qualifier)
CASES = [
    # 1. "до"/"to" after a change or target verb is the level reached, even after a comma and the size of the change
    ("Экспорт вырос на 41%, до $118 млн.", "ru", "$118 млн", 118e6, None, "USD", "money", "exact"),
    ("Экспорт вырос на 41% до $118 млн.", "ru", "$118 млн", 118e6, None, "USD", "money", "exact"),
    ("Казахстан планирует нарастить товарооборот до $1 млрд.", "ru", "$1 млрд", 1e9, None, "USD", "money", "exact"),
    ("Правительство решило сократить выбросы до 20 млн тонн.", "ru", "20 млн тонн", 2e7, None, "tonne", "measure", "exact"),
    ("Компания планирует поднять производство до 300 тысяч тонн.", "ru", "300 тысяч тонн", 3e5, None, "tonne", "measure", "exact"),
    ("Виза будет стоить до $100.", "ru", "до $100", 100, None, "USD", "money", "up_to"),
    ("Exports rose 5% to $3 billion.", "en", "$3 billion", 3e9, None, "USD", "money", "exact"),
    ("The two countries plan to boost trade to $1 billion.", "en", "$1 billion", 1e9, None, "USD", "money", "exact"),
    # 2. a hedge inside a parenthetical conversion belongs to the converted figure only
    ("Стоимость проекта составит $1,2 млрд (около 620 млрд тенге).", "ru", "$1,2 млрд", 1.2e9, None, "USD", "money", "exact"),
    ("Стоимость проекта составит $1,2 млрд (около 620 млрд тенге).", "ru", "около 620 млрд тенге", 6.2e11, None, "KZT", "money", "about"),
    ("The plant will cost $1.2 billion (about 575 billion tenge).", "en", "$1.2 billion", 1.2e9, None, "USD", "money", "exact"),
    ("The plant will cost $1.2 billion (about 575 billion tenge).", "en", "about 575 billion tenge", 5.75e11, None, "KZT", "money", "about"),
    # 3. a range with no hedge word is exact
    ("Еженедельно отправляется 9–11 контейнерных поездов.", "ru", "9–11 контейнерных поездов", 9, 11, "container train", "count", "exact"),
    ("Every week 10-15 trains leave the terminal.", "en", "10-15 trains", 10, 15, "train", "count", "exact"),
    # 4. unit symbols; "кв." is "square" only before "м"/"км"
    ("Построена линия 220 кВ.", "ru", "220 кВ", 220, None, "kV", "measure", "exact"),
    ("Мощность станции 100 кВт.", "ru", "100 кВт", 100, None, "kW", "measure", "exact"),
    ("Мощность станции 50 МВт.", "ru", "50 МВт", 50, None, "MW", "measure", "exact"),
    ("Мощность станции 3 ГВт.", "ru", "3 ГВт", 3, None, "GW", "measure", "exact"),
    ("Выработка 120 кВт·ч в сутки.", "ru", "120 кВт·ч в сутки", 120, None, "kWh per day", "measure", "exact"),  # a rate keeps its denominator
    ("Выработка 5 МВт·ч в сутки.", "ru", "5 МВт·ч в сутки", 5, None, "MWh per day", "measure", "exact"),
    ("Дорога длиной 40 км.", "ru", "40 км", 40, None, "km", "measure", "exact"),
    ("Площадь участка 300 га.", "ru", "300 га", 300, None, "hectare", "measure", "exact"),
    ("Вес груза 20 т.", "ru", "20 т", 20, None, "tonne", "measure", "exact"),
    ("Площадь склада 500 кв. м.", "ru", "500 кв. м", 500, None, "m2", "measure", "exact"),
    ("Площадь зоны 2 кв. км.", "ru", "2 кв. км", 2, None, "km2", "measure", "exact"),
    ("A 110 kV line was built.", "en", "110 kV", 110, None, "kV", "measure", "exact"),
    ("The panels give 5 kWh a day.", "en", "5 kWh a day", 5, None, "kWh per day", "measure", "exact"),
    ("The plant made 3 GWh last year.", "en", "3 GWh", 3, None, "GWh", "measure", "exact"),
    # 6. the unit comes from the noun right after the number, never from an earlier figure
    ("The port bought 14 reach stackers and five gantry cranes.", "en", "five gantry cranes", 5, None, "gantry crane", "count", "exact"),
    ("Порт закупил 14 ричстакеров и пять кранов.", "ru", "пять кранов", 5, None, "crane", "count", "exact"),
    # 7. the start of a change takes the noun named after its end; genitive number words parse alone
    # a change between two levels is two figures, one per level; the new level also names the old one (value_from)
    ("Время оформления сократилось с восьми до пяти часов.", "ru", "восьми", 8, None, "hour", "duration", "exact"),
    ("Время оформления сократилось с восьми до пяти часов.", "ru", "пяти часов", 5, None, "hour", "duration", "exact", 8),
    ("Срок вырос с двух до четырех дней.", "ru", "двух", 2, None, "day", "duration", "exact"),
    ("Срок вырос с двух до четырех дней.", "ru", "четырех дней", 4, None, "day", "duration", "exact", 2),
    ("Выпуск вырастет с 2 до 3 млн тонн.", "ru", "2", 2e6, None, "tonne", "measure", "exact"),
    ("Выпуск вырастет с 2 до 3 млн тонн.", "ru", "3 млн тонн", 3e6, None, "tonne", "measure", "exact", 2e6),
    ("Clearance time was cut from eight to five hours.", "en", "eight", 8, None, "hour", "duration", "exact"),
    ("Clearance time was cut from eight to five hours.", "en", "five hours", 5, None, "hour", "duration", "exact", 8),
    # 8. a bare number counts what its clause's subject names
    ("Readership reached about 410,000.", "en", "about 410,000", 410000, None, "reader", "count", "about"),
    ("The participant count reached 1,500.", "en", "1,500", 1500, None, "participant", "count", "exact"),
    ("Passenger numbers rose to 2,000.", "en", "2,000", 2000, None, "passenger", "count", "exact"),
    ("Число участников достигло 1 078.", "ru", "1 078", 1078, None, "participant", "count", "exact"),
    ("Количество туристов составило 5 тысяч.", "ru", "5 тысяч", 5000, None, "tourist", "count", "exact"),
]

# (sentence, lang, value) that must yield no figure
NOT_FIGURES = [
    # 5. "half"/"quarter" inside a period expression
    ("In the first half of 2025 exports grew.", "en", 0.5),
    ("In the second quarter of 2024 exports grew.", "en", 0.25),
    ("В первой половине 2025 года экспорт вырос.", "ru", 0.5),
    ("В первом полугодии экспорт вырос.", "ru", 0.5),
    ("За первый квартал экспорт вырос.", "ru", 0.25),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_general_rule(case):
    assert_figure(*case)  # (sentence, lang, text, value, value_high, unit, unit_kind, qualifier[, value_from])


@pytest.mark.parametrize("sentence,lang,value", NOT_FIGURES)
def test_period_is_no_figure(sentence, lang, value):
    assert_not_figure(sentence, lang, value)


def test_conversion_links_its_figure():
    facts = extract_facts("Стоимость проекта составит $1,2 млрд (около 620 млрд тенге).", "ru")
    assert [f.equivalent_of for f in facts] == [None, facts[0].span]
    facts = extract_facts("The deal is worth $1.2 billion (or about 575 billion tenge).", "en")
    assert [(f.qualifier, f.equivalent_of) for f in facts] == [("exact", None), ("about", facts[0].span)]


def test_noun_after_the_number_is_never_the_earlier_count():
    facts = extract_facts("Порт закупил 14 ричстакеров и пять козловых кранов.", "ru")
    assert facts[1].text == "пять козловых кранов" and facts[1].unit.split()[-1] == "crane"


def test_half_outside_a_period_is_still_a_fraction():
    assert_figure("Half of the shops closed.", "en", "Half", 0.5, None, "fraction", "percent", "exact")
