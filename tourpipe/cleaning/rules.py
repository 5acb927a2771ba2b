"""Compiled line rules of the cleaner: every lexicon module merged once into fast regexes and lookups."""
from __future__ import annotations

import re
from datetime import date

from tourpipe.cleaning import lexicon_en, lexicon_generic, lexicon_kk, lexicon_ru, lexicon_zh
from tourpipe.vocabulary import YEAR_PATTERN, alternation

# Every lexicon applies to every page: these sites mix languages (a Russian "Ctrl + Enter" notice on an
# English page, "Фото: …" credits inside Chinese text), and each pattern is anchored tightly enough
# not to fire on another language's prose.
LEXICONS = (lexicon_generic, lexicon_en, lexicon_ru, lexicon_kk, lexicon_zh)

# Rules that judge a line alone look at lines up to this long: furniture is far shorter (137 characters at most
# in every page the project has), and a bound keeps the work per line small however long a line is.
MAX_RULE_LINE = 1000
# Prefix and clause rules only look at short lines: a credit or byline is never a long paragraph.
MAX_PREFIX_LINE = 130
MAX_BYLINE_WORDS = 10
MAX_CLAUSE_LINE = 220

_LETTER = re.compile(r"[^\W\d_]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_F = re.IGNORECASE | re.UNICODE


def normalise(text: str) -> str:
    """Collapse every kind of whitespace (nbsp, thin, ideographic) to one space and strip."""
    return _SPACES.sub(" ", text).strip()


def bare(text: str) -> str:
    """Case-folded text without leading/trailing symbols, for whole-line label lookups ("↑ Top" → "top")."""
    return _EDGE.sub("", normalise(text).casefold())


def _merged(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lex in LEXICONS:
        for reason, patterns in getattr(lex, name, {}).items():
            out.setdefault(reason, []).extend(patterns)
    return out


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _union(name: str) -> frozenset:
    return frozenset(x.casefold() for lex in LEXICONS for x in getattr(lex, name, ()))


# Order matters only for the reason reported: the most specific family comes first.
_ORDER = ("language_switch", "image_file", "link", "copyright", "comment_box", "navigation", "credit", "byline",
          "metadata", "tags", "related_headline", "widget")


def _ordered(table: dict[str, list[str]], anchor: str, suffix: str = "") -> tuple[tuple[str, re.Pattern], ...]:
    reasons = [r for r in _ORDER if r in table] + [r for r in table if r not in _ORDER]
    return tuple((r, re.compile(anchor + "(?:" + _alternation(table[r]) + ")" + suffix, _F)) for r in reasons)


LINE_RULES = _ordered(_merged("LINE_PATTERNS"), "")
PREFIX_RULES = _ordered(_merged("PREFIX_PATTERNS"), "")
# a clause starts the line or follows a sentence break / separator, and runs to the end of the line
CLAUSE_RULES = _ordered(_merged("CLAUSE_PATTERNS"), r"(?:^|(?<=[.!?|»”\"\)\]])\s*|\s[|/]\s)", r"\s*$")
SPEAKER_LABEL = re.compile(_alternation([p for lex in LEXICONS for p in getattr(lex, "SPEAKER_LABELS", ())]), _F)
END_MARKER = re.compile(_alternation([p for lex in LEXICONS for p in getattr(lex, "END_MARKERS", ())]), _F)

NAV_LABELS = _union("NAV_LABELS")
RUBRICS = _union("RUBRICS")
LANGUAGE_TOKENS = _union("LANGUAGE_TOKENS")
FUNCTION_WORDS = _union("FUNCTION_WORDS")
MONTHS: dict[str, int] = {k.casefold(): v for lex in LEXICONS for k, v in getattr(lex, "MONTHS", {}).items()}

# ---- dates -------------------------------------------------------------------------------------------
_MONTH = "(?P<mon>" + alternation(MONTHS) + r")\.?"
_Y = "(?P<y>" + YEAR_PATTERN + ")"
_DATE_PATTERNS = tuple(re.compile(p, _F) for p in (
    r"(?<!\d)" + _Y + r"[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)",                      # 2023-03-25
    r"(?<!\d)" + _Y + r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?",                   # 2024年6月4日
    r"(?:(?<![\d.])|(?<=:\d\d\.))(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-]" + _Y + r"(?!\d)",  # 13.08.2014
    # (a time glued on before it: "15:09.02/10/2023")
    r"(?<!\w)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+" + _Y + r"(?!\d)",          # 6 February 2026
    r"(?<!\w)" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _Y + r"(?!\d)",          # May 24, 2024
    r"(?<!\w)" + _Y + r"\s+(?:ж\.?\s+)?(?P<d>\d{1,2})\s+" + _MONTH,                             # 2024 ж. 5 мамыр
))
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
DATE_PREFIX = re.compile(r"^\s*date\s+(" + YEAR_PATTERN + r"-\d\d(?:-\d\d)?)\b\s*", re.IGNORECASE)
_METADATA_WORD = re.compile(
    r"\b(source|updated|posted|published|by|editor|author|views?|источник|опубликовано|обновлено|автор"
    r"|редактор|просмотр\w*|来源|发布时间|责任编辑)\b", _F)


def _month_number(token: str) -> int | None:
    return MONTHS.get(token.casefold().rstrip("."))


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, date]]:
    """Every well-formed calendar date (with a year) in ``text`` (in text[start:end]) as (start, end, date)."""
    found = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text, start, len(text) if end is None else end):
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else _month_number(g["mon"])
            try:
                found.append((m.start(), m.end(), date(int(g["y"]), month, int(g["d"]))))
            except (TypeError, ValueError):
                continue
    return sorted(found)


