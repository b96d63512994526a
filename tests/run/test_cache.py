"""The extraction cache, the reused weight-free tables and the background workbook."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import shutil
import time
from pathlib import Path

import pytest
from helpers import MINI, REPORTS

from fazhi_bench.errors import UserError
from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.read.readers import content_id, file_sha256
from fazhi_bench.run import cache as cache_module
from fazhi_bench.run import outputs
from fazhi_bench.run.pipeline import score_paths
from fazhi_bench.spec.catalogue import load_catalogue
from fazhi_bench.spec.weights import Weights
from fazhi_bench.tools.bench import make_corpus

CATALOGUE, _ = load_catalogue(MINI)
WEIGHT_FREE = ("indicators.csv", "evidence.csv", "sentences.csv", "quantities.csv")


def _score(folder: Path, cache: Path | None, jobs: int = 1, **kw):
    return score_paths([folder], CATALOGUE, cache_dir=cache, jobs=jobs, **kw)


def test_warm_run_reads_the_cache_and_matches_a_cold_run(tmp_path, monkeypatch):
    cold = _score(REPORTS, tmp_path / "c")
    assert len(_pack_entries(tmp_path / "c")) == 5

    def no_text_work(*args, **kwargs):
        raise AssertionError("a warm run must not extract again")

    monkeypatch.setattr(cache_module, "extract", no_text_work)
    warm = _score(REPORTS, tmp_path / "c")
    assert warm.scores.equals(cold.scores)
    assert warm.evidence.equals(cold.evidence)


def _pack_entries(cache: Path) -> list[tuple[Path, int, int, int]]:
    """(pack, offset, document size, extraction size) of every entry in the cache's packs."""
    out = []
    for index in sorted((cache / "packs").glob("*.idx")):
        table = cache_module.load_pickled(index)
        out += [(index.with_suffix(".pack"), *at[:3]) for at in table.values()]
    return out


def _forget_measures_and_count_extractions(cache: Path, monkeypatch) -> list[int]:
    """Drop the kept measures (so the next run reads extractions) and record each
    extraction done from the text."""
    for table_set in (cache / "tables").iterdir():
        (table_set / "measures.pkl").unlink()
    calls: list[int] = []
    real_extract = cache_module.extract
    monkeypatch.setattr(cache_module, "extract", lambda *a: calls.append(1) or real_extract(*a))
    return calls


def _count_hashing(monkeypatch) -> list[Path]:
    """Record each report file hashed before extraction (looked up in the cache)."""
    hashed: list[Path] = []
    real = cache_module.file_sha256
    monkeypatch.setattr(cache_module, "file_sha256", lambda p: hashed.append(p) or real(p))
    return hashed


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))


def test_damaged_cache_entry_is_rebuilt(tmp_path, monkeypatch):
    cold = _score(REPORTS, tmp_path / "c")
    for pack, offset, _, _ in _pack_entries(tmp_path / "c"):
        _flip_byte(pack, offset + 30)  # inside the document pickle: its checksum fails
    calls = _forget_measures_and_count_extractions(tmp_path / "c", monkeypatch)
    again = _score(REPORTS, tmp_path / "c")
    assert len(calls) == 5
    assert again.scores.equals(cold.scores)
    assert len(_pack_entries(tmp_path / "c")) == 10  # the new pack's entries stand beside
    calls.clear()
    assert _score(REPORTS, tmp_path / "c").scores.equals(cold.scores)
    assert not calls  # the newer entries are read


def test_a_pack_without_its_index_is_ignored(tmp_path, monkeypatch):
    cold = _score(REPORTS, tmp_path / "c")
    for index in (tmp_path / "c" / "packs").glob("*.idx"):
        index.unlink()  # as if the run had stopped between writing the pack and its index
    calls = _forget_measures_and_count_extractions(tmp_path / "c", monkeypatch)
    assert _score(REPORTS, tmp_path / "c").scores.equals(cold.scores)
    assert len(calls) == 5


