"""One figure: read the number at a token, its range, unit, borrowed unit and qualifier, judged by the rules."""
from __future__ import annotations

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.drafts import Candidate, Draft, NotAFigure
from tourpipe.figures.numbers import compound, read_fraction, read_number, read_vague, sign_before, starts_number
from tourpipe.figures.qualifiers import changes_before, qualify
from tourpipe.figures.rules import NUMBER, OWN_UNIT, QUALIFIED, UNIT, bare_in_run, rejection
from tourpipe.figures.subjects import borrow_count_unit, borrow_level_unit
from tourpipe.figures.units import read_unit, read_unit_before
from tourpipe.vocabulary import is_plausible_year


def read_figure(s: Sentence, i: int, floor: int, prev_unit: str | None = None) -> Draft | NotAFigure | None:
    """The figure whose number starts at token i; NotAFigure when a rule turns the number down, None when there is no
    number to read. ``floor`` is the token after the sentence's previous figure, ``prev_unit`` the unit of its latest
    count."""
    if bare_in_run(s, i):
        return NotAFigure(i, "inside a run of numbers")
    if s.toks[i].kind == "w":
        d = _read_word_figure(s, i)
        if d is not None:
            return _qualified(s, d, floor)
        if s.toks[i].low in s.lex.vague_scales or s.toks[i].low in s.lex.multiplier_words:
            return None  # "dozens" with nothing it counts: a vague plural is read only with its unit
    c = _read_candidate(s, i, floor)
    if c is None:
        return None
    rule = rejection(s, c, NUMBER)
    if rule is None:
        _read_range(s, c)
        read_unit(s, c.after, c.d, c.currency)
        _read_unit_range(s, c)
        rule = rejection(s, c, OWN_UNIT)
    if rule is None:
        borrow_level_unit(s, c)
        borrow_count_unit(s, c, prev_unit)
        rule = rejection(s, c, UNIT)
    if rule is None:
        _qualified(s, c.d, floor)
        rule = rejection(s, c, QUALIFIED)
    if rule is not None:
        return NotAFigure(i, rule)
    if c.sign < 0:
        c.d.value = -c.d.value
    return c.d


def _qualified(s: Sentence, d: Draft, floor: int) -> Draft:
    qualify(s, d, floor)
    read_unit_before(s, d, floor)
    return d


def _read_word_figure(s: Sentence, i: int) -> Draft | None:
    """Figures written as words that are not plain numbers: fractions, vague plurals, one-word multipliers and
    compound adjectives."""
    toks, lex = s.toks, s.lex
    t = toks[i]
    hit = read_fraction(s, i)
    if hit:
        value, end = hit
        return Draft(first=i, start=i, end=end, value=value, unit="fraction", unit_kind="percent")
    if t.low in lex.multiplier_words:
        return Draft(first=i, start=i, end=i + 1, value=lex.multiplier_words[t.low], unit="time")
    hit = compound(lex, t.low)
    if hit:  # "Двухдневный визит": 2 day, the noun it describes joins the span
        d = Draft(first=i, start=i, end=i + 1, value=hit[0], unit=hit[1], unit_kind="duration")
        k = i + 1
        if k < len(toks) and toks[k].kind == "w" and s.adjacent(i, k) and toks[k].low not in lex.stop_words \
                and s.grammar.is_noun(toks[k].low):
            d.end, d.subject = k + 1, toks[k].text
        return d
    hit = read_vague(s, i)
    if hit:
        low, j = hit
        d = Draft(first=i, start=i, end=j, value=low, value_high=low * 10, qualifier="about")
        read_unit(s, j, d, None)
        if d.unit is None:
            return None
        return d
    return None


def _read_candidate(s: Sentence, i: int, floor: int) -> Candidate | None:
    """The number at token i with what is written right before it: a currency ("$", "US$"), a sign ("-", "$-50.8bn",
    "minus"), or a bound glued by a hyphen ("sub-7")."""
    toks, lex = s.toks, s.lex
    t = toks[i]
    currency, start, sign, bound = None, i, 1.0, None
    hit = s.phrase_before(i, lex.currency_before, floor)
    if hit is None and i - 1 > floor and toks[i - 1].text in lex.minus_signs and toks[i - 1].end == t.start:
        hit = s.phrase_before(i - 1, lex.currency_before, floor)  # "$-50.8bn"
        sign = -1.0 if hit else 1.0
    if hit:
        currency, start = hit
    if t.kind == "n" and currency is None:
        bound = _bound_before(s, i, floor)
        if bound is not None:
            start = i - 2
    num = read_number(s, i, currency is not None)
    if num is None:
        return None
    if t.kind == "n" and bound is None and sign > 0:
        sign, start = sign_before(s, start, floor)
    d = Draft(first=i, start=start, end=num.end, value=num.value)
    if bound:
        d.qualifier = bound
    return Candidate(d=d, number=num, digits=t.kind == "n", start=start, floor=floor, currency=currency, sign=sign,
                     bound=bound, after=num.end)


