"""A sentence: read its figures left to right, settle the ends of changes, date them and turn them into Facts."""
from __future__ import annotations

from tourpipe.figures.context import Sentence
from tourpipe.figures.denominators import PER, read_denominator
from tourpipe.figures.drafts import Draft, NotAFigure
from tourpipe.figures.figure import read_figure
from tourpipe.figures.numbers import starts_number
from tourpipe.figures.qualifiers import changes_before, level_link_opens
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
            d = read_figure(s, i, floor, prev_unit, after_level=bool(drafts) and drafts[-1].level_from)
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
    _shared_units(drafts)
    _settle_levels(s, drafts)
    link_levels(s, drafts)
    _restated_changes(s, drafts)
    _levels_of_sized_changes(s, drafts)
    _parallel_units(s, drafts)
    _bracketed_rates(s, drafts)
    _listed_multipliers(drafts)
    _listed_changes(s, drafts)
    years = stated_years(s, drafts)
    clause = clauses(s) if years else []
    whole = s.whole if s.whole != (0, 0) else (s.start, s.end)
    out = []
    for d in drafts:
        a, b = s.toks[d.start].start, s.toks[d.end - 1].end
        sentence = bounded(s.text, whole, (a, b))  # the real sentence, cut to a window around the figure
        out.append(Fact(text=s.text[a:b], start_char=a, end_char=b, value=d.value, unit=d.unit,
                        unit_kind=d.unit_kind, qualifier=d.qualifier, value_high=d.value_high, value_from=d.value_from,
                        unit_lemma=d.unit_lemma,
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


def _shared_units(drafts: list[Draft]) -> None:
    """"eight or nine euros", "два или три года": two figures; the first takes the unit written on the second."""
    for a, b in zip(drafts, drafts[1:]):
        if a.alternative and a.end <= b.first and b.unit is not None and (a.unit is None or a.unit_kind == "count"):
            a.unit, a.unit_kind, a.unit_lemma = b.unit, b.unit_kind, b.unit_lemma


def _restated_changes(s: Sentence, drafts: list[Draft]) -> None:
    """"lost 190 points, or 0.6%", "grew by 125,600 jobs or 2.2%": the figure after "or" restates the change before it
    in another unit and has its direction."""
    toks, lex = s.toks, s.lex
    for a, b in zip(drafts, drafts[1:]):
        if a.qualifier not in ("increase", "decrease") or b.qualifier != "exact" or a.unit == b.unit:
            continue
        gap = [t.low for t in toks[a.end:b.start]]
        if gap and gap[-1] in lex.alternative_links and all(w in (",", "(") for w in gap[:-1]):
            b.qualifier = a.qualifier


# Kinds of unit a change's size may lend to the bare level it reaches ("rose 64 points to 4,577": 4,577 points); not
# money ("rose 18 sen to 23.50": the level is in ringgit) and not percent ("rose 2% to 4,577").
_LENDING_KINDS = frozenset({"count", "measure"})
_LEVEL_REACH = 8  # tokens from a change's size to the level after it ("lost 162 points, or 2.1%, to fall to 7,425")


def _levels_of_sized_changes(s: Sentence, drafts: list[Draft]) -> None:
    """"The index rose 64.06 points to 4,577.10", "closed at 13,101.50, up 44.2 points": a bare number that is the
    level a change of so many points (or metres, or tonnes) reaches is in the same unit as the change."""
    toks, lex = s.toks, s.lex
    for k, b in enumerate(drafts):
        if not _bare_level(s, b) or b.qualifier != "exact":
            continue
        size = None
        if b.start > 0 and toks[b.start - 1].low in lex.level_links:
            for a in reversed(drafts[:k]):  # the size before it, past a restatement in percent
                if a.unit_kind == "percent" and a.qualifier in _DIRECTIONS:
                    continue
                if a.qualifier in _DIRECTIONS and b.start - a.end <= _LEVEL_REACH \
                        and not any(t.text in (";", ")") for t in toks[a.end:b.start]):
                    size = a
                break
        if size is None and k + 1 < len(drafts):
            a, m = drafts[k + 1], b.end
            m += m < a.start and toks[m].text == ","
            if m + 1 == a.start and toks[m].low in lex.adjacent_change_words and a.qualifier in _DIRECTIONS:
                size = a  # the level first, then its change: "13,101.50, up 44.2 points"
        if size is not None and size.unit is not None and size.unit_kind in _LENDING_KINDS:
            b.unit, b.unit_kind = size.unit, size.unit_kind


_DIRECTIONS = frozenset({"increase", "decrease"})


def _bare_level(s: Sentence, d: Draft) -> bool:
    """A number in digits with nothing said about what it counts or measures."""
    return d.unit is None and d.unit_kind == "count" and d.value_high is None and d.value_from is None \
        and s.toks[d.first].kind == "n" and d.end == d.first + 1


_LINK_REACH = 4  # tokens before a figure that may hold its link ("to a close of 1,463 points")


def _parallel_units(s: Sentence, drafts: list[Draft]) -> None:
    """"The top forecast is 84 cents, while the lowest is 74.10", "X ended at 1,463 points, while Y ended at 1,334":
    a bare number closing a later clause, after the same link word ("is", "at", "to", "by") as a figure with a unit
    in an earlier clause, is a second value of the same thing and has its unit."""
    toks, lex = s.toks, s.lex
    links = lex.copulas | lex.level_links | lex.by_links
    clause = None
    for k, b in enumerate(drafts):
        if not _bare_level(s, b) or b.start == 0 or toks[b.start - 1].low not in links \
                or b.end < len(toks) and toks[b.end].kind != "s":
            continue
        clause = clause or clauses(s)
        link = toks[b.start - 1].low
        for j in range(k - 1, -1, -1):
            a = drafts[j]
            if a.unit is None or clause[a.first] == clause[b.first]:
                continue
            floor = drafts[j - 1].end if j else 0
            scaled = any(t.low in lex.scale_words or t.text in lex.currency_only_scales for t in toks[a.first:a.end])
            if not scaled and any(t.low == link for t in toks[max(floor, a.start - _LINK_REACH):a.start]):
                b.unit, b.unit_kind = a.unit, a.unit_kind  # never from "$5 million" to a bare "3"
            break


def _bracketed_rates(s: Sentence, drafts: list[Draft]) -> None:
    """"C$6 (US$4.46) per share", "9 billion shekels ($2.4 billion) a year": a rate's denominator written after an
    amount's restatement in brackets serves both amounts."""
    toks = s.toks
    for a, b in zip(drafts, drafts[1:]):
        if not (a.unit and b.unit and PER not in a.unit and PER not in b.unit and a.unit_kind == b.unit_kind
                and b.start == a.end + 1 and toks[a.end].text == "(" and b.end < len(toks) and toks[b.end].text == ")"):
            continue
        probe = Draft(first=b.first, start=b.start, end=b.end + 1, value=b.value, unit=b.unit, unit_kind=b.unit_kind)
        read_denominator(s, probe)
        if PER in probe.unit:
            per = probe.unit[len(b.unit):]
            a.unit, b.unit = a.unit + per, b.unit + per


def _listed_multipliers(drafts: list[Draft]) -> None:
    """"выросло в 11,6 раза (…), из Китая – в 8,5 раза (…)", "rose 3-fold in A and 2-fold in B": later multipliers of
    a list share the direction of the first, whose verb the list leaves out."""
    direction = None
    for d in drafts:
        if d.unit != "time":
            continue
        if d.qualifier in ("increase", "decrease"):
            direction = d.qualifier
        elif d.qualifier == "exact" and direction is not None:
            d.qualifier = direction


_LISTED_NAME_REACH = 5  # words naming the next item of a list of changes ("Foot Locker Inc")


def _listed_changes(s: Sentence, drafts: list[Draft]) -> None:
    """"Ross was down 2.3%, Burlington by 2.6%": a list that names the next item and its "by" leaves out the verb,
    and the figure has the direction of the change before it."""
    toks, lex = s.toks, s.lex
    for a, b in zip(drafts, drafts[1:]):
        if a.qualifier not in _DIRECTIONS or b.qualifier != "exact" or a.unit_kind != b.unit_kind \
                or b.start < 2 or toks[b.start - 1].low not in lex.by_links or a.end >= b.start - 2:
            continue
        gap = toks[a.end + 1:b.start - 1]
        if toks[a.end].text == "," and len(gap) <= _LISTED_NAME_REACH \
                and all(t.kind == "w" and (t.text[0].isupper() or t.low in lex.list_links) for t in gap):
            b.qualifier = a.qualifier


# How many tokens may stand between the old level and the link to the new one ("from $1,900 on Monday morning to").
_LEVEL_GAP = 6
# Punctuation that closes the old level's clause: no link to a new level crosses it.
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "[", "]"})


