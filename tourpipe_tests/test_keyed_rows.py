"""A stage's look-up of another stage's rows by document: the same rows whatever the order of the asks."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tourpipe import schema
from tourpipe.storage import parquet
from tourpipe.storage.parquet import TableWriter


def _entities(path: Path, docs: int, per_doc: int):
    writer = TableWriter(path, schema.ENTITIES)
    for d in range(docs):
        for k in range(per_doc):
            writer.add({"doc_id": f"d{d:04}", "text": f"Name{k}", "label": "GPE", "start_char": k * 10,
                        "end_char": k * 10 + 5, "canonical": None})
    return writer.close()


@pytest.mark.parametrize("kept", [1, 8])
def test_rows_by_document_are_the_same_whichever_row_groups_are_kept_decoded(tmp_path, monkeypatch, kept):
    """Two streams ask for interleaved chunks of documents spread over many row groups (as a stage's language
    streams do): each document gets exactly its rows, in file order, however many decoded row groups are kept."""
    monkeypatch.setattr(parquet, "ROW_GROUPS_KEPT", kept)
    staged = _entities(tmp_path / "entities.parquet", docs=600, per_doc=20)  # 12,000 rows: several row groups
    assert pq.ParquetFile(staged.path).num_row_groups > 2
    keyed = staged.by_doc(["text", "doc_id", "start_char"])
    even, odd = [f"d{d:04}" for d in range(0, 600, 2)], [f"d{d:04}" for d in range(1, 600, 2)]
    got: dict[str, list] = {}
    for k in range(0, 300, 50):  # the two streams in turn
        for ids in (even[k:k + 50], odd[k:k + 50]):
            got.update(keyed.rows_for(ids))
    assert len(got) == 600
    assert all(rows == [(f"Name{k}", d, k * 10) for k in range(20)] for d, rows in got.items())  # columns as asked
