"""Language-neutral span handling: line segments, trimming, overlap resolution, label voting."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator

from tourpipe.entities.cascade import Candidate, Candidates
from tourpipe.vocabulary import TOP_LEVEL_DOMAINS, alternation

# Quotes, brackets and separators that never start or end a name.
_EDGE = " \t\r\n\u00a0\"'“”„«»‘’`()[]{}<>,;:!?|/\\*•·–—-"
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
# Legal forms and agency markers written before a name ("АО «KTZ Express»", "JSC Kazakhtelecom") are not part of it.
_LEGAL_PREFIX = re.compile(
    r"(?:АО|ТОО|АН|ОАО|ЗАО|ПАО|ООО|НАО|РГП|ГКП|ИА|МИА|LLP|JSC|LLC|PJSC)\s+(?=[«\"“„'A-ZА-ЯЁ0-9])")
# Same-length view for the models: typographic quotes confuse the English tokenizer ("Xi’an" -> "Xi", "’an").
_MODEL_VIEW = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
# "/Kabar/", "(Xinhua)" after a dateline: the agency credit of a wire story.
_SLASH_CREDIT = re.compile(r"(?:(?<=\s)|^)/([A-ZА-ЯЁ][\w.\-]*(?: [A-ZА-ЯЁ][\w.\-]*){0,2})/(?=[\s.,:;–—-]|$)", re.M)
# Outlets named by their web address ("DKNews.kz", "24.kg"); not inside a URL, a longer host or an e-mail address.
_DOMAIN_NAME = re.compile(
    rf"(?<![\w/@.\-])((?:[A-Za-z0-9][A-Za-z0-9\-]*)\.(?:{alternation(TOP_LEVEL_DOMAINS)}))(?![\w/@\-]|\.\w)"
)


# "SL-40", "KZ-200", "Ан-148", "МиГ-29": letters, a hyphen and a number name a product model, not an organisation
_PRODUCT_CODE = re.compile(r"([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,4})-\d{1,4}[A-Za-zА-Яа-яЁё]?")
# "Almaty-1", "Алматы-1", "Khorgos-2": a place and a number (a station) are one place name
NUMBERED_PLACE = re.compile(r"(?<![\w\-.])([A-ZА-ЯЁ][\w'’]+)-(\d{1,2})(?![\w\-]|[.,]\d)")


def product_code(text: str, is_place) -> bool:
    """A model code (letters-hyphen-digits) whose letters are not a place ("Almaty-1" is a station)."""
    m = _PRODUCT_CODE.fullmatch(text)
    return m is not None and not is_place(m.group(1))


# -- bounded work for the models ---------------------------------------------------------------------------
# The models read a document a piece at a time. A line longer than LINE_BUDGET characters is cut into pieces of at
# most that many, at the last sentence end (else the last whitespace) inside the budget; a piece keeps its offset,
# so spans still index the source. spaCy refuses texts over its ``max_length`` (1,000,000 characters) and its
# memory grows with the length of a Doc; news paragraphs stay far below the budget, so ordinary text is read
# line by line exactly as before.
LINE_BUDGET = 10_000
# A run without whitespace longer than this is no word: the model reads it with a space every MAX_TOKEN characters
# (the tokenizer strips affixes from a long run one character at a time, quadratic in its length).
MAX_TOKEN = 256
# A stretch this long without a letter (a line of dashes, digits or «««) holds no name: the model reads spaces there.
LETTERLESS_RUN = 200

# A line over LINE_BUDGET is no paragraph (news paragraphs stay far below it): there the models only read words
# that could belong to a name; a stretch of CASELESS_WORDS or more words without a capital letter is blanked
# (same length), so a 200 KB line of "$5 bn, $5 bn, …" or of lower-case prose costs the model next to nothing.
CASELESS_WORDS = 40
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІΑ-Ω"
_CASELESS = re.compile(rf"(?<!\S)(?:[^\s{_UPPER}]+\s+){{{CASELESS_WORDS},}}")
# ... and so is a stretch of as many words that all open with a capital and hold no sentence punctuation: a list
# or a table flattened into one line, not names in prose (a name is a few capitalised words between others).
_ALL_CAPITALISED = re.compile(rf"(?<!\S)(?:[{_UPPER}][^\s.,;:!?]*\s+){{{CASELESS_WORDS},}}")

_SENTENCE_CUT = re.compile(r"(?s).*[.!?…。][\"'»”)\]]*\s")
_SPACE_CUT = re.compile(r"(?s).*\s")
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN + 1},}}")
# starts only where a letter (or the text) ends, so a short run is scanned once
_LETTERLESS = re.compile(rf"(?<![\W\d_])[\W\d_]{{{LETTERLESS_RUN},}}")


def model_segments(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for each line holding something, a long line in pieces of at most LINE_BUDGET characters."""
    for offset, line in line_segments(text):
        yield from _pieces(line, offset)


