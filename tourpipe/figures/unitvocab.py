"""Physical units from a maintained source: quantulum3's unit table (data/quantulum3_units.json, MIT), expanded by its
SI prefixes; the lexicons' own MEASURES stay the house names and win where both know a surface.

Names ("kilopascal", "parts per billion", "milliamp-hour") are matched in any case, with a plural "s"; symbols
("kPa", "mAh", "ppb", "µm", "Nm") only as written, and never a one-letter symbol or a symbol that is an everyday
word ("in", "at", "pt"). A unit is named by its first symbol, else by its name.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_FILE = Path(__file__).with_name("data") / "quantulum3_units.json"
_PREFIXES = {"Y": "yotta", "Z": "zetta", "E": "exa", "P": "peta", "T": "tera", "G": "giga", "M": "mega", "k": "kilo",
             "h": "hecto", "da": "deca", "d": "deci", "c": "centi", "m": "milli", "µ": "micro", "n": "nano",
             "p": "pico", "f": "femto", "a": "atto", "z": "zepto", "y": "yocto"}
# Quantities that are not physical measures here: money and counts have their own readers, time is a duration.
_SKIP_ENTITIES = frozenset({"dimensionless", "currency", "time", "typographical element", "angle"})
_KEEP = frozenset({"parts-per-million", "parts-per-billion"})  # dimensionless, but measures
# Names that are everyday counted nouns or periods in news copy ("three quarters", "two leagues").
_WORD_NAMES = frozenset({"quarter", "league", "span", "stone", "cup", "drop", "pixel", "point", "line", "hand",
                         "set", "pair", "mill", "quad", "shake", "turn", "nibble", "cubit", "ell", "rhe", "count"})
# Symbols that are everyday words or abbreviations in news copy.
_WORD_SYMBOLS = frozenset({"in", "at", "pt", "ft", "yd", "mi", "are", "st", "ha", "cd", "pc", "Pa", "PS", "Gy", "mm",
                           "min", "hp", "lm", "lx", "sh", "cup", "gr", "dr", "rd", "bar", "am", "pm", "Am", "Bq",
                           "ms", "Ms", "MS", "Mm", "Pm", "Gm", "Tm", "Em", "Ym", "Zm", "am", "fm", "ym", "zm"})


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(_FILE.read_text(encoding="utf-8"))


def _expanded() -> list[tuple[str, list[str], list[str]]]:
    """(name, surfaces, symbols) of every physical unit, prefixed forms included."""
    out = []
    for name, unit in _table().items():
        if (unit.get("entity") in _SKIP_ENTITIES and name not in _KEEP) or "surfaces" not in unit:
            continue
        surfaces, symbols = list(unit.get("surfaces", [])), list(unit.get("symbols", []))
        out.append((name, surfaces, symbols))
        for p in unit.get("prefixes", []):
            if p in _PREFIXES:
                out.append((_PREFIXES[p] + name, [_PREFIXES[p] + s for s in surfaces], [p + s for s in symbols]))
    return out


@lru_cache(maxsize=1)
def unit_names() -> dict[str, str]:
    """Lower-case name or plural name -> unit symbol (or name)."""
    out: dict[str, str] = {}
    for name, surfaces, symbols in _expanded():
        unit = symbols[0] if symbols else name
        for surface in surfaces:
            low = surface.lower()
            if len(low) > 3 and low not in _WORD_NAMES:
                out.setdefault(low, unit)
                out.setdefault(low + "s", unit)
                head, sep, rest = low.partition(" per ")
                if sep:  # "metres per second"
                    out.setdefault(f"{head}s per {rest}", unit)
    return out


@lru_cache(maxsize=1)
def unit_symbols() -> dict[str, str]:
    """Case-exact symbol -> unit symbol; a symbol two units share is left out."""
    seen: dict[str, set[str]] = {}
    for _, _, symbols in _expanded():
        for sym in symbols:
            seen.setdefault(sym, set()).add(symbols[0])
    return {sym: next(iter(units)) for sym, units in seen.items()
            if len(units) == 1 and len(sym) > 1 and sym not in _WORD_SYMBOLS and " " not in sym and not sym.isdigit()}
