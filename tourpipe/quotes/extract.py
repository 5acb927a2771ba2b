"""Find quotations and reported speech in a text and attach each to its speaker."""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial

from tourpipe.models import Entity, Quote
from tourpipe.quotes import speakers as sp
from tourpipe.quotes.lexicon import QuoteLexicon, lexicon_for
from tourpipe.quotes.marks import Quoted, quotations
from tourpipe.syntax import (
    Mentions,
    blanked,
    bounded,
    datelines,
    line_spans,
    sentence_around,
    sentence_spans,
    title_case,
    unwrapped,
)

_MIN_ATTRIBUTED_WORDS = 2
_MIN_CUT_WORDS = 12  # an unattributed quotation the page cuts off: a stub of a few words may be anything
_MIN_FREE_WORDS = 5  # an unattributed quotation must read as a sentence to continue the last speaker's words
_MIN_BARE_WORDS = 4  # "He said he really liked Xinjiang": a clause after a bare "said" with its own subject
_MIN_CLAUSE_WORDS = 3
_MAX_NAME_WORDS = 4  # an unattributed quoted stretch this short inside a reported clause is a title or a name
_MAX_FRAGMENT_WORDS = 4  # a bare reported clause may hold quoted stretches this short: the speaker's own words
_WORDS = re.compile(r"\w+")


@dataclass
class _Found:
    start: int
    end: int
    direct: bool
    speaker: sp.Speaker | None
    verb: tuple[int, int] | None


@dataclass
class _Doc:
    text: str
    lex: QuoteLexicon
    mentions: Mentions
    sentences: list[tuple[int, int]]
    lines: list[tuple[int, int]]

    @property
    def sentence_starts(self) -> list[int]:
        if getattr(self, "_starts", None) is None:
            self._starts = [s for s, _ in self.sentences]
        return self._starts


def _n_words(text: str, s: int, e: int) -> int:
    return len(_WORDS.findall(text, s, e))


def _sentence_of(doc: _Doc, pos: int) -> tuple[int, int]:
    return sentence_around(doc.sentences, pos, pos)


def _credit(doc: _Doc, verb: re.Match | None, group: str = "verb") -> bool:
    return verb is not None and verb.group(group).lower() in doc.lex.credit


def _speaking_body(doc: _Doc, a: int, b: int) -> bool:
    """Does the naming text[a:b] open with a press service, a ministry, an akimat ("Как сообщает пресс-служба
    акимата, …"): a body that states, not an outlet that reports?"""
    words = [m.group().lower() for m in sp._words(doc.text, a, b)[:3]]
    return any(w.startswith(doc.lex.speaking_bodies) for w in words if w not in ("the", "its", "his", "her")) \
        or doc.lex.press_body.match(doc.text, a, b) is not None  # "the prime minister's press office"


# -- direct quotations -------------------------------------------------------------------------------------------------

def _attribution_after(doc: _Doc, q: Quoted, limit: int) -> tuple[sp.Speaker | None, tuple[int, int]] | None:
    text, lex = doc.text, doc.lex
    inner = text[q.start:q.end] if q.close is not None else ""
    tail = text[q.outer_end:limit]
    if not (lex.after_quote_tail.match(tail) or lex.after_quote.search(inner)
            or (tail.startswith(",") and _n_words(text, q.start, q.end) > _MAX_NAME_WORDS)):
        # “Mount of Freedom”, stated that …: a name in quotes, not someone's words (a long quotation may have its
        # comma outside the marks: “… bring good news”, said Jerónimo.)
        return None
    m = lex.after_verb_first.match(tail)
    if m and _credit(doc, m) and not _speaking_body(doc, q.outer_end + m.start("rest"), q.outer_end + m.end("rest")):
        return None  # "«…», — сообщает Kazinform": the outlet that carries the story, not who said it
    if m and sp._first_word(text, q.outer_end + m.start("rest"), q.outer_end + m.end("rest")) not in ("that", "что"):
        a = q.outer_end + m.start("rest")
        return sp.right_speaker(lex, doc.mentions, text, a, q.outer_end + m.end("rest")), _span(m, "verb", q.outer_end)
    m = lex.according_after.match(tail)
    if m:  # '"…," according to Li Ming, head of the park.'
        return sp.right_speaker(lex, doc.mentions, text, q.outer_end + m.start("np"), q.outer_end + m.end("np")), \
            _span(m, "acc", q.outer_end)
    m = lex.quoted_as.match(tail)
    if m:
        return sp.right_speaker(lex, doc.mentions, text, q.outer_end + m.start("np"), q.outer_end + m.end("np")), None
    m = lex.after_np_first.match(tail)
    if m and len(m.group("np").split(",")[0].split()) <= 8:  # a naming, and at most one description after it
        a = q.outer_end + m.start("np")
        return sp.left_speaker(lex, doc.mentions, text, a, q.outer_end + m.end("np")), _span(m, "verb", q.outer_end)
    return _headline_naming(doc, q, limit)


_DASH_NAMING = re.compile(r"\s*(?:--|[—–-])\s*(?P<np>[^\s.!?;:«»“”\"]"
                          r"(?:[^.!?;:«»“”\"\n]|\"[^\"\n]{1,40}\"|«[^«»\n]{1,40}»)*)")
_HEADLINE_NAMING_WORDS = 12


def _headline_naming(doc: _Doc, q: Quoted, limit: int) -> tuple[sp.Speaker | None, None] | None:
    """A headline's '"Мы своими глазами увидели развитие Синьцзяна" -- главный редактор газеты "Деловой Казахстан"':
    a line that is a quotation, a dash and who said it, with no verb."""
    text = doc.text
    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:q.open].strip() or limit < line_end:
        return None
    m = _DASH_NAMING.fullmatch(text[q.outer_end:line_end].rstrip())
    if m is None or _n_words(text, q.outer_end + m.start("np"), q.outer_end + m.end("np")) > _HEADLINE_NAMING_WORDS:
        return None
    speaker = sp.right_speaker(doc.lex, doc.mentions, text, q.outer_end + m.start("np"), q.outer_end + m.end("np"))
    return (speaker, None) if speaker is not None else None


_ATTRIBUTION_TAIL_WORDS = 3  # "told a reporter", "said on Monday": what may follow the verb of an attribution


def _person_right_after(doc: _Doc, q: Quoted, line_end: int) -> tuple[sp.Speaker | None, tuple[int, int]] | None:
    """A quotation closed by its own full stop, then the sentence naming who said it: '"… big data." Rafael Zerbetto,
    editor of the Courier, told a reporter'. Only a named person opening that sentence attributes it."""
    text, lex = doc.text, doc.lex
    if q.close is None or not text[q.start:q.close].rstrip().endswith((".", "!", "?")):
        return None
    limit = min(line_end, _sentence_of(doc, min(q.outer_end + 1, len(text) - 1))[1])
    m = lex.after_np_first.match(text[q.outer_end:limit])
    if m is None or len(m.group("np").split(",")[0].split()) > 8:
        return None
    a = q.outer_end + m.start("np")
    named = doc.mentions.covering(a, sp.PERSON)
    if named is None or named.start_char != a:
        return None
    rest = re.split(r"[,.;:!?]", text[q.outer_end + m.end("verb"):limit], maxsplit=1)[0].split()
    rest = list(itertools.takewhile(lambda w: w.lower() not in lex.speaker_stops, rest))  # "… on Monday"
    if len(rest) > _ATTRIBUTION_TAIL_WORDS or rest[:1] in (["that"], ["что"]):
        return None  # "X said that …", "X said the world is …": X's own next statement, not this one's attribution
    return sp.left_speaker(lex, doc.mentions, text, a, q.outer_end + m.end("np")), _span(m, "verb", q.outer_end)


def _span(m: re.Match, group: str, offset: int) -> tuple[int, int]:
    return offset + m.start(group), offset + m.end(group)


def _attribution_before(doc: _Doc, q: Quoted, floor: int) -> tuple[sp.Speaker | None, tuple[int, int]] | None:
    text, lex = doc.text, doc.lex
    m = lex.before_quote.search(text, floor, q.open)
    if m is None:
        return _named_before_colon(doc, q, floor) or _according_before_colon(doc, q, floor) \
            or _subject_before_colon(doc, q, floor) or _as_said_before(doc, q, floor)
    if _credit(doc, m):
        return None
    if _title_in_clause(doc, m, q):
        return None
    colon = text[floor:q.open].rstrip().endswith(":")
    if m.group("comp") is None and lex.that_verb.fullmatch(m.group("verb")) and not colon:
        return None
    speaker = sp.left_speaker(lex, doc.mentions, text, floor, m.start("verb"))
    if speaker is None and m.group("mid").strip():
        speaker = sp.right_speaker(lex, doc.mentions, text, m.start("mid"), m.end("mid"))
    return speaker, (m.start("verb"), m.end("verb"))


def _as_said_before(doc: _Doc, q: Quoted, floor: int) -> tuple[sp.Speaker, tuple[int, int]] | None:
    """"Как заявил сегодня, 13 ноября, на совещании глава Башкирии Радий Хабиров, «…»", "As the governor Li Wei said at
    the forum on Monday, “…”": in an "as … said" clause set before the quotation, the person named right before its
    verb, else the one that ends it, speaks the quotation (the clause may run longer than before_quote's few words, with
    when and where between commas)."""
    text = doc.text
    before = text[floor:q.open].rstrip()
    if not before.endswith(","):
        return None
    s, comma = max(floor, _sentence_of(doc, q.open)[0]), floor + len(before) - 1
    m = doc.lex.as_verb.match(text, s, comma)
    if m is None:
        return None
    # the person right before the verb ("As Li Wei said at …"), else the one that ends the clause ("Как заявил … X,")
    people = [p for p in doc.mentions.within(m.start(), comma, sp.PERSON)
              if not text[p.end_char:(m.start("verb") if p.end_char <= m.start("verb") else comma)].strip()]
    return (sp.Speaker(people[0].start_char, people[0].end_char), m.span("verb")) if people else None


