"""Who said it: the naming nearest a reporting verb, split into name and role, pronouns resolved to a person."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tourpipe.nlp import morph
from tourpipe.quotes.lexicon import MARKS, QuoteLexicon
from tourpipe.syntax import Mentions

NAME_LABELS = frozenset({"PERSON", "ORG"})
PERSON = frozenset({"PERSON"})
ORG = frozenset({"ORG"})
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_MAX_SPEAKER_WORDS = 12
_MAX_BODY_WORDS = 20
_MAX_DESCRIPTIONS = 2


@dataclass(frozen=True)
class Speaker:
    start: int
    end: int
    role: tuple[int, int] | None = None
    pronoun: str | None = None  # "person" / "group" when the naming is a pronoun


COORDINATED = Speaker(-1, -1)  # "… and added that": the speaker of the clause before


def _strip(text: str, s: int, e: int, chars: str = " \t,;:—–-") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars + ".":
        e -= 1
    return s, e


def _segments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of text[a:b], stripped (commas inside parentheses do not split)."""
    if text.find("(", a, b) < 0:  # no parentheses (most): every comma splits
        out, start = [], a
        while (i := text.find(",", start, b)) >= 0:
            out.append(_strip(text, start, i))
            start = i + 1
        out.append(_strip(text, start, b))
        return [(s, e) for s, e in out if e > s]
    out, depth, start = [], 0, a
    for i in range(a, b):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and depth == 0:
            out.append(_strip(text, start, i))
            start = i + 1
    out.append(_strip(text, start, b))
    return [(s, e) for s, e in out if e > s]


def _words(text: str, s: int, e: int) -> list[re.Match]:
    return list(_WORD.finditer(text, s, e))


def _first_word(text: str, s: int, e: int) -> str:
    m = _WORD.search(text, s, e)
    return m.group().lower() if m else ""


def _last_word(text: str, s: int, e: int) -> str:
    words = _words(text, s, e)
    return words[-1].group().lower() if words else ""


def _drop_leading(text: str, s: int, e: int, words: frozenset[str]) -> int:
    while True:
        m = _WORD.search(text, s, e)
        if not m or m.start() != s or m.group().lower() not in words:
            return s
        s = m.end()
        while s < e and text[s].isspace():
            s += 1


def _name_at(lex: QuoteLexicon, mentions: Mentions, text: str, s: int, e: int):
    """A PERSON/ORG mention opening the piece text[s:e], after an honorific ("Mr. Badam-Ochir, head of …, said")."""
    m = lex.honorific.match(text, s, e)
    s = m.end() if m else s
    found = mentions.covering(s, NAME_LABELS)
    if found is None and text[max(0, s - 3):s].rstrip()[-1:] in _AFTER_A_QUOTATION \
            and (given := _GIVEN_NAME.match(text, s, e)) \
            and given.group(1).lower() not in lex.role_words:
        # '"…," Rosalinda Maria Tejera Lizano, director of …': a first name the tagger left out of the person it
        # names (right after a quotation or a comma: a capital there opens no sentence)
        person = mentions.covering(given.end(), PERSON)
        if person is not None and person.start_char == given.end() and person.end_char <= e:
            return replace(person, text=text[s:person.end_char], start_char=s)
    return found if found is not None and found.start_char == s and found.end_char <= e else None


_AFTER_A_QUOTATION = ('"', "”", "»", ",")
_GIVEN_NAME = re.compile(r"([A-ZА-ЯЁ][a-zа-яё]+) (?=[A-ZА-ЯЁ])")


def _pronoun(lex: QuoteLexicon, text: str, s: int, e: int) -> Speaker | None:
    word = text[s:e].lower()
    return Speaker(s, e, pronoun=lex.pronouns[word]) if word in lex.pronouns else None


_AND = re.compile(r"\s(?:and|и)\s", re.I)
# the last relative that opens a clause of an occasion: "at which", "during which", "на которой", "в ходе которого"
_WHICH_LAST = re.compile(r"(?<!\w)(?:(?:in|at|during|on|after)\s+which|(?:на|в|во\s+время|в\s+ходе|после)\s+котор\w+)"
                         r"(?!\w)(?!.*(?<!\w)(?:which|котор\w+)(?!\w))", re.I | re.S)
_AND_LAST = re.compile(r"\s(?:and|и)\s(?!.*\s(?:and|и)\s)", re.I | re.S)  # the last "and" of a naming


