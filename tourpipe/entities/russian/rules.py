"""Russian rules: dates, nationality words, «quoted» names, places, brands, and the label and span repairs."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.cascade import Candidate, Candidates, Context
from tourpipe.entities.places import is_country, lookup_place, pinyin_name
from tourpipe.entities.russian.morphology import (
    is_genitive,
    is_nationality,
    is_office,
    is_people_noun,
    lemmatize_ru,
    normal_name,
    place_label,
)
from tourpipe.entities.spans import NUMBERED_PLACE, char_before, covered, product_code
from tourpipe.nlp import morph
from tourpipe.vocabulary import DATE_YEAR_PATTERN, DAY_ORDINAL_RU, MONTH_FORMS_RU, alternation

# every case of every month: "января", "к маю", "в течение июня", "мартом", "в октябре"
_MONTHS = rf"(?:{alternation(MONTH_FORMS_RU)})"
_YEAR = DATE_YEAR_PATTERN
_YEAR_WORD = r"(?:\s*(?:год(?:а|у|ом)?|г\.))"
_WEEKDAY = r"(?:понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье)"
_SEASON = r"(?:весной|летом|осенью|зимой|весна|лето|осень|зима|весны|лета|осени|зимы)"
# "третьем квартале 2025 года", "первом полугодии 2024 г.": a quarter or half of a year is one calendar reference
_PART_OF_YEAR = (r"(?:(?:перв|втор|трет|четв[её]рт)(?:ый|ой|ий|ого|ьего|ом|ьем|ему|ьему|ым|ьим|ая|ья|ую|ью|ое|ье)"
                 r"|[IV]{1,3})\s+(?:квартал|полугоди)[а-я]*")
_DATE_RE = re.compile(
    rf"(?<![\w])(?:{_PART_OF_YEAR}\s+{_YEAR}{_YEAR_WORD}?"
    rf"|\d{{1,2}}{DAY_ORDINAL_RU}(?:\s*[-–]\s*\d{{1,2}}|\s+по\s+\d{{1,2}})?{DAY_ORDINAL_RU}\s+{_MONTHS}"
    rf"(?:\s+{_YEAR}{_YEAR_WORD}?)?"
    rf"|{_MONTHS}\s*(?:[-–—]|\s+по\s+)\s*{_MONTHS}(?:\s+{_YEAR}{_YEAR_WORD}?)?"
    rf"|{_MONTHS}\s+{_YEAR}{_YEAR_WORD}?"
    rf"|{_SEASON}\s+{_YEAR}{_YEAR_WORD}?"
    rf"|{_YEAR}(?:\s*[-–]\s*{_YEAR})?{_YEAR_WORD}"
    rf"|(?<=\bв\s){_MONTHS}|(?<=\bВ\s){_MONTHS}"
    rf"|(?<=\bв\s){_WEEKDAY}|(?<=\bВ\s){_WEEKDAY}|(?<=\bво\s)вторник|(?<=\bВо\s)вторник"
    # "в 2012 - 1 825": a bare year after "в" and before a dash or punctuation (the year word left out)
    rf"|(?<=\bв\s){_YEAR}(?=\s*(?:[-–—,.;:)]|$))|(?<=\bВ\s){_YEAR}(?=\s*(?:[-–—,.;:)]|$))"
    rf"|\d{{2}}\.\d{{2}}\.{_YEAR})(?![\w])",
    re.I | re.M,
)
# a bare month in any case is a calendar reference ("к маю", "до декабря"); lowercase, as months are written, or
# capitalised at the start of a sentence ("Июнь выдался жарким"); "Первомай" and the name "Мая" are not months
_BARE_MONTH = re.compile(rf"(?<![\w\-]){_MONTHS}(?![\w\-])", re.I)
_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё\-]*")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# «...» names, and lists of them joined by commas and "и"/"или" ("«Хабар 24» и «Казинформ»")
_QUOTED = re.compile(r"«([^«»\n]{1,80})»")
_QUOTE_LIST_GAP = re.compile(r"\s*(?:,|и|или|,\s*а\s+также)\s*$")
# the cue may stand a genitive phrase away: "ассоциация экспортёров зерна «Дала Астык»"
_WORDS_BEFORE = re.compile(r"((?:[А-Яа-яЁёA-Za-z\-]+\s+){1,4})$")
# "посольством КНР в Казахстане": an embassy named by its country and host country is one organisation
_EMBASSY = re.compile(r"\b((?:[Гг]енеральн\w+\s+)?(?:[Пп]осольств|[Кк]онсульств|[Гг]енконсульств)\w*\s+"
                      r"(?:[А-ЯЁ]{2,4}|[А-ЯЁ][а-яё\-]+)(?:\s+в\s+[А-ЯЁ][а-яё\-]+)?)")
# "на казахском, уйгурском и русском языках": language names, not nationalities
# Up to eight adjectives, each a whole word: unbounded, or split inside a word, the pattern backtracked through
# every way of cutting a long run of adjectives (issue 17).
_LANGUAGE_LIST_TAIL = re.compile(r"(?:\s*(?:,|и|или)?\s*[а-яё]+(?:ом|ем|ий|ой)\b){0,8}\s*,?\s*(?:и\s+)?язык", re.I)
_ABBREV = re.compile(r"[А-ЯЁ]{2,4}")
# a brand after "марки"/"бренда": "грузовиков китайской марки Qinling"
_BRAND = re.compile(
    r"(?<![\w\-])(?:[Мм]арк[аиуеой]|[Бб]ренд(?:а|у|ом|е)?)\s+([A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})(?![\w\-])")
# a Latin brand glued to a Russian word: "YouTube-канале", "Telegram-канал"
_GLUED_LATIN = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)-(?=[а-яё])")
_GENITIVE_OFFICE_AFTER = re.compile(r" ([а-яё\-]+)")
_CAPITALISED_AFTER = re.compile(r" ([А-ЯЁ][А-Яа-яЁё\-]*)")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w\-])([а-яё]+) $")
_CAPITALISED = re.compile(r"[А-ЯЁ][А-Яа-яЁё\-]*")


# -- spans proposed by rules -------------------------------------------------------------------------------
def written_dates(source: str) -> list[Candidate]:
    """"5 мая 2025 года", "в третьем квартале 2025 г.", "с января по март", "в среду", "14.03.2025"."""
    return [Candidate(m.start(), m.end(), "DATE", 1) for m in _DATE_RE.finditer(source)]


def bare_months(source: str) -> list[Candidate]:
    """"к маю", "до декабря", "в течение июня": a month name alone, lowercase or opening a sentence."""
    out = []
    for m in _BARE_MONTH.finditer(source):
        if m.group()[0].isupper() and not _sentence_opening(source, m.start()):
            continue  # "Мая" inside a sentence is a name
        out.append(Candidate(m.start(), m.end(), "DATE", 0))
    return out


def nationality_words(source: str) -> list[Candidate]:
    """китайские, казахстанских, казахстанцы: nationality adjectives and people nouns are NORP."""
    return [
        Candidate(m.start(), m.end(), "NORP")
        for m in _WORD.finditer(source)
        if is_nationality(m.group().lower()) and not _LANGUAGE_LIST_TAIL.match(source, m.end())
    ]


def quoted_names(source: str, cands: Candidates) -> list[Candidate]:
    """«Name»: the whole quoted name, labelled by the noun before it or by the model's label for part of it.

    Coordinated quotes share a label ("телеканалы «Хабар 24» и «Казинформ»")."""
    ends: dict[int, int] = {}  # start of each organisation the model found -> its nearest end
    for c in cands:
        if c.prio == 0 and c.label == "ORG":
            ends[c.start] = min(ends.get(c.start, c.end), c.end)
    model_orgs = sorted(ends)
    out = []
    for group in _quote_groups(source):
        label = _cue_before(source, group[0].start())
        if label is None and any(_org_inside(model_orgs, ends, m.start(1), m.end(1)) for m in group):
            label = "ORG"
        if label is not None:
            out += [Candidate(m.start(1), m.end(1), label, 1) for m in group]
    return out


def _org_inside(starts: list[int], ends: dict[int, int], start: int, end: int) -> bool:
    """A model organisation lies within [start, end) (the quoted name's model reading)."""
    return any(ends[s] <= end for s in starts[bisect_left(starts, start) : bisect_left(starts, end)])


def _quote_groups(source: str) -> list[list[re.Match]]:
    """Quoted names, capitalised and short, grouped where a comma or "и" on the same line joins them."""
    groups: list[list[re.Match]] = []
    for m in _QUOTED.finditer(source):
        inner = m.group(1).strip()
        if not inner or not (inner[0].isupper() or inner[0].isdigit()) or len(inner.split()) > 8:
            continue
        gap = source[groups[-1][-1].end() : m.start()] if groups else ""
        if groups and _QUOTE_LIST_GAP.match(gap) and "\n" not in gap:
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _cue_before(source: str, pos: int) -> str | None:
    """The label a cue noun among the (up to four) words before ``pos`` gives a quoted name; the search stops at
    the first capitalised word."""
    before = _WORDS_BEFORE.search(source[max(0, pos - 60) : pos])
    words = before.group(1).split()[::-1] if before else []
    label = None
    for k, word in enumerate(words):
        label = _cue_label(word)
        if label or (k + 1 < len(words) and not words[k].islower()):
            break
    return label


def _cue_label(word: str) -> str | None:
    """The label a lowercase noun right before a «name» gives it: форум «...» is an event, терминал «...» a place."""
    kw = lexicon.keywords()
    lemma = morph().parse(word.lower())[0].normal_form
    for key, label in (("ru_event_cues", "EVENT"), ("ru_org_cues", "ORG"), ("ru_place_cues", "FAC")):
        if lemma in kw[key] or word.lower() in kw[key]:
            return label
    return None


def embassies(source: str) -> list[Candidate]:
    """"посольством КНР в Казахстане": an embassy named by its country and host country is one organisation."""
    return [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _EMBASSY.finditer(source)]


def known_places(source: str) -> list[Candidate]:
    """Capitalised words (or a word and the next) whose nominative is a known place: natasha misses or
    mislabels some ("Алтынколя" as a person in a headline, "Иу" not at all), so these outrank its label. A word of
    two letters only when it is no abbreviation ("ЕС")."""
    out = []
    words = list(_WORD.finditer(source))
    for k, m in enumerate(words):
        if not m.group()[0].isupper():
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt and source[m.end() : nxt.start()] == " " and (label := place_label(source[m.start() : nxt.end()])):
            out.append(Candidate(m.start(), nxt.end(), label, 1))
        elif (len(m.group()) > 2 or m.group()[1:].islower()) and (label := place_label(m.group())):
            out.append(Candidate(m.start(), m.end(), label, 1))
    return out


@lru_cache(maxsize=1)
def _chinese_surnames() -> frozenset[str]:
    """The gazetteer's Chinese family names as Russian writes them (Palladius: Wang -> "Ван", Zhang -> "Чжан"); not
    those of one letter ("У", "Е" open Russian sentences)."""
    from pypinyin import Style
    from pypinyin.style import convert

    names = (convert(s.lower(), Style.CYRILLIC, strict=True) for s in lexicon.chinese_surnames())
    return frozenset(n.capitalize() for n in names if len(n) > 1)


_TWO_NAMES = re.compile(r"(?<![\w\-.’'])(?=([А-ЯЁ][а-яё]+) ([А-ЯЁ][а-яё]{1,8})(?![\w\-’']))")


def chinese_names(source: str, cands: Candidates) -> list[Candidate]:
    """"Ли Вэй", "Ван Ифань": a Chinese family name written the Russian way and a short given name made of Palladius
    syllables are a person where the model found nothing (it misses some, at a paragraph's start most; a name it
    labelled otherwise keeps its label: "сообщество Гу Юаньсян" is a place)."""
    out = []
    for m in _TWO_NAMES.finditer(source):
        if m.group(1) not in _chinese_surnames() or pinyin_name(m.group(2)) is None:
            continue
        end = m.end(2)
        if any(c.start < end and m.start() < c.end for c in cands):
            continue
        name = source[m.start():end]
        if place_label(name) or place_label(m.group(2)) or lexicon.known_label(name):
            continue
        out.append(Candidate(m.start(), end, "PERSON", 1))
    return out


def numbered_places(source: str) -> list[Candidate]:
    """"Алматы-1", "Достык-2": a known place and a number name a station."""
    return [Candidate(m.start(), m.end(), "FAC", 1) for m in NUMBERED_PLACE.finditer(source) if place_label(m.group(1))]


def brand_names(source: str) -> list[Candidate]:
    """A Latin brand after "марки"/"бренда", or glued to a Russian word ("YouTube-канале")."""
    out = [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _BRAND.finditer(source)]
    out += [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _GLUED_LATIN.finditer(source)]
    return out


# -- one span at a time -----------------------------------------------------------------------------------
_WORD_SPANS = re.compile(r"\S+")


def country_before_name(cands: Candidates, ctx: Context) -> Candidates:
    """"в Китайскую Народную Республику Рустами Эмомали посетил …": natasha runs a country and the name after it into
    one place ("… Республику Рустами Эмомали"), or the country and the given name ("… Республику Садыр" and a person
    "Жапаров"). A place whose first words name a country (the most of them that do), whose last words are capitalised
    and name no place, and which is no country's name as a whole, is the country and a person: its last two or three
    words, or its last word and the person named right after it."""
    people = {c.start: c for c in cands if c.label == "PERSON"}
    joined: set[Candidate] = set()
    out = []
    for c in cands:
        words = list(_WORD_SPANS.finditer(ctx.source, c.start, c.end)) if c.label == "GPE" else []
        if len(words) > 2 and _names_country(c.text(ctx.source)):
            words = []  # "Китайскую Народную Республику" is the whole country's name
        after = people.get(c.end + 1) if ctx.source[c.end:c.end + 1] == " " else None
        cut = next((k for k in range(len(words) - 1, 0, -1) if (len(words) - k in (2, 3) or after is not None)
                    and len(words) - k <= 3 and all(w.group()[:1].isupper() for w in words[k:])
                    and _names_country(ctx.source[c.start:words[k - 1].end()])
                    and place_label(ctx.source[words[k].start():c.end]) is None), None)
        if cut is None:
            out.append(c)
            continue
        out.append(Candidate(c.start, words[cut - 1].end(), "GPE", c.prio))
        if after is not None and len(words) - cut == 1:
            joined.add(after)
            out.append(Candidate(words[cut].start(), after.end, "PERSON", after.prio))
        else:
            out.append(Candidate(words[cut].start(), c.end, "PERSON", c.prio))
    return tuple(c for c in out if c not in joined)


def _names_country(text: str) -> bool:
    name = lookup_place(text, normal_name(text, "GPE"))
    return name is not None and is_country(name)


def cut_glued_latin(source: str, c: Candidate) -> Candidate:
    """"YouTube-канале" is the brand YouTube: the Russian word after the hyphen is not part of the name."""
    m = _GLUED_LATIN.match(source, c.start)
    if m and c.end > m.end(1):
        return Candidate(c.start, m.end(1), "ORG", c.prio)
    return c


def drop_non_name(source: str, c: Candidate) -> Candidate | None:
    """None for a word that names nothing: a listed non-name, a fragment (unless a known place: "Иу", "Ош"), a product
    code, a currency's qualifier."""
    text = c.text(source)
    if text in _not_names() or (_fragment(text) and place_label(text) is None) or names_a_currency(source, c) \
            or (c.label == "PERSON" and _gerund(text)) or _local_title(text):
        return None
    if c.label != "EVENT" and product_code(text, place_label) and not lexicon.known_label(text):
        return None  # "EXPO-2017" is an event of that year, not a model code
    return c


_ADMIN_GENITIVE = re.compile(r"(?:области|района|города|региона|провинции)", re.I)


def _local_title(text: str) -> bool:
    """"Аким области Нурлан Жумабаев": an office of an unnamed region ("Аким области") names no place or body."""
    words = text.split()
    return len(words) == 2 and words[0].lower() in _local_titles() and _ADMIN_GENITIVE.fullmatch(words[1]) is not None


@lru_cache(maxsize=1)
def _local_titles() -> frozenset[str]:
    return frozenset(lexicon.keywords()["ru_local_titles"])


def _gerund(text: str) -> bool:
    """A single word the dictionary reads only as a gerund ("Предшествуя своему приезду, Си Цзиньпин …") is nobody."""
    parses = morph().parse(text) if " " not in text and _CYRILLIC.search(text) else ()
    return bool(parses) and all(p.tag.POS == "GRND" for p in parses)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(lexicon.keywords()["ru_not_names"])


def _fragment(text: str) -> bool:
    """A one- or two-letter Cyrillic word that is no abbreviation ("Ки" of a truncated "Китай") names nothing."""
    return len(text) <= 2 and _CYRILLIC.search(text) is not None and not text.isupper()


def relabel_model_span(source: str, c: Candidate) -> Candidate:
    """The model's span with natasha's LOC mapped to GPE/LOC/FAC and PER/ORG fixed by head words."""
    return c.relabelled(_relabel(c.text(source), c.label)) if c.prio == 0 else c


def _relabel(text: str, label: str) -> str:
    """Map natasha's LOC to GPE/LOC/FAC and fix PER/ORG by head words (район → GPE, парк → FAC, университет → ORG)."""
    if label in ("DATE", "NORP"):
        return label
    if not _CYRILLIC.search(text):  # a Latin name in Russian text: the English gazetteer and head words apply
        latin = text.split()
        heads = lexicon.head_labels("en")
        tail = " ".join(latin[-2:])
        return lexicon.known_label(text) or heads.get(tail) or heads.get(latin[-1]) or label
    words = [w.lower() for w in _WORD.findall(lemmatize_ru(text))]
    if label == "PERSON":
        if len(words) == 1 and is_people_noun(text):
            return "NORP"
        return label
    heads = _head_labels()
    for w in reversed(words):
        forced = heads.get(w)
        if forced == "LOC" and label == "ORG":
            continue
        if forced:
            if forced == "GPE" and len(words) == 1:
                return label  # a bare "район" or "город" is not a name
            return forced
    return place_label(text) or label


@lru_cache(maxsize=1)
def _head_labels() -> dict[str, str]:
    """Russian head lemma (lower case) -> label it forces."""
    return {word.lower(): label for word, label in lexicon.head_labels("ru").items()}


# -- each span against the others -------------------------------------------------------------------------
def merge_genitive_owner(cands: Candidates, ctx: Context) -> Candidates:
    """"Союз журналистов Узбекистана", "Министерства культуры и информации РК", "Информационным бюро правительства
    Синьцзян-Уйгурского автономного района": a place right after an organisation, in the genitive or as an
    abbreviation, is part of the organisation's name, also through a chain of genitive offices (правительства)."""
    source = ctx.source
    places = {c.start: c for c in cands if c.label in ("GPE", "LOC")}
    chain = _office_chain()
    out = []
    for c in cands:
        if c.label != "ORG" or c.prio == 1:
            out.append(c)
            continue
        pos = c.end
        while ((m := _GENITIVE_OFFICE_AFTER.match(source[pos : pos + 40]))
               and is_office(m.group(1), chain, genitive=True)):
            pos += m.end()
        owner = places.get(pos + 1)
        nxt = _CAPITALISED_AFTER.match(source[pos : pos + 40])
        if owner and nxt and (_ABBREV.fullmatch(nxt.group(1)) or is_genitive(nxt.group(1))):
            out.append(Candidate(c.start, owner.end, "ORG", c.prio))
        else:
            out.append(c)
    return tuple(out)


def headed_by_office(source: str, cands: Candidates) -> list[Candidate]:
    """"акимата Костанайской области", "правительства Китая": an office noun governing a place in the genitive
    names that place's administration, an organisation."""
    offices = set(lexicon.keywords()["ru_office_heads"])
    out = []
    for c in cands:
        if c.label not in ("GPE", "LOC"):
            continue
        m = _LOWER_WORD_BEFORE.search(source[max(0, c.start - 30) : c.start])
        first = _CAPITALISED.match(c.text(source))
        if (m and first and is_office(m.group(1), offices)
                and (_ABBREV.fullmatch(first.group()) or is_genitive(first.group()))):
            out.append(Candidate(c.start - len(m.group(0)), c.end, "ORG", 1))
    return out


@lru_cache(maxsize=1)
def _office_chain() -> frozenset[str]:
    return frozenset(lexicon.keywords()["ru_org_chain_heads"])


def salvage_title(cands: Candidates, ctx: Context) -> Candidates:
    """A headline ("Стальной шелк Хоргоса") is not an organisation: an unconfirmed ORG or PERSON span on the
    document's first line (with no sentence end) gives way to the known places inside it."""
    source = ctx.source
    first_end = source.find("\n")
    if first_end == -1 or source[:first_end].rstrip().endswith((".", "!", "?")):
        return cands
    elsewhere = {lemmatize_ru(c.text(source)) for c in cands if c.start > first_end}
    # known_places already proposed the places inside a dropped span
    return tuple(c for c in cands
                 if not (c.start < first_end and c.label in ("ORG", "PERSON") and c.prio == 0
                         and lemmatize_ru(c.text(source)) not in elsewhere))


# -- holidays, currencies, common nouns, offices written in lower case --------------------------------------
# "Китайского нового года", "встречают Новый год": the holiday, named with a nationality or capitalised in a sentence
_NEW_YEAR = re.compile(r"(?<![\w\-])(?:([А-ЯЁа-яё]+)\s+)?([Нн]ов(?:ый|ого|ому|ым|ом)\s+год(?:а|у|ом|е)?)(?![\w\-])")
_NEXT_WORD = re.compile(r"\s+([А-Яа-яЁё]+)")
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
# a place noun in the genitive makes "министерство страны" a reference to some ministry, not its name
_NOT_PORTFOLIOS = frozenset({"страна", "республика", "государство", "город", "область", "район", "регион", "край",
                             "провинция", "округ"})


def holidays(source: str) -> list[Candidate]:
    """"Китайского нового года": the New Year with a nationality word, or capitalised inside a sentence, is an event
    ("в новом году" is only next year)."""
    out = []
    for m in _NEW_YEAR.finditer(source):
        if m.group(1) and is_nationality(m.group(1).lower()):
            out.append(Candidate(m.start(), m.end(), "EVENT", 1))
        elif m.group(2)[0] == "Н" and not _sentence_opening(source, m.start(2)):
            out.append(Candidate(m.start(2), m.end(2), "EVENT", 1))
    return out


def _sentence_opening(source: str, pos: int) -> bool:
    return char_before(source, pos, " \t\"«„(") in ("", "\n", ".", "!", "?", "…")


def names_a_currency(source: str, c: Candidate) -> bool:
    """"в американской валюте", "американских долларов": a nationality or a place before a currency names it."""
    nxt = _NEXT_WORD.match(source, c.end)
    if c.label not in ("NORP", "GPE") or nxt is None:
        return False
    lemmas = lexicon.keywords()["ru_currency_lemmas"]
    return any(p.normal_form in lemmas for p in morph().parse(nxt.group(1).lower())[:3])


def drop_common_noun_openings(cands: Candidates, ctx: Context) -> Candidates:
    """"Товарооборот вырос", "Грузооборот достиг": one capitalised word opening a sentence that the dictionary knows
    only as a common noun is no name, unless the document also capitalises it inside a sentence."""
    source = ctx.source
    inside = {c.text(source) for c in cands if not _sentence_opening(source, c.start)}
    return tuple(c for c in cands if not _common_noun_opening(source, c, inside))


def _common_noun_opening(source: str, c: Candidate, inside: set[str]) -> bool:
    text = c.text(source)
    if _common_noun_in_capitals(text, c):
        return True
    if (c.prio != 0 or c.label in ("DATE", "NORP") or not _CAPITALISED.fullmatch(text) or "-" in text
            or text in inside or not _sentence_opening(source, c.start) or place_label(text)):
        return False
    parses = morph().parse(text.lower())[:3]
    return all(p.is_known and p.tag.POS == "NOUN" and not (_PROPER & p.tag.grammemes) for p in parses)


def _common_noun_in_capitals(text: str, c: Candidate) -> bool:
    """"НОВОСТИ В МИРЕ" (a section's name in capitals): a word in capitals that the dictionary knows only as a common
    noun ("мир", the world) is no place, wherever it stands (an abbreviation, "КНР", is a place it knows)."""
    if c.prio != 0 or c.label not in ("GPE", "LOC") or " " in text or len(text) < 4 or not text.isupper() \
            or place_label(text):
        return False
    parses = morph().parse(text.lower())[:3]
    return all(p.is_known and p.tag.POS == "NOUN" and not (_PROPER & p.tag.grammemes) for p in parses)


def portfolio_offices(source: str) -> list[Candidate]:
    """"со ссылкой на министерство культуры и спорта": an institution noun in lower case and the genitive portfolio
    after it name that institution."""
    heads = lexicon.keywords()["ru_portfolio_heads"]
    out = []
    for m in _portfolio_pattern().finditer(source):
        if not is_office(m.group(1), heads):
            continue
        end = _portfolio_end(source, m.end(1), m.group(2))
        if end is not None:
            out.append(Candidate(m.start(1), end, "ORG", 1))
    return out


@lru_cache(maxsize=1)
def _portfolio_pattern() -> re.Pattern:
    """A lowercase institution noun in any case (its stem and an ending) and up to eight lowercase words after it."""
    stems = sorted({head.rstrip("оеаяийь") for head in lexicon.keywords()["ru_portfolio_heads"]})
    return re.compile(rf"(?<![\w\-])((?:{'|'.join(stems)})[а-яё]*)(?=((?:\s+[а-яё\-]+){{1,8}}))")


def _portfolio_end(source: str, offset: int, tail: str) -> int | None:
    """Where the genitive portfolio after an institution noun ends (on a noun), None when there is none."""
    end, pos = None, offset
    for w in re.finditer(r"\s+([а-яё\-]+)", tail):
        word = w.group(1)
        if word == "и":
            continue
        parses = morph().parse(word)[:3]
        if parses[0].tag.POS in ("PREP", "CONJ", "PRCL"):
            break  # "комитет по ...": a preposition ends the genitive chain
        noun = next((p for p in parses if p.tag.POS == "NOUN" and p.tag.case == "gent"), None)
        if noun is not None:
            if noun.normal_form in _NOT_PORTFOLIOS:
                return None
            end = offset + w.end()
        elif not any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses):
            break
        pos = offset + w.end()
    return end if end is not None and pos else None


