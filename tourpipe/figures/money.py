"""Money around a number: the currency before it ("US$", "GBP 3.01", "MAUD 60", "Евро 20"), codes with a scale
("30 MUSD", "75 USD million") and composites of a unit and its sub-unit ("3 dollars 50 cents", "$20 и 43ц",
"15 dollars and 50"), read as one amount in the main unit."""
from __future__ import annotations

from tourpipe.figures.context import Sentence
from tourpipe.figures.currencies import SIGN_CONTEXTS, TRANSLITERATED_SIGNS, code_before_sign, iso_code
from tourpipe.figures.drafts import Candidate, Draft
from tourpipe.figures.lexicon import stem_value
from tourpipe.figures.numbers import read_number, starts_number

_OPENING = frozenset({",", ";", ":", "(", "—", "–", "-", "«", "\"", "“"})


def currency_before(s: Sentence, i: int, floor: int) -> tuple[str, int, float] | None:
    """(ISO code, first token, scale) of the currency written right before the number at token i, else None."""
    toks, lex = s.toks, s.lex
    hit = s.phrase_before(i, lex.currency_before, floor)
    if hit is not None and toks[hit[1]].text in lex.articles_one and hit[1] + 1 < i:
        hit = s.phrase_before(i, lex.currency_before, hit[1] + 1)  # "a $300 million deal": an article, not A$
    if hit is not None:
        return _code_on_sign(s, hit[1], floor) or (_in_context(s, hit[0], hit[1], i), hit[1], 1.0)
    hit = _transliterated_sign(s, i, floor)
    if hit is not None:
        return _in_context(s, hit[0], hit[1], i), hit[1], hit[2]
    p = i - 1
    if p < floor or toks[p].kind != "w" or toks[p].end + 1 < toks[i].start:
        return None
    code = iso_code(toks[p].text)
    if code is not None:  # "GBP 3.01", "EUR12", "MAUD 60"
        return code[0], p, code[1]
    if p == 0 or toks[p - 1].text in _OPENING:  # "Евро 20", "рублей 10": a currency word opening the phrase
        word = s.phrase_at(p, lex.currency_after)
        code = word[0] if word and word[1] == i else stem_value(toks[p].low, lex.currency_stems)
        if code is not None:
            return code, p, 1.0
    return None


def _in_context(s: Sentence, code: str, a: int, i: int) -> str:
    """The code of a sign written from token a to the number at token i, read in its sentence ("¥" near "Tokyo")."""
    other = SIGN_CONTEXTS.get(code)
    if other is None or s.toks[a].kind == "w" and s.slice(a, i) not in TRANSLITERATED_SIGNS:
        return code  # a word or code ("RMB", "CNY") names its currency outright; only a sign is shared
    return other[0] if any(t.low in other[1] for t in s.toks) else code


def _transliterated_sign(s: Sentence, i: int, floor: int) -> tuple[str, int, float] | None:
    """A sign as an ASCII transliteration writes it, glued to the digits ("PS21,700", "Y=5,182"); never a lone digit
    under 10 after "PS" ("PS5" is a games console)."""
    toks = s.toks
    t = toks[i]
    if t.kind != "n":
        return None
    for sign, code in TRANSLITERATED_SIGNS.items():
        a = i - (2 if sign.endswith("=") else 1)
        if a < floor or s.slice(a, i) != sign or toks[i - 1].end != t.start \
                or a > 0 and toks[a - 1].end == toks[a].start and toks[a - 1].kind != "s":
            continue  # "HKPS5" or "APS5" is a word, not the sign
        if sign == "PS" and t.text.isdigit() and len(t.text) == 1:
            num = read_number(s, i, True)
            if num is None or not num.scaled:
                return None
        return code, a, 1.0
    return None


def _code_on_sign(s: Sentence, sign: int, floor: int) -> tuple[str, int, float] | None:
    """An ISO code glued before a dollar sign names the dollar ("AUD$ 15", "nzd$15", "MXN$ 15")."""
    toks = s.toks
    p = sign - 1
    if toks[sign].text != "$" or p < floor or toks[p].kind != "w" or toks[p].end != toks[sign].start:
        return None
    code = code_before_sign(toks[p].text)
    return (code, p, 1.0) if code else None


