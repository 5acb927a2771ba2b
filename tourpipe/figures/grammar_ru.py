"""Russian nouns by pymorphy3's readings: the noun a number counts past its adjectives, and a verb's plural subject."""
from __future__ import annotations

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.lexicon import Lexicon
from tourpipe.figures.morph import Reading, modifies, plural_subject, pos_and_lemma, reading, same_noun_form
from tourpipe.figures.tokens import Token

_MODIFIER_POS = frozenset({"ADJF", "PRTF", "ADJS", "NUMR"})


class RussianGrammar:
    """Russian: adjectives, participles and hyphenated prefixes are skipped ("три козловых крана", "200 казахстанских
    IT-специалистов"); the noun's lemma is looked up in English."""

    def counted_noun(self, s: Sentence, j: int, singular: bool) -> tuple[str, int, int] | None:
        toks, lex = s.toks, s.lex
        table = lex.count_noun_lemmas
        k = j
        modifiers: list[str | None] = []
        pairs: list[str] = []  # adjective lemmas, for two-word nouns
        latin = ""
        while k < len(toks) and k < j + 5:
            t = toks[k]
            if t.kind != "w" or not s.adjacent(k - 1, k) or t.low in lex.stop_words:
                break
            if s.hyphen_prefix(k):
                found = _hyphenated_noun(s, k, j)
                if found:
                    return found
                # "IT-специалистов": an IT specialist
                latin = t.text + " " if t.text.isascii() and t.text.isupper() else ""
                k += 2
                continue
            r = reading(t.low)
            nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].kind == "w" and s.adjacent(k, k + 1) else None
            if r.pos in _MODIFIER_POS and _noun_elsewhere(s, k, r, nxt):
                return table[r.substantive], k + 1, j  # "80 рабочих цеха": a noun-like adjective, its noun elsewhere
            modifier = _modifier(s, k, r, nxt)
            if modifier is not None:
                modifiers.append(modifier[0])
                pairs.append(modifier[1])
                k += 1
                continue
            if r.pos == "NOUN" or (r.pos is None and r.lemma in table):
                return _noun_unit(s, k, j, r, pairs, latin), k + 1, j
            break
        # no noun after the modifiers: an adjective or participle used as a noun ("12 пострадавших", "300 рабочих")
        if modifiers and modifiers[-1] in table:
            return table[modifiers[-1]], k, j
        return None

    def noun_modifier(self, s: Sentence, d) -> int | None:
        return None  # a Russian noun is modified by a genitive after it or an adjective, read by the grammar

    def noun_like(self, lex: Lexicon, tok: Token) -> bool:
        return reading(tok.low).pos in ("NOUN", "ADJF", "PRTF")

    def is_noun(self, word: str) -> bool:
        return pos_and_lemma(word)[0] == "NOUN"

    def hyphen_unit(self, lex: Lexicon, word: str) -> str | None:
        return english(lex, pos_and_lemma(word)[1]) or lex.count_nouns.get(word)

    def is_adverb(self, word: str) -> bool:
        return False  # the lexicon's SUBJECT_SKIP_BACK lists the words to skip

    def count_tail_unit(self, s: Sentence, p: int) -> str | None:
        return None  # Russian names the count first ("число студентов"): COUNT_HEADS

    def plural_subject_unit(self, s: Sentence, p: int) -> str | None:
        lemma = plural_subject(s.toks[p].low)
        return s.lex.count_noun_lemmas.get(lemma) if lemma else None


    def lemma_unit(self, lex: Lexicon, lemma: str) -> str | None:
        return english(lex, lemma)

    def source_lemma(self, s: Sentence, k: int) -> str | None:
        return source_lemma(s, k)

    def denominator_noun(self, s: Sentence, k: int) -> str | None:
        r = reading(s.toks[k].low)
        return s.lex.count_noun_lemmas.get(r.lemma) if r.pos == "NOUN" else None


RUSSIAN = RussianGrammar()


def _hyphenated_noun(s: Sentence, k: int, j: int) -> tuple[str, int, int] | None:
    """A hyphenated noun at token k: in the table ("дата-центров"), or a compound of two nouns in one form whose head
    comes first ("вагонов-зерновозов")."""
    toks, table = s.toks, s.lex.count_noun_lemmas
    t, second = toks[k], toks[k + 2].low
    whole = f"{t.low}-{reading(second).lemma}"
    if whole in table:
        return table[whole], k + 3, j
    if not t.text.isascii() and not t.text.isupper() and reading(t.low).pos == "NOUN" \
            and same_noun_form(t.low, second):
        return english(s.lex, reading(t.low).lemma), k + 3, j
    return None


def _noun_elsewhere(s: Sentence, k: int, r: Reading, nxt: Token | None) -> bool:
    """An adjective read as a counted noun ("рабочих") before a noun it does not agree with ("80 рабочих цеха")."""
    return r.substantive in s.lex.count_noun_lemmas and nxt is not None and reading(nxt.low).pos == "NOUN" \
        and not modifies(s.toks[k].low, nxt.low)


def _modifier(s: Sentence, k: int, r: Reading, nxt: Token | None) -> tuple[str | None, str] | None:
    """(the word as a noun, its adjective lemma) when token k modifies a noun after it; None when it does not."""
    t = s.toks[k]
    if r.pos == "NOUN" and r.name_like and nxt is not None and t.text[0].islower():
        return None, r.lemma  # "козловых": a lower-case "surname" before a noun is an adjective
    if r.pos == "NOUN" and r.adjective and nxt is not None and nxt.low not in s.lex.stop_words \
            and modifies(t.low, nxt.low):
        return r.lemma, r.adjective  # "зерновых терминалов": an adjective that is also a noun, before its noun
    if r.pos in _MODIFIER_POS:
        return r.substantive, r.lemma
    return None


def _noun_unit(s: Sentence, k: int, j: int, r: Reading, pairs: list[str], latin: str) -> str:
    """Unit of the noun at token k: a two-word noun with the adjective before it ("рабочих мест" -> job, "сухой порт"
    -> dry port), else its lemma in English, after a Latin prefix ("IT-специалистов")."""
    table = s.lex.count_noun_lemmas
    if pairs and f"{pairs[-1]} {r.lemma}" in table:
        return table[f"{pairs[-1]} {r.lemma}"]
    unit = english(s.lex, r.lemma)
    if unit is None:
        return None
    return latin + unit if latin and k > j and s.toks[k - 1].text in DASHES else unit


def english(lex: Lexicon, lemma: str) -> str | None:
    """The English unit of a Russian noun lemma: the table, else its head after a compound prefix translated through
    the table ("электропоезд" -> electric train, "автозавод" -> car plant, "госкомпания"); None when neither knows it
    (the lemma then stays in ``unit_lemma`` only: the unit column never holds Russian)."""
    table = lex.count_noun_lemmas
    if lemma in table:
        return table[lemma]
    for prefix, meaning in lex.compound_prefixes:
        head = lemma[len(prefix):].lstrip("-")
        if lemma.startswith(prefix) and len(head) >= 3 and head in table:
            return f"{meaning} {table[head]}"
    return None


def source_lemma(s: Sentence, k: int) -> str | None:
    """The dictionary form of the noun at token k, with its adjective when the two make one table entry."""
    toks = s.toks
    r = reading(toks[k].low)
    if k > 0 and toks[k - 1].kind == "w":
        pair = f"{reading(toks[k - 1].low).lemma} {r.lemma}"
        if pair in s.lex.count_noun_lemmas:
            return pair
    return r.lemma
