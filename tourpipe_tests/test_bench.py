"""The bench's synthetic corpus: reproducible, bilingual, article-shaped, with furniture and varying numbers."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tourpipe.bench import measure, synthetic_article, tree_rss_mb, write_corpus

N = 40


def test_same_seed_same_bytes(tmp_path: Path):
    a = write_corpus(tmp_path / "a", 8, seed=7)
    b = write_corpus(tmp_path / "b", 8, seed=7)
    write_corpus(tmp_path / "c", 8, seed=8)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(files) == 8 and (a.docs, a.words) == (b.docs, b.words)
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    assert any((tmp_path / "a" / f).read_bytes() != (tmp_path / "c" / f).read_bytes() for f in files)


def test_article_depends_only_on_seed_and_index(tmp_path: Path):
    # so a corpus of N+1 documents is the corpus of N plus one: the bench's "add one document" run
    write_corpus(tmp_path / "c", 3, seed=1)
    write_corpus(tmp_path / "c", 1, seed=1, start=3)
    assert (tmp_path / "c" / "bench_000003.txt").read_text(encoding="utf-8") == synthetic_article(3, 1).text
    manifest = (tmp_path / "c.manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["file"] for line in manifest] == [f"bench_{i:06d}.txt" for i in range(4)]


def test_shape_languages_length_furniture():
    arts = [synthetic_article(i) for i in range(N)]
    langs = [a.lang for a in arts]
    assert 0.6 <= langs.count("en") / N <= 0.95 and "ru" in langs
    for a in arts:
        assert 250 <= a.words <= 900, a.words
        assert a.furniture and all(line in a.text.splitlines() for line in a.furniture)
        cyrillic = sum("а" <= ch.lower() <= "я" for ch in a.text) / len(a.text)
        assert (cyrillic > 0.3) == (a.lang == "ru")
        headline = a.text.splitlines()[next(i for i, ln in enumerate(a.text.splitlines()) if ln not in a.furniture)]
        assert 3 <= len(headline.split()) <= 20  # the first non-furniture line is a headline
    kinds = " ".join(line for a in arts for line in a.furniture)
    for marker in ("Photo", "Фото", "Source:"):
        assert marker in kinds


def test_numbers_and_names_vary():
    texts = [synthetic_article(i).text for i in range(N)]
    numbers = [n for t in texts for n in re.findall(r"\d+", t)]
    assert len(set(numbers)) > len(numbers) / 4
    # the seed's "57 совместных проектов на $16 млрд" comes back with other figures
    ru = [m.groups() for t in texts for m in re.finditer(r"(\d+) совместных проектов на \$(\d+)", t)]
    assert len(set(ru)) > 1 and ("57", "16") not in set(ru)
    assert not any("Dulat Zhumagazin" in t or "Марат Карабаев" in t for t in texts)


@pytest.mark.slow
def test_measure_sees_the_memory_of_a_run_shorter_than_its_sampling_interval():
    m = measure(["python3", "-c", "x = bytearray(150 * 1024 * 1024)"], interval=5.0)
    assert m.returncode == 0 and m.peak_rss_mb >= 150 and m.seconds < 5.0
    assert measure(["python3", "-c", "import sys; sys.exit(3)"]).returncode == 3


@pytest.mark.slow
def test_measure_reports_time_and_tree_memory(tmp_path: Path):
    assert tree_rss_mb(os.getpid()) > 10
    m = measure(["python3", "-c", "import time; print('hi'); time.sleep(0.5)"])
    assert m.returncode == 0 and m.stdout.strip() == "hi"
    assert m.seconds >= 0.5 and m.peak_rss_mb > 0


@pytest.mark.slow
def test_bench_end_to_end(tmp_path: Path):
    """The whole bench on six articles (~20 s): every step runs and reports; no timing is judged here."""
    from tourpipe.cli import main

    out = tmp_path / "bench.json"
    assert main(["bench", "--docs", "6", "--out", str(out), "--workdir", str(tmp_path / "w")]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    for key in ("docs", "words", "floor_s", "cold_s", "ratio_cold_vs_floor", "add_one_s", "noop_s",
                "noop_dagster_s", "extract_lines_per_s", "peak_rss_mb", "floor_peak_rss_mb"):
        assert result[key] > 0, key
    assert result["docs"] == 6 and result["extract_output_lines"] == 6
