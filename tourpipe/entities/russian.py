"""Russian mentions: natasha NER spans in a spaCy Doc, plus rule-based dates and nationality adjectives."""
from __future__ import annotations

import re
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.canonical import lemmatize_ru, place_label
from tourpipe.nlp import morph, russian_blank
from tourpipe.entities.spans import NUMBERED_PLACE, Candidate, credit_candidates, product_code, resolve_overlaps, trim, vote_labels

# every case of every month: "января", "к маю", "в течение июня", "мартом", "в октябре"
_MONTHS = (r"(?:(?:январ|феврал|сентябр|октябр|ноябр|декабр)(?:ь|я|ю|ём|ем|е)|(?:апрел|июн|июл)(?:ь|я|ю|ем|е)"
           r"|(?:март|август)(?:а|у|ом|е)?|ма(?:й|я|ю|ем|е))")
_YEAR = r"(?:1[89]|20)\d{2}"
_YEAR_WORD = r"(?:\s*(?:год(?:а|у|ом)?|г\.))"
_WEEKDAY = r"(?:понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье)"
_SEASON = r"(?:весной|летом|осенью|зимой|весна|лето|осень|зима|весны|лета|осени|зимы)"
# "третьем квартале 2025 года", "первом полугодии 2024 г.": a quarter or half of a year is one calendar reference
_PART_OF_YEAR = (r"(?:(?:перв|втор|трет|четв[её]рт)(?:ый|ой|ий|ого|ьего|ом|ьем|ему|ьему|ым|ьим|ая|ья|ую|ью|ое|ье)"
                 r"|[IV]{1,3})\s+(?:квартал|полугоди)[а-я]*")
_DATE_RE = re.compile(
    rf"(?<![\w])(?:{_PART_OF_YEAR}\s+{_YEAR}{_YEAR_WORD}?"
    rf"|\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTHS}(?:\s+{_YEAR}{_YEAR_WORD}?)?"
    rf"|{_MONTHS}\s*(?:[-–—]|\s+по\s+)\s*{_MONTHS}(?:\s+{_YEAR}{_YEAR_WORD}?)?"
    rf"|{_MONTHS}\s+{_YEAR}{_YEAR_WORD}?"
    rf"|{_SEASON}\s+{_YEAR}{_YEAR_WORD}?"
    rf"|{_YEAR}(?:\s*[-–]\s*{_YEAR})?{_YEAR_WORD}"
    rf"|(?<=\bв\s){_MONTHS}|(?<=\bВ\s){_MONTHS}"
    rf"|(?<=\bв\s){_WEEKDAY}|(?<=\bВ\s){_WEEKDAY}|(?<=\bво\s)вторник|(?<=\bВо\s)вторник"
    rf"|\d{{2}}\.\d{{2}}\.{_YEAR})(?![\w])",
    re.I,
)
# a bare month in any case is a calendar reference ("к маю", "до декабря"); lowercase, as months are written, or
# capitalised at the start of a sentence ("Июнь выдался жарким"); "Первомай" and the name "Мая" are not months
_BARE_MONTH = re.compile(rf"(?<![\w\-]){_MONTHS}(?![\w\-])", re.I)
_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё\-]*")
_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# «...» names, and lists of them joined by commas and "и"/"или" ("«Хабар 24» и «Казинформ»")
_QUOTED = re.compile(r"«([^«»\n]{1,80})»")
_QUOTE_LIST_GAP = re.compile(r"\s*(?:,|и|или|,\s*а\s+также)\s*$")
# "посольством КНР в Казахстане": an embassy named by its country and host country is one organisation
_EMBASSY = re.compile(r"\b((?:[Гг]енеральн\w+\s+)?(?:[Пп]осольств|[Кк]онсульств|[Гг]енконсульств)\w*\s+(?:[А-ЯЁ]{2,4}|[А-ЯЁ][а-яё\-]+)(?:\s+в\s+[А-ЯЁ][а-яё\-]+)?)")
# "на казахском, уйгурском и русском языках": language names, not nationalities
_LANGUAGE_LIST_TAIL = re.compile(r"(?:\s*(?:,|и|или)?\s*[а-яё]+(?:ом|ем|ий|ой))*\s*,?\s*(?:и\s+)?язык", re.I)
_ABBREV = re.compile(r"[А-ЯЁ]{2,4}")


