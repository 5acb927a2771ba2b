"""English mentions: en_core_web_sm spans plus rules for names, dates and the model's usual news-text errors."""
from __future__ import annotations

import re

from tourpipe.entities import lexicon
from tourpipe.entities.canonical import place_label
from tourpipe.entities.spans import Candidate, edit_distance, resolve_overlaps, trim, vote_labels

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR = r"(?:1[89]|20)\d{2}"
_DATE_RE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?|{_MONTH},?\s+{_YEAR}"
    rf"|{_WEEKDAY}|{_YEAR}-\d{{2}}-\d{{2}})\b"
)
_SEASON_RE = re.compile(rf"\b(?:in|of|this|last|next|during|since|until|by)\s+(?:the\s+)?((?:spring|summer|autumn|winter)(?:\s+(?:of\s+)?{_YEAR})?)\b", re.I)
_CALENDAR = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY}|spring|summer|autumn|winter)\b|\b{_YEAR}s?\b|\d{{4}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}", re.I)
_QUOTED_EVENT = re.compile(r"[\"“]([A-Z][^\"“”\n]{3,80}?)[\"”]\s+(?:series|event|events|campaign|tour|festival|forum|contest|competition|exhibition)\b")
_EMBASSY = re.compile(r"\b((?:[A-Z][\w\-]*\s+)+(?:Embassy|Consulate(?:\s+General)?|Mission))\s+(?:in|to)\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)")
_TOKEN = re.compile(r"No\.\s?\d+|[A-Za-z0-9][\w’'\-\.&]*[\w]|[A-Za-z0-9&]")
_CONNECTORS = {"of", "and", "for", "&", "on"}
_HEADLINE_VERBS = {"Held", "Holds", "Opens", "Opened", "Closes", "Closed", "Kicks", "Starts", "Started", "Begins", "Ends",
                   "Ended", "Concludes", "Concluded", "Launched", "Launches", "Signed", "Visits", "Visited", "Hosts", "Hosted", "Wraps"}
_NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"}
_OUT_LABELS = lexicon.ALLOWED_LABELS
_NOT_NAMES = frozenset(lexicon.keywords()["en_not_names"])
_STOP = {"a", "an", "the", "in", "at", "on", "during", "after", "before", "while", "when", "as", "for", "from", "with", "by", "to",
         "this", "that", "these", "those", "its", "their", "his", "her", "our", "we", "they", "he", "she", "it", "and", "but", "of",
         "if", "since", "under", "via", "into", "about", "both", "each", "every", "some", "many", "most", "all", "visiting", "welcome"}


def english_candidates(source: str, line_docs) -> list[Candidate]:
    """Model spans (from per-line Docs) and rule spans, trimmed, repaired and made flat."""
    cands: list[Candidate] = []
    for offset, doc in line_docs:
        for ent in doc.ents:
            if ent.label_ in _OUT_LABELS or ent.label_ == "LANGUAGE":
                cands.append(Candidate(offset + ent.start_char, offset + ent.end_char, ent.label_))
    cands += _rule_candidates(source)
    cands = [c for c in (trim(source, c, "en") for c in cands) if c is not None]
    cands = [c for c in (_repair(source, c) for c in cands) if c is not None]
    _person_from_context(source, cands)
    vote_labels(source, cands, frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"}))
    _places_from_heads(source, cands)
    cands = _drop_headline_noise(source, cands)
    return resolve_overlaps([c for c in cands if c.label in _OUT_LABELS])


def _rule_candidates(source: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), "DATE", 1) for m in _DATE_RE.finditer(source)]
    out += [Candidate(m.start(1), m.end(1), "DATE", 1) for m in _SEASON_RE.finditer(source) if m.group(1)[0].islower()]
    out += [Candidate(m.start(1), m.end(1), "EVENT", 1) for m in _QUOTED_EVENT.finditer(source)]
    out += [Candidate(m.start(1), m.end(2), "ORG", 1) for m in _EMBASSY.finditer(source)]
    out += _appositive_people(source)
    for line_start, line in _lines(source):
        out += _keyword_names(line, line_start)
    return out