def link_levels(s: Sentence, drafts: list[Draft]) -> None:
    """A change between two levels, "fell from 5.2% to 4.9%", "с 16% до 15%", and in the other order "slipped to
    410,000 tonnes from 455,000": two figures, each a level and each its own span (the text names two amounts); the
    new level also carries the old one as ``value_from``, so the change reads from one row. A unit written on one
    end serves the other ("from eight to five hours": eight hours; "from $75 per barrel to $46": USD per barrel)."""
    k = 0
    while k + 1 < len(drafts):
        a, b = drafts[k], drafts[k + 1]
        pair = _level_pair(s, a, b)
        if pair is None:
            _range_level_unit(s, a, b)
            k += 1
            continue
        old, new = pair
        new.value_from = old.value
        if new.unit is None and old.unit is not None:
            new.unit, new.unit_kind = old.unit, old.unit_kind
        elif new.unit is not None and (old.unit is None or _unit_borrowed(old)):
            old.unit, old.unit_kind = new.unit, new.unit_kind
        elif _rate_of(old, new):
            new.unit = old.unit
        elif _rate_of(new, old):
            old.unit = new.unit
        k += 2


def _level_pair(s: Sentence, a: Draft, b: Draft) -> tuple[Draft, Draft] | None:
    """(old, new) when drafts a and b are the two levels of one change, else None."""
    toks, lex = s.toks, s.lex
    if a.value_high is not None or b.value_high is not None \
            or not (_same_kind(a, b) or _unit_borrowed(a) or _rate_of(a, b) or _rate_of(b, a)):
        return None
    if a.level_from or _hedged_from(s, a):
        link = next((m for m in range(b.first - 1, max(a.end, b.first - 3) - 1, -1) if toks[m].low in lex.level_links),
                    None)
        if link is not None and link - a.end <= _LEVEL_GAP and _open_gap(s, a.end, link):
            return a, b
        return None
    # "rose to 16% from 15%": the new level first, after its link and a change word
    if a.start > 0 and toks[a.start - 1].low in lex.level_links and changes_before(s, a.start - 1, 0) \
            and a.end < b.start and toks[a.end].low in lex.level_from and b.start - a.end <= 1 and b.first - a.end <= 2:
        return b, a
    return None