def _title_in_clause(doc: _Doc, m: re.Match, q: Quoted) -> bool:
    """'said that the delegation will visit the "Silk Road Heritage Museum"': a clause stands between the verb and a
    quoted stretch in title case (every longer word capitalised), which names a place or a work, not words said."""
    mid = set(m.group("mid").lower().split())
    if not (mid & doc.lex.clause_verbs or doc.lex.complementizer in mid):
        return False
    long_words = [w for w in _WORDS.findall(doc.text, q.start, q.end) if len(w) >= 4]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def _named_before_colon(doc: _Doc, q: Quoted, floor: int) -> tuple[sp.Speaker | None, None] | None:
    """An interview's attribution without a verb: "Director of the park Li Wei: “…”" (a person named right before
    the colon that opens the quotation)."""
    text = doc.text
    before = text[floor:q.open].rstrip(" \t—–-")
    if not before.endswith(":") or _headline(doc, q.open):
        return None  # ... not a headline's "Радий Хабиров: «Китай может стать …»": a headline quotes no one
    colon = floor + len(before) - 1
    a, b = sp._strip(text, floor, colon)
    named = doc.mentions.covering(b - 1, frozenset({"PERSON"}))
    if named is None or text[named.end_char:colon].strip():
        # a caption's "Нуралхан Кушеров, аким области: «…»": the name opens the naming, a short role follows it
        named = doc.mentions.covering(a, frozenset({"PERSON"}))
        rest = text[named.end_char:b] if named is not None and named.start_char == a else ""
        if not rest.startswith(",") or _n_words(text, named.end_char, b) > _CAPTION_ROLE_WORDS \
                or any(c in rest for c in ".;!?«»“”\""):
            return None
        role = sp._strip(text, named.end_char + 1, b)
        return sp.Speaker(named.start_char, named.end_char, role), None
    speaker = sp.left_speaker(doc.lex, doc.mentions, text, floor, colon)
    return (speaker, None) if speaker is not None else None


def _headline(doc: _Doc, at: int) -> bool:
    """Is the line holding ``at`` the page's headline: its first line of text, with more text below it, or a line
    with the same words (a page may give its headline twice, in other quotation marks)?"""
    text = doc.text
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    lines = [(s, e) for s, e in doc.lines if text[s:e].strip()]
    if len(lines) < 2:
        return False
    return lines[0][0] <= ls < lines[0][1] or _WORDS.findall(text, *lines[0]) == _WORDS.findall(
        text, ls, len(text) if le < 0 else le)


_CAPTION_ROLE_WORDS = 10  # "аким Туркестанской области", "first deputy chairman of the regional government"


def _according_before_colon(doc: _Doc, q: Quoted, floor: int) -> tuple[sp.Speaker, tuple[int, int]] | None:
    """"По словам Данияра Амангельдиева, товарооборот растёт: «…»", "According to Li, trade grew: “…”": a
    sentence the frame opens goes on to its speaker's own words after a colon; or they are its whole clause:
    "According to Li, “trade grew by a third.”" """
    text = doc.text
    before = text[floor:q.open].rstrip(" \t—–-")
    if before.endswith(":"):
        m = doc.lex.according_first.match(before)
    elif before.endswith(","):
        m = doc.lex.according_open.search(before)
    else:
        return None
    if m is None or not _speaking(doc, floor + m.start("np"), floor + m.end("np")):
        return None
    speaker = sp.right_speaker(doc.lex, doc.mentions, text, floor + m.start("np"), floor + m.end("np"))
    return (speaker, (floor + m.start("acc"), floor + m.end("acc"))) if speaker is not None else None


_MIN_COLON_WORDS = 6  # ... with no word of speech, a quotation after a colon reads as a sentence, not as a title


def _subject_before_colon(doc: _Doc, q: Quoted, floor: int) -> tuple[sp.Speaker, None] | None:
    """"Открывая встречу, госпожа Цзян Вэй сразу задала тон разговору: «…»", "The governor summed up the trip:
    “…”": with no word of speech, the person who opens the sentence whose clause ends in the colon opening the
    quotation speaks it (a person after a preposition is no subject: "Встреча с Ли Вэем прошла так: «…»")."""
    text = doc.text
    before = text[floor:q.open].rstrip(" \t—–-")
    if not before.endswith(":") or _n_words(text, q.start, q.end) < _MIN_COLON_WORDS:
        return None
    colon = floor + len(before) - 1
    s = max(floor, _sentence_of(doc, colon)[0])
    people = doc.mentions.within(s, colon, sp.PERSON)
    first = people[0] if people else None
    if first is None or sp._after_preposition(text, s, first) \
            or _n_words(text, s, first.start_char) > sp.SUBJECT_WORDS or text[first.end_char:first.end_char + 1] != " ":
        return None  # (a name set off by a comma opens a caption, not a clause: "Li Wei, in the week …: “…”")
    return sp.Speaker(first.start_char, first.end_char), None


def _interrupted(doc: _Doc, q: Quoted) -> list[_Found]:
    """«Мы строим новый терминал, — сказал Жумабаев. — Он откроется в мае»: one quotation in two parts, its
    attribution between dashes inside the marks."""
    text = doc.text
    m = doc.lex.interrupted.search(text, q.start, q.end)
    if m is None:
        return []
    speaker = sp.right_speaker(doc.lex, doc.mentions, text, m.start("np"), m.end("np"))
    first = sp._strip(text, q.start, m.start("cut") + (text[m.start("cut")] != ","))
    second = sp._strip(text, m.end(), q.end)
    if speaker is None or min(_n_words(text, *first), _n_words(text, *second)) < _MIN_ATTRIBUTED_WORDS:
        return []
    verb = (m.start("verb"), m.end("verb"))
    return [_Found(*first, True, speaker, verb), _Found(*second, True, speaker, verb)]


def _direct(doc: _Doc, q: Quoted, floor: int, line_end: int, continues: bool = False) -> _Found | None:
    """A quotation with its attribution, or None when nothing marks it as someone's words. ``continues``: a
    quotation of this paragraph before it was someone's (“…,” said X. “The park impressed us.”)."""
    s0, s1 = _sentence_of(doc, q.open)
    _, tail_end = _sentence_of(doc, max(q.outer_end - 1, q.open))
    words = _n_words(doc.text, q.start, q.end)
    if words <= _MAX_NAME_WORDS and doc.text[q.start:q.start + 1].isupper() \
            and doc.text[q.end - 1:q.end] not in ",.!?…" and _clause_goes_on(doc.text, q.outer_end):
        return None  # "сказал, что «Узбекистон темир йуллари» подписала …": a name the clause goes on after
    found = _attribution_before(doc, q, max(s0, floor)) or _attribution_after(doc, q, min(line_end, tail_end)) \
        or _person_right_after(doc, q, line_end)
    if found is not None and words >= _MIN_ATTRIBUTED_WORDS:
        end = q.end - 1 if doc.text[q.end - 1] == "," else q.end  # “…,” he said: the comma is the attribution's
        return _Found(q.start, end, True, found[0], found[1])
    if q.close is None and (doc.text[q.end:].strip() or words < _MIN_CUT_WORDS) \
            and not _goes_on_below(doc, q.end, line_end):
        return None  # a quotation left open inside the text, or a stub the page cuts off, with no speaker in sight
    # (a longer one the page cuts off at its end is the speaker's words like any other: «Мы приезжали в Синьцзян, …)
    opens_sentence = not doc.text[max(s0, floor):q.open].strip(" \t—–-")
    # a short one continues the speaker's words only as a sentence of its own ("The park impressed us."), not a title
    # ... its full stop inside the marks, or right after them as Russian typography puts it («…».)
    said = words >= _MIN_FREE_WORDS or (continues and words >= _MIN_ATTRIBUTED_WORDS
                                        and (doc.text[q.start:q.end].rstrip().endswith((".", "!", "?", "…"))
                                             or (doc.text[q.outer_end:q.outer_end + 1] in (".", "!", "?", "…")
                                                 and _predicated(doc, q))))
    if opens_sentence and said and doc.text[q.start:q.start + 1].isupper() and not _heading(doc, q, line_end):
        return _Found(q.start, q.end, True, None, None)  # the speaker is the one quoted last
    return None


def _heading(doc: _Doc, q: Quoted, line_end: int) -> bool:
    """Is the quotation a sub-heading in quotation marks: its whole line, in Title Case, with no full stop?"""
    text = doc.text
    if text[_line_start(doc, q.open):q.open].strip() or text[q.outer_end:line_end].strip() \
            or text[q.start:q.end].rstrip()[-1:] in ".!?…":
        return False
    return title_case(text, q.start, q.end)


_OPENS_QUOTED = re.compile(r"\n\s*[\"“«„]")


def _goes_on_below(doc: _Doc, end: int, line_end: int) -> bool:
    """Do words quoted up to ``end``, left open at the end of their paragraph (``line_end``), go on in the next
    paragraph, which opens with a quotation mark? A speaker's words that run over paragraphs: each paragraph opens
    with a mark, only the last one closes."""
    return not doc.text[end:line_end].strip() and _OPENS_QUOTED.match(doc.text, line_end) is not None


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")


def _clause_goes_on(text: str, pos: int) -> bool:
    """Does a word in lower case follow at ``pos`` (right after closing marks: the clause goes on)?"""
    m = _NEXT_WORD.match(text, pos)
    return m is not None and m.group(1).islower()


_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "ADJS", "PRED"})  # pymorphy3's parts of speech that say something


def _predicated(doc: _Doc, q: Quoted) -> bool:
    """Has a short stretch in marks a predicate («Жители ждут его давно».), so that it reads as words said, not as a
    name standing alone («Нурлы жол».)? Russian only (pymorphy3); elsewhere the full stop stands inside the marks."""
    if doc.lex.lang != "ru":
        return False
    from tourpipe.nlp import morph

    return any(morph().parse(w.lower())[0].tag.POS in _PREDICATES for w in _WORDS.findall(doc.text, q.start, q.end))


# -- reported speech ---------------------------------------------------------------------------------------------------

def _clause(doc: _Doc, a: int, b: int, verb: str | None = None) -> tuple[int, int]:
    stop = doc.lex.clause_stop.search(doc.text, a, b)
    b = stop.start() if stop else b
    if verb is not None:
        b = next((m.start() for m in doc.lex.coordinated_verb.finditer(doc.text, a, b)
                  if _same_past_form(verb, m.group("verb"))), b)
    s, e = sp._strip(doc.text, a, b, " \t,;:")
    return s, e


_PAST_ENDING = re.compile(r"(л|ла|ло|ли)(?:сь|ся)?$")


def _same_past_form(verb: str, other: str) -> bool:
    """Are both past-tense verbs of one gender and number ("отметил" … "выразил"), so one subject's two verbs?"""
    a, b = _PAST_ENDING.search(verb.lower()), _PAST_ENDING.search(other.lower())
    if a is None or b is None or a.group(1) != b.group(1):
        return False
    from tourpipe.nlp import morph

    return any(p.tag.POS == "VERB" and "past" in p.tag for p in morph().parse(other.lower()))


def _outside(quoted: list[Quoted], a: int, b: int) -> bool:
    return not any(q.open < b and a < q.outer_end for q in quoted)