# A verb before the name makes the words before it a clause, not a title: "The delegation met Wen Li, who said"
_CLAUSE_BEFORE_NAME = re.compile(r"(?<!\w)(?:met|meets|welcomed|received|thanked|visited|встретил\w*|принял\w*|"
                                 r"поблагодарил\w*|посетил\w*)(?!\w)", re.I)


def _split_role(mentions: Mentions, s: int, e: int, role: tuple[int, int] | None, text: str = "") -> Speaker:
    """A naming with a person in it: the naming from its title to the person is the speaker, the title its role
    ("Minister X").

    Coordinated people speak together: "Mr. Wu Chunhui and CEO Harun Aydin said" names both.
    """
    people = _people(mentions, text, s, e)
    if not people:
        return Speaker(s, e, role)
    if text and len(people) > 1:
        # "Президент Токаев во время встречи с Председателем КНР Си Цзиньпином отметил": one met is no speaker
        people = [p for p in people if not _ADJUNCT_PERSON.search(text, max(s, p.start_char - 60), p.start_char)] \
            or people
    first = len(people) - 1
    while first > 0 and text and _AND.search(text, people[first - 1].end_char, people[first].start_char):
        first -= 1
    a, b = people[first].start_char, people[-1].end_char
    if first < len(people) - 1:
        a = s  # with the coordination, each person's title belongs to the naming
    if a > s and _CLAUSE_BEFORE_NAME.search(text, s, a):
        return Speaker(a, b)  # "The delegation met Wen Li, who said …": a clause before the name, no title
    # the naming is the title and the name ("Vice President Zhen", "аким области Марат Оспанов"); its role the title
    if a > s and role is None:
        return Speaker(s, b, _strip(text, s, a) if text else (s, a))
    return Speaker(s, b, role if a == s else (s, a))


def _people(mentions: Mentions, text: str, s: int, e: int) -> list:
    """The PERSON mentions in text[s:e], but for one right after "the": no person's name takes it ("journalists from
    the countries of the BRI" is a tagger's slip)."""
    people = mentions.within(s, e, PERSON)
    return [p for p in people if not _THE_BEFORE.search(text, max(0, p.start_char - 4), p.start_char)] if text \
        else people


_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
_PARTITIVE = re.compile(r"(?:some|many|most|all|several|few|each|both|one|two|three|four|five)\s+of\s+"
                        r"(?:them|us|the)\b", re.I)  # "some of them ...", "many of the guests ..."


def _role_span(text: str, parts: list[tuple[int, int]], first: int, last: int) -> tuple[int, int] | None:
    if first > last:
        return None
    return _strip(text, parts[first][0], parts[last][1])


_PASSIVE_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})  # before a passive reporting verb
_TITLE_WORDS = 3  # words of a title before a name ("Deputy Governor Li Wei")
_JOIN = re.compile(r"\s(?:and|и)\s(?:\w[\w.-]*\s){0,3}$", re.I)  # "X and Ambassador Y": a title may precede Y


def _joined(text: str, people: list):
    """The last of the people coordinated from the first on ("Li Wei and Ambassador Tian Yong")."""
    last = people[0]
    for nxt in people[1:]:
        if not _JOIN.fullmatch(text[last.end_char:nxt.start_char]):
            break
        last = nxt
    return last


