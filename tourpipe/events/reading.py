"""Read one trigger word in its dependency parse: who acts, on what, where, when, and whether it is planned."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tourpipe.events.lexicon import EventLexicon, Trigger
from tourpipe.syntax import Mentions, Parse, Word

SITE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
GPE = frozenset({"GPE"})
_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
# A noun phrase stops at these relations: what follows describes it, or is a second phrase.
_PRUNE = frozenset({"acl", "advcl", "appos", "conj", "cc", "parataxis", "punct", "dep", "discourse", "list"})
_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp", "acl"})


@dataclass
class Reading:
    """What the parse says about one trigger (spans are character offsets into the source text)."""

    trigger: tuple[int, int]
    target: tuple[int, int]
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
    title_end: int  # end of the first line: headlines are exempt from the generic-present rule
    money: tuple[tuple[int, int], ...] = ()  # spans of money figures

    def amount_in(self, start: int, end: int) -> bool:
        return any(start <= a and b <= end for a, b in self.money)


# -- small helpers -----------------------------------------------------------------------------------------------------

def _base(w: Word) -> str:
    return w.dep.split(":")[0]


def _case(p: Parse, i: int) -> str | None:
    marks = p.children(i, "case")
    return marks[0].text.lower() if marks else None


def _entity(ctx: Context, w: Word, labels=None):
    return ctx.mentions.covering(w.start, labels)


def _same_entity(ctx: Context, p: Parse, a: int, b: int) -> bool:
    e = _entity(ctx, p.words[a])
    return e is not None and e.start_char <= p.words[b].start < e.end_char


def span_of(ctx: Context, p: Parse, head: int, keep_conj: bool = False) -> tuple[int, int]:
    """The noun phrase headed by ``head``: its subtree without descriptions, second phrases and the place."""
    lex = ctx.lex

    def skip(c: Word) -> bool:
        if c.head == head and c.dep == "case":
            return True  # "to Shanghai": the target is "Shanghai"
        if _same_entity(ctx, p, head, c.i):
            return False
        if keep_conj and _base(c) in ("conj", "cc"):
            return False
        if _base(c) in _PRUNE or (_base(c) == "nmod" and ctx.amount_in(c.start, p.words[max(p.subtree(c.i))].end)):
            return True  # "57 проектов на $16 млрд": the amount measures the event, it is not the target
        return _base(c) in ("nmod", "obl") and _case(p, c.i) in lex.locative_prepositions and \
            gpe_of(ctx, p, c.i) is not None

    idx = p.subtree(head, skip)
    run = [head]
    for k in range(head - 1, -1, -1):  # a contiguous run around the head, never past a comma
        if k not in idx or p.words[k].text in ",;:(":
            break
        run.insert(0, k)
    for k in range(head + 1, len(p.words)):
        if k not in idx or p.words[k].text in ",;:()":
            break
        run.append(k)
    while len(run) > 1 and p.words[run[-1]].pos == "PUNCT" and p.words[run[-1]].text not in ".)":
        run.pop()
    while len(run) > 1 and p.words[run[0]].pos == "PUNCT":
        run.pop(0)
    s, e = p.words[run[0]].start, p.words[run[-1]].end
    for m in ctx.mentions.within(max(0, s - 200), e + 200):  # a name is never cut in two
        if m.start_char < e and s < m.end_char:
            s, e = min(s, m.start_char), max(e, m.end_char)
    return s, e


def canonical(ctx: Context, p: Parse, head: int, labels) -> str | None:
    """Canonical name of the entity heading the phrase: the head itself, or a name modifying it."""
    w = p.words[head]
    own = _entity(ctx, w, frozenset(labels))
    if own is not None:
        return own.canonical or own.text
    near = [c for c in p.children(head) if _base(c) in ("compound", "amod", "nmod", "flat")
            and (_base(c) != "nmod" or _case(p, c.i) in (None, "from", "of", "из"))]
    for label in labels:
        for c in near:
            e = _entity(ctx, c, frozenset({label}))
            if e is not None:
                return e.canonical or e.text
    return None


def gpe_of(ctx: Context, p: Parse, i: int):
    """The GPE mention a noun names, itself or through a name modifying it ("Urumqi city")."""
    for w in [p.words[i]] + p.children(i, "compound", "flat", "amod", "appos"):
        e = _entity(ctx, w, GPE)
        if e is not None:
            return e
    return None


def _subject(p: Parse, v: int) -> Word | None:
    subs = [c for c in p.children(v, "nsubj") if c.i < v] or p.children(v, "nsubj")
    return subs[-1] if subs else None


# -- targets -----------------------------------------------------------------------------------------------------------

def _slot(ctx: Context, p: Parse, k: int, slot: str, passive: bool, trig: Trigger) -> list[int]:
    kids = p.children(k)
    if slot == "obj":
        return [] if passive else [c.i for c in kids if c.dep == "obj"]
    if slot == "subj:pass":
        return [c.i for c in kids if passive and trig.passive == "target" and _base(c) == "nsubj"]
    if slot == "gen":
        return [c.i for c in kids if _base(c) == "nmod" and _case(p, c.i) is None]
    if slot == "compound":
        return [c.i for c in kids if _base(c) in ("compound", "amod", "nmod") and c.i < k
                and _entity(ctx, c, SITE_LABELS) is not None]
    if slot == "appos":
        return [c.i for c in kids if _base(c) == "appos"]
    return [c.i for c in kids if _base(c) in ("obl", "nmod") and _case(p, c.i) == slot]


def _object_head(ctx: Context, p: Parse, h: int) -> int:
    """Past a quantifier: "a number of agreements" -> "agreements"."""
    if p.words[h].lemma in ctx.lex.quantifiers:
        for c in p.children(h, "nmod"):
            return c.i
    return h


def _fits(ctx: Context, p: Parse, h: int, trig: Trigger) -> bool:
    w = p.words[_object_head(ctx, p, h)]
    if trig.objects is not None:
        return w.lemma in trig.objects or w.text.lower() in trig.objects
    if trig.type != "visit":
        return True
    if _entity(ctx, w, SITE_LABELS) is not None:
        return True
    return w.lemma in ctx.lex.sites or w.text.lower() in ctx.lex.sites or w.lemma in ctx.lex.country_words


def _conjuncts(ctx: Context, p: Parse, heads: list[int], trig: Trigger) -> list[int]:
    out: list[int] = []
    todo = list(heads)
    while todo:
        h = todo.pop(0)
        if h in out:
            continue
        out.append(h)
        todo.extend(c.i for c in p.children(h, "conj") if not _same_entity(ctx, p, h, c.i) and _fits(ctx, p, c.i, trig))
    return sorted(out)


def _appos_after(ctx: Context, p: Parse, k: int) -> tuple[int, int] | None:
    """A name standing right after the trigger noun: "At the first stop, Naton Medical Group, …"."""
    pos = p.words[k].end
    rest = ctx.text[pos:pos + 3]
    if not rest.startswith(", "):
        return None
    e = ctx.mentions.covering(pos + 2, SITE_LABELS)
    return (e.start_char, e.end_char) if e is not None and e.start_char == pos + 2 else None


def targets(ctx: Context, p: Parse, k: int, trig: Trigger, passive: bool) -> list[tuple[int | None, tuple[int, int]]]:
    """(head, span) of each target of the trigger at k; a list of conjoined sites gives one target each."""
    for slot in trig.slots:
        heads = [h for h in _slot(ctx, p, k, slot, passive, trig) if _fits(ctx, p, h, trig)]
        if heads:
            return [(h, span_of(ctx, p, h)) for h in _conjuncts(ctx, p, heads, trig)]
        if slot == "appos":
            found = _appos_after(ctx, p, k)
            if found is not None:
                return [(p.index_at(found[0]), found)]
    return []


# -- actor -------------------------------------------------------------------------------------------------------------

def frame_of(ctx: Context, p: Parse, k: int, trig: Trigger) -> int:
    """The verb whose clause carries the event: the trigger verb, or the verb governing a trigger noun."""
    w = p.words[k]
    if trig.noun and w.head != k and p.words[w.head].pos in _VERBS:
        return w.head
    return k


def passive_voice(p: Parse, k: int) -> bool:
    w = p.words[k]
    if w.feat("Voice") == "Pass" or any(c.dep in ("aux:pass", "nsubj:pass") for c in p.children(k)):
        return True
    return w.feat("Variant") == "Short" and w.feat("VerbForm") == "Part"


def _noun_actor(ctx: Context, p: Parse, k: int, frame: int) -> Word | None:
    for c in p.children(k):
        if c.dep == "nmod:poss" or (_base(c) == "nmod" and _case(p, c.i) in ctx.lex.agent_prepositions):
            return c
    if frame != k:
        return _subject(p, frame)
    head = p.head_of(k)
    if head is not None and _base(p.words[k]) in ("obl", "nmod") and head.pos in _VERBS:
        return _subject(p, head.i)
    return None


def _verb_actor(ctx: Context, p: Parse, k: int, trig: Trigger, passive: bool) -> Word | None:
    if passive and trig.passive == "target":
        agents = [c for c in p.children(k) if c.dep == "obl:agent" or
                  (_base(c) == "obl" and c.feat("Case") == "Ins" and c.pos in _NOUNS)]
        return agents[0] if agents else None
    cur = k
    for _ in range(4):  # "plans to visit", "visited … and toured", "While visiting X, the group saw"
        subj = _subject(p, cur)
        if subj is not None:
            return subj
        w = p.words[cur]
        if w.head == cur or w.dep not in _CLIMB:
            return None
        if w.dep == "acl" and p.words[w.head].pos in _NOUNS:
            return p.words[w.head]  # "the delegation visiting the park"
        cur = w.head
    return None


def _after_adjunct(ctx: Context, p: Parse, k: int) -> tuple[int, int] | None:
    """The name right after an opening participle clause ("After visiting X, Lyubov Dobrota, …, said")."""
    end = p.words[max(p.subtree(k, lambda c: _base(c) in ("appos", "nmod", "punct") and c.i > k))].end
    pos = end
    while pos < len(ctx.text) and ctx.text[pos] in ", ":
        pos += 1
    e = ctx.mentions.covering(pos, frozenset({"PERSON", "ORG"}))
    return (e.start_char, e.end_char) if e is not None and e.start_char == pos else None


def actor(ctx: Context, p: Parse, k: int, trig: Trigger, frame: int, passive: bool) -> tuple:
    """(span, pronoun kind, canonical) of who acts, or (None, None, None)."""
    w = _noun_actor(ctx, p, k, frame) if trig.noun else _verb_actor(ctx, p, k, trig, passive)
    if w is None and not trig.noun and p.words[k].dep == "advcl" and p.words[k].i < p.words[k].head:
        found = _after_adjunct(ctx, p, k)
        if found is not None:
            e = ctx.mentions.covering(found[0])
            return found, None, e.canonical or e.text
    if w is None or w.lemma in ctx.lex.non_agents:
        return None, None, None
    if w.text.lower() in ctx.lex.pronouns:
        return (w.start, w.end), ctx.lex.pronouns[w.text.lower()], None
    return span_of(ctx, p, w.i, keep_conj=True), None, canonical(ctx, p, w.i, ACTOR_LABELS)


# -- status, place, date -----------------------------------------------------------------------------------------------

def _future(ctx: Context, p: Parse, v: int) -> bool:
    w = p.words[v]
    if w.feat("Tense") == "Fut":
        return True
    return any(_base(c) == "aux" and (c.lemma in ctx.lex.future_aux or c.text.lower() in ctx.lex.future_aux)
               and c.feat("Tense") in (None, "Fut", "Pres") for c in p.children(v))


def status(ctx: Context, p: Parse, k: int, frame: int) -> str:
    lex = ctx.lex
    if any(c.lemma in lex.plan_adjectives for c in p.children(k, "amod")):
        return "planned"
    cur = frame
    for _ in range(4):
        if _future(ctx, p, cur):
            return "planned"
        w = p.words[cur]
        if w.head == cur or w.dep not in ("xcomp", "csubj"):
            return "done"
        head = p.words[w.head]
        if head.lemma in lex.plan_words or head.text.lower() in lex.plan_words:
            return "planned"
        if head.lemma == "be" and any(c.text.lower() == "to" for c in p.children(cur)):
            return "planned"  # "is to visit"
        cur = head.i
    return "done"


def generic_present(ctx: Context, p: Parse, frame: int) -> bool:
    """English simple present outside the headline: a habit ("journalists are invited to tour Beijing")."""
    if not ctx.lex.generic_present or p.start < ctx.title_end:
        return False
    cur = frame
    while p.words[cur].dep in ("xcomp", "conj") and p.words[cur].head != cur:
        cur = p.words[cur].head
    w = p.words[cur]
    if w.feat("Tense") == "Pres" and w.feat("VerbForm") == "Fin" and w.pos == "VERB":
        return not p.children(cur, "aux")
    return any(c.dep == "aux:pass" and c.feat("Tense") == "Pres" for c in p.children(cur))


def negated(ctx: Context, p: Parse, k: int, frame: int) -> bool:
    return any(c.lemma in ctx.lex.negations or c.text.lower() in ctx.lex.negations
               for v in {k, frame} for c in p.children(v) if _base(c) in ("advmod", "neg", "det", "part"))


def back_reference(ctx: Context, p: Parse, k: int) -> bool:
    """A trigger noun that points back to an event already told: "this visit", "during the tour"."""
    lex = ctx.lex
    if any(c.lemma in lex.anaphoric_determiners or c.text.lower() in lex.anaphoric_determiners
           for c in p.children(k, "det")):
        return True
    if _case(p, k) in lex.anaphoric_prepositions:
        return True
    head = p.head_of(k)
    return head is not None and head.lemma in lex.anaphoric_frames and _base(p.words[k]) == "nmod"


def place_name(ctx: Context, name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower() in ctx.lex.admin_words:
        words.pop()
    while len(words) > 1 and words[0].lower() in ctx.lex.admin_words:
        words.pop(0)
    return " ".join(words)


def _locative(ctx: Context, p: Parse, h: int) -> str | None:
    for c in p.children(h):
        if _base(c) not in ("nmod", "obl") or _case(p, c.i) not in ctx.lex.locative_prepositions:
            continue
        e = gpe_of(ctx, p, c.i)
        if e is not None:
            return place_name(ctx, e.canonical or e.text)
        if c.lemma in ctx.lex.country_words and ctx.country:
            return ctx.country
    return None


def place(ctx: Context, p: Parse, k: int, frame: int, target_head: int | None, target: tuple[int, int],
          siblings: Sequence[int | None] = ()) -> tuple[str | None, bool]:
    """(place, stated): a GPE the clause locates the event in, else the target itself when it is a GPE.

    ``siblings`` are the heads of conjoined targets: "visited X and Y in Haidian District" puts both in Haidian.
    """
    for h in (target_head, *siblings, k, frame):
        if h is not None:
            found = _locative(ctx, p, h)
            if found:
                return found, True
    e = ctx.mentions.covering(target[0], GPE) or (ctx.mentions.covering(p.words[target_head].start, GPE)
                                                 if target_head is not None else None)
    if e is not None:
        return place_name(ctx, e.canonical or e.text), False
    return None, False


def date_mention(ctx: Context, p: Parse, k: int, frame: int):
    """The DATE mention in the trigger's clause nearest the trigger."""
    idx = p.subtree(frame, lambda c: c.dep in ("acl:relcl", "ccomp", "parataxis") or
                    (c.dep == "conj" and c.pos in _VERBS))
    if frame != k:
        idx = sorted(set(idx) | set(p.subtree(k)))
    words = [p.words[i] for i in idx]
    dates = {id(e): e for w in words if (e := ctx.mentions.covering(w.start, frozenset({"DATE"}))) is not None}
    if not dates:
        return None
    t = p.words[k].start
    return min(dates.values(), key=lambda e: abs(e.start_char - t))


def scope(p: Parse, frame: int) -> tuple[int, int]:
    idx = p.subtree(frame, lambda c: c.dep in ("acl:relcl", "parataxis", "conj", "ccomp"))
    return p.words[idx[0]].start, p.words[idx[-1]].end
