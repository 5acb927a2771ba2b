"""Figures extractor: hand-written sentences with the figures a reader would take from them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tourpipe.figures import extract_facts
from tourpipe.figures.rates import to_usd
from tourpipe.figures.tokens import parse_digits
from tourpipe.models import Entity
from tourpipe_tests.figure_asserts import assert_figure

# (sentence, lang, text, value, value_high, unit, unit_kind, qualifier, year)
CASES = [
    # English counts, hedges and counted nouns
    ("The park now hosts more than 120 enterprises.", "en", "more than 120 enterprises", 120, None, "enterprise", "count", "more_than", None),
    ("Eight reporters from five regional newspapers joined the tour.", "en", "Eight reporters", 8, None, "reporter", "count", "exact", None),
    ("Delegates came from five regional newspapers.", "en", "five regional newspapers", 5, None, "newspaper", "count", "exact", None),
    ("Nearly 300 people attended the forum.", "en", "Nearly 300 people", 300, None, "person", "count", "about", None),
    ("Some 40 companies signed up.", "en", "Some 40 companies", 40, None, "company", "count", "about", None),
    ("At least 12 buses carried the guests.", "en", "At least 12 buses", 12, None, "bus", "count", "at_least", None),
    ("Fewer than 9 firms applied.", "en", "Fewer than 9 firms", 9, None, "firm", "count", "less_than", None),
    ("The zone can take up to 75 trucks an hour.", "en", "up to 75 trucks an hour", 75, None, "truck per hour", "count", "up_to", None),
    ("The group met twenty-five local entrepreneurs.", "en", "twenty-five local entrepreneurs", 25, None, "entrepreneur", "count", "exact", None),
    ("Organisers expect one hundred and twenty guests.", "en", "one hundred and twenty guests", 120, None, "guest", "count", "exact", None),
    ("They toured a dozen factories.", "en", "a dozen factories", 12, None, "factory", "count", "exact", None),
    ("The city plans half a million new homes.", "en", "half a million new homes", 500_000, None, "home", "count", "exact", None),
    ("The region has a population of 3.2 million.", "en", "a population of 3.2 million", 3_200_000, None, "person", "count", "exact", None),
    # a nation or a city "of" a bare number counts its people
    ("Kyrgyzstan, a mountain nation of 7 million, joined the union.", "en", "7 million", 7_000_000, None, "person", "count", "exact", None),
    ("Shymkent, a city of 1.2 million, hosted the fair.", "en", "1.2 million", 1_200_000, None, "person", "count", "exact", None),
    ("Around 6,000 workers are employed there.", "en", "Around 6,000 workers", 6000, None, "worker", "count", "about", None),
    ("A three-week course starts soon.", "en", "three-week course", 3, None, "week", "duration", "exact", None),
    ("They arrived for a 10-day stay.", "en", "10-day stay", 10, None, "day", "duration", "exact", None),
    # the same compound written without its hyphen
    ("He spoke after the four day tour.", "en", "four day tour", 4, None, "day", "duration", "exact", None),
    ("They held a 3 week course.", "en", "3 week course", 3, None, "week", "duration", "exact", None),
    ("The programme ran for 15 years.", "en", "15 years", 15, None, "year", "duration", "exact", None),
    # money
    ("The plant cost $16 bn to build.", "en", "$16 bn", 16e9, None, "USD", "money", "exact", None),
    ("The budget is US$2.5 million.", "en", "US$2.5 million", 2.5e6, None, "USD", "money", "exact", None),
    ("Sales reached 20.95 bn yuan last year.", "en", "20.95 bn yuan", 20.95e9, None, "CNY", "money", "exact", None),
    ("The firms signed deals worth USD 4.1 billion.", "en", "USD 4.1 billion", 4.1e9, None, "USD", "money", "exact", None),
    ("The grant was €300,000.", "en", "€300,000", 300_000, None, "EUR", "money", "exact", None),
    ("A ticket costs 5,000 tenge.", "en", "5,000 tenge", 5000, None, "KZT", "money", "exact", None),
    ("They invested 700 million RMB in 2019.", "en", "700 million RMB", 7e8, None, "CNY", "money", "exact", 2019),
    ("Exports topped $3m in 2021.", "en", "$3m", 3e6, None, "USD", "money", "more_than", 2021),
    ("The shares were up 19 cents.", "en", "19 cents", 19, None, "cent", "money", "increase", None),
    ("Investment grew by $2 billion.", "en", "$2 billion", 2e9, None, "USD", "money", "increase", None),
    # percent
    ("Trade rose by 4.8% in 2023.", "en", "4.8%", 4.8, None, "percent", "percent", "increase", 2023),
    ("Unemployment fell 2 per cent.", "en", "2 per cent", 2, None, "percent", "percent", "decrease", None),
    ("About 19 percent of the goods are electronics.", "en", "About 19 percent", 19, None, "percent", "percent", "about", None),
    ("Costs dropped by 7% over the year.", "en", "7%", 7, None, "percent", "percent", "decrease", None),
    # measures
    ("The park covers 250 hectares.", "en", "250 hectares", 250, None, "hectare", "measure", "exact", None),
    ("The line will be 120 km long.", "en", "120 km", 120, None, "km", "measure", "exact", None),
    ("The solar farm has a capacity of 100 MW.", "en", "100 MW", 100, None, "MW", "measure", "exact", None),
    ("The port handled over 372,000 TEUs in 2025.", "en", "over 372,000 TEUs", 372_000, None, "TEU", "measure", "more_than", 2025),
    ("The warehouse has 12,000 square metres of space.", "en", "12,000 square metres", 12_000, None, "m2", "measure", "exact", None),
    ("The farm will produce 5 tonnes of eggs a day.", "en", "5 tonnes", 5, None, "tonne", "measure", "exact", None),
    # ranges
    ("The trains travel from 252 to 287 miles a day.", "en", "from 252 to 287 miles a day", 252, 287, "mile per day", "measure", "exact", None),
    ("Delivery takes 10-15 days.", "en", "10-15 days", 10, 15, "day", "duration", "exact", None),
    ("Each group has between 5 and 7 members.", "en", "between 5 and 7 members", 5, 7, "member", "count", "exact", None),
    ("The project needs $1.5-2 billion.", "en", "$1.5-2 billion", 1.5e9, 2e9, "USD", "money", "exact", None),
    # Russian
    ("В форуме участвовали около 30 журналистов.", "ru", "около 30 журналистов", 30, None, "journalist", "count", "about", None),
    ("В стране работают 57 совместных предприятий.", "ru", "57 совместных предприятий", 57, None, "enterprise", "count", "exact", None),
    ("Делегация посетила шесть городов.", "ru", "шесть городов", 6, None, "city", "count", "exact", None),
    ("Соглашения подписали двадцать пять компаний.", "ru", "двадцать пять компаний", 25, None, "company", "count", "exact", None),
    ("Проект реализуют при участии девяти стран.", "ru", "девяти стран", 9, None, "country", "count", "exact", None),
    ("Население превысило 20,5 млн человек.", "ru", "20,5 млн человек", 20.5e6, None, "person", "count", "more_than", None),
    ("На уборке снега заняты свыше 3 тысяч человек.", "ru", "свыше 3 тысяч человек", 3000, None, "person", "count", "more_than", None),
    ("Стоимость проекта составит 1,4 млрд юаней.", "ru", "1,4 млрд юаней", 1.4e9, None, "CNY", "money", "exact", None),
    ("Инвестиции составят $629 млн.", "ru", "$629 млн", 629e6, None, "USD", "money", "exact", None),
    ("Объем инвестиций превысил 500 млрд тенге в 2023 году.", "ru", "500 млрд тенге", 5e11, None, "KZT", "money", "more_than", 2023),
    ("Компания вложит 100 млн долларов США.", "ru", "100 млн долларов США", 1e8, None, "USD", "money", "exact", None),
    ("Бюджет составил 12 тыс. долл.", "ru", "12 тыс. долл", 12000, None, "USD", "money", "exact", None),
    ("Зарплата выросла до 300 тыс. рублей.", "ru", "300 тыс. рублей", 300_000, None, "RUB", "money", "exact", None),
    ("Грант составил 2 000 000 евро.", "ru", "2 000 000 евро", 2e6, None, "EUR", "money", "exact", None),
    ("Рост составил 10,5%.", "ru", "10,5%", 10.5, None, "percent", "percent", "increase", None),
    ("Экспорт вырос на 12 процентов.", "ru", "12 процентов", 12, None, "percent", "percent", "increase", None),
    ("Импорт снизился на 3,2%.", "ru", "3,2%", 3.2, None, "percent", "percent", "decrease", None),
    ("Это на 6,9% больше, чем годом ранее.", "ru", "6,9%", 6.9, None, "percent", "percent", "increase", None),
    ("Площадь парка — 150 га.", "ru", "150 га", 150, None, "hectare", "measure", "exact", None),
    ("Перевалка составит 500 тыс. тонн.", "ru", "500 тыс. тонн", 500_000, None, "tonne", "measure", "exact", None),
    ("Длина дороги — 300 км.", "ru", "300 км", 300, None, "km", "measure", "exact", None),
    ("Мощность станции составит 50 МВт.", "ru", "50 МВт", 50, None, "MW", "measure", "exact", None),
    ("Поездка продлится от 10 до 20 дней.", "ru", "от 10 до 20 дней", 10, 20, "day", "duration", "exact", None),
    ("Срок строительства — 2–3 года.", "ru", "2–3 года", 2, 3, "year", "duration", "exact", None),
    ("В группу войдут не менее 15 экспертов.", "ru", "не менее 15 экспертов", 15, None, "expert", "count", "at_least", None),
    ("Туда смогут заехать до 40 вагонов.", "ru", "до 40 вагонов", 40, None, "wagon", "count", "up_to", None),
    ("Он провел почти 20 встреч.", "ru", "почти 20 встреч", 20, None, "meeting", "count", "about", None),
    ("В 2022 году товарооборот составил 24 млрд долларов.", "ru", "24 млрд долларов", 24e9, None, "USD", "money", "exact", 2022),
    ("Оборот вырос в 2,5 раза и составил 150 тыс. ДФЭ.", "ru", "150 тыс. ДФЭ", 150_000, None, "TEU", "measure", "exact", None),
    ("Грузооборот вырастет до 22 миллионов тонн.", "ru", "22 миллионов тонн", 22e6, None, "tonne", "measure", "exact", None),
    ("Trucks crossed the border, a 15 percent increase.", "en", "15 percent", 15, None, "percent", "percent", "increase", None),
    ("By 2030 the port will handle 500,000 containers, up from 200,000 boxes in 2020.", "en", "200,000 boxes", 200_000, None, "box", "count", "exact", 2020),
    ("Пробег составил 1 250 километров.", "ru", "1 250 километров", 1250, None, "km", "measure", "exact", None),
]


@pytest.mark.parametrize("sentence,lang,text,value,high,unit,kind,qualifier,year", CASES,
                         ids=[c[2] for c in CASES])
def test_figure(sentence, lang, text, value, high, unit, kind, qualifier, year):
    f = assert_figure(sentence, lang, text, value, high, unit, kind, qualifier)
    assert f.year == year
    assert f.sentence == sentence


NEGATIVES = [
    ("The forum opened on May 24, 2024 in Astana.", "en"),
    ("It was founded in 2014 and grew quickly.", "en"),
    ("The tour ran from Nov 11-17 across the region.", "en"),
    ("Posted at 08:34 on 2023-03-25.", "en"),
    ("Updated 13.08.2014, 17:51.", "en"),
    ("This is the third event of the series.", "en"),
    ("Delegates attended the 19th congress.", "en"),
    ("They filmed a report for Gabon 24 and Channel 4.", "en"),
    ("The smart homes use 5G networks.", "en"),
    ("Chery showed the new Tiggo 2 at the fair.", "en"),
    ("They toured the Science Park No.1 in Haidian.", "en"),
    ("Trade slowed during COVID-19.", "en"),
    ("He flew on a Boeing 737 to Urumqi.", "en"),
    ("Urumqi was one of the stops on the tour.", "en"),
    ("Such change has not been seen in a century.", "en"),
    ("She was the one that asked the question.", "en"),
    ("Call +7 727 123 45 67 for details.", "en"),
    ("See the picture 1.png below.", "en"),
    ("Visit https://example.com/news/2024/5 for more.", "en"),
    ("Встреча прошла 24 мая в Астане.", "ru"),
    ("Завод построен в 2023 году.", "ru"),
    ("Это был 2-й визит делегации.", "ru"),
    ("Он стал одним из участников форума.", "ru"),
    ("Туристы прибыли 13.08.2014 в Хоргос.", "ru"),
]


@pytest.mark.parametrize("sentence,lang", NEGATIVES, ids=[n[0][:40] for n in NEGATIVES])
def test_not_a_figure(sentence, lang):
    assert extract_facts(sentence, lang) == []


def test_equivalent_restatement_inherits_bound_and_year():
    s = "Revenue exceeded one billion yuan ($160 million) in 2014, producing more than 20 million yuan of tax."
    facts = extract_facts(s, "en")
    assert [f.text for f in facts] == ["one billion yuan", "$160 million", "more than 20 million yuan"]
    yuan, usd, tax = facts
    assert (yuan.qualifier, yuan.year, yuan.equivalent_of) == ("more_than", 2014, None)
    assert (usd.qualifier, usd.year, usd.equivalent_of, usd.value_usd) == ("more_than", 2014, yuan.span, 160e6)
    assert tax.equivalent_of is None and tax.year == 2014
    assert yuan.value_usd == pytest.approx(1e9 / 6.16, rel=0.01)


def test_year_stays_in_its_clause():
    s = "Over 50 firms moved in and the park earned 3 billion yuan in 2019."
    firms, money = extract_facts(s, "en")
    assert firms.year is None and money.year == 2019


def test_sentence_initial_year_dates_every_figure():
    s = "In 2021, 40 firms moved in and the park earned 3 billion yuan."
    assert [f.year for f in extract_facts(s, "en")] == [2021, 2021]


def test_russian_equivalent_in_brackets():
    facts = extract_facts("Проект стоит 10 млрд тенге ($21 млн).", "ru")
    assert [f.unit for f in facts] == ["KZT", "USD"]
    assert facts[1].equivalent_of == facts[0].span


def test_entities_suppress_numbers_inside_names():
    s = "Reporters from Channel 31 met 12 engineers."
    ents = [Entity("Channel 31", "ORG", 15, 25)]
    assert [f.text for f in extract_facts(s, "en", ents)] == ["12 engineers"]


def test_other_languages_get_digit_figures():
    facts = extract_facts("共有 57 名记者参加，投资 16%。", "zh")
    assert [f.value for f in facts] == [57, 16]
    assert facts[1].unit == "percent"


def test_document_order_and_subjects():
    s = "Kazakhstan signed 33 deals worth $23.6 billion. Six new plants will open."
    facts = extract_facts(s, "en")
    assert [f.text for f in facts] == ["33 deals", "$23.6 billion", "Six new plants"]
    assert facts[0].subject == "deals"
    assert facts[2].sentence == "Six new plants will open."


@pytest.mark.parametrize("raw,decimal_comma,value", [
    ("6,000", False, 6000), ("20,5", True, 20.5), ("1.25", False, 1.25), ("1 250", True, 1250),
    ("1\u00a0250\u00a0000", True, 1_250_000), ("1\u2009250", False, 1250), ("1,250,000.5", False, 1_250_000.5),
    ("1.250.000", True, 1_250_000), ("20.95", True, 20.95),
])
def test_parse_digits(raw, decimal_comma, value):
    assert parse_digits(raw, decimal_comma)[0] == pytest.approx(value)


def test_rates_use_year_or_latest():
    assert to_usd(100, "USD", 2014) == 100
    assert to_usd(616, "CNY", 2014) == pytest.approx(100, rel=0.01)
    assert to_usd(1, "CNY") == pytest.approx(1 / 7.1, rel=0.05)
    assert to_usd(1, "XYZ") is None


_ALPHABET = st.sampled_from(list("0123456789 ,.-–%$€₸()abcdefghijklmnopqrstuvwxyzABCMT\n") +
                            ["million", "млн", "тыс.", "около", "more than", "one", "two-day", "2014", "мая", "yuan",
                             "тенге", "from", "to", "от", "до", " ", "\u00a0", "No.", "per cent", "г.", "bn", "$"])


@pytest.mark.slow  # 300 examples, seconds
@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.sampled_from(["en", "ru", "kk"]))
def test_never_raises_and_spans_slice(text, lang):
    facts = extract_facts(text, lang)
    for k, f in enumerate(facts):
        assert text[f.start_char:f.end_char] == f.text
        assert f.equivalent_of is None or f.equivalent_of in {g.span for g in facts[:k]}
    assert [f.start_char for f in facts] == sorted(f.start_char for f in facts)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["en", "ru"]))
def test_never_raises_on_arbitrary_text(text, lang):
    for f in extract_facts(text, lang):
        assert text[f.start_char:f.end_char] == f.text


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_code_point_without_a_unicode_name_is_read_not_raised(lang):
    # pymorphy3's shape rules look up each character's Unicode name; U+17000 (Tangut) has none in Python 3.11
    facts = extract_facts("0:\U00017000", lang)
    assert [(f.text, f.value) for f in facts] == [("0", 0.0)]
    facts = extract_facts("Всего 12 заводов \U000f0000.", lang)
    assert [(f.text, f.value) for f in facts][0][1] == 12.0