def left_speaker(lex: QuoteLexicon, mentions: Mentions, text: str, a: int, b: int) -> Speaker | None:
    """The speaker named in text[a:b], the words right before a reporting verb."""
    a = max(a, text.rfind(";", a, b) + 1)  # "The plans are modest; officials have said": a clause of its own
    joint = _AND_LAST.search(text, a, b)
    if joint is not None and lex.clause_verbs & {w.group().lower() for w in _words(text, a, joint.start())}:
        a = joint.end()  # "The copper is sourced locally and the plant manager tells us": a clause before "and"
    relative = _WHICH_LAST.search(text, a, b)
    if relative is not None and relative.end() < b:
        a = relative.end()  # "… a press conference on Monday in which local officials said": the officials
    inner = [m for m in lex.bare_said.finditer(text, a, b) if m.group("verb").lower() not in lex.bare_needs_verb]
    if inner and inner[-1].end() < b:
        a = inner[-1].end()  # "AP said the Chinese government asserted that": who asserted it, as AP tells
    a, b = _strip(text, a, b)
    phrase = lex.trailing_phrase.search(text, a, b)
    if phrase is not None and phrase.start() > a:
        b = phrase.start()  # "the minister was quoted as": the minister
    tail = _words(text, a, b)
    while len(tail) > 1 and (tail[-1].group().lower() in lex.trailing_noise
                             or lex.trailing_adverb.fullmatch(tail[-1].group())) \
            and tail[-2].group().lower() not in lex.leading_noise:
        a, b = _strip(text, a, tail[-1].start())  # "He has noted that": the naming is "He"
        tail = tail[:-1]
    if a >= b or (tail and tail[-1].group().lower() in _PASSIVE_BE):
        return None  # "It must be said that …", "It was stressed that …", "He was told that …": no one speaks
    if tail and tail[-1].group().lower() in lex.leading_noise and len(tail) > 1:
        return _coordinated_subject(lex, mentions, text, a, b, tail[-1].start())
    parts = _segments(text, a, b)
    k = len(parts) - 1
    while k >= 0 and (_first_word(text, *parts[k]) in lex.describing_openers
                      or text[parts[k][0]:parts[k][1]].strip().lower() in lex.parentheticals):
        k -= 1  # ", who was visiting Urumqi," describes the speaker; ", в свою очередь," is an aside
    if k < 0:
        return None
    for n in range(k, max(-1, k - _MAX_DESCRIPTIONS - 1), -1):
        name = _name_at(lex, mentions, text, *parts[n])
        if name is not None or _pronoun(lex, text, *parts[n]):
            return _named(lex, mentions, text, parts, n, k)
    return _described(lex, mentions, text, parts[k])


def _coordinated_subject(lex: QuoteLexicon, mentions: Mentions, text: str, a: int, b: int, joint: int) -> Speaker:
    """Who speaks in "…, X did this and said" (``joint``: where the "and" before the verb starts).

    "Furthermore, Li summed up the trip and said": the clause's own subject, a name or a pronoun opening it (the last
    clause joined before the verb's: "Wang visited the plant and Tuniyaz welcomed them and said" is Tuniyaz's); else
    ("… and added that") the speaker is the one already named (COORDINATED)."""
    s, e = _segments(text, a, b)[-1]
    if s >= joint:  # "X declined to comment, but said": the clause before the comma is the one joined
        name = _name_at(lex, mentions, text, a, b)
        return _split_role(mentions, a, name.end_char, None, text) if name is not None \
            else _group(lex, text, a, b) or COORDINATED
    if _first_word(text, s, e) in lex.relative_adverbs:
        # "Си Цзиньпин дал интервью агентству, где рассказал о … и отметил, что": the subject of the clause "где"
        # hangs on (its first person named not after a preposition), else no one
        return _sentence_subject(mentions, text, a, s)
    joins = [m.end() for m in _AND.finditer(text, s, joint)]
    for j in reversed(joins):
        if _name_at(lex, mentions, text, j, e) is not None:
            s = j
            break
    name, first = _name_at(lex, mentions, text, s, e), _WORD.match(text, s, e)
    if name is None:  # "Governor Li Wei met the press and said": a title of a few words before the name
        people = mentions.within(s, e, PERSON)
        if people and len(_words(text, s, people[0].start_char)) <= _TITLE_WORDS:
            return _split_role(mentions, people[0].start_char, _joined(text, people).end_char, None, text)
        return (_pronoun(lex, text, first.start(), first.end()) if first else None) or _group(lex, text, s, e) \
            or _named_before_the_comma(mentions, text, a, s, first) or COORDINATED
    start = name.start_char
    before = mentions.last_before(start, max(a, start - 80), PERSON)
    if before is not None and _AND.fullmatch(text[before.end_char:start]):
        start = before.start_char  # "губернатор X и Y вышли к прессе и объявили": both speak
    return _split_role(mentions, start, name.end_char, None, text)


_TITLE_LINKS = frozenset({"and", "of", "the", "for", "и", "по"})


