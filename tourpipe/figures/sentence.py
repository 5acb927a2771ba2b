"""A sentence: read its figures left to right, settle the ends of changes, date them and turn them into Facts."""
from __future__ import annotations

from tourpipe.figures.context import Sentence
from tourpipe.figures.drafts import Draft, NotAFigure
from tourpipe.figures.figure import read_figure
from tourpipe.figures.numbers import starts_number
from tourpipe.figures.qualifiers import level_link_opens
from tourpipe.figures.subjects import clauses, included, stated_years, subject, year_of
from tourpipe.models import Fact
from tourpipe.syntax import bounded


def read_drafts(s: Sentence) -> tuple[list[Draft], list[NotAFigure]]:
    """The figures of the sentence in order, and the numbers turned down on the way."""
    toks = s.toks
    drafts: list[Draft] = []
    turned_down: list[NotAFigure] = []
    i, floor = 0, 0
    prev_unit = None  # unit of the latest count in the sentence, for a later bare number
    while i < len(toks):
        if starts_number(s, i):
            d = read_figure(s, i, floor, prev_unit)
            if isinstance(d, Draft):
                drafts.append(d)
                if d.unit_kind == "count" and d.unit is not None and not included(s, d.start, floor):
                    prev_unit = d.unit
                i = floor = max(d.end, i + 1)
                continue
            if d is not None:
                turned_down.append(d)
        i += 1
    return drafts, turned_down


def sentence_facts(s: Sentence, drafts: list[Draft]) -> list[Fact]:
    """The Facts of the sentence's drafts, each dated by the nearest year of its clause."""
    if not drafts:
        return []
    _settle_levels(s, drafts)
    years = stated_years(s, drafts)
    clause = clauses(s) if years else []
    whole = s.whole if s.whole != (0, 0) else (s.start, s.end)
    out = []
    for d in drafts:
        a, b = s.toks[d.start].start, s.toks[d.end - 1].end
        sentence = bounded(s.text, whole, (a, b))  # the real sentence, cut to a window around the figure
        out.append(Fact(text=s.text[a:b], start_char=a, end_char=b, value=d.value, unit=d.unit,
                        unit_kind=d.unit_kind, qualifier=d.qualifier, value_high=d.value_high,
                        year=year_of(d, years, clause), subject=subject(s, d), sentence=sentence))
    return out


def _settle_levels(s: Sentence, drafts: list[Draft]) -> None:
    """Where two figures are the ends of one change, the first takes the unit of the second and "до" before the
    second names the level reached, not a bound."""
    toks, lex = s.toks, s.lex
    for a, b in zip(drafts, drafts[1:]):
        if a.level_from and a.end < b.first and toks[a.end].low in lex.level_links and b.first - a.end <= 2:
            if a.unit is None and b.unit is not None:  # "с 900 до 1 200 человек": 900 people
                a.unit, a.unit_kind = b.unit, b.unit_kind
            if b.qualifier == "up_to" and level_link_opens(s, b):
                b.qualifier, b.start = "exact", b.start + 1  # "до" names the level reached, not a bound
    for a, b in zip(drafts, drafts[1:]):
        # "снижен на 12%, до 9,8 тыс. тенге", "вырос на 41%, до $118 млн": "до" after the size of a change names the
        # level reached
        if a.qualifier in ("increase", "decrease") and b.qualifier == "up_to" and level_link_opens(s, b) \
                and all(toks[m].text == "," for m in range(a.end, b.start)):
            b.qualifier, b.start = "exact", b.start + 1
