"""Per-language lexicons compiled once into look-up tables the extractor shares."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from tourpipe.figures import currencies, lexicon_en, lexicon_ru, unitvocab

LANGUAGES: dict[str, ModuleType] = {"en": lexicon_en, "ru": lexicon_ru}

# One token per word, number, or other visible character; phrases in the lexicons are split the same way.
_PHRASE_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(_PHRASE_TOKEN.findall(phrase.lower().replace("ё", "е")))


@dataclass(frozen=True)
class Phrases:
    """Phrases keyed by their token tuples, for longest-match look-ups."""

    table: dict[tuple[str, ...], object]
    max_len: int
    firsts: frozenset[str] = frozenset()  # first and last tokens of the phrases: most look-ups stop at them
    lasts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, mapping: dict) -> "Phrases":
        table = {phrase_key(k): v for k, v in mapping.items()}
        return cls(table, max((len(k) for k in table), default=0), frozenset(k[0] for k in table if k),
                   frozenset(k[-1] for k in table if k))


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific the extractor reads, as sets and phrase tables."""

    lang: str
    decimal_comma: bool
    number_words: dict[str, float]
    scale_words: dict[str, float]
    currency_only_scales: dict[str, float]
    articles_one: frozenset[str]
    half_words: dict[str, float]
    number_joiners: frozenset[str]
    currency_before: Phrases
    currency_after: Phrases
    sign_tags_after: Phrases
    currency_stems: tuple[tuple[str, str], ...]
    currency_tails: frozenset[str]
    currency_adjectives: tuple[tuple[str, str, str], ...]  # (adjective stem, currency stem, ISO code)
    subunits: dict[str, tuple[str, str, float]]
    composite_subunits: dict[str, tuple[str, str, float]]
    percent: Phrases
    percent_stems: tuple[tuple[str, str], ...]
    measures: Phrases
    measure_symbols: dict[str, str]
    measure_stems: tuple[tuple[str, str], ...]
    count_nouns: dict[str, str]
    count_noun_lemmas: dict[str, str]
    unit_before: Phrases
    people_of: Phrases
    duration_units: frozenset[str]
    stop_words: frozenset[str]
    ordinal_suffixes: frozenset[str]
    hyphen_ordinal_suffixes: frozenset[str]
    hedges: Phrases
    hedges_after: Phrases
    exceed_words: frozenset[str]
    exceed_stems: tuple[str, ...]
    increase_words: frozenset[str]
    decrease_words: frozenset[str]
    increase_stems: tuple[str, ...]
    decrease_stems: tuple[str, ...]
    weak_change_words: frozenset[str]
    amount_units: frozenset[str]
    rate_links: dict[str, str]
    age_words: dict[str, str]
    age_after: Phrases
    age_before: Phrases
    funding_verbs: frozenset[str]
    age_subjects: frozenset[str]
    age_copulas: frozenset[str]
    age_followers: frozenset[str]
    street_words: frozenset[str]
    quantity_cues: Phrases
    fraction_determiners: frozenset[str]
    compound_prefixes: tuple[tuple[str, str], ...]
    rate_blockers: frozenset[str]
    rate_list_blockers: frozenset[str]
    time_denominators: dict[str, str]
    change_links: frozenset[str]
    level_links: frozenset[str]
    comparatives_after: dict[str, str]
    range_openers: dict[str, frozenset[str]]
    range_joiners: frozenset[str]
    closer_leads: frozenset[str]
    alternative_links: frozenset[str]
    months: frozenset[str]
    months_capitalised: bool
    year_before: frozenset[str]
    year_after: frozenset[str]
    year_in_time: frozenset[str]  # words that put a year in time right before it ("in 2023", "в 2023")
    name_markers: frozenset[str]
    model_suffixes: frozenset[str]
    not_one_before: frozenset[str]
    not_one_after: frozenset[str]
    clause_breaks: frozenset[tuple[str, ...]]
    subject_skip: frozenset[str]
    morphology: str | None
    known_words: frozenset[str]  # lower-case words that are never part of a name before a number
    vague_scales: dict[str, float]
    vague_link: str | None
    fraction_words: dict[str, int]
    fraction_link: str | None
    multiplier_words: dict[str, float]
    count_modifiers: frozenset[str]
    glued_scales: dict[str, float]
    bound_prefixes: dict[str, str]
    minus_signs: frozenset[str]
    minus_words: frozenset[str]
    name_before: frozenset[str]
    unit_surfaces: dict[str, frozenset[str]]
    fraction_alone: frozenset[str]
    time_after: frozenset[str]
    partitive_links: dict[str, frozenset[str]]
    compound_numbers: dict[str, float]
    level_from: frozenset[str]
    change_size_words: frozenset[str]
    reuse_cues: frozenset[str]
    exceed_linked: dict[str, tuple[str, ...]]
    adjacent_change_words: frozenset[str]
    by_links: frozenset[str]
    comparatives_before: dict[str, str]
    date_range_links: frozenset[str]
    compound_units: dict[str, str]
    compound_endings: frozenset[str]
    negations: frozenset[str]
    level_verb_stems: tuple[str, ...]
    one_words: frozenset[str]
    one_cues: frozenset[str]
    list_links: frozenset[str]
    particle_verbs: frozenset[str]
    count_heads: dict[str, str | None]
    subject_verbs: frozenset[str]
    copulas: frozenset[str]
    subject_verb_stems: tuple[str, ...]
    subject_skip_back: frozenset[str]
    not_counted: frozenset[str]
    subject_prepositions: frozenset[str]
    anaphoric_heads: frozenset[str]
    inclusion_cues: Phrases
    period_ordinal_stems: tuple[str, ...]
    count_tails: frozenset[str]
    subject_units: dict[str, str]

    @property
    def has_words(self) -> bool:
        return bool(self.number_words)


