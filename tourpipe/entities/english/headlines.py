"""English title-case lines and sentence openings, where every capitalised word looks like a name."""
from __future__ import annotations

import re
from bisect import bisect_left

from tourpipe.entities import lexicon
from tourpipe.entities.cascade import Candidate, Candidates, Context
from tourpipe.entities.english.words import (
    HEADLINE_VERBS,
    NOT_NAMES,
    STOP,
    head_label,
    is_demonym,
    place_label,
    sentence_opening,
)

_GENERIC_MODIFIERS = frozenset({
    "Industrial", "Technology", "Tech", "High-tech", "Hi-tech", "High-Tech", "Science", "Scientific", "Innovation",
    "Economic", "Free", "Trade", "Logistics", "Special", "Smart", "Digital", "New", "International", "Modern", "Green",
    "Development", "Software", "Agricultural", "Intelligent", "Artificial", "Intelligence", "Robotics", "Cultural",
    "Creative", "Export",
})
_TITLE_VERBS = HEADLINE_VERBS | {
    "Visit", "Tour", "Tours", "Toured", "Explore", "Explores", "Meet", "Meets", "See", "Sees", "Boost", "Boosts",
    "Sign", "Signs", "Launch", "Reach", "Reaches", "Handle", "Handles", "Join", "Joins", "Up", "Down", "Rise",
    "Rises", "Grow", "Grows", "Hit", "Hits", "Eye", "Eyes", "Seek", "Seeks", "Plan", "Plans", "Build", "Builds",
    "Get", "Gets", "Learn", "Learns", "Discover", "Discovers", "Witness", "Witnesses", "Open", "Hold", "Host",
    "Attend", "Attends", "Showcase", "Showcases", "Expand", "Expands", "Strengthen", "Strengthens", "Deepen",
    "Deepens", "To", "Is", "Are", "As", "Amid", "After", "Ahead",
}
_COMPANY_VERBS = frozenset(lexicon.keywords()["en_speech_verbs"]) | {
    "is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "should", "must", "plans", "reports",
    "says", "signs", "opens", "builds", "launches", "makes", "produces", "sells", "owns", "operates", "holds",
    "announces", "aims", "expects", "wants", "intends", "became", "becomes", "also", "now", "still", "then", "already",
    "recently", "currently"}
_WORD = re.compile(r"\S+")
_COMMON_NOUNS = frozenset(lexicon.keywords()["en_common_nouns"])

# text of a span outside the title lines -> (its label, whether it was rejected)
_Confirmed = dict[str, tuple[str, bool]]


def drop_headline_noise(cands: Candidates, ctx: Context) -> Candidates:
    """In Title Case lines every word looks like a name: keep only names confirmed elsewhere or by a rule.

    A span that runs over a headline verb ("Reporters Visit Khorgos Free Trade Zone") is cut after the verb, and
    an unconfirmed span keeps its longest known or confirmed edge ("Khorgos Traffic" -> "Khorgos"). A rejected
    span still confirms its text, and what it confirms stays rejected."""
    source = ctx.source
    in_title = _TitleLines(source)
    confirmed = {c.text(source): (c.label, c.rejected) for c in cands if not in_title(c.start)}
    keep = []
    for c in cands:
        if not in_title(c.start) or (c.label in ("DATE", "NORP") and not c.rejected):
            keep.append(c)
        else:
            keep += _title_line_names(source, c, confirmed)
    return tuple(keep)


def _title_line_names(source: str, c: Candidate, confirmed: _Confirmed) -> list[Candidate]:
    out = []
    words = list(_WORD.finditer(c.text(source)))
    verbs = [k for k, w in enumerate(words) if w.group() in _TITLE_VERBS]
    if verbs and verbs[-1] + 1 < len(words):
        subject = c.spanning(c.start, c.start + words[verbs[0] - 1].end()) if verbs[0] > 0 else None
        if subject and (piece := _known_edge(source, subject, words[: verbs[0]], confirmed, whole=True)):
            out.append(piece)  # "Central Asian Bloggers Explore ...": the known part before the verb
        c = c.spanning(c.start + words[verbs[-1] + 1].start(), c.end)
        words = list(_WORD.finditer(c.text(source)))
    t = c.text(source)
    if t not in confirmed and not lexicon.known_label(t) and _generic_name(t.split()):
        return out  # "Explores AI Industrial Park": a description in Title Case, not a name
    if ((c.prio == 1 and not verbs) or t in confirmed or place_label(t) or lexicon.known_label(t)
            or head_label(t.split())):
        out.append(c)
    elif piece := _known_edge(source, c, words, confirmed):
        out.append(piece)
    return out


