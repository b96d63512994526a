"""Faults and hostile inputs, one test per class of problem (issue: nothing lost, nothing
wrong, nothing hangs): the cache never serves the wrong thing, bombs and deep nesting are
refused fast, numbers are checked at the edge, odd files are named, kills leave no
process behind and --out always holds one complete run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from helpers import CACHE_HOME, REPORTS, ROOT, run_cli

import fazhi_bench as fb
from fazhi_bench import api
from fazhi_bench.tools.bench import make_corpus

SAMPLE = sorted(REPORTS.glob("*.txt"))[0]


def _error_lines(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("error:")]


# ---- the cache -------------------------------------------------------------------------


def test_the_cache_key_includes_the_reader(tmp_path):
    """The same bytes as .txt and as .html are two readings; a text file renamed .docx is
    rejected on a warm cache as on a cold one."""
    cache = tmp_path / "cache"
    (tmp_path / "a").mkdir()
    shutil.copy(SAMPLE, tmp_path / "a" / "report.txt")
    fb.score(tmp_path / "a", cache=cache)
    (tmp_path / "b").mkdir()
    shutil.copy(SAMPLE, tmp_path / "b" / "report.docx")
    for cached in (cache, False):
        with pytest.raises(fb.UserError, match=r"report\.docx: not a readable Word"):
            fb.score(tmp_path / "b", cache=cached)


def test_damaged_kept_tables_are_rebuilt_not_served(tmp_path):
    cache = tmp_path / "cache"
    fresh = fb.score(REPORTS, cache=False)
    fb.score(REPORTS, cache=cache).write(tmp_path / "first")
    kept = [p for p in (cache / "tables").rglob("*") if p.is_file() and p.suffix != ".sha256"]
    assert {p.name for p in kept} >= {"measures.pkl", "evidence.csv"}
    for path in kept:  # flip a few bytes in the middle of every kept file
        data = bytearray(path.read_bytes())
        for i in range(len(data) // 2, min(len(data), len(data) // 2 + 8)):
            data[i] ^= 0xFF
        path.write_bytes(bytes(data))
    again = fb.score(REPORTS, cache=cache)
    pd.testing.assert_frame_equal(again.scores, fresh.scores)
    again.write(tmp_path / "second")
    fresh.write(tmp_path / "nocache")
    for name in ("evidence.csv", "indicators.csv", "sentences.csv", "quantities.csv"):
        assert (tmp_path / "second" / name).read_bytes() == (
            tmp_path / "nocache" / name
        ).read_bytes()


# ---- bombs, nesting, sizes ---------------------------------------------------------------


def test_a_yaml_alias_bomb_is_refused_fast(tmp_path):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb = tmp_path / "w.yaml"
    bomb.write_text("\n".join(lines) + "\ndimensions: {decision: 2}\n", encoding="utf-8")
    for args in (("validate", str(bomb)), ("score", str(REPORTS), "--weights", str(bomb))):
        began = time.monotonic()
        proc = (
            run_cli(*args, "--out", str(tmp_path / "o")) if args[0] == "score" else run_cli(*args)
        )
        assert proc.returncode == 2 and "aliases" in proc.stderr
        assert time.monotonic() - began < 20


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(80):  # 80 MB of zeros: over the 64 MB cap of one part
                part.write(bytes(1 << 20))
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(fb.UserError, match="bomb.docx: the .docx unpacks to 80 MB"):
        fb.inspect(bomb)


def test_deeply_nested_html_is_refused_fast(tmp_path):
    page = tmp_path / "deep.html"
    depth = 100_000
    page.write_text("<html><body>" + "<div>" * depth + "一、主要举措和成效" + "</div>" * depth,
                    encoding="utf-8")  # fmt: skip
    began = time.monotonic()
    with pytest.raises(fb.UserError, match="deep.html: the page nests"):
        fb.inspect(page)
    assert time.monotonic() - began < 10


def test_oversized_text_gets_a_limit_message(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("一、主要举措和成效\n" + "开展执法检查12次。" * 300_000, encoding="utf-8")
    with pytest.raises(fb.UserError, match="big.txt: the report has .* characters, more than"):
        fb.inspect(big)


# ---- numbers at the edge -------------------------------------------------------------------


@pytest.mark.parametrize(
    "flag",
    [["--saturation-k", "nan"], ["--figure-weight", "nan"], ["--spread", "nan"],
     ["--seed", "-1"], ["--saturation-k", "inf"], ["--sensitivity-runs", "0"]],
)  # fmt: skip
def test_method_numbers_are_checked(tmp_path, flag):
    proc = run_cli("score", str(SAMPLE), "--no-cache", "--out", str(tmp_path / "o"), *flag)
    assert proc.returncode == 2 and _error_lines(proc), proc.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("value", [".nan", "1e309", "1.0e308", "-1"])
def test_weights_and_catalogue_numbers_are_checked(tmp_path, value):
    weights = tmp_path / "w.yaml"
    weights.write_text(f"dimensions: {{decision: {value}}}\n", encoding="utf-8")
    with pytest.raises(fb.UserError, match="weight of 'decision' must be a number from 0"):
        fb.score(SAMPLE, weights=weights, cache=False)
    catalogue = tmp_path / "c.yaml"
    text = (ROOT / "indicators.yaml").read_text(encoding="utf-8")
    catalogue.write_text(text.replace("saturation_k: 5 ", f"saturation_k: {value} "), "utf-8")
    proc = run_cli("validate", str(catalogue))
    assert proc.returncode == 2 and "saturation_k" in proc.stderr


def test_jobs_are_bounded():
    assert api._jobs(300) <= 4 * (os.cpu_count() or 1)
    with pytest.raises(fb.UserError, match="jobs"):
        api._jobs(0)


# ---- files and names ---------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")
def test_odd_files_are_named_not_skipped(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "good.txt")
    (folder / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(folder / "pipe.txt")
    (Path(os.fsdecode(bytes(folder)) + "/" + os.fsdecode(b"\xff\xfe.txt"))).write_bytes(
        SAMPLE.read_bytes()
    )
    proc = run_cli("score", str(folder), "--no-cache", "--out", str(tmp_path / "o"))
    errors = "\n".join(_error_lines(proc))
    assert proc.returncode == 2
    assert "dangling.txt: a broken link" in errors
    assert "pipe.txt: not a regular file" in errors
    assert "\\xff\\xfe.txt: the file name is not valid UTF-8" in errors
    proc = run_cli(
        "score", str(folder / "dangling.txt"), "--no-cache", "--out", str(tmp_path / "o")
    )
    assert proc.returncode == 2 and "dangling.txt: a broken link" in proc.stderr


def test_conflicting_manifest_rows_are_an_error(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"file,unit,year\n{SAMPLE.name},甲街道,2024\n{SAMPLE.name},乙街道,2024\n",
                        encoding="utf-8")  # fmt: skip
    with pytest.raises(fb.UserError, match=r"m.csv:3 \(row 3\): .* listed again with other values"):
        fb.score(REPORTS, manifest=manifest, cache=False)


def test_appendix_out_a_folder_fails_at_once(tmp_path):
    began = time.monotonic()
    proc = run_cli("appendix", "--out", str(tmp_path))
    assert proc.returncode == 2 and "must name the .html file" in proc.stderr
    assert time.monotonic() - began < 15


# ---- kills and interruptions ---------------------------------------------------------------


def _processes_marked(mark: str) -> list[int]:
    """Live processes whose environment carries ``mark`` (the run and its workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if mark.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _start(args: list[str], mark: str, cache: Path | None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "XDG_CACHE_HOME": str(cache or CACHE_HOME),
           "FAZHI_TEST_MARK": mark}  # fmt: skip
    return subprocess.Popen(
        [sys.executable, "-m", "fazhi_bench", *args], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("kill") / "c"
    make_corpus(REPORTS, folder, 600)
    return folder


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["KILL", "INT"])
@pytest.mark.parametrize(
    ("warm", "delay"),
    [(False, 0.5), (False, 2.0), (False, 4.0), (True, 0.7), (True, 1.5)],
    ids=["cold-0.5s", "cold-2s", "cold-4s", "warm-0.7s", "warm-1.5s"],
)
def test_a_killed_run_leaves_no_process_and_a_whole_out(tmp_path, corpus, sig, warm, delay):
    out = tmp_path / "out"
    cache = tmp_path / "cache"
    base = ["score", str(corpus), "--manifest", str(corpus / "manifest.csv"), "--jobs", "2"]
    first = run_cli(
        *base, *(["--cache", str(cache)] if warm else ["--no-cache"]), "--out", str(out)
    )
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    mark = uuid.uuid4().hex
    proc = _start([*base, "--cache", str(cache), "--weights", str(_weights(tmp_path)),
                   "--out", str(out)], mark, cache)  # fmt: skip
    time.sleep(delay)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    deadline = time.monotonic() + 15
    while _processes_marked(mark) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_marked(mark) == []
    if sig == signal.SIGINT and proc.returncode != 0:
        assert proc.returncode == 2 and b"Traceback" not in err and err.count(b"error:") == 1
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    weighted = b'"decision": 3' in after["run.json"] or b'"decision": 3.0' in after["run.json"]
    if after != before:  # the new run, complete: every file of it, from the same run
        assert weighted and set(after) == set(before)
    # the next run equals a run without the cache
    again = fb.score(
        corpus, manifest=corpus / "manifest.csv", cache=cache, weights=_weights(tmp_path)
    )
    clean = fb.score(
        corpus, manifest=corpus / "manifest.csv", cache=False, weights=_weights(tmp_path)
    )
    pd.testing.assert_frame_equal(again.scores, clean.scores)


def _weights(folder: Path) -> Path:
    path = folder / "w.yaml"
    path.write_text("dimensions: {decision: 3}\n", encoding="utf-8")
    return path


def test_every_cached_file_is_verified(tmp_path):
    """Flipped bytes in any file of the cache folder (packs, their indexes, the file
    hashes, the kept tables): the next run equals a run without the cache."""
    cache = tmp_path / "cache"
    fresh = fb.score(REPORTS, cache=False)
    fb.score(REPORTS, cache=cache).write(tmp_path / "first")
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} >= {".pack", ".idx", ".pkl"}
    for path in files:
        data = bytearray(path.read_bytes())
        if len(data) > 40:
            for i in range(len(data) // 3, len(data) // 3 + 4):
                data[i] ^= 0x5A
            path.write_bytes(bytes(data))
    again = fb.score(REPORTS, cache=cache)
    pd.testing.assert_frame_equal(again.scores, fresh.scores)
    pd.testing.assert_frame_equal(again.evidence, fresh.evidence)


def test_a_failed_write_says_what_happened(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run = fb.score(REPORTS, cache=False)
    run.write(out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def full_disk(frame, path):
        raise OSError(28, "No space left on device")

    from fazhi_bench.run import outputs

    monkeypatch.setattr(outputs, "write_csv", full_disk)
    with pytest.raises(
        fb.UserError, match="could not write this run's outputs .*No space.*left whole"
    ):
        run.write(out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize(
    "unit", ["办理案件12件", "办理案件12件,", "满意率达95%", "一是开展检查12次"]
)
def test_a_page_of_figures_without_full_stops_is_read_in_linear_time(unit):
    """A hang guard, not a speed target: before the clause look-back was bounded, this
    page (about 300,000 characters in one sentence) took several minutes."""
    from fazhi_bench.evidence.extract import extract
    from fazhi_bench.evidence.matching import Matcher
    from fazhi_bench.read.clean import clean_text

    text = clean_text("一、主要举措和成效\n" + unit * (300_000 // len(unit))).text
    began = time.monotonic()
    ex = extract(text, Matcher(fb.load_catalogue()))
    assert len(ex.quantity["start"]) > 10_000
    assert time.monotonic() - began < 90
