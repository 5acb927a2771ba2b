"""The layering the code relies on: the analysis core imports neither Dagster nor pyarrow; only storage writes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "tourpipe"


def test_the_analysis_core_imports_no_dagster_and_no_pyarrow():
    code = ("import sys, tourpipe.core; "
            "print(sorted(m for m in ('dagster', 'pyarrow', 'duckdb') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_only_the_storage_package_writes_parquet_or_names_the_database_file():
    outside = [p for p in PACKAGE.rglob("*.py") if "storage" not in p.relative_to(PACKAGE).parts]
    for path in outside:
        text = path.read_text(encoding="utf-8")
        for needle in ("pyarrow.parquet", "ParquetWriter", "write_table(", '"tourpipe.duckdb"', "'tourpipe.duckdb'",
                       "GENERATION.json", "LAST_RUN.json"):
            assert needle not in text, f"{path.relative_to(PACKAGE)} uses {needle}"
