"""The command line's analyst side and its rough edges (issue 16): sql formats, widths and exit codes, report,
clear errors for missing files and bad options, help for every option."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from tourpipe.cli import build_parser, main
from tourpipe_tests import analyst_warehouse
from tourpipe_tests.test_cli import tourpipe

REPO = Path(__file__).resolve().parents[1]
LONG = "Kazakhstan and China signed 12 agreements worth $3 billion in 2023."  # 68 characters


@pytest.fixture(scope="module")
def wh(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli_analyst") / "warehouse"
    analyst_warehouse.build(root)
    return root


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


# -- help --------------------------------------------------------------------------------------------------
def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_option_of_every_command_has_help():
    commands = _subparsers(build_parser())
    assert set(commands) == {"run", "extract", "sql", "report", "bench", "shell", "ui"}
    for name, sub in commands.items():
        assert sub.description, f"{name} has no description"
        assert "exit status" in (sub.epilog or ""), f"{name} --help does not document its exit status"
        for action in sub._actions:
            if not isinstance(action, argparse._HelpAction):
                assert action.help, f"tourpipe {name} {action.option_strings or action.dest}: no help"


def test_top_level_and_sql_help_document_exit_codes(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "Exit status" in out and "report" in out
    code, out, _ = run(capsys, "sql", "--help")
    assert code == 0 and "exit status:" in out and "2  the query was refused" in out
    assert "--max-width" in out and "markdown" in out and "--no-external-access" in out
    for command in ("bench", "ui"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and len(out.split("\n\n")[1]) > 80  # a paragraph that says what it does


# -- argument checks ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("argv, message", [
    (["run", "--processes", "0"], "must be at least 1, got 0"),
    (["run", "--processes", "two"], "expected a whole number, got 'two'"),
    (["extract", "--processes", "-1"], "must be at least 1, got -1"),
    (["bench", "--docs", "0"], "must be at least 1, got 0"),
    (["sql", "select 1", "--max-width", "-5"], "must be 0 or more, got -5"),
])
def test_bad_numbers_are_rejected_by_the_parser(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_seeds_that_is_a_file_is_not_a_folder(capsys, tmp_path: Path):
    code, _, err = run(capsys, "run", "--seeds", str(REPO / "README.md"), "--warehouse", str(tmp_path / "wh"))
    assert code == 2 and "README.md is not a folder" in err and "does not exist" not in err
    code, _, err = run(capsys, "run", "--seeds", str(tmp_path / "nowhere"), "--warehouse", str(tmp_path / "wh"))
    assert code == 2 and "does not exist" in err
    code, _, err = run(capsys, "ui", "--seeds", str(REPO / "README.md"), "--warehouse", str(tmp_path / "wh"))
    assert code == 2 and "is not a folder" in err
    assert not (tmp_path / "wh").exists()


@pytest.mark.parametrize("target, reason", [("missing.txt", "no such file or directory"),
                                            ("folder", "is a folder, not a file")])
def test_extract_a_file_that_cannot_be_read(capsys, tmp_path: Path, target: str, reason: str):
    (tmp_path / "folder").mkdir()
    code, out, err = run(capsys, "extract", str(tmp_path / target))
    assert code == 2 and out == ""
    assert err.strip() == f"tourpipe extract: {tmp_path / target}: {reason}"


# -- sql ---------------------------------------------------------------------------------------------------
def test_sql_errors_all_exit_2(capsys, wh: Path):
    for query, words in [("select * from no_such_table", "Catalog Error"), ("selec 1", "Parser Error"),
                         ("select no_such_column from facts", "Binder Error"),
                         ("select 1/0::int from facts where error('boom')", "boom")]:
        code, out, err = run(capsys, "sql", query, "--warehouse", str(wh))
        assert code == 2 and words in err and out == "", (query, err)


def test_sql_refusals_read_well_and_exit_2(capsys, wh: Path):
    code, _, err = run(capsys, "sql", "attach 'other.db'", "--warehouse", str(wh))
    assert code == 2 and "refused an ATTACH statement" in err
    code, _, err = run(capsys, "sql", "select 1", "--warehouse", str(wh.parent / "nowhere"))
    assert code == 2 and "does not exist; run `tourpipe run` first" in err


def test_sql_max_width(capsys, wh: Path):
    query = "select sentence from facts where fact_id = 'f1'"
    _, out, _ = run(capsys, "sql", query, "--warehouse", str(wh))
    assert LONG[:59] + "…" in out and LONG not in out  # the default cut, 60 characters
    _, out, _ = run(capsys, "sql", query, "--max-width", "0", "--warehouse", str(wh))
    assert LONG in out
    _, out, _ = run(capsys, "sql", query, "--max-width", "20", "--warehouse", str(wh))
    assert LONG[:19] + "…" in out.splitlines()[2]
    _, out, _ = run(capsys, "sql", query, "--format", "csv", "--max-width", "10", "--warehouse", str(wh))
    assert LONG in out  # csv and json keep every value whole
    _, out, _ = run(capsys, "sql", query, "--format", "json", "--max-width", "10", "--warehouse", str(wh))
    assert json.loads(out) == [{"sentence": LONG}]


def test_sql_markdown(capsys, wh: Path):
    code, out, _ = run(capsys, "sql", "select lang, count(*) as n, 'a|b' as pipe from documents group by 1 order by 1",
                       "--format", "markdown", "--warehouse", str(wh))
    assert code == 0
    assert out.splitlines() == ["| lang | n | pipe |", "|---|---|---|", "| en | 2 | a\\|b |", "| ru | 1 | a\\|b |",
                                "| zh | 1 | a\\|b |"]


def test_sql_pivot(capsys, wh: Path):
    code, out, err = run(capsys, "sql", "pivot (select unit_kind from facts) on unit_kind using count(*)", "--format", "json",
                         "--warehouse", str(wh))
    assert code == 0, err
    assert json.loads(out) == [{"count": 3, "duration": 1, "money": 7}]


def test_sql_no_external_access(capsys, wh: Path):
    code, _, err = run(capsys, "sql", "select * from read_csv('/etc/passwd')", "--no-external-access",
                       "--warehouse", str(wh))
    assert code == 2 and "Permission Error" in err
    code, out, _ = run(capsys, "sql", "select count(*) as n from facts", "--no-external-access", "--format", "csv",
                       "--warehouse", str(wh))
    assert code == 0 and out.split() == ["n", "11"]
    code, out, _ = run(capsys, "sql", "select count(*) as n from read_csv('/etc/passwd', header = false)",
                       "--format", "csv", "--warehouse", str(wh))
    assert code == 0 and int(out.split()[1]) > 0  # without the switch, as before


# -- report ------------------------------------------------------------------------------------------------
@pytest.mark.slow  # draws every chart
def test_report_command(capsys, wh: Path, tmp_path: Path):
    out_file = tmp_path / "r" / "page.html"
    code, out, err = run(capsys, "report", "--warehouse", str(wh), "--out", str(out_file))
    assert code == 0, err
    assert out_file.exists() and f"report: {out_file}" in out
    assert "skipped visits_by_site: this warehouse has no events view yet" in out
    code, _, err = run(capsys, "report", "--warehouse", str(tmp_path / "nowhere"))
    assert code == 2 and "run `tourpipe run` first" in err


# -- as a user calls them ----------------------------------------------------------------------------------
@pytest.mark.slow
def test_extract_missing_file_without_a_traceback(tmp_path: Path):
    res = tourpipe("extract", "/missing.txt", cwd=tmp_path)
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.strip() == "tourpipe extract: /missing.txt: no such file or directory"


@pytest.mark.slow
def test_an_empty_seeds_folder_warns_and_the_run_succeeds(tmp_path: Path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / ".hidden").write_text("x")  # hidden files are not articles
    res = tourpipe("run", "--processes", "1", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "warning: the seeds folder" in res.stderr and "is empty" in res.stderr
    assert "documents: 0 new, 0 unchanged" in res.stdout


@pytest.mark.slow
def test_report_and_sql_as_installed_commands(tmp_path: Path):
    wh = tmp_path / "warehouse"
    analyst_warehouse.build(wh)
    res = tourpipe("report", cwd=tmp_path)
    assert res.returncode == 0 and (wh / "report.html").exists(), res.stderr
    res = tourpipe("sql", "select * from read_csv('/etc/passwd')", "--no-external-access", cwd=tmp_path)
    assert res.returncode == 2 and "Permission Error" in res.stderr and "Traceback" not in res.stderr
