"""Known names in any language: aliases, country names (ISO 3166, English and Russian) and the places we know."""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

from tourpipe.entities import lexicon


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
    out = dict(lexicon.place_labels())
    out.update({name: label for name, label in lexicon.gazetteer().items() if label != "ORG"})
    out.update({name: "GPE" for name in set(_countries().values())})
    return out


def lookup(name: str) -> str | None:
    """The canonical name an alias or a country name stands for, else None."""
    key = name.casefold()
    return lexicon.aliases().get(key) or _countries().get(key)


# A Russian place name the dictionary does not know is often lemmatised wrongly ("Шэньси" -> "Шэньсь"): its written
# form is looked up too, without a case ending ("Синьцзяне", "Хоргосу", "Сычуани", "Хэбэе") and without the
# administrative words around it ("провинции Шэньси", "Нинся-Хуэйского автономного района").
_CASE_ENDINGS = ("ом", "ем", "ой", "ей", "е", "у", "а", "ю", "и", "ы", "я")
_NOMINATIVE_ENDINGS = ("", "а", "й", "ь", "я")
_DESIGNATORS = ("провинц", "област", "автономн", "район", "округ", "уезд", "город", "регион")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.I)


def lookup_place(text: str, normal: str) -> str | None:
    """The canonical name a place mention (``text`` as written, ``normal`` its normal form) stands for, else None."""
    hit = lookup(normal) or lookup(text)
    if hit or not _CYRILLIC.search(text):
        return hit
    words = [w for w in text.split() if not w.casefold().startswith(_DESIGNATORS)]
    if len(words) != 1:
        return lookup(" ".join(words)) if words and words != text.split() else None
    word = words[0]
    for stem in dict.fromkeys([word, word.split("-")[0]]):
        for key in _inflections(stem):
            if hit := lookup(key):
                return hit
    return None


def _inflections(word: str) -> list[str]:
    """``word`` and the nominatives it may be a case form of."""
    out = [word]
    for ending in _CASE_ENDINGS:
        if word.casefold().endswith(ending) and len(word) - len(ending) >= 3:
            out += [word[: len(word) - len(ending)] + n for n in _NOMINATIVE_ENDINGS]
    return out


@lru_cache(maxsize=1)
def _canonical_places() -> frozenset[str]:
    places = {n for n, label in _places().items() if label in ("GPE", "LOC")}
    return frozenset(places | set(lexicon.aliases().values()))


def is_canonical_name(name: str) -> bool:
    """``name`` is a canonical name as a whole ("Almaty Region": a region, not the city of Almaty)."""
    return name in _canonical_places()


def known_place(key: str) -> str | None:
    """GPE, LOC or FAC when ``key`` (a name in its language's normal form) is a known place, else None."""
    return _places().get(lookup(key) or key)
