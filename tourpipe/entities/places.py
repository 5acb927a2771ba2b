"""Known names in any language: aliases, country names (ISO 3166, English and Russian) and the places we know."""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

from tourpipe.entities import lexicon


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Case-folded English or Russian country name -> preferred English short name (ISO 3166, aliases applied)."""
    import pycountry

    try:
        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except OSError:  # catalogue missing: English names still work
        ru = gettext.NullTranslations()
    alias = lexicon.aliases()
    out: dict[str, str] = {}
    for c in pycountry.countries:
        preferred = getattr(c, "common_name", None) or c.name
        preferred = alias.get(preferred.casefold(), preferred)
        for name in filter(None, (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None))):
            out.setdefault(name.casefold(), preferred)
            out.setdefault(ru.gettext(name).casefold(), preferred)
    return out


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Canonical place name -> GPE or LOC."""
    out = dict(lexicon.place_labels())
    out.update({name: label for name, label in lexicon.gazetteer().items() if label != "ORG"})
    out.update({name: "GPE" for name in set(_countries().values())})
    return out


def is_country(name: str) -> bool:
    """``name`` names a country: any ISO 3166 form in English or Russian, the preferred name entities canonicalise
    to ("Russia", "Turkey"), or an alias of one ("US", "UK")."""
    preferred = _country_names()
    return name.casefold() in _countries() or name in preferred or lookup(name) in preferred


_REGION_WORD = re.compile(r"\b(?:region|oblast|krai|province|okrug|prefecture|republic|territory|oblys)$", re.I)


def is_region(name: str) -> bool:
    """``name`` names a country or a first-level region, not a town: a designator ends it ("Amur Oblast", "Jiangsu
    Province", "North Kazakhstan Region"), or it is a region known without one ("Xinjiang", "Tatarstan")."""
    return is_country(name) or _REGION_WORD.search(name) is not None or name in lexicon.regions()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(_countries().values())


def lookup(name: str) -> str | None:
    """The canonical name an alias or a country name stands for, else None ("People’s Republic of China" too)."""
    key = lexicon.fold(name).casefold()
    return lexicon.aliases().get(key) or _countries().get(key)


# A Russian place name the dictionary does not know is often lemmatised wrongly ("Шэньси" -> "Шэньсь"): its written
# form is looked up too, without a case ending ("Синьцзяне", "Хоргосу", "Сычуани", "Хэбэе") and without the
# administrative words around it ("провинции Шэньси", "Нинся-Хуэйского автономного района").
_CASE_ENDINGS = ("ом", "ем", "ой", "ей", "е", "у", "а", "ю", "и", "ы", "я")
_NOMINATIVE_ENDINGS = ("", "а", "й", "ь", "я")
_DESIGNATORS = ("провинц", "област", "автономн", "район", "округ", "уезд", "город", "регион")
_DISTRICT_WORDS = {"район": "District", "округ": "District", "уезд": "County"}
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.I)


def lookup_place(text: str, normal: str) -> str | None:
    """The canonical name a place mention (``text`` as written, ``normal`` its normal form) stands for, else None."""
    hit = lookup(normal) or lookup(text)
    if hit or not _CYRILLIC.search(text):
        return hit
    if hit := _world_city(normal):  # the lemma only: "в Туле" is Tula, not the zone city Thule
        return hit
    words = [w for w in text.split() if not w.casefold().startswith(_DESIGNATORS)]
    if len(words) != 1:
        return lookup(" ".join(words)) if words and words != text.split() else None
    word = words[0]
    for stem in dict.fromkeys([word, word.split("-")[0]]):
        for key in _inflections(stem):
            if hit := lookup(key):
                return hit
    if words != text.split():
        return None  # "Туркестанской области" is the region, not the city its adjective names
    return next((hit for key in _adjective_bases(word) if (hit := lookup(key))), None)


