"""What is not a figure: the ordered table of named rules that turn down a number the reader has read.

Links, e-mail addresses, file names, full dates, clock times and phone numbers never become numbers at all (the
tokenizer's ``_SKIP`` in tokens.py); every other number is read as a candidate figure and judged here. Each rule
runs as soon as the candidate holds what it looks at (its ``stage``), in the order of the table.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.currencies import iso_code
from tourpipe.figures.drafts import Candidate
from tourpipe.figures.numbers import starts_number
from tourpipe.figures.units import unit_token_ok
from tourpipe.vocabulary import MONTH_ABBREVIATIONS_EN, YEAR_MAX

# How far a candidate has been read when a rule judges it.
NUMBER = "number"  # the number, with the currency, minus or bound before it
OWN_UNIT = "own unit"  # ... its range and the unit written after it
UNIT = "unit"  # ... a unit borrowed from the sentence when it had none
QUALIFIED = "qualified"  # ... its qualifier
STAGES = (NUMBER, OWN_UNIT, UNIT, QUALIFIED)

_MONEY_PERCENT_MEASURE = ("money", "percent", "measure")


def year_shaped(value: float) -> bool:
    """A plain integer that reads as a year, historic ones included ("founded in 1456"); a plausible year of an
    article's events (vocabulary.is_plausible_year) is narrower."""
    return 1000 <= value <= YEAR_MAX


# -- once the number is read -------------------------------------------------------------------------------------------


def _glued_to_word(s: Sentence, c: Candidate) -> bool:
    """"A380", "COVID-19", "Su-27", "ID.4": digits glued to a word belong to it (but "US$5", "RM79", "sub-7 nm",
    "minus-5")."""
    toks, i = s.toks, c.d.first
    if not c.digits or i == 0 or toks[i - 1].end != toks[i].start or c.currency is not None:
        return False
    prev = toks[i - 1]
    if prev.kind == "w":
        return True
    if prev.text in DASHES and i > 1 and toks[i - 2].end == prev.start and toks[i - 2].kind in ("w", "n", "x"):
        return toks[i - 2].low not in s.lex.minus_words and c.bound is None
    if prev.text == "." and i > 1 and toks[i - 2].end == prev.start and toks[i - 2].kind == "w" \
            and toks[i - 2].text[0].isupper():
        return True  # a model name ("ID.4"); a dot glued after a lower-case word is a missing space
    return False


def _letters_glued_after(s: Sentence, c: Candidate) -> bool:
    """"5G", "1st", "19th": letters glued to the digits make a name or an ordinal, unless they are a scale or unit."""
    toks, lex, i, j = s.toks, s.lex, c.d.first, c.number.end
    if not (c.digits and j == i + 1 and j < len(toks) and toks[j].start == toks[i].end and toks[j].kind == "w"):
        return False
    low = toks[j].low
    known = (low in lex.scale_words or low in lex.currency_only_scales or (low,) in lex.measures.table
             or s.phrase_at(j, lex.currency_after, gap=0) or s.phrase_at(j, lex.measures)
             or (low,) in lex.percent.table or low in lex.subunits
             or low in lex.glued_scales or iso_code(toks[j].text)
             or toks[j].text.replace("μ", "µ") in lex.measure_symbols)
    return not known or not unit_token_ok(s, j)


def _model_suffix(s: Sentence, c: Candidate) -> bool:
    """"the 737 Max", "iPhone 11 Pro", "Galaxy S24 Ultra": a model word after the digits makes them a name (but "two
    737 Max jets" still counts the jets)."""
    toks, j = s.toks, c.number.end
    return c.digits and c.currency is None and j < len(toks) and toks[j].kind == "w" and s.adjacent(j - 1, j) \
        and toks[j].text[0].isupper() and toks[j].low in s.lex.model_suffixes


def _hyphenated_ordinal(s: Sentence, c: Candidate) -> bool:
    """"2-й", "19-го": an ordinal with its ending after a hyphen."""
    toks, j = s.toks, c.number.end
    return j + 1 < len(toks) and toks[j].text in DASHES and toks[j].start == toks[j - 1].end \
        and toks[j + 1].start == toks[j].end and toks[j + 1].low in s.lex.hyphen_ordinal_suffixes


def _after_month(s: Sentence, c: Candidate) -> bool:
    """"May 24", "Jan. 24", "Nov 11-17": the day of a date."""
    toks, start = s.toks, c.start
    if start > 0 and s.is_month(toks[start - 1]):
        return True
    # "due dec. 12", "on sept. 30": an abbreviation with its dot is a month in any case
    return start > 1 and toks[start - 1].text == "." and (s.is_month(toks[start - 2])
                                                         or toks[start - 2].low in MONTH_ABBREVIATIONS_EN)


