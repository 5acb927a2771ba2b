"""Sentences and dependency parses in one language-neutral shape: UD labels, offsets into the source text.

The English parse comes from spaCy (ClearNLP labels, converted here to Universal Dependencies: a preposition
becomes the ``case`` of its noun, which attaches to the preposition's head as ``obl``/``nmod``); the Russian
one from natasha's parser (already UD), with each word's tags read from pymorphy3. Extractors look only at
:class:`Parse`, so one set of rules serves both.
Parsing is the expensive step: callers parse only the sentences that hold a trigger word.
"""
from __future__ import annotations

import bisect
import re
from collections import OrderedDict, namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from tourpipe.nlp import one_blas_thread

# A sentence column holds the real sentence, cut to this many characters around the span it is about.
SENTENCE_WINDOW = 400


# -- sentences ---------------------------------------------------------------------------------------------------------

_SENT_END = re.compile(r"[.!?…]+[\"»”’')\]]*(?=\s+[\"«“„‘'(\[]?[A-ZА-ЯЁ\d]"
                       # scraped text that lost the space: "… сообщает ИА «Дунё».В ходе визита …", "керамики.На встрече"
                       # (after a lower-case letter or a closing quote: _GLUED_AFTER; one pattern keeps the scan fast)
                       r"|[A-ZА-ЯЁ](?:[a-zа-яё]+(?![.\w])|\s))")
_GLUED_AFTER = re.compile(r"[a-zа-яё\"»”]")
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st no nos nr jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp vs gen gov sen rep
jr sr mt ft approx est fig e.g i.e u.s u.k u.n p pp vol art им ул пр д ст стр см т.е т.д т.п св проф акад обл р-н
kh ch sh zh ts
""".split())  # (the last: an initial of two letters, "Kh.Bolorchuluun", "Ts. Batbold")
# "5 млн. рублей" goes on, "$16 млрд. Кроме того" ends: after these, only a capitalised word opens a sentence.
_SCALE_ABBREVIATIONS = frozenset("млн млрд тыс трлн руб долл bn mln".split())
# A company's legal form ends its name: after it, a word that opens sentences opens one.
_NAME_END_ABBREVIATIONS = frozenset("inc ltd co corp".split())
_SENTENCE_OPENERS = frozenset("He She It They We I The This These Its His Her Their In On At As After During".split())
_WORD_BEFORE = re.compile(r"([\w.-]+)$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line (paragraph) of ``text``, without its line break (:func:`_line_spans`; the
    quotes reader, the events reader and the sentence splitter each ask for the same text's)."""
    return list(_line_spans(text) if len(text) <= SPLIT_CACHE_TEXT else _line_spans.__wrapped__(text))


@lru_cache(maxsize=64)
def _line_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each non-blank line (paragraph) of ``text``, without its line break. A page hard-wrapped
    mid-sentence ("Как\nсообщает пресс-служба …", "Косим отметил, что\nукрепляются …") is read in paragraphs: a line
    that ends with no sentence punctuation runs on into the next when that one opens in lower case, or when it ends
    with a preposition, an article or a conjunction ("that began on\nThursday")."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            if out and out[-1][1] == pos - 1 and _ends_in_a_letter(text, *out[-1]) \
                    and (_WRAPPED_NEXT.match(line) or _OPEN_END.search(text, *out[-1])):
                out[-1] = (out[-1][0], end)
            else:
                out.append((pos, end))
        pos = end + 1
    return tuple(out)


def unwrapped(text: str, lines: list[tuple[int, int]]) -> str:
    """``text`` with the line breaks inside a hard-wrapped paragraph (syntax.line_spans) read as spaces, so the parser
    sees one sentence; offsets are unchanged."""
    breaks = []
    for s, e in lines:
        i = text.find("\n", s, e)
        while i >= 0:
            breaks.append(i)
            i = text.find("\n", i + 1, e)
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


def blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span's characters read as spaces (a dateline, a scraper's prefix); offsets are unchanged."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


_WRAPPED_NEXT = re.compile(r"[ \t]*[a-zа-яё]")  # a line opening with a lower-case word
# ... or a line ending with a word no sentence or heading ends with ("… state visit that began on\nThursday, …")
_OPEN_END = re.compile(r"(?<![^\s])(?:the|a|an|of|on|in|at|to|by|for|from|with|and|or|that|в|на|с|по|о|об|к|и|для|из)"
                       r"[ \t]*$")
_WORDS = re.compile(r"[^\W\d_]+")


def title_case(text: str, start: int, end: int) -> bool:
    """Is text[start:end] in Title Case (most of its words of three letters or more capitalised): a headline, a
    sub-heading, a name?"""
    words = [m for m in _WORDS.finditer(text, start, end) if len(m.group()) >= 3]
    return len(words) >= 3 and sum(m.group()[0].isupper() for m in words) >= 0.7 * len(words)


