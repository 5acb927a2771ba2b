"""The unit of a number: money, percent or a measure after it, "two-day", the noun it counts, or a noun before it."""
from __future__ import annotations

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.currencies import iso_code
from tourpipe.figures.drafts import Draft
from tourpipe.figures.lexicon import Lexicon, stem_value

AGE_UNIT = "year of age"


def count_kind(lex: Lexicon, unit: str) -> str:
    """The kind of a counted unit: "duration" for days, years and the like, else "count"."""
    return "duration" if unit in lex.duration_units else "count"


def unit_token_ok(s: Sentence, k: int) -> bool:
    """A one-letter unit must be in its own case and not start an abbreviation such as "p.m."."""
    toks, lex = s.toks, s.lex
    t = toks[k]
    if t.low in lex.unit_surfaces and t.text not in lex.unit_surfaces[t.low]:
        return False
    if len(t.text) == 1 and k + 2 < len(toks) and toks[k + 1].text == "." and toks[k + 1].start == t.end \
            and toks[k + 2].kind == "w" and toks[k + 2].start == toks[k + 1].end:
        return False
    return True


def read_unit(s: Sentence, j: int, d: Draft, currency: str | None) -> None:
    """Fill unit, unit_kind, end (and subject for counts) of ``d`` from the words after token j."""
    toks, lex = s.toks, s.lex
    n = len(toks)
    if currency:
        d.unit, d.unit_kind, d.end = currency, "money", _after_sign_tag(s, j, currency)
        return
    # an abbreviation dot between a scale and its unit: "тыс. тонн", "млн. долл."
    probe = j
    if probe < n and toks[probe].text == "." and probe > 0 and toks[probe - 1].kind == "w" and probe + 1 < n:
        probe += 1
    for k in (j, probe) if probe != j else (j,):
        if k >= n or not s.adjacent(k - 1, k):
            continue
        found = _unit_at(s, k)
        if found:
            d.unit, d.unit_kind, d.end = found
            return
    if _read_hyphen_unit(s, j, d) or _read_spaced_compound(s, j, d):
        return
    age = s.phrase_at(j, lex.age_after) if j < n and s.adjacent(j - 1, j) else None
    if age is not None:  # "a 60 year-old man", "45 years old"
        d.unit, d.unit_kind, d.end = age[0], "duration", age[1]
        return
    if probe != j and toks[j - 1].low in lex.scale_words and toks[probe].text[0].islower():
        j = probe  # "15,6 тыс. грузовиков": the noun comes after the abbreviation dot
    singular = (d.value == 1 or 0 < d.value < 1) and d.value_high is None  # "one proposal", "1/4 point"
    found = s.grammar.counted_noun(s, j, singular) if lex.has_words else None
    if found:
        unit, end, first = found
        d.unit, d.end = unit, end
        d.unit_kind = count_kind(lex, unit) if unit else "count"
        d.subject = s.slice(first, end)
        d.unit_lemma = s.grammar.source_lemma(s, end - 1)
        return
    d.end = j


def _after_sign_tag(s: Sentence, j: int, currency: str) -> int:
    """Index after a tag that names the sign's currency ("$75 U.S. per barrel"), when what follows is no word the tag
    could describe ("$5 US companies" keeps its tag for the noun); j when there is none."""
    toks, lex = s.toks, s.lex
    tag = s.phrase_at(j, lex.sign_tags_after) if j < len(toks) and s.adjacent(j - 1, j) else None
    if tag is None or tag[0] != currency or toks[j].text[0].islower():
        return j
    e = tag[1]
    if e < len(toks) and toks[e].kind == "w" and toks[e].low not in lex.rate_links \
            and toks[e].low not in lex.stop_words:
        return j
    return e


def _unit_at(s: Sentence, k: int) -> tuple[str, str, int] | None:
    """(unit, unit kind, index after) of a money, percent or measure unit at token k."""
    if not _unit_word_ok(s, k):
        return None
    return _money_at(s, k) or _percent_at(s, k) or _measure_at(s, k)