def _day_of_date_range(s: Sentence, c: Candidate) -> bool:
    """"June 12 to 17", "Oct. 3 and 5", "с 12 по 17 июня": one end of a range of days."""
    toks, lex, i, j = s.toks, s.lex, c.d.first, c.number.end
    n = len(toks)

    def day(k: int) -> bool:
        return 0 <= k < n and toks[k].kind == "n" and not toks[k].grouped and 1 <= toks[k].value <= 31

    def month_at(k: int) -> bool:
        return 0 <= k < n and (s.is_month(toks[k]) or toks[k].text == "." and k > 0 and s.is_month(toks[k - 1]))

    if not day(i) or j != i + 1:
        return False
    if i >= 2 and toks[i - 1].low in lex.date_range_links and day(i - 2) and month_at(i - 3):
        return True  # "June 12 to 17": the end day
    return j + 2 < n and toks[j].low in lex.date_range_links and day(j + 1) and s.is_month(toks[j + 2])


def _score(s: Sentence, c: Candidate) -> bool:
    """"2-0", "a 9-2 lead", "tied at 89-89", "2:1": two small whole numbers joined by a dash or colon, the second no
    larger than the first (so no range), are a score; "2-0" read from its second number too."""
    toks, i = s.toks, c.d.first
    if not (c.digits and c.number.plain_int and c.currency is None and c.d.value <= 200):
        return False
    j = c.number.end
    if j + 1 < len(toks) and toks[j].text in _SCORE_JOINERS and toks[j].start == toks[j - 1].end \
            and toks[j + 1].start == toks[j].end and _small_int(toks[j + 1]) and toks[j + 1].value <= c.d.value:
        return True
    return i >= 2 and toks[i - 1].text in _SCORE_JOINERS and toks[i - 1].end == toks[i].start \
        and toks[i - 2].end == toks[i - 1].start and _small_int(toks[i - 2]) and c.d.value <= toks[i - 2].value


_SCORE_JOINERS = frozenset({"-", "–", ":"})


def _small_int(t) -> bool:
    return t.kind == "n" and not t.grouped and "." not in t.text and (t.value or 0) <= 200


def _street_address(s: Sentence, c: Candidate) -> bool:
    """"9 E 71st St", "49 Zorro Ranch Road", "12 Avenue Hoche", "ул. Абая, 15": a house number before a street's name
    (or a street word and its name) or after it."""
    toks, lex, i = s.toks, s.lex, c.d.first
    if not (c.digits and c.number.plain_int and c.currency is None) or not lex.street_words:
        return False
    k = m = c.number.end
    while m < min(k + 6, len(toks)):
        t = toks[m]
        if t.low in lex.street_words and t.text[0].isupper() \
                and (m > k or m + 1 < len(toks) and toks[m + 1].kind == "w" and toks[m + 1].text[0].isupper()):
            return True
        if t.kind == "n" and m + 1 < len(toks) and toks[m + 1].low in lex.ordinal_suffixes:
            m += 2  # "71st"
            continue
        if m == k and t.text in DASHES and m + 1 < len(toks) and toks[m + 1].kind == "n":
            m += 2  # "16-18 Industrial Avenue"
            continue
        if not (t.kind == "w" and t.text[0].isupper()):
            break
        m += 1
    # "ул. Абая, 15": the street word, a name and a comma before the number
    return i >= 3 and toks[i - 1].text == "," and any(toks[p].low in lex.street_words for p in range(max(0, i - 5), i))


# -- once its range and its own unit are read --------------------------------------------------------------------------


def _year_range(s: Sentence, c: Candidate) -> bool:
    """"2014-2015", "1941-1945": two years, not a range of quantities."""
    second = c.unranged
    return second is not None and c.number.plain_int and second.plain_int and year_shaped(c.number.value)


def _before_month(s: Sentence, c: Candidate) -> bool:
    """"24 мая", "12 June", "11-December": the day of a date."""
    toks, j = s.toks, c.after
    if j < len(toks) and s.is_month(toks[j]) and s.adjacent(j - 1, j):
        return True
    return j < len(toks) and toks[j].text == "-" and j + 1 < len(toks) and s.is_month(toks[j + 1])


