"""Sentence splitting, tokenisation and digit parsing for the figures extractor (language-independent)."""
from __future__ import annotations

import re

from tourpipe.figures.currencies import SIGNS_BEFORE
from tourpipe.vocabulary import MONTH_ABBREVIATIONS_EN, TOP_LEVEL_DOMAINS, alternation, is_plausible_year

_SPACES = "\u00a0\u2009\u202f\u2007 "
# Tokens that can hold digits but are never figures: links, e-mail, file names, dates, times, phones, fractions.
# Every repetition is possessive or bounded and every open-ended run may start only where its run starts (the
# look-behinds): a 200 KB line of "1-1-1-..." is scanned once, not once per character (issue 17).
_SKIP = (r"(?:https?://|www\.)\S++|(?<![\w.+-])[\w.+-]++@[\w-]++\.\w[\w.]*+"
         rf"|(?<![\w-])[\w-]++\.(?:{alternation(TOP_LEVEL_DOMAINS)})(?![\w.]\w)"
         r"|(?<![\w-])[\w-]++\.(?:png|jpe?g|gif|webp|svg|pdf|docx?|xlsx?|pptx?|html?|php|aspx?|mp4|mp3|zip)\b"
         r"|\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b|\d++/\d++"
         r"|\+\d[\d\-\s().]{7,24}\d|\(\d{3,5}\)\s?\d[\d\-\s]{5,16}\d|\b\d{3}-\d{3}-\d{4}\b")
# Grouped digits ("1 250"), plain or separated digits, and a bare decimal fraction (".001 per cent", "a .500 record").
_NUM = rf"\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*|(?<![\w.,])\.\d+(?![.,]?\d)"
# A proper fraction with a small denominator is a number ("1/4 point", "7 3/4 %"); "24/7", "9/11" and dates are not.
_FRACTION = r"(?<![\d/⁄.,])[1-9][/⁄](?:2|3|4|5|6|8|10|12|16|20|32|64|100|128)(?![\d/⁄.,])"
_TOKEN = re.compile(rf"(?P<q>{_FRACTION})|(?P<x>{_SKIP})|(?P<n>{_NUM})|(?P<w>[^\W\d_]+(?:['’][^\W\d_]+)?)|(?P<s>\S)")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_HAS_CANDIDATE = re.compile(r"\d")

# Sentence ends: line breaks, or . ! ? followed by space and a capital/digit, unless the dot closes an abbreviation.
_SENT_BREAK = re.compile(r"\n\s*+|(?<![.!?…])[.!?…]++[\"»”’)]*+\s++(?=[\"«“‘(\[]?[A-ZА-ЯЁ\d])")
_ABBREVIATIONS = MONTH_ABBREVIATIONS_EN | frozenset("""
mr mrs ms dr prof st no nos nr inc ltd co corp vs gen gov sen rep
jr sr mt ft approx est fig u.s u.k e.g i.e p pp vol art им ул пр д ст стр см т.е т.д т.п св проф акад обл р-н
""".split())

_SCALE_ABBREVIATIONS = frozenset({"тыс", "млн", "млрд", "трлн", "кв", "куб", "mln", "bn", "sq"})
# Currencies written before the amount with an abbreviation dot ("Rs.", "Fr.", "грн."), without the dot.
_SIGN_ABBREVIATIONS = frozenset(sign[:-1].lower() for sign in SIGNS_BEFORE
                                if sign.endswith(".") and sign[:-1].isalpha())


