"""Known names in any language: aliases, country names (ISO 3166, English and Russian) and the places we know."""
from __future__ import annotations

import gettext
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


def known_place(key: str) -> str | None:
    """GPE, LOC or FAC when ``key`` (a name in its language's normal form) is a known place, else None."""
    return _places().get(lookup(key) or key)
