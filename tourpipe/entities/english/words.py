"""English words the entity steps share: calendar patterns, word lists and the lookups of heads, places, demonyms."""
from __future__ import annotations

import re

from tourpipe.entities import lexicon
from tourpipe.entities.places import known_place
from tourpipe.vocabulary import DATE_YEAR_PATTERN, MONTH_ABBREVIATIONS_EN, MONTHS_EN, alternation

# A month, written in full or abbreviated ("Sept.", "Oct"); capitalised, as English writes months.
MONTH = rf"(?:{alternation(m.capitalize() for m in MONTHS_EN)})\.?"
FULL_MONTHS = tuple(m.capitalize() for m in MONTHS_EN if m not in MONTH_ABBREVIATIONS_EN)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
YEAR = DATE_YEAR_PATTERN

# A capitalised word of a personal name ("Aidar", "O’Neil", "Al-Farabi")
NAME_WORD = r"[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*"
# the endings of Central Asian and Russian surnames ("Kenzhebekov", "Zhumataeva", "Tokayev", "Nurlanuly")
SURNAME_END = re.compile(r"(?:ov|ev|ova|eva|yev|yeva|in|ina|enko|uly|kyzy|bekov|bayev|baev|bayeva|baeva)$")
CONNECTORS = {"of", "and", "for", "&", "on"}
HEADLINE_VERBS = {
    "Held", "Holds", "Opens", "Opened", "Closes", "Closed", "Kicks", "Starts", "Started", "Begins", "Ends", "Ended",
    "Concludes", "Concluded", "Launched", "Launches", "Signed", "Visits", "Visited", "Hosts", "Hosted", "Wraps",
}
OUTPUT_LABELS = lexicon.ALLOWED_LABELS
NOT_NAMES = frozenset(lexicon.keywords()["en_not_names"])
STOP = {"a", "an", "the", "in", "at", "on", "during", "after", "before", "while", "when", "as", "for", "from", "with",
        "by", "to", "this", "that", "these", "those", "its", "their", "his", "her", "our", "we", "they", "he", "she",
        "it", "and", "but", "of", "if", "since", "under", "via", "into", "about", "both", "each", "every", "some",
        "many", "most", "all", "visiting", "welcome"}


def place_label(name: str) -> str | None:
    """GPE, LOC or FAC when the name (apostrophes folded) is a known place, else None."""
    return known_place(lexicon.fold(name))


def head_label(words: list[str]) -> str | None:
    """The label the last word (or the last two) forces: "Park" a FAC, "University" an ORG, "District" a GPE."""
    heads = lexicon.head_labels("en")
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in heads:
        return heads[f"{words[-2]} {words[-1]}"]
    return heads.get(words[-1]) if words else None


def company_tail(words: list[str]) -> bool:
    """A business word ends the name ("Navbahor Tekstil", "Kordai Wind Energy LLP")."""
    return len(words) >= 2 and words[-1] in lexicon.keywords()["en_company_tails"]


def is_demonym(text: str) -> bool:
    table = lexicon.demonyms()["en"]
    return text in table or (text.endswith("s") and text[:-1] in table)


def demonym(text: str) -> str | None:
    """The canonical name a nationality word refers to ("Kazakhs" -> "Kazakh"), else None."""
    words = lexicon.demonyms()["en"]
    return words.get(text) or (words.get(text[:-1]) if text.endswith("s") else None)


def lines(source: str):
    """(offset, line) of every line, blank ones included."""
    pos = 0
    for line in source.split("\n"):
        yield pos, line
        pos += len(line) + 1


def sentence_opening(source: str, pos: int) -> bool:
    """Nothing but quotes or brackets between ``pos`` and the start of a sentence, line or caption."""
    prefix = source[max(0, pos - 40) : pos].rstrip(" \t\"'“«(")
    return (not prefix and pos <= 40) or prefix[-1:] in ("\n", ".", "!", "?", ":", "|", "–", "—", "-")


def normal_name(text: str, label: str) -> str:
    """A mention in the form its canonical name starts from: as written, or the demonym's canonical name."""
    if label == "NORP":
        return demonym(text) or text
    return text


def name_forms(name: str) -> set[str]:
    """English names do not inflect: a one-word name stands for itself."""
    return {name}
