"""Reading input files: listing seeds, decoding the encodings seen in the wild, and rejecting what cannot be read.

A text file (.txt) is one document, its text as decoded. An HTML page (.html, .htm) is one document: its main text
and metadata as trafilatura extracts them (``tourpipe.webpage``). A .jsonl or .json file is a collection of
records (``tourpipe.records``), one document each, named "feed.jsonl#7" after the file and the record's number;
a .json holding a single object is one document named like the file. A bad record is rejected on its own.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tourpipe.models import Rejected, SourceFile
from tourpipe.records import BadRecord, Record, RecordsError, parse_records
from tourpipe.textnorm import normalize_text
from tourpipe.webpage import Page, extract_page

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
PAGE_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".jsonl", ".json"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PAGE_SUFFIXES | RECORD_SUFFIXES
MAX_BYTES = 10 * 1024 * 1024  # one document: a text file, a page, a record
# A .jsonl/.json file holds many documents; it is read and parsed whole, in one worker.
MAX_RECORDS_FILE_BYTES = 256 * 1024 * 1024
MAX_TITLE_CHARS = 300

# Magic numbers of the binary formats most often dropped into a text folder by mistake.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
    (b"\x7fELF", "ELF"),
    (b"RIFF", "RIFF"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The most frequent Russian letters; a right single-byte decoding is full of them, a wrong one is not.
_RU_FREQUENT = frozenset("оеаинтсрвлкмдпуяы")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept; the message is the reason shown to users."""


def doc_id_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _binary_kind(data: bytes) -> str | None:
    for magic, name in _SIGNATURES:
        if name and data.startswith(magic):
            return f"binary content ({name} signature)"
    return None


def _cyrillic_score(text: str) -> float:
    """How Russian the letters look: frequent letters dominate and most letters are lower case."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    frequent = sum(c.lower() in _RU_FREQUENT for c in letters) / len(letters)
    lower = sum(c.islower() for c in letters) / len(letters)
    return frequent if lower >= 0.6 else 0.0


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding name) or raises DecodeError with the reason."""
    text, encoding = _decode(data)
    # A byte order mark followed by nothing but blanks is as empty as a zero-byte file.
    if not text.strip():
        raise DecodeError("empty file")
    return text, encoding