def _reported_that(doc: _Doc, s: int, e: int, quoted: list[Quoted]) -> list[_Found]:
    text, lex, out = doc.text, doc.lex, []
    floor = s
    for m in _reported_verbs(lex, text, s, e):
        # "said that “…”" quotes; "сказал, что «Узбекистон темир йуллари» подписала …" reports (a name, no speech)
        if _credit(doc, m) or not _outside(quoted, m.start(), m.end()) or \
                (text[m.end():m.end() + 1] in "\"“«„" and any(q.open == m.end() for q in quoted)):
            floor = m.end()
            continue
        if lex.clause_verbs & set(m.group("mid").lower().split()):
            continue  # "said the port is the one that handles …": a clause, not the recipient, before "that"
        if m.group("mid").strip() and sp._first_word(text, m.end(), e) in lex.clause_verbs:
            continue  # "announced the launch of a route that will connect …": "that" is the route, no clause opens
        a, b = _clause(doc, m.end(), e, m.group("verb"))
        if _n_words(text, a, b) < _MIN_CLAUSE_WORDS:
            continue
        if m.group("verb").lower() in lex.gerunds:
            speaker = _gerund_speaker(doc, floor, m.start("verb"), quoted)  # "…, adding that": who spoke before
        else:
            # "…, said Sun, who insisted that": Sun, named after the verb before (not "met Li, who said that": Li)
            rel = lex.relative_speaker.search(text, floor, m.start("verb"))
            speaker = (_relative_speaker(doc, floor, rel.start(), quoted) if rel is not None else None) \
                or sp.left_speaker(lex, doc.mentions, text, floor, m.start("verb"))
        if speaker is None and m.group("mid").strip() and m.group("verb").lower() not in lex.tell_verbs:
            # (whom a speaker "told" heard it: "… told the Global Times that" names no speaker after the verb)
            speaker = sp.right_speaker(lex, doc.mentions, text, m.start("mid"), m.end("mid"))
        if speaker is None and m.group("verb").lower() in lex.impersonal:
            speaker = sp.Speaker(m.start("verb"), m.end("verb"), pronoun="impersonal")  # whoever spoke last (_resolve)
        if speaker is not None and _relays_a_person(doc, speaker, a, b):
            floor = a  # "Xinhua reported that Wen informed the premier that …": Wen's words, read next
            continue
        if speaker is not None:
            out.append(_Found(a, b, False, speaker, (m.start("verb"), m.end("verb"))))
        floor = b
    return out


def _reported_verbs(lex: QuoteLexicon, text: str, s: int, e: int) -> Iterator[re.Match]:
    """The matches of ``lex.reported`` in text[s:e]; of two reporting verbs before one "that", the later ("рассказал о
    планах и отметил, что …": the clause is what he noted)."""
    pos = s
    while (m := lex.reported.search(text, pos, e)) is not None:
        later = lex.say.search(text, m.start("mid"), m.end("mid"))
        if later is not None:
            pos = later.start()
            continue
        if m.group("verb").lower() in lex.noun_like and _DETERMINED.search(text, max(s, m.start("verb") - 12),
                                                                           m.start("verb")):
            pos = m.end("verb")  # "the premier's state visit that began …": a noun, not "state that"
            continue
        yield m
        pos = m.end()


_DETERMINED = re.compile(r"(?:(?<![\w'’])(?:the|a|an|its|his|her|their|our|this)|\w['’]s)\s+$", re.I)


def _relative_speaker(doc: _Doc, s: int, at: int, quoted: list[Quoted]) -> sp.Speaker | None:
    """"CLAUSE, said Sun, who insisted that …", "…, сообщил посол Ли Вэй, который подчеркнул, что …": the naming
    after an inverted speech verb, which the relative pronoun at ``at`` stands for; None when no such verb comes
    right before it ("met Li Wei, who said that …" is read as ever)."""
    said = [v for v in doc.lex.say.finditer(doc.text, s, at)
            if _outside(quoted, v.start(), v.end()) and v.group().lower() not in doc.lex.gerunds]
    if not said or not doc.text[s:said[-1].start()].rstrip(" \t—–-").endswith(","):
        return None
    return sp.right_speaker(doc.lex, doc.mentions, doc.text, said[-1].end(), at)


def _relays_a_person(doc: _Doc, speaker: sp.Speaker, a: int, b: int) -> bool:
    """Does a speaker that names no person report, in text[a:b], what a person named there said ("Xinhua reported
    that Wen also informed the premier that …")?"""
    if speaker.start < 0 or doc.mentions.within(speaker.start, speaker.end, sp.PERSON):
        return False
    inner = doc.lex.reported.search(doc.text, a, b)
    return inner is not None and bool(doc.mentions.within(a, inner.start("verb"), sp.PERSON)) \
        and _n_words(doc.text, a, inner.start("verb")) <= _MAX_RELAYED_NAMING


_MAX_RELAYED_NAMING = 6  # words naming the person whose words an outlet relays: "Chinese Premier Wen Jiabao also"


def _only_fragments(doc: _Doc, quoted: list[Quoted], a: int, b: int) -> bool:
    """Is every quotation in text[a:b] a few of the speaker's own words inside the clause ('said the company had
    "concrete plans" to invest')? A longer one, or one that opens the clause, is a quotation of its own."""
    return all(q.open > a and _n_words(doc.text, q.start, q.end) <= _MAX_FRAGMENT_WORDS
               for q in quoted if q.open < b and a < q.outer_end)


def _reported_bare(doc: _Doc, s: int, e: int, quoted: list[Quoted]) -> list[_Found]:
    """English "Li said the park …": a short naming, the verb, then a clause."""
    text, lex = doc.text, doc.lex
    m = lex.bare_said.search(text, s, e)
    if m is None or not _outside(quoted, m.start(), m.end()) or not _only_fragments(doc, quoted, m.end(), e):
        return []
    if any(s <= q.open and q.outer_end <= m.start() for q in quoted):
        return []  # "“…,” Ambassador X told the forum on Monday": the verb attributes the quotation before it
    start = _past_when(lex, text, m.end(), e)  # "said during the meeting the two sides …", "said on Tuesday the …"
    first = sp._first_word(text, start, e)
    if (first in lex.adverbial_openers and not lex.according_lead.match(text, start, e)
            and not lex.approximate_number.match(text, start, e)) \
            or first in lex.describing_openers or first == "that":
        return []  # "said in a statement"; not "said according to the statistics, the investments …"
    named = doc.mentions.covering(start, frozenset({"PERSON"}))
    if named is not None and named.start_char == start:
        return []  # "…, said Nurlan Abenov, deputy head": the naming, not a clause
    told = m.group("verb").lower() in lex.tell_verbs
    if told and not m.group("mid").strip():
        # "told a Kazakh news agency his company plans to …": who heard it, then the clause; "told the visitors about
        # the park" tells no clause
        hearer = lex.bare_hearer.match(text, start, e)
        if hearer is None:
            return []
        start = hearer.end()
    speaker = sp.left_speaker(lex, doc.mentions, text, s, m.start("verb"))
    a, b = _clause(doc, start, e)
    if speaker in (None, sp.COORDINATED) or _n_words(text, a, b) < _MIN_BARE_WORDS:
        return []
    if m.group("verb").lower() in lex.bare_needs_verb and not lex.clause_verbs & set(_main_words(lex, text, a, b)):
        # "noted the importance of the plant", "explained the details": what is noted, no clause; nor "announced the
        # launch of a route that will connect …": the verb is the route's
        return []
    aside = _ASIDE.match(text, speaker.end)  # "Zhan Di [transliterated], secretary of …, said"
    after = aside.end() if aside else speaker.end
    between = text[after:m.start()].strip()
    if _n_words(text, after, m.start()) > 3 and not (between.startswith(",") and between.endswith(",")) \
            and not (sp._last_word(text, s, m.start()) in lex.leading_noise and not told):
        # the naming must stand right before the verb, or only a description set off by commas; or open the clause
        # the verb's is joined to ("Li declined to comment but said the …"; "… and told its participants about …":
        # what comes after "told" may be who heard it)
        return []
    return [_Found(a, b, False, speaker, (m.start("verb"), m.end("verb")))]


def _past_when(lex: QuoteLexicon, text: str, a: int, e: int) -> int:
    """Where the clause after a bare verb opens, past when and where it was said: "said in a statement on Tuesday the
    deal …", "said during the meeting the two sides …" (``a`` when no such phrase follows the verb)."""
    at = a
    for _ in range(3):
        word = _SPACES.match(text, at, e).end()
        m = lex.when_phrase.match(text, word, e) or lex.occasion_opener.match(text, word, e)
        if m is None:
            break
        at = m.end()
    return at


_SPACES = re.compile(" *")


def _main_words(lex: QuoteLexicon, text: str, a: int, b: int) -> list[str]:
    """The words of text[a:b] before a relative pronoun ("the launch of a route that will …"), lower-cased."""
    words = _WORDS.findall(text.lower(), a, b)
    cut = next((k for k, w in enumerate(words) if w in lex.describing_openers), len(words))
    return words[:cut]


_ASIDE = re.compile(r"\s*[\[(][^\[\]()\n]{1,40}[\])]")  # an editor's aside after a name: "[transliterated]", "(PRC)"


def _reported_frame(doc: _Doc, s: int, e: int, quoted: list[Quoted]) -> list[_Found]:
    """A clause framed by its attribution: "CLAUSE, Li said.", "По словам X, CLAUSE", "As Li noted, CLAUSE"."""
    text, lex = doc.text, doc.lex
    sent = text[s:e]
    inside = [q for q in quoted if q.open < e and s < q.outer_end]
    if inside and not all(q.open > s and _inner_phrase(doc, q) for q in inside):
        # "По его словам, реализация позволит привлечь «передовые технологии».": a frame that names its speaker
        # outright keeps the speaker's own words quoted inside the clause (a fragment, _fragments); so does a
        # closing naming, of a phrase: 'It would open "large areas of arable land" to farming, said X, …'
        return [] if any(q.open <= s for q in inside) else _according_frame(doc, s, sent) or []
    according = _according_frame(doc, s, sent)
    if according is not None:
        return according
    described = lex.inverted_described.search(sent)
    if described is not None and not _opens_with_name(doc, s + described.start("np2"), s + described.end("np2")):
        described = None  # "…, to $5 billion, the ministry said": the comma before the naming is the clause's
    for m in (described, lex.inverted.search(sent), lex.as_said.search(sent), *_bodies_reporting(doc, s, sent)):
        if m is None:
            continue
        verb, np = ("verb", "np") if m.groupdict().get("verb") else ("verb2", "np2")
        if not _heard_by(lex, m, verb) or (verb == "verb" and lex.clause_verbs & set(m.group(np).lower().split())) \
                or _listed(m, verb) or (verb == "verb" and _ends_in_an_aside(lex, m.group("clause"))):
            # "…, and the minister said exports would grow" (no one told), "X, also head of the delegation, said
            # Guangdong is …": a clause, not a naming, follows the verb; "The Chinese side, in turn, noted the
            # importance …": a naming and its aside come before it, no clause
            continue
        if _credit(doc, m, verb) and not _speaking_body(doc, s + m.start(np), s + m.end(np)):
            return []
        if _names_a_speaker(doc, s + m.start("clause"), s + m.end("clause")):
            return []  # "Li Wei, head of the park, said the …": the naming comes first (_reported_bare)
        side = sp.right_speaker if verb == "verb" else sp.left_speaker
        speaker = side(lex, doc.mentions, text, s + m.start(np), s + m.end(np))
        dash = bool(m.groupdict().get("dash"))
        # "…, — отметил он." closes a paragraph of direct speech written without quotation marks
        a, b = _clause(doc, _speech_start(doc, s + m.start("clause"), s + m.end("clause")) if dash
                       else s + m.start("clause"), s + m.end("clause"))
        if dash:  # "— Мы впервые в Синьцзяне, — рассказала X": the dash that opens the speech is no word of it
            a = sp._strip(doc.text, a, b, " \t—–-")[0]
        if speaker is None or speaker is sp.COORDINATED or _n_words(text, a, b) < _MIN_CLAUSE_WORDS \
                or lex.back_reference.match(text, a, b):
            return []  # "Об этом сообщил X …, сообщает пресс-служба": a naming credited, no words of its own
        return [_Found(a, b, dash, speaker, (s + m.start(verb), s + m.end(verb)))]
    return []


