"""Invariants of the scoring model that must hold for any corpus."""

from __future__ import annotations

import hashlib
import json
import shutil

import pandas as pd
import pytest
from helpers import REPORTS, ROOT, run_cli

from fazhi_bench.read.corpus import Corpus, load_corpus
from fazhi_bench.run.pipeline import run
from fazhi_bench.spec.catalogue import DIMENSIONS, load_catalogue
from fazhi_bench.spec.weights import Weights

CATALOGUE = load_catalogue()[0]


@pytest.fixture(scope="module")
def corpus():
    return load_corpus([REPORTS])


def _scores(result) -> pd.DataFrame:
    return result.scores.set_index("doc_id").sort_index()


def test_input_order_changes_nothing(corpus):
    reversed_corpus = Corpus(tuple(reversed(corpus.documents)), (), ())
    a, b = _scores(run(corpus, CATALOGUE)), _scores(run(reversed_corpus, CATALOGUE))
    pd.testing.assert_frame_equal(a, b[a.columns])


def test_rerun_writes_byte_identical_scores(tmp_path):
    for out in ("a", "b"):
        assert run_cli("score", str(REPORTS), "--out", str(tmp_path / out)).returncode == 0
    assert (tmp_path / "a" / "scores.csv").read_bytes() == (
        tmp_path / "b" / "scores.csv"
    ).read_bytes()
    assert (tmp_path / "a" / "sensitivity.csv").read_bytes() == (
        tmp_path / "b" / "sensitivity.csv"
    ).read_bytes()


def test_doubling_every_dimension_weight_leaves_index_unchanged(corpus):
    base = Weights.from_catalogue(CATALOGUE)
    doubled = base.with_overrides({d: 2 * base.dimensions[d] for d in DIMENSIONS}, {})
    a, b = _scores(run(corpus, CATALOGUE, base)), _scores(run(corpus, CATALOGUE, doubled))
    assert (a["index"] - b["index"]).abs().max() < 1e-9
    assert list(a["rank"]) == list(b["rank"])


def test_doubling_indicator_weights_of_a_dimension_leaves_its_score_unchanged(corpus):
    base = Weights.from_catalogue(CATALOGUE)
    ids = [i.id for i in CATALOGUE.block("decision").indicators]
    doubled = base.with_overrides({}, {i: 2 * base.indicators[i] for i in ids})
    a, b = _scores(run(corpus, CATALOGUE, base)), _scores(run(corpus, CATALOGUE, doubled))
    assert (a["decision"] - b["decision"]).abs().max() < 1e-9


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_all_weight_on_one_dimension(corpus, dimension):
    only = Weights.from_catalogue(CATALOGUE).with_overrides(
        {d: (1.0 if d == dimension else 0.0) for d in DIMENSIONS}, {}
    )
    scores = _scores(run(corpus, CATALOGUE, only))
    assert (scores["index"] - scores[dimension]).abs().max() <= 0.005 + 1e-9


def test_adding_a_report_leaves_existing_scores_unchanged(tmp_path, corpus):
    folder = tmp_path / "r"
    shutil.copytree(REPORTS, folder)
    extra = (
        (REPORTS / "003_76f9455ffe8be1a0.txt").read_text("utf-8").replace("中河街道", "南河街道")
    )
    (folder / "extra.txt").write_text(extra, encoding="utf-8")
    before = _scores(run(corpus, CATALOGUE))
    after = _scores(run(load_corpus([folder]), CATALOGUE)).loc[before.index]
    cols = [*DIMENSIONS, "index", "leadership", "emergency"]
    pd.testing.assert_frame_equal(before[cols], after[cols])


def test_run_json_carries_hashes_and_ranks_start_at_one(tmp_path):
    out = tmp_path / "out"
    assert run_cli("score", str(REPORTS), "--out", str(out)).returncode == 0
    record = json.loads((out / "run.json").read_text("utf-8"))
    catalogue_bytes = (ROOT / "indicators.yaml").read_bytes()
    assert record["catalogue"]["sha256"] == hashlib.sha256(catalogue_bytes).hexdigest()
    for item in record["inputs"]:
        digest = hashlib.sha256((REPORTS / item["file"].split("/")[-1]).read_bytes()).hexdigest()
        assert item["sha256"] == digest
    scores = pd.read_csv(out / "scores.csv")
    assert scores.groupby("year")["rank"].min().eq(1).all()
    assert scores.groupby(["year", "level"])["rank_in_level"].min().eq(1).all()


def test_rebuild_reproduces_scores_exactly(tmp_path):
    out = tmp_path / "out"
    args = ["score", str(REPORTS), "--out", str(out), "--normalisation", "minmax",
            "--aggregation", "geometric", "--seed", "7"]  # fmt: skip
    assert run_cli(*args).returncode == 0
    proc = run_cli("rebuild", str(out / "run.json"), "--out", str(tmp_path / "again"))
    assert proc.returncode == 0, proc.stderr
    for name in ("scores.csv", "indicators.csv", "sensitivity.csv"):
        assert (out / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name


def test_rebuild_refuses_changed_inputs(tmp_path):
    folder = tmp_path / "r"
    shutil.copytree(REPORTS, folder)
    out = tmp_path / "out"
    assert run_cli("score", str(folder), "--out", str(out)).returncode == 0
    target = folder / "002_a69f80c198704844.txt"
    target.write_text(target.read_text("utf-8") + "\n补充一句。", encoding="utf-8")
    proc = run_cli("rebuild", str(out / "run.json"), "--out", str(tmp_path / "again"))
    assert (
        proc.returncode == 2
        and "002_a69f80c198704844.txt" in proc.stderr
        and "changed" in proc.stderr
    )
