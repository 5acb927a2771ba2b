"""Issue 13, second round: sentences written for these tests (none from a benchmark), one table per rule, with the
figure each must give and the neighbouring readings the rule must leave alone."""
from __future__ import annotations

import pytest

from tourpipe.figures import extract_facts
from tourpipe_tests.figure_asserts import assert_figure

# (sentence, lang, text, value, value_high, unit, unit_kind, qualifier)
# A figure right after an article describes the noun after it; a change word before the article does not claim it.
ARTICLE_BEFORE_FIGURE = [
    ("The pitcher added a 30 degree curveball to his repertoire.", "en", "30 degree", 30, None, "degree", "measure",
     "exact"),
    ("The retailer added a 5% surcharge on deliveries.", "en", "5%", 5, None, "percent", "percent", "exact"),
    # still changes: a noun of change after the figure, or a word between the article and the figure
    ("The firm posted a 4% rise in sales.", "en", "4%", 4, None, "percent", "percent", "increase"),
    ("Sales rose a modest 3% in May.", "en", "3%", 3, None, "percent", "percent", "increase"),
]
REVISED = [
    ("The bank sees profit of 80 billion euros, revised upward by 4 billion euros.", "en", "4 billion euros", 4e9,
     None, "EUR", "money", "increase"),
    ("The growth forecast was revised downwards by 0.3 percentage points.", "en", "0.3 percentage points", 0.3, None,
     "percentage point", "percent", "decrease"),
    ("Attendance reached upwards of 500 people.", "en", "upwards of 500 people", 500, None, "person", "count",
     "more_than"),
]
# A part of an amount is in the amount's unit, so a funding verb before it gathers money, no rise.
PART_OF_AMOUNT = [
    ("So far the charity has only raised 40 million of the 200 million rubles it hopes for.", "en", "40 million",
     40e6, None, "RUB", "money", "exact"),
    ("Seven of these 20 firms failed last year.", "en", "Seven", 7, None, "firm", "count", "exact"),
    ("Two of the 12 days were lost to rain.", "en", "Two", 2, None, "day", "duration", "exact"),
]
UNITS = [
    ("The coupe makes 300 pound-feet of torque.", "en", "300 pound-feet", 300, None, "lb-ft", "measure", "exact"),
    ("The engine gives just under 250 hp (184 kW / 250 PS).", "en", "250 PS", 250, None, "PS", "measure",
     "less_than"),
    ("The engine gives just under 250 hp (184 kW / 250 PS).", "en", "184 kW", 184, None, "kW", "measure",
     "less_than"),
    ("The weld failed at a stress lower than 9.5 ksi (65.5 MPa).", "en", "65.5 MPa", 65.5, None, "MPa", "measure",
     "less_than"),
]
CONTAINERS = [
    ("The brewer will fill 3 million 330ml cans of lager.", "en", "3 million", 3e6, None, "can", "count", "exact"),
    ("The brewer will fill 3 million 330ml cans of lager.", "en", "330ml", 330, None, "ml", "measure", "exact"),
    ("They unloaded 40 20 kg sacks of rice.", "en", "40", 40, None, "sack", "count", "exact"),
]
# A noun in compound with the counted noun is part of the unit; an adjective, a name or a hyphenated word's tail
# is not (the parse tells the noun from the adjective).
COMPOUNDS = [
    ("Surgeons have done more than 300 kidney transplants since 1990.", "en", "more than 300 kidney transplants", 300,
     None, "kidney transplant", "count", "more_than"),
    ("The carmaker announced thousands of job cuts.", "en", "thousands of job cuts", 1000, 10000, "job cut", "count",
     "exact"),
    ("The port moved 2 million shipping containers last year.", "en", "2 million shipping containers", 2e6, None,
     "shipping container", "count", "exact"),
    ("Police logged 9 car thefts on Sunday.", "en", "9 car thefts", 9, None, "car theft", "count", "exact"),
    ("Arrivals rose from 21,000 in 2022 to 35,000 in 2023.", "en", "35,000", 35000, None, "arrival", "count", "exact",
     21000),
    ("There are four different bosses to beat.", "en", "four different bosses", 4, None, "boss", "count", "exact"),
    ("The zone hosts 120 foreign firms and 57 joint projects.", "en", "120 foreign firms", 120, None, "firm", "count",
     "exact"),
    ("The zone hosts 120 foreign firms and 57 joint projects.", "en", "57 joint projects", 57, None, "project", "count",
     "exact"),
    ("The city will open 12 modern hospitals.", "en", "12 modern hospitals", 12, None, "hospital", "count", "exact"),
    ("Some 96 Arsenal fans travelled to the match.", "en", "Some 96 Arsenal fans", 96, None, "fan", "count", "about"),
    ("As many as 14 first-team players left.", "en", "As many as 14 first-team players", 14, None, "player", "count",
     "up_to"),
]
# A singular noun in compound right after the number is what it counts, as the hyphenated "a 30-page memo".
ATTRIBUTIVE = [
    ("Most of it comes from the 30 page memo marked Internal Review which reporters obtained.", "en", "30", 30, None,
     "page", "count", "exact"),
    ("In Asia the hatch arrives with a turbocharged 1.2l 4 cylinder engine.", "en", "4", 4, None, "cylinder", "count",
     "exact"),
]

CASES = ARTICLE_BEFORE_FIGURE + REVISED + PART_OF_AMOUNT + UNITS + CONTAINERS + COMPOUNDS + ATTRIBUTIVE


@pytest.mark.parametrize("case", CASES, ids=[f"{c[2]}|{c[0][:25]}" for c in CASES])
def test_issue13_round2_figure(case):
    assert_figure(*case)


def test_slash_between_two_units_outside_a_restatement_links_nothing():
    facts = extract_facts("The site pairs a 100 MW / 400 MWh battery with solar panels.", "en")
    assert [(f.text, f.equivalent_of) for f in facts] == [("100 MW", None), ("400 MWh", None)]


def test_slash_restatement_points_at_the_figure_restated():
    sentence = "The engine gives 250 hp (184 kW / 250 PS)."
    first, kw, ps = extract_facts(sentence, "en")
    assert kw.equivalent_of == ps.equivalent_of == first.span
