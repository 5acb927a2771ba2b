"""The `tourpipe` command end to end (run, extract, sql), in subprocesses as a user would call it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tourpipe.cli import check_read_only

pytestmark = pytest.mark.slow  # runs the pipeline through Dagster or in subprocesses

BIN = Path(sys.executable).parent


def tourpipe(*args: str, cwd: Path, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("DAGSTER_HOME", None)
    return subprocess.run([str(BIN / "tourpipe"), *args], cwd=cwd, input=stdin, capture_output=True, text=True,
                          env=full_env, timeout=300)


@pytest.fixture(scope="module")
def cli_project(tmp_path_factory) -> Path:
    """A folder laid out like the repo (seeds/), where `tourpipe run` is called with its defaults."""
    root = tmp_path_factory.mktemp("cli")
    shutil.copytree(Path(__file__).parents[1] / "seeds", root / "seeds")
    first = tourpipe("run", cwd=root)
    assert first.returncode == 0, first.stderr
    assert "documents: 5 new, 0 unchanged" in first.stdout
    return root


def _dagster_runs(project: Path) -> int:
    return len(list((project / "warehouse" / ".dagster" / "history" / "runs").glob("*.db")))


def test_run_twice_reports_nothing_new_and_uses_one_persistent_instance(cli_project: Path):
    runs_before = _dagster_runs(cli_project)
    assert runs_before >= 1  # the first run is recorded in the instance the UI reads

    second = tourpipe("run", cwd=cli_project)  # nothing changed: said so, no Dagster run started
    assert second.returncode == 0, second.stderr
    assert "documents: 0 new, 5 unchanged, 0 duplicate files, 0 rejected" in second.stdout
    assert "no Dagster run was started" in second.stdout and "FAILED" not in second.stdout
    assert "rows: documents 5, " in second.stdout
    assert _dagster_runs(cli_project) == runs_before

    forced = tourpipe("run", "--force", cwd=cli_project)  # --force goes through Dagster all the same
    assert forced.returncode == 0, forced.stderr
    assert "documents: 0 new, 5 unchanged, 0 duplicate files, 0 rejected" in forced.stdout
    assert "checks: " in forced.stdout and "FAILED" not in forced.stdout and "no Dagster run" not in forced.stdout
    assert (cli_project / "warehouse" / ".dagster" / "dagster.yaml").exists()
    assert _dagster_runs(cli_project) == runs_before + 1


def test_run_after_a_change_starts_a_dagster_run(cli_project: Path, tmp_path: Path):
    seeds = tmp_path / "seeds"
    shutil.copytree(cli_project / "seeds", seeds)
    wh = tmp_path / "wh"
    first = tourpipe("run", "--seeds", str(seeds), "--warehouse", str(wh), cwd=tmp_path)
    assert first.returncode == 0 and "documents: 5 new" in first.stdout, first.stderr
    (seeds / "extra.txt").write_text("Kazakhstan and China signed 12 agreements worth $3 billion.\n", encoding="utf-8")
    second = tourpipe("run", "--seeds", str(seeds), "--warehouse", str(wh), cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "documents: 1 new, 5 unchanged" in second.stdout and "no Dagster run" not in second.stdout
    (seeds / "extra.txt").unlink()
    third = tourpipe("run", "--seeds", str(seeds), "--warehouse", str(wh), cwd=tmp_path)
    assert third.returncode == 0 and "no Dagster run" not in third.stdout, third.stderr
    # Checks that failed at the last run are never reported as passed: the next run goes through Dagster.
    from tourpipe.storage import Warehouse

    Warehouse(wh).record_checks(False)
    fourth = tourpipe("run", "--seeds", str(seeds), "--warehouse", str(wh), cwd=tmp_path)
    assert fourth.returncode == 0 and "no Dagster run" not in fourth.stdout, fourth.stderr
    fifth = tourpipe("run", "--seeds", str(seeds), "--warehouse", str(wh), cwd=tmp_path)
    assert fifth.returncode == 0 and "no Dagster run was started" in fifth.stdout, fifth.stderr
    res = tourpipe("sql", "select count(*) as n from documents", "--format", "csv", "--warehouse", str(wh),
                   cwd=tmp_path)
    assert res.stdout.split() == ["n", "5"]


def test_run_honours_environment_overrides(cli_project: Path, tmp_path: Path):
    res = tourpipe("run", cwd=tmp_path, env={"TOURPIPE_SEEDS": str(cli_project / "seeds"),
                                             "TOURPIPE_WAREHOUSE": str(tmp_path / "elsewhere")})
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "elsewhere" / "tourpipe.duckdb").exists()


def test_a_warehouse_built_without_checks_is_not_skipped(cli_project: Path, tmp_path: Path):
    """A run outside this command (here the plain pipeline, like a sensor run) left no checks verdict: check first."""
    from tourpipe.stages import run_all

    wh = tmp_path / "wh"
    run_all(cli_project / "seeds", wh, n_process=1)
    res = tourpipe("run", "--seeds", str(cli_project / "seeds"), "--warehouse", str(wh), cwd=tmp_path)
    assert res.returncode == 0 and "documents: 0 new, 5 unchanged" in res.stdout, res.stderr
    assert "no Dagster run" not in res.stdout and "spans_slice_to_text ok" in res.stdout


def test_run_reports_a_missing_seeds_folder(tmp_path: Path):
    res = tourpipe("run", "--seeds", "nowhere", cwd=tmp_path)
    assert res.returncode == 2 and "nowhere" in res.stderr and "does not exist" in res.stderr


def test_sql_formats(cli_project: Path):
    res = tourpipe("sql", "select file_name, lang from documents order by 1", "--format", "csv", cwd=cli_project)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert lines[0] == "file_name,lang" and len(lines) == 6 and lines[-1].endswith(",ru")
    js = json.loads(tourpipe("sql", "select count(*) as n from documents", "--format", "json", cwd=cli_project).stdout)
    assert js == [{"n": 5}]
    table = tourpipe("sql", "select lang, count(*) n from documents group by 1 order by 1", cwd=cli_project).stdout
    assert "(2 rows)" in table and "ru" in table


@pytest.mark.parametrize("query", [
    "drop view facts", "insert into facts select * from facts", "copy (select 1) to 'out.csv'",
    "attach 'other.db'", "install httpfs", "pragma enable_profiling", "select 1; drop view documents",
    "create table t as select 1", "export database 'dump'", "set threads = 1",
])
def test_sql_refuses_writes_and_changes_nothing(cli_project: Path, query: str):
    db = cli_project / "warehouse" / "tourpipe.duckdb"
    before = db.read_bytes()
    res = tourpipe("sql", query, cwd=cli_project)
    assert res.returncode == 2 and "only read-only queries are allowed" in res.stderr
    assert db.read_bytes() == before
    assert not (cli_project / "out.csv").exists() and not (cli_project / "dump").exists()


def test_check_read_only_accepts_reads():
    for q in ["select 1", "with a as (select 1) select * from a", "describe facts", "show tables",
              "explain select 1", "from facts limit 1"]:
        check_read_only(q)


def test_extract_jsonl_one_line():
    res = tourpipe("extract", "--jsonl", cwd=Path.cwd(),
                   stdin='{"id":"a","text":"Over 6,000 Chinese companies operate in Kazakhstan."}\n')
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1
    out = json.loads(lines[0])
    assert out["id"] == "a" and out["lang"] == "en"
    assert [f["value"] for f in out["facts"]] == [6000.0]
    text = "Over 6,000 Chinese companies operate in Kazakhstan."
    for row in out["facts"] + out["entities"]:
        assert text[row["start_char"]:row["end_char"]] == row["text"]
    assert out["events"] == [] and out["quotes"] == []


def test_extract_jsonl_gives_events_and_quotes():
    text = ("Kazakh journalists visited the Khorgos dry port on Monday. "
            "\u201cIt is busy,\u201d said Aigerim Sadykova, head of the terminal.")
    res = tourpipe("extract", "--jsonl", cwd=Path.cwd(), stdin=json.dumps({"id": 7, "text": text}) + "\n")
    out = json.loads(res.stdout)
    assert [(e["type"], e["trigger"], e["target"]) for e in out["events"]] == [("visit", "visited",
                                                                                 "the Khorgos dry port")]
    assert [(q["text"], q["speaker"], q["speaker_role"]) for q in out["quotes"]] == [
        ("It is busy", "Aigerim Sadykova", "head of the terminal")]


def test_extract_jsonl_published_dates_what_the_text_writes_without_a_year():
    text = "The delegation visited the Khorgos dry port on March 21."
    lines = [json.dumps({"id": "dated", "text": text, "published": "2023-04-02"}),
             json.dumps({"id": "undated", "text": text}),
             json.dumps({"id": "bad", "text": text, "published": "last spring"})]
    res = tourpipe("extract", "--jsonl", cwd=Path.cwd(), stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [e["date"] for e in out[0]["events"]] == ["2023-03-21"]
    assert [e["canonical"] for e in out[0]["entities"] if e["label"] == "DATE"] == ["2023-03-21"]
    assert [e["date"] for e in out[1]["events"]] == [None]
    assert out[2]["id"] is None and out[2]["line"] == 3 and "unparseable date: published 'last spring'" in out[2]["error"]
    assert res.returncode == 1 and "line 3: unparseable date" in res.stderr


def test_extract_jsonl_many_lines_bad_line_reported_and_skipped():
    lines = [json.dumps({"id": i, "text": f"The fair drew {i + 10} companies from {i + 2} countries."}) for i in range(300)]
    lines.insert(5, "{not json")
    res = tourpipe("extract", "--jsonl", cwd=Path.cwd(), stdin="\n".join(lines) + "\n")
    assert res.returncode == 1 and "line 6" in res.stderr
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(out) == 301
    good = [o for o in out if "error" not in o]
    assert [o["id"] for o in good] == list(range(300))
    assert good[42]["facts"][0]["value"] == 52.0


def test_extract_plain_file_with_lang(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("В 2023 году в стране реализовано 57 совместных проектов.", encoding="utf-8")
    res = tourpipe("extract", "--lang", "ru", str(f), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["lang"] == "ru" and 57.0 in [x["value"] for x in out["facts"]]


def test_help_explains_every_command(tmp_path: Path):
    top = tourpipe("--help", cwd=tmp_path).stdout
    for cmd in ("run", "extract", "sql", "bench", "ui"):
        assert cmd in top
    assert "--jsonl" in tourpipe("extract", "--help", cwd=tmp_path).stdout
    assert "read-only" in tourpipe("sql", "--help", cwd=tmp_path).stdout


def test_duckdb_shell_opens_the_warehouse(cli_project: Path):
    shell = shutil.which("duckdb", path=str(BIN)) or shutil.which("duckdb")
    assert shell, "the duckdb shell (duckdb-cli) must be installed with tourpipe"
    res = subprocess.run([shell, "-readonly", "-csv", str(cli_project / "warehouse" / "tourpipe.duckdb"),
                          "-c", "select count(*) as n from documents"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["n", "5"]


def test_run_after_a_warehouse_file_was_truncated_repairs_it(tmp_path: Path):
    """The unchanged-listing shortcut is not taken over a damaged warehouse: the run sets the batch aside and
    rebuilds it from the seeds."""
    shutil.copytree(Path(__file__).parents[1] / "seeds", tmp_path / "seeds")
    assert tourpipe("run", cwd=tmp_path).returncode == 0
    [facts] = (tmp_path / "warehouse" / "parquet" / "batches").glob("*/facts.parquet")
    facts.write_bytes(facts.read_bytes()[:100])
    again = tourpipe("run", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "repaired: batch " in again.stdout and "documents: 5 new, 0 unchanged" in again.stdout
    assert "rows: documents 5, entities 133, facts 21, events 20, quotes 15, removed_lines 34, rejected 0" in again.stdout
    assert "warehouse_intact ok" in again.stdout


def test_extract_jsonl_answers_every_line_even_a_lone_surrogate_or_broken_bytes():
    lines = (b'{"id":1,"text":"The park hosts 40 firms."}\n'
             b'{"id":2,"text":"A stray \\ud800 character, and 12 firms."}\n'
             b'\xff\xfe not UTF-8 at all\n'
             b'{"id":4,"text":"Over 6,000 companies."}\n')
    res = subprocess.run([str(BIN / "tourpipe"), "extract", "--jsonl"], input=lines, capture_output=True)
    out = [json.loads(line) for line in res.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in out] == [1, 2, None, 4] and out[2]["line"] == 3 and "error" in out[2]
    assert [f["text"] for f in out[1]["facts"]] == ["12 firms"]
    assert res.returncode == 1  # one line was bad: said on stderr, the others answered
