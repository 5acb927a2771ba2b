"""The cleaning algorithm: classify each line by its own shape, then by its position around the article body."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from datetime import date

from tourpipe.cleaning import features as ft
from tourpipe.cleaning import rules
from tourpipe.models import CleanedText, RemovedLine

# Reasons whose lines may carry the publication date.
_DATED_REASONS = ("metadata", "byline", "credit", "widget", "navigation", "site_header", "section_label")
_RELATED_END_MAX_SENTENCES = 2


@dataclass
class _Line:
    no: int  # index in raw.splitlines()
    text: str  # stripped line, what clean_text keeps
    core: str  # text without a scraper's " date YYYY-MM-DD " prefix: what the rules judge
    reason: str | None = None
    prefix_date: date | None = None
    pieces: tuple[tuple[int, str], ...] = ()  # (line number, text) of the raw lines a hard-wrapped line joins


WRAPPED_MIN = 3  # line breaks inside a sentence that make a page one of hard-wrapped text
WRAPPED_WIDTH = 0.75  # ... and the share of its wrapped lines' usual length a line broken anywhere has
_WRAP_END = re.compile(r"[^\W_]|[,\-–—]")  # a line that ends mid-sentence: a letter, digit, comma or dash


def _wraps(lines: list[str]) -> set[int]:
    """Where a page whose sentences run on over line breaks ("Kazakhstan and China have signed\ninvestment
    agreements …": hard-wrapped at a fixed width) breaks them: the lines k that line k + 1 goes on. A lone such break
    is a page's own (a headline with no stop, then a lower-case byline), and a blank line ends a paragraph."""
    wraps = {k for k in range(len(lines) - 1)
             if lines[k] and lines[k + 1] and _WRAP_END.fullmatch(lines[k][-1])
             and lines[k + 1][0].islower()}  # ... and the next line goes on in lower case
    if len(wraps) < WRAPPED_MIN:
        return set()
    # ... and such a page breaks names too ("Darkhan\nSatybaldy"): a line as long as the page's wrapped lines that
    # ends mid-sentence goes on in the next, whatever its case (not the page's first line: a headline has no stop)
    width = statistics.median(len(lines[k]) for k in wraps)
    first = next(k for k, line in enumerate(lines) if line)
    wraps |= {k for k in range(first + 1, len(lines) - 1)
              if lines[k + 1] and len(lines[k]) >= WRAPPED_WIDTH * width and _WRAP_END.fullmatch(lines[k][-1])}
    # ... and such a page breaks a quotation's sentences too: «… environmental standards.\nCurrently, we …,» said X
    quoted = False
    for k, line in enumerate(lines[:-1]):
        quoted = bool(line) and _still_quoted(line, quoted)
        if quoted and lines[k + 1]:
            wraps.add(k)
    return wraps


def _still_quoted(line: str, quoted: bool) -> bool:
    """Is a quotation open at the end of ``line`` (``quoted``: open at its start)? « and „ open one, » and ” close
    it; a straight quote or “ does whichever the mark before it did not (“…” and „…“ both close)."""
    for c in line:
        if c in "«„":
            quoted = True
        elif c in "»”":
            quoted = False
        elif c in '"“':
            quoted = not quoted
    return quoted


_Row = tuple[int, str, tuple[tuple[int, str], ...]]  # (line number, line, the lines it joins if more than one)


def _rejoined(rows: list[tuple[int, str]]) -> list[_Row]:
    """``rows`` (line number, line) with the breaks of a hard-wrapped page joined again (_wraps)."""
    wraps = _wraps([text for _, text in rows])
    out: list[_Row] = []
    for k, row in enumerate(rows):
        if k - 1 in wraps:
            no, text, pieces = out[-1]
            out[-1] = (no, text + " " + row[1], (pieces or ((no, text),)) + (row,))
        else:
            out.append((*row, ()))
    return out


def _read_lines(raw: str) -> list[_Line]:
    out = []
    for no, text, pieces in _rejoined([(no, line.strip()) for no, line in enumerate(raw.splitlines())]):
        if not text:
            continue
        core, prefix_date = text, None
        m = rules.DATE_PREFIX.match(text)
        if m:
            core, prefix_date = text[m.end():].strip(), rules.parse_date(m.group(1))
        out.append(_Line(no, text, core, prefix_date=prefix_date, pieces=pieces))
    return out


def _mark_strong(lines: list[_Line]) -> None:
    """Rules that judge a line alone, plus repeats: a copy of furniture is furniture, a copy of text is a dup."""
    seen: dict[str, str | None] = {}
    for ln in lines:
        key = rules.normalise(ln.text).casefold()
        if key in seen:
            ln.reason = seen[key] or "duplicate_line"
            continue
        ln.reason = rules.strong_reason(ln.core) if ln.core else "metadata"
        seen[key] = ln.reason
    for ln, after in zip(lines, lines[1:]):
        if ln.reason is None and _rubric_of(ln.core, after.core):
            ln.reason = "section_label"


RUBRIC_MAX_WORDS = 5  # "Экономика 30/11/2023", "World | 12.03.2024 14:05"


def _rubric_of(line: str, headline: str) -> bool:
    """Is ``line`` a rubric and a date before a copy of the ``headline`` under it ("Экономика 30/11/2023 Китайская
    компания инвестирует …" over "Китайская компания инвестирует …")?"""
    head = line[:len(line) - len(headline)]
    return len(headline) >= 20 and len(line) > len(headline) and line.endswith(headline) \
        and any(c.isdigit() for c in head) and len(head.split()) <= RUBRIC_MAX_WORDS


def _choose_title(head: list[_Line], body_stems: set[str]) -> _Line | None:
    """The first headline-shaped head line, unless it shares (almost) nothing with the body while a later
    one does: then it is a site name or rubric sitting above the real headline."""
    candidates = [ln for ln in head if ft.is_headline(ln.core)]
    overlap = [len(ft.stems(ln.core) & body_stems) for ln in candidates]
    for i, ln in enumerate(candidates):
        if overlap[i] <= 1 and any(o >= 3 for o in overlap[i + 1:]):
            continue
        return ln
    return None


def _label_tail(tail: list[_Line]) -> None:
    """Lines after the body (``tail``: every non-blank line after the last body sentence, in order): runs of
    headline-shaped lines are related headlines, the rest labels. A lone sentence-case line directly under
    the body, before any furniture or related-news header, is the article's closing caption: kept."""
    header_seen = False
    for i, ln in enumerate(tail):
        if ln.reason is not None or rules.is_end_marker(ln.core):
            header_seen = header_seen or rules.is_end_marker(ln.core) or ln.reason == "related_headline"
            if ln.reason is None:
                ln.reason = "section_label"
            continue
        neighbours = [t for t in tail[max(0, i - 1):i + 2]
                      if t is not ln and t.reason in (None, "related_headline") and ft.is_headline(t.core)]
        if not ft.is_headline(ln.core):
            ln.reason = "section_label"
        elif i == 0 and not neighbours and ft.capitalised_share(ln.core) < 0.5:
            continue  # an uncredited caption under the last paragraph
        elif header_seen or neighbours or ft.n_words(ln.core) >= 3:
            ln.reason = "related_headline"
        else:
            ln.reason = "section_label"


def _published(lines: list[_Line], head_end: int, first_body: _Line | None, title: _Line | None = None) -> date | None:
    for ln in lines:
        if ln.prefix_date:
            return ln.prefix_date
    dated = [(i, ln) for i, ln in enumerate(lines) if ln.reason and (i < head_end or ln.reason in _DATED_REASONS)]
    if title is not None:  # the date nearest the headline, not a widget's ("Курсы валют от 30/09/2024") above it
        at = next(i for i, ln in enumerate(lines) if ln is title)
        dated.sort(key=lambda item: abs(item[0] - at))
    for _, ln in dated:
        found = rules.parse_date(ln.core or ln.text)
        if found:
            return found
    # an agency dateline opening the body: "Chengdu, Oct. 13, 2017 /Agency/."
    found = rules.parse_date(first_body.core[:80]) if first_body else None
    if found is None and first_body is not None:
        # the page's date glued before the lede's first word, a line or two down ("Сентябрь 9, 2013Казахстан и …"
        # under a headline the page ended with a full stop)
        at = lines.index(first_body)
        for ln in [ln for ln in lines[at + 1:] if ln.core.strip()][:PAGE_DATE_LINES]:
            opening = rules.date_opening(ln.core, 0, rules.MAX_RULE_LINE)
            if opening is not None:
                return opening[2]
    return found


PAGE_DATE_LINES = 2  # the lines under the first body line where a page's date may open the line


def clean_text(raw: str, lang: str = "en") -> CleanedText:
    """Return the article of ``raw`` (headline and body, in order) without page furniture.

    ``lang`` is accepted for the pipeline's sake; every lexicon applies to every page because these
    sites mix languages. The result depends on ``raw`` alone, never on which other pages arrived with it:
    the tables are then a function of the current files, whatever batches they came in. (A rule that
    removed short lines seen in three pages of a batch made them depend on history, and removed the
    headline of an article whose title other pages listed as a related headline.)
    """
    return _clean(raw, lang, settle=True)


def _clean(raw: str, lang: str, settle: bool) -> CleanedText:
    lines = _read_lines(raw)
    _mark_strong(lines)
    open_idx = [i for i, ln in enumerate(lines) if ln.reason is None]
    sentences = [i for i in open_idx if ft.is_sentence(lines[i].core)]

    title: _Line | None = None
    if not sentences:
        # No running text at all: judge nothing by position, keep every line the rules let through.
        title = _choose_title([lines[i] for i in open_idx], set())
        return _finished(lines, title, _published(lines, 0, None), lang, settle, running=False)

    # A question or exclamation as the very first line of text is the headline, not the lede.
    if open_idx[0] == sentences[0] and len(sentences) > 1 and _headline_question(lines[sentences[0]].core):
        sentences = sentences[1:]
    first = sentences[0]
    last = _last_body_line(lines, open_idx, sentences)
    body_stems = set().union(*(ft.stems(lines[i].core) for i in sentences if i <= last))
    head = [lines[i] for i in open_idx if i < first]
    title = _choose_title(head, body_stems)
    _label_head(head, title, body_stems)
    _label_tail(lines[last + 1:])
    return _finished(lines, title, _published(lines, first, lines[first], title), lang, settle, running=True)


def _finished(lines: list[_Line], title: _Line | None, published: date | None, lang: str, settle: bool,
              running: bool) -> CleanedText:
    """The result, settled (_settled) when a second cleaning may read it otherwise: a page with no ``running`` text,
    or one with lines joined again (where a hard-wrapped page broke them, before the furniture between them went or
    after)."""
    if settle and not running:
        return _settled(lines, title, published, lang)
    kept = [(ln.no, ln.text) for ln in lines if ln.reason is None]
    if settle and (any(ln.pieces for ln in lines) or any(pieces for _, _, pieces in _rejoined(kept))):
        return _settled(lines, title, published, lang)
    return _result(lines, title, published)


SETTLE_ROUNDS = 3


def _settled(lines: list[_Line], title: _Line | None, published: date | None, lang: str) -> CleanedText:
    """The result of a page with no running text, or with lines joined where a hard-wrapped page broke them, cleaned
    until a second cleaning changes nothing: the lines it keeps, joined again, may make running text, whose position
    rules then judge the lines above it, or a line a rule removes (a cleaning must be idempotent). What the second
    cleaning removes is removed here, from the lines it was joined from."""
    result = _result(lines, title, published)
    by_no = {ln.no: ln for ln in lines}
    for _ in range(SETTLE_ROUNDS):
        again = _clean(result.clean_text, lang, settle=False)
        if not again.removed:
            return result
        rows = _rejoined([(ln.no, ln.text) for ln in lines if ln.reason is None])  # the clean text's lines
        for r in again.removed:
            no, text, pieces = rows[r.line_no]
            for piece_no, _ in pieces or ((no, text),):
                by_no[piece_no].reason = r.reason
        title = title if title is not None and title.reason is None else None
        result = _result(lines, title, published)
    return result


def _headline_question(core: str) -> bool:
    return ft.final_mark(core) in "?!？！" and ft.n_words(core) <= 20 and len(core) < ft.LONG_LINE


def _last_body_line(lines: list[_Line], open_idx: list[int], sentences: list[int]) -> int:
    """Index of the body's last line: the last sentence before a comment box (or a related-news header followed by
    hardly any running text), or a final line the scraper cut off mid-sentence right after it. Marks the header."""
    end = len(lines)
    for i in range(sentences[0] + 1, len(lines)):
        ln = lines[i]
        after = sum(1 for s in sentences if s > i)
        # a comment widget placed right under the lede must not swallow the article: comments end the
        # body only when less running text follows than precedes them
        if ln.reason in ("comment_box", "copyright") and after <= len(sentences) - after:
            end = i
            break
        if rules.is_end_marker(ln.core) and after <= _RELATED_END_MAX_SENTENCES:
            ln.reason = ln.reason or "related_headline"
            end = i
            break
        if rules.is_end_marker(ln.core) and not ft.is_sentence(ln.core):
            # a "READ MORE" link between paragraphs is a label, not body: kept, it would end the body on a
            # second cleaning once a later marker had cut the text after it (cleaning must be idempotent)
            ln.reason = ln.reason or "section_label"
    last = max(s for s in sentences if s < end)
    # A final line cut off mid-sentence by the scraper directly after the body is still body.
    tail_open = [i for i in open_idx if last < i < end]
    if tail_open == [len(lines) - 1] and end == len(lines) and ft.n_words(lines[-1].core) >= 6 \
            and ft.final_mark(lines[-1].core) not in "!?！？" \
            and (ft.capitalised_share(lines[-1].core) < 0.5 or ft.sentence_case(lines[-1].core)):
        last = len(lines) - 1
    return last


def _label_head(head: list[_Line], title: _Line | None, body_stems: set[str]) -> None:
    """Lines above the body other than the title and its standfirst: bylines, section labels, the site's header."""
    after_title = False
    for ln in head:
        if ln is title:
            after_title = True
        elif after_title and ft.is_deck(ln.core, body_stems):
            continue
        elif ft.is_name(ln.core):
            ln.reason = "byline"
        elif rules.bare(ln.core) in rules.RUBRICS:
            ln.reason = "section_label"
        else:
            ln.reason = "section_label" if after_title else "site_header"


def _result(lines: list[_Line], title: _Line | None, published: date | None) -> CleanedText:
    # joined again once the furniture between them and the blank lines are gone: what cleaning the clean text again
    # would join
    kept = [text for _, text, _ in _rejoined([(ln.no, ln.text) for ln in lines if ln.reason is None])]
    first_seen: dict[str, _Line] = {}
    removed = []
    for ln in lines:
        original = first_seen.setdefault(rules.normalise(ln.text).casefold(), ln)
        if ln.reason is None:
            continue
        reason = ln.reason
        if reason == "duplicate_line":
            # a copy takes the family of its first occurrence once position has judged that one
            reason = "repeated_headline" if original is title else (original.reason or reason)
        removed.extend(RemovedLine(no, text, reason) for no, text in ln.pieces or ((ln.no, ln.text),))
    return CleanedText("\n".join(kept), title.core if title else None, published, tuple(removed))


