"""The qualifier of a figure: hedges ("about", "more than"), changes ("rose by", "на 5% больше") and levels ("to")."""
from __future__ import annotations

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.drafts import Draft
from tourpipe.figures.lexicon import Lexicon, has_stem
from tourpipe.figures.numbers import starts_number


def qualify(s: Sentence, d: Draft, floor: int) -> None:
    """Set the qualifier of ``d`` from hedges inside its span, after it, and verbs before it."""
    toks, lex = s.toks, s.lex
    n = len(toks)
    hit = s.phrase_before(d.start, lex.hedges, max(floor, 0))
    level = False
    if hit:
        q, hs = hit
        if toks[hs].low in lex.level_links and _sets_level(s, hs, floor):
            level = True  # "вырос до 20 млн", "довести выпуск до пяти тысяч": a level, not a bound
        elif not (q == "at_least" and d.value_high is not None):
            d.qualifier, d.start = q, hs
    hit = s.phrase_at(d.end, lex.hedges_after, gap=1)
    if hit and hit[1] < n and (toks[hit[1]].kind == "n" or starts_number(s, hit[1]) or any(
            (h := s.phrase_at(st, lex.hedges)) and h[1] > hit[1] for st in range(d.end, hit[1]))):
        hit = None  # "120 km and more than 80 bridges": the hedge belongs to the next figure
    if hit:
        if toks[d.end].text != "+" or toks[d.end].start == toks[d.end - 1].end:
            d.qualifier, d.end = hit[0], hit[1]
    if not level:
        change = _change_qualifier(s, d, floor)
        # a hedge or bound wins over a direction: "up about 19%" is about, "rose more than 8%" more_than
        if change and not (change in _DIRECTIONS and d.qualifier != "exact"):
            d.qualifier = change
    _sign_direction(s, d)


_DIRECTIONS = frozenset({"increase", "decrease"})


def _sign_direction(s: Sentence, d: Draft) -> None:
    """"+0.2%", "-1.3%": a sign written on a percentage is the direction of a change (the value keeps its sign)."""
    toks = s.toks
    if d.unit_kind != "percent" or d.qualifier != "exact" or d.start != d.first and d.start != d.first - 1:
        return
    p = d.first - 1
    if p < 0 or toks[p].end != toks[d.first].start:
        return
    if toks[p].text == "+":
        d.qualifier, d.start = "increase", min(d.start, p)
    elif toks[p].text in s.lex.minus_signs and d.start == p:
        d.qualifier = "decrease"


def change_word(lex: Lexicon, low: str) -> str | None:
    """"increase" or "decrease" when ``low`` is a word of change ("rose", "снизился"), else None."""
    if low in lex.increase_words or has_stem(low, lex.increase_stems):
        return "increase"
    if low in lex.decrease_words or has_stem(low, lex.decrease_stems):
        return "decrease"
    return None


def changes_before(s: Sentence, start: int, floor: int) -> bool:
    """A word of change stands among the (up to three) words right before token ``start``."""
    toks = s.toks
    k = start - 1
    while k >= floor and k >= start - 3 and toks[k].kind == "w":
        if change_word(s.lex, toks[k].low):
            return True
        k -= 1
    return False


def level_link_opens(s: Sentence, d: Draft) -> bool:
    """The span of ``d`` opens with a level link ("до") right before its number or its currency sign."""
    if d.start >= d.first or s.toks[d.start].low not in s.lex.level_links:
        return False
    return d.start + 1 == d.first or s.phrase_at(d.start + 1, s.lex.currency_before) is not None


def _sets_level(s: Sentence, link: int, floor: int) -> bool:
    """A change or level-setting verb a few words before "до"/"to" makes what follows the level reached."""
    toks, lex = s.toks, s.lex
    dash = link - 1 >= floor and toks[link - 1].text in DASHES
    if dash:  # "снизился на 9,8% — до 54,1 млрд": past the dash, the change and its own figure
        link -= 1
    for m in range(link - 1, max(0 if dash else floor, link - (7 if dash else 4)) - 1, -1):
        low = toks[m].low
        if toks[m].kind != "w" and not (dash and (toks[m].kind == "n" or toks[m].text == "%")):
            return False
        if change_word(lex, low) or has_stem(low, lex.level_verb_stems):
            return True
    return False


