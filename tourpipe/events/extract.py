"""Find the events of a text: trigger words found by a cheap pattern, their sentences parsed, each read in its parse,
then the document's view (pronouns, what a later sentence repeats, places and dates carried along a tour)."""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property

from tourpipe import dates
from tourpipe.entities.places import is_country, is_known_gpe, is_region, known_place, lookup, lookup_place
from tourpipe.events import reading as rd
from tourpipe.events.lexicon import CAPITALS, EventLexicon, Trigger, lexicon_for, region_centre
from tourpipe.models import Entity, Event, Fact
from tourpipe.quotes import Gaps, narrative_gaps
from tourpipe.quotes.speakers import Speaker, resolve_pronoun
from tourpipe.syntax import (
    ARTICLES,
    Mentions,
    Parse,
    blanked,
    bounded,
    can_parse,
    dateline_city,
    datelines,
    line_spans,
    parse_many,
    sentence_around,
    sentence_pieces,
    sentence_spans,
    title_case,
    unwrapped,
)

_PERSON = frozenset({"PERSON"})
_NAMED_VISIT = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})
_DATE = frozenset({"DATE"})
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her|our)\s+", re.I)


@dataclass
class _Draft:
    type: str
    reading: rd.Reading
    sentence: tuple[int, int]
    line: int
    date: dates.ResolvedDate | None = None
    facts: tuple[tuple[int, int], ...] = ()
    retold: _Draft | None = None  # the last later telling merged into this one


@dataclass
class _Doc:
    ctx: rd.Context
    lang: str
    published: date | None
    facts: list[Fact]
    lines: list[tuple[int, int]]
    view: str = ""  # the text the parser reads (Title Case lines in sentence case)
    filed_in: tuple[str, bool] | None = None  # the city of the wire dateline, where the story was filed (_filed_in)
    dateline_line: int | None = None  # the line it opens
    gaps: Gaps | None = None  # quoted regions and attribution tails (quotes.narrative_gaps), when the caller has them
    year: int | None = None  # the page's own year when it gives no day ("date 2023-05"): dates the rest
    # where a sentence refers back to the visit told before ("During the visit, …", "В ходе визита …")
    visit_references: list[int] = field(default_factory=list)
    # trigger sentence -> the sentence before it, parsed with the trigger sentences, whose subject its "they" may stand
    # for (_antecedents, _group_before)
    antecedents: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    @cached_property
    def hits(self) -> list[tuple[tuple[int, int], list[re.Match]]]:
        """(sentence, its trigger forms) of each sentence (an overlong one in bounded pieces) with a trigger form,
        scanned once for the candidates and the trip date. Each piece on its own: a form that may run on past a line
        break ("take … to") must not swallow the next sentence's trigger."""
        text, prefilter = self.ctx.text, self.ctx.lex.prefilter
        return [(piece, found) for piece in sentence_pieces(text) if (found := list(prefilter.finditer(text, *piece)))]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The text's sentences, split once (sentence_spans splits a long text again on each call)."""
        return sentence_spans(self.ctx.text)

    @cached_property
    def line_starts(self) -> list[int]:
        return [s for s, _ in self.lines]

    def line_of(self, pos: int) -> int:
        """The index of the line (paragraph) holding ``pos``."""
        return bisect.bisect_right(self.line_starts, pos) - 1

    @cached_property
    def days_long(self) -> bool:
        """Is a trip told as lasting days ("the seven-day tour", "поездки, начавшейся 21 сентября")? Its stops were
        then on days of their own: neither its first day nor a stop's dates the next stop."""
        return self.ctx.lex.days_long.search(self.ctx.text) is not None

    @cached_property
    def trip(self) -> tuple[int, Entity, dates.ResolvedDate] | None:
        """The trip the article dates first (_trip_date), looked for when a stop first needs it."""
        return _trip_date(self)


MAIN_PLACE_MENTIONS = 2


def _dominant_country(entities: Sequence[Entity]) -> str | None:
    counts = Counter(e.canonical or e.text for e in entities if e.label == "GPE")
    return next((name for name, _ in counts.most_common() if is_country(name)), None)


# -- which sentences to parse ------------------------------------------------------------------------------------------