def _ends_in_an_aside(lex, clause: str) -> bool:
    """Does the words' last comma set off a parenthetical ("in turn", "в свою очередь") rather than end a clause?"""
    parts = clause.rsplit(",", 1)
    return len(parts) == 2 and parts[1].strip().lower() in lex.parentheticals


def _bodies_reporting(doc: _Doc, s: int, sent: str) -> list[re.Match]:
    """"…, the ministry's press service reported.", "As reported by the press office of the akimat, …": a speaking
    body's statement (with an outlet's name the verb credits the story: "…, Xinhua reported.")."""
    found = [m for m in (doc.lex.body_reported.search(sent), doc.lex.as_reported_by.search(sent)) if m is not None]
    return [m for m in found if _speaking_body(doc, s + m.start(_naming(m)), s + m.end(_naming(m)))]


def _naming(m: re.Match) -> str:
    return "np" if m.groupdict().get("np") else "np2"


def _listed(m: re.Match, verb: str) -> bool:
    """"… from member states, observer states and SCO dialogue partner states.": the closing "verb" is the noun of a
    list whose items the clause has named before, no attribution."""
    return verb == "verb2" and re.search(rf"(?<!\w){re.escape(m.group(verb))}(?!\w)", m.group("clause"), re.I) \
        is not None


def _heard_by(lex, m: re.Match, verb: str) -> bool:
    """Is the object after a closing attribution's verb who heard it: one word ("told reporters"), or a few after a
    verb of telling ("told national television"), with no finite verb ("said exports would grow" is a clause)?"""
    obj = [w.lower() for w in (m.groupdict().get("obj") or "").split()]
    if obj and obj[0] in lex.topic_prepositions:
        return False  # "…, блогеры рассказали о своих впечатлениях": what they told about, no words before it
    if m.group(verb).lower() not in lex.tell_verbs:
        # "… with a shared future, as agreed": a verb that tells no one takes no object here, but who heard it
        # ("…, сообщил он журналистам")
        return not obj or (len(obj) == 1 and obj[0].rstrip(".") in lex.recipients)
    return len(obj) <= 1 or not lex.clause_verbs & set(obj)


def _according_frame(doc: _Doc, s: int, sent: str) -> list[_Found] | None:
    """"CLAUSE, according to X.", "По словам X, CLAUSE", "In his words, CLAUSE" (None: no such frame). The
    sentence-final frame first: in "CLAUSE, according to Li, head of X." the role is no clause."""
    lex = doc.lex
    for rx in (lex.according_last, lex.according_first, lex.according_possessive):
        m = rx.search(sent)
        if m and rx is lex.according_last and not _described_after(doc, s + m.start("np"), m.group("np")):
            continue  # "A, по словам губернатора, B.": the clause runs on after the frame
        if m and _names_its_own_speaker(doc, s + m.start("clause"), s + m.end("clause")):
            return None  # "According to the Foreign Ministry, Xi said …": the frame is the source, Xi the speaker
        if m and _speaking(doc, s + m.start("np"), s + m.end("np")):
            return _according(doc, m, s, rx is lex.according_first)
    return None


def _names_its_own_speaker(doc: _Doc, a: int, b: int) -> bool:
    """Does the clause text[a:b] tell a person's words itself, a speech verb right after the person's name ("Xi
    said the two sides …")?"""
    return any(any(0 <= v.start() - p.end_char <= 2 for p in doc.mentions.within(a, v.start(), sp.PERSON))
               for v in doc.lex.say.finditer(doc.text, a, b))


def _described_after(doc: _Doc, at: int, naming: str) -> bool:
    """Is what follows a comma in the naming of "CLAUSE, according to NAMING." a role ("Li, head of the park", "по
    словам Ивана Петрова, заместителя акима"), not the clause running on ("according to Li, by a third", "по словам
    губернатора, пригодится для …")? After a person's name it is a role; else it opens with a role word."""
    if "," not in naming:
        return True
    comma = at + naming.index(",")
    words = [w for w in _WORDS.findall(naming.split(",", 1)[1].lower()) if w not in doc.lex.articles]
    if not words or words[0] in doc.lex.adverbial_openers:
        return False  # "according to Li, by a third."
    return doc.mentions.last_before(comma, at, sp.PERSON) is not None or words[0] in doc.lex.role_words


def _according(doc: _Doc, m: re.Match, s: int, first: bool) -> list[_Found]:
    """The clause an "according to NAME" frames, said by NAME; ``first``: the frame opens the sentence, and a role
    may stand between it and the clause ("According to X, head of the department, CLAUSE")."""
    text = doc.text
    clause_start = s + m.start("clause")
    named = _name_after_a_list(doc, clause_start, s + m.end("clause")) if first else None
    if named is not None:  # "По словам руководителя отдела агитации, пропаганды и работы со СМИ X, …": the whole
        # naming, its words before X the role (as without the comma)
        person, clause_start = named
        speaker = sp.Speaker(s + m.start("np"), person.end_char, sp._strip(text, s + m.start("np"), person.start_char))
    else:
        speaker = sp.right_speaker(doc.lex, doc.mentions, text, s + m.start("np"), s + m.end("np"))
    if speaker is None or (m.group("acc").lower() in doc.lex.body_only
                           and (not first or m.start() > 0 or not _speaking_body(doc, speaker.start, speaker.end))):
        # "по данным статистики": figures, no one's words; "Отметим, что сегодня, по информации министерства, …":
        # the reporter's note, sourced
        return []
    a, b = _clause(doc, clause_start, s + m.end("clause"))
    if first and m.start() > 0 and not doc.lex.cue.search(text, s, s + m.start()):
        # "Опыт китайских коллег, по словам губернатора, пригодится …": the frame inside the clause, which opens
        # the sentence
        a = sp._strip(text, s, b)[0]
    role = _role_first(doc, speaker, a, b) if first and named is None else None
    if role is not None:
        speaker = sp.Speaker(speaker.start, speaker.end, role)
        a = sp._strip(text, role[1], b)[0]
    return [_Found(a, b, False, speaker, (s + m.start("acc"), s + m.end("acc")))]


NAMING_LIST_WORDS = 8  # words of a naming's list after its first comma, up to the person named


def _name_after_a_list(doc: _Doc, start: int, end: int) -> tuple[Entity, int] | None:
    """(the person named, start of the clause) when the words after the first comma of "По словам NAMING, CLAUSE"
    go on the naming's list up to a person's name and a comma ("руководителя отдела агитации, пропаганды и работы со
    СМИ НДПТ Усмона Солехова, в этот день …"): few words, in lower case or capitals, with its "и" and no verb of
    speech (not "По словам министра, губернатор Иван Петров, …", whose governor is the clause's)."""
    person = next(iter(doc.mentions.starting(start, end, sp.PERSON)), None)
    if person is None or doc.text[person.end_char:person.end_char + 1] != ",":
        return None
    between = doc.text[start:person.start_char]
    words = _WORDS.findall(between)
    if not words or len(words) > NAMING_LIST_WORDS or "," in between \
            or not any(w.lower() in doc.lex.coordinators for w in words) \
            or any(w[:1].isupper() and not w.isupper() for w in words) or doc.lex.say.search(between):
        return None
    return person, person.end_char + 1  # (_clause strips the blanks)


ROLE_MAX_WORDS = 8  # words a description after a name may have ("head of the regional tourism department")


def _role_first(doc: _Doc, speaker: sp.Speaker, a: int, b: int) -> tuple[int, int] | None:
    """The description that opens the clause after "according to NAME, " when the naming is a person's and the
    description is one of a role ("head of the department", "a reporter with X"), else None."""
    if speaker.pronoun or doc.mentions.covering(speaker.start, sp.PERSON) is None:
        return None
    comma = doc.text.find(",", a, b)
    if comma < 0:
        return None
    words = [w.lower() for w in _WORDS.findall(doc.text, a, comma)]
    first = [w for w in words[:3] if w not in ("the", "a", "an")]
    if not first or len(words) > ROLE_MAX_WORDS or first[0] not in doc.lex.role_words \
            or _n_words(doc.text, comma, b) < _MIN_CLAUSE_WORDS:
        return None
    return a, comma


def _names_a_speaker(doc: _Doc, a: int, b: int) -> bool:
    """Is text[a:b] a person's name and a description after a comma, not a clause ("Li Wei, head of the park")?"""
    a, b = sp._strip(doc.text, a, b)
    named = doc.mentions.covering(a, frozenset({"PERSON"}))
    # (a description may hold a say verb's noun: "Madkor, senior director with Egyptian state TV, said he …")
    return named is not None and named.start_char == a and doc.text[named.end_char:named.end_char + 1] == "," \
        and not any(m.group().lower() not in doc.lex.noun_like
                    for m in doc.lex.say.finditer(doc.text, named.end_char, b))


def _opens_with_name(doc: _Doc, a: int, b: int) -> bool:
    """Does the naming text[a:b] open with a person's name ending at its first comma ("Li Wei, head of the park")?"""
    m = doc.lex.honorific.match(doc.text, a, b)
    a = m.end() if m else a
    named = doc.mentions.covering(a, frozenset({"PERSON"}))
    return named is not None and named.start_char == a and doc.text[named.end_char:named.end_char + 1] == ","


def _line_start(doc: _Doc, pos: int) -> int:
    return max((ls for ls, _ in doc.lines if ls <= pos), default=0)