def _inside_name(s: Sentence, c: Candidate) -> bool:
    """A number inside a name the tagger found ("Boeing 737", "Expo 2017"), unless the "name" is just the figure and
    its unit ("5kW" tagged ORG; "$US113 trillion" when a tagger calls "US113" a name)."""
    i = c.d.first
    if not s.names.inside_name(s.toks[i].start):
        return False
    return not (c.d.unit_kind in _MONEY_PERCENT_MEASURE
                and any(s.names.starts_name(s.toks[k].start) for k in range(c.start, i + 1)))


def _year(s: Sentence, c: Candidate) -> bool:
    """"in 2014", "2020's", "2014 year": a year-shaped number that counts nothing."""
    toks, lex, d, j = s.toks, s.lex, c.d, c.after
    before = toks[c.start - 1] if c.start > c.floor else None
    if c.number.plain_int and d.unit is None and before is not None and before.low in lex.year_before \
            and YEAR_MAX < d.value <= YEAR_MAX + 200 and c.currency is None:
        return True  # "by 2120": a year, however far ahead
    if not (c.number.plain_int and year_shaped(d.value) and d.value_high is None and c.currency is None):
        return False
    nxt = toks[j] if j < len(toks) else None
    prev = toks[c.start - 1] if c.start > c.floor else None
    if _hedged_round(s, c):
        return False  # "about 1000 came", "some 1500 were hired": years are not rounded to fifty and hedged
    if nxt is not None and (nxt.low in lex.year_after or (nxt.text in ("'", "’") and j + 1 < len(toks))):
        return True
    plural_count = d.unit_kind == "count" and d.unit is not None and d.unit not in ("year",)
    if not plural_count or (prev is not None and prev.low in lex.year_before) or prev is None and d.unit is None:
        return d.unit_kind not in _MONEY_PERCENT_MEASURE
    return False


def _hedged_round(s: Sentence, c: Candidate) -> bool:
    v, lex = c.d.value, s.lex
    if s.phrase_before(c.start, lex.quantity_cues, c.floor) is not None:
        return True  # "an average of 1500", "a total of 1200"
    return v % 50 == 0 and not 1800 <= v <= 2100 and s.phrase_before(c.start, lex.hedges, c.floor) is not None


def _after_name(s: Sentence, c: Candidate) -> bool:
    """"Gabon 24", "Article 5", "No. 3", "№ 5": a bare number right after a capitalised word or a name marker."""
    return c.d.unit is None and c.digits and _is_name_before(s, c.start, c.floor)


def _model_name(s: Sentence, c: Candidate) -> bool:
    """"the assembly of Tiggo 2 crossovers": a small number after a name is a model, whatever noun follows."""
    d = c.d
    return d.unit_kind == "count" and c.digits and c.number.plain_int and d.value < 100 and c.start == d.first \
        and _is_name_before(s, c.start, c.floor) and not _title_case(s)


def _named_number(s: Sentence, c: Candidate) -> bool:
    """"S&P 500 utilities", "Model 3 sedans", "Game 2", "iPhone 16", "Y 2": the word before makes the number a name."""
    toks, lex, start, floor = s.toks, s.lex, c.start, c.floor
    if not c.digits or c.d.unit_kind in _MONEY_PERCENT_MEASURE:
        return False
    p = start - 1
    if p < floor or toks[p].kind != "w" or not s.adjacent(p, start):
        return False
    prev = toks[p]
    if prev.low in lex.name_before:
        return True
    if len(prev.text) == 1 and prev.text.isupper() and prev.text not in ("A", "I") and p > floor:
        return True
    return not prev.text[0].isupper() and any(ch.isupper() for ch in prev.text[1:]) and prev.low not in lex.known_words


def _time_of_day(s: Sentence, c: Candidate) -> bool:
    """"10 p.m.", "5am", "0401 GMT"."""
    toks, j = s.toks, c.after
    t = toks[c.d.first]
    if c.digits and len(t.text) == 4 and t.text[0] == "0" and t.text.isdigit():
        return True  # "0401": a clock time written as four digits
    if c.d.unit is not None or j >= len(toks):
        return False
    time_after = s.lex.time_after
    return toks[j].low in time_after or j + 2 < len(toks) and f"{toks[j].low}.{toks[j + 2].low}" in time_after


_RUN_SEPARATORS = frozenset({",", ";", "/", "-", "–", "—", "|"})