def _range_level_unit(s: Sentence, a: Draft, b: Draft) -> None:
    """"from about 14-18 mpg to 24": a range as the old level is no value to change from, but its unit serves a bare
    new level after the link."""
    toks, lex = s.toks, s.lex
    if a.value_high is None or a.unit is None or b.unit is not None or b.value_high is not None \
            or b.unit_kind != "count" or not (a.level_from or _hedged_from(s, a)) \
            or not (a.end < b.start == b.first and toks[b.start - 1].low in lex.level_links) \
            or b.start - 1 - a.end > _LEVEL_GAP or not _open_gap(s, a.end, b.start - 1):
        return
    b.unit, b.unit_kind = a.unit, a.unit_kind


def _hedged_from(s: Sentence, a: Draft) -> bool:
    """"from up to 250 miles to 290 miles": a hedged old level, after the word a change starts from."""
    return a.first > a.start > 0 and s.toks[a.start - 1].low in s.lex.level_from


def _open_gap(s: Sentence, a: int, b: int) -> bool:
    """Tokens a .. b-1 between the old level and its link stay in one clause and hold no other link: a time or place
    ("from $1,900 on Monday morning to $1,850", "from 20 mpg in 2008 to 29 mpg"), never "5% from 2% to"."""
    toks, lex = s.toks, s.lex
    return not any(toks[m].text in _CLAUSE_MARKS or toks[m].low in lex.level_from for m in range(a, b))


def _rate_of(rate: Draft, amount: Draft) -> bool:
    """``rate``'s unit is ``amount``'s unit per something ("USD per barrel" and "USD"): the rate written once."""
    return bool(rate.unit and amount.unit and rate.unit.startswith(amount.unit + PER)
                and rate.unit_kind == amount.unit_kind)


def _same_kind(a: Draft, b: Draft) -> bool:
    return a.unit is None or b.unit is None or (a.unit == b.unit and a.unit_kind == b.unit_kind)


def _unit_borrowed(a: Draft) -> bool:
    """The old level is a bare number whose unit came from the sentence ("Staff numbers grew from 200 to 260
    people"): the unit written on the new level wins."""
    return a.start == a.first and a.end == a.first + 1


def _is_year(tok) -> bool:
    return tok.kind == "n" and not tok.grouped and len(tok.text) == 4