def _unit_word_ok(s: Sentence, k: int) -> bool:
    """A case-restricted or abbreviation-like word is no unit, unless it opens a longer one ("U.S. dollars" is no
    "p.m."; "кв. м" is square metres)."""
    if unit_token_ok(s, k):
        return True
    money = s.phrase_at(k, s.lex.currency_after)
    if money and money[1] - k > 2:
        return True
    longer = s.phrase_at(k, s.lex.measures)
    return bool(longer and longer[1] - k > 1)


def _money_at(s: Sentence, k: int) -> tuple[str, str, int] | None:
    """"19 cents", "5 million dollars", "300 млн тенге", "20 долларов"."""
    toks, lex = s.toks, s.lex
    t = toks[k]
    if t.low in lex.subunits:
        name, _, _ = lex.subunits[t.low]
        return name, "money", k + 1
    hit = s.phrase_at(k, lex.currency_after)
    if hit:
        return hit[0], "money", _after_currency_tail(s, hit[1])
    code = _country_currency(s, k)
    if code:
        return code, "money", _after_currency_tail(s, k + 2)
    code = stem_value(t.low, lex.currency_stems) if t.kind == "w" else None
    if code:
        return code, "money", _after_currency_tail(s, k + 1)
    iso = iso_code(t.text) if t.kind == "w" else None
    if iso:  # "42 BYN", "30 MUSD" (money.read_money_tail applies the M)
        return iso[0], "money", k + 1
    return None


def _country_currency(s: Sentence, k: int) -> str | None:
    """The ISO code of a country's adjective and a currency name at token k: "швейцарских франков" (CHF),
    "белорусских рублей" (BYN); the adjective decides which of the countries' currencies it is."""
    toks = s.toks
    if toks[k].kind != "w" or not s.adjacent(k, k + 1) or toks[k + 1].kind != "w":
        return None
    adjective, name = toks[k].low, toks[k + 1].low
    return next((code for stem, currency, code in s.lex.currency_adjectives
                 if adjective.startswith(stem) and name.startswith(currency)), None)


def _after_currency_tail(s: Sentence, end: int) -> int:
    """Index after a currency and the word that may close it ("долларов США")."""
    if end < len(s.toks) and s.toks[end].low in s.lex.currency_tails and s.adjacent(end - 1, end):
        return end + 1
    return end


def _percent_at(s: Sentence, k: int) -> tuple[str, str, int] | None:
    hit = s.phrase_at(k, s.lex.percent)
    if hit:
        return hit[0], "percent", hit[1]
    t = s.toks[k]
    name = stem_value(t.low, s.lex.percent_stems) if t.kind == "w" else None
    if name:
        return name, "percent", k + 1
    return None


def _measure_at(s: Sentence, k: int) -> tuple[str, str, int] | None:
    """A measure, unless another word is glued to it; a measure of time is a duration."""
    toks, lex = s.toks, s.lex
    sym = symbol_at(s, k)
    if sym is not None and (toks[k].text != toks[k].low or (toks[k].low,) not in lex.measures.table):
        return sym, "duration" if sym in lex.duration_units else "measure", k + 1
    hit = s.phrase_at(k, lex.measures)
    if hit and not (hit[1] < len(toks) and toks[hit[1]].kind == "w" and toks[hit[1]].start == toks[hit[1] - 1].end):
        return hit[0], "duration" if hit[0] in lex.duration_units else "measure", hit[1]
    t = toks[k]
    name = stem_value(t.low, lex.measure_stems) if t.kind == "w" else None
    if name:
        return name, "measure", k + 1
    return None


def symbol_at(s: Sentence, k: int) -> str | None:
    """A unit symbol from the shared table whose case carries its meaning ("kPa", "mAh", "Nm", "µm"), written as one
    token and not glued to a word after it."""
    t = s.toks[k]
    text = t.text.replace("μ", "µ")
    cased = text != text.lower() or len(text) >= 3 or text[0] == "µ"  # "kPa", "ppb", "µm"; not "mb" or "nm"
    if t.kind != "w" or not cased or (k + 1 < len(s.toks) and s.toks[k + 1].start == t.end
                                      and s.toks[k + 1].kind == "w"):
        return None
    return s.lex.measure_symbols.get(text)


