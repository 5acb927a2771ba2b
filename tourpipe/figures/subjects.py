"""What a figure is about: the unit a bare number borrows from its sentence, its subject, and the year dating it."""
from __future__ import annotations

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.drafts import Candidate, Draft
from tourpipe.figures.lexicon import has_stem
from tourpipe.figures.numbers import read_number, starts_number
from tourpipe.figures.qualifiers import change_word
from tourpipe.figures.tokens import year_in_skip
from tourpipe.figures.units import count_kind, read_unit
from tourpipe.vocabulary import is_plausible_year

# -- units borrowed from the sentence ----------------------------------------------------------------------------------


def borrow_level_unit(s: Sentence, c: Candidate) -> None:
    """"сократилось с восьми до пяти часов", "cut from eight to five hours": the start of a change takes the noun named
    after its end."""
    toks, d, j = s.toks, c.d, c.after
    if not (d.unit is None and c.currency is None and d.value_high is None and d.level_from and j + 1 < len(toks)
            and toks[j].low in s.lex.level_links and s.adjacent(j - 1, j) and starts_number(s, j + 1)):
        return
    second = read_number(s, j + 1, False)
    if second is None:
        return
    other = Draft(first=j + 1, start=j + 1, end=second.end, value=second.value)
    read_unit(s, second.end, other, None)
    if other.unit is not None:
        d.unit, d.unit_kind = other.unit, other.unit_kind
        if not c.number.scaled and second.scaled and toks[j + 1].kind == "n" and toks[j + 1].value \
                and d.value < 1000:  # "с 2 до 3 млн тонн": both in millions
            d.value *= second.value / toks[j + 1].value


def borrow_count_unit(s: Sentence, c: Candidate, prev_unit: str | None) -> None:
    """A count with no noun of its own: "eleven of the projects", the subject of the verb it follows ("the number of
    workers would climb to 6,000"), or the noun of an earlier count in the sentence ("laid six tracks, bringing the
    total to 16"; "два-три поезда в сутки, теперь бывает и двадцать")."""
    toks, lex, d, num = s.toks, s.lex, c.d, c.number
    if not (d.unit is None and d.unit_kind == "count" and c.currency is None and d.value_high is None):
        return
    held = _held_in(s, num.end)
    if held is not None:
        d.unit = held
        return
    whole = _partitive_unit(s, num.end) if d.value != 1 else None
    if whole is not None:
        d.unit, d.unit_kind = whole
        return
    unit = None
    if not num.wordy or num.scaled:
        unit = _verb_subject_unit(s, c.start, prev_unit)
    cued = any(toks[k].low in lex.reuse_cues for k in range(max(c.floor, c.start - 3), c.start))
    if cued and _noun_follows(s, num.end):
        cued = False  # "14 reach stackers and five widgets": a noun of its own, never the earlier count's
    if unit is None and prev_unit is not None and cued and (not num.wordy or d.value >= 2):
        unit = prev_unit
    if unit is not None:
        d.unit = unit
        d.unit_kind = count_kind(lex, unit)


def included(s: Sentence, start: int, floor: int) -> bool:
    """The figure names a part of an earlier one ("3,500 workers, including 1,200 citizens"): later references to "the
    number" mean the whole."""
    return s.phrase_before(start, s.lex.inclusion_cues, max(0, floor - 1)) is not None


def _partitive_unit(s: Sentence, j: int) -> tuple[str, str] | None:
    """(unit, kind) of "eleven of the projects": the noun after "of the" (the number's own span stays as it is); a
    part of an amount is in the amount's unit ("raised 40 million of the 90 million euros it needs": euros)."""
    toks, lex = s.toks, s.lex
    k = j
    if k + 2 >= len(toks) or toks[k].low not in lex.partitive_links \
            or not (toks[k + 1].low in lex.partitive_links[toks[k].low] or _possessive_name(toks[k + 1])):
        return None
    if not (s.adjacent(k - 1, k) and s.adjacent(k, k + 1) and s.adjacent(k + 1, k + 2)):
        return None
    k += 2
    if toks[k].kind == "n" and k + 1 < len(toks) and s.adjacent(k, k + 1):  # "seven of these 20 firms"
        whole = read_number(s, k, False)
        if whole is not None:
            probe = Draft(first=k, start=k, end=whole.end, value=whole.value)
            read_unit(s, whole.end, probe, None)
            if probe.unit is not None:
                return probe.unit, probe.unit_kind
        k += 1
    found = s.grammar.counted_noun(s, k, False)
    return (found[0], count_kind(s.lex, found[0])) if found else None