def _inside(regions: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    k = bisect.bisect_right(starts, s) - 1
    return any(regions[j][0] <= s and e <= regions[j][1] for j in range(max(0, k - 3), k + 1))


def _kinds(lex: EventLexicon, m: re.Match) -> set[str]:
    return {t.type for t in lex.entries(m.group())}


def _vetoed(doc: _Doc, m: re.Match, line_start: int, visits: Sequence[str] = ()) -> bool:
    """Cheap tests that spare a parse: back-references and modifiers ("during the visit", "the visiting group").
    A visitor named right after the noun makes it a report of its own ("during the state visit of President X",
    "в ходе визита Си Цзиньпина"). ``visits``: the sentences so far that hold a trigger of a visit."""
    lex, text = doc.ctx.lex, doc.ctx.text
    before = text[max(line_start, m.start() - 60):m.start()]
    word = m.group().lower()
    if word in lex.modifier_forms and lex.modifier_before.search(before):
        return True
    if lex.plural_forms.fullmatch(m.group()) and not lex.plural_next.match(text, m.end()):
        return True
    if not _back_reference(lex, text, m, line_start):
        return False
    # ... and so does a place named right after it that no visit told before named: "During the visit to Linhai and
    # Taizhou, the delegation …" (a place a visit named is that visit told again: "During the tour in the park"; a
    # headline's "Maneuvering of Kyrgyzstan" is no visit to it)
    if _visitor_after(lex, text, m.end()):
        return False  # "в рамках государственного визита Президента Кыргызстана в КНР": a visitor of its own
    named = doc.ctx.mentions.starting(m.end(), m.end() + NAMED_AFTER, _NAMED_VISIT)
    return not any(e.label == "PERSON" or not (any(e.text in v for v in visits) or _capital_visited(doc, e, visits))
                   for e in named)


_NEXT_WORDS = re.compile(r"\s+(?:of\s+(?:the\s+)?)?([\w-]+)")
_PHRASE_WORDS = re.compile(r"[ \t]+([\w-]+)")


def _visitor_after(lex: EventLexicon, text: str, end: int) -> bool:
    """Does a word for a visitor follow a visit noun ("visit of the President", "визита Президента", "поездки
    делегации"), or its goal and the visitor's modifiers ("визита в КНР прежнего туркменского президента")? (Its stem:
    a cheap test, before any parse.)"""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    if lex.visitor_stem.match(m.group(1)):
        return True
    if m.group(1).lower() not in lex.goal_prepositions or (m := _PHRASE_WORDS.match(text, m.end())) is None:
        return False
    while (m := _PHRASE_WORDS.match(text, m.end())) is not None and lex.visitor_modifier.fullmatch(m.group(1)):
        pass  # the goal's one word, then the modifiers
    # ... the visitor in the genitive, not the clause's subject ("во время визита в Китай президент подписал")
    return m is not None and bool(lex.visitor_stem.match(m.group(1))) and bool(lex.visitor_genitive.fullmatch(
        m.group(1))) and m.group(1).lower() not in lex.visitor_nouns


def _capital_visited(doc: _Doc, e: Entity, visits: Sequence[str]) -> bool:
    """Did a visit told before go to ``e`` as its country's capital ("прибыла в столицу Кыргызстана", then "в рамках
    визита в Бишкек")?"""
    country = _country_of_capital(rd.entity_place(doc.ctx, e))
    if country is None:
        return False
    names = {m.text for m in doc.ctx.mentions.items if m.label in rd.GPE and rd.entity_place(doc.ctx, m) == country}
    return any(doc.ctx.lex.capital_forms.search(v) and any(n in v for n in names) for v in visits)


def _back_reference(lex: EventLexicon, text: str, m: re.Match, line_start: int, kind: str | None = None) -> bool:
    """Is the trigger noun ``m`` (of ``kind``, if given) in a back-reference frame ("during the visit", "в ходе
    визита")?"""
    before = text[max(line_start, m.start() - 60):m.start()]
    return (kind is None or kind in _kinds(lex, m)) and bool(lex.noun_forms.fullmatch(m.group())) \
        and any(rx.search(before) for rx in lex.anaphoric_before)


NAMED_AFTER = 25  # characters after a trigger noun where its visitor's name starts: "of President", "председателя КНР"


_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


LED_TRIP_WORDS, LED_TRIP_CHARS = 16, 160  # how far a trigger noun's goal may stand after a group and its leader


def _noun_may_fit(lex: EventLexicon, text: str, trig, m: re.Match, doc: _Doc) -> bool:
    """A trigger noun has its target beside it: a preposition after it ("visit to"), a name before it ("Xinjiang
    tour"), a name after a comma ("the first stop, Naton Medical Group"), or a genitive."""
    if "gen" in trig.slots or "obj" in trig.slots:
        return True
    after = text[m.end():m.end() + 60].split()[:6]  # "visit to", "визит Си Цзиньпина в Кыргызстан"
    if lex.led_by.search(text, m.end(), m.end() + 60):  # "поездка делегации во главе с губернатором X в провинцию …"
        after = text[m.end():m.end() + LED_TRIP_CHARS].split()[:LED_TRIP_WORDS]
    if any(w.lower().strip(",.") in trig.slots for w in after):
        return True
    if after and after[0].lower() in lex.ceremony_nouns:  # "a signing ceremony for 20 agreements"
        return True
    before = text[max(0, m.start() - 40):m.start()].split()
    if before and before[-1][:1].isupper() and before[-1].lower() not in ("the", "a", "an"):
        return True
    if _on_a_visit(lex, trig, before):
        return True
    return "appos" in trig.slots and text[m.end():m.end() + 2] == ", " and \
        doc.ctx.mentions.covering(m.end() + 2, _NAME_LABELS) is not None


def _on_a_visit(lex: EventLexicon, trig, before: list[str]) -> bool:
    """"in Kyrgyzstan on an official visit", "в Бишкеке с официальным визитом": a place before the noun's "on"."""
    words = [w.lower().strip(",.") for w in before[-6:]]
    at = next((i for i in range(len(words) - 1, max(-1, len(words) - 4), -1)
               if words[i] in lex.on_visit_prepositions), None)
    return at is not None and trig.type == "visit" and any(w in trig.slots for w in words[:at])


START_CHARS = 30  # ... and where a start verb's form is looked for right before a trigger noun
PLAN_CUE_CHARS = 80  # the text before a trigger a plan cue is looked for in (a cue and PLAN_CUE_WITHIN words)


_QUOTED_SITE_NAME = re.compile(r"«[^»\n]{1,60}»|“[^”\n]{1,60}”")  # a short name in quotation marks ("«Велодом»")


def _may_fit(doc: _Doc, m: re.Match, sent: tuple[int, int]) -> bool:
    """Can this trigger find what its reading needs in its sentence? A word of its object list ("signed" needs an
    agreement noun), a site for a visit, an amount for an investment noun. Spares parsing sentences that
    cannot give an event."""
    text, lex = doc.ctx.text, doc.ctx.lex
    before = text[max(sent[0], m.start() - 12):m.start()].split()
    determined = bool(before) and before[-1].lower() in lex.determiners
    if _inside_a_name(text, m, sent):
        return False
    entries = lex.entries(m.group())
    noun_form = any(trig.noun for trig in entries)
    for trig in entries:
        if trig.noun and not _noun_may_fit(lex, text, trig, m, doc):
            continue
        if not trig.noun and determined and noun_form:
            continue  # "their visit" is no verb ("that toured" is: no noun has that form)
        if trig.amount_only and not any(f.unit_kind == "money" and sent[0] <= f.start_char < sent[1]
                                        for f in doc.facts) \
                and not lex.light_forms.search(text, max(sent[0], m.start() - START_CHARS), m.start()):
            continue  # ... unless a light verb makes it an act: "have made investments in the sector"
        if trig.objects_list and not lex.object_patterns[trig.objects_list].search(text, sent[0], sent[1]) \
                and not (trig.type == "agreement" and _LIST_AFTER.match(text, m.end(), sent[1])):
            continue  # ... or a list of documents after the colon that ends its line (_listed_documents)
        if trig.planned_only and lex.plan_cue is not None and not lex.plan_cue.search(
                text, max(sent[0], m.start() - PLAN_CUE_CHARS), sent[1] if trig.noun else m.start()) \
                and not (trig.noun and lex.start_forms.search(text, max(sent[0], m.start() - START_CHARS), m.start())) \
                and not (not trig.noun and _company_told(doc, m, sent)):
            continue  # "producing more than 64 million yuan": neither planned nor under way (a noun's plan may come
            # after it: "construction of the plant will start"; or it is begun: "has started construction of")
        if trig.type == "visit" and not (doc.ctx.mentions.within(sent[0], sent[1], _NAME_LABELS)
                                         or lex.site_pattern.search(text, sent[0], sent[1])
                                         or _QUOTED_SITE_NAME.search(text, m.end(), sent[1])):
            continue  # (a name in quotation marks may be the site: "посетили пятигорский «Велодом»")
        return True
    return False


def _candidates(doc: _Doc) -> list[tuple[tuple[int, int], int, list[int]]]:
    """(sentence, end of the part to parse, trigger starts) of each sentence holding a trigger outside quoted words.

    A back-reference ("during the visit") can only refer to something told before: a trigger is vetoed as one only
    after a sentence with a trigger of its kind (a signing in the headline leaves "в ходе рабочей поездки" a visit).
    """
    text, lex = doc.ctx.text, doc.ctx.lex
    regions: list[tuple[int, int]] | None = None  # found on the first trigger word: a document without one needs none
    tails: list[tuple[int, int]] = []
    told: set[str] = set()  # the kinds of event the sentences so far may report
    visits: list[str] = []  # the sentences so far that may report a visit
    starts: list[int] = []
    out = []
    for (s, e), hits in doc.hits:
        line_start, line_end = doc.lines[doc.line_of(s)]
        if regions is None:
            regions, tails = doc.gaps or narrative_gaps(text, doc.lang, doc.ctx.mentions.items)
            starts = [r[0] for r in regions]
        hits = [m for m in hits if not _inside(regions, starts, m.start(), m.end())]
        if "visit" in told:  # "В ходе визита подписаны …": where the visit told before went, the deals were signed
            doc.visit_references.extend(m.start() for m in hits if _back_reference(lex, text, m, line_start, "visit"))
        hits = [m for m in hits if _may_fit(doc, m, (s, e))]
        # "в ходе рабочей поездки": a back-reference only when an event of its kind was told before
        kept = [(m, k) for m in hits for k in [_kinds(lex, m)]
                if not (k & told and _vetoed(doc, m, line_start, visits))]
        hits = [m for m, _ in kept]
        # ("… fascinated by Khorgos Port during onsite visit": a noun that ends its line names nothing it went to,
        # no visit a later "during their group tour to …" could tell again)
        told.update(*(k for m, k in kept if not (lex.noun_forms.fullmatch(m.group())
                                                 and not text[m.end():line_end].strip(" .!?"))))
        # ("Projects bring benefits to Aktogay in Kazakhstan": a verb whose object goes somewhere reports no visit
        # more often than it does; a visit noun after it, "during his visit to Kazakhstan", is no retelling of one)
        if any("visit" in k and not _object_goes(lex, m) for m, k in kept):
            visits.append(text[s:e])
        if hits:
            # "… to Beijing, Asad Karimov, head of the press service, told reporters": the parse ends with the clause
            stop = next((a for a, _ in tails if hits[-1].end() <= a < e), e)
            out.append(((s, e), _window_end(lex, text, hits[-1].end(), stop), [m.start() for m in hits]))
    return out


def _object_goes(lex: EventLexicon, m: re.Match) -> bool:
    """Is every visit the trigger ``m`` may report one whose object goes ("took the journalists to …")?"""
    return all(trig.object_acts for trig in lex.entries(m.group()) if trig.type == "visit")


_WORD_END = re.compile(r"\S+")
# What the parser must see after the last trigger: its target, place and date come within this many words;
# past them the window ends at the next comma (and at twice as many words at the latest).
WINDOW_AFTER = 16


def _window_end(lex: EventLexicon, text: str, pos: int, end: int) -> int:
    """End of the part of a sentence worth parsing: before a relative clause that opens after the trigger, else
    at the first comma past WINDOW_AFTER words (the sentence's own end when it comes first)."""
    cut = lex.clause_cut.search(text, pos, end)
    end = cut.start() if cut else end
    words = [m.end() for m in itertools.islice(_WORD_END.finditer(text, pos, end), 2 * WINDOW_AFTER)]
    if len(words) <= WINDOW_AFTER:
        return end
    comma = text.find(",", words[WINDOW_AFTER - 1], end)
    cut = min(end, comma if comma >= 0 else end, words[-1] if len(words) == 2 * WINDOW_AFTER else end)
    return end if cut < end and _list_tail(text, cut, end) else cut


LIST_ITEM_WORDS = rd.LIST_ITEM_WORDS
_LIST_CLOSE = re.compile(r"\s(?:and|и)\s", re.I)


def _list_tail(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the rest of a list ("…, B, C и другие объекты"): short comma-separated items, the last
    joined by "and"/"и", or each opening with an article ("…, the Faculty of Chemistry, the Faculty of Law.")? A
    delegation's sites run past any fixed window, and each is a visit. What follows the item with "and" is another
    phrase (", gaining a deep understanding of …")."""
    items = text[start:end].lstrip(",").split(",")
    if sum(len(i.split()) for i in items) > 4 * WINDOW_AFTER:
        return False
    last = next((k for k, i in enumerate(items) if _LIST_CLOSE.search(i)), None)
    items = items if last is None else items[:last + 1]
    return all(0 < len(i.split()) <= LIST_ITEM_WORDS for i in items) and (
        last is not None or all(i.split()[0].lower() in ARTICLES for i in items))


_LETTERS = re.compile(r"[^\W\d_]+")
TITLE_MAX = 300  # characters: a Title Case line is a headline or a sub-heading
TITLE_MAX_WORDS = 24  # ... and words, with a full stop: "the delegation explored the Old Town of Hotan, …, and …."


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _inside_a_name(text: str, m: re.Match, sent: tuple[int, int]) -> bool:
    """"to take part in the 'Foreign Reporters Visiting Lanzhou' forum": in running text, a capitalised trigger
    right after a capitalised word is a word of a name or a title, not a report."""
    if not m.group()[:1].isupper() or _heading(text, sent):
        return False
    before = _WORD_BEFORE.search(text, max(sent[0], m.start() - 40), m.start())
    return before is not None and before.group(1)[:1].isupper() and not title_case(text, *sent)


def _heading(text: str, sent: tuple[int, int]) -> bool:
    """Is the sentence a line of its own with no full stop, short enough to be a headline ("Tokayev Arrives in
    Xi'an")?"""
    start = text.rfind("\n", 0, sent[0]) + 1
    end = text.find("\n", sent[1])
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) <= TITLE_MAX and not line.endswith((".", "!", "?", "…"))


def _model_view(text: str, lines: list[tuple[int, int]], mentions: Mentions) -> str:
    """``text`` with Title Case lines ("Central Asian Media Delegation Visits Ili") put in sentence case outside
    names, so the parser sees a sentence; offsets are unchanged."""
    chars: list[str] | None = None
    for ls, le in lines:
        if le - ls > TITLE_MAX or not title_case(text, ls, le):
            continue  # a paragraph, not a headline
        line = text[ls:le].rstrip()
        if line.endswith(".") and len(line.split()) > TITLE_MAX_WORDS:
            continue  # a sentence full of names, ending with its full stop
        for m in list(_LETTERS.finditer(text, ls, le))[1:]:
            low = m.group().lower()
            if len(low) == len(m.group()) and mentions.covering(m.start()) is None:
                chars = chars if chars is not None else list(text)
                chars[m.start():m.end()] = low
    return "".join(chars) if chars is not None else text


# -- one trigger -------------------------------------------------------------------------------------------------------

def _key(ctx: rd.Context, p: Parse, head: int | None, span: tuple[int, int], canon: str | None) -> str:
    """What makes two mentions of a target the same: its name, else its head with the words before it (a quantifier's
    head is what it counts: "a number of factories" and "a number of mosques" are two sites)."""
    if canon:
        return canon.casefold()
    if head is None:
        return ctx.text[span[0]:span[1]].casefold()
    if p.words[head].lemma in ctx.lex.quantifiers and span[0] <= p.words[rd.object_head(ctx, p, head)].start < span[1]:
        head = rd.object_head(ctx, p, head)
    words = [w for w in p.words if span[0] <= w.start and w.end <= span[1] and w.i <= head
             and w.dep not in ("det", "case", "punct", "nmod:poss") and w.pos not in ("DET", "PUNCT")]
    return " ".join(w.lemma if w.i == head else w.text.casefold() for w in words)


def _read(doc: _Doc, p: Parse, k: int) -> list[rd.Reading]:
    ctx = doc.ctx
    w = p.words[k]
    noun = w.pos in ("NOUN", "PROPN")
    if not noun and w.pos not in ("VERB", "AUX", "ADJ"):
        return []
    trig, reflexive = ctx.lex.trigger(w.lemma, noun)
    if trig is not None and w.text.lower() in ctx.lex.modifier_forms and not noun:
        visitor = _visiting_person(ctx, p, k)
        if visitor is not None:
            return [visitor]
    if trig is None or (w.dep in ("amod", "compound") and not noun) or _purpose_of_an_investment(ctx, p, k, trig) \
            or (noun and trig.type == "visit" and _manner_of_a_visit(ctx, p, k)) \
            or (noun and trig.planned_only and _what_another_trigger_takes(ctx, p, k)):
        return []  # "a visiting professor", "прибывшего с визитом", "invest in the construction of"
    frame = rd.frame_of(ctx, p, k, trig)
    if rd.negated(ctx, p, k, frame) or (rd.generic_present(ctx, p, frame) and not (
            noun and any(c.lemma in ctx.lex.one_time_words for c in p.children(k, "amod")))) \
            or rd.habitual(ctx, p, frame) \
            or (rd.wished(ctx, p, frame) and not (noun and rd.time_frame(ctx, p, k))):
        return []
    # (a reflexive investing verb is the investor's own act: "фирма планирует вкладываться в комплекс")
    passive = (reflexive and trig.passive != "sum") or rd.passive_voice(p, k, trig)
    if rd.moves_a_thing(ctx, p, k, trig, passive):
        return []
    found, named_by = _document_and_party(ctx, rd.targets(ctx, p, k, trig, passive), rd.party(ctx, p, k, frame, trig))
    found = _products(ctx, p, trig, found)
    opened = trig.type == "agreement" and _list_opened(ctx, p, found)
    listed = _listed_documents(doc, w.end, trig, opened) if trig.type == "agreement" and (not found or opened) else []
    found = [] if listed else found
    if not found and not listed and not (trig.optional or _sum_only(ctx, p, k, trig)):
        return []
    if w.lemma in ctx.lex.return_triggers and found and all(_going_home(ctx, span) for _, span in found):
        return []
    status = rd.status(ctx, p, k, frame, trig)
    if trig.planned_only and status != "planned" and not (trig.under_way and rd.in_progress(p, k)) \
            and not rd.started(ctx, p, k, frame):
        actor = _company_builder(ctx, p, k, trig, frame, passive, found)
        if actor is None:
            return []
    else:
        actor = rd.actor(ctx, p, k, trig, frame, passive)
    if ((trig.dative_acts or trig.hosts or (trig.object_acts and not passive)) and actor[0] is None) \
            or (trig.lemma in ctx.lex.output_verbs and rd.names_a_facility(ctx, p, actor[0])):
        # "директор показал завод": shown to no one named, no one visits ("brought development to the region" takes
        # no one there); "The plant will manufacture gluten": what a plant makes, not what anyone invests in
        return []
    light = frame != k and p.words[frame].lemma in ctx.lex.trigger_light_verbs and frame < k
    ended = frame != k and p.words[frame].lemma in ctx.lex.end_verbs  # "wrapped up its visit on Sunday"
    plan = rd.plan_verb_before(ctx, p, k) if status == "planned" else None  # "intend to launch", "намерены наладить"
    start = p.words[frame].start if light else p.words[plan].start if plan is not None else w.start
    base = rd.Reading((start, w.end), (0, 0), None, *actor, status=status,
                      date_mention=None if ended else rd.date_mention(ctx, p, k, frame), scope=rd.scope(p, frame),
                      extras={"type": trig.type, "backed": trig.backed, "amount_only": trig.amount_only and not light,
                              "anaphoric": trig.noun and rd.back_reference(ctx, p, k),
                              "present": p.words[frame].feat("Tense") == "Pres"})
    return _readings(ctx, p, k, frame, base, found, named_by, listed)


def _company_told(doc: _Doc, m: re.Match, sent: tuple[int, int]) -> bool:
    """Does the sentence name a company right before a verb that tells a project done (_company_builder): an
    organisation or a word for a company, or an agent's preposition ("built by …") right after it?"""
    ctx, start = doc.ctx, max(sent[0], m.start() - COMPANY_BEFORE)
    after = _WORD_AFTER.match(ctx.text, m.end())
    return bool(ctx.mentions.within(start, m.start(), _ORG)) or ctx.lex.company_word.search(
        ctx.text, start, m.start()) is not None or (after is not None and after.group(1).lower()
                                                    in ctx.lex.agent_prepositions)


COMPANY_BEFORE = 40  # characters before the verb: "China Zhongtian Company has successfully built"
_WORD_AFTER = re.compile(r"\s+([\w-]+)")


def _company_builder(ctx: rd.Context, p: Parse, k: int, trig: Trigger, frame: int, passive: bool,
                     found: list) -> tuple | None:
    """"China Zhongtian Company has built a factory in the zone", "the park was built by a Chinese enterprise": a
    place of production a company built is news of its investment, when a finite verb or its agent tells it (not
    "the port, built in 2015, handles …"). The actor (rd.actor) when so, else None."""
    if not any(h is not None and p.words[h].lemma in ctx.lex.production_sites for h, _ in found):
        return None  # "built a school": maybe a gift, no investment
    if p.words[k].feat("VerbForm") != "Fin" and not p.children(k, "aux", "aux:pass", "obl:agent"):
        return None
    actor = rd.actor(ctx, p, k, trig, frame, passive)
    span = actor[0]
    company = span is not None and (any(e.label == "ORG" for e in ctx.mentions.within(*span))
                                    or any(x.lemma in ctx.lex.company_nouns for x in p.words
                                           if span[0] <= x.start < span[1]))
    return actor if company else None


def _purpose_of_an_investment(ctx: rd.Context, p: Parse, k: int, trig: Trigger) -> bool:
    """Is the investment verb at k the purpose of another one: "will invest $2 million to implement the project",
    "plan to set up factories to produce ladders", "to build a plant to produce fertilizers" (one investment, told
    with what it is for)?"""
    w = p.words[k]
    if trig.type != "investment" or trig.noun or w.base not in ("advcl", "acl") or w.head == k \
            or w.feat("VerbForm") != "Inf":
        return False
    head = p.words[w.head]
    if w.base == "acl":  # ... on what the other one makes: "build [a plant] to produce"
        if head.base != "obj" or head.head == head.i:
            return False
        head = p.words[head.head]
    above, _ = ctx.lex.trigger(head.lemma, False)
    return above is not None and above.type == "investment" and head.pos in ("VERB", "AUX")


def _readings(ctx: rd.Context, p: Parse, k: int, frame: int, base: rd.Reading, found: list, named_by: int | None,
              listed: list[tuple[tuple[int, int], tuple[int, int] | None]]) -> list[rd.Reading]:
    """One reading per target found (none: one without a target), or per document listed after the colon (with the
    parties its line names, when the clause names none)."""
    if listed:  # "были подписаны:" and the documents, one per line
        return [replace(base, target=span, extras={**base.extras, "key": ctx.text[span[0]:span[1]].casefold()},
                        **({"actor": parties, "actor_canonical": None} if base.actor is None and parties else {}))
                for span, parties in listed]
    if not found:
        return [replace(base, target=None, extras={**base.extras, "key": ""})]
    out = [_with_target(ctx, p, k, frame, base, head, span, [h for h, _ in found if h != head], named_by)
           for head, span in found]
    if base.extras["type"] == "visit":
        out = [one for r in out for one in _each_quoted_site(ctx, r)]
    if base.extras["type"] == "investment" and len(out) > 1:
        # "plan to build a plant, a mall and a park in the region": one investment in all of them, placed where any
        # is (a visit's sites are each a stop; what one investor puts money into at once is one project)
        # (a list of things is none told before, as one bare "мельницы" may be: _the_one_told)
        where = next((r for r in out if r.place is not None), out[0])
        return [replace(out[0], target=(out[0].target[0], max(r.target[1] for r in out)), place=where.place,
                        place_explicit=where.place_explicit,
                        extras={**out[0].extras, "anaphoric": base.extras["anaphoric"], "bare": False})]
    return out


# "редакции газет «Пекин жибао» и «Гуаньмин жибао»": names in quotation marks, joined by commas and "and"
_QUOTED_SITE = re.compile(r"[«“\"]([^«»“”\"\n]{2,60})[»”\"]")
_NAMES_JOINED = re.compile(r"\s*(?:,|,?\s+(?:и|and)\s+)\s*")


def _each_quoted_site(ctx: rd.Context, r: rd.Reading) -> list[rd.Reading]:
    """A visit to the sites of a plural noun named one by one in quotation marks ("посетят редакции газет «A» и
    «B»", "the offices of the newspapers "A" and "B""): a visit to each name, two sites being two stops."""
    names = list(_QUOTED_SITE.finditer(ctx.text, *r.target))
    joined = all(_NAMES_JOINED.fullmatch(ctx.text, a.end(), b.start()) for a, b in zip(names, names[1:]))
    if len(names) < 2 or not joined or ctx.text[names[-1].end():r.target[1]].strip():
        return [r]
    return [replace(r, target=m.span(1), target_canonical=None, extras={**r.extras, "key": m.group(1).casefold()})
            for m in names]


_LETTER_WORDS = re.compile(r"[^\W\d_]+")
_LIST_AFTER = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")
LISTED_ITEMS = 15  # lines a list of documents signed may run to
LISTED_ITEM_WORDS = 60  # ("A memorandum of cooperation between the State Supervision Service for … of China")
_LIST_MARK = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])?[ \t]*")
_ITEM_END = re.compile(r"[ \t.;,:]+$")
# "… between the ministry and Power Ltd – 800 million Euro;": the sum after a dash is the item's, not its name's
_SUM_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?:[$€£¥]\s?)?\d[^–—]*$")