def _named_before_the_comma(mentions: Mentions, text: str, a: int, s: int, first: re.Match | None) -> Speaker | None:
    """"Minister of Food and Light Industry Kh.Bolorchuluun, participated in the meeting and noted": a clause opening
    with its verb after a comma that closes a naming (a title and a name, nothing else) is that person's."""
    person = mentions.last_before(s, a, PERSON)
    if person is None or first is None or not first.group().islower() or text[person.end_char:s].strip() != ",":
        return None
    opening = max(a, text.rfind(",", a, person.start_char) + 1)
    if any(not w.group()[:1].isupper() and w.group().lower() not in _TITLE_LINKS
           for w in _words(text, opening, person.start_char)):
        return None  # "Li met Wang, toured the plant and said": Wang is met, Li speaks
    return _split_role(mentions, person.start_char, person.end_char, None, text)


def _sentence_subject(mentions: Mentions, text: str, a: int, b: int) -> Speaker | None:
    """The first person named in text[a:b] not after a preposition ("Накануне поездки в Казахстан Си Цзиньпин"), with
    the people coordinated with them; None when there is none."""
    people = [p for p in mentions.within(a, b, PERSON) if not _after_preposition(text, a, p)]
    if not people:
        return None
    return _split_role(mentions, people[0].start_char, _joined(text, people).end_char, None, text)


_GROUP_WORDS = 4  # "The Kazakh media delegation": an article, a few words, the group's noun


def _group(lex: QuoteLexicon, text: str, s: int, e: int) -> Speaker | None:
    """A group opening the clause as its subject: "The delegation also visited the plant and said …", "Казахстанская
    делегация посетила завод и отметила …" (after an article, if the language has them)."""
    words = _words(text, s, e)[:_GROUP_WORDS]
    if not words or (lex.articles and words[0].group().lower() not in lex.articles
                     and words[0].group().lower() not in lex.group_speakers):
        return None
    head = next((w for w in words if w.group().lower() in lex.group_speakers), None)
    return Speaker(s, head.end()) if head is not None else None


def _named(lex: QuoteLexicon, mentions: Mentions, text: str, parts, n: int, k: int) -> Speaker:
    s, e = parts[n]
    pron = _pronoun(lex, text, s, e)
    if pron is not None:
        return pron
    if lex.press_body.match(text, s, e):
        return Speaker(s, e)  # "Rahmon's press service"
    name = _name_at(lex, mentions, text, s, e)
    if name.label != "PERSON" and mentions.within(name.end_char, e, PERSON):
        return _split_role(mentions, s, e, _role_span(text, parts, n + 1, k), text)  # "KTZ Chairman X said": X
    role = _role_span(text, parts, n + 1, k)
    people = mentions.within(name.start_char, e, PERSON) if name.label == "PERSON" else []
    end = _joined(text, people).end_char if people else name.end_char  # "Tokayev and Mirziyoyev said": both
    if end < e and role is None:
        role = _strip(text, end, e)  # "Li Qiang from Toppress"
    return Speaker(name.start_char, end, role if role and role[1] > role[0] else None)


_WHEN = frozenset({"DATE", "TIME"})


def _drop_when(lex: QuoteLexicon, mentions: Mentions, text: str, s: int, e: int) -> int:
    """Past when it was said, which may open the words before the verb: "В декабре председатель КНР заявил",
    "Yesterday the minister said" (a date, with its preposition, or a word of time)."""
    while True:
        words = _words(text, s, e)[:2]
        if len(words) < 2:
            return s
        first = words[0].group().lower()
        if first in lex.when_words:
            s = words[1].start()
            continue
        phrase = lex.when_phrase.match(text, s, e)  # "сообщил на этой неделе вице-министр"
        if phrase is not None:
            s = phrase.end()
            continue
        at = words[1].start() if first in lex.adverbial_openers or first in lex.speaker_preps else words[0].start()
        date = mentions.covering(at, _WHEN)
        if date is None or date.start_char != at or date.end_char >= e:
            return s
        s = _strip(text, date.end_char, e)[0]


