"""Canonical names: one deterministic name per real-world entity across documents and languages."""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.nlp import morph

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_SURNAME_NOMN = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая)$")
_WORD = re.compile(r"[\w\-’']+|[^\w\s]")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Case-folded English or Russian country name -> preferred English short name (ISO 3166, aliases applied)."""
    import pycountry

    try:
        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except OSError:  # catalogue missing: English names still work
        ru = gettext.NullTranslations()
    alias = lexicon.aliases()
    out: dict[str, str] = {}
    for c in pycountry.countries:
        preferred = getattr(c, "common_name", None) or c.name
        preferred = alias.get(preferred.casefold(), preferred)
        for name in filter(None, (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None))):
            out.setdefault(name.casefold(), preferred)
            out.setdefault(ru.gettext(name).casefold(), preferred)
    return out


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Canonical place name -> GPE or LOC."""
    import json
    from importlib import resources

    data = json.loads(resources.files("tourpipe.entities").joinpath("data", "aliases.json").read_text(encoding="utf-8"))
    out = {name: label for label, names in data["places"].items() for name in names}
    out.update({name: label for name, label in lexicon.gazetteer().items() if label != "ORG"})
    out.update({name: "GPE" for name in set(_countries().values())})
    return out


def place_label(name: str, lang: str = "en") -> str | None:
    """GPE, LOC or FAC when the (normalised) name is a known place, else None."""
    key = lemmatize_ru(name) if lang == "ru" else lexicon.fold(name)
    return _places().get(_lookup(key) or key)


def _lookup(name: str) -> str | None:
    key = name.casefold()
    return lexicon.aliases().get(key) or _countries().get(key)


def _restore_case(original: str, lemma: str) -> str:
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
    tokens = _WORD.findall(phrase)
    if not any(_CYRILLIC.search(t) for t in tokens):
        return phrase
    m = morph()
    out = list(tokens)
    if person:
        gender = None
        for i, tok in enumerate(tokens):
            if not _CYRILLIC.search(tok):
                continue
            parses = m.parse(tok)
            named = [p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)] or parses
            if gender:
                named = [p for p in named if p.tag.gender in (gender, None)] or named
            best = next((p for p in named if p.tag.case == "nomn" and p.tag.number != "plur"), None)
            if best is None and _SURNAME_NOMN.search(tok) and not any("Surn" in p.tag and p.tag.number == "sing" for p in named):
                out[i] = tok  # an unknown surname already in the nominative (Бектенов), not a plural given name
                continue
            best = best or named[0]
            gender = gender or best.tag.gender
            out[i] = _restore_case(tok, _inflect(best, {"nomn", "sing"}) if best.tag.case != "nomn" else tok.lower())
        return _join(phrase, tokens, out)
    head = None
    for i, tok in enumerate(tokens):
        if not _CYRILLIC.search(tok):
            if head is None and tok[:1].isalnum():
                break  # a Latin or numeric word first: leave the name as written
            continue
        parses = m.parse(tok)
        noun = next((p for p in parses if p.tag.POS == "NOUN" and "Geox" in p.tag), None) or next(
            (p for p in parses if p.tag.POS == "NOUN"), None
        )
        if noun is not None and not (parses[0].tag.POS in ("ADJF", "PRTF") and i + 1 < len(tokens)):
            head = (i, noun)
            break
    if head is None:
        return _join(phrase, tokens, [(_restore_case(t, m.parse(t)[0].normal_form) if _CYRILLIC.search(t) else t) for t in tokens])
    hi, noun = head
    number = noun.tag.number or "sing"
    out[hi] = _restore_case(tokens[hi], _inflect(noun, {"nomn", number}))
    for i in range(hi):
        tok = tokens[i]
        if not _CYRILLIC.search(tok):
            continue
        adj = next((p for p in m.parse(tok) if p.tag.POS in ("ADJF", "PRTF")), None)
        if adj is not None:
            grams = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", noun.tag.gender or "masc"}
            out[i] = _restore_case(tok, _inflect(adj, grams))
    return _join(phrase, tokens, out)


def _join(phrase: str, tokens: list[str], words: list[str]) -> str:
    """Put replaced words back with the original spacing."""
    pieces, pos = [], 0
    for tok, word in zip(tokens, words):
        at = phrase.index(tok, pos)
        pieces.append(phrase[pos:at] + word)
        pos = at + len(tok)
    return "".join(pieces) + phrase[pos:]


def _demonym(text: str, lang: str) -> str | None:
    table = lexicon.demonyms()
    if lang == "ru":
        for p in morph().parse(text.lower()):
            hit = table["ru"].get(p.normal_form)
            if hit:
                return hit
        return None
    words = table["en"]
    return words.get(text) or (words.get(text[:-1]) if text.endswith("s") else None)


def _name_forms(name: str, lang: str) -> set[str]:
    """Every dictionary form a one-word name could stand for (Russian surnames are ambiguous out of context)."""
    if lang != "ru":
        return {name}
    return {name} | {_restore_case(name, p.normal_form) for p in morph().parse(name) if {"Surn", "Name"} & set(p.tag.grammemes)}


def canonical_names(mentions: list[tuple[str, str]], lang: str) -> list[str]:
    """Canonical name of each (text, label) mention of one document, in order."""
    normal: list[str] = []
    for text, label in mentions:
        if label == "DATE":
            normal.append(text)
        elif label == "PERSON":
            normal.append(lemmatize_ru(text, person=True) if lang == "ru" else text)
        elif label == "NORP":
            normal.append(_demonym(text, lang) or (lemmatize_ru(text) if lang == "ru" else text))
        else:
            normal.append(lemmatize_ru(text) if lang == "ru" else text)
    # surname-only (or given-name-only) mentions take the one full name in the document that contains them
    full_names = sorted({n for n, (_, lab) in zip(normal, mentions) if lab == "PERSON" and " " in n})
    out: list[str] = []
    for name, (text, label) in zip(normal, mentions):
        if label == "PERSON" and " " not in name:
            forms = _name_forms(name, lang)
            owners = [f for f in full_names if forms & {f.split()[0], f.split()[-1]}]
            if len(owners) == 1:
                name = owners[0]
        if label not in ("DATE", "NORP"):
            name = _lookup(name) or lexicon.fold(name)
        out.append(name)
    present = set(out)
    for i, (text, label) in enumerate(mentions):
        for canonical, requires in lexicon.conditional_aliases().get(normal[i].casefold(), []):
            if requires in present:
                out[i] = canonical
                break
    return out