def _listed_documents(doc: _Doc, at: int, trig: Trigger, opened: bool = False
                      ) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """"По итогам переговоров были подписаны:" then one document a line ("Соглашение о …;", "- Memorandum on …"):
    (the span of each document a signing with nothing signed in its sentence lists after its colon, the parties its
    line names "between" or None). ``opened``: the sentence names the list ("подписаны следующие документы:"), so its
    colon may stand after the trigger's object."""
    text = doc.ctx.text
    line = doc.line_of(at)
    if line < 0 or trig.objects is None:
        return []
    end = doc.lines[line][1]
    colon = text.rfind(":", at, end) if opened else at
    if colon < 0 or _LIST_AFTER.match(text, colon, end) is None:
        return []
    out = []
    for a, b in doc.lines[line + 1:line + 1 + LISTED_ITEMS]:
        s = _LIST_MARK.match(text, a, b).end()
        words = [w.lower() for w in _LETTER_WORDS.findall(text, s, b)[:3]]
        words = words[1:] if words and words[0] in ARTICLES else words
        if not any(w in trig.objects for w in words[:2]) or len(text[s:b].split()) > LISTED_ITEM_WORDS:
            break  # "An agreement on …", "Соглашение о …", "Investment agreement between …": a document's noun opens
            # each item
        e = _ITEM_END.search(text, s, b)
        e = e.start() if e else b
        tail = _SUM_AFTER_DASH.search(text, s, e)
        e = tail.start() if tail else e
        name = doc.ctx.mentions.covering(e - 1)
        e = max(e, name.end_char) if name is not None and name.end_char <= b else e  # "… and Green Field Co."
        out.append(((s, e), _parties_in_line(doc.ctx, s, e)))
    return out


def _parties_in_line(ctx: rd.Context, s: int, e: int) -> tuple[int, int] | None:
    """The parties a listed document names after "between" / "между", up to what it is about ("… between the Ministry
    of Energy and China Power on construction of …"): a list line is not parsed."""
    words = list(_LETTER_WORDS.finditer(ctx.text, s, e))
    at = next((n for n, w in enumerate(words) if w.group().lower() in ctx.lex.between), None)
    if at is None or at + 1 >= len(words):
        return None
    stop = next((w for n, w in enumerate(words[at + 2:], at + 2) if w.group().lower() in ctx.lex.parties_end
                 and not _inside_a_title(words, n)), None)
    first, last = words[at + 1].start(), stop.start() if stop is not None else e
    return (first, len(ctx.text[first:last].rstrip(" ,;\t")) + first) if last > first else None


def _inside_a_title(words: list[re.Match], n: int) -> bool:
    """Is the lower-case word ``n`` a link inside a name written in capitals, "the Agency for Innovation", "Service
    for Safe Conduct" (not the end of the parties, as "for" is before what a deal is for)?"""
    return 0 < n < len(words) - 1 and words[n].group().islower() and words[n - 1].group()[:1].isupper() \
        and words[n + 1].group()[:1].isupper()


def _list_opened(ctx: rd.Context, p: Parse, found: list) -> bool:
    """Is the one target found the noun that opens a list ("The following documents were signed:", "подписаны
    следующие документы:")?"""
    return len(found) == 1 and found[0][0] is not None and any(
        c.lemma in ctx.lex.list_openers or c.text.lower() in ctx.lex.list_openers
        for c in p.children(found[0][0], "amod", "det"))


def _sum_only(ctx: rd.Context, p: Parse, k: int, trig: Trigger) -> bool:
    """Does an investment say how much but not in what ("Компания вложит 5 млрд долларов")? An event still, when the
    trigger takes anything invested in (money "provided for the repair of roads" funds no project)."""
    return trig.type == "investment" and trig.objects is None \
        and any(ctx.in_money(c.start) for c in p.children(k, "obj"))


def _products(ctx: rd.Context, p: Parse, trig: Trigger, found: list) -> list:
    """What an output verb's targets are ([] when it makes nothing): "оплата площадей будет производиться
    пятьдесят на пятьдесят" is a payment made, and the clauses joined to it ("аренда … бесплатная, в дальнейшем
    оплата …") no product either."""
    if trig.lemma not in ctx.lex.output_verbs or not any(h is not None and p.words[h].lemma in ctx.lex.acts_done
                                                         for h, _ in found):
        return found
    return [(h, span) for h, span in found if h is not None and p.words[h].pos in ("NOUN", "PROPN")
            and p.words[h].lemma not in ctx.lex.acts_done]


def _what_another_trigger_takes(ctx: rd.Context, p: Parse, k: int) -> bool:
    """"will invest $2 billion in the construction of a plant", "инвестирует в строительство заводов": the making noun
    is what the investment verb (or noun) above it takes; the event is that one's."""
    head = p.head_of(k)
    while head is not None and head.dep == "conj" and head.head != head.i:
        head = p.head_of(head.i)
    trig = ctx.lex.trigger(head.lemma, head.pos in ("NOUN", "PROPN"))[0] if head is not None else None
    # ... and can take it: a verb whose objects are listed takes no other noun ("начали строительство завода": the
    # construction is the event, «начать» taking only a making)
    return trig is not None and trig.type == "investment" \
        and (trig.objects is None or p.words[k].lemma in trig.objects)


def _manner_of_a_visit(ctx: rd.Context, p: Parse, k: int) -> bool:
    """"встретил … Си Цзиньпина, прибывшего в Казахстан с государственным визитом": "с визитом" ("on a visit") tells
    how a visit a verb reports is made, wherever the parser hangs it, and is no visit of its own."""
    if rd._case(p, k) not in ctx.lex.manner_prepositions or _staying_on_a_visit(ctx, p, k):
        return False
    return any(v.pos == "VERB" and v.i != k and ctx.lex.kind(v.lemma, False) == "visit" for v in p.words)


def _staying_on_a_visit(ctx: rd.Context, p: Parse, k: int) -> bool:
    """"Находясь с рабочим визитом в КНР, министр ознакомился с …": the noun hangs on a verb that tells where its
    subject stays: the noun tells the visit (the clause's own visit verb, "ознакомился", a stop of it)."""
    head = p.words[p.words[k].head]
    return head.i != k and head.lemma in ctx.lex.stay_verbs and any(
        rd._case(p, c.i) in ctx.lex.locative_prepositions for c in p.children(head.i, "obl") if c.i != k)


def _document_and_party(ctx: rd.Context, documents: list, parties: list) -> tuple[list, int | None]:
    """The targets of a deal signed with someone, and the word whose name is their canonical one: "signed a contract
    with China Broken Shield" is one target, the document with the other party right beside it ("a contract with
    China Broken Shield", "Китаем соглашение о поставках"), named by the party; a document told apart from the party
    ("Agreements were inked with A and B") is the target, named by the party; with no document, the party is (with no
    party, the targets as they are)."""
    if not parties:
        return documents, None
    if len(documents) != 1:
        return parties, None
    (head, (s, e)), = documents
    a, b = parties[0][1][0], parties[-1][1][1]
    # only the party's preposition between them (nothing when the party is inside the document's phrase: "a
    # memorandum with Huawei")
    gap = ctx.text[e:a] if e <= a else ctx.text[b:s]
    if len(gap.split()) <= 1 and not any(c in gap for c in ",;:.()"):
        documents = [(head, (min(s, a), max(e, b)))]
    return documents, parties[0][0]


_IN_PLACE = re.compile(r"\b(?:in|в)\s+([A-ZА-ЯЁ][\w'’-]+(?:\s[A-ZА-ЯЁ][\w'’-]+)?)$")
_WHERE_BEFORE = re.compile(r",\s*$")


def _where_clause_place(ctx: rd.Context, p: Parse, frame: int) -> str | None:
    """The place a "where" clause is about: "arrived in Harbin, where they will visit …", "прибыла в город Харбин,
    где посетит …" (the place named right before ", where", or the one a region's name right after it modifies)."""
    mark = next((c for c in p.children(frame, "advmod") if c.text.lower() in _WHERE_WORDS and c.i < frame), None)
    if mark is None or not _WHERE_BEFORE.search(ctx.text, max(0, mark.start - 3), mark.start):
        return None
    comma = ctx.text.rfind(",", 0, mark.start)
    e = ctx.mentions.last_before(comma + 1, max(0, comma - 60), rd.GPE)
    if e is None or ctx.text[e.end_char:comma].strip():
        return None
    # ... the named place a region's name right after it modifies: "джамоат Чорбог Варзобского района, где …"
    before = ctx.mentions.last_before(e.start_char, max(0, e.start_char - 40), rd.GPE)
    if before is not None and not ctx.text[before.end_char:e.start_char].strip() \
            and (is_region(rd.entity_place(ctx, e))
                 or (e.canonical or e.text).split()[-1].lower() in ctx.lex.admin_words):  # "Varzobsky District"
        e = before
    return rd.entity_place(ctx, e)


_WHERE_WORDS = frozenset({"where", "где"})


def _said_with_preposition(ctx: rd.Context, p: Parse, frame: int, where: str | None) -> bool:
    """Does the clause of ``frame`` name ``where`` after a preposition of place ("visit plants in Daqing", "в
    Дацине"), which outranks the place a "where" clause is about (a genitive "предприятия провинции X" does not)?"""
    idx = p.subtree(frame)
    for e in ctx.mentions.within(p.words[idx[0]].start, p.words[idx[-1]].end, rd.GPE):
        w = p.index_at(e.start_char)
        if w is not None and rd.entity_place(ctx, e) == where and rd._case(p, w) in ctx.lex.locative_prepositions:
            return True
    return False


def _the_one_told(ctx: rd.Context, p: Parse, k: int, head: int | None, span: tuple[int, int]) -> bool:
    """Is the target a definite bare noun of an agreement or a project ("The deal was inked by …", "the agreement",
    "this memorandum", in a language without articles "Документ был подписан", "Документ подписали X и Y" (the object
    before its verb), "Подписание документа …")? It points back to one told before."""
    if head is None:
        return False
    w = p.words[head]
    fronted = ctx.lex.bare_noun_definite and w.dep == "obj" and w.head == k and head < k  # "Документ подписали X"
    if w.dep not in ("nsubj:pass", "nsubj") and not fronted and not (w.head == k != head and p.words[k].pos == "NOUN"):
        return False  # "The deal was inked by …": the deal as the passive subject; "Uzbekistan signed the deal" is news
    if any(c.text.lower() in ctx.lex.additive_words for c in p.children(w.head)):
        return False  # "Agreements were also signed in trade …": more of them
    if w.dep == "nsubj:pass" and any(c.lemma in ctx.lex.list_openers or c.text.lower() in ctx.lex.list_openers
                                     for c in p.children(head) if c.dep in ("amod", "det", "compound") and c.i < head):
        return True  # "The following documents were signed: …": the list of the batch told before
    words = [w for w in p.words if span[0] <= w.start and w.end <= span[1]]
    if len(words) == 1 and (ctx.lex.bare_noun_definite or (words[0].dep == "nsubj:pass"
                                                            and words[0].feat("Number") == "Plur")):
        return words[0].i == head  # "Документ был подписан", "Agreements were inked with …": those told before
    return len(words) == 2 and words[1].i == head and words[0].dep in ("det", "amod") \
        and (words[0].text.lower() == "the" or words[0].lemma in ctx.lex.anaphoric_determiners
             or words[0].text.lower() in ctx.lex.anaphoric_determiners)


def _going_home(ctx: rd.Context, span: tuple[int, int]) -> bool:
    """Is the place a visit goes to one the visitors were said to come from ("journalists from Islamabad, Quetta
    and Gwadar wrapped up the visit and left for Islamabad")?"""
    text, name = ctx.text, ctx.text[span[0]:span[1]]
    at = text.find(name, 0, span[0])
    while 0 <= at < span[0]:
        if rd.named_as_origin(ctx, at):
            return True
        at = text.find(name, at + 1, span[0])
    # "In Xi'an, the president of Uzbekistan met … President Shavkat Mirziyoyev has left for Tashkent"; "Делегация
    # Китая … завершила свой визит в Казань и вылетела в Пекин": the capital of the country the visitors come from
    named = ctx.mentions.covering(span[0], rd.GPE)
    goal = (named.canonical or named.text) if named is not None else name
    country = next((c for c, capital in CAPITALS.items() if capital == goal), None)
    return country is not None and any(
        (e.canonical or e.text) == country and (ctx.lex.leader_of.search(text, max(0, e.start_char - 40), e.start_char)
                                                or rd.named_as_origin(ctx, e.start_char))
        for e in ctx.mentions.within(0, span[0], rd.GPE))


def _gpe_in(ctx: rd.Context, p: Parse, i: int):
    """The last GPE named in the phrase headed by word i ("in Astana", "in the Cambodian capital of Phnom Penh")."""
    idx = p.subtree(i)
    found = ctx.mentions.within(p.words[idx[0]].start, p.words[idx[-1]].end, rd.GPE)
    return found[-1] if found else None


VISITOR_AFTER = frozenset({"and", "by", "with", ",", "и", "с"})  # words before a "visiting" that describes a person
VISITOR_WORDS = 6  # "Visiting [Mongolian President Nambaryn Enkhbayar]": the title and the name


def _visiting_person(ctx: rd.Context, p: Parse, k: int) -> rd.Reading | None:
    """"Visiting Kyrgyz President X said in Astana on Monday …": the person "visiting" describes is a visitor, of the
    place the clause that person heads is told in (a visit with no place stated is not read this way)."""
    w = p.words[k]
    # "by CCC President Kith Meng and visiting CCPIT Chairman Jiang": "visiting" right after a person and "and"
    person = ctx.mentions.covering(p.words[k - 2].start, _PERSON) if k > 1 else None
    joined = person is not None and person.end_char == p.words[k - 2].end \
        and p.words[k - 1].text.lower() in VISITOR_AFTER
    if k + 1 >= len(p.words) or (p.children(k, "obj") and not joined):
        return None  # "spent the week visiting Governor X": the person is whom they visited
    people = ctx.mentions.starting(w.end, p.words[min(k + VISITOR_WORDS, len(p.words) - 1)].end, _PERSON)
    if not people:
        return None
    person = people[0]
    between = [v for v in p.words[k + 1:] if v.start < person.start_char]
    if any(v.pos not in ("PROPN", "NOUN", "ADJ") for v in between):
        return None  # "visiting [the park with] Li Wei"
    last = p.index_at(person.end_char - 1)
    if last is None:
        return None  # the name runs past this piece of an overlong sentence
    clause = next((h for h in (p.words[last].head, w.head) if p.words[h].pos in ("VERB", "AUX")), None)
    where = next((c for c in p.children(clause, "obl") if rd._case(p, c.i) in ctx.lex.locative_prepositions
                  and _gpe_in(ctx, p, c.i) is not None), None) if clause is not None else None
    if where is None:
        return None
    gpe = _gpe_in(ctx, p, where.i)  # "in the Cambodian capital of Phnom Penh": Phnom Penh
    place = rd.entity_place(ctx, gpe)
    actor = (p.words[k + 1].start, person.end_char)
    # the day dates what was said, not the visit, which spans it
    return rd.Reading((w.start, w.end), (gpe.start_char, gpe.end_char), where.i, actor, None,
                      person.canonical or person.text, place, place, True, None,
                      scope=rd.scope(p, clause), extras={"type": "visit", "backed": False, "amount_only": False,
                                                         "anaphoric": False, "key": place.casefold()})