def _speech_start(doc: _Doc, pos: int, end: int) -> int:
    """Where the direct speech a closing dash ends (at ``end``) opens: at the start of its line, or at the last dash
    right after a sentence's end before it ("… цель визита. - Очередной визит …, - отметили в пресс-службе": a
    scraper ran the paragraphs together, and the sentence read runs from "Отметим" at ``pos``)."""
    ls = _line_start(doc, pos)
    opened = [m.end() for m in _SPEECH_DASH.finditer(doc.text, ls, end)]
    return opened[-1] if opened else ls


_SPEECH_DASH = re.compile(r"(?<=[.!?…])[ \t]+[—–-][ \t]+(?=[^\W\d_])")


def _cites_a_source(doc: _Doc, a: int, b: int) -> bool:
    """Is the naming text[a:b] headed by data or a document ("the data", "the bilateral deal signed in May", "the
    ministry's plan"): its words before the first preposition hold one of NOT_SPEAKERS ("the head of the project"
    is a person)?"""
    lex = doc.lex
    for m in sp._words(doc.text, a, b)[:NAMING_HEAD_WORDS]:
        word = m.group().lower()
        if word in lex.speaker_stops or word in lex.owner_preps:
            return False
        if word in lex.not_speakers:
            return True
    return False


NAMING_HEAD_WORDS = 4  # words a naming's head noun may stand after ("the new bilateral deal")


def _speaking(doc: _Doc, a: int, b: int) -> bool:
    """"According to him" or "according to the ministry" reports speech; "according to KTZ" or "according to the
    data" cites a source."""
    a, b = sp._strip(doc.text, a, b)
    first = sp._first_word(doc.text, a, b)
    if _cites_a_source(doc, a, b):
        return False
    if doc.mentions.within(a, b, frozenset({"PERSON"})):
        return True  # "по словам главы администрации области Ивана Петрова": a person, described
    if _speaking_body(doc, a, b):
        return True  # "according to the Ministry of Agriculture", "по данным Минсельхоза": a body that states
    named = doc.mentions.covering(a) or doc.mentions.covering(a + len(first) + 1)
    if named is not None and named.label == "ORG" and first in doc.lex.articles \
            and not doc.lex.outlets.intersection(_WORDS.findall(doc.text.lower(), a, b)):
        return True  # "according to the Russian Direct Investment Fund": an organisation described states (not "the
        # state news network", nor a bare name, "according to KTZ", which may be a company's data or an outlet's)
    return named is None or named.label not in ("ORG", "GPE", "LOC", "FAC")


def _reported_gerund(doc: _Doc, s: int, e: int, quoted: list[Quoted]) -> _Found | None:
    """"X told a reporter, adding the tour has …": a gerund after the speaker's verb opens a clause without "that"
    (one with a finite verb: "…, adding the tour has satisfied …", not "…, noting the importance of …")."""
    text, lex = doc.text, doc.lex
    m = lex.gerund_clause.search(text, s, e)
    if m is None or not _outside(quoted, m.start(), e):
        return None
    said = [v for v in lex.say.finditer(text, s, m.start()) if _outside(quoted, v.start(), v.end())]
    if not said or said[-1].group().lower() in lex.credit:
        return None  # the speaker's own verb comes first in the sentence
    first = sp._first_word(text, m.end(), e)
    if first in lex.adverbial_openers or first in lex.describing_openers:
        return None
    a, b = _clause(doc, m.end(), e)
    if _n_words(text, a, b) < _MIN_BARE_WORDS or not lex.clause_verbs & set(_WORDS.findall(text.lower(), a, b)):
        return None
    return _Found(a, b, False, _gerund_speaker(doc, s, m.start("verb"), quoted), (m.start("verb"), m.end("verb")))


def _gerund_speaker(doc: _Doc, s: int, at: int, quoted: list[Quoted]) -> sp.Speaker:
    """Who speaks in the clause a gerund opens ("…, adding that", "…, заявив, что"): the one named before the speech
    verb it follows in the sentence ("Minister X stressed the importance of the plant, saying it …"), else whoever
    spoke before (sp.COORDINATED: "…," he said, adding …)."""
    gerund = doc.lex.say.match(doc.text, at)
    quoted_as = doc.lex.quoted_as_saying.search(doc.text, s, gerund.end()) if gerund is not None else None
    if quoted_as is not None:  # "AP quoted Xu as saying that …": the one quoted
        found = sp.right_speaker(doc.lex, doc.mentions, doc.text, quoted_as.start("np"), quoted_as.end("np"))
        if found is not None:
            return found
    said = [v for v in doc.lex.say.finditer(doc.text, s, at)
            if _outside(quoted, v.start(), v.end()) and v.group().lower() not in doc.lex.gerunds]
    if not said and _outside(quoted, s, at) and (subject := _person_opening(doc, s, at)
                                                 or _role_opening(doc, s, at)) is not None:
        return subject  # "Aripov asked Shen to convey his greetings, saying that …": the one who asked speaks
    if not said or not _outside(quoted, s, said[-1].start()):
        return sp.COORDINATED  # «…», — отметил он, добавив, что …: the quotation's speaker, named after its verb
    verb = said[-1]
    if _inverted_naming(doc, s, verb, at):  # "CLAUSE, said Li, adding that …": named after the verb
        return sp.right_speaker(doc.lex, doc.mentions, doc.text, verb.end(), at) or sp.COORDINATED
    return sp.left_speaker(doc.lex, doc.mentions, doc.text, s, verb.start()) or sp.COORDINATED


_OPENING_CHARS = 60  # how far into its sentence a clause's subject may be named ("Uzbek Prime Minister Abdulla Aripov")


def _person_opening(doc: _Doc, s: int, at: int) -> sp.Speaker | None:
    """The person a clause opens with, as its subject ("Uzbek Prime Minister Abdulla Aripov asked …"), with the
    words before the name as the role (capitalised, articles or role words only: "thanked Shen" names the one
    thanked), else None."""
    people = doc.mentions.within(s, min(at, s + _OPENING_CHARS), sp.PERSON)
    if not people:
        return None
    first = people[0]
    words = [w.strip("\"'“”«»()") for w in doc.text[s:first.start_char].split()]
    if any(w and not w[:1].isupper() and w.lower() not in doc.lex.articles and w.lower() not in doc.lex.role_words
           for w in words):
        return None
    role = sp._strip(doc.text, s, first.start_char)
    return sp.Speaker(first.start_char, first.end_char, role if role[1] > role[0] else None)


def _role_opening(doc: _Doc, s: int, at: int) -> sp.Speaker | None:
    """The role a clause opens with as its subject, when it names no person ("The governor praised the project,
    noting that …"; after its source: "According to the press office, the governor has supported the offer,
    noting that …"): maybe an article, a role word, and a word that goes on the clause (not "of": "the head of …" is
    more than a role word)."""
    text, lex = doc.text, doc.lex
    opening = _WORDS.search(text, s, at)
    lead = lex.according_lead.match(text, opening.start(), at) if opening is not None else None
    words = list(itertools.islice(_WORDS.finditer(text, lead.end() - 1 if lead is not None else s, at), 3))
    naming = words[:1]
    if words and words[0].group().lower() in lex.articles:
        words = words[1:]
    if len(words) < 2 or words[0].group().lower() not in lex.role_words \
            or words[1].group().lower() in lex.speaker_stops | lex.owner_preps:
        return None
    return sp.Speaker(naming[0].start(), words[0].end())


def _inverted_naming(doc: _Doc, s: int, verb: re.Match, at: int) -> bool:
    """Is the verb an inverted attribution whose speaker comes after it ("CLAUSE, said Li, adding …", "CLAUSE,
    сообщил Иван Петров, добавив …"): a comma before the verb, a person, pronoun or role after it, no person before
    it ("Li, head of the park, said the park is …, adding …" is Li's, "X told a reporter, adding …" is X's)."""
    text = doc.text
    if not text[s:verb.start()].rstrip(" \t—–-").endswith(",") or doc.mentions.within(s, verb.start(), sp.PERSON):
        return False
    if doc.mentions.within(verb.end(), at, sp.PERSON):
        return True
    words = [w.lower() for w in _WORDS.findall(text, verb.end(), at)[:3]]
    words = [w for w in words if w not in doc.lex.articles]
    return bool(words) and (words[0] in doc.lex.pronouns or words[0] in doc.lex.role_words)


def _reported(doc: _Doc, s: int, e: int, quoted: list[Quoted]) -> list[_Found]:
    if not doc.lex.cue.search(doc.text, s, e):
        return []
    return _continued(doc, _reported_clauses(doc, s, e, quoted), e, quoted)


def _continued(doc: _Doc, found: list[_Found], e: int, quoted: list[Quoted]) -> list[_Found]:
    """"Li said the plant is large and added that it will open in May", "заявил, что …, и добавил, что …": the clause
    after the second verb is the same speaker's too."""
    out = list(found)
    for f in found:
        if f.speaker is None or f.direct:
            continue
        m = doc.lex.continued.match(doc.text, f.end, e)
        if m is None or any(g.start >= m.end() - 1 for g in found if g is not f) \
                or not _outside(quoted, m.end(), m.end() + 1):
            continue
        verb = m.lastgroup  # the verb's group: "said" bare, or any verb with "that"
        a, b = _clause(doc, m.end(), e, m.group(verb))
        if _n_words(doc.text, a, b) >= _MIN_BARE_WORDS:
            out.append(_Found(a, b, False, f.speaker, (m.start(verb), m.end(verb))))
    return sorted(out, key=lambda f: f.start)


_JOINT = re.compile(r",?\s+(?:and|и)\s+(?:also\s+|then\s+|также\s+|затем\s+)?$", re.I)


_ASIDE = re.compile(r"(?P<pre>[^,;:]{1,80}?),\s+(?P<verb>\w+)\s+(?P<who>[^,;:]{2,60}?),\s+(?=\w)")
_ASIDE_WORDS = 3  # the words before an aside attribution at most ("This, said the minister, is …", "In May, …"): a
# clause there ("Prices rose, said Li, according to …") is what Li said, the naming closing it


def _reported_aside(doc: _Doc, s: int, e: int, quoted: list[Quoted]) -> _Found | None:
    """"That, says the park's CEO, means more value added": an attribution set between commas after the sentence's
    first words; the speaker is named after the verb, and the words after the second comma are what was said (the
    span is one run of the text: the rest of the clause)."""
    text, lex = doc.text, doc.lex
    m = _ASIDE.match(text, s, e)
    if m is None or not lex.say.fullmatch(m.group("verb")) or m.group("verb").lower() in lex.gerunds \
            or _n_words(text, m.start("pre"), m.end("pre")) > _ASIDE_WORDS or not _outside(quoted, s, e) \
            or lex.clause_verbs & set(_WORDS.findall(text.lower(), m.start("pre"), m.end("pre"))):
        return None
    speaker = sp.right_speaker(lex, doc.mentions, text, m.end("verb"), m.end("who"))
    if speaker is None or sp._first_word(text, m.end(), e) in lex.gerunds | lex.relative_speakers:
        return None  # "CLAUSE, said Li, adding that …", "…, сообщил X, который подчеркнул": the clause before is Li's
    a, b = _clause(doc, m.end(), e)
    if _n_words(text, a, b) < _MIN_BARE_WORDS - 1:
        return None
    return _Found(a, b, False, speaker, (m.start("verb"), m.end("verb")))