def _generic_name(words: list[str]) -> bool:
    """A head word after nothing but generic modifiers and acronyms (AI, IT): no proper name at all."""
    return (len(words) >= 2 and head_label(words) is not None
            and all(w in _GENERIC_MODIFIERS or w in NOT_NAMES for w in words[:-1]))


def _known_edge(source: str, c: Candidate, words: list[re.Match], confirmed: _Confirmed,
                whole: bool = False) -> Candidate | None:
    """The longest prefix or suffix of the span (or the span itself) that is a known or confirmed name, with that
    label."""
    for k in range(len(words) - (0 if whole else 1), 0, -1):
        for a, b in ((0, k), (len(words) - k, len(words))):
            start, end = c.start + words[a].start(), c.start + words[b - 1].end()
            text = source[start:end]
            label, rejected = confirmed.get(text) or (_known_label(text), False)
            if label:
                return Candidate(start, end, label, c.prio, rejected=rejected)
    return None


def _known_label(text: str) -> str | None:
    return place_label(text) or lexicon.known_label(text) or ("NORP" if is_demonym(text) else None)


class _TitleLines:
    """Whether a position lies in a Title Case line; each line is judged once (a document may hold a long line with
    many candidates)."""

    def __init__(self, source: str):
        self._source = source
        self._ends = [m.start() for m in re.finditer("\n", source)] + [len(source)]
        self._judged: dict[int, bool] = {}

    def __call__(self, pos: int) -> bool:
        k = bisect_left(self._ends, pos)
        if k not in self._judged:
            start = self._ends[k - 1] + 1 if k else 0
            self._judged[k] = _is_title_line(self._source[start : self._ends[k]].strip())
        return self._judged[k]


def _is_title_line(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w\-’']*", line)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 2 or sum(w[0].isupper() for w in long_words) / len(long_words) < 0.8:
        return False
    # a short headline ("Khorgos Traffic Up 9.4%") counts when it is not a sentence
    return (len(words) >= 4 and len(long_words) >= 3) or (len(words) >= 3 and not line.endswith((".", ":", "?", "!")))


def drop_common_noun_openings(cands: Candidates, ctx: Context) -> Candidates:
    """"Fertilizer plants expand", "Turnover rose", "Volumes grew": a single capitalised word opening a sentence or
    a caption is a common noun the model took for a name when it is a common noun of the news (en_common_nouns),
    when the document also writes it in lower case, or (for an organisation) when a lowercase noun phrase follows."""
    source = ctx.source
    # a name the document also writes capitalised inside a sentence is a name
    inside = {c.text(source) for c in cands if not sentence_opening(source, c.start)}
    return tuple(c for c in cands if not _common_noun_opening(source, c, inside))


def _common_noun_opening(source: str, c: Candidate, inside: set[str]) -> bool:
    text = c.text(source)
    if (c.prio != 0 or c.label in ("DATE", "NORP") or not re.fullmatch(r"[A-Z][a-z]+", text)
            or not sentence_opening(source, c.start)):
        return False
    if lexicon.known_label(text) or place_label(text) or is_demonym(text) or text in lexicon.given_names():
        return False
    if text in inside:
        return False
    if _common_noun(text.lower()) or _written_in_lower_case(source, text.lower()):
        return True
    if c.label != "ORG":
        return False
    nxt = re.match(r" ([a-z]+)\b", source[c.end : c.end + 30])
    return not (not nxt or nxt.group(1) in STOP or nxt.group(1).endswith("ed") or nxt.group(1) in _COMPANY_VERBS)


def _common_noun(word: str) -> bool:
    """``word`` (lower case) or its singular is a listed common noun of the news."""
    nouns = _COMMON_NOUNS
    return (word in nouns or (word.endswith("s") and word[:-1] in nouns)
            or (word.endswith("es") and word[:-2] in nouns) or (word.endswith("ies") and word[:-3] + "y" in nouns))


def _written_in_lower_case(source: str, word: str) -> bool:
    """The document writes ``word`` in lower case somewhere (only a few opening words are ever looked up)."""
    return re.search(rf"(?<![\w\-’']){re.escape(word)}(?![\w\-’'])", source) is not None