def is_known_gpe(text: str, normal: str | None = None) -> bool:
    """Is a place mention (``text`` as written, ``normal`` its normal form) a GPE the gazetteer knows?"""
    normal = normal or text
    return known_place(lookup_place(text, normal) or normal) == "GPE"


_ISLANDS = re.compile(r"(?<!\w)о-ва?(?!\w)")  # "о-в Пасхи", "Канарские о-ва"


@lru_cache(maxsize=1)
def _world_cities() -> dict[str, str]:
    """Case-folded Russian name of a city -> its English name, from the cities CLDR names time zones after (about
    400 around the world: "Будапешт" -> Budapest, "Вена" -> Vienna, "Киев" -> Kyiv), which letters alone would
    spell "Budapesht" and "Vena". Names with "о-в"/"о-ва" (islands) or a comma (North American county towns) are
    left out; looked up by a name's normal form only."""
    import unicodedata

    from babel import Locale

    ru, en = Locale("ru").time_zones, Locale("en").time_zones
    out: dict[str, str] = {}
    for zone, names in ru.items():
        city = names.get("city")
        if not city or zone.startswith(("Antarctica/", "Etc/")) or "," in city or _ISLANDS.search(city):
            continue
        english = en.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if "," in english:
            continue
        out.setdefault(city.casefold(), unicodedata.normalize("NFKD", english).encode("ascii", "ignore").decode())
    return out


def _world_city(key: str) -> str | None:
    return _world_cities().get(key.casefold())


# A place's adjective the tagger took for the place ("Урумчинский порт", "Хамийскую станцию", "Алматинской
# области"): its base, without "-ский" and a linking "-ин-"/"-й-", with the endings a name may have.
_PLACE_ADJECTIVE = re.compile(r"^(.{3,}?)[сц]к(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими)$", re.I)


def adjective_places(word: str) -> list[str]:
    """The English names a Russian place adjective may stand for ("Омском" -> Omsk, "Хамийский" -> Hami): a known
    place's name for each base it may have, else the base in Latin letters; [] for a word that is no such adjective.
    A town whose name ends in "-ск" keeps it ("Омский" -> Омск, "Благовещенский" -> Благовещенск)."""
    out = []
    town = _TOWN_ADJECTIVE.match(word)
    for key in ([town.group(1)] if town else []) + _adjective_bases(word):
        name = lookup(key) or (romanized_place(key) if key[:1].isupper() else None)
        if name and name not in out:
            out.append(name)
    return out


_TOWN_ADJECTIVE = re.compile(r"^(.{2,}?[сц]к)(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими)$", re.I)


def _adjective_bases(word: str) -> list[str]:
    m = _PLACE_ADJECTIVE.match(word)
    if not m:
        return []
    stem = m.group(1)
    stems = [stem]
    if stem.endswith("ин"):
        stems += [stem[:-1], stem[:-2]]  # "Урумчин-" -> "Урумчи", "Караганд-ин-" -> "Караганд"
    elif stem.endswith(("й", "н")):
        stems.append(stem[:-1])  # "Хамий-" -> "Хами"
    return [s + end for s in stems for end in ("", "ы", "и", "а", "я", "ь")]


# Russian -> Latin as English-language news writes place names: BGN/PCGN romanization without its apostrophes
# (ь, ъ dropped), with "-y" for the adjective endings "-ий", "-ый" and "-ia" for "-ия" ("Ульяновск" -> "Ulyanovsk",
# "Тюмень" -> "Tyumen", "Нижний Новгород" -> "Nizhny Novgorod", "Ингушетия" -> "Ingushetia"); Kazakh letters as their
# nearest Russian ones.
_LATIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
          "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
          "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
          "і": "i"}