def _reported_clauses(doc: _Doc, s: int, e: int, quoted: list[Quoted]) -> list[_Found]:
    aside = _reported_aside(doc, s, e, quoted)
    if aside is not None:
        return [aside]
    found = _reported_that(doc, s, e, quoted)
    joint = _JOINT.search(doc.text, s, found[0].verb[0]) if found and found[0].verb else None
    if joint is not None:  # "He said the figure is small and added that …": the bare clause before the joint too
        found = sorted(_reported_bare(doc, s, joint.start(), quoted) + found, key=lambda f: f.start)
    if found and all(f.verb and (doc.text[f.verb[0]:f.verb[1]].lower() in doc.lex.gerunds
                                 or doc.lex.relative_speaker.search(doc.text, s, f.verb[0])) for f in found):
        # "CLAUSE, said Li, adding that CLAUSE2" (", who insisted that"): the framed clause before is Li's too
        first = _reported_frame(doc, s, e, quoted) or _reported_bare(doc, s, e, quoted)
        found = sorted(first + found, key=lambda f: f.start)
    found = found or _reported_frame(doc, s, e, quoted) or _reported_bare(doc, s, e, quoted)
    gerund = _reported_gerund(doc, s, e, quoted)
    if gerund is None or any(f.start <= gerund.start < f.end and f.verb and f.verb[0] > gerund.verb[0]
                             for f in found):
        return found
    kept = [gerund]
    for f in found:  # "Li said the park is big, adding the zoo will open": the first clause ends at the gerund
        if f.start < gerund.verb[0] < f.end:
            f.end = sp._strip(doc.text, f.start, gerund.verb[0])[1]
            if _n_words(doc.text, f.start, f.end) < _MIN_BARE_WORDS:
                continue  # "told a reporter, adding …": what stood before the gerund was who heard it
        kept.append(f)
    return sorted(kept, key=lambda f: f.start)


# -- a document --------------------------------------------------------------------------------------------------------

def _in_naming(doc: _Doc, found: list[_Found], q: Quoted) -> bool:
    """Is ``q`` a name in the naming of the quotation before it: "«…», — сказал журналист газеты «Казахстанская
    правда» Любовь Доброта" (the attribution after that quotation, in its sentence, runs over it)?"""
    if not found or not found[-1].direct or found[-1].verb is None or found[-1].speaker is None:
        return False
    last = found[-1]
    return last.end <= last.verb[0] < q.open < last.speaker.end \
        and _n_words(doc.text, q.start, q.end) <= _MAX_NAME_WORDS


_NOUN_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w-]*)\s*$")


def _named_by_noun(doc: _Doc, q: Quoted) -> bool:
    """Is ``q`` the name of what the common noun right before it names: "сообщил телеканал «Хабар 24»", "компания
    «Самрук-Казына»"? (Short, capitalised, after a lower-case word that reports no speech.)"""
    m = _NOUN_BEFORE.search(doc.text, max(0, q.open - 40), q.open)
    if m is None or not m.group(1).lower().startswith(doc.lex.name_nouns):
        return False
    return doc.text[q.start:q.start + 1].isupper() and _n_words(doc.text, q.start, q.end) <= _MAX_NAME_WORDS


_TEXT = re.compile(r"\S")  # (nothing but blanks before a line: it opens the text)
_COLON_SPEECH = re.compile(r"(?P<naming>[^:\n]{2,160}?):\s*(?P<dash>[—–-]\s*)?(?P<speech>[^\W\d_][^\n]+)")
_HEADLINE_CHARS = 160  # a line this short may be a headline: "Игорь Кобзев: Иркутская область готова …"
_NAMING_WORDS = 20


def _colon_speech(doc: _Doc, ls: int, le: int) -> list[_Found]:
    """A line that gives a person's words after their name and a colon, without quotation marks: an interview's
    "Liu Xiu, chairman of the board: – We plan to …" (a dash after the colon), a headline's "Игорь Кобзев:
    Иркутская область готова …" (a short line)."""
    text = doc.text
    m = _COLON_SPEECH.fullmatch(text, ls, le)
    if m is None or (not m.group("dash") and (le - ls > _HEADLINE_CHARS or _TEXT.search(text, 0, ls) is None)):
        return []  # ... not the page's headline itself: a headline quotes no one ("Li Ming: the park will grow")
    a = ls + len(text[ls:m.end("naming")]) - len(text[ls:m.end("naming")].lstrip())
    named = doc.mentions.covering(a, frozenset({"PERSON"}))
    if named is None or named.start_char != a or _n_words(text, ls, m.end("naming")) > _NAMING_WORDS \
            or _n_words(text, m.start("speech"), m.end("speech")) < _MIN_BARE_WORDS:
        return []
    role = sp._strip(text, named.end_char, m.end("naming"))
    speaker = sp.Speaker(named.start_char, named.end_char, role if role[1] > role[0] else None)
    s, e = sp._strip(text, m.start("speech"), m.end("speech"))
    return [_Found(s, e, bool(m.group("dash")), speaker, None)]


_COLON_AFTER = re.compile(r":[ \t]+(?=[^\W\d_])")


def _said_colon(doc: _Doc, ls: int, le: int) -> list[_Found]:
    """"For his part, Li said: We agreed on …": the words after a reporting verb and a colon, to the paragraph's end,
    without quotation marks, are the speaker's own (in the line's first sentence, the naming before the verb)."""
    text = doc.text
    if text.find(":", ls, le) < 0:  # most lines: no colon, no verb to look for
        return []
    for verb in doc.lex.say.finditer(text, ls, le):
        colon = _COLON_AFTER.match(text, verb.end())
        if colon is None:
            continue
        s = _sentence_of(doc, verb.start())[0]
        speaker = sp.left_speaker(doc.lex, doc.mentions, text, max(s, ls), verb.start())
        a, b = sp._strip(text, colon.end(), le)
        if speaker is None or speaker is sp.COORDINATED or _n_words(text, a, b) < _MIN_BARE_WORDS:
            return []
        return [_Found(a, b, True, speaker, verb.span())]
    return []


def _names_quoted_before_colon(doc: _Doc, quoted: list[Quoted], ls: int, le: int) -> bool:
    """Are the line's quotation marks all in the naming before its colon ("Liu Xiu, Chairman of “Cathay
    Biotech”: – We plan …")?"""
    m = _COLON_SPEECH.fullmatch(doc.text, ls, le)
    return m is not None and all(q.outer_end <= m.end("naming") for q in quoted)


def _dash_speech(doc: _Doc, ls: int, le: int) -> list[_Found]:
    """A paragraph of dialogue, the speaker's words after a dash with no quotation marks: "— Мы еще раз благодарим
    вас, — сказал аким. — Ваш визит проходит …" (one or two rows, one speaker)."""
    text = doc.text
    m = doc.lex.dash_speech.fullmatch(text, ls, le)
    if m is None:
        return []
    speaker = sp.right_speaker(doc.lex, doc.mentions, text, m.start("np"), m.end("np"))
    if speaker is None:
        return []
    verb = (m.start("verb"), m.end("verb"))
    first = sp._strip(text, m.start("first"), m.start("cut") + (text[m.start("cut")] != ","))
    out = [_Found(*first, True, speaker, verb)] if _n_words(text, *first) >= _MIN_ATTRIBUTED_WORDS else []
    if m.group("second"):
        second = sp._strip(text, m.start("second"), m.end("second"))
        if _n_words(text, *second) >= _MIN_ATTRIBUTED_WORDS:
            out.append(_Found(*second, True, speaker, verb))
    return out


_SPEECH_MARKS = re.compile(r"[\"“”«»„:]")


def _no_speech(doc: _Doc, ls: int, le: int) -> bool:
    """Does the line hold no quotation mark, no colon and no word of speech: no one's words (most lines)?"""
    return not _SPEECH_MARKS.search(doc.text, ls, le) and not doc.lex.cue.search(doc.text, ls, le) \
        and not doc.lex.back_reference.search(doc.text, ls, le)  # "С таким заявлением выступила пресс-служба"


def _line(doc: _Doc, ls: int, le: int) -> list[_Found]:
    quoted = quotations(doc.text, ls, le)
    found: list[_Found] = []
    floor = ls
    speech = []  # quoted stretches that may be someone's words, not a name in quotation marks ("Пекин жибао")
    for q in quoted:
        if _in_naming(doc, found, q) or _named_by_noun(doc, q):
            floor = q.outer_end
            continue
        parts = _interrupted(doc, q)
        if parts:
            found.extend(parts)
            speech.append(q)
            floor = q.outer_end
            continue
        f = _direct(doc, q, floor, le, continues=any(x.direct and x.speaker is not None for x in found))
        if f is not None:
            found.append(f)
        if f is not None or (_n_words(doc.text, q.start, q.end) > _MAX_NAME_WORDS and not _quoted_title(doc.text, q)):
            speech.append(q)
        floor = q.outer_end
    dialogue: list[_Found] = []
    if not quoted or _names_quoted_before_colon(doc, quoted, ls, le):
        colon = _colon_speech(doc, ls, le) or _said_colon(doc, ls, le)
        dialogue = [] if colon else _dash_speech(doc, ls, le)
        found.extend(colon or dialogue)
    direct = {(f.start, f.end) for f in found}
    k = bisect.bisect_left(doc.sentence_starts, ls)
    while k < len(doc.sentences) and doc.sentences[k][1] <= le:
        reported = _told_before(doc, k, ls, speech, found) or _reported(doc, *doc.sentences[k], speech)
        reported = [f for f in reported if not any(f.start < d.end and d.start < f.end for d in dialogue)
                    # '"… The period is 3 years" - said X': the quotation's last sentence names no speaker
                    # (a name in quotation marks inside the naming is no quotation: "пресс-служба АО "Самрук-Казына"")
                    and not (f.speaker is not None and any(q.start < f.speaker.end and f.speaker.start < q.end
                                                           for q in speech))]
        own = _fragments(doc, quoted, reported, direct)
        for f in reported:
            inside = _mostly_quoted(doc.text, f, own + found)
            if inside is None:  # a few of the speaker's words quoted inside it are the clause's, no row of their own
                found[:] = [d for d in found if not (d.direct and f.start <= d.start and d.end <= f.end)]
                found.append(f)
                continue
            if f.speaker is not None:  # the quotation is the row, with the clause's speaker and verb
                inside.speaker, inside.verb = f.speaker, f.verb
            if inside in own:
                found.append(inside)
        k += 1
    return sorted(found, key=lambda f: f.start)


