"""The `tourpipe` command: run the pipeline, extract from text, query the warehouse, benchmark, open the UI."""
from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import os
import re
import sys
import textwrap
import time
from dataclasses import asdict
from pathlib import Path

from tourpipe.api import check_read_only  # noqa: F401  (tourpipe.cli.check_read_only, as before)


def _default_seeds() -> Path:
    return Path(os.environ.get("TOURPIPE_SEEDS") or "seeds")


def _default_warehouse() -> str:
    return os.environ.get("TOURPIPE_WAREHOUSE") or "warehouse"


def _warehouse_location(location: str) -> str:
    """A local folder as an absolute path; ``s3://bucket/prefix`` as it is."""
    from tourpipe.storage import is_object_store

    return location.rstrip("/") if is_object_store(location) else str(Path(location).resolve())


def _open_warehouse(args: argparse.Namespace):
    from tourpipe.storage import open_warehouse

    return open_warehouse(_warehouse_location(args.warehouse), getattr(args, "db", None))


def _show_progress() -> None:
    """Print the pipeline's progress lines (the ``tourpipe`` logger) on stderr, and nothing else's."""
    logger = logging.getLogger("tourpipe")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


# -- arguments ---------------------------------------------------------------------------------------
def _whole_number(text: str, low: int, bound: str) -> int:
    """argparse type: a whole number of at least ``low`` (``bound`` says so in the error)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < low:
        raise argparse.ArgumentTypeError(f"must be {bound}, got {value}")
    return value


def _positive_int(text: str) -> int:
    return _whole_number(text, 1, "at least 1")


def _non_negative_int(text: str) -> int:
    return _whole_number(text, 0, "0 or more")


def _seeds_problem(seeds: Path, command: str) -> int | None:
    """Exit status 2 with a message when ``seeds`` is not a folder; a warning (and None) when it holds no file."""
    if not seeds.exists():
        print(f"tourpipe {command}: seeds folder {seeds} does not exist", file=sys.stderr)
        return 2
    if not seeds.is_dir():
        print(f"tourpipe {command}: {seeds} is not a folder (--seeds takes the folder that holds the articles)",
              file=sys.stderr)
        return 2
    try:
        empty = not any(not e.name.startswith(".") for e in os.scandir(seeds))
    except OSError as exc:
        print(f"tourpipe {command}: cannot read the seeds folder {seeds}: {exc.strerror}", file=sys.stderr)
        return 2
    if empty:
        print(f"tourpipe {command}: warning: the seeds folder {seeds} is empty; the warehouse will hold no documents",
              file=sys.stderr)
    return None


# -- run ---------------------------------------------------------------------------------------------
def _report_up_to_date(seeds: Path, wh, t0: float) -> bool:
    """When nothing in ``seeds`` changed since the last complete run, say so (same summary lines) and return True.

    Judged from the folder listing alone (names, sizes, modification times), without starting Dagster:
    the run it saves would have found every file unchanged and rebuilt the same views. Only after a
    `tourpipe run` whose checks all passed; after a failed check (or a run started elsewhere, whose
    checks this command did not see) the next run goes through Dagster and its checks again.
    """
    from tourpipe.ingest import seeds_fingerprint

    state = wh.up_to_date(seeds, seeds_fingerprint(seeds))
    if state is None or not state.checks_passed or wh.verify():  # a damaged file: the run repairs it
        return False
    print(f"documents: 0 new, {state.files - state.rejected} unchanged, 0 duplicate files, {state.rejected} rejected")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in state.rows.items()))
    print(f"checks: passed at the last run ({state.finished_at}); nothing changed since, so no Dagster run "
          "was started (--force starts one anyway)")
    print(f"seconds: {time.perf_counter() - t0:.1f}  warehouse: {wh.db_path}")
    return True


def cmd_run(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    seeds, wh = args.seeds.resolve(), _open_warehouse(args)
    if (problem := _seeds_problem(seeds, "run")) is not None:
        return problem
    from tourpipe.instance import one_run_at_a_time

    with one_run_at_a_time(wh.root):  # the warehouse's local folder (for s3://, the one holding its database)
        if not args.force and _report_up_to_date(seeds, wh, t0):
            return 0
        return _run_through_dagster(args, seeds, wh, t0)


def _run_through_dagster(args: argparse.Namespace, seeds: Path, wh, t0: float) -> int:
    import dagster as dg

    from tourpipe.instance import prepare_dagster_home
    from tourpipe.storage import is_object_store

    home = prepare_dagster_home(wh.root)
    _show_progress()
    location = _warehouse_location(args.warehouse)
    where = f"{location} (database {wh.db_path})" if is_object_store(location) else location
    on = f", per-document stages on Dask {args.cluster}" if args.cluster else ""
    print(f"tourpipe: {seeds} -> {where} (Dagster instance {home}{on})", file=sys.stderr)

    from tourpipe.definitions import defs

    job = defs.resolve_job_def("refresh_warehouse")
    with dg.DagsterInstance.get() as instance:
        result = job.execute_in_process(
            instance=instance,
            run_config={
                "resources": {"paths": {"config": {"seeds_dir": str(seeds), "warehouse_dir": location,
                                                    "n_process": args.processes, "cluster": args.cluster or "",
                                                    "db": str(wh.db_path) if is_object_store(location) else ""}}},
                "ops": {"raw_documents": {"config": {"reread": bool(args.force)}}},
                "loggers": {"console": {"config": {"log_level": "WARNING"}}},
            },
            tags={"tourpipe/trigger": "cli"},
            raise_on_error=False,
        )
    seconds = time.perf_counter() - t0
    meta = {}
    for event in result.get_asset_materialization_events():
        mat = event.event_specific_data.materialization
        meta[mat.asset_key.to_user_string()] = {k: v.value for k, v in mat.metadata.items()}
    checks = [(e.check_name, e.passed) for e in result.get_asset_check_evaluations()]
    wh.record_checks(result.success and bool(checks) and all(ok for _, ok in checks))
    if not result.success:
        for event in result.all_events:
            if event.is_step_failure:
                err = event.event_specific_data.error
                print(f"FAILED {event.step_key}: {err.message.strip() if err else ''}", file=sys.stderr)
        print(f"tourpipe run failed after {seconds:.1f}s (run {result.run_id}); "
              "the warehouse keeps its previous state.",
              file=sys.stderr)
        return 1
    raw = meta.get("raw_documents", {})
    if not str(raw.get("repaired", "(nothing")).startswith("(nothing"):
        print("repaired: " + raw["repaired"].replace("\n", "\nrepaired: "))
    views = meta.get("warehouse_views", {})
    print(f"documents: {raw.get('new_documents', 0)} new, {raw.get('unchanged_documents', 0)} unchanged, "
          f"{raw.get('duplicate_files', 0)} duplicate files, {raw.get('rejected_files', 0)} rejected")
    print("rows: " + ", ".join(f"{k[5:]} {v}" for k, v in views.items() if k.startswith("rows_")))
    print("checks: " + ", ".join(f"{name} {'ok' if ok else 'FAILED'}" for name, ok in checks))
    print(f"seconds: {seconds:.1f}  warehouse: {wh.db_path}")
    return 0 if all(ok for _, ok in checks) else 1


# -- extract -----------------------------------------------------------------------------------------
def _record(doc_id, analysis) -> dict:
    from tourpipe.core import event_records, fact_records, quote_records

    facts = fact_records(str(doc_id), analysis.facts)
    for f in facts:
        f.pop("doc_id")
    fact_ids = {(f["start_char"], f["end_char"]): f["fact_id"] for f in facts}
    events = [{k: v for k, v in e.items() if k != "doc_id"}
              for e in event_records(str(doc_id), analysis.events, fact_ids)]
    quotes = [{k: v for k, v in q.items() if k != "doc_id"} for q in quote_records(str(doc_id), analysis.quotes)]
    return {"id": doc_id, "lang": analysis.lang, "facts": facts, "entities": [asdict(e) for e in analysis.entities],
            "events": events, "quotes": quotes}


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(value):
    """JSON may escape half of a UTF-16 pair ("\\ud800"), which no UTF-8 output can carry: it becomes U+FFFD
    (one character for one, so offsets still hold)."""
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def _parse_jsonl(stream, default_lang: str):
    """(line number, id, text, lang, published) for each non-blank line; (line number, None, error, None, None)
    for a bad one."""
    from tourpipe.records import parse_published

    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError('expected an object with a string "text"')
            published = obj.get("published")
            if published is not None:
                if not isinstance(published, str):
                    raise ValueError(f'"published" must be a date string, not {type(published).__name__}')
                try:
                    published = parse_published(published)
                except ValueError as exc:
                    raise ValueError(f"unparseable date: published {published[:60]!r} ({exc})") from None
            yield (n, _no_surrogates(obj.get("id", n)), _no_surrogates(obj["text"]), obj.get("lang") or default_lang,
                   published)
        except (ValueError, RecursionError) as exc:
            yield n, None, str(exc), None, None


def _extract_records(entries: list[tuple]) -> list[dict]:
    """Output records for a chunk of parsed lines (runs in a worker process for long inputs)."""
    from tourpipe.core import analyze_batch

    good = [e for e in entries if e[3] is not None]
    try:
        results = iter([_record(e[1], a) for e, a in
                        zip(good, analyze_batch([(text, lang, published) for _, _, text, lang, published in good]))])
    except Exception:  # noqa: BLE001 - one line must not stop the stream: answer each line on its own
        results = iter([_one_record(e) for e in good])
    return [next(results) if lang is not None else {"id": None, "line": n, "error": text}
            for n, doc_id, text, lang, _ in entries]


def _one_record(entry: tuple) -> dict:
    from tourpipe.core import analyze_batch

    n, doc_id, text, lang, published = entry
    try:
        return _record(doc_id, analyze_batch([(text, lang, published)])[0])
    except Exception as exc:  # noqa: BLE001
        return {"id": doc_id, "line": n, "error": f"extraction failed: {type(exc).__name__}: {exc}"[:500]}


def cmd_extract(args: argparse.Namespace) -> int:
    from tourpipe.core import analyze
    from tourpipe.parallel import map_chunks

    try:
        if args.file in (None, "-"):
            sys.stdin.reconfigure(errors="replace")  # a broken byte is one line's damage, not the stream's end
            stream = sys.stdin
        else:
            stream = open(args.file, encoding="utf-8", errors="replace")
    except OSError as exc:
        reason = "is a folder, not a file" if isinstance(exc, IsADirectoryError) else (exc.strerror or str(exc)).lower()
        print(f"tourpipe extract: {args.file}: {reason}", file=sys.stderr)
        return 2
    out = sys.stdout
    if not args.jsonl:
        result = analyze(stream.read(), args.lang)
        json.dump(_record(args.file or "-", result), out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
        return 0
    errors = 0
    records = map_chunks(_extract_records, _parse_jsonl(stream, args.lang), args.processes, chunk_size=32,
                         min_items=128)
    for record in records:
        if "error" in record:
            errors += 1
            print(f"tourpipe extract: line {record['line']}: {record['error']}", file=sys.stderr)
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    out.flush()
    return 1 if errors else 0


# -- sql ---------------------------------------------------------------------------------------------
SQL_EXIT_CODES = """exit status:
  0  the query ran and its result was printed
  2  the query was refused (it would write or change settings), failed (syntax error, unknown table
     or column, a file outside the warehouse with --no-external-access, ...), or there is no warehouse"""


def _cut(text: str, width: int) -> str:
    return text if width == 0 or len(text) <= width else text[:max(width - 1, 0)] + "…"


def _cells(rows: list[tuple], width: int) -> list[list[str]]:
    return [[_cut(("" if v is None else str(v)).replace("\n", " "), width) for v in r] for r in rows]


def _format(columns: list[str], rows: list[tuple], fmt: str, max_width: int = 60) -> str:
    """The result as a text table, a Markdown (GitHub) table, CSV or JSON.

    ``max_width`` cuts long cells of the text and Markdown tables (0: no cut); CSV and JSON keep every value whole.
    """
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, default=str, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    if fmt == "markdown":
        def md(vals: list[str]) -> str:
            return "| " + " | ".join(v.replace("\\", "\\\\").replace("|", "\\|") for v in vals) + " |"

        return "\n".join([md(columns), "|" + "|".join("---" for _ in columns) + "|"]
                         + [md(r) for r in _cells(rows, max_width)])
    cells = _cells(rows, max_width)
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(vals: list[str]) -> str:
        return " | ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()

    return "\n".join([line(columns), "-+-".join("-" * w for w in widths)] + [line(r) for r in cells]
                     + [f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from tourpipe.api import connect

    try:
        check_read_only(args.query)
        con = connect(args.warehouse, external_access=not args.no_external_access, db=args.db)
    except (ValueError, duckdb.Error, FileNotFoundError, NotImplementedError) as exc:
        print(f"tourpipe sql: {exc}", file=sys.stderr)
        return 2
    try:
        cur = con.execute(args.query)
        columns = [d[0] for d in cur.description] if cur.description else []
        rows = cur.fetchall() if columns else []
    except duckdb.Error as exc:
        print(f"tourpipe sql: {exc}", file=sys.stderr)
        return 2
    finally:
        con.close()
    print(_format(columns, rows, args.format, args.max_width))
    return 0


# -- report ------------------------------------------------------------------------------------------
def cmd_report(args: argparse.Namespace) -> int:
    from tourpipe.report import write_report

    t0 = time.perf_counter()
    try:
        report = write_report(args.warehouse, args.out)
    except (FileNotFoundError, NotImplementedError) as exc:
        print(f"tourpipe report: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"tourpipe report: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    shown = ", ".join(c.key for c in report.charts)
    print(f"report: {report.path} ({len(report.charts)} charts: {shown})")
    for key, _title, reason in report.skipped:
        print(f"  skipped {key}: {reason}")
    print(f"seconds: {time.perf_counter() - t0:.1f}")
    return 0


# -- ui ----------------------------------------------------------------------------------------------
def cmd_ui(args: argparse.Namespace) -> int:
    """Start the Dagster UI (`dg dev`) on the shared instance, with the seeds and warehouse folders given here.

    Dagster reads the resource configuration (TOURPIPE_SEEDS, TOURPIPE_WAREHOUSE) from a .env file in its
    working directory, which overrides the environment: the UI starts from a folder of the instance's
    whose .env names the folders given here.
    """
    from tourpipe.instance import prepare_dagster_home

    wh, seeds = _open_warehouse(args), args.seeds.resolve()
    if (problem := _seeds_problem(seeds, "ui")) is not None:
        return problem
    home = prepare_dagster_home(wh.root)
    launch = home / "ui"
    launch.mkdir(exist_ok=True)
    env = {"TOURPIPE_SEEDS": str(seeds), "TOURPIPE_WAREHOUSE": _warehouse_location(args.warehouse)}
    if args.db:
        env["TOURPIPE_DB"] = str(Path(args.db).resolve())
    (launch / ".env").write_text("".join(f"{k}={json.dumps(v, ensure_ascii=False)}\n" for k, v in env.items()),
                                 encoding="utf-8")
    (launch / "workspace.yaml").write_text("load_from:\n  - python_module: tourpipe.definitions\n", encoding="utf-8")
    os.environ.update(env)
    os.chdir(launch)
    extra = args.dagster_args[1:] if args.dagster_args[:1] == ["--"] else args.dagster_args
    # `dg dev` (Dagster 1.13's successor of `dagster dev`), the one next to this interpreter: works without
    # activating the virtualenv. Given a workspace file it serves that workspace from this folder.
    dg = Path(sys.executable).with_name("dg")
    command = [str(dg) if dg.exists() else "dg", "dev", "-w", "workspace.yaml", *extra]
    print(f"DAGSTER_HOME={home}; {' '.join(command)}", file=sys.stderr)
    os.execv(command[0], command) if dg.exists() else os.execvp(command[0], command)


# -- shell -------------------------------------------------------------------------------------------
def shell_command(args: argparse.Namespace) -> list[str]:
    """The DuckDB shell (duckdb-cli, next to this interpreter) on the warehouse's database, read-only; for an
    s3:// warehouse with the set-up script that loads httpfs and reads the credentials from AWS_*."""
    wh = _open_warehouse(args)
    db = wh.local_views()
    duckdb = Path(sys.executable).with_name("duckdb")
    command = [str(duckdb) if duckdb.exists() else "duckdb", "-readonly"]
    if (script := wh.shell_script()) is not None:
        command += ["-init", str(script)]
    return [*command, str(db)]


