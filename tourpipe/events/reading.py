"""Read one trigger word in its dependency parse: who acts, on what, where, when, and whether it is planned."""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from tourpipe import dates
from tourpipe.cleaning.rules import date_opening
from tourpipe.entities.places import (
    adjective_places,
    is_canonical_name,
    is_country,
    is_known_gpe,
    is_region,
    known_place,
    lookup,
)
from tourpipe.events.lexicon import CAPITALS, REGION_COUNTRIES, EventLexicon, Trigger
from tourpipe.models import Entity
from tourpipe.syntax import Mentions, Parse, Word

SITE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE"})
_PEOPLE = frozenset({"PERSON"})
GPE = frozenset({"GPE"})
_DATE = frozenset({"DATE"})
_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
# A noun phrase stops at these relations: what follows describes it, or is a second phrase.
_PRUNE = frozenset({"acl", "advcl", "appos", "conj", "cc", "parataxis", "dep", "discourse", "list"})
_CLAUSES = frozenset({"acl", "advcl", "parataxis", "ccomp"})  # clauses of their own inside a sentence
_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp", "acl"})


@dataclass
class Reading:
    """What the parse says about one trigger (spans are character offsets into the source text)."""

    trigger: tuple[int, int]
    target: tuple[int, int] | None
    target_head: int | None
    actor: tuple[int, int] | None = None
    actor_pronoun: str | None = None
    actor_canonical: str | None = None
    target_canonical: str | None = None
    place: str | None = None
    place_explicit: bool = False
    date_mention: object = None  # the DATE Entity dating the event
    status: str = "done"
    scope: tuple[int, int] = (0, 0)  # the characters of the trigger's clause (for facts)
    extras: dict = field(default_factory=dict)


