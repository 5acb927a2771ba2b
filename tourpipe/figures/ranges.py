"""Ranges and alternatives: "10-15 days", "between 5 and 7", "5% to 10%", "$89 to $93 billion"; "eight or nine euros".

A range is one figure: ``value`` the low end, ``value_high`` the high end. A scale word written on the high end
only ("four to five thousand", "$89 to $93 billion") scales the low end too when that keeps the ends in order.
Two ends of a change ("from 5.2% to 4.9%") are no range: they are marked for sentence.link_levels. Alternatives of
close values ("eight or nine euros") are no range either: two figures, the first marked to take the scale and the unit
written once on the second (sentence._shared_units).
"""
from __future__ import annotations

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.drafts import Candidate, Draft, Number
from tourpipe.figures.numbers import read_number, starts_number
from tourpipe.figures.qualifiers import change_word, changes_before
from tourpipe.figures.units import read_unit
from tourpipe.vocabulary import is_plausible_year

# Alternatives of close values ("eight or nine", "two or three years") share the unit written on the second;
# "5 million or 35 million yuan" restates an amount in another currency.
ALTERNATIVE_RATIO = 5


def _levels_in_brackets(s: Sentence, opener: int) -> bool:
    """"в 11,6 раза (с 489 до 5,7 тыс.)", "up 12% (from 50 to 56)": a bracket right after the size of a change gives
    the two levels of that change, however far back (or elided, in a list) its verb is."""
    toks = s.toks
    return opener >= 3 and toks[opener - 1].text == "(" and toks[opener - 2].low in s.lex.change_size_words \
        and toks[opener - 3].kind == "n"


def _years(s: Sentence, c: Candidate, second: Number) -> bool:
    """Ends that are no range of a quantity: two years ("2015-2020"), or a year put in time and a figure after it
    ("rose from 103,000 in 2023 to 174,000 in 2024": the year dates the first level)."""
    if not (c.number.plain_int and is_plausible_year(c.number.value)):
        return False
    if second.plain_int and is_plausible_year(second.value):
        return True
    return c.opener is None and c.start - 1 >= c.floor and s.toks[c.start - 1].low in s.lex.year_in_time


def read_range(s: Sentence, c: Candidate) -> None:
    """"10-15 days", "from 252 to 287 miles", "от 10 до 20", "between 5 and 7", "three or four years": the high end,
    and the span widened to the opener; "увеличится с 900 до 1 200" marks where a change starts instead."""
    toks, lex, d = s.toks, s.lex, c.d
    opener = c.start - 1 if c.start - 1 >= c.floor and toks[c.start - 1].low in lex.range_openers else None
    if opener is not None and toks[opener].low in lex.level_from and (changes_before(s, opener, c.floor)
                                                                      or _levels_in_brackets(s, opener)):
        d.level_from, opener = True, None  # where a change starts and ends, no range
    c.opener = opener
    j = c.after
    if not (j + 1 < len(toks) and s.adjacent(j - 1, j) and s.adjacent(j, j + 1) and not d.level_from):
        return
    closers = lex.range_openers.get(toks[opener].low, frozenset()) if opener is not None else frozenset()
    j = _closer_lead(s, _past_suspended_hyphen(s, j), closers)
    sep = toks[j].low
    is_dash = sep in DASHES
    alternative = sep in lex.alternative_links
    if not (is_dash or sep in closers or alternative or _joins_range(s, c, sep)):
        return
    currency, k = _second_currency(s, c, j + 1, alternative)
    if k >= len(toks) or not starts_number(s, k) or (is_dash and toks[k].kind == "w" and c.digits):
        return
    second = read_number(s, k, currency is not None)
    if second is None:
        return
    low, high = _scaled_low(s, c.number, k, second), second.value
    if alternative:
        if high <= ALTERNATIVE_RATIO * low and _same_way(c.number, second) and _has_unit(s, second, currency):
            d.value, d.alternative = low, True  # "eight or nine million euros": two figures, the scale and unit once
        return
    if opener is not None and sep in closers and toks[opener].low in lex.level_from \
            and _chain_at(s, second.end, sep, c.currency):
        d.level_from = True  # "from $5 to $6 to $8": the levels of a chain, no range
        return
    if high > low and not _years(s, c, second):
        d.value, d.value_high, c.after = low, high, second.end
        d.end = second.end
        if opener is not None and sep in closers:
            d.start = opener
    elif opener is not None and sep in closers and toks[opener].low in lex.level_from and high < low:
        d.level_from = True  # "from 5.2% to 4.9%": a range never runs down, the two ends are levels of a change
    else:
        c.unranged = second


