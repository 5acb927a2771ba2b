"""Units a figure takes from what is written around it, and signs as an ASCII transliteration leaves them: sentences
written for these tests (none from a benchmark), with the figure each must give. Representation: README "Figures:
representation"."""
from __future__ import annotations

import pytest

from tourpipe_tests.figure_asserts import assert_figure, assert_not_figure

# (sentence, lang, text, value, value_high, unit, unit_kind, qualifier[, value_from])
# £ and ¥ after a transliteration to ASCII: "PS" and "Y=" glued to the digits.
TRANSLITERATED_SIGNS = [
    ("The chairman waived a PS3.4m bonus.", "en", "PS3.4m", 3.4e6, None, "GBP", "money", "exact"),
    ("Tickets were resold for PS12,450 (about $15,800).", "en", "PS12,450", 12450, None, "GBP", "money", "exact"),
    ("The deal values the group at PS7bn.", "en", "PS7bn", 7e9, None, "GBP", "money", "exact"),
    ("Rent for the stall is Y=48,000 a month.", "en", "Y=48,000 a month", 48000, None, "CNY per month", "money",
     "exact"),
]
# A bare level after a change of so many points (or metres) is in the change's unit; so is a level written before
# its change ("13,210.5, up 61.2 points").
SIZED_CHANGE_LEVELS = [
    ("The Hang Seng added 88.1 points to 18,402.77 on Tuesday.", "en", "18,402.77", 18402.77, None, "point", "count",
     "exact"),
    ("The KASE index shed 41.2 points, or 1.3%, to close at 3,120.05.", "en", "3,120.05", 3120.05, None, "point",
     "count", "exact"),
    ("Futures on the gauge (5,914.25 down 12.5 points) were flat.", "en", "5,914.25", 5914.25, None, "point", "count",
     "exact"),
    ("The benchmark finished at 2,745.10, up 30.4 points.", "en", "2,745.10", 2745.10, None, "point", "count",
     "exact"),
    ("The lake rose 1.5 metres to 12.8 after the rains.", "en", "12.8", 12.8, None, "m", "measure", "exact"),
]
# A bare number closing a later clause after the same link as a figure with a unit is a second value of it.
PARALLEL_UNITS = [
    ("The highest bid was 92 cents, while the lowest was 78.5.", "en", "78.5", 78.5, None, "cent", "money", "exact"),
    ("The Nikkei closed at 28,110.4 points, while the Topix gained 0.4% to close at 1,985.2.", "en", "1,985.2",
     1985.2, None, "point", "count", "exact"),
    ("Copper fell by 3 percent but zinc rose by 2.", "en", "2", 2, None, "percent", "percent", "increase"),
]
# Numbers that must stay as they are: no unit from a scaled amount, none across a verb that is no link, none from a
# change in percent or in a money sub-unit to the level it reaches.
UNCHANGED = [
    ("Revenue was $4 million, while costs were 3.", "en", "3", 3, None, None, "count", "exact"),
    ("The mill hired 40 welders, but the yard hired 15.", "en", "15", 15, None, None, "count", "exact"),
    ("Shares rose 2% to 4,577 on Monday.", "en", "4,577", 4577, None, None, "count", "exact"),
    ("Maxis rose 12 sen to 4.31 at noon.", "en", "4.31", 4.31, None, None, "count", "exact"),
]
# A sign two currencies share, read in its sentence.
SHARED_SIGNS = [
    ("In Tokyo, Canon slipped 1.2% to ¥3,410.", "en", "¥3,410", 3410, None, "JPY", "money", "exact"),
    ("In Urumqi a room costs ¥380 a night.", "en", "¥380 a night", 380, None, "CNY per night", "money", "exact"),
]
# Ages the words before a number name.
AGES = [
    ("Her son, who was 9, stayed home.", "en", "9", 9, None, "year of age", "duration", "exact"),
    ("She will be 52 by the time it opens.", "en", "52", 52, None, "year of age", "duration", "exact"),
    ("Pupils under the age of 7 years get free meals.", "en", "7 years", 7, None, "year of age", "duration", "exact"),
    ("A survey of women aged 30 to 45 followed.", "en", "30 to 45", 30, 45, "year of age", "duration", "exact"),
    ("We were 14 on the bus.", "en", "14", 14, None, None, "count", "exact"),  # a plural subject counts people
]
# Units and rates written once for two figures.
SHARED_UNITS = [
    ("Holders get C$9 (US$6.60) per share.", "en", "C$9", 9, None, "CAD per share", "money", "exact"),
    ("Holders get C$9 (US$6.60) per share.", "en", "US$6.60", 6.6, None, "USD per share", "money", "exact"),
    ("A taxi costs about 7 or $8 here.", "en", "about 7", 7, None, "USD", "money", "about"),
    ("Economy went from about 11-13 mpg to 19 on the new model.", "en", "19", 19, None, "mpg", "measure", "exact"),
    ("The bank trades at 9.5 times earnings.", "en", "9.5 times", 9.5, None, "time", "count", "exact"),
]
# Directions: a list that leaves out its verb, and a sum a verb gathers.
DIRECTIONS = [
    ("Tesco was down 1.4%, Sainsbury by 0.9% in early trade.", "en", "0.9%", 0.9, None, "percent", "percent",
     "decrease"),
    ("The lender raised $45 million from investors.", "en", "$45 million", 45e6, None, "USD", "money", "exact"),
    ("The lender raised fees by 4% in May.", "en", "4%", 4, None, "percent", "percent", "increase"),
    ("ALMATY: Three Kazakh climbers reached the top.", "en", "Three Kazakh climbers", 3, None, "climber", "count",
     "exact"),
]
CASES = TRANSLITERATED_SIGNS + SIZED_CHANGE_LEVELS + PARALLEL_UNITS + UNCHANGED + SHARED_SIGNS + AGES + SHARED_UNITS \
    + DIRECTIONS

NOT_FIGURES = [
    ("He saved up for a PS5 last winter.", "en", 5),  # a games console, not five pounds
    ("The mansion at 412 Las Palmas Way sold quickly.", "en", 412),
    ("She bought a flat at 18 Avenue Kleber in Paris.", "en", 18),
    ("Skoda showed its Elroq.5 and Enyaq.7 concepts.", "en", 7),  # a model name glued by a dot
    ("He lapped the circuit in 1:41.8 on Friday.", "en", 8),  # a lap time
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}:{c[2]}" for c in CASES])
def test_unit_from_context(case):
    assert_figure(*case)


@pytest.mark.parametrize("sentence, lang, value", NOT_FIGURES, ids=[n[0][:30] for n in NOT_FIGURES])
def test_not_a_figure(sentence, lang, value):
    assert_not_figure(sentence, lang, value)