class Token:
    """One token of a sentence: kind is n (number), w (word), s (symbol) or x (never a figure)."""

    __slots__ = ("kind", "text", "low", "start", "end", "value", "grouped")

    def __init__(self, kind: str, text: str, start: int, end: int):
        self.kind = kind
        self.text = text
        self.low = text.lower().replace("ё", "е") if kind == "w" else text
        self.start = start
        self.end = end
        self.value: float | None = None
        self.grouped = False  # digits with a thousands separator or a decimal part

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"{self.kind}:{self.text!r}@{self.start}"


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, stripped of surrounding whitespace."""
    spans, start = [], 0
    for m in _SENT_BREAK.finditer(text):
        if m.group()[0] == ".":
            before = text[max(start, m.start() - 12):m.start()]
            word = re.split(r"[\s(\"«]", before)[-1].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            following = text[m.end():m.end() + 8].split(" ", 1)[0].rstrip(".,;:")
            if word in _SCALE_ABBREVIATIONS and following.isupper() and len(following) <= 4:
                continue  # "150 тыс. ДФЭ", "2 млн. МВт": a unit acronym, not a new sentence
            if word in _SIGN_ABBREVIATIONS and following[:1].isdigit():
                continue  # "Rs. 20 crore", "грн. 500": an abbreviated currency before its amount
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# The per-sentence budget: a longer "sentence" (a table row run together, a 200 KB line without a full stop) is read
# in pieces of at most this many characters, so every per-sentence step works on a bounded piece and the whole text
# costs time linear in its length. A real sentence is far shorter; a cut falls on a space that does not sit between
# two digits ("1 250 000" stays whole) when there is one in the piece's last half.
PIECE_CHARS = 1000


def pieces(text: str, start: int, end: int, budget: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the bounded pieces of the sentence text[start:end]; one piece when it is short."""
    out = []
    while end - start > budget:
        cut = _cut(text, start + budget // 2, start + budget)
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


def _cut(text: str, low: int, high: int) -> int:
    """The last good place to cut text between ``low`` and ``high``: after "," or ";" or at a space, not inside a number
    grouped by spaces; ``high`` when there is none."""
    best = None
    for p in range(high - 1, low - 1, -1):
        ch = text[p]
        if ch in ",;" and text[p + 1:p + 2].isspace():
            return p + 1
        if best is None and ch.isspace() and not (text[p - 1].isdigit() and text[p + 1:p + 2].isdigit()):
            best = p
    return best if best is not None else high


def has_candidate(text: str, start: int, end: int, word_pattern: re.Pattern | None) -> bool:
    """Cheap test: could this sentence hold a figure at all?"""
    if _HAS_CANDIDATE.search(text, start, end):
        return True
    return bool(word_pattern and word_pattern.search(text, start, end))


def tokenize(text: str, start: int, end: int, decimal_comma: bool) -> list[Token]:
    toks = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "q":
            tok = Token("n", m.group(), m.start(), m.end())
            top, bottom = m.group().replace("⁄", "/").split("/")
            tok.value, tok.grouped = (int(top) / int(bottom), True) if int(top) < int(bottom) else (None, False)
            tok.kind = "n" if tok.value is not None else "x"
            toks.append(tok)
            continue
        tok = Token(kind, m.group(), m.start(), m.end())
        if kind == "n":
            tok.value, tok.grouped = parse_digits(tok.text, decimal_comma)
            if tok.value is None:
                tok.kind = "x"
        toks.append(tok)
    return toks


def year_in_skip(text: str) -> int | None:
    """The first plausible year written in a token that is no figure ("2024-05-01", "news/2024/05/12")."""
    return next((int(m.group()) for m in _FOUR_DIGITS.finditer(text) if is_plausible_year(int(m.group()))), None)


def parse_digits(s: str, decimal_comma: bool) -> tuple[float | None, bool]:
    """Value of a digit string with either separator convention; (None, _) when it cannot be read."""
    t = s
    grouped = False
    for ch in _SPACES:
        if ch in t:
            t = t.replace(ch, "")
            grouped = True
    if "," in t and "." in t:
        dec = "." if t.rfind(".") > t.rfind(",") else ","
        t = t.replace("," if dec == "." else ".", "").replace(dec, ".")
        grouped = True
    elif "," in t:
        parts = t.split(",")
        if len(parts) > 2 or (not decimal_comma and len(parts[1]) == 3) or grouped:
            if not all(len(p) == 3 for p in parts[1:]) and not grouped:
                return None, False
            t = t.replace(",", "") if not grouped else t.replace(",", ".")
        else:
            t = t.replace(",", ".")
        grouped = True
    elif "." in t:
        parts = t.split(".")
        if len(parts) > 2:
            if not all(len(p) == 3 for p in parts[1:]):
                return None, False
            t = t.replace(".", "")
        grouped = True
    try:
        return float(t), grouped
    except ValueError:
        return None, False