def read_unit_range(s: Sentence, c: Candidate) -> None:
    """"between 15kHz and 17kHz", "5% to 10%", "$89 to $93 billion", "five per cent to 20 per cent": a range whose
    ends both carry the unit."""
    toks, lex, d = s.toks, s.lex, c.d
    if d.value_high is not None or not d.unit or d.end + 1 >= len(toks) or not s.adjacent(d.end - 1, d.end):
        return
    if d.level_from:
        return
    linked = _second_end_at(s, c)
    if linked is None:
        return
    sep, k = linked
    second = read_number(s, k, c.currency is not None)
    if second is None:
        return
    other = Draft(first=k, start=k, end=second.end, value=second.value)
    read_unit(s, second.end, other, c.currency)
    if other.unit is None and c.opener is not None and _ends_phrase(s, other.end):
        other.unit = d.unit  # "от 10 долларов до 20": the unit written on the first end only
    if other.unit != d.unit:
        return
    low, high = _scaled_low(s, c.number, k, second), second.value
    if c.opener is not None and toks[c.opener].low in lex.level_from and _chain_at(s, other.end, sep, c.currency):
        d.level_from = True  # "from 5 km to 6 km to 8 km": the levels of a chain, no range
        return
    if high <= low:
        if c.opener is not None and toks[c.opener].low in lex.level_from:
            d.level_from = True  # "from 1.3% to 0.9%": the two levels of a change
        return
    d.value, d.value_high, d.end = low, high, other.end
    if c.opener is not None:
        d.start = c.opener


def _second_end_at(s: Sentence, c: Candidate) -> tuple[str, int] | None:
    """(link word, index of the second end's number) when the first end and its unit are followed by a link that
    can join a range and a number."""
    toks, d = s.toks, c.d
    closers = s.lex.range_openers.get(toks[c.opener].low, frozenset()) if c.opener is not None else frozenset()
    link = _closer_lead(s, d.end, closers)
    sep = toks[link].low
    if not _unit_range_link(s, c, sep):
        return None
    k = _after_repeated_currency(s, link + 1, c.currency)
    if k >= len(toks) or not s.adjacent(link, k) or not starts_number(s, k):
        return None
    return sep, k


def _unit_range_link(s: Sentence, c: Candidate, sep: str) -> bool:
    """The word after the first end and its unit can join a range: the opener's closer ("between ... and"), a dash,
    "to" when no change comes before, or "or"; never a level link after a change's "from"."""
    lex = s.lex
    if c.opener is not None:
        return sep in lex.range_openers.get(s.toks[c.opener].low, ())
    return sep in DASHES or _joins_range(s, c, sep)


def _past_suspended_hyphen(s: Sentence, j: int) -> int:
    """Index after a hyphen left hanging by the number before "or"/"to" ("a 7- or 8-inch screen", "5- to 6-day
    trips"): the unit is written once, on the second number; j when there is none."""
    toks, lex = s.toks, s.lex
    if j + 1 < len(toks) and toks[j].text in DASHES and toks[j].start == toks[j - 1].end \
            and toks[j + 1].start > toks[j].end \
            and (toks[j + 1].low in lex.alternative_links or toks[j + 1].low in lex.range_joiners):
        return j + 1
    return j


def _has_unit(s: Sentence, second: Number, currency: str | None) -> bool:
    """The second end carries a currency or a unit of its own."""
    other = Draft(first=second.end - 1, start=second.end - 1, end=second.end, value=second.value)
    read_unit(s, second.end, other, currency)
    return other.unit is not None