def join_subordinate_orgs(cands: Candidates, ctx: Context) -> Candidates:
    """"Института мировой экономики и политики при Фонде ...", "Комитета индустрии туризма Министерства индустрии":
    an organisation "при" another, or followed by another in the genitive, is part of it; one name."""
    source = ctx.source
    orgs = {c.start: c for c in sorted(cands, key=lambda c: c.end) if c.label == "ORG"}
    out = []
    for c in cands:
        if c.label == "ORG" or (c.label == "FAC" and source.startswith(" при ", c.end)):  # "Центр ... при Фонде"
            end = c.end
            while nxt := _subordinate_after(source, end, orgs):
                end = nxt.end
            if end != c.end:
                out.append(Candidate(c.start, end, "ORG", 1))
        out.append(c)
    return tuple(out)


def _subordinate_after(source: str, end: int, orgs: dict[int, Candidate]) -> Candidate | None:
    if source.startswith(" при ", end):
        return orgs.get(end + 5)
    nxt = orgs.get(end + 1)
    if nxt is not None and source[end] == " ":
        first = _CAPITALISED.match(source, nxt.start)
        if first and is_genitive(first.group()) and is_office(first.group(), _office_chain(), genitive=True):
            return nxt
    return None


def repeated_orgs(source: str, cands: Candidates) -> list[Candidate]:
    """A long organisation name written again in another case of letters ("института ... при фонде ...") is that
    organisation."""
    names = {c.text(source) for c in cands if c.label == "ORG" and c.text(source).count(" ") >= 2}
    if not names:
        return []
    pattern = re.compile(rf"(?<![\w\-])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})(?![\w\-])",
                         re.I)
    return [Candidate(m.start(), m.end(), "ORG", 1) for m in pattern.finditer(source) if m.group() not in names]