def stem_value(word: str, stems: tuple[tuple[str, str], ...]) -> str | None:
    """The value of the first (longest) stem ``word`` starts with ("процент" of "процентов"), else None."""
    for stem, value in stems:
        if word.startswith(stem):
            return value
    return None


def has_stem(word: str, stems: tuple[str, ...]) -> bool:
    return word.startswith(stems) if stems else False


def _stems(mapping: dict[str, str]) -> tuple[tuple[str, str], ...]:
    # longest stem first, so "квадратных" style stems never shadow longer ones
    return tuple(sorted(mapping.items(), key=lambda kv: -len(kv[0])))


def _lemma_keys(table: dict[str, str], morphology: str | None) -> dict[str, str]:
    """Keys folded as the extractor sees lemmas; the adjective of a two-word key in its dictionary form, as
    pymorphy3 gives it ("рабочее место" -> "рабочий место")."""
    out = {}
    for key, unit in table.items():
        words = key.lower().replace("ё", "е").split()
        if morphology and len(words) > 1:
            from tourpipe.figures.morph import reading

            words = [reading(w).lemma for w in words[:-1]] + words[-1:]
        out[" ".join(words)] = unit
    return out


def _build(lang: str, m: ModuleType, words: bool = True) -> Lexicon:
    g = lambda name, default=None: getattr(m, name, default)  # noqa: E731
    hedges = g("HEDGES", {}) if words else {}
    known = set(g("STOP_WORDS", set())) | set(g("YEAR_BEFORE", set())) | set(g("RANGE_OPENERS", {}))
    for phrase in list(hedges) + list(g("CURRENCY_BEFORE", {})):
        known.update(phrase_key(phrase))
    known |= set(g("INCREASE_WORDS", set())) | set(g("DECREASE_WORDS", set())) | set(g("EXCEED_WORDS", set()))
    known |= set(g("SCALE_WORDS", {})) | set(g("NUMBER_WORDS", {}))
    known |= set(g("KNOWN_CAPITALISED", set()))
    return Lexicon(
        lang=lang,
        decimal_comma=g("DECIMAL_COMMA", False),
        number_words=dict(g("NUMBER_WORDS", {})) if words else {},
        scale_words={k: v for k, v in g("SCALE_WORDS", {}).items() if v} if words else {},
        currency_only_scales=dict(g("CURRENCY_ONLY_SCALES", {})),
        articles_one=frozenset(g("ARTICLES_ONE", set())) if words else frozenset(),
        half_words=dict(g("HALF_WORDS", {})) if words else {},
        number_joiners=frozenset(g("NUMBER_JOINERS", set())),
        currency_before=Phrases.of({**currencies.SIGNS_BEFORE, **g("CURRENCY_BEFORE", {})}),
        currency_after=Phrases.of(_currency_after(m, words)),
        sign_tags_after=Phrases.of(currencies.SIGN_TAGS_AFTER),
        currency_stems=_stems(g("CURRENCY_STEMS", {})),
        currency_tails=frozenset(g("CURRENCY_TAILS", set())),
        currency_adjectives=tuple(sorted(((*k.split(), v) for k, v in g("CURRENCY_ADJECTIVES", {}).items()),
                                         key=lambda e: (-len(e[0]), -len(e[1])))),
        subunits={**currencies.SUBUNITS, **(g("SUBUNITS", {}) if words else {})},
        composite_subunits=dict(g("COMPOSITE_SUBUNITS", {})),
        percent=Phrases.of(g("PERCENT", {}) if words else {"%": "percent"}),
        percent_stems=_stems(g("PERCENT_STEMS", {})),
        measures=Phrases.of({**(unitvocab.unit_names() if g("SOURCE_UNIT_NAMES", False) else {}),
                             **g("MEASURES", {})}),
        measure_symbols=unitvocab.unit_symbols(),
        measure_stems=_stems(g("MEASURE_STEMS", {})),
        count_nouns=dict(g("COUNT_NOUNS", {})),
        count_noun_lemmas=_lemma_keys(g("COUNT_NOUN_LEMMAS", {}), g("MORPHOLOGY")),
        unit_before=Phrases.of(g("UNIT_BEFORE", {})), people_of=Phrases.of(g("PEOPLE_OF", {})),
        duration_units=frozenset(g("DURATION_UNITS", set())),
        stop_words=frozenset(g("STOP_WORDS", set())),
        ordinal_suffixes=frozenset(g("ORDINAL_SUFFIXES", set())),
        hyphen_ordinal_suffixes=frozenset(g("HYPHEN_ORDINAL_SUFFIXES", set())),
        hedges=Phrases.of(hedges),
        hedges_after=Phrases.of(g("HEDGES_AFTER", {}) if words else {"+": "more_than"}),
        exceed_words=frozenset(g("EXCEED_WORDS", set())),
        exceed_stems=tuple(g("EXCEED_STEMS", ())),
        increase_words=frozenset(g("INCREASE_WORDS", set())),
        decrease_words=frozenset(g("DECREASE_WORDS", set())),
        increase_stems=tuple(g("INCREASE_STEMS", ())),
        decrease_stems=tuple(g("DECREASE_STEMS", ())),
        weak_change_words=frozenset(g("WEAK_CHANGE_WORDS", set())),
        amount_units=frozenset(g("AMOUNT_UNITS", set())),
        rate_links=dict(g("RATE_LINKS", {"per": "any", "/": "measure"})),
        age_words=dict(g("AGE_WORDS", {})),
        age_after=Phrases.of(g("AGE_AFTER", {})),
        age_before=Phrases.of(g("AGE_BEFORE", {})),
        funding_verbs=frozenset(g("FUNDING_VERBS", set())),
        age_subjects=frozenset(g("AGE_SUBJECTS", set())),
        age_copulas=frozenset(g("AGE_COPULAS", set())),
        age_followers=frozenset(g("AGE_FOLLOWERS", set())),
        street_words=frozenset(g("STREET_WORDS", set())),
        quantity_cues=Phrases.of(dict.fromkeys(g("QUANTITY_CUES", ()), True)),
        fraction_determiners=frozenset(g("FRACTION_DETERMINERS", set())),
        compound_prefixes=tuple(sorted(g("COMPOUND_PREFIXES", {}).items(), key=lambda kv: -len(kv[0]))),
        rate_blockers=frozenset(g("RATE_BLOCKERS", set())),
        rate_list_blockers=frozenset(g("RATE_LIST_BLOCKERS", set())),
        time_denominators=dict(g("TIME_DENOMINATORS", {})),
        change_links=frozenset(g("CHANGE_LINKS", set())),
        level_links=frozenset(g("LEVEL_LINKS", set())),
        comparatives_after=dict(g("COMPARATIVES_AFTER", {})),
        range_openers={k: frozenset(v) for k, v in g("RANGE_OPENERS", {}).items()},
        range_joiners=frozenset(g("RANGE_JOINERS", {"-", "–", "—"})),
        closer_leads=frozenset(g("CLOSER_LEADS", set())),
        alternative_links=frozenset(g("ALTERNATIVE_LINKS", set())) if words else frozenset(),
        months=frozenset(g("MONTHS", set())),
        months_capitalised=g("MONTHS_CAPITALISED", False),
        year_before=frozenset(g("YEAR_BEFORE", set())),
        year_after=frozenset(g("YEAR_AFTER", set())),
        year_in_time=frozenset(g("YEAR_IN_TIME", set())),
        name_markers=frozenset(g("NAME_MARKERS", set())),
        model_suffixes=frozenset(g("MODEL_SUFFIXES", set())),
        not_one_before=frozenset(g("NOT_ONE_BEFORE", set())),
        not_one_after=frozenset(g("NOT_ONE_AFTER", set())),
        clause_breaks=frozenset(g("CLAUSE_BREAKS", set())),
        subject_skip=frozenset(g("SUBJECT_SKIP", set())),
        morphology=g("MORPHOLOGY") if words else None,
        known_words=frozenset(known),
        vague_scales=dict(g("VAGUE_SCALES", {})) if words else {},
        vague_link=g("VAGUE_LINK"),
        fraction_words=dict(g("FRACTION_WORDS", {})) if words else {},
        fraction_link=g("FRACTION_LINK"),
        multiplier_words=dict(g("MULTIPLIER_WORDS", {})) if words else {},
        count_modifiers=frozenset(g("COUNT_MODIFIERS", set())),
        glued_scales=dict(g("GLUED_SCALES", {})),
        bound_prefixes=dict(g("BOUND_PREFIXES", {})),
        minus_signs=frozenset(g("MINUS_SIGNS", {"-", "−"})),
        minus_words=frozenset(g("MINUS_WORDS", set())) if words else frozenset(),
        name_before=frozenset(g("NAME_BEFORE", set())),
        unit_surfaces={k: frozenset(v) for k, v in g("UNIT_SURFACES", {}).items()},
        fraction_alone=frozenset(g("FRACTION_ALONE", set())),
        time_after=frozenset(g("TIME_AFTER", set())),
        partitive_links={k: frozenset(v) for k, v in g("PARTITIVE_LINKS", {}).items()},
        level_from=frozenset(g("LEVEL_FROM", set())),
        change_size_words=frozenset(g("CHANGE_SIZE_WORDS", set())),
        reuse_cues=frozenset(g("REUSE_CUES", set())),
        exceed_linked={k: tuple(v) for k, v in g("EXCEED_LINKED", {}).items()},
        adjacent_change_words=frozenset(g("ADJACENT_CHANGE_WORDS", set())),
        by_links=frozenset(g("BY_LINKS", set())),
        comparatives_before=dict(g("COMPARATIVES_BEFORE", {})),
        date_range_links=frozenset(g("DATE_RANGE_LINKS", set())),
        compound_numbers=dict(g("COMPOUND_NUMBERS", {})) if words else {},
        compound_units=dict(g("COMPOUND_UNITS", {})),
        compound_endings=frozenset(g("COMPOUND_ENDINGS", set())),
        negations=frozenset(g("NEGATIONS", set())),
        level_verb_stems=tuple(g("LEVEL_VERB_STEMS", ())),
        one_words=frozenset(g("ONE_WORDS", set())) if words else frozenset(),
        one_cues=frozenset(g("ONE_CUES", set())),
        list_links=frozenset(g("LIST_LINKS", set())),
        particle_verbs=frozenset(g("PARTICLE_VERBS", set())),
        count_heads=dict(g("COUNT_HEADS", {})),
        subject_verbs=frozenset(g("SUBJECT_VERBS", set())),
        copulas=frozenset(g("COPULAS", set())),
        subject_verb_stems=tuple(g("SUBJECT_VERB_STEMS", ())),
        subject_skip_back=frozenset(g("SUBJECT_SKIP_BACK", set())),
        not_counted=frozenset(g("NOT_COUNTED", set())),
        subject_prepositions=frozenset(g("SUBJECT_PREPOSITIONS", set())),
        anaphoric_heads=frozenset(g("ANAPHORIC_HEADS", set())),
        inclusion_cues=Phrases.of(dict.fromkeys(g("INCLUSION_CUES", ()), True)),
        period_ordinal_stems=tuple(g("PERIOD_ORDINAL_STEMS", ())),
        count_tails=frozenset(g("COUNT_TAILS", set())),
        subject_units=dict(g("SUBJECT_UNITS", {})),
    )


def _currency_after(m: ModuleType, words: bool) -> dict[str, str]:
    """Currency words and signs after a number: the shared signs, English currency words (Russian articles write "20
    euros" too), then the language's own; a language without word lists gets the signs and English words only."""
    own = getattr(m, "CURRENCY_AFTER", {}) if words else {}
    return {**currencies.SIGNS_AFTER, **lexicon_en.CURRENCY_AFTER, **own}


@lru_cache(maxsize=None)
def lexicon_for(lang: str | None) -> Lexicon:
    """The compiled lexicon of ``lang``; other languages get figures from digits and symbols only."""
    code = (lang or "en").lower()[:2]
    if code in LANGUAGES:
        return _build(code, LANGUAGES[code])
    return _build(code, lexicon_en, words=False)
