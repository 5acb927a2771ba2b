"""Figures extractor rules for hedges read in context, counted nouns named by a verb's subject, units written as
phrases, Russian noun choices and Russian words that look like figures but are not (one sentence per rule, written
for these tests)."""
from __future__ import annotations

import pytest

from tourpipe.figures import extract_facts
from tourpipe_tests.figure_asserts import assert_figure, assert_not_figure

# (sentence, lang, text, value, value_high, unit, unit_kind, qualifier)
CASES = [
    # "до" after a change or level-setting verb is the level reached, exact; a bare "до" stays a bound
    ("Компания планирует довести выпуск до семи тысяч автобусов.", "ru", "семи тысяч автобусов", 7000, None, "bus", "count", "exact"),
    ("Тариф снижен на 15%, до 4,2 тыс. тенге за тонну.", "ru", "4,2 тыс. тенге за тонну", 4200, None, "KZT per tonne", "money", "exact"),
    ("Зарплата составит до 300 тысяч тенге.", "ru", "до 300 тысяч тенге", 3e5, None, "KZT", "money", "up_to"),
    # negated bounds
    ("Уровень безработицы в районе не превышал 5%.", "ru", "5%", 5, None, "percent", "percent", "up_to"),
    ("Содержание белка должно быть не ниже 11%.", "ru", "не ниже 11%", 11, None, "percent", "percent", "at_least"),
    ("Public debt did not exceed 3 percent.", "en", "3 percent", 3, None, "percent", "percent", "up_to"),
    ("Output will be not less than 5 million tonnes.", "en", "not less than 5 million tonnes", 5e6, None, "tonne", "measure", "at_least"),
    ("Fees will be not more than 40 dollars.", "en", "not more than 40 dollars", 40, None, "USD", "money", "up_to"),
    # a hedge attaches to the next figure only
    ("The pipeline runs nearly 300 km and more than 40 tunnels were dug.", "en", "nearly 300 km", 300, None, "km", "measure", "about"),
    ("The pipeline runs nearly 300 km and more than 40 tunnels were dug.", "en", "more than 40 tunnels", 40, None, "tunnel", "count", "more_than"),
    # "taking up" is a particle verb, no increase
    ("Visitors rose by 15 percent to 3,200, with local firms taking up 2,000 square meters of space.", "en", "2,000 square meters", 2000, None, "m2", "measure", "exact"),
    # Russian passive participles of change verbs
    ("Срок доставки сокращён на 3 дня.", "ru", "3 дня", 3, None, "day", "duration", "decrease"),
    ("Пошлина была увеличена на 7%.", "ru", "7%", 7, None, "percent", "percent", "increase"),
    # the counted noun is the subject of the verb that reaches the number
    ("Visitors rose by 15 percent to 3,200.", "en", "3,200", 3200, None, "visitor", "count", "exact"),
    ("The number of engineers at the plant would climb to 900.", "en", "900", 900, None, "engineer", "count", "exact"),
    ("About 2,000 engineers, including 300 foreigners, work there, and the number will rise to 2,500.", "en", "2,500", 2500, None, "engineer", "count", "exact"),
    ("Число туристов в регионе превышает 30 тысяч.", "ru", "30 тысяч", 30000, None, "tourist", "count", "more_than"),
    ("Количество иностранных студентов выросло до 5 тысяч.", "ru", "5 тысяч", 5000, None, "student", "count", "exact"),
    ("Количество рейсов выросло с 10 до 25.", "ru", "10", 10, None, "flight", "count", "exact"),
    ("Количество рейсов выросло с 10 до 25.", "ru", "25", 25, None, "flight", "count", "exact", 10),
    # a genitive after the subject ("штат фабрики") is no subject: the noun after the level wins
    ("Штат фабрики увеличится с 500 до 700 человек.", "ru", "500", 500, None, "person", "count", "exact"),
    ("Штат фабрики увеличится с 500 до 700 человек.", "ru", "700 человек", 700, None, "person", "count", "exact", 500),
    # coordinated modifiers of one counted noun
    ("Officials signed 14 trade and investment agreements.", "en", "14 trade and investment agreements", 14, None, "agreement", "count", "exact"),
    # currency and speed phrases
    ("The bridge cost 2.1 billion U.S. dollars.", "en", "2.1 billion U.S. dollars", 2.1e9, None, "USD", "money", "exact"),
    ("They paid 50 million American dollars.", "en", "50 million American dollars", 5e7, None, "USD", "money", "exact"),
    ("Trains will run at 160 km per hour.", "en", "160 km per hour", 160, None, "km/h", "measure", "exact"),
    ("Поезда пойдут со скоростью 120 км в час.", "ru", "120 км в час", 120, None, "km/h", "measure", "exact"),
    ("Кредит составил 40 млн долларов США.", "ru", "40 млн долларов США", 4e7, None, "USD", "money", "exact"),
    # Russian nouns: an adjective that is also a noun is skipped before its noun; compounds keep their first part
    ("В порту построят пять зерновых терминалов.", "ru", "пять зерновых терминалов", 5, None, "terminal", "count", "exact"),
    ("Компания закупила сто вагонов-цистерн.", "ru", "сто вагонов-цистерн", 100, None, "wagon", "count", "exact"),
    ("В городе откроют 12 бизнес-центров.", "ru", "12 бизнес-центров", 12, None, "center", "count", "exact"),
    ("Травмы получили 3 пострадавших пассажира.", "ru", "3 пострадавших пассажира", 3, None, "passenger", "count", "exact"),
    ("В лицее оборудовали 30 учебных кабинетов.", "ru", "30 учебных кабинетов", 30, None, "classroom", "count", "exact"),
    ("В гимназии учатся 900 учеников.", "ru", "900 учеников", 900, None, "student", "count", "exact"),
    ("Лагерь принял 300 школьников.", "ru", "300 школьников", 300, None, "student", "count", "exact"),
    ("На базе отдыха разместили 40 отдыхающих.", "ru", "40 отдыхающих", 40, None, "vacationer", "count", "exact"),
    ("На курсах работают 20 преподавателей.", "ru", "20 преподавателей", 20, None, "teacher", "count", "exact"),
    # numerals in every case, "ё" or not, with a noun missing from the table
    ("Проект развивают в трёх направлениях.", "ru", "трёх направлениях", 3, None, "direction", "count", "exact"),
    ("Он пришёл со своими двумя друзьями.", "ru", "двумя друзьями", 2, None, "friend", "count", "exact"),
    # a Russian "один" is a figure when counted: beside another figure, after "только", with a hedge or a scale
    ("Хозяйство купило два трактора и один комбайн.", "ru", "один комбайн", 1, None, "combine harvester", "count", "exact"),
    ("В селе осталась только одна школа.", "ru", "одна школа", 1, None, "school", "count", "exact"),
    ("Стройка займёт около одного года.", "ru", "около одного года", 1, None, "year", "duration", "about"),
    ("Один миллиард тенге выделен на ремонт.", "ru", "Один миллиард тенге", 1e9, None, "KZT", "money", "exact"),
    # multipliers and money scales in all cases
    ("Экспорт вырос в 2,5 раза.", "ru", "2,5 раза", 2.5, None, "time", "count", "increase"),
    ("Фонд располагает 4 миллионами тенге.", "ru", "4 миллионами тенге", 4e6, None, "KZT", "money", "exact"),
    ("На ремонт выделят 3 трлн. тенге.", "ru", "3 трлн. тенге", 3e12, None, "KZT", "money", "exact"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_rule_figure(case):
    assert_figure(*case)  # (sentence, lang, text, value, value_high, unit, unit_kind, qualifier[, value_from])


# (sentence, lang, the one value that must not be extracted)
NOT_FIGURES = [
    ("Цена составляет 200 долларов на одну тонну.", "ru", 1),
    ("Урожай составил 30 центнеров с одного гектара.", "ru", 1),
    ("Каждому гранту соответствует одна заявка.", "ru", 1),
    ("Сотни людей пришли на площадь.", "ru", 100),
    ("Тысячи туристов посетили город.", "ru", 1000),
    ("The temple is a century old.", "en", 100),
]


@pytest.mark.parametrize("sentence,lang,value", NOT_FIGURES, ids=[n[0][:40] for n in NOT_FIGURES])
def test_rule_not_a_figure(sentence, lang, value):
    assert_not_figure(sentence, lang, value)


def test_subject_must_not_hang_from_a_preposition():
    facts = extract_facts("Flights between the two countries increased to 130 per week.", "en")
    assert [(f.value, f.unit) for f in facts] == [(2, "country"), (130, None)]


def test_amount_subjects_name_no_unit():
    assert [f.unit for f in extract_facts("Exports rose to 6,000.", "en")] == [None]


def test_word_numbers_join_with_and_only_after_a_scale():
    assert [f.value for f in extract_facts("They hired one hundred and twenty workers.", "en")] == [120]
    assert 5 not in [f.value for f in extract_facts("It took two and three days.", "en")]


def test_a_hedge_after_a_figure_does_not_take_the_next_hedge():
    facts = extract_facts("Проложено 80 км и более 30 мостов.", "ru")
    assert [(f.text, f.qualifier) for f in facts] == [("80 км", "exact"), ("более 30 мостов", "more_than")]
