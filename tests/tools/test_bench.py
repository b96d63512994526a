"""The benchmark command on a tiny corpus: every stage and reference is timed."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import REPORTS

from fazhi_bench.errors import UserError
from fazhi_bench.tools.bench import make_corpus, run_bench, scale_bench


def test_corpus_reports_are_distinct_and_units_unique(tmp_path):
    files, manifest, total = make_corpus(REPORTS, tmp_path, 12)
    texts = [f.read_bytes() for f in files]
    assert len(set(texts)) == 12 and total == sum(map(len, texts))
    rows = manifest.read_text(encoding="utf-8").splitlines()[1:]
    assert len({row.split(",")[1] for row in rows}) == 12


def test_bench_times_every_stage_and_both_runs(tmp_path):
    table = run_bench(12, REPORTS, keep=tmp_path, jobs=1)
    what = table["what"].tolist()
    for stage in ("read", "clean", "match", "quantities", "measure", "score", "write"):
        assert any(w.startswith(f"stage: {stage}") for w in what), stage
    assert (table["seconds"] >= 0).all()  # rounded to ms: reading 12 small files may show 0
    assert table.loc[table["what"].str.startswith("stage: measure"), "seconds"].iloc[0] > 0
    runs = table[table["what"].str.startswith("score")]
    assert len(runs) == 2 and (runs["peak_mb"] > 50).all()  # each run's own peak, in MB
    assert (tmp_path / "out" / "warm" / "scores.csv").is_file()
    assert table.attrs["reports"] == 12 and table.attrs["warm_vs_cold"] > 0


def test_scale_bench_scores_every_report_and_samples_the_largest_process(tmp_path):
    table = scale_bench([5, 12], REPORTS, keep=tmp_path)
    assert table["reports"].tolist() == [5, 12]
    assert table["in_scores_csv"].tolist() == [5, 12]  # every unit in scores.csv
    assert (table["largest_process_MB"] > 50).all()  # a Python process with pandas loaded
    assert table["per_MB_vs_first"].iloc[0] == 1.0
    assert (tmp_path / "out12" / "evidence.parquet").is_file()


def test_a_folder_without_samples_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="no sample .txt reports"):
        make_corpus(tmp_path, tmp_path / "out", 3)


def test_bench_defaults_to_the_bundled_samples(tmp_path):
    """Run from a folder with no data/: the corpus comes from the package's samples."""
    done = subprocess.run(
        [sys.executable, "-m", "fazhi_bench", "bench", "--scale", "3", "--keep", str(tmp_path / "k")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "reports" in done.stdout and (tmp_path / "k" / "out3" / "scores.csv").is_file()
