"""One English span at a time: drop what names nothing, cut what is glued to it, label it as the evidence says."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tourpipe.entities import lexicon
from tourpipe.entities.cascade import Candidate
from tourpipe.entities.english.dates import repair_date
from tourpipe.entities.english.people import is_pinyin_given_name, title_words
from tourpipe.entities.english.words import (
    HEADLINE_VERBS,
    NOT_NAMES,
    SURNAME_END,
    company_tail,
    head_label,
    is_demonym,
    place_label,
    sentence_opening,
)
from tourpipe.entities.spans import product_code

_PRODUCT_AFTER = re.compile(
    r"\s+(?:crossovers?|SUVs?|cars?|vehicles?|trucks?|sedans?|models?|smartphones?|phones?|locomotives?|engines?"
    r"|aircraft|jets?|drones?|buses)\b")
_SENTENCE_ADVERB = re.compile(
    r"(?:Later|Earlier|Meanwhile|However|Then|Also|Today|Yesterday|Now|Moreover|Finally|Next|Afterwards|Still)\s+(?=[A-Z])")
_PHOTO_CREDIT = re.compile(r"[^/]*[^/\s](?=\s*/\s*[\w\-]+\.\w)")
_GERUND_LEAD = re.compile(r"([A-Z][a-z]+ing)\s+(?=[A-Z])")  # "Addressing Li", "Congratulating Kazakhstan"
_DAY_TAIL = re.compile(  # "the Moscow Chamber of Commerce on Monday": when, not part of the name
    r"\s+(?:on|last|this|next|in|since)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)$")
_POSSESSIVE_INSIDE = re.compile(r"['’]s\s")
_OFFICE_LEAD = re.compile(r"(?:Board|Boards|Board of Directors|Chairman|Head)\s+of\s+(?:the\s+)?(?=[A-Z])")
_PLACE_NAME_SHAPE = re.compile(r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}")
_NUMBER_TAIL = re.compile(r"\s+[-–—]\s+\d[\d,.]*$")
_WORD = re.compile(r"\S+")  # the words str.split() gives, with their offsets
_NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"}
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:region|province|city|district|county|oblast|prefecture)\b")
_NATIONALITY_ENDING = re.compile(r"(?:an|ese|ish|ic|i|ch)s?$")
# "Kazakhastan", "Turkmenistan": no nationality word ends like a country name, however it is spelt
_COUNTRY_ENDING = re.compile(r"stan$")
# "Jizzakh region", "Zaamin and Zarbdar districts": a lowercase administrative noun after a name says it is a place;
# it stays out of the name, as "city" does in "Urumqi city" (a capitalised one is part of it: "Jiading District")
_ADMIN_NOUN_AFTER = re.compile(r" (?:region|province|district|county|oblast|prefecture)(s?)(?![\w\-’'])")
# lowercase words ending a model's span are a descriptor, not part of the name ("Xinhua news agency")
# (plain lowercase words only: "Musallam al-Dawsari" ends in a name particle glued to the name)
_LOWERCASE_TAIL = re.compile(r"(?:\s+[a-z]+)+$")
_ADDRESSEE_BEFORE = re.compile(r"\b(?:told|interview with|quoted by|cited by)\s+(?:the\s+)?$")
_LANGUAGE_CONTEXT = re.compile(
    r"\b(?:in|speak|speaks|spoken|speaking|languages?|into|fluent)\s+(?:[A-Z]\w+(?:,\s*|\s+(?:and|or)\s+))*$")


def repair_span(source: str, c: Candidate) -> Candidate | None:
    """The span cut to its name and labelled by the evidence around it; None when it names nothing."""
    if c.label == "DATE":
        return repair_date(source, c)
    if not _name_shaped(source, c):
        return None
    c = _cut_attachments(source, c)
    if c.prio == 0:
        c = _cut_descriptor(source, c)
    if _names_a_currency(source, c):
        return None
    if placed := _administrative_place(source, c):
        return placed
    if settled := _label_by_evidence(source, c):
        return settled
    c, words = _cut_trailing(source, c)
    if words and words[0] in _NUMBER_WORDS and words[-1].endswith("s") and c.label == "ORG":
        return None  # "Five Key Initiatives": a numbered policy slogan, not an organisation
    return _label_by_shape(source, c)


def _name_shaped(source: str, c: Candidate) -> bool:
    text = c.text(source)
    if not (any(ch.isupper() for ch in text) or (c.prio == 1 and c.label == "ORG")) or text in NOT_NAMES:
        return False  # a rule's lowercase name is an outlet's web address ("24.kg")
    if text[-1].isdigit() and _PRODUCT_AFTER.match(source, c.end):
        return False  # "Tiggo 2 crossovers": a product model, not an organisation
    if c.label != "EVENT" and product_code(text, _known_place_or_name) and not lexicon.known_label(text):
        return False  # "SL-40", "KZ-200": a model code
    return not (c.label == "PERSON" and _only_a_title(text))


def _only_a_title(text: str) -> bool:
    """"Foreign Minister", "Prime Minister": a title the model took for a person, with no name in it."""
    return all(w in title_words() for w in text.split())


def _names_a_currency(source: str, c: Candidate) -> bool:
    """"US dollar", "Chinese yuan": a place or nationality before a currency noun is part of the currency's name."""
    if _currency_after().match(source, c.end) is None:
        return False
    text = c.text(source)
    return c.label in ("GPE", "LOC", "NORP") or is_demonym(text) or place_label(text) is not None


