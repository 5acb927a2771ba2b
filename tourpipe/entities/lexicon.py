"""Shipped word lists for entity repair and canonical names, loaded once from data/*.json."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

ALLOWED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "EVENT"})


def _load(name: str) -> dict:
    return json.loads(resources.files("tourpipe.entities").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def aliases() -> dict[str, str]:
    """Case-folded alias -> canonical name."""
    return {k.casefold(): v for k, v in _load("aliases.json")["aliases"].items()}


@lru_cache(maxsize=None)
def conditional_aliases() -> dict[str, list[tuple[str, str]]]:
    """Case-folded alias -> [(canonical, canonical that must also occur in the document)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in _load("aliases.json")["conditional"]:
        out.setdefault(row["alias"].casefold(), []).append((row["canonical"], row["requires"]))
    return out


@lru_cache(maxsize=None)
def demonyms() -> dict:
    return _load("demonyms.json")


@lru_cache(maxsize=None)
def keywords() -> dict:
    return _load("keywords.json")


@lru_cache(maxsize=None)
def head_labels(lang: str) -> dict[str, str]:
    """Head word, as keywords.json writes it for ``lang`` -> label it forces; multiword heads included."""
    return {word: label for label, words in keywords()[lang].items() for word in words}


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def fold(name: str) -> str:
    """A name with typographic apostrophes straightened, for lookups ("Xi’an" and "Xi'an" are one name)."""
    return name.translate(_APOSTROPHES)


@lru_cache(maxsize=None)
def gazetteer() -> dict[str, str]:
    """Known English surface (apostrophes folded) -> label, from data/gazetteer.json."""
    data = _load("gazetteer.json")
    return {fold(name): label for label in ("GPE", "LOC", "FAC", "ORG") for name in data[label]}


def known_label(name: str) -> str | None:
    """The gazetteer label of an exact name, else None."""
    return gazetteer().get(fold(name))


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    return frozenset(_load("gazetteer.json")["given_names"])


@lru_cache(maxsize=None)
def chinese_surnames() -> frozenset[str]:
    return frozenset(_load("gazetteer.json")["chinese_surnames"])


@lru_cache(maxsize=None)
def regions() -> frozenset[str]:
    """English names of first-level regions that carry no word saying so ("Xinjiang", "Tatarstan"), in aliases.json."""
    return frozenset(_load("aliases.json")["regions"])


@lru_cache(maxsize=None)
def place_labels() -> dict[str, str]:
    """English name of each well-known place in aliases.json -> GPE or LOC."""
    return {name: label for label, names in _load("aliases.json")["places"].items() for name in names}


@lru_cache(maxsize=None)
def known_places() -> frozenset[str]:
    """English names of the well-known places in aliases.json (apostrophes folded)."""
    return frozenset(fold(name) for name in place_labels())
