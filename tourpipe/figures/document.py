"""A document: its sentences' figures as Facts, restatements linked ("$5 million (35 million yuan)"), US dollars."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from tourpipe.figures.context import NO_NAMES, Grammar, Names, Sentence
from tourpipe.figures.grammar_en import ENGLISH
from tourpipe.figures.grammar_ru import RUSSIAN
from tourpipe.figures.lexicon import Lexicon, lexicon_for
from tourpipe.figures.rates import to_usd
from tourpipe.figures.sentence import read_drafts, sentence_facts
from tourpipe.figures.tokens import has_candidate, pieces, sentences, tokenize
from tourpipe.figures.trees import apply_parse, parses_for
from tourpipe.models import Entity, Fact

_EQUIVALENT_GAP = re.compile(r"\s*[(\[]\s*")
_RESTATEMENT_GAP = re.compile(r"\s*[,(\[]?\s*(?:or|или|i\.e\.,?|that is,?|equivalent to|equal to|что эквивалентно|"
                              r"что составляет|что равно|≈|~)\s*", re.I)
# The grammar of each morphological analyser a lexicon may name; None reads nouns by English suffix rules.
_GRAMMARS: dict[str | None, Grammar] = {None: ENGLISH, "pymorphy3": RUSSIAN}


def extract_facts(text: str, lang: str = "en", entities: Sequence[Entity] = (), use_syntax: bool = True) -> list[Fact]:
    """The figures of ``text`` in document order (see tourpipe.models.Fact); ``use_syntax`` lets the dependency parse
    decide what the words leave open (figures.trees)."""
    if not text:
        return []
    facts: list[Fact] = []
    read = [(s, read_drafts(s)[0]) for s in _sentences(text, lang, entities)]
    parses = parses_for(read, lang) if use_syntax else {}
    for k, (s, drafts) in enumerate(read):
        if k in parses:
            apply_parse(s, drafts, parses[k])
        facts.extend(sentence_facts(s, drafts))
    facts = _link_equivalents(text, facts)
    return [replace(f, value_usd=to_usd(f.value, _numerator(f), f.year)) if _is_currency_code(f) else f for f in facts]


def not_figures(text: str, lang: str = "en", entities: Sequence[Entity] = ()) -> list[tuple[str, str]]:
    """(number as written, rule) for each number of ``text`` that a rule of rules.NOT_A_FIGURE turned down."""
    out = []
    for s in _sentences(text, lang, entities):
        _, turned_down = read_drafts(s)
        out.extend((s.toks[n.first].text, n.rule) for n in turned_down)
    return out


def _sentences(text: str, lang: str, entities: Sequence[Entity]) -> Iterator[Sentence]:
    """The sentences of ``text`` that may hold a figure, tokenized."""
    lex = lexicon_for(lang)
    grammar = _grammar(lex)
    anchor = _word_anchor(lex.lang)
    names = Names.of(entities) if entities else NO_NAMES
    for whole in sentences(text):
        for a, b in pieces(text, *whole):
            if has_candidate(text, a, b, anchor):
                yield Sentence(text, a, b, tokenize(text, a, b, lex.decimal_comma), lex, grammar, names, whole)


def _grammar(lex: Lexicon) -> Grammar:
    return _GRAMMARS[lex.morphology]


def _is_currency_code(f: Fact) -> bool:
    return f.unit_kind == "money" and bool(f.unit) and len(_numerator(f)) == 3 and _numerator(f).isupper()


def _numerator(f: Fact) -> str:
    """The unit of a rate's numerator ("USD" of "USD per barrel"), or the unit itself."""
    return (f.unit or "").split(" per ")[0]


def _link_equivalents(text: str, facts: list[Fact]) -> list[Fact]:
    """A money or measure figure right after another of the same kind in another unit, in brackets or after "or",
    restates it: it takes the first one's qualifier, year and subject where it has none."""
    out = list(facts)
    for b in range(1, len(out)):
        a = b - 1
        fa, fb = out[a], out[b]
        gap = text[fa.end_char:fb.start_char]
        # "296 hp (224 kW / 300 PS)": after a restatement, a slash lists another one of the same figure
        slash = fa.equivalent_of is not None and gap.strip() == "/"
        same_kind = fa.unit_kind == fb.unit_kind and fa.unit_kind in ("money", "measure") and fa.unit != fb.unit
        if not same_kind or not (slash or _EQUIVALENT_GAP.fullmatch(gap) or _RESTATEMENT_GAP.fullmatch(gap)):
            continue
        if fa.equivalent_of is not None and not slash:
            continue
        out[b] = replace(fb, equivalent_of=fa.equivalent_of if slash else fa.span,
                         qualifier=fa.qualifier if fb.qualifier == "exact" else fb.qualifier,
                         year=fb.year if fb.year is not None else fa.year,
                         subject=fb.subject or fa.subject)
    return out


@lru_cache(maxsize=8)
def _word_anchor(lang: str) -> re.Pattern | None:
    """A pattern finding the number words of ``lang``: a sentence without digits or any of them holds no figure."""
    lex = lexicon_for(lang)
    words = set(lex.number_words) | set(lex.half_words) | {w for w in lex.scale_words if w.isalpha()}
    words |= set(lex.vague_scales) | set(lex.fraction_words) | set(lex.multiplier_words)
    if not words:
        return None
    fold = lambda w: re.escape(w).replace("е", "[её]")  # noqa: E731  the lexicons fold "ё", the text may not
    alts = "|".join(sorted(map(fold, words), key=len, reverse=True))
    pattern = r"(?<!\w)(?=[^\W\d_])(?:" + alts + r")(?!\w)"
    if lex.compound_numbers:  # "двухдневный"
        heads = "|".join(sorted(map(fold, lex.compound_numbers), key=len, reverse=True))
        pattern += r"|(?<!\w)(?=[^\W\d_])(?:" + heads + r")\w*(?:" + "|".join(map(re.escape, lex.compound_units)) + r")"
    return re.compile(pattern, re.I)