def russian_candidates(source: str, line_spans: list[tuple[int, list]]) -> list[Candidate]:
    """natasha spans (per line) wrapped into a spaCy Doc, plus rule spans; trimmed, labelled and flat."""
    doc = russian_blank().make_doc(source)
    spans = []
    for offset, markup_spans in line_spans:
        for s in markup_spans:
            span = doc.char_span(offset + s.start, offset + s.stop, label=_LABELS.get(s.type, s.type), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    doc.ents = _flat(spans)
    # "ассоциация ... «Сут Онимдери": a model span that opens a quote without closing it is not a name
    model = [Candidate(e.start_char, e.end_char, e.label_) for e in doc.ents if e.text.count("«") == e.text.count("»")]
    cands = list(model)
    cands += [Candidate(m.start(), m.end(), "DATE", 1) for m in _DATE_RE.finditer(source)]
    cands += _bare_months(source)
    cands += _nationality_words(source)
    cands += _quoted_names(source, model)
    cands += [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _EMBASSY.finditer(source)]
    cands += credit_candidates(source)
    cands += _known_places(source)
    cands += [Candidate(m.start(), m.end(), "FAC", 1) for m in NUMBERED_PLACE.finditer(source) if place_label(m.group(1), "ru")]
    cands += _brand_names(source)
    cands += _latin_names(source)
    cands = [c for c in (_cut_glued_latin(source, c) for c in cands) if c is not None]
    cands = [c for c in (trim(source, c, "ru") for c in cands) if c is not None]
    not_names = frozenset(lexicon.keywords()["ru_not_names"])
    cands = [c for c in cands if c.text(source) not in not_names and not _fragment(c.text(source))
             and not (product_code(c.text(source), lambda base: place_label(base, "ru")) and not lexicon.known_label(c.text(source)))]
    for c in cands:
        if c.prio == 0:
            c.label = _relabel(c.text(source), c.label)
    cands = _merge_genitive_owner(source, cands)
    cands += _headed_by_office(source, cands)
    cands = _salvage_title(source, cands)
    vote_labels(source, cands, frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"}))
    return resolve_overlaps([c for c in cands if c.label in lexicon.ALLOWED_LABELS])


def _bare_months(source: str) -> list[Candidate]:
    """"к маю", "до декабря", "в течение июня": a month name alone, lowercase or opening a sentence."""
    out = []
    for m in _BARE_MONTH.finditer(source):
        if m.group()[0].isupper() and source[: m.start()].rstrip(" \t\"«„(")[-1:] not in ("", "\n", ".", "!", "?", "…"):
            continue  # "Мая" inside a sentence is a name
        out.append(Candidate(m.start(), m.end(), "DATE", 0))
    return out


def _cue_label(word: str) -> str | None:
    """The label a lowercase noun right before a «name» gives it: форум «...» is an event, терминал «...» a place."""
    kw = lexicon.keywords()
    lemma = morph().parse(word.lower())[0].normal_form
    for key, label in (("ru_event_cues", "EVENT"), ("ru_org_cues", "ORG"), ("ru_place_cues", "FAC")):
        if lemma in kw[key] or word.lower() in kw[key]:
            return label
    return None


def _quoted_names(source: str, model: list[Candidate]) -> list[Candidate]:
    """«Name»: the whole quoted name, labelled by the noun before it or by the model's label for part of it.

    Coordinated quotes share a label ("телеканалы «Хабар 24» и «Казинформ»")."""
    groups: list[list[re.Match]] = []
    for m in _QUOTED.finditer(source):
        inner = m.group(1).strip()
        if not inner or not (inner[0].isupper() or inner[0].isdigit()) or len(inner.split()) > 8:
            continue
        if groups and _QUOTE_LIST_GAP.match(source[groups[-1][-1].end() : m.start()]) and "\n" not in source[groups[-1][-1].end() : m.start()]:
            groups[-1].append(m)
        else:
            groups.append([m])
    out = []
    for group in groups:
        first = group[0]
        # the cue may stand a genitive phrase away: "ассоциация экспортёров зерна «Дала Астык»"
        before = re.search(r"((?:[А-Яа-яЁёA-Za-z\-]+\s+){1,4})$", source[max(0, first.start() - 60) : first.start()])
        words = before.group(1).split()[::-1] if before else []
        label = None
        for k, word in enumerate(words):
            label = _cue_label(word)
            if label or (k + 1 < len(words) and not words[k].islower()):
                break
        if label is None:
            inside = [c.label for m in group for c in model if m.start(1) <= c.start and c.end <= m.end(1) and c.label in ("ORG", "PERSON", "GPE")]
            label = "ORG" if "ORG" in inside else None
        if label is None:
            continue
        for m in group:
            out.append(Candidate(m.start(1), m.end(1), label, 1))
    return out


def _known_places(source: str) -> list[Candidate]:
    """Capitalised words (or a word and the next) whose nominative is a known place: natasha misses or
    mislabels some ("Алтынколя" as a person in a headline), so these outrank its label."""
    out = []
    words = list(_WORD.finditer(source))
    for k, m in enumerate(words):
        if not m.group()[0].isupper():
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt and source[m.end() : nxt.start()] == " " and (label := place_label(source[m.start() : nxt.end()], "ru")):
            out.append(Candidate(m.start(), nxt.end(), label, 1))
        elif len(m.group()) > 2 and (label := place_label(m.group(), "ru")):
            out.append(Candidate(m.start(), m.end(), label, 1))
    return out


def _merge_genitive_owner(source: str, cands: list[Candidate]) -> list[Candidate]:
    """"Союз журналистов Узбекистана", "Министерства культуры и информации РК", "Информационным бюро правительства
    Синьцзян-Уйгурского автономного района": a place right after an organisation, in the genitive or as an
    abbreviation, is part of the organisation's name, also through a chain of genitive offices (правительства)."""
    places = {c.start: c for c in cands if c.label in ("GPE", "LOC")}
    chain = _office_chain()
    out = []
    for c in cands:
        if c.label != "ORG" or c.prio == 1:
            out.append(c)
            continue
        pos = c.end
        while (m := re.match(r" ([а-яё\-]+)", source[pos : pos + 40])) and _is_office(m.group(1), chain, genitive=True):
            pos += m.end()
        owner = places.get(pos + 1)
        nxt = re.match(r" ([А-ЯЁ][А-Яа-яЁё\-]*)", source[pos : pos + 40])
        if owner and nxt and (_ABBREV.fullmatch(nxt.group(1)) or _genitive(nxt.group(1))):
            out.append(Candidate(c.start, owner.end, "ORG", c.prio))
        else:
            out.append(c)
    return out


def _headed_by_office(source: str, cands: list[Candidate]) -> list[Candidate]:
    """"акимата Костанайской области", "правительства Китая": an office noun governing a place in the genitive
    names that place's administration, an organisation."""
    offices = set(lexicon.keywords()["ru_office_heads"])
    out = []
    for c in cands:
        if c.label not in ("GPE", "LOC"):
            continue
        m = re.search(r"(?<![\w\-])([а-яё]+) $", source[max(0, c.start - 30) : c.start])
        first = re.match(r"[А-ЯЁ][А-Яа-яЁё\-]*", c.text(source))
        if m and first and _is_office(m.group(1), offices) and (_ABBREV.fullmatch(first.group()) or _genitive(first.group())):
            out.append(Candidate(c.start - len(m.group(0)), c.end, "ORG", 1))
    return out


@lru_cache(maxsize=1)
def _office_chain() -> frozenset[str]:
    return frozenset(lexicon.keywords()["ru_org_chain_heads"])


def _is_office(word: str, lemmas, genitive: bool = False) -> bool:
    return any(p.normal_form in lemmas and p.tag.POS == "NOUN" and (not genitive or p.tag.case == "gent") for p in morph().parse(word)[:3])


def _genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in morph().parse(word)[:3])


# a brand after "марки"/"бренда": "грузовиков китайской марки Qinling"
_BRAND = re.compile(r"(?<![\w\-])(?:[Мм]арк[аиуеой]|[Бб]ренд(?:а|у|ом|е)?)\s+([A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})(?![\w\-])")
# a Latin brand glued to a Russian word: "YouTube-канале", "Telegram-канал"
_GLUED_LATIN = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)-(?=[а-яё])")