def date_opening(text: str, start: int = 0, end: int | None = None) -> tuple[int, int, date] | None:
    """The calendar date (with a year) that opens text[start:end], as (start, end, date), else None."""
    found = find_dates(text, start, end)
    return found[0] if found and found[0][0] == start else None


def parse_date(text: str) -> date | None:
    """The first date in ``text`` (in its first MAX_RULE_LINE characters: a page's date is never further in)."""
    dates = find_dates(text[:MAX_RULE_LINE])
    return dates[0][2] if dates else None


def is_date_line(text: str) -> bool:
    """A timestamp line: dates/times plus at most a few words (source, author, counter) around them."""
    if len(text) > MAX_RULE_LINE:
        return False
    spans = [(s, e) for s, e, _ in find_dates(text)] + [m.span() for m in _TIME.finditer(text)]
    if not spans or text.rstrip().endswith("."):
        return False
    residual = text
    for s, e in sorted(spans, reverse=True):
        residual = residual[:s] + " " + residual[e:]
    words = [w for w in re.split(r"[\s|•·,/()\-–—]+", residual) if w and not w.isdigit()]
    return len(words) <= 4 or (len(words) <= 14 and bool(_METADATA_WORD.search(residual)))


def is_language_switch(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s|/•·,;:\-–—]+", text.casefold()) if t]
    if not tokens or len(tokens) > 8:
        return False
    return all(t in LANGUAGE_TOKENS for t in tokens) and (len(tokens) > 1 or len(tokens[0]) > 1)


_SPEECH = re.compile(r"^([^:：]{1,40})[:：]\s*(\S.*)$")
_SPEECH_MIN_WORDS = 5


def is_speech(text: str) -> bool:
    """A transcript turn: a speaker label ("Q", "Correspondent", "Anna Lee") and a colon before a whole
    sentence in running prose. "Correspondent: Anna Lee" or "Reporter: Ivan Petrov, Astana bureau." is a credit."""
    m = _SPEECH.match(text)
    if not m or not SPEAKER_LABEL.fullmatch(m.group(1).strip()):
        return False
    words = m.group(2).split()
    capitalised = sum(w[:1].isupper() for w in words)
    finished = m.group(2).rstrip("\"'»”’) ")[-1:] in ".!?…"
    return len(words) >= _SPEECH_MIN_WORDS and (finished or len(words) >= 2 * _SPEECH_MIN_WORDS) \
        and capitalised * 2 < len(words)