def _in_number_run(s: Sentence, c: Candidate) -> bool:
    """"1 1 1 1", "4 8 15 16 23", "1 млн 1 млн 1 млн": a bare number between two other numbers (a table row, a lottery
    draw, digit noise) counts nothing; the run's two ends are still read."""
    if not c.digits or c.currency is not None or c.d.unit is not None or c.d.value_high is not None:
        return False
    return _number_at(s, c.start - 1, -1, c.floor) and _number_at(s, c.after, 1, c.floor)


def bare_in_run(s: Sentence, i: int) -> bool:
    """The cheap test read before anything else: the digits at token i stand between two other numbers with at most
    a separator on each side, and the next one is no larger ("1 1 1", "1-1-1"): no range, no unit, no figure."""
    toks = s.toks
    if toks[i].kind != "n" or not _number_at(s, i - 1, -1, 0):
        return False
    k = i + 1
    if k < len(toks) and toks[k].text in _RUN_SEPARATORS:
        k += 1
    return k < len(toks) and toks[k].kind == "n" and (toks[k].value or 0) <= (toks[i].value or 0)


def _number_at(s: Sentence, k: int, step: int, floor: int) -> bool:
    """Token k (or the one past a separator there) ends or starts a number: digits, or a scale word after digits."""
    toks, lex = s.toks, s.lex
    if 0 <= k < len(toks) and toks[k].text in _RUN_SEPARATORS:
        k += step
    if not (max(floor - 1, 0) <= k < len(toks)):
        return False
    t = toks[k]
    if t.kind == "n":
        return True
    return step < 0 and t.kind == "w" and t.low in lex.scale_words and k > 0 and toks[k - 1].kind == "n"


def _list_marker(s: Sentence, c: Candidate) -> bool:
    """"(4)" after a name, "1." opening a numbered line: a bare number that labels, not counts."""
    toks, d = s.toks, c.d
    if not (c.digits and c.number.plain_int and d.unit is None and c.currency is None and c.start == d.first):
        return False
    k, j = c.start - 1, c.after
    if k >= 0 and j < len(toks) and toks[k].text == "(" and toks[j].text == ")":
        return True
    return c.start == 0 and j < len(toks) and toks[j].text in (".", ")") and toks[j].start == toks[j - 1].end


# -- once a unit is borrowed from the sentence -------------------------------------------------------------------------


def _bare_number_word(s: Sentence, c: Candidate) -> bool:
    """"seven" with nothing to count: a number word is a figure with a unit or a scale ("two million"), or the first of
    two alternatives whose unit is written on the second ("six or seven dollars")."""
    return c.number.wordy and c.d.unit is None and not c.number.scaled and not c.d.alternative


def _number_word_in_title(s: Sentence, c: Candidate) -> bool:
    """"the Five Key Initiatives": a capitalised number word before a capitalised noun is a name in running text."""
    d, t = c.d, s.toks[c.d.first]
    opens = d.first > 0 and s.toks[d.first - 1].text in _OPENING_MARKS  # "SINGAPORE: Two Singaporean sisters"
    return c.number.wordy and t.text[0].isupper() and d.first > 0 and not opens and bool(d.subject) \
        and d.subject[0].isupper() and not _title_case(s)


_OPENING_MARKS = frozenset({":", "—", "–", "\"", "“", "«", "(", "["})


def _one_as_pronoun(s: Sentence, c: Candidate) -> bool:
    """"one of the stops", "one day", "the one", "еще одно соглашение": "one" that counts nothing."""
    toks, lex, d = s.toks, s.lex, c.d
    if not (c.number.wordy and d.value == 1 and d.value_high is None):
        return False
    nxt = toks[c.number.end] if c.number.end < len(toks) else None
    prev = toks[c.start - 1] if c.start > c.floor else None
    return (nxt is not None and nxt.low in lex.not_one_after) or (prev is not None and prev.low in lex.not_one_before)


def _digit_one_as_pronoun(s: Sentence, c: Candidate) -> bool:
    """"1 of the 12 stops", "1 by 1": a bare "1" before "of", "by", "day", ..."""
    end = c.number.end
    return c.digits and c.d.value == 1 and c.d.unit is None and end < len(s.toks) \
        and s.toks[end].low in s.lex.not_one_after


def _count_in_date(s: Sentence, c: Candidate) -> bool:
    """A count inside a date the tagger found ("the 2 sessions of 2023" tagged DATE)."""
    d = c.d
    return c.digits and d.unit is not None and d.unit_kind == "count" and s.names.inside_date(s.toks[d.first].start)


# -- once qualified ----------------------------------------------------------------------------------------------------


