"""Records of .jsonl/.json files (a scraper's or a news API's output): parsed, checked, identified by their content.

A record is a JSON object with ``url``, ``title``, ``published``, ``source`` and the article as ``text`` or
``html``. Other keys (a crawler's ``scraped_at``, an API's ``id``) are ignored: they are not part of the
document, so they are not part of its identity either. A record's ``doc_id`` is the SHA-256 of its canonical
bytes: the recognised fields that hold a value, as compact JSON with sorted keys in UTF-8 (see ``canonical_bytes``).
The same article re-crawled, with its keys in another order or other whitespace, is the same document.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

FIELDS = ("url", "title", "published", "source", "text", "html")
# Dates outside this window are typing errors or placeholders ("0001-01-01", "9999-12-31"), not publication dates.
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)
_PUBLISHED_HINT = "an ISO 8601 date such as 2024-05-17 or 2024-05-17T09:30:00+06:00, or an RFC 2822 date"
_JSON_TYPES = {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number", float: "a number"}


class RecordsError(ValueError):
    """The whole file cannot be read as records (not JSON, not an object or a list of objects, no records)."""


@dataclass(frozen=True)
class Record:
    """One valid record: an article to process. ``no`` counts from 1 (for .jsonl, the line number)."""

    no: int
    doc_id: str
    size_bytes: int  # of the canonical bytes the doc_id digests
    url: str | None
    title: str | None
    published: date | None
    source: str | None
    text: str | None
    html: str | None


@dataclass(frozen=True)
class BadRecord:
    """A record that cannot be processed, and why (the reason names neither file nor record: callers add them)."""

    no: int
    reason: str
    size_bytes: int


@dataclass(frozen=True)
class Records:
    """What a .jsonl/.json file holds: its records in order, and whether the file is one document (a .json
    holding one object, named like any single-document file) rather than a collection (records named "#n")."""

    items: list[Record | BadRecord]
    single: bool


def parse_records(text: str, *, jsonl: bool, max_bytes: int) -> Records:
    """Every record of a .jsonl (one JSON object a line; blank lines skipped) or .json text (one object, or a list
    of objects), in order. A bad record is returned as a BadRecord, never raised: the others go on.

    ``text`` is the file as decoded, before any normalisation (a U+2028 inside a JSON string is no line break).
    Raises RecordsError when the file as a whole is unusable: a .json that is not JSON or holds neither an object
    nor a list of objects, or a file with no record at all.
    """
    if jsonl:
        found, single = list(_jsonl_items(text)), False
    else:
        value = _load_json(text)
        single = isinstance(value, dict)
        found = list(_json_items(text, value))
    if not found:
        raise RecordsError("no records (only blank lines)" if jsonl else "no records (an empty list)")
    items = []
    for no, raw, value in found:
        size = len(raw.encode("utf-8", "surrogatepass"))
        if isinstance(value, BadRecord):
            items.append(BadRecord(no, value.reason, size))
        elif size > max_bytes:
            items.append(BadRecord(no, f"too large ({size:,} bytes; the limit is {max_bytes:,})", size))
        else:
            items.append(check_record(no, value, size))
    return Records(items, single)


def _jsonl_items(text: str) -> Iterator[tuple[int, str, object]]:
    for no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            value = BadRecord(no, f"invalid JSON ({_json_error(exc)})", 0)
        yield no, line, value


def _load_json(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise RecordsError(f"invalid JSON ({_json_error(exc)})") from exc


def _json_items(text: str, value: object) -> Iterator[tuple[int, str, object]]:
    if isinstance(value, dict):
        yield 1, text, value
    elif isinstance(value, list):
        for no, item in enumerate(value, 1):
            yield no, json.dumps(item, ensure_ascii=False), item
    else:
        raise RecordsError(f"not a JSON object or a list of objects (the file holds {_kind(value)})")


def _json_error(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, json.JSONDecodeError):
        where = f"column {exc.colno}" if exc.lineno == 1 else f"line {exc.lineno}, column {exc.colno}"
        return f"{exc.msg}: {where}"
    return str(exc)


def _kind(value: object) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


def check_record(no: int, value: object, size: int) -> Record | BadRecord:
    """``value`` as a Record when it is an object with the article and fields of the right types, else why not."""
    if not isinstance(value, dict):
        return BadRecord(no, f"not a JSON object ({_kind(value)})", size)
    fields = {}
    for name in FIELDS:
        v = value.get(name)
        if v is not None and not isinstance(v, str):
            return BadRecord(no, f"wrong type: {name} is {_kind(v)}, expected text", size)
        fields[name] = v if v is not None and v.strip() else None  # a blank field says nothing
    if fields["text"] is None and fields["html"] is None:
        return BadRecord(no, "no article: neither text nor html holds any text", size)
    try:
        data = canonical_bytes(fields)
    except UnicodeEncodeError:
        return BadRecord(no, "invalid text: a lone surrogate (\\ud800-\\udfff) that is no character", size)
    published = None
    if fields["published"] is not None:
        try:
            published = parse_published(fields["published"])
        except ValueError as exc:
            return BadRecord(no, f"unparseable date: published {fields['published'][:60]!r} ({exc})", size)
    return Record(no, hashlib.sha256(data).hexdigest(), len(data), fields["url"], fields["title"], published,
                  fields["source"], fields["text"], fields["html"])


def canonical_bytes(fields: dict[str, str | None]) -> bytes:
    """The bytes a record's doc_id digests: its recognised fields that hold a value, as compact JSON with sorted
    keys, UTF-8 (e.g. ``{"text":"…","title":"…","url":"https://…"}``)."""
    present = {k: fields[k] for k in FIELDS if fields.get(k) is not None}
    return json.dumps(present, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_published(value: str) -> date:
    """The calendar date of a publication time as feeds write it: ISO 8601 ("2024-05-17", "2024-05-17T09:30:00Z",
    "2024-05-17 09:30:00+06:00") or RFC 2822 ("Fri, 17 May 2024 09:30:00 +0600"). The date is the one written,
    in the publisher's own time zone, not converted to UTC. Raises ValueError with the reason."""
    text = value.strip()
    found: date | None = None
    if _ISO_DATE.match(text):
        try:
            found = datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)
        except ValueError:
            found = None
    if found is None:
        try:
            found = parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            raise ValueError(f"expected {_PUBLISHED_HINT}") from None
    if not EARLIEST <= found <= LATEST:
        raise ValueError(f"{found.isoformat()} is outside {EARLIEST.year}-{LATEST.year}")
    return found