def _held_in(s: Sentence, j: int) -> str | None:
    """"4 million 500ml bottles", "two 20-litre cans": a measure right after the count sizes the containers it
    counts, the plural noun after the measure."""
    toks = s.toks
    if j >= len(toks) or not s.adjacent(j - 1, j) or toks[j].kind != "n":
        return None
    size = read_number(s, j, False)
    if size is None:
        return None
    probe = Draft(first=j, start=j, end=size.end, value=size.value)
    read_unit(s, size.end, probe, None)
    if probe.unit_kind != "measure" or probe.end >= len(toks) or not s.adjacent(probe.end - 1, probe.end):
        return None
    found = s.grammar.counted_noun(s, probe.end, False)
    return found[0] if found and found[0] else None


def _possessive_name(tok) -> bool:
    """"Two of Johnson's deputies": a name in the possessive stands where "the" would."""
    return tok.kind == "w" and tok.text[0].isupper() and tok.low.endswith(("'s", "’s"))


def _noun_follows(s: Sentence, j: int) -> bool:
    """A lower-case noun (or its adjective) stands right after the number: the number counts that, whatever it is."""
    toks, lex = s.toks, s.lex
    if j >= len(toks) or j == 0 or toks[j].kind != "w" or not s.adjacent(j - 1, j):
        return False
    t = toks[j]
    if not t.text[0].islower() or t.low in lex.stop_words or starts_number(s, j) or t.low in lex.level_links:
        return False
    return s.grammar.noun_like(lex, t)


COPULA_REACH = 14  # tokens from a copula back to the count word ("the number of X arriving in Y in 2024 was")


def _verb_subject_unit(s: Sentence, start: int, prev_unit: str | None) -> str | None:
    """Unit of a bare number that a verb reaches, from the verb's subject: "the number of workers would climb to
    6,000" (worker), "Overseas exhibitors rose by 21 percent to 260" (exhibitor), "число студентов превышает 14 тысяч"
    (student); "the number would climb to 6,000" counts what the sentence counted before. The number must follow the
    verb or its level link ("to", "до") directly."""
    verb = _verb_before(s, start)
    if verb is None:
        copula = start - 1 if start >= 1 and s.toks[start - 1].low in s.lex.copulas else None
        # "the total number of citizens arriving in 2024 was 655,000": a copula says what a count word counts
        return _counted_head_unit(s, copula, reach=COPULA_REACH) if copula is not None else None
    unit = _counted_head_unit(s, verb)
    if unit is not None:
        return unit
    return _noun_before_verb_unit(s, verb, prev_unit)



def _verb_before(s: Sentence, start: int) -> int | None:
    """Index of the verb of change, excess or reach that the number at ``start`` follows, in its clause."""
    toks, lex = s.toks, s.lex
    links = lex.level_links | lex.level_from  # "выросло с 10 до 25", "rose from 10 to 25"
    hedge = s.phrase_before(start, lex.hedges, 0)
    if hedge and toks[hedge[1]].low not in links:
        start = hedge[1]
    if start < 2:
        return None
    verb = None
    for m in range(start - 1, max(-1, start - 9), -1):
        t = toks[m]
        if t.kind == "s" and t.text not in DASHES and t.text not in (".", "%"):
            return None  # the subject stays in the figure's clause
        if t.kind == "w" and _subject_verb(s, t.low):
            verb = m
            break
    if verb is None or not (verb == start - 1 or toks[start - 1].low in links):
        return None
    return verb


def _subject_verb(s: Sentence, low: str) -> bool:
    lex = s.lex
    return bool(change_word(lex, low) or low in lex.exceed_words or has_stem(low, lex.exceed_stems)
                or low in lex.subject_verbs or has_stem(low, lex.subject_verb_stems))


def _counted_head_unit(s: Sentence, verb: int, reach: int = 8) -> str | None:
    """"the number of workers (at the site) would climb", "число студентов превышает": the noun a count word names."""
    toks, lex = s.toks, s.lex
    for h in range(verb - 1, max(-1, verb - reach - 1), -1):
        t = toks[h]
        if t.kind == "s" and t.text in (",", ";", ":", "(", ")"):
            break
        if t.low not in lex.count_heads:
            continue
        link = lex.count_heads[t.low]
        k = h + 1
        if link is not None:
            if k >= verb or toks[k].low != link:
                continue
            k += 1
        found = s.grammar.counted_noun(s, k, False) if k < verb else None
        if found and found[1] <= verb:
            return found[0]
    return None


