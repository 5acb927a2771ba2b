"""Per-language event lexicons (data in lexicon_en.py / lexicon_ru.py), compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module

from tourpipe.vocabulary import Caseless

_LANGUAGES = {"en": "tourpipe.events.lexicon_en", "ru": "tourpipe.events.lexicon_ru"}
# Nationality (canonical NORP names are English in every language) -> the country it stands for in "the Kazakh
# food industry" / "казахстанский рынок".
NATIONALITY_COUNTRIES = {
    "Kazakh": "Kazakhstan", "Chinese": "China", "Russian": "Russia", "Kyrgyz": "Kyrgyzstan", "Uzbek": "Uzbekistan",
    "Tajik": "Tajikistan", "Turkmen": "Turkmenistan", "Mongolian": "Mongolia", "Belarusian": "Belarus",
    "Pakistani": "Pakistan", "Indian": "India", "Turkish": "Turkey", "Azerbaijani": "Azerbaijan",
}

# Capitals of the countries in NATIONALITY_COUNTRIES: "a visit to the Kyrgyz capital", "прибыла в столицу
# Кыргызстана" happen in Bishkek.
CAPITALS = {
    "Kazakhstan": "Astana", "China": "Beijing", "Russia": "Moscow", "Kyrgyzstan": "Bishkek", "Uzbekistan": "Tashkent",
    "Tajikistan": "Dushanbe", "Turkmenistan": "Ashgabat", "Mongolia": "Ulaanbaatar", "Belarus": "Minsk",
    "Pakistan": "Islamabad", "India": "New Delhi", "Turkey": "Ankara", "Azerbaijan": "Baku",
}


# Administrative centres of first-level regions (China's provinces and autonomous regions, the regions of Central
# Asia's countries): "a working visit to XUAR … held talks in Urumqi" went to Urumqi. A Russian oblast or krai not
# listed has the centre of its own name ("Penza Oblast": Penza); the gazetteer names Russia's regions so, and those of
# Central Asia "… Region".
REGION_CENTRES = {
    "Anhui": "Hefei", "Fujian": "Fuzhou", "Gansu": "Lanzhou", "Guangdong": "Guangzhou", "Guangxi": "Nanning",
    "Guizhou": "Guiyang", "Hainan": "Haikou", "Hebei": "Shijiazhuang", "Heilongjiang": "Harbin", "Henan": "Zhengzhou",
    "Hubei": "Wuhan", "Hunan": "Changsha", "Inner Mongolia": "Hohhot", "Jiangsu": "Nanjing", "Jiangxi": "Nanchang",
    "Jilin": "Changchun", "Liaoning": "Shenyang", "Ningxia": "Yinchuan", "Qinghai": "Xining", "Shaanxi": "Xi'an",
    "Shandong": "Jinan", "Shanxi": "Taiyuan", "Sichuan": "Chengdu", "Tibet": "Lhasa", "Xinjiang": "Urumqi",
    "Yunnan": "Kunming", "Zhejiang": "Hangzhou",
    "Abai Region": "Semey", "Akmola Region": "Kokshetau", "Aktobe Region": "Aktobe", "Almaty Region": "Konaev",
    "Atyrau Region": "Atyrau", "East Kazakhstan Region": "Oskemen", "Karaganda Region": "Karaganda",
    "Kostanay Region": "Kostanay", "Kyzylorda Region": "Kyzylorda", "Mangystau Region": "Aktau",
    "North Kazakhstan Region": "Petropavl", "Pavlodar Region": "Pavlodar", "Turkistan Region": "Turkistan",
    "West Kazakhstan Region": "Uralsk", "Zhambyl Region": "Taraz", "Zhetysu Region": "Taldykorgan",
    "Ulytau Region": "Zhezkazgan", "Andijan Region": "Andijan", "Bukhara Region": "Bukhara",
    "Fergana Region": "Fergana", "Jizzakh Region": "Jizzakh", "Kashkadarya Region": "Karshi",
    "Khorezm Region": "Urgench",
    "Namangan Region": "Namangan", "Navoiy Region": "Navoiy", "Samarkand Region": "Samarkand",
    "Surkhandarya Region": "Termez", "Syrdarya Region": "Gulistan", "Osh Region": "Osh", "Issyk-Kul Region": "Karakol",
    "Jalal-Abad Region": "Jalal-Abad", "Naryn Region": "Naryn", "Talas Region": "Talas", "Batken Region": "Batken",
    "Khatlon Region": "Bokhtar",
    "Sughd Region": "Khujand",
    "Sverdlovsk Oblast": "Yekaterinburg", "Primorsky Krai": "Vladivostok", "Altai Krai": "Barnaul",
    "Zabaykalsky Krai": "Chita", "Amur Oblast": "Blagoveshchensk", "Jewish Autonomous Oblast": "Birobidzhan",
    "Kamchatka Krai": "Petropavlovsk-Kamchatsky", "Sakhalin Oblast": "Yuzhno-Sakhalinsk",
    "Novgorod Oblast": "Veliky Novgorod",
    "Leningrad Oblast": None, "Moscow Oblast": None,  # governed from outside their capital cities: no one town
}


def region_centre(name: str | None) -> str | None:
    """The administrative centre of the first-level region ``name`` (REGION_CENTRES; a Russian "X Oblast" or "X
    Krai" not listed: X), else None."""
    if not name:
        return None
    if name in REGION_CENTRES:
        return REGION_CENTRES[name]
    for designator in (" Oblast", " Krai"):
        if name.endswith(designator):
            return name[:-len(designator)]
    return None


# The countries of a region a text names by its adjective alone: "the Central Asian nation", "the South Caucasus
# country", "центральноазиатская республика" is whichever of them the text names (lexicon_*.REGION_WORDS).
REGION_COUNTRIES = {
    "Central Asia": ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"),
    "South Asia": ("Pakistan", "India", "Bangladesh", "Sri Lanka", "Nepal", "Afghanistan", "Bhutan", "Maldives"),
    "Southeast Asia": ("Cambodia", "Laos", "Vietnam", "Thailand", "Myanmar", "Malaysia", "Singapore", "Indonesia",
                       "Philippines", "Brunei", "Timor-Leste"),
    "East Asia": ("China", "Mongolia", "Japan", "South Korea", "North Korea"),
    "South Caucasus": ("Georgia", "Armenia", "Azerbaijan"),
    "Baltic": ("Estonia", "Latvia", "Lithuania"),
}


@dataclass(frozen=True)
class Trigger:
    """What a trigger word (by lemma) reports and where its participants are."""

    lemma: str
    type: str  # visit, agreement, investment
    noun: bool
    slots: tuple[str, ...]  # target positions, best first: obj, subj:pass, gen, compound, appos, or a preposition
    objects: frozenset[str] | None = None  # the target's head must be one of these words
    party: str | None = None  # preposition of the other party of an agreement ("with", "с")
    passive: str = "actor"  # the passive subject is the "actor" (was shown around) or the "target" (was signed), or
    # the "sum" put in, neither ("инвестиции будут вложены в парк", "$5 million was invested in the plant")
    planned_only: bool = False
    backed: bool = False  # needs an actor or an amount
    amount_only: bool = False  # needs an amount (a trigger noun: "investment of $5 million")
    optional: bool = False  # an event even without a target ("Стороны договорились")
    objects_list: str | None = None  # the name of the word list ``objects`` comes from
    any_site: bool = False  # whatever noun it takes as its object is the site ("посетила выставочную платформу")
    object_acts: bool = False  # its object is who visits: "the programme took the editors to Urumqi"
    under_way: bool = False  # a planned_only trigger that is news in progress too: "a plant is being built"
    present_planned: bool = False  # its present tense announces what is to come: "инвестирует 50 млрд тенге в …"
    dative_acts: bool = False  # who is shown the site visits it, in the dative: "журналистам показали завод"
    hosts: bool = False  # its subject receives visitors, its object (VISITOR_NOUNS): "ОшГУ принял делегацию"


def _stems(words, lang: str) -> re.Pattern:
    """A pattern for any inflected form of ``words``: Russian by stem, English as listed."""
    if lang == "ru":
        alts = {w[:max(3, len(w) - 2)] for w in words}
        return re.compile(r"(?<![\w-])(?:{})".format("|".join(sorted(map(re.escape, alts)))), re.I)
    return re.compile(r"(?<![\w-])(?:{})(?![\w-])".format("|".join(sorted(map(re.escape, words)))), re.I)


def _site_pattern(words, suffixes, lang: str) -> re.Pattern:
    """Any form of a site word, and of a compound ending in a site suffix ("электростанцию")."""
    pattern = _stems(words, lang).pattern
    if suffixes:  # inside a word: a stem of five letters at least ("завод", not "зав")
        pattern += "|(?:{})".format("|".join(sorted(re.escape(w[:max(5, len(w) - 2)]) for w in suffixes)))
    return re.compile(pattern, re.I)


def noun_stem(noun: str) -> str:
    """What every form of a noun starts with, for a cheap test before any parse: all but its last two letters, and
    four at least ("delegation" -> "delegati", "делегация" -> "делегац")."""
    return noun[:max(4, len(noun) - 2)]


def _noun_stems(nouns) -> str:
    """An alternation of the stems (noun_stem) of ``nouns``, longest first."""
    return "|".join(sorted({re.escape(noun_stem(n)) for n in nouns}, key=len, reverse=True))


def _group_antecedent(groups, guests, plural: str, counted: str) -> re.Pattern:
    """Any form of a group noun, or of a word for guests with a plural ending (by noun_stem) or after a count that
    takes another form ("четыре блогера")."""
    guest = _noun_stems(guests)
    return re.compile(rf"\b(?:(?:{_noun_stems(groups)})|(?:{guest})\w*?(?:{plural})\b|{counted}(?:{guest})\w*)",
                      re.I)


ENTRIES_CACHE = 4096  # surface forms whose triggers a lexicon remembers (few: the prefilter finds trigger forms only)


@dataclass(frozen=True)
class EventLexicon:
    lang: str
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    prefilter: Caseless  # any trigger form (with its required next word)
    noun_forms: re.Pattern  # forms of trigger nouns (for the back-reference veto)
    plural_forms: re.Pattern  # plural trigger nouns, kept only before PLURAL_NEXT
    plural_next: re.Pattern
    anaphoric_before: tuple[re.Pattern, ...]
    occasion: re.Pattern  # an occasion noun ("talks", "переговоры"), a few words, "in"/"в": its place next
    occasion_told: re.Pattern  # a back-reference to one ("following the talks", "по итогам переговоров")
    occasion_mention: re.Pattern  # a word naming one, wherever it stands ("бизнес-форум «Алатау Инвест»")
    occasion_which: re.Pattern  # a relative one: "the forum held on June 26 in Urumqi, during which … were signed"
    signing_held: re.Pattern  # a signing told again as its ceremony, and where: "The signing ceremony took place in "
    occasion_word: re.Pattern  # an occasion noun or a visit noun alone ("talks", "visit", "переговоры")
    modifier_before: re.Pattern
    modifier_forms: frozenset[str]
    sites: frozenset[str]
    site_suffixes: tuple[str, ...]  # a compound ending in one is a site too: "электростанция", "автозавод"
    people: frozenset[str]  # nouns naming people: never a visited site
    light_verbs: frozenset[str]
    led_by: re.Pattern  # "the delegation led by X": who leads a group is part of its naming
    group_anaphor: re.Pattern  # "These companies are to launch …": the companies just listed
    company_anaphor: re.Pattern  # "The company plans to build …": the company named last
    company_nouns: frozenset[str]  # "a Chinese enterprise built the park": a company's project is its investment
    company_word: re.Pattern  # any form of one (by noun_stem): a cheap test before any parse
    production_sites: frozenset[str]  # what a company that built it invested in: a plant, not a school it gave
    amount_of: frozenset[str]  # "$2 billion in deals": what an amount is of
    light_nouns: frozenset[str]  # "take part in the signing": the verb governing the noun frames the trigger
    welcome_verbs: frozenset[str]  # "welcomed X to visit Y": X visits
    ceremony_nouns: frozenset[str]  # "the signing ceremony took place in X": the ceremony's verb frames it too
    ceremony_prepositions: frozenset[str]  # "a signing ceremony for 20 agreements": what the ceremony is of
    end_verbs: frozenset[str]  # "wrapped up its visit on Sunday": the day ends it, dating neither it nor a stop
    start_verbs: frozenset[str]  # "began construction of the plant": a project under way, as news as one planned
    partake_verbs: frozenset[str]  # "involved in constructing wind farms": a hand in a project under way
    end_forms: re.Pattern  # ... their forms, for the sentences a trip's date is looked for in
    start_forms: re.Pattern  # a start verb's form right before a trigger noun: "has started construction of"
    light_forms: re.Pattern  # a light verb's form right before a noun that needs an amount: "made investments in"
    report_day: re.Pattern  # right before a DATE that dates the report, not the trip ("Xinhua reported on Monday")
    days_long: Caseless  # a trip of several days ("the seven-day tour", "поездки, начавшейся 21 сентября")
    return_triggers: frozenset[str]  # "left for Islamabad": going home when the visitors came "from Islamabad"
    origin_word: re.Pattern  # right before a place visitors come from ("from Wuxi", "делегация Хабаровского края")
    origin_next: re.Pattern  # ... right after one ("Wuxi businesses signed")
    trigger_light_verbs: frozenset[str]
    non_agents: frozenset[str]
    future_aux: frozenset[str]
    plan_words: frozenset[str]
    plan_adjectives: frozenset[str]
    preparation_nouns: frozenset[str]  # a noun whose genitive is what is being prepared: "организации визита"
    programme_nouns: frozenset[str]  # "the programme includes visits to …": its items are to come
    negations: frozenset[str]
    anaphoric_determiners: frozenset[str]
    articles: frozenset[str]  # "the terminal, the Expo Center, the Park": members with articles make a list
    additive_words: frozenset[str]  # "Agreements were also signed …": more of them, not those told before
    term_prepositions: frozenset[str]  # "a programme until 2030" under a noun: its term, not when anything happened
    ability_nouns: frozenset[str]  # "the capacity to produce 1,000 buses": what something can do, no plan
    outlet_nouns: frozenset[str]  # "editor of a website based in Sweden who visited": "who" is not the website
    anaphoric_prepositions: frozenset[str]
    anaphoric_frames: frozenset[str]
    locative_prepositions: frozenset[str]
    tour_prepositions: frozenset[str]  # "a trip around China", "поездка по Китаю": a tour of many places
    touring: re.Pattern  # a trigger that goes around a region, not to one town of it ("toured", "поездка")
    describing: re.Pattern  # what a paragraph says of the town it opens with ("Kashgar is …", "Кашгар расположен …")
    capital_unnamed: re.Pattern  # "at the capital's airport", "в столичном аэропорту": the country's capital
    hosted_after: re.Pattern  # after a town's name: "Beijing hosted the talks", the town is where they were
    place_inside: re.Pattern  # before a town's name: "в аэропорту Пекина", a place in the town
    left_from: re.Pattern  # before a town's name: "вернулся из Душанбе в Пекин", "returned from Dushanbe"
    during_frame: re.Pattern  # before a trigger noun: "during the visit", "в рамках визита" (not "after", "по итогам")
    more_opening: re.Pattern  # a sentence's opening that tells of more: "Also, …", "Кроме того, …"
    more_before: re.Pattern  # ... or the words right before a trigger: "were also signed", "также были подписаны"
    comitative_prepositions: frozenset[str]  # "a complex with a railway and a power station": what it has
    agent_prepositions: frozenset[str]
    country_words: frozenset[str]
    republic_words: frozenset[str]
    city_words: frozenset[str]
    few_words: frozenset[str]  # "several", "несколько": a number of sites, not their names
    home_words: frozenset[str]  # "our city": the article's own town or region
    region_nouns: frozenset[str]
    region_words: dict[str, str]  # a region's adjective (English: as written, lower case; Russian: its lemma) -> region
    admin_words: frozenset[str]
    own_name_heads: frozenset[str]  # nouns whose apposed name is the site's own: "мечеть Янхан", "озеро Тяньчи"
    pronouns: dict[str, str]
    capital_words: frozenset[str]
    province_words: frozenset[str]  # "visited Xi'an in Shaanxi province": a city visited is more exact than these
    capital_forms: re.Pattern  # the capital words in any form ("в столицу Кыргызстана", "the Kyrgyz capital")
    noun_agent_cases: tuple[str | None, ...]
    instrumental_agents: bool  # "строительство завода компанией": an action noun's doer in the instrumental
    relative_pronouns: frozenset[str]
    other_words: frozenset[str]
    focus_words: frozenset[str]
    occasion_nouns: frozenset[str]
    things: frozenset[str]  # what moves but visits nothing (money, goods)
    idiom_objects: frozenset[str]  # "took part in …": what "take" takes in an idiom, no visitor
    including: frozenset[str]
    generic_sites: frozenset[str]
    area_nouns: frozenset[str]  # "visited areas in Xinjiang": a visit to Xinjiang, told again
    clause_cut: re.Pattern
    reflexive_suffixes: tuple[str, ...]
    generic_present: bool
    quantifiers: frozenset[str]
    process_nouns: frozenset[str]  # "the construction of A, B and C": the list is hung on A, its items are B and C
    wish_words: frozenset[str]
    time_nouns: frozenset[str]  # "подписан осенью": an instrumental of time, no agent
    chance_taken: dict[str, frozenset[str]]  # "had the opportunity to visit": a chance had in the past was taken
    partner_nouns: frozenset[str]
    ethnonyms: frozenset[str]
    between: frozenset[str]
    lead_verbs: frozenset[str]  # "led a delegation on a visit": who leads the group visits with it
    visitor_nouns: frozenset[str]  # a trigger noun's genitive naming who goes: "визит делегации"
    visitor_stem: re.Pattern  # any form of a visitor noun, by its stem (a cheap test before any parse)
    visitor_modifier: re.Pattern  # a word that may stand between the goal and the visitor ("прежнего", "туркменского")
    goal_prepositions: frozenset[str]  # what opens a visit noun's goal ("визита в КНР", "visit to China")
    visitor_genitive: re.Pattern  # a visitor noun's genitive after a goal ("… президента"; not "президент")
    group_nouns: frozenset[str]  # one word for a group of visitors: "the delegation", "группа"
    group_words: frozenset[str]  # ... or guests: what "they" may stand for (group nouns and hosted nouns)
    group_pronoun: re.Pattern  # "they", "они": a pronoun for a group
    group_antecedent: re.Pattern  # a cheap test for a word naming a group: a group noun, a hosted noun in the plural
    hosted_nouns: frozenset[str]  # who a host receives on a visit (Trigger.hosts): "принял делегацию"
    right_nouns: frozenset[str]  # rights bought are rights to what follows them: "acquired the rights to a mine"
    right_prepositions: frozenset[str]  # ... after these: "rights to", "права на"
    companion_prepositions: frozenset[str]  # "Аким с делегацией … посетил": the group going along is in the actor
    coordinators: frozenset[str]
    infinitive_marks: frozenset[str]
    topic_prepositions: frozenset[str]  # "signed a memorandum on cooperation": what the document is about
    parties_end: frozenset[str]  # where the parties of an unparsed list line end: "between A and B on …"
    leader_of: re.Pattern  # "the president of " before the country a leaving visitor leads: going home
    list_openers: frozenset[str]  # "the following documents": the list of a batch told before
    impress_verbs: frozenset[str]  # "the tour impressed the editors": who was impressed made the tour
    visit_kinds: frozenset[str]  # "a press tour": a word before a visit noun that names its kind, not its site
    whither_verbs: frozenset[str]  # «приехала на ярмарку в Харбине»: a goal in the accusative, a place in the locative
    origin_prepositions: frozenset[str]  # "bloggers from Central Asia": where they come from
    site_prepositions: frozenset[str]  # "visited companies at an industrial park": where the sites visited are
    with_prepositions: frozenset[str]  # "a complex with its own railway": facilities a plant is built with
    not_topics: frozenset[str]  # ... not "on the sidelines of", "on behalf of"
    domain_nouns: frozenset[str]  # "projects in the field of transport": the field a project is in is part of it
    genitive_place: bool
    bare_noun_definite: bool
    countries: dict[str, str]
    determiners: frozenset[str]
    plan_cue: re.Pattern | None  # a plan word, or "will", "to", "is", ending PLAN_CUE_WITHIN words before a trigger
    stay_nouns: frozenset[str]  # "during their stay in Almaty": an adjunct that places the clause
    stay_verbs: frozenset[str]  # "находясь с визитом в КНР": being somewhere on a visit, told by the visit noun
    onlooker_verbs: frozenset[str]  # "congratulated the signing of …": who does it is no party to what they hail
    manner_prepositions: frozenset[str]  # "прибывшего с визитом": how a visit a verb tells is made
    on_visit_prepositions: frozenset[str]  # "is in Kyrgyzstan on a visit": the verb's place is the visit's target
    habit_words: frozenset[str]  # "arrive every day", "ежедневно прибывают": a habit, no event
    one_time_words: frozenset[str]  # "a recent visit": one event, though its clause is in the generic present
    give_verbs: frozenset[str]  # "were given a tour of …": the passive's subject makes the tour
    output_verbs: frozenset[str]  # "produce": a plant or a project producing is its output, no investment
    acts_done: frozenset[str]  # "оплата будет производиться": an act an output verb carries out is no product
    facilities: frozenset[str]  # plants and projects (the word lists "plant" and "project")
    projects: frozenset[str]  # ... the projects alone
    undated_before: re.Pattern  # "has invested $5 million since 2018": a date after these words dates no event

    form_patterns: tuple[tuple[re.Pattern, Trigger], ...] = ()
    object_patterns: dict = None  # word list name -> pattern of its inflected forms
    site_pattern: re.Pattern | None = None
    _entries: dict[str, tuple[Trigger, ...]] = field(default_factory=dict, compare=False, repr=False)  # by form

    def entries(self, word: str) -> tuple[Trigger, ...]:
        """The triggers a surface form may be (a verb, a noun, or both: "visit")."""
        first = word.split()[0] if word.strip() else word  # "went to": the form is "went"
        found = self._entries.get(first)
        if found is None:
            found = self._entries[first] = tuple(t for rx, t in self.form_patterns if rx.fullmatch(first))
            if len(self._entries) > ENTRIES_CACHE:
                self._entries.clear()
        return found

    def trigger(self, lemma: str, noun: bool) -> tuple[Trigger | None, bool]:
        """The trigger of a lemma, and whether it was found as the reflexive (passive) form of a verb."""
        table = self.nouns if noun else self.verbs
        if lemma in table:
            return table[lemma], False
        for suffix in self.reflexive_suffixes:
            if not noun and lemma.endswith(suffix) and lemma[: -len(suffix)] in table:
                return table[lemma[: -len(suffix)]], True
        return None, False

    def kind(self, lemma: str, noun: bool) -> str | None:
        """The type of event the lemma's trigger reports ("visit", "agreement", "investment"), if it is one."""
        trig = self.trigger(lemma, noun)[0]
        return trig.type if trig is not None else None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _entry(lemma: str, row: dict, noun: bool, lists: dict) -> Trigger:
    objects = row.get("objects")
    return Trigger(lemma, row["type"], noun, tuple(row["slots"].split()),
                   _words(lists[objects]) if objects else None, row.get("party"), row.get("passive", "actor"),
                   row.get("planned_only", False), row.get("backed", False), row.get("amount_only", False),
                   row.get("optional", False), objects, row.get("any_site", False), row.get("object_acts", False),
                   row.get("under_way", False), row.get("present_planned", False), row.get("dative_acts", False),
                   row.get("hosts", False))


def _branches(pattern: str) -> list[str]:
    """The top-level branches of a regex: "a(?:b|c)|d" -> ["a(?:b|c)", "d"]."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 1
        elif c == "[":  # a class: its "|" and parentheses are letters, its "]" first or escaped too
            k += 2 if pattern[k + 1:k + 2] == "^" else 1
            k += 1 if pattern[k:k + 1] == "]" else 0
            while pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    return [*out, pattern[start:]]


def _forms(rows: dict, with_next: bool) -> str:
    """One alternation of every form of ``rows`` (with its required next word), its branches grouped by their first
    letter: "v(?:isit|isited)|t(?:our|oured)|…". The regex engine then tries the one group a word's first letter
    opens instead of every form in turn (the prefilter runs over every sentence: 0.45 -> 0.32 CPU s on 1,583 English
    articles). Forms starting with a group of their own ("(?:про)?финансир…") come last."""
    by_letter: dict[str, list[str]] = {}
    for row in rows.values():
        nxt = row.get("next") if with_next else None
        # (a word may end a list's item where the row allows: "brought 12 journalists from Kazakhstan, Georgia and
        # Moldova, to Xi'an")
        comma = ",?" if row.get("next_across_commas") else ""
        gap = rf"(?:[\w'’-]+{comma}\s+){{0,{row['next_within']}}}?" if nxt and row.get("next_within") else ""
        # (a lookahead: the words up to the next word stay free for a trigger of their own, "took part in a business
        # mission to Xi'an")
        tail = rf"(?=\s+{gap}(?:{'|'.join(nxt.split())})(?!\w))" if nxt else ""
        for form in (f for forms in row["forms"].split() for f in _branches(forms)):
            lead = form[0].lower() if form[0].isalpha() and form[1:2] not in ("?", "*", "+", "{") else ""
            by_letter.setdefault(lead, []).append(f"(?:{form[1:] if lead else form}){tail}")
    groups = [f"{lead}(?:{'|'.join(dict.fromkeys(alts))})" for lead, alts in by_letter.items() if lead]
    return "|".join(groups + list(dict.fromkeys(by_letter.get("", []))))


def _build(lang: str) -> EventLexicon:
    d = import_module(_LANGUAGES[lang])
    lists = d.WORD_LISTS
    verbs = {k: _entry(k, v, False, lists) for k, v in d.VERBS.items()}
    nouns = {k: _entry(k, v, True, lists) for k, v in d.NOUNS.items()}
    forms = tuple((re.compile("|".join(row["forms"].split()), re.I), table[k])
                  for rows, table in ((d.VERBS, verbs), (d.NOUNS, nouns)) for k, row in rows.items())
    bound = r"(?<![\w-])(?:{})(?![\w-])"
    plural = "|".join(f for row in d.NOUNS.values() for f in row["forms"].split() if f.endswith("s"))
    return EventLexicon(
        lang=lang, verbs=verbs, nouns=nouns,
        prefilter=Caseless(bound.format(_forms(d.VERBS, True) + "|" + _forms(d.NOUNS, False))),
        noun_forms=re.compile(bound.format(_forms(d.NOUNS, False)), re.I),
        plural_forms=re.compile(bound.format(plural) if plural else r"(?!x)x", re.I),
        plural_next=re.compile(r"\s+(?:{})(?!\w)".format("|".join(d.PLURAL_NEXT.split())), re.I),
        anaphoric_before=tuple(re.compile(p, re.I) for p in d.ANAPHORIC_BEFORE),
        # (a name's abbreviation in brackets among the words: "саммита Шанхайской организации сотрудничества (ШОС) в")
        occasion=re.compile(rf"(?<!\w)(?:{d.OCCASION})\s+(?:\(?[\w-]+\)?\s+){{0,10}}?"
                            rf"(?:{'|'.join(d.LOCATIVE_PREPOSITIONS)})\s+", re.I),
        occasion_word=re.compile(rf"(?:{d.OCCASION}|{d.VISIT_NOUNS})", re.I),
        occasion_mention=re.compile(rf"(?<!\w)(?:{d.OCCASION})(?!\w)", re.I),
        # the first back-reference frame ("following the", "по итогам") before an occasion noun, or one told again
        occasion_told=re.compile(rf"(?:{d.ANAPHORIC_BEFORE[0].removesuffix('$')})(?:{d.OCCASION})(?!\w)"
                                 rf"|{d.OCCASION_AGAIN}", re.I),
        occasion_which=re.compile(d.OCCASION_WHICH, re.I), signing_held=re.compile(d.SIGNING_HELD, re.I),
        modifier_before=re.compile(d.MODIFIER_BEFORE, re.I),
        modifier_forms=_words(d.MODIFIER_FORMS),
        sites=_words(lists["site"]), site_suffixes=tuple(d.SITE_SUFFIXES), people=_words(lists["people"]),
        light_verbs=frozenset(d.LIGHT_VERBS), light_nouns=frozenset(d.LIGHT_NOUNS),
        ceremony_nouns=frozenset(d.CEREMONY_NOUNS), welcome_verbs=frozenset(d.WELCOME_VERBS),
        ceremony_prepositions=frozenset(d.CEREMONY_PREPOSITIONS),
        amount_of=frozenset(d.AMOUNT_OF),
        led_by=re.compile(d.LED_BY, re.I), group_anaphor=re.compile(d.GROUP_ANAPHOR, re.I),
        company_word=re.compile(rf"(?<!\w)(?:{_noun_stems(d.COMPANY_NOUNS)})", re.I),
        production_sites=frozenset(d.PRODUCTION_SITES),
        company_nouns=frozenset(d.COMPANY_NOUNS), company_anaphor=re.compile(d.COMPANY_ANAPHOR, re.I),
        end_verbs=frozenset(d.END_VERBS), start_verbs=frozenset(d.START_VERBS),
        partake_verbs=frozenset(d.PARTAKE_VERBS),
        end_forms=re.compile(d.END_FORMS, re.I), start_forms=re.compile(d.START_FORMS, re.I),
        light_forms=re.compile(d.LIGHT_FORMS, re.I),
        report_day=re.compile(d.REPORT_DAY, re.I), days_long=Caseless(d.DAYS_LONG),
        return_triggers=frozenset(d.RETURN_TRIGGERS),
        origin_word=re.compile(rf"(?:{d.ORIGIN_WORDS})\s+$", re.I), origin_next=re.compile(d.ORIGIN_NEXT, re.I),
        trigger_light_verbs=frozenset(d.TRIGGER_LIGHT_VERBS),
        non_agents=frozenset(d.NON_AGENTS), future_aux=frozenset(d.FUTURE_AUX), plan_words=frozenset(d.PLAN_WORDS),
        plan_adjectives=frozenset(d.PLAN_ADJECTIVES), preparation_nouns=frozenset(d.PREPARATION_NOUNS),
        programme_nouns=frozenset(d.PROGRAMME_NOUNS),
        negations=frozenset(d.NEGATIONS),
        anaphoric_determiners=frozenset(d.ANAPHORIC_DETERMINERS), articles=frozenset(d.ARTICLES),
        additive_words=frozenset(d.ADDITIVE_WORDS),
        term_prepositions=frozenset(d.TERM_PREPOSITIONS), ability_nouns=frozenset(d.ABILITY_NOUNS),
        outlet_nouns=frozenset(d.OUTLET_NOUNS),
        anaphoric_prepositions=frozenset(d.ANAPHORIC_PREPOSITIONS), anaphoric_frames=frozenset(d.ANAPHORIC_FRAMES),
        locative_prepositions=frozenset(d.LOCATIVE_PREPOSITIONS),
        tour_prepositions=frozenset(d.TOUR_PREPOSITIONS), capital_unnamed=re.compile(d.CAPITAL_UNNAMED, re.I),
        hosted_after=re.compile(d.HOSTED_AFTER, re.I), place_inside=re.compile(d.PLACE_INSIDE, re.I),
        left_from=re.compile(d.LEFT_FROM, re.I), during_frame=re.compile(d.DURING_FRAME, re.I),
        more_opening=re.compile(d.MORE_OPENING, re.I), more_before=re.compile(d.MORE_BEFORE, re.I),
        touring=re.compile(d.TOURING, re.I),
        describing=re.compile(rf"\s*(?:{d.DESCRIBING})", re.I),
        comitative_prepositions=frozenset(d.COMITATIVE_PREPOSITIONS),
        agent_prepositions=frozenset(d.AGENT_PREPOSITIONS),
        country_words=frozenset(d.COUNTRY_WORDS), republic_words=frozenset(d.REPUBLIC_WORDS),
        city_words=frozenset(d.CITY_WORDS), few_words=frozenset(d.FEW_WORDS),
        home_words=frozenset(d.HOME_WORDS), region_nouns=frozenset(d.REGION_NOUNS),
        region_words=dict(d.REGION_WORDS),
        admin_words=frozenset(d.ADMIN_WORDS),
        own_name_heads=frozenset(d.OWN_NAME_HEADS), pronouns=dict(d.PRONOUNS),
        capital_words=frozenset(d.CAPITAL_WORDS), capital_forms=_stems(d.CAPITAL_WORDS, lang),
        province_words=frozenset(d.PROVINCE_WORDS),
        noun_agent_cases=tuple(d.NOUN_AGENT_CASES), instrumental_agents=d.INSTRUMENTAL_AGENTS,
        relative_pronouns=frozenset(d.RELATIVE_PRONOUNS), other_words=frozenset(d.OTHER_WORDS),
        focus_words=frozenset(d.FOCUS_WORDS), occasion_nouns=frozenset(d.OCCASION_NOUNS),
        things=frozenset(d.THINGS), idiom_objects=frozenset(d.IDIOM_OBJECTS), including=frozenset(d.INCLUDING),
        generic_sites=frozenset(d.GENERIC_SITES), area_nouns=frozenset(d.AREA_NOUNS),
        clause_cut=re.compile(d.CLAUSE_CUT, re.I), reflexive_suffixes=tuple(d.REFLEXIVE_SUFFIXES),
        form_patterns=forms, object_patterns={name: _stems(words.split(), lang) for name, words in lists.items()},
        site_pattern=_site_pattern(lists["site"].split(), d.SITE_SUFFIXES, lang),
        generic_present=d.GENERIC_PRESENT, quantifiers=frozenset(d.QUANTIFIERS),
        process_nouns=frozenset(d.PROCESS_NOUNS),
        wish_words=frozenset(d.WISH_WORDS), time_nouns=frozenset(d.TIME_NOUNS),
        chance_taken={noun: frozenset(verbs.split()) for noun, verbs in d.CHANCE_TAKEN.items()},
        partner_nouns=frozenset(d.PARTNER_NOUNS), ethnonyms=frozenset(d.ETHNONYMS),
        between=frozenset(d.BETWEEN), coordinators=frozenset(d.COORDINATORS),
        infinitive_marks=frozenset(d.INFINITIVE_MARKS),
        topic_prepositions=frozenset(d.TOPIC_PREPOSITIONS), parties_end=frozenset(d.PARTIES_END),
        site_prepositions=frozenset(d.SITE_PREPOSITIONS),
        with_prepositions=frozenset(d.WITH_PREPOSITIONS),
        impress_verbs=frozenset(d.IMPRESS_VERBS), visit_kinds=frozenset(d.VISIT_KINDS),
        whither_verbs=frozenset(d.WHITHER_VERBS),
        leader_of=re.compile(d.LEADER_OF, re.I),
        origin_prepositions=frozenset(d.ORIGIN_PREPOSITIONS), list_openers=frozenset(d.LIST_OPENERS),
        not_topics=frozenset(d.NOT_TOPICS), domain_nouns=frozenset(d.DOMAIN_NOUNS), genitive_place=d.GENITIVE_PLACE,
        bare_noun_definite=d.BARE_NOUN_DEFINITE,
        countries=dict(NATIONALITY_COUNTRIES), determiners=frozenset(d.DETERMINERS),
        stay_nouns=frozenset(d.STAY_NOUNS), stay_verbs=frozenset(d.STAY_VERBS),
        onlooker_verbs=frozenset(d.ONLOOKER_VERBS),
        on_visit_prepositions=frozenset(d.ON_VISIT_PREPOSITIONS),
        manner_prepositions=frozenset(d.MANNER_PREPOSITIONS), visitor_nouns=frozenset(d.VISITOR_NOUNS),
        visitor_stem=re.compile(rf"(?:{_noun_stems(d.VISITOR_NOUNS)})", re.I),
        visitor_modifier=re.compile(d.VISITOR_MODIFIER, re.I), goal_prepositions=frozenset(d.GOAL_PREPOSITIONS),
        visitor_genitive=re.compile(d.VISITOR_GENITIVE, re.I),
        hosted_nouns=frozenset(d.HOSTED_NOUNS), group_nouns=frozenset(d.GROUP_NOUNS),
        group_words=frozenset(d.HOSTED_NOUNS) | frozenset(d.GROUP_NOUNS),
        group_pronoun=re.compile(rf"\b(?:{'|'.join(w for w, kind in d.PRONOUNS.items() if kind == 'group')})\b", re.I),
        group_antecedent=_group_antecedent(d.GROUP_NOUNS, d.HOSTED_NOUNS, d.PLURAL_ENDINGS, d.COUNTED),
        right_nouns=frozenset(d.RIGHT_NOUNS),
        right_prepositions=frozenset(d.RIGHT_PREPOSITIONS),
        companion_prepositions=frozenset(d.COMPANION_PREPOSITIONS),
        lead_verbs=frozenset(d.LEAD_VERBS),
        habit_words=frozenset(d.HABIT_WORDS), one_time_words=frozenset(d.ONE_TIME_WORDS),
        give_verbs=frozenset(d.GIVE_VERBS),
        output_verbs=frozenset(d.OUTPUT_VERBS),
        acts_done=frozenset(d.ACTS_DONE),
        facilities=_words(lists["plant"]) | _words(lists["project"]), projects=_words(lists["project"]),
        undated_before=re.compile(rf"(?<!\w)(?:{d.UNDATED_BEFORE})\s+$", re.I),
        plan_cue=_plan_cue(d.PLAN_CUES, d.PLAN_CUE_WITHIN, d.COORDINATORS),
    )


def _plan_cue(cues: list[str] | None, within: int, joins: list[str]) -> re.Pattern | None:
    """A pattern that ends where a trigger may begin: a cue word, then at most ``within`` words; or a cue, then the
    first of two joined verbs ("plans to develop a deposit and build a plant")."""
    if not cues:
        return None
    words = [c for c in cues if not c.startswith(("'", "’"))]
    clitics = [c[1:] for c in cues if c.startswith(("'", "’"))]  # "We'll", "it's": glued to the word before
    cue = r"(?<![\w'’])(?:{})".format("|".join(words)) + (r"|['’](?:{})".format("|".join(clitics)) if clitics else "")
    joined = r"[^.;:]{{0,{}}}?\s(?:{})\s+$".format(PLAN_JOINED_CHARS, "|".join(joins))
    return re.compile(r"(?:{})(?![\w'’])(?:(?:\W+[\w'’-]+){{0,{}}}\W*$|{})".format(cue, within, joined), re.I)


PLAN_JOINED_CHARS = 60  # the first of two joined verbs after a plan cue, with its object


@lru_cache(maxsize=None)
def lexicon_for(lang: str) -> EventLexicon | None:
    """The compiled lexicon of ``lang``; None for a language without one (no events are extracted)."""
    return _build(lang) if lang in _LANGUAGES else None