_YE_AFTER = frozenset("аеёиоуыэюяйъь")  # е is "ye" at a word's start and after these
# What the Russian spelling of Chinese (Palladius) writes and Russian words hardly do: "цз", "чж", "э" after a
# consonant, the finals "-оу", "-ао", "-уй", "-эй", "-юй", "-ынь", "-энь", "-юнь", "-унь", "-янь" ("Гуанчжоу", "Баотоу",
# "Суйфэньхэ", "Сямынь", "Ляньюньган", "Куньмин", "Хуадянь").
CHINESE_SYLLABLES = re.compile(r"цз|чж|[бвгджзклмнпрстфхцчшщ]э|оу|ао|уй|эй|юй|ынь|энь|юнь|унь|янь", re.I)


def _romanized_word(word: str) -> str:
    low = word.casefold()
    if low.endswith(("ий", "ый")):
        low = low[:-2] + "\x00"  # the ending, as one "y"
    elif low.endswith("ые"):
        low = low[:-2] + "\x00e"  # "Набережные" -> "Naberezhnye"
    elif low.endswith("ия") and len(low) > 3:
        low = low[:-1] + "a"  # "Ингушетия" -> "Ingushetia", "Кабардино-Балкария": English news writes "-ia"
    out = []
    for k, ch in enumerate(low):
        if ch == "\x00":
            out.append("y")
        elif ch == "е" and (k == 0 or low[k - 1] in _YE_AFTER):
            out.append("ye")
        else:
            out.append(_LATIN.get(ch, ch))
    latin = "".join(out)
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


def romanized_place(name: str) -> str | None:
    """A Russian place name without a known English name in Latin letters, as English news spells it (a known name
    when the spelling is one: "Новосибирск" -> "Novosibirsk"). None unless ``name`` is written in Russian letters
    alone, with no administrative word ("Ульяновская область" has an English name of its own). A name written in
    syllables of Chinese the Russian way is read back as pinyin ("Хэйхэ" is Heihe in English news, which letters
    alone do not give), letter by letter when it is no Chinese after all ("Эрдэнэт")."""
    words = name.split()
    if len(words) == 2 and words[1].casefold() in _DISTRICT_WORDS and _PLACE_ADJECTIVE.match(words[0]) \
            and _CYRILLIC.search(words[0]) and (adjective := _romanized_word(words[0].capitalize())).isascii():
        # "Данковский район" -> Dankovsky District: a district named by its adjective, its designator in English
        return f"{adjective} {_DISTRICT_WORDS[words[1].casefold()]}"
    if not words or any(w.casefold().startswith(_DESIGNATORS) or (w.isupper() and len(w) > 1) for w in words):
        return None  # a designator, or an abbreviation ("ООО")
    if len(words) == 1 and "-" not in words[0] and _PLACE_ADJECTIVE.match(words[0]):
        return None  # "Хамийская": an adjective the tagger took for a name ("Каменск-Уральский" is a city)
    if not all(_CYRILLIC.search(w) and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w) for w in words):
        return None
    if all(CHINESE_SYLLABLES.search(part) for w in words for part in w.split("-")):
        # (every part of a hyphened name: "Улан-Удэ" is Ulan-Ude, its "дэ" no Chinese syllable)
        pinyin = _from_palladius(words)  # "Цзядин" -> Jiading, "Сюйхан" -> Xuhang
        if pinyin:
            return lookup(pinyin) or _known_spelling(pinyin) or pinyin
        # ... else no Chinese name after all: the Mongolian "Эрдэнэт" is Erdenet, letter by letter
    latin = " ".join("-".join(_romanized_word(part) for part in w.split("-")) for w in words)
    if not latin.isascii():
        return None  # letters of another alphabet ("ї", "ҷ"): half a transliteration names nothing
    return lookup(latin) or latin


@lru_cache(maxsize=1)
def _palladius() -> dict[str, str]:
    """Each syllable of Mandarin as Russian writes it (the Palladius system: "цзя", "чжоу", "сюй") -> its pinyin,
    from pypinyin's syllables and its Cyrillic style ("ло" is luo, not the interjection lo; "хуо" as well as "хо"
    is huo)."""
    from pypinyin import Style
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.style import convert

    syllables = {convert(s, Style.NORMAL, strict=True) for v in PINYIN_DICT.values() for s in v.split(",")}
    out: dict[str, str] = {}
    for syllable in sorted(syllables, key=lambda x: (-len(x), x)):
        cyrillic = convert(syllable, Style.CYRILLIC, strict=True)
        out.setdefault(cyrillic, syllable.replace("v", "u"))
        if syllable.endswith("uo") and cyrillic.endswith("о") and len(cyrillic) > 1:
            out.setdefault(cyrillic[:-1] + "уо", syllable)  # "Хуочэн": news writes "хуо" as often as "хо"
    return out


