"""Events and quotations in the warehouse: their views, their spans checked, and an edit that drops a visit."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tourpipe import stages
from tourpipe.core import analyze

VISIT = ("Delegation tours Urumqi park\n\n"
         "A Kazakhstan media delegation visited Xinjiang Software Park in Urumqi on Tuesday.\n"
         "The journalists also toured the Urumqi Economic and Technological Development Zone.\n"
         "\u201cWe saw how fast the zone is growing,\u201d said Dana Omarova, an editor of Kazinform.\n")


def _rows(wh: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(wh / "tourpipe.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.mark.slow
def test_events_and_quotes_land_in_their_views_and_follow_edits(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "visit.txt").write_text(VISIT, encoding="utf-8")
    wh = tmp_path / "wh"
    stages.run_all(seeds, wh, n_process=1)
    assert _rows(wh, "select type, trigger, target, status from events order by start_char") == [
        ("visit", "visited", "Xinjiang Software Park", "done"),
        ("visit", "toured", "the Urumqi Economic and Technological Development Zone", "done")]
    assert _rows(wh, "select text, speaker, speaker_role, verb, direct from quotes") == [
        ("We saw how fast the zone is growing", "Dana Omarova", "an editor of Kazinform", "said", True)]
    docs = dict(_rows(wh, "select doc_id, clean_text from documents"))
    for doc_id, trigger, start, end in _rows(wh, "select doc_id, trigger, start_char, end_char from events"):
        assert docs[doc_id][start:end] == trigger

    edited = VISIT.replace("The journalists also toured the Urumqi Economic and Technological Development Zone.\n", "")
    (seeds / "visit.txt").write_text(edited, encoding="utf-8")
    stages.run_all(seeds, wh, n_process=1)
    assert _rows(wh, "select trigger, target from events") == [("visited", "Xinjiang Software Park")]
    assert _rows(wh, "select count(*) from quotes") == [(1,)]


@pytest.mark.slow
def test_the_span_check_covers_event_and_quote_spans(tmp_path: Path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tourpipe.defs.resources import TourpipePaths
    from tourpipe.defs.warehouse import spans_slice_to_text
    from tourpipe.storage import Warehouse
    from tourpipe.storage.integrity import write_batch_manifest
    from tourpipe.storage.parquet import atomic_write_parquet

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "visit.txt").write_text(VISIT, encoding="utf-8")
    stages.run_all(seeds, tmp_path / "wh", n_process=1)
    check = spans_slice_to_text(TourpipePaths(warehouse_dir=str(tmp_path / "wh")))
    assert check.passed
    [batch] = Warehouse(tmp_path / "wh").batch_dirs()
    for table, column in (("events", "target_end"), ("quotes", "speaker_start")):
        original = (batch / f"{table}.parquet").read_bytes()
        rows = pq.read_table(batch / f"{table}.parquet")
        shifted = [v + 1 for v in rows.column(column).to_pylist()]
        atomic_write_parquet(rows.set_column(rows.schema.get_field_index(column), column,
                                             pa.array(shifted, pa.int64())), batch / f"{table}.parquet")
        write_batch_manifest(batch)  # as a faulty run would have written it
        broken = spans_slice_to_text(TourpipePaths(warehouse_dir=str(tmp_path / "wh")))
        assert not broken.passed and table in broken.metadata["examples"].value
        (batch / f"{table}.parquet").write_bytes(original)
        write_batch_manifest(batch)


FURNITURE = ["Home / News / Asia", "Photo: Xinhua", "By Dana Omarova | 1,204 views", "Related news",
             "Share on: Facebook Twitter", "Фото: Акорда", "Комментарии отсутствуют"]
BODY = ["A delegation from Kazakhstan visited the Khorgos dry port on Monday.",
        "\u201cThe port is growing fast,\u201d said Aigerim Sadykova, head of the terminal.",
        "The sides signed 12 agreements worth $1.5 billion.",
        "Делегация посетила технопарк в Урумчи.",
        "«Мы впечатлены», — отметил он.",
        "Chinese investors plan to invest $300 million in a plant in Aktobe."]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FURNITURE + BODY), min_size=3, max_size=12), st.sampled_from(["en", "ru"]))
def test_event_and_quote_spans_slice_the_page_and_never_come_from_furniture(lines, lang):
    page = "\n".join(lines) + "\n"
    result = analyze(page, lang)
    furniture_lines = {i for i, line in enumerate(page.splitlines()) if line in FURNITURE}
    starts = [0]
    for line in page.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))

    def line_of(pos: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= pos)

    for e in result.events:
        assert page[e.start_char:e.end_char] == e.trigger
        for text, s, t in ((e.actor, e.actor_start, e.actor_end), (e.target, e.target_start, e.target_end)):
            assert s is None or page[s:t] == text
        assert line_of(e.start_char) not in furniture_lines
    for q in result.quotes:
        assert page[q.start_char:q.end_char] == q.text and line_of(q.start_char) not in furniture_lines
        assert q.speaker_start is None or page[q.speaker_start:q.speaker_end] == q.speaker
