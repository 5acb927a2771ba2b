"""Reading a number: digits and their scale words, number words, fractions, vague plurals, compounds and signs."""
from __future__ import annotations

from functools import lru_cache

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.drafts import Number
from tourpipe.figures.lexicon import Lexicon, has_stem, lexicon_for


def starts_number(s: Sentence, i: int) -> bool:
    """Token i can open a number: digits, a number word, "a million", "half a", "dozens", "twice", a fraction."""
    toks, lex = s.toks, s.lex
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
    if _part_of_scale(s, i) is not None:
        return True
    if compound(lex, low):
        return True
    return read_fraction(s, i) is not None


def read_fraction(s: Sentence, i: int) -> tuple[float, int] | None:
    """(value, index after) of "a third of", "two-thirds of", "one quarter of", "half of"; "of" stays outside."""
    toks, lex = s.toks, s.lex
    if not lex.fraction_words:
        return None
    n = len(toks)
    t = toks[i]
    if t.low in lex.fraction_alone:
        if i > 0 and toks[i - 1].kind == "w" and has_stem(toks[i - 1].low, lex.period_ordinal_stems):
            return None  # "the first half of 2025", "во второй половине года": a period
        top, j = 1.0, i  # "half of", "треть": the numerator is implied
    elif t.low in lex.articles_one or (t.low in lex.number_words and lex.number_words[t.low] < 10):
        top = 1.0 if t.low in lex.articles_one else lex.number_words[t.low]
        j = i + 1
        if j < n and toks[j].text in DASHES and s.adjacent(i, j, gap=0):
            j += 1
        if j >= n or not s.adjacent(j - 1, j) or toks[j].low not in lex.fraction_words \
                or toks[j].low in lex.half_words:
            return None
    else:
        return None
    if lex.fraction_link and (j + 1 >= n or not s.adjacent(j, j + 1) or not (
            toks[j + 1].low == lex.fraction_link
            or toks[j].low in lex.half_words and toks[j + 1].low in lex.fraction_determiners)):
        return None
    return top / lex.fraction_words[toks[j].low], j + 1


def compound(lex: Lexicon, word: str) -> tuple[float, str] | None:
    """(number, unit) of a compound adjective such as "двухдневный" (2, day) or "двадцатипятилетний" (25, year)."""
    return _compound(lex.lang, word) if lex.compound_numbers else None


@lru_cache(maxsize=65536)
def _compound(lang: str, low: str) -> tuple[float, str] | None:
    lex = lexicon_for(lang)
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


def read_vague(s: Sentence, i: int) -> tuple[float, int] | None:
    """(low end, index after) of "tens of thousands of", "dozens of", "millions of"; the high end is ten times it."""
    toks, lex = s.toks, s.lex
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


def read_number(s: Sentence, i: int, currency: bool) -> Number | None:
    """The number that starts at token i; ``currency`` when a currency sign stands before it ("$16m": m is million)."""
    t = s.toks[i]
    if t.kind == "n":
        return _read_digits(s, i, currency)
    part = _part_of_scale(s, i)
    if part is not None:
        return part
    if t.low in s.lex.half_words:
        return _read_half(s, i)
    return _read_words(s, i)


def _part_of_scale(s: Sentence, i: int) -> Number | None:
    """"a quarter million", "three quarters billion", "one third of a million" is not read here: a fraction word
    (with its numerator, or an article for one) right before a scale of a thousand or more."""
    toks, lex = s.toks, s.lex
    j, top = i, 1.0
    if toks[j].low in lex.articles_one:
        j += 1
    elif toks[j].low in lex.number_words and lex.number_words[toks[j].low] < 10:
        top, j = lex.number_words[toks[j].low], j + 1
    if j + 1 >= len(toks) or toks[j].low not in lex.fraction_words or toks[j].low in lex.half_words \
            or not s.adjacent(j, j + 1):
        return None
    scale = lex.scale_words.get(toks[j + 1].low)
    if not scale or scale < 1000 or (j > i and not s.adjacent(i, j)):
        return None
    return Number(top / lex.fraction_words[toks[j].low] * scale, j + 2, True, True, False)


