"""Per-language quotation lexicons (data in lexicon_en.py / lexicon_ru.py), compiled once into patterns."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module

from tourpipe.vocabulary import Caseless, alternation

_LANGUAGES = {"en": "tourpipe.quotes.lexicon_en", "ru": "tourpipe.quotes.lexicon_ru"}
_MARKS = "\"“”«»„"


_SYNTAX = re.compile(r"[\\()\[\]|*+?{}^$.]")


def _alt(words) -> str:
    """The words as one alternation: plain words factored by prefix (vocabulary.alternation: speech-verb cues are
    looked for in every sentence), the few written as patterns ("pointed\\s+out") before them, longest first."""
    words = set(words)
    patterns = sorted((w for w in words if _SYNTAX.search(w)), key=lambda w: (-len(w), w))
    plain = [w for w in words if not _SYNTAX.search(w)]
    return "|".join(patterns + ([alternation(plain)] if plain else []))


@dataclass(frozen=True)
class QuoteLexicon:
    lang: str
    say: re.Pattern  # a reporting verb, any construction
    that_verb: re.Pattern  # a reporting verb that needs a content clause
    credit: frozenset[str]
    credit_after: re.Pattern  # a credit verb right after a closing mark: ", – передает корреспондент …"
    outlets: frozenset[str]  # heads of a naming that is a news outlet ("state media", "the paper"): no speaker
    outlet_stems: tuple[str, ...]  # ... as stems ("телеканал", "газет")
    head_last: bool  # a naming's head is its last word (English) or its first (Russian)
    tell_verbs: frozenset[str]  # a reporting verb whose object (several words) is who heard it: "told national TV"
    name_nouns: tuple[str, ...]  # nouns a name in quotation marks follows: "телеканал «Хабар 24»" (stems)
    speaking_bodies: tuple[str, ...]  # a naming opening with one of these speaks even with a credit verb
    press_body: re.Pattern  # a naming opening so is a press office, which speaks whole ("пресс-служба Акорды")
    role_words: frozenset[str]  # "head", "chairman": a description after a name that opens with one is a role
    group_speakers: frozenset[str]  # "The delegation visited the plant and said …": a group that speaks together
    pronouns: dict[str, str]
    leading_noise: frozenset[str]
    relative_adverbs: frozenset[str]  # "…, где рассказал … и отметил": the clause before has the subject
    relative_speakers: frozenset[str]  # "…, said Sun, who insisted that …": words opening a clause about the one named
    when_words: frozenset[str]  # "Yesterday the minister said": when, not who
    when_phrase: re.Pattern  # "on Monday", "на этой неделе": when it was said, between the verb and the naming
    occasion_opener: re.Pattern  # "В ходе встречи губернатор отметил": where, not who
    trailing_noise: frozenset[str]
    trailing_adverb: re.Pattern  # an adverb between a naming and its verb: "she bluntly said" (a whole word)
    trailing_phrase: re.Pattern  # a phrase between a naming and its verb ("was quoted as"), matched at the end
    quoted_as_saying: re.Pattern  # "AP quoted Xu as saying that …": Xu speaks the gerund's clause
    parentheticals: frozenset[str]  # "The side, in turn, noted …": no clause ends before these
    speaker_preps: frozenset[str]
    document_nouns: frozenset[str]  # "говорится в заявлении компании": what the speaker wrote, before the speaker
    occasion_nouns: frozenset[str]  # "сообщили на брифинге в акимате": where it was said, before the speaker
    recipients: frozenset[str]  # who heard it, before the speaker: "сообщили агентству X в министерстве Y"
    topic_prepositions: frozenset[str]  # what a verb's object is about: "рассказали о своих впечатлениях"
    body_only: tuple[str, ...]  # "according to" phrases a speaking body alone is named by ("по данным кабмина")
    # a statement named as the speaker ("«…», говорится в сообщении", "“…,” the statement said"): whoever issued it
    source_documents: frozenset[str]
    unspeaking_heads: frozenset[str]  # a naming headed by one is no speaker: "the memorandum", "the signing of …"
    unspeaking_head: re.Pattern  # ... or by a word of this form: «заинтересованность в …» (a whole word)
    speech_objects: frozenset[str]  # "поделилась впечатлениями X": what was shared, between the verb and its speaker
    describing_openers: frozenset[str]  # a segment opening so describes the speaker: ", who …", ", citing …"
    adverbial_openers: frozenset[str]
    coordinators: frozenset[str]  # "и", "and": a naming's list ("отдела печати, информации и связей …")
    not_speakers: frozenset[str]
    clause_verbs: frozenset[str]  # finite verbs no naming holds
    honorific: re.Pattern  # an honorific opening a naming, before the name ("Mr. ", "г-н ")
    speaker_stops: frozenset[str]
    body_name_heads: tuple[str, ...]  # a stop word right after one of these is inside a body's name
    complementizer: str  # "that" / "что"
    owner_preps: frozenset[str]  # "the official site of President X": the naming is the site's, not X's
    articles: frozenset[str]  # ... a naming that opens with an article ("the official site")
    noun_like: frozenset[str]  # say verbs mostly a noun or an adjective after a noun ("senior director with state TV")
    impersonal: frozenset[str]  # say verbs with no one named: "Отмечается, что …" (whoever spoke last)
    # patterns over a sentence (or the text before / after a quotation)
    before_quote: re.Pattern  # "… said:" / "… said that" right before an opening mark
    after_verb_first: re.Pattern  # ', said Li' / ', — отметил он' right after a closing mark
    after_np_first: re.Pattern  # ', he said' right after a closing mark
    quoted_as: re.Pattern  # ', the site quoted him as saying' right after a closing mark
    reported: re.Pattern  # "said that" / "отметил, что" opening a reported clause
    bare_said: re.Pattern  # "said the park …" (English: a clause without "that")
    bare_needs_verb: frozenset[str]  # ... after these only a clause with a finite verb: "added the plant will …"
    bare_hearer: re.Pattern  # ... after a bare "told", who heard it, up to where the clause opens
    inverted: re.Pattern  # "CLAUSE, the president said." / "CLAUSE, — отметил он."
    inverted_described: re.Pattern  # "CLAUSE, Li, head of X, told reporters." (the naming checked to open with a name)
    according_first: re.Pattern  # "According to Li, CLAUSE" / "По словам министра, …"
    according_open: re.Pattern  # "According to Li," right before a quotation that is the whole clause
    according_lead: re.Pattern  # a reported clause that opens with its source: "said according to the data, …"
    approximate_number: re.Pattern  # a clause that opens with a hedged count: "said about 40 contracts have been …"
    according_last: re.Pattern  # "CLAUSE, according to Li."
    according_after: re.Pattern  # '"…," according to Li.' right after a closing mark
    according_possessive: re.Pattern  # "По его словам, CLAUSE" / "In her words, CLAUSE"
    as_verb: re.Pattern  # "Как заявил", "As … said" opening a clause before a quotation (see _as_said_before)
    as_said: re.Pattern  # "As Li noted, CLAUSE" / "Как отметил министр, …"
    body_reported: re.Pattern  # "CLAUSE, the ministry reported." (a speaking body's, not an outlet's credit)
    as_reported_by: re.Pattern  # "As reported by the ministry, CLAUSE"
    clause_stop: re.Pattern  # where a reported clause ends early: "… and added that"
    continued: re.Pattern  # ... where the same speaker's next clause begins: "and added that", "и добавил, что"
    coordinated_verb: re.Pattern  # a candidate second verb of the speaker: "…, и выразил надежду"
    cue: Caseless  # any word that can attribute speech: a sentence without one holds no reported speech
    gerunds: frozenset[str]  # "adding that": the speaker of the clause before
    gerund_clause: re.Pattern  # "…, adding the tour has …": a gerund opening a clause without "that"
    relative_speaker: re.Pattern  # "…, said Sun, who insisted that …": the one just named speaks again
    after_quote: re.Pattern  # how a quotation attributed after it ends inside its marks
    after_quote_tail: re.Pattern  # … or how the text after its closing mark begins
    interrupted: re.Pattern  # «…, — сказал он. — …»: an attribution between dashes inside one quotation
    dash_speech: re.Pattern  # a paragraph of dialogue: "— Мы благодарим вас, — сказал аким. — Ваш визит …"
    back_reference: re.Pattern  # "Об этом заявил министр X.": a sentence attributing the sentence before it


def _build(lang: str) -> QuoteLexicon:
    d = import_module(_LANGUAGES[lang])
    say = _alt(d.SAY_VERBS + d.GERUNDS)
    # "CLAUSE, said the minister" inverts; "CLAUSE, adding the tour …" does not: a gerund opens what was said
    say_first = _alt(w for w in d.SAY_VERBS if w not in d.NOT_INVERTED)
    back_verbs = _alt([w for w in d.SAY_VERBS if w not in d.NOT_INVERTED] + d.BACK_REFERENCE_VERBS)
    say_after = _alt(w for w in d.SAY_VERBS + d.GERUNDS if w not in d.NOUN_LIKE)
    that_verbs = list(d.THAT_VERBS) + d.MENTAL_VERBS
    anyv = _alt(d.SAY_VERBS + that_verbs + d.GERUNDS)
    stop_verbs = _alt(d.SAY_VERBS + list(d.THAT_VERBS) + d.GERUNDS)  # the speaker's next act (not a view: MENTAL_VERBS)
    comp = d.COMPLEMENTIZER
    w = r"[^\W\d_][\w'’.-]*"  # a word
    wd = r"\w[\w'’.-]*"  # ... or a number's: "told journalists from the 21st Century Business Herald that"
    mid = rf"(?P<mid>(?:\s+{wd}){{0,{d.MID_MAX_WORDS}}}?)"
    reported_mid = rf"(?P<mid>(?:\s+{wd}){{0,{d.REPORTED_MID_MAX_WORDS}}}?)"
    dash = r"(?:[-–—]+\s*)?"
    # a naming may hold an initial's full stop glued to the name: "D.Erdenebat", "Ж.Бекова"
    # ... and an outlet's or company's name in guillemets, one inside another too: "журналист газеты «Казахстанская
    # правда» Любовь Доброта", "глава АО «НК «КТЖ» Нурлан Сауранбаев" (the inner name's closing mark often doubles)
    # (or in straight marks, opening with a capital: 'главный редактор газеты "Деловой Казахстан" Серик Коржумбаев')
    outlet = r"(?:«[^«»\"“”]{1,40}(?:«[^«»\"“”]{1,40}»?)?»|\"[A-ZА-ЯЁ][^«»\"“”\n]{0,39}\")"
    # (up to 120 characters: "press service of the Corporation for the Development of the Far East and the Arctic")
    np = r"[^\s\"“”«»,.;:!?—–]" + rf"(?:[^\"“”«»,.;:!?]|\.(?=\w)|{outlet}){{0,120}}?"
    # after a sentence-final verb the naming may run on with where and when it was said (cut by SPEAKER_STOPS):
    # "…, заявил аким области Кумар Аксакалов во время осмотра участка под строительство комплекса."
    # ... and who heard it, by name: "…, сообщили агентству «Интерфакс-Азербайджан» в министерстве экономики"
    np_long = r"[^\s\"“”«»,.;:!?—–]" + rf"(?:[^\"“”«»,.;:!?]|\.(?=\w)|{outlet}){{0,160}}?"
    flags = re.IGNORECASE if lang == "ru" else 0
    acc = alternation(d.ACCORDING_TO)
    when = rf"(?:\s+(?:{d.WHEN_AFTER_VERB})){{0,2}}"  # "…, the ministry said on Tuesday." / "…, told reporters May 10."
    as_w = _alt(d.AS_WORDS)
    # who heard it ("told reporters", "told national television"), tried last: "said in a statement" is how
    obj = rf"(?P<obj>(?:\s+{w}){{1,3}}?)??"
    # "…, said Li, adding that …", "…, сообщил Иван Петров, добавив, что …": no role of Li's opens with these
    after = rf"(?:{_alt(d.AFTER_NAMING + d.GERUNDS + d.RELATIVE_SPEAKERS)})\b"
    # "…, the press service said, Trend reports.": the outlet that carries the statement, after it
    carried = rf"(?:,\s+{d.CARRIED_BY})?"
    aux = rf"(?:(?:{_alt(d.AUX_BEFORE_SAY)})\s+)?" if d.AUX_BEFORE_SAY else ""  # "- has declared the President"
    return QuoteLexicon(
        lang=lang,
        say=re.compile(rf"(?<!\w)(?:{say})(?!\w)", flags), noun_like=frozenset(d.NOUN_LIKE),
        impersonal=frozenset(d.IMPERSONAL),
        that_verb=re.compile(rf"(?<!\w)(?:{_alt(that_verbs)})(?!\w)" if that_verbs else r"(?!x)x", flags),
        credit=frozenset(d.CREDIT_VERBS),
        credit_after=re.compile(rf"\s*[,:]?\s*{dash}(?:{_alt(d.CREDIT_VERBS)})(?!\w)\s*", re.IGNORECASE),
        outlets=frozenset(d.OUTLETS), outlet_stems=tuple(d.OUTLET_STEMS),
        head_last=d.HEAD_LAST, tell_verbs=frozenset(d.TELL_VERBS),
        name_nouns=tuple(d.NAME_NOUNS), speaking_bodies=tuple(d.SPEAKING_BODIES),
        press_body=re.compile(d.PRESS_BODY, flags), role_words=frozenset(d.ROLE_WORDS),
        group_speakers=frozenset(d.GROUP_SPEAKERS),
        pronouns=dict(d.PRONOUNS),
        leading_noise=frozenset(d.LEADING_NOISE), relative_adverbs=frozenset(d.RELATIVE_ADVERBS),
        relative_speakers=frozenset(d.RELATIVE_SPEAKERS),
        when_words=frozenset(d.WHEN_WORDS), when_phrase=re.compile(rf"(?:{d.WHEN_AFTER_VERB})\s+", flags),
        occasion_opener=re.compile(d.OCCASION_OPENER, re.I),
        trailing_noise=frozenset(d.TRAILING_NOISE), trailing_adverb=re.compile(d.TRAILING_ADVERB),
        trailing_phrase=re.compile(rf"(?:{d.TRAILING_PHRASE})\s*$"),
        quoted_as_saying=re.compile(rf"(?:{d.QUOTED_AS})$", flags), parentheticals=frozenset(d.PARENTHETICALS),
        speaker_preps=frozenset(d.SPEAKER_PREPOSITIONS), document_nouns=frozenset(d.DOCUMENT_NOUNS),
        occasion_nouns=frozenset(d.OCCASION_NOUNS), recipients=frozenset(d.RECIPIENTS),
        topic_prepositions=frozenset(d.TOPIC_PREPOSITIONS), body_only=tuple(d.BODY_ONLY),
        source_documents=frozenset(d.SOURCE_DOCUMENTS), unspeaking_heads=frozenset(d.UNSPEAKING_HEADS),
        unspeaking_head=re.compile(d.UNSPEAKING_HEAD_PATTERN),
        speech_objects=frozenset(d.SPEECH_OBJECTS),
        describing_openers=frozenset(d.DESCRIBING_OPENERS),
        adverbial_openers=frozenset(d.ADVERBIAL_OPENERS), coordinators=frozenset(d.COORDINATORS),
        not_speakers=frozenset(d.NOT_SPEAKERS), clause_verbs=frozenset(d.CLAUSE_VERBS),
        honorific=re.compile(rf"(?:{_alt(d.HONORIFICS)})\.?\s+", flags),
        speaker_stops=frozenset(d.SPEAKER_STOPS), body_name_heads=tuple(d.BODY_NAME_HEADS),
        complementizer=d.COMPLEMENTIZER,
        owner_preps=frozenset(d.OWNER_PREPOSITIONS), articles=frozenset(d.ARTICLES),
        before_quote=re.compile(rf"(?<!\w)(?P<verb>{anyv})(?!\w){mid}\s*(?:,?\s*(?P<comp>{comp})\s*)?[:,]?\s*$", flags),
        after_verb_first=re.compile(rf"^\s*[,:]?\s*{dash}{aux}(?P<verb>{say})(?!\w)"
                                    rf"(?P<rest>(?:[^.!?;:\"“”«»]|{outlet})*)", flags),
        after_np_first=re.compile(rf"^\s*[,:]?\s*{dash}(?P<np>{np}(?:,\s+{np},?)?)\s+(?P<verb>{say})(?!\w)", flags),
        quoted_as=re.compile(rf"^\s*[,:]?\s*[^\s\"“”«»][^\"“”«»]{{0,80}}?\s+{d.QUOTED_AS}"),
        # ... "said that, based on the ties, the regions …": an aside may open the clause
        reported=re.compile(rf"(?<!\w)(?P<verb>{anyv})(?!\w){reported_mid}\s*,?\s*(?P<comp>{comp})(?:\s*,)?\s+", flags),
        # "Li said (reporters) (in Beijing) (on Wednesday) the park …": who heard it, where and when may come between
        bare_said=re.compile(rf"(?<!\w)(?P<verb>{_alt(d.BARE_SAY_VERBS + d.BARE_CLAUSE_VERBS)})(?!\w)"
                             r"(?P<mid>(?:\s+(?:reporters|journalists|Xinhua|"
                             r"the media|the press))?(?:\s+in\s+[A-Z][\w'’-]+)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|"
                             r"Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?)\s+(?=[A-Za-z])")
        if d.BARE_SAY_VERBS else re.compile(r"(?!x)x"),
        bare_needs_verb=frozenset(d.BARE_CLAUSE_VERBS),
        # "told the audience the park …" ("told the visitors about the park" tells no clause)
        bare_hearer=re.compile(r"(?:(?:a|an|the|this|his|her|their|its|our)\s+)?"
                               r"(?:(?!(?:about|of|on|in|at|with|for|to|that|from|by|and)\s)[\w'’-]+\s+){1,4}?"
                               r"(?=(?:his|her|its|their|the|a|an|it|he|she|they|we|there|this|these|those)\s)", re.I)
        if lang == "en" else re.compile(r"(?!x)x"),
        # "CLAUSE, said X[, ROLE][, as …]": what follows the naming after a comma and one of these words is no clause
        inverted=re.compile(rf"^(?P<clause>.{{15,}}?),\s*(?:(?P<dash>[-–—]+)\s*)?(?:(?P<verb>{say_first})\s+(?P<np>{np_long}(?:,\s+(?!{after}){np})?)"
                            rf"(?:,\s+{after}.*?)?|(?P<np2>{np})\s+"
                            rf"(?P<verb2>{say_after}){obj}{when}(?:,\s+{after}.*?)?){carried}\s*[.!]?$", flags),
        inverted_described=re.compile(rf"^(?P<clause>.{{15,}}?),\s*(?P<np2>{np},\s+{np}),\s+(?P<verb2>{say_after})"
                                      rf"{obj}{when}\s*[.!]?$", flags),
        according_lead=re.compile(rf"(?:{acc})\s+[^,.;:!?]{{1,80}},\s+\w", re.I),
        approximate_number=re.compile(rf"(?:{d.APPROXIMATE_NUMBER})", re.I),
        according_first=re.compile(rf"(?:^|(?<=[,;]\s))(?P<acc>{acc})\s+(?P<np>{np}),\s+(?P<clause>.+)$", re.I),
        according_open=re.compile(rf"(?:^|(?<=[,;]\s))(?P<acc>{acc})\s+(?P<np>{np}),$", re.I),
        according_possessive=re.compile(rf"(?:^|(?<=[,;]\s))(?P<acc>{d.ACCORDING_POSSESSIVE}),\s+(?P<clause>.+)$",
                                        re.I),
        according_after=re.compile(rf"^\s*[,:]?\s*{dash}(?P<acc>{acc})\s+(?P<np>{np}(?:,\s+{np})?)\s*(?:[,.!]|$)",
                                   re.I),
        according_last=re.compile(rf"^(?P<clause>.{{15,}}?),\s+(?P<acc>{acc})\s+(?P<np>{np}(?:,\s+{np})?)\s*[.!]?$",
                                  re.I),
        # ... "As the press office told Construction.ru, CLAUSE": a few words of who heard it, where or when after
        as_verb=re.compile(rf"(?:{as_w})\s+(?:[^,.;:!?«»“”\"]{{0,80}}?\s)?(?P<verb>{say})(?!\w)", re.I),
        as_said=re.compile(rf"^(?:{as_w})\s+(?:(?P<verb>{say})\s+(?P<np>{np})|(?P<np2>{np})\s+(?P<verb2>{say})"
                           rf"(?:\s+[^\s,;:!?]+){{0,6}}),\s+(?P<clause>.+)$", re.I),
        body_reported=re.compile(rf"^(?P<clause>.{{15,}}?),\s*(?P<np2>{np})\s+(?P<verb2>{_alt(d.BODY_REPORTS)})"
                                 rf"{d.BODY_REPORTS_AFTER}\s*[.!]?$")
        if d.BODY_REPORTS else re.compile(r"(?!x)x"),
        as_reported_by=re.compile(rf"^(?:{as_w})\s+(?P<verb>{_alt(d.BODY_REPORTS)})\s+{d.BODY_REPORTS_BY}\s+(?P<np>{np}),\s+"
                                  rf"(?P<clause>.+)$", re.I) if d.BODY_REPORTS else re.compile(r"(?!x)x"),
        clause_stop=re.compile("|".join(s.format(say=stop_verbs) for s in d.CLAUSE_STOPS), flags),
        continued=re.compile(d.CONTINUED.format(say=anyv), flags),
        coordinated_verb=re.compile(d.COORDINATED_VERB, flags),
        gerunds=frozenset(d.GERUNDS),
        relative_speaker=re.compile(rf",\s+(?:{_alt(d.RELATIVE_SPEAKERS)})\s+(?:\w+\s+)?$", flags),
        gerund_clause=re.compile(rf",\s+(?P<verb>{_alt(d.GERUNDS)})\s+(?!(?:{comp})(?!\w))(?=\w)", flags),
        # ("…, the ministry's press service reports.": a body's statement, a cue too)
        cue=Caseless(rf"(?<!\w)(?:{'|'.join([anyv, acc, d.ACCORDING_POSSESSIVE, *d.BODY_REPORTS])})(?!\w)"),
        after_quote=re.compile(d.AFTER_QUOTE),
        after_quote_tail=re.compile(d.AFTER_QUOTE_TAIL),
        interrupted=re.compile(rf"(?P<cut>[,.!?…])\s*[—–]+\s*(?P<verb>{say_after})(?!\w)\s+"
                               rf"(?P<np>[^.,;:!?«»\"“”—–]{{1,100}}?)\s*[.,]\s*[—–]+\s*", flags)
        if d.INTERRUPTED_QUOTES else re.compile(r"(?!x)x"),
        dash_speech=re.compile(rf"[ \t]*[—–-][ \t]*(?P<first>[^\W\d_].*?)(?P<cut>[,.!?…])[ \t]*[—–-]+[ \t]*"
                               rf"(?P<verb>{say_after})(?!\w)[ \t]+(?P<np>[^.,;:!?«»\"“”—–\n]{{1,100}}?)[ \t]*"
                               rf"(?:[.,][ \t]*[—–-]+[ \t]*(?P<second>[^\W\d_][^\n]*)|[.!]?[ \t]*)", flags)
        if d.INTERRUPTED_QUOTES else re.compile(r"(?!x)x"),
        # ... where or to whom it was said may come first: "Об этом в ходе форума журналистам сообщил X"
        back_reference=re.compile(rf"(?:{d.BACK_REFERENCE})\s+(?:[^.!?;\n]{{1,100}}?\s)??(?P<verb>{back_verbs})(?!\w)"
                                  rf"(?P<np>[^.!?;:\"“”«»]{{1,400}})"
                                  # ... ", выступая на саммите "Китай – Центральная Азия"": after a comma, a name quoted
                                  rf"(?:,[^.!?;\n]{{1,300}})?"
                                  rf"[.!]?\s*$", flags),
    )


@lru_cache(maxsize=None)
def lexicon_for(lang: str) -> QuoteLexicon | None:
    """The compiled lexicon of ``lang``; None for a language without one (no quotations are extracted)."""
    return _build(lang) if lang in _LANGUAGES else None


MARKS = _MARKS
