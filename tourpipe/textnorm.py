"""One text model for every stage: composed characters (NFC), no invisible format characters, "\\n" line breaks.

Scraped pages carry zero-width spaces inside numbers ("6\\u200b000"), soft hyphens, byte order marks,
decomposed letters (NFD "й" as "и" + U+0306) and exotic line separators (U+2028, vertical tab). Each would
split a number or a word for the extractors, or make one stage see a line break another does not. Text
is normalised once, when it is decoded, so every stage and every offset works on the same characters.
"""
from __future__ import annotations

import re
import unicodedata

# Everything str.splitlines() treats as a line boundary, "\r\n" first so that it becomes one break.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _is_format(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


def normalize_text(text: str) -> str:
    """``text`` in NFC, without format characters (Unicode category Cf), with every line break a "\\n"."""
    text = _LINE_BREAKS.sub("\n", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = "".join(ch for ch in text if not _is_format(ch))
    return text


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize_text(text)`` and, for each of its characters and one past the end, the offset in ``text``
    where it comes from: spans found in the normalised text map back to the text as given."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        if text.startswith("\r\n", i):
            out.append("\n")
            origin.append(i)
            i += 2
            continue
        # A base character with the combining marks after it composes as one cluster.
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        cluster = _LINE_BREAKS.sub("\n", text[i:j])
        for ch in unicodedata.normalize("NFC", cluster):
            if not _is_format(ch):
                out.append(ch)
                origin.append(i)
        i = j
    origin.append(len(text))
    return "".join(out), origin