def _appositive_people(source: str) -> list[Candidate]:
    """"Agnes, a journalist from ..." -> Agnes is a PERSON even when the model sees nothing."""
    roles = "|".join(map(re.escape, lexicon.keywords()["en_person_roles"]))
    pattern = re.compile(rf"\b([A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+){{0,2}}),\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}(?:{roles})\b")
    out = []
    for m in pattern.finditer(source):
        name = m.group(1)
        first = name.split()[0]
        if first.lower() in _STOP or _is_demonym(first) or place_label(name) or _head_label(name.split()):
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", 1))
    return out


def _lines(source: str):
    pos = 0
    for line in source.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _head_label(words: list[str]) -> str | None:
    heads = lexicon.head_labels("en")
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in heads:
        return heads[f"{words[-2]} {words[-1]}"]
    return heads.get(words[-1]) if words else None


def _keyword_names(line: str, offset: int) -> list[Candidate]:
    """Runs of capitalised words ending in a head word (Park, Zone, District, Co...) -> a name with that head's label."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    out, i = [], 0
    while i < len(toks):
        if not _capitalised(toks[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and not _possessive_place(toks[j][2]):
            nxt = toks[j + 1][2]
            gap = line[toks[j][1] : toks[j + 1][0]]
            if gap.strip() not in ("", "-"):
                break
            if _capitalised(nxt) or (nxt.startswith("No.") and nxt[3:].strip().isdigit()):
                j += 1
            elif _possessive_place(toks[j][2]):
                break
            elif nxt in _CONNECTORS and not (nxt in ("and", "&") and _head_label([toks[j][2]])) and j + 2 < len(toks) and _capitalised(toks[j + 2][2]) and not line[toks[j + 1][1] : toks[j + 2][0]].strip():
                j += 2
            else:
                break
        run = toks[i : j + 1]
        while run and run[0][2].lower() in _STOP:
            run = run[1:]
        words = [t[2] for t in run]
        # the head is the last word before "of" ("Park of X University" is a park), else the last word
        of_at = next((k for k, w in enumerate(words) if w == "of"), None)
        head_words = words[:of_at] if of_at else words
        label = _head_label(head_words)
        end_k = len(run) - 1
        if label is None:  # a head somewhere inside the run: end the name there
            for k in range(len(run) - 1, 0, -1):
                label = _head_label(words[: k + 1])
                if label:
                    end_k = k
                    break
        if label and len(run) >= 2 and words[end_k] not in _CONNECTORS:
            out.append(Candidate(offset + run[0][0], offset + run[end_k][1], label, 1))
        i = j + 1
    return out


def _possessive_place(tok: str) -> bool:
    """"Pakistan's" ends a run: what follows is something of Pakistan's, not part of its name."""
    m = re.fullmatch(r"(.+)['’]s", tok)
    return bool(m and place_label(m.group(1)))


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and any(ch.isalpha() for ch in tok))


def _is_calendar(text: str) -> bool:
    return bool(_CALENDAR.search(text)) and not re.search(r"\b(?:day|days|week|weeks|years?|months?|decades?|century)\b", text, re.I)