def read_money_tail(s: Sentence, c: Candidate) -> None:
    """After a money figure: a scale after its code ("75 USD million"), a code in millions ("30 MUSD"), and the
    sub-unit amount of a composite ("3 dollars 50 cents", "15 dollars and 50", "$20 43")."""
    d = c.d
    if d.unit_kind != "money" or d.value_high is not None:
        return
    _code_scale(s, c)
    _composite(s, c)


def _code_scale(s: Sentence, c: Candidate) -> None:
    toks, lex, d = s.toks, s.lex, c.d
    if c.code_scale != 1.0:
        d.value *= c.code_scale
        return
    code_at = next((k for k in range(c.number.end, d.end) if toks[k].kind == "w" and iso_code(toks[k].text)), None)
    if code_at is None:
        return
    d.value *= iso_code(toks[code_at].text)[1]
    e = d.end
    if e < len(toks) and s.adjacent(e - 1, e) and toks[e].low in lex.scale_words and not c.number.scaled:
        d.value *= lex.scale_words[toks[e].low]  # "75 USD million"
        d.end = e + 1


def _composite(s: Sentence, c: Candidate) -> None:
    """"3 dollars 50 cents" = 3.50: a whole amount, then (after "and") a number under 100, then its sub-unit or
    nothing that it could count."""
    toks, lex, d = s.toks, s.lex, c.d
    if c.number.scaled or d.value != int(d.value) or c.code_scale != 1.0:
        return
    k = d.end
    if k < len(toks) and toks[k].low in lex.list_links and toks[k].text != "," and s.adjacent(k - 1, k):
        k += 1
    if k >= len(toks) or not s.adjacent(k - 1, k) or not starts_number(s, k):
        return
    part = read_number(s, k, False)
    if part is None or part.scaled or not 0 < part.value < 100 or part.value != int(part.value):
        return
    e = part.end
    sub = lex.subunits.get(toks[e].low) if e < len(toks) and s.adjacent(e - 1, e) else None
    if sub is None and e < len(toks) and s.adjacent(e - 1, e):
        sub = _subunit_stem(s, e) or lex.composite_subunits.get(toks[e].low)
    if sub is not None:
        d.value += part.value * sub[2]
        d.end = e + 1
    elif _nothing_counted(s, e):
        d.value += part.value / 100
        d.end = e


def _subunit_stem(s: Sentence, e: int) -> tuple[str, str, float] | None:
    low = s.toks[e].low
    return next((v for k, v in s.lex.subunits.items() if len(k) > 3 and low.startswith(k[:4])), None)


def _nothing_counted(s: Sentence, e: int) -> bool:
    """Nothing after the sub-unit amount could be what it counts: the end, punctuation, or a word that is no noun."""
    toks, lex = s.toks, s.lex
    if e < len(toks) and (s.phrase_at(e, lex.currency_after) or s.phrase_at(e, lex.currency_before)):
        return False  # "10 $ 30 $": two amounts
    if e >= len(toks) or toks[e].kind == "s":
        return True
    return toks[e].kind == "w" and (toks[e].low in lex.stop_words or toks[e].low in lex.comparatives_after)


def decimal_after_sign(s: Sentence, c: Candidate, d: Draft) -> None:
    """"$10,000" in a text with decimal commas: after a dollar or euro sign the comma groups thousands, as the sign's
    own convention writes it (never "10,000" alone: Russian "1,250 млн" is one and a quarter)."""
    t = s.toks[d.first]
    if not s.lex.decimal_comma or c.currency is None or c.number.end != d.first + 1 or t.kind != "n":
        return
    parts = t.text.split(",")
    if len(parts) >= 2 and "." not in t.text and all(len(p) == 3 and p.isdigit() for p in parts[1:]) \
            and s.toks[c.start].text in ("$", "€", "£", "US$"):
        d.value = float(t.text.replace(",", ""))