def _decode_with_bom(data: bytes) -> tuple[str, str] | None:
    """Text announced by a byte order mark (None when there is none)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "") + " with BOM"
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable ({encoding} byte order mark, but invalid data at byte "
                                  f"{exc.start})") from exc
    return None


def _single_byte_cyrillic(data: bytes) -> tuple[str, str] | None:
    """The Windows-1251 or KOI8-R reading whose letters look most like Russian, if one looks Russian enough."""
    candidates = []
    for encoding in ("cp1251", "koi8-r"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        control = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
        if control / len(text) <= 0.01:
            candidates.append((_cyrillic_score(text), encoding, text))
    candidates.sort(reverse=True)
    if candidates and candidates[0][0] >= 0.6:
        _, encoding, text = candidates[0]
        return text, encoding
    return None


def _decode(data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise DecodeError("empty file")
    kind = _binary_kind(data)
    if kind:
        raise DecodeError(kind)
    if (with_bom := _decode_with_bom(data)) is not None:
        return with_bom
    if b"\x00" in data:
        raise DecodeError(f"binary content (NUL byte at offset {data.index(0)})")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # UTF-8 with a few broken bytes (a truncated download, a bad copy): keep the text, mark the damage. Tried
    # before the single-byte encodings: UTF-8 Cyrillic read as KOI8-R also looks like Cyrillic letters.
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if damaged <= max(1, len(data) // 1000):
        return text, f"utf-8 ({damaged} invalid byte{'s' if damaged > 1 else ''} replaced)"
    if (cyrillic := _single_byte_cyrillic(data)) is not None:
        return cyrillic
    raise DecodeError(f"undecodable (not UTF-8: invalid byte at offset {utf8_error.start}; "
                      "not Windows-1251 or KOI8-R text either)")


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "directory")):
        if test(mode):
            return kind
    return "special file"


def safe_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (a Latin-1 name copied from an old archive, which Python
    carries as surrogate escapes) are written as backslash escapes ("caf\\xe9.txt"), so the name can be stored,
    digested and shown. The file is still opened by its real name."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# Modification times are kept as int64 nanoseconds; a file stamped past 2262 (a broken clock, a bad restore) is
# clamped so that it is listed like any other file.
_MTIME_MIN, _MTIME_MAX = -(2**63), 2**63 - 1


def _reject(name: str, reason: str, size: int, now: datetime, seed_file: str = "",
            record_no: int | None = None) -> Rejected:
    return Rejected(file_name=name, reason=reason, size_bytes=size, seen_at=now, seed_file=seed_file or name,
                    record_no=record_no)


def _expected() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES - {".text", ".md"}))


def read_source(path: Path, root: Path, now: datetime, max_bytes: int = MAX_BYTES,
                known: frozenset[str] = frozenset()) -> list[SourceFile | Rejected]:
    """Read one file of the seeds folder: its documents and its rejections (one of either for a text file or a
    page; one per record for a .jsonl/.json file). Never raises for a bad file or record.

    ``known``: doc_ids of records this file held when it was last read, all processed: those records are
    identified but not extracted again (their ``text`` is None).
    """
    name = safe_name(path.relative_to(root).as_posix())
    suffix = path.suffix.lower()
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root.resolve()):
                return [_reject(name, f"symlink points outside the seeds folder ({target})", 0, now)]
            if not target.exists():
                missing = target.relative_to(root.resolve())
                return [_reject(name, f"broken symlink (its target {missing} does not exist)", 0, now)]
        st = path.stat()
        # Reading a FIFO blocks until someone writes to it, and a device may never end: only regular files are read.
        if not stat.S_ISREG(st.st_mode):
            return [_reject(name, f"not a regular file ({_file_kind(st.st_mode)})", 0, now)]
        if suffix not in SUPPORTED_SUFFIXES:
            return [_reject(name, f"unsupported type ({path.suffix or 'no extension'}; expected {_expected()})",
                            st.st_size, now)]
        size, limit = st.st_size, MAX_RECORDS_FILE_BYTES if suffix in RECORD_SUFFIXES else max_bytes
        if size > limit:
            return [_reject(name, f"too large ({size:,} bytes; the limit is {limit:,})", size, now)]
        data = path.read_bytes()
    except FileNotFoundError:
        return [_reject(name, "file vanished before it could be read", 0, now)]
    except OSError as exc:
        return [_reject(name, f"unreadable ({exc.strerror or exc})", 0, now)]
    try:
        if suffix in RECORD_SUFFIXES:
            return _read_records(name, data, now, suffix == ".jsonl", known, max_bytes)
        if suffix in PAGE_SUFFIXES:
            return [_read_page(name, data, now)]
        text, encoding = decode_bytes(data)
    except (DecodeError, RecordsError) as exc:
        return [_reject(name, str(exc), len(data), now)]
    return [SourceFile(file_name=name, doc_id=doc_id_of(data), text=normalize_text(text), size_bytes=len(data),
                       encoding=encoding, seed_file=name)]


# -- pages -------------------------------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a page: a byte order mark, else UTF-8 when the bytes are valid UTF-8, else the charset the page
    declares (``<meta charset>``, ``http-equiv`` Content-Type) when they decode with it, else as any text file."""
    if not data.strip():
        raise DecodeError("empty file")
    if _binary_kind(data) is None and _decode_with_bom(data) is None and b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            declared = _META_CHARSET.search(data[:4096])
            try:
                encoding = codecs.lookup(declared.group(1).decode("ascii")).name if declared else None
                if encoding is not None:
                    return data.decode(encoding), f"{encoding} (declared)"
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(data)


def _read_page(name: str, data: bytes, now: datetime) -> SourceFile | Rejected:
    html, encoding = decode_html(data)
    page = _extract(html)
    if isinstance(page, str):
        return _reject(name, page, len(data), now)
    text = _article_text(page)
    if not text:
        return _reject(name, "no article text found in the page", len(data), now)
    return SourceFile(name, doc_id_of(data), text, len(data), encoding, name, None, *_metadata(page))


def _extract(html: str, url: str | None = None) -> Page | str:
    """The page's article and metadata, or why it could not be read."""
    try:
        return extract_page(html, url)
    except Exception as exc:  # noqa: BLE001 - a page trafilatura or lxml trips on must not stop the others
        return f"HTML could not be parsed ({type(exc).__name__}: {str(exc)[:200]})"


def _article_text(page: Page) -> str:
    """The text the cleaner reads: the headline on the first line (SPEC §5: clean_text keeps it), then the body.

    trafilatura keeps the page's own headline when the body carries it (an <h1>), and a record's ``text`` may or
    may not start with its title: the title is added only when the text does not already open with it.
    """
    body = normalize_text(page.text).strip()
    if not body:
        return ""
    title = _title(page.title)
    first = body.split("\n", 1)[0]
    if title and _comparable(first) != _comparable(title):
        return f"{title}\n\n{body}"
    return body


def _comparable(line: str) -> str:
    return " ".join(line.split()).casefold()


def _title(value: str | None) -> str | None:
    """A metadata title worth trusting: one line, some letters or digits, not a paragraph."""
    title = " ".join(normalize_text(value).split()) if value else ""
    if not any(ch.isalnum() for ch in title) or len(title) > MAX_TITLE_CHARS:
        return None
    return title