_MAX_TITLE_WORDS = 6  # ... or a capitalised one this short, without a stop or a comma: «Один пояс и один путь»
_STOPS = re.compile(r"[,.!?:;…]")


def _quoted_title(text: str, q: Quoted) -> bool:
    return text[q.start:q.start + 1].isupper() and _n_words(text, q.start, q.end) <= _MAX_TITLE_WORDS \
        and _STOPS.search(text, q.start, q.end) is None


def _told_before(doc: _Doc, k: int, ls: int, speech: list[Quoted], found: list[_Found]) -> list[_Found]:
    """"… создаст 500 рабочих мест. Об этом заявил министр X на брифинге.": a sentence that only says who said the
    one before it, in its paragraph or closing the paragraph before (that one in quotation marks is attributed
    already, and credits to a news outlet, "Об этом сообщает LS", are no speech)."""
    s, e = doc.sentences[k]
    m = doc.lex.back_reference.match(doc.text, s, e)
    if m is None or k == 0 or (_credit(doc, m) and not _speaking_body(doc, m.start("np"), m.end("np"))):
        return []  # "Об этом сообщает LS" credits an outlet; "… сообщает полпредство президента" is a body's word
    if doc.sentences[k - 1][0] < ls and _line_start(doc, doc.sentences[k - 1][0]) < _line_start(doc, ls - 1):
        return []  # not the sentence right before: two lines up
    a, b = doc.sentences[k - 1]
    if not _outside(speech, a, b) or _n_words(doc.text, a, b) < _MIN_CLAUSE_WORDS \
            or any(f.start < b and a < f.end for f in found):
        return []  # quoted, or read as someone's reported words already
    speaker = sp.right_speaker(doc.lex, doc.mentions, doc.text, m.start("np"), m.end("np"))
    if speaker is None or (_QUOTE_OPENERS.search(doc.text, m.end("np"), m.end()) and speaker.start >= 0
                           and not doc.mentions.within(speaker.start, speaker.end, sp.PERSON)):
        return []  # past a quoted name after the naming, only a person ("…, выступая на саммите «…»"), no document
    end = b - 1 if doc.text[b - 1] in ".!" else b
    return [_Found(a, end, False, speaker, (m.start("verb"), m.end("verb")))]


_MIN_FRAGMENT_WORDS = 3
_QUOTE_OPENERS = re.compile(r"[\"«“„]")


def _inner_phrase(doc: _Doc, q: Quoted) -> bool:
    """Is the quoted stretch a phrase of the speaker's own inside a clause: closed, opening in lower case, a few
    words (as _fragments reads them)?"""
    return q.close is not None and doc.text[q.start:q.start + 1].islower() \
        and _n_words(doc.text, q.start, q.end) <= _MAX_INNER_PHRASE_WORDS


_MAX_INNER_PHRASE_WORDS = 10


def _fragments(doc: _Doc, quoted: list[Quoted], reported: list[_Found], direct: set) -> list[_Found]:
    """The speaker's own words quoted inside a reported clause: 'said that the ministers held "long and
    useful talks"' (a row only when they are most of the clause: _mostly_quoted). A quoted stretch opening in lower
    case with a few words is a phrase of theirs, not a name or a title ("Как сообщил X, гости посетят редакцию
    «Пекин жибао»")."""
    out = []
    for q in quoted:
        if q.close is None or (q.start, q.end) in direct or not doc.text[q.start:q.start + 1].islower() \
                or _n_words(doc.text, q.start, q.end) < _MIN_FRAGMENT_WORDS:
            continue
        f = next((f for f in reported if f.start <= q.open and q.outer_end <= f.end), None)
        if f is not None:
            out.append(_Found(q.start, q.end, True, f.speaker, f.verb))
    return out


_MOSTLY = 2 / 3  # of a reported clause's words inside one quotation of it: the clause is that quotation


def _mostly_quoted(text: str, f: _Found, quotations: list[_Found]) -> _Found | None:
    """The one quotation a reported clause mostly is ("adding that over the past years “vast experience was
    accumulated …”"), else None: then the quotation is the row, not the clause as well."""
    if f.direct:
        return None
    return next((q for q in quotations if q.direct and f.start <= q.start and q.end <= f.end
                 and _n_words(text, q.start, q.end) >= _MOSTLY * _n_words(text, f.start, f.end)), None)


def _resolve(doc: _Doc, found: list[_Found], line_index: int, last: _Last = (None, -10)) -> None:
    """Coordinated and unattributed quotations take the speaker before them; pronouns take a person named before,
    else the person who spoke last, in this paragraph or the one before ("She said …" then "“…,” she said"); "it"
    takes the body (no person) that spoke last there."""
    floor = _pronoun_floor(doc, line_index)
    before = last[0] if line_index - last[1] <= 1 else None  # who spoke last, in this paragraph or the one before
    for f in found:
        if f.speaker is not None and f.speaker.pronoun == "impersonal" and before is not None \
                and before.pronoun is None and before.start >= 0:
            f.speaker = sp.Speaker(before.start, before.end, before.role)  # "Отмечается, что …": who spoke last
        if f.speaker is not None and f.speaker.pronoun == "body":  # "It also stated that …": that one, no person
            if before is not None and not before.pronoun and before.start >= 0 \
                    and doc.mentions.covering(before.start, sp.PERSON) is None:
                f.speaker = sp.Speaker(before.start, before.end, before.role)
        if f.speaker is not None and f.speaker.pronoun == "group" and _a_group(doc, before):
            f.speaker = before  # "Participants of the tour said … They emphasized that …": the group named last
        if f.speaker is not None and f.speaker.pronoun == "person":
            f.speaker = sp.resolve_pronoun(doc.mentions, f.speaker, floor, doc.text, doc.sentences,
                                           said=(f.start, f.end), roles=doc.lex.role_words,
                                           articles=doc.lex.articles)
            if f is not found[0] and _spoke_nearer(before, f.speaker):
                # 'Charge d'affaires Changhong said that … . "…," he said.': the one who spoke in this paragraph, not
                # a person named before them
                f.speaker = before
            spoke, where = last
            if f.speaker.pronoun == "person" and spoke is not None and not spoke.pronoun and spoke.start >= 0 \
                    and line_index - where <= 1 and doc.mentions.covering(spoke.start, sp.PERSON) is not None:
                f.speaker = sp.Speaker(spoke.start, spoke.end)
        before = f.speaker
    found[:] = [f for f in found if f.speaker is None or f.speaker.pronoun != "impersonal"]  # no one spoke before


def _spoke_nearer(before: sp.Speaker | None, resolved: sp.Speaker) -> bool:
    """Did ``before``, a naming of who spoke earlier in the paragraph, come after the person a pronoun was resolved
    to (or was the pronoun left unresolved)?"""
    return before is not None and not before.pronoun and before.start >= 0 \
        and (resolved.pronoun == "person" or resolved.start < before.start)


def _a_group(doc: _Doc, speaker: sp.Speaker | None) -> bool:
    """Is ``speaker`` a group named in words ("Participants of the tour", "the Kazakh delegation")?"""
    if speaker is None or speaker.pronoun or speaker.start < 0:
        return False
    words = _WORDS.findall(doc.text, speaker.start, speaker.end)
    return any(w.lower() in doc.lex.group_speakers for w in words) or _plural_naming(doc, speaker, words)


def _plural_naming(doc: _Doc, speaker: sp.Speaker, words: list[str]) -> bool:
    """Does the speaker's naming name people in the plural by a common noun ("Chinese experts", "officials",
    "эксперты")? "They said" after it is them."""
    if not words or doc.mentions.within(speaker.start, speaker.end, sp.NAME_LABELS):
        return False
    head = words[-1] if doc.lex.head_last else words[0]
    if not head[:1].islower() and len(words) > 1 and doc.lex.head_last:
        return False
    if doc.lex.lang == "en":
        return head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "'s", "’s"))
    from tourpipe.nlp import morph

    return any(p.tag.number == "plur" and p.tag.case == "nomn" for p in morph().parse(head.lower())[:1])


def _pronoun_floor(doc: _Doc, line_index: int) -> int:
    """Where a pronoun's person may be named: this paragraph or the one before; or the one before that, when the
    one between names no one (a quoted list of projects between "Akim … Mukhambetov told …" and "he noted")."""
    k = max(0, line_index - 1)
    if k > 0 and not doc.mentions.within(*doc.lines[k], sp.PERSON):
        k -= 1
    return doc.lines[k][0]


def _to_quote(doc: _Doc, f: _Found) -> Quote:
    text = doc.text
    spk = f.speaker
    focus = f.verb or (f.start, f.end)
    lo, hi = min(f.start, focus[0]), max(f.end, focus[1])
    sentence = bounded(text, sentence_around(doc.sentences, lo, hi), focus, flat=True)
    if spk is None:
        return Quote(text[f.start:f.end], f.start, f.end, f.direct, verb=_verb(text, f), sentence=sentence)
    role = text[spk.role[0]:spk.role[1]] if spk.role else None
    return Quote(text[f.start:f.end], f.start, f.end, f.direct, text[spk.start:spk.end], spk.start, spk.end,
                 sp.canonical_of(doc.mentions, spk.start, spk.end), role, _verb(text, f), sentence)


def _verb(text: str, f: _Found) -> str | None:
    return text[f.verb[0]:f.verb[1]] if f.verb else None


_Last = tuple[sp.Speaker | None, int]


def _inherit(found: list[_Found], last: _Last, line_index: int, statement: Callable[[sp.Speaker], bool],
             person_before: Callable[[int], sp.Speaker | None] = lambda _: None) -> _Last:
    """Fill speakers that the construction left to the context (the speaker named last, in this paragraph or the
    one before; for a quotation standing alone, else the person named last there: ``person_before``), and a
    statement named as the speaker ("«…», — говорится в сообщении", ``statement``) with whoever was told issuing it
    there; return the speaker named last and its paragraph."""
    speaker, where = last
    for f in found:
        near = speaker if speaker is not None and line_index - where <= 1 else None
        if f.speaker is None and near is None:
            f.speaker = person_before(f.start)  # "С. Коржумбаев неоднократно посещал …" then «Мы приезжали …»
        elif f.speaker is sp.COORDINATED or f.speaker is None:
            f.speaker = near
        elif near is not None and f.speaker.start >= 0 and statement(f.speaker):
            f.speaker = near
        if f.speaker is not None:
            speaker, where = f.speaker, line_index
    return speaker, where