def test_parallel_extraction_equals_serial(tmp_path):
    _, manifest, _ = make_corpus(REPORTS, tmp_path / "corpus", 45)  # >= 40 start workers
    serial = _score(tmp_path / "corpus", None, jobs=1, manifest=manifest)
    parallel = _score(tmp_path / "corpus", None, jobs=2, manifest=manifest)
    assert parallel.scores.equals(serial.scores)
    assert parallel.evidence.equals(serial.evidence)


def _gc_probe(folder, items):
    """Stands in for the extraction worker: reports whether its collector is on."""
    return [(item, None, None, [f"gc on: {gc.isenabled()}"]) for item in items]


def _matcher_probe(folder, items):
    """Stands in for the extraction worker: names its process, its matcher and catalogue."""
    catalogue, matcher = cache_module._IN_WORKER["run"]
    label = f"{os.getpid()} {id(matcher)} {catalogue.pattern_hash}"
    return [(item, None, None, [label]) for item in items]


def _messages_of_workers(tmp_path: Path, monkeypatch, probe) -> list[str]:
    """Run ``probe`` as the extraction worker over 45 reports with two workers (eight
    chunks of up to six); the messages it returned, one per report."""
    make_corpus(REPORTS, tmp_path / "corpus", 45)
    items = [
        cache_module.Item(f, f.name, f.name) for f in sorted((tmp_path / "corpus").glob("*.txt"))
    ]
    monkeypatch.setattr(cache_module, "_work_in_worker", probe)
    no_cache = cache_module.ExtractionCache(None, CATALOGUE.pattern_hash)
    _, messages = cache_module.extract_items(items, CATALOGUE, no_cache, jobs=2)
    return messages


def test_extraction_workers_collect_garbage(tmp_path, monkeypatch):
    # the docx, pdf and html readers leave reference cycles: workers must collect them
    messages = _messages_of_workers(tmp_path, monkeypatch, _gc_probe)
    assert len(messages) == 45 and set(messages) == {"gc on: True"}


def test_each_worker_builds_the_matcher_once(tmp_path, monkeypatch):
    # every chunk a worker runs uses the one matcher it built when it started, for the
    # run's catalogue
    messages = _messages_of_workers(tmp_path, monkeypatch, _matcher_probe)
    assert len(messages) == 45
    workers = {m.split()[0]: m.split()[1:] for m in messages}
    assert 1 <= len(workers) <= 2 and len(set(messages)) == len(workers)
    assert {h for _, h in workers.values()} == {CATALOGUE.pattern_hash}
    assert not cache_module._IN_WORKER  # the caller's process holds no worker state


