"""Hostile and unlucky input (issue: reliability II): odd file names and timestamps, text that splits numbers or
lines, and documents a stage fails on — none of them may fail or block a run."""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tourpipe import core, stages
from tourpipe.core import analyze
from tourpipe.ingest import decode_bytes, list_seeds, seeds_fingerprint
from tourpipe.textnorm import normalize_text, normalize_with_offsets

EN = "Park gets investors\n\nMore than 120 enterprises from 12 countries work in the Astana park.\n"


def _rows(wh: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(wh / "tourpipe.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


# -- text that splits numbers and lines ----------------------------------------------------------------
@pytest.mark.parametrize("text,surface,value", [
    ("Over 6\u200b000 companies opened offices in the city.", "Over 6\u200b000 companies", 6000),
    ("The fund holds $1\u200d6 bn in assets.", "$1\u200d6 bn", 16e9),
    ("The park employs 1\u00ad200 engineers.", "1\u00ad200 engineers", 1200),
    ("\ufeffThe port handled 40 ships.", "40 ships", 40),
])
def test_format_characters_inside_numbers_do_not_split_them(text, surface, value):
    facts = analyze(text, "en").facts
    assert [(f.text, f.value) for f in facts] == [(surface, value)]
    assert all(text[f.start_char:f.end_char] == f.text for f in facts)


def test_decomposed_russian_keeps_its_units_and_canonical_names():
    composed = "Делегация из Казахстана посетила 12 предприятий в Урумчи."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    a, b = analyze(composed, "ru"), analyze(decomposed, "ru")
    assert [(f.value, f.unit) for f in b.facts] == [(f.value, f.unit) for f in a.facts] == [(12.0, "enterprise")]
    assert [(e.label, e.canonical) for e in b.entities] == [(e.label, e.canonical) for e in a.entities]
    assert all(decomposed[e.start_char:e.end_char] == e.text for e in b.entities + b.facts)


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\r"])
def test_every_line_break_str_splitlines_knows_is_one_line_break(sep):
    text = f"Headline{sep}Body line{sep}Last line"
    assert normalize_text(text) == "Headline\nBody line\nLast line"
    assert normalize_text(text).splitlines() == text.splitlines()


_ALPHABET = st.sampled_from(["a", "й", "и\u0306", "e\u0301", "\u200b", "\u00ad", "\ufeff", "1", " ", "\n", "\r\n",
                             "\u2028", "\x0b", "6", "$", "Ё", "е\u0308"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_normalising_with_offsets_agrees_and_maps_back(text):
    norm, origin = normalize_with_offsets(text)
    assert norm == normalize_text(text)
    assert len(origin) == len(norm) + 1 and origin[-1] == len(text)
    assert origin == sorted(origin)


def test_utf8_russian_with_one_stray_byte_is_not_read_as_koi8():
    text = "Китайские инвесторы построят завод в Актобе. " * 30
    data = text.encode("utf-8")
    data = data[:500] + b"\xff" + data[500:]
    decoded, encoding = decode_bytes(data)
    assert encoding.startswith("utf-8") and "Китайские инвесторы" in decoded


# -- file names and timestamps ---------------------------------------------------------------------------
def test_a_file_name_that_is_not_utf8_is_listed_under_a_safe_name(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ok.txt").write_text(EN, encoding="utf-8")
    with open(os.path.join(os.fsencode(seeds), b"caf\xe9.txt"), "wb") as fh:
        fh.write(EN.replace("120", "130").encode())
    assert [f.name for f in list_seeds(seeds)] == ["caf\\xe9.txt", "ok.txt"]
    assert seeds_fingerprint(seeds)
    result = stages.run_all(seeds, tmp_path / "wh", n_process=1)
    assert (result["raw"].new, result["raw"].rejected) == (2, 0)
    assert [r[0] for r in _rows(tmp_path / "wh", "select file_name from documents order by 1")] == \
        ["caf\\xe9.txt", "ok.txt"]


def test_a_file_stamped_past_2262_is_processed(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "future.txt").write_text(EN, encoding="utf-8")
    far = 10**19  # ns: year 2286, past what a signed 64-bit nanosecond count holds
    try:
        os.utime(seeds / "future.txt", ns=(far, far))
    except (OverflowError, OSError):
        pytest.skip("this file system cannot store a timestamp past 2262")
    for _ in range(2):  # the second run lists the file as unchanged
        result = stages.run_all(seeds, tmp_path / "wh", n_process=1)
    assert result["raw"].unchanged == 1
    assert _rows(tmp_path / "wh", "select count(*) from documents") == [(1,)]


# -- a document a stage fails on ---------------------------------------------------------------------------
def test_a_document_a_stage_fails_on_is_rejected_and_the_others_published(tmp_path: Path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(EN, encoding="utf-8")
    (seeds / "b.txt").write_text(EN.replace("Astana", "Almaty"), encoding="utf-8")
    (seeds / "poison.txt").write_text(EN.replace("Astana", "Poisonville"), encoding="utf-8")
    real = core.extract_facts

    def extract_facts(text, lang="en", entities=()):
        if "Poisonville" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, lang, entities)

    monkeypatch.setattr(core, "extract_facts", extract_facts)
    stages.run_all(seeds, tmp_path / "wh", n_process=1)
    wh = tmp_path / "wh"
    assert _rows(wh, "select file_name from documents order by 1") == [("a.txt",), ("b.txt",)]
    assert _rows(wh, "select file_name, reason from rejected") == [
        ("poison.txt", "failed in facts: RecursionError: maximum recursion depth exceeded")]
    assert _rows(wh, "select count(*) from facts") == [(4,)]
    assert _rows(wh, "select count(*) from entities where doc_id not in (select doc_id from documents)") == [(0,)]
    again = stages.run_all(seeds, wh, n_process=1)  # not retried on every run: its bytes are known to fail
    assert (again["raw"].new, again["raw"].unchanged) == (0, 3)


def test_ner_failing_on_one_document_of_a_chunk_keeps_the_rest_of_the_chunk(monkeypatch):
    docs = [core.Document.of(f"d{i}", f"Delegates from Kazakhstan met {i} investors in Beijing.", "en")
            for i in range(4)]
    real = core.extract_entities

    def extract_entities(texts, lang="en", n_process=1):
        texts = list(texts)
        if any("met 2 investors" in t for t in texts):
            raise ValueError("[E088] Text of length 2000001 exceeds maximum of 1000000")
        return real(texts, lang)

    monkeypatch.setattr(core, "extract_entities", extract_entities)
    out = stages._entities_chunk(docs)
    assert [type(r).__name__ for r in out] == ["list", "list", "Failed", "list"]
    assert out[2].doc_id == "d2" and out[2].stage == "entities" and "E088" in out[2].error
    assert {r["text"] for r in out[0]} >= {"Kazakhstan", "Beijing"}


# -- corruption at rest -------------------------------------------------------------------------------------
VIEWS = {"documents": "doc_id", "entities": "doc_id, start_char, label", "facts": "fact_id",
         "removed_lines": "doc_id, line_no", "rejected": "file_name"}


def _tables(wh: Path) -> dict[str, list[tuple]]:
    """Every view's rows, without the columns that say when a run happened."""
    out = {}
    for view, order in VIEWS.items():
        cols = [c for (c,) in _rows(wh, f"select column_name from (describe {view})")
                if c not in ("ingested_at", "seen_at")]
        out[view] = _rows(wh, f"select {', '.join(cols)} from {view} order by {order}")
    return out


def _flip_bit(path: Path, keep_time: bool) -> None:
    st = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    if keep_time:  # as `rsync -t` or a restore from backup leaves it
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    """The seeds processed once: a reference for what every repaired warehouse must hold."""
    from tourpipe_tests.conftest import SEEDS

    root = tmp_path_factory.mktemp("reference")
    stages.run_all(SEEDS, root / "wh", n_process=1)
    return root / "wh", _tables(root / "wh")


def _fresh(tmp_path: Path) -> Path:
    """The seeds processed into a warehouse of this test's own; returns its seeds folder."""
    import shutil

    from tourpipe_tests.conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    stages.run_all(seeds, tmp_path / "wh", n_process=1)
    return seeds


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["truncate", "flip", "flip_keep_time", "database", "listing"])
def test_damaged_warehouse_files_are_found_and_rebuilt(built, tmp_path: Path, damage: str):
    from tourpipe.storage import Warehouse

    reference = built[1]
    seeds = _fresh(tmp_path)
    wh = Warehouse(tmp_path / "wh")
    batch = wh.batch_dirs()[0]
    if damage == "truncate":
        target = batch / "facts.parquet"
        target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    elif damage in ("flip", "flip_keep_time"):
        _flip_bit(batch / "entities.parquet", keep_time=damage == "flip_keep_time")
    elif damage == "database":
        _flip_bit(wh.db_path, keep_time=False)
    else:
        _flip_bit(wh.current / wh.generation().files, keep_time=False)
    assert wh.verify(full=True), "the full check sees every kind of damage"
    cheap = wh.verify(full=False)
    if damage == "flip_keep_time":
        assert cheap == []  # size and time as published: only the full check (--force, the asset check) sees it
        stages.run_all(seeds, wh.root, n_process=1, reread=True)
    else:
        assert cheap, "the check every run makes sees it"
        stages.run_all(seeds, wh.root, n_process=1)
    assert wh.verify(full=True) == []
    assert _tables(wh.root) == reference


@pytest.mark.slow
def test_an_edit_that_keeps_size_and_time_is_found_with_force(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    doc = seeds / "a.txt"
    doc.write_text(EN, encoding="utf-8")
    stages.run_all(seeds, tmp_path / "wh", n_process=1)
    st = doc.stat()
    doc.write_text(EN.replace("120", "170"), encoding="utf-8")  # same length
    os.utime(doc, ns=(st.st_atime_ns, st.st_mtime_ns))
    stages.run_all(seeds, tmp_path / "wh", n_process=1)
    assert _rows(tmp_path / "wh", "select value from facts order by start_char")[0] == (120.0,)  # looks unchanged
    stages.run_all(seeds, tmp_path / "wh", n_process=1, reread=True)
    assert _rows(tmp_path / "wh", "select value from facts order by start_char")[0] == (170.0,)


# -- deterministic results -------------------------------------------------------------------------------------
@pytest.mark.slow
def test_tables_are_a_function_of_the_files_whatever_batches_they_came_in(tmp_path: Path, built):
    """Seven files in one batch, or five then two: the same tables (the cleaner judges each page alone)."""
    import shutil

    from tourpipe_tests.conftest import SEEDS

    site = "Eastwind Daily Partner Network\nSubscribe to Eastwind Daily\n"
    extra = {f"extra{i}.txt": f"Park news {i}\n{site}More than {40 + i} firms opened offices in the park.\n{site}"
             for i in range(2)}
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        shutil.copytree(SEEDS, folder / "seeds")
    for name, text in extra.items():
        (one / "seeds" / name).write_text(text, encoding="utf-8")
    stages.run_all(one / "seeds", one / "wh", n_process=1)
    stages.run_all(two / "seeds", two / "wh", n_process=1)  # five first ...
    for name, text in extra.items():
        (two / "seeds" / name).write_text(text, encoding="utf-8")
    stages.run_all(two / "seeds", two / "wh", n_process=1)  # ... then two
    assert _tables(one / "wh") == _tables(two / "wh")