def _brand_names(source: str) -> list[Candidate]:
    out = [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _BRAND.finditer(source)]
    out += [Candidate(m.start(1), m.end(1), "ORG", 1) for m in _GLUED_LATIN.finditer(source)]
    return out


def _latin_names(source: str) -> list[Candidate]:
    """Latin company names in Russian text ("Xinjang Huaken Dairy Group Co"), which natasha often misses, by the
    English head-word rule."""
    from tourpipe.entities.english import latin_head_names

    return latin_head_names(source)


def _cut_glued_latin(source: str, c: Candidate) -> Candidate | None:
    """"YouTube-канале" is the brand YouTube: the Russian word after the hyphen is not part of the name."""
    m = _GLUED_LATIN.match(source, c.start)
    if m and c.end > m.end(1):
        return Candidate(c.start, m.end(1), "ORG", c.prio)
    return c


def _fragment(text: str) -> bool:
    """A one- or two-letter Cyrillic word that is no abbreviation ("Ки" of a truncated "Китай") names nothing."""
    return len(text) <= 2 and _CYRILLIC.search(text) is not None and not text.isupper()


def _salvage_title(source: str, cands: list[Candidate]) -> list[Candidate]:
    """A headline ("Стальной шелк Хоргоса") is not an organisation: an unconfirmed ORG or PERSON span on the
    document's first line (with no sentence end) gives way to the known places inside it."""
    first_end = source.find("\n")
    if first_end == -1 or source[:first_end].rstrip().endswith((".", "!", "?")):
        return cands
    elsewhere = {lemmatize_ru(c.text(source)) for c in cands if c.start > first_end}
    out = []
    for c in cands:
        if c.start < first_end and c.label in ("ORG", "PERSON") and c.prio == 0 and lemmatize_ru(c.text(source)) not in elsewhere:
            continue  # _known_places already proposed the places inside it
        out.append(c)
    return out


