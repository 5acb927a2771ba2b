"""Figures extractor on shapes from regional news (kursiv, kazpravda, inform.kz, astanatimes): compound modifiers,
counts named earlier in the sentence, Russian counted nouns in English, ranges written with word numbers, hedges."""
from __future__ import annotations

import pytest

from tourpipe.figures import extract_facts
from tourpipe_tests.figure_asserts import assert_figure, assert_not_figure

# (sentence, lang, text, value, value_high, unit, unit_kind, qualifier)
CASES = [
    # hyphenated words before the counted noun are modifiers
    ("The depot added four new wide-body hangars.", "en", "four new wide-body hangars", 4, None, "hangar", "count", "exact"),
    ("The terminal bought two ship-to-shore cranes.", "en", "two ship-to-shore cranes", 2, None, "crane", "count", "exact"),
    ("The district now hosts 120 export-oriented firms.", "en", "120 export-oriented firms", 120, None, "firm", "count", "exact"),
    ("The fund backed nine start-ups.", "en", "nine start-ups", 9, None, "start-up", "count", "exact"),
    # a bare number reuses the noun of the latest count in its sentence
    ("The city opened five kindergartens, bringing the total to 42.", "en", "42", 42, None, "kindergarten", "count", "exact"),
    ("Customs cleared 30 trucks a day, compared with 18 a year ago.", "en", "18", 18, None, "truck per day", "count", "exact"),
    ("Мы отправляли три-четыре фуры в неделю, сейчас отправляем и пятнадцать.", "ru", "пятнадцать", 15, None, "truck per week", "count", "exact"),
    # "N of the NOUNs" counts the noun
    ("At least nine of the schools will reopen.", "en", "At least nine", 9, None, "school", "count", "at_least"),
    ("Twelve of these 40 farms export wheat.", "en", "Twelve", 12, None, "farm", "count", "exact"),
    # hyphenated pairs of word numbers are ranges
    ("Рейсы задерживаются на два-три часа.", "ru", "два-три часа", 2, 3, "hour", "duration", "exact"),
    ("Пять-шесть семей получили жилье.", "ru", "Пять-шесть семей", 5, 6, "family", "count", "exact"),
    ("Forty-two delegates arrived.", "en", "Forty-two delegates", 42, None, "delegate", "count", "exact"),
    # Russian compound adjectives of a number and a time unit
    ("Трехдневный форум открылся в Шымкенте.", "ru", "Трехдневный форум", 3, None, "day", "duration", "exact"),
    ("Стороны подписали десятилетний контракт.", "ru", "десятилетний контракт", 10, None, "year", "duration", "exact"),
    ("Участникам предложили полуторачасовую экскурсию.", "ru", "полуторачасовую экскурсию", 1.5, None, "hour", "duration", "exact"),
    # Russian counted nouns come out as English lemmas, adjectives and hyphenated prefixes skipped
    ("В Актау пришли три портовых буксира и два контейнеровоза.", "ru", "два контейнеровоза", 2, None, "container ship", "count", "exact"),
    ("На станции установят четыре козловых крана.", "ru", "четыре козловых крана", 4, None, "gantry crane", "count", "exact"),
    ("Академия подготовит 150 молодых IT-специалистов.", "ru", "150 молодых IT-специалистов", 150, None, "IT specialist", "count", "exact"),
    ("В области построят 12 новых подстанций.", "ru", "12 новых подстанций", 12, None, "substation", "count", "exact"),
    ("Через границу прошли 2 тысячи граждан Китая.", "ru", "2 тысячи граждан", 2000, None, "citizen", "count", "exact"),
    ("На трассе работают пять погранпереходов.", "ru", "пять погранпереходов", 5, None, "border crossing", "count", "exact"),
    ("В ДТП пострадали 7 пассажиров, еще 3 пострадавших в больнице.", "ru", "3 пострадавших", 3, None, "victim", "count", "exact"),
    ("В цехе трудятся 80 рабочих.", "ru", "80 рабочих", 80, None, "worker", "count", "exact"),
    ("Форум собрал делегации из 14 провинций.", "ru", "14 провинций", 14, None, "province", "count", "exact"),
    ("Гостиница на 250 номеров откроется летом.", "ru", "250 номеров", 250, None, "room", "count", "exact"),
    ("Экспедиторы сформировали шесть составов.", "ru", "шесть составов", 6, None, "train", "count", "exact"),
    ("Через Нур Жолы прошли 15,6 тыс. грузовиков.", "ru", "15,6 тыс. грузовиков", 15600, None, "truck", "count", "exact"),
    ("На площадке создано около 2 тыс. рабочих мест.", "ru", "около 2 тыс. рабочих мест", 2000, None, "job", "count", "about"),
    ("Очереди на границе сократились вдвое.", "ru", "вдвое", 2, None, "time", "count", "decrease"),
    ("Инфляция замедлилась до 8,5%.", "ru", "8,5%", 8.5, None, "percent", "percent", "exact"),
    ("The 1,200-km highway links Almaty and Khorgos.", "en", "1,200-km", 1200, None, "km", "measure", "exact"),
    # a change from one level to another gives two figures; "от X до Y" stays a range
    # a change between two levels is two figures; the new level also names the old one (value_from)
    ("Число рейсов сократится с 40 до 25 в неделю.", "ru", "40", 40, None, "flight", "count", "exact"),  # the subject counts
    ("Число рейсов сократится с 40 до 25 в неделю.", "ru", "25", 25, None, "flight", "count", "exact", 40),
    ("Штат терминала вырастет с 300 до 450 человек.", "ru", "300", 300, None, "person", "count", "exact"),
    ("Штат терминала вырастет с 300 до 450 человек.", "ru", "450 человек", 450, None, "person", "count", "exact", 300),
    ("Staff numbers rose from 120 to 150 people.", "en", "120", 120, None, "person", "count", "exact"),
    ("Staff numbers rose from 120 to 150 people.", "en", "150 people", 150, None, "person", "count", "exact", 120),
    ("Оклады составят от 300 до 500 тысяч тенге.", "ru", "от 300 до 500 тысяч тенге", 3e5, 5e5, "KZT", "money", "exact"),
    # qualifiers: "up" only right before the figure; the size of a change after "by"/"на", however far the verb
    ("The governor summed up a three-day visit to Aktau.", "en", "three-day visit", 3, None, "day", "duration", "exact"),
    ("Grain exports hit 9 million tonnes, up 14 percent.", "en", "14 percent", 14, None, "percent", "percent", "increase"),
    ("The bypass will shorten travel times for lorries by 25%.", "en", "25%", 25, None, "percent", "percent", "decrease"),
    ("The bank raised its base rate by 50 basis points.", "en", "50 basis points", 50, None, "basis point", "percent", "increase"),
    ("Пенсии в области выше средних по стране на 12%.", "ru", "12%", 12, None, "percent", "percent", "increase"),
    ("Тарифы на перевозку оказались ниже прошлогодних на 8%.", "ru", "8%", 8, None, "percent", "percent", "decrease"),
    ("Цены на жилье в столице выросли за год на 11%.", "ru", "11%", 11, None, "percent", "percent", "increase"),
    # "перевалить" is "to transship" unless it is "перевалить за"
    ("За год терминал перевалил 2 млн тонн зерна.", "ru", "2 млн тонн", 2e6, None, "tonne", "measure", "exact"),
    ("Грузооборот перевалил за 30 млн тонн.", "ru", "30 млн тонн", 3e7, None, "tonne", "measure", "more_than"),
    # estimates are hedges
    ("The damage is estimated at $40 million.", "en", "estimated at $40 million", 4e7, None, "USD", "money", "about"),
    ("Ущерб оценивается в 2 млрд тенге.", "ru", "оценивается в 2 млрд тенге", 2e9, None, "KZT", "money", "about"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_regional_figure(case):
    assert_figure(*case)  # (sentence, lang, text, value, value_high, unit, unit_kind, qualifier[, value_from])


# (sentence, lang, the one value that must not be extracted)
NOT_FIGURES = [
    ("Рейсы задерживаются на два-три часа.", "ru", 5),
    # "еще один" is "another", not a count; "еще один миллиард" is still a figure (tested below)
    ("Еще одна делегация прибыла в Алматы.", "ru", 1),
    ("В порту планируют открыть еще один терминал.", "ru", 1),
    # days of a date range, domain names, model names
    ("The expo runs from May 20 to 24 in Astana.", "en", 24),
    ("The expo ran Oct. 2 and 3, officials said.", "en", 3),
    ("Форум пройдет с 5 по 9 октября.", "ru", 5),
    ("The story first ran on Zakon.kz and 24.kg on Friday.", "en", 24),
    ("The plant will assemble Jetour 7 crossovers in Almaty.", "en", 7),
    ("Многолетний опыт пригодился в летний сезон.", "ru", 1),
    ("It is one of the largest parks in the region.", "en", 1),
]


@pytest.mark.parametrize("sentence,lang,value", NOT_FIGURES, ids=[n[0][:40] for n in NOT_FIGURES])
def test_regional_not_a_figure(sentence, lang, value):
    assert_not_figure(sentence, lang, value)


def test_compound_adjective_alone_is_found():
    # no digit and no number word in the sentence: the cheap pre-filter must still let it through
    assert [(f.value, f.unit) for f in extract_facts("Пятидневный тур завершился.", "ru")] == [(5, "day")]


def test_another_billion_is_still_a_figure():
    assert [f.value for f in extract_facts("Еще один миллиард тенге направят на дороги.", "ru")] == [1e9]


def test_money_keeps_its_figure_when_a_tagger_names_the_currency_code():
    from tourpipe.models import Entity

    s = "Debt stood at $US113 trillion."
    ents = [Entity("US113", "ORG", 15, 20)]
    assert [(f.value, f.unit) for f in extract_facts(s, "en", ents)] == [(113e12, "USD")]


def test_weekday_is_no_model_name():
    assert [f.text for f in extract_facts("On Monday 12 companies signed deals.", "en")] == ["12 companies"]


def test_bare_number_reuses_a_noun_only_after_a_contrast_or_total_cue():
    facts = extract_facts("Flights between the two countries increased to 130 per week.", "en")
    assert [(f.value, f.unit) for f in facts] == [(2, "country"), (130, None)]