def _described(lex: QuoteLexicon, mentions: Mentions, text: str, part: tuple[int, int]) -> Speaker | None:
    s, e = part
    s = _drop_leading(text, s, e, lex.leading_noise)
    s = _drop_when(lex, mentions, text, s, e)
    s = _drop_occasion(lex, text, s, e)
    words = _words(text, s, e)
    if not words:
        return None
    first = words[0].group().lower()
    if lex.pronouns.get(first) == "body" and len(words) > 1:
        return None  # "It follows to note that …" (translated "Следует отметить"): "it" and a verb, no one speaks
    if first in lex.speaker_preps and len(words) <= 5:
        s = _drop_leading(text, s, e, lex.speaker_preps)  # "В ведомстве отмечают" -> "ведомстве"
    elif first in lex.adverbial_openers:
        people = mentions.within(s, e, PERSON)
        return _split_role(mentions, people[-1].start_char, e, None, text) if people else None
    if len(words) > _MAX_SPEAKER_WORDS:
        people = _people(mentions, text, s, e)
        if people:
            return _split_role(mentions, people[0].start_char, e, None, text)
        # a body with a long name: "press service of the Corporation for the Development of the Far East and the
        # Arctic" (a named organisation in it, no finite verb)
        # ... or some of a group, described at length: "some of them from the countries participating in the joint
        # building of the BRI told the Global Times that"
        if len(words) <= _MAX_BODY_WORDS and (mentions.within(s, e, ORG) or _PARTITIVE.match(text, s, e)) and \
                not lex.clause_verbs & {w.group().lower() for w in words}:
            return Speaker(s, e)
        return None
    pron = _pronoun(lex, text, s, e)
    if pron is not None:
        return pron
    return _owned(lex, mentions, text, s, e, None) or _split_role(mentions, s, e, None, text)


OCCASION_WORDS = 3  # words of an occasion's name after its noun: "На церемонии открытия завода посол заявил"


def _drop_occasion(lex: QuoteLexicon, text: str, s: int, e: int) -> int:
    """Past the occasion that may open the words before the verb: "В ходе встречи вице-мэр города отметил" is the
    vice-mayor's (and "На церемонии открытия посол": the occasion's own words, in an oblique case, go with it)."""
    m = lex.occasion_opener.match(text, s, e)
    if m is None:
        return s
    words = _words(text, m.end(), e)
    n = 0
    if lex.lang == "ru":
        while n < min(OCCASION_WORDS, len(words) - 1) and not _may_name_the_speaker(morph().parse(words[n].group())):
            n += 1
    return words[n].start() if words else s


def _may_name_the_speaker(parses) -> bool:
    """Can a word open the speaker's naming after an occasion: a nominative that is no genitive too ("открытия" of
    "церемонии открытия" may be either: the occasion's), or a nominative person ("посол", "губернатор")?"""
    cases = {p.tag.case for p in parses}
    return "nomn" in cases and ("gent" not in cases or any(p.tag.case == "nomn" and "anim" in p.tag for p in parses))


def _name_after_role(mentions: Mentions, s: int, stop: int, end: int) -> bool:
    """Does a role's description run on past a stop word to the person's name ("заявил представитель корпорации по
    зарубежному сотрудничеству КНР Ма Чжау на встрече …": "по" is inside the role)?"""
    return not mentions.within(s, stop, PERSON) and bool(mentions.within(stop, end, PERSON))


_RECIPIENT_WORDS = 6  # words of who heard it ("агентству «Интерфакс-Азербайджан»") before the speaker's preposition


def _past_who_heard(lex: QuoteLexicon, words: list[re.Match]) -> list[re.Match] | None:
    """The words of a naming after who heard it and where ("сообщили агентству «Интерфакс» в министерстве",
    "сообщили на брифинге в региональной службе", "сообщил на брифинге аким района X"); None when no one is named
    after them."""
    if words and words[0].group().lower() in lex.recipients:
        at = next((k for k, w in enumerate(words[1:_RECIPIENT_WORDS], 1) if w.group().lower() in lex.speaker_preps),
                  None)
        if at is None or at + 1 >= len(words):
            return None
        words = words[at + 1:]
    if words and words[0].group().lower() in lex.occasion_nouns:
        words = words[2:] if len(words) > 1 and words[1].group().lower() in lex.speaker_preps else words[1:]
        if not words:
            return None
    return words