def _bound_before(s: Sentence, i: int, floor: int) -> str | None:
    """The qualifier of a word glued by a hyphen to the digits at token i ("sub-7 nanometer"); not "minus-5"."""
    toks = s.toks
    if i < 2 or toks[i - 1].text not in DASHES or toks[i - 1].end != toks[i].start:
        return None
    word = toks[i - 2]
    if word.end != toks[i - 1].start or word.kind not in ("w", "n", "x") or i - 2 < floor \
            or word.low in s.lex.minus_words:
        return None
    return s.lex.bound_prefixes.get(word.low)


def _read_range(s: Sentence, c: Candidate) -> None:
    """"10-15 days", "from 252 to 287 miles", "от 10 до 20", "between 5 and 7": the high end, and the span widened to
    the opener; "увеличится с 900 до 1 200" marks where a change starts instead."""
    toks, lex, d = s.toks, s.lex, c.d
    opener = c.start - 1 if c.start - 1 >= c.floor and toks[c.start - 1].low in lex.range_openers else None
    if opener is not None and toks[opener].low in lex.level_from and changes_before(s, opener, c.floor):
        d.level_from, opener = True, None  # where a change starts and ends, no range
    c.opener = opener
    j = c.after
    if not (j + 1 < len(toks) and s.adjacent(j - 1, j) and s.adjacent(j, j + 1) and not d.level_from):
        return
    sep = toks[j].low
    closers = lex.range_openers.get(toks[opener].low, frozenset()) if opener is not None else frozenset()
    is_dash = sep in DASHES
    if not (is_dash or sep in closers or _joins_range(s, c, sep)):
        return
    k = _after_repeated_currency(s, j + 1, c.currency)
    if k >= len(toks) or not starts_number(s, k) or (is_dash and toks[k].kind == "w" and c.digits):
        return
    second = read_number(s, k, c.currency is not None)
    if second is None:
        return
    low, high = c.number.value, second.value
    if not c.number.scaled and second.scaled:  # "2-3 million": both in millions
        factor = second.value / toks[k].value if toks[k].kind == "n" and toks[k].value else 1.0
        if low * factor <= high:
            low *= factor
    if high > low and not (c.number.plain_int and second.plain_int and is_plausible_year(c.number.value)
                           and is_plausible_year(high)):
        d.value, d.value_high, c.after = low, high, second.end
        d.end = second.end
        if opener is not None and sep in closers:
            d.start = opener
    elif opener is not None and sep in closers and toks[opener].low in lex.level_from and high < low:
        d.level_from = True  # "from 5.2% to 4.9%": a range never runs down, the two ends are levels of a change
    else:
        c.unranged = second


def _joins_range(s: Sentence, c: Candidate, sep: str) -> bool:
    """A word such as "to" joins a range without an opener, unless a change comes before ("rose 5 to 7 percent" is a
    range, "rose to 7" a level) ... or the change's link does ("increased by 5 to 7 percent")."""
    toks, lex = s.toks, s.lex
    return sep in lex.range_joiners and sep.isalpha() and (
        not changes_before(s, c.start, c.floor)
        or (c.currency is None and c.start > c.floor and toks[c.start - 1].low in lex.change_links))


def _after_repeated_currency(s: Sentence, k: int, currency: str | None) -> int:
    """Index after the currency repeated at token k ("$5-$7 million"), else k."""
    again = s.phrase_at(k, s.lex.currency_before) if currency else None
    if again and again[0] == currency:
        return again[1]
    return k


def _read_unit_range(s: Sentence, c: Candidate) -> None:
    """"between 15kHz and 17kHz": a range whose ends both carry the unit."""
    toks, lex, d = s.toks, s.lex, c.d
    if c.opener is None or d.value_high is not None or not d.unit or d.end + 1 >= len(toks):
        return
    sep = toks[d.end].low
    if sep not in lex.range_openers.get(toks[c.opener].low, ()) or sep in lex.level_links:
        return
    k = _after_repeated_currency(s, d.end + 1, c.currency)
    second = read_number(s, k, c.currency is not None) if k < len(toks) and toks[k].kind == "n" else None
    if second is None or second.value <= d.value:
        return
    other = Draft(first=k, start=k, end=second.end, value=second.value)
    read_unit(s, second.end, other, c.currency)
    if other.unit == d.unit:
        d.value_high, d.start, d.end = second.value, c.opener, other.end