PALLADIUS_SYLLABLE = 6  # letters of the longest syllable ("цзюань")


def pinyin_name(name: str) -> str | None:
    """The pinyin of a Chinese name written the Russian way ("Ифань" -> Yifan), else None."""
    return _from_palladius(name.split())


def _from_palladius(words: list[str]) -> str | None:
    """A Chinese name written the Russian way, in pinyin ("Хэйхэ" -> Heihe, "Сиань" -> Xi'an); None when a word
    does not divide into Palladius syllables."""
    out = []
    for word in words:
        parts = []
        for part in word.split("-"):
            # "Лунъянь": the hard sign parts two syllables ("лун" + "янь", Longyan)
            pieces = [_syllables(piece) for piece in part.casefold().replace("ё", "е").split("ъ")]
            if not all(pieces):
                return None
            syllables = [s for piece in pieces for s in piece]
            # "Xi'an": an apostrophe where a syllable opening with a vowel would run into the one before
            latin = "".join(("'" if k and s[0] in "aoe" else "") + s for k, s in enumerate(syllables))
            parts.append(latin[:1].upper() + latin[1:])
        out.append("-".join(parts))
    return " ".join(out)


def _syllables(low: str) -> list[str] | None:
    """The fewest Palladius syllables ``low`` divides into, in pinyin; None when it does not."""
    table = _palladius()
    best: list[list[str] | None] = [[]] + [None] * len(low)  # fewest syllables up to each letter
    for i in range(len(low)):
        for j in range(i + 1, min(len(low), i + PALLADIUS_SYLLABLE) + 1):
            syllable = table.get(low[i:j]) if best[i] is not None else None
            if syllable and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                best[j] = [*best[i], syllable]
    return best[-1] or None


_FINAL_N = re.compile(r"ng?(?![aeiouv'])", re.I)  # a syllable's final -n or -ng (not the n opening the next one)


def _known_spelling(pinyin: str) -> str | None:
    """The known place a Chinese name means when Russian spelled one final the other way: writers mix Palladius -нь
    and -н (pinyin -n and -ng: "Ханьчжоу" for Ханчжоу, Hangzhou). None unless switching one final gives a known name."""
    for m in _FINAL_N.finditer(pinyin):
        other = "n" if m.group().lower() == "ng" else "ng"
        variant = pinyin[:m.start()] + other + pinyin[m.end():]
        if _places().get(variant) in ("GPE", "LOC"):  # a place, not a person's name ("Xi Jinping")
            return variant
    return None


def _inflections(word: str) -> list[str]:
    """``word`` and the nominatives it may be a case form of."""
    out = [word]
    for ending in _CASE_ENDINGS:
        if word.casefold().endswith(ending) and len(word) - len(ending) >= 3:
            out += [word[: len(word) - len(ending)] + n for n in _NOMINATIVE_ENDINGS]
    return out


@lru_cache(maxsize=1)
def _canonical_places() -> frozenset[str]:
    places = {n for n, label in _places().items() if label in ("GPE", "LOC")}
    return frozenset(places | set(lexicon.aliases().values()))


def is_canonical_name(name: str) -> bool:
    """``name`` is a canonical name as a whole ("Almaty Region": a region, not the city of Almaty)."""
    return name in _canonical_places()


def known_place(key: str) -> str | None:
    """GPE, LOC or FAC when ``key`` (a name in its language's normal form) is a known place, else None."""
    return _places().get(lookup(key) or key)