def _repair(source: str, c: Candidate) -> Candidate | None:
    text = c.text(source)
    if c.label == "DATE":
        lead = re.match(r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s*", text, re.I)
        if lead and lead.end() < len(text):
            c = Candidate(c.start + lead.end(), c.end, c.label, c.prio)
            text = c.text(source)
        return c if _is_calendar(text) else None
    if not any(ch.isupper() for ch in text) or text in _NOT_NAMES:
        return None
    words = text.split()
    if c.label != "EVENT" and len(words) >= 2 and words[-1] in _HEADLINE_VERBS and _head_label(words[:-1]):
        cut = text.rstrip().rfind(" ")
        c = Candidate(c.start, c.start + cut, c.label, c.prio)
        text, words = c.text(source), words[:-1]
    if words and words[0] in _NUMBER_WORDS and words[-1].endswith("s") and c.label in ("ORG", "LAW", "WORK_OF_ART"):
        return None  # "Five Key Initiatives": a numbered policy slogan, not an organisation
    if re.fullmatch(r"[A-Z][\w\-]*", text) and all(_is_demonym(part) for part in text.split("-")):
        return _demonym_use(source, c) if "-" not in text else Candidate(c.start, c.end, "NORP", c.prio)
    if c.label == "NORP" and not text[0].isupper():
        return None
    if c.label != "PERSON" and re.match(r"\s+(?:region|province|city|district|county|oblast|prefecture)\b", source[c.end : c.end + 14]):
        c.label = "GPE"  # "Zhetysu region": a lowercase place noun after the name
        return c
    if c.label in ("LANGUAGE",):
        return None
    head = _head_label([w for w in text.split(" of ")[0].split()])
    if head and c.label not in ("DATE", "NORP"):
        c.label = head
    elif c.label in ("ORG", "PERSON", "NORP", "FAC", "LOC", "GPE") and (known := place_label(text)):
        c.label = known
    elif c.label == "NORP" and not re.search(r"(?:an|ese|ish|ic|i|ch)s?$", text):
        c.label = "GPE?"  # settled by _places_from_heads
    return c


def _is_demonym(text: str) -> bool:
    table = lexicon.demonyms()["en"]
    return text in table or (text.endswith("s") and text[:-1] in table)


def _demonym_use(source: str, c: Candidate) -> Candidate | None:
    """A nationality word before a noun is NORP; a bare one in a list after "in"/"speak" is a language."""
    after = source[c.end : c.end + 40]
    nxt = re.match(r"\s*([A-Za-z][\w\-]*)", after)
    if nxt and nxt.group(1).islower() and nxt.group(1) not in ("and", "or", "as", "is", "are", "was", "were"):
        return Candidate(c.start, c.end, "NORP", c.prio)
    before = source[max(0, c.start - 80) : c.start]
    if re.search(r"\b(?:in|speak|speaks|spoken|speaking|languages?|into|fluent)\s+(?:[A-Z]\w+(?:,\s*|\s+(?:and|or)\s+))*$", before):
        return None
    return Candidate(c.start, c.end, "NORP", c.prio)


def _person_from_context(source: str, cands: list[Candidate]) -> None:
    """Names the model mislabels as places or organisations, recognised by apposition, titles or a known surname."""
    kw = lexicon.keywords()
    roles = "|".join(map(re.escape, kw["en_person_roles"]))
    appos = re.compile(rf"\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}(?:{roles})\b", re.I)
    titles = set(kw["en_person_titles"])
    verbs = "|".join(kw["en_speech_verbs"])
    # surnames only: a first word is too often a place or a title ("Zhetysu Akim ...")
    person_tokens = {c.text(source).split()[-1] for c in cands if c.label == "PERSON" and " " in c.text(source)}
    person_tokens = {w for w in person_tokens if len(w) >= 4}
    for c in cands:
        if c.label not in ("ORG", "GPE", "LOC", "FAC"):
            continue
        text = c.text(source)
        if place_label(text) or _head_label(text.split()):
            continue
        prev = source[max(0, c.start - 20) : c.start].split()
        single = re.fullmatch(r"[A-Z][a-z\-]+", text) is not None
        said = re.match(rf"\s+(?:{verbs})\b", source[c.end : c.end + 20]) is not None
        if appos.match(source, c.end) or (prev and prev[-1] in titles):
            c.label = "PERSON"
        elif single and (text in person_tokens or (said and any(edit_distance(text, p) <= 2 for p in person_tokens if len(text) >= 6))):
            c.label = "PERSON"


def _places_from_heads(source: str, cands: list[Candidate]) -> None:
    """An unknown 'nationality' that is the first word of a place name in the same document is that place."""
    heads = {c.text(source).split()[0] for c in cands if c.label in ("GPE", "LOC", "FAC") and " " in c.text(source)}
    for c in cands:
        if c.label == "GPE?":
            c.label = "GPE" if c.text(source) in heads else "DROP"


def _drop_headline_noise(source: str, cands: list[Candidate]) -> list[Candidate]:
    """In Title Case lines every word looks like a name: keep only names confirmed elsewhere or by a rule."""
    confirmed = {c.text(source) for c in cands if not _in_title_line(source, c.start)}
    keep = []
    for c in cands:
        t = c.text(source)
        if (not _in_title_line(source, c.start) or c.prio == 1 or c.label in ("DATE", "NORP") or t in confirmed
                or place_label(t) or _head_label(t.split())):
            keep.append(c)
    return keep


def _in_title_line(source: str, pos: int) -> bool:
    start = source.rfind("\n", 0, pos) + 1
    end = source.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w\-’']*", source[start : end if end != -1 else len(source)])
    long_words = [w for w in words if len(w) > 3]
    return len(words) >= 4 and len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.8
