"""Shape features of a single line (sentence-likeness, headline-likeness, name-likeness) for the cleaner."""
from __future__ import annotations

import re

from tourpipe.cleaning.rules import FUNCTION_WORDS, NAV_LABELS, RUBRICS, bare

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_CLOSERS = "\"'»”’)]）】」』 "
_LETTER = re.compile(r"[^\W\d_]")
_NAME_TOKEN = re.compile(r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w'’\-.]*$")
_STEM_WORD = re.compile(r"[^\W\d_]{4,}")

# A line this long is running text even when a scraper cut it mid-sentence.
LONG_LINE = 200
# A standfirst runs this many words; a sentence-case one sharing words with the body may be shorter.
DECK_WORDS = 12
SHORT_DECK_WORDS = 8


def n_words(text: str) -> int:
    """Word count; ideographic scripts count two characters as one word."""
    cjk = len(_CJK.findall(text))
    if cjk:
        return cjk // 2 + len(_CJK.sub(" ", text).split())
    return len(text.split())


def is_cjk(text: str) -> bool:
    return len(_CJK.findall(text)) * 3 >= len(text)


def final_mark(text: str) -> str:
    """The last punctuation mark of a line, looking through closing quotes and brackets."""
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


def is_sentence(text: str) -> bool:
    """Running text: a finished sentence of some length, a long quote, or a very long line."""
    if len(text) >= LONG_LINE:
        return True
    words = n_words(text)
    mark = final_mark(text)
    if mark in ".…。":
        return words >= 2
    if mark in "!?！？":
        return words >= 6
    if mark in ":;,：；，":
        return words >= 8
    # a quotation closing a paragraph: «…» or “…”
    return text.rstrip()[-1:] in "»”\"" and words >= 8


def is_name(text: str) -> bool:
    """Two to four capitalised tokens and nothing else: a personal byline such as "Anna Lee Chen"."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or any(ch.isdigit() for ch in text):
        return False
    if bare(text) in NAV_LABELS or bare(text) in RUBRICS:
        return False
    return all(_NAME_TOKEN.match(t) and t.casefold().strip(".,") not in FUNCTION_WORDS for t in tokens)


def is_headline(text: str) -> bool:
    """Could be a headline: a few words of text, not a name, not too long."""
    if not _LETTER.search(text) or len(text) > 250 or is_name(text):
        return False
    return len(text) >= 6 if is_cjk(text) else n_words(text) >= 3


def is_deck(text: str, body_stems: set[str] = frozenset()) -> bool:
    """A standfirst under the headline: long running text even without a final full stop, or a shorter
    sentence-case line (not a "Rubric: label") that talks about what the body talks about."""
    if is_name(text):
        return False
    words = n_words(text)
    if words >= DECK_WORDS:
        return True
    return (words >= SHORT_DECK_WORDS and not is_cjk(text) and final_mark(text) not in ":："
            and capitalised_share(text) < 0.5 and len(stems(text) & body_stems) >= 2)


def capitalised_share(text: str) -> float:
    """Share of words starting with a capital letter: high for Title Case headlines and tag lists."""
    words = [w for w in text.split() if _LETTER.match(w)]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def sentence_case(text: str) -> bool:
    """Three or more words of four letters or more in lower case: a sentence's content words, which a Title Case
    headline or a tag list capitalises ("During their stay in Fujian, the delegation members visited …")."""
    return sum(w[:1].islower() for w in text.split() if len(w) >= 4 and _LETTER.match(w)) >= 3


def stems(text: str) -> set[str]:
    """Crude language-agnostic stems (first five letters of longer words) for overlap tests."""
    return {w.casefold()[:5] for w in _STEM_WORD.findall(text)}