_MENU_ITEM_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{1,4}")
_MENU_SPLIT = re.compile(r"\s{2,}|\s*[|•·]\s*")
MIN_MENU_ITEMS = 4
MAX_MENU_ITEM_WORDS = 3


def is_menu(line: str) -> bool:
    """A menu bar of labels the lexicons do not all know: Chinese prose never puts spaces between
    short words ("首页 动态 消费 汽车 手机版"), and a bar of short items split by pipes or wide gaps
    where at least half the items are known labels ("Home | About | Economy | Contacts")."""
    words = line.split()
    if len(words) >= MIN_MENU_ITEMS and all(_MENU_ITEM_CJK.fullmatch(w) for w in words):
        return True
    items = [b for t in _MENU_SPLIT.split(line) if (b := bare(t))]
    if len(items) < MIN_MENU_ITEMS or any(len(t.split()) > MAX_MENU_ITEM_WORDS for t in items):
        return False
    return 2 * sum(t in NAV_LABELS or t in RUBRICS for t in items) >= len(items)


def strong_reason(text: str) -> str | None:
    """The furniture family of a line judged on its own, or None when only its position can tell."""
    line = normalise(text)
    if not line:
        return "blank"
    if not _LETTER.search(line) and not any(c.isdigit() for c in line):
        return "widget"  # ":", "* * *": marks alone say nothing, wherever they stand (a kept one's fate would hang
        # on its neighbours, which a second cleaning changes)
    if len(line) > MAX_RULE_LINE:
        # no rule reads it whole: a line without a letter is a counter or a rule of dashes, like the short ones
        # the widget rules know; any other is running text, which only its position can make furniture
        return None if _LETTER.search(line) else "widget"
    return _label_reason(text, line) or _line_rule_reason(line) or _prefix_reason(line) or _clause_reason(line)


def _label_reason(text: str, line: str) -> str | None:
    """A language switch, a navigation label or a menu bar of them."""
    if is_language_switch(line):
        return "language_switch"
    if bare(line) in NAV_LABELS:
        return "section_label"
    if _all_labels(_LABEL_SPLIT.split(line)):
        return "navigation"  # a menu bar: "Home News Business", "首页 新闻 手机版"
    if is_menu(text.strip()):  # before normalise(): wide gaps separate menu items
        return "navigation"
    return None


_LABEL_SPLIT = re.compile(r"\s{1,}|\s*[|•·]\s*")


def _all_labels(parts: list[str]) -> bool:
    """Two or more non-empty parts, each a navigation label or a rubric; stops at the first that is not (a line of
    running text is decided on its first word or two, not bared word by word)."""
    n = 0
    for part in parts:
        label = bare(part)
        if not label:
            continue
        if label not in NAV_LABELS and label not in RUBRICS:
            return False
        n += 1
    return n >= 2


def _line_rule_reason(line: str) -> str | None:
    for reason, rule in LINE_RULES:
        if rule.fullmatch(line):
            # "13.08.2014, 17:51 3830" is a timestamp with a view counter: report the timestamp
            return "metadata" if reason == "widget" and is_date_line(line) else reason
    return None


def _prefix_reason(line: str) -> str | None:
    """A short line opening with a credit, byline, metadata or related-news label, or a timestamp line."""
    if len(line) > MAX_PREFIX_LINE or is_speech(line):
        return None
    n_words = len(line.split())
    for reason, rule in PREFIX_RULES:
        # "By Wednesday, the delegation had left." is a sentence, not a byline
        if reason == "byline" and (n_words > MAX_BYLINE_WORDS or line[-1] in ".!?"):
            continue
        if rule.match(line):
            return reason
    return "metadata" if is_date_line(line) else None


def _clause_reason(line: str) -> str | None:
    if len(line) <= MAX_CLAUSE_LINE:
        for reason, rule in CLAUSE_RULES:
            if rule.search(line):
                return reason
    return None


def is_end_marker(text: str) -> bool:
    return len(text) <= MAX_RULE_LINE and bool(END_MARKER.fullmatch(normalise(text)))
