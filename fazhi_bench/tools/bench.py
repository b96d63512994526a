"""``fazhi-bench bench``: the performance benchmark.

Builds a corpus of N distinct reports from data/reports (each drops a deterministic
fifth of the sample's lines and carries its own serial number, so no two are equal;
the manifest gives N distinct units), then measures:

- each stage in one process: read, clean, match, quantities, measure, score, write;
- ``fazhi-bench score`` end to end in a subprocess, cold (empty extraction cache) and
  again with other weights (warm cache): wall time, MB of report text per second and
  peak memory (max RSS of the child). The corpus is first left to settle for
  ``SETTLE_SECONDS``, as reports on disk are;
- two references over the same texts: what users write today (segment every report
  with jieba and count the catalogue's terms) and the floor (a bare Aho-Corasick scan
  of the catalogue literals).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from fazhi_bench.errors import UserError
from fazhi_bench.run.cache import SETTLE_SECONDS
from fazhi_bench.spec.catalogue import Catalogue, load_catalogue


def make_corpus(reports: Path, out: Path, n: int) -> tuple[list[Path], Path, int]:
    """N varied reports and a manifest of N distinct units; returns files, manifest, bytes."""
    samples = sorted(reports.glob("*.txt"))
    if not samples:
        raise UserError(f"{reports}: no sample .txt reports to build the corpus from")
    texts = [p.read_text(encoding="utf-8").splitlines() for p in samples]
    out.mkdir(parents=True, exist_ok=True)
    files, rows, total = [], [], 0
    for i in range(n):
        lines = texts[i % len(texts)]
        kept = [
            line for j, line in enumerate(lines)
            if j < 3 or hashlib.blake2b(f"{i}:{j}".encode(), digest_size=1).digest()[0] >= 51
        ]  # fmt: skip
        kept.append(f"(基准测试样本编号 {i})")
        path = out / f"bench_{i:05d}.txt"
        data = "\n".join(kept).encode("utf-8")
        path.write_bytes(data)
        total += len(data)
        files.append(path)
        rows.append(
            {"file": path.name, "unit": f"基准单位{i:05d}街道", "year": 2024, "level": "street"}
        )
    manifest = out / "manifest.csv"
    pd.DataFrame(rows).to_csv(manifest, index=False)
    return files, manifest, total


def jieba_reference(texts: list[str], catalogue: Catalogue) -> float:
    """Seconds to segment every report with jieba and count the catalogue's terms."""
    from fazhi_bench.tools.terms import catalogue_terms, make_tokenizer

    tokenizer = make_tokenizer(catalogue)
    terms = set(catalogue_terms(catalogue))
    tokenizer.lcut("预热")  # load the dictionary outside the timing
    start = time.perf_counter()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in tokenizer.lcut(text) if w in terms)
    return time.perf_counter() - start


def aho_corasick_floor(texts: list[str], catalogue: Catalogue) -> float:
    """Seconds for a bare Aho-Corasick scan of the catalogue literals (no other work), with
    the automaton the matcher uses."""
    from fazhi_bench.evidence.matching import automaton

    found = automaton(sorted({p.text for ind in catalogue.indicators for p in ind.patterns
                              if p.kind == "literal"}))  # fmt: skip
    start = time.perf_counter()
    hits = 0
    for text in texts:
        hits += len(found.find_matches_as_indexes(text, overlapping=True))
    return time.perf_counter() - start


def stage_times(
    files: list[Path], manifest: Path, catalogue: Catalogue, out: Path
) -> dict[str, float]:
    """Seconds per stage, in one process (no cache, no parallelism)."""
    from fazhi_bench.evidence.extract import extract
    from fazhi_bench.evidence.matching import Matcher
    from fazhi_bench.evidence.quantities import find_quantities
    from fazhi_bench.read.clean import clean_text
    from fazhi_bench.read.corpus import Corpus, apply_manifest, load_document, read_manifest
    from fazhi_bench.read.readers import read_report
    from fazhi_bench.run.outputs import write_outputs
    from fazhi_bench.run.pipeline import score_extractions

    times: dict[str, float] = {}
    t = time.perf_counter()
    raws = [read_report(f)[0] for f in files]
    times["read"] = time.perf_counter() - t
    t = time.perf_counter()
    cleaned = [clean_text(r).text for r in raws]
    times["clean"] = time.perf_counter() - t
    matcher = Matcher(catalogue)
    t = time.perf_counter()
    for text in cleaned:
        matcher.hits(text)
    times["match"] = time.perf_counter() - t
    t = time.perf_counter()
    for text in cleaned:
        find_quantities(text)
    times["quantities"] = time.perf_counter() - t
    rows = read_manifest(manifest)
    docs = tuple(apply_manifest(load_document(f, f.name), rows.get(f.name, {})) for f in files)
    t = time.perf_counter()
    extractions = [extract(d.text, matcher) for d in docs]
    times["measure (sections, credit, evidence)"] = time.perf_counter() - t
    t = time.perf_counter()
    result = score_extractions(Corpus(docs, (), ()), catalogue, extractions)
    _ = result.sensitivity  # computed on first use; timed here, not in write
    times["score (incl. sensitivity)"] = time.perf_counter() - t
    t = time.perf_counter()
    write_outputs(result, out)
    times["write"] = time.perf_counter() - t
    return times


