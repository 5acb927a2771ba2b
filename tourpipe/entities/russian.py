"""Russian mentions: natasha NER spans in a spaCy Doc, plus rule-based dates and nationality adjectives."""
from __future__ import annotations

import re
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.canonical import lemmatize_ru, place_label
from tourpipe.entities.resources import morph, russian_blank
from tourpipe.entities.spans import Candidate, resolve_overlaps, trim, vote_labels

_MONTHS = (r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
           r"январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|"
           r"январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)")
_YEAR = r"(?:1[89]|20)\d{2}"
_YEAR_WORD = r"(?:\s*(?:год(?:а|у|ом)?|г\.))"
_WEEKDAY = r"(?:понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье)"
_SEASON = r"(?:весной|летом|осенью|зимой|весна|лето|осень|зима|весны|лета|осени|зимы)"
_DATE_RE = re.compile(
    rf"(?<![\w])(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTHS}(?:\s+{_YEAR}{_YEAR_WORD}?)?"
    rf"|{_MONTHS}\s+{_YEAR}{_YEAR_WORD}?"
    rf"|{_SEASON}\s+{_YEAR}{_YEAR_WORD}?"
    rf"|{_YEAR}(?:\s*[-–]\s*{_YEAR})?{_YEAR_WORD}"
    rf"|(?<=\bв\s){_MONTHS}|(?<=\bВ\s){_MONTHS}"
    rf"|(?<=\bв\s){_WEEKDAY}|(?<=\bВ\s){_WEEKDAY}"
    rf"|\d{{2}}\.\d{{2}}\.{_YEAR})(?![\w])",
    re.I,
)
_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё\-]*")
_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def russian_candidates(source: str, line_spans: list[tuple[int, list]]) -> list[Candidate]:
    """natasha spans (per line) wrapped into a spaCy Doc, plus rule spans; trimmed, labelled and flat."""
    doc = russian_blank().make_doc(source)
    spans = []
    for offset, markup_spans in line_spans:
        for s in markup_spans:
            span = doc.char_span(offset + s.start, offset + s.stop, label=_LABELS.get(s.type, s.type), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    doc.ents = _flat(spans)
    cands = [Candidate(e.start_char, e.end_char, e.label_) for e in doc.ents]
    cands += [Candidate(m.start(), m.end(), "DATE", 1) for m in _DATE_RE.finditer(source)]
    cands += _nationality_words(source)
    cands = [c for c in (trim(source, c, "ru") for c in cands) if c is not None]
    for c in cands:
        c.label = _relabel(c.text(source), c.label)
    vote_labels(source, cands, frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"}))
    return resolve_overlaps([c for c in cands if c.label in lexicon.ALLOWED_LABELS])


def _flat(spans):
    keep = []
    for s in sorted(spans, key=lambda s: (-(s.end_char - s.start_char), s.start_char)):
        if all(s.end <= k.start or s.start >= k.end for k in keep):
            keep.append(s)
    return sorted(keep, key=lambda s: s.start)


def _nationality_words(source: str) -> list[Candidate]:
    """китайские, казахстанских, казахстанцы: nationality adjectives and people nouns are NORP."""
    return [Candidate(m.start(), m.end(), "NORP") for m in _WORD.finditer(source) if _is_nationality(m.group().lower())]


@lru_cache(maxsize=65536)
def _is_nationality(word: str) -> bool:
    table = lexicon.demonyms()["ru"]
    return any(p.normal_form in table and p.tag.POS in ("ADJF", "NOUN") for p in morph().parse(word)[:3])


def _relabel(text: str, label: str) -> str:
    """Map natasha's LOC to GPE/LOC/FAC and fix PER/ORG by head words (район → GPE, парк → FAC, университет → ORG)."""
    if label in ("DATE", "NORP"):
        return label
    words = [w.lower() for w in _WORD.findall(lemmatize_ru(text))]
    if label == "PERSON":
        if len(words) == 1 and _is_people_noun(text):
            return "NORP"
        return label
    heads = lexicon.head_labels("ru")
    for w in reversed(words):
        forced = heads.get(w)
        if forced == "LOC" and label == "ORG":
            continue
        if forced:
            if forced == "GPE" and len(words) == 1:
                return label  # a bare "район" or "город" is not a name
            return forced
    known = place_label(text, "ru")
    if known:
        return known
    return label


def _is_people_noun(text: str) -> bool:
    table = lexicon.demonyms()["ru"]
    return any(p.normal_form in table and p.tag.POS == "NOUN" for p in morph().parse(text.lower())[:3])