@lru_cache(maxsize=1)
def _currency_after() -> re.Pattern:
    nouns = "|".join(map(re.escape, lexicon.keywords()["en_currency_nouns"]))
    return re.compile(rf"[ \-](?:{nouns})\b")


def _known_place_or_name(name: str) -> str | None:
    return place_label(name) or lexicon.known_label(name)


def _cut_attachments(source: str, c: Candidate) -> Candidate:
    """Cut a photo credit, a sentence adverb, a possessive's object or an office before the name."""
    if credit := _PHOTO_CREDIT.match(c.text(source)):
        c = c.spanning(c.start, c.start + credit.end())  # "Wang Zhuang/chinadaily.com.cn": a photo credit
    if c.label == "PERSON" and (adv := _SENTENCE_ADVERB.match(c.text(source))) and adv.end() < c.end - c.start:
        c = c.spanning(c.start + adv.end(), c.end)  # "Later Kaliyev said": the adverb opens the sentence
    if c.label == "PERSON" and (lead := _GERUND_LEAD.match(c.text(source))) and sentence_opening(source, c.start) \
            and not is_pinyin_given_name(lead.group(1)):
        c = c.spanning(c.start + lead.end(), c.end)  # "Congratulating Kazakhstan on …, Li said": a participle
    if c.label == "PERSON" and (poss := _POSSESSIVE_INSIDE.search(c.text(source))):
        c = c.spanning(c.start, c.start + poss.start())  # "Karim Masimov's China visit"
    if lead := _OFFICE_LEAD.match(c.text(source)):
        c = c.spanning(c.start + lead.end(), c.end)  # "Chairman of the Board of Samruk-Kazyna"
    if day := _DAY_TAIL.search(c.text(source)):
        c = c.spanning(c.start, c.start + day.start())
    return c


def _cut_descriptor(source: str, c: Candidate) -> Candidate:
    """"Xinhua news agency", "Kazakh Tourism department": the model's span without the common nouns after the name
    (a rule's span keeps them: "Saryozek–Kyzylzhar railway" names the line)."""
    tail = _LOWERCASE_TAIL.search(c.text(source))
    if tail and tail.start() > 0 and any(ch.isupper() for ch in c.text(source)[: tail.start()]):
        return c.spanning(c.start, c.start + tail.start())
    return c


def _administrative_place(source: str, c: Candidate) -> Candidate | None:
    """A name before "region", "district" ... is a place ("Jizzakh" in "Jizzakh region"); None when no such noun
    follows or the name is no place name (a known organisation, a given name)."""
    m = _ADMIN_NOUN_AFTER.match(source, c.end)
    if m is None or c.label in ("DATE", "NORP", "EVENT"):
        return None
    text = c.text(source)
    words = text.split()
    if (not _PLACE_NAME_SHAPE.fullmatch(text) or head_label(words) or lexicon.known_label(text) == "ORG"
            or (c.label == "PERSON" and (len(words) > 1 or text in lexicon.given_names()))):
        return None
    return Candidate(c.start, c.end, "GPE", 1)  # evidence: outvotes the model's other labels of the name (vote_labels)


def _label_by_evidence(source: str, c: Candidate) -> Candidate | None:
    """The span with the label the gazetteer, a company word or "the town of" gives it; None when none does."""
    text = c.text(source)
    if known := lexicon.known_label(text):
        return c.relabelled(known)
    if c.label == "PERSON" and company_tail(text.split()):
        return c.relabelled("ORG")  # "Navbahor Tekstil", "Kordai Wind Energy LLP": a business word ends a company name
    if (c.label not in ("NORP", "EVENT") and _settlement_before(source, c.start) and _PLACE_NAME_SHAPE.fullmatch(text)
            and not head_label(text.split())):
        return c.relabelled("GPE")  # "the town of Kordai"
    return None


