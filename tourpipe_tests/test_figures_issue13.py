"""Issue 13's shapes, one table per category: sentences written for these tests (none from a benchmark), with the
figure each must give. Representation: see README "Figures: representation" (ranges, changes, rates, ages)."""
from __future__ import annotations

import pytest

from tourpipe.figures import extract_facts
from tourpipe_tests.figure_asserts import assert_figure, assert_not_figure

# (sentence, lang, text, value, value_high, unit, unit_kind, qualifier[, value_from])
RANGES = [
    ("Analysts see margins of 4% to 6% this year.", "en", "4% to 6%", 4, 6, "percent", "percent", "exact"),
    ("The upgrade will cost between $12 and $15 million.", "en", "between $12 and $15 million", 12e6, 15e6, "USD", "money", "exact"),
    ("The club expects three to four thousand fans.", "en", "three to four thousand fans", 3000, 4000, "fan", "count", "exact"),
    ("Prices rose 2-3 per cent in March.", "en", "2-3 per cent", 2, 3, "percent", "percent", "increase"),
    ("Сделка оценивается от 5 до 7 млрд тенге.", "ru", "от 5 до 7 млрд тенге", 5e9, 7e9, "KZT", "money", "exact"),
]
# Alternatives are two figures, each with the unit and scale written once on the second.
ALTERNATIVES = [
    ("Entry costs six or seven dollars.", "en", "six", 6, None, "USD", "money", "exact"),
    ("Entry costs six or seven dollars.", "en", "seven dollars", 7, None, "USD", "money", "exact"),
    ("A meal costs 8 or 9 euros.", "en", "8", 8, None, "EUR", "money", "exact"),
    ("They stayed two or three years.", "en", "two", 2, None, "year", "duration", "exact"),
    ("It took eight or nine million euros.", "en", "eight", 8e6, None, "EUR", "money", "exact"),
    ("It costs $8 or $9 billion.", "en", "$8", 8e9, None, "USD", "money", "exact"),
    ("He paid $5 million or 35 million yuan.", "en", "$5 million", 5e6, None, "USD", "money", "exact"),
    ("He paid $5 million or 35 million yuan.", "en", "35 million yuan", 35e6, None, "CNY", "money", "exact"),
    ("Билеты стоят 3 или 4 доллара.", "ru", "3", 3, None, "USD", "money", "exact"),
    ("Билеты стоят 3 или 4 доллара.", "ru", "4 доллара", 4, None, "USD", "money", "exact"),
]
CHANGES = [
    ("Число гостей из Монголии выросло в 11,6 раза, из Китая – в 8,5 раза.", "ru", "8,5 раза", 8.5, None, "time",
     "count", "increase"),
    ("Число гостей из Монголии выросло в 11,6 раза (с 489 до 5,7 тыс.), из Китая – в 8,5 раза (с 2,2 тыс. до 19 тыс.).",
     "ru", "489", 489, None, None, "count", "exact"),
    ("Число гостей из Монголии выросло в 11,6 раза (с 489 до 5,7 тыс.), из Китая – в 8,5 раза (с 2,2 тыс. до 19 тыс.).",
     "ru", "2,2 тыс.", 2200, None, None, "count", "exact"),
    ("Visitors rose 12% (from 50,000 to 56,000) last year.", "en", "50,000", 50000, None, None, "count", "exact"),
    ("The jobless rate dropped from 7.1% to 6.4%.", "en", "7.1%", 7.1, None, "percent", "percent", "exact"),
    ("The jobless rate dropped from 7.1% to 6.4%.", "en", "6.4%", 6.4, None, "percent", "percent", "exact", 7.1),
    ("Turnover climbed to $9 million from $7 million.", "en", "$9 million", 9e6, None, "USD", "money", "exact", 7e6),
    ("Turnover climbed to $9 million from $7 million.", "en", "$7 million", 7e6, None, "USD", "money", "exact"),
    ("The rate moved from 3.2% to 2.8% over the year.", "en", "2.8%", 2.8, None, "percent", "percent", "exact", 3.2),
    ("Staff numbers grew from 200 to about 260 people.", "en", "200", 200, None, "person", "count", "exact"),
    ("Staff numbers grew from 200 to about 260 people.", "en", "about 260 people", 260, None, "person", "count", "about", 200),
    ("Инфляция снизилась с 9,8% до 8,1%.", "ru", "9,8%", 9.8, None, "percent", "percent", "exact"),
    ("Инфляция снизилась с 9,8% до 8,1%.", "ru", "8,1%", 8.1, None, "percent", "percent", "exact", 9.8),
]
# Changes between levels that are not side by side: a time between them, a hedged old level, a chain, a unit spelled
# two ways, a rate written on one end; and ranges opened by "from ... up to" or named after "from the".
LEVELS = [
    ("Товарооборот снизился на 9,8% — до 54,1 млрд юаней.", "ru", "54,1 млрд юаней", 54.1e9, None, "CNY", "money",
     "exact"),
    ("Кредит выдан — до 5 млрд тенге.", "ru", "до 5 млрд тенге", 5e9, None, "KZT", "money", "up_to"),
    ("Gold slid from $1,900 on Monday morning to $1,850 by Friday.", "en", "$1,850", 1850, None, "USD", "money", "exact", 1900),
    ("Bitcoin sank from $40,100 at 9.30pm yesterday to $38,200 at 6am.", "en", "$38,200", 38200, None, "USD", "money", "exact", 40100),
    ("The range grows from up to 300 km to 340 km.", "en", "340 km", 340, None, "km", "measure", "exact", 300),
    ("Fares went from $5 to $6 to $8.", "en", "$6", 6, None, "USD", "money", "exact", 5),
    ("Fares went from $5 to $6 to $8.", "en", "$8", 8, None, "USD", "money", "exact"),
    ("Runs went from 5 km to 6 km to 8 km.", "en", "6 km", 6, None, "km", "measure", "exact", 5),
    ("Mileage rose from 22 miles per gallon in 2010 to 31 mpg in 2021.", "en", "22 miles per gallon", 22, None, "mpg", "measure", "exact"),
    ("Mileage rose from 22 miles per gallon in 2010 to 31 mpg in 2021.", "en", "31 mpg", 31, None, "mpg", "measure", "exact", 22),
    ("Oil dropped from $80 U.S. per barrel to $60.", "en", "$80 U.S. per barrel", 80, None, "USD per barrel", "money", "exact"),
    ("Oil dropped from $80 U.S. per barrel to $60.", "en", "$60", 60, None, "USD per barrel", "money", "exact", 80),
    ("Flats range from 500 sq ft up to 800 sq ft.", "en", "from 500 sq ft up to 800 sq ft", 500, 800, "ft2", "measure", "exact"),
    ("The firm cut its forecast, down from the US $75 to $79 billion it expected.", "en", "US $75 to $79 billion", 75e9, 79e9, "USD", "money", "exact"),
    ("The bank revised its forecast from 4 to 6 per cent to 2 to 3 per cent.", "en", "2 to 3 per cent", 2, 3, "percent", "percent", "exact"),
    ("They hired 5 US engineers for $5 US.", "en", "5 US engineers", 5, None, "engineer", "count", "exact"),
]
FRACTIONS = [
    ("Roughly half of the 60 firms are foreign.", "en", "Roughly half", 0.5, None, "fraction", "percent", "about"),
    ("Roughly half of the 60 firms are foreign.", "en", "60 firms", 60, None, "firm", "count", "exact"),
    ("The grant was a quarter million euros.", "en", "a quarter million euros", 250_000, None, "EUR", "money", "exact"),
    ("The notes pay 5 1/2 % a year.", "en", "5 1/2 %", 5.5, None, "percent", "percent", "exact"),
    ("The sample weighed 3.1×10−4 grams.", "en", "3.1×10−4 grams", 3.1e-4, None, "g", "measure", "exact"),
]
MONEY = [
    ("Trade passed the $100-billion mark last year.", "en", "$100-billion", 1e11, None, "USD", "money", "exact"),
    ("They built a 2-million-tonne grain terminal.", "en", "2-million-tonne", 2e6, None, "tonne", "measure", "exact"),
    ("Lunch costs 4 dollars 20 cents.", "en", "4 dollars 20 cents", 4.2, None, "USD", "money", "exact"),
    ("The budget is 45 MEUR.", "en", "45 MEUR", 45e6, None, "EUR", "money", "exact"),
    ("They paid 12 USD million for the site.", "en", "12 USD million", 12e6, None, "USD", "money", "exact"),
    ("The bank approved a $40 million loan.", "en", "$40 million", 40e6, None, "USD", "money", "exact"),
    ("Rents are HK$90 per square foot.", "en", "HK$90 per square foot", 90, None, "HKD per ft2", "money", "exact"),
    ("He borrowed 12 lakh rupees.", "en", "12 lakh rupees", 1.2e6, None, "INR", "money", "exact"),
    ("Tea costs 30元 here.", "en", "30元", 30, None, "CNY", "money", "exact"),
    ("It costs aud$ 15 now.", "en", "aud$ 15", 15, None, "AUD", "money", "exact"),
    ("It costs NZD$15 now.", "en", "NZD$15", 15, None, "NZD", "money", "exact"),
    ("Tickets are CAD$ 40 each.", "en", "CAD$ 40", 40, None, "CAD", "money", "exact"),
    ("The prize is u.s $ 100,000,000 today.", "en", "u.s $ 100,000,000", 1e8, None, "USD", "money", "exact"),
    ("It costs S$ 20.", "en", "S$ 20", 20, None, "SGD", "money", "exact"),
    ("Взнос — 15 долларов 40 центов.", "ru", "15 долларов 40 центов", 15.4, None, "USD", "money", "exact"),
    ("Цена — $25,000.", "ru", "$25,000", 25_000, None, "USD", "money", "exact"),
    ("Тариф — KZT 840.", "ru", "KZT 840", 840, None, "KZT", "money", "exact"),
    ("Штраф составит 30 BYN.", "ru", "30 BYN", 30, None, "BYN", "money", "exact"),
]
# A country's adjective picks which currency a shared name is ("канадских долларов", "белорусских рублей"); names
# that no stem reads ("гривен", "вон", "злотых") are currencies too.
RUSSIAN_CURRENCY_NAMES = [
    ("Банк выдал кредит на 40 млн канадских долларов.", "ru", "40 млн канадских долларов", 40e6, None, "CAD", "money", "exact"),
    ("Фонд привлёк 900 млн гонконгских долларов.", "ru", "900 млн гонконгских долларов", 900e6, None, "HKD", "money", "exact"),
    ("Зарплата врача — 2,8 тыс. белорусских рублей.", "ru", "2,8 тыс. белорусских рублей", 2800, None, "BYN", "money", "exact"),
    ("Штраф составил 3,2 млн швейцарских франков.", "ru", "3,2 млн швейцарских франков", 3.2e6, None, "CHF", "money", "exact"),
    ("Инвестор вложил 15 млрд турецких лир в порт.", "ru", "15 млрд турецких лир", 15e9, None, "TRY", "money", "exact"),
    ("Сделка стоила 4 млрд шведских крон.", "ru", "4 млрд шведских крон", 4e9, None, "SEK", "money", "exact"),
    ("Бюджет города — 2 млрд гривен.", "ru", "2 млрд гривен", 2e9, None, "UAH", "money", "exact"),
    ("Стройка обойдётся в 70 млрд вон.", "ru", "70 млрд вон", 70e9, None, "KRW", "money", "exact"),
    ("Экспорт принёс 12 млн злотых.", "ru", "12 млн злотых", 12e6, None, "PLN", "money", "exact"),
    ("Туристы потратили 300 млн реалов.", "ru", "300 млн реалов", 300e6, None, "BRL", "money", "exact"),
]
# An amount written in groups, each with a smaller scale: one amount; a fraction of a scale closes its amount.
AMOUNT_GROUPS = [
    ("За год собрали 1 млрд 400 млн тенге.", "ru", "1 млрд 400 млн тенге", 1.4e9, None, "KZT", "money", "exact"),
    ("Грант — 3 млн 250 тыс. рублей.", "ru", "3 млн 250 тыс. рублей", 3.25e6, None, "RUB", "money", "exact"),
    ("Area residents paid 2 billion 300 million dollars.", "en", "2 billion 300 million dollars", 2.3e9, None, "USD", "money", "exact"),
    ("Выручка — 1,5 млн 200 тыс. рублей по двум магазинам.", "ru", "200 тыс. рублей", 200e3, None, "RUB", "money", "exact"),
]
# The dot of a currency abbreviated before its amount ends no sentence; codes withdrawn lately still name money.
SIGNS_AND_CODES = [
    ("The flyover will cost Rs. 12 crore.", "en", "Rs. 12 crore", 12e7, None, "INR", "money", "exact"),
    ("Tickets cost Rs. 450 for adults.", "en", "Rs. 450", 450, None, "INR", "money", "exact"),
    ("Вход в музей стоит Fr. 30 для взрослых.", "ru", "Fr. 30", 30, None, "CHF", "money", "exact"),
    ("Оборот порта в 2024 году достиг 80 млн BGN.", "ru", "80 млн BGN", 80e6, None, "BGN", "money", "exact"),
    ("Zagreb's budget was HRK 150 billion in 2019.", "en", "HRK 150 billion", 150e9, None, "HRK", "money", "exact"),
]
HEDGES = [
    ("Nickel slid 3.4% on Tuesday.", "en", "3.4%", 3.4, None, "percent", "percent", "decrease"),
    ("The index shed 120 points, or 0.8%.", "en", "120 points", 120, None, "point", "count", "decrease"),
    ("The index shed 120 points, or 0.8%.", "en", "0.8%", 0.8, None, "percent", "percent", "decrease"),
    ("Shares were up about 12% this month.", "en", "about 12%", 12, None, "percent", "percent", "about"),
    ("Tokyo: Nikkei +1.1% Topix -0.4%.", "en", "+1.1%", 1.1, None, "percent", "percent", "increase"),
    ("Tokyo: Nikkei +1.1% Topix -0.4%.", "en", "-0.4%", -0.4, None, "percent", "percent", "decrease"),
    ("The gap is ~2.5mm wide.", "en", "~2.5mm", 2.5, None, "mm", "measure", "about"),
    ("Steel, which had rallied all week, fell on Friday by 1.7%.", "en", "1.7%", 1.7, None, "percent", "percent", "decrease"),
]
RATES = [
    ("The smelter makes 2.4 million tonnes per year.", "en", "2.4 million tonnes per year", 2.4e6, None, "tonne per year", "measure", "exact"),
    ("Crude traded at $74 a barrel.", "en", "$74 a barrel", 74, None, "USD per barrel", "money", "exact"),
    ("Plots lease for $65 per sq m.", "en", "$65 per sq m", 65, None, "USD per m2", "money", "exact"),
    ("The fund pays 28 cents a share.", "en", "28 cents a share", 28, None, "cent per share", "money", "exact"),
    ("Зарплата — 280 тыс. тенге в месяц.", "ru", "280 тыс. тенге в месяц", 280e3, None, "KZT per month", "money", "exact"),
    ("Мясо продают по 3 500 тенге за килограмм.", "ru", "3 500 тенге за килограмм", 3500, None, "KZT per kg", "money", "exact"),
    ("Oil rose to US $58.24 per barrel and gas fell.", "en", "US $58.24 per barrel", 58.24, None, "USD per barrel", "money", "exact"),
    ("The plan is $14.95 a month and includes storage.", "en", "$14.95 a month", 14.95, None, "USD per month", "money", "exact"),
    ("The town has one 52,000 barrel-a-day refinery.", "en", "52,000 barrel-a-day", 52000, None, "barrel per day", "measure", "exact"),
    ("Holders get a $70-a-share price.", "en", "$70-a-share", 70, None, "USD per share", "money", "exact"),
    ("Fees rose by up to £24 a-year this spring.", "en", "up to £24 a-year", 24, None, "GBP per year", "money", "up_to"),
    ("They spent $5 a day or two.", "en", "$5", 5, None, "USD", "money", "exact"),
]
SYNTAX = [
    ("The carrier grounded two 737 Max jets on Monday.", "en", "two 737 Max jets", 2, None, "jet", "count", "exact"),
    ("The total number of foreign students enrolled at the university in 2024 was 6,500.", "en", "6,500", 6500, None,
     "student", "count", "exact"),
    ("Число туристов из Китая в 2024 году было 650 тысяч.", "ru", "650 тысяч", 650e3, None, "tourist", "count", "exact"),
    ("Of the 310 schools inspected, 42 were closed.", "en", "42", 42, None, "school", "count", "exact"),
    ("Petrov, 71, chairs the board.", "en", "71", 71, None, "year of age", "duration", "exact"),
    ("A 45-year-old driver was injured.", "en", "45-year-old", 45, None, "year of age", "duration", "exact"),
    ("A 60 year-old man was hurt.", "en", "60 year-old", 60, None, "year of age", "duration", "exact"),
    ("The 15 year-old students left.", "en", "15 year-old", 15, None, "year of age", "duration", "exact"),
    ("He is 45 years old.", "en", "45 years old", 45, None, "year of age", "duration", "exact"),
    ("The 2,900 year-old wall stands.", "en", "2,900 year-old", 2900, None, "year of age", "duration", "exact"),
    ("The fund is 12 years older than ours.", "en", "12 years", 12, None, "year", "duration", "exact"),
    ("Two of Smith's advisers resigned.", "en", "Two", 2, None, "adviser", "count", "exact"),
    ("About 1500 came from abroad.", "en", "About 1500", 1500, None, None, "count", "about"),
    ("В депо поступили 8 электропоездов.", "ru", "8 электропоездов", 8, None, "electric train", "count", "exact"),
]
UNITS = [
    ("The phone has a 4500mAh battery.", "en", "4500mAh", 4500, None, "mAh", "measure", "exact"),
    ("The boiler runs at 250 kPa.", "en", "250 kPa", 250, None, "kPa", "measure", "exact"),
    ("Ozone reached 80 ppb.", "en", "80 ppb", 80, None, "ppb", "measure", "exact"),
    ("The motor gives 310 Nm.", "en", "310 Nm", 310, None, "Nm", "measure", "exact"),
    ("The hall is 2.4m high.", "en", "2.4m", 2.4, None, "m", "measure", "exact"),
    ("The app has 3.6m users.", "en", "3.6m users", 3.6e6, None, "user", "count", "exact"),
    ("The neck is 25.5″ long.", "en", "25.5″", 25.5, None, "inch", "measure", "exact"),
    ("The wall is 12′ high.", "en", "12′", 12, None, "ft", "measure", "exact"),
    ("It has a 7- or 8-inch touchscreen.", "en", "7", 7, None, "inch", "measure", "exact"),
    ("It has a 7- or 8-inch touchscreen.", "en", "8-inch", 8, None, "inch", "measure", "exact"),
    ("We offer 5- to 6-day trips.", "en", "5- to 6-day trips", 5, 6, "day", "duration", "exact"),
]
CASES = RANGES + ALTERNATIVES + CHANGES + LEVELS + FRACTIONS + MONEY + RUSSIAN_CURRENCY_NAMES + AMOUNT_GROUPS \
    + SIGNS_AND_CODES + HEDGES + RATES + SYNTAX + UNITS

