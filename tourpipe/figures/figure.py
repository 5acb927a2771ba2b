"""One figure: read the number at a token, its range, unit, borrowed unit and qualifier, judged by the rules."""
from __future__ import annotations

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.denominators import read_denominator
from tourpipe.figures.drafts import Candidate, Draft, NotAFigure
from tourpipe.figures.money import currency_before, decimal_after_sign, read_money_tail
from tourpipe.figures.numbers import compound, read_fraction, read_number, read_vague, sign_before
from tourpipe.figures.qualifiers import qualify
from tourpipe.figures.ranges import read_range, read_unit_range
from tourpipe.figures.rules import NUMBER, OWN_UNIT, QUALIFIED, UNIT, bare_in_run, rejection
from tourpipe.figures.subjects import borrow_count_unit, borrow_level_unit
from tourpipe.figures.units import read_age_before, read_unit, read_unit_before


def read_figure(s: Sentence, i: int, floor: int, prev_unit: str | None = None,
                after_level: bool = False) -> Draft | NotAFigure | None:
    """The figure whose number starts at token i; NotAFigure when a rule turns the number down, None when there is no
    number to read. ``floor`` is the token after the sentence's previous figure, ``prev_unit`` the unit of its latest
    count, ``after_level`` says that figure is the level a change starts from."""
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
    c.after_level = after_level
    rule = rejection(s, c, NUMBER)
    if rule is None:
        read_range(s, c)
        read_unit(s, c.after, c.d, c.currency)
        read_unit_range(s, c)
        read_money_tail(s, c)
        read_denominator(s, c.d)
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
    read_age_before(s, d, floor)
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
        d = Draft(first=i, start=i, end=j, value=low, value_high=low * 10)  # the range says how vague it is
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
    currency, start, sign, bound, code_scale = None, i, 1.0, None, 1.0
    hit = currency_before(s, i, floor)
    if hit is None and i - 1 > floor and toks[i - 1].text in lex.minus_signs and toks[i - 1].end == t.start:
        hit = currency_before(s, i - 1, floor)  # "$-50.8bn"
        sign = -1.0 if hit else 1.0
    if hit:
        currency, start, code_scale = hit
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
    c = Candidate(d=d, number=num, digits=t.kind == "n", start=start, floor=floor, currency=currency, sign=sign,
                  bound=bound, after=num.end, code_scale=code_scale)
    decimal_after_sign(s, c, d)
    return c


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
