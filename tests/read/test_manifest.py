"""Manifests as offices make them: .xlsx or CSV (UTF-8, GBK), Chinese headers and levels."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import REPORTS
from openpyxl import Workbook

from fazhi_bench.errors import UserError
from fazhi_bench.read.corpus import load_corpus, read_manifest

ROWS = [
    ["000_99c6fe48d1545a6e.txt", "塘沽街道办事处", "2024年", "街道"],
    ["004_5744dd80a43df1f7.txt", "金口河", 2024, "区"],
    ["002_a69f80c198704844.txt", "", "", "镇"],
]
EXPECTED = {
    "000_99c6fe48d1545a6e.txt": {"file": "000_99c6fe48d1545a6e.txt", "unit": "塘沽街道办事处",
                                 "year": "2024", "level": "street"},
    "004_5744dd80a43df1f7.txt": {"file": "004_5744dd80a43df1f7.txt", "unit": "金口河",
                                 "year": "2024", "level": "district"},
    "002_a69f80c198704844.txt": {"file": "002_a69f80c198704844.txt", "level": "town"},
}  # fmt: skip


def _xlsx(path: Path, header: list[str], rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, header: list[str], rows: list[list], encoding: str) -> Path:
    lines = [",".join(header)] + [",".join(str(c) for c in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_xlsx_with_chinese_headers_and_levels(tmp_path):
    path = _xlsx(tmp_path / "清单.xlsx", ["文件", "单位", "年度", "层级"], ROWS)
    assert read_manifest(path) == EXPECTED


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_as_excel_saves_it(tmp_path, encoding):
    path = _csv(tmp_path / "清单.csv", ["文件", "单位", "年度", "层级"], ROWS, encoding)
    assert read_manifest(path) == EXPECTED


def test_english_headers_iso_and_chinese_dates(tmp_path):
    rows = [["a.txt", "2024-03-14"], ["b.txt", "2024年3月5日"], ["c.txt", "2024/3/31"]]
    path = _csv(tmp_path / "m.csv", ["file", "published"], rows, "utf-8")
    got = {k: v["published"] for k, v in read_manifest(path).items()}
    assert got == {"a.txt": "2024-03-14", "b.txt": "2024-03-05", "c.txt": "2024-03-31"}


def test_manifest_applies_to_the_corpus(tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", ["文件", "单位", "年度", "层级"], ROWS)
    docs = {d.file.rsplit("/", 1)[-1]: d for d in load_corpus([REPORTS], path).documents}
    tanggu = docs["000_99c6fe48d1545a6e.txt"]
    assert (tanggu.unit, tanggu.year, tanggu.level) == ("塘沽街道办事处", 2024, "street")
    assert docs["002_a69f80c198704844.txt"].level == "town"
    assert docs["002_a69f80c198704844.txt"].unit == "高新区"  # inferred, not overridden


def test_every_bad_row_is_named_by_its_spreadsheet_row(tmp_path):
    rows = [["a.txt", "", "二〇二四", "街道"], ["b.txt", "", "2024", "村"], ["", "x", "", ""]]
    path = _xlsx(tmp_path / "m.xlsx", ["文件", "单位", "年度", "层级"], rows)
    with pytest.raises(UserError) as raised:
        read_manifest(path)
    messages = raised.value.messages
    assert any(m.startswith(f"{path}:2 (row 2): year") for m in messages), messages
    assert any(m.startswith(f"{path}:3 (row 3): level '村'") and "valid:" in m for m in messages)
    assert any(m.startswith(f"{path}:4 (row 4): empty 'file'") for m in messages)


def test_unknown_header_gets_the_nearest_name(tmp_path):
    path = _csv(tmp_path / "m.csv", ["file", "levle"], [["a.txt", "street"]], "utf-8")
    with pytest.raises(UserError, match="did you mean 'level'"):
        read_manifest(path)


def test_a_file_that_is_not_a_table(tmp_path):
    path = tmp_path / "m.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(UserError, match="not a readable Excel .xlsx"):
        read_manifest(path)
    binary = tmp_path / "m.csv"
    binary.write_bytes(bytes(range(128, 256)) * 4)
    with pytest.raises(UserError, match="UTF-8 or GBK"):
        read_manifest(binary)


def test_manifest_command_writes_guesses_to_correct_and_reuse(tmp_path, capsys):
    import openpyxl

    from fazhi_bench.tools.cli import main

    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted(REPORTS.glob("*.txt"))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "附件1.txt").write_text("2023年度法治政府建设情况报告\n我镇全年办理案件3件。\n",
                                     encoding="utf-8")  # fmt: skip
    out = tmp_path / "清单.xlsx"
    assert main(["manifest", str(folder), "--out", str(out)]) == 0
    assert "3 reports, 1 to check" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(out).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["文件", "单位", "年度", "层级", "发布日期", "备注"]
    by_file = {r[0]: r for r in rows[1:]}
    assert by_file["000_99c6fe48d1545a6e.txt"][1:4] == ["塘沽街道", 2024, "街道"]
    unknown = by_file["附件1.txt"]
    assert unknown[1] is None and unknown[3] == "乡镇" and "fill it in" in unknown[5]
    # the office fills in the unit and gives the file back
    sheet.cell(row=[r[0] for r in rows].index("附件1.txt") + 1, column=2, value="城关镇")
    sheet.parent.save(out)
    corpus = load_corpus([folder], out)
    assert sorted(d.unit for d in corpus.documents) == ["城关镇", "塘沽街道", "大港街"]
    assert next(d for d in corpus.documents if d.unit == "城关镇").level == "town"