def test_rerun_with_new_weights_copies_weight_free_tables(tmp_path, monkeypatch):
    first = _score(REPORTS, tmp_path / "c")
    outputs.write_outputs(first, tmp_path / "one")
    assert len(list((tmp_path / "c" / "tables").iterdir())) == 1

    written: list[str] = []
    real, real_book = outputs.write_csv, outputs.write_sheets
    monkeypatch.setattr(outputs, "write_csv", lambda f, p: (written.append(p.name), real(f, p)))
    monkeypatch.setattr(
        outputs, "write_sheets", lambda p, sheets: (written.append(p.name), real_book(p, sheets))
    )
    second = _score(REPORTS, tmp_path / "c", weights=_heavier_decision())
    outputs.write_outputs(second, tmp_path / "two")
    assert not set(written) & {*WEIGHT_FREE, "evidence.xlsx"}  # copied, not rebuilt
    assert {"scores.csv", "scores.xlsx"} <= set(written)
    for name in (*WEIGHT_FREE, "evidence.xlsx"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert (tmp_path / "one" / "scores.csv").read_bytes() != (
        tmp_path / "two" / "scores.csv"
    ).read_bytes()


def test_an_output_edited_in_place_is_not_served_to_the_next_run(tmp_path):
    """The kept tables may share their contents with the outputs (hard links): a table
    changed in place since it was kept is rebuilt, not copied."""
    outputs.write_outputs(_score(REPORTS, tmp_path / "c"), tmp_path / "one")
    original = (tmp_path / "one" / "evidence.csv").read_bytes()
    time.sleep(0.01)  # a later modification time, even on coarse clocks
    with (tmp_path / "one" / "evidence.csv").open("ab") as fh:
        fh.write("编辑者加的一行\n".encode())
    outputs.write_outputs(_score(REPORTS, tmp_path / "c", weights=_heavier_decision()),
                          tmp_path / "two")  # fmt: skip
    assert (tmp_path / "two" / "evidence.csv").read_bytes() == original


def test_two_runs_share_no_output_file(tmp_path):
    """A table put in place from the cache is a copy: editing one run's output in place
    leaves the other run's output as it was."""
    outputs.write_outputs(_score(REPORTS, tmp_path / "c"), tmp_path / "one")
    outputs.write_outputs(_score(REPORTS, tmp_path / "c", weights=_heavier_decision()),
                          tmp_path / "two")  # fmt: skip
    original = (tmp_path / "one" / "evidence.csv").read_bytes()
    assert (tmp_path / "two" / "evidence.csv").read_bytes() == original
    for edited, other in (("two", "one"), ("one", "two")):
        with (tmp_path / edited / "evidence.csv").open("ab") as fh:
            fh.write("编辑者加的一行\n".encode())
        assert (tmp_path / other / "evidence.csv").read_bytes() == original
        (tmp_path / edited / "evidence.csv").write_bytes(original)


def _heavier_decision() -> Weights:
    weights = Weights.from_catalogue(CATALOGUE)
    weights.dimensions["decision"] = 3.0
    return weights


def test_rerun_with_new_weights_reads_only_documents_and_measures(tmp_path, monkeypatch):
    _score(REPORTS, tmp_path / "c")
    expected = _score(REPORTS, None, weights=_heavier_decision())
    real_extraction = cache_module.ExtractionCache.extraction
    monkeypatch.setattr(cache_module.ExtractionCache, "extraction", lambda *a: pytest.fail("read"))
    monkeypatch.setattr(cache_module, "extract", lambda *a: pytest.fail("no text work"))
    rerun = _score(REPORTS, tmp_path / "c", weights=_heavier_decision())
    assert rerun.scores.equals(expected.scores)
    assert rerun.indicators.equals(expected.indicators)
    assert "extractions" not in vars(rerun)  # never loaded
    read: list[str] = []

    def counted(self, doc):
        read.append(doc.file)
        return real_extraction(self, doc)

    monkeypatch.setattr(cache_module.ExtractionCache, "extraction", counted)
    assert rerun.evidence.equals(expected.evidence)  # read from the kept store on first use
    assert rerun.sentences.equals(expected.sentences)
    assert rerun.quantities.equals(expected.quantities)
    assert not read  # no extraction is read for the long tables
    assert len(rerun.extractions) == 5 and len(read) == 5  # read only when asked for


def test_damaged_extraction_behind_a_good_document_is_extracted_again(tmp_path, monkeypatch):
    cold = _score(REPORTS, tmp_path / "c")
    for pack, offset, doc_size, ex_size in _pack_entries(tmp_path / "c"):
        _flip_byte(pack, offset + doc_size + ex_size // 2)  # the document pickle stays whole
    calls = _forget_measures_and_count_extractions(tmp_path / "c", monkeypatch)
    monkeypatch.setattr(cache_module, "_work", lambda c, f, items: items and pytest.fail("miss"))
    again = _score(REPORTS, tmp_path / "c")
    assert len(calls) == 5  # the documents came from the cache, the extractions from the text
    assert again.scores.equals(cold.scores)
    assert again.evidence.equals(cold.evidence)


def test_changed_metadata_is_not_served_from_the_tables_cache(tmp_path):
    manifest = tmp_path / "m.csv"
    name = sorted(REPORTS.glob("*.txt"))[0].name
    manifest.write_text(f"file,unit,year\n{name},甲街道,2024\n", encoding="utf-8")
    outputs.write_outputs(_score(REPORTS, tmp_path / "c", manifest=manifest), tmp_path / "one")
    manifest.write_text(f"file,unit,year\n{name},乙街道,2024\n", encoding="utf-8")
    outputs.write_outputs(_score(REPORTS, tmp_path / "c", manifest=manifest), tmp_path / "two")
    assert "甲街道" in (tmp_path / "one" / "evidence.csv").read_text(encoding="utf-8")
    evidence = (tmp_path / "two" / "evidence.csv").read_text(encoding="utf-8")
    assert "乙街道" in evidence and "甲街道" not in evidence


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def test_a_run_replaces_the_earlier_one_as_a_whole_and_keeps_other_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "changes.csv").write_text("stale", encoding="utf-8")  # a run file not rewritten
    (out / "notes.txt").write_text("mine", encoding="utf-8")  # the user's
    (out / "charts").mkdir()
    (out / "charts" / "a.svg").write_text("<svg/>", encoding="utf-8")
    written = outputs.write_run(
        out, {"scores.csv": lambda p: p.write_text("new", encoding="utf-8")}
    )
    assert written == [out / "scores.csv"]
    assert _tree(out) == {"scores.csv": b"new", "notes.txt": b"mine", "charts/a.svg": b"<svg/>"}
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no partial folder left


@pytest.mark.parametrize("exchange", [True, False], ids=["atomic exchange", "two renames"])
def test_a_failed_or_interrupted_run_leaves_the_earlier_one_whole(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)
    out = tmp_path / "out"
    outputs.write_run(out, {"scores.csv": lambda p: p.write_text("one", encoding="utf-8"),
                            "run.json": lambda p: p.write_text("{}", encoding="utf-8")})  # fmt: skip
    before = _tree(out)

    def full_disk(path: Path) -> None:
        raise OSError(28, "No space left on device")

    def interrupted(path: Path) -> None:
        raise KeyboardInterrupt

    for failure, error in ((full_disk, UserError), (interrupted, KeyboardInterrupt)):
        files = {"scores.csv": lambda p: p.write_text("two", encoding="utf-8"), "run.json": failure}
        with pytest.raises(error):
            outputs.write_run(out, files)
        assert _tree(out) == before
        assert [p.name for p in tmp_path.iterdir()] == ["out"]
    outputs.write_run(out, {"scores.csv": lambda p: p.write_text("three", encoding="utf-8")})
    assert _tree(out) == {"scores.csv": b"three"}


def test_partial_folders_of_killed_runs_are_removed(tmp_path):
    out = tmp_path / "out"
    dead = tmp_path / ".out.partial-999999999-abc"  # no such process
    dead.mkdir()
    outputs.write_run(out, {"scores.csv": lambda p: p.write_text("x", encoding="utf-8")})
    assert not dead.exists()


def test_alternative_anchored_regex_finds_what_a_full_scan_finds():
    matcher = Matcher(load_catalogue()[0])
    text = "司法所出具法律意见3份,提出审查意见5条。另外,法律顾问提出了书面审查意见。" * 3
    pattern = "(出具|提出).{0,8}(法律意见|审查意见)"
    idx = next(i for i, ind in enumerate(matcher.indicators)
               if any(p.text == pattern for p in ind.patterns))  # fmt: skip
    found = {(h.start, h.end) for h in matcher.raw_hits(text)[0] if h.indicator == idx}
    full = {m.span() for m in re.finditer(pattern, text)}
    assert full and full <= found


def test_files_are_hashed_before_extraction_only_when_new_or_changed(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    shutil.copytree(REPORTS, reports)
    monkeypatch.setattr(cache_module, "SETTLE_SECONDS", 0.0)  # the copies count as settled
    hashed = _count_hashing(monkeypatch)
    _score(reports, None)  # no cache: the workers hash what they read
    _score(reports, tmp_path / "c")  # an empty cache: the same
    assert hashed == []
    warm = _score(reports, tmp_path / "c")  # known files, unchanged: looked up unread
    assert hashed == []
    assert [d.sha256 for d in warm.corpus.documents] == [
        file_sha256(Path(d.path)) for d in warm.corpus.documents
    ]
    # new contents of the same size, the modification time set back: hashed again
    target = sorted(reports.glob("*.txt"))[0]
    before, data = target.stat(), target.read_bytes()
    target.write_bytes(data.replace("。".encode(), "！".encode(), 1))
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert target.stat().st_size == before.st_size and target.read_bytes() != data
    again = _score(reports, tmp_path / "c")
    assert hashed == [target]
    changed = next(d for d in again.corpus.documents if Path(d.path) == target)
    assert changed.sha256 == file_sha256(target) != hashlib.sha256(data).hexdigest()


def test_files_changed_just_before_a_run_are_hashed_again(tmp_path, monkeypatch):
    """A coarse clock could give a change made right after the hash the same times: a
    file changed less than SETTLE_SECONDS before the run is not trusted next time."""
    reports = tmp_path / "reports"
    shutil.copytree(REPORTS, reports)  # written just now
    monkeypatch.setattr(cache_module, "SETTLE_SECONDS", 3600.0)
    hashed = _count_hashing(monkeypatch)
    _score(reports, tmp_path / "c")
    _score(reports, tmp_path / "c")
    assert len(hashed) == 5


def test_a_damaged_list_of_file_hashes_means_hashing_every_file(tmp_path, monkeypatch):
    cold = _score(REPORTS, tmp_path / "c")
    hashed = _count_hashing(monkeypatch)
    paths = [os.path.abspath(p) for p in REPORTS.glob("*.txt")]
    shapeless = {p: 5 for p in paths}
    odd = {p: ((1, 2, 3, 4, 5.0), "0" * 64) for p in paths}  # a float among the times
    for damaged in (b"not a pickle", pickle.dumps(shapeless), pickle.dumps(odd)):
        (tmp_path / "c" / cache_module.FileHashes.NAME).write_bytes(damaged)
        hashed.clear()
        warm = _score(REPORTS, tmp_path / "c")
        assert len(hashed) == 5 and warm.scores.equals(cold.scores)


def test_a_reader_keeps_few_packs_open(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_OPEN_PACKS", 2)
    make_corpus(REPORTS, tmp_path / "corpus", 45)
    items = [
        cache_module.Item(f, f.name, None) for f in sorted((tmp_path / "corpus").glob("*.txt"))
    ]
    for i in range(0, 45, 5):  # nine packs of five entries
        cache = cache_module.ExtractionCache(tmp_path / "c", CATALOGUE.pattern_hash)
        cache_module.extract_items(items[i : i + 5], CATALOGUE, cache, jobs=1)
    assert len(list((tmp_path / "c" / "packs").glob("*.pack"))) == 9
    ids = [content_id(file_sha256(item.path), item.path) for item in items]
    with cache_module.ExtractionCache(tmp_path / "c", CATALOGUE.pattern_hash) as cache:
        docs = [cache.document(content) for content in ids]
        assert all(doc is not None for doc in docs)
        assert all(cache.extraction(doc) is not None for doc in docs)
        assert len(cache._open) == 2


def test_packs_of_other_code_versions_and_the_old_layout_are_removed(tmp_path, monkeypatch):
    packs = tmp_path / "c" / "packs"
    packs.mkdir(parents=True)
    old = [packs / "0123456789abcdef-0123456789abcdef-x.pack",
           packs / "0123456789abcdef-0123456789abcdef-x.idx"]  # fmt: skip
    legacy = tmp_path / "c" / "ab" / ("ab" + "0" * 62 + ".pkl")
    legacy.parent.mkdir()
    for path in [*old, legacy]:
        path.write_bytes(b"old")
    kept = tmp_path / "c" / "tables" / "k" / "measures.pkl"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"kept")
    _score(REPORTS, tmp_path / "c")
    assert not any(p.exists() for p in [*old, legacy, legacy.parent])
    assert kept.exists() and len(_pack_entries(tmp_path / "c")) == 5


def test_a_bad_file_is_named_as_given_in_cold_and_warm_runs(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted(REPORTS.glob("*.txt"))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "broken.docx").write_bytes(b"not a zip file")
    monkeypatch.chdir(tmp_path)
    cold = _score(Path("reports"), Path("c"), skip_bad=True)  # nothing cached: not hashed first
    warm = _score(Path("reports"), Path("c"), skip_bad=True)  # hashed first, then looked up
    assert cold.corpus.skipped == warm.corpus.skipped
    assert len(cold.corpus.skipped) == 1
    assert cold.corpus.skipped[0].startswith("reports/broken.docx: not a readable Word .docx")
