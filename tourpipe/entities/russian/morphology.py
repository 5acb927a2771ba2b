"""Russian word forms (pymorphy3): names in the nominative, nationality words, genitives, known places."""
from __future__ import annotations

import re
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.places import known_place
from tourpipe.nlp import morph

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_SURNAME_NOMN = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая)$")
_TOKEN = re.compile(r"[\w\-’']+|[^\w\s]")


def place_label(name: str) -> str | None:
    """GPE, LOC or FAC when the name, in the nominative, is a known place, else None."""
    return known_place(lemmatize_ru(name))


def normal_name(text: str, label: str) -> str:
    """A mention in the form its canonical name starts from: the nominative, or the demonym's country."""
    if label == "PERSON":
        return lemmatize_ru(text, person=True)
    if label == "NORP":
        return demonym(text) or lemmatize_ru(text)
    return lemmatize_ru(text)


def demonym(text: str) -> str | None:
    """The canonical name a nationality word refers to ("китайских" -> "Chinese"), else None."""
    table = lexicon.demonyms()["ru"]
    for p in morph().parse(text.lower()):
        hit = table.get(p.normal_form)
        if hit:
            return hit
    return None


def name_forms(name: str) -> set[str]:
    """Every dictionary form a one-word name could stand for (Russian surnames are ambiguous out of context)."""
    return {name} | {restore_case(name, p.normal_form)
                     for p in morph().parse(name) if {"Surn", "Name"} & set(p.tag.grammemes)}


def restore_case(original: str, lemma: str) -> str:
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    if original[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in lemma.split("-"))
    return lemma


def _inflect(parse, grammemes: set[str]) -> str:
    form = parse.inflect(grammemes)
    return form.word if form else parse.normal_form


@lru_cache(maxsize=4096)
def lemmatize_ru(phrase: str, person: bool = False) -> str:
    """The phrase in the nominative: names word by word; otherwise the head noun and the adjectives before it."""
    tokens = _TOKEN.findall(phrase)
    if not any(_CYRILLIC.search(t) for t in tokens):
        return phrase
    words = _person_nominative(tokens) if person else _phrase_nominative(tokens)
    return _join(phrase, tokens, words)


def _person_nominative(tokens: list[str]) -> list[str]:
    """Each word of a personal name in the nominative singular, the gender of the first one kept throughout."""
    m = morph()
    out = list(tokens)
    gender = None
    for i, tok in enumerate(tokens):
        if not _CYRILLIC.search(tok):
            continue
        parses = m.parse(tok)
        named = [p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)] or parses
        if gender:
            named = [p for p in named if p.tag.gender in (gender, None)] or named
        best = next((p for p in named if p.tag.case == "nomn" and p.tag.number != "plur"), None)
        if (best is None and _SURNAME_NOMN.search(tok)
                and not any("Surn" in p.tag and p.tag.number == "sing" for p in named)):
            continue  # an unknown surname already in the nominative (Бектенов), not a plural given name
        best = best or named[0]
        gender = gender or best.tag.gender
        out[i] = restore_case(tok, _inflect(best, {"nomn", "sing"}) if best.tag.case != "nomn" else tok.lower())
    return out


def _phrase_nominative(tokens: list[str]) -> list[str]:
    """The head noun in the nominative and the adjectives before it agreeing with it; the rest as written."""
    m = morph()
    head = _head_noun(tokens)
    if head is None:
        return [_nominal_form(t) if _CYRILLIC.search(t) else t for t in tokens]
    out = list(tokens)
    hi, noun = head
    number = noun.tag.number or "sing"
    if _indeclinable_place(tokens[hi], noun):
        return out
    out[hi] = restore_case(tokens[hi], _inflect(noun, {"nomn", number}))
    for i in range(hi):
        tok = tokens[i]
        if not _CYRILLIC.search(tok):
            continue
        adj = next((p for p in m.parse(tok) if p.tag.POS in ("ADJF", "PRTF")), None)
        if adj is not None:
            grams = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", noun.tag.gender or "masc"}
            out[i] = restore_case(tok, _inflect(adj, grams))
    return out


_INDECLINABLE_PLACE = re.compile(r"^[А-ЯЁ][а-яё-]*(?:ов|ев|ёв|ин|ын)о$")


def _indeclinable_place(word: str, parse) -> bool:
    """"в Стризнево": a place's name in -ово/-ино the dictionary does not know as one is written alike in every case
    (not the plural "Стризневы" a guess would give). So is a name the dictionary does not know at all that ends in a
    consonant, which a guess reads as a genitive plural ("город Эрдэнэт" is no plural "Эрдэнэта"): as written."""
    if "Geox" in parse.tag:
        return False
    return _INDECLINABLE_PLACE.search(word) is not None or (
        not parse.is_known and parse.tag.number == "plur" and parse.tag.case == "gent"
        and word[-1:].lower() not in _VOWELS_AND_SIGNS)


_VOWELS_AND_SIGNS = frozenset("аеёиоуыэюяьй")
_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTS"})


def _nominal_form(word: str) -> str:
    """A word of a name with no noun the dictionary knows, in its normal form; as written when the dictionary reads
    it as a verb form only ("Курля" is no gerund of "курлить"): a name is no verb."""
    best = morph().parse(word)[0]
    if _indeclinable_place(word, best):
        return word
    return word if best.tag.POS in _VERBAL else restore_case(word, best.normal_form)


def _head_noun(tokens: list[str]):
    """(index, parse) of the phrase's head noun (a place noun preferred), or None when there is none or a Latin
    or numeric word comes first."""
    m = morph()
    for i, tok in enumerate(tokens):
        if not _CYRILLIC.search(tok):
            if tok[:1].isalnum():
                return None  # a Latin or numeric word first: leave the name as written
            continue
        parses = m.parse(tok)
        noun = next((p for p in parses if p.tag.POS == "NOUN" and "Geox" in p.tag), None) or next(
            (p for p in parses if p.tag.POS == "NOUN"), None
        )
        # an adjective before the head, though the dictionary reads it first as a noun too: "Атырауской области"
        # (a noun "атырауска" in the instrumental, or the adjective "атырауский")
        adjective = any(p.tag.POS in ("ADJF", "PRTF") for p in parses) and i + 1 < len(tokens) \
            and _CYRILLIC.search(tokens[i + 1]) is not None
        if noun is not None and not adjective:
            return i, noun
    return None


def _join(phrase: str, tokens: list[str], words: list[str]) -> str:
    """Put replaced words back with the original spacing."""
    pieces, pos = [], 0
    for tok, word in zip(tokens, words):
        at = phrase.index(tok, pos)
        pieces.append(phrase[pos:at] + word)
        pos = at + len(tok)
    return "".join(pieces) + phrase[pos:]


@lru_cache(maxsize=65536)
def is_nationality(word: str) -> bool:
    """A nationality adjective or people noun in any form ("китайские", "казахстанцы")."""
    table = lexicon.demonyms()["ru"]
    return any(p.normal_form in table and p.tag.POS in ("ADJF", "NOUN") for p in morph().parse(word)[:3])


def is_people_noun(text: str) -> bool:
    table = lexicon.demonyms()["ru"]
    return any(p.normal_form in table and p.tag.POS == "NOUN" for p in morph().parse(text.lower())[:3])


def is_genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in morph().parse(word)[:3])


def is_office(word: str, lemmas, genitive: bool = False) -> bool:
    """A noun whose lemma is in ``lemmas`` (in the genitive, when asked)."""
    return any(p.normal_form in lemmas and p.tag.POS == "NOUN" and (not genitive or p.tag.case == "gent")
               for p in morph().parse(word)[:3])