def _read_spaced_compound(s: Sentence, j: int, d: Draft) -> bool:
    """"a four day tour", "the 3 week course": the hyphenated compound written without its hyphen — a singular unit
    of time after a number above one, then the noun it describes, which joins the span as in "four-day tour"."""
    toks = s.toks
    if not (d.value > 1 and j + 1 < len(toks) and toks[j].low in s.lex.duration_units and s.adjacent(j - 1, j)
            and _described_noun(s, j + 1)):
        return False
    d.unit, d.unit_kind, d.end, d.subject = toks[j].low, "duration", j + 2, toks[j + 1].text
    return True


def _described_noun(s: Sentence, k: int) -> bool:
    """Is token k the lower-case noun right after a compound unit, which the compound describes ("two-day visit")?"""
    t = s.toks[k] if k < len(s.toks) else None
    return t is not None and t.kind == "w" and s.adjacent(k - 1, k) and t.low not in s.lex.stop_words \
        and t.text[0].islower() and s.grammar.is_noun(t.low)


def _read_hyphen_unit(s: Sentence, j: int, d: Draft) -> bool:
    """"two-day visit", "10-day", "50-member delegation", "a 1,500-km pipeline": the word after a hyphen glued to the
    number is its unit, and a noun after it joins the span."""
    toks, lex = s.toks, s.lex
    n = len(toks)
    if not (j + 1 < n and toks[j].text in DASHES and toks[j].start == toks[j - 1].end and toks[j + 1].kind == "w"
            and toks[j + 1].start == toks[j].end):
        return False
    hit = s.phrase_at(j + 1, lex.measures)
    if hit and hit[0] not in lex.duration_units:  # "a 1,500-km pipeline"
        d.unit, d.unit_kind, d.end = hit[0], "measure", hit[1]
        return True
    unit = s.grammar.hyphen_unit(lex, toks[j + 1].low)
    d.unit, d.end = unit, j + 2
    d.unit_kind = count_kind(lex, unit)
    k = j + 2
    if k + 1 < n and toks[k].text in DASHES and toks[k + 1].low in lex.age_words and s.adjacent(k - 1, k, gap=0) \
            and s.adjacent(k, k + 1, gap=0):
        d.unit, d.unit_kind, d.end = lex.age_words[toks[k + 1].low], "duration", k + 2  # "a 60-year-old man"
        return True
    if _described_noun(s, k):
        d.end, d.subject = k + 1, toks[k].text
    return True


def read_unit_before(s: Sentence, d: Draft, floor: int) -> None:
    """A bare number named by the noun before it: "a population of 20 million", "its workforce of 1,200"."""
    if d.unit is not None:
        return
    hit = s.phrase_before(d.start, s.lex.unit_before, floor)
    if hit:
        d.unit, d.unit_kind = hit[0], "count"
        a = hit[1]
        if a - 1 >= floor and s.toks[a - 1].low in ("a", "the", "its", "their") and s.adjacent(a - 1, a):
            a -= 1
        d.start = a
    elif hit := s.phrase_before(d.start, s.lex.people_of, floor):
        d.unit, d.unit_kind = hit[0], "count"  # "a nation of 19 million": the span stays the number's


_OLDEST_AGE = 120


def read_age_before(s: Sentence, d: Draft, floor: int) -> None:
    """An age the words before a number name: "under the age of 5 years", "aged 18 to 34", "she was 17 when"."""
    toks, lex = s.toks, s.lex
    if d.unit not in (None, "year") or d.unit_kind not in ("count", "duration") or d.value_from is not None:
        return
    hit = s.phrase_before(d.start, lex.age_before, floor)
    if hit is not None:
        d.unit, d.unit_kind = hit[0], "duration"
        return
    p = d.start - 1
    if d.unit is not None or d.end != d.first + 1 or toks[d.first].kind != "n" or d.value_high is not None \
            or not (0 < d.value <= _OLDEST_AGE and d.value == int(d.value)) or p < max(floor, 1) \
            or toks[p].low not in lex.age_copulas:
        return
    if not any(toks[m].low in lex.age_subjects for m in range(max(floor, p - 2), p)):
        return
    after = toks[d.end] if d.end < len(toks) else None
    if after is None or after.kind == "s" or after.low in lex.age_followers:
        d.unit, d.unit_kind = AGE_UNIT, "duration"
