"""Row types of the warehouse tables: one frozen dataclass per output row, spans point into clean_text."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Entity:
    """A named-entity mention; ``text == source[start_char:end_char]``."""

    text: str
    label: str  # PERSON, ORG, GPE, LOC, FAC, NORP, DATE, EVENT
    start_char: int
    end_char: int
    canonical: str = ""


@dataclass(frozen=True)
class Fact:
    """A figure reported in a text, typed and fully scaled; ``text == source[start_char:end_char]``."""

    text: str
    start_char: int
    end_char: int
    value: float
    unit: str | None = None
    unit_kind: str | None = None  # count, money, percent, measure, duration
    qualifier: str = "exact"
    value_high: float | None = None
    year: int | None = None
    subject: str | None = None
    value_usd: float | None = None
    equivalent_of: tuple[int, int] | None = None  # span (start_char, end_char) of the figure this one restates
    sentence: str = ""
    # a change between two levels ("from 4.8% to 4.7%"): the old level; value is the new
    value_from: float | None = None
    unit_lemma: str | None = None  # the counted noun's lemma in the text's own language, when it is not English

    @property
    def span(self) -> tuple[int, int]:
        """Where the figure stands in its text: the key other facts of the same text refer to it by."""
        return self.start_char, self.end_char


@dataclass(frozen=True)
class Event:
    """A happening a text reports (visit, agreement, investment); every span points into the source text.

    ``start_char``/``end_char`` are the trigger's span; actor and target spans are None when the text does not
    say. ``date`` is the first day of its month / year when only that is known (``date_precision`` says which).
    """

    type: str  # visit, agreement, investment
    trigger: str
    start_char: int
    end_char: int
    actor: str | None = None
    actor_start: int | None = None
    actor_end: int | None = None
    actor_canonical: str | None = None
    target: str | None = None
    target_start: int | None = None
    target_end: int | None = None
    target_canonical: str | None = None
    place: str | None = None  # canonical GPE name where it happens
    date: date | None = None
    date_text: str | None = None
    status: str = "done"  # done, planned
    fact_spans: tuple[tuple[int, int], ...] = ()  # (start_char, end_char) of the facts of the sentence that measure it
    sentence: str = ""
    date_precision: str | None = None  # day, month, year


@dataclass(frozen=True)
class Quote:
    """A quotation (direct, inside quotation marks) or reported speech, with its speaker when the text names one."""

    text: str
    start_char: int
    end_char: int
    direct: bool
    speaker: str | None = None  # as the article names the speaker; for a pronoun, the person it refers to
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_canonical: str | None = None
    speaker_role: str | None = None
    verb: str | None = None
    sentence: str = ""


@dataclass(frozen=True)
class RemovedLine:
    """A line of page furniture dropped by the cleaner, kept for audit."""

    line_no: int  # 0-based index of the line in the raw text
    text: str
    reason: str


@dataclass(frozen=True)
class CleanedText:
    """What the cleaner makes of one raw text."""

    clean_text: str
    title: str | None
    published: date | None
    removed: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True)
class Rejected:
    """An input file, or one record of a .jsonl/.json file, that was not processed, and why."""

    file_name: str  # as the views show it: "notes.pdf", or "feed.jsonl#7" for a record
    reason: str
    size_bytes: int
    seen_at: datetime
    seed_file: str = ""  # the file of the seeds folder it comes from ("" = file_name)
    record_no: int | None = None  # 1-based record of a .jsonl/.json file; None for a whole file


@dataclass(frozen=True)
class SourceFile:
    """A decoded input document: a whole file (.txt, .html), or one record of a .jsonl/.json file.

    ``text`` is what the cleaner reads: a text file's text, or the main text extracted from a page; None for a
    record already processed from this same file (it is not extracted again). Metadata fields are None when the
    page or record does not give them (always, for a text file).
    """

    file_name: str  # as the views show it: "a.txt", or "feed.jsonl#7" for the 7th record
    doc_id: str  # sha256 of the file's bytes, or of a record's canonical JSON (tourpipe.records)
    text: str | None
    size_bytes: int  # of the bytes doc_id digests
    encoding: str
    seed_file: str = ""  # the file of the seeds folder it was read from ("" = file_name)
    record_no: int | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None


__all__ = ["Entity", "Fact", "Event", "Quote", "RemovedLine", "CleanedText", "Rejected", "SourceFile"]