def _flat(spans):
    keep = []
    for s in sorted(spans, key=lambda s: (-(s.end_char - s.start_char), s.start_char)):
        if all(s.end <= k.start or s.start >= k.end for k in keep):
            keep.append(s)
    return sorted(keep, key=lambda s: s.start)


def _nationality_words(source: str) -> list[Candidate]:
    """китайские, казахстанских, казахстанцы: nationality adjectives and people nouns are NORP."""
    return [
        Candidate(m.start(), m.end(), "NORP")
        for m in _WORD.finditer(source)
        if _is_nationality(m.group().lower()) and not _LANGUAGE_LIST_TAIL.match(source, m.end())
    ]


@lru_cache(maxsize=65536)
def _is_nationality(word: str) -> bool:
    table = lexicon.demonyms()["ru"]
    return any(p.normal_form in table and p.tag.POS in ("ADJF", "NOUN") for p in morph().parse(word)[:3])


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
        if len(words) == 1 and _is_people_noun(text):
            return "NORP"
        return label
    heads = lexicon.head_labels("ru")
    for w in reversed(words):
        forced = heads.get(w)
        if forced == "LOC" and label == "ORG":
            continue
        if forced:
            if forced == "GPE" and len(words) == 1:
                return label  # a bare "район" or "город" is not a name
            return forced
    known = place_label(text, "ru")
    if known:
        return known
    return label


def _is_people_noun(text: str) -> bool:
    table = lexicon.demonyms()["ru"]
    return any(p.normal_form in table and p.tag.POS == "NOUN" for p in morph().parse(text.lower())[:3])