def _ends_in_a_letter(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end in a letter (no stop, colon or closing mark), trailing blanks aside?"""
    j = end - 1
    while j >= start and text[j] in " \t":
        j -= 1
    return j >= start and text[j].isalpha()


def _is_abbreviation(text: str, line_start: int, dot: int, after: int) -> bool:
    m = _WORD_BEFORE.search(text, max(line_start, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _SCALE_ABBREVIATIONS:
        following = text[after:after + 12].lstrip().split(" ", 1)[0]
        # "млн. USD" goes on; "млн. В связи с …" ends (a one-letter word is a sentence's first: "В", "A")
        return (len(following) > 1 and following.isupper()) or not following[:1].isupper()
    if word in _NAME_END_ABBREVIATIONS and text[after:after + 12].lstrip().split(" ", 1)[0] in _SENTENCE_OPENERS:
        return False  # "… made by Anhui Robot Co., Ltd. He said": a company's name ends, a sentence begins
    # a single letter, or initials ("K.K. Tokayev", "Ж.Б. Туймебаев")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; a sentence never crosses a line, spans are stripped."""
    return list(_sentence_spans(text) if len(text) <= SPLIT_CACHE_TEXT else _sentence_spans.__wrapped__(text))


# The quotes and the events extractor each split the same texts, a stage's chunk of documents apart (the events
# extractor once per document, _Doc.hits). A text longer than SPLIT_CACHE_TEXT is split again when asked: the cache
# keeps its texts alive, and must stay small.
SPLIT_CACHE_TEXT = 200_000


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for ls, le in line_spans(text):
        start = ls
        for m in _SENT_END.finditer(text, ls, le):
            if text[m.start()] == "." and _is_abbreviation(text, ls, m.start(), m.end()):
                continue
            if not text[m.end()].isspace() and not (m.start() > ls and _GLUED_AFTER.match(text, m.start() - 1)):
                continue  # "U.S.Army", "ASP.NET": no sentence ends without a space unless a word ends in lower case
            out.append((start, m.end()))
            start = m.end()
        out.append((start, le))
    return tuple(_strip(text, s, e) for s, e in out if text[s:e].strip())


# A sentence longer than this is parsed in pieces (cut at whitespace): parse work and every walk over a parse stay
# bounded whatever the text (a 200 KB line without a full stop). Real sentences are far shorter.
PARSE_PIECE = 2_000
_LAST_SPACE = re.compile(r".*\s", re.S)


def sentence_pieces(text: str, limit: int = PARSE_PIECE) -> list[tuple[int, int]]:
    """:func:`sentence_spans`, with a sentence longer than ``limit`` characters cut into pieces of at most
    ``limit`` at the last whitespace in each (a run without whitespace is cut at ``limit``)."""
    out = []
    for s, e in sentence_spans(text):
        while e - s > limit:
            m = _LAST_SPACE.match(text, s, s + limit)
            cut = m.end() if m and m.end() > s + limit // 2 else s + limit
            piece = _strip(text, s, cut)
            if piece[0] < piece[1]:
                out.append(piece)
            s = cut
        piece = _strip(text, s, e)
        if piece[0] < piece[1]:
            out.append(piece)
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_around(sentences: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The smallest run of whole sentences holding [start, end) (they are sorted and never overlap)."""
    starts = [s for s, _ in sentences]
    a = max(0, bisect.bisect_right(starts, start) - 1)
    b = max(a, bisect.bisect_left(starts, end) - 1)
    if not sentences:
        return start, end
    return min(sentences[a][0], start), max(sentences[b][1], end)


def bounded(text: str, sent: tuple[int, int], focus: tuple[int, int], limit: int = SENTENCE_WINDOW,
            flat: bool = False) -> str:
    """``text[sent]`` when it is short; else ~``limit`` characters of it around ``focus``, cut at spaces. ``flat``:
    a line break (of a hard-wrapped paragraph, or between a sentence and the one that attributes it) reads as a
    space."""
    s, e = sent
    if e - s <= limit:
        return text[s:e].replace("\n", " ") if flat else text[s:e]
    mid = (focus[0] + min(focus[1], focus[0] + limit)) // 2
    a = max(s, mid - limit // 2)
    b = min(e, a + limit)
    a = max(s, b - limit)
    if a > s:
        sp = text.find(" ", a, b)
        a = sp + 1 if sp >= 0 else a
    if b < e:
        sp = text.rfind(" ", a, b)
        b = sp if sp > a else b
    return text[a:b].strip().replace("\n", " ") if flat else text[a:b].strip()


# -- wire datelines ---------------------------------------------------------------------------------------------------

# A wire dateline before the lede: "ASTANA. KAZINFORM - ", "Пекин. 4 ноября. КазТАГ – ", "URUMQI, July 29 (Xinhua) -- ",
# "CHONGQING, China, Dec. 21, 2020 /PRNewswire/ — ", "Урумчи, 2 октября /Синьхуа/ -- ", "Ulaanbaatar /MONTSAME/ ",
# "DUSHANBE\ufffd " (a dash a scraper could not decode, glued to the city),
# "Beijing, (TDI): ". Its last word is an agency or a city in capitals (two capitals at least, or in parentheses)
# before a dash, an agency in parentheses before a colon, or an agency between slashes; after a city and a date set
# off by full stops or commas, or alone ("ALMATY – "; not "The EU – China summit").
_MEDIA = "VIDEO|PHOTOS?|INFOGRAPHICS?|LIVE|UPDATED?|ВИДЕО|ФОТО|ИНФОГРАФИКА|ОБНОВЛЕНО"  # "/VIDEO/" ends a headline
_DATELINE = re.compile(r"[^\n]{0,60}?(?:(?:\b\w*[A-ZА-ЯЁ]\w*[A-ZА-ЯЁ]\w*|\([^()\n]{2,30}\))"
                       r"(?:\s+(?:--|[-–—])|\ufffd)\s+"
                       r"|\([A-ZА-ЯЁ][^()\n]{1,29}\):\s+"
                       rf"|(?<=\s)/(?!(?i:{_MEDIA})/)[A-ZА-ЯЁ][^/\n]{{1,29}}/[ \t]*(?:(?:--|[-–—])[ \t]+)?)")
# "ASTANA. ", "URUMQI, ", "NUR-SULTAN, ", "NEW YORK, ", "Пекин. ", "Ulaanbaatar /" (not "Mr. ")
# "XI'AN, ": a city's name may hold an apostrophe ("China's" is a possessive, no city)
_CITY_FIRST = re.compile(r"(?:[^\W\d_]{3,}|[^\W\d_]+['’](?![sS]\b)[^\W\d_]+)(?:[\s-][^\W\d_]{2,})?(?:[.,]\s|\s+/)")
_CITY = re.compile(r"[^\W\d_](?:[^\W\d_\s-]|['’](?=[^\W\d_]))*(?:[\s-][^\W\d_]+)?(?=[.,:]\s|\s+/|\s+[-–—]|\ufffd\s)")
DATELINE_LINES = 3  # a dateline opens one of the first lines (the headline and standfirst come before the lede)


# A page's own date glued before the dateline by the scraper: "date 2025-04-30 MOSCOW, April 30. /TASS/. "
_GLUED_DATE = re.compile(r"[ \t]*date \d{4}-\d{2}-\d{2}[ \t]+")
# ... a desk after the agency: "ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК - "; a city in capitals and a colon: "ISLAMABAD: "
_DESK = re.compile(r"(?:[A-ZА-ЯЁ][A-ZА-ЯЁ-]+\s+){1,2}[A-ZА-ЯЁ][A-ZА-ЯЁ-]+\s+(?:--|[-–—])\s+(?=[A-ZА-ЯЁ])")
# ... a city in capitals and the day, with no agency: "ПЕКИН, 23 февраля. ", "ASTANA, May 5 - "
# (with the outlet's name in quotation marks after the day: "БИРОБИДЖАН, 17 июня, «Город на Бире» - ")
_CAPS_CITY_DAY = re.compile(r"([A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+)?),\s+(?:\d{1,2}\s+[^\W\d_]{3,}\.?"
                            r"|[^\W\d_]{3,}\.?\s+\d{1,2})(?:,\s+\d{4})?(?:,\s+[«\"“][^»\"”\n]{1,40}[»\"”])?"
                            r"(?:\.\s+|\s+[-–—]\s+)(?=[^\W\d_])")
# ... or, its agency's credit gone, the city and the day before the lede: "ULAN BATOR Aug 22 China and Mongolia …"
_CAPS_CITY_MONTH_DAY = re.compile(r"([A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+)?)\s+"
                                  r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+"
                                  r"(?=[A-Z][a-z])")
# ... an agency with its country's code: "CentralAsia (TJ) - "
_AGENCY_CODE = re.compile(r"[A-ZА-ЯЁ][\w.-]+\s+\([A-Z]{2,3}\)")
# The page's date glued to the lede's first word: "April 17, 2025A Chinese delegation …", "Сентябрь 9, 2013Казахстан"
_PAGE_DATE_GLUED = re.compile(r"(?:[A-Z][a-z]{2,8}|[А-ЯЁ][а-яё]{2,8})\.?\s+\d{1,2},\s+(?:19|20)\d\d(?=[A-ZА-ЯЁ])"
                              r"|\d{1,2}\s+(?:[A-Za-z]{3,9}|[а-яё]{3,9})\.?\s+(?:19|20)\d\d(?=[A-ZА-ЯЁ])")
_COLON_CITY = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+)?:\s+(?=[^\W\d_])")
# ... a city in capitals glued to a dash before the lede: "ASTANA—Kazakh and Chinese business leaders signed …"
_CAPS_CITY_DASH = re.compile(r"([A-ZА-ЯЁ][A-ZА-ЯЁ'’]{2,}(?:[\s-][A-ZА-ЯЁ][A-ZА-ЯЁ'’]+)?)"
                             r"[ \t]*[—–][ \t]*(?=[A-ZА-ЯЁ][a-zа-яё])")


def _known_city(name: str) -> bool:
    """"ISLAMABAD" of "ISLAMABAD: …" is a place we know ("UPDATE: …", "KTZ: …" are no datelines); "БИРОБИДЖАН" too,
    by its English name."""
    from tourpipe.entities.places import is_known_gpe, romanized_place  # here: the entities package is heavy

    if is_known_gpe(name.title()):
        return True
    latin = romanized_place(name.title())
    return latin is not None and is_known_gpe(latin)


def datelines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the wire datelines that open one of the first lines of ``text``."""
    out, start, seen = [], 0, 0
    while seen < DATELINE_LINES:
        end = text.find("\n", start)
        if text[start:end if end >= 0 else len(text)].strip():
            seen += 1  # blank lines between the headline, the page's date line and the lede count for nothing
            glued = _GLUED_DATE.match(text, start)
            at = glued.end() if glued else start
            while at < len(text) and text[at] in " \t":  # the page's date may come blanked out: "      ASTANA. "
                at += 1
            m = _DATELINE.match(text, at)
            head = m.group().rstrip(" -–—") if m is not None else ""
            if m is not None and len(head.split()) <= 8 and (len(head.split()) == 1 or _CITY_FIRST.match(head)
                                                             or _AGENCY_CODE.fullmatch(head)):
                desk = _DESK.match(text, m.end())
                out.append((start if glued else m.start(), desk.end() if desk else m.end()))
            elif (colon := _COLON_CITY.match(text, at)) is not None and _known_city(colon.group().rstrip(": \t")):
                out.append((start if glued else colon.start(), colon.end()))
            elif (day := _CAPS_CITY_DAY.match(text, at) or _CAPS_CITY_MONTH_DAY.match(text, at)
                  or _CAPS_CITY_DASH.match(text, at)) is not None and _known_city(day.group(1)):
                out.append((start if glued else day.start(), day.end()))
            elif (stamp := _PAGE_DATE_GLUED.match(text, at)) is not None:
                out.append((start if glued else stamp.start(), stamp.end()))
        start = text.find("\n", start) + 1
        if start == 0:
            break
    return out


def dateline_city(text: str, spans: Sequence[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """(start, end) of the city a dateline opens with ("URUMQI" of "URUMQI, July 29 (Xinhua) -- "), else None;
    ``spans``: the text's :func:`datelines`, when the caller has them."""
    for s, e in datelines(text) if spans is None else spans:
        glued = _GLUED_DATE.match(text, s, e)
        m = _CITY.match(text, glued.end() if glued else s, e) or _CAPS_CITY_MONTH_DAY.match(text, s) \
            or _CAPS_CITY_DASH.match(text, glued.end() if glued else s)
        if m is not None:
            return m.span(1) if m.re in (_CAPS_CITY_MONTH_DAY, _CAPS_CITY_DASH) else m.span()
    return None


# -- named mentions by position ---------------------------------------------------------------------------------------

class Mentions:
    """Entity mentions of one text, looked up by position (events and quotes ask "who is named here?")."""

    def __init__(self, entities: Sequence):
        self.items = sorted(entities, key=lambda e: (e.start_char, -e.end_char))
        self._starts = [e.start_char for e in self.items]
        self._covering: dict = {}  # covering's answers: the event readers ask of the same words again and again

    def starting(self, start: int, end: int, labels: frozenset[str] | None = None) -> list:
        """Mentions that start inside [start, end), wherever they end, in order."""
        k = bisect.bisect_left(self._starts, start)
        out = []
        while k < len(self.items) and self.items[k].start_char < end:
            e = self.items[k]
            if labels is None or e.label in labels:
                out.append(e)
            k += 1
        return out

    def within(self, start: int, end: int, labels: frozenset[str] | None = None) -> list:
        """Mentions lying inside [start, end), in order."""
        return [e for e in self.starting(start, end, labels) if e.end_char <= end]

    def covering(self, pos: int, labels: frozenset[str] | None = None):
        """The mention holding character ``pos`` (among the five that start last at or before it), else None."""
        try:
            return self._covering[pos, labels]
        except KeyError:
            pass
        found = None
        top = bisect.bisect_right(self._starts, pos) - 1
        for k in range(top, max(top - 5, -1), -1):
            e = self.items[k]
            if pos < e.end_char and (labels is None or e.label in labels):
                found = e
                break
        self._covering[pos, labels] = found
        return found

    def last_before(self, pos: int, floor: int, labels: frozenset[str]):
        """The last mention with one of ``labels`` ending at or before ``pos`` and starting at or after ``floor``."""
        k = bisect.bisect_left(self._starts, pos) - 1
        while k >= 0 and self.items[k].start_char >= floor:
            e = self.items[k]
            if e.end_char <= pos and e.label in labels:
                return e
            k -= 1
        return None


# -- parses ------------------------------------------------------------------------------------------------------------

class _Tour(NamedTuple):
    """A tree's words in depth-first order (children in text order): word k's subtree is order[at[k]:after[k]];
    ``whole`` keeps the sorted subtrees asked for."""

    order: list[int]
    at: list[int]
    after: list[int]
    whole: dict[int, list[int]]


class Word(namedtuple("Word", "i text start end head dep pos lemma feats base")):
    """One word of a parse; ``text == source[start:end]``. A tuple: a parse's words are made by the hundred thousand
    (and again for each place a repeated sentence stands, _moved), which a dataclass made ~3x slower.

    i: index in its Parse; head: index of the head word (a root points to itself); dep: Universal Dependencies
    relation, lower case ("nsubj", "obl", "nsubj:pass", "root"); pos: UPOS; lemma: lower case; feats: UD features
    ("Tense=Past|VerbForm=Fin"); base: the relation before ':' ("nsubj" of "nsubj:pass"), derived from dep.
    """

    __slots__ = ()

    def __new__(cls, i: int, text: str, start: int, end: int, head: int, dep: str, pos: str, lemma: str,
                feats: str = ""):
        return tuple.__new__(cls, (i, text, start, end, head, dep, pos, lemma, feats, dep.partition(":")[0]))

    def feat(self, name: str) -> str | None:
        return _features(self.feats).get(name)


@lru_cache(maxsize=4096)
def _features(feats: str) -> dict[str, str]:
    """UD features as a table ("Tense=Past|VerbForm=Fin" -> {"Tense": "Past", ...}): Word.feat is asked ~100 times a
    parsed sentence, of a few hundred distinct feature strings."""
    out: dict[str, str] = {}
    for kv in feats.split("|"):
        k, _, v = kv.partition("=")
        out.setdefault(k, v)
    return out


@dataclass(frozen=True)
class Parse:
    """The dependency parse of one sentence (or a window of it) of a source text."""

    start: int
    end: int
    words: tuple[Word, ...]
    _kids: tuple[tuple[int, ...], ...] = field(default=(), repr=False, compare=False)
    _tour: list = field(default_factory=list, repr=False, compare=False)  # [_Tour], or [None] for a circle
    _cases: dict = field(default_factory=dict, repr=False, compare=False)  # case_of's answers, by word

    def __post_init__(self):
        if self._kids:
            return  # a moved parse: the same tree
        kids: list[list[int]] = [[] for _ in self.words]
        for w in self.words:
            if w.head != w.i:
                kids[w.head].append(w.i)
        object.__setattr__(self, "_kids", tuple(tuple(k) for k in kids))

    def _walk(self) -> _Tour | None:
        """The words in depth-first order, once per tree (a moved parse shares it); None when heads run in a
        circle."""
        if not self._tour:
            order: list[int] = []
            kids = self._kids
            for root in (w.i for w in self.words if w.head == w.i):
                todo = [root]
                while todo:
                    k = todo.pop()
                    order.append(k)
                    todo.extend(reversed(kids[k]))
            tour = None
            if len(order) == len(self.words):
                at = [0] * len(order)
                for n, k in enumerate(order):
                    at[k] = n
                after = [0] * len(order)
                for n in range(len(order) - 1, -1, -1):
                    k = order[n]
                    after[k] = max((after[c] for c in kids[k]), default=n + 1)
                tour = _Tour(order, at, after, {})
            self._tour.append(tour)
        return self._tour[0]

    def children(self, i: int, *deps: str) -> list[Word]:
        """Children of word i, optionally only those whose relation (or its base before ':') is in ``deps``."""
        words = self.words
        if not deps:
            return [words[k] for k in self._kids[i]]
        return [w for k in self._kids[i] if (w := words[k]).dep in deps or w.base in deps]

    def case_of(self, i: int) -> str | None:
        """The preposition of word i's phrase, lower case: its "case" dependent nearest before it (a parse may hang a
        second one on the word: "во главе с губернатором прибыла в город"), else its first; None without one.
        Asked of a word again and again by the event readers: answered once per tree."""
        try:
            return self._cases[i]
        except KeyError:
            marks = self.children(i, "case")
            before = [m for m in marks if m.i < i]
            found = self._cases[i] = (before[-1] if before else marks[0]).text.lower() if marks else None
            return found

    def head_of(self, i: int) -> Word | None:
        w = self.words[i]
        return None if w.head == i else self.words[w.head]

    def subtree(self, i: int, skip: Callable[[Word], bool] | None = None) -> list[int]:
        """Sorted indices of word i and its descendants; ``skip`` prunes a child's whole subtree. A parse whose heads
        run in a circle (the Russian parser gives one on garbled text) is walked once round it."""
        tour = self._walk()
        if tour is not None:
            # a subtree is a run of the depth-first order; a pruned child's run is stepped over whole
            order, after = tour.order, tour.after
            if skip is None:
                if (out := tour.whole.get(i)) is None:
                    out = tour.whole[i] = sorted(order[tour.at[i]:after[i]])
                return list(out)
            out, n, stop, words = [i], tour.at[i] + 1, after[i], self.words
            while n < stop:
                c = order[n]
                if skip(words[c]):
                    n = after[c]
                else:
                    out.append(c)
                    n += 1
            out.sort()
            return out
        out, todo, kids, seen = [i], [i], self._kids, {i}
        words = self.words
        while todo:
            for c in kids[todo.pop()]:
                if c not in seen and (skip is None or not skip(words[c])):
                    seen.add(c)
                    out.append(c)
                    todo.append(c)
        out.sort()
        return out

    def index_at(self, char: int) -> int | None:
        """Index of the word covering character ``char``, else None."""
        starts = [w.start for w in self.words]
        k = bisect.bisect_right(starts, char) - 1
        if k >= 0 and self.words[k].start <= char < self.words[k].end:
            return k
        return None

    def ancestors(self, i: int) -> list[int]:
        out, seen = [], {i}
        k = self.words[i].head
        while k not in seen:
            out.append(k)
            seen.add(k)
            k = self.words[k].head
        return out


# -- English: spaCy, converted to UD -----------------------------------------------------------------------------------

# Penn tag -> (UPOS, UD features). The attribute ruler would do this at a third of the parse's cost.
_PENN = {
    "NN": ("NOUN", "Number=Sing"), "NNS": ("NOUN", "Number=Plur"), "NNP": ("PROPN", "Number=Sing"),
    "NNPS": ("PROPN", "Number=Plur"), "VB": ("VERB", "VerbForm=Inf"), "VBD": ("VERB", "Tense=Past|VerbForm=Fin"),
    "VBG": ("VERB", "VerbForm=Ger"), "VBN": ("VERB", "Tense=Past|VerbForm=Part"),
    "VBP": ("VERB", "Tense=Pres|VerbForm=Fin"), "VBZ": ("VERB", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "MD": ("AUX", "VerbType=Mod"), "JJ": ("ADJ", ""), "JJR": ("ADJ", "Degree=Cmp"), "JJS": ("ADJ", "Degree=Sup"),
    "RB": ("ADV", ""), "RBR": ("ADV", ""), "RBS": ("ADV", ""), "WRB": ("ADV", "PronType=Int"), "IN": ("ADP", ""),
    "DT": ("DET", ""), "PDT": ("DET", ""), "WDT": ("DET", "PronType=Rel"), "PRP": ("PRON", "PronType=Prs"),
    "PRP$": ("PRON", "Poss=Yes"), "WP": ("PRON", "PronType=Rel"), "WP$": ("PRON", "Poss=Yes"),
    "CD": ("NUM", ""), "CC": ("CCONJ", ""), "TO": ("PART", ""), "RP": ("ADP", ""), "POS": ("PART", "Poss=Yes"),
    "EX": ("PRON", ""), "UH": ("INTJ", ""), "FW": ("X", ""), "SYM": ("SYM", ""), "HYPH": ("PUNCT", ""),
    "AFX": ("ADJ", ""), "ADD": ("X", ""), "NFP": ("PUNCT", ""), "XX": ("X", ""), "LS": ("X", ""),
}
# ClearNLP labels -> UD (prep/pobj/pcomp/agent are restructured separately).
_EN_DEPS = {"ROOT": "root", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "auxpass": "aux:pass",
            "dobj": "obj", "poss": "nmod:poss", "relcl": "acl:relcl", "npadvmod": "obl:npmod", "dative": "iobj",
            "prt": "compound:prt", "neg": "advmod", "nummod": "nummod", "quantmod": "advmod", "predet": "det",
            "attr": "attr", "oprd": "xcomp", "acomp": "xcomp", "intj": "discourse", "meta": "dep"}


def _english_words(doc, offset: int, text: str) -> list[list]:
    """The words of ``doc``, the parse of ``text`` (doc.text would rebuild the string from its tokens, one object
    each), as rows for :class:`Word`."""
    from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, LENGTH, TAG

    strings = doc.vocab.strings
    rows = []
    # one array for the whole sentence: reading each token's attributes one by one cost as much as a third of the parse
    for i, (tag, dep, head, idx, length, punct) in enumerate(doc.to_array([TAG, DEP, HEAD, IDX, LENGTH, IS_PUNCT])
                                                              .tolist()):
        dep = strings[dep]
        pos, feats = _PENN.get(strings[tag], ("PUNCT" if punct else "X", ""))
        if pos == "VERB" and dep in ("aux", "auxpass"):
            pos = "AUX"
        word = text[idx:idx + length]
        head = head - (1 << 64) if head >> 63 else head  # the array is unsigned: a head before the word wraps
        if pos in ("VERB", "AUX", "NOUN"):
            lemma = _english_lemma(doc, i, word, "VERB" if pos == "AUX" else pos)
        elif pos == "PROPN" and feats == "Number=Plur" and word[1:].islower():
            lemma = _english_lemma(doc, i, word, "NOUN")  # a headline's "Documents signed …": a common noun's plural
        else:
            lemma = word.lower()
        rows.append([i, word, offset + idx, offset + idx + length, i + head, _EN_DEPS.get(dep, dep), pos, lemma, feats])
    _english_to_ud(rows)
    _english_phrase_of_the_members(rows)
    _english_topic_of_object(rows)
    _english_subjects_after_place(rows)
    _english_noun_of_paid(rows)
    _english_verb_of_a_root_noun(rows)
    _english_list_after_object(rows)
    _english_list_under_the_objects_place(rows)
    _english_subjects_read_as_two(rows)
    _english_finite_conjunct_of_infinitive(rows)
    _english_hyphened_words(rows)
    _english_goal_under_the_origin(rows)
    return rows


def _case_words(rows: list[list]) -> dict[int, str]:
    """Each word's preposition (its first "case" dependent before it), lower case, found in one pass."""
    out: dict[int, str] = {}
    for r in rows:
        if r[5] == "case" and r[0] < r[4]:
            out.setdefault(r[4], r[1].lower())
    return out


def _english_goal_under_the_origin(rows: list[list]) -> None:
    """"brought 15 bloggers from 9 countries, including Mongolia, Laos and Nepal, to Lanzhou": the parser hangs the
    "to" phrase on the verb's "from" phrase. A "to" phrase after a comma under an oblique of "from" is the verb's:
    where the verb goes, not a range of the origin."""
    case = _case_words(rows)
    for r in rows:
        if r[5] != "nmod" or case.get(r[0]) != "to" or r[4] == r[0]:
            continue
        origin = rows[r[4]]
        verb = origin[4]
        if origin[5] == "obl" and case.get(origin[0]) == "from" and rows[verb][6] in ("VERB", "AUX") \
                and any(x[1] == "," for x in rows[origin[0] + 1:r[0]]):
            r[4], r[5] = verb, "obl"


def _english_finite_conjunct_of_infinitive(rows: list[list]) -> None:
    """"The sides discussed ways to strengthen cooperation and signed a MoU": the parser joins the past-tense verb to
    the infinitive ("to strengthen … and signed"), which would make the signing a plan. A finite past verb cannot be
    an infinitive's conjunct: it is the conjunct of the finite verb the infinitive hangs under."""
    for r in rows:
        if r[5] != "conj" or r[6] != "VERB" or "VerbForm=Fin" not in r[8] or "Tense=Past" not in r[8]:
            continue
        inf = rows[r[4]]
        if "VerbForm=Inf" not in inf[8]:
            continue
        up, steps = inf, 0
        while up[4] != up[0] and steps < len(rows):
            up, steps = rows[up[4]], steps + 1
            if up[6] == "VERB" and "VerbForm=Fin" in up[8]:
                r[4] = up[0]
                break


def _english_hyphened_words(rows: list[list]) -> None:
    """"visited the counter-terrorism exhibition": the tokenizer splits a hyphened word in three, and the parser
    sometimes gives the hyphen a word's relation, and the first piece the same one ("counter", "-" and "terrorism"
    three objects of "visited"; "anti" and "-" two objects, "drought" a modifier of "exhibition"). Such a word is
    one: the hyphen and a first piece hung where it is hang on the last piece."""
    for k in range(1, len(rows) - 1):
        left, r, right = rows[k - 1], rows[k], rows[k + 1]
        if r[1] != "-" or r[5] == "punct" or left[3] != r[2] or r[3] != right[2] or _under(rows, k + 1, k):
            continue
        if left[4] == r[4] and left[5] == r[5] and not _under(rows, k + 1, k - 1):
            left[4], left[5] = k + 1, "compound"
        for x in rows:  # what hung on the hyphen hangs on the word
            if x[4] == k and x[0] != k:
                x[4] = k + 1
        r[4], r[5], r[6] = k + 1, "punct", "PUNCT"


ARTICLES = frozenset({"a", "an", "the"})  # English articles: a list's members may open with one


def _with_article(rows: list[list], k: int) -> bool:
    return any(d[4] == k and d[5] == "det" and d[1].lower() in ARTICLES for d in rows)


def _english_list_under_the_objects_place(rows: list[list]) -> None:
    """"visited the football hall in Yikesake Village, a fig-based park, and the Fig Cultural Park": the parser hangs
    the rest of the list on the first object's place (in apposition, as conjuncts). A member with an article, after
    a comma, hung on an "in"/"at" phrase of the verb right after its object, is the object's conjunct, and the place
    is the object's (a list of places, "factories in Urumqi, Kashgar and Aksu", has no articles and stays)."""
    for place in rows:
        if place[5] not in ("obl", "nmod") or place[4] == place[0]:
            continue
        marks = [c for c in rows if c[4] == place[0] and c[5] == "case"]
        if not marks or marks[0][1].lower() not in _IN_AT:
            continue
        if place[5] == "nmod":  # already the object's: "visited the mill in Wensu County, a …" ("acquainted with …")
            held = rows[place[4]]
            obj = held if place[4] < place[0] and (held[5] == "obj" or (
                held[5] == "obl" and rows[held[4]][6] == "VERB" and held[4] < held[0])) else None
        elif rows[place[4]][6] == "VERB":
            obj = next((x for x in rows if x[4] == place[4] and x[5] == "obj" and x[0] < marks[0][0]
                        and all(_under(rows, i, x[0]) for i in range(x[0], marks[0][0]))), None)
        else:
            obj = None
        members = [c for c in rows if c[4] == place[0] and c[5] in ("appos", "conj") and c[0] > place[0]
                   and rows[_phrase_start(rows, c[0]) - 1][1] in (",", "and") and _with_article(rows, c[0])]
        if obj is None or not members:
            continue
        place[4], place[5] = obj[0], "nmod"
        for c in members:
            c[4], c[5] = obj[0], "conj"
        verb = obj[4]  # "…, and the Silk Cultural Park": the last member, hung on the verb after its "and"
        for c in rows:
            if c[4] != verb or c[5] != "conj" or c[6] not in ("NOUN", "PROPN") or c[0] <= members[-1][0]:
                continue
            before = rows[_phrase_start(rows, c[0]) - 1]
            if before[1].lower() == "and" and before[4] in (verb, c[0]) and _with_article(rows, c[0]):
                c[4] = obj[0]
                before[4] = c[0]


def _english_list_after_object(rows: list[list]) -> None:
    """"visited the Urumqi Assembly Center for China-Europe freight trains, Xinjiang Museum and Xinjiang Software
    Park": after an object with a phrase of its own the parser takes the next name of the list, right after a comma,
    for a bare modifier of the verb ("Museum" obl:npmod); it is the object's conjunct, with the ones joined to it."""
    for r in rows:
        if r[5] not in ("obl:npmod", "appos") or r[6] != "PROPN" or r[4] == r[0]:
            continue
        first = _after_a_comma(rows, r[0])
        if first is None:
            continue
        if r[5] == "appos":
            # "visited the terminal in Asia, the International Expo Center, …": hung across the verb on its subject
            crossed = _phrase_of_the_verb_before(rows, r[4], first)
            if crossed is not None:
                r[4], r[5] = crossed[0], "conj"
            continue
        objs = [x for x in rows if x[4] == r[4] and x[5] == "obj" and x[0] < r[0] and x[0] != x[4]]
        # "got acquainted with the first terminal in Asia, the International Expo Center and …": the verb's phrase
        with_phrase = [x for x in rows if x[4] == r[4] and x[5] == "obl" and x[0] < r[0] and x[0] != x[4]
                       and _under(rows, first - 2, x[0])]
        if with_phrase and not objs and rows[r[4]][6] == "VERB":
            r[4], r[5] = with_phrase[-1][0], "conj"
            continue
        if not objs:
            continue
        obj = objs[-1][0]
        if _under(rows, first - 2, obj):
            r[4], r[5] = obj, "conj"
            continue
        # "visited Xi'an in Shaanxi province, Taiyuan in Shanxi province and …": the object's place hung on the verb
        # as well; it is the object's, and the name after the comma the next of the list
        place = next((x for x in rows if x[4] == r[4] and x[5] == "obl" and x[0] != x[4]
                      and _under(rows, first - 2, x[0]) and any(c[4] == x[0] and c[5] == "case"
                                                                and c[1].lower() in _IN_AT for c in rows)), None)
        if place is not None and place[0] > obj and all(_under(rows, i, obj) or _under(rows, i, place[0])
                                                         for i in range(obj, first - 1)):
            place[4], place[5] = obj, "nmod"
            r[4], r[5] = obj, "conj"
            # "… and Zhangjiagang in Jiangsu province": the last name hangs on the place of the one before it
            for x in rows:
                if x[5] == "conj" and x[6] == "PROPN" and rows[x[4]][5] == "nmod" and rows[x[4]][4] == r[0]:
                    x[4] = obj


def _after_a_comma(rows: list[list], k: int) -> int | None:
    """Where the phrase of word k starts when a comma comes right before it (the comma may hang on the word), else
    None."""
    first = _phrase_start(rows, k)
    if rows[first][1] == ",":
        first += 1
    return first if first >= 2 and rows[first - 1][1] == "," else None


def _phrase_of_the_verb_before(rows: list[list], head: int, first: int) -> list | None:
    """The object or oblique phrase of a verb after word ``head`` that ends right before the comma at ``first`` - 1."""
    return next((x for x in rows if x[5] in ("obj", "obl") and x[4] != x[0] and head < x[4] < x[0] < first
                 and rows[x[4]][6] == "VERB" and _under(rows, first - 2, x[0])), None)


def _english_subjects_read_as_two(rows: list[list]) -> None:
    """"A total of ten deals and MOU agreements were signed": the parser may give the verb two subjects, the "and"
    hung on the first. Two subjects of one verb joined by that "and" are one list: the second is the first's
    conjunct."""
    for a in rows:
        if a[5] not in ("nsubj", "nsubj:pass") or a[4] == a[0] or a[0] > a[4]:
            continue
        b = next((x for x in rows if x[4] == a[4] and x[5] == a[5] and a[0] < x[0] < a[4]), None)
        cc = next((c for c in rows if c[4] == a[0] and c[5] == "cc" and c[1].lower() == "and"
                   and b is not None and c[0] < b[0]), None)
        if cc is None or not all(_under(rows, i, a[0]) or _under(rows, i, b[0]) for i in range(a[0], b[0])):
            continue
        # ... of what "a total of" counts: "ten deals and MOU agreements"
        counted = next((x for x in rows if x[4] == a[0] and x[5] == "nmod" and x[0] < cc[0]), None) \
            if a[7] in _COUNT_HEADS else None
        b[4], b[5] = (counted or a)[0], "conj"
        cc[4] = b[0]


_COUNT_HEADS = frozenset({"total", "number", "series", "package", "set"})  # "a total of ten deals"


_IN_AT = frozenset({"in", "at"})  # "visited Xi'an in Shaanxi province": the prepositions of a place


def _phrase_start(rows: list[list], k: int) -> int:
    """Where the phrase of word k starts: the first of the run of its subtree's words that ends at it."""
    first = k
    while first > 0 and _under(rows, first - 1, k):
        first -= 1
    return first


def _under(rows: list[list], i: int, top: int) -> bool:
    """Is word i in the subtree of word ``top`` (heads followed up, at most a sentence's length)?"""
    for _ in range(len(rows)):
        if i == top:
            return True
        if rows[i][4] == i:
            return False
        i = rows[i][4]
    return False


_PAID = frozenset({"paid", "made"})  # "a visit paid to China by a delegation": the participle of a light verb


def _english_noun_of_paid(rows: list[list]) -> None:
    """"a recent visit paid to China by a delegation led by …": the parser hangs where and by whom on the participle
    of the light verb; they are the noun's, as in "a visit to China by a delegation" (the participle has no object:
    "the investment made in the plant by CNPC" alike)."""
    for r in rows:
        if r[5] != "acl" or r[1].lower() not in _PAID or r[8] != "Tense=Past|VerbForm=Part" or r[4] == r[0] \
                or rows[r[4]][6] != "NOUN" or r[4] != r[0] - 1:
            continue
        moved = [x for x in rows if x[4] == r[0] and x[0] != r[0] and x[5] in ("obl", "obl:agent")]
        if moved and not any(x[4] == r[0] and x[5] == "obj" for x in rows):
            for x in moved:
                x[4], x[5] = r[4], "nmod"


_EN_LEMMAS: dict[tuple[str, str], str] = {}  # (word, UPOS) -> lemma: the rule lemmatizer looks at nothing else


def _english_lemma(doc, i: int, word: str, pos: str) -> str:
    lemma = _EN_LEMMAS.get((word, pos))
    if lemma is None:
        t = doc[i]
        t.pos_ = pos  # the rule lemmatizer knows no AUX ("was" -> "be")
        lemma = (_english_lemmatizer().rule_lemmatize(t) or [t.lower_])[0].lower()
        if len(_EN_LEMMAS) >= 65536:
            _EN_LEMMAS.clear()
        _EN_LEMMAS[(word, pos)] = lemma
    return lemma


def _english_verb_of_a_root_noun(rows: list[list]) -> None:
    """"The delegation headed to Turpan on Wednesday.": the parser may read a sentence as one noun phrase, its verb a
    participle describing the noun ("the delegation [that was] headed to …"), and the visit then has no actor. A
    sentence closed by a full stop whose root is a noun is a clause: the participle after the noun is its verb, the
    noun its subject (not "A delegation led by …": an agent marks the participle's passive)."""
    root = next((r for r in rows if r[4] == r[0]), None)
    if root is None or root[6] not in ("NOUN", "PROPN") or rows[-1][1] != ".":
        return
    verbs = [r for r in rows if r[4] == root[0] and r[5] == "acl" and r[0] > root[0] and r[6] == "VERB"
             and r[1].lower().endswith("ed")]
    if len(verbs) != 1 or any(r[5] in ("nsubj", "nsubj:pass") for r in rows if r[4] == verbs[0][0]):
        return
    verb = verbs[0]
    if any(r[1].lower() == "by" and _under(rows, r[0], verb[0]) for r in rows):
        return  # (the agent's preposition, wherever the parser hangs it)
    for r in rows:
        if r[4] == root[0] and r[0] > verb[0]:
            r[4] = verb[0]  # the full stop and what else hung on the noun after the verb
    verb[4], verb[5], verb[8] = verb[0], "root", "Tense=Past|VerbForm=Fin"
    root[4], root[5] = verb[0], "nsubj"


def _english_to_ud(rows: list[list]) -> None:
    """Make each preposition the ``case`` of its object, which attaches to the preposition's head."""
    kids: dict[int, list[int]] = {}
    for r in rows:
        kids.setdefault(r[4], []).append(r[0])
    for r in rows:
        # ... and a preposition the parser took for a dative ("brought journalists to Xi'an and Ankang")
        if r[5] not in ("prep", "agent") and not (r[5] == "iobj" and r[6] == "ADP"):
            continue
        objs = [rows[k] for k in kids.get(r[0], ()) if rows[k][5] in ("pobj", "pcomp") and k != r[0]]
        if not objs or r[4] == r[0]:
            continue
        obj, head = objs[0], rows[r[4]]
        clause = obj[5] == "pcomp" and obj[6] in ("VERB", "AUX")
        if clause:
            obj[5] = "advcl" if head[6] in ("VERB", "AUX", "ADJ") else "acl"
        elif r[5] == "agent":
            obj[5] = "obl:agent"
        else:
            obj[5] = "obl" if head[6] in ("VERB", "AUX", "ADJ") else "nmod"
        obj[4] = head[0]
        r[4], r[5] = obj[0], "mark" if clause else "case"
        for other in objs[1:]:
            other[4] = obj[0]
            other[5] = "conj" if other[5] == "pobj" else other[5]


def _english_subjects_after_place(rows: list[list]) -> None:
    """"In Samarkand, China, Kyrgyzstan, and Uzbekistan signed …": the parser reads "Samarkand, China, Kyrgyzstan" as
    one list under "in" and only "Uzbekistan" as the subject. A subject right after ", and" whose verb's oblique
    before it has conjuncts set off by commas takes those conjuncts: they are the subject's list. Without the comma
    before "and" the parser puts the whole list under "in" and the verb has no subject: the conjuncts after the
    place's comma are the subject (_subject_list_under_place)."""
    _subject_list_under_place(rows)
    for r in rows:
        k = r[0]
        if r[5] not in ("nsubj", "nsubj:pass") or k < 2 or rows[k - 1][1].lower() != "and" \
                or rows[k - 2][1] != ",":
            continue
        place = next((o for o in rows if o[4] == r[4] and o[5] == "obl" and o[0] < k - 2), None)
        if place is None:
            continue
        chain, todo = [], [place[0]]
        while todo:
            h = todo.pop()
            for c in rows:
                if c[4] == h and c[5] == "conj" and c[0] < k and c[0] != h:
                    chain.append(c)
                    todo.append(c[0])
        if not chain:
            continue
        for c in chain:
            c[4] = k  # each listed name is a conjunct of the subject
        rows[k - 1][4], rows[k - 1][5] = k, "cc"


def _subject_list_under_place(rows: list[list]) -> None:
    """"In Samarkand, China, Kyrgyzstan and Uzbekistan signed …" (no comma before "and"): the whole list hangs under
    "in" and the verb has no subject; the conjuncts after the place's comma are the subject. So are those after the
    comma closing a fronted phrase they hang deeper in: "According to the agency's correspondent in Tashkent, the
    presidents of Uzbekistan and China signed …"."""
    with_subject = {x[4] for x in rows if x[5].startswith(("nsubj", "csubj")) and x[0] != x[4]}
    marked = {x[4] for x in rows if x[5] == "case"}
    for verb in rows:
        if verb[6] != "VERB" or verb[0] in with_subject:
            continue
        place = next((o for o in rows if o[4] == verb[0] and o[0] < verb[0] and (
            o[5] == "obl" and o[0] in marked or o[5] == "prep")), None)  # "according to" keeps its "prep"
        if place is None:
            continue
        comma = next((m for m in range(place[0] + 1, verb[0] - 1) if rows[m][1] == ","), None)
        first = rows[comma + 1] if comma is not None else None
        while first is not None and comma < first[4] < verb[0] and first[4] != first[0]:
            first = rows[first[4]]  # the head of the words after the comma: "Uzbekistan President Shaukat Mirziyoyev"
        if first is None or first[5] != "conj" or not _under(rows, first[4], place[0]) \
                or not any(c[4] != c[0] and c[5] == "cc" and first[0] < c[0] < verb[0] for c in rows):
            continue
        head = first[4]
        first[4], first[5] = verb[0], "nsubj"  # "In Samarkand, China, Kyrgyzstan and Uzbekistan signed …"
        for c in rows:
            if c[4] == head and c[5] == "conj" and c[0] > first[0]:
                c[4] = first[0]


_TOPIC_PREPOSITIONS = ("regarding", "concerning")


_PARTITIVE_HEADS = frozenset("one some many several most each all two three".split())


def _english_phrase_of_the_members(rows: list[list]) -> None:
    """"one of 15 bloggers from 9 countries who …": the parser may hang "from 9 countries" on "one"; right after the
    members "of" it names, it is theirs (one of the bloggers from 9 countries)."""
    for r in rows:
        if r[1].lower() not in _PARTITIVE_HEADS:
            continue
        members = [x for x in rows if x[4] == r[0] and x[5] == "nmod" and x[0] > r[0]
                   and any(c[4] == x[0] and c[5] == "case" and c[1].lower() == "of" for c in rows)]
        if not members:
            continue
        m = members[0]
        for x in rows:
            if x[4] == r[0] and x[5] == "nmod" and x[0] > m[0] and x is not m \
                    and any(c[4] == x[0] and c[5] == "case" and c[1].lower() != "of" for c in rows):
                x[4] = m[0]


def _english_topic_of_object(rows: list[list]) -> None:
    """"signed a memorandum regarding cooperation on …": the parser hangs the "regarding" phrase on the verb; what it
    is about is the object's, right before it (with no comma between)."""
    for r in rows:
        if r[5] != "case" or r[1].lower() not in _TOPIC_PREPOSITIONS or r[0] == 0 or rows[r[0] - 1][1] == ",":
            continue
        noun = rows[r[4]]
        if noun[5] != "obl":
            continue
        objs = [x for x in rows if x[4] == noun[4] and x[5] in ("obj", "nsubj:pass") and x[0] < r[0] and x[0] != x[4]]
        if objs:
            noun[4], noun[5] = objs[-1][0], "nmod"


def _english_lemmatizer():
    from tourpipe.nlp import english_parser

    return english_parser().get_pipe("lemmatizer")  # not cached here: the parser may be dropped (nlp.hold)


def _parse_english(items: Sequence[tuple[str, tuple[int, int]]]) -> list[Parse]:
    from tourpipe.nlp import english_parser

    nlp = english_parser()
    out = []
    texts = [text[s:e] for text, (s, e) in items]
    for (_, (s, e)), text, doc in zip(items, texts, nlp.pipe(texts, batch_size=256)):
        out.append(_make_parse(s, e, _english_words(doc, s, text)))
    return out


# -- Russian: natasha's parser (UD), pymorphy3's tags ------------------------------------------------------------------

# UPOS -> pymorphy3 tags a lemma may come from (participles and gerunds are forms of their verb).
_MORPH_POS = {"VERB": ("VERB", "INFN", "PRTF", "PRTS", "GRND"), "AUX": ("VERB", "INFN"), "NOUN": ("NOUN",),
              "PROPN": ("NOUN",), "ADJ": ("ADJF", "ADJS", "PRTF", "PRTS", "COMP"), "ADV": ("ADVB", "PRED"),
              "NUM": ("NUMR",), "PRON": ("NPRO",), "DET": ("ADJF", "NPRO")}


@lru_cache(maxsize=65536)
def _russian_lemma(word: str, upos: str) -> str:
    from tourpipe.nlp import morph

    parses = morph().parse(word)
    wanted = _MORPH_POS.get(upos, ())
    for p in parses:
        if p.tag.POS in wanted:
            return p.normal_form.replace("ё", "е")
    return (parses[0].normal_form if parses else word).replace("ё", "е")


# natasha's morphology tagger cost as much CPU as its parser; a word's UPOS and UD features come instead from
# pymorphy3's readings of it (tourpipe.nlp.morph), the one its place in the parse agrees with: the class its relation
# asks for, the case its preposition (or relation) governs, the number and gender of the word it agrees with; else
# pymorphy3's first. A reading: (OpenCorpora POS, class, case, number, gender, UPOS, features, kind, lemma, known,
# reflexive); the class: N nominal, A adjectival, V verbal, D adverbial, F function word; the kind: "name",
# "pronoun" or ""; known: from the dictionary, not guessed from the ending; reflexive: the features with Voice=Mid
# and with Voice=Pass of a verb in -ся (natasha's tags: passive when the parser gives it a passive subject).
_OC_CLASS = {"NOUN": "N", "NPRO": "N", "NUMR": "N", "ADJF": "A", "PRTF": "A", "ADJS": "V", "PRTS": "V",
             "VERB": "V", "INFN": "V", "GRND": "V", "ADVB": "D", "PRED": "D", "COMP": "D", "PREP": "F",
             "CONJ": "F", "PRCL": "F", "INTJ": "F"}
_OC_UPOS = {"NOUN": "NOUN", "NPRO": "PRON", "NUMR": "NUM", "ADJF": "ADJ", "PRTF": "VERB", "ADJS": "ADJ",
            "PRTS": "VERB", "VERB": "VERB", "INFN": "VERB", "GRND": "VERB", "ADVB": "ADV", "PRED": "ADV",
            "COMP": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ"}
_OC_FEATS = {"nomn": ("Case", "Nom"), "gent": ("Case", "Gen"), "gen1": ("Case", "Gen"), "gen2": ("Case", "Gen"),
             "datv": ("Case", "Dat"), "accs": ("Case", "Acc"), "acc2": ("Case", "Acc"), "ablt": ("Case", "Ins"),
             "loct": ("Case", "Loc"), "loc1": ("Case", "Loc"), "loc2": ("Case", "Loc"), "voct": ("Case", "Nom"),
             "sing": ("Number", "Sing"), "plur": ("Number", "Plur"), "masc": ("Gender", "Masc"),
             "femn": ("Gender", "Fem"), "neut": ("Gender", "Neut"), "anim": ("Animacy", "Anim"),
             "inan": ("Animacy", "Inan"), "perf": ("Aspect", "Perf"), "impf": ("Aspect", "Imp"),
             "pres": ("Tense", "Pres"), "past": ("Tense", "Past"), "futr": ("Tense", "Fut"),
             "indc": ("Mood", "Ind"), "impr": ("Mood", "Imp"), "actv": ("Voice", "Act"), "pssv": ("Voice", "Pass"),
             "1per": ("Person", "1"), "2per": ("Person", "2"), "3per": ("Person", "3")}
_OC_FORM = {"VERB": "Fin", "INFN": "Inf", "PRTF": "Part", "PRTS": "Part", "GRND": "Conv"}
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_DETERMINERS = frozenset("этот тот весь свой наш ваш мой твой его её ее их такой каждый сам любой какой никакой "
                         "некоторый чей который".split())
_PARTICLES = frozenset("не ни бы б ли ль же ж".split())
_SYMBOLS = frozenset("$%№€£¥₽+=<>^~|#&*@§°")
_SCONJ = frozenset("что чтобы если когда как хотя пока поскольку ибо будто словно чем где куда откуда ли".split())
_OPENERS = frozenset(".!?…«\"„“'(—–-:;•·●▪■►*")  # a capital after these opens a sentence or list item, not a name
# The classes a relation's dependent takes, best first.
_DEP_CLASSES = {"nsubj": "NA", "obj": "NA", "iobj": "NA", "obl": "NA", "nmod": "NA", "appos": "NA", "flat": "NA",
                "compound": "NA", "amod": "AV", "det": "AN", "nummod": "N", "acl": "AV", "advcl": "V", "xcomp": "VD",
                "csubj": "V", "ccomp": "V", "advmod": "DF", "case": "F", "cc": "F", "mark": "F", "aux": "V",
                "cop": "V", "root": "V", "parataxis": "V", "discourse": "F", "fixed": "F"}
# The cases a relation's nominal takes when no preposition marks it, best first; "" agrees with the head.
_DEP_CASES = {"nsubj": ("Nom",), "obj": ("Acc", "Gen"), "iobj": ("Dat",), "obl": ("Ins", "Acc", "Dat", "Gen"),
              "nmod": ("Gen", "Ins", "Dat"), "appos": "", "flat": "", "conj": "", "amod": "", "det": "",
              "acl": ""}
# The cases a preposition governs.
_PREP_CASES = {p: tuple(cases.split()) for cases, words in (
    ("Loc Acc", "в во на о об обо"), ("Gen", "из изо от ото до для без безо у после около из-за из-под кроме "
                                             "вокруг возле против среди вместо мимо вдоль напротив внутри"),
    ("Dat", "к ко благодаря согласно навстречу вопреки"), ("Ins Gen", "с со"), ("Dat Loc Acc", "по"),
    ("Ins Acc", "за под подо над надо перед передо пред между"), ("Loc", "при"), ("Acc", "через сквозь про"))
    for p in words.split()}
_NO_CASES: tuple = ()


def _feats_text(feats: dict) -> str:
    return "|".join(f"{key}={val}" for key, val in sorted(feats.items()))


@lru_cache(maxsize=65536)
def _russian_readings(word: str) -> tuple[tuple[tuple, ...], bool, bool, bool]:
    """pymorphy3's readings of a (lower-case) word, and whether they differ in class, in case, and in number or
    gender. They keep pymorphy3's order but for three ties: a two-aspect verb's imperfective comes first
    ("реализуют": now, not later), an indeclinable or abbreviated noun's singular ("млн", "Урумчи"), and a
    short-only adjective before a participle ("намерена" of "намерен", not of "намерить"). A reading guessed from
    the ending is dropped when the dictionary has one."""
    from pymorphy3.units import DictionaryAnalyzer

    from tourpipe.nlp import morph

    out = []
    for p in morph().parse(word):
        tag = p.tag
        pos = tag.POS
        if pos is None:
            continue  # Latin; a number in figures
        grammemes = tag.grammemes
        feats = dict(_OC_FEATS[g] for g in grammemes if g in _OC_FEATS)
        if pos in _OC_FORM:
            feats["VerbForm"] = _OC_FORM[pos]
        if pos in ("ADJS", "PRTS"):
            feats["Variant"] = "Short"
        reflexive = None
        if pos in ("VERB", "INFN", "GRND"):
            if word.endswith(("ся", "сь")):
                reflexive = (_feats_text({**feats, "Voice": "Mid"}), _feats_text({**feats, "Voice": "Pass"}))
            feats["Voice"] = "Act"
        lemma = p.normal_form
        upos = _OC_UPOS[pos]
        kind = ""
        if grammemes & _NAME_GRAMMEMES:
            kind = "name"
        elif "Apro" in grammemes and lemma in _DETERMINERS:
            kind = "pronoun"
        elif pos == "PRCL" and word not in _PARTICLES:
            upos = "ADV"
        known = len(p.methods_stack) == 1 and type(p.methods_stack[0][0]) is DictionaryAnalyzer
        out.append(((pos, _OC_CLASS[pos], feats.get("Case"), feats.get("Number"), feats.get("Gender"), upos,
                     _feats_text(feats), kind, lemma, known, reflexive), feats, grammemes))
    if any(r[0][9] for r in out):
        out = [r for r in out if r[0][9]]
    ranked = sorted(range(len(out)), key=lambda k: (_tie(out, k), _tie_rank(out, k), k))
    readings = tuple(out[k][0] for k in ranked)
    return (readings, len({r[1] for r in readings}) > 1, len({r[2] for r in readings}) > 1,
            len({(r[3], r[4]) for r in readings}) > 1)


def _tie(out: list[tuple], k: int) -> int:
    """Where reading k may trade places: at the first reading of the same part of speech and lemma (of a short
    adjective or participle, whatever the lemma)."""
    pos, lemma = out[k][0][0], out[k][0][8]
    short = pos in ("ADJS", "PRTS")
    return next(j for j, (o, _, _) in enumerate(out) if (o[0] in ("ADJS", "PRTS") if short else
                                                        o[0] == pos and o[8] == lemma))


def _tie_rank(out: list[tuple], k: int) -> int:
    r, feats, grammemes = out[k]
    same = [f for o, f, _ in out if o[0] == r[0] and o[8] == r[8]]
    if feats.get("Aspect") == "Perf" and any(f.get("Aspect") == "Imp" for f in same):
        return 1
    if r[3] == "Plur" and ("Fixd" in grammemes or "Abbr" in grammemes) and any(f.get("Number") == "Sing"
                                                                                for f in same):
        return 1
    return -1 if r[0] == "ADJS" and not r[8].endswith(("ый", "ий", "ой")) else 0


@lru_cache(maxsize=16)
def _russian_name(case: str) -> tuple:
    """The reading of a name pymorphy3 does not know: a singular proper noun, in the case its place asks for."""
    return ("NOUN", "N", case, "Sing", None, "PROPN", f"Case={case}|Number=Sing", "name", "", False, None)


def _russian_tags(toks: Sequence[str], rows: list[list]) -> None:
    """Fill in the UPOS and UD features (rows[k][6], rows[k][8]) of each word, a head before its dependents."""
    kids, order = _tree_order(rows)
    chosen: list[tuple | None] = [None] * len(rows)
    for k in order:
        w, r = toks[k], rows[k]
        readings = _russian_readings(w.lower()) if w[0].isalpha() else None
        if readings is None or not readings[0] and not (w[0].isupper() and _cyrillic(w[0])):
            r[6], r[8] = _russian_token(w)
            continue
        base = r[5].partition(":")[0]
        # a capital inside a sentence opens a name, not a common abbreviation ("СМИ")
        inside = w[0].isupper() and k > 0 and toks[k - 1][-1] not in _OPENERS
        best = readings[0][0] if len(readings[0]) == 1 and not w[0].isupper() else \
            _russian_choice(toks, rows, kids, chosen, k, base, readings, inside)
        chosen[k] = best
        r[6], r[8] = _russian_upos(w, best, base, inside, kids[k], rows)


def _tree_order(rows: list[list]) -> tuple[list[list[int]], list[int]]:
    """The children of each word, and the words in an order that puts each head before its dependents."""
    kids: list[list[int]] = [[] for _ in rows]
    order = []
    for k, r in enumerate(rows):
        if r[4] != k:
            kids[r[4]].append(k)
        else:
            order.append(k)
    for k in order:  # grows as it goes
        order.extend(kids[k])
    if len(order) < len(rows):  # a cycle: its words go last
        seen = set(order)
        order.extend(k for k in range(len(rows)) if k not in seen)
    return kids, order


def _cyrillic(c: str) -> bool:
    return "а" <= c.lower() <= "я" or c in "ёЁ"


def _russian_token(w: str) -> tuple[str, str]:
    """UPOS and features of a token with no Russian reading: a number, a sign, punctuation, a Latin word."""
    if not w[0].isalpha():
        return ("NUM" if w[0].isdigit() else "SYM" if any(c in _SYMBOLS for c in w)
                else "X" if any(c.isalnum() for c in w) else "PUNCT"), ""
    if _cyrillic(w[0]):
        return "X", ""  # lower case, unknown to pymorphy3
    return ("PROPN" if w[0].isupper() else "X"), "Foreign=Yes"


def _russian_upos(w: str, best: tuple, base: str, inside: bool, kids: list[int], rows: list[list]) -> tuple[str, str]:
    upos, feats = best[5], best[6]
    if upos == "NOUN":
        if w[0].isupper() and (best[7] == "name" or inside and not (w.isupper() and len(w) > 1 and best[9])):
            upos = "PROPN"
    elif best[7] == "pronoun":  # "этот", "свой", "который"
        upos = "DET" if base in ("det", "amod") else "PRON"
    elif upos == "VERB":
        if best[10] is not None:
            feats = best[10][any(rows[c][5] in ("nsubj:pass", "aux:pass") for c in kids)]
        elif best[8] == "быть" and base in ("aux", "cop"):
            upos = "AUX"
    elif upos == "CCONJ" and (base == "mark" or w.lower() in _SCONJ):
        upos = "SCONJ"
    return upos, feats


def _russian_choice(toks: Sequence[str], rows: list[list], kids: list[list[int]], chosen: list, k: int, base: str,
                    readings: tuple, inside: bool) -> tuple:
    """The reading of word k its place in the parse agrees with best."""
    w, h = toks[k], rows[k][4]
    readings, by_class, by_case, by_agreement = readings
    head = chosen[h] if h != k else None
    upper = w[0].isupper()
    first = readings[0] if readings else _russian_name("Nom")
    name = inside and not (w.isupper() and len(w) > 1 and first[9] and first[7] != "name")
    if upper and base not in ("amod", "det") and (name or not first[9] or first[7] == "name"):
        # a name pymorphy3 does not know ("Тяньчи"; "Синьцзян-Уйгурского" is an adjective), and not the plural of one
        # it does ("Абенов" of "Абен")
        readings = tuple(a for a in readings if a[9] and (a[3] != "Plur" or a[1] != "N"))
        by_class = by_case = by_agreement = True
    classes = cases = ""
    if by_class:
        if base == "conj" and head is not None:
            classes = head[1]
        elif name and base not in ("amod", "det"):
            classes = "NA"
        else:
            classes = _DEP_CLASSES.get(base, "")
            if base == "root" and any(rows[c][5] in ("amod", "det", "case", "nummod") for c in kids[k]) \
                    and not any(rows[c][5].startswith(("nsubj", "obj", "aux", "iobj")) for c in kids[k]):
                classes = "NAV"  # a headline's noun phrase
    if by_case:
        cases = _russian_cases(toks, rows, kids, chosen, k, base, head, upper)
    best, best_key = None, None
    for j, a in enumerate(readings):
        cls = classes.find(a[1]) if classes else 0
        key = (cls if cls >= 0 else 9, (cases.index(a[2]) if a[2] in cases else 9) if cases else 0,
               _agrees(base, a, head) if by_agreement else 0, j)
        if best_key is None or key < best_key:
            best, best_key = a, key
    if best is None or upper and (name or best[7] == "name") and best[1] not in "NA":
        # a name pymorphy3 does not know, or knows only as another word ("Хами"): in the case its preposition
        # governs, else as written ("станцию Хуадянь")
        best = _russian_name(cases[0] if cases and any(rows[c][5] == "case" for c in kids[k]) else "Nom")
    elif upper and base == "nsubj" and best[1] == "N" and _named_subject(toks, rows, kids[k], k, readings):
        best = _russian_name("Nom")
    return best


def _named_subject(toks: Sequence[str], rows: list[list], kids: list[int], k: int, readings: tuple) -> bool:
    """Is the capitalised subject at k a name: one the dictionary knows in no nominative ("Токаев прибыл": a genitive
    plural of "токай"), or a short one a capitalised name follows ("Си Цзиньпин прибыл": not the note "си")?"""
    if any(rows[c][5] == "case" for c in kids):
        return False
    if not any(a[2] == "Nom" for a in readings):
        return True
    return len(toks[k]) <= _SURNAME_CHARS and k + 1 in kids and toks[k + 1][:1].isupper() \
        and rows[k + 1][5] in ("appos", "flat", "flat:name")


_SURNAME_CHARS = 4  # a Chinese surname written in Russian: "Си", "Ли", "Ван", "Чжан"


def _russian_cases(toks: Sequence[str], rows: list[list], kids: list[list[int]], chosen: list, k: int, base: str,
                   head: tuple | None, upper: bool) -> tuple[str, ...]:
    """The cases word k may take, best first: those its preposition governs, else those its relation asks for."""
    prep = next((toks[c].lower() for c in kids[k] if rows[c][5] == "case"), None)
    if prep is not None:
        return _PREP_CASES.get(prep, _NO_CASES)
    h = rows[k][4]
    if base == "conj" and head is not None and head[1] == "V":
        # a noun the parser hung on a verb beside its object: a second object ("посетили музей и парк")
        obj = next((chosen[c] for c in kids[h] if rows[c][5] == "obj" and c < k and chosen[c]), None)
        return (obj[2],) if obj is not None and obj[2] else _NO_CASES
    if base == "obj" and k < h and not any(rows[c][5] == "nsubj" for c in kids[h]):
        return ("Nom", "Acc", "Gen")  # "которые посетили": no subject, and the word before its verb
    cases = _DEP_CASES.get(base, _NO_CASES)
    if cases == "":
        cases = (head[2],) if head is not None and head[2] else _NO_CASES
    if base == "appos" and upper:
        cases = ("Nom", *cases)  # "в городе Урумчи"
    return cases


def _agrees(base: str, a: tuple, head: tuple | None) -> int:
    """0 when reading ``a`` agrees in number (and gender) with its head as its relation asks, else 1."""
    if head is None:
        return 0
    if base in ("amod", "det"):
        return 0 if a[3] == head[3] and (a[3] == "Plur" or not a[4] or not head[4] or a[4] == head[4]) else 1
    if base == "nsubj" and head[1] == "V" and head[3]:
        return 0 if a[3] == head[3] and (not a[4] or not head[4] or a[4] == head[4]) else 1
    return 0


def _parse_russian(items: Sequence[tuple[str, tuple[int, int]]]) -> list[Parse]:
    from razdel import tokenize

    from tourpipe.nlp import russian_syntax

    parser = russian_syntax()
    tokens = [[(s + t.start, s + t.stop, t.text) for t in tokenize(text[s:e])] for text, (s, e) in items]
    words = [[t[2] for t in toks] for toks in tokens]
    out = []
    for (_, (s, e)), toks, ws, syntax in zip(items, tokens, words, parser.map(words)):
        rows = []
        for k, ((a, b, w), x) in enumerate(zip(toks, syntax.tokens)):
            head = int(x.head_id) - 1 if x.head_id not in ("0", 0) else k
            head = head if 0 <= head < len(toks) else k
            rows.append([k, w, a, b, head, (x.rel or "dep").lower(), "X", "", ""])
        _russian_stray_heads(rows)
        _russian_tags(ws, rows)
        for r in rows:
            w = r[1]
            r[7] = _russian_lemma(w.lower(), r[6]) if w[:1].isalpha() else w.lower()
        _russian_cycles(rows)
        _russian_led_by(rows)
        _russian_subject_counted_by_an_adverb(rows)
        _russian_manner_before_the_verb(rows)
        _russian_locative_before_object(rows)
        _russian_name_after_oblique(rows)
        _russian_goal_of_amount(rows)
        _russian_goal_of_trip(rows)
        _russian_goal_after_invitation(rows)
        _russian_purpose_of_the_noun_before(rows)
        _russian_counted_subject_read_as_object(rows)
        _russian_words_of_a_quoted_name(rows)
        _russian_modifier_of_the_first_conjunct(rows)
        _russian_phrase_of_the_last_conjunct(rows)
        _russian_conjunct_with_a_preposition(rows)
        _russian_conjuncts_across_the_verb(rows)
        _russian_list_of_the_oblique(rows)
        _russian_phrase_across_the_verb(rows)
        _russian_conjunct_read_as_modifier(rows)
        _russian_subject_after_the_object(rows)
        _russian_fronted_oblique(rows)
        _russian_object_read_as_subject(rows)
        _russian_last_name_of_an_apposed_list(rows)
        _russian_subject_of_the_next_verb(rows)
        out.append(_make_parse(s, e, rows))
    return out


_QUOTE_MARKS = frozenset('"«“„')


def _russian_stray_heads(rows: list[list]) -> None:
    """natasha sometimes gives a word itself for its head under a relation other than root (the head word of a name
    in quotation marks, "с предприятием "Узбекистон темир йуллари""; "в различных областях"): a second tree, which
    nothing of the sentence reaches. Its phrase hangs on the word before it, as an apposition when it opens with a
    quotation mark (a name), else under the relation the parser gave it."""
    if not any(r[4] == r[0] and r[5] == "root" for r in rows):
        return
    for r in rows:
        k = r[0]
        if r[4] != k or r[5] == "root":
            continue
        first = _phrase_start(rows, k)
        before = first - 1  # the word before the phrase, past punctuation the parser hung elsewhere
        while before >= 0 and not rows[before][1][:1].isalnum():
            before -= 1
        if before < 0:
            continue
        r[4] = before
        if rows[first][1] in _QUOTE_MARKS:
            r[5] = "appos"


def _russian_cycles(rows: list[list]) -> None:
    """natasha sometimes makes two words each other's heads ("построит … ветровую электростанцию": the noun the
    object of its own adjective; "соглашение о … партнерстве между Калмыкией …": the noun a conjunct of its own
    modifier), a loop nothing of the sentence reaches. The loop's word under a relation a verb takes (or a
    conjunct's) hangs on the nearest verb before it instead, as the verb's object, or its oblique when it has a
    preposition; the other words keep their heads."""
    for start in range(len(rows)):
        path: dict[int, int] = {}
        k = start
        while rows[k][4] != k and k not in path:
            path[k] = len(path)
            k = rows[k][4]
        if rows[k][4] == k:
            continue
        loop = [w for w, at in path.items() if at >= path[k]]
        argument = next((w for w in loop if rows[w][5].partition(":")[0] in _VERB_RELATIONS), None)
        verb = next((j for j in range(argument - 1, -1, -1) if rows[j][6] == "VERB"), None) \
            if argument is not None else None
        if verb is None or verb in loop:
            continue
        rows[argument][4] = verb
        if rows[argument][5] == "conj":
            has_case = any(r[4] == argument and r[5] == "case" for r in rows)
            rows[argument][5] = "obl" if has_case else "obj"


_VERB_RELATIONS = frozenset({"obj", "obl", "nsubj", "iobj", "conj"})  # relations a verb (or a conjunct) takes


def _feat(row: list, name: str) -> str | None:
    return next((kv[len(name) + 1:] for kv in row[8].split("|") if kv.startswith(name + "=")), None)


def _russian_locative_before_object(rows: list[list]) -> None:
    """"построит в Павлодаре завод": the parser reads "в Павлодаре завод" as one phrase, the place a modifier of a
    noun in the accusative that it makes the verb's oblique (the preposition on either). A noun in the locative right
    after "в"/"на" and before such a noun is the preposition's own (the place), and the accusative noun is the verb's
    object."""
    for k, r in enumerate(rows[:-1]):
        place = rows[k + 1]
        if r[5] != "case" or r[1].lower() not in ("в", "во", "на") or r[4] not in (k + 1, place[4]) \
                or place[6] not in ("NOUN", "PROPN") or _feat(place, "Case") != "Loc":
            continue
        noun = rows[place[4]]
        if noun[0] > k + 1 and noun[5] == "obl" and _feat(noun, "Case") == "Acc" and noun[6] == "NOUN":
            r[4] = place[0]
            place[4], place[5] = noun[4], "obl"
            noun[5] = "obj"


# Words of an amount of money: what "в …" hangs on when the parser reads "вложит $2 млрд в энергетику" as "$2 млрд в
# энергетику" (a goal of the amount, not of the verb).
_RUSSIAN_AMOUNT_WORDS = frozenset("""
тыс тысяча млн миллион млрд миллиард трлн триллион доллар юань рубль тенге евро сум сом сомони манат
""".split())


def _russian_goal_of_amount(rows: list[list]) -> None:
    """"вложит $2 млрд в энергетику Узбекистана": the parser hangs the "в" phrase in the accusative on the amount;
    it is where the verb puts the amount."""
    for r in rows:
        if r[5] != "nmod" or _feat(r, "Case") != "Acc" or not any(
                x[4] == r[0] and x[5] == "case" and x[1].lower() in ("в", "во") for x in rows):
            continue
        k, seen = r[4], set()
        while k not in seen and (rows[k][6] in ("NUM", "SYM") or rows[k][7] in _RUSSIAN_AMOUNT_WORDS):
            seen.add(k)
            if rows[k][4] == k:
                break
            k = rows[k][4]
        if seen and k not in seen and rows[k][6] == "VERB":
            r[4], r[5] = k, "obl"


# Nouns of a trip: what a goal in the accusative right after their phrase hangs on ("визита Ли Цяна в Кыргызстан").
_RUSSIAN_TRIP_NOUNS = frozenset("визит поездка".split())


def _russian_goal_of_trip(rows: list[list]) -> None:
    """"В рамках визита премьера Ли Цяна в Кыргызстан подписан ряд соглашений": the parser hangs "в Кыргызстан" on
    the verb after it, which goes nowhere. A "в"/"на" phrase in the accusative that opens right where the phrase of a
    trip noun before it ends, on a verb after both, is where the trip goes."""
    for r in rows:
        if r[5] != "obl" or _feat(r, "Case") != "Acc" or r[4] <= r[0]:
            continue
        marks = [x for x in rows if x[4] == r[0] and x[5] == "case" and x[0] < r[0]]
        if not marks or marks[0][1].lower() not in ("в", "во", "на") or marks[0][0] == 0:
            continue
        k, seen = marks[0][0] - 1, set()  # climb from the word before the preposition to a trip noun
        while k not in seen and rows[k][7] not in _RUSSIAN_TRIP_NOUNS and rows[k][4] != k and k != r[4]:
            seen.add(k)
            k = rows[k][4]
        if rows[k][7] in _RUSSIAN_TRIP_NOUNS and k < r[0] and k != r[4]:
            r[4], r[5] = k, "nmod"


def _russian_goal_after_invitation(rows: list[list]) -> None:
    """"По приглашению НДПТ в Таджикистан прибыла делегация": the parser hangs "в Таджикистан" on the invitation,
    and the verb after both goes nowhere. When "по приглашению" is an oblique of a verb after it that has no
    "в"/"на" goal of its own, the accusative "в"/"на" phrase under the invitation is where that verb goes."""
    case = _case_words(rows)
    goals = ("в", "во", "на")
    for r in rows:
        if r[5] != "nmod" or _feat(r, "Case") != "Acc" or rows[r[4]][7] != "приглашение" or case.get(r[0]) not in goals:
            continue
        invitation = rows[r[4]]
        verb = invitation[4]
        if case.get(invitation[0]) == "по" and invitation[5] == "obl" and verb > r[0] \
                and not any(x[4] == verb and x[5] == "obl" and case.get(x[0]) in goals and _feat(x, "Case") == "Acc"
                            for x in rows):
            r[4], r[5] = verb, "obl"


def _russian_purpose_of_the_noun_before(rows: list[list]) -> None:
    """"…, где ознакомилась с работой таджикско-китайского СП по ремонту и обслуживанию дорог": natasha may hang "по
    ремонту" on a noun before the comma. A dative "по" phrase right after a noun, whose head stands before a comma
    before that noun, is the noun's ("СП по ремонту", "завод по выпуску", "компания по добыче")."""
    case = _case_words(rows)
    for r in rows:
        if r[5] not in ("nmod", "obl") or case.get(r[0]) != "по" or _feat(r, "Case") != "Dat" or r[0] < 2:
            continue
        mark = next(x[0] for x in rows if x[4] == r[0] and x[5] == "case")
        noun = rows[mark - 1] if mark > 0 else None
        # (not a list's last item: "посетила Алматы, Астану по приглашению акимата"; never a loop)
        if noun is not None and noun[6] in ("NOUN", "PROPN") and noun[5] != "conj" and r[4] < noun[0] \
                and any(x[1] == "," for x in rows[r[4] + 1:noun[0]]) and not _under(rows, noun[0], r[0]):
            r[4], r[5] = noun[0], "nmod"


_COUNT_ADVERBS = frozenset("более менее свыше около порядка почти".split())
_OF_PREPOSITIONS = frozenset("около из от".split())  # "журналистов около 100 СМИ", "представителей из 10 стран"


def _russian_subject_counted_by_an_adverb(rows: list[list]) -> None:
    """"Более 150 журналистов посетили Пекин": natasha makes "более" the verb's subject and the counted noun its
    oblique. The noun is the subject, "более" a word of its count. A second "subject" right after a subject and a
    preposition of origin or count ("… журналистов около 100 российских СМИ отправились") is the first one's modifier
    (journalists of about 100 media), not another subject."""
    for w in rows:
        if w[5] != "nsubj" or w[6] != "ADV" or w[4] == w[0] or w[1].lower() not in _COUNT_ADVERBS:
            continue
        noun = next((r for r in rows if r[4] == w[0] and r[0] > w[0] and r[6] in ("NOUN", "PROPN")
                     and r[5] in ("obl", "nmod")), None)
        count = next((r for r in rows if r[4] == noun[0] and r[5].startswith("nummod")), None) if noun else None
        if count is None:
            continue
        noun[4], noun[5], w[4], w[5] = w[4], "nsubj", count[0], "advmod"
    for r in rows:  # ... and "журналистов около 100 российских СМИ": a preposition right after the first subject
        verb = r[4]
        if r[5] != "nsubj" or verb == r[0]:
            continue
        start = r[0]
        while start > 0 and rows[start - 1][4] == r[0] and rows[start - 1][6] != "ADP":
            start -= 1  # (its count and adjectives before it, up to its preposition, wherever the parser hung that)
        if start < 2 or rows[start - 1][6] != "ADP" or rows[start - 1][1].lower() not in _OF_PREPOSITIONS:
            continue
        first = rows[start - 2]
        if first[4] == verb and first[5] == "nsubj" and first[6] in ("NOUN", "PROPN"):
            r[4], r[5], rows[start - 1][4], rows[start - 1][5] = first[0], "nmod", r[0], "case"


def _russian_counted_subject_read_as_object(rows: list[list]) -> None:
    """"Четыре популярных китайских блогера посетили Кавказские Минеральные Воды": natasha reads the counted noun
    before a plural verb (its numeral governs the genitive singular) as a second object, or as the object of an
    inanimate "subject" after the verb ("Четыре журналиста посетили Пятигорск"). A counted animate noun before the
    verb is its subject."""
    for v in rows:
        if v[6] != "VERB" or _feat(v, "Number") != "Plur":
            continue
        objs = [r for r in rows if r[4] == v[0] and r[5] == "obj" and r[0] != v[0]]
        before = [r for r in objs if r[0] < v[0] and any(x[4] == r[0] and x[5] == "nummod:gov" for x in rows)]
        if not before or _feat(before[0], "Animacy") != "Anim":
            continue
        subjects = [r for r in rows if r[4] == v[0] and r[5].startswith("nsubj") and r[0] != v[0]]
        if not subjects and any(r[0] > v[0] for r in objs):
            before[0][5] = "nsubj"
        elif len(subjects) == 1 and subjects[0][0] > v[0] and _feat(subjects[0], "Animacy") == "Inan":
            before[0][5], subjects[0][5] = "nsubj", "obj"  # ... or it took the place visited for the subject


def _russian_words_of_a_quoted_name(rows: list[list]) -> None:
    """"был показан «Завод инженерных машин», производящий трактора, и «Завод мощных тракторов»": the parser may hang
    a word of one name in quotation marks on a word after the closing mark (on the second "Завод"). A name in the
    marks is one phrase: such a word hangs on the name's first word."""
    opened = None
    for r in rows:
        if r[1] == "«":
            opened = r[0]
        elif r[1] == "»" and opened is not None:
            inside = range(opened + 1, r[0])
            outs = [k for k in inside if rows[k][4] not in inside and rows[k][1][:1].isalnum()]
            for k in outs[1:] if outs[:1] == [opened + 1] else ():
                if rows[k][4] > r[0]:
                    rows[k][4] = outs[0]
            opened = None


def _russian_modifier_of_the_first_conjunct(rows: list[list]) -> None:
    """"подписаны меморандум о сотрудничестве … и меморандум о взаимопонимании …": the parser may hang the first
    noun's "о" phrase on the second. A prepositional phrase that opens right after a noun, hung on a later conjunct
    of that noun, is the noun's own."""
    for r in rows:
        head = rows[r[4]]
        if r[5] != "nmod" or head[0] <= r[0] or head[5] != "conj" or head[4] >= r[0]:
            continue
        first = rows[head[4]]
        if any(x[4] == r[0] and x[5] == "case" and x[0] == first[0] + 1 for x in rows):
            r[4] = first[0]


def _russian_phrase_of_the_last_conjunct(rows: list[list]) -> None:
    """"… меморандум о сотрудничестве … и меморандум о взаимопонимании между правительствами …": the parser may hang
    the second noun's phrases on the first noun's phrase, past the second noun. A phrase after a conjunct that
    repeats a noun before it, hung at or before the conjunct's own head, is the conjunct's, when every word between
    the conjunct and the phrase is the conjunct's."""
    for r in rows:
        h = r[4]
        if r[5] != "nmod" or h >= r[0]:
            continue
        for c in rows[h + 1:r[0]]:
            # a conjunct repeating a noun before it ("меморандум … и меморандум …") heads a second item of its own
            if c[5] != "conj" or c[4] > h or c[6] != "NOUN" or not any(x[7] == c[7] for x in rows[:c[4] + 1]):
                continue
            if all(c[0] <= rows[x][4] <= r[0] for x in range(c[0] + 1, r[0])):
                r[4] = c[0]
            break


def _russian_conjunct_with_a_preposition(rows: list[list]) -> None:
    """"Соглашение о научном и учебном сотрудничестве между …": the parser may take the noun after an adjective list
    for a conjunct of the noun before. A "conjunct" noun after its head with a preposition of its own and neither a
    conjunction nor a comma of its own is a phrase of its head (nmod)."""
    kids: dict[int, list[list]] = {}
    for r in rows:
        if r[4] != r[0]:
            kids.setdefault(r[4], []).append(r)
    for r in rows:
        if r[5] != "conj" or r[6] not in ("NOUN", "PROPN") or r[4] >= r[0]:
            continue
        own = kids.get(r[0], [])
        if any(c[5] == "case" and c[0] < r[0] for c in own) \
                and not any(c[5] in ("cc", "punct") and c[0] < r[0] for c in own):
            r[5] = "nmod"


def _russian_conjuncts_across_the_verb(rows: list[list]) -> None:
    """"Председатель КНР Си Цзиньпин и лидеры пяти стран подписали Договор …": the parser may hang the subject's
    second conjunct on the object after the verb. A conjunct in the nominative before a verb, hung on a word after
    it, is a conjunct of the verb's subject before it; one in the accusative after a verb, hung on a word before
    it, is a conjunct of the verb's object between them."""
    for r in rows:
        if r[5] != "conj" or r[4] <= r[0] or _feat(r, "Case") != "Nom":
            continue
        subject = next((x for x in rows if x[5].startswith("nsubj") and x[0] < r[0] and x[4] != x[0]
                        and r[0] < x[4] < r[4] and rows[x[4]][6] == "VERB"), None)
        if subject is not None:
            r[4] = subject[0]
    for r in rows:  # "Президент посетил центр … и зону …": the object's conjunct, hung before the verb
        if r[5] != "conj" or r[4] >= r[0] or _feat(r, "Case") != "Acc":
            continue
        obj = next((x for x in rows if x[5] == "obj" and r[4] < x[4] < x[0] < r[0] and rows[x[4]][6] == "VERB"
                    and _feat(x, "Case") == "Acc"), None)
        if obj is not None:
            r[4] = obj[0]
    for r in rows:  # "с участием президента было подписано 10 новых … соглашений": a passive's counted subject, hung
        # as a conjunct on the oblique before the verb
        if r[5] != "conj" or r[4] >= r[0] or not any(c[4] == r[0] and c[5].startswith("nummod") for c in rows):
            continue
        verb = rows[rows[r[4]][4]]
        if r[4] < verb[0] < r[0] and verb[6] == "VERB" and rows[r[4]][5] == "obl" \
                and any(c[4] == verb[0] and c[5] == "aux:pass" for c in rows) \
                and not any(c[4] == verb[0] and c[5].startswith("nsubj") for c in rows):
            r[4], r[5] = verb[0], "nsubj:pass"


def _russian_list_of_the_oblique(rows: list[list]) -> None:
    """"…, побывав в Казанском кремле, Иннополисе, КФУ, Свияжске": natasha may hang the items after a verb's oblique
    as conjuncts of a word before the verb. An item hung so, with only the list's commas and items between it and the
    oblique, is the oblique's conjunct."""
    for r in rows:
        if r[5] != "conj" or r[4] >= r[0] or r[6] not in ("NOUN", "PROPN"):
            continue
        obl = next((x for x in rows if x[5] == "obl" and r[4] < x[4] < x[0] < r[0] and rows[x[4]][6] == "VERB"
                    and _only_list_items(rows, x[0], r[0], {r[4], x[0]})), None)
        if obl is not None:
            r[4] = obl[0]


def _only_list_items(rows: list[list], a: int, b: int, heads: set[int]) -> bool:
    """Are the words between a and b only commas, "и" and list items (conjuncts of one of ``heads``, with their
    modifiers)?"""
    for k in range(a + 1, b):
        w = rows[k]
        if w[1] in (",", "и") or (w[5] == "conj" and w[4] in heads):
            continue
        if w[4] != k and rows[w[4]][5] == "conj" and rows[w[4]][4] in heads and a < w[4] < b:
            continue  # (an item's own modifier)
        return False
    return True


def _russian_phrase_across_the_verb(rows: list[list]) -> None:
    """"В рамках программы визита … Мирзиёев посетил штаб-квартиру и центр ведущей компании BYD в городе Шэньчжэне":
    the parser may hang the phrases after the verb's object on a noun before the verb (the arc crossing the verb,
    which that noun does not govern). Such a phrase with a preposition is the verb's oblique ("в городе Шэньчжэне":
    where it was visited); one in the genitive belongs to the noun right before it ("центр … компании")."""
    for r in rows:
        h = r[4]
        if r[5] != "nmod" or h >= r[0]:
            continue
        verb = next((x[0] for x in rows[h + 1:r[0]] if x[6] == "VERB" and not _under(rows, x[0], h)
                     and _under(rows, h, x[0])), None)
        if verb is None:
            continue
        if any(c[5] == "case" and c[4] == r[0] for c in rows):
            r[4], r[5] = verb, "obl"
        elif _feat(r, "Case") == "Gen":
            noun = next((x[0] for x in reversed(rows[verb + 1:r[0]]) if x[6] in ("NOUN", "PROPN")
                         and _under(rows, x[0], verb) and not _under(rows, x[0], r[0])), None)
            if noun is not None:
                r[4] = noun


def _russian_subject_of_the_next_verb(rows: list[list]) -> None:
    """"Глава государства Э. Рахмон посетил города …, где … принял участие …": on a long or garbled sentence the
    parser may hang the subject on a later verb across the finite verb right after it. A subject whose phrase ends
    right before a finite verb with no subject of its own, agreeing with it in number, is that verb's."""
    for r in rows:
        if r[5] != "nsubj" or r[4] <= r[0]:
            continue
        end = max(k for k in range(r[0], r[4]) if _under(rows, k, r[0]))
        verb = rows[end + 1] if end + 1 < r[4] else None
        if verb is None or verb[6] != "VERB" or _feat(verb, "VerbForm") != "Fin" \
                or _feat(verb, "Number") != _feat(r, "Number") \
                or any(c[4] == verb[0] and c[5].startswith("nsubj") for c in rows):
            continue
        r[4] = verb[0]


def _russian_last_name_of_an_apposed_list(rows: list[list]) -> None:
    """"посетил города Сяминь, Лунъянь, Шанхай и Пекин": the parser joins the last name to the noun the list is
    apposed to ("города") instead of to the list's first name. A proper noun conjoined to a noun after that noun's
    apposed name that has conjuncts of its own is the list's last item."""
    for r in rows:
        if r[5] != "conj" or r[6] != "PROPN":
            continue
        noun = rows[r[4]]
        if noun[6] != "NOUN":
            continue
        first = next((a for a in rows if a[4] == noun[0] and a[5] == "appos" and a[6] == "PROPN" and a[0] < r[0]
                      and any(c[4] == a[0] and c[5] == "conj" for c in rows)), None)
        if first is not None:
            r[4] = first[0]


def _russian_object_read_as_subject(rows: list[list]) -> None:
    """"гостям показали автозавод": a masculine or neuter inanimate noun is the same in the nominative and the
    accusative, and the parser may make it the subject of a verb it does not agree with. A singular one after a
    plural finite verb that has no object is the verb's object (an unnamed "they" did it); so is one after a verb
    whose subject stands before it ("Президент в середине мая посетит с визитом Китай": a verb has one subject)."""
    for r in rows:
        verb = rows[r[4]]
        if r[5] != "nsubj" or r[0] < verb[0] or r[6] not in ("NOUN", "PROPN") or _feat(r, "Number") != "Sing" \
                or _feat(r, "Animacy") != "Inan" or _feat(r, "Gender") not in ("Masc", "Neut") \
                or verb[6] != "VERB" or _feat(verb, "VerbForm") != "Fin" \
                or any(c[4] == verb[0] and c[5] in ("obj", "conj") for c in rows) \
                or any(c[4] == r[0] and c[5] == "conj" for c in rows):
            continue
        plural = _feat(verb, "Number") == "Plur" and r[6] == "NOUN"
        if plural or any(c[4] == verb[0] and c[5] == "nsubj" and c[0] < verb[0] for c in rows):
            r[5] = "obj"


_LEADER_NOUNS = ("NOUN", "PROPN")


def _russian_led_by(rows: list[list]) -> None:
    """"поездка делегации во главе с губернатором в провинцию …": the parser makes "во" of "во главе с" a preposition
    of the group before it ("в делегации") and hangs the leader on "во". The leader is the group's modifier, "во" its
    preposition (who leads a group is part of its naming; the group stays the trip's genitive, its traveller)."""
    for r in rows:
        k, h = r[0], r[4]
        if r[5] != "case" or r[1].lower() not in ("во", "в") or h >= k or rows[h][6] not in _LEADER_NOUNS \
                or not any(c[4] == k and c[5] == "fixed" and c[7] == "глава" for c in rows):
            continue
        leader = next((c for c in rows if c[4] == k and c[0] > k and c[5] in ("obl", "nmod")
                       and c[6] in _LEADER_NOUNS), None)
        if leader is not None:
            leader[4], leader[5], r[4] = h, "nmod", leader[0]


def _russian_manner_before_the_verb(rows: list[list]) -> None:
    """"Делегация с рабочим визитом находится в КНР": the parser hangs "с визитом" on the subject before it ("the
    delegation with a visit"). An inanimate noun in the instrumental with "с", hung on a verb's subject and ending
    right before that verb, tells how the subject does what the verb says: the verb's oblique."""
    for r in rows:
        k, h = r[0], r[4]
        if r[5] != "nmod" or h >= k or _feat(r, "Case") != "Ins" or _feat(r, "Animacy") != "Inan" \
                or not rows[h][5].startswith("nsubj") or not any(c[4] == k and c[5] == "case" and c[1].lower() in
                                                                 ("с", "со") for c in rows):
            continue
        verb = rows[rows[h][4]]
        end = max(i for i in range(k, len(rows)) if _under(rows, i, k) and all(_under(rows, j, k)
                                                                               for j in range(k, i + 1)))
        if verb[5] == "acl:relcl" and rows[verb[4]][4] == end + 1 and rows[verb[4]][5].startswith("nsubj"):
            # "делегация, которую возглавляет губернатор с рабочим визитом находится в КНР": the relative clause left
            # unclosed, "с визитом" is the main verb's, whose subject the clause describes
            verb = rows[rows[verb[4]][4]]
        if verb[6] == "VERB" and verb[0] == end + 1:
            r[4], r[5] = verb[0], "obl"


def _russian_fronted_oblique(rows: list[list]) -> None:
    """"посетят редакции газет, в Шанхае ознакомятся с …": the parser hangs a phrase with a preposition that opens a
    clause after a comma on the verb of the clause before; right before a finite verb of its own it is that verb's
    oblique (where that is done)."""
    for r in rows:
        k, h = r[0], r[4]
        if r[5] != "obl" or h >= k or k + 1 >= len(rows):
            continue
        verb, first = rows[k + 1], _phrase_start(rows, k)
        if first < 2 or first - 1 <= h or rows[first - 1][1] != "," or rows[first][5] != "case" \
                or verb[6] != "VERB" or _feat(verb, "VerbForm") != "Fin" or _under(rows, verb[0], k):
            continue
        r[4] = verb[0]


def _russian_subject_after_the_object(rows: list[list]) -> None:
    """"40 заводов планируют открыть … китайские компании": natasha reads the subject after the infinitive as its
    second object (a plural inanimate noun is the same in both cases). The later of two objects of an infinitive,
    plural like the verb it completes, which has no subject, is that verb's subject."""
    for inf in rows:
        if inf[5] != "xcomp" or inf[4] == inf[0] or _feat(inf, "VerbForm") != "Inf":
            continue
        head = rows[inf[4]]
        objects = [c for c in rows if c[4] == inf[0] and c[5] == "obj"]
        if len(objects) != 2 or any(c[4] == head[0] and c[5].startswith("nsubj") for c in rows):
            continue
        last = objects[1]
        if last[0] > inf[0] and last[6] == "NOUN" and _feat(last, "Number") == "Plur" == _feat(head, "Number") \
                and _feat(last, "Animacy") != "Anim":
            last[4], last[5] = head[0], "nsubj"


def _russian_conjunct_read_as_modifier(rows: list[list]) -> None:
    """"посетил Международный центр … Хоргос и свободную экономическую зону …": the parser may hang the second
    object on the first as its modifier, or on the verb as an oblique. A noun joined by "и" with no preposition, in
    the accusative case of the noun it hangs on (or of the verb's object before it), is that noun's conjunct."""
    for r in rows:
        if r[5] not in ("nmod", "obl") or r[4] >= r[0] or _feat(r, "Case") != "Acc":
            continue
        kids = [x for x in rows if x[4] == r[0] and x[0] != r[0]]
        if any(x[5] == "case" for x in kids) or not any(x[5] == "cc" and x[1].lower() == "и" for x in kids):
            continue
        head = rows[r[4]]
        if head[6] == "VERB":  # "посетил центр … и зону": hung on the verb, beside its object
            head = next((x for x in rows if x[5] == "obj" and x[4] == head[0] and x[0] < r[0]
                         and _feat(x, "Case") == "Acc"), None)
        if head is not None and _feat(head, "Case") == "Acc":
            r[4], r[5] = head[0], "conj"


def _russian_name_after_oblique(rows: list[list]) -> None:
    """"После Узбекистана Лю Гочжун с коллегами отправится …", "В рамках визита в Китайскую Народную Республику
    Рустами Эмомали посетил …": the parser hangs the name in the nominative on the oblique phrase before it, in
    apposition, and the verb has no subject. A proper noun in the nominative in apposition to a noun in another case
    that a verb without a subject governs (through the phrase's nouns) is that verb's subject."""
    for r in rows:
        if r[5] != "appos" or r[6] != "PROPN" or _feat(r, "Case") != "Nom":
            continue
        noun = rows[r[4]]
        if _feat(noun, "Case") in (None, "Nom") or noun[0] > r[0]:
            continue
        top, seen = noun, set()
        while top[5] in ("obl", "nmod") and top[4] != top[0] and rows[top[4]][6] != "VERB" and top[0] not in seen:
            seen.add(top[0])
            top = rows[top[4]]
        verb = rows[top[4]]
        if top[5] not in ("obl", "nmod") or verb[6] != "VERB" or top[4] == top[0] or top[0] > r[0] \
                or verb[0] < r[0]:
            continue
        if not any(x[4] == verb[0] and x[5].startswith(("nsubj", "csubj")) for x in rows):
            r[4], r[5] = verb[0], "nsubj"


def _make_parse(s: int, e: int, rows: list[list]) -> Parse:
    return Parse(s, e, tuple(Word(*r) for r in rows))


_PARSERS: dict[str, Callable[[Sequence[tuple[str, tuple[int, int]]]], list[Parse]]] = {
    "en": _parse_english, "ru": _parse_russian,
}


def can_parse(lang: str) -> bool:
    return lang in _PARSERS


# Parses of recent sentences by (language, text): wire stories run on many sites and headlines repeat in ledes.
# Bounded; a parse is kept with offsets relative to its sentence and moved to where the sentence stands.
PARSE_CACHE_SIZE = 4096
_CACHE: OrderedDict[tuple[str, str], Parse] = OrderedDict()


def _moved(parse: Parse, start: int) -> Parse:
    shift = start - parse.start
    if shift == 0:
        return parse  # the sentence stands where it was parsed: no copy
    new = tuple.__new__  # a repeated sentence's words are copied by the thousand: no call per word, no slicing
    words = tuple(new(Word, (i, text, a + shift, b + shift, head, dep, pos, lemma, feats, base))
                  for i, text, a, b, head, dep, pos, lemma, feats, base in parse.words)
    return Parse(parse.start + shift, parse.end + shift, words, parse._kids, parse._tour, parse._cases)  # one walk


def parse_spans(text: str, spans: Sequence[tuple[int, int]], lang: str) -> list[Parse]:
    """One :class:`Parse` per span of ``text`` (each span one sentence or a window of one), in one batch."""
    return parse_many([(text, span) for span in spans], lang)


def parse_many(items: Sequence[tuple[str, tuple[int, int]]], lang: str,
               read_as: Sequence[str] | None = None) -> list[Parse]:
    """One :class:`Parse` per (text, span), all in one batch: the parser runs faster on many documents at once.

    ``read_as``: for each item, what the parser reads in its span's place (as long as the span: the events stage
    reads numbers as stand-ins, "signed 17 agreements worth $629 million" as "… 15 agreements worth $150 million",
    so that a sentence told again with other figures is parsed once); the words keep the span's own text."""
    if not items or lang not in _PARSERS:
        return []
    windows = [text[s:e] for text, (s, e) in items]
    reads = list(read_as) if read_as is not None else windows
    keys = [(lang, read) for read in reads]
    found = {key: _CACHE[key] for key in keys if key in _CACHE}
    todo: dict[tuple[str, str], tuple[str, tuple[int, int]]] = {}
    for key, (_, (s, _)) in zip(keys, items):
        if key not in found:  # parsed where its first window stands: that window's parse needs no moving
            todo.setdefault(key, (" " * s + key[1], (s, s + len(key[1]))))
    if todo:
        # natasha's parser pads each batch of sentences to its longest: sentences of like length batched together
        # waste less (Russian parse CPU -12 %; the parses are the same)
        order = sorted(todo, key=lambda key: len(key[1]))
        with one_blas_thread():
            fresh = _PARSERS[lang]([todo[key] for key in order])
        found.update(zip(order, fresh))
    for key in keys:
        _CACHE[key] = found[key]
        _CACHE.move_to_end(key)
    while len(_CACHE) > PARSE_CACHE_SIZE:
        _CACHE.popitem(last=False)
    return [_moved(found[key], s) if read == w else _read_as(found[key], s, w)
            for key, (_, (s, _)), read, w in zip(keys, items, reads, windows)]


def _read_as(parse: Parse, start: int, window: str) -> Parse:
    """A parse read from a stand-in of ``window``, moved to ``start``, with the window's own words (text; a lemma
    that was the stand-in word's own text is the word's): _moved and the words' text in one pass."""
    new, shift, s = tuple.__new__, start - parse.start, parse.start
    words = []
    for i, text, a, b, head, dep, pos, lemma, feats, base in parse.words:
        real = window[a - s:b - s]
        if real != text:
            lemma = real.lower() if lemma == text.lower() else lemma
        words.append(new(Word, (i, real, a + shift, b + shift, head, dep, pos, lemma, feats, base)))
    return Parse(parse.start + shift, parse.end + shift, tuple(words), parse._kids, parse._tour, parse._cases)


__all__ = ["Word", "Parse", "Mentions", "ARTICLES", "SENTENCE_WINDOW", "PARSE_PIECE", "datelines", "dateline_city",
           "line_spans", "unwrapped", "blanked", "sentence_spans", "title_case",
           "sentence_pieces", "sentence_around", "bounded", "can_parse", "parse_spans", "parse_many"]