def _read_digits(s: Sentence, i: int, currency: bool) -> Number:
    t = s.toks[i]
    value, j = t.value, i + 1
    if j < len(s.toks) and s.toks[j].kind == "n" and ("/" in s.toks[j].text or "⁄" in s.toks[j].text) \
            and "/" not in t.text and "⁄" not in t.text \
            and s.adjacent(i, j) and s.toks[j].start > t.end:
        value, j = value + s.toks[j].value, j + 1  # "7 3/4": a whole number and a fraction
    value, j = _times_ten(s, j, value)
    value, j, scaled = _read_scales(s, j, value, currency)
    if scaled and not t.grouped:
        value, j = _smaller_groups(s, j, value)
    if not scaled and not currency:
        glued = _glued_scale(s, j)
        if glued:
            value, j, scaled = value * glued, j + 1, True
    return Number(value, j, False, scaled, not t.grouped and not scaled and "." not in t.text)


_TIMES = frozenset({"×", "x", "*", "·"})
_POWER_SIGNS = {"−": -1, "-": -1, "–": -1, "+": 1, "^": 1}


def _times_ten(s: Sentence, j: int, value: float) -> tuple[float, int]:
    """"2.998×10−8", "6.02 x 10^23": a number times a power of ten."""
    toks = s.toks
    if not (j + 2 < len(toks) and toks[j].text in _TIMES and toks[j + 1].text == "10" and s.adjacent(j - 1, j)
            and s.adjacent(j, j + 1)):
        return value, j
    k, sign = j + 2, 1
    if toks[k].text in _POWER_SIGNS and k + 1 < len(toks) and toks[k].start == toks[k - 1].end:
        sign, k = _POWER_SIGNS[toks[k].text], k + 1
        if toks[k - 1].text == "^" and k < len(toks) and toks[k].text in ("-", "−"):
            sign, k = -1, k + 1
    if k >= len(toks) or toks[k].kind != "n" or toks[k].grouped or toks[k].start != toks[k - 1].end \
            or len(toks[k].text) > 2:
        return value, j
    return value * 10.0 ** (sign * int(toks[k].text)), k + 1


def _read_scales(s: Sentence, j: int, value: float, currency: bool) -> tuple[float, int, bool]:
    """The scale words after the digits ("1.4 million", "2 тыс."): (value, index after, whether any)."""
    toks, lex = s.toks, s.lex
    scaled = False
    hyphen = s.past_glued_hyphen(j)
    if hyphen != j and toks[hyphen].low in lex.scale_words:
        j = hyphen  # "a $100-billion mark": the hyphen of a compound modifier joins the scale to the digits
    while j < len(toks) and toks[j].kind == "w" and s.adjacent(j - 1, j):
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


def _smaller_groups(s: Sentence, j: int, value: float) -> tuple[float, int]:
    """"2 млн 300 тыс.", "1 billion 200 million": whole digits under a thousand with a smaller scale, right after a
    scaled amount, add to it (a scaled amount is the whole of its group: "1,5 млн 200 тыс." is two figures)."""
    toks, lex = s.toks, s.lex
    last = lex.scale_words.get(toks[j - 1].low, 0.0)
    while j + 1 < len(toks) and s.adjacent(j - 1, j) and s.adjacent(j, j + 1) and toks[j].kind == "n" \
            and not toks[j].grouped and toks[j].value < 1000 and toks[j + 1].kind == "w":
        scale = lex.scale_words.get(toks[j + 1].low)
        if scale is None or scale >= last:
            break
        value, last, j = value + toks[j].value * scale, scale, j + 2
    return value, j


def _glued_scale(s: Sentence, j: int) -> float | None:
    """Scale of a letter glued to the digits before it ("25k", "4.3M", "1.2m tons"), else None."""
    toks, lex = s.toks, s.lex
    if j >= len(toks) or toks[j].kind != "w" or toks[j].start != toks[j - 1].end \
            or toks[j].text not in lex.glued_scales:
        return None
    if j + 1 < len(toks) and toks[j + 1].start == toks[j].end and toks[j + 1].kind in ("w", "n"):
        return None
    if toks[j].text == "m":  # a metre unless a counted noun or a unit follows: "1.2m tons", but "a 100m sprint"
        k = j + 1
        if k >= len(toks) or not s.adjacent(j, k) or toks[k].kind != "w":
            return None
        if s.phrase_at(k, lex.measures) is None and s.phrase_at(k, lex.currency_after) is None \
                and not s.grammar.noun_like(lex, toks[k]) and not _counts_after(s, k):
            return None
    return lex.glued_scales[toks[j].text]