def _timed_cli(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one fazhi-bench run; its stderr if it fails. The
    peak is that run's own (``wait4`` reports the child and what it waited for)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "fazhi_bench", *args],
                                stdout=subprocess.DEVNULL, stderr=err, env=env)  # fmt: skip
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode, peak = os.waitstatus_to_exitcode(status), usage.ru_maxrss // 1024
        else:  # no per-child peak where wait4 is missing (Windows)
            proc.wait()
            peak = 0
        wall = time.perf_counter() - start
        err.seek(0)
        tail = err.read().decode("utf-8", "replace")[-500:]
    if proc.returncode != 0:
        raise RuntimeError(f"fazhi-bench {' '.join(args)} failed: {tail}")
    return wall, peak


def run_bench(
    n: int, reports: Path, keep: Path | None = None, jobs: int | None = None
) -> pd.DataFrame:
    """Run the whole benchmark; returns the table printed by the command."""
    catalogue, _ = load_catalogue()
    with tempfile.TemporaryDirectory(prefix="fazhi-bench-") as tmp:
        root = keep or Path(tmp)
        corpus_dir, cache, out = root / "corpus", root / "cache", root / "out"
        files, manifest, total = make_corpus(reports, corpus_dir, n)
        # as reports on disk are: older than the window in which a file's hash is not
        # kept for the next run (a coarse clock might hide a change made within it)
        time.sleep(SETTLE_SECONDS)
        mb = total / 1e6
        texts = [f.read_text(encoding="utf-8") for f in files]
        rows = []
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        base = ["score", str(corpus_dir), "--manifest", str(manifest), "--cache", str(cache)]
        if jobs:
            base += ["--jobs", str(jobs)]
        cold, cold_mem = _timed_cli([*base, "--out", str(out / "cold")], env)
        weights = root / "weights.yaml"
        weights.write_text("dimensions: {decision: 2, publicity: 0.5}\n", encoding="utf-8")
        warm, warm_mem = _timed_cli(
            [*base, "--weights", str(weights), "--out", str(out / "warm")], env
        )
        jieba_s = jieba_reference(texts, catalogue)
        floor_s = aho_corasick_floor(texts, catalogue)
        stages = stage_times(files, manifest, catalogue, out / "stages")
        for stage, seconds in stages.items():
            rows.append({"what": f"stage: {stage}", "seconds": seconds})
        rows += [
            {"what": "score end to end, cold cache", "seconds": cold, "peak_mb": cold_mem},
            {
                "what": "score again with other weights (warm cache)",
                "seconds": warm,
                "peak_mb": warm_mem,
            },
            {"what": "reference: jieba segment + count catalogue terms", "seconds": jieba_s},
            {"what": "floor: bare Aho-Corasick scan of literals", "seconds": floor_s},
        ]
        table = pd.DataFrame(rows)
        table["MB_per_s"] = (mb / table["seconds"]).round(2)
        table["seconds"] = table["seconds"].round(3)
        table.attrs.update({"reports": n, "megabytes": round(mb, 2), "cold_vs_jieba": jieba_s / cold,
                            "warm_vs_cold": warm / cold})  # fmt: skip
        return table


def _tree_rss_mb(root: int) -> float:
    """The largest resident set (MB) among process ``root`` and its descendants (the
    worker processes come from a fork server: the run's grandchildren), read from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return max((rss.get(pid, 0) for pid in tree), default=0) / 2**20


def _sampled_cli(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and the largest process (MB) of one fazhi-bench run and its workers,
    sampled every 0.2 s (Linux; elsewhere the run's own peak from ``_timed_cli``)."""
    if not Path("/proc/self/stat").exists():
        wall, peak = _timed_cli(args, env)
        return wall, float(peak)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "fazhi_bench", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)  # fmt: skip
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        time.sleep(0.2)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"fazhi-bench {' '.join(args)} failed: {proc.stderr.read()[-500:]!r}")
    return wall, peak


def scale_bench(sizes: list[int], reports: Path, keep: Path | None = None) -> pd.DataFrame:
    """``score --tables parquet --no-cache`` on generated corpora of each size: seconds,
    seconds per MB of report text, the largest process and every report in scores.csv."""
    rows = []
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with tempfile.TemporaryDirectory(prefix="fazhi-bench-scale-") as tmp:
        root = keep or Path(tmp)
        for n in sizes:
            corpus_dir, out = root / f"corpus{n}", root / f"out{n}"
            _, manifest, total = make_corpus(reports, corpus_dir, n)
            args = ["score", str(corpus_dir), "--manifest", str(manifest), "--no-cache",
                    "--tables", "parquet", "--out", str(out)]  # fmt: skip
            wall, peak = _sampled_cli(args, env)
            scored = len(pd.read_csv(out / "scores.csv", usecols=["doc_id"]))
            rows.append({"reports": n, "megabytes": round(total / 1e6, 2), "seconds": round(wall, 2),
                         "seconds_per_MB": wall / (total / 1e6), "largest_process_MB": round(peak),
                         "in_scores_csv": scored})  # fmt: skip
            if keep is None:
                shutil.rmtree(corpus_dir, ignore_errors=True)
    table = pd.DataFrame(rows)
    table["per_MB_vs_first"] = (table["seconds_per_MB"] / table["seconds_per_MB"].iloc[0]).round(2)
    table["seconds_per_MB"] = table["seconds_per_MB"].round(3)
    return table