def _one_not_counted(s: Sentence, c: Candidate) -> bool:
    """"на одну тонну", "с одного гектара": "один" as "a single" or "per", not a reported count; it counts with a hedge
    or change, after "только"/"лишь", or listed beside another figure."""
    d = c.d
    return s.toks[d.first].low in s.lex.one_words and c.number.wordy and not c.number.scaled \
        and d.value_high is None and d.unit_kind != "money" and not _counted_one(s, c)


@dataclass(frozen=True)
class Rule:
    """A named reason a candidate is not a figure, tried once the candidate has been read as far as ``stage``."""

    name: str
    stage: str
    applies: Callable[[Sentence, Candidate], bool]


NOT_A_FIGURE: tuple[Rule, ...] = (
    Rule("glued to a word", NUMBER, _glued_to_word),
    Rule("letters glued after", NUMBER, _letters_glued_after),
    Rule("model suffix", NUMBER, _model_suffix),
    Rule("hyphenated ordinal", NUMBER, _hyphenated_ordinal),
    Rule("after a month", NUMBER, _after_month),
    Rule("day of a date range", NUMBER, _day_of_date_range),
    Rule("score", NUMBER, _score),
    Rule("street address", NUMBER, _street_address),
    Rule("year range", OWN_UNIT, _year_range),
    Rule("before a month", OWN_UNIT, _before_month),
    Rule("inside a name", OWN_UNIT, _inside_name),
    Rule("year", OWN_UNIT, _year),
    Rule("after a name", OWN_UNIT, _after_name),
    Rule("model name", OWN_UNIT, _model_name),
    Rule("named number", OWN_UNIT, _named_number),
    Rule("time of day", OWN_UNIT, _time_of_day),
    Rule("inside a run of numbers", OWN_UNIT, _in_number_run),
    Rule("list marker", OWN_UNIT, _list_marker),
    Rule("bare number word", UNIT, _bare_number_word),
    Rule("number word in a title", UNIT, _number_word_in_title),
    Rule("one as a pronoun", UNIT, _one_as_pronoun),
    Rule("digit one as a pronoun", UNIT, _digit_one_as_pronoun),
    Rule("count in a date", UNIT, _count_in_date),
    Rule("one, not counted", QUALIFIED, _one_not_counted),
)
_BY_STAGE = {stage: tuple(rule for rule in NOT_A_FIGURE if rule.stage == stage) for stage in STAGES}


def rejection(s: Sentence, c: Candidate, stage: str) -> str | None:
    """Name of the first rule of ``stage`` that turns the candidate down, or None."""
    for rule in _BY_STAGE[stage]:
        if rule.applies(s, c):
            return rule.name
    return None


# -- helpers -----------------------------------------------------------------------------------------------------------


def _is_name_before(s: Sentence, start: int, floor: int) -> bool:
    """A number right after a capitalised word is part of a name ("Gabon 24", "Tiggo 2", "Boeing 737")."""
    toks, lex = s.toks, s.lex
    p = start - 1
    if p < floor or p < 0:
        return False
    prev = toks[p]
    if prev.text in ("№", "#"):
        return True
    if prev.text == "." and p >= 1 and toks[p - 1].low in lex.name_markers and toks[p - 1].end == prev.start:
        return True
    if prev.kind != "w" or not s.adjacent(p, start):
        return False
    if prev.text[0].isupper() and prev.low in lex.name_markers:
        return True
    return prev.text[0].isupper() and p > 0 and prev.low not in lex.known_words


def _title_case(s: Sentence) -> bool:
    """Most longer words of the sentence are capitalised: a headline, where capitals mark no names."""
    words = [t for t in s.toks if t.kind == "w" and len(t.text) > 3]
    return sum(t.text[0].isupper() for t in words) * 2 > len(words)


def _counted_one(s: Sentence, c: Candidate) -> bool:
    """A Russian "один" is a figure with a hedge or change, after "только"/"лишь", or listed beside another figure."""
    toks, lex, d = s.toks, s.lex, c.d
    if d.qualifier != "exact":
        return True
    p = d.start - 1
    if p >= 0 and toks[p].low in lex.one_cues:
        return True
    if p >= 1 and toks[p].low in lex.list_links and any(
            toks[m].kind == "n" or toks[m].low in lex.number_words for m in range(max(0, p - 4), p)):
        return True  # "два трактора и один комбайн"
    e = d.end
    return e + 1 < len(toks) and toks[e].low in lex.list_links and toks[e].text != "," and starts_number(s, e + 1)
