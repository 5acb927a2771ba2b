"""What the dependency parse decides: the counted noun a bare number refers to across the sentence ("Of the 2,483
fires recorded, 1,906 were caused by lightning"), ages ("Maddon, 66, said"), and the change verb that governs a
figure the words around it did not tie to one ("prices, which had risen all week, fell on Friday by 2.6%").

Only sentences with such an undecided figure are parsed (tourpipe.syntax, the parser the events extractor uses:
UD labels, one model per process), all of a document's in one batch. Everything else is read from the words alone.
"""
from __future__ import annotations

from collections.abc import Sequence

from tourpipe.figures.context import Sentence
from tourpipe.figures.drafts import Draft
from tourpipe.figures.qualifiers import change_word
from tourpipe.figures.units import AGE_UNIT, count_kind
from tourpipe.syntax import Parse, Word, can_parse, parse_spans

_HEAD_DEPS = ("nsubj", "nsubj:pass", "obj", "root", "conj", "appos")
_PARTITIVE = ("obl", "nmod")
_AMOUNT_KINDS = ("percent", "money", "measure")
_CHANGE_PATH = ("obj", "obl", "obl:npmod", "advmod", "nmod:npmod")


def undecided(s: Sentence, d: Draft, changes: bool | None = None) -> bool:
    """A figure the words left open: a bare count, or an amount with no direction in a sentence that has a change
    word away from it (``changes``: whether it has one, when the caller already knows)."""
    if d.unit_kind == "count" and d.unit is None and d.value_high is None and s.toks[d.first].kind == "n":
        return True
    if s.grammar.noun_modifier(s, d) is not None:
        return True
    if not (d.qualifier == "exact" and d.unit_kind in _AMOUNT_KINDS and d.value_from is None):
        return False
    return has_change_word(s) if changes is None else changes


def has_change_word(s: Sentence) -> bool:
    return any(t.kind == "w" and change_word(s.lex, t.low) for t in s.toks)


def parses_for(sentences: Sequence[tuple[Sentence, list[Draft]]], lang: str) -> dict[int, Parse]:
    """Parses of the sentences (by position in ``sentences``) that hold an undecided figure, in one batch."""
    # whether a sentence has a change word is looked up once per sentence, not once per figure
    todo = [k for k, (s, drafts) in enumerate(sentences)
            if drafts and any(undecided(s, d, changes) for changes in [has_change_word(s)] for d in drafts)]
    if not todo or not can_parse(lang):
        return {}
    text = sentences[todo[0]][0].text
    spans = [(sentences[k][0].start, sentences[k][0].end) for k in todo]
    return dict(zip(todo, parse_spans(text, spans, lang)))


def apply_parse(s: Sentence, drafts: list[Draft], parse: Parse) -> None:
    """Fill what the tree decides into the sentence's undecided figures."""
    changes = has_change_word(s)
    for d in drafts:
        if not undecided(s, d, changes):
            continue
        modifier = s.grammar.noun_modifier(s, d)
        if modifier is not None:
            _compound_unit(s, d, parse, modifier)
            continue
        at = parse.index_at(s.toks[d.first].start)
        if at is None:
            continue
        if d.unit_kind == "count" and d.unit is None:
            _count_unit(s, d, parse, parse.words[at])
        elif d.qualifier == "exact" and d.unit_kind in _AMOUNT_KINDS:
            direction = _governing_change(s, parse, parse.words[at])
            if direction:
                d.qualifier = direction


def _compound_unit(s: Sentence, d: Draft, parse: Parse, m: int) -> None:
    """"700 heart transplants", "thousands of job cuts": a noun compounded with the counted noun is part of what is
    counted (an adjective, "four different bosses", or a name, "96 Liverpool fans", is not)."""
    at, head = parse.index_at(s.toks[m].start), parse.index_at(s.toks[d.end - 1].start)
    if at is None or head is None:
        return
    mod = parse.words[at]
    owner = parse.head_of(at)
    if mod.pos == "NOUN" and mod.dep == "compound" and owner is not None and owner.i == head:
        d.unit = f"{s.toks[m].low} {d.unit}"


def _count_unit(s: Sentence, d: Draft, parse: Parse, w: Word) -> None:
    head = parse.head_of(w.i)
    toks = s.toks
    commas = d.start > 0 and toks[d.start - 1].text == "," and d.end < len(toks) and toks[d.end].text == ","
    if w.dep == "appos" and commas and head is not None and head.pos == "PROPN" and 0 < d.value <= 120 \
            and d.value == int(d.value):
        d.unit, d.unit_kind = AGE_UNIT, "duration"  # "Maddon, 66, said": an age
        return
    noun = _counted_elsewhere(parse, w)
    if noun is not None:
        unit = s.grammar.lemma_unit(s.lex, noun.lemma)
        if unit:
            d.unit, d.unit_kind = unit, count_kind(s.lex, unit)


def _counted_elsewhere(parse: Parse, w: Word) -> Word | None:
    """The noun a bare number counts: the noun it modifies, or the "of the X" its verb opens with ("Of the 2,483
    fires recorded, 1,906 were ...", "Из 40 проектов 12 завершены")."""
    head = parse.head_of(w.i)
    if w.dep.startswith("nummod") and head is not None and head.pos == "NOUN":
        if head.feat("Number") == "Sing" and w.i + 1 < head.i:
            nxt = parse.words[w.i + 1]  # "a 30 page memo": the singular noun right after the number is what it counts
            owner = parse.head_of(nxt.i)
            if nxt.pos == "NOUN" and nxt.dep == "compound" and nxt.feat("Number") == "Sing" \
                    and nxt.text.isalpha() and nxt.text.islower() and owner is not None and owner.i == head.i:
                return nxt
        return head
    if w.dep not in _HEAD_DEPS or head is None:
        return None
    for sib in parse.children(head.i, *_PARTITIVE):
        cases = {c.lemma for c in parse.children(sib.i, "case")}
        counted = parse.children(sib.i, "nummod") or sib.feat("Number") == "Plur"
        if sib.pos == "NOUN" and cases & {"of", "из"} and counted and sib.i != w.i:
            return sib
    return None


def _governing_change(s: Sentence, parse: Parse, w: Word) -> str | None:
    """The direction of the change verb a figure hangs from as its object or its "by" phrase (never through "to" or
    "from": those name levels)."""
    node = parse.head_of(w.i) if w.dep.startswith("nummod") else w
    if node is None or node.dep not in _CHANGE_PATH:
        return None
    cases = {c.lemma for c in parse.children(node.i, "case")}
    if cases and not cases <= s.lex.by_links:
        return None
    verb = parse.head_of(node.i)
    if verb is None or verb.pos != "VERB":
        return None
    return change_word(s.lex, verb.lemma) or change_word(s.lex, verb.text.lower())