def _cut_trailing(source: str, c: Candidate) -> tuple[Candidate, list[str]]:
    """Cut a trailing count ("... Cooperation - 40 projects") and a headline verb after a headed name
    ("Khorgos Park Opens"); with the words the span had before that verb."""
    text = c.text(source)
    if tail := _NUMBER_TAIL.search(text):
        c = c.spanning(c.start, c.end - len(tail.group()))
        text = c.text(source)
    matches = list(_WORD.finditer(text))
    words = [m.group() for m in matches]
    if c.label != "EVENT" and len(words) >= 2 and words[-1] in HEADLINE_VERBS and head_label(words[:-1]):
        # the name ends where the word before the verb ends, whatever space (tab, no-break) separates them
        return c.spanning(c.start, c.start + matches[-2].end()), words[:-1]
    return c, words


def _label_by_shape(source: str, c: Candidate) -> Candidate | None:
    """Nationality words, place nouns and cue words after or before the name, head words, known places."""
    text = c.text(source)
    if re.fullmatch(r"[A-Z][\w\-]*", text) and all(is_demonym(part) for part in text.split("-")):
        return _demonym_use(source, c) if "-" not in text else c.relabelled("NORP")
    if c.label == "NORP" and not text[0].isupper():
        return None
    if c.label == "NORP" and _COUNTRY_ENDING.search(text):
        return c.relabelled("GPE")  # "in Kazakhastan": a misspelt country the model took for a nationality
    if c.label == "PERSON" and _place_first(text.split()):
        return c.relabelled(head_label(text.split()) or "ORG")  # "Xinjiang Railway": a province opens no one's name
    if c.label != "PERSON" and _PLACE_NOUN_AFTER.match(source[c.end : c.end + 14]):
        return c.relabelled("GPE")  # "Zhetysu region": a lowercase place noun after the name
    if c.label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and (cued := _cue_label(source, c)):
        return c.relabelled(cued)
    if c.label == "LANGUAGE":
        return None
    head = head_label(text.split(" of ")[0].split())
    if head and c.label != "NORP":
        return c.relabelled(head)
    if c.label in ("ORG", "PERSON", "NORP", "FAC", "LOC", "GPE") and (known := place_label(text)):
        return c.relabelled(known)
    if c.label == "NORP" and not _NATIONALITY_ENDING.search(text):
        return replace(c, tentative=True)  # a place, if a place name in the document starts with it (settle_places)
    return c


def _place_first(words: list[str]) -> bool:
    """The first of several words is a known region or country, and no word is a given name."""
    return (len(words) >= 2 and place_label(words[0]) == "GPE"
            and not any(w in lexicon.given_names() for w in words))


def _demonym_use(source: str, c: Candidate) -> Candidate | None:
    """A nationality word before a noun is NORP; a bare one in a list after "in"/"speak" is a language."""
    after = source[c.end : c.end + 40]
    nxt = re.match(r"\s*([A-Za-z][\w\-]*)", after)
    if nxt and nxt.group(1).islower() and nxt.group(1) not in ("and", "or", "as", "is", "are", "was", "were"):
        return c.relabelled("NORP")
    if _LANGUAGE_CONTEXT.search(source[max(0, c.start - 80) : c.start]):
        return None
    return c.relabelled("NORP")


def _cue_label(source: str, c: Candidate) -> str | None:
    """A lowercase common noun next to a name says what it is: "Kazinform reports", "carmaker Chery", "Dostyk
    station"."""
    words = c.text(source).split()
    if head_label(words) or (len(words) > 1 and words[0] in lexicon.given_names()):
        return None
    place_after, org_after, org_before = _cue_patterns()
    after = source[c.end : c.end + 40]
    if place_after.match(after):
        return "FAC"
    if org_after.match(after):
        return "ORG"
    if org_before.search(source[max(0, c.start - 30) : c.start]) and not (
            c.label == "PERSON" and SURNAME_END.search(words[-1])):
        return "ORG"  # "a foreign company Jizzax Organic": the noun says what the name is, unless a surname ends it
    if (c.label in ("GPE", "LOC") and not place_label(c.text(source))
            and _ADDRESSEE_BEFORE.search(source[max(0, c.start - 30) : c.start])):
        return "ORG"  # "the central bank told RT": an unknown name one tells or is quoted by is an outlet
    return None


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    kw = lexicon.keywords()

    def alt(key: str) -> str:
        return "|".join(map(re.escape, kw[key]))

    return (re.compile(rf"\s+(?:{alt('en_place_cues_after')})\b"),
            re.compile(rf"\s+(?:{alt('en_org_cues_after')})\b(?!\s+(?:of|to|from|in|on)\b)"),
            re.compile(rf"\b(?:{alt('en_org_cues_before')})\s+$"))


@lru_cache(maxsize=1)
def _settlement_pattern() -> re.Pattern:
    nouns = "|".join(map(re.escape, lexicon.keywords()["en_settlement_nouns"]))
    return re.compile(rf"\b(?:{nouns})\s+of\s+$")


def _settlement_before(source: str, pos: int) -> bool:
    return _settlement_pattern().search(source[max(0, pos - 20) : pos]) is not None