def right_speaker(lex: QuoteLexicon, mentions: Mentions, text: str, a: int, b: int) -> Speaker | None:
    """The speaker named in text[a:b], the words right after a reporting verb ("said Li, an editor of …")."""
    parts = _segments(text, a, b)
    if not parts:
        return None
    s, e = parts[0]
    s = _drop_when(lex, mentions, text, s, e)  # "сообщила 24 сентября пресс-служба", "сообщил в среду аким"
    s = _drop_leading(text, s, e, lex.speaker_preps | lex.speech_objects)  # "поделилась впечатлениями X"
    named = _words(text, s, e)
    words = _past_who_heard(lex, named)
    if words is None:
        return None
    s = words[0].start() if words is not named else s
    if len(words) > 1 and words[0].group().lower() in lex.document_nouns:
        s = words[1].start()  # "говорится в заявлении компании": the company's statement, the company speaks
    elif words and words[0].group().lower() in lex.adverbial_openers and not mentions.within(s, e, PERSON):
        return None  # "…, said with a smile.": how it was said, no speaker
    found = _words(text, s, e)
    stops = [k for k, m in enumerate(found[1:], 1) if m.group().lower() in lex.speaker_stops]
    for n, k in enumerate(stops):
        m = found[k]
        if _inside_a_title(mentions, text, s, e, found, k) or _name_after_role(mentions, s, m.start(), (
                found[stops[n + 1]].start() if n + 1 < len(stops) else e)) \
                or found[k - 1].group().lower().startswith(lex.body_name_heads):
            continue  # ... "министерство по делам молодежи": the preposition is inside the body's name
        e = _strip(text, s, m.start())[1]  # "said Li on Monday"
        break
    if e <= s or len(_words(text, s, e)) > _MAX_SPEAKER_WORDS:
        return None
    last = min(len(parts) - 1, _MAX_DESCRIPTIONS)
    credit = next((n for n in range(1, last + 1) if _first_word(text, *parts[n]) in lex.credit), None)
    role = _role_span(text, parts, 1, last if credit is None else credit - 1)  # "…, передает пресс-служба": no role
    first = _words(text, s, e)[:1]
    pron = _pronoun(lex, text, s, e) or (_pronoun(lex, text, first[0].start(), first[0].end()) if first else None)
    if pron is not None:
        return pron  # "рассказал он журналистам": the pronoun, not whom it told
    if len(parts) > 1 and not mentions.within(s, e, PERSON):
        # "said the mayor of Almaty, Yerbolat Dossayev": the person the role names speaks, the role describes them
        named = mentions.covering(parts[1][0], PERSON)  # "одна из журналисток, Мария Иванова из России"
        if named is not None and named.start_char == parts[1][0]:
            return Speaker(named.start_char, named.end_char, (s, e))
    return _owned(lex, mentions, text, s, e, role) or _split_role(mentions, s, e, role, text)


def _inside_a_title(mentions: Mentions, text: str, s: int, e: int, words: list, k: int) -> bool:
    """Is the preposition words[k] inside the title before a name ("сообщил директор Агентства по защите и
    продвижению инвестиций КР Шумкарбек Адылбек уулу"): right after a capitalised word, with no person named before it
    and one named after it?"""
    at = words[k].start()
    return words[k - 1].group()[:1].isupper() and not mentions.within(s, at, PERSON) \
        and bool(mentions.within(at, e, PERSON))


def _owned(lex: QuoteLexicon, mentions: Mentions, text: str, s: int, e: int, role) -> Speaker | None:
    """"the official site of President X": the site speaks, not the person it belongs to (the naming whole); so does
    a press office, whoever owns it ("Rahmon's press service", "пресс-служба Акорды")."""
    if lex.press_body.match(text, s, e):
        return Speaker(s, e, role)
    people = mentions.within(s, e, PERSON)
    if not people or people[0].start_char <= s:
        return None
    before = [w.group() for w in _words(text, s, people[0].start_char)]
    k = max((i for i, w in enumerate(before) if w.lower() in lex.owner_preps), default=-1)
    # a thing owned ("site of"), only titles between the preposition and the name ("of Kazakh President X"), not a
    # noun phrase of its own ("the head of the delegation Li Wei", "the Minister of Industry X", "the head of Kazakh
    # Railways X": the person heads it and speaks)
    owned = k > 0 and before[0].lower() in lex.articles and before[k - 1].islower() \
        and all(w[:1].isupper() for w in before[k + 1:]) \
        and not mentions.within(s, people[0].start_char, frozenset({"ORG", "GPE", "LOC", "FAC"}))
    return Speaker(s, e, role) if owned else None


