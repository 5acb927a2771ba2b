"""Lazy, cached pymorphy3 look-ups: part of speech and lemma of a Russian word."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from tourpipe.nlp import morph

_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})
_MASC_NOMN = frozenset({"masc", "sing", "nomn"})


class Reading(NamedTuple):
    """The most likely reading of a word: part of speech, lemma (``ё`` folded), and two hints for counted nouns."""

    pos: str | None
    lemma: str
    name_like: bool  # a surname or first-name reading ("козловых" read as the Kozlovs)
    substantive: str | None  # an adjective or participle in its dictionary form ("пострадавших" -> "пострадавший")
    adjective: str | None = None  # lemma of an adjective reading of a word read as a noun ("зерновых" -> "зерновой")


def _analyzer():
    return morph()  # the process's one analyzer, loaded lazily: only Russian text pays for the dictionary load


def _parses(word: str):
    """pymorphy3's parses, best first; a noun tied with a short adjective wins ("кранов" is cranes, not "кранов" of
    "крановый"): after a number the short adjective is all but unheard of."""
    parses = _analyzer().parse(word)
    top = parses[0]
    if top.tag.POS == "ADJS":
        noun = next((p for p in parses[1:] if p.tag.POS == "NOUN" and p.score >= top.score), None)
        if noun is not None:
            parses = [noun] + [p for p in parses if p is not noun]
    return parses


@lru_cache(maxsize=65536)
def pos_and_lemma(word: str) -> tuple[str | None, str]:
    """The most likely part of speech (OpenCorpora tag, e.g. NOUN, ADJF) and lemma of ``word``."""
    parse = _parses(word)[0]
    return parse.tag.POS, parse.normal_form


@lru_cache(maxsize=65536)
def reading(word: str) -> Reading:
    parses = _parses(word)
    top = parses[0]
    pos = top.tag.POS
    substantive = None
    if pos in ("ADJF", "PRTF"):
        form = top.inflect(_MASC_NOMN)
        substantive = (form.word if form else top.normal_form).replace("ё", "е")
        noun = next((p for p in parses[1:4] if p.tag.POS == "NOUN"), None)
        if noun is not None:  # "рабочих": an adjective that is also a noun
            substantive = noun.normal_form.replace("ё", "е")
    adjective = None
    if pos == "NOUN":
        adj = next((p for p in parses[1:6] if p.tag.POS in ("ADJF", "PRTF")), None)
        adjective = adj.normal_form.replace("ё", "е") if adj is not None else None
    return Reading(pos, top.normal_form.replace("ё", "е"), bool(_NAME_TAGS & top.tag.grammemes), substantive,
                   adjective)


def _forms(word: str, parts: tuple[str, ...]) -> set[tuple[str | None, str | None, str | None]]:
    """(number, case, animacy for the accusative) of every reading of ``word`` as one of ``parts``."""
    return {(p.tag.number, p.tag.case, p.tag.animacy if p.tag.case == "accs" else None)
            for p in _analyzer().parse(word) if p.tag.POS in parts}


# After два/три/четыре the adjective is plural and the noun singular genitive: "три козловых крана", "две новые школы".
_PAUCAL = ((("plur", "gent", None), ("sing", "gent", None)), (("plur", "nomn", None), ("sing", "gent", None)))


@lru_cache(maxsize=65536)
def modifies(adjective: str, noun: str) -> bool:
    """``adjective`` can be an adjective or participle agreeing with ``noun`` in number and case ("зерновых
    терминалов"), so it modifies it rather than being a noun itself."""
    adj, nouns = _forms(adjective, ("ADJF", "PRTF")), _forms(noun, ("NOUN",))
    return bool(adj & nouns) or any(a in adj and n in nouns for a, n in _PAUCAL)


@lru_cache(maxsize=65536)
def same_noun_form(first: str, second: str) -> bool:
    """Both words can be nouns in the same number and case: an appositive compound ("вагонов-зерновозов")."""
    return bool(_forms(first, ("NOUN",)) & _forms(second, ("NOUN",)))


@lru_cache(maxsize=65536)
def plural_subject(word: str) -> str | None:
    """Lemma of ``word`` when its likeliest reading is a plural noun in the nominative (a verb's subject: "туристы",
    not the genitive "станции" of "штат станции"), else None."""
    top = _analyzer().parse(word)[0]
    if top.tag.POS == "NOUN" and top.tag.number == "plur" and top.tag.case == "nomn":
        return top.normal_form.replace("ё", "е")
    return None