def _change_qualifier(s: Sentence, d: Draft, floor: int) -> str | None:
    """increase/decrease from a change word before the figure, more_than from "exceeded"; None otherwise."""
    toks, lex = s.toks, s.lex
    k = d.start - 1
    if k - 1 >= floor and toks[k].low in lex.exceed_linked \
            and has_stem(toks[k - 1].low, lex.exceed_linked[toks[k].low]):
        return "more_than" if d.qualifier == "exact" else d.qualifier  # "перевалил за 20 млн", not "перевалили 20 млн"
    decided, change = _change_right_before(s, d, floor)
    if decided:
        return change
    # "на 6,9% больше", "5% higher"
    e = d.end
    if e < len(toks) and toks[e].kind == "w" and toks[e].low in lex.comparatives_after and s.adjacent(e - 1, e):
        prev = toks[d.start - 1].low if d.start - 1 >= floor else ""
        if prev in lex.change_links or d.unit_kind == "percent":
            return lex.comparatives_after[toks[e].low]
    return _change_by(s, d, floor)


def _change_right_before(s: Sentence, d: Draft, floor: int) -> tuple[bool, str | None]:
    """(decided, qualifier) from the words right before the figure, through up to two links ("rose by", "up to"):
    a change word, "exceeded", or a level link that says the figure is no change at all."""
    toks, lex = s.toks, s.lex
    k = d.start - 1
    links: list[str] = []
    while k >= floor and toks[k].kind == "w" and len(links) <= 2 and s.adjacent(k, k + 1, gap=2):
        low = toks[k].low
        if low in lex.level_links:
            return True, None
        if not links and low in lex.articles_one and _describes_noun_after(s, d):
            return False, None  # "added a 30 degree curveball": the figure describes the noun, not a change
        change = change_word(lex, low)
        if change and not links and low in lex.funding_verbs and (d.unit_kind == "money" or d.unit is None):
            return True, None  # "the start-up raised $20 million": a sum gathered, not a change
        if change and low in lex.adjacent_change_words and (any(w not in lex.by_links for w in links)
                                                            or k > 0 and toks[k - 1].low in lex.particle_verbs):
            break  # "up 11.2 percent", "up by 5"; but "taking up 4,500 square meters", "wrapped up a five-day tour"
        if change and not (low in lex.weak_change_words and d.unit_kind == "count" and d.unit not in lex.amount_units):
            return True, change
        if not links and (low in lex.exceed_words or has_stem(low, lex.exceed_stems)):
            if k - 1 >= 0 and toks[k - 1].low in lex.negations and d.qualifier == "exact":
                return True, "up_to"  # "не превышал 20%", "did not exceed 3 percent"
            return True, "more_than" if d.qualifier == "exact" else d.qualifier
        if low not in lex.change_links:
            break
        links.append(low)
        k -= 1
    return False, None


def _describes_noun_after(s: Sentence, d: Draft) -> bool:
    """A lower-case noun follows the figure right after its article ("a 30 degree curveball", "a $5 million loan"),
    so the figure describes that noun; a noun of change ("a 5% rise") is read as one elsewhere."""
    toks, lex = s.toks, s.lex
    e = d.end
    if e >= len(toks) or toks[e].kind != "w" or not s.adjacent(e - 1, e) or not toks[e].text[0].islower():
        return False
    return toks[e].low not in lex.stop_words and toks[e].low not in lex.comparatives_after \
        and not change_word(lex, toks[e].low) and not starts_number(s, e)


def _change_by(s: Sentence, d: Draft, floor: int) -> str | None:
    """"cut waiting times at the border by 30%", "зарплата выше средней по региону на 30–40%": a change word or a
    comparative earlier in the clause, the figure after "by"/"на"."""
    toks, lex = s.toks, s.lex
    k = d.start - 1
    if not (k > floor and toks[k].low in lex.by_links and d.qualifier == "exact"):
        return None
    for m in range(k - 1, max(floor, k - 12) - 1, -1):
        tok = toks[m]
        if tok.text in (",", ";", ":", "(", ")") or tok.kind == "n":
            break
        if tok.kind != "w" or tok.low in lex.adjacent_change_words:
            continue
        if tok.low in lex.comparatives_before:
            return lex.comparatives_before[tok.low]
        change = change_word(lex, tok.low)
        if change:
            return change
    return None