# A person after a preposition and a title of a few words: "with Premier Li Qiang", "с Председателем КНР Си Цзиньпином"
_ADJUNCT_PREPOSITIONS = "with|by|after|for|from|to|с|со|от|для|после|к|у"
_ADJUNCT_PERSON = re.compile(rf"(?<!\w)(?:{_ADJUNCT_PREPOSITIONS})\s+(?:[\w.-]+\s+){{0,3}}$", re.I)
_AFTER_PREPOSITION = re.compile(rf"(?<!\w)(?:{_ADJUNCT_PREPOSITIONS}|of)\s+$", re.I)
def _after_preposition(text: str, floor: int, person) -> bool:
    """Does a preposition stand right before the person's name (since ``floor``): "with Premier Li Qiang"? No
    subject then."""
    return _AFTER_PREPOSITION.search(text, max(floor, person.start_char - 12), person.start_char) is not None


SUBJECT_WORDS = 6  # words before a person's name that still open its sentence ("Delegation leader Liu Dao-gang")


def resolve_pronoun(mentions: Mentions, speaker: Speaker, floor: int, text: str = "",
                    sentences: Sequence[tuple[int, int]] = (), said: tuple[int, int] = (0, 0),
                    roles: frozenset[str] = frozenset(), articles: frozenset[str] = frozenset()) -> Speaker:
    """A personal pronoun refers to a person named since ``floor`` (the paragraph before): the one opening the
    nearest sentence before it that opens with a person ("Zhao Yide thanked the hosts and backed the plans of
    Erkinjon Turdimov. He said …" is Zhao Yide's), else the last person named. Never one named in what was said
    (the span ``said``): in "«… госвизита Си Цзиньпина …», — сказал он" he is not Xi."""
    if speaker.pronoun != "person":
        return speaker

    def outside(people: list) -> list:  # ... nor a "person" in quotation marks: the name of a programme or a film
        return [e for e in people if not said[0] <= e.start_char < said[1] and not _in_marks(text, e)]

    for s, _ in reversed([x for x in sentences if floor <= x[0] < speaker.start]):
        people = outside(mentions.within(s, speaker.start, PERSON))
        if not people:
            continue
        # "Together with Wang Tao, Li Wei toured …", "На встрече с Сергеем Ивановым губернатор Иван Петров …": a
        # person after a preposition is no subject
        first = next((e for e in people if not _after_preposition(text, s, e)), None)
        if first is not None and len(_words(text, s, first.start_char)) <= SUBJECT_WORDS:
            return Speaker(first.start_char, first.end_char)
        break  # the nearest sentence naming someone names no subject: the last person named
    found = outside(mentions.within(floor, speaker.start, PERSON))
    if found:
        return Speaker(found[-1].start_char, found[-1].end_char)
    return _role_opening(text, sentences, floor, speaker, roles, articles) or speaker


_ROLE_WORDS_IN = 4  # words of a sentence's opening that may hold the role ("The Chinese Consul General")
_OPENING_CHARS = 80


def _role_opening(text: str, sentences: Sequence[tuple[int, int]], floor: int, speaker: Speaker,
                  roles: frozenset[str], articles: frozenset[str]) -> Speaker | None:
    """With no person named before, "he" is the one a sentence before names by a role as its opening words: "The
    Consul also toured the zone. “…,” he said." is the Consul's (the article and the role's capitalised words, up to
    it; a language with no ``articles`` and ``roles`` has no such naming)."""
    for s, _ in reversed([x for x in sentences if floor <= x[0] < speaker.start]):
        words = _words(text, s, min(speaker.start, s + _OPENING_CHARS))[:_ROLE_WORDS_IN]
        if len(words) < 2 or words[0].group().lower() not in articles:
            continue
        for k, w in enumerate(words[1:], 1):
            if w.group().lower() in roles:
                end = k
                while end + 1 < len(words) and words[end + 1].group()[:1].isupper():
                    end += 1  # "The Consul General"
                return Speaker(words[0].start(), words[end].end())
            if not w.group()[:1].isupper():
                break  # "The delegation's head": the role must come first, or after capitalised words
    return None


def _in_marks(text: str, e) -> bool:
    """Is the mention ``e`` a name in quotation marks of its own (the strategy "Nurly Zhol")?"""
    return 0 < e.start_char and e.end_char < len(text) and text[e.start_char - 1] in MARKS \
        and text[e.end_char] in MARKS


def canonical_of(mentions: Mentions, s: int, e: int) -> str | None:
    """The canonical name of the person (else organisation) the speaker span names."""
    for labels in (PERSON, NAME_LABELS):
        found = mentions.within(s, e, labels)
        if found:
            return found[-1].canonical or found[-1].text
    return None
