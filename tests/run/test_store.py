"""The run's columnar store: chunked building, streaming outputs, damage and clean-up."""

from __future__ import annotations

import gc
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
from helpers import MINI, REPORTS

from fazhi_bench.run import outputs, pipeline, store
from fazhi_bench.run.cache import MEASURES
from fazhi_bench.run.pipeline import score_paths
from fazhi_bench.spec.catalogue import load_catalogue
from fazhi_bench.tools.bench import make_corpus

CATALOGUE, _ = load_catalogue(MINI)
LONG = ("evidence", "sentences", "quantities")


def _score(folder: Path, cache: Path | None, **kw):
    return score_paths([folder], CATALOGUE, cache_dir=cache, **kw)


def test_chunks_of_two_reports_give_the_files_of_one_chunk(tmp_path, monkeypatch):
    """Measures and long tables built two reports at a time (three chunks, the last one
    short) equal those built from all five at once, file for file."""
    monkeypatch.setattr(store, "CHUNK_REPORTS", 2)
    outputs.write_outputs(_score(REPORTS, None), tmp_path / "two")
    monkeypatch.setattr(store, "CHUNK_REPORTS", 1000)
    whole = _score(REPORTS, None)
    outputs.write_outputs(whole, tmp_path / "all")
    for name in ("scores.csv", "indicators.csv", "evidence.csv", "sentences.csv",
                 "quantities.csv", "sensitivity.csv"):  # fmt: skip
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "all" / name).read_bytes()
    assert pq.ParquetFile(whole.store.path("evidence")).metadata.num_row_groups == 1


def test_row_counts_and_parquet_output_are_the_stored_tables(tmp_path):
    result = _score(REPORTS, None)
    outputs.write_outputs(result, tmp_path / "pq", tables="parquet")
    for name in LONG:
        frame = pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")
        assert len(frame) == result.store.rows[name] == len(getattr(result, name)) > 0
    evidence = pd.read_parquet(tmp_path / "pq" / "evidence.parquet")
    assert isinstance(evidence["indicator"].dtype, pd.CategoricalDtype)  # coded on disk
    assert set(evidence["doc_id"]) == set(result.scores["doc_id"])


def test_a_run_without_cache_keeps_its_store_in_a_scratch_folder_removed_with_it(tmp_path):
    result = _score(REPORTS, None)
    folder = result.store.folder.parent
    assert folder.name.startswith(store.SCRATCH_PREFIX) and folder.is_dir()
    assert (folder / "packs").is_dir()  # the extractions, read back a chunk at a time
    reweighted = pipeline.score_measures(result.corpus, result.catalogue, result.measures,
                                         result.store, result.load_extractions)  # fmt: skip
    del result
    gc.collect()
    assert folder.is_dir()  # the reweighted run still reads it
    assert len(reweighted.evidence) > 0
    del reweighted
    gc.collect()
    assert not folder.exists()


def test_a_cached_run_keeps_its_store_with_the_measures(tmp_path, monkeypatch):
    cold = _score(REPORTS, tmp_path / "c")
    (table_set,) = (tmp_path / "c" / "tables").iterdir()
    assert (table_set / MEASURES).is_file() and cold.store.folder.parent == table_set
    monkeypatch.setattr(store, "build_store", lambda *a: (_ for _ in ()).throw(AssertionError))
    warm = _score(REPORTS, tmp_path / "c")
    assert warm.store.folder == cold.store.folder
    assert warm.evidence.equals(cold.evidence)


def test_a_damaged_store_file_is_rebuilt_not_served(tmp_path):
    cold = _score(REPORTS, tmp_path / "c")
    expected = cold.evidence.copy()
    path = cold.store.path("evidence")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    again = _score(REPORTS, tmp_path / "c")
    assert again.store.folder != cold.store.folder  # the kept store failed its checksum
    assert again.evidence.equals(expected)


def test_a_store_removed_under_a_run_is_rebuilt_from_the_extractions(tmp_path):
    result = _score(REPORTS, tmp_path / "c")
    for name in LONG:
        result.store.path(name).unlink()  # a cache cleaned while the run was open
    assert len(result.sentences) > 0 and len(result.evidence) > 0
    result.write_table("quantities", tmp_path / "q.csv", "csv")
    assert (tmp_path / "q.csv").read_text(encoding="utf-8").startswith('"doc_id"')


def test_parallel_workers_leave_extractions_in_the_packs(tmp_path):
    """45 reports start two workers; none sends its extractions back (they are read from
    the cache's packs a chunk at a time), and the scores equal a serial run's."""
    _, manifest, _ = make_corpus(REPORTS, tmp_path / "corpus", 45)
    parallel = _score(tmp_path / "corpus", tmp_path / "c", jobs=2, manifest=manifest)
    serial = _score(tmp_path / "corpus", None, jobs=1, manifest=manifest)
    assert parallel.scores.equals(serial.scores)
    assert parallel.store.rows == serial.store.rows