def cmd_shell(args: argparse.Namespace) -> int:
    command = shell_command(args)
    if args.print:
        import shlex

        print(shlex.join(command))
        return 0
    os.execv(command[0], command) if Path(command[0]).exists() else os.execvp(command[0], command)


def cmd_bench(args: argparse.Namespace) -> int:
    from tourpipe.bench import main as bench_main

    return bench_main(args)


def _wrap(text: str) -> str:
    """A description filled to 100 columns (the help formatter keeps descriptions and epilogs as written)."""
    return textwrap.fill(text, 100)


def _add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=os.environ.get("TOURPIPE_DB") or None, metavar="FILE",
                   help="for an s3:// warehouse: the local DuckDB file; its folder also holds the staging, run "
                        "record and Dagster instance (default: $TOURPIPE_DB, else "
                        "warehouse/s3/<bucket>/<prefix>/tourpipe.duckdb)")


def build_parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="tourpipe", formatter_class=raw,
        description=_wrap("News articles in, named entities and typed figures out, queryable with SQL."),
        epilog="Defaults: seeds ./seeds, warehouse ./warehouse (or $TOURPIPE_SEEDS, $TOURPIPE_WAREHOUSE).\n"
               "Exit status: 0 success; 1 the work ran but failed (a failed run or check, bad --jsonl lines);\n"
               "2 a usage error (bad option, missing file or folder, a refused or failing SQL query).\n"
               "`tourpipe COMMAND --help` describes each command.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    r = sub.add_parser("run", help="process new or changed articles and rebuild the warehouse (through Dagster)",
                       formatter_class=raw,
                       description=_wrap("Materialize every asset for the current seeds through Dagster, in process, "
                                         "on the persistent instance in $DAGSTER_HOME or WAREHOUSE/.dagster (runs show"
                                         " in the UI). Only documents never processed before get NLP. When no file was"
                                         " added, changed or removed since the last complete run, it says so and "
                                         "starts no run (--force starts one)."),
                       epilog="exit status: 0 the run and its checks passed; 1 the run or a check failed (the "
                              "warehouse keeps its previous state); 2 a usage error (the seeds folder is missing "
                              "or not a folder, a bad option)")
    r.add_argument("--seeds", type=Path, default=_default_seeds(),
                   help="folder of input articles (default: %(default)s, or $TOURPIPE_SEEDS)")
    r.add_argument("--warehouse", default=_default_warehouse(),
                   help="output folder, or s3://bucket/prefix (credentials and endpoint from the AWS_* variables; "
                        "default: %(default)s, or $TOURPIPE_WAREHOUSE)")
    _add_db_option(r)
    r.add_argument("--cluster", default=os.environ.get("TOURPIPE_DASK_SCHEDULER") or None, metavar="ADDRESS",
                   help="run the per-document stages on a Dask cluster: a scheduler's address (tcp://host:8786) or "
                        "local:N for N local worker processes (default: $TOURPIPE_DASK_SCHEDULER, else the local pool "
                        "of --processes workers)")
    r.add_argument("--processes", type=_positive_int, default=2, metavar="N",
                   help="worker processes for reading, cleaning, NER and figures, at least 1 (default: %(default)s)")
    r.add_argument("--force", action="store_true",
                   help="start a Dagster run even when nothing changed, read and hash every input file again (an "
                        "edit that kept a file's size and time is found), and verify every warehouse file's "
                        "checksum, rebuilding what is damaged")
    r.set_defaults(func=cmd_run)

    e = sub.add_parser("extract", help="entities, figures, events and quotations of a text or a JSONL stream, "
                                       "no warehouse",
                       formatter_class=raw,
                       description=_wrap("Extract entities, figures, events and quotations without Dagster or a "
                                         "warehouse. A text of 3+ "
                                         "lines is treated as a scraped page and cleaned of furniture first; offsets "
                                         "always index the given text. With --jsonl each input line is "
                                         '{"id": ..., "text": ..., "lang"?: ..., "published"?: "YYYY-MM-DD"} '
                                         '(published dates what the text writes without a year: "on Nov 12", '
                                         '"в сентябре"; else the page\'s own dateline) and each output line is '
                                         '{"id", "lang", "facts", "entities", "events", "quotes"} (the columns '
                                         'of the views of the same names).'),
                       epilog="exit status: 0 success; 1 some --jsonl lines were not valid (each is reported and "
                              "answered with an error record); 2 the input file is missing or unreadable")
    e.add_argument("file", nargs="?", default="-", help="input file, or - for standard input (default)")
    e.add_argument("--lang", choices=["auto", "en", "ru"], default="auto", help="language (default: detect)")
    e.add_argument("--jsonl", action="store_true", help="read and write one JSON object per line")
    e.add_argument("--processes", type=_positive_int, default=2, metavar="N",
                   help="worker processes for long --jsonl inputs, at least 1 (default: %(default)s; the order "
                        "is kept)")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("sql", help="run a read-only SQL query against the warehouse", formatter_class=raw,
                       description=_wrap("Query WAREHOUSE/tourpipe.duckdb read-only. Views: documents, entities, "
                                         "facts, removed_lines, rejected, entity_summary, current_files (and events, "
                                         "quotes in warehouses that have them). Only reads run (SELECT, WITH, SHOW, "
                                         "DESCRIBE, SUMMARIZE, PIVOT, UNPIVOT, EXPLAIN); writes and settings are "
                                         "refused. DuckDB never installs or loads an extension on demand."),
                       epilog=SQL_EXIT_CODES)
    s.add_argument("query", help='e.g. "select unit, count(*) from facts group by 1"')
    s.add_argument("--format", choices=["table", "csv", "json", "markdown"], default="table",
                   help="output format (default: %(default)s; markdown is a GitHub pipe table)")
    s.add_argument("--max-width", type=_non_negative_int, default=60, metavar="N",
                   help="cut table and markdown cells longer than N characters, 0 for no cut (default: "
                        "%(default)s; csv and json are never cut)")
    s.add_argument("--no-external-access", action="store_true",
                   help="refuse to read any file or address outside the warehouse's own Parquet files "
                        "(e.g. read_csv('/etc/passwd')): for a shared analyst machine")
    s.add_argument("--warehouse", default=_default_warehouse(),
                   help="warehouse folder or s3://bucket/prefix (default: %(default)s, or $TOURPIPE_WAREHOUSE)")
    _add_db_option(s)
    s.set_defaults(func=cmd_sql)

    rp = sub.add_parser("report", help="write a self-contained HTML report with charts of the warehouse",
                        formatter_class=raw,
                        description=_wrap("Write one HTML page, readable offline (charts embedded as SVG, no script or"
                                          " font from the network): money by year in USD, the most-counted units, "
                                          "recurring entities and pairs, documents by language, source and month, what"
                                          " the cleaner removed, and events and quotes when the warehouse has them. "
                                          "The Dagster asset `report` writes the same page."),
                        epilog="exit status: 0 the page was written; 2 there is no warehouse or the page cannot be "
                               "written")
    rp.add_argument("--warehouse", type=Path, default=_default_warehouse(),
                    help="warehouse folder to report on (default: %(default)s, or $TOURPIPE_WAREHOUSE)")
    rp.add_argument("--out", type=Path, default=None, metavar="FILE",
                    help="where to write the page (default: WAREHOUSE/report.html)")
    rp.set_defaults(func=cmd_report)

    b = sub.add_parser("bench", help="measure the pipeline against bare spaCy/natasha on a synthetic corpus",
                       formatter_class=raw,
                       description=_wrap("Generate a reproducible synthetic corpus (seed sentences recombined, ~80% "
                                         "English, ~20% Russian) and measure side by side: bare spaCy + natasha on two"
                                         " processes (the floor), a cold `tourpipe run`, a run after adding one "
                                         "article, a run with nothing new (with and without --force), and `tourpipe "
                                         "extract --jsonl`; with wall time and peak memory of each."),
                       epilog="exit status: 0 every step ran; 1 a step failed; 2 a bad option")
    b.add_argument("--docs", type=_positive_int, default=1000, metavar="N",
                   help="synthetic articles to generate (default: %(default)s)")
    b.add_argument("--out", type=Path, metavar="FILE", help="also write the figures as JSON to this file")
    b.add_argument("--workdir", type=Path, metavar="DIR",
                   help="where to build the corpus and warehouses, kept afterwards (default: a temporary folder, "
                        "removed)")
    b.add_argument("--cluster", metavar="ADDRESS", help="measure a cold run on this Dask cluster (e.g. local:2) "
                                                        "against the local pool, side by side")
    b.add_argument("--warehouse", metavar="s3://BUCKET/PREFIX", help="measure a cold run with the warehouse in S3 "
                   "(a moto server on 127.0.0.1 unless AWS_ENDPOINT_URL is set) against local disk, side by side")
    b.add_argument("--hostile", action="store_true",
                   help="instead: cold runs on pathological 200 KB one-line articles (digit runs, dashes, endless "
                        "lists, names, quotes) and a 2 MB line beside five ordinary articles, each beside an "
                        "ordinary article's run: seconds, peak memory, warehouse size against the input's")
    b.add_argument("--repeat", type=_positive_int, default=1, metavar="N",
                   help="with --cluster/--warehouse: rounds of the runs, interleaved; the best of each is reported "
                        "(default: %(default)s)")
    b.set_defaults(func=cmd_bench)

    sh = sub.add_parser("shell", help="the DuckDB shell on the warehouse (read-only; for s3://, httpfs and the "
                                      "credentials loaded)",
                        description=_wrap("Open the DuckDB shell (duckdb-cli) on the warehouse's database, read-only."
                                          " For an s3:// warehouse it first runs a set-up script that loads httpfs "
                                          "from the installed package and reads the credentials from AWS_*."),
                        epilog="exit status: that of the DuckDB shell")
    sh.add_argument("--warehouse", default=_default_warehouse(),
                    help="warehouse folder or s3://bucket/prefix (default: %(default)s, or $TOURPIPE_WAREHOUSE)")
    _add_db_option(sh)
    sh.add_argument("--print", action="store_true", help="print the command instead of running it")
    sh.set_defaults(func=cmd_shell)

    u = sub.add_parser("ui", help="start the Dagster UI (dg dev) on the same instance as `tourpipe run`",
                       formatter_class=raw,
                       description=_wrap("Start `dg dev` on the persistent instance that `tourpipe run` uses "
                                         "($DAGSTER_HOME or WAREHOUSE/.dagster), with the seeds sensor and the daily "
                                         "schedule running, so runs from either side show in the UI "
                                         "(http://localhost:3000 unless you pass -p)."),
                       epilog="exit status: that of dg dev; 2 when the seeds folder is missing or not a folder")
    u.add_argument("--seeds", type=Path, default=_default_seeds(),
                   help="folder of input articles the sensor watches (default: %(default)s, or $TOURPIPE_SEEDS)")
    u.add_argument("--warehouse", default=_default_warehouse(),
                   help="warehouse folder or s3://bucket/prefix (default: %(default)s, or $TOURPIPE_WAREHOUSE)")
    _add_db_option(u)
    u.add_argument("dagster_args", nargs=argparse.REMAINDER, metavar="-- DAGSTER_ARGS",
                   help="passed on to dg dev (e.g. -- -p 3001)")
    u.set_defaults(func=cmd_ui)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args) or 0


def entry_point() -> None:
    """The installed `tourpipe` command.

    After a run through Dagster, tearing the interpreter down (thousands of modules, Dagster's and
    DuckDB's objects) takes ~0.8 s of a 4 s no-op run. Every file and database is closed by then, so
    the process flushes its output and ends at once.
    """
    code = main()
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (`tourpipe extract ... | head`): nothing left to say
        code = code or 1
    os._exit(code)


if __name__ == "__main__":
    entry_point()