def _counts_after(s: Sentence, k: int) -> bool:
    """What follows a glued "m" is counted, so it is a million: "35m of its devices", "2.7m combined digital sales"."""
    toks, lex = s.toks, s.lex
    if toks[k].low in lex.partitive_links and k + 1 < len(toks) and toks[k + 1].low in lex.partitive_links[toks[k].low]:
        return True
    found = s.grammar.counted_noun(s, k, False)
    return found is not None and found[1] - k >= 2


def _read_half(s: Sentence, i: int) -> Number | None:
    """"half a million", "half a billion": a half of a scale of a thousand or more."""
    toks, lex = s.toks, s.lex
    j = i + 1
    if j < len(toks) and toks[j].low in lex.articles_one:
        j += 1
    if j < len(toks) and toks[j].low in lex.scale_words and lex.scale_words[toks[j].low] >= 1000:
        return Number(lex.half_words[toks[i].low] * lex.scale_words[toks[j].low], j + 1, True, True, False)
    return None


def _read_words(s: Sentence, i: int) -> Number | None:
    """Number words: "twenty-five", "one hundred and twenty", "a dozen", "двадцать пять тысяч"."""
    toks, lex = s.toks, s.lex
    total, current, j, seen = 0.0, 0.0, i, False
    if toks[i].low in lex.articles_one:
        current, j, seen = 1.0, i + 1, True
    while j < len(toks) and (j == i or s.adjacent(j - 1, j)):
        tok = toks[j]
        if tok.kind == "s" and tok.text == "-" and seen and _hyphen_joins_words(s, j):
            if not _tens_and_units(lex, current, toks[j + 1].low):
                break  # "два-три поезда", "two-three days": a range, read by the caller; "twenty-five" is one number
            j += 1
            continue
        if tok.kind != "w":
            break
        low = tok.low
        if low in lex.number_words:
            current += lex.number_words[low]
        elif low in lex.scale_words and seen:
            total, current = _scaled(total, current, lex.scale_words[low])
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
    return Number(value, j, True, scaled, False)


def _hyphen_joins_words(s: Sentence, j: int) -> bool:
    """The hyphen at token j is glued to a word before it and a number word after it."""
    toks = s.toks
    return j + 1 < len(toks) and toks[j + 1].start == toks[j].end and toks[j + 1].low in s.lex.number_words \
        and toks[j].start == toks[j - 1].end


def _tens_and_units(lex: Lexicon, current: float, word: str) -> bool:
    """"twenty" + "five": tens, then a digit's word, make one number."""
    tens = current % 100  # "six hundred forty-two": the tens of the last hundred
    return 20 <= tens < 100 and tens % 10 == 0 and lex.number_words[word] < 10


def _scaled(total: float, current: float, scale: float) -> tuple[float, float]:
    """(total, current) after a scale word: a thousand or more closes a group ("two thousand"), less multiplies."""
    if scale >= 1000:
        return total + max(current, 1.0) * scale, 0.0
    return total, max(current, 1.0) * scale


def sign_before(s: Sentence, start: int, floor: int) -> tuple[float, int]:
    """(-1, new start) when a minus sign or word stands right before the number ("-1.3%", "minus-5 yards")."""
    toks, lex = s.toks, s.lex
    p = start - 1
    if p >= floor and toks[p].text in lex.minus_signs and toks[p].end == toks[start].start:
        q = p - 1
        if q >= floor and toks[q].low in lex.minus_words and toks[q].end == toks[p].start:
            return -1.0, q
        if q < floor or toks[q].end < toks[p].start or toks[q].text in ("(", "[", ":", "="):
            return -1.0, p
        return 1.0, start
    if p >= floor and toks[p].low in lex.minus_words and s.adjacent(p, start):
        return -1.0, p
    return 1.0, start
