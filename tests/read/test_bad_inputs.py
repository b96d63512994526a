"""Hostile and broken inputs: exit status 2, a message naming the file, outputs intact.

Each case builds its broken input in a fresh folder, runs the command line in-process
against an output folder that already holds a good run, and checks the exit status,
that every message line starts with "error:" and names the file, and that the earlier
outputs are byte for byte unchanged.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from formats import write_docx, write_pdf
from helpers import MINI, REPORTS

from fazhi_bench.tools.cli import main

GOOD = "东风街道2024年度法治政府建设情况报告\n一、主要举措和成效\n全年开展合法性审查15件。\n"
MINI_TEXT = MINI.read_text(encoding="utf-8")


def _reports(tmp: Path, **extra: bytes) -> Path:
    folder = tmp / "reports"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in extra.items():
        (folder / name.replace("__", ".")).write_bytes(data)
    return folder


def _catalogue(tmp: Path, text: str | bytes) -> Path:
    path = tmp / "catalogue.yaml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _score(tmp: Path, *more: str, reports: Path | None = None, catalogue: Path = MINI) -> list[str]:
    folder = reports or _reports(tmp)
    return ["score", str(folder), "--catalogue", str(catalogue), "--no-cache", *more]


def _with_catalogue(text: str | bytes) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        return _score(tmp, catalogue=_catalogue(tmp, text))

    return build


def _with_file_option(option: str, name: str, text: str) -> Callable[[Path], list[str]]:
    """score with ``option`` pointing at a file ``name`` holding ``text``."""

    def build(tmp: Path) -> list[str]:
        path = tmp / name
        path.write_text(text, encoding="utf-8")
        return _score(tmp, option, str(path))

    return build


def _with_weights(text: str) -> Callable[[Path], list[str]]:
    return _with_file_option("--weights", "weights.yaml", text)


def _with_manifest(text: str) -> Callable[[Path], list[str]]:
    return _with_file_option("--manifest", "manifest.csv", text)


def _with_report(name: str, data: bytes) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        return _score(tmp, reports=_reports(tmp, **{name.replace(".", "__"): data}))

    return build


def _docx_not_zip(tmp: Path) -> list[str]:
    return _with_report("report.docx", b"PK? not really a zip")(tmp)


def _scanned_pdf(tmp: Path) -> list[str]:
    folder = _reports(tmp)
    write_pdf(folder / "scan.pdf", ["x"], text_layer=False)
    return _score(tmp, reports=folder)


def _pdf_without_characters(tmp: Path) -> list[str]:
    """A PDF whose font says which glyphs it draws but not which characters (an encoding
    by glyph number and a character collection no reader knows): its text layer reads as
    (cid:26576)(cid:21439)…, as many real reports' PDFs do."""
    folder = _reports(tmp)
    path = write_pdf(folder / "glyphs.pdf", GOOD.splitlines())
    data = path.read_bytes()
    assert data.count(b"/UniGB-UCS2-H") == 1 and data.count(b"(GB1)") == 1
    path.write_bytes(data.replace(b"/UniGB-UCS2-H", b"/Identity-H  ").replace(b"(GB1)", b"(XX1)"))
    return _score(tmp, reports=folder)


# a report copied from a page shown in the wrong encoding (GBK bytes read as Latin-1)
MOJIBAKE = GOOD.encode("gbk").decode("latin-1").encode("utf-8")


def _two_bad_among_good(tmp: Path) -> list[str]:
    folder = _reports(tmp, **{"empty__txt": b"", "junk__pdf": b"%PDF-1.4 broken"})
    return _score(tmp, reports=folder)


def _folder_without_reports(tmp: Path) -> list[str]:
    folder = tmp / "nothing"
    folder.mkdir()
    (folder / "notes.md").write_text("hello", encoding="utf-8")
    return _score(tmp, reports=folder)


def _out_is_a_file(tmp: Path) -> list[str]:
    target = tmp / "file.txt"
    target.write_text("x", encoding="utf-8")
    return [*_score(tmp), "--out", str(target)]


def _expert(text: str) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        path = tmp / "expert.csv"
        path.write_text(text, encoding="utf-8")
        return ["agree", str(path), str(_reports(tmp)), "--catalogue", str(MINI), "--no-cache"]

    return build


def _rebuild_missing(tmp: Path) -> list[str]:
    return ["rebuild", str(tmp / "no_run.json"), "--out", str(tmp / "rebuilt")]


def _rebuild_garbage(tmp: Path) -> list[str]:
    path = tmp / "run.json"
    path.write_text("{not json", encoding="utf-8")
    return ["rebuild", str(path), "--out", str(tmp / "rebuilt")]


def _zip_not_docx(tmp: Path) -> list[str]:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types><broken")
    return _with_report("broken.docx", buffer.getvalue())(tmp)


