"""Reading seeds: encodings are decoded, bad files are rejected with a reason naming the problem."""
from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import pytest

from tourpipe.ingest import DecodeError, decode_bytes, list_seeds, read_source, seeds_fingerprint
from tourpipe.models import Rejected, SourceFile

RU = "Министр провёл около 30 встреч с инвесторами в Пекине. Стороны обсудили 57 совместных проектов."
EN = "Six journalists from Kazakhstan visited Shanghai on Monday."


@pytest.mark.parametrize("data, encoding", [
    (RU.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + RU.encode("utf-8"), "utf-8 with BOM"),
    (RU.encode("utf-16"), "utf-16 with BOM"),
    (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), "utf-16 with BOM"),
    (RU.encode("cp1251"), "cp1251"),
    (RU.encode("koi8-r"), "koi8-r"),
    (EN.encode("ascii"), "utf-8"),
])
def test_encodings_decode_to_the_same_text(data, encoding):
    text, found = decode_bytes(data)
    assert text == (RU if "Министр" in text else EN)
    assert found == encoding


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary content (PNG signature)"),
    (b"%PDF-1.7\n" + bytes(50), "binary content (PDF signature)"),
    (b"abc\x00def ghi", "binary content (NUL byte"),
    (bytes(range(128, 256)) * 4, "undecodable"),
])
def test_bad_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert str(err.value).startswith(reason)


def test_read_source_rejects_unsupported_type_and_keeps_size(tmp_path: Path):
    (tmp_path / "notes.pdf").write_bytes(b"hello")
    result = read_source(tmp_path / "notes.pdf", tmp_path, datetime(2026, 1, 1))
    assert isinstance(result, Rejected)
    assert "unsupported type (.pdf" in result.reason and result.size_bytes == 5


def test_read_source_rejects_symlink_outside_seeds(tmp_path: Path):
    outside = tmp_path / "secret.txt"
    outside.write_text(EN)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "link.txt").symlink_to(outside)
    result = read_source(seeds / "link.txt", seeds, datetime(2026, 1, 1))
    assert isinstance(result, Rejected) and "symlink points outside" in result.reason


def test_vanished_file_is_rejected_not_raised(tmp_path: Path):
    result = read_source(tmp_path / "gone.txt", tmp_path, datetime(2026, 1, 1))
    assert isinstance(result, Rejected) and result.reason == "file vanished before it could be read"


def test_files_are_identified_by_their_bytes_and_newlines_normalised(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"Line one.\r\nLine two.\r\n")
    (tmp_path / "b.txt").write_bytes(b"Line one.\r\nLine two.\r\n")
    (tmp_path / "c.txt").write_bytes(b"")
    read = [read_source(Path(f.path), tmp_path, datetime(2026, 1, 1)) for f in list_seeds(tmp_path)]
    files = [r for r in read if isinstance(r, SourceFile)]
    assert [f.file_name for f in files] == ["a.txt", "b.txt"]
    assert files[0].doc_id == files[1].doc_id
    assert files[0].text == "Line one.\nLine two.\n"
    assert [(r.file_name, r.reason) for r in read if isinstance(r, Rejected)] == [("c.txt", "empty file")]


def test_fingerprint_changes_with_content_and_listing(tmp_path: Path):
    (tmp_path / "a.txt").write_text(EN)
    first = seeds_fingerprint(tmp_path)
    assert seeds_fingerprint(tmp_path) == first
    (tmp_path / "b.txt").write_text(RU)
    second = seeds_fingerprint(tmp_path)
    assert second != first
    (tmp_path / "b.txt").unlink()
    assert seeds_fingerprint(tmp_path) == first


def test_utf8_with_one_broken_byte_is_kept_and_marked():
    data = ("Kazakhstan and China signed 33 agreements. " * 40).encode() + b"\xff" + b" The end."
    text, encoding = decode_bytes(data)
    assert text.startswith("Kazakhstan and China") and text.endswith("The end.")
    assert encoding == "utf-8 (1 invalid byte replaced)"


def test_list_seeds_lists_nested_files_by_name_and_skips_hidden_ones(tmp_path: Path):
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "a.txt", ".hidden.txt", ".cache/x.txt", "a/.draft.txt", "a-b.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Astana.\n", encoding="utf-8")
    listed = list_seeds(tmp_path)
    assert [f.name for f in listed] == ["a-b.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt"]
    assert all(Path(f.path) == tmp_path / f.name for f in listed)
    assert list_seeds(tmp_path / "missing") == []


def test_list_seeds_stats_each_file_once_and_keeps_the_unstatable(tmp_path: Path):
    """One listing pass gives each file's size and mtime through symlinks; a broken symlink is still
    listed (with no size), so that the run can reject it by name; a symlinked folder is not entered."""
    import os

    from tourpipe.ingest import list_seeds

    (tmp_path / "a.txt").write_text("Astana.\n", encoding="utf-8")  # 8 bytes
    os.utime(tmp_path / "a.txt", ns=(1_000_000_000, 1_700_000_000_123_456_789))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Almaty and Astana.\n", encoding="utf-8")  # 19 bytes
    (tmp_path / "link.txt").symlink_to(tmp_path / "sub" / "b.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "folder-link").symlink_to(tmp_path / "sub", target_is_directory=True)
    listed = {f.name: f for f in list_seeds(tmp_path)}
    assert sorted(listed) == ["a.txt", "dangling.txt", "link.txt", "sub/b.txt"]
    assert (listed["a.txt"].size, listed["a.txt"].mtime_ns, listed["a.txt"].symlink) == (8, 1_700_000_000_123_456_789, False)
    assert (listed["link.txt"].size, listed["link.txt"].symlink) == (19, True)
    assert (listed["dangling.txt"].size, listed["dangling.txt"].mtime_ns) == (None, None)
    assert listed["sub/b.txt"].path == str(tmp_path / "sub" / "b.txt")
