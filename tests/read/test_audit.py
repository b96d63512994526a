"""The input audit: every file in a folder is scored, ignored with a reason, or bad.

Folders as offices have them: copies (报告(1).docx), Word lock files (~$报告.docx),
pictures, hidden files, old .doc files, and two reports for one unit and year.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from formats import write_docx
from helpers import MINI, REPORTS

import fazhi_bench.read.readers as readers
from fazhi_bench.errors import UserError
from fazhi_bench.read.corpus import load_corpus
from fazhi_bench.tools.cli import main

TANGGU = sorted(REPORTS.glob("000_*.txt"))[0]
JINKOUHE = sorted(REPORTS.glob("004_*.txt"))[0]
HAS_SOFFICE = readers.soffice() is not None


def _doc_from_text(folder: Path, source: Path, name: str) -> Path:
    """An old Word .doc made by LibreOffice from a .docx holding ``source``'s lines."""
    docx = write_docx(folder / "tmp_src.docx", source.read_text(encoding="utf-8").split("\n"))
    subprocess.run(
        [readers.soffice(), "--headless", "--convert-to", "doc", "--outdir", str(folder / "conv"),
         str(docx)], check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    target = folder / name
    shutil.move(folder / "conv" / "tmp_src.doc", target)
    docx.unlink()
    shutil.rmtree(folder / "conv")
    return target


def _office_folder(tmp: Path, doc: bytes | None) -> Path:
    folder = tmp / "reports"
    folder.mkdir()
    shutil.copy(TANGGU, folder / "塘沽街道报告.txt")
    shutil.copy(TANGGU, folder / "塘沽街道报告(1).txt")  # a byte-identical copy
    (folder / "~$报告.docx").write_bytes(b"\x0bWPS lock")
    (folder / "封面.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a report")
    (folder / ".DS_Store").write_bytes(b"\x00\x00")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    if doc is not None:
        (folder / "金口河区.doc").write_bytes(doc)
    return folder


def test_folder_as_an_office_has_it_without_libreoffice(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(readers, "soffice", lambda: None)
    folder = _office_folder(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    out = tmp_path / "out"
    argv = ["score", str(folder), "--catalogue", str(MINI), "--no-cache", "--jobs", "1"]
    assert main([*argv, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "金口河区.doc" in err and "LibreOffice" in err
    assert not out.exists()

    assert main([*argv, "--out", str(out), "--skip-bad"]) == 0
    err = capsys.readouterr().err
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [Path(i["file"]).name for i in record["inputs"]] == ["塘沽街道报告.txt"]
    assert [Path(d["scored"]).name for d in record["duplicates"]] == ["塘沽街道报告.txt"]
    assert [Path(c).name for c in record["duplicates"][0]["copies"]] == ["塘沽街道报告(1).txt"]
    reasons = {Path(i["file"]).name: i["reason"] for i in record["ignored"]}
    assert set(reasons) == {"~$报告.docx", "封面.jpg", ".DS_Store", ".git"}
    assert "lock file" in reasons["~$报告.docx"]
    assert ".jpg" in reasons["封面.jpg"]
    assert reasons[".git"] == "hidden folder"
    assert len(record["skipped"]) == 1 and "金口河区.doc" in record["skipped"][0]
    scores = (out / "scores.csv").read_text(encoding="utf-8").splitlines()
    assert len(scores) == 2  # header + the one report, scored once
    assert "inputs: 1 scored, 4 ignored, 1 duplicate, 1 skipped" in err


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_old_doc_is_converted_and_scored_like_its_docx(tmp_path):
    folder = _office_folder(tmp_path, None)
    _doc_from_text(folder, JINKOUHE, "金口河区.doc")
    as_docx = tmp_path / "docx"
    as_docx.mkdir()
    write_docx(as_docx / "金口河区.docx", JINKOUHE.read_text(encoding="utf-8").split("\n"))
    corpus = load_corpus([folder])
    by_unit = {d.unit: d for d in corpus.documents}
    assert set(by_unit) == {"塘沽街道", "金口河区"}
    assert by_unit["金口河区"].year == 2024
    (reference,) = load_corpus([as_docx]).documents
    assert by_unit["金口河区"].text == reference.text


def test_lock_file_given_by_name_is_refused(tmp_path):
    lock = tmp_path / "~$报告.docx"
    lock.write_bytes(b"\x0bWPS")
    with pytest.raises(UserError, match="lock file"):
        load_corpus([lock])


def test_two_different_reports_for_one_unit_year_stop_the_run(tmp_path, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(TANGGU, folder / "a.txt")
    (folder / "b.txt").write_text(
        TANGGU.read_text(encoding="utf-8") + "\n附件:统计表。\n", encoding="utf-8"
    )
    code = main(["score", str(folder), "--catalogue", str(MINI), "--no-cache",
                 "--out", str(tmp_path / "out")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "a.txt" in err and "b.txt" in err and "塘沽街道 2024" in err
    # the manifest can set them apart
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,year\nb.txt,2023\n", encoding="utf-8")
    corpus = load_corpus([folder], manifest)
    assert sorted(d.year for d in corpus.documents) == [2023, 2024]


def test_copies_with_different_manifest_units_are_both_kept(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(TANGGU, folder / "a.txt")
    shutil.copy(TANGGU, folder / "b.txt")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,unit\nb.txt,新港街道\n", encoding="utf-8")
    corpus = load_corpus([folder], manifest)
    assert sorted(d.unit for d in corpus.documents) == ["塘沽街道", "新港街道"]
    assert corpus.duplicates == ()
    assert len({d.doc_id for d in corpus.documents}) == 2


def test_reports_naming_no_unit_stay_apart(tmp_path):
    # every unit's attachment is 附件.txt: the stand-in unit is the path inside the folder
    for unit, n in (("甲", 5), ("乙", 8)):
        (tmp_path / unit).mkdir()
        (tmp_path / unit / "附件.txt").write_text(
            f"2023年度法治政府建设情况报告\n一、主要举措和成效\n全年开展合法性审查{n}件。\n",
            encoding="utf-8",
        )
    corpus = load_corpus([tmp_path])
    assert sorted(d.unit for d in corpus.documents) == ["乙/附件", "甲/附件"]
    assert sum("could not tell the reporting unit" in w for w in corpus.warnings) == 2
