"""Rates: the unit keeps its denominator — "1.25 million tonnes per year" is tonne per year, "$80 per sq m" USD per
m2, "45 cents a share" cent per share, "350 тыс. тенге в месяц" KZT per month, "1 200 рублей за килограмм" RUB per kg.

The denominator is named in the unit column's own vocabulary: a measure by its symbol, a time or counted noun by its
singular English lemma. The figure keeps the kind of its numerator (money, measure, count).
"""
from __future__ import annotations

from tourpipe.figures.context import Sentence
from tourpipe.figures.drafts import Draft
from tourpipe.figures.lexicon import stem_value
from tourpipe.figures.numbers import starts_number

PER = " per "


def read_denominator(s: Sentence, d: Draft) -> None:
    """Extend ``d`` over "per X" / "a X" / "в год" after its unit, and name the rate "<unit> per <X>"."""
    toks, lex = s.toks, s.lex
    k = s.past_glued_hyphen(d.end)  # "a 52,000 barrel-a-day refinery", "$70-a-share"
    if d.unit is None or PER in d.unit or d.unit_kind == "percent" or k + 1 >= len(toks) or not s.adjacent(k - 1, k):
        return
    link = toks[k].low
    if link not in lex.rate_links or not s.adjacent(k, k + 1):
        return
    found = _denominator(s, s.past_glued_hyphen(k + 1), lex.rate_links[link])
    if found is None:
        return
    unit, end = found
    if end < len(toks) and (toks[end].low in lex.rate_blockers or toks[end].low in lex.rate_list_blockers
                            and end + 1 < len(toks) and starts_number(s, end + 1)):
        return  # "300 people a week ago", "$5 a day or two": a time, not a rate
    d.unit, d.end = f"{d.unit}{PER}{unit}", end


def _denominator(s: Sentence, k: int, kinds: str) -> tuple[str, int] | None:
    """(unit, index after) of what stands after a rate link; ``kinds`` says what the link takes: "time" (time units
    only), "measure" (measures and time units), "any" (also counted nouns)."""
    toks, lex = s.toks, s.lex
    measure = s.phrase_at(k, lex.measures)
    if measure is not None and not (measure[1] < len(toks) and toks[measure[1]].kind == "w"
                                    and toks[measure[1]].start == toks[measure[1] - 1].end):
        return str(measure[0]), measure[1]
    t = toks[k]
    if t.kind != "w" or t.low in lex.stop_words or (t.text[0].isupper() and t.text != t.text.upper()):
        return None
    time = lex.time_denominators.get(t.low)
    if time is not None:
        return time, k + 1
    if kinds == "time":
        return None
    stem = stem_value(t.low, lex.measure_stems)
    if stem is not None:
        return stem, k + 1
    if kinds != "any":
        return None
    noun = s.grammar.denominator_noun(s, k)
    return (noun, k + 1) if noun else None
