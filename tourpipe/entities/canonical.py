"""Canonical names: one deterministic name per real-world entity across documents and languages."""
from __future__ import annotations

import unicodedata

from tourpipe.entities import lexicon
from tourpipe.entities.languages import LANGUAGES
from tourpipe.entities.places import CHINESE_SYLLABLES, known_place, lookup, lookup_place, romanized_place

_PLACES = frozenset({"GPE", "LOC", "FAC"})


def canonical_names(mentions: list[tuple[str, str]], lang: str) -> list[str]:
    """Canonical name of each (text, label) mention of one document in language ``lang``, in order."""
    language = LANGUAGES[lang]
    normal = [text if label == "DATE" else language.normal_name(text, label) for text, label in mentions]
    # surname-only (or given-name-only) mentions take the one full name in the document that contains them
    full_names = sorted({n for n, (_, lab) in zip(normal, mentions) if lab == "PERSON" and " " in n})
    out: list[str] = []
    for name, (text, label) in zip(normal, mentions):
        if label == "PERSON" and " " not in name:
            forms = language.name_forms(name)
            owners = [f for f in full_names if forms & {f.split()[0], f.split()[-1]}]
            if len(owners) == 1:
                name = owners[0]
        if label in _PLACES:
            # an unknown Russian city is named as English news spells it: one canonical name in both languages
            name = lookup_place(text, name) or (label != "FAC" and romanized_place(_chinese_form(text, name))) \
                or _plain_spelling(lexicon.fold(name))
        elif label not in ("DATE", "NORP"):
            name = lookup(name) or lexicon.fold(name)
        out.append(name)
    present = set(out)
    for i in range(len(mentions)):
        for canonical, requires in lexicon.conditional_aliases().get(normal[i].casefold(), []):
            if requires in present:
                out[i] = canonical
                break
    return out


def _plain_spelling(name: str) -> str:
    """A place spelt with marks ("Ürümqi") as the place we know spelt without them ("Urumqi"), else as written."""
    if name.isascii():
        return name
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain if plain != name and known_place(plain) else name


_VOWELS = frozenset("аеёиоуыэюя")


def _chinese_form(text: str, normal: str) -> str:
    """The form of a place name to romanize: a Chinese name ending in a vowel does not decline ("Тяньчи", "Баотоу"),
    and a normal form ending in another vowel is the dictionary's guess ("Тяньча"); a name ending in a consonant
    declines, and its normal form is the name ("Синьцзяне" -> "Синьцзян")."""
    if text != normal and text[-1:].casefold() in _VOWELS and normal[-1:].casefold() in _VOWELS \
            and CHINESE_SYLLABLES.search(text):
        return text
    return normal
