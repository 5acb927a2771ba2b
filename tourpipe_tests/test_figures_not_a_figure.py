"""Every rule of figures.rules.NOT_A_FIGURE, by name, with a sentence whose number it turns down."""
from __future__ import annotations

import pytest

from tourpipe.figures import extract_facts
from tourpipe.figures.document import not_figures
from tourpipe.figures.rules import NOT_A_FIGURE, STAGES
from tourpipe.models import Entity

# rule name -> (language, sentence, entities, the number it turns down)
EXAMPLES = {
    "glued to a word": ("en", "The A380 landed at Urumqi.", (), "380"),
    "letters glued after": ("en", "The 5G network covers the city.", (), "5"),
    "model suffix": ("en", "Regulators cleared the 737 Max for flights.", (), "737"),
    "hyphenated ordinal": ("ru", "Это 2-й форум.", (), "2"),
    "after a month": ("en", "The fair opened on May 24 in Almaty.", (), "24"),
    "day of a date range": ("en", "The fair ran June 12 to 17 in Almaty.", (), "17"),
    "score": ("en", "The visitors won 3-1 in Almaty.", (), "3"),
    "street address": ("en", "The office at 221 Baker Street opened.", (), "221"),
    "year range": ("en", "Trade grew in 2014-2015 sharply.", (), "2014"),
    "before a month": ("ru", "Форум открылся 24 мая в Алматы.", (), "24"),
    "inside a name": ("en", "Delegates flew on a Boeing 737 to Urumqi.", (Entity("Boeing 737", "PRODUCT", 20, 30),),
                      "737"),
    "year": ("en", "Trade grew in 2014 sharply.", (), "2014"),
    "after a name": ("en", "The team visited Gabon 24 last week.", (), "24"),
    "model name": ("en", "The plant began the assembly of Tiggo 2 crossovers.", (), "2"),
    "named number": ("en", "The S&P 500 utilities fell.", (), "500"),
    "time of day": ("en", "The meeting starts at 10 p.m. today.", (), "10"),
    "inside a run of numbers": ("en", "The winning numbers were 4 8 15 16 23 42.", (), "15"),
    "list marker": ("en", "Striker Ivan Petrov (9) scored twice.", (), "9"),
    "bare number word": ("en", "He said seven.", (), "seven"),
    "number word in a title": ("en", "In her speech she launched the Five Key Initiatives in the capital.", (), "Five"),
    "one as a pronoun": ("en", "One day the delegation visited the park.", (), "One"),
    "digit one as a pronoun": ("en", "It is 1 of the stops on the route.", (), "1"),
    "count in a date": ("en", "He spent 12 sessions there.", (Entity("12 sessions", "DATE", 9, 20),), "12"),
    "one, not counted": ("ru", "Урожай составил 40 центнеров с одного гектара.", (), "одного"),
}


def test_every_rule_has_an_example():
    assert sorted(EXAMPLES) == sorted(rule.name for rule in NOT_A_FIGURE)


def test_rules_are_listed_in_the_order_they_run():
    stages = [STAGES.index(rule.stage) for rule in NOT_A_FIGURE]
    assert stages == sorted(stages)


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_rule_turns_down_its_example(name):
    lang, text, entities, number = EXAMPLES[name]
    for e in entities:
        assert text[e.start_char:e.end_char] == e.text
    assert (number, name) in not_figures(text, lang, entities)


@pytest.mark.parametrize("lang, text, number", [
    ("ru", "Форум пройдет 12 сен в Алматы.", "12"),  # every abbreviation of tourpipe.vocabulary is a month
    ("ru", "Отчет от 3 ноя.", "3"),
    ("en", "Visit 24.az for 5 stories.", "24"),  # every domain of tourpipe.vocabulary makes a site name
])
def test_shared_vocabulary_dates_and_sites_are_no_figures(lang, text, number):
    at = text.index(number)
    assert not [f for f in extract_facts(text, lang) if f.start_char <= at < f.end_char]