def _person_before(doc: _Doc, line_index: int, at: int) -> sp.Speaker | None:
    """The person named last before ``at``, in its paragraph or the one before."""
    e = doc.mentions.last_before(at, doc.lines[max(0, line_index - 1)][0], sp.PERSON)
    return sp.Speaker(e.start_char, e.end_char) if e is not None else None


Gaps = tuple[list[tuple[int, int]], list[tuple[int, int]]]  # (quoted regions, attribution tails): narrative_gaps


def extract_quotes(text: str, lang: str, entities: Sequence[Entity] = (), published=None) -> list[Quote]:
    """Quotations and reported speech of ``text`` in document order (see tourpipe.models.Quote).

    ``published`` is accepted for symmetry with the events extractor; quotations carry no dates.
    """
    return read_quotes(text, lang, entities)[0]


def read_quotes(text: str, lang: str, entities: Sequence[Entity] = ()) -> tuple[list[Quote], Gaps]:
    """(:func:`extract_quotes`, :func:`narrative_gaps`) of ``text`` in one reading: the events extractor takes the
    gaps from the quotes stage instead of reading every line for quotations a second time."""
    lex = lexicon_for(lang)
    if lex is None:  # no speech lexicon: nothing to attribute, only quoted words to skip
        return [], (sorted((q.start, q.end) for ls, le in line_spans(text) for q in quotations(text, ls, le)), [])
    # a page hard-wrapped mid-sentence is read in paragraphs, its line breaks inside one read as spaces (offsets kept)
    lines = line_spans(text)
    # "ULAN BATOR Aug 22 China and Mongolia have signed …, the ministry said": the dateline is no word of the ministry's
    view = blanked(unwrapped(text, lines), datelines(text))
    doc = _Doc(view, lex, Mentions(entities), sentence_spans(text), lines)
    out: list[Quote] = []
    regions: list[tuple[int, int]] = []
    tails: list[tuple[int, int]] = []
    last: _Last = (None, -10)
    pending: list[_Found] = []  # words left open at a paragraph's end with no speaker before them
    intro: _Found | None = None  # "Аким отметил:" closing a paragraph: who speaks the dash paragraph below
    for k, (ls, le) in enumerate(doc.lines):
        found = [] if _no_speech(doc, ls, le) else _line(doc, ls, le)
        if intro is not None and not found:
            found = _introduced(doc, ls, le, intro)
        intro = _introducing(doc, ls, le)
        if not found and not pending:
            regions.extend(_regions(doc, ls, le, found))
            continue
        tails.extend(_tails(doc, found))
        _resolve(doc, found, k, last)
        last = _inherit(found, last, k, partial(_statement_only, doc), partial(_person_before, doc, k))
        regions.extend(_regions(doc, ls, le, found))  # who speaks is known: a body's statement is no gap
        named = next((f.speaker for f in found if f.direct), None) if pending else None
        if named is not None:  # “… (no closing mark) / “…,” said Li Wei: the paragraph that goes on names the speaker
            if not _outlet(doc, named):
                out.extend(_to_quote(doc, replace(f, speaker=named)) for f in pending)
            pending = []
        elif pending and not any(f.direct for f in found):
            pending = []  # the words left open go on nowhere
        # a middle paragraph left open too waits with them for the one that names the speaker
        pending += [f for f in found if f.direct and f.speaker is None and _goes_on_below(doc, f.end, le)]
        out.extend(_to_quote(doc, f) for f in found
                   if f.speaker is not None and not _outlet(doc, f.speaker) and not _unspeaking(doc, f.speaker))
    if view is not text:  # the spans' words as the text has them, line breaks and all
        out = [replace(q, text=text[q.start_char:q.end_char],
                       speaker=text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else q.speaker)
               for q in out]
    return out, (sorted(regions), sorted(tails))


_DASH_OPEN = re.compile(r"[ \t]*[—–-][ \t]+(?=\S)")


def _introducing(doc: _Doc, ls: int, le: int) -> _Found | None:
    """"Аким области Марат Оспанов отметил:", "The governor said:" ending a paragraph: a _Found with the speaker
    and the verb, and no words yet (the next paragraph, a dash's, holds them); else None."""
    line = doc.text[ls:le].rstrip(" \t")
    if not line.endswith(":"):
        return None
    colon = ls + len(line[:-1].rstrip(" \t"))  # where the colon's run of blanks and colon begins
    verb = next((m for m in doc.lex.say.finditer(doc.text, max(ls, colon - 40), colon)
                 if not doc.text[m.end():colon].strip(" \t")), None)  # the verb right before the colon
    if verb is None:
        return None
    speaker = sp.left_speaker(doc.lex, doc.mentions, doc.text, ls, verb.start())
    return _Found(colon, colon, True, speaker, verb.span()) if speaker is not None else None


def _introduced(doc: _Doc, ls: int, le: int, intro: _Found) -> list[_Found]:
    """The dash paragraph under an introducing one ("— Мы провели содержательные переговоры …"): its words, the
    introduced speaker's, direct."""
    dash = _DASH_OPEN.match(doc.text, ls, le)
    if dash is None:
        return []
    return [_Found(dash.end(), dash.end() + len(doc.text[dash.end():le].rstrip(" \t")), True, intro.speaker,
                   intro.verb)]


def _unspeaking(doc: _Doc, speaker: sp.Speaker) -> bool:
    """Is the naming headed by a deal, a paper or an occasion ("the memorandum", "the reports presented at the
    forum", "the signing of an agreement")? A resolved pronoun is a person's."""
    if speaker.pronoun or speaker.start < 0:
        return False
    words = [w.lower() for w in _WORDS.findall(doc.text, speaker.start, speaker.end)[:3]]
    words = [w for w in words if w not in doc.lex.articles]
    # ... not a body or a group named by an occasion: "The meeting participants noted that …"
    speakers = doc.lex.group_speakers | doc.lex.role_words
    return bool(words) and ((words[0] in doc.lex.unspeaking_heads and not speakers.intersection(words[1:]))
                            or doc.lex.unspeaking_head.fullmatch(words[0]) is not None)


def _statement_only(doc: _Doc, speaker: sp.Speaker) -> bool:
    """Is the naming a statement alone ("сообщении", "the statement"), not who issued it?"""
    words = [w.lower() for w in _WORDS.findall(doc.text, speaker.start, speaker.end)]
    words = [w for w in words if w not in doc.lex.articles]
    return len(words) == 1 and words[0] in doc.lex.source_documents


def _outlet(doc: _Doc, speaker: sp.Speaker) -> bool:
    """Is the speaker a news outlet relaying the story ("…, state media said", "the paper added", "Turkmen national
    television said", "сообщил телеканал")? A relay is no quotation; a person is never one."""
    if speaker.pronoun or speaker.start < 0 or doc.mentions.within(speaker.start, speaker.end, sp.PERSON):
        return False
    words = [w.lower() for w in _WORDS.findall(doc.text, speaker.start, speaker.end)]
    if doc.lex.head_last:  # "a spokesman for the agency", "the Ministry of Information and Media": before "of"/"for"
        words = words[:next((i for i, w in enumerate(words) if w in doc.lex.owner_preps or w == "for"), len(words))]
    elif len(words) > 1 and words[1] in doc.lex.speaker_preps | {"по", "при"}:
        return False  # "агентство по инвестициям" is a government body
    if not words:
        return False
    if doc.lex.head_last:
        return _is_outlet(doc, words[-1])
    from tourpipe.nlp import morph

    for w in words:  # "узбекские СМИ", "государственное телевидение": the head after its adjectives
        if _is_outlet(doc, w) or morph().parse(w)[0].tag.POS not in ("ADJF", "PRTF"):
            return _is_outlet(doc, w)
    return False


def _is_outlet(doc: _Doc, word: str) -> bool:
    return word in doc.lex.outlets or word.startswith(doc.lex.outlet_stems)


def _tails(doc: _Doc, found: list[_Found]) -> list[tuple[int, int]]:
    """The attributions that close a sentence after a reported clause (", Li Wei, head of the park, told reporters
    May 10."): from the end of the clause to the end of the sentence."""
    out = []
    for f in found:
        if not f.direct and f.verb is not None and f.verb[0] >= f.end:
            out.append((f.end, _sentence_of(doc, f.verb[0])[1]))
    return out


def _regions(doc: _Doc, ls: int, le: int, found: list[_Found]) -> list[tuple[int, int]]:
    released = [(f.start, f.end) for f in found if f.direct and f.speaker is not None and f.speaker.start >= 0
                and _speaking_body(doc, f.speaker.start, f.speaker.end)]
    quoted = quotations(doc.text, ls, le)
    released += [(q.start, q.end) for q in quoted if _relayed(doc, q, le)]  # an outlet's relay of the news
    out = [(q.start, q.end) for q in quoted if not any(a <= q.start + 1 and q.end - 1 <= b for a, b in released)]
    for f in found:
        if f.direct and (f.start, f.end) not in released:
            out.append((f.start, f.end))
        out.extend(_descriptions(doc, f))
    return out


def _relayed(doc: _Doc, q: Quoted, le: int) -> bool:
    """Is the quotation an outlet's relay of the story ("«Китайские инвесторы намерены построить …», – передает
    корреспондент Podrobno.uz"): the news in the reporter's words, which the events reader reads as narrative?"""
    if q.close is None:
        return False
    m = doc.lex.credit_after.match(doc.text, q.outer_end, le)
    return m is not None and not _speaking_body(doc, m.end(), le)


def _descriptions(doc: _Doc, f: _Found) -> list[tuple[int, int]]:
    """Relative clauses describing a speaker before the verb (", who was visiting Urumqi,"): background, not news."""
    if f.verb is None:
        return []
    s, _ = _sentence_of(doc, f.verb[0])
    if s >= f.verb[0]:
        return []
    return [(a, b) for a, b in sp._segments(doc.text, s, f.verb[0])
            if sp._first_word(doc.text, a, b) in doc.lex.describing_openers]


def quoted_regions(text: str, lang: str, entities: Sequence[Entity] = ()) -> list[tuple[int, int]]:
    """Spans an events extractor must not read as narrative: quoted words (anyone's, titles too; a paragraph of
    direct speech after a dash) and the relative clauses that describe a speaker. Reported clauses are not among
    them: "the minister said that the delegation will visit …" tells news in the reporter's words."""
    return narrative_gaps(text, lang, entities)[0]


def narrative_gaps(text: str, lang: str, entities: Sequence[Entity] = ()) -> Gaps:
    """(:func:`quoted_regions`, attribution tails). An attribution tail is where a sentence goes on after its reported
    clause only to say who said it (", Li Wei, head of the park, told reporters May 10."): an events extractor's parse
    of the clause should end there. A caller that reads the quotations too takes both from :func:`read_quotes`."""
    return read_quotes(text, lang, entities)[1]