@dataclass
class Context:
    """What a reading needs from its document."""

    text: str
    lex: EventLexicon
    mentions: Mentions
    country: str | None  # the country "in the country" refers to
    title_end: int  # end of the first line
    money: tuple[tuple[int, int], ...] = ()  # spans of money figures
    deck_end: int = 0  # end of the headline and its deck (extract._deck_end): exempt from the generic-present rule
    counts: tuple[tuple[int, int], ...] = ()  # spans of the other figures ("более 2000 человек": a count, no year)
    dates_found: dict = field(default_factory=dict, repr=False)  # dates.find's answers, by stretch of text

    def dates_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The date expressions tourpipe.dates finds in text[start:end] (asked again by each trigger of a clause)."""
        found = self.dates_found.get((start, end))
        if found is None:
            found = self.dates_found[(start, end)] = dates.find(self.text, start, end, self.lex.lang)
        return found

    def amount_in(self, start: int, end: int) -> bool:
        return any(start <= a and b <= end for a, b in self.money)

    def in_money(self, start: int) -> bool:
        """Is ``start`` inside a money figure ("23,6 млн. долларов США": a currency's country is no place)?"""
        return any(a <= start < b for a, b in self.money)


# -- small helpers -----------------------------------------------------------------------------------------------------

def _case(p: Parse, i: int) -> str | None:
    """The preposition of word i's phrase (Parse.case_of), its Russian vowel variant as the plain one ("во" is
    "в")."""
    word = p.case_of(i)
    return _VOWEL_VARIANTS.get(word, word)


_VOWEL_VARIANTS = {"во": "в", "со": "с", "ко": "к", "обо": "о", "изо": "из", "подо": "под", "надо": "над"}


def _entity(ctx: Context, w: Word, labels=None):
    return ctx.mentions.covering(w.start, labels)


def _same_entity(ctx: Context, p: Parse, a: int, b: int) -> bool:
    e = _entity(ctx, p.words[a])
    return e is not None and e.start_char <= p.words[b].start < e.end_char


def place_modifier(ctx: Context, p: Parse, c: Word) -> bool:
    """A dependent that says where its head is: "in Urumqi city", "провинции Хэбэй"."""
    if c.base not in ("nmod", "obl"):
        return False
    case = _case(p, c.i)
    located = case in ctx.lex.locative_prepositions or (ctx.lex.genitive_place and case is None
                                                        and c.feat("Case") == "Gen")
    return located and (gpe_of(ctx, p, c.i) is not None or _capital(ctx, p, c.i) is not None)


def _after_comma(p: Parse, c: Word) -> bool:
    first = p.subtree(c.i)[0]
    return first > 0 and p.words[first - 1].text in (",", "(", "—", "–")


def _joins_another(p: Parse, c: Word, heads: frozenset[int]) -> bool:
    """Is ``c`` the word or comma joining another target's phrase ("the construction of a plant [and] a hotel")?"""
    return c.base in ("cc", "punct") and c.i > c.head and any(x.i in heads and x.i > c.i
                                                              for x in p.children(c.head, "conj"))


_WHERE_WHEN = frozenset({"where", "when", "где", "когда"})  # "the hall where they were told …": what happened there


def _which_one(p: Parse, head: int) -> set[int]:
    """The words of a clause right after the head that says which one it is ("the company which oversees …", "the
    laboratory where diamonds are grown": see _what_it_is_for)."""
    return {i for c in p.children(head) if c.i > head and c.base == "acl" and not _after_comma(p, c)
            and (p.words[p.subtree(c.i)[0]].text.lower() not in _WHERE_WHEN or _what_it_is_for(p, c.i))
            for i in p.subtree(c.i)}


def _what_it_is_for(p: Parse, v: int) -> bool:
    """Is the "where" clause at ``v`` what is done at a place, in the present passive, of a thing ("where diamonds
    are produced"), rather than what happened there ("where the talks were held", "where they were told")?"""
    return any(s.pos != "PRON" for s in p.children(v, "nsubj:pass")) \
        and any(a.feat("Tense") == "Pres" for a in p.children(v, "aux:pass", "aux"))


def span_of(ctx: Context, p: Parse, head: int, keep_conj: bool = False,
            exclude: frozenset[int] = frozenset(), owner: bool = False, described: bool = False,
            project: bool = False) -> tuple[int, int]:
    """The noun phrase headed by ``head``: its subtree without descriptions, second phrases and the place.

    ``keep_conj`` keeps coordinated heads and everything between them (an actor "A, B and C"); coordination
    deeper inside always stays ("ряд городов и областей"). ``exclude`` are heads of other phrases. ``owner`` keeps a
    place in the genitive, whose the head is, not where it stands: an actor "Правительства Китая и Казахстана", a
    target "проекты Республики Узбекистан" (a place after a preposition, "завод в Алматы", is the event's place).
    ``described`` keeps a clause that says which one, right after the head: a target "the company which oversees
    the pumping of gas", "a shopping mall offering repair goods". ``project`` (a deal's or an investment's target) keeps
    the list after a dash that says what a number of things is ("a number of sectors — energy, farming and health
    care"), and a place the phrase goes on after ("строительство предприятия на территории области по производству
    плит": it is still the event's place).
    """
    which = _which_one(p, head) - exclude if described else set()

    def skip(c: Word) -> bool:
        if c.base == "acl" and c.text.lower() in ctx.lex.anaphoric_prepositions:
            return True  # "signed 12 agreements following the talks": when they were signed, not which
        if c.i in which:
            return False
        if c.i in exclude or (c.head == head and c.dep == "case") or _joins_another(p, c, exclude):
            return True  # "to Shanghai": the target is "Shanghai"
        if _same_entity(ctx, p, head, c.i) or (c.head == head and c.base == "nmod" and _case(p, c.i) in (None, "of")
                                             and p.words[head].lemma in ctx.lex.quantifiers):
            return False  # "работой парка Хоргос": what the quantifier stands for is the phrase
        if c.base in ("conj", "cc"):
            return not keep_conj and c.head == head
        if project and c.base in ("parataxis", "appos") and _dash_list(ctx, p, c, head):
            return False  # "ряд отраслей — энергетику, сельское хозяйство и …": what the number of them is
        if c.base == "appos":
            return _after_comma(p, c)  # "СЭЗ «Хоргос»" is one name; ", an editor of …" describes
        if _pruned(ctx, p, c):
            return True
        if c.base == "nmod" and c.lemma in ctx.lex.stay_nouns and _case(p, c.i) in ctx.lex.on_visit_prepositions:
            return True  # "посетит Таджикистан с государственным визитом": the manner of the visit, not the site's
        return place_modifier(ctx, p, c) and not (owner and _case(p, c.i) is None)

    idx = p.subtree(head, skip)
    idx = _with_inner_places(ctx, p, idx) if project and idx[-1] - idx[0] + 1 > len(idx) else idx
    if keep_conj and any(p.words[k].pos == "VERB" for k in set(range(idx[0], idx[-1] + 1)) - set(idx)):
        keep_conj = False  # a tangled parse (a name said twice) hangs words of another clause's phrase on the head
    return _phrase_span(ctx, p, idx if keep_conj else _contiguous(p, idx, head))


def _with_inner_places(ctx: Context, p: Parse, idx: list[int]) -> list[int]:
    """The phrase's words ``idx`` with the places that stand between them (see span_of), wherever the parser hangs
    them: the gaps that are whole place phrases."""
    kept, out, runs = set(idx), list(idx), []
    for i in range(idx[0], idx[-1] + 1):  # the runs of words missing between the phrase's words
        if i not in kept:
            runs.append([i]) if not runs or runs[-1][-1] != i - 1 else runs[-1].append(i)
    for run in runs:
        inside = set(run)
        tops = [i for i in run if p.words[i].head not in inside or p.words[i].head == i]
        if all(p.words[t].base in ("nmod", "obl") and place_modifier(ctx, p, p.words[t]) for t in tops) \
                and inside == {w for t in tops for w in p.subtree(t)}:
            out += run
    return sorted(out)


def _pruned(ctx: Context, p: Parse, c: Word) -> bool:
    """A clause, second phrase or date of a phrase: not part of who or what, nor is where or for whom ("15
    agreements on the sidelines of the summit"). But for what an adjective after its noun says: "a plant capable of
    processing 1 million tons" is able to do that."""
    if c.base == "advcl" and _after_its_noun(p, p.words[c.head]):
        return False
    if c.base == "acl" and c.pos == "ADJ" and c.i < c.head:
        return False  # an adjective's phrase before its noun: "совместных с Китаем производств" (no clause)
    return c.base in _PRUNE or (c.base in ("nmod", "obl") and (
        _measure_or_time(ctx, p, c) or (c.lemma in ctx.lex.not_topics and _case(p, c.i) is not None)))


def _after_its_noun(p: Parse, w: Word) -> bool:
    """Is ``w`` an adjective standing after the noun it describes ("a plant capable of …", "a firm able to …")?"""
    return w.pos == "ADJ" and w.base == "amod" and w.i > w.head


_DASHES = frozenset({"—", "–"})


def _after_a_dash(p: Parse, i: int) -> bool:
    """Does the phrase of word i open with a dash, or right after one (the parser may give the dash to either)?"""
    first = p.subtree(i)[0]
    return p.words[first].text in _DASHES or (first > 0 and p.words[first - 1].text in _DASHES)


def _dash_list(ctx: Context, p: Parse, c: Word, head: int) -> bool:
    """Is ``c`` a list after a dash that says what a quantifier head counts ("a number of sectors — energy,
    farming and health", "ряд отраслей — энергетику, …")?"""
    return _after_a_dash(p, c.i) and c.i > head and bool(p.children(c.i, "conj")) \
        and p.words[head].lemma in ctx.lex.quantifiers


_AND_INSIDE = re.compile(r" (?:and|и) ")


def _phrase_span(ctx: Context, p: Parse, run: list[int]) -> tuple[int, int]:
    """Where the words ``run`` of a phrase stand, without stray punctuation at its ends, never cutting a name."""
    while len(run) > 1 and p.words[run[-1]].pos == "PUNCT" and (p.words[run[-1]].text not in ".)»”\""
                                                             or run[-1] != run[-2] + 1):
        run.pop()  # a closing mark stays with its phrase; the sentence's full stop after a gap does not
    while len(run) > 1 and p.words[run[0]].pos == "PUNCT" and p.words[run[0]].text not in "«“\"":
        run.pop(0)
    s, e = p.words[run[0]].start, p.words[run[-1]].end
    for m in ctx.mentions.within(max(0, s - 200), e + 200):  # a name is never cut in two
        if m.start_char < e and s < m.end_char:
            a, b = m.start_char, m.end_char
            joint = _AND_INSIDE.search(ctx.text, a, b)  # ... unless it is two names the tagger ran together
            if joint is not None and (e <= joint.start() or s >= joint.end()):
                a, b = (a, joint.start()) if e <= joint.start() else (joint.end(), b)
            s, e = min(s, a), max(e, b)
    if ctx.text[s:s + 1] in _OPENERS and _OPENERS[ctx.text[s]] not in ctx.text[s + 1:e + 1]:
        # a quotation's closing mark before a name ('"…," Rosa Lopez told') opens nothing in the phrase
        s += 1 + len(ctx.text[s + 1:e]) - len(ctx.text[s + 1:e].lstrip())
    piece = ctx.text[s:e]
    if piece.count("«") > piece.count("»") and ctx.text[e:e + 1] == "»":
        e += 1  # СЭЗ «Хоргос – Восточные ворота»
    elif piece[-1:] in _CLOSERS and piece.count(_CLOSERS[piece[-1]]) < 1 + (piece[-1] == '"'):
        e -= 1  # "«… меморандум о строительстве завода»": the quotation's closing mark, not the phrase's
    return s, e


_CLOSERS = {"»": "«", "”": "“", ")": "(", '"': '"'}
_OPENERS = {"«": "»", "“": "”", '"': '"'}


def _measure_or_time(ctx: Context, p: Parse, c: Word) -> bool:
    """A modifier that dates the event, not part of who or what: "the tour group on Friday morning". An amount stays
    with what it measures: "соглашения на сумму более 1 млрд долларов" as "agreements worth $26mn"."""
    own = p.subtree(c.i, lambda x: x.base in _PRUNE)  # the phrase itself, not a clause hung on it
    return _case(p, c.i) is not None and any(ctx.mentions.covering(p.words[i].start, _DATE) for i in own)


_BRACKET_WORDS = 6  # words of an aside in brackets inside a phrase


def _aside(p: Parse, members: set[int], k: int, step: int) -> int | None:
    """The bracket that closes (step 1) or opens (step -1) the one at word k within a few words, when every word
    from one to the other is in ``members``; else None."""
    other = ")" if step > 0 else "("
    stop = min(len(p.words), k + _BRACKET_WORDS) if step > 0 else max(-1, k - _BRACKET_WORDS)
    j = next((j for j in range(k + step, stop, step) if p.words[j].text == other), None)
    if j is None or not all(i in members for i in range(min(j, k), max(j, k) + 1)):
        return None
    return j


def _contiguous(p: Parse, idx: list[int], head: int) -> list[int]:
    """The run of ``idx`` around the head, never past a comma, but for one that joins a list inside the phrase
    ("documents on customs, the digital economy and infrastructure")."""
    members = set(idx)
    run = [head]
    k = head - 1
    while k >= 0:
        if k not in members or p.words[k].text in ";:(" or (p.words[k].text == "," and not _list_of_modifiers(
                p, k, head, members)):
            break
        if p.words[k].text == ")":  # "a photovoltaic (PV) project": an abbreviation in brackets inside the phrase
            opened = _aside(p, members, k, -1)
            if opened is None:
                break
            run[:0] = range(opened, k + 1)
            k = opened - 1
            continue
        run.insert(0, k)
        k -= 1
    skip_to = head
    for k in range(head + 1, len(p.words)):
        if k <= skip_to:
            continue
        closed = _aside(p, members, k, 1) if p.words[k].text == "(" else None
        if closed is not None and closed + 1 in members:  # "… to build a photovoltaic (PV) project"
            run.extend(range(k, closed + 1))
            skip_to = closed
            continue
        if k not in members or p.words[k].text in ";:()" or (p.words[k].text == ","
                                                              and not _inner_list(p, k, head, run, members)
                                                              and not _legal_form_next(p, k, members)):
            break
        run.append(k)
    return run


def _legal_form_next(p: Parse, comma: int, members: set[int]) -> bool:
    """Does the comma at ``comma`` stand inside a company's name, before its legal form ("Angel Yeast Co., Ltd.")?"""
    return comma + 1 in members and p.words[comma + 1].text.lower().rstrip(".") in _LEGAL_FORMS


_LEGAL_FORMS = frozenset("ltd inc llc llp jsc ojsc plc co corp gmbh".split())


def _list_of_modifiers(p: Parse, comma: int, head: int, members: set[int]) -> bool:
    """Does the comma at ``comma``, before the head, go on a list of the phrase's modifiers ("10 new interstate,
    intergovernmental and interagency agreements"): a conjunct's phrase starts at it or right after it, of a word
    before it?"""
    return any(w.i in members and w.base == "conj" and w.head in members and w.head < comma
               and p.subtree(w.i)[0] in (comma, comma + 1) for w in p.words[comma + 1:head])


def _inner_list(p: Parse, comma: int, head: int, run: list[int], members: set[int]) -> bool:
    """Does the comma at ``comma`` go on a list of a word of the ``run`` other than its ``head``: a conjunct's
    phrase starts right after it?"""
    inside = set(run) - {head}
    return any(w.i in members and w.base == "conj" and w.head in inside and p.subtree(w.i)[0] == comma + 1
               for w in p.words[comma + 1:])


def canonical(ctx: Context, p: Parse, head: int, labels, site: bool = False) -> str | None:
    """Canonical name of the entity heading the phrase: the head itself, or a name modifying it. ``site``: the phrase
    is a target, which a place before its noun only locates ("Gansu Science Park" is no name of Gansu's; "Hami city"
    is Hami's); an actor's is its origin ("a Kazakhstan media delegation": Kazakhstan)."""
    w = p.words[head]
    own = _entity(ctx, w, frozenset(labels))
    if own is not None and _AND_INSIDE.search(ctx.text, own.start_char, own.end_char) and any(
            _two_names(p, head, c.i) for c in (*p.children(head, "conj"), p.words[w.head]) if c.i != head):
        return None  # one of two names the tagger ran together: the phrase's own words name it
    if own is not None:
        return own.canonical or own.text
    # the name standing beside the head first ("административный центр СУАР город Урумчи" is Urumqi, not Xinjiang);
    # a target's place named beside a site's noun only locates it ("сухопутный порт Урумчи" is no name of Urumqi's)
    place_words = ctx.lex.admin_words | ctx.lex.city_words
    for i in _beside(p, head):
        e = _entity(ctx, p.words[i], frozenset(labels))
        if e is not None and not (site and e.label in GPE and p.words[p.words[i].head].lemma not in place_words):
            return e.canonical or e.text
    near = [c for c in p.children(head) if c.base in ("compound", "amod", "nmod", "flat")
            and (c.base != "nmod" or _case(p, c.i) in (None, "from", "of", "из"))]
    where_only = site and w.lemma not in ctx.lex.admin_words
    for label in labels:
        for c in near:
            if where_only and label in GPE and c.base in ("compound", "amod"):
                continue
            e = _entity(ctx, c, frozenset({label}))
            if e is not None:
                return e.canonical or e.text
    return None


def _beside(p: Parse, head: int) -> list[int]:
    """The words naming a head in apposition, not set off by a comma, one level down too: "город Урумчи",
    "центр … город Урумчи"."""
    near = [c.i for c in p.children(head, "appos", "flat") if not _after_comma(p, c)]
    return near + [g.i for c in near for g in p.children(c, "appos", "flat")]


def gpe_of(ctx: Context, p: Parse, i: int):
    """The GPE mention a noun names, itself or through a name modifying it ("Urumqi city", "провинции Хэбэй"); a
    name no list knows that a known place's genitive follows is a part of that place ("в Старом городе Кашгара",
    "the Old Town of Kashgar": Kashgar)."""
    found = [e for w in [p.words[i]] + [c for c in p.children(i, "compound", "flat", "amod", "appos", "nmod")
                                        if c.base != "nmod" or _case(p, c.i) in (None, "of")]
             if (e := _entity(ctx, w, GPE)) is not None]
    if p.words[i].lemma in ctx.lex.own_name_heads:
        # "библиотека Аль-Фараби", "the Abai museum": a name no list knows of a place after a library or a museum
        # is who it is named after ("музей Урумчи" is in Urumqi)
        found = [e for e in found if _known(e) or e.start_char <= p.words[i].start]
    if len(found) > 1 and _quarter(ctx, p, found[0]) and _known(found[-1]) \
            and found[-1].start_char > found[0].end_char:
        return found[-1]
    # "the city of Almaty", "the cities of Urumqi, Turpan and Kashgar": the designator's "of" names the place
    designated = _designator(ctx, p.words[i])
    return next((e for e in found if designated or _base_of(p, e) != "of"), None)


def _designator(ctx: Context, w: Word) -> bool:
    """Is ``w`` a word for a kind of place ("city", "region", "province")?"""
    return w.lemma in ctx.lex.city_words or w.lemma in ctx.lex.admin_words


def _listed_places(ctx: Context, p: Parse, h: int, e) -> bool:
    """Does the designator ``h`` name a list of places, ``e`` the first ("in the cities of Urumqi, Turpan and
    Kashgar"): in none of them alone? ("factories in Xi'an and Chengdu" are the first city's, as read so far.)"""
    k = p.index_at(e.start_char)
    return k is not None and k != h and _designator(ctx, p.words[h]) \
        and any(_entity(ctx, c, GPE) is not None for c in p.children(k, "conj"))


def _known(e) -> bool:
    return known_place(e.canonical or e.text) is not None


def _quarter(ctx: Context, p: Parse, e) -> bool:
    """Is ``e`` a name of common words no list knows ("Старый город", "Old Town"): a part of the place after it,
    not a county or a town of its own ("Shache County", "уезд Текес"; "Данковский район", Dankovsky District)?"""
    last = (e.canonical or e.text).split()[-1].lower()
    return not _known(e) and not any(w.pos == "PROPN" for w in p.words if e.start_char <= w.start < e.end_char) \
        and not (last in ctx.lex.admin_words and last not in ctx.lex.city_words)


def _base_of(p: Parse, e) -> str | None:
    """The preposition of the word naming ``e`` ("of" in "the Old Town of Kashgar"), else None."""
    k = p.index_at(e.start_char)
    return _case(p, k) if k is not None else None


def _subject(p: Parse, v: int) -> Word | None:
    subs = [c for c in p.children(v, "nsubj") if _agrees(p.words[v], c)]
    subs = [c for c in subs if c.i < v] or subs
    subs = [c for c in subs if not _left_by_a_preposition(p, c)] or subs
    return subs[-1] if subs else _shared_subject(p, v)


def _left_by_a_preposition(p: Parse, w: Word) -> bool:
    """Does w's phrase follow a preposition the parser left without its object ("The delegation of KSTU named after I.
    Razzakov visited": the name made a second subject is what "after" names)?"""
    first = p.subtree(w.i)[0]
    return first > 0 and p.words[first - 1].dep == "prep" and not p.children(first - 1)


def _agrees(verb: Word, noun: Word) -> bool:
    """A singular past-tense verb agrees with its subject in gender and number (Russian: "делегация посетила", not
    "филиал посетила"): a common noun or pronoun the parser made the subject but that disagrees is the object.
    Words without these features (English; a name the tagger gave none) always agree."""
    if noun.pos not in ("NOUN", "PRON") or verb.feat("Tense") != "Past" or verb.feat("Number") != "Sing":
        return True  # a plural verb may have coordinated subjects, or one the tagger read in another case
    if noun.feat("Number") == "Plur":
        return False
    gender = verb.feat("Gender")
    return not (gender and noun.feat("Gender") and noun.feat("Gender") != gender)


def _second_subject(p: Parse, v: int, c: Word, kids: list[Word]) -> bool:
    """"Представители СМИ посетили Китай": a singular "subject" after a plural verb that has a plural one before it
    is the verb's object (an inanimate accusative looks like a nominative)."""
    verb = p.words[v]
    return c.dep == "nsubj" and c.i > v and verb.feat("Number") == "Plur" and c.feat("Number") == "Sing" \
        and any(o.dep == "nsubj" and o.i < v and o.feat("Number") == "Plur" for o in kids)


def _shared_subject(p: Parse, v: int) -> Word | None:
    """"Делегация встретилась с …, посетила …", "гости будут приняты …, посетят …, ознакомятся …": a finite verb with
    no subject of its own, after a comma, shares the subject of a verb in the same form (tense, person, gender and
    number) when that subject stands before it and agrees: of the nearest past verb before it, else of any verb (the
    parser may hang the series' subject on its last verb). The parser often leaves such a verb a second root."""
    verb = p.words[v]
    if v == 0 or p.words[v - 1].text != "," or verb.feat("VerbForm") != "Fin" or not verb.feat("Number"):
        return None

    def form(w: Word) -> tuple:
        return w.feat("Tense"), w.feat("Person"), w.feat("Number"), w.feat("Gender")

    if verb.feat("Tense") == "Past":
        for w in reversed(p.words[:v]):
            if w.pos == "VERB" and w.feat("Tense") == "Past" and w.feat("VerbForm") == "Fin":
                if form(w) != form(verb):
                    return None
                subs = [c for c in p.children(w.i, "nsubj") if c.i < w.i and _agrees(w, c)]
                if subs:
                    return subs[-1]
        return None
    subs = [w for w in p.words[:v] if w.dep == "nsubj" and (h := p.words[w.head]).pos == "VERB"
            and h.feat("VerbForm") == "Fin" and form(h) == form(verb) and _agrees(h, w)]
    return subs[-1] if subs else None


# -- targets -----------------------------------------------------------------------------------------------------------

def _slot(ctx: Context, p: Parse, k: int, slot: str, passive: bool, trig: Trigger) -> list[int]:
    kids = p.children(k)
    if slot == "obj":
        return [] if passive else _objects(p, k, kids, trig) or _object_on_the_manner(ctx, p, kids, trig)
    if slot == "subj:pass":
        return _passive_subject(ctx, p, k, kids, passive, trig)
    if slot == "subj":  # who receives the visitors (Trigger.hosts)
        return [] if passive else [c.i for c in kids if c.dep == "nsubj"]
    if slot == "gen":
        return [c.i for c in kids if c.base == "nmod" and _case(p, c.i) is None]
    if slot == "compound":  # "the Xinjiang Software Park visit", "a memorandum signing"
        return [c.i for c in kids if c.base in ("compound", "amod", "nmod") and c.i < k
                and c.text.lower() not in ctx.lex.visit_kinds
                and (_entity(ctx, c, SITE_LABELS) is not None
                     or (trig.objects is not None and c.lemma in trig.objects))]
    if slot == "appos":
        return [c.i for c in kids if c.base == "appos"]
    # "invest $5 million in X": the phrase may hang from the amount; "В будущее производство намерено вложить …":
    # from the word the infinitive completes
    # ... or from the amount a noun's "of" names: "an investment of $40 million in the plant"
    # ... or from the visitors a visit noun names: "the visit of the delegation to China", "визит делегации в КНР"
    kids = kids + [g for c in kids if c.dep == "obj" or (trig.noun and c.base == "nmod" and ctx.in_money(c.start))
                   for g in p.children(c.i)] \
        + [g for c in kids if trig.noun and trig.type == "visit" and _of_its_visitors(p, c) for g in _goals(p, c)] \
        + [c for c in p.children(p.words[k].head) if c.i < k and c.base == "obl"
           and p.words[k].dep == "xcomp" and not trig.noun]
    kids = kids + _on_the_manner(ctx, p, kids, trig)  # "отправилась с рабочей поездкой в КНР"
    found = [c.i for c in kids if c.base in ("obl", "nmod") and _case(p, c.i) == slot
             and not _compound_preposition(p, c.i)]
    found = _whither(ctx, p, k, kids, found, trig)
    if not found:  # "invest $1 billion in building a plant": what the gerund makes
        found = [o.i for c in kids if c.base in ("advcl", "acl") and c.feat("VerbForm") == "Ger"
                 and any(m.text.lower() == slot for m in p.children(c.i, "mark")) for o in p.children(c.i, "obj")]
    if not found and trig.type == "investment" and not trig.noun:
        found = _built_with(ctx, p, k)
    if found or not trig.noun:
        return found or _right_after(p, k, slot)
    return _hung_on_verb(p, k, slot) or _on_visit_at(ctx, p, k, slot) or _of_the_ceremony(ctx, p, k)


def _whither(ctx: Context, p: Parse, k: int, kids: list[Word], found: list[int], trig: Trigger) -> list[int]:
    """A verb of going somewhere takes its goal in the accusative: «приехала на ярмарку в Харбине» went to the fair,
    which is in Harbin (the locative says where). The places in the locative among ``found`` give way when another
    of the trigger's slots holds a site in the accusative; else ``found``."""
    if p.words[k].lemma not in ctx.lex.whither_verbs:
        return found
    where = [i for i in found if p.words[i].feat("Case") == "Loc" and _entity(ctx, p.words[i], GPE) is not None]
    goal = any(c.base in ("obl", "nmod") and _case(p, c.i) in trig.slots and c.feat("Case") == "Acc"
               and _entity(ctx, c, GPE) is None and _fits(ctx, p, c.i, trig) for c in kids)  # not "на следующий день"
    return [i for i in found if i not in where] if where and goal else found


def _on_the_manner(ctx: Context, p: Parse, kids: list[Word], trig: Trigger) -> list[Word]:
    """What the parser hung on a visit verb's manner ("с визитом", "с рабочей поездкой") though it is the verb's: its
    goal ("отправилась с рабочей поездкой в КНР") or its object ("посетит с официальным визитом города A и B")."""
    if trig.noun:
        return []
    return [g for c in kids if c.base == "obl" and _case(p, c.i) in ctx.lex.manner_prepositions
            and ctx.lex.kind(c.lemma, True) == "visit" for g in p.children(c.i, "nmod")]


def _object_on_the_manner(ctx: Context, p: Parse, kids: list[Word], trig: Trigger) -> list[int]:
    """The visit verb's object hung on its manner, after it and with no preposition: see _on_the_manner."""
    return [g.i for g in _on_the_manner(ctx, p, kids, trig) if g.i > g.head and _case(p, g.i) is None]


def _of_its_visitors(p: Parse, c: Word) -> bool:
    """Is ``c`` the people a visit noun is of ("the visit of the delegation", "визит делегации"): a genitive or "of"
    noun after it, where the parser may hang the visit's goal ("… to China", "… в КНР")?"""
    return c.base == "nmod" and c.i > c.head and c.pos in _NOUNS and _case(p, c.i) in _OF


_OF = (None, "of")  # the case of a genitive noun: none in Russian, "of" in English


def _goals(p: Parse, c: Word) -> list[Word]:
    """The phrases with a preposition of their own hung on ``c`` ("… to China", "… в КНР"), not its own "of"."""
    return [g for g in p.children(c.i, "nmod") if _case(p, g.i) not in _OF]


def _ceremony(ctx: Context, p: Parse, k: int) -> int | None:
    """The ceremony a trigger noun names ("a signing ceremony", "церемония подписания"), else None."""
    w = p.words[k]
    if w.head == k or w.base not in ("compound", "nmod") or p.words[w.head].lemma not in ctx.lex.ceremony_nouns:
        return None
    return w.head


def _of_the_ceremony(ctx: Context, p: Parse, k: int) -> list[int]:
    """"a signing ceremony for 20 agreements": what the ceremony a trigger noun names is held for."""
    ceremony = _ceremony(ctx, p, k)
    if ceremony is None:
        return []
    return [c.i for c in p.children(ceremony) if c.base in ("obl", "nmod") and c.i > ceremony
            and _case(p, c.i) in ctx.lex.ceremony_prepositions]


def _passive_subject(ctx: Context, p: Parse, k: int, kids: list[Word], passive: bool, trig: Trigger) -> list[int]:
    """What a passive trigger says was done: its subject ("the plant will be built"), or the noun it describes."""
    if not passive:
        return []
    w = p.words[k]
    if trig.passive == "target":
        found = [c.i for c in kids if c.base == "nsubj"]
        if not found and w.dep == "xcomp" and w.head != k:
            # "a plant is set to be built", "is expected to be constructed": the subject is raised to the verb above
            found = [c.i for c in p.children(w.head) if c.base == "nsubj"]
        if found:
            return found
    if trig.objects is None or w.base != "acl" or w.head == k:
        return []
    if w.dep == "acl" and (found := _signed_document(ctx, p, k, trig)):
        return found
    if p.words[w.head].lemma in trig.objects \
            and any(c.text.lower() in ctx.lex.infinitive_marks for c in p.children(k, "aux", "mark")):
        return [w.head]  # a headline's "$120 million waste processing plant to be built in Yangiyul"
    if p.words[w.head].lemma in trig.objects and p.children(k, "obl:agent"):
        return [w.head]  # "a park built by a Chinese enterprise": what who built it built
    return []


def _signed_document(ctx: Context, p: Parse, k: int, trig: Trigger) -> list[int]:
    """"a memorandum of cooperation signed between the region and Runyu", "меморандум, подписанный между …", "the
    agreement signed with China State Construction": the document a participle describes, when the participle names
    the parties (a document merely said to exist, "the agreement signed in 2019", is no news of a signing)."""
    if not any(_case(p, c.i) in ctx.lex.between or (trig.party is not None and _case(p, c.i) == trig.party)
               for c in p.children(k) if c.base in ("obl", "nmod")):
        return []
    i = p.words[k].head
    for _ in range(3):  # "a memorandum of cooperation signed …": the parser may hang it on the document's phrase
        w = p.words[i]
        if w.pos in _NOUNS and w.lemma in trig.objects:
            return [i]
        if w.head == i or w.pos not in _NOUNS:
            return []
        i = w.head
    return []


def _built_with(ctx: Context, p: Parse, k: int) -> list[int]:
    """"will spend $1 billion to build a plant", "will invest $300 million to build a cement plant": the money goes
    into what its purpose clause makes (an investment verb of its own: "build", "construct", "set up")."""
    out = []
    for c in p.children(k, "advcl", "xcomp"):
        if ctx.lex.kind(c.lemma, False) == "investment" and c.feat("VerbForm") == "Inf" \
                and any(m.text.lower() in ctx.lex.infinitive_marks for m in p.children(c.i, "aux", "mark")):
            out += [o.i for o in p.children(c.i, "obj")]
    return out


def _compound_preposition(p: Parse, i: int) -> bool:
    """Does word i's phrase open with a preposition of several words ("в ходе которого", "в рамках визита", "in
    front of"), whose first word is no slot's?"""
    return any(p.children(m.i, "fixed") for m in p.children(i, "case"))


def _right_after(p: Parse, k: int, slot: str) -> list[int]:
    """"прибыла в китайский город Харбин, где … и проведет встречи": the parser may hang the phrase that opens
    right after the verb on a later verb; a phrase of the slot's preposition starting right after the trigger is
    the trigger's."""
    after = k + 1
    if after >= len(p.words) or p.words[after].dep != "case" or _VOWEL_VARIANTS.get(
            p.words[after].text.lower(), p.words[after].text.lower()) != slot:
        return []
    h = p.words[after].head
    inside = set(p.subtree(h))
    return [h] if h > after and p.words[h].base in ("obl", "nmod") and all(i in inside for i in range(after, h)) \
        else []


def _hung_on_verb(p: Parse, k: int, slot: str) -> list[int]:
    """"were signed during the visit of President X to Xi'an": the parser hangs "to Xi'an" on the verb. A phrase of
    the noun's own preposition that opens right where the noun's phrase ends belongs to the noun; the parser may hang
    it a level higher ("В рамках визита X в КНР обсуждались …": on the verb above "рамках"), or higher still, up to
    the root ("поблагодарил …, отметил необходимость реализации договоренностей, достигнутых в рамках визита X в
    КНР": on "поблагодарил")."""
    w = p.words[k]
    after = p.subtree(k)[-1] + 1
    for _ in range(len(p.words)):
        if w.head == w.i:
            return []
        found = [c.i for c in p.children(w.head) if c.base in ("obl", "nmod") and c.i > k
                 and _case(p, c.i) == slot and p.subtree(c.i)[0] == after]
        if found:
            return found
        w = p.words[w.head]
    return []


def _on_visit_at(ctx: Context, p: Parse, k: int, slot: str) -> list[int]:
    """"Li is in Kyrgyzstan on an official visit", "находится в Бишкеке с официальным визитом": the verb's phrase of
    the slot's preposition before a visit noun it governs "on"/"с" is where the visit is."""
    w = p.words[k]
    if w.head == k or w.base != "obl" or _case(p, k) not in ctx.lex.on_visit_prepositions:
        return []
    places = [c.i for c in p.children(w.head) if c.base == "obl" and c.i != k and _case(p, c.i) == slot]
    # ... before it, else right after it ("находясь с рабочим визитом в КНР, министр …")
    return [i for i in places if i < k] or [i for i in places if i > k][:1]


def object_head(ctx: Context, p: Parse, h: int) -> int:
    """Past a quantifier: "a number of agreements" -> "agreements"; past an amount: "signed $2 billion in deals"
    -> "deals"."""
    w = p.words[h]
    if w.lemma in ctx.lex.quantifiers:
        for c in p.children(h, "nmod"):  # what it is of, not where it stands: "a facility in Akmola region"
            if _case(p, c.i) in (None, "of"):
                return c.i
    if w.pos == "NUM":
        for c in p.children(h, "nmod"):
            if _case(p, c.i) in ctx.lex.amount_of:
                return c.i
    if w.pos == "ADV":  # "подписано более 40 документов": natasha heads the phrase with "более"
        for c in p.children(h, "obl", "nmod"):
            if c.pos == "NOUN" and p.children(c.i, "nummod"):
                return c.i
    return h


def _fits(ctx: Context, p: Parse, h: int, trig: Trigger) -> bool:
    w = p.words[object_head(ctx, p, h)]
    if trig.objects is not None:
        if w.lemma in ctx.lex.process_nouns:  # "spend $1 billion on the construction of a plant": the plant
            w = next(iter(p.children(w.i, "nmod", "obl")), w)  # "for launching of three facilities": a gerund's
        # ... or the head itself, when what follows a quantifier is its owner: "three facilities of the company"
        return any(x.lemma in trig.objects or x.text.lower() in trig.objects for x in (w, p.words[h]))
    if trig.type != "visit" or trig.hosts:  # a host receives visitors, whoever it is
        return True
    if w.lemma in ctx.lex.projects and any(s in ctx.lex.comitative_prepositions for s in trig.slots):
        return False  # "ознакомились с проектом расширения": learned of a project, not shown a site
    if _entity(ctx, w, SITE_LABELS) is not None:
        return True
    if trig.any_site and w.pos in _NOUNS and (_object(p, h) or w.dep == "nsubj:pass"):
        return w.lemma not in ctx.lex.people
    return w.lemma in ctx.lex.sites or w.text.lower() in ctx.lex.sites or w.lemma in ctx.lex.country_words \
        or w.lemma.endswith(ctx.lex.site_suffixes) or w.lemma.partition("-")[0] in ctx.lex.sites  # "город-побратим"


def _object(p: Parse, h: int) -> bool:
    """The verb's own object or one of its conjuncts (or a member of their list hung as an apposition)."""
    w = p.words[h]
    while w.dep in ("conj", "appos") and w.head != w.i:
        w = p.words[w.head]
    return w.dep == "obj"


def _conjuncts(ctx: Context, p: Parse, heads: list[int], trig: Trigger) -> list[int]:
    """The head and its conjuncts. A chain without a conjunction is a location chain, not a list:
    "arrived in Yining City, Ili Kazakh Autonomous Prefecture, Xinjiang" is one arrival."""
    out: list[int] = []
    for h in heads:
        members, todo = [], [h, *_list_below(ctx, p, h)]
        while todo:
            m = todo.pop(0)
            if m not in members:
                members.append(m)
                # "Urumqi, the regional capital, Changji and Ili": the parser hangs the list on the apposition
                todo.extend(c.i for a in (m, *(c.i for c in p.children(m, "appos"))) for c in p.children(a, "conj")
                            if (not _same_entity(ctx, p, m, c.i) or _two_names(p, m, c.i)) and not _bracketed(p, c.i)
                            and not _between_dashes(p, a, c.i) and not _across_a_clause(p, a, c.i)
                            and not _after_a_described_list(p, a, c.i))
                # "a facility, a shopping mall and a park": an indefinite "apposition" with a conjunct is a member;
                # so is a name ("visited the … exhibition, Gansu Science Park and Gansu Wind Farm")
                # ... and, in a list already ("visited the Center …, the Cluster …, the Faculty of Law, the Faculty of
                # Chemistry"), a definite one too; a definite name on a member of a list is one more member ("the port,
                # the Center, the Park": the parser hangs the park on the center)
                todo.extend(a.i for a in p.children(m, "appos") if p.children(a.i, "conj") and (any(
                    d.text.lower() in ("a", "an") or (d.text.lower() == "the" and p.children(m, "conj"))
                    for d in p.children(a.i, "det")) or _two_names(p, a.i, a.i))
                    or (p.words[m].base == "conj" and a.pos == "PROPN"
                        and any(d.text.lower() == "the" for d in p.children(a.i, "det")))
                    or _member_without_article(ctx, p, m, a))
        # a list has its conjunction (the parser may hang it on a word inside the last items: "…, poultry farming
        # and modern greenhouses"); a chain of places has none
        if len(members) > 1 and not any(w.dep == "cc" for w in p.words[min(members):max(members) + 1]) \
                and not _listed_with_articles(ctx, p, members) and not _long_list_of_names(ctx, p, members):
            members = [h]
        out.extend(m for m in members if m == h or (_fits(ctx, p, m, trig) and not _generic(ctx, p, m)))
    return sorted(set(out))


def _member_without_article(ctx: Context, p: Parse, m: int, a: Word) -> bool:
    """In a language without articles, a noun set off by a comma in a list of two or more conjuncts, which the
    parser hung on a member as its apposition ("посетил хладокомбинат, часть моста, сельхозпредприятия, клинику,
    аэропорт и комбинат"), is one more member."""
    if ctx.lex.articles or a.pos != "NOUN" or len(p.children(m, "conj")) < 2 or p.children(a.i, "conj"):
        return False
    first = next(i for i in p.subtree(a.i) if p.words[i].pos != "PUNCT")  # (the comma may hang on it)
    return first > 0 and p.words[first - 1].text == ","


def _across_a_clause(p: Parse, a: int, c: int) -> bool:
    """Is conjunct c of word a a phrase of another clause the parser joined to it: a finite verb stands between them
    and their cases differ ("отправились в Дом переговоров, где состоялось подписание … с компанией «Бета»")?"""
    case_a, case_c = p.words[a].feat("Case"), p.words[c].feat("Case")
    return case_a is not None and case_c is not None and case_a != case_c \
        and any(w.pos in _VERBS and w.feat("VerbForm") == "Fin" for w in p.words[a + 1:c])


LIST_WITHOUT_AND = 3  # members of a list the text gives without its conjunction


def _listed_with_articles(ctx: Context, p: Parse, members: list[int]) -> bool:
    """"visited the terminal in Asia, the Harbour Expo Center, the Tianma Logistics Park, the Riverside Corporation":
    three or more members, each with its article, are a list that lost its "and" (a chain of places has none). A
    quantifier's article is what it stands for's: "got acquainted with activities of the port, the Expo Center, …"."""
    return len(members) >= LIST_WITHOUT_AND and bool(ctx.lex.articles) \
        and all(any(d.text.lower() in ctx.lex.articles for d in p.children(object_head(ctx, p, m), "det"))
                for m in members)


LONG_LIST = 4  # names in a list that lost its conjunction, in a language without articles (no chain of places)


def _long_list_of_names(ctx: Context, p: Parse, members: list[int]) -> bool:
    """"…, побывав в Казанском кремле, Иннополисе, КФУ, Свияжске, посетив …": in a language without articles, four or
    more members, each a name of its own, are a list that lost its "и" (a chain of places, "в Урумчи, Синьцзян,
    Китай", is shorter)."""
    return not ctx.lex.articles and len(members) >= LONG_LIST \
        and all(_entity(ctx, p.words[m]) is not None for m in members)


def _between_dashes(p: Parse, a: int, c: int) -> bool:
    """Is conjunct c of word a inside the dashes a stands between: "toured the Jiaohe Ruined City—one of the largest
    ancient cities and a UNESCO World Heritage site—as well as the Caves" (the site describes the city; the Caves are
    the list's)?"""
    dashes = [w.i for w in p.words if w.text in _DASHES]
    return any(d < a for d in dashes) and any(a < d for d in dashes) and not any(a < d < c for d in dashes) \
        and c < min(d for d in dashes if d > a)


def _after_a_described_list(p: Parse, a: int, c: int) -> bool:
    """Does conjunct c of word a go on the list a participle of a's apposition began: "visited the Canyon, a tourist
    attraction integrating natural wonders, canyon exploration, geological research, and ethnic custom" (what the
    attraction integrates, bare nouns the parser hung on the canyon or on one another)?"""
    w = p.words[c]
    if w.pos == "PROPN" or p.children(c, "det"):
        return False  # ("…, and the bazaar": a site)
    for ap in [*p.children(a, "appos"), *([p.words[a]] if p.words[a].base == "appos" else [])]:
        for part in [ap] if ap.pos == "VERB" else p.children(ap.i, "acl"):  # (the parser may take it for the appos)
            objs = p.children(part.i, "obj")
            if not objs or c < ap.i:
                continue
            end = p.subtree(objs[-1].i)[-1]
            # ... only punctuation, a conjunction or the list's bare items between the object and c
            if end < c and all(x.pos in ("PUNCT", "CCONJ") or (x.pos not in ("PROPN", "DET") and x.dep != "det")
                               for x in p.words[end + 1:p.subtree(c)[0]]):
                return True
    return False


def _two_names(p: Parse, a: int, b: int) -> bool:
    """"GAC Passenger Vehicle Xinjiang Branch and Xinjiang Grand Bazaar", which the tagger took for one name: two
    names of several words each, not one name with "and" inside ("the Ministry of Culture and Sports")."""
    return all(p.words[i].pos == "PROPN" and any(c.pos == "PROPN" for c in p.children(i, "compound"))
               for i in (a, b))


def _bracketed(p: Parse, i: int) -> bool:
    """A word opening a parenthesis: "Linhai and Taizhou (the Zhejiang Province, China)" tells where they are, and
    the province is no member of the list the parser may hang it on."""
    return any(c.text == "(" and c.i < i for c in p.children(i, "punct"))


def _list_below(ctx: Context, p: Parse, h: int) -> list[int]:
    """Conjuncts the parser hung on the name inside the head's phrase instead of on the head: in "visited the
    ancient city of Jiaohe, Grape Valley and the Karez wells" the valley and the wells are visited, not Jiaohe's; in
    "invest in the construction of a cement plant, basalt production and greenhouses" each is invested in."""
    w = p.words[h]
    if w.feat("Number") == "Plur":
        return []  # "the cities of A, B and C": the names are the members (_named_members)
    made = w.lemma in ctx.lex.process_nouns
    names = [c for c in p.children(h, "nmod")
             if _case(p, c.i) in (None, "of") and (made or _entity(ctx, c) is not None)]
    return [c.i for n in names for c in p.children(n.i, "conj")
            if not _same_entity(ctx, p, n.i, c.i) and not _generic(ctx, p, c.i)]


def _detail(ctx: Context, p: Parse, h: int) -> bool:
    """"… in Kazakhstan, mainly in oil and gas": a phrase a focusing adverb opens details the target before it."""
    before = [c for c in p.children(h) if c.i < h]
    before += [g for c in before if c.base == "case" for g in p.children(c.i)]  # "mainly" may hang on "in"
    return any(c.text.lower() in ctx.lex.focus_words or c.lemma in ctx.lex.focus_words for c in before)


def _generic(ctx: Context, p: Parse, i: int) -> bool:
    """"… and other places": no site of its own."""
    return any(c.lemma in ctx.lex.other_words for c in p.children(i, "amod", "det"))


def _named_members(ctx: Context, p: Parse, h: int) -> list[int]:
    """"the cities of Urumqi, Turpan and Kashgar", "провинции Шэньси, Ганьсу", "несколько городов: Шанхай, Иу и
    Ханчжоу", "четыре провинции — Хэйлунцзян, Цзилинь и Ляонин": the named places are the sites. After a colon or a
    dash every name of the list is one, whatever the tagger took it for."""
    w = p.words[h]
    if w.pos != "NOUN" or w.feat("Number") != "Plur" or _entity(ctx, w) is not None:
        return [h]
    names = [c.i for c in p.children(h, "appos", "flat", "nmod", "parataxis")
             if (c.base not in ("nmod", "parataxis") or _case(p, c.i) in (None, "of"))
             and (c.base != "parataxis" or _after_colon(p, c.i))
             and _entity(ctx, c, SITE_LABELS) is not None
             # ... beside the noun: "the two plants will be built in A district and B Zone" names no plant
             and not any(x.pos in ("VERB", "AUX") for x in p.words[h + 1:p.subtree(c.i)[0]])]
    # ... but one country alone says where they are: "innovation centers of China", "regions of Kazakhstan"
    names = [n for n in names if p.children(n, "conj") or not _a_country(ctx, p.words[n])]
    if not names:
        return [h]
    out = []
    for n in names:
        out.append(n)
        listed = _after_colon(p, n)
        out.extend(c.i for c in p.children(n, "conj")
                   if _entity(ctx, c, SITE_LABELS) is not None or (listed and c.pos == "PROPN"))
    return sorted(set(out))


def _a_country(ctx: Context, w: Word) -> bool:
    """Does ``w`` name a country (not a town or a province)?"""
    e = _entity(ctx, w, GPE)
    return e is not None and (place := entity_place(ctx, e)) is not None and is_country(place)


def _after_colon(p: Parse, i: int) -> bool:
    """Does word i open a list after a colon or a dash ("четыре провинции — Хэйлунцзян, Цзилинь …")?"""
    return i > 0 and p.words[i - 1].text in (":", "—", "–")


def _listed_objects(ctx: Context, p: Parse, heads: list[int], trig: Trigger) -> set[int]:
    """"три контракта на поставку масла и договор между …": a conjunct the parser hung deeper, recognised by the
    word the trigger needs (an agreement noun); not one in a phrase that says what the head has: the power station of
    "комплекс с железной дорогой и электростанцией" is the complex's, not built on its own."""
    if trig.objects is None:
        return set()
    return {c.i for h in heads for i in p.subtree(h) for c in p.children(i, "conj")
            if c.lemma in trig.objects and c.i not in heads and _case(p, c.head) not in ctx.lex.comitative_prepositions}


_QUOTE_MARKS = frozenset('"“”«»')


def _comma_list(ctx: Context, p: Parse, heads: list[int],
                trig: Trigger) -> tuple[list[int], dict[int, tuple[int, int]]]:
    """"explored the Old Town of Hotan, the Jade Garden, the “Silk” Exhibition Hall in Lop County, Baishi Pottery
    Village, and Moyu County's Walnut Tree Park": a list of sites the parser chained as appositions and modifiers
    under the first. Read by its commas: after the first site, items that each open with an article, a capital or a
    quotation mark, the last after "and"; each item's own head is a site visited (when it is one), in place of any
    head the parse found inside the item (_english_items). A language without articles marks the items by their case
    (_case_list). Returns the heads, and the span of an item headed by the name in it (the parse's own span of that
    head would cut the name), or of an item the parse broke."""
    whole: dict[int, tuple[int, int]] = {}
    if trig.type != "visit" or not heads:
        return heads, whole
    if not ctx.lex.articles:
        return _case_list(ctx, p, heads)
    items = _english_items(ctx, p, heads[0], len(heads) > 1)
    if items is None:
        return heads, whole
    out, before = set(heads), heads[0]
    for n, item in enumerate(items[1:], 1):
        first = p.words[item[0]] if item else None
        if n == len(items) - 1 and first is not None and first.lemma in ctx.lex.other_words:
            break  # "… and other places"
        if first is None or not (first.text.lower() in ctx.lex.articles or ctx.text[first.start].isupper()
                                 or first.text in _QUOTE_MARKS):
            return heads, {}
        # the item's own head: its last word hung outside it ("Wensu County's Walnut Park" may come in two pieces);
        # else the last word of a site's name in it (a quoted name the parser read as a clause: "the “Drinking Water,
        # Remembering the Source” Exhibition Hall")
        roots = [i for i in item if p.words[i].head not in item and p.words[i].pos in ("NOUN", "PROPN")]
        root = next((r for r in roots if _fits(ctx, p, r, trig)),  # "… Park for interviews": the park
                    next((r for r in roots if _any_member(ctx, p, r, trig)), None))
        if root is None:
            named = ctx.mentions.within(p.words[item[0]].start, p.words[item[-1]].end, SITE_LABELS)
            root = p.index_at(named[0].end_char - 1) if named else None
            if root is None or root not in item or not _fits(ctx, p, root, trig):
                return heads, {}
            whole[root] = (p.words[item[0]].start, named[0].end_char)  # "the “Living Water, …” Exhibition Hall"
        elif item[0] not in p.subtree(root):  # the parse broke the item: "the Industrial Corporation for Processing
            end = min(p.subtree(root)[-1], item[-1])
            end += end < item[-1] and p.words[end + 1].text in _QUOTE_MARKS
            whole[root] = (p.words[item[0]].start, p.words[end].end)  # … "Ai-Ju""
        if _describes(ctx, p, root, before):
            continue  # "to Urumqi, the regional capital, Changji …": what a town is, not a second site
        before = root
        out = (out - set(item)) | {root}
    return sorted(out), whole


def _any_member(ctx: Context, p: Parse, h: int, trig: Trigger) -> bool:
    """A member of a list a verb that visits whatever it is said to visit names ("visited …, Grape Gou, Karezjing and
    other places"): anything but people."""
    return trig.any_site and p.words[h].lemma not in ctx.lex.people and _entity(ctx, p.words[h], _PEOPLE) is None


def _describes(ctx: Context, p: Parse, h: int, before: int) -> bool:
    """Is the list item headed by ``h`` an apposition of the town's name before it ("Urumqi, the regional capital",
    "Урумчи, столицу Синьцзяна")?"""
    return p.words[h].dep == "appos" and p.words[h].head == before and p.words[h].pos == "NOUN" \
        and ctx.mentions.covering(p.words[before].start, GPE) is not None


def _english_items(ctx: Context, p: Parse, h: int, listed: bool) -> list[list[int]] | None:
    """The items of a list of sites opening at ``h``, split at its commas (outside quotation marks and brackets), up to
    the item after "and" (", gaining a deep …" is another phrase); None when there is no list. The parser may end the
    first site's subtree early: past it, the commas go on to the sentence's end or a verb. A list may close inside its
    last item ("Grape Gou, Karezjing and other places": not "and" inside a name, "Trade and Logistics Park"), or not
    at all when three or more items each open with an article."""
    items: list[list[int]] = [[]]
    quoted, depth, last = False, 0, p.subtree(h)[-1]
    for w in p.words[h:]:
        if w.i > last and not quoted and depth <= 0 and (
                w.text in _LIST_STOPS or w.pos in _VERBS and w.feat("VerbForm") == "Fin"):
            break
        if w.text in _QUOTE_MARKS:
            quoted = not quoted if w.text in '"' else w.text in "“«"
        depth += (w.text == "(") - (w.text == ")")
        if w.text == "," and not quoted and depth <= 0:
            items.append([])
        elif not (w.text.lower() == "and" and not items[-1] and len(items) > 1):
            items[-1].append(w.i)
    close = next((n for n, item in enumerate(items) if n > 1 and item and p.words[item[0] - 1].text.lower() == "and"),
                 None)
    if close is None:
        # three members at least, or two where the parse saw a list already ("the cities of Urumqi, Turpan and
        # Kashgar"): "visited the plant, a venture of X and Y" lists no sites
        inner = next(((n, j) for n, item in enumerate(items[1:], 1) for j, i in enumerate(item)
                      if p.words[i].text.lower() == "and" and 0 < j < len(item) - 1
                      and ctx.mentions.covering(p.words[i].start) is None and (n > 1 or listed)), None)
        if inner is not None:
            n, j = inner
            items, close = [*items[:n], items[n][:j], items[n][j + 1:]], n + 1
        elif len(items) > LIST_WITHOUT_AND and all(
                item and p.words[item[0]].text.lower() in ctx.lex.articles for item in items[1:]):
            close = len(items) - 1
    if close is None or _places_of_the_first(ctx, p, items):
        return None
    return items[:close + 1]


def _places_of_the_first(ctx: Context, p: Parse, items: list[list[int]]) -> bool:
    """"visited factories in Almaty, Astana and Shymkent": places after the first item's own "in"-place list where
    its sites are, not more sites."""
    first = [i for i in items[0] if p.words[i].pos == "PROPN"]
    return bool(first) and ctx.mentions.covering(p.words[first[-1]].start, GPE) is not None \
        and _case(p, first[-1]) in ctx.lex.locative_prepositions \
        and all(item and ctx.mentions.covering(p.words[item[0]].start, GPE) is not None for item in items[1:])


LIST_ITEM_WORDS = 10  # a list's items are short: "международный сухопутный порт Урумчи"
# the cases a list's members share with the first: an object's (an inanimate accusative reads as a nominative) or a
# place's after "в"/"на" (a locative may read as a dative)
_LIST_CASES = (frozenset({"Acc", "Nom"}), frozenset({"Loc", "Dat"}))
_LIST_STOPS = frozenset(".;:!?()")


def _case_list(ctx: Context, p: Parse, heads: list[int]) -> tuple[list[int], dict[int, tuple[int, int]]]:
    """"посетила выставочную платформу …, Хамийскую станцию Хуадянь, международный сухопутный порт Урумчи,
    сообщество Гу Юаньсян и другие объекты", "побывали в библиотеке …, музее КазНУ, Центре …, ЦОС «Керемет», а
    также посетили …": a language without articles marks a list's members by their case, that of the first site.
    Read by its commas (the parser loses its way in a long list): each item after the first that opens with a word in
    that case is a site visited, headed by its last noun before its own modifiers; the list ends at an item that is
    none (one with a verb: "и приняли участие", "а также посетили"), at the item after "и", and at "и другие …"."""
    h = heads[0]
    cases = next((c for c in _LIST_CASES if p.words[h].feat("Case") in c), None)
    if cases is None:
        return heads, {}
    items, item, depth = [], [], 0
    for w in p.words[h:]:
        depth += (w.text in "«“") - (w.text in "»”")
        if depth <= 0 and (w.text in _LIST_STOPS or w.pos in _VERBS and w.feat("VerbForm") != "Part"):
            if w.pos in _VERBS:  # "…, Ван Вэньтао открыл мероприятие": the words before a verb are its subject
                item = item[:max((j for j, i in enumerate(item) if p.words[i].pos == "CCONJ"), default=0)]
            break
        if depth <= 0 and w.text == ",":
            items.append(item)
            item = []
        else:
            item.append(w.i)
    items.append(item)
    if len(items) < 2:
        return heads, {}
    # ... not an "и" inside the first site's own words: "на заводах в поселках Паратунка и Малка, сельхозпредприятии …"
    closing = next((n for n, item in enumerate(items) if n and any(p.words[i].pos == "CCONJ" for i in item)), None)
    if closing is not None:  # "…, Кашгаре и Хотане", "… сообщество Гу Юаньсян и другие объекты": the list's last two
        cut = next(j for j, i in enumerate(items[closing]) if p.words[i].pos == "CCONJ")
        items = [*items[:closing], items[closing][:cut], items[closing][cut + 1:]]
    out, whole, before = set(heads), {}, h
    for item in items[1:]:
        member = _case_member(ctx, p, item, cases)
        if member is None:
            break
        root, span = member
        if not _describes(ctx, p, root, before):  # "посетил Урумчи, столицу Синьцзяна": what a town is
            out = (out - set(item)) | {root}
            whole[root] = span
        before = root
    return sorted(out), whole


def _case_member(ctx: Context, p: Parse, item: list[int], cases: frozenset[str]) -> tuple[int, tuple[int, int]] | None:
    """(head, span) of one item of a list of sites in ``cases``: its words open in that case (an abbreviation in any:
    "ЦОС «Керемет»"), the head the last noun among them; None for an item that is no such site (a participle's
    phrase, "другие объекты", a person, a meeting, a letter of "и т.д.")."""
    if not item or len(item) > LIST_ITEM_WORDS:
        return None
    words = [p.words[i] for i in item]
    run = list(itertools.takewhile(lambda w: w.pos in ("ADJ", "NOUN", "PROPN") and w.feat("VerbForm") is None and (
        w.feat("Case") in cases or w.pos == "PROPN" and w.text.isupper()), words))
    nouns = [w for w in run if w.pos == "NOUN"] or [w for w in run if w.pos == "PROPN"]
    if not nouns or len(nouns[-1].text) < 2 or any(w.lemma in ctx.lex.other_words for w in run) \
            or nouns[-1].lemma in ctx.lex.people \
            or _entity(ctx, nouns[-1], _PEOPLE) is not None \
            or _non_agent(ctx, nouns[-1]):  # "визиты на предприятия, встречи с …": what they did
        return None
    return nouns[-1].i, (words[0].start, words[-1].end)


def _one_batch(ctx: Context, p: Parse, heads: list[int], trig: Trigger) -> bool:
    """Coordinated agreement words with nothing of their own ("agreements, deals and MoUs") name one batch signed at
    once; an agreement named by its subject ("an agreement on rail transit and a memorandum on …") is its own."""
    if trig.type != "agreement" or trig.objects is None or len(heads) < 2:
        return False
    heads = [object_head(ctx, p, h) for h in heads]  # "a total of ten deals and MOU agreements": deals
    return all(p.words[h].lemma in trig.objects and not p.children(h, "nmod", "acl", "appos") for h in heads)


def _included(ctx: Context, p: Parse, k: int, trig: Trigger) -> set[int]:
    """"visited several places, including Urumqi, Kashgar and Ili", "посетили места Синьцзяна, включая город Урумчи,
    округ Кашгар …": the sites a list names after "including" are visited, each."""
    if trig.type != "visit":
        return set()
    out: set[int] = set()
    # the list of the trigger's own clause, wherever the parser hangs "включая": no other finite verb stands between
    # them ("visited the port and met officials of companies, including Huawei" visits no Huawei, nor "visited the
    # port, which hosts firms including Huawei"; "посещал Синьцзян … и побывал во многих местах, включая города
    # Кашгар, …" lists the places of "побывал")
    verbs = [w.i for w in p.words if w.pos in _VERBS and w.feat("VerbForm") == "Fin" and w.i != k]
    marks = _including_words(ctx, p, k)
    if trig.object_acts:  # "brought 12 journalists from 11 countries, including Kazakhstan …, to Xi'an": the
        # visitors' own list, before the place they were brought to
        goal = next((w.i for w in p.words[k + 1:] if w.text.lower() in trig.slots), None)
        marks = {m for m in marks if goal is not None and m > goal}
    for w in p.words[k + 1:]:
        if w.i not in marks or any(k < v < w.i for v in verbs):
            continue
        named = [c.i for c in p.children(w.i) if c.base in ("obj", "nmod", "obl")]  # "включая X"
        if not named and (w.dep == "case" or w.base == "nmod" and w.head > w.i):
            named = [w.head]  # "including X": the word is X's preposition; "в том числе X": X's modifier
        out.update(m for m in _conjuncts(ctx, p, named, trig) if _fits(ctx, p, m, trig) and not _generic(ctx, p, m))
    return out


def _sites_a_list_names(ctx: Context, p: Parse, k: int, trig: Trigger, found: list[int], heads: list[int]
                        ) -> list[int]:
    """The sites a list after the trigger's objects names in their stead ("побывал во многих местах, включая города
    Кашгар, Корла и Карамай"; "посетит несколько предприятий - автозавод …, компанию … и другие"), else ``heads``."""
    if not heads and found:
        heads = sorted(_included(ctx, p, k, trig))
    return _listed_after_a_dash(ctx, p, k, trig, heads) or heads


def _listed_after_a_dash(ctx: Context, p: Parse, k: int, trig: Trigger, heads: list[int]) -> list[int]:
    """"посетит несколько предприятий в Чанчуне - автомобилестроительный завод …, компанию … и другие", "visited
    several companies: A, B and C": a visit to a number of sites (a plural counted or with a word of number) whose
    dash or colon, before any comma or other verb, opens a list: the sites the list names, each; else []. Read by its
    commas and its last "and" (the parser joins such a list in as many ways as it has members): each item's head is
    its word hung outside it; the list ends at an item that names no site ("и другие", "сообщили в пресс-службе")."""
    if trig.type != "visit" or len(heads) != 1 or not _counted_sites(ctx, p, heads[0]):
        return []
    mark = _list_mark(p, heads[0])
    if mark is None:
        return []
    items, item, depth = [], [], 0
    for w in p.words[mark + 1:]:
        depth += (w.text in "«“") - (w.text in "»”")
        if depth <= 0 and (w.text in (",", ";") or w.pos == "CCONJ"):
            items.append(item)
            item = []
        elif w.pos != "PUNCT" or depth > 0:
            item.append(w.i)
    items.append(item)
    members = []
    for item in items:
        inside = set(item)
        root = next((i for i in item if p.words[i].head not in inside or p.words[i].head == i), None)
        if root is None or p.words[root].pos not in _NOUNS or _generic(ctx, p, root) \
                or not (p.words[root].pos == "PROPN" or _fits(ctx, p, root, trig)) \
                or any(p.words[i].pos in _VERBS for i in item):
            break  # (a name in such a list is a site, whatever the tagger took it for: _named_members)
        members.append(root)
    return members if len(members) > 1 else []


def _list_mark(p: Parse, h: int) -> int | None:
    """The dash or colon after word h that opens a list, before any comma or other verb; else None."""
    for w in p.words[h + 1:]:
        if w.text in _LIST_OPENERS:
            return w.i
        if w.text in (",", ";", "(") or w.pos in _VERBS and w.feat("VerbForm") == "Fin":
            return None
    return None


_LIST_OPENERS = frozenset({"-", "—", "–", ":"})


def _counted_sites(ctx: Context, p: Parse, h: int) -> bool:
    """"несколько предприятий", "ряд объектов", "several companies", "a number of plants", "three core platforms":
    sites told by their number, not by name."""
    w = p.words[h]
    return _generic_site(ctx, p, h) or w.lemma in ctx.lex.quantifiers or (
        w.feat("Number") == "Plur" and any(c.base == "nummod" or c.base in ("amod", "det")
                                           and c.lemma in ctx.lex.few_words for c in p.children(h)))


def _including_words(ctx: Context, p: Parse, k: int) -> frozenset[int]:
    """The last words of "including", "such as", "в том числе" after word k: no part of the list's first member."""
    last = {phrase.rsplit(" ", 1)[-1] for phrase in ctx.lex.including}

    def said(w: Word) -> set[str]:
        return {" ".join(x.text.lower() for x in p.words[max(0, w.i - n):w.i + 1]) for n in range(3)}

    return frozenset(w.i for w in p.words[k + 1:] if w.text.lower() in last and said(w) & ctx.lex.including)


def _generic_site(ctx: Context, p: Parse, h: int) -> bool:
    """A noun that names no site of its own, or a number of them: "several places", "ряд объектов"."""
    w = p.words[h]
    if w.lemma in ctx.lex.generic_sites:
        return True
    return w.lemma in ctx.lex.quantifiers and any(c.lemma in ctx.lex.generic_sites for c in p.children(h, "nmod"))


def _appos_after(ctx: Context, p: Parse, k: int) -> tuple[int, int] | None:
    """A name standing right after the trigger noun: "At the first stop, Naton Medical Group, …"."""
    pos = p.words[k].end
    rest = ctx.text[pos:pos + 3]
    if not rest.startswith(", "):
        return None
    e = ctx.mentions.covering(pos + 2, SITE_LABELS)
    return (e.start_char, e.end_char) if e is not None and e.start_char == pos + 2 else None


def _with_name_after(ctx: Context, p: Parse, h: int, span: tuple[int, int]) -> tuple[int, int]:
    """A common noun with the place's name right after it, which the parser hung elsewhere: "commercial hub
    Almaty", "the port city Aktau" are one target; so is a site with its quoted name at the end of its list item (and
    a name's closing quotation mark)."""
    inside = ctx.text[span[0]:span[1]]
    if (inside.count('"') % 2 and ctx.text[span[1]:span[1] + 1] == '"') or (
            inside.count("“") > inside.count("”") and ctx.text[span[1]:span[1] + 1] == "”"):
        return span[0], span[1] + 1  # "the Center "Digital Silk Road"": the name's closing mark
    if p.words[h].pos not in _NOUNS or ctx.text[span[1]:span[1] + 1] != " ":
        return span
    quoted = _QUOTED_NAME.match(ctx.text, span[1] + 1, p.end)
    if quoted is not None and quoted.group()[1].isupper():  # "the Expo Center "China is the Pearl …"": its name
        return span[0], quoted.end()
    e = ctx.mentions.covering(span[1] + 1, SITE_LABELS)
    return (span[0], e.end_char) if e is not None and e.start_char == span[1] + 1 and p.words[h].pos == "NOUN" \
        else span


_QUOTED_NAME = re.compile(r'"[^"\n]{1,80}"(?=[,.;]|\s+and\s|\s+и\s|$)|“[^”\n]{1,80}”(?=[,.;]|\s+and\s|\s+и\s|$)')


def targets(ctx: Context, p: Parse, k: int, trig: Trigger, passive: bool) -> list[tuple[int | None, tuple[int, int]]]:
    """(head, span) of each target of the trigger at k; a list of conjoined sites gives one target each."""
    for slot in trig.slots:
        # "invested $500 million in Uzbekistan in 2018": a date is when, never what or where
        found = [h for h in _slot(ctx, p, k, slot, passive, trig)
                 if ctx.mentions.covering(p.words[h].start, _DATE) is None
                 and not (trig.type == "investment" and ctx.in_money(p.words[h].start))]  # the sum, not what in
        if slot == "obj" and found and trig.type == "investment" and _relative(ctx, p.words[found[0]]):
            return _described_noun(ctx, p, k, trig)
        heads = [h for h in found if _fits(ctx, p, h, trig)]
        if not heads:  # "visited locals and the logistics centre": a conjunct of what is no site may be one
            heads = [m for h in found for m in _conjuncts(ctx, p, [h], trig) if m != h]
        heads = _sites_a_list_names(ctx, p, k, trig, found, heads)
        if len(heads) > 1:
            heads = [h for h in heads if not _detail(ctx, p, h)] or heads
        if heads and trig.objects_list == "holding":
            heads = [_held_by_right(ctx, p, k, h) for h in heads]
        if heads and trig.type == "visit":
            heads = [_named_after_a_dash(ctx, p, h, trig) for h in heads]
        if heads:
            heads = [n for h in _conjuncts(ctx, p, heads, trig) for n in _named_members(ctx, p, h)]
            included = _included(ctx, p, k, trig)
            if included:  # "several places, including A and B": the places are A and B; so are "several cities"
                heads = [h for h in heads if not _generic_site(ctx, p, h)
                         and not (p.words[h].pos == "NOUN" and p.words[h].feat("Number") == "Plur")]
            heads, whole = _comma_list(ctx, p, sorted(set(heads) | _listed_objects(ctx, p, heads, trig) | included),
                                       trig)
            if _one_batch(ctx, p, heads, trig):  # "inked more than 100 agreements, deals and MoUs": one signing
                return [(heads[0], span_of(ctx, p, heads[0], keep_conj=True, owner=True))]
            # a deal's or an investment's "number of sectors — A, B and C" is one target; a visit's are sites
            marks = _including_words(ctx, p, k)
            agent = _instrumental_agent(ctx, p, k)
            marks = marks | {agent.i} if agent is not None else marks
            out = [(h, _with_name_after(ctx, p, h, whole.get(h) or span_of(
                        ctx, p, h, exclude=frozenset(heads) - {h} | {k} | marks, owner=True, described=True,
                        project=trig.type != "visit")))
                   for h in heads]
            return _completed(ctx, p, k, trig, out)
        if slot == "appos":
            found = _appos_after(ctx, p, k)
            if found is not None:
                return [(p.index_at(found[0]), found)]
    return []


def _named_after_a_dash(ctx: Context, p: Parse, h: int, trig: Trigger) -> int:
    """"посетили новое излюбленное место путешественников – пятигорский «Велодом»", "a favourite spot — the Bund":
    a site named no more than a place is the name a dash sets after it (the parser may hang it on any word of the
    place's phrase); else ``h`` itself."""
    if not _generic_site(ctx, p, h):
        return h

    def names_a_site(a: int) -> bool:
        w = p.words[a]
        return w.pos == "PROPN" or _entity(ctx, w, SITE_LABELS) is not None or (
            w.pos == "NOUN" and _fits(ctx, p, a, trig) and not _generic_site(ctx, p, a))

    own = p.subtree(h)
    for a in own:
        if p.words[a].base in ("appos", "parataxis") and names_a_site(a) and _after_a_dash(p, a):
            return a
    dash = own[-1] + 1  # ... or the phrase right after the place's phrase and its dash, hung on a word before the
    # dash (natasha hangs «Велодом» on the clause's first verb); not the subject of a clause after it ("visited the
    # site — President Tokayev said …")
    if dash + 1 < len(p.words) and p.words[dash].text in _DASHES:
        after = [a for a in range(dash + 1, min(dash + 1 + DASH_NAME_WORDS, len(p.words)))
                 if p.subtree(a)[0] in (dash, dash + 1)]  # (the dash may be the name's own)
        head = max(after, key=lambda a: len(p.subtree(a)), default=None)
        if head is not None and p.words[head].head < dash and not p.words[head].base.startswith("nsubj") \
                and _entity(ctx, p.words[head], frozenset({"PERSON"})) is None and names_a_site(head):
            return head
    return h


DASH_NAME_WORDS = 6  # words of a name after a dash: "пятигорский «Велодом»", "the Old Town of Kashgar"


def _held_by_right(ctx: Context, p: Parse, k: int, h: int) -> int:
    """What rights bought are rights to: "acquired rights to a number of mineral concessions", "the rights to operate
    a mine", "права на разработку месторождения" (the phrase may hang on the verb ``k``, right after the rights);
    else the head itself."""
    if p.words[h].lemma not in ctx.lex.right_nouns:
        return h
    end = p.subtree(h)[-1]
    for c in [*p.children(h), *(c for c in p.children(k) if p.subtree(c.i)[0] == end + 1)]:
        if c.base in ("nmod", "obl") and _case(p, c.i) in ctx.lex.right_prepositions:
            return c.i
        if c.base in ("acl", "advcl") and c.feat("VerbForm") == "Inf":
            return next((o.i for o in p.children(c.i, "obj")), h)
    return h


def _completed(ctx: Context, p: Parse, k: int, trig: Trigger, out: list) -> list:
    """The targets with what the parser hung on the verb but belongs to them: a visit's site's site, a single deal's
    purpose or topic."""
    if trig.type == "visit":
        return [(h, _with_site_after(ctx, p, k, h, span)) for h, span in out]
    out = [(h, _with_domain(ctx, p, k, h, span)) for h, span in out]
    if trig.type == "investment":
        out = [(h, _with_facilities(ctx, p, k, trig, h, span)) for h, span in out]
    return _with_purpose(ctx, p, k, out) if trig.type == "agreement" and len(out) == 1 else out


def _phrase_right_after(ctx: Context, p: Parse, k: int, h: int, span: tuple[int, int],
                 fits: Callable[[Word], bool]) -> Word | None:
    """The first dependent of the verb ``k`` after the target ``h`` that ``fits`` and stands right after the target's
    ``span`` (nothing but blanks between): a phrase the parser hung on the verb that belongs to the target."""
    for c in p.children(k, "obl"):
        if c.i > h and fits(c) and not ctx.text[span[1]:p.words[p.subtree(c.i)[0]].start].strip():
            return c
    return None


def _with_domain(ctx: Context, p: Parse, k: int, h: int, span: tuple[int, int]) -> tuple[int, int]:
    """"to launch projects in the field of freight transport", "реализовать проекты в сфере энергетики": the field
    the parser hangs on the verb right after what is invested in or agreed belongs to it (a field of something: "в
    области энергетики", not "в области Абай")."""
    c = _phrase_right_after(ctx, p, k, h, span, lambda c: c.lemma in ctx.lex.domain_nouns
                     and _case(p, c.i) in ctx.lex.site_prepositions
                     and any(_case(p, n.i) in (None, "of") and ctx.mentions.covering(n.start, GPE) is None
                             for n in p.children(c.i, "nmod")))
    return (span[0], p.words[p.subtree(c.i)[-1]].end) if c is not None else span


def _with_facilities(ctx: Context, p: Parse, k: int, trig: Trigger, h: int, span: tuple[int, int]) -> tuple[int, int]:
    """"построит крупный комплекс с собственной железной дорогой и электростанцией", "a complex with its own
    railway": facilities "with" which a plant is built, hung by the parser on the verb right after it, are part of
    it (not a partner it is built with: "с китайской компанией")."""
    if trig.objects is None:
        return span
    c = _phrase_right_after(ctx, p, k, h, span, lambda c: _case(p, c.i) in ctx.lex.with_prepositions
                     and c.lemma in trig.objects and ctx.mentions.covering(c.start, _PARTNERS) is None)
    return (span[0], p.words[p.subtree(c.i)[-1]].end) if c is not None else span


_PARTNERS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def _with_site_after(ctx: Context, p: Parse, k: int, h: int, span: tuple[int, int]) -> tuple[int, int]:
    """"visited companies at an industrial park": the site the parser hangs on the verb right after the one visited
    holds it, and belongs to the target (a town or a region is where, not which: "visited plants in the region")."""
    c = _phrase_right_after(ctx, p, k, h, span, lambda c: _case(p, c.i) in ctx.lex.site_prepositions
                     and c.lemma in ctx.lex.sites and c.lemma not in ctx.lex.admin_words | ctx.lex.city_words
                     and ctx.mentions.covering(c.start, _DATE | GPE) is None)
    return (span[0], span_of(ctx, p, c.i, owner=True)[1]) if c is not None else span


def _with_purpose(ctx: Context, p: Parse, k: int, out: list) -> list:
    """"signed a deal to boost gas supplies to China": spaCy hangs the infinitive on the verb, but right after the
    deal it says what the deal is for, and belongs to it; so does what the deal is about ("подписали Меморандум о
    сотрудничестве", where natasha hangs "о сотрудничестве" on the verb; "подписание Меморандума о взаимопонимании",
    on the noun or its clause's verb)."""
    (h, (s, e)), = out
    for c in p.children(k, "advcl"):
        idx = p.subtree(c.i)
        if c.feat("VerbForm") == "Inf" and p.words[idx[0]].text.lower() in ctx.lex.infinitive_marks \
                and ctx.text[e:p.words[idx[0]].start].strip() == "":
            return [(h, (s, p.words[idx[-1]].end))]
    # a noun's phrase may hang on its clause's verb: "состоялось подписание Меморандума о взаимопонимании"
    heads = (k, p.words[k].head) if p.words[k].pos == "NOUN" else (k,)
    for c in (c for v in heads for c in p.children(v, "obl", "nmod")):  # "подписали Меморандум о … сотрудничестве"
        if c.i > h and _case(p, c.i) in ctx.lex.topic_prepositions and c.lemma not in ctx.lex.not_topics \
                and c.text.lower() not in ctx.lex.not_topics and ctx.mentions.covering(c.start, _DATE | GPE) is None:
            idx = p.subtree(c.i, lambda w: place_modifier(ctx, p, w))
            if ctx.text[e:p.words[idx[0]].start].strip() == "":
                return [(h, (s, p.words[idx[-1]].end))]
    return out


def party(ctx: Context, p: Parse, k: int, frame: int, trig: Trigger) -> list[tuple[int | None, tuple[int, int]]]:
    """The other party of an agreement: "signed with China", "подписал с Китаем"."""
    if trig.party is None:
        return []
    objects = [c.i for c in p.children(k) if c.dep in ("obj", "nsubj:pass")]  # "a memorandum with Huawei"
    # "соглашения между министерством с двумя компаниями": the "с" phrase completes the parties "между", no party
    objects = [o for o in objects if not any(_case(p, c.i) in ctx.lex.between for c in p.children(o, "nmod"))]
    for v in dict.fromkeys((k, frame, *objects)):
        # never the trigger noun's own phrase: "the visit ended with a memorandum signing" has no party
        found = [c.i for c in p.children(v) if c.base in ("obl", "nmod") and _case(p, c.i) == trig.party
                 and c.i != k]
        if found:
            return [(h, span_of(ctx, p, h)) for h in _conjuncts(ctx, p, found, replace(trig, objects=None,
                                                                                       type="agreement"))]
    return []


def between(ctx: Context, p: Parse, head: int | None, deps: tuple[str, ...] = ("nmod",)) -> tuple[int, int] | None:
    """"договор между A и B", "was signed between the parties": the parties named in a phrase of ``head`` (the
    agreement's noun, or the trigger verb with ``deps`` ("obl",))."""
    if head is None:
        return None
    for c in _with_topics(p, head, deps):
        if _case(p, c.i) in ctx.lex.between:
            s, e = span_of(ctx, p, c.i, keep_conj=True, owner=True)
            # the parties start after "между" (a tangled parse may hang words before it on them)
            mark = next((m for m in p.children(c.i, "case") if m.text.lower() in ctx.lex.between), None)
            s = max(s, p.words[mark.i + 1].start) if mark is not None and mark.i + 1 < len(p.words) else s
            # "между министерством энергетики с двумя китайскими компаниями": the other side, after "с"
            after = p.subtree(c.i)[-1] + 1
            other = next((x for x in p.children(head, *deps) if x.i > c.i and p.subtree(x.i)[0] == after
                          and _case(p, x.i) in ctx.lex.comitative_prepositions), None)
            if other is not None:
                return s, span_of(ctx, p, other.i)[1]
            # "между российской компанией «Альфа» и китайской компанией «Бета»": the second party the parser hung
            # elsewhere, its "и" right after the first's phrase, in the first's case
            second = next((x for x in p.words[after + 1:] if x.pos in _NOUNS and x.feat("Case") == c.feat("Case")
                           and p.subtree(x.i)[0] == after), None) \
                if after < len(p.words) and p.words[after].text.lower() in ctx.lex.coordinators else None
            if second is not None:
                return s, span_of(ctx, p, second.i)[1]
            return s, _through_names(ctx, p, _named_after_and(ctx, p, e))
    if "obl" in deps:  # "was signed between Kazakh Agroholding OJSC and …": "between" read as a subordinator
        m = _BETWEEN_NAMED.match(ctx.text, p.words[head].end, p.end)
        if m and m.group(2) and m.group(2).lower() not in ctx.lex.articles:
            m = _BETWEEN_NAMED.match(ctx.text, p.words[head].end, m.start(2))  # no article: the name after "between"
        named = ctx.mentions.starting(m.end(), m.end() + 1) if m and m.group(1).lower() in ctx.lex.between else []
        if named and named[0].label in _PARTY_LABELS and named[0].end_char <= p.end:
            return named[0].start_char, _through_names(ctx, p, named[0].end_char)
    return None


_BETWEEN_NAMED = re.compile(r"\s+(\w+)\s+(?:(\w+)\s+)?")  # "between (the) …"


_NAME_JOINT = re.compile(r"[ \t]*(?:(?:,|(?P<word>[^\W\d_]+)(?=[ \t]))[ \t]*)?")  # a comma or a coordinator


def _through_names(ctx: Context, p: Parse, e: int) -> int:
    """The end of parties whose names the parser tore apart ("between Kyrgyz Agroholding OJSC and Quanyibao company",
    "Agroholding" read as a verb): the span runs on to the end of a name it ends inside, and over the names that follow
    it right after, or after a comma or "and"."""
    inside = ctx.mentions.covering(e - 1, _PARTY_LABELS) if e > p.start else None
    if inside is not None and inside.end_char > e and inside.end_char <= p.end:
        e = inside.end_char
    while (m := _NAME_JOINT.match(ctx.text, e, p.end)) is not None:
        at = m.start("word") if m.group("word") and m.group("word").lower() not in ctx.lex.coordinators else m.end()
        named = ctx.mentions.starting(at, at + 1) if at > e else []  # not a name glued to a word
        if not named or named[0].label not in _PARTY_LABELS or named[0].end_char > p.end:
            break
        e = named[0].end_char
    return e


def _with_topics(p: Parse, head: int, deps: tuple[str, ...]) -> list[Word]:
    """The phrases of ``head``, then those of its topic ("меморандум о взаимопонимании и сотрудничестве между A и B",
    "a memorandum on cooperation between A and B": the cooperation's parties are the memorandum's)."""
    out = p.children(head, *deps)
    for topic in [c for c in out if c.base == "nmod"]:
        for t in (topic, *p.children(topic.i, "conj")):
            out = out + [c for c in p.children(t.i, "nmod") if c.i > t.i]
    return out


def _named_after_and(ctx: Context, p: Parse, e: int) -> int:
    """The end of parties "between the regional administration and" + the name the parser hung elsewhere ("Beijing
    Runyu Environmental Co. Ltd." as an apposition of the document): a list never ends with its "and"."""
    last = next((w for w in reversed(p.words) if w.end <= e), None)
    if last is None or last.text.lower() not in ctx.lex.coordinators:
        return e
    named = ctx.mentions.starting(last.end, last.end + 3)
    return named[0].end_char if named and not ctx.text[last.end:named[0].start_char].strip() else e


# -- actor -------------------------------------------------------------------------------------------------------------

def frame_of(ctx: Context, p: Parse, k: int, trig: Trigger) -> int:
    """The verb whose clause carries the event: the trigger verb, or the verb governing a trigger noun."""
    w = p.words[k]
    if not trig.noun or w.head == k:
        return k
    head = p.words[w.head]
    if head.lemma in ctx.lex.light_nouns and head.head != head.i and head.base == "obj":
        head = p.words[head.head]  # "примут участие в подписании", "will take part in the signing"
    return head.i if head.pos in _VERBS else k


def passive_voice(p: Parse, k: int, trig: Trigger | None = None) -> bool:
    w = p.words[k]
    if w.feat("Voice") == "Pass" or any(c.dep in ("aux:pass", "nsubj:pass") for c in p.children(k)):
        return True
    if w.dep == "acl" and w.feat("VerbForm") == "Part" and w.feat("Tense") == "Past" and w.pos == "VERB" \
            and p.words[w.head].pos in _NOUNS and not p.children(k, "obj"):
        return True  # "a memorandum signed between A and B": what the past participle describes was signed
    if trig is not None and trig.passive == "target" and trig.objects is not None and not p.children(k, "obj") \
            and any(c.lemma in trig.objects or _amount_of(p, c, trig.objects) for c in p.children(k, "nsubj")):
        # a headline's "Documents signed to strengthen …", "$23 billion in deals agreed with China": documents (and
        # sums of them) sign nothing, they are signed
        return True
    return w.feat("Variant") == "Short" and w.feat("VerbForm") == "Part"


def _amount_of(p: Parse, w: Word, objects: frozenset[str]) -> bool:
    """Is ``w`` a number of documents ("$23 billion in deals", "25 of the agreements")?"""
    return w.pos == "NUM" and any(c.base == "nmod" and c.lemma in objects for c in p.children(w.i))


def _instrumental_agent(ctx: Context, p: Parse, k: int) -> Word | None:
    """"подписание меморандумов акимом района", "строительство завода китайской компанией": who does what a Russian
    action noun names may stand in the instrumental with no preposition, after the noun or after its object (where
    the parser hangs it): a person or an organisation, not a measure ("завода мощностью 100 МВт")."""
    if not ctx.lex.instrumental_agents or p.words[k].pos not in _NOUNS:
        return None
    for n in (k, *(c.i for c in p.children(k, "nmod") if c.feat("Case") == "Gen")):
        for c in p.children(n, "nmod"):
            if c.i > n and c.feat("Case") == "Ins" and _case(p, c.i) is None and (
                    c.feat("Animacy") == "Anim" or c.lemma in ctx.lex.company_nouns
                    or _entity(ctx, c, _AGENTS) is not None):
                return c
    return None


def _noun_actor(ctx: Context, p: Parse, k: int, frame: int) -> Word | None:
    agent = _instrumental_agent(ctx, p, k) or _given_to(ctx, p, k)
    if agent is not None:
        return agent
    for c in p.children(k):
        if c.dep == "nmod:poss" or (c.base == "nmod" and _case(p, c.i) in ctx.lex.agent_prepositions):
            if c.text.lower() in ctx.lex.pronouns and frame != k and (
                    p.words[frame].lemma in ctx.lex.end_verbs or p.words[frame].lemma in ctx.lex.light_verbs
                    or _case(p, k) in ctx.lex.anaphoric_prepositions):  # "During its visit …, the delegation"
                agent = _clause_agent(ctx, p, frame)  # "the delegation wrapped up its visit": the clause's subject
                if agent is not None and agent.i != k and agent.text.lower() not in ctx.lex.pronouns:
                    return agent
            return _titled_person(ctx, p, k, c) or c
    for c in p.children(k, "nmod"):  # "the visit of President X to Y", "визит председателя КНР Си Цзиньпина"
        # (a possessive inside names whose the place is, not who goes: "a tour of Northwest China's Xinjiang")
        if _case(p, c.i) in ctx.lex.noun_agent_cases and (c.lemma in ctx.lex.visitor_nouns or any(
                _entity(ctx, p.words[i], _AGENTS) is not None
                for i in p.subtree(c.i, lambda x: x.dep == "nmod:poss"))):
            return c  # ... "визит делегации во главе с председателем комиссии", "the tour of the delegation"
    if frame != k:
        if _frame_of_no_party(ctx, p, k, frame):
            return None
        # ("promised to begin the construction of …": who promised begins it)
        agent = _clause_agent(ctx, p, frame) or _adverbial_subject(ctx, p, p.words[frame])
        if agent is not None and (agent.i == k or ctx.lex.occasion_word.fullmatch(agent.text)):
            return None  # "Инвестиции в проект составят …", "The visit resulted in signing of …": no one signs
        return _active(agent) or _genitive_actor(ctx, p, k)
    head = _framing_head(ctx, p, k)
    if head is not None and p.words[k].base in ("obl", "nmod") and head.pos in _VERBS:
        return _active(_agent(ctx, p, head.i) or _adverbial_subject(ctx, p, head)) or _genitive_actor(ctx, p, k)
    return _group_on_a_visit(ctx, p, k, head)


def _given_to(ctx: Context, p: Parse, k: int) -> Word | None:
    """Who was given the trigger noun at k, the object of a verb of giving: "The reporters were given a tour of the
    factory", "The company gave the reporters a tour" (they make the tour); else None."""
    v = p.words[k].head
    if v == k or p.words[k].dep != "obj" or p.words[v].lemma not in ctx.lex.give_verbs:
        return None
    return next(iter(p.children(v, "nsubj:pass", "iobj")), None)


def _framing_head(ctx: Context, p: Parse, k: int) -> Word | None:
    """The head of the noun at k, past a frame noun it hangs on ("В ходе поездки … министр посетил", "as part of his
    visit, … held"): the word of the clause the noun stands in; None for a root."""
    head = p.head_of(k)
    if head is not None and head.lemma in ctx.lex.anaphoric_frames and head.head != head.i:
        head = p.head_of(head.i)
    return head


def _titled_person(ctx: Context, p: Parse, k: int, pronoun: Word) -> Word | None:
    """"President of Uzbekistan Shavkat Mirziyoyev held talks … as part of his visit": the subject of the clause a
    visit noun's possessive pronoun stands in, when the person the pronoun names (the last one before it) is in the
    subject's phrase: the whole phrase, title and all; else None."""
    person = ctx.mentions.last_before(pronoun.start, p.start, _PEOPLE)
    head = _framing_head(ctx, p, k) if person is not None else None
    agent = _clause_agent(ctx, p, head.i) if head is not None and head.pos in _VERBS else None
    if agent is None or agent.pos not in _NOUNS or agent.text.lower() in ctx.lex.pronouns:
        return None
    tree = p.subtree(agent.i)
    inside = p.words[tree[0]].start <= person.start_char and person.end_char <= p.words[tree[-1]].end
    return agent if inside and p.words[tree[0]].start < person.start_char else None


def _adverbial_subject(ctx: Context, p: Parse, w: Word) -> Word | None:
    """The subject of an adverbial participle's clause ("Находясь с визитом в КНР, министр …": the minister), or the
    one a participle describes ("пребывающий с официальным визитом в КНР Президент Узбекистана …": the President)."""
    if w.head == w.i:
        return None
    if w.feat("VerbForm") == "Part" and w.base == "acl" and _names_a_goer(ctx, p.words[w.head]):
        return p.words[w.head]
    if w.feat("VerbForm") not in ("Conv", "Ger") or w.base != "advcl":
        return None
    return _agent(ctx, p, w.head)


def _frame_of_no_party(ctx: Context, p: Parse, k: int, frame: int) -> bool:
    """Does the verb a trigger noun hangs on name no party to it: "The highlight of the forum was the signing of …"
    (what the signing was, not who signed), "X congratulated the signing of …" (X hails it, others signed)?"""
    verb = p.words[frame]
    return (verb.lemma == "be" and p.words[k].dep == "attr") or verb.lemma in ctx.lex.onlooker_verbs


def _group_on_a_visit(ctx: Context, p: Parse, k: int, group: Word | None) -> Word | None:
    """"led a delegation on an official visit to China": the delegation, or the one who led it."""
    if group is None or group.lemma not in ctx.lex.visitor_nouns or _case(p, k) not in ctx.lex.on_visit_prepositions:
        return None
    verb = p.head_of(group.i)
    if verb is not None and group.base == "obj" and verb.lemma in ctx.lex.lead_verbs:
        return _active(_agent(ctx, p, verb.i)) or group
    return group


def _clause_agent(ctx: Context, p: Parse, v: int) -> Word | None:
    """The subject of verb v; of an infinitive of purpose without one, its main verb's: "X met Y to expand cooperation
    during his visit" is X's visit."""
    agent = _agent(ctx, p, v)
    w = p.words[v]
    if agent is None and w.feat("VerbForm") == "Inf" and w.base in ("advcl", "xcomp") and w.head != w.i:
        agent = _agent(ctx, p, w.head)
    return agent


def _active(agent: Word | None) -> Word | None:
    """A clause's subject as the actor of a trigger noun in it, unless the clause is passive: in "Three memoranda
    were signed during the visit" the memoranda visit nothing."""
    return None if agent is None or agent.dep == "nsubj:pass" else agent


def _genitive_actor(ctx: Context, p: Parse, k: int) -> Word | None:
    """"В ходе поездки делегации в Казахстан подписаны …", "during the visit of the delegation": who the noun's
    genitive names, when the clause's subject cannot be its actor; not a site ("the construction of a plant": what is
    built)."""
    return next((c for c in p.children(k, "nmod") if _case(p, c.i) in ctx.lex.noun_agent_cases
                 and c.pos in _NOUNS and _entity(ctx, c, GPE) is None and c.lemma not in ctx.lex.sites), None)


_AGENTS = frozenset({"PERSON", "ORG"})


def _misplaced_subject(p: Parse, v: int) -> Word | None:
    """A finite clause has a subject of its own, which a headline's parse may have hung elsewhere ("… sign deals as
    Xinjiang party chief visits the nation"): the noun right before its verb, never the main clause's subject."""
    before = p.words[v - 1] if v > 0 else None
    return before if before is not None and before.pos in _NOUNS else None


def _subject_before(p: Parse, v: int, later: bool = False) -> Word | None:
    """The subject the parser hung on another verb (``later``: a later one) though it stands right before the finite
    verb ``v``, with no verb or comma between, else None: "Глава государства Э. Рахмон посетил города …, где …,
    принял участие …" (the subject of verbs told one after another is theirs together)."""
    if p.words[v].feat("VerbForm") != "Fin":
        return None
    for w in reversed(p.words[:v]):
        if w.pos in _VERBS or w.text in (",", ";", ":"):
            return None
        if w.base == "nsubj" and w.head != v and (w.head > v or not later) and p.words[w.head].pos in _VERBS:
            return w
    return None


def _objects(p: Parse, k: int, kids: list[Word], trig: Trigger) -> list[int]:
    """The objects of the active verb at k."""
    # a subject that disagrees with the verb is its object (_agrees: "посетила Хамийский филиал")
    found = [c.i for c in kids if (c.dep == "obj" and not _across_a_comma(p, c.i, k))
             or (c.dep == "nsubj" and not _agrees(p.words[k], c)) or _second_subject(p, k, c, kids)]
    if not found and trig.type == "visit":
        found = _object_read_as_a_subject(p, k, kids)
    # "toured the port city of Tianjin and the province of Hebei": a second object the parser hung on the verb
    return found + [c.i for c in kids if found and c.dep == "conj" and c.i > found[0] and c.pos in _NOUNS
                    and c.feat("Case") in (None, "Acc") and not p.children(c.i, "case", "nsubj", "cop")]


def _object_read_as_a_subject(p: Parse, k: int, kids: list[Word]) -> list[int]:
    """A visit verb takes no clause: "journalists … visited Northwest China's Xinjiang Uygur autonomous region
    interacted extensively with …" (a run-on sentence) parsed with the region as the subject of a clause that
    complements "visited": the subject, starting right after the verb, is what was visited."""
    for c in kids:
        if c.base == "ccomp" and c.i > k:
            subject = next((s for s in p.children(c.i, "nsubj") if p.subtree(s.i)[0] == k + 1), None)
            if subject is not None:
                return [subject.i]
    return []


def _across_a_comma(p: Parse, o: int, k: int) -> bool:
    """Is the object ``o`` before its verb ``k`` with a comma between them: another clause's ("примет участие в его
    открытии, посетит выставки": the parser gave both nouns to the second verb)?"""
    return o < k and any(p.words[j].text == "," for j in range(p.subtree(o)[-1] + 1, k))


def _visitors_named(ctx: Context, p: Parse, k: int, trig: Trigger) -> Word | None:
    """The visitors a trigger takes as its object ("took the editors to Urumqi") or in the dative ("журналистам
    показали завод": those shown the site, never who showed it)."""
    if trig.hosts:  # "принял делегацию", "received a group of journalists"; not "приняли участие", "received a loan"
        return next((c for c in p.children(k, "obj") if c.lemma in ctx.lex.hosted_nouns), None)
    if not trig.dative_acts:
        # "brought 30 journalists to Urumqi"; not "brought huge development to the region": who goes is someone
        return next((c for c in p.children(k, "obj") if _can_go(ctx, c) or c.lemma in ctx.lex.people
                     or ctx.mentions.covering(c.start, frozenset({"NORP"})) is not None), None)
    return next((c for c in p.children(k) if c.base in ("iobj", "obl", "nmod") and c.feat("Case") == "Dat"
                 and c.lemma in ctx.lex.visitor_nouns), None)


def _verb_actor(ctx: Context, p: Parse, k: int, trig: Trigger, passive: bool) -> Word | None:
    if (trig.object_acts and not passive) or trig.dative_acts:
        return _visitors_named(ctx, p, k, trig)
    if passive and trig.passive in ("target", "sum"):
        # the bare instrumental ("подписан министерством"), not one after a preposition ("с компанией": a party),
        # nor one of time ("будет подписан осенью 2014 года")
        agents = [c for c in p.children(k) if c.dep == "obl:agent" or
                  (c.base == "obl" and c.feat("Case") == "Ins" and c.pos in _NOUNS and _case(p, c.i) is None
                   and ctx.mentions.covering(c.start, _DATE) is None and c.lemma not in ctx.lex.time_nouns)]
        return agents[0] if agents else None
    cur = k
    for _ in range(4):  # "plans to visit", "visited … and toured", "While visiting X, the group saw"
        subj = _agent(ctx, p, cur)
        if subj is not None:
            return subj
        w = p.words[cur]
        owner, planner = _of_a_plan(ctx, p, w) if w.head != cur else (None, None)
        if owner is not None:
            return owner
        if planner is not None:
            cur = planner
            continue
        if (holder := _chance_holder(ctx, p, w)) is not None:
            cur = holder  # "had the opportunity to visit", "получили возможность посетить": who had it
            continue
        if w.head == cur or w.dep not in _CLIMB:
            return _headline_doer(ctx, p, w) or (_subject_before(p, cur, later=True) if w.head == cur else None)
        if w.dep == "advcl" and w.feat("VerbForm") == "Fin" and w.feat("Tense") is not None:
            return _misplaced_subject(p, cur)
        if w.dep == "acl" and p.words[w.head].pos in _NOUNS:
            found, cur = _acl_actor(ctx, p, w, trig)
            if cur is None:
                return found
            continue
        cur = w.head
    return None


def _of_a_plan(ctx: Context, p: Parse, w: Word) -> tuple[Word | None, int | None]:
    """(owner, planner) of an infinitive ``w`` that completes a plan noun. The owner is the plan's own, in the
    genitive ("о планах инвесторов из Китая открыть заводы": the investors). Without one, the planner is the verb
    whose object the plan is, whose subject acts ("инвесторы … выразили готовность инвестировать": "выразили").
    (None, None) for any other word."""
    noun = p.words[w.head]
    if w.feat("VerbForm") != "Inf" or noun.pos not in _NOUNS or not _plan_word(ctx, noun):
        return None, None
    owner = _plan_owner(ctx, p, w.head)
    if owner is not None:
        return owner, None
    return None, (noun.head if noun.base == "obj" and noun.head != noun.i and p.words[noun.head].pos in _VERBS
                  else None)


def _welcomed(ctx: Context, p: Parse, k: int, default: int | None = None) -> int | None:
    """The welcome verb a trigger infinitive completes ("welcomed the governor and his entourage to visit
    Shaanxi"), else ``default``."""
    w = p.words[k]
    if w.head == k or w.feat("VerbForm") != "Inf":
        return default
    h = p.words[w.head]
    if w.dep in ("xcomp", "advcl") and h.lemma in ctx.lex.welcome_verbs:
        return h.i
    if w.dep == "acl":  # "… and his entourage to visit": the parser may hang it on the one welcomed
        while h.dep == "conj" and h.head != h.i:
            h = p.words[h.head]
        if h.dep == "obj" and p.words[h.head].lemma in ctx.lex.welcome_verbs:
            return h.head
    return default


def _plan_owner(ctx: Context, p: Parse, plan: int) -> Word | None:
    """Whose plan a plan noun is: "X's plans", "планы инвесторов" (a bare genitive of people or a body)."""
    for c in p.children(plan):
        if c.dep == "nmod:poss" or (c.base == "nmod" and _case(p, c.i) is None and c.pos in _NOUNS
                                    and c.feat("Case") in (None, "Gen")):
            return c
    return None


def _acl_actor(ctx: Context, p: Parse, w: Word, trig: Trigger) -> tuple[Word | None, int | None]:
    """Who acts in a trigger clause describing a noun: (the actor, None), or (None, the verb to look on from)."""
    noun = p.words[w.head]
    if w.feat("VerbForm") == "Ger" and any(m.text.lower() in ctx.lex.anaphoric_prepositions
                                           for m in p.children(w.i, "mark")):
        # "… is the region's opening to the world after visiting land ports": an adverbial clause the parser hung on a
        # noun; who visits is the first who can, up the clauses above it
        return next((a for v in p.ancestors(w.i) if p.words[v].pos in _VERBS and (a := _agent(ctx, p, v)) is not None
                     and _can_go(ctx, a)), None), None
    if w.feat("VerbForm") in ("Part", "Ger"):  # "the delegation visiting the park"; not "talks to invest"
        if trig.passive == "target" and w.feat("Tense") == "Past":
            return None, None  # "deals agreed with China", "agreements signed in Astana": the noun is what is done
        if _plan_word(ctx, noun) and noun.head != noun.i:
            return None, noun.head  # "companies expressed interest in investing": who expressed it
        if noun.lemma in ctx.lex.occasion_nouns:  # "It was X's first time visiting Xinjiang": X visits
            return next(iter(p.children(noun.i, "nmod:poss")), None), None
        return noun, None
    if not _plan_word(ctx, noun) or noun.head == noun.i:
        return _headline_doer(ctx, p, w), None
    return None, noun.head  # "X discussed plans to build": who discussed them


def _can_go(ctx: Context, w: Word) -> bool:
    """Is ``w`` someone who may go somewhere: a person, a group or a body, by name, word or pronoun?"""
    return w.text.lower() in ctx.lex.pronouns or _names_a_goer(ctx, w)


def _names_a_goer(ctx: Context, w: Word) -> bool:
    """Does ``w`` name a group, a person or a body, by its word or its name (not a thing)?"""
    return w.lemma in ctx.lex.visitor_nouns or _entity(ctx, w, _AGENTS | GPE) is not None


def _headline_doer(ctx: Context, p: Parse, w: Word) -> Word | None:
    """A headline's "Chinese parliamentary delegation to visit Tajikistan", parsed as a "to" infinitive ``w``
    describing the noun that heads the whole clause: that noun, when it is who will do it (a group, a person or a body,
    by its word or its name; not a thing: "a project to build"); else None."""
    noun = p.words[w.head]
    if w.base != "acl" or w.head == w.i or noun.head != noun.i or w.feat("VerbForm") != "Inf" \
            or not any(c.text.lower() in ctx.lex.infinitive_marks for c in p.children(w.i, "aux", "mark")):
        return None
    return noun if _names_a_goer(ctx, noun) else None


def moves_a_thing(ctx: Context, p: Parse, k: int, trig: Trigger, passive: bool) -> bool:
    """"The investment will go to a cement plant", "грузы идут в Китай": money and goods go places, visit none."""
    if trig.type != "visit" or trig.noun:
        return False
    w = _verb_actor(ctx, p, k, trig, passive)
    return w is not None and (w.lemma in ctx.lex.things or (trig.object_acts and w.lemma in ctx.lex.idiom_objects))


def _described_noun(ctx: Context, p: Parse, k: int, trig: Trigger) -> list[tuple[int | None, tuple[int, int]]]:
    """"a new pipeline, which the sides intend to build", "газопровода, который стороны намереваются построить",
    "проектов, которые планируется реализовать": what a relative pronoun object stands for is the noun the clause
    describes (without the clause)."""
    cur = k
    for _ in range(3):  # the clause's verb: the trigger, or the plan word it completes
        w = p.words[cur]
        if w.base == "acl" and w.head != cur:
            noun = p.words[w.head]
            if noun.pos in _NOUNS and _fits(ctx, p, noun.i, trig):
                return [(noun.i, span_of(ctx, p, noun.i, exclude=frozenset({cur}), owner=True))]
            return []
        if w.head == cur or w.base not in ("xcomp", "conj", "csubj"):
            return []  # (csubj: the infinitive an impersonal plan word takes, "которые планируется реализовать")
        cur = w.head
    return []


def _relative(ctx: Context, w: Word) -> bool:
    return w.lemma in ctx.lex.relative_pronouns or w.text.lower() in ctx.lex.relative_pronouns


def _relative_object(ctx: Context, p: Parse, v: int) -> Word | None:
    """A nominative relative pronoun the parser took for an object ("которые посетили" read as "whom they
    visited"): the subject of a relative clause that has none."""
    if p.words[v].base != "acl":
        return None
    return next((c for c in p.children(v, "obj") if _relative(ctx, c) and c.feat("Case") == "Nom"), None)


def _agent(ctx: Context, p: Parse, v: int) -> Word | None:
    """The subject of verb v; for a relative pronoun, the noun its clause describes; for a plan, whose it is ("The
    company's plans include building a plant", "Планы компании предусматривают строительство": plans build nothing)."""
    subj = _subject(p, v) or _relative_object(ctx, p, v)
    if _plan_noun(ctx, subj):
        return _plan_owner(ctx, p, subj.i)
    return None if subj is None else _antecedent(ctx, p, v, subj)


def _antecedent(ctx: Context, p: Parse, v: int, subj: Word) -> Word | None:
    """The noun a relative clause describes when its subject is a relative pronoun ("the editors, who visited X")."""
    clause = p.words[v]
    if _relative(ctx, subj) and (clause.base != "acl" or clause.head == clause.i):
        # a parse that made the pronoun the subject of the main verb ("Посланник …, который … возглавлял посольство,
        # господин Ли Хуэй посетил Хабаровск"): the subject standing right before the verb, else none
        return _subject_before(p, v)
    if not _relative(ctx, subj):
        return subj
    noun = p.words[clause.head]
    while subj.lemma == "who" and noun.base == "nmod" and noun.head != noun.i and \
            (noun.lemma in ctx.lex.country_words or _entity(ctx, noun, GPE) is not None):
        noun = p.words[noun.head]  # "executives from five countries, who visited": people, not the countries
    if subj.lemma == "who" and (_entity(ctx, noun, GPE) is not None or noun.lemma in ctx.lex.outlet_nouns):
        # "Frank Willems, editor of a website based in Belgium who also visited Xinjiang": the person named before
        person = ctx.mentions.last_before(subj.start, p.start, frozenset({"PERSON"}))
        named = p.index_at(person.start_char) if person is not None else None
        if named is not None:
            return p.words[named]
    return noun


def _after_adjunct(ctx: Context, p: Parse, k: int) -> tuple[tuple[int, int], Entity] | None:
    """The name right after an opening participle clause ("After visiting X, Lyubov Dobrota, …, said"), with the
    title before it ("Visiting Astana, Xinjiang's party chief and top official, Zhang Chunxian, said"): its span and
    the named person or organisation."""
    end = p.words[max(p.subtree(k, lambda c: c.base in ("appos", "nmod", "punct") and c.i > k))].end
    pos = end
    while pos < len(ctx.text) and ctx.text[pos] in ", ":
        pos += 1
    e = ctx.mentions.covering(pos, frozenset({"PERSON", "ORG"}))
    if e is not None and e.start_char == pos:
        return (e.start_char, e.end_char), e
    comma = ctx.text.find(",", end, p.end)  # the clause ends at its comma ("from May 1 to 4, …")
    if comma < 0:
        return None
    pos = comma + 1
    while pos < len(ctx.text) and ctx.text[pos] == " ":
        pos += 1
    person = next(iter(ctx.mentions.starting(pos, pos + TITLE_CHARS, frozenset({"PERSON"}))), None)
    if person is None:
        return None
    between = [w for w in p.words if pos <= w.start < person.start_char]
    if not between or any(w.pos in _VERBS or w.text in ".;:" for w in between):
        return None  # "… , the group said": no title of the person's
    return (pos, person.end_char), person


LEADER_CHARS = 120  # "во главе с заместителем премьер-министра Государственного совета КНР " before the name
TITLE_CHARS = 80  # "Xinjiang's party chief and top official, " before the name


def _partner(ctx: Context, p: Parse, k: int, frame: int) -> Word | None:
    """Who puts money or work into a project told without a subject: "a plant is being built in partnership with
    Sinopec", "plans to modernise the refinery with support from CNPC", "при участии компании X"."""
    for v in dict.fromkeys((k, frame)):
        for c in p.children(v):
            if c.base not in ("obl", "nmod") or c.lemma not in ctx.lex.partner_nouns:
                continue
            for g in p.children(c.i, "nmod"):
                sub = p.subtree(g.i)
                if ctx.mentions.within(p.words[sub[0]].start, p.words[sub[-1]].end, _PARTY_LABELS):
                    return g  # "with support from CNPC", "при участии компании «Синотранс»"
    return None


def _first_coordinated(ctx: Context, p: Parse, w: Word, span: tuple[int, int]) -> Word:
    """"China, Kyrgyzstan, and Uzbekistan signed": the parser may make the first and the last of coordinated parties
    two subjects of the verb. The subject ``w`` (whose phrase is ``span``) is then one of parties that run from the
    first, when only the first's own words (the parties between, as its appositions) and "and" stand between them."""
    before = [c for c in p.children(w.head, "nsubj") if c.i < w.i] if w.dep == "nsubj" else []
    last = p.index_at(span[0])
    if not before or last is None:
        return w
    first = before[-1]
    # ... and "and" may open the subject's own phrase (its "cc" child: "компания «Синьсин» и комитет … заключили")
    between = [x for x in p.words[first.i:last + (p.words[last].dep == "cc")] if x.pos != "PUNCT"]
    tree = set(p.subtree(first.i))
    coordinated = bool(between) and between[-1].text.lower() in ctx.lex.coordinators \
        and all(x.i in tree for x in between[:-1])
    return first if coordinated else w


def _actor_word(ctx: Context, p: Parse, k: int, trig: Trigger, frame: int, passive: bool) -> Word | None:
    if trig.noun:
        return _noun_actor(ctx, p, k, frame)
    welcome = _welcomed(ctx, p, k)
    if welcome is not None:  # "welcomed the governor … to visit": the governor
        welcomed = next(iter(p.children(welcome, "obj")), None)
        if welcomed is None or not _non_agent(ctx, welcomed):  # (not "led the talks to sign …": who led them)
            return welcomed
    return _agreed_to(ctx, p, k) or _verb_actor(ctx, p, k, trig, passive)


def _agreed_to(ctx: Context, p: Parse, k: int) -> Word | None:
    """Who signed the agreement, or voiced the intention, an infinitive trigger says the content of: "CRCC and SPIC
    signed an investment agreement with Kyrgyzstan to build the PV project" (CRCC and SPIC build it), "Chinese
    business representatives expressed their intention to establish a factory"; else None. (natasha hangs the
    infinitive on the noun as its nmod: "выразила готовность инвестировать".)"""
    w = p.words[k]
    if w.base not in ("acl", "nmod") or w.feat("VerbForm") != "Inf" or w.head == k:
        return None
    deal = p.words[w.head]
    if deal.head == deal.i or deal.base not in ("obj", "obl"):
        return None
    signed = ctx.lex.verbs.get(p.words[deal.head].lemma)  # the deal is what an agreement's verb took
    # (or the deal entered into: "Kazakh Invest and Sany entered into an agreement to build …")
    if (signed is None or signed.type != "agreement" or deal.base not in ("obj", "obl")) \
            and deal.lemma not in ctx.lex.plan_words:
        return None  # ... or the intention voiced, or told of: "заявила о готовности инвестировать"
    return next(iter(p.children(deal.head, "nsubj")), None)


def _non_agent(ctx: Context, w: Word) -> bool:
    """A trip, a meeting, a programme: no one who acts ("был организован кампус-тур, во время которого … посетили":
    a compound's last part decides, "кампус-тур", "press-tour")."""
    return w.lemma in ctx.lex.non_agents or w.lemma.rsplit("-", 1)[-1] in ctx.lex.non_agents


def actor(ctx: Context, p: Parse, k: int, trig: Trigger, frame: int, passive: bool) -> tuple:
    """(span, pronoun kind, canonical) of who acts, or (None, None, None)."""
    w = _actor_word(ctx, p, k, trig, frame, passive) or _unnamed_actor(ctx, p, k, trig, frame)
    if w is None and not trig.noun and p.words[k].dep == "advcl" and p.words[k].i < p.words[k].head:
        found = _after_adjunct(ctx, p, k)
        if found is not None:
            span, e = found
            return span, None, e.canonical or e.text
    if w is None or w.pos == "NUM" or _non_agent(ctx, w):  # "$23 billion in deals agreed": no agent
        return None, None, None
    if w.text.lower() in ctx.lex.pronouns:
        return (w.start, w.end), ctx.lex.pronouns[w.text.lower()], None
    # never the trigger's own clause: "ambassadors familiarized with the port" parsed as a described noun
    # ... nor where a visit noun's visitors went: "the visit of the delegation to China" (see _of_its_visitors)
    goals = {g.i for g in _goals(p, w) if _case(p, g.i) in trig.slots} \
        if trig.noun and trig.type == "visit" and w.head == k and _of_its_visitors(p, w) else set()
    span = _from_after(ctx, p, w, span_of(ctx, p, w.i, keep_conj=True, exclude=frozenset({k} | goals), owner=True))
    first = _first_coordinated(ctx, p, w, span)
    if first is not w:
        span, w = (span_of(ctx, p, first.i, keep_conj=True, owner=True)[0], span[1]), first
    led = ctx.lex.led_by.match(ctx.text, span[1])
    after = span[0] > p.words[k].end  # "прибыла делегация Китая во главе с …": the subject after its verb
    if led is not None and (span[1] < p.words[k].start or after):  # "the delegation led by X", "во главе с X"
        person = next(iter(ctx.mentions.starting(led.end(), led.end() + LEADER_CHARS, frozenset({"PERSON"}))), None)
        if person is not None and (after or person.end_char <= p.words[k].start) and person.end_char <= p.end:
            span = (span[0], person.end_char)
        elif person is None and not after:  # "a delegation led by the deputy minister visited": to the verb
            # (the clause's own verb, before a trigger noun: "… во главе с губернатором принимает участие в миссии")
            verb = p.words[frame].start if span[1] < p.words[frame].start < p.words[k].start else p.words[k].start
            span = (span[0], _leader_end(ctx.text, led.end(), verb))
    if not after and span[1] < p.words[k].start:
        span = _with_companions(ctx, p, k, frame, span)
    if w.pos == "NOUN" and ctx.text.startswith(", ", span[1]):
        # "Gansu's party chief and top official, Li Ming, said": the title's person, named after it between commas
        person = ctx.mentions.covering(span[1] + 2, frozenset({"PERSON"}))
        if person is not None and person.start_char == span[1] + 2 and ctx.text.startswith(",", person.end_char):
            return (span[0], person.end_char), None, person.canonical or person.text
    return _with_title(ctx, p, k, w, span), None, canonical(ctx, p, w.i, ACTOR_LABELS)


def _with_title(ctx: Context, p: Parse, k: int, w: Word, span: tuple[int, int]) -> tuple[int, int]:
    """"Li Ming, the Chinese Foreign Minister, visited …": a person's title set off by commas between the name and the
    verb is part of the actor's phrase."""
    if w.pos != "PROPN" or not ctx.text.startswith(", ", span[1]) or span[1] >= p.words[k].start \
            or ctx.mentions.covering(span[0], frozenset({"PERSON"})) is None:
        return span
    for c in p.children(w.i, "appos"):
        end = p.words[p.subtree(c.i)[-1]].end
        if c.pos in _NOUNS and p.words[c.i].start > span[1] and end < p.words[k].start \
                and ctx.text.startswith(",", end) and not ctx.mentions.within(span[1], end, _PEOPLE):
            return span[0], end
    return span


_CLAUSE_BREAK = re.compile(r"[,;:(—–]")


def _leader_end(text: str, start: int, verb: int) -> int:
    """Where the naming of who leads a group (or what it is made of) ends: at a comma, else before the verb."""
    cut = _CLAUSE_BREAK.search(text, start, verb)
    end = cut.start() if cut else verb
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _unnamed_actor(ctx: Context, p: Parse, k: int, trig: Trigger, frame: int) -> Word | None:
    """Who acts when the clause names no subject: an investment's partner, a tour's impressed visitors."""
    if trig.type == "investment":
        return _partner(ctx, p, k, frame)
    return _impressed(ctx, p, k) if trig.noun and trig.type == "visit" else None


def _impressed(ctx: Context, p: Parse, k: int) -> Word | None:
    """Who the tour at k, the subject of a verb of impressing, impressed: "A five-day tour across Xinjiang has deeply
    impressed senior editors of 23 media outlets", "тур по СУАР глубоко впечатлил ведущих редакторов"."""
    w = p.words[k]
    if w.base != "nsubj" or w.head == k or p.words[w.head].lemma not in ctx.lex.impress_verbs:
        return None
    return next(iter(p.children(w.head, "obj")), None)


def _from_after(ctx: Context, p: Parse, w: Word, span: tuple[int, int]) -> tuple[int, int]:
    """The actor's ``span`` with its origin the parser hung on its verb right after it: "impressed a group of bloggers
    | from Central Asia"."""
    if w.head == w.i:
        return span
    for c in p.children(w.head, "obl"):
        idx = p.subtree(c.i)
        if c.i > w.i and _case(p, c.i) in ctx.lex.origin_prepositions \
                and not ctx.text[span[1]:p.words[idx[0]].start].strip():
            return span[0], p.words[idx[-1]].end
    return span


def _with_companions(ctx: Context, p: Parse, k: int, frame: int, span: tuple[int, int]) -> tuple[int, int]:
    """"Аким области Асхат Шахаров с делегацией представителей бизнеса … посетил": the group going along, right
    after the actor and before the verb, goes too (natasha hangs it on the verb)."""
    for c in p.children(frame, "obl"):
        if _case(p, c.i) in ctx.lex.companion_prepositions and c.lemma in ctx.lex.visitor_nouns:
            idx = p.subtree(c.i)
            if not ctx.text[span[1]:p.words[idx[0]].start].strip() and p.words[idx[-1]].end <= p.words[k].start:
                return span[0], p.words[idx[-1]].end
    return span


# -- status, place, date -----------------------------------------------------------------------------------------------

def _future(ctx: Context, p: Parse, v: int) -> bool:
    w = p.words[v]
    if w.feat("Tense") == "Fut":
        return True
    return any(c.base == "aux" and (c.lemma in ctx.lex.future_aux or c.text.lower() in ctx.lex.future_aux)
               and c.feat("Tense") in (None, "Fut", "Pres") for c in p.children(v))


def status(ctx: Context, p: Parse, k: int, frame: int, trig: Trigger | None = None) -> str:
    lex = ctx.lex
    if _planned_word(ctx, p, k, frame, trig) or _frame_of_a_plan(ctx, p, k):
        return "planned"
    cur = _welcomed(ctx, p, k, frame)  # "welcomed the governor to visit Shaanxi": as done as the welcome
    for _ in range(4):
        if _future(ctx, p, cur):
            return "planned"
        w = p.words[cur]
        if w.head == cur and w.feat("VerbForm") == "Inf" and any(
                c.text.lower() in lex.infinitive_marks for c in p.children(cur, "aux", "mark")):
            return "planned"  # a headline's "Chinese investors to build poultry farm"
        if w.head != cur and w.feat("VerbForm") == "Inf" and (_plan_word(ctx, p.words[w.head])
                                                               or _purpose_of_a_trip(ctx, p, w, trig)):
            # "о планах инвесторов открыть заводы", whatever relation the parser gives it; "arrived to sign
            # agreements", "прибыл в Пекин, чтобы подписать": what a trip is for (its visits are news of it)
            return "planned"
        if (holder := _mood_holder(ctx, p, w)) is not None:
            cur = holder
            continue
        if w.base == "acl" and p.words[w.head].lemma not in lex.ability_nouns and any(
                c.text.lower() in lex.infinitive_marks for c in p.children(cur, "aux", "mark")):
            return "planned"  # "a plant to be built", "a project to build": to be done ("capacity to produce" is not)
        if w.head == cur or w.base not in ("xcomp", "csubj", "acl", "advcl"):
            return "done"
        head = p.words[w.head]
        if _plan_word(ctx, head) or _plan_noun(ctx, _subject(p, head.i)):
            # "plans to invest", "a project to build" (acl:relcl to spaCy), "plans include building", "the fund is
            # aimed at investing"
            return "planned"
        if w.base in ("acl", "advcl"):
            return "done"
        if head.lemma == "be" and any(c.text.lower() == "to" for c in p.children(cur)):
            return "planned"  # "is to visit"
        cur = head.i
    return "done"


FRAME_CLIMB = 2  # words between a time-frame noun and its clause's verb: "в рамках визита … будет подписан"
FRAME_CHARS = 60  # characters before the noun where its frame's words stand ("в ходе официального визита")


def _frame_of_a_plan(ctx: Context, p: Parse, k: int) -> bool:
    """Is the trigger noun at k the time of a clause told in the future ("В рамках визита … в КНР будет подписан
    пакет документов", "during the visit, agreements will be signed")? The visit is then to come as well."""
    at = p.words[k].start
    if p.words[k].pos != "NOUN" or not time_frame(ctx, p, k) \
            or not ctx.lex.during_frame.search(ctx.text, max(p.start, at - FRAME_CHARS), at):
        return False  # (not "по итогам визита будут построены …": after the visit, which was done)
    cur = k
    for _ in range(FRAME_CLIMB):
        head = p.head_of(cur)
        if head is None:
            return False
        if head.pos in _VERBS:
            return _future(ctx, p, head.i)
        cur = head.i
    return False


def _purpose_of_a_trip(ctx: Context, p: Parse, w: Word, trig: Trigger | None) -> bool:
    """Is the infinitive ``w`` of a deal or an investment what a trip is made for ("Xi arrived to sign agreements",
    "приехали подписать соглашение")? Its head is a verb of going somewhere (not "received the permit to build")."""
    if trig is None or trig.type == "visit" or w.base not in ("advcl", "xcomp"):
        return False
    head = p.words[w.head]
    going, _ = ctx.lex.trigger(head.lemma, False)
    # "went on to sign": went ahead and signed
    return head.pos in _VERBS and head.i < w.i and going is not None and going.type == "visit" and not going.hosts \
        and not any(c.text.lower() == "on" for c in p.children(head.i, "compound:prt", "prt", "advmod"))


def _mood_holder(ctx: Context, p: Parse, w: Word) -> int | None:
    """The word whose mood a verb shares: the having of "had the opportunity to visit" (as done as the having), the
    first of joined verbs ("plans to develop a deposit and build a plant": the plan is both's)."""
    holder = _chance_holder(ctx, p, w)
    if holder is None and w.base == "conj" and w.head != w.i and p.words[w.head].pos in _VERBS:
        return w.head
    return holder


def _planned_word(ctx: Context, p: Parse, k: int, frame: int, trig: Trigger | None) -> bool:
    """Is the trigger itself told as a plan: "the upcoming visit", a noun a plan word governs, or a present that
    announces ("инвестирует 50 млрд тенге в строительство": announced, not spent)?"""
    if trig is not None and trig.present_planned and frame == k and p.words[k].feat("Tense") == "Pres":
        return True
    return any(c.lemma in ctx.lex.plan_adjectives for c in p.children(k, "amod")) or _planned_noun(ctx, p, p.words[k])


def _planned_noun(ctx: Context, p: Parse, t: Word) -> bool:
    """A trigger noun a plan word governs: "предусмотрено посещение Самарканда", "a visit to the zone is planned",
    "программа предусматривает переговоры и подписание соглашений", "envisages the signing of"."""
    if t.pos != "NOUN":
        return False
    first = t
    while first.base == "conj" and first.head != first.i:
        first = p.words[first.head]
    return any(w.base == base and w.head != w.i and _plan_word(ctx, p.words[w.head])
               for w, base in ((t, "nsubj"), (first, "obj"))) or _in_a_programme(ctx, p, first) \
        or (first.base == "nmod" and first.head != first.i and _case(p, first.i) is None
            and p.words[first.head].pos == "NOUN" and (_plan_word(ctx, p.words[first.head])
                                                       or p.words[first.head].lemma in ctx.lex.preparation_nouns))
    # ... or a plan noun whose genitive it is: "план визита", "вопросы организации визита", "подготовки визита"


def _in_a_programme(ctx: Context, p: Parse, t: Word) -> bool:
    """Is the trigger noun ``t`` an item of a programme told in the present ("В программе — визиты на предприятия",
    "The programme includes visits to plants and the signing of …")?"""
    if t.head == t.i or t.base not in ("nsubj", "obj"):
        return False
    head = p.words[t.head]
    if head.lemma in ctx.lex.programme_nouns:
        return True
    subject = _subject(p, head.i)
    return head.pos in _VERBS and head.feat("Tense") == "Pres" and subject is not None \
        and subject.lemma in ctx.lex.programme_nouns


PLAN_VERB_GAP = 2  # words between a plan verb and the trigger it governs: "plans to invest", "are planning to build"


def plan_verb_before(ctx: Context, p: Parse, k: int) -> int | None:
    """The plan verb right before the trigger at k that governs it ("intend to launch", "plans to invest", "намерены
    наладить", "планируется реализовать"): the words tell the plan together, and the trigger is both."""
    w = p.words[k]
    if w.base not in ("xcomp", "csubj") or w.head == k or not 0 < k - w.head <= PLAN_VERB_GAP + 1:
        return None
    head = p.words[w.head]
    return head.i if (head.pos in _VERBS or head.pos == "ADJ") and _plan_word(ctx, head) else None


def _plan_word(ctx: Context, w: Word) -> bool:
    return w.lemma in ctx.lex.plan_words or w.text.lower() in ctx.lex.plan_words


def _plan_noun(ctx: Context, w: Word | None) -> bool:
    """A plan named as a subject: "The plans include launching a plant", "Планы предусматривают строительство"."""
    return w is not None and w.pos in _NOUNS and _plan_word(ctx, w)


def generic_present(ctx: Context, p: Parse, frame: int) -> bool:
    """English simple present outside the headline and its deck: a habit ("journalists are invited to tour
    Beijing")."""
    if not ctx.lex.generic_present or p.start < ctx.deck_end:
        return False
    cur = frame
    while p.words[cur].dep in ("xcomp", "conj") and p.words[cur].head != cur:
        cur = p.words[cur].head
        if _plan_word(ctx, p.words[cur]):
            return False  # a plan told now is news: "X plans to invest", "X is set to build"
    w = p.words[cur]
    if w.lemma == "be" or _plan_word(ctx, w):
        return False  # a state now, no habit: "Li is currently in Kyrgyzstan on an official visit"; a plan
    if w.feat("Tense") == "Pres" and w.feat("VerbForm") == "Fin" and w.pos == "VERB":
        return not p.children(cur, "aux")
    return any(c.dep == "aux:pass" and c.feat("Tense") == "Pres" for c in p.children(cur))


def names_a_facility(ctx: Context, p: Parse, span: tuple[int, int] | None) -> bool:
    """Is the head of the phrase at ``span`` a plant or a project ("The plant", "The project", "предприятия")?"""
    if span is None:
        return False
    words = [w for w in p.words if span[0] <= w.start and w.end <= span[1] and w.pos in _NOUNS]
    return bool(words) and any(w.lemma in ctx.lex.facilities or w.text.lower() in ctx.lex.facilities
                               for w in words[:1] + words[-1:])


def habitual(ctx: Context, p: Parse, frame: int) -> bool:
    """A present told with a word of habit: "В Ташкент ежедневно прибывают туристы", "tourists arrive every day"."""
    w = p.words[frame]
    if w.feat("Tense") != "Pres":
        return False
    habit = ctx.lex.habit_words
    return any(c.lemma in habit or any(g.lemma in habit for g in p.children(c.i, "det", "amod"))
               for c in p.children(frame, "advmod", "obl", "nmod", "obl:tmod", "npadvmod"))


def in_progress(p: Parse, k: int) -> bool:
    """Told as going on now: "is building", "is being built", "строится", "строят"."""
    w = p.words[k]
    if w.feat("Aspect") == "Imp" and w.feat("Tense") == "Pres":
        return True  # Russian imperfective present
    aux = [c for c in p.children(k) if c.base == "aux"]
    if any(c.text.lower() == "being" for c in aux):
        return True  # "is being built"
    return w.feat("VerbForm") == "Ger" and any(c.lemma == "be" and c.feat("Tense") == "Pres" for c in aux)


def started(ctx: Context, p: Parse, k: int, frame: int) -> bool:
    """Told as begun: "began construction of the plant", "начали строительство терминала", "started building a
    plant" (a project under way: news, as a plan is); or as taken part in (PARTAKE_VERBS)."""
    w = p.words[k]
    heads = {frame} | ({w.head} if w.base in ("xcomp", "nsubj", "obj") else set())
    if any(h != k and p.words[h].lemma in ctx.lex.start_verbs for h in heads):
        return True
    # "are involved in constructing wind farms", "участвует в строительстве": a hand in it, under way
    return w.head != k and w.base in ("advcl", "obl") and p.words[w.head].lemma in ctx.lex.partake_verbs


def wished(ctx: Context, p: Parse, frame: int) -> bool:
    """A trigger a wish, a chance or an invitation governs tells no event: "looking forward to more chances to visit
    Urumqi", "мечтают посетить", "возможность посетить", "invited the minister to visit Astana", a noun's frame
    itself: "пригласил Си Цзиньпина с государственным визитом в Кыргызстан"."""
    cur = frame
    for _ in range(4):
        if _open_welcome(ctx, p, cur):
            return True
        if p.words[cur].lemma in ctx.lex.wish_words:
            # "were invited to take part …, visiting Urumqi": what the invited did, not an invitation
            head = p.words[cur]
            return head.feat("Voice") != "Pass" and not p.children(cur, "aux:pass", "nsubj:pass") \
                and not _chance_taken(ctx, p, cur)
        w = p.words[cur]
        if w.head == cur or w.base not in ("xcomp", "acl", "advcl", "ccomp", "obj", "nmod", "obl"):
            return False
        cur = w.head
    return False


def _open_welcome(ctx: Context, p: Parse, i: int) -> bool:
    """"The association welcomes foreign brands to visit Xinjiang", "enterprises are welcome to visit": a welcome in the
    present, or one that is, is an open invitation (one welcomed, "welcomed the governor to visit", is a visit)."""
    w = p.words[i]
    if w.lemma not in ctx.lex.welcome_verbs:
        return False
    return w.pos == "ADJ" or (w.feat("VerbForm") == "Fin" and w.feat("Tense") == "Pres")


def _chance_holder(ctx: Context, p: Parse, w: Word) -> int | None:
    """The verb that had the chance an infinitive trigger hangs on, whatever the relation ("had the opportunity to
    visit", "получили возможность посетить"), else None."""
    if w.head == w.i or w.feat("VerbForm") != "Inf" or not _chance_taken(ctx, p, w.head):
        return None
    return p.words[w.head].head


def _chance_taken(ctx: Context, p: Parse, i: int) -> bool:
    """Is the chance noun at i one had in the past ("had the opportunity to visit", "получили возможность
    посетить"): news of what was done, not a wish?"""
    w = p.words[i]
    verbs = ctx.lex.chance_taken.get(w.lemma)
    if verbs is None or w.head == i or w.base != "obj":
        return False
    v = p.words[w.head]
    return v.lemma in verbs and v.feat("Tense") == "Past"


def negated(ctx: Context, p: Parse, k: int, frame: int) -> bool:
    return any(c.lemma in ctx.lex.negations or c.text.lower() in ctx.lex.negations
               for v in {k, frame} for c in p.children(v) if c.base in ("advmod", "neg", "det", "part"))


def back_reference(ctx: Context, p: Parse, k: int) -> bool:
    """A trigger noun that may point back to an event already told: "this visit", "during the tour".

    A named visitor or site makes it a report of its own: "during Masimov's China visit".
    """
    lex = ctx.lex
    if any(c.lemma in lex.anaphoric_determiners or c.text.lower() in lex.anaphoric_determiners
           for c in p.children(k, "det")):
        return True
    named = any(c.pos == "PROPN" or _entity(ctx, c, SITE_LABELS | {"PERSON"}) is not None
                for c in p.children(k, "nmod", "compound", "amod"))
    return time_frame(ctx, p, k) and not named


def time_frame(ctx: Context, p: Parse, k: int) -> bool:
    """Is the trigger noun at k the time of its clause ("during his visit to …", "в ходе визита", "after the
    signing")? What the clause's verb wishes or proposes is then not the visit: "proposed the Belt during his visit"."""
    head = p.head_of(k)
    return _case(p, k) in ctx.lex.anaphoric_prepositions or (
        head is not None and head.lemma in ctx.lex.anaphoric_frames and p.words[k].base == "nmod") or any(
        f.lemma in ctx.lex.anaphoric_frames for m in p.children(k, "case") for f in p.children(m.i, "fixed"))


def entity_place(ctx: Context, e) -> str:
    """The place a GPE mention names: "Jizzakh" in "Jizzakh region" is the region, "Jizzakh Region", when that is a
    name of its own (a region named for its city); else :func:`place_name` of its canonical name."""
    name = e.canonical or e.text
    if REGION_AFTER.match(ctx.text, e.end_char):
        # ... "Kaluga" in "Kaluga region" is "Kaluga Oblast": Russia's regions are oblasts by their English names
        region = next((f"{name} {kind}" for kind in REGION_KINDS if is_canonical_name(f"{name} {kind}")), None)
        if region is not None:
            return region
    return place_name(ctx, name)


REGION_KINDS = ("Region", "Oblast")


REGION_AFTER = re.compile(r" (?:region|regional|oblast)\b")  # "Jizzakh regional administration" is the region's


_ADJECTIVE_ENDINGS = ("sky", "skiy", "skaya", "skoye")


def place_name(ctx: Context, name: str) -> str:
    """A place's name without its administrative designator ("Haidian District" -> "Haidian"; "Ili Kazakh
    Autonomous Prefecture" -> "Ili"), unless the whole is a canonical name ("Almaty Region" is not the city)."""
    if is_canonical_name(name):
        return name
    words = name.split()
    low = [w.lower() for w in words]
    if "of" in low[1:-1]:  # "Kazak Autonomous Prefecture of Ili", "the City of Almaty": the name follows "of"
        cut = low.index("of", 1)
        if all(w in ctx.lex.admin_words or w in ctx.lex.ethnonyms or w == "the" for w in low[:cut]):
            words, low = words[cut + 1:], low[cut + 1:]
    if "autonomous" in low:
        cut = low.index("autonomous")
        while cut > 1 and low[cut - 1] in ctx.lex.ethnonyms:
            cut -= 1
        words, low = words[:cut], low[:cut]
    stripped = len(words) > 1 and low[-1] in ctx.lex.admin_words
    if stripped and len(words) == 2 and low[0].endswith(_ADJECTIVE_ENDINGS):
        return " ".join(words)  # "Primorsky Region": the designator's adjective is no name alone
    while len(words) > 1 and low[-1] in ctx.lex.admin_words:
        words, low = words[:-1], low[:-1]
    while len(words) > 1 and low[0] in ctx.lex.admin_words:
        words, low = words[1:], low[1:]
    if len(words) > 1 and low[-1] in ctx.lex.ethnonyms and known_place(" ".join(words[:-1])) == "GPE":
        return " ".join(words[:-1])  # "Xinjiang Uygur" of "Xinjiang Uygur autonomous region" (tagged short)
    if stripped and len(words) > 1 and known_place(" ".join(words)) is None:
        # "Kashgar Old City" is a quarter of Kashgar, not a place called "Kashgar Old"
        return words[0] if known_place(words[0]) == "GPE" else " ".join(words)
    return " ".join(words)


def _locative(ctx: Context, p: Parse, h: int, genitive: bool = True, targets: Sequence[int] = ()) -> str | None:
    """The place a dependent of ``h`` names; of a chain ("парк Синьфади провинции Хэбэй") the last, widest one.
    ``genitive``: a bare genitive counts too ("провинции Хэбэй"), not only a preposition ("in Hebei"). ``targets``:
    heads of the event's targets, no place of one another ("отправится в Казахстан и Кыргызстан")."""
    for c in reversed(p.children(h, "nmod", "obl")):  # a place is said by a nominal dependent only
        if c.i in targets:
            continue
        case = _case(p, c.i)
        at = case in ctx.lex.locative_prepositions
        if at and (found := _capital(ctx, p, c.i)):
            return found  # "подписали в столице Кыргызстана": in Bishkek
        if (genitive or case is not None) and place_modifier(ctx, p, c):
            e = gpe_of(ctx, p, c.i)
            if e is not None and _listed_places(ctx, p, c.i, e):
                continue  # a tour's sites "in the cities of A, B and C": the tour's place, not A
            return entity_place(ctx, e)
        if not at:
            continue
        if c.lemma in ctx.lex.country_words and (found := described_country(ctx, p, c.i) or republic_told_before(
                ctx, p, c.i) or ctx.country):
            return found  # "в стране": the country the article is about
        if found := city_told_before(ctx, p, c.i) or home_place(ctx, p, c.i):
            return found  # "в Шанхае ознакомятся с …, а также осмотрят в этом городе павильон", "в нашем городе"
        inner = next((g for g in p.children(c.i, "nmod") if _case(p, g.i) is not None and place_modifier(ctx, p, g)),
                     None)
        if inner is not None:
            return entity_place(ctx, gpe_of(ctx, p, inner.i))  # "at the Hilton Hotel in Tashkent": in Tashkent
    return None


def city_told_before(ctx: Context, p: Parse, h: int) -> str | None:
    """The place "this city" ("этот город") points back to: the last place not a country named before it in its
    paragraph or the one before, else None."""
    w = p.words[h]
    if w.lemma not in ctx.lex.city_words or not any(
            d.lemma in ctx.lex.anaphoric_determiners or d.text.lower() in ctx.lex.anaphoric_determiners
            for d in p.children(h, "det")):
        return None
    named = [place for e, place in _places_before(ctx, w.start) if not is_country(place)]
    return named[-1] if named else None


def _places_before(ctx: Context, at: int) -> list[tuple]:
    """(mention, place) of the places named before ``at`` in its paragraph or the one before, in order."""
    floor = ctx.text.rfind("\n", 0, max(0, ctx.text.rfind("\n", 0, at)))
    return [(e, place) for e in ctx.mentions.within(floor + 1, at, GPE) if (place := entity_place(ctx, e)) is not None]


def republic_told_before(ctx: Context, p: Parse, h: int) -> str | None:
    """The region "the republic" ("республика") points back to when the article has just named one that is no
    country ("Чувашия готовится к заседанию … Накануне в республику приехала делегация из Китая": Chuvashia, not
    China, which the visitors come from): the last such region named before it in its paragraph or the one before,
    not as where someone comes from; else None (a country's "republic" is the article's country)."""
    w = p.words[h]
    if w.lemma not in ctx.lex.republic_words:
        return None
    named = [place for e, place in _places_before(ctx, w.start) if not named_as_origin(ctx, e.start_char)]
    return named[-1] if named and is_region(named[-1]) and not is_country(named[-1]) \
        and not _ADMIN_DESIGNATOR.search(named[-1]) else None  # a republic, not an oblast or a province


_ADMIN_DESIGNATOR = re.compile(r"\b(?:Region|Oblast|Province|Krai|Territory|District|County|Prefecture)$")


def home_place(ctx: Context, p: Parse, h: int) -> str | None:
    """The place "our city" ("наш город", "наш регион", "our country") stands for: of the article's places of that
    kind (a town, a region, a country), the one it names most (the first named of those tied), else None."""
    w = p.words[h]
    if not any(c.lemma in ctx.lex.home_words or c.text.lower() in ctx.lex.home_words
               for c in p.children(h) if c.i < h):
        return None
    if w.lemma in ctx.lex.country_words:
        return ctx.country
    if w.lemma not in ctx.lex.city_words and w.lemma not in ctx.lex.region_nouns:
        return None
    region = w.lemma in ctx.lex.region_nouns
    named = Counter(place for e in ctx.mentions.items if e.label == "GPE" and (place := entity_place(ctx, e))
                    and not is_country(place) and is_region(place) == region)
    return max(named, key=named.get) if named else None  # max keeps the first of those tied: first named


def described_country(ctx: Context, p: Parse, h: int) -> str | None:
    """The country a noun like "nation" stands for when a region's adjective describes it: "the Central Asian
    nation" is the Central Asian country the text names (most often; the first named of those tied), else None."""
    if p.words[h].lemma not in ctx.lex.country_words:
        return None
    idx = [i for c in p.children(h, "amod", "compound") if c.i < h for i in p.subtree(c.i)]
    text = " " + " ".join(p.words[i].text.lower() for i in sorted(idx)) + " "
    lemmas = {p.words[i].lemma for i in idx}
    region = next((r for key, r in ctx.lex.region_words.items() if key in lemmas or f" {key} " in text), None)
    if region is None:
        return None
    members = REGION_COUNTRIES[region]
    named = Counter(place for e in ctx.mentions.items if e.label in GPE and (place := entity_place(ctx, e)) in members)
    return max(named, key=named.get) if named else None  # max keeps the first of those tied: first named


def _venue(ctx: Context, p: Parse, frame: int) -> str | None:
    """Where the clause's occasion or site is: "подписали … во время форума, прошедшего в Урумчи" -> Urumqi,
    "visited a park located in Hebei" -> Hebei (a participle that locates something in the clause)."""
    for i in p.subtree(frame, lambda c: c.dep in ("acl:relcl", "parataxis", "ccomp") or c.base == "nsubj" or
                       (c.dep == "conj" and c.pos in _VERBS)):  # the subject's description is no venue
        if p.words[i].dep == "acl":
            found = _locative(ctx, p, i)
            if found:
                return found
    # "During their stay in Almaty, the guests will visit …", "Во время пребывания в Алматы …" (a country too, "during
    # their stay in India": this comes after any place the clause states, "… they toured a park in Shanghai")
    # ... also when the stay opens a sentence of two verbs and hangs on the first ("During their stay in Almaty, the
    # delegation met officials and visited parks")
    first = frame
    while p.words[first].dep == "conj" and p.words[first].head != first:
        first = p.words[first].head
    for c in [*p.children(frame, "obl", "nmod"), *(c for c in p.children(first, "obl") if c.i < first != frame)]:
        if c.lemma in ctx.lex.stay_nouns:
            found = _locative(ctx, p, c.i, genitive=False)
            if found:
                return found
    return None


ORIGIN_CHARS = 40  # the text before a place where an origin word stands ("journalists from ", "делегация ")


def named_as_origin(ctx: Context, start: int) -> bool:
    """Is the place at ``start`` named as where someone comes from ("from Wuxi", "делегация Хабаровского края")?"""
    return ctx.lex.origin_word.search(ctx.text, max(0, start - ORIGIN_CHARS), start) is not None


def _party_or_origin(ctx: Context, p: Parse, e) -> bool:
    """Does a GPE inside a target name a side ("документов между Кыргызстаном и Китаем", "a deal with China") or where
    someone comes from ("меморандумов с инвесторами из Китая"), not where the target is?"""
    k = p.index_at(e.start_char)
    if k is None:
        return False
    if named_as_origin(ctx, e.start_char):
        return True
    w = p.words[k]
    if w.base in ("amod", "compound") and w.head != w.i:
        w = p.words[w.head]  # a side's nationality: "between the Russian company A", "между российской компанией"
    sides = ctx.lex.between | ctx.lex.comitative_prepositions
    # ... or the owner of a side: "меморандум между министерствами иностранных дел Туркмении и Китая"
    for _ in range(4):
        while w.dep == "conj" and w.head != w.i:
            w = p.words[w.head]
        if _case(p, w.i) in sides:
            return True
        if w.head == w.i or w.base != "nmod" or _case(p, w.i) not in (*ctx.lex.noun_agent_cases,
                                                                       *ctx.lex.origin_prepositions):
            break  # only up a chain of genitives ("министерствами дел Туркмении", "ministries of X") and
        w = p.words[w.head]  # of members ("с одной из стройкомпаний Китая": the side is one of China's companies)
    # ... or of the second side, which the parser did not join to the first: "между российской компанией «А» и
    # китайской компанией «Б»" (the last preposition before it is the sides')
    before = next((x for x in reversed(p.words[:k]) if x.pos == "ADP"), None)
    return before is not None and _VOWEL_VARIANTS.get(before.text.lower(), before.text.lower()) in ctx.lex.between


def inner_place(ctx: Context, p: Parse, target_head: int | None, target: tuple[int, int]) -> str | None:
    """A GPE named inside the target's phrase ("ряд городов Синьцзян-Уйгурского автономного района"), else the
    country a nationality word in it stands for ("Kazakh food industry"): the last resort."""
    whole = target
    if target_head is not None:
        idx = p.subtree(target_head, lambda c: c.base in ("acl", "parataxis", "conj"))  # a conjunct: its own target
        # (the run around the head: the parser may hang a list's commas on a later member, "мечеть Янхан, парк
        # Кяриз, озеро Тяньчи", and the lake is not in the park)
        idx = _contiguous(p, idx, target_head)
        whole = (p.words[idx[0]].start, p.words[idx[-1]].end)
    named, own = [], []  # words naming the site's place; words naming the site itself ("мечеть Х", "озеро Х")
    if target_head is not None:
        own = _own_name(ctx, p, target_head)
        named = [target_head, *(w for w in _beside(p, target_head) if w not in own),
                 *(c.i for c in p.children(target_head, "compound"))]

    def names(e, words: list[int]) -> bool:
        return any(e.start_char <= p.words[w].start < e.end_char for w in words)

    inside = [e for e in ctx.mentions.within(whole[0], whole[1], GPE | frozenset({"NORP"}))
              if (e.start_char, e.end_char) != target and not ctx.in_money(e.start_char)
              and not (e.label in GPE and on_a_route(ctx, e))]
    for e in inside:  # the place the site is named for first: "город Урумчи"
        if e.label in GPE and names(e, named):
            return entity_place(ctx, e)
    for e in inside:
        if e.label in GPE and not names(e, own) and not _party_or_origin(ctx, p, e):
            return entity_place(ctx, e)  # a party "с Китаем" is no place
    named_for = named_for_town(ctx, target)
    if named_for is not None:
        return named_for
    for e in inside:  # ... not a side's: "an agreement between the Russian company A and …" is signed nowhere said
        country = ctx.lex.countries.get(e.canonical or e.text) if e.label == "NORP" else None
        if country and not _party_or_origin(ctx, p, e):
            return country
    return None


def place(ctx: Context, p: Parse, k: int, frame: int, target_head: int | None, target: tuple[int, int],
          siblings: Sequence[int | None] = (), visit: bool = True) -> tuple[str | None, bool]:
    """(place, stated): a GPE the clause locates the event in, else the target itself when it is a GPE.

    ``siblings`` are the heads of conjoined targets: "visited X and Y in Haidian District" puts both in Haidian.
    """
    heads = [h for h in (target_head, *siblings, _clause_of(p, k, target_head), k, frame) if h is not None]
    own = heads[:-1] if frame != k else heads  # the frame's own words place the frame's event
    own = [*own, *_ceremony_verb(ctx, p, k)]  # "a signing ceremony took place in Tashkent": the signing too
    named = _names_place(ctx, p, target_head) if target_head is not None and visit else None
    targets = [h for h in (target_head, *siblings) if h is not None]
    own += _genitives(ctx, p, target_head, targets)  # "выставку сотрудничества в Сиане": the place hung on those
    # "прибыла в столицу Кыргызстана": in Bishkek, not merely in Kyrgyzstan; "visited Xi'an in Shaanxi province": in
    # the city, not merely in its province
    exact = (_capital(ctx, p, target_head) if target_head is not None and visit else None) \
        or _city_in_a_province(ctx, p, named, own)
    if exact is not None:
        return exact, False
    stated = _stated_place(ctx, p, own, targets, named)
    if stated is not None and named is not None and _inside_the_stated(ctx, p, named, stated[0]):
        return entity_place(ctx, named), False  # "arrived in Sanya in China's southernmost Hainan Province"
    if stated is not None:
        return (in_its_town(ctx, target, stated[0]), stated[1]) if visit else stated
    if named is not None and (frame == k or not is_country(named.canonical or named.text)):
        # a site that is a place: "округ Кашгар", "административный центр СУАР город Урумчи"; a visit named inside
        # another clause is where its target is ("After a visit of Guizhou, the group arrived at Guangzhou")
        return entity_place(ctx, named), False
    found = (_locative(ctx, p, frame, genitive=False) if frame != k else None) or _scene_clause(ctx, p, frame)
    if found:
        return found, True
    if named is not None:
        return entity_place(ctx, named), False
    for h in heads:  # "парк Синьфади провинции Хэбэй"; another target's own genitive locates that target only
        found = _locative(ctx, p, h) if h not in siblings else None
        if found:
            return found, True
    found = _venue(ctx, p, frame) or (_among_sites(ctx, p, k, target_head) if visit else None)
    if found:
        return (in_its_town(ctx, target, found) if visit else found), True
    e = (_named_by_head(ctx, p, target_head) if target_head is not None else None) \
        or ctx.mentions.covering(target[0], GPE)
    if e is not None and visit:
        return entity_place(ctx, e), False  # a visit to Shanghai happens in Shanghai
    described = described_country(ctx, p, target_head) if visit and target_head is not None else None
    return described, False  # "visits the Central Asian nation": in the Central Asian country the text names


def in_its_town(ctx: Context, target: tuple[int, int], where: str) -> str:
    """Where a visited site is, given the place its clause or its tour puts it in: the town the site is named for when
    that place is only a region or a country ("visited key sites in Xinjiang, including the Urumqi International Dry
    Port Area": Urumqi; "Благовещенский молочный комбинат" on a tour of the Amur Oblast: Blagoveshchensk)."""
    if is_region(where) and (town := named_for_town(ctx, target)) is not None and not is_region(town):
        return town
    return where


def _stated_place(ctx: Context, p: Parse, own: list[int], targets: list[int], named) -> tuple[str, bool] | None:
    """(place, stated) from the first of the ``own`` words with a place after a preposition ("in Shanghai", "в
    Урумчи"): the target's, else the clause's, else another target's of the list ("visited X and Y in Haidian").
    A village the target stands in gives way to a town the clause names ("In Kizilsu, they visited a hall in Yikesake
    Village"), though not to the place of another target of the list ("… and the park in Atushi")."""
    village = None
    first = targets[:1]
    for h in [*first, *(h for h in own if h not in targets), *(h for h in own if h in targets[1:])]:
        if village is not None and h in targets:
            continue
        found = _locative(ctx, p, h, genitive=False, targets=targets)
        if found and is_country(found) and named is not None and not is_country(entity_place(ctx, named) or found):
            return entity_place(ctx, named), False  # "съездила в провинцию Шаньдун в КНР": in Shandong, in China
        if found and _VILLAGE.search(found):
            village = village or found
        elif found:
            return found, True
    return (_above_the_village(ctx, p, village) or village, True) if village is not None else None


_VILLAGE = re.compile(r"\bvillage$", re.I)
_SMALL_PLACE = re.compile(r"\b(?:village|town|township)$", re.I)
_IN_A_CHAIN = re.compile(r",\s*|\s+(?:of|in)\s+(?:the\s+)?")


def _above_the_village(ctx: Context, p: Parse, village: str) -> str | None:
    """The county or city a village is given in ("in Tuowan Village, Wukesak Town, Shufu County, Kashgar region",
    "in Tuowan Village of Shufu County"): the first place of the chain after it that is no village or township
    (the report's place is a town, not a village); None without one."""
    chain = ctx.mentions.within(p.start, p.end, GPE)
    at = next((n for n, e in enumerate(chain) if entity_place(ctx, e) == village), None)
    if at is None:
        return None
    for before, e in zip(chain[at:], chain[at + 1:]):
        if not _IN_A_CHAIN.fullmatch(ctx.text, before.end_char, e.start_char):
            return None
        if not _SMALL_PLACE.search(e.text):
            return entity_place(ctx, e)
    return None


_SCENE_FORMS = ("Conv", "Ger")


def _scene_clause(ctx: Context, p: Parse, v: int) -> str | None:
    """Where an adverbial participle before the verb puts its subject: "Находясь в Урумчи, делегация посетила музей",
    "Beginning their journey in Urumqi, the delegation explored local museums" (on the participle or its object)."""
    for c in p.children(v, "advcl"):
        if c.i < v and c.feat("VerbForm") in _SCENE_FORMS:
            for h in (c.i, *(o.i for o in p.children(c.i, "obj"))):
                if found := _locative(ctx, p, h, genitive=False):
                    return found
    return None


def _among_sites(ctx: Context, p: Parse, k: int, target_head: int | None) -> str | None:
    """Where the sites a list names after "including" (or a dash) are: in the place of the general noun before it
    ("several logistics sites in Urumqi, including the dry port", "ряд объектов города Урумчи, в том числе сухой
    порт")."""
    if target_head is not None:  # "несколько предприятий в городе Чанчуне - автозавод …": between the noun and its dash
        for c in p.children(k, "obj", "obl"):
            if c.i < target_head and _counted_sites(ctx, p, c.i) and (mark := _list_mark(p, c.i)) is not None \
                    and mark < target_head \
                    and (found := ctx.mentions.within(c.end, p.words[mark].start, GPE)):
                return entity_place(ctx, found[-1])
    marks = _including_words(ctx, p, k)
    if target_head is None or not marks or min(marks) > target_head:
        return None
    for c in p.children(k):
        if c.i < min(marks) and c.i != target_head and _generic_site(ctx, p, c.i):
            inside = [i for i in p.subtree(c.i) if i < min(marks)]
            found = ctx.mentions.within(p.words[inside[0]].start, p.words[inside[-1]].end, GPE)
            if found:
                return entity_place(ctx, found[-1])
    return None


def _clause_of(p: Parse, k: int, target_head: int | None) -> int | None:
    """The verb between the trigger and its target ("invest $1 billion in building a factory in Atyrau"), on which the
    parser hangs the target's place; else None."""
    if target_head is None:
        return None
    verb = p.words[target_head].head
    return verb if verb not in (k, target_head) and p.words[verb].pos == "VERB" and p.words[verb].head == k else None


def _genitives(ctx: Context, p: Parse, head: int | None, targets: Sequence[int]) -> list[int]:
    """The genitive (or "of") modifiers of a target's head, on which the parser may hang the target's place."""
    if head is None:
        return []
    return [c.i for c in p.children(head, "nmod") if _case(p, c.i) in (None, *ctx.lex.noun_agent_cases)
            and c.i not in targets]


def _ceremony_verb(ctx: Context, p: Parse, k: int) -> list[int]:
    """The verb of the ceremony a trigger noun names ("a signing ceremony took place", "церемония подписания
    прошла"), if any."""
    ceremony = _ceremony(ctx, p, k)
    if ceremony is None:
        return []
    head = p.words[ceremony]
    return [head.head] if head.head != head.i and p.words[head.head].pos in _VERBS else []


def _city_in_a_province(ctx: Context, p: Parse, named, heads: Sequence[int]) -> str | None:
    """The place a visit's target names (``named``), when it is no country and the words of ``heads`` say it is in a
    province ("Xi'an in Shaanxi province"; not "in Haidian district": a district may be smaller), else None."""
    if named is None or is_country(place := entity_place(ctx, named) or ""):
        return None
    return place if any(c.base in ("nmod", "obl") and c.lemma in ctx.lex.province_words
                        and _case(p, c.i) in ctx.lex.locative_prepositions for h in heads for c in p.children(h)) \
        else None


def _inside_the_stated(ctx: Context, p: Parse, named, stated: str) -> bool:
    """Is the city a visit's target names (``named``) inside the province or region its clause states, so more exact
    ("arrived in Sanya in China's southernmost Hainan Province", "visited Kashgar in Xinjiang")? Not a district in
    its city: the seeds' annotators place "visited Jiading District in northwestern Shanghai" in Shanghai."""
    place = entity_place(ctx, named)
    if place is None or place == stated or is_country(place) or is_country(stated) or _a_province(ctx, p, place):
        return False
    return _a_province(ctx, p, stated) or (is_region(stated) and not is_region(place))


def _a_province(ctx: Context, p: Parse, name: str) -> bool:
    """Is the place ``name`` named in the sentence as a province or a region: a province word is the last word of
    its mention or a word next to it ("Hainan Province", "Jizzakh region", "провинции Хайнань")?"""
    for e in ctx.mentions.within(p.start, p.end, GPE):
        inside = [w for w in p.words if e.start_char <= w.start < e.end_char]
        if not inside or entity_place(ctx, e) != name:
            continue
        first, last = inside[0].i, inside[-1].i
        if any(w.lemma in ctx.lex.province_words for w in (p.words[last], *p.words[last + 1:last + 2],
                                                           *p.words[max(0, first - 1):first])):
            return True
    return False


def named_for_town(ctx: Context, target: tuple[int, int]) -> str | None:
    """The town or region a site's name opens with, when the tagger took the whole name for one facility: "the
    Urumqi International Land Port" is in Urumqi (after the tour's own place, unless that is only a country or a
    region and this a town: in_its_town). Not a country: "the Kazakhstan pavilion" is at an expo abroad."""
    words = ctx.text[target[0]:target[1]].split()
    while words and words[0].lower() in ctx.lex.determiners:
        words = words[1:]
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    # the longest opening that names a town: "the St. Petersburg Chamber of Commerce", "the New Delhi office"
    for n in range(min(TOWN_WORDS, len(words) - 1), 0, -1):
        first = " ".join(words[:n]).removesuffix("'s").removesuffix("’s")
        name = lookup(first) or first
        if known_place(name) == "GPE":
            return None if is_country(name) else place_name(ctx, name)
    return _town_adjective(ctx, words[0])


def _town_adjective(ctx: Context, word: str) -> str | None:
    """The town a Russian site's name opens with as an adjective, "Омский завод", "Благовещенский молочный комбинат":
    a town we know, or one the article names as a place ("Китайцы присматриваются к Омску"); not a country."""
    names = adjective_places(word)
    town = next((name for name in names if known_place(name) == "GPE"), None)
    if town is None and names:  # ... else one the article names (its places read only when no known town fits)
        named = {e.canonical or e.text for e in ctx.mentions.items if e.label in GPE}
        town = next((name for name in names if name in named), None)
    return None if town is None or is_country(town) else place_name(ctx, town)


TOWN_WORDS = 3  # the words a town's name may run to at the opening of a site's name


def _names_place(ctx: Context, p: Parse, h: int):
    """The GPE a target is: its head ("Шанхай", "Или-Казахский автономный округ", "Hami city") or a name beside
    its head ("округ Кашгар", "административный центр СУАР город Урумчи"), unless the name is the site's own
    ("мечеть Янхан", "озеро Тяньчи")."""
    own = _own_name(ctx, p, h)
    named = _named_by_head(ctx, p, h) or next(
        (e for w in _beside(p, h) if w not in own and (e := _entity(ctx, p.words[w], GPE)) is not None), None)
    return None if named is not None and on_a_route(ctx, named) else named


_DASH = r"\s*[-–—]\s*"


def on_a_route(ctx: Context, e: Entity) -> bool:
    """A place that names an end of a route ("газопровод Туркменистан-Китай", "дорога Китай - Кыргызстан -
    Узбекистан"): the line runs between places, in none of them (as English "the China-Kyrgyzstan railway")."""
    parts = re.split(_DASH, e.text)
    if len(parts) > 1 and all(is_known_gpe(part) for part in parts):
        return True
    after = re.match(_DASH, ctx.text[e.end_char:e.end_char + 5])
    before = re.search(_DASH + "$", ctx.text[max(0, e.start_char - 5):e.start_char])
    return (after is not None and ctx.mentions.covering(e.end_char + after.end(), GPE) is not None) or \
        (before is not None and ctx.mentions.covering(e.start_char - len(before.group()) - 1, GPE) is not None)


def _own_name(ctx: Context, p: Parse, h: int) -> list[int]:
    """The words in apposition to a site's noun that name the site itself: "мечеть Янхан", "озеро Тяньчи"."""
    return _beside(p, h) if p.words[h].lemma in ctx.lex.own_name_heads else []


def _capital(ctx: Context, p: Parse, h: int) -> str | None:
    """The city a "capital" phrase names: "столицу Кыргызстана", "the Kyrgyz capital", "the capital of Kyrgyzstan"."""
    if p.words[h].lemma not in ctx.lex.capital_words:
        return None
    for c in p.children(h, "nmod", "amod", "compound", "nmod:poss"):
        e = _entity(ctx, c, GPE | frozenset({"NORP"}))
        if e is None:
            continue
        name = e.canonical or e.text
        country = ctx.lex.countries.get(name, name) if e.label == "NORP" else name
        if country in CAPITALS:
            return CAPITALS[country]
    return None


def _named_by_head(ctx: Context, p: Parse, h: int):
    """The GPE a target's head names: the head itself ("Urumqi"), or the name before an administrative word
    ("Xinjiang's Yining city" is Yining, not Xinjiang)."""
    e = ctx.mentions.covering(p.words[h].start, GPE)
    if e is not None and _quarter(ctx, p, e):  # "посетили Старый город Кашгара": in Kashgar
        e = gpe_of(ctx, p, h) or e
    if e is None and p.words[h].lemma in ctx.lex.admin_words:
        names = [ctx.mentions.covering(c.start, GPE) for c in p.children(h, "compound", "flat", "appos")]
        e = next((n for n in reversed(names) if n is not None), None)
    return e


UNDATED_BEFORE_CHARS = 20  # "начиная со": the words that make a date no event's date stand this close before it


# The page's own date opening a line, glued to the lede's first word: "Сентябрь 9, 2013Казахстан и Китай подпишут …"
# (a sentence's date goes on in lower case: "9 сентября 2013 года делегация …", "September 9, 2013, the …").
_GLUED_AFTER = re.compile(r"[ \t]?[A-ZА-ЯЁ]")
PAGE_DATE_CHARS = 40  # a line's opening characters where the page's date stands
_YEARS_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d(?!\d)")  # "2019-2020", "2021–25"
_SPAN_END = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")  # ... a mention of its last year alone


def _undated(ctx: Context, start: int) -> bool:
    """Does a date at ``start`` open a stretch of time ("since 2018") rather than date an event, or name the years a
    programme runs ("a programme for 2019-2020", "план на 2021–2025 годы")?"""
    text = ctx.text
    return ctx.lex.undated_before.search(text, max(0, start - UNDATED_BEFORE_CHARS), start) is not None \
        or _YEARS_SPAN.match(text, start) is not None or _SPAN_END.search(text, max(0, start - 8), start) is not None \
        or _in_page_date(text, start) or _NAMED_YEAR.search(text, max(0, start - 2), start) is not None


# A year hyphened to a word is part of a name: "форум «ЭКСПО Урумчи-2024»", "EXPO-2017"
_NAMED_YEAR = re.compile(r"[^\W\d_]-$")


def _in_page_date(text: str, start: int) -> bool:
    """Is ``start`` inside the page's own date that opens its line, glued to the words after it?"""
    line = text.rfind("\n", 0, start) + 1
    page = date_opening(text, line, min(len(text), line + PAGE_DATE_CHARS))
    return page is not None and start < page[1] and _GLUED_AFTER.match(text, page[1]) is not None


def date_mention(ctx: Context, p: Parse, k: int, frame: int):
    """The date expression in the trigger's clause nearest the trigger: a DATE mention, else a date the patterns
    of tourpipe.dates find ("on the 20th" is no entity)."""
    idx = p.subtree(frame, lambda c: c.dep in ("acl:relcl", "ccomp", "parataxis") or
                    (c.dep == "conj" and c.pos in _VERBS))
    if frame != k:
        idx = sorted(set(idx) | set(p.subtree(k)))
    for v in _ceremony_verb(ctx, p, k):  # "On May 23, a signing ceremony took place": the ceremony's day
        idx = sorted(set(idx) | set(p.subtree(v, lambda c: c.dep in ("acl:relcl", "ccomp", "parataxis"))))
    found = {}
    # a sentence without a DATE mention (most) has none to find under its words
    dated = ctx.mentions.starting(p.start, p.end, _DATE) or ctx.mentions.covering(p.start, _DATE) is not None
    for i in idx if dated else ():
        e = ctx.mentions.covering(p.words[i].start, _DATE)
        if e is not None and not _undated(ctx, e.start_char) and not _in_a_term(ctx, p, i):
            e = _widened(ctx, e)
            found[(e.start_char, e.end_char)] = e
    if not found:
        found = _shared_time(ctx, p, frame)
    if not found:
        lo, hi = p.words[idx[0]].start, p.words[idx[-1]].end
        inside = set(idx)
        for a, b in ctx.dates_in(lo, hi):
            at = p.index_at(a)  # "…, сообщило агентство в понедельник.": the words between are another clause's
            if not _undated(ctx, a) and not (at is not None and (at not in inside or _in_a_term(ctx, p, at))) \
                    and not any(s <= a < e for s, e in ctx.counts):
                found[(a, b)] = Entity(ctx.text[a:b], "DATE", a, b)
    if not found:
        return None
    t = p.words[k].start
    return min(found.values(), key=lambda e: abs(e.start_char - t))


def _shared_time(ctx: Context, p: Parse, frame: int) -> dict:
    """The dates of the clause a trigger's own clause shares its time with, by where they start: "11-го числа прошла
    через КПП … и въехала в Казахстан" (coordinated verbs); "In 2017 the company plans to expand production" (a plan's
    time is its aim's); "Сегодня пребывающий с визитом в КНР Президент … провел встречи" (the stay is on the day its
    subject's clause is told of)."""
    w, found = p.words[frame], {}
    if (w.dep == "conj" and w.head != frame) or (w.dep == "xcomp" and w.head != frame
                                                 and _plan_word(ctx, p.words[w.head])):
        for c in p.children(w.head):
            e = ctx.mentions.covering(c.start, _DATE) if c.base in ("obl", "nmod", "advmod") else None
            if e is not None:
                found[(e.start_char, e.end_char)] = e
        return found
    described = p.words[w.head] if w.feat("VerbForm") == "Part" and w.base == "acl" and w.head != frame else None
    if described is None or described.base != "nsubj" or described.head == described.i:
        return found
    for c in p.children(described.head, "obl", "advmod"):
        e = ctx.mentions.covering(c.start, _DATE)
        for a, b in [(e.start_char, e.end_char)] if e is not None else ctx.dates_in(c.start, c.end):
            if not _undated(ctx, a):
                found[(a, b)] = e or Entity(ctx.text[a:b], "DATE", a, b)
    return found


def _in_a_term(ctx: Context, p: Parse, i: int) -> bool:
    """Is word i in a term ("программа сотрудничества до 2020 года", "a plan until 2030", "До 3 ноября делегация
    побывает в Хами"): how long the thing lasts, or by when it is to be done, not when the event happened?"""
    while p.words[i].dep in ("case", "amod", "nummod", "compound", "flat") and p.words[i].head != i:
        i = p.words[i].head  # "2020" of "до 2020 года": the phrase's head word
    return p.words[i].head != i and _case(p, i) in ctx.lex.term_prepositions


def _widened(ctx: Context, e: Entity) -> Entity:
    """A DATE mention with the start of the range it ends ("с 14 по [20 сентября]", "from [Nov 11]-17" is one
    already): a period is dated by its first day."""
    for a, b in dates.find(ctx.text, max(0, e.start_char - 40), e.end_char, ctx.lex.lang):
        if a < e.start_char and b >= e.end_char:
            return Entity(ctx.text[a:b], "DATE", a, b)
    return e


def scope(p: Parse, frame: int) -> tuple[int, int]:
    idx = p.subtree(frame, lambda c: c.dep in ("acl:relcl", "parataxis", "conj", "ccomp"))
    return p.words[idx[0]].start, p.words[idx[-1]].end
