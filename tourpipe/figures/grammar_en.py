"""English nouns by suffix rules: the noun a number counts, plurals and singulars, and a verb's plural subject."""
from __future__ import annotations

from tourpipe.figures.context import DASHES, Sentence
from tourpipe.figures.lexicon import Lexicon
from tourpipe.figures.numbers import starts_number
from tourpipe.figures.tokens import Token

_NOT_NOUN_ENDINGS = ("al", "ed", "ly", "ic", "ive", "ous", "ful", "ing", "est", "all", "new")
_ADJECTIVE_ENDINGS = ("ed", "ly", "ing", "al", "ic", "ive", "ous", "ful", "ese", "ian", "ish", "est", "er")
# Before a counted noun these are adjectives, never a noun of the unit ("57 joint projects", "120 foreign firms"):
# the parse is not asked (it costs ~2 s on the bench's 2,000 articles when every such sentence is parsed).
_PLAIN_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ese", "ian", "ish", "able", "ible", "less", "ary", "ly",
                            "est")
_COMMON_ADJECTIVES = frozenset("""
foreign joint new major key large small big main former old young senior junior top various several different
certain same total full free high low long short great good bad hot cold open private public modern rich poor
further extra overall whole entire own other such many few last next first second third
""".split())


def to_singular(word: str, lex: Lexicon) -> str:
    """"companies" -> "company", "buses" -> "bus", "SMEs" -> "SME"; irregular and counted nouns from the lexicon."""
    low = word.lower()
    if low in lex.count_nouns:
        return lex.count_nouns[low]
    keep_case = word[:-1].isupper() and len(word) > 2
    base = word if keep_case else low
    if low.endswith("ies") and len(low) > 4:
        return base[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return base[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return base[:-1]
    return base


def looks_plural(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    if low in lex.count_nouns:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s", "ous"))


class EnglishGrammar:
    """English: a counted noun is the first plural word after the number (its modifiers before it)."""

    def counted_noun(self, s: Sentence, j: int, singular: bool) -> tuple[str, int, int] | None:
        """A hyphenated word is one modifier or noun ("six broad-gauge tracks", "380 high-tech companies",
        "two start-ups")."""
        run = _word_run(s, j, singular)
        if not run:
            return None
        if singular:
            return _singular_noun(s, run, j)
        return _plural_noun(s, run, j)

    def noun_like(self, lex: Lexicon, tok: Token) -> bool:
        return looks_plural(tok, lex)

    def is_noun(self, word: str) -> bool:
        return True  # no part-of-speech reading: any lower-case word may be the noun

    def hyphen_unit(self, lex: Lexicon, word: str) -> str:
        return lex.count_nouns.get(word, word)

    def is_adverb(self, word: str) -> bool:
        return word.endswith("ly")

    def count_tail_unit(self, s: Sentence, p: int) -> str | None:
        toks, lex = s.toks, s.lex
        if p >= 1 and toks[p].low in lex.count_tails and toks[p - 1].kind == "w" and s.adjacent(p - 1, p):
            noun = toks[p - 1]
            if noun.low not in lex.stop_words and noun.low not in lex.known_words \
                    and (noun.text[0].islower() or p - 1 == 0) \
                    and not noun.low.endswith(_NOT_NOUN_ENDINGS):
                return to_singular(noun.text, lex)
        return None

    def plural_subject_unit(self, s: Sentence, p: int) -> str | None:
        toks, lex = s.toks, s.lex
        if not looks_plural(toks[p], lex) or toks[p].text[0].isupper() and p > 0 and not toks[p - 1].text[0].isupper():
            return None
        m = p - 1  # the noun phrase must not hang from a preposition ("Flights between the two countries increased")
        while m >= 0 and toks[m].kind in ("w", "n") and toks[m].low not in lex.subject_prepositions \
                and (toks[m].low not in lex.stop_words or toks[m].low in lex.articles_one or toks[m].low == "the"):
            m -= 1
        if m >= 0 and toks[m].low in lex.subject_prepositions:
            return None
        return to_singular(toks[p].text, lex)


    def noun_modifier(self, s: Sentence, d) -> int | None:
        toks, lex = s.toks, s.lex
        head = d.end - 1
        if d.unit_kind != "count" or not d.unit or not d.unit.isalpha() or head - 1 <= d.first:
            return None
        noun, m = toks[head], head - 1
        mod = toks[m]
        if not looks_plural(noun, lex) or to_singular(noun.text, lex) != d.unit or mod.kind != "w" \
                or not s.adjacent(m, head) or not mod.text[0].islower() or not mod.low.isalpha() \
                or toks[m - 1].text in DASHES and toks[m - 1].end == mod.start:  # "first-team players"
            return None
        if mod.low in lex.stop_words or mod.low in lex.count_modifiers or mod.low in lex.duration_units \
                or mod.low in _COMMON_ADJECTIVES or mod.low.endswith(_PLAIN_ADJECTIVE_ENDINGS) \
                or starts_number(s, m) or s.phrase_at(m, lex.measures):
            return None
        return m

    def source_lemma(self, s: Sentence, k: int) -> str | None:
        return None  # the unit is the English lemma itself

    def lemma_unit(self, lex: Lexicon, lemma: str) -> str | None:
        return lex.count_nouns.get(lemma, lemma) if lemma.isalpha() else None

    def denominator_noun(self, s: Sentence, k: int) -> str | None:
        t = s.toks[k]
        if looks_plural(t, s.lex) or t.low.endswith(_ADJECTIVE_ENDINGS) or t.low in s.lex.known_words:
            return None
        return s.lex.count_nouns.get(t.low, t.low)


ENGLISH = EnglishGrammar()


def _word_run(s: Sentence, j: int, singular: bool) -> list[tuple[int, int]]:
    """(first token, last token) of each word of the run after the number, up to five, a hyphenated word as one."""
    toks, lex = s.toks, s.lex
    run: list[tuple[int, int]] = []
    k = j
    if k + 1 < len(toks) and toks[k].low in lex.count_modifiers and s.adjacent(k - 1, k):
        k += 1  # "six more players": the modifier is part of the span, the noun after it is counted
    while k < len(toks) and len(run) < 5:
        t = toks[k]
        if t.kind == "n" and k + 1 < len(toks) and s.adjacent(k - 1, k) and s.adjacent(k, k + 1) \
                and toks[k + 1].text[:1].isupper() and toks[k + 1].low in lex.model_suffixes:
            run.append((k, k + 1))  # "two 737 Max jets": a model name modifies the counted noun
            k += 2
            continue
        if run and not singular and t.low in lex.list_links and t.kind == "w" and _coordinated(s, k, run):
            k += 1  # "27 purchase and cooperation agreements": modifiers joined by "and"
            continue
        if t.kind != "w" or not s.adjacent(k - 1, k) or t.low in lex.stop_words:
            break
        last = k
        while s.hyphen_prefix(last):
            last += 2
        run.append((k, last))
        k = last + 1
    return run


def _coordinated(s: Sentence, k: int, run: list[tuple[int, int]]) -> bool:
    """Token k joins two modifiers of one plural noun: no word before it is plural, a plural word follows within
    three words and no number comes in between ("trade and investment agreements", not "two and three")."""
    toks, lex = s.toks, s.lex
    if any(looks_plural(toks[b], lex) for _, b in run) or not s.adjacent(k - 1, k):
        return False
    for m in range(k + 1, min(k + 4, len(toks))):
        t = toks[m]
        if t.kind != "w" or not s.adjacent(m - 1, m) or t.low in lex.stop_words or starts_number(s, m):
            return False
        if looks_plural(t, lex):
            return True
    return False


def _singular_noun(s: Sentence, run: list[tuple[int, int]], j: int) -> tuple[str, int, int] | None:
    """After "one": the first of three words that is no compound, name or adjective ("one new high-tech park")."""
    toks, lex = s.toks, s.lex
    maybe = None  # a word skipped for its adjective-like ending ("proposal", "official")
    for a, b in run[:3]:
        t = toks[b]
        if b > a:
            continue  # "one high-tech park": the compound is a modifier
        if t.text[0].isupper() and t.low not in lex.count_nouns:
            continue
        if t.low.endswith(_ADJECTIVE_ENDINGS) and t.low not in lex.duration_units:
            maybe = maybe or b
            continue
        if maybe is not None and looks_plural(t, lex):
            b = maybe  # "one proposal asks": after a singular noun, a word in -s is its verb
            t = toks[b]
        return to_singular(t.text, lex) if t.text[0].islower() else lex.count_nouns.get(t.low, t.low), b + 1, j
    return None


def _plural_noun(s: Sentence, run: list[tuple[int, int]], j: int) -> tuple[str, int, int] | None:
    """The last of the first plural words of the run ("trade fair visitors"): its singular, or a two-word noun."""
    toks, lex = s.toks, s.lex
    first = next((pos for pos, (a, b) in enumerate(run) if _plural_word(s, a, b)), None)
    if first is None:
        return None
    last = first
    # "8.5 times earnings": a multiple counts times, the noun after it is what it multiplies
    while last + 1 < len(run) and _plural_word(s, *run[last + 1]) \
            and toks[run[last][1]].low not in lex.change_size_words:
        last += 1
    a, head = run[last]
    if last > 0 and a == head:
        pair = f"{toks[head - 1].low} {toks[head].low}"
        if pair in lex.count_nouns:
            return lex.count_nouns[pair], head + 1, j
    unit = to_singular(toks[head].text, lex)
    if head > a:  # "start-ups" -> "start-up"
        unit = s.text[toks[a].start:toks[head].start].lower() + unit
    return unit, head + 1, j


def _plural_word(s: Sentence, a: int, b: int) -> bool:
    """The word of tokens a..b is plural; a hyphenated one ends in a plain "s" ("start-ups")."""
    low = s.toks[b].low
    return looks_plural(s.toks[b], s.lex) or b > a and low.endswith("s") and not low.endswith(("ss", "us", "is"))