def _docx_renamed_doc(tmp: Path) -> list[str]:
    return _with_report("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))(tmp)


CASES: list[tuple[str, Callable[[Path], list[str]], list[str]]] = [
    # catalogue files
    ("yaml syntax", _with_catalogue("schema: 1\ndimensions: [\n  - id: x\n"), ["catalogue.yaml:", "YAML error"]),
    ("top level list", _with_catalogue("- 1\n- 2\n"), ["catalogue.yaml", "must be a mapping"]),
    ("empty catalogue", _with_catalogue(""), ["catalogue.yaml", "is empty"]),
    ("python tag", _with_catalogue("schema: !!python/object/apply:os.system ['echo hi']\n"), ["tag not allowed"]),
    ("unknown key", _with_catalogue(MINI_TEXT.replace("weight: 3", "wieght: 3")), ["did you mean 'weight'"]),
    ("bad regex", _with_catalogue(MINI_TEXT.replace('"公职律师"', '"公职(律师"')), ["bad regex"]),
    ("catastrophic regex", _with_catalogue(MINI_TEXT.replace('"公职律师"', '"(律师+)+顾问"')), ["backtrack catastrophically"]),
    ("negative weight", _with_catalogue(MINI_TEXT.replace("weight: 3", "weight: -3")), ["from 0"]),
    ("text weight", _with_catalogue(MINI_TEXT.replace("weight: 3", "weight: heavy")), ["must be a number"]),
    ("all zero dimensions", _with_catalogue(MINI_TEXT.replace("    weight: 1\n    indicators", "    weight: 0\n    indicators")), ["all dimension weights are zero"]),
    ("duplicate id", _with_catalogue(MINI_TEXT.replace("id: three_systems", "id: mediation")), ["duplicate id 'mediation'"]),
    ("empty patterns", _with_catalogue(MINI_TEXT.replace("patterns: [人民调解]", "patterns: []")), ["has no patterns"]),
    ("unknown dimension", _with_catalogue(MINI_TEXT.replace("id: publicity", "id: publicty")), ["did you mean 'publicity'"]),
    ("bad scoring method", _with_catalogue(MINI_TEXT + "scoring:\n  normalisation: minmx\n"), ["normalisation 'minmx'"]),
    ("catalogue not utf-8", _with_catalogue("schema: 1\nname: 测试\n".encode("gbk")), ["not UTF-8"]),
    ("catalogue missing", lambda tmp: ["validate", str(tmp / "none.yaml")], ["none.yaml", "not found"]),
    # weights files
    ("weights unknown id", _with_weights("indicators: {no_such_indicator: 2}\n"), ["no_such_indicator", "not a indicator id"]),
    ("weights negative", _with_weights("dimensions: {decision: -1}\n"), ["weight of 'decision'"]),
    ("weights all zero", _with_weights("dimensions: {decision: 0, enforcement: 0, openness: 0, disputes: 0, publicity: 0}\n"), ["all dimension weights are zero"]),
    ("weights syntax", _with_weights("dimensions: {decision: 2\n"), ["weights.yaml:", "YAML error"]),
    ("weights wrong type", _with_weights("- decision\n"), ["weights.yaml", "must be a mapping"]),
    ("weights unknown key", _with_weights("dimension: {decision: 2}\n"), ["unknown key 'dimension'"]),
    # reports
    ("empty report", _with_report("blank.txt", b""), ["blank.txt", "empty"]),
    ("whitespace report", _with_report("space.txt", b" \n\t \r\n"), ["space.txt", "empty"]),
    ("binary garbage", _with_report("junk.txt", bytes(range(256)) * 20), ["junk.txt", "binary"]),
    ("docx not a zip", _docx_not_zip, ["report.docx", "not a readable Word .docx"]),
    ("old .doc renamed", _docx_renamed_doc, ["old.docx", "save it as .docx"]),
    ("zip with broken xml", _zip_not_docx, ["broken.docx", "could not be read as a .docx file"]),
    ("corrupt pdf", _with_report("broken.pdf", b"%PDF-1.7\n1 0 obj garbage"), ["broken.pdf", "not a readable PDF"]),
    ("scanned pdf", _scanned_pdf, ["scan.pdf", "no text layer"]),
    ("pdf of glyph numbers", _pdf_without_characters, ["glyphs.pdf", "glyph numbers", "OCR"]),
    ("wrongly decoded text", _with_report("garbled.txt", MOJIBAKE), ["garbled.txt", "hardly Chinese"]),
    ("one-file page without a page", _with_report("page.mhtml", b"MIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\nxx"), ["page.mhtml", "no web page"]),
    ("missing path", lambda tmp: _score(tmp, reports=tmp / "nowhere"), ["nowhere", "no such file or folder"]),
    ("folder without reports", _folder_without_reports, ["nothing", "has no reports"]),
    ("two bad among good", _two_bad_among_good, ["empty.txt", "junk.pdf", "--skip-bad"]),
    # manifests
    ("manifest bad year", _with_manifest("file,year\ngood.txt,twenty24\n"), ["manifest.csv:2", "twenty24"]),
    ("manifest missing file", _with_manifest("file,year\nghost.txt,2024\n"), ["ghost.txt", "not among the reports"]),
    ("manifest bad level", _with_manifest("file,level\ngood.txt,village\n"), ["manifest.csv:2", "village"]),
    ("manifest no file column", _with_manifest("name,year\ngood.txt,2024\n"), ["no 'file' column"]),
    ("manifest not found", lambda tmp: _score(tmp, "--manifest", str(tmp / "m.csv")), ["m.csv", "not found"]),
    # options and other commands
    ("output is a file", _out_is_a_file, ["file.txt", "is a file"]),
    ("bad option value", lambda tmp: [*_score(tmp), "--normalisation", "sideways"], ["invalid choice"]),
    ("expert file bad rows", _expert("unit,year,dimension,score\n东风街道,2024,decison,50\n"), ["expert.csv:2", "decison"]),
    ("rebuild missing run.json", _rebuild_missing, ["no_run.json", "not found"]),
    ("rebuild not json", _rebuild_garbage, ["run.json", "not a fazhi_bench run.json"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def previous_outputs(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path_factory.mktemp("previous")
    assert (
        main(["score", str(REPORTS), "--catalogue", str(MINI), "--no-cache", "--out", str(out)])
        == 0
    )
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize(("name", "build", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(name, build, expected, tmp_path, previous_outputs, capsys):
    out, before = previous_outputs
    argv = build(tmp_path)
    if "--out" not in argv:
        argv = [*argv, "--out", str(out)] if argv[0] in ("score", "agree") else argv
    inputs = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(SystemExit) if name == "bad option value" else _nothing() as raised:
        code = main(argv)
    if raised is not None:
        code = raised.value.code
    err = capsys.readouterr().err
    assert code == 2, err
    lines = [
        line
        for line in err.splitlines()
        if line.strip() and not line.startswith(("usage", "warning"))
    ]
    assert lines and all(line.startswith("error:") for line in lines), err
    assert "Traceback" not in err
    for text in expected:
        assert text in err, (text, err)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # earlier outputs intact
    assert {p: p.read_bytes() for p in inputs} == inputs  # inputs never modified


class _nothing:
    """A context manager standing in for pytest.raises when nothing should be raised."""

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom.txt", "\ufeff" + GOOD),
        ("utf16.txt", GOOD),
        ("gb.txt", GOOD),
        ("long_line.txt", GOOD.splitlines()[0] + "\n" + "2024年,东风街道开展普法活动12场,受理纠纷30件。" * 10_000),
    ],
)  # fmt: skip
def test_odd_but_valid_inputs_succeed(name, data, tmp_path, capsys):
    folder = tmp_path / "r"
    folder.mkdir()
    encoding = {"utf16.txt": "utf-16", "gb.txt": "gb18030"}.get(name, "utf-8")
    (folder / name).write_bytes(data.encode(encoding))
    code = main(_score(tmp_path, "--out", str(tmp_path / "o"), reports=folder))
    assert code == 0, capsys.readouterr().err
    assert "东风街道" in (tmp_path / "o" / "scores.csv").read_text(encoding="utf-8")


def test_skip_bad_scores_the_rest_and_records_them(tmp_path, capsys):
    folder = _reports(tmp_path, **{"empty__txt": b"", "junk__pdf": b"%PDF-1.4 broken"})
    out = tmp_path / "o"
    code = main([*_score(tmp_path, reports=folder), "--skip-bad", "--out", str(out)])
    assert code == 0
    import json

    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert len(run["inputs"]) == 1 and len(run["skipped"]) == 2
    assert "empty.txt" in capsys.readouterr().err


def test_a_docx_report_and_pdf_report_are_read(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    write_docx(folder / "a.docx", GOOD.splitlines())
    shutil.copy(folder / "a.docx", folder / "b.docx")
    assert (
        main(
            [
                "score",
                str(folder),
                "--catalogue",
                str(MINI),
                "--no-cache",
                "--out",
                str(tmp_path / "o"),
            ]
        )
        == 0
    )


@pytest.mark.parametrize("regex", ["(法+)+律", "(法|法治)+律", "(?:法.*)*律", "(\\d+)*号"])
def test_catastrophic_regex_is_rejected_before_it_runs(regex, tmp_path, capsys):
    text = MINI_TEXT.replace('"公职律师"', '"' + regex.replace("\\", "\\\\") + '"')
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        "东风街道2024年度报告\n" + "法" * 50_000 + "!", encoding="utf-8"
    )
    catalogue = _catalogue(tmp_path, text)
    code = main(_score(tmp_path, "--out", str(tmp_path / "o"), reports=folder, catalogue=catalogue))
    assert code == 2 and "backtrack catastrophically" in capsys.readouterr().err


def test_bounded_regex_on_hostile_text_finishes(tmp_path):
    """A bounded pattern the validator accepts, on text built to make it work hard."""
    from helpers import run_cli

    text = MINI_TEXT.replace('"公职律师"', '"法.{0,20}法.{0,20}法.{0,20}律"')
    catalogue = _catalogue(tmp_path, text)
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "evil.txt").write_text("东风街道2024年度报告\n" + "法" * 200_000, encoding="utf-8")
    proc = run_cli(
        *_score(tmp_path, "--out", str(tmp_path / "o"), reports=folder, catalogue=catalogue)
    )
    assert proc.returncode == 0, proc.stderr  # run_cli's timeout turns a hang into a failure