def _metadata(page: Page) -> tuple:
    """(title, published, url, source) of a page or record, each None when absent or not usable."""
    url = page.url.strip() if page.url and page.url.strip() else None
    source = " ".join(normalize_text(page.source).split()) if page.source else None
    return _title(page.title), page.published, url, source or None


# -- records -----------------------------------------------------------------------------------------
def _read_records(name: str, data: bytes, now: datetime, jsonl: bool, known: frozenset[str],
                  max_bytes: int) -> list[SourceFile | Rejected]:
    text, encoding = decode_bytes(data)
    records = parse_records(text, jsonl=jsonl, max_bytes=max_bytes)
    out: list[SourceFile | Rejected] = []
    for item in records.items:
        record_no = None if records.single else item.no
        doc_name = name if records.single else f"{name}#{item.no}"
        if isinstance(item, Record) and item.doc_id in known:  # processed before: identified, not extracted again
            out.append(SourceFile(doc_name, item.doc_id, None, item.size_bytes, encoding, name, record_no))
            continue
        found = item if isinstance(item, BadRecord) else _record_page(item)
        if isinstance(found, BadRecord):
            reason = found.reason if records.single else f"{name} record {item.no}: {found.reason}"
            out.append(_reject(doc_name, reason, found.size_bytes, now, name, record_no))
        else:
            out.append(SourceFile(doc_name, item.doc_id, found.text, item.size_bytes, encoding, name, record_no,
                                  *_metadata(found)))
    return out


def _record_page(record: Record) -> Page | BadRecord:
    """A record as a page whose text is the article the cleaner reads: the record's own text and fields; or, from
    its html, the page's text, with the page's metadata filling the fields the record leaves empty."""
    meta = Page("", _title(record.title), record.published, record.url, record.source)
    if record.text is not None:
        page = Page(record.text, *_fields(meta))
    else:
        found = _extract(record.html, record.url)
        if isinstance(found, str):
            return BadRecord(record.no, found, record.size_bytes)
        page = Page(found.text, *(mine or theirs for mine, theirs in zip(_fields(meta), _fields(found))))
    text = _article_text(page)
    if not text:
        return BadRecord(record.no, "no article text (blank text, or nothing found in its html)", record.size_bytes)
    return Page(text, *_fields(page))


def _fields(page: Page) -> tuple:
    return page.title, page.published, page.url, page.source


@dataclass(frozen=True, slots=True)
class ListedFile:
    """A file of the seeds folder as one listing pass saw it; size and mtime are None when it could not be
    stat-ed (a broken symlink, a file gone meanwhile)."""

    name: str  # relative to the seeds folder, "/" separators
    path: str
    size: int | None
    mtime_ns: int | None
    symlink: bool


def list_seeds(root: Path) -> list[ListedFile]:
    """Every file under ``root`` with its size and modification time (through symlinks), sorted by name.

    Hidden files and folders are skipped, and a symlinked folder is not entered. One ``scandir`` pass and one
    ``stat`` per file, with no Path objects: at 30,000 files ~0.2 s (``seeds_fingerprint`` took 0.54 s
    through os.walk and pathlib), and no-op and add-one runs pay it twice (the change check, the plan).
    """
    out: list[ListedFile] = []

    def walk(folder: str, prefix: str) -> None:
        try:
            entries = os.scandir(folder)
        except OSError:
            return
        with entries:
            for e in entries:
                if e.name.startswith("."):
                    continue
                try:
                    is_dir = e.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    if not e.is_symlink():
                        walk(e.path, prefix + e.name + "/")
                    continue
                try:
                    st = e.stat()
                    size, mtime_ns = st.st_size, min(max(st.st_mtime_ns, _MTIME_MIN), _MTIME_MAX)
                except OSError:
                    size = mtime_ns = None
                out.append(ListedFile(safe_name(prefix + e.name), e.path, size, mtime_ns, e.is_symlink()))

    if root.is_dir():
        walk(str(root), "")
    out.sort(key=lambda f: f.name)
    return out


def seeds_fingerprint(root: Path) -> str:
    """A cheap digest of the listing (names, sizes, mtimes): it changes when a file is added, changed or removed."""
    return listing_digest(list_seeds(root))


def listing_digest(files: Iterable[ListedFile]) -> str:
    """``listing_fingerprint`` of a listing (files that could not be stat-ed left out)."""
    return listing_fingerprint((f.name, f.size, f.mtime_ns) for f in files if f.size is not None)


def listing_fingerprint(entries: Iterable[tuple[str, int, int]]) -> str:
    """The digest of (name, size, mtime_ns) entries in name order (files that could not be stat-ed left out)."""
    listing = "".join(f"{name}\0{size}\0{mtime_ns}\n" for name, size, mtime_ns in entries)
    return hashlib.sha256(listing.encode()).hexdigest()[:32]