def _noun_before_verb_unit(s: Sentence, verb: int, prev_unit: str | None) -> str | None:
    """Unit of the noun right before the verb: "readership reached", "passenger numbers rose", "exhibitors rose"; "the
    number rose" counts what the sentence counted before (``prev_unit``)."""
    toks, lex = s.toks, s.lex
    p = verb - 1
    while p >= 0 and toks[p].kind == "w" and (toks[p].low in lex.subject_skip_back or s.grammar.is_adverb(toks[p].low)):
        p -= 1
    if p >= 0 and toks[p].kind == "w" and toks[p].low in lex.subject_units:
        return lex.subject_units[toks[p].low]  # "readership reached about 410,000"
    unit = s.grammar.count_tail_unit(s, p)
    if unit is not None:
        return unit
    if p < 0 or toks[p].kind != "w" or toks[p].low in lex.stop_words or toks[p].low in lex.not_counted:
        return None
    if toks[p].low in lex.anaphoric_heads:
        return prev_unit
    return s.grammar.plural_subject_unit(s, p)


# -- subject and year --------------------------------------------------------------------------------------------------


def subject(s: Sentence, d: Draft) -> str | None:
    """What the figure measures: the noun it counts, or for other figures "of ..." after it or the words before it."""
    if d.unit_kind != "count" and d.unit_kind != "duration" or d.subject is None:
        return _subject_of(s, d) or _subject_left(s, d, 0) or d.subject
    return d.subject


def _subject_left(s: Sentence, d: Draft, floor: int) -> str | None:
    """Up to four words before the figure, past its verb ("revenue exceeded ...", "deals worth ...")."""
    toks, lex = s.toks, s.lex
    k = d.start - 1
    while k >= floor and toks[k].kind == "w" and toks[k].low in lex.subject_skip:
        k -= 1
    words = []
    while k >= floor and toks[k].kind == "w" and len(words) < 4 and toks[k].low not in lex.stop_words:
        words.append(k)
        k -= 1
    if not words:
        return None
    return s.slice(words[-1], words[0] + 1)


def _subject_of(s: Sentence, d: Draft) -> str | None:
    """Up to four words after "of" right after the figure ("$5 billion of investment")."""
    toks, lex = s.toks, s.lex
    k = d.end
    if k + 1 < len(toks) and toks[k].low == "of":
        words = []
        k += 1
        while k < len(toks) and toks[k].kind == "w" and len(words) < 4 and toks[k].low not in lex.stop_words:
            words.append(k)
            k += 1
        if words:
            return s.slice(words[0], words[-1] + 1)
    return None


def stated_years(s: Sentence, drafts: list[Draft]) -> list[tuple[int, int, bool]]:
    """(token index, year, is a bare year) of each year the sentence states outside its figures."""
    taken = set()
    for d in drafts:
        taken.update(range(d.start, d.end))
    out = []
    for idx, t in enumerate(s.toks):
        if idx in taken:
            continue
        if t.kind == "n" and not t.grouped and len(t.text) == 4 and is_plausible_year(t.value):
            out.append((idx, int(t.value), True))
        elif t.kind == "x":
            y = year_in_skip(t.text)
            if y and len(t.text) >= 8:
                out.append((idx, y, False))  # a full date: dates only its own clause, never a dateline's sentence
    return out


def clauses(s: Sentence) -> list[int]:
    """Clause number of every token."""
    toks = s.toks
    out, clause = [], 0
    keys = s.lex.clause_breaks
    max_len = max((len(k) for k in keys), default=0)
    for idx in range(len(toks)):
        for m in range(1, max_len + 1):
            if tuple(t.low for t in toks[idx:idx + m]) in keys:
                clause += 1
                break
        out.append(clause)
    return out


def year_of(d: Draft, years: list[tuple[int, int, bool]], clause: list[int]) -> int | None:
    """The year nearest the figure in its clause; else a year that opens the sentence ("In 2014, ...")."""
    year = None
    best = None
    for idx, y, plain in years:
        if (idx <= 2 and plain) or clause[idx] == clause[d.first]:
            dist = abs(idx - d.first) if clause[idx] == clause[d.first] else 10_000
            if best is None or dist < best:
                best, year = dist, y
    return year