# Case endings a Russian surname takes ("Назарбаева", "Назарбаеву", "Назарбаевым", "Цзиньпином"), longest first.
_SURNAME_ENDINGS = ("ыми", "ими", "ого", "ому", "ой", "ым", "им", "ом", "ем", "ую", "ая", "а", "у", "е", "ы", "ю", "я")
_CAPITALISED_WORD = re.compile(r"(?<![\w\-])[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ][а-яё]+)?(?![\w\-])")
SURNAME_STEM_MIN = 5  # letters of a surname's stem: shorter ones ("Ли", "Ван") name too many things


def _surname_stem(word: str) -> str:
    low = word.lower()
    for end in _SURNAME_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= SURNAME_STEM_MIN:
            return low[: -len(end)]
    return low


def surname_mentions(source: str, cands: Candidates) -> list[Candidate]:
    """"Нурсултан Назарбаев … Назарбаев назвал их конструктивными": the last word of a full PERSON name in the
    document is that person wherever it stands alone, in any case ("Назарбаева", "Назарбаеву"), also where the model
    saw nothing."""
    stems = {_surname_stem(c.text(source).split()[-1]) for c in cands
             if c.label == "PERSON" and " " in c.text(source).strip()}
    stems = {w for w in stems if len(w) >= SURNAME_STEM_MIN}
    if not stems:
        return []
    taken = covered(cands)
    return [Candidate(m.start(), m.end(), "PERSON", 0) for m in _CAPITALISED_WORD.finditer(source)
            if _surname_stem(m.group()) in stems and not taken.overlaps(m.start(), m.end())
            and lexicon.known_label(m.group()) is None and lookup_place(m.group(), m.group()) is None]