_TARGET_LABELS = ("PERSON", "ORG", "FAC", "GPE", "LOC")


def _with_target(ctx: rd.Context, p: Parse, k: int, frame: int, base: rd.Reading, head: int | None,
                 span: tuple[int, int], siblings: list[int | None], named_by: int | None = None) -> rd.Reading:
    where, stated = rd.place(ctx, p, k, frame, head, span, siblings, base.extras["type"] == "visit")
    there = _where_clause_place(ctx, p, frame)
    if there is not None and not (stated and _said_with_preposition(ctx, p, frame, where)):
        where, stated = there, True  # "прибыла в город Харбин, где посетит предприятия провинции Хейлунцзян"
    own = False  # the place is the site's own, carried to no later stop
    named = ctx.mentions.covering(span[1] - 1, rd.GPE)
    if base.extras["type"] == "visit" and named is not None and (named.start_char, named.end_char) == span \
            and where is not None and where in _places_of(ctx, p, siblings):
        where = rd.entity_place(ctx, named)  # "побывал в городах Урумчи, Турфан и Шихэцзы": not all in Urumqi
    if base.extras["type"] == "visit" and where is None and head is not None and p.words[head].pos == "NOUN" \
            and named is not None and named.end_char == span[1] and named.start_char > p.words[head].end \
            and p.words[head].lemma not in ctx.lex.own_name_heads \
            and not _one_of_places(ctx, p, named):  # "мечеть Байтулла" is the mosque's own name
        # a site whose phrase ends with the place it is in: "the port city of Tianjin", "commercial hub Almaty"
        # (rd._with_name_after), "the company which pumps gas into China via Kazakhstan", "администрацию поселка
        # Сюйхан района Цзядин"
        where, own = rd.entity_place(ctx, named), True
    elif base.extras["type"] == "visit" and where is None and (tail := _IN_PLACE.search(ctx.text, *span)):
        name = lookup_place(tail.group(1), tail.group(1)) or tail.group(1)
        if known_place(name) == "GPE":  # "the Pakistan Embassy in Beijing", tagged as one organisation
            where, own = rd.place_name(ctx, name), True
    elif base.extras["type"] == "visit" and where is None and head is not None \
            and (told := rd.city_told_before(ctx, p, head) or rd.home_place(ctx, p, head)) is not None:
        where, own = told, True  # "… the deputy mayor of Hefei, and in spring visited this city himself", "our city"
    canon = rd.canonical(ctx, p, head, _TARGET_LABELS, site=True) if head is not None else None
    if canon is None and named_by is not None:  # a deal "with Huawei": the party names it
        canon = rd.canonical(ctx, p, named_by, _TARGET_LABELS, site=True)
    if canon is None:
        e = ctx.mentions.covering(span[0])
        canon = (e.canonical or e.text) if e is not None and (e.start_char, e.end_char) == span else None
    key = (not canon and _area_key(ctx, p, head, where, stated)) or _key(ctx, p, head, span, canon)
    r = replace(base, target=span, target_head=head, target_canonical=canon, place=where, place_explicit=stated,
                extras={**base.extras, "key": key,
                        "inner_place": (p, head, span), "site_place": own,  # rd.inner_place's, when asked
                        "head": p.words[head].lemma if head is not None else None,
                        # "a number of agreements" is agreements
                        "object": p.words[rd.object_head(ctx, p, head)].lemma if head is not None else None,
                        "anaphoric": base.extras["anaphoric"] or (base.extras["type"] != "visit"
                                                                  and _the_one_told(ctx, p, k, head, span)),
                        "bare": head is not None and _bare(ctx, p, head, span)})
    parties = None
    if base.extras["type"] == "agreement":
        parties = rd.between(ctx, p, head) or (rd.between(ctx, p, rd.object_head(ctx, p, head)) if head is not None
                                               else None) \
            or (rd.between(ctx, p, k, ("obl", "nmod")) if base.actor is None else None)
    if parties is not None and (base.actor is None or base.actor_pronoun is not None
                                or (base.actor[0] < parties[1] and parties[0] < base.actor[1])):
        # ... not when the clause names who signed: "Аким области подписал соглашение … между Шымкентом и Урумчи"
        r.actor, r.actor_pronoun, r.actor_canonical = parties, None, None
    elif base.extras["type"] == "investment" and base.actor is None and head is not None \
            and (owner := _owner_inside(ctx, p, head)) is not None:
        r.actor, r.actor_canonical = owner  # "реализуется проект … корпорации «Айцзю»": the company's project
    return r


