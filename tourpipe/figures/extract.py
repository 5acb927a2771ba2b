"""Find the figures of a text: numbers with their scale, unit, qualifier, range, year, subject and equivalents."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from tourpipe.figures.lexicon import Lexicon, Phrases, lexicon_for
from tourpipe.figures.morph import modifies, plural_subject, pos_and_lemma, reading, same_noun_form
from tourpipe.figures.rates import to_usd
from tourpipe.figures.tokens import Token, has_candidate, sentences, tokenize, year_in_skip
from tourpipe.models import Entity, Fact

_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "GPE", "LOC", "NORP"})
_DASHES = frozenset({"-", "–", "—"})
_EQUIVALENT_GAP = re.compile(r"\s*[(\[]\s*")
_RESTATEMENT_GAP = re.compile(r"\s*[,(\[]?\s*(?:or|или|i\.e\.,?|that is,?|equivalent to|equal to|что эквивалентно|"
                              r"что составляет|что равно|≈|~)\s*", re.I)
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "ADJS", "NUMR"})
_NOT_NOUN_ENDINGS = ("al", "ed", "ly", "ic", "ive", "ous", "ful", "ing", "est", "all", "new")
_ADJECTIVE_ENDINGS = ("ed", "ly", "ing", "al", "ic", "ive", "ous", "ful", "ese", "ian", "ish", "est", "er")


@dataclass
class _Draft:
    first: int  # token index of the number itself
    start: int  # token index where the span starts
    end: int  # token index after the span
    value: float
    value_high: float | None = None
    unit: str | None = None
    unit_kind: str = "count"
    qualifier: str = "exact"
    subject: str | None = None
    year: int | None = None
    currency_scale: float = 1.0
    level_from: bool = False  # the "from" end of a change ("вырастет с 900 до 1 200 человек"): two levels


@dataclass
class _Number:
    value: float
    end: int  # token index after the number and its scale words
    wordy: bool
    scaled: bool
    plain_int: bool  # bare digits, no separator, no scale: may be a year


# -- small look-ups ----------------------------------------------------------------------------------------------------

def _adjacent(toks: list[Token], a: int, b: int, gap: int = 1) -> bool:
    return 0 <= a < b < len(toks) and toks[b].start - toks[a].end <= gap


def _phrase_at(toks: list[Token], j: int, phrases: Phrases, gap: int = 1):
    """Longest phrase starting at token j: (value, index after it) or None."""
    for n in range(min(phrases.max_len, len(toks) - j), 0, -1):
        if n > 1 and any(toks[k].start - toks[k - 1].end > gap for k in range(j + 1, j + n)):
            continue
        key = tuple(t.low for t in toks[j:j + n])
        if key in phrases.table:
            return phrases.table[key], j + n
    return None


def _phrase_before(toks: list[Token], j: int, phrases: Phrases, floor: int, gap: int = 1):
    """Longest phrase ending right before token j: (value, its first index) or None."""
    for n in range(min(phrases.max_len, j - floor), 0, -1):
        a = j - n
        if any(toks[k].start - toks[k - 1].end > gap for k in range(a + 1, j + 1)):
            continue
        key = tuple(t.low for t in toks[a:j])
        if key in phrases.table:
            return phrases.table[key], a
    return None


def _stem(word: str, stems) -> str | None:
    for stem, value in stems:
        if word.startswith(stem):
            return value
    return None


def _has_stem(word: str, stems: tuple[str, ...]) -> bool:
    return word.startswith(stems) if stems else False


def _is_month(lex: Lexicon, tok: Token) -> bool:
    if tok.kind != "w" or tok.low not in lex.months:
        return False
    return not lex.months_capitalised or tok.text[0].isupper()


# -- numbers -----------------------------------------------------------------------------------------------------------

def _word_value(lex: Lexicon, low: str) -> float | None:
    if low in lex.number_words:
        return lex.number_words[low]
    return None


def _starts_number(lex: Lexicon, toks: list[Token], i: int) -> bool:
    t = toks[i]
    if t.kind == "n":
        return True
    if t.kind != "w" or not lex.has_words:
        return False
    low = t.low
    if low in lex.number_words:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if low in lex.articles_one and nxt is not None and nxt.low in lex.scale_words:
        return True
    if low in lex.half_words and nxt is not None and (nxt.low in lex.scale_words or nxt.low in lex.articles_one):
        return True
    if low in lex.vague_scales or low in lex.multiplier_words:
        return True
    if lex.compound_numbers and _compound(lex.lang, low):
        return True
    return _read_fraction(lex, toks, i) is not None


def _read_fraction(lex: Lexicon, toks: list[Token], i: int) -> tuple[float, int] | None:
    """(value, index after) of "a third of", "two-thirds of", "one quarter of", "half of"; "of" stays outside."""
    if not lex.fraction_words:
        return None
    n = len(toks)
    t = toks[i]
    if t.low in lex.fraction_alone:
        if i > 0 and toks[i - 1].kind == "w" and _has_stem(toks[i - 1].low, lex.period_ordinal_stems):
            return None  # "the first half of 2025", "во второй половине года": a period
        top, j = 1.0, i  # "half of", "треть": the numerator is implied
    elif t.low in lex.articles_one or (t.low in lex.number_words and lex.number_words[t.low] < 10):
        top = 1.0 if t.low in lex.articles_one else lex.number_words[t.low]
        j = i + 1
        if j < n and toks[j].text in _DASHES and _adjacent(toks, i, j, gap=0):
            j += 1
        if j >= n or not _adjacent(toks, j - 1, j) or toks[j].low not in lex.fraction_words \
                or toks[j].low in lex.half_words:
            return None
    else:
        return None
    if lex.fraction_link and (j + 1 >= n or toks[j + 1].low != lex.fraction_link or not _adjacent(toks, j, j + 1)):
        return None
    return top / lex.fraction_words[toks[j].low], j + 1


@lru_cache(maxsize=65536)
def _compound(lang: str, low: str) -> tuple[float, str] | None:
    """(number, unit) of a compound adjective such as "двухдневный" (2, day) or "двадцатипятилетний" (25, year)."""
    lex = lexicon_for(lang)
    if not lex.compound_numbers:
        return None
    for stem, unit in lex.compound_units.items():
        at = low.find(stem, 3)
        if at < 0 or low[at + len(stem):] not in lex.compound_endings:
            continue
        prefix, value = low[:at], 0.0
        while prefix:
            part = next((p for p in sorted(lex.compound_numbers, key=len, reverse=True) if prefix.startswith(p)), None)
            if part is None:
                break
            value, prefix = value + lex.compound_numbers[part], prefix[len(part):]
        if not prefix and value:
            return value, unit
    return None


def _read_vague(lex: Lexicon, toks: list[Token], i: int) -> tuple[float, int] | None:
    """(low end, index after) of "tens of thousands of", "dozens of", "millions of"; the high end is ten times it."""
    n = len(toks)
    link = lex.vague_link
    if toks[i].low not in lex.vague_scales or link and (i + 1 >= n or toks[i + 1].low != link):
        return None
    step = 2 if link else 1
    value, j = lex.vague_scales[toks[i].low], i + step
    if j < n and toks[j].low in lex.vague_scales and lex.vague_scales[toks[j].low] >= 1000 \
            and lex.vague_scales[toks[j].low] > value and (not link or j + 1 < n and toks[j + 1].low == link):
        value, j = value * lex.vague_scales[toks[j].low], j + step
    return value, j


def _glued_scale(lex: Lexicon, toks: list[Token], j: int) -> float | None:
    """Scale of a letter glued to the digits before it ("25k", "4.3M", "1.2m tons"), else None."""
    if j >= len(toks) or toks[j].kind != "w" or toks[j].start != toks[j - 1].end or toks[j].text not in lex.glued_scales:
        return None
    if j + 1 < len(toks) and toks[j + 1].start == toks[j].end and toks[j + 1].kind in ("w", "n"):
        return None
    if toks[j].text == "m":  # a metre unless a counted noun or a unit follows: "1.2m tons", but "a 100m sprint"
        k = j + 1
        if k >= len(toks) or not _adjacent(toks, j, k) or toks[k].kind != "w":
            return None
        if _phrase_at(toks, k, lex.measures) is None and _phrase_at(toks, k, lex.currency_after) is None \
                and not _looks_plural(toks[k], lex):
            return None
    return lex.glued_scales[toks[j].text]


def _read_scales(lex: Lexicon, toks: list[Token], j: int, value: float, currency: bool) -> tuple[float, int, bool]:
    scaled = False
    while j < len(toks) and toks[j].kind == "w" and _adjacent(toks, j - 1, j):
        low = toks[j].low
        if low in lex.scale_words:
            value *= lex.scale_words[low]
        elif currency and low in lex.currency_only_scales:
            value *= lex.currency_only_scales[low]
        else:
            break
        scaled = True
        j += 1
    return value, j, scaled


def _read_number(lex: Lexicon, toks: list[Token], i: int, currency: bool) -> _Number | None:
    t = toks[i]
    if t.kind == "n":
        value, j, scaled = _read_scales(lex, toks, i + 1, t.value, currency)
        if not scaled and not currency:
            glued = _glued_scale(lex, toks, j)
            if glued:
                value, j, scaled = value * glued, j + 1, True
        return _Number(value, j, False, scaled, not t.grouped and not scaled and "." not in t.text)
    # number words: "twenty-five", "one hundred and twenty", "half a million", "a dozen", "двадцать пять тысяч"
    total, current, j, seen = 0.0, 0.0, i, False
    if t.low in lex.half_words:
        j = i + 1
        if j < len(toks) and toks[j].low in lex.articles_one:
            j += 1
        if j < len(toks) and toks[j].low in lex.scale_words and lex.scale_words[toks[j].low] >= 1000:
            return _Number(lex.half_words[t.low] * lex.scale_words[toks[j].low], j + 1, True, True, False)
        return None
    if t.low in lex.articles_one:
        current, j, seen = 1.0, i + 1, True
    while j < len(toks):
        tok = toks[j]
        if j > i and not _adjacent(toks, j - 1, j):
            break
        if tok.kind == "s" and tok.text == "-" and seen and j + 1 < len(toks) and toks[j + 1].start == tok.end \
                and toks[j + 1].low in lex.number_words and tok.start == toks[j - 1].end:
            if not (20 <= current < 100 and current % 10 == 0 and lex.number_words[toks[j + 1].low] < 10):
                break  # "два-три поезда", "two-three days": a range, read by the caller; "twenty-five" is one number
            j += 1
            continue
        if tok.kind != "w":
            break
        low = tok.low
        if low in lex.number_words:
            current += lex.number_words[low]
        elif low in lex.scale_words and seen:
            scale = lex.scale_words[low]
            if scale >= 1000:
                total += max(current, 1.0) * scale
                current = 0.0
            else:
                current = max(current, 1.0) * scale
        elif low in lex.number_joiners and seen and j + 1 < len(toks) and toks[j + 1].low in lex.number_words \
                and toks[j - 1].low in lex.scale_words:  # "one hundred and twenty", never "two and three"
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    value = total + current
    if not seen or value <= 0 or j == i:
        return None
    scaled = any(toks[k].low in lex.scale_words for k in range(i, j))
    return _Number(value, j, True, scaled, False)


# -- units -------------------------------------------------------------------------------------------------------------

def _singular_en(word: str, lex: Lexicon) -> str:
    low = word.lower()
    if low in lex.count_nouns:
        return lex.count_nouns[low]
    keep_case = word[:-1].isupper() and len(word) > 2
    base = word if keep_case else low
    if low.endswith("ies") and len(low) > 4:
        return base[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return base[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return base[:-1]
    return base


def _looks_plural(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    if low in lex.count_nouns:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s", "ous"))


def _counted_noun_en(lex: Lexicon, toks: list[Token], j: int, singular: bool):
    """(unit, index after the noun, index of the first modifier) of the noun a number counts, or None.
    A hyphenated word is one modifier or noun ("six broad-gauge tracks", "380 high-tech companies", "two start-ups")."""
    run: list[tuple[int, int]] = []  # (first token, last token) of each word
    k = j
    if k + 1 < len(toks) and toks[k].low in lex.count_modifiers and _adjacent(toks, k - 1, k):
        k += 1  # "six more players": the modifier is part of the span, the noun after it is counted
    while k < len(toks) and len(run) < 5:
        t = toks[k]
        if run and not singular and t.low in lex.list_links and t.kind == "w" and _coordinated(lex, toks, k, run):
            k += 1  # "27 purchase and cooperation agreements": modifiers joined by "and"
            continue
        if t.kind != "w" or not _adjacent(toks, k - 1, k) or t.low in lex.stop_words:
            break
        last = k
        while _hyphen_prefix(toks, last):
            last += 2
        run.append((k, last))
        k = last + 1
    if not run:
        return None
    if singular:
        for a, b in run[:3]:
            t = toks[b]
            if b > a:
                continue  # "one high-tech park": the compound is a modifier
            if t.text[0].isupper() and t.low not in lex.count_nouns:
                continue
            if t.low.endswith(_ADJECTIVE_ENDINGS) and t.low not in lex.duration_units:
                continue
            return lex.count_nouns.get(t.low, t.low), b + 1, j
        return None
    plural = lambda a, b: _looks_plural(toks[b], lex) or b > a and toks[b].low.endswith("s") \
        and not toks[b].low.endswith(("ss", "us", "is"))  # noqa: E731
    for pos, (a, b) in enumerate(run):
        if not plural(a, b):
            continue
        while pos + 1 < len(run) and plural(*run[pos + 1]):
            pos += 1
        a, head = run[pos]
        if pos > 0 and a == head:
            pair = f"{toks[head - 1].low} {toks[head].low}"
            if pair in lex.count_nouns:
                return lex.count_nouns[pair], head + 1, j
        unit = _singular_en(toks[head].text, lex)
        if head > a:  # "start-ups" -> "start-up"
            unit = _SOURCE[0][toks[a].start:toks[head].start].lower() + unit
        return unit, head + 1, j
    return None


def _coordinated(lex: Lexicon, toks: list[Token], k: int, run: list[tuple[int, int]]) -> bool:
    """Token k joins two modifiers of one plural noun: no word before it is plural, a plural word follows within
    three words and no number comes in between ("trade and investment agreements", not "two and three")."""
    if any(_looks_plural(toks[b], lex) for _, b in run) or not _adjacent(toks, k - 1, k):
        return False
    for m in range(k + 1, min(k + 4, len(toks))):
        t = toks[m]
        if t.kind != "w" or not _adjacent(toks, m - 1, m) or t.low in lex.stop_words or _starts_number(lex, toks, m):
            return False
        if _looks_plural(t, lex):
            return True
    return False


def _hyphen_prefix(toks: list[Token], k: int) -> bool:
    """Token k is the first half of a hyphenated word ("IT-специалистов", "high-tech", "rail-mounted")."""
    return k + 2 < len(toks) and toks[k + 1].text in _DASHES and toks[k + 1].start == toks[k].end \
        and toks[k + 2].start == toks[k + 1].end and toks[k + 2].kind == "w"


def _counted_noun_morph(lex: Lexicon, toks: list[Token], j: int, singular: bool):
    """(unit, index after the noun, index of the first modifier): adjectives, participles and hyphenated prefixes
    are skipped ("три козловых крана", "200 казахстанских IT-специалистов"); the noun lemma is looked up in English."""
    table = lex.count_noun_lemmas
    k = j
    modifiers: list[str | None] = []
    pairs: list[str] = []  # adjective lemmas, for two-word nouns
    latin = ""
    while k < len(toks) and k < j + 5:
        t = toks[k]
        if t.kind != "w" or not _adjacent(toks, k - 1, k) or t.low in lex.stop_words:
            break
        if _hyphen_prefix(toks, k):
            second = toks[k + 2].low
            whole = f"{t.low}-{reading(second).lemma}"
            if whole in table:  # "дата-центров": the compound is in the table
                return table[whole], k + 3, j
            if not t.text.isascii() and not t.text.isupper() and reading(t.low).pos == "NOUN" \
                    and same_noun_form(t.low, second):
                lemma = reading(t.low).lemma  # "вагонов-зерновозов": the head of a Russian compound comes first
                return table.get(lemma, lemma), k + 3, j
            latin = t.text + " " if t.text.isascii() and t.text.isupper() else ""  # "IT-специалистов": IT specialist
            k += 2
            continue
        r = reading(t.low)
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].kind == "w" and _adjacent(toks, k, k + 1) else None
        if r.pos == "NOUN" and r.name_like and nxt is not None and t.text[0].islower():
            modifiers.append(None)  # "козловых": a lower-case "surname" before a noun is an adjective
            pairs.append(r.lemma)
            k += 1
            continue
        if r.pos == "NOUN" and r.adjective and nxt is not None and nxt.low not in lex.stop_words \
                and modifies(t.low, nxt.low):
            modifiers.append(r.lemma)  # "зерновых терминалов": an adjective that is also a noun, before its noun
            pairs.append(r.adjective)
            k += 1
            continue
        if r.pos == "NOUN" or (r.pos is None and r.lemma in table):
            if pairs and f"{pairs[-1]} {r.lemma}" in table:  # "рабочих мест" -> job, "сухой порт" -> dry port
                return table[f"{pairs[-1]} {r.lemma}"], k + 1, j
            unit = table.get(r.lemma, r.lemma)
            return (latin + unit if latin and k > j and toks[k - 1].text in _DASHES else unit), k + 1, j
        if r.pos in _MODIFIER_POS:
            if r.substantive in table and nxt is not None and reading(nxt.low).pos == "NOUN" \
                    and not modifies(t.low, nxt.low):
                return table[r.substantive], k + 1, j  # "80 рабочих цеха": a noun-like adjective, its noun elsewhere
            modifiers.append(r.substantive)
            pairs.append(r.lemma)
            k += 1
            continue
        break
    # no noun after the modifiers: an adjective or participle used as a noun ("12 пострадавших", "300 рабочих")
    if modifiers and modifiers[-1] in table:
        return table[modifiers[-1]], k, j
    return None


def _unit_token_ok(lex: Lexicon, toks: list[Token], k: int) -> bool:
    """A one-letter unit must be in its own case and not start an abbreviation such as "p.m."."""
    t = toks[k]
    if t.low in lex.unit_surfaces and t.text not in lex.unit_surfaces[t.low]:
        return False
    if len(t.text) == 1 and k + 2 < len(toks) and toks[k + 1].text == "." and toks[k + 1].start == t.end \
            and toks[k + 2].kind == "w" and toks[k + 2].start == toks[k + 1].end:
        return False
    return True


def _unit_after(lex: Lexicon, toks: list[Token], j: int, d: _Draft, currency: str | None, wordy_one: bool):
    """Fill unit, unit_kind, end (and subject for counts) of ``d`` from the words after token j."""
    n = len(toks)
    if currency:
        d.unit, d.unit_kind, d.end = currency, "money", j
        return
    # an abbreviation dot between a scale and its unit: "тыс. тонн", "млн. долл."
    probe = j
    if probe < n and toks[probe].text == "." and probe > 0 and toks[probe - 1].kind == "w" and probe + 1 < n:
        probe += 1
    for k in (j, probe) if probe != j else (j,):
        if k >= n or not _adjacent(toks, k - 1, k):
            continue
        t = toks[k]
        hit = _phrase_at(toks, k, lex.currency_after)
        if not _unit_token_ok(lex, toks, k) and not (hit and hit[1] - k > 2):  # "U.S. dollars" is no "p.m."
            longer = _phrase_at(toks, k, lex.measures)  # "кв. м": a case-restricted word opening a longer unit
            if not (longer and longer[1] - k > 1):
                continue
        if t.low in lex.subunits:
            name, parent, _ = lex.subunits[t.low]
            d.unit, d.unit_kind, d.end = name, "money", k + 1
            return
        if hit:
            d.unit, d.unit_kind, d.end = hit[0], "money", hit[1]
            if d.end < n and toks[d.end].low in lex.currency_tails and _adjacent(toks, d.end - 1, d.end):
                d.end += 1
            return
        if t.kind == "w":
            code = _stem(t.low, lex.currency_stems)
            if code:
                d.unit, d.unit_kind, d.end = code, "money", k + 1
                if d.end < n and toks[d.end].low in lex.currency_tails and _adjacent(toks, d.end - 1, d.end):
                    d.end += 1
                return
        hit = _phrase_at(toks, k, lex.percent)
        if hit:
            d.unit, d.unit_kind, d.end = hit[0], "percent", hit[1]
            return
        if t.kind == "w":
            name = _stem(t.low, lex.percent_stems)
            if name:
                d.unit, d.unit_kind, d.end = name, "percent", k + 1
                return
        hit = _phrase_at(toks, k, lex.measures)
        if hit and not (hit[1] < n and toks[hit[1]].kind == "w" and toks[hit[1]].start == toks[hit[1] - 1].end):
            d.unit, d.end = hit[0], hit[1]
            d.unit_kind = "duration" if d.unit in lex.duration_units else "measure"
            return
        if t.kind == "w":
            name = _stem(t.low, lex.measure_stems)
            if name:
                d.unit, d.unit_kind, d.end = name, "measure", k + 1
                return
    # "two-day visit", "10-day", "50-member delegation"
    if j + 1 < n and toks[j].text in _DASHES and toks[j].start == toks[j - 1].end and toks[j + 1].kind == "w" \
            and toks[j + 1].start == toks[j].end:
        word = toks[j + 1].low
        hit = _phrase_at(toks, j + 1, lex.measures)
        if hit and hit[0] not in lex.duration_units:  # "a 1,500-km pipeline"
            d.unit, d.unit_kind, d.end = hit[0], "measure", hit[1]
            return
        unit = lex.count_nouns.get(word, word)
        if lex.morphology:
            unit = lex.count_noun_lemmas.get(pos_and_lemma(word)[1], unit)
        d.unit, d.end = unit, j + 2
        d.unit_kind = "duration" if unit in lex.duration_units else "count"
        k = j + 2
        if k < n and toks[k].kind == "w" and _adjacent(toks, k - 1, k) and toks[k].low not in lex.stop_words \
                and toks[k].text[0].islower() and (not lex.morphology or pos_and_lemma(toks[k].low)[0] == "NOUN"):
            d.end, d.subject = k + 1, toks[k].text
        return
    finder = _counted_noun_morph if lex.morphology else _counted_noun_en
    if probe != j and toks[j - 1].low in lex.scale_words and toks[probe].text[0].islower():
        j = probe  # "15,6 тыс. грузовиков": the noun comes after the abbreviation dot
    found = finder(lex, toks, j, d.value == 1 and d.value_high is None) if lex.has_words else None
    if found:
        unit, end, first = found
        d.unit, d.end = unit, end
        d.unit_kind = "duration" if unit in lex.duration_units else "count"
        d.subject = _text(toks, first, end)
        return
    d.end = j


def _text(toks: list[Token], a: int, b: int) -> str:
    return "" if b <= a else _SOURCE[0][toks[a].start:toks[b - 1].end]


_SOURCE: list[str] = [""]  # the text being processed, for slicing subjects (set per call)


# -- one figure --------------------------------------------------------------------------------------------------------

def _is_name_before(lex: Lexicon, toks: list[Token], start: int, floor: int) -> bool:
    """A number right after a capitalised word is part of a name ("Gabon 24", "Tiggo 2", "Boeing 737")."""
    p = start - 1
    if p < floor or p < 0:
        return False
    prev = toks[p]
    if prev.text in ("№", "#"):
        return True
    if prev.text == "." and p >= 1 and toks[p - 1].low in lex.name_markers and toks[p - 1].end == prev.start:
        return True
    if prev.kind != "w" or not _adjacent(toks, p, start):
        return False
    if prev.text[0].isupper() and prev.low in lex.name_markers:
        return True
    return prev.text[0].isupper() and p > 0 and prev.low not in lex.known_words


def _names_number(lex: Lexicon, toks: list[Token], start: int, floor: int) -> bool:
    """The word right before the number makes it part of a name: an index or product name, a lone capital letter,
    or a mixed-case brand ("iPhone 16")."""
    p = start - 1
    if p < floor or toks[p].kind != "w" or not _adjacent(toks, p, start):
        return False
    prev = toks[p]
    if prev.low in lex.name_before:
        return True
    if len(prev.text) == 1 and prev.text.isupper() and prev.text not in ("A", "I") and p > floor:
        return True
    return not prev.text[0].isupper() and any(c.isupper() for c in prev.text[1:]) and prev.low not in lex.known_words


def _partitive_unit(lex: Lexicon, toks: list[Token], j: int) -> str | None:
    """Unit of "eleven of the projects": the noun after "of the" (the number's own span stays as it is)."""
    k = j
    if k + 2 >= len(toks) or toks[k].low not in lex.partitive_links or toks[k + 1].low not in lex.partitive_links[toks[k].low]:
        return None
    if not (_adjacent(toks, k - 1, k) and _adjacent(toks, k, k + 1) and _adjacent(toks, k + 1, k + 2)):
        return None
    finder = _counted_noun_morph if lex.morphology else _counted_noun_en
    k += 2
    if toks[k].kind == "n" and k + 1 < len(toks) and _adjacent(toks, k, k + 1):
        k += 1  # "seven of these 20 firms"
    found = finder(lex, toks, k, False)
    return found[0] if found else None


def _included(lex: Lexicon, toks: list[Token], start: int, floor: int) -> bool:
    """The figure names a part of an earlier one ("3,500 workers, including 1,200 citizens"): later references to "the
    number" mean the whole."""
    return _phrase_before(toks, start, lex.inclusion_cues, max(0, floor - 1)) is not None


def _subject_unit(lex: Lexicon, toks: list[Token], start: int, prev_unit: str | None = None) -> str | None:
    """Unit of a bare number that a verb reaches, from the verb's subject: "the number of workers would climb to
    6,000" (worker), "Overseas exhibitors rose by 21 percent to 260" (exhibitor), "число студентов превышает 14 тысяч"
    (student); "the number would climb to 6,000" counts what the sentence counted before. The number must follow the
    verb or its level link ("to", "до") directly."""
    links = lex.level_links | lex.level_from  # "выросло с 10 до 25", "rose from 10 to 25"
    hedge = _phrase_before(toks, start, lex.hedges, 0)
    if hedge and toks[hedge[1]].low not in links:
        start = hedge[1]
    if start < 2:
        return None
    verb = None
    for m in range(start - 1, max(-1, start - 9), -1):
        t = toks[m]
        if t.kind == "s" and t.text not in _DASHES and t.text not in (".", "%"):
            return None  # the subject stays in the figure's clause
        if t.kind != "w":
            continue
        low = t.low
        if _change_word(lex, low) or low in lex.exceed_words or _has_stem(low, lex.exceed_stems) \
                or low in lex.subject_verbs or _has_stem(low, lex.subject_verb_stems):
            verb = m
            break
    if verb is None or not (verb == start - 1 or toks[start - 1].low in links):
        return None
    finder = _counted_noun_morph if lex.morphology else _counted_noun_en
    for h in range(verb - 1, max(-1, verb - 9), -1):  # "the number of workers (at the site) would climb"
        t = toks[h]
        if t.kind == "s" and t.text in (",", ";", ":", "(", ")"):
            break
        if t.low in lex.count_heads:
            link = lex.count_heads[t.low]
            k = h + 1
            if link is not None:
                if k >= verb or toks[k].low != link:
                    continue
                k += 1
            found = finder(lex, toks, k, False) if k < verb else None
            if found and found[1] <= verb:
                return found[0]
    p = verb - 1
    while p >= 0 and toks[p].kind == "w" and (toks[p].low in lex.subject_skip_back or
                                               not lex.morphology and toks[p].low.endswith("ly")):
        p -= 1
    if p >= 0 and toks[p].kind == "w" and toks[p].low in lex.subject_units:
        return lex.subject_units[toks[p].low]  # "readership reached about 410,000"
    if p >= 1 and toks[p].low in lex.count_tails and toks[p - 1].kind == "w" and _adjacent(toks, p - 1, p):
        noun = toks[p - 1]  # "the participant count reached 1,500", "passenger numbers rose to 2,000"
        if noun.low not in lex.stop_words and noun.low not in lex.known_words \
                and (noun.text[0].islower() or p - 1 == 0) \
                and not noun.low.endswith(_NOT_NOUN_ENDINGS):
            return _singular_en(noun.text, lex)
    if p < 0 or toks[p].kind != "w" or toks[p].low in lex.stop_words or toks[p].low in lex.not_counted:
        return None
    if toks[p].low in lex.anaphoric_heads:
        return prev_unit
    if lex.morphology:
        lemma = plural_subject(toks[p].low)
        return lex.count_noun_lemmas.get(lemma) if lemma else None
    if not _looks_plural(toks[p], lex) or toks[p].text[0].isupper() and p > 0 and not toks[p - 1].text[0].isupper():
        return None
    m = p - 1  # the noun phrase must not hang from a preposition ("Flights between the two countries increased")
    while m >= 0 and toks[m].kind in ("w", "n") and toks[m].low not in lex.subject_prepositions \
            and (toks[m].low not in lex.stop_words or toks[m].low in lex.articles_one or toks[m].low == "the"):
        m -= 1
    if m >= 0 and toks[m].low in lex.subject_prepositions:
        return None
    return _singular_en(toks[p].text, lex)


def _day_of_date_range(lex: Lexicon, toks: list[Token], i: int, j: int) -> bool:
    """The number is one end of a range of days: "June 12 to 17", "Oct. 3 and 5", "с 12 по 17 июня"."""
    n = len(toks)
    day = lambda k: 0 <= k < n and toks[k].kind == "n" and not toks[k].grouped and 1 <= toks[k].value <= 31  # noqa: E731
    month_at = lambda k: 0 <= k < n and (_is_month(lex, toks[k]) or toks[k].text == "." and k > 0  # noqa: E731
                                         and _is_month(lex, toks[k - 1]))
    if not day(i) or j != i + 1:
        return False
    if i >= 2 and toks[i - 1].low in lex.date_range_links and day(i - 2) and month_at(i - 3):
        return True  # "June 12 to 17": the end day
    return j + 2 < n and toks[j].low in lex.date_range_links and day(j + 1) and _is_month(lex, toks[j + 2])


def _read_figure(lex: Lexicon, toks: list[Token], i: int, floor: int, skip_at,
                 prev_unit: str | None = None) -> _Draft | None:
    n = len(toks)
    t = toks[i]
    currency = None
    start = i
    bound = None
    sign = 1.0
    hit = _phrase_before(toks, i, lex.currency_before, floor)
    if hit is None and i - 1 > floor and toks[i - 1].text in lex.minus_signs and toks[i - 1].end == t.start:
        hit = _phrase_before(toks, i - 1, lex.currency_before, floor)  # "$-50.8bn"
        sign = -1.0 if hit else 1.0
    if hit:
        currency, start = hit
    # glued to a word: "A380", "COVID-19", "Su-27" (but "US$5", "RM79", "sub-7 nanometer")
    if t.kind == "n" and i > 0 and toks[i - 1].end == t.start and currency is None:
        prev = toks[i - 1]
        if prev.kind == "w":
            return None
        if prev.text in _DASHES and i > 1 and toks[i - 2].end == prev.start and toks[i - 2].kind in ("w", "n", "x"):
            if toks[i - 2].low in lex.minus_words:
                pass  # "minus-5 yards": the sign is read below
            elif toks[i - 2].low not in lex.bound_prefixes or i - 2 < floor:
                return None
            else:
                bound, start = lex.bound_prefixes[toks[i - 2].low], i - 2
    if t.kind == "w":
        d = _read_word_figure(lex, toks, i)
        if d is not None:
            return _qualify(lex, toks, d, floor)
        if t.low in lex.vague_scales or t.low in lex.multiplier_words:
            return None
    num = _read_number(lex, toks, i, currency is not None)
    if num is None:
        return None
    j = num.end
    if t.kind == "n" and bound is None and sign > 0:
        sign, start = _sign_before(lex, toks, start, floor)
    # glued letters after digits: "5G", "1st", "19th" are names or ordinals unless they are a scale or unit
    if t.kind == "n" and j == i + 1 and j < n and toks[j].start == t.end and toks[j].kind == "w":
        low = toks[j].low
        known = (low in lex.scale_words or low in lex.currency_only_scales or (low,) in lex.measures.table
                 or (low,) in lex.currency_after.table or (low,) in lex.percent.table or low in lex.subunits)
        if not known or not _unit_token_ok(lex, toks, j):
            return None
    if j + 1 < n and toks[j].text in _DASHES and toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end \
            and toks[j + 1].low in lex.hyphen_ordinal_suffixes:
        return None  # "2-й", "19-го"
    named = skip_at(t.start)
    # dates: "May 24", "24 мая", "Nov 11-17", "Jan. 24"
    if start > 0 and _is_month(lex, toks[start - 1]):
        return None
    if start > 1 and toks[start - 1].text == "." and _is_month(lex, toks[start - 2]):
        return None
    if _day_of_date_range(lex, toks, i, j):
        return None
    d = _Draft(first=i, start=start, end=j, value=num.value)
    if bound:
        d.qualifier = bound
    # ranges: "10-15 days", "from 252 to 287 miles", "от 10 до 20", "between 5 and 7"
    opener = None
    if start - 1 >= floor and toks[start - 1].low in lex.range_openers:
        opener = start - 1
    if opener is not None and toks[opener].low in lex.level_from and _changes_before(lex, toks, opener, floor):
        d.level_from, opener = True, None  # "увеличится с 900 до 1 200": where a change starts and ends, no range
    if j + 1 < n and _adjacent(toks, j - 1, j) and _adjacent(toks, j, j + 1) and not d.level_from:
        sep = toks[j].low
        closers = lex.range_openers.get(toks[opener].low, frozenset()) if opener is not None else frozenset()
        is_dash = sep in _DASHES
        joiner = sep in lex.range_joiners and sep.isalpha() and (
            not _changes_before(lex, toks, start, floor)
            or (currency is None and start > floor and toks[start - 1].low in lex.change_links))
        if is_dash or sep in closers or joiner:
            k = j + 1
            cur2 = _phrase_at(toks, k, lex.currency_before) if currency else None
            if cur2 and cur2[0] == currency:
                k = cur2[1]
            if k < n and _starts_number(lex, toks, k) and not (is_dash and toks[k].kind == "w" and t.kind == "n"):
                second = _read_number(lex, toks, k, currency is not None)
                if second is not None:
                    low, high = num.value, second.value
                    if not num.scaled and second.scaled:
                        factor = second.value / toks[k].value if toks[k].kind == "n" and toks[k].value else 1.0
                        if low * factor <= high:
                            low *= factor
                    if high > low and not (num.plain_int and second.plain_int and 1900 <= num.value <= 2100
                                           and 1900 <= high <= 2100):
                        d.value, d.value_high, j = low, high, second.end
                        d.end = j
                        if opener is not None and sep in closers:
                            d.start = opener
                    elif num.plain_int and second.plain_int and 1000 <= num.value <= 2100:
                        return None  # "2014-2015"
    if j < n and _is_month(lex, toks[j]) and _adjacent(toks, j - 1, j):
        return None
    if j < n and toks[j].text == "-" and j + 1 < n and _is_month(lex, toks[j + 1]):
        return None
    _unit_after(lex, toks, j, d, currency, num.wordy and num.value == 1)
    # a number inside a name is no figure, unless the "name" is just the figure and its unit ("5kW" tagged ORG)
    if named and not (d.unit_kind in ("money", "percent", "measure")
                      and any(skip_at.starts_at(toks[k].start) for k in range(start, i + 1))):
        # ... and "$US113 trillion" keeps its figure when a tagger calls "US113" a name
        return None
    # "between 15kHz and 17kHz": both ends carry the unit
    if opener is not None and d.value_high is None and d.unit and d.end + 1 < n:
        sep2 = toks[d.end].low
        if sep2 in lex.range_openers.get(toks[opener].low, ()) and sep2 not in lex.level_links:
            k = d.end + 1
            cur2 = _phrase_at(toks, k, lex.currency_before) if currency else None
            if cur2 and cur2[0] == currency:
                k = cur2[1]
            second = _read_number(lex, toks, k, currency is not None) if k < n and toks[k].kind == "n" else None
            if second is not None and second.value > d.value:
                other = _Draft(first=k, start=k, end=second.end, value=second.value)
                _unit_after(lex, toks, second.end, other, currency, False)
                if other.unit == d.unit:
                    d.value_high, d.start, d.end = second.value, opener, other.end
    # what is not a figure
    if num.plain_int and 1000 <= d.value <= 2100 and d.value_high is None and currency is None:
        nxt = toks[j] if j < n else None
        prev = toks[start - 1] if start > floor else None
        if nxt is not None and (nxt.low in lex.year_after or (nxt.text in ("'", "’") and j + 1 < n)):
            return None
        plural_count = d.unit_kind == "count" and d.unit is not None and d.unit not in ("year",)
        if not plural_count or (prev is not None and prev.low in lex.year_before) or prev is None and d.unit is None:
            if d.unit_kind not in ("money", "percent", "measure"):
                return None
    if d.unit is None and t.kind == "n" and _is_name_before(lex, toks, start, floor):
        return None
    if d.unit_kind == "count" and t.kind == "n" and num.plain_int and d.value < 100 and start == i \
            and _is_name_before(lex, toks, start, floor) and not _title_case(toks):
        return None  # "the assembly of Tiggo 2 crossovers": a model name, whatever noun follows
    if t.kind == "n" and d.unit_kind not in ("money", "percent", "measure") and _names_number(lex, toks, start, floor):
        return None  # "S&P 500 utilities", "Model 3 sedans", "Game 2"
    if d.unit is None and j < n and (toks[j].low in lex.time_after
                                     or j + 2 < n and f"{toks[j].low}.{toks[j + 2].low}" in lex.time_after):
        return None  # "10 p.m.", "5am"
    if d.unit is None and t.kind == "n" and start > floor and toks[start - 1].text in ("№", "#"):
        return None
    # "сократилось с восьми до пяти часов", "cut from eight to five hours": the start of a change takes the noun
    # named after its end
    if d.unit is None and currency is None and d.value_high is None and d.level_from and j + 1 < n \
            and toks[j].low in lex.level_links and _adjacent(toks, j - 1, j) and _starts_number(lex, toks, j + 1):
        second = _read_number(lex, toks, j + 1, False)
        if second is not None:
            other = _Draft(first=j + 1, start=j + 1, end=second.end, value=second.value)
            _unit_after(lex, toks, second.end, other, None, False)
            if other.unit is not None:
                d.unit, d.unit_kind = other.unit, other.unit_kind
                if not num.scaled and second.scaled and toks[j + 1].kind == "n" and toks[j + 1].value \
                        and d.value < 1000:  # "с 2 до 3 млн тонн": both in millions
                    d.value *= second.value / toks[j + 1].value
    # a count with no noun of its own: "eleven of the projects", or the noun of an earlier count in the sentence
    # ("laid six tracks, bringing the total to 16"; "два-три поезда в сутки, теперь бывает и двадцать")
    if d.unit is None and d.unit_kind == "count" and currency is None and d.value_high is None:
        unit = _partitive_unit(lex, toks, num.end) if d.value != 1 else None
        if unit is None and (not num.wordy or num.scaled):
            unit = _subject_unit(lex, toks, start, prev_unit)
        cued = any(toks[k].low in lex.reuse_cues for k in range(max(floor, start - 3), start))
        if cued and _noun_follows(lex, toks, num.end):
            cued = False  # "14 reach stackers and five widgets": a noun of its own, never the earlier count's
        if unit is None and prev_unit is not None and cued and (not num.wordy or d.value >= 2):
            unit = prev_unit
        if unit is not None:
            d.unit = unit
            d.unit_kind = "duration" if unit in lex.duration_units else "count"
    if num.wordy:
        if d.unit is None and not num.scaled:
            return None
        if t.text[0].isupper() and i > 0 and d.subject and d.subject[0].isupper() and not _title_case(toks):
            return None  # "the Five Key Initiatives": a name in running text
        if d.value == 1 and d.value_high is None:
            nxt = toks[num.end] if num.end < n else None
            prev = toks[start - 1] if start > floor else None
            if (nxt is not None and nxt.low in lex.not_one_after) or (prev is not None and prev.low in lex.not_one_before):
                return None
    if t.kind == "n" and d.value == 1 and d.unit is None and num.end < n and toks[num.end].low in lex.not_one_after:
        return None
    if t.kind == "n" and d.unit is not None and skip_at(t.start, d.unit_kind):
        return None
    if sign < 0:
        d.value = -d.value
    d = _qualify(lex, toks, d, floor)
    if t.low in lex.one_words and num.wordy and not num.scaled and d.value_high is None \
            and not _counted_one(lex, toks, d):
        return None  # "на одну тонну", "с одного гектара": "a single"/"per", not a reported count
    return d


def _noun_follows(lex: Lexicon, toks: list[Token], j: int) -> bool:
    """A lower-case noun (or its adjective) stands right after the number: the number counts that, whatever it is."""
    if j >= len(toks) or j == 0 or toks[j].kind != "w" or not _adjacent(toks, j - 1, j):
        return False
    t = toks[j]
    if not t.text[0].islower() or t.low in lex.stop_words or _starts_number(lex, toks, j) or t.low in lex.level_links:
        return False
    if lex.morphology:
        return reading(t.low).pos in ("NOUN", "ADJF", "PRTF")
    return _looks_plural(t, lex)


def _counted_one(lex: Lexicon, toks: list[Token], d: _Draft) -> bool:
    """A Russian "один" is a figure with a hedge or change, after "только"/"лишь", or listed beside another figure."""
    if d.qualifier != "exact":
        return True
    p = d.start - 1
    if p >= 0 and toks[p].low in lex.one_cues:
        return True
    if p >= 1 and toks[p].low in lex.list_links and any(
            toks[m].kind == "n" or toks[m].low in lex.number_words for m in range(max(0, p - 4), p)):
        return True  # "два трактора и один комбайн"
    e = d.end
    return e + 1 < len(toks) and toks[e].low in lex.list_links and toks[e].text != "," \
        and _starts_number(lex, toks, e + 1)


def _sign_before(lex: Lexicon, toks: list[Token], start: int, floor: int) -> tuple[float, int]:
    """(-1, new start) when a minus sign or word stands right before the number ("-1.3%", "minus-5 yards")."""
    p = start - 1
    if p >= floor and toks[p].text in lex.minus_signs and toks[p].end == toks[start].start:
        q = p - 1
        if q >= floor and toks[q].low in lex.minus_words and toks[q].end == toks[p].start:
            return -1.0, q
        if q < floor or toks[q].end < toks[p].start or toks[q].text in ("(", "[", ":", "="):
            return -1.0, p
        return 1.0, start
    if p >= floor and toks[p].low in lex.minus_words and _adjacent(toks, p, start):
        return -1.0, p
    return 1.0, start


def _read_word_figure(lex: Lexicon, toks: list[Token], i: int) -> _Draft | None:
    """Figures written as words that are not plain numbers: fractions, vague plurals, one-word multipliers."""
    t = toks[i]
    hit = _read_fraction(lex, toks, i)
    if hit:
        value, end = hit
        return _Draft(first=i, start=i, end=end, value=value, unit="fraction", unit_kind="percent")
    if t.low in lex.multiplier_words:
        return _Draft(first=i, start=i, end=i + 1, value=lex.multiplier_words[t.low], unit="time")
    hit = _compound(lex.lang, t.low) if lex.compound_numbers else None
    if hit:  # "Двухдневный визит": 2 day, the noun it describes joins the span
        d = _Draft(first=i, start=i, end=i + 1, value=hit[0], unit=hit[1], unit_kind="duration")
        k = i + 1
        if k < len(toks) and toks[k].kind == "w" and _adjacent(toks, i, k) and toks[k].low not in lex.stop_words \
                and reading(toks[k].low).pos == "NOUN":
            d.end, d.subject = k + 1, toks[k].text
        return d
    hit = _read_vague(lex, toks, i)
    if hit:
        low, j = hit
        d = _Draft(first=i, start=i, end=j, value=low, value_high=low * 10, qualifier="about")
        _unit_after(lex, toks, j, d, None, False)
        if d.unit is None:
            return None
        return d
    return None


def _qualify(lex: Lexicon, toks: list[Token], d: _Draft, floor: int) -> _Draft:
    """Qualifier (hedges inside the span, after it, verbs before it) and a unit named before a bare number."""
    n = len(toks)
    hedge_floor = max(floor, 0)
    hit = _phrase_before(toks, d.start, lex.hedges, hedge_floor)
    level = False
    if hit:
        q, hs = hit
        if toks[hs].low in lex.level_links and _sets_level(lex, toks, hs, floor):
            level = True  # "вырос до 20 млн", "довести выпуск до пяти тысяч": a level, not a bound
        elif not (q == "at_least" and d.value_high is not None):
            d.qualifier, d.start = q, hs
    hit = _phrase_at(toks, d.end, lex.hedges_after, gap=1)
    if hit and hit[1] < n and (toks[hit[1]].kind == "n" or _starts_number(lex, toks, hit[1]) or any(
            (h := _phrase_at(toks, st, lex.hedges)) and h[1] > hit[1] for st in range(d.end, hit[1]))):
        hit = None  # "120 km and more than 80 bridges": the hedge belongs to the next figure
    if hit:
        if toks[d.end].text != "+" or toks[d.end].start == toks[d.end - 1].end:
            d.qualifier, d.end = hit[0], hit[1]
    if not level:
        change = _change_qualifier(lex, toks, d, floor)
        if change:
            d.qualifier = change
    # a bare number named by the noun before it: "a population of 20 million"
    if d.unit is None:
        hit = _phrase_before(toks, d.start, lex.unit_before, floor)
        if hit:
            d.unit, d.unit_kind = hit[0], "count"
            s = hit[1]
            if s - 1 >= floor and toks[s - 1].low in ("a", "the", "its", "their") and _adjacent(toks, s - 1, s):
                s -= 1
            d.start = s
    return d


def _sets_level(lex: Lexicon, toks: list[Token], link: int, floor: int) -> bool:
    """A change or level-setting verb a few words before "до"/"to" makes what follows the level reached."""
    for m in range(link - 1, max(floor, link - 4) - 1, -1):
        low = toks[m].low
        if toks[m].kind != "w":
            return False
        if _change_word(lex, low) or _has_stem(low, lex.level_verb_stems):
            return True
    return False


def _title_case(toks: list[Token]) -> bool:
    words = [t for t in toks if t.kind == "w" and len(t.text) > 3]
    return sum(t.text[0].isupper() for t in words) * 2 > len(words)


def _change_word(lex: Lexicon, low: str) -> str | None:
    if low in lex.increase_words or _has_stem(low, lex.increase_stems):
        return "increase"
    if low in lex.decrease_words or _has_stem(low, lex.decrease_stems):
        return "decrease"
    return None


def _changes_before(lex: Lexicon, toks: list[Token], start: int, floor: int) -> bool:
    k = start - 1
    while k >= floor and k >= start - 3 and toks[k].kind == "w":
        if _change_word(lex, toks[k].low):
            return True
        k -= 1
    return False


def _change_qualifier(lex: Lexicon, toks: list[Token], d: _Draft, floor: int) -> str | None:
    """increase/decrease from a change word before the figure, more_than from "exceeded"; None otherwise."""
    k = d.start - 1
    links: list[str] = []
    if k - 1 >= floor and toks[k].low in lex.exceed_linked and _has_stem(toks[k - 1].low, lex.exceed_linked[toks[k].low]):
        return "more_than" if d.qualifier == "exact" else d.qualifier  # "перевалил за 20 млн", not "перевалили 20 млн"
    while k >= floor and toks[k].kind == "w" and len(links) <= 2 and _adjacent(toks, k, k + 1, gap=2):
        low = toks[k].low
        if low in lex.level_links:
            return None
        change = _change_word(lex, low)
        if change and low in lex.adjacent_change_words and (any(w not in lex.by_links for w in links)
                                                            or k > 0 and toks[k - 1].low in lex.particle_verbs):
            break  # "taking up 4,500 square meters": a particle of its verb  # "up 11.2 percent", "up by 5", but not "wrapped up a five-day tour"
        if change and not (low in lex.weak_change_words and d.unit_kind == "count"):
            return change
        if not links and (low in lex.exceed_words or _has_stem(low, lex.exceed_stems)):
            if k - 1 >= 0 and toks[k - 1].low in lex.negations and d.qualifier == "exact":
                return "up_to"  # "не превышал 20%", "did not exceed 3 percent"
            return "more_than" if d.qualifier == "exact" else d.qualifier
        if low not in lex.change_links:
            break
        links.append(low)
        k -= 1
    # "на 6,9% больше", "5% higher"
    e = d.end
    if e < len(toks) and toks[e].kind == "w" and toks[e].low in lex.comparatives_after and _adjacent(toks, e - 1, e):
        prev = toks[d.start - 1].low if d.start - 1 >= floor else ""
        if prev in lex.change_links or d.unit_kind == "percent":
            return lex.comparatives_after[toks[e].low]
    # "cut waiting times at the border by 30%", "зарплата выше средней по региону на 30–40%": a change word or a
    # comparative earlier in the clause, the figure after "by"/"на"
    k = d.start - 1
    if k > floor and toks[k].low in lex.by_links and d.qualifier == "exact":
        for m in range(k - 1, max(floor, k - 12) - 1, -1):
            tok = toks[m]
            if tok.text in (",", ";", ":", "(", ")") or tok.kind == "n":
                break
            if tok.kind != "w" or tok.low in lex.adjacent_change_words:
                continue
            if tok.low in lex.comparatives_before:
                return lex.comparatives_before[tok.low]
            change = _change_word(lex, tok.low)
            if change:
                return change
    return None


# -- a sentence --------------------------------------------------------------------------------------------------------

def _clauses(lex: Lexicon, toks: list[Token]) -> list[int]:
    """Clause number of every token."""
    out, clause = [], 0
    keys = lex.clause_breaks
    max_len = max((len(k) for k in keys), default=0)
    for idx in range(len(toks)):
        for m in range(1, max_len + 1):
            if tuple(t.low for t in toks[idx:idx + m]) in keys:
                clause += 1
                break
        out.append(clause)
    return out


def _years(lex: Lexicon, toks: list[Token], drafts: list[_Draft]) -> list[tuple[int, int, bool]]:
    """(token index, year, is a bare year) of each year the sentence states outside its figures."""
    taken = set()
    for d in drafts:
        taken.update(range(d.start, d.end))
    out = []
    for idx, t in enumerate(toks):
        if idx in taken:
            continue
        if t.kind == "n" and not t.grouped and len(t.text) == 4 and 1900 <= t.value <= 2100:
            out.append((idx, int(t.value), True))
        elif t.kind == "x":
            y = year_in_skip(t.text)
            if y and len(t.text) >= 8:
                out.append((idx, y, False))  # a full date: dates only its own clause, never a dateline's sentence
    return out


def _subject_left(lex: Lexicon, toks: list[Token], d: _Draft, floor: int) -> str | None:
    k = d.start - 1
    while k >= floor and toks[k].kind == "w" and toks[k].low in lex.subject_skip:
        k -= 1
    words = []
    while k >= floor and toks[k].kind == "w" and len(words) < 4 and toks[k].low not in lex.stop_words:
        words.append(k)
        k -= 1
    if not words:
        return None
    return _text(toks, words[-1], words[0] + 1)


def _subject_of(lex: Lexicon, toks: list[Token], d: _Draft) -> str | None:
    k = d.end
    if k + 1 < len(toks) and toks[k].low == "of":
        words = []
        k += 1
        while k < len(toks) and toks[k].kind == "w" and len(words) < 4 and toks[k].low not in lex.stop_words:
            words.append(k)
            k += 1
        if words:
            return _text(toks, words[0], words[-1] + 1)
    return None


def _sentence_facts(lex: Lexicon, text: str, s: int, e: int, skip_at) -> list[Fact]:
    toks = tokenize(text, s, e, lex.decimal_comma)
    drafts: list[_Draft] = []
    i, floor = 0, 0
    prev_unit = None  # unit of the latest count in the sentence, for a later bare number
    while i < len(toks):
        if _starts_number(lex, toks, i):
            d = _read_figure(lex, toks, i, floor, skip_at, prev_unit)
            if d is not None:
                drafts.append(d)
                if d.unit_kind == "count" and d.unit is not None and not _included(lex, toks, d.start, floor):
                    prev_unit = d.unit
                i = floor = max(d.end, i + 1)
                continue
        i += 1
    if not drafts:
        return []
    for a, b in zip(drafts, drafts[1:]):
        if a.level_from and a.end < b.first and toks[a.end].low in lex.level_links and b.first - a.end <= 2:
            if a.unit is None and b.unit is not None:  # "с 900 до 1 200 человек": 900 people
                a.unit, a.unit_kind = b.unit, b.unit_kind
            if b.qualifier == "up_to" and _level_link_opens(lex, toks, b):
                b.qualifier, b.start = "exact", b.start + 1  # "до" names the level reached, not a bound
    for a, b in zip(drafts, drafts[1:]):
        # "снижен на 12%, до 9,8 тыс. тенге", "вырос на 41%, до $118 млн": "до" after the size of a change names the
        # level reached
        if a.qualifier in ("increase", "decrease") and b.qualifier == "up_to" and _level_link_opens(lex, toks, b) \
                and all(toks[m].text == "," for m in range(a.end, b.start)):
            b.qualifier, b.start = "exact", b.start + 1
    years = _years(lex, toks, drafts)
    clause = _clauses(lex, toks) if years else []
    sentence = text[s:e]
    out = []
    for d in drafts:
        year = None
        best = None
        for idx, y, plain in years:
            if (idx <= 2 and plain) or clause[idx] == clause[d.first]:
                # a year in the figure's clause wins; a sentence-opening "In 2014," dates the rest
                dist = abs(idx - d.first) if clause[idx] == clause[d.first] else 10_000
                if best is None or dist < best:
                    best, year = dist, y
        subject = d.subject
        if d.unit_kind != "count" and d.unit_kind != "duration" or subject is None:
            subject = _subject_of(lex, toks, d) or _subject_left(lex, toks, d, 0) or subject
        a, b = toks[d.start].start, toks[d.end - 1].end
        out.append(Fact(text=text[a:b], start_char=a, end_char=b, value=d.value, unit=d.unit,
                        unit_kind=d.unit_kind, qualifier=d.qualifier, value_high=d.value_high, year=year,
                        subject=subject, sentence=sentence))
    return out


def _level_link_opens(lex: Lexicon, toks: list[Token], d: _Draft) -> bool:
    """The span of ``d`` opens with a level link ("до") right before its number or its currency sign."""
    if d.start >= d.first or toks[d.start].low not in lex.level_links:
        return False
    return d.start + 1 == d.first or _phrase_at(toks, d.start + 1, lex.currency_before) is not None


# -- a document --------------------------------------------------------------------------------------------------------

def _entity_filter(entities: Sequence[Entity]):
    spans = sorted((e.start_char, e.end_char, e.label) for e in entities)
    starts = [sp[0] for sp in spans]

    def skip_at(pos: int, unit_kind: str | None = None) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        while k >= 0 and k > bisect.bisect_right(starts, pos) - 4:
            a, b, label = spans[k]
            if a <= pos < b:
                if unit_kind is None:
                    return label in _NAME_LABELS
                return label == "DATE" and unit_kind == "count"
            k -= 1
        return False

    name_starts = {a for a, _, label in spans if label in _NAME_LABELS}
    skip_at.starts_at = name_starts.__contains__
    return skip_at


def _no_entities(pos: int, unit_kind: str | None = None) -> bool:
    return False


_no_entities.starts_at = lambda pos: False


def _link_equivalents(text: str, facts: list[Fact]) -> list[Fact]:
    out = list(facts)
    for b in range(1, len(out)):
        a = b - 1
        fa, fb = out[a], out[b]
        gap = text[fa.end_char:fb.start_char]
        same_kind = fa.unit_kind == fb.unit_kind and fa.unit_kind in ("money", "measure") and fa.unit != fb.unit
        if not same_kind or not (_EQUIVALENT_GAP.fullmatch(gap) or _RESTATEMENT_GAP.fullmatch(gap)):
            continue
        if fa.equivalent_of is not None:
            continue
        out[b] = replace(fb, equivalent_of=fa.span,
                         qualifier=fa.qualifier if fb.qualifier == "exact" else fb.qualifier,
                         year=fb.year if fb.year is not None else fa.year,
                         subject=fb.subject or fa.subject)
    return out


@lru_cache(maxsize=8)
def _word_anchor(lang: str) -> re.Pattern | None:
    lex = lexicon_for(lang)
    words = set(lex.number_words) | set(lex.half_words) | {w for w in lex.scale_words if w.isalpha()}
    words |= set(lex.vague_scales) | set(lex.fraction_words) | set(lex.multiplier_words)
    if not words:
        return None
    fold = lambda w: re.escape(w).replace("е", "[её]")  # noqa: E731  the lexicons fold "ё", the text may not
    alts = "|".join(sorted(map(fold, words), key=len, reverse=True))
    pattern = r"(?<!\w)(?:" + alts + r")(?!\w)"
    if lex.compound_numbers:  # "двухдневный"
        heads = "|".join(sorted(map(fold, lex.compound_numbers), key=len, reverse=True))
        pattern += r"|(?<!\w)(?:" + heads + r")\w*(?:" + "|".join(map(re.escape, lex.compound_units)) + r")"
    return re.compile(pattern, re.I)


def extract_facts(text: str, lang: str = "en", entities: Sequence[Entity] = ()) -> list[Fact]:
    """The figures of ``text`` in document order (see tourpipe.models.Fact)."""
    if not text:
        return []
    lex = lexicon_for(lang)
    anchor = _word_anchor(lex.lang)
    skip_at = _entity_filter(entities) if entities else _no_entities
    _SOURCE[0] = text
    facts: list[Fact] = []
    for s, e in sentences(text):
        if has_candidate(text, s, e, anchor):
            facts.extend(_sentence_facts(lex, text, s, e, skip_at))
    facts = _link_equivalents(text, facts)
    return [replace(f, value_usd=to_usd(f.value, f.unit, f.year)) if f.unit_kind == "money" and f.unit and len(f.unit) == 3
            and f.unit.isupper() else f for f in facts]