NOT_FIGURES = [
    ("Regulators cleared the 737 Max to fly again.", "en", 737),
    ("The iPhone 11 Pro sold well in Almaty.", "en", 11),
    ("The office at 12 W 44th St reopened.", "en", 12),
    ("Madrid won 3-1 on Sunday.", "en", 3),
    ("The vote is due sept. 14, officials said.", "en", 14),
    ("Forward Ali Musa (11) scored.", "en", 11),
    ("Trading resumed at 0830 GMT.", "en", 830),
    ("Sea levels could rise by 2150.", "en", 2150),
    ("One or two of them came.", "en", 1),
    ("Команда выиграла со счетом 3:2.", "ru", 3),
    ("Офис на ул. Сатпаева, 22 открыт.", "ru", 22),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}:{c[2]}" for c in CASES])
def test_issue13_figure(case):
    assert_figure(*case)


@pytest.mark.parametrize("sentence, lang, value", NOT_FIGURES, ids=[n[0][:30] for n in NOT_FIGURES])
def test_issue13_not_a_figure(sentence, lang, value):
    assert_not_figure(sentence, lang, value)


def test_russian_counted_noun_keeps_its_lemma_and_never_leaks_russian():
    facts = extract_facts("Завод выпустил 12 самосвалов и 40 электропоездов.", "ru")
    assert [f.unit_lemma for f in facts] == ["самосвал", "электропоезд"]
    assert all(f.unit is None or f.unit.isascii() for f in facts)


def test_lower_case_dollar_after_an_article_is_us_dollars():
    f = extract_facts("The firm signed a $300 million deal.", "en")[0]
    assert (f.unit, f.value_usd) == ("USD", 300e6)