def _within(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _one_of_places(ctx: rd.Context, p: Parse, e: Entity) -> bool:
    """Is the place ``e`` the last of a list of places ("объектов городов Пекина и Ханчжоу"): in none of them alone?"""
    k = p.index_at(e.start_char)
    if k is None or p.words[k].base != "conj" or p.words[k].head == k:
        return False
    return ctx.mentions.covering(p.words[p.words[k].head].start, rd.GPE) is not None


def _owner_inside(ctx: rd.Context, p: Parse, head: int) -> tuple[tuple[int, int], str] | None:
    """The company a project or plant invested in belongs to, named in the genitive (or after "of") inside its
    phrase: "проект по развитию агропромышленного кластера корпорации «Айцзю»", "a plant of China's CNPC"."""
    for i in p.subtree(head):
        c = p.words[i]
        if i == head or c.base != "nmod" or rd._case(p, i) not in (None, "of") or c.pos not in ("NOUN", "PROPN"):
            continue
        span = rd.span_of(ctx, p, i, owner=True)
        # the company is the word itself or its name right after it ("корпорации «Айцзю»"), not one deeper inside
        named = [e for e in ctx.mentions.within(span[0], span[1], _ORG) if e.start_char <= c.end + 2]
        if named and ctx.mentions.covering(span[0], rd.GPE) is None:
            return span, named[0].canonical or named[0].text
    return None


def _area_key(ctx: rd.Context, p: Parse, head: int | None, where: str | None, stated: bool) -> str | None:
    """"visited areas in Xinjiang", "побывали в разных уголках Синьцзяна": parts of a place stated name the place
    visited (the same visit as one told "to Xinjiang"); so does a country told by what it is ("the first visit to
    the Central Asian country": the country the visit is placed in)."""
    if head is None or where is None:
        return None
    lemma = p.words[head].lemma
    if (stated and lemma in ctx.lex.area_nouns) or (lemma in ctx.lex.country_words and is_country(where)):
        return where.casefold()
    return None


def _places_of(ctx: rd.Context, p: Parse, heads: list[int | None]) -> set[str]:
    """The places the GPEs at ``heads`` (a list's other members) name."""
    named = (ctx.mentions.covering(p.words[h].start, rd.GPE) for h in heads if h is not None)
    return {rd.entity_place(ctx, e) for e in named if e is not None}


def _bare(ctx: rd.Context, p: Parse, head: int, span: tuple[int, int]) -> bool:
    """Is the target its head noun alone, but for an amount ("соглашение на $2 млрд", "a deal worth $2bn"): a
    document the text tells again in full?"""
    measured: set[int] = set()
    for c in p.children(head):
        sub = p.subtree(c.i)
        if ctx.amount_in(p.words[sub[0]].start, p.words[sub[-1]].end):
            measured.update(sub)
    rest = [w for w in p.words if span[0] <= w.start and w.end <= span[1] and w.i not in measured]
    return len(rest) == 1 and rest[0].i == head


def _facts_of(doc: _Doc, r: rd.Reading, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    spans = [r.scope] + [x for x in (r.target, r.actor) if x]
    return tuple((f.start_char, f.end_char) for f in doc.facts
                 if sentence[0] <= f.start_char and f.end_char <= sentence[1]
                 and any(a < f.end_char and f.start_char < b for a, b in spans))


def _in_money(doc: _Doc, facts: tuple[tuple[int, int], ...]) -> bool:
    """Is one of the facts at these spans an amount of money?"""
    spans = set(facts)
    return any(f.unit_kind == "money" and (f.start_char, f.end_char) in spans for f in doc.facts)


def _backed(doc: _Doc, r: rd.Reading, facts: tuple[tuple[int, int], ...]) -> bool:
    money = _in_money(doc, facts)
    if r.extras["amount_only"]:
        return money
    # "They plan to invest": a pronoun backs it too, if it names someone told before (_document)
    return not r.extras["backed"] or money or r.actor is not None


def _prepare(text: str, lang: str, entities: Sequence[Entity], facts: Sequence[Fact], published: date | None,
             gaps: Gaps | None = None, year: int | None = None) -> tuple[_Doc, list] | None:
    """A document's context and the sentences to parse: (sentence, parse window, trigger starts). ``gaps``: the
    quotes extractor's narrative_gaps of the text, else they are read here when a sentence has a trigger; ``year``:
    the page's own year when it gives no day of its own (core.Document.year)."""
    lex = lexicon_for(lang)
    if not text or lex is None or not can_parse(lang):
        return None
    lines = line_spans(text)
    facts = sorted(facts, key=lambda f: f.start_char)
    money = tuple((f.start_char, f.end_char) for f in facts if f.unit_kind == "money")
    spans = datelines(text)
    # "XI'AN, Dec. 3, 2019 /PRNewswire/ -- On November 27, …": a dateline's date is when the story was filed; a name
    # the tagger ran from a dateline into the lede ("ASTANA, June 3 - More than 400 delegates …": a DATE "June 3 - More
    # than 400") names neither, and would pull a phrase of the lede into the dateline, which is read blanked
    mentions = Mentions([e for e in entities
                         if not any(s <= e.start_char < t and (e.label == "DATE" or e.end_char > t) for s, t in spans)])
    city = dateline_city(text, spans)
    city_name = text[city[0]:city[1]] if city else None
    # "ASTANA. KAZINFORM - Foreign ambassadors visited …": the lede's subject is the ambassadors
    text = blanked(text, spans)
    ctx = rd.Context(text, lex, mentions, _dominant_country(entities), lines[0][1] if lines else 0, money,
                     _deck_end(text, lines), tuple((f.start_char, f.end_char) for f in facts if f.unit_kind != "money"))
    doc = _Doc(ctx, lang, published, facts, lines, gaps=gaps, year=year)
    cands = _candidates(doc)
    doc.view = unwrapped(_model_view(text, lines, mentions), lines) if cands else text
    doc.antecedents = _antecedents(doc, cands)
    if cands and city is not None:
        doc.filed_in = _filed_in(ctx, city, city_name)
        doc.dateline_line = doc.line_of(city[0])
    return doc, cands


DECK_LINES = 4  # lines under a headline that may be its deck: a standfirst, photo captions ...
DECK_MAX_WORDS = 20  # ... each one short sentence


def _deck_end(text: str, lines: list[tuple[int, int]]) -> int:
    """End of the headline and of the short one-sentence lines right under it (a standfirst, captions), which tell
    their news in the headline's present ("Hong signs agreements of partner schools …"); 0 without lines."""
    if not lines:
        return 0
    end = lines[0][1]
    starts = [s for s, _ in sentence_spans(text)]
    for s, e in lines[1:DECK_LINES + 1]:
        one = bisect.bisect_left(starts, s + 1) == bisect.bisect_left(starts, e)  # no sentence starts inside it
        if len(text[s:e].split()) > DECK_MAX_WORDS or not one:
            break
        end = e
    return end


def _filed_in(ctx: rd.Context, city: tuple[int, int], written: str) -> tuple[str, bool] | None:
    """The place a wire dateline names ("CHONGQING, China, Dec. 21, 2020 /PRNewswire/ — "), as a place name, and
    whether the entity model read it as one (else it is a known city: "SAMARKAND, September 15. /TASS/.")."""
    e = ctx.mentions.covering(city[0], rd.GPE)
    if e is not None:
        return rd.place_name(ctx, _as_written(e.canonical or e.text)), True
    name = _as_written(written)
    if not is_known_gpe(name):
        return None
    return rd.place_name(ctx, lookup_place(name, name) or name), False


def _filed_there(doc: _Doc, d: _Draft) -> str | None:
    """Where a done visit or signing the text places nowhere happened: where the story was filed. Past the
    dateline's own paragraph only a visit, and only when the model read the dateline's city as a place (a city that
    only the gazetteer knows is often the desk's, not the story's: "BEIJING - … the delegation visited …")."""
    if doc.filed_in is None:
        return None
    place, read = doc.filed_in
    return place if d.line == doc.dateline_line or (d.type == "visit" and read) else None


def _as_written(name: str) -> str:
    return name.title() if name.isupper() else name


def _drafts(doc: _Doc, cands: list, parses: list[Parse]) -> list[_Draft]:
    out = []
    for (sent, _, starts), p in zip(cands, parses):
        line = doc.line_of(sent[0])
        for k in sorted({p.index_at(st) for st in starts} - {None}):
            for r in _read(doc, p, k):
                facts = _facts_of(doc, r, sent)
                if _backed(doc, r, facts):
                    out.append(_Draft(r.extras["type"], r, sent, line, facts=facts))
    return out


# -- the document ------------------------------------------------------------------------------------------------------

_FIRM_OR_PLACE = frozenset({"ORG", "GPE"})


def _other_investor(doc: _Doc, a: _Draft, b: _Draft) -> bool:
    """Do two investments name other investors: two organisations, or an organisation and a country ("Kazakhstan
    intends to launch new plants …" and "China's Fufeng Group plans to invest … in a plant")? Then they are two,
    whatever their nouns and sums ("Китайские инвесторы" and "Компания из КНР", "Пекин" and "Китай" may be one)."""
    if a.type != "investment" or b.type != "investment" or not a.reading.actor or not b.reading.actor:
        return False
    named = [doc.ctx.mentions.within(*d.reading.actor, _FIRM_OR_PLACE) for d in (a, b)]
    firms, places = ([{(e.canonical or e.text).casefold() for e in found if e.label == label} for found in named]
                     for label in ("ORG", "GPE"))
    texts = [doc.ctx.text[slice(*d.reading.actor)].casefold() for d in (a, b)]
    if any(name in texts[1 - k] for k in (0, 1) for name in places[k]):
        return False  # "China will invest …" and "China's CNPC will invest …"
    if firms[0] and firms[1]:
        return not firms[0] & firms[1]
    return bool(firms[0]) != bool(firms[1]) and bool(places[0] if not firms[0] else places[1])


def _seen_before(doc: _Doc, seen: dict[str, _Draft], keys: list[str], d: _Draft) -> _Draft | None:
    """The event told before that ``d`` tells again, by its keys (_keys), not another investor's or visitor's; a
    visit by another person named is registered under its visitor's keys ("KEY|by|NAME", _register)."""
    known = next((seen[k] for k in keys if k in seen and not _other_investor(doc, seen[k], d)
                  and not _other_visitor(doc, seen[k], d)), None)
    by = [f"|by|{name}" for name in _visitors(doc, d)]
    return known or next((seen[k + b] for k in keys for b in by if k + b in seen), None)


def _register(doc: _Doc, seen: dict[str, _Draft], register: list[str], d: _Draft) -> None:
    """Register ``d`` under its keys; where another person's visit holds a key, under its visitor's (that visit's
    retelling still finds it)."""
    for k in register:
        if k in seen and _other_visitor(doc, seen[k], d):
            seen.update((k + f"|by|{name}", d) for name in _visitors(doc, d))
        else:
            seen[k] = d


def _visitors(doc: _Doc, d: _Draft) -> set[str]:
    """The persons a visit's actor names, by canonical name."""
    if d.type != "visit" or not d.reading.actor:
        return set()
    return {(e.canonical or e.text).casefold() for e in doc.ctx.mentions.within(*d.reading.actor, _PERSON)}


def _other_visitor(doc: _Doc, a: _Draft, b: _Draft) -> bool:
    """Do two visits to one place name other persons as the visitor ("… отправился с визитом в Китай" and "во время
    визита в КНР прежнего туркменского президента Сапармурата Ниязова")? Then they are two."""
    persons = _visitors(doc, a), _visitors(doc, b)
    return bool(persons[0] and persons[1] and not persons[0] & persons[1])


def _keys(doc: _Doc, d: _Draft, one_of_sites: bool = False) -> tuple[list[str], list[str]]:
    """(keys to look up, keys to register): an earlier row under a looked-up key is the same event.

    The target names it (a visit's site by its name or head; an agreement or investment by its whole phrase,
    so named sub-agreements of a batch stay apart), and for agreements and investments so does the amount
    ("$1.9 billion" in the headline and in the lede). A plan restates what was done ("arrived in Yining …
    will go to Yining"); what is done after a plan is news ("посетят Казахстан" … "въехала в Казахстан").
    ``one_of_sites``: the draft is one of several sites its trigger went to.
    """
    r = d.reading
    own: list[str] = []
    linked = set(d.facts)
    values = sorted(f.value for f in doc.facts if (f.start_char, f.end_char) in linked and f.unit_kind == "money")
    if r.target:
        name = r.extras["key"] if d.type == "visit" else \
            _DETERMINERS.sub("", doc.ctx.text[r.target[0]:r.target[1]]).casefold()
        if d.type != "visit" and r.extras.get("bare") and r.place_explicit and r.place:
            name += "|" + r.place.casefold()  # "построит завод в Алматы" … "построит завод в Шымкенте": two plants
        own.append(f"{d.type}|{name}")
    money = [f"{d.type}|money|{v:.6g}" for v in values] if d.type != "visit" else []
    own += money
    # "Also, contracts worth $15 billion were signed …": more deals, not those of that sum told before
    seek = [k for k in own if k not in money] if money and _told_as_more(doc, d) else own
    look: list[str] = []
    if d.type == "visit" and 0 < d.line <= LEDE_LINES and not one_of_sites \
            and (country := _country_of_capital(r.target_canonical) or _country_of_town(doc, r)):
        # "Си Цзиньпин прибыл в Казахстан" over "… прибыл в Астану для участия …": the lede tells the headline's
        # visit by the capital it went to (not a capital among the cities a trip went to: "посетил города Сяминь,
        # Шанхай и Пекин"), or by a town its words place in that country ("полетел в Китай" over "прибыла в
        # китайский Шэньян", "посетила Россию" over "… визит в российский город Екатеринбург")
        look.append(f"visit|{country.casefold()}" + ("|done" if r.status == "done" else ""))
    if d.type != "visit" and r.extras.get("head") and (not r.extras.get("bare") or r.trigger[0] < doc.ctx.title_end):
        # "Пакистан и Китай заключили соглашение" (a headline's bare noun) is the agreement the body details first
        # ("… подписали соглашение о строительстве АЭС"): same parties (or none named), same noun, one of them bare
        actor = (r.actor_canonical or doc.ctx.text[r.actor[0]:r.actor[1]]) if r.actor else "-"
        whose = f"{d.type}|{actor.casefold()}|{r.extras['head']}|{r.status}"
        headline_bare = r.extras.get("bare") and r.trigger[0] < doc.ctx.title_end
        look, reg = ([whose + "|any"], [whose + "|bare"]) if headline_bare else ([whose + "|bare"], [whose + "|any"])
    else:
        reg = []
    if d.type == "visit" and r.target:
        more_look, more_reg = _headline_site_keys(doc, d)
        look, reg = look + more_look, reg + more_reg
    if d.type != "visit":
        # "Parliaments of A and B Signed a Cooperation Agreement" over "X, chairman of …, and Y signed an agreement on
        # cooperation …": the lede tells the headline's deal again, by those who signed it (its first deal of that noun,
        # unless the two give other sums: "92 проекта на $9 млрд" … "реализовано 69 проектов на $11 млрд")
        # ... by its noun, or by what its "number of" counts ("a number of documents" … "the documents")
        for noun in dict.fromkeys((r.extras.get("head"), r.extras.get("object"))):
            lede = f"{d.type}|{noun}|{r.status}|lede"
            figures = [f"{lede}|{v:.6g}" for v in values]
            if r.trigger[0] < doc.ctx.title_end:
                reg += figures + [f"{lede}|*"] + ([] if figures else [f"{lede}|-"])
            elif d.line <= LEDE_LINES:
                look += figures + [f"{lede}|-"] if figures else [f"{lede}|*"]
    if r.status == "done":
        return [k + "|done" for k in seek] + look, own + [k + "|done" for k in own] + reg
    return seek + look, own + reg


def _told_as_more(doc: _Doc, d: _Draft) -> bool:
    """Is the draft told as more than the deals before it: its sentence opens so ("Also, contracts … were signed",
    "Кроме того, подписаны …"), or the words right before its trigger say so ("were also signed")?"""
    lex, text, start = doc.ctx.lex, doc.ctx.text, d.reading.trigger[0]
    return lex.more_opening.match(text, d.sentence[0], start) is not None \
        or lex.more_before.search(text, max(d.sentence[0], start - MORE_CHARS), start) is not None


MORE_CHARS = 30  # characters before a trigger where "also" tells of more deals ("were also signed")


def _headline_site_keys(doc: _Doc, d: _Draft) -> tuple[list[str], list[str]]:
    """"Delegation Visited St. Petersburg Chamber" over "… the St. Petersburg Chamber of Commerce and Industry was
    visited by …": a headline shortens the name its lede gives whole (keys to look up, keys to register)."""
    r = d.reading
    if r.trigger[0] < doc.ctx.title_end:
        return [], [f"visit|headline|{r.extras['key']}"]
    if d.line > LEDE_LINES:
        return [], []
    words = r.extras["key"].split()
    return [f"visit|headline|{' '.join(words[:n])}" for n in range(HEADLINE_NAME_WORDS, len(words))], []


def _country_of_town(doc: _Doc, r: rd.Reading) -> str | None:
    """The country a visit's target names its town in: a nationality word on the town itself ("китайский Шэньян",
    "российский город Екатеринбург", "the Chinese city of Lanzhou") or the country in brackets right after it
    ("город Чэнду (КНР)"); None when the target is no town so placed ("a Kazakh restaurant in Urumqi")."""
    ctx = doc.ctx
    if r.target is None or not r.place or is_region(r.place):
        return None
    named = ctx.mentions.within(*r.target)
    town = next((e for e in reversed(named) if e.label == "GPE" and rd.entity_place(ctx, e) == r.place), None)
    if town is None:
        return None
    norp = next((e for e in named if e.label == "NORP" and e.end_char <= town.start_char
                 and _ON_THE_TOWN.fullmatch(ctx.text, e.end_char, town.start_char)), None)
    if norp is not None:
        return ctx.lex.countries.get(norp.canonical or norp.text)
    bracket = _BRACKET_AFTER.match(ctx.text, town.end_char)
    if bracket is None or not (town.end_char == r.target[1] or bracket.end() <= r.target[1]):
        return None  # (the town ends the target, or the bracket is in it)
    inside = ctx.mentions.within(bracket.start(), bracket.end(), rd.GPE)
    country = next((e.canonical or e.text for e in inside if is_country(e.canonical or e.text)), None)
    return (lookup(country) or country) if country else None


_ON_THE_TOWN = re.compile(r"\s+(?:(?:city|town)\s+of\s+|город\w*\s+)?", re.I)  # "Chinese city of X", "китайский X"
_BRACKET_AFTER = re.compile(r"\s*\([^()\n]{2,40}\)")


def _country_of_capital(name: str | None) -> str | None:
    return _COUNTRY_OF_CAPITAL.get(name) if name else None


_COUNTRY_OF_CAPITAL = {city: country for country, city in reversed(CAPITALS.items())}  # the first country, as a scan


LEDE_LINES = 2  # the lines after the headline that may tell its news again: a standfirst, then the lede
HEADLINE_NAME_WORDS = 2  # the fewest words of a name a headline may shorten it to
_LIST_JOIN = re.compile(r"[»”\"]?(?:\s*,\s*(?:(?:and|и)\s+)?|\s+(?:and|и)\s+)[«“\"]?")  # "«Синотранс», CRRC и Huawei"
_ORG = frozenset({"ORG"})


def _listed_organisations(doc: _Doc, d: _Draft) -> tuple[int, int] | None:
    """The list of organisations an actor "These companies" stands for: the last run of two or more named ones,
    joined by commas and "and", in the sentences before it in its paragraph or the one before."""
    ctx = doc.ctx
    s, e = d.reading.actor
    if not ctx.lex.group_anaphor.fullmatch(ctx.text, s, e):
        return None
    floor = doc.lines[max(0, d.line - 1)][0]
    names = ctx.mentions.within(floor, s, _ORG)
    for k in range(len(names) - 1, 0, -1):
        j = k
        while j > 0 and _LIST_JOIN.fullmatch(ctx.text, names[j - 1].end_char, names[j].start_char):
            j -= 1
        if j < k:
            a, b = names[j].start_char, names[k].end_char
            opened = sum(ctx.text.count(c, a, b) for c in "«“") - sum(ctx.text.count(c, a, b) for c in "»”")
            a -= opened < 0 and ctx.text[a - 1:a] in ("«", "“")  # the names' own marks: "«Синотранс», CRRC …"
            b += opened > 0 and ctx.text[b:b + 1] in ("»", "”")
            return a, b
    return None


def _resolve_actor(doc: _Doc, d: _Draft, kept: list[_Draft]) -> None:
    r = d.reading
    if r.actor is not None and r.actor_pronoun is None and (listed := _listed_organisations(doc, d)) is not None:
        r.actor, r.actor_canonical = listed, None  # "These companies are to launch …": the companies just listed
    elif r.actor is not None and r.actor_pronoun is None and doc.ctx.lex.company_anaphor.fullmatch(doc.ctx.text,
                                                                                                 *r.actor):
        # "The company plans to build …", "Данная корпорация …": the organisation named last before its sentence
        # (in its paragraph or the one before; not "with the support of KazakhInvest, the company …"), else the words
        e = doc.ctx.mentions.last_before(d.sentence[0], doc.lines[max(0, d.line - 1)][0], _ORG)
        if e is not None:
            r.actor, r.actor_canonical = (e.start_char, e.end_char), e.canonical or e.text
    if r.actor_pronoun == "person":
        floor = doc.lines[max(0, d.line - 1)][0]
        e = _named_after_the_opening(doc, d, r.actor[0]) or _person_for(doc, r.actor, floor)
        r.actor, r.actor_pronoun, r.actor_canonical = ((e.start_char, e.end_char), None, e.canonical or e.text) \
            if e is not None else (None, None, None)
    elif r.actor_pronoun is not None:
        # "They also visited Beijing" stands for a group, never for the one person an event before it named
        prev = next((k for k in reversed(kept) if k.reading.actor and k.reading.actor_pronoun is None
                     and d.line - k.line <= 1
                     and not (r.actor_pronoun == "group" and _one_person(doc, k.reading.actor))), None)
        group = _group_before(doc, d) if prev is None and r.actor_pronoun == "group" else None
        if prev is None and r.actor_pronoun == "group" and group is None:
            r.extras["group"] = True  # no tour's visitors to carry either when the last were one person
        r.actor, r.actor_pronoun, r.actor_canonical = (prev.reading.actor, None, prev.reading.actor_canonical) \
            if prev is not None else (group, None, None)


def _person_for(doc: _Doc, pronoun: tuple[int, int], floor: int):
    """The person a personal pronoun stands for, as a quotation's "he" does (speakers.resolve_pronoun): the one
    opening the nearest sentence before it that opens with a person ("Wu, chairman of …, is expected to meet with
    … Oral Muhamedjanov. … which will also take him to Astana": Wu), else the last person named."""
    found = resolve_pronoun(doc.ctx.mentions, Speaker(*pronoun, pronoun="person"), floor, doc.ctx.text,
                            doc.sentences)
    return None if found.pronoun else doc.ctx.mentions.covering(found.start, _PERSON)


# what may stand between the comma that ends a sentence's opening and the person named after it: a title's words
_TITLE_GAP = re.compile(r"\s*(?:(?:[A-ZА-ЯЁ][\w.'’-]*|of|the|and)\s+){0,10}")


def _named_after_the_opening(doc: _Doc, d: _Draft, at: int):
    """"As part of his working visit to the XUAR, Bakyt Torobaev also met …": a pronoun in the phrase that opens the
    sentence stands for the person the clause after its comma names first (after a title, if any); else None."""
    text, (s, e) = doc.ctx.text, d.sentence
    comma = text.find(",", at, e)
    if comma < 0 or "," in text[s:at]:
        return None
    person = next(iter(doc.ctx.mentions.within(comma, e, _PERSON)), None)
    return person if person is not None and _TITLE_GAP.fullmatch(text, comma + 1, person.start_char) else None


def _sentence_before(doc: _Doc, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence right before ``sent``, in its paragraph or the one before, when a word in it may name a group of
    visitors (a cheap test before any parse)."""
    sentences = doc.sentences
    at = bisect.bisect_left(sentences, (sent[0],)) - 1
    if at < 0 or doc.line_of(sentences[at][0]) < doc.line_of(sent[0]) - 1 \
            or not doc.ctx.lex.group_antecedent.search(doc.ctx.text, *sentences[at]):
        return None
    return sentences[at]


def _antecedents(doc: _Doc, cands: list) -> dict[tuple[int, int], tuple[int, int]]:
    """For each trigger sentence with "they" before its first trigger (the subject a trigger's reading takes it for),
    the sentence before it that _group_before may read."""
    out = {}
    for sent, _, starts in cands:
        if doc.ctx.lex.group_pronoun.search(doc.ctx.text, sent[0], starts[0]):
            span = _sentence_before(doc, sent)
            if span is not None:
                out[sent] = span
    return out


def _group_before(doc: _Doc, d: _Draft) -> tuple[int, int] | None:
    """"Nearly 30 journalists from 23 media outlets had a chance to … They toured several cities": a group pronoun no
    event's actor before it stands for is the group of visitors the sentence right before it (in its paragraph or the
    one before) is about: that sentence's subject, when it is visitors in the plural or a delegation."""
    span = doc.antecedents.get(d.sentence)
    if span is None:
        return None
    p = parse_many([(doc.view, span)], doc.lang, read_as=[_rounded(doc, *span)])[0]  # parsed with the rest
    lex = doc.ctx.lex
    for w in p.words:
        if w.head == w.i:
            # (a counted noun is many, whatever its number: "четыре китайских блогера ездили …")
            subject = next((c for c in p.children(w.i, "nsubj") if c.lemma in lex.group_words
                            and (c.feat("Number") == "Plur" or c.lemma in lex.group_nouns
                                 or p.children(c.i, "nummod"))), None)
            return rd.span_of(doc.ctx, p, subject.i) if subject is not None else None
    return None


def _one_person(doc: _Doc, span: tuple[int, int]) -> bool:
    e = doc.ctx.mentions.covering(span[0], _PERSON)
    return e is not None and e.start_char <= span[0] and span[1] <= e.end_char


def _resolved(doc: _Doc, r: rd.Reading) -> dates.ResolvedDate | None:
    """The date a reading's date mention names (a plan's "on Monday" is the next one), else None."""
    if r.date_mention is None:
        return None
    return _when(doc, r.date_mention, future=r.status == "planned")


def _when(doc: _Doc, mention: Entity, future: bool = False) -> dates.ResolvedDate | None:
    """The date a DATE mention names, with the year written after a month alone ("in November last year")."""
    text = dates.with_its_year(doc.ctx.text, mention.end_char, mention.text, doc.lang)
    return dates.resolve(text, doc.lang, doc.published, doc.year, future=future)


def _carry(doc: _Doc, d: _Draft, state: dict) -> None:
    """A tour's later stops share its visitors, place and date unless they say otherwise."""
    r = d.reading
    if r.date_mention is not None:
        d.date = _resolved(doc, r)
        if r.status == "done" and r.extras.get("present") and d.date is not None and doc.published is not None \
                and d.date.date > doc.published:
            r.status = "planned"  # "12 ноября в Узбекистан прибывает министр" in a text of 10 November: to come
    if r.actor is None and d.type == "visit" and state.get("actor") \
            and not (r.extras.get("group") and _one_person(doc, state["actor"][0])):
        r.actor, r.actor_canonical = state["actor"]
    _carry_place(doc, d, state)
    # "25 февраля этого года …" in a text that gives no year: a day of its own (in a year unknown) takes no other
    if d.date is None and not _own_day(doc, r):
        _carry_date(doc, d, state)
    if r.actor is not None:
        state["actor"] = (r.actor, r.actor_canonical)
    if r.place_explicit:
        state["place"] = r.place
    if d.date is not None:
        # the days of a period ("from December 28-30"): the stops told after it were on one of them, in its month
        period = r.date_mention is not None and dates.is_period(r.date_mention.text, doc.lang)
        state["date"] = (d.date, r.date_mention, r.status, d.line, period)


def _carry_date(doc: _Doc, d: _Draft, state: dict) -> None:
    """The date of an undated stop: the tour's (``state``), else the trip's day."""
    r = d.reading
    if state.get("date") and state["date"][2] == r.status \
            and (state["date"][4] or not doc.days_long) and (d.type == "visit" or d.line - state["date"][3] <= 1):
        # "In the spring, …" dates nothing: the tour's day holds (not a day a trip of days began or ended on; the
        # month of a period it was told to last); a plan told after what was done is not dated by it
        when, r.date_mention, _, _, period = state["date"]
        d.date = _month_of(when) if period else when
    elif d.type == "visit" and r.status == "done" and (trip := doc.trip) is not None \
            and trip[0] < r.trigger[0]:
        # "… took part in the tour on October 3. During the visit, they visited X": the trip's day (a trip "from
        # June 15 to 23" was on many days: its month is all a stop's date can be)
        _, r.date_mention, d.date = trip
        if dates.is_period(trip[1].text, doc.lang):
            d.date = _month_of(d.date)


ANY_YEAR = 2000  # a year to try a date with, to tell a day or month named without one from "in the spring"


def _own_day(doc: _Doc, r: rd.Reading) -> bool:
    """Does the reading's date mention name a day or a month, in a year the text leaves unknown?"""
    if r.date_mention is None:
        return False
    found = dates.resolve(r.date_mention.text, doc.lang, None, ANY_YEAR)
    return found is not None and found.precision in ("day", "month")


def _month_of(when: dates.ResolvedDate) -> dates.ResolvedDate:
    """The month a trip of days began in: what the text tells of the day of a stop on it."""
    return dates.ResolvedDate(when.date.replace(day=1), "month") if when.precision == "day" else when


_SCENE = re.compile(r"\s*(\w+)\s+([^,.;:]{2,80}?),")
_SCENE_FILLERS = frozenset(ARTICLES) | {"of"}


def _scene(doc: _Doc, d: _Draft) -> str | None:
    """The place a paragraph opens with, when its event states none: the town it opens by describing
    (_described_town), or "In the Zhambyl region, a corn processing project is underway. Fufeng Group plans to invest
    …" (a fronted place, then a comma: the scene of the paragraph, not only of its first clause)."""
    s, e = doc.lines[d.line]
    if (described := _described_town(doc, s, e)) is not None:
        return described
    m = _SCENE.match(doc.ctx.text, s, e)
    if m is None or m.group(1).lower() not in doc.ctx.lex.locative_prepositions:
        return None
    places = doc.ctx.mentions.within(m.start(2), m.end(2), rd.GPE)
    if len(places) != 1:
        return None
    rest = (doc.ctx.text[m.start(2):places[0].start_char] + " " + doc.ctx.text[places[0].end_char:m.end(2)]).split()
    if any(w.lower() not in _SCENE_FILLERS and w.lower() not in doc.ctx.lex.admin_words for w in rest):
        return None
    return rd.entity_place(doc.ctx, places[0])


def _described_town(doc: _Doc, s: int, e: int) -> str | None:
    """The town (not a country or a first-level region) a paragraph opens with as the subject it describes: "Zhangye
    is located in the middle of Gansu. The group visited Pingshanhu Grand Canyon …" (the scene of the paragraph) —
    unless the paragraph goes on to another town ("Urumqi is the first stop. The group then went to Turpan …")."""
    ctx = doc.ctx
    named = ctx.mentions.starting(s, s + 1, rd.GPE)
    if not named or not ctx.lex.describing.match(ctx.text, named[0].end_char, e):
        return None
    place = rd.entity_place(ctx, named[0])
    if not place or is_region(place):
        return None
    first_end = next((b for a, b in doc.sentences if a <= s < b), e)
    others = {rd.entity_place(ctx, m) for m in ctx.mentions.within(first_end, e, rd.GPE)}
    return None if any(o and o != place and not is_region(o) for o in others) else place


def _carry_place(doc: _Doc, d: _Draft, state: dict) -> None:
    """The place a stop that states none shares with the tour's (``state``), and the places a visit hands on."""
    r = d.reading
    if r.place is None:
        # a place stated with "in" outranks a place that was a visit's target ("arrived in Tianjin"); after a list
        # of places visited at once ("visited Urumqi, Hami and Turpan") the next stop is in none of them we know
        listed_by, places = state.get("targets", (None, set()))
        # ... nor is a site listed beside a place in it: "visited Daoli district, the Harbin Economic-Technological
        # Development Zone and Harbin No.3 High School" (three stops)
        carried = next(iter(places)) if len(places) == 1 and listed_by != r.trigger else None
        inner = rd.inner_place(doc.ctx, *r.extras["inner_place"]) if r.extras.get("inner_place") else None
        # a project's own town outranks the last project's place: "a plant is being built in the Atyrau region …
        # plans to modernise the Shymkent oil refinery" (a tour's stops share the tour's place; a deal is signed
        # somewhere else than what it is about)
        # ... unless it names only the country the tour went to and the visit's target a city in it ("started their
        # tour in China … arrived at Guangzhou … visited X": X is in Guangzhou)
        stated = state.get("place")
        if stated is not None and carried is not None and is_country(stated) and not is_country(carried):
            stated = None
        broad = _scene(doc, d) or stated or carried
        if broad is not None and d.type == "visit" and r.target is not None:
            broad = rd.in_its_town(doc.ctx, r.target, broad)  # "Благовещенский молочный комбинат" on a regional tour
        r.place = (inner if d.type == "investment" else None) or broad or inner
        if d.type == "agreement" and broad is None and inner is not None and r.target is not None:
            r.extras["place_is_topic"] = _told_as_topic(doc, r.target)  # "соглашение о создании в Пензенской области
            # завода": where the plant goes, not where the deal was signed
        if d.type == "visit" and r.place is not None and r.place == inner and r.place != carried \
                and r.extras.get("head") in doc.ctx.lex.admin_words:
            # "a media tour of Northwest China's Xinjiang Uygur autonomous region": the tour's stops are there (not
            # those after "the Xinjiang Software Park": a site is no place to carry)
            state["targets"] = (r.trigger, {r.place})
        elif d.type == "visit" and r.place is not None and listed_by == r.trigger:
            state["targets"] = (r.trigger, places | {r.place})  # the list's stops were in these places
    elif not r.place_explicit and d.type == "visit" and not r.extras.get("site_place") and _went_to_a_place(doc, r):
        trigger, places = state.get("targets", (None, set()))
        state["targets"] = (r.trigger, (places if trigger == r.trigger else set()) | {r.place})


def _told_as_topic(doc: _Doc, target: tuple[int, int]) -> bool:
    """Does a topic preposition ("on", "о") stand in the target before a place it names ("an agreement on building a
    plant in Penza Oblast"; not "12 documents worth $9 billion in the city of Samarkand")?"""
    ctx = doc.ctx
    places = ctx.mentions.within(target[0], target[1], rd.GPE)
    if not places:
        return False
    return any(w.group().lower() in ctx.lex.topic_prepositions
               for w in _LETTER_WORDS.finditer(ctx.text, target[0], places[-1].start_char))


def _from_the_visit(doc: _Doc, d: _Draft, kept: list[_Draft], visited: dict[tuple[int, int], str]) -> None:
    """A deal with no place is where the visit told beside it ("signed deals during a trip to X") or before it went,
    or where the talks it follows were held; a deal told as part of a visit or after the talks ("During the visit,
    the sides signed …", "The talks, held in Dushanbe on October 13, resulted in signing …") with no date of its own
    is dated by them."""
    told = _visit_referred(doc, d, kept)
    place, when = _occasion(doc, d) if told is None else (None, None)
    if d.reading.place is None or d.reading.extras.get("place_is_topic"):  # (what the deal is about is no place)
        d.reading.place = visited.get(d.sentence) or (told.reading.place if told is not None else None) or place \
            or d.reading.place
    if d.date is None and told is not None and told.date is not None and told.reading.status == d.reading.status:
        d.date, d.reading.date_mention = told.date, told.reading.date_mention
    elif d.date is None and when is not None and d.reading.status == "done":
        d.reading.date_mention, d.date = when


def _the_trip(kept: list[_Draft], d: _Draft, main: Callable[[], str | None]) -> str | None:
    """"Итоги рабочей поездки Акылбека Жапарова в КНР … • Было подписано более 40 документов": a signing done in a
    story of one trip, told after it, where the trip went (one place for every visit of the story); a trip to a
    country in a story set in one of its towns ("побывал в Китае. В Ухане …", ``main``: _main_place): that town."""
    if d.type != "agreement" or d.reading.status != "done":
        return None
    places = {v.reading.place for v in kept if v.type == "visit" and v.reading.status == "done"}
    # ... or a headline's signing, whose story the trip's lede tells
    trips = [v for v in kept if v.type == "visit" and v.reading.status == "done" and (v.line <= d.line or d.line == 0)]
    # ... a state visit "в Китай" and a stop "в Сиане": the trip went to the one country its visits name
    countries = {place for place in places if place is not None and is_country(place)}
    if not trips:
        return None
    went = next(iter(places)) if len(places) == 1 else next(iter(countries)) if len(countries) == 1 else None
    return (main() or went) if went is not None and is_country(went) else went


def _with_the_deal_before(doc: _Doc, d: _Draft, before: _Draft | None) -> None:
    """"The talks resulted in signing of the following documents: - the ministries signed …; - …": a run of deals,
    each in the paragraph after the one before, shares the place and date the first was given by what it followed."""
    if before is None or before.type != d.type or not 0 <= d.line - before.line <= 1:
        return
    if d.reading.place is None:
        d.reading.place = before.reading.place
    if d.date is None and before.date is not None and before.reading.status == d.reading.status \
            and not _own_day(doc, d.reading):
        d.date, d.reading.date_mention = before.date, before.reading.date_mention


def _visit_referred(doc: _Doc, d: _Draft, kept: list[_Draft]) -> _Draft | None:
    """"The delegation arrived in Xi'an. During the visit, the sides signed …": the visit told last before the
    sentence's back-reference to it (with a place), else None."""
    s, e = d.sentence
    at = next((k for k in doc.visit_references if s <= k < e), None)
    if at is None:
        return None
    return next((v for v in reversed(kept)
                 if v.type == "visit" and v.reading.trigger[0] < at and v.reading.place is not None), None)


def _not_its_own_actor(r: rd.Reading) -> None:
    """"the signing of the Joint Statement": what was signed signs nothing (an actor holding the whole target; the
    parties "between" whom a target is may stand inside it: "соглашение между министерством и компанией")."""
    if r.actor and r.target and r.actor_pronoun is None and (r.actor[0] <= r.target[0] and r.target[1] <= r.actor[1]
                                                            or r.actor[0] == r.target[0]):
        r.actor = r.actor_canonical = None  # ... or one opening as the target does: "the construction of a $200
        # million plant that was agreed upon …" (the plant, cut short, is no investor in itself)


def _to_capitals(doc: _Doc, kept: list[_Draft], visited: dict[tuple[int, int], str]) -> None:
    for d in kept:
        if d.type == "visit" and (capital := _capital_told(doc, d, kept)) is not None:
            if visited.get(d.sentence) == d.reading.place:
                visited[d.sentence] = capital  # the deals told beside it were signed there too
            d.reading.place = capital


def _capital_told(doc: _Doc, d: _Draft, kept: list[_Draft]) -> str | None:
    """"paid a state visit to China, during which he met Xi Jinping in Beijing", "Ташкент. … в Узбекистан прибывает
    … В ходе запланированных в г. Ташкенте встреч …": a visit placed in a country went to its capital when the story
    tells of something "in" the capital beside it (in the visit's paragraph or the next), or was filed from there
    ("TASHKENT, June 2 (Xinhua) -- X visited Uzbekistan"), unless it went around the country or to other cities
    of it. A visit to a region went so to its centre when its own sentence tells of something there ("as part of a
    working visit to XUAR, … held talks … in Urumqi"), it is no tour of the region (which goes around it) and the story
    tells of no stop elsewhere."""
    r = d.reading
    ctx = doc.ctx
    capital = CAPITALS.get(r.place or "")
    region = capital is None
    if region:  # (a visit to the region itself: a site of it may be anywhere in it)
        capital = region_centre(r.place)
        if capital is None or ctx.lex.touring.match(ctx.text, r.trigger[0]) or r.target is None \
                or not any(rd.entity_place(ctx, m) == r.place for m in ctx.mentions.within(*r.target, rd.GPE)):
            return None
    elsewhere = any(k.type == "visit" and k.reading.place not in (None, r.place, capital) for k in kept)
    if region and elsewhere:
        return None  # "concluded their five-day visit to Inner Mongolia" with a stop in Ulanqab: the region
    toured = _PLACE_WORD_BEFORE.search(ctx.text, max(0, r.target[0] - 20), r.target[0]) if r.target else None
    if toured is not None and toured.group(1).lower() in ctx.lex.tour_prepositions:
        return None  # "a seven-day trip around China", "поездка по Китаю": not one city
    last = d.line + (2 if d.line == 0 else 1)  # a headline tells the lede's news: the lede's next paragraph too
    # ... and the paragraph before it, past the headline ("… during a meeting on May 18 in Dushanbe. \n Wang Yi visited
    # Tajikistan …"), or the first when it is no headline but a paragraph of its own ("… held talks at the Presidential
    # Palace in Astana. \n … this was his fifth visit to Kazakhstan")
    first = d.line - 1 if d.line > LEDE_START or (d.line == LEDE_START and not _heading(ctx.text, doc.lines[0])) \
        else d.line
    # (a region's centre only in the visit's own sentence: its paragraphs may go elsewhere)
    start, end = d.sentence if region else (doc.lines[first][0], doc.lines[min(last, len(doc.lines) - 1)][1])
    named = ctx.mentions.within(start, end, rd.GPE)
    for e, nxt in zip(named, [*named[1:], None]):  # "in Beijing", "в г. Ташкенте"; not "Beijing's", "from …"
        if not _named_as_scene(ctx, e, start) or rd.entity_place(ctx, e) != capital:
            continue
        if nxt is None or not _AND_NEXT.fullmatch(ctx.text, e.end_char, nxt.start_char) \
                or is_country(rd.entity_place(ctx, nxt) or ""):
            return capital  # not "in Beijing and Hangzhou" (sites in two cities); "in Beijing, China" is Beijing
    if region:
        return None
    if ctx.lex.capital_unnamed.search(ctx.text, *d.sentence):
        return capital  # "met at the capital's airport the premier, who arrived in China", "в столичном аэропорту"
    if doc.filed_in == (capital, True) and not elsewhere:
        return capital  # filed from the capital, and no stop of the trip elsewhere
    return None


def _named_as_scene(ctx: rd.Context, e: Entity, start: int) -> bool:
    """Is the town mention ``e`` named as where something is told to happen: "in Beijing", "в г. Ташкенте", "в
    аэропорту Пекина" (a place in it), "Beijing hosted a meeting of …", or as where the visitors were when they left
    ("вернулся из Душанбе в Пекин")? (Not "Beijing's", "from Beijing".)"""
    before = _PLACE_WORD_BEFORE.search(ctx.text, max(start, e.start_char - 20), e.start_char)
    return (before is not None and before.group(1).lower() in ctx.lex.locative_prepositions) \
        or ctx.lex.place_inside.search(ctx.text, max(start, e.start_char - 30), e.start_char) is not None \
        or ctx.lex.left_from.search(ctx.text, max(start, e.start_char - 30), e.start_char) is not None \
        or ctx.lex.hosted_after.match(ctx.text, e.end_char) is not None


_AND_NEXT = re.compile(r"\s*(?:,\s*)?(?:and|и)?\s*")  # "Beijing and Hangzhou", "Пекине, Шанхае и …"


_PLACE_WORD_BEFORE = re.compile(r"(\w+)\s+(?:г\.\s*|города?\s+|the\s+(?:city\s+of\s+)?)?$")


def _occasion(doc: _Doc, d: _Draft) -> tuple[str | None, tuple[Entity, dates.ResolvedDate] | None]:
    """"Talks were held in Beijing on May 3. Following the talks, the sides signed …" ("переговоры в Пекине … По
    итогам переговоров подписаны …", "подписали … по итогам переговоров в Пекине"): where the talks, meeting or
    forum a deal's sentence refers to were held, the last one told with a place up to that reference, and the day
    named right after that place (its DATE, its date)."""
    ctx = doc.ctx
    s, e = d.sentence
    which = ctx.lex.occasion_which.search(ctx.text, s, d.reading.trigger[0])
    if which is not None:
        return _held_before(doc, s, which.start())
    told = ctx.lex.occasion_told.search(ctx.text, s, e)
    if told is None:
        return None, None
    # ... or right where it refers to them: "по итогам переговоров в Пекине", "following the talks in Beijing"
    held = [m.end() for m in ctx.lex.occasion.finditer(ctx.text, 0, e) if m.start() < told.end()]
    for at in reversed(held):
        place = ctx.mentions.covering(at, rd.GPE)
        if place is not None and place.start_char == at:
            day = next((m for m in ctx.mentions.starting(place.end_char, place.end_char + OCCASION_DAY_AFTER, _DATE)
                        if not _SENTENCE_END.search(ctx.text, place.end_char, m.start_char)), None)
            when = _when(doc, day) if day is not None else None
            if when is not None and (when.precision not in ("day", "month")
                                     or (doc.published is not None and when.date > doc.published)):
                when = None
            return rd.entity_place(ctx, place), ((day, when) if when is not None else None)
    return _occasion_sentence(doc, d) or _occasion_in_the_lede(doc, d, told.end()), None


OCCASION_PLACE_BEFORE = 4  # characters between a place and the occasion after it: "В Пекине по итогам переговоров"


def _occasion_in_the_lede(doc: _Doc, d: _Draft, told_end: int) -> str | None:
    """"Headline: X и Y подписали пакет соглашений по итогам переговоров … / Lede: В Пекине по итогам переговоров
    … состоялась церемония": a headline's deal is placed where its lede puts the talks, right before or after the
    words that name them again."""
    ctx = doc.ctx
    if d.reading.trigger[0] >= ctx.title_end:
        return None
    end = doc.lines[min(len(doc.lines) - 1, d.line + LEDE_LINES)][1]
    for m in ctx.lex.occasion_told.finditer(ctx.text, told_end, end):
        before = ctx.mentions.last_before(m.start(), m.start() - 40, rd.GPE)
        if before is not None and m.start() - before.end_char <= OCCASION_PLACE_BEFORE:
            return rd.entity_place(ctx, before)
        after = ctx.mentions.covering(next(ctx.lex.occasion.finditer(ctx.text, m.start(), end), m).end(), rd.GPE)
        if after is not None:
            return rd.entity_place(ctx, after)
    return None


def _occasion_sentence(doc: _Doc, d: _Draft) -> str | None:
    """"В Казахстане состоялся бизнес-форум «Алатау Инвест». В рамках форума подписан меморандум …": where the
    sentence that told the occasion last, in the deal's paragraph or the one before, places it (no date: the
    sentence may tell of days the deal was not signed on)."""
    ctx, (s, _) = doc.ctx, d.sentence
    told = list(ctx.lex.occasion_mention.finditer(ctx.text, doc.lines[max(0, d.line - 1)][0], s))
    if not told:
        return None
    start, end = sentence_around(doc.sentences, told[-1].start(), told[-1].end())
    return _held_before(doc, start, min(end, s))[0]


def _held_before(doc: _Doc, s: int, e: int) -> tuple[str | None, tuple[Entity, dates.ResolvedDate] | None]:
    """"The forum held on June 26 in Ürümqi, China, during which … were signed": the place (the first named,
    not a country when a town is named) and the day told in text[s:e], before the relative "during which"."""
    ctx = doc.ctx
    place = _town_first([rd.entity_place(ctx, m) for m in ctx.mentions.within(s, e, rd.GPE)
                         if not rd.named_as_origin(ctx, m.start_char)])
    for day in reversed(ctx.mentions.within(s, e, _DATE)):
        when = _when(doc, day)
        if when is not None and when.precision in ("day", "month") \
                and (doc.published is None or when.date <= doc.published):
            return place, (day, when)
    return place, None


OCCASION_DAY_AFTER = 30  # characters after the place of the talks where their day is named ("… in Dushanbe on May 3")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _told_after(doc: _Doc, d: _Draft, kept: list[_Draft], visited: dict[tuple[int, int], str]) -> None:
    """"China and Cambodia inked a pact. … The deal was inked in Phnom Penh" (or "… by visiting X in Phnom Penh"),
    "Соглашение будет подписано сегодня": a back-reference that says where or when places or dates the events of
    its kind told in its paragraph or the one before that have no place or date of their own."""
    r = d.reading
    place = r.place if r.place_explicit else visited.get(d.sentence) if d.type != "visit" else None
    when, mention = _resolved(doc, r), r.date_mention
    if place is None and d.type != "visit":
        # "… the meeting was held in Beijing, as a result of which the protocol was signed": where and when the talks
        # it follows were held
        place, held = _occasion(doc, d)
        if when is None and held is not None and r.status == "done":
            mention, when = held
    for k in kept:  # ... or the one before its last telling: "X и Y подпишут соглашение. \n X и Y подпишут …"
        lines = (k.line, k.retold.line if k.retold is not None else k.line)
        if k.type == d.type and any(0 <= d.line - line <= 1 for line in lines) and _same_thing(doc, k, d):
            if k.reading.place is None or (place is not None and is_country(k.reading.place)
                                           and not is_country(place)):
                # "построит на юге Киргизии завод … строительство завода планируется в городе Таш-Кумыр": the town
                k.reading.place = place
            if k.date is None and when is not None and k.reading.status == r.status:
                k.date, k.reading.date_mention = when, mention
            if k.reading.actor is None and r.actor is not None and r.actor_pronoun is None and d.type != "visit":
                # "… подписание ряда соглашений. Соглашения заключены между A и B": who signed them
                k.reading.actor, k.reading.actor_canonical = r.actor, r.actor_canonical


def _same_thing(doc: _Doc, k: _Draft, d: _Draft) -> bool:
    """May ``d``'s back-reference be to ``k``'s target? Not when both are sites of different kinds: "… is building a
    hospital in Shymkent. The plant, built by …, started in 2023" tells of another building (a plant and a factory
    may be one: the production sites are one kind)."""
    a, b = k.reading.extras.get("head"), d.reading.extras.get("head")
    sites, production = doc.ctx.lex.sites, doc.ctx.lex.production_sites
    return a is None or b is None or a == b or a not in sites or b not in sites \
        or (a in production and b in production)


def _merge(into: _Draft, d: _Draft) -> None:
    """A later mention of a known event adds only what the first left out."""
    a, b = into.reading, d.reading
    if a.actor is None and b.actor is not None:
        a.actor, a.actor_canonical = b.actor, b.actor_canonical
    if a.place is None:
        a.place = b.place
    if into.date is None and d.date is not None:
        into.date, a.date_mention = d.date, b.date_mention


REPORT_DAY_BEFORE = 40  # characters before a DATE where a report's verb makes it the report's day


def _went_to_a_place(doc: _Doc, r: rd.Reading) -> bool:
    """May a visit's place be carried to the tour's next stops? Not when its target is a site the tagger took for a
    place ("explored the Kashgar Ancient City": the next stop need not be there); a known place by name ("arrived in
    Tianjin") or a site that is no place at all may (what carries then is decided in _carry)."""
    if r.target is None:
        return True
    e = doc.ctx.mentions.covering(r.target[1] - 1, rd.GPE)
    return e is None or is_known_gpe(e.text, e.canonical or e.text)


def _trip_date(doc: _Doc) -> tuple[int, Entity, dates.ResolvedDate] | None:
    """The first sentence with a word of a visit ("tour", "trip", "visited", "поездка") and a DATE that resolves, as
    (where it is, the DATE, its date): the day of a trip the article tells, for its stops told without one, even
    when that sentence itself reports no visit ("took part in the tour on October 3"; a period's stops take its month:
    _carry)."""
    lex = doc.ctx.lex
    for (s, e), hits in doc.hits:
        # a sentence that tells of a visit only: "The visit follows an agreement signed on March 3" dates the agreement
        if not all(_kinds(lex, m) == {"visit"} for m in hits) or lex.end_forms.search(doc.ctx.text, s, e):
            continue  # "wrapped up the visit on Sunday": the day it ended dates no stop
        found = next(((s, m, d) for m in doc.ctx.mentions.within(s, e, _DATE)
                      if not lex.report_day.search(doc.ctx.text, max(s, m.start_char - REPORT_DAY_BEFORE), m.start_char)
                      and (d := _when(doc, m)) is not None
                      and d.precision in ("day", "month")  # "since 2018" dates no trip
                      and (doc.published is None or d.date <= doc.published)  # a plan dates no stop
                      # "The seven-day interview event … on May 3": the day it began or ended dates none of its stops
                      and (not doc.days_long or dates.is_period(m.text, doc.lang))), None)
        if found is not None:
            return found
    return None


def _document(doc: _Doc, drafts: list[_Draft]) -> list[_Draft]:
    kept: list[_Draft] = []
    seen: dict[str, _Draft] = {}
    states: dict[str, dict] = {}
    # where the visits of each sentence went, as read: "signed $2 billion in deals during a trip to X by …"
    visits = {d.sentence: d for d in drafts if d.type == "visit" and d.reading.place is not None}
    visited = {sentence: d.reading.place for sentence, d in visits.items()}
    sites = Counter(d.reading.trigger for d in drafts if d.type == "visit")
    for d in sorted(drafts, key=lambda x: x.reading.trigger):
        _not_its_own_actor(d.reading)
        if d.reading.extras.get("anaphoric") and any(k.type == d.type for k in kept):
            _told_after(doc, d, kept, visited)
            continue  # "During the tour …": the tour told before
        pronoun = d.reading.actor_pronoun is not None
        _resolve_actor(doc, d, kept)
        if pronoun and d.reading.actor is None and d.reading.extras["backed"] and not _in_money(doc, d.facts):
            continue  # "They plan to invest …" with no one named before: no investor, no amount
        state = states.setdefault(d.type, {})
        if d.type != "visit" and d.reading.place is None and d.sentence in visits:
            # "в рамках визита … в Кыргызстан подписан …": the next deals too; where the visit went as
            # _to_capitals will place it ("a state visit to China, during which … in Beijing … signed": Beijing)
            v = visits[d.sentence]
            state["place"] = _capital_told(doc, v, drafts) or v.reading.place
        _carry(doc, d, state)
        keys, register = _keys(doc, d, one_of_sites=sites[d.reading.trigger] > 1)
        known = _seen_before(doc, seen, keys, d)
        if known is not None:
            _retold(doc, known, d, kept, visited)
            for key in [k for k, v in seen.items()
                        if v is known and ("|lede|" in k or k in keys and k.endswith("|bare"))]:
                del seen[key]  # a headline's news is detailed once: the body's next deal of that noun is another
            continue
        _register(doc, seen, register, d)
        kept.append(d)
    _date_headline(doc, kept)
    _to_capitals(doc, kept, visited)
    deal = None
    main = cache(lambda: _main_place(doc, kept))  # the article's place, read once when first needed
    destination = cache(lambda: _main_place(doc, kept, as_destination=True))
    for d in kept:  # a visit the text places nowhere happened where the story was filed, else where the article is
        if d.type != "visit":
            _place_deal(doc, d, deal, kept, visited, destination)
            deal = d
        if d.reading.place is None and d.reading.status == "done" and d.type != "investment":
            d.reading.place = _filed_there(doc, d)
        if d.reading.place is None:
            d.reading.place = _ceremony_told_after(doc, d) or main() or _host_country(doc, d)
    return kept


def _place_deal(doc: _Doc, d: _Draft, deal: _Draft | None, kept: list[_Draft], visited: dict[tuple[int, int], str],
                destination: Callable[[], str | None]) -> None:
    """The place and date of a deal or an investment (``deal``: the one before it) from what it was told with."""
    _from_the_visit(doc, d, kept, visited)
    # "… resulted in signing of a number of documents. … resulted in signing of the following documents: - the
    # ministries signed …": a run may follow a deal's retelling
    told = deal.retold if deal is not None else None
    _with_the_deal_before(doc, d, told if told is not None and deal.line < told.line <= d.line else deal)
    # (after the run of deals it may belong to); a trip told before outranks the place of what the deal is about
    # ("visited China. An agreement to build a plant in Penza Oblast was signed": signed in China)
    if d.reading.place is None or d.reading.extras.get("place_is_topic"):
        d.reading.place = _the_trip(kept, d, destination) or d.reading.place


CEREMONY_LINES = 2  # lines after a signing where its ceremony may be told again with its place


def _ceremony_told_after(doc: _Doc, d: _Draft) -> str | None:
    """"… signed 10 agreements on Saturday. During the official signing ceremony in Uzbekistan's capital of
    Tashkent, …": where the signing's ceremony is told to be held, in the lines right after it (the first ceremony
    told there; of the places named up to a comma, the town rather than its country)."""
    if d.type != "agreement" or d.reading.status != "done":
        return None
    ctx, s = doc.ctx, d.sentence[1]
    end = doc.lines[min(len(doc.lines) - 1, d.line + CEREMONY_LINES)][1] if doc.lines else s
    m = ctx.lex.signing_held.search(ctx.text, s, max(s, end))
    if m is None:
        return None
    stop = _PHRASE_END.search(ctx.text, m.end())
    places = [rd.entity_place(ctx, e) for e in ctx.mentions.within(m.end(), stop.start() if stop else end, rd.GPE)]
    return _town_first(places, last=True)  # "Uzbekistan's capital of Tashkent": the town named last


_PHRASE_END = re.compile(r"[,.;:!?\n]")


def _town_first(places: list[str], last: bool = False) -> str | None:
    """Of places read in order, the first (or ``last``) that is no country, else the first."""
    towns = [name for name in places if not is_country(name)]
    return (towns[-1] if last else towns[0]) if towns else (places[0] if places else None)


def _host_country(doc: _Doc, d: _Draft) -> str | None:
    """The country an investment the text places nowhere goes to: the country the article names most (as a place,
    not as where someone comes from), when the investor is not from it ("Инвесторы из Китая намерены вложиться в 8
    заводов" in a story of China's money going to Kyrgyzstan)."""
    if d.type != "investment":
        return None
    ctx = doc.ctx
    investor = set()
    counts: Counter[str] = Counter()
    actor = d.reading.actor
    if actor is None:
        return None  # no investor named: the money may come from anywhere the text names
    for e in ctx.mentions.items:
        if e.label not in ("GPE", "NORP") or (e.label == "GPE" and rd.on_a_route(ctx, e)):
            continue  # "газопровод Туркменистан-Китай" runs between two countries, in neither
        name = e.canonical or e.text
        country = ctx.lex.countries.get(name, name)
        if not is_country(country):
            continue
        if actor[0] <= e.start_char < actor[1]:
            investor.add(country)
        elif e.label == "GPE" and not rd.named_as_origin(ctx, e.start_char):
            counts[country] += 1
    return next((c for c, n in counts.most_common() if c not in investor and n >= MAIN_PLACE_MENTIONS), None)


_APPOSED = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}")  # ", East China's " between a place and the one it is in


def _main_place(doc: _Doc, kept: list[_Draft], as_destination: bool = False) -> str | None:
    """The place the article is about, where a stop that states no place of its own happened: the city or region
    (not a country) it names most often, at least twice (the first named of those tied), else None — unless that
    place is named mostly as where the visitors and signers come from: in "A delegation from Wuxi … Wuxi businesses
    signed agreements with the zone" the news is where the zone is. A place named inside an event's actor, or after
    "from" or a group noun, is where someone comes from. ``as_destination``: the town a trip went to, so never a
    place named as a home at all ("The governor of Penza Oblast visited China … an agreement on a plant in Penza
    Oblast"), and named at least twice."""
    ctx = doc.ctx
    actors = [d.reading.actor for d in kept if d.reading.actor]
    if as_destination:  # ... and those of the tellings merged into them ("Русских … поездки" over "губернатор … области
        # Алексей Русских посетил")
        actors += [d.retold.reading.actor for d in kept if d.retold is not None and d.retold.reading.actor]
    total: Counter[str] = Counter()  # every mention, in the order named (most_common keeps it among ties)
    counts: Counter[str] = Counter()
    origin_counts: Counter[str] = Counter()
    last_origin = -1  # where the last origin mention ends: "from Wuxi, East China's Jiangsu province" names two
    for e in ctx.mentions.items:
        if e.label != "GPE" or is_country(e.canonical or e.text) or rd.on_a_route(ctx, e):
            continue
        name = rd.entity_place(ctx, e)
        total[name] += 1
        if any(a <= e.start_char < b for a, b in actors) \
                or rd.named_as_origin(ctx, e.start_char) \
                or ctx.lex.origin_next.match(ctx.text, e.end_char) \
                or (last_origin >= 0 and _APPOSED.fullmatch(ctx.text, last_origin, e.start_char)):
            origin_counts[name] += 1
            last_origin = e.end_char
            continue
        counts[name] += 1
    main = next((name for name, n in total.most_common(1) if n >= MAIN_PLACE_MENTIONS), None)
    # named mostly as a home (as a destination: ever)
    origins = {name for name, n in origin_counts.items() if n > (0 if as_destination else counts[name])}
    if main not in origins:
        return main
    # the most named place is where the visitors come from: the news is at the first of the others named most
    return next((name for name, n in counts.most_common() if name not in origins
                 and (not as_destination or n >= MAIN_PLACE_MENTIONS)), None)


LEDE_START = 1  # the line of the lede, under the headline


def _retold(doc: _Doc, known: _Draft, d: _Draft, kept: list[_Draft], visited: dict[tuple[int, int], str]) -> None:
    """``d`` tells ``known`` again: what it adds (_merge); a visit to a country told again by the town its words place
    there ("полетел в Китай" … "прибыла в китайский Шэньян", _country_of_town) was to that town, which replaces the
    country as its place."""
    if d.type != "visit":  # where and when the retelling's talks were: the deal's (see _place_deal)
        _from_the_visit(doc, d, kept, visited)
    elif d.reading.place and known.reading.place and is_country(known.reading.place) \
            and _country_of_town(doc, d.reading) == known.reading.place:
        known.reading.place = d.reading.place  # "полетел в Китай" told again as "прибыла в китайский Шэньян"
    known.retold = d
    _merge(known, d)


def _date_headline(doc: _Doc, kept: list[_Draft]) -> None:
    """A headline tells the lede's news, and a lede's tour the story's: an undated headline event or lede visit takes
    the date of the first dated event of its type told after it ("have participated in a media tour of Xinjiang. …
    visited communities … from June 30 to July 8": the tour from June 30)."""
    for d in kept:
        if d.line > LEDE_START or d.date is not None or (d.line == LEDE_START and d.type != "visit"):
            continue  # (a lede's deal and a later dated one are more often two deals than a tour and its stop)
        first = next((k for k in kept if k.line > d.line and k.type == d.type and k.date is not None
                      and k.reading.status == d.reading.status  # (not a plan by what was done)
                      and not _other_visitor(doc, d, k)), None)  # (nor a visit by an earlier one of someone else)
        if first is not None:
            d.date, d.reading.date_mention = first.date, first.reading.date_mention
        elif d.line == 0 and (opening := _lede_opening_date(doc)) is not None:
            d.reading.date_mention, d.date = opening


_OPENING_DATE = re.compile(r"\W*(?:(?:on|в|во)\s+)?", re.I)  # what may stand before a lede's opening date
_CLAUSE_AFTER = re.compile(r",?\s+(?:[^\W\d_]+\s+){2}")  # ... and words of a clause after it


def _lede_opening_date(doc: _Doc) -> tuple[Entity, dates.ResolvedDate] | None:
    """The day a lede opens with, when it tells no event of its own ("Journalists … visit Xi'an" over "On November
    27, a number of journalists … gathered in Xi'an to take part in interviews …"): the day of the headline's news,
    else None. Only a day, and none after the page's date (a lede opening with a plan's day tells what is to come)."""
    if len(doc.lines) <= LEDE_START:
        return None
    start, end = doc.lines[LEDE_START]
    found = next(iter(doc.ctx.mentions.within(start, end, _DATE)), None)
    if found is None or not _OPENING_DATE.fullmatch(doc.ctx.text, start, found.start_char) \
            or not _CLAUSE_AFTER.match(doc.ctx.text, found.end_char, end):
        return None  # (a line of the page's date alone is no lede)
    when = _when(doc, found)
    if when is None or when.precision != "day" or (doc.published is not None and when.date > doc.published):
        return None
    return found, when


def _event(doc: _Doc, d: _Draft) -> Event:
    text, r = doc.ctx.text, d.reading
    actor = (text[r.actor[0]:r.actor[1]], r.actor[0], r.actor[1]) if r.actor else (None, None, None)
    target = (text[r.target[0]:r.target[1]], r.target[0], r.target[1]) if r.target else (None, None, None)
    return Event(type=d.type, trigger=text[r.trigger[0]:r.trigger[1]], start_char=r.trigger[0], end_char=r.trigger[1],
                 actor=actor[0], actor_start=actor[1], actor_end=actor[2], actor_canonical=r.actor_canonical,
                 target=target[0], target_start=target[1], target_end=target[2],
                 target_canonical=r.target_canonical, place=r.place, date=d.date.date if d.date else None,
                 date_text=r.date_mention.text if r.date_mention is not None else None, status=r.status,
                 fact_spans=d.facts, sentence=bounded(text, d.sentence, r.trigger, flat=True),
                 date_precision=d.date.precision if d.date else None)


_NUMBER = re.compile(r"\d{2,}")
# an abbreviation in brackets inside a noun phrase, between two lower-case words the second of which continues it:
# "combined heat and power (CHP) plant" (not "the Xinjiang Uygur autonomous region (XUAR) of China")
_PHRASE_ENDS = ("of in on at to for from with by and or as is are was were will has have that which who "
                "в на с со по из для и или о об от к у за до при что который").split()
_BRACKETED_ABBREVIATION = re.compile(r"(?<=[a-zа-яё] )\([^\W\d_a-zа-яё]{2,6}\)(?= (?!(?:%s)\b)[a-zа-яё])"
                                     % "|".join(_PHRASE_ENDS))


def _rounded(doc: _Doc, s: int, e: int) -> str:
    """The window doc.view[s:e] as the parser reads it: each number of two digits or more outside a date as one
    stand-in of its length ("signed 17 agreements worth $629 million" -> "… 15 … $150 …"). No reading of a tree
    should hang on which digits a number has, and a sentence told again with other figures (a price, a count, a
    sum) is then parsed once (syntax.parse_many's cache); a date keeps its digits ("Nov 14-26"). The stand-ins
    ("15", "150", "1500") are those whose parses agreed most often with the parses of other numbers in their
    place, in sentences of our own (a parse can turn on a number's digits: "one of 12 bloggers from 9 countries")."""
    def rounded(m: re.Match) -> str:
        if doc.ctx.mentions.covering(s + m.start(), _DATE) is not None:
            return m.group()
        return "15" + "0" * (len(m.group()) - 2)

    # ... and an abbreviation in brackets inside a phrase as a word of its length: the parser takes the brackets for
    # an apposition that ends the phrase ("a combined heat and power (CHP) plant" gave "heat" as the head)
    return _BRACKETED_ABBREVIATION.sub(lambda m: "x" * len(m.group()), _NUMBER.sub(rounded, doc.view[s:e]))


def extract_events(text: str, lang: str, entities: Sequence[Entity] = (), facts: Sequence[Fact] = (),
                   published: date | None = None) -> list[Event]:
    """The events ``text`` reports, in document order (see tourpipe.models.Event); [] for other languages."""
    return next(iter(extract_events_batch([(text, lang, entities, facts, published)])))


def extract_events_batch(docs: Iterable[tuple], chunk: int = 64) -> Iterator[list[Event]]:
    """:func:`extract_events` for many documents (text, lang, entities, facts, published[, gaps[, year]]), in order: the
    trigger sentences of ``chunk`` documents are parsed in one batch, which the parser runs ~30 % faster. ``gaps``
    (quotes.read_quotes's) spares reading the text for quotations again."""
    it = iter(docs)
    while batch := list(itertools.islice(it, chunk)):
        prepared = [_prepare(*d) for d in batch]
        parses: dict[tuple[int, int], Parse] = {}
        for lang in {p[0].lang for p in prepared if p is not None}:
            keys = [(i, j) for i, p in enumerate(prepared) if p is not None and p[0].lang == lang
                    for j in range(len(p[1]))]
            items = [(prepared[i][0].view, (prepared[i][1][j][0][0], prepared[i][1][j][1])) for i, j in keys]
            read_as = [_rounded(prepared[i][0], *span) for (i, _), (_, span) in zip(keys, items)]
            # ... with the sentences a "they" may stand for the subject of (_group_before), into the parse cache
            before = [(p[0], span) for p in prepared if p is not None and p[0].lang == lang
                      for span in sorted(set(p[0].antecedents.values()))]
            parses.update(zip(keys, parse_many(items + [(doc.view, span) for doc, span in before], lang,
                                               read_as=read_as + [_rounded(doc, *span) for doc, span in before])))
        for i, p in enumerate(prepared):
            if p is None:
                yield []
                continue
            doc, cands = p
            drafts = _drafts(doc, cands, [parses[(i, j)] for j in range(len(cands))])
            yield [_event(doc, d) for d in _document(doc, drafts)]


__all__ = ["extract_events", "extract_events_batch"]