def _chain_at(s: Sentence, k: int, link: str, currency: str | None) -> bool:
    """Token k repeats the link before another number: the second end is the middle of a chain of levels."""
    toks = s.toks
    if k + 1 >= len(toks) or toks[k].low != link or not s.adjacent(k - 1, k):
        return False
    m = _after_repeated_currency(s, k + 1, currency)
    if m >= len(toks) or not starts_number(s, m):
        return False
    # "from 5 to 7 per cent to 3 to 5 per cent": a third link after the next number makes two ranges, no chain
    third = read_number(s, m, currency is not None)
    e = third.end if third else m + 1
    while e < len(toks) and e < m + 4 and toks[e].kind == "w" and toks[e].low != link:
        e += 1
    return not (e + 1 < len(toks) and toks[e].low == link and starts_number(s, _after_repeated_currency(s, e + 1,
                                                                                                        currency)))


def _closer_lead(s: Sentence, j: int, closers: frozenset[str]) -> int:
    """Index of the opener's closer at token j, or right after a word that may lead it ("from 450 sq ft up to 900 sq
    ft"); j when there is none."""
    toks = s.toks
    if j + 1 < len(toks) and toks[j].low in s.lex.closer_leads and toks[j + 1].low in closers \
            and s.adjacent(j, j + 1):
        return j + 1
    return j


def _ends_phrase(s: Sentence, k: int) -> bool:
    return k >= len(s.toks) or s.toks[k].kind == "s"


def _scaled_low(s: Sentence, first: Number, k: int, second: Number) -> float:
    """The low end, scaled like the high end when only the high end has a scale word ("2-3 million", "four to five
    thousand", "$89 to $93 billion") and the ends stay in order."""
    low = first.value
    if first.scaled or not second.scaled:
        return low
    toks, lex = s.toks, s.lex
    if toks[k].kind == "n" and toks[k].value:
        factor = second.value / toks[k].value
    else:
        factor = max((lex.scale_words[t.low] for t in toks[k:second.end] if t.low in lex.scale_words), default=1.0)
    return low * factor if low * factor <= second.value else low


def _same_way(first: Number, second: Number) -> bool:
    """Both ends written the same way (digits or words): "eight or nine", "8 or 9", not "one or 25"."""
    return first.wordy == second.wordy


def _joins_range(s: Sentence, c: Candidate, sep: str) -> bool:
    """A word such as "to" joins a range without an opener, unless a change comes before ("rose 5 to 7 percent" is a
    range, "rose to 7" a level) ... or the change's link does ("increased by 5 to 7 percent")."""
    toks, lex = s.toks, s.lex
    if c.after_level and c.start - 1 == c.floor and toks[c.floor].low in lex.level_links:
        return False  # "from $5 to $6 to $8": the new level of a change opens no range
    return sep in lex.range_joiners and sep.isalpha() and (
        not _change_sized(s, c.start, c.floor)
        or (c.currency is None and c.start > c.floor and toks[c.start - 1].low in lex.change_links))


def _change_sized(s: Sentence, start: int, floor: int) -> bool:
    """A change word before token ``start`` makes the number the size of a change ("rose 5 to 7 percent" is a range
    of sizes; "rose to 7" a level): unless a level word stands between them ("down from the US$89 to $93 billion" is
    a range that is a level)."""
    toks, lex = s.toks, s.lex
    k = start - 1
    while k >= floor and k >= start - 3 and toks[k].kind == "w":
        if toks[k].low in lex.level_from and k < start - 1:
            return False
        if change_word(lex, toks[k].low):
            return True
        k -= 1
    return False


def _second_currency(s: Sentence, c: Candidate, k: int, alternative: bool) -> tuple[str | None, int]:
    """(currency, index of the number) of a range's or an alternative's second end at token k: past the first end's
    currency repeated ("$5-$7 million"), or past a sign written on the second alternative only ("about 8 or $9")."""
    if alternative and c.currency is None:
        sign = s.phrase_at(k, s.lex.currency_before)
        if sign is not None:
            return sign
    return c.currency, _after_repeated_currency(s, k, c.currency)


def _after_repeated_currency(s: Sentence, k: int, currency: str | None) -> int:
    """Index after the currency repeated at token k ("$5-$7 million"), else k."""
    again = s.phrase_at(k, s.lex.currency_before) if currency else None
    if again and again[0] == currency:
        return again[1]
    return k