def _pieces(line: str, offset: int) -> Iterator[tuple[int, str]]:
    if len(line) > LINE_BUDGET:
        line = _CASELESS.sub(_blank, line)
        line = _ALL_CAPITALISED.sub(_blank, line)
    start = 0
    while len(line) - start > LINE_BUDGET:
        window = line[start : start + LINE_BUDGET]
        cut = _SENTENCE_CUT.match(window, LINE_BUDGET // 2) or _SPACE_CUT.match(window, LINE_BUDGET // 2)
        end = start + (cut.end() if cut else LINE_BUDGET)
        if line[start:end].strip():
            yield offset + start, line[start:end]
        start = end
    if line[start:].strip():
        yield offset + start, line[start:]


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def trimmed(view: str, start: int, end: int) -> tuple[int, int]:
    """A model's span without the whitespace at its ends: in the model's view a blanked stretch is whitespace, though
    the source has words there (a span reaching into it would take them)."""
    while end > start and view[end - 1].isspace():
        end -= 1
    while start < end and view[start].isspace():
        start += 1
    return start, end


def bounded_view(piece: str) -> str:
    """The piece with overlong runs broken by spaces and long letterless stretches blanked; same length."""
    if len(piece) <= MAX_TOKEN:
        return piece
    piece = _LONG_TOKEN.sub(_broken_run, piece)
    return _LETTERLESS.sub(lambda m: " " * len(m.group()), piece)


def _broken_run(m: re.Match) -> str:
    run = m.group()
    return " ".join(run[k + 1 if k else 0 : k + MAX_TOKEN] for k in range(0, len(run), MAX_TOKEN))


def model_view(line: str) -> str:
    """The line as the model should read it: straight quotes, bounded runs, same length, so offsets still hold."""
    return bounded_view(line).translate(_MODEL_VIEW)


def credit_candidates(source: str) -> list[Candidate]:
    """Agency credits ("/Kabar/") and outlets named by their web address ("DKNews.kz") are organisations."""
    out = [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _SLASH_CREDIT.finditer(source)]
    for m in _DOMAIN_NAME.finditer(source):
        if not re.match(r"www\.|https?", m.group(1), re.I):
            out.append(Candidate(m.start(1), m.end(1), "ORG", 1))
    return out


def line_segments(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line holding something; entities never cross a line break."""
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            yield offset, body
        offset += len(line)


def trim(source: str, cand: Candidate, drop_article: bool = False) -> Candidate | None:
    """Cut whitespace, punctuation, a legal form, a trailing possessive and (``drop_article``: English) a leading
    article; None if nothing is left."""
    start, end = cand.start, cand.end
    nl = source.find("\n", start, end)
    if nl != -1:  # keep the longer side of a line break
        left, right = (start, nl), (nl + 1, end)
        start, end = left if left[1] - left[0] >= right[1] - right[0] else right
    for _ in range(4):
        before = (start, end)
        start, end = _trim_once(source, start, end, cand.label, drop_article)
        if (start, end) == before:
            break
    if end <= start:
        return None
    return cand.spanning(start, end)


def _trim_once(source: str, start: int, end: int, label: str, drop_article: bool) -> tuple[int, int]:
    span = source[start:end]
    opened, closed = span.rfind("("), span.find(")")
    if opened > 0 and span.find(")", opened) < 0:  # "автономному району (СУАР": the name ends before the bracket
        end = start + opened
    elif closed >= 0 and span.rfind("(", 0, closed) < 0 and closed < len(span) - 1:  # "СУАР) Китая"
        start += closed + 1
    while start < end and source[start] in _EDGE:
        start += 1
    while end > start and source[end - 1] in _EDGE:
        end -= 1
    # a trailing full stop ends the sentence unless the name is an abbreviation (U.S., Co., No.)
    if end > start and source[end - 1] == "." and _ABBREVIATION_END.search(source[start:end]) is None:
        # "22 апреля 2025 г.": the abbreviation of года keeps its full stop
        if not (label == "DATE" and _YEAR_ABBREVIATION_END.search(source[start:end])):
            end -= 1
    if label != "DATE" and (legal := _LEGAL_PREFIX.match(source, start, end)):
        start = legal.end()
    m = _POSSESSIVE.search(source[start:end])
    if m and label != "DATE":
        end -= len(m.group(0))
    if drop_article:
        span = source[start:end]
        if span.startswith("the ") or (span.startswith("The ") and _sentence_start(source, start)):
            start += 4
    return start, end


_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[A-Za-z]{1,3}\.$|\.\w+\.$")
_YEAR_ABBREVIATION_END = re.compile(r"(?:^|\s)гг?\.$")


def char_before(source: str, pos: int, skip: str) -> str:
    """The character before ``pos`` past a run of ``skip`` characters ("" at the start of the text). Looks back only
    over that run: asked for every mention, slicing the text before it would cost the text's length each time."""
    k = pos
    while k > 0 and source[k - 1] in skip:
        k -= 1
    return source[k - 1] if k > 0 else ""


def _sentence_start(source: str, pos: int) -> bool:
    before = char_before(source, pos, " \t\"'“«(")
    return not before or before in "\n.!?:|–—-"


def resolve_overlaps(cands: Iterable[Candidate]) -> Candidates:
    """Flat output: the longest name wins, then rules over the model, then the earlier span; an empty span names
    nothing."""
    order = sorted((c for c in cands if c.end > c.start), key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken = Intervals()
    return tuple(sorted((c for c in order if taken.add(c.start, c.end)), key=lambda c: c.start))


class Intervals:
    """Disjoint non-empty spans kept sorted, for overlap tests in O(log n): a document may hold many thousand
    candidates, and a test against each of them would be quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with a kept span."""
        k = bisect_left(self._starts, end) - 1  # the last kept span starting before ``end``; ends rise with starts
        return k >= 0 and self._ends[k] > start and end > start

    def add(self, start: int, end: int) -> bool:
        """Keep [start, end) unless it is empty or overlaps a kept span; True when kept."""
        if end <= start or self.overlaps(start, end):
            return False
        k = bisect_left(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)
        return True


class Covered:
    """Any set of spans (they may overlap), for "does [start, end) overlap one of them?" in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        for _, end in ordered:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span [s, e) has s < end and e > start (as ``not (e <= start or s >= end)``)."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start


def covered(cands: Iterable[Candidate]) -> Covered:
    return Covered((c.start, c.end) for c in cands)


def vote_labels(source: str, cands: Candidates, votable: frozenset[str]) -> Candidates:
    """One label per surface in a document: the majority (first seen on ties) among votable labels.

    A rule's label outvotes the model's: rules fire on evidence the model does not weigh (a dateline, a gazetteer)."""
    counts: dict[str, Counter] = {}
    first: dict[str, dict[str, int]] = {}
    for i, c in enumerate(cands):
        if c.label in votable:
            t = c.text(source)
            counts.setdefault(t, Counter())[c.label] += 1 + 100 * c.prio
            first.setdefault(t, {}).setdefault(c.label, i)
    winners = {t: max(votes, key=lambda lab, t=t, votes=votes: (votes[lab], -first[t][lab]))
               for t, votes in counts.items() if len(votes) > 1}
    return tuple(c.relabelled(winners[t]) if c.label in votable and (t := c.text(source)) in winners else c
                 for c in cands)


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# "EXPO-2017", "ЭКСПО-2017", "Universiade-2011": a name and a year joined by a hyphen are an event of that year
_YEAR_EVENT = re.compile(r"(?<![\w\-.])([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]+)-((?:19|20)\d\d)(?![\w\-]|[.,]\d)")


def year_events(source: str, is_place) -> list[Candidate]:
    """"EXPO-2017" is an event, and so is "EXPO" alone in the same document; a place and a year is no event."""
    out, stems = [], set()
    for m in _YEAR_EVENT.finditer(source):
        if not is_place(m.group(1)):
            out.append(Candidate(m.start(), m.end(), "EVENT", 1))
            stems.add(m.group(1))
    if stems:
        alone = re.compile(rf"(?<![\w\-.])(?:{'|'.join(map(re.escape, sorted(stems)))})(?![\w\-])")
        out += [Candidate(m.start(), m.end(), "EVENT", 1) for m in alone.finditer(source)]
    return out


_ACRONYM_WORD = re.compile(r"(?<![\w\-])([A-ZА-ЯЁ]{3,6})(?![\w\-])")


def acronym_expansions(source: str, cands: Candidates) -> list[Candidate]:
    """"Российские железные дороги" where the document also writes "РЖД": words whose initials spell an
    organisation's acronym (the first capitalised, all on one line) are that organisation's full name."""
    acronyms = {c.text(source) for c in cands if c.label == "ORG" and _ACRONYM_WORD.fullmatch(c.text(source))}
    out = []
    for acronym in sorted(acronyms):
        words = r"[ \t]+".join(rf"[{ch}{ch.lower()}][\w\-]*" for ch in acronym[1:])
        pattern = re.compile(rf"(?<![\w\-]){acronym[0]}[\w\-]*[ \t]+{words}(?![\w\-])")
        out += [Candidate(m.start(), m.end(), "ORG", 1) for m in pattern.finditer(source) if not m.group().isupper()]
    return out


# "D.Erdenebat", "Ж.Бекова", "A. Nurlanov": an initial glued (or next) to a capitalised surname, the way Mongolian and
# Kazakh media name people; not "U.S.A." (a second initial) nor "St. Petersburg" (two letters before the dot)
_CAPITAL, _LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
# ... the initial may be a digraph of a Mongolian or Russian letter ("Kh.Bolorchuluun", "Ts.Batbold")
_INITIAL_NAME = re.compile(rf"(?<![\w.])(?:[{_CAPITAL}]|Kh|Ch|Sh|Zh|Ts)\.(?P<gap>\s?)[{_CAPITAL}][{_LOWER}]{{2,}}"
                           rf"(?:-[{_CAPITAL}][{_LOWER}]+)?(?![\w.]*\.[A-ZА-ЯЁ])(?!\w)")


def initialled_names(source: str) -> list[Candidate]:
    """A person named by an initial and a surname ("the Minister of Industry D.Erdenebat said"). With a space after
    the initial, only inside a sentence: "I. The project" and "A. Results" opening a line are list markers."""
    return [Candidate(m.start(), m.end(), "PERSON", 1) for m in _INITIAL_NAME.finditer(source)
            if not m.group("gap") or not _sentence_start(source, m.start())]
