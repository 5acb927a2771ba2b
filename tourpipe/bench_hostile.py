"""`tourpipe bench --hostile`: cold runs on pathological articles, each beside an ordinary one, measured alike.

Each case is a seeds folder holding one generated article and nothing else, processed by a cold ``tourpipe run``
(fresh warehouse and Dagster instance) in a subprocess whose process tree is sampled for resident memory, as the
main bench does. The first case is an ordinary article of the synthetic corpus: its time is the run's fixed cost
(Python, Dagster, the models), so a pathological case is judged by its time and by the time it adds. The last
case puts a 2 MB single line beside five ordinary articles: the run must publish the five, and either process
the long one in pieces or reject it with a reason.

Reported per case: wall seconds, peak RSS of the tree, the warehouse's size on disk (Parquet and the DuckDB
file; the Dagster instance and staging are not the warehouse) against the input's size, and the rows of each
table. Targets (issue 17): <= 20 s and <= 1 GB per 200 KB article, warehouse <= 20 x its input.
"""
from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

SIZE = 200_000  # characters of each pathological article
LONG_LINE = 2_000_000  # characters of the single-line article


def _repeat(unit: str, size: int, sep: str = "") -> str:
    """``unit`` joined by ``sep`` to ``size`` characters, cut at a whole unit."""
    n = max(1, size // (len(unit) + len(sep)))
    return sep.join([unit] * n)


# (name, what it stresses, the text's builder). All are one line without a sentence end, as the attacks.
CASES: list[tuple[str, str, Callable[[], str]]] = [
    ("1-1-1", "figures: a range tokenizer over one run of digits and hyphens", lambda: _repeat("1", SIZE, "-")),
    ("42 + dashes", "figures: a number before 200,000 dashes", lambda: "42" + "-" * SIZE),
    ("1 1 1", "figures: 100,000 bare numbers in one sentence", lambda: _repeat("1", SIZE, " ")),
    ("1 млн 1 млн", "figures (ru): scale words after every number", lambda: _repeat("1 млн", SIZE, " ")),
    ("$5 bn, $5 bn", "figures: money in one endless list", lambda: _repeat("$5 bn", SIZE, ", ")),
    ("capitalised words", "entities: a run of names the model and the rules read",
     lambda: _repeat("Astana Beijing Nurlan Tokayev Kazakhstan China", SIZE, " ")),
    ("words, no full stop", "entities, cleaning, events: ordinary words without a sentence end",
     lambda: _repeat("the delegation visited the park and signed an agreement with the company", SIZE, " ")),
    ("«quotes»", "quotations: unbalanced marks", lambda: _repeat("«сказал он «", SIZE, " ")),
    ("dots", "sentence splitting: dots and no letters", lambda: "." * SIZE + " A"),
]


def _dir_bytes(path: Path, skip: tuple[str, ...] = (".dagster", "staging")) -> int:
    total = 0
    for entry in path.iterdir() if path.exists() else ():
        if entry.name in skip or entry.name.startswith(".staging"):
            continue
        if entry.is_dir() and not entry.is_symlink():
            total += _dir_bytes(entry, ())
        elif entry.is_file():
            total += entry.stat().st_size
    return total


def _case(workdir: Path, name: str, files: dict[str, str], env: dict[str, str]) -> dict:
    from tourpipe.bench import _rows, _run

    folder = workdir / f"case-{len(list(workdir.glob('case-*')))}"
    shutil.rmtree(folder, ignore_errors=True)
    seeds, warehouse = folder / "seeds", folder / "warehouse"
    seeds.mkdir(parents=True)
    for file_name, text in files.items():
        (seeds / file_name).write_text(text, encoding="utf-8")
    input_bytes = sum((seeds / f).stat().st_size for f in files)
    cmd = [sys.executable, "-m", "tourpipe.cli", "run", "--seeds", str(seeds), "--warehouse", str(warehouse)]
    errors: dict[str, str] = {}
    m = _run(name, cmd, {**env, "DAGSTER_HOME": str(folder / "dagster_home")}, errors=errors)
    size = _dir_bytes(warehouse)
    return {"name": name, "files": len(files), "input_bytes": input_bytes, "s": round(m.seconds, 1) if m else None,
            "peak_rss_mb": round(m.peak_rss_mb) if m else None, "warehouse_bytes": size,
            "warehouse_x_input": round(size / input_bytes, 2), "rows": _rows(warehouse) if m else {},
            "rejected": _rejected(warehouse) if m else [], "error": errors.get(name)}


def _rejected(warehouse: Path) -> list[str]:
    from tourpipe.api import open_warehouse

    try:
        with open_warehouse(warehouse) as wh:
            return [f"{r.file_name}: {r.reason}" for r in wh.rejected().itertuples()]
    except Exception as exc:  # a report line, not a failure of the bench
        return [f"(rejected view unreadable: {exc})"]


def run_hostile_bench(workdir: Path) -> dict:
    from tourpipe.bench import _machine, synthetic_article

    env = {k: v for k, v in os.environ.items() if k not in ("TOURPIPE_SEEDS", "TOURPIPE_WAREHOUSE")}
    env.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    machine = _machine()
    ordinary = [synthetic_article(i) for i in range(5)]
    cases = [_case(workdir, "ordinary article", {"ordinary.txt": ordinary[0].text}, env)]
    for name, _why, build in CASES:
        print(f"tourpipe bench --hostile: {name}", file=sys.stderr, flush=True)
        text = build()
        cases.append(_case(workdir, name, {"hostile.txt": f"Hostile input\n\n{text}\n"}, env))
    long_line = _repeat("Officials said trade between the two countries grew by 12 percent", LONG_LINE, " ")
    files = {f"ordinary_{k}.txt": a.text for k, a in enumerate(ordinary)}
    files["one_line_2mb.txt"] = long_line + "\n"
    cases.append(_case(workdir, "2 MB line + 5 ordinary", files, env))
    return {"machine": machine, "cases": cases, "why": {name: why for name, why, _ in CASES}}


def hostile_report(r: dict) -> str:
    base = r["cases"][0]["s"] or 0
    lines = [f"tourpipe bench --hostile: cold `tourpipe run` per case; {r['machine'].get('cpus')} CPUs, load "
             f"{r['machine']['loadavg_at_start'][0]:.2f} at start",
             f"{'case':26}{'input KB':>9}{'seconds':>9}{'+ vs ordinary':>14}{'peak MB':>9}{'wh KB':>8}{'wh/input':>9}"
             f"  rows (documents, entities, facts, events, quotes, rejected)"]
    for c in r["cases"]:
        rows = c["rows"]
        counts = ", ".join(str(rows.get(t, 0)) for t in ("documents", "entities", "facts", "events", "quotes",
                                                          "rejected"))
        added = "" if c["s"] is None or c is r["cases"][0] else f"{c['s'] - base:+.1f}"
        lines.append(f"{c['name']:26}{c['input_bytes'] / 1024:>9,.0f}{'failed' if c['s'] is None else c['s']:>9}"
                     f"{added:>14}{c['peak_rss_mb'] or 0:>9,}{c['warehouse_bytes'] / 1024:>8,.0f}"
                     f"{c['warehouse_x_input']:>9}  {counts}")
        lines += [f"    rejected {line}" for line in c["rejected"]]
        if c["error"]:
            lines.append(f"    FAILED: {c['error']}")
    lines.append("targets: each 200 KB case <= 20 s and <= 1,024 MB, warehouse <= 20 x input; the 2 MB line processed "
                 "in pieces or rejected while the five ordinary articles are published")
    return "\n".join(lines)
