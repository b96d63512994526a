"""Feedback cards: content against known answers on a small corpus, then the Word files
of the samples (A4 portrait, what each must name, at most two pages via LibreOffice)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pandas as pd
import pytest
from helpers import MINI, REPORTS

import fazhi_bench as fb
from fazhi_bench.present.cards import card_file_name, card_for
from fazhi_bench.read.readers import soffice

HEAD = "{unit}2024年度法治政府建设情况报告\n一、主要举措和成效\n"
BODY = {
    "东风街道": "全年开展合法性审查15件。\n聘请法律顾问参与重大事项审查。\n全年人民调解成功调处纠纷30件。\n"
    "二、存在的不足\n一是基层法治力量薄弱,专业人员不足。\n二是普法形式还不够丰富。\n"
    "三、下一步工作打算\n进一步加强法治队伍建设。\n",
    "西湖街道": "全年开展合法性审查8件。\n全年人民调解成功调处纠纷12件。\n全年办理政府信息公开申请6件。\n"
    "二、存在的不足\n制度建设有待进一步加强。\n",
    "南山街道": "全年人民调解成功调处纠纷20件。\n制定政府信息公开工作规则。\n二、存在的不足\n队伍力量还不够。\n",
    "北林街道": "举办宪法宣传周活动。\n",
}


def _corpus(folder: Path, units: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, (unit, body) in enumerate(units.items()):
        (folder / f"{n}.txt").write_text(HEAD.format(unit=unit) + body, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = _corpus(tmp_path_factory.mktemp("small") / "reports", BODY)
    return fb.score(folder, catalogue=MINI, cache=False)


def _card(run, unit):
    doc_id = run.scores.set_index("unit").loc[unit, "doc_id"]
    return card_for(run.result, doc_id)


def test_weakest_unit_card_known_answers(small):
    card = _card(small, "北林街道")
    assert card.rank_line.startswith("第4名/共4个街道")
    assert "2024 年度的 4 个街道" in card.peers_note
    # no credit here, credit at at least two of the three others; equal weights: by id
    assert [g[0] for g in card.gaps] == ["信息公开", "合法性审查", "人民调解"]
    credited = {"信息公开": {"西湖街道", "南山街道"}, "合法性审查": {"东风街道", "西湖街道"},
                "人民调解": {"东风街道", "西湖街道", "南山街道"}}  # fmt: skip
    for label, peer, said in card.gaps:
        assert peer in credited[label] and said in BODY[peer].replace("\n", "")
    assert card.strengths == [("普法", "宪法宣传", "具体措施", "举办宪法宣传周活动。")]
    assert card.admitted == [] and "没有“存在的不足”部分" in card.admitted_note
    index = float(small.scores.set_index("unit").loc["北林街道", "index"])
    assert card.index == index
    medians = pd.DataFrame(small.scores)[["decision", "disputes"]].median()
    dims = {d: (s, m) for d, s, m in card.dimensions}
    assert dims["依法决策"][1] == pytest.approx(medians["decision"])
    assert dims["矛盾纠纷化解"][1] == pytest.approx(medians["disputes"])


def test_admitted_shortcomings_are_the_units_own(small):
    card = _card(small, "东风街道")
    assert card.admitted == ["一是基层法治力量薄弱,专业人员不足。", "二是普法形式还不够丰富。"]
    assert card.admitted_note == ""
    assert "宪法宣传" not in [g[0] for g in card.gaps]  # one of four peers is not most


def test_one_unit_has_no_peers_and_no_gaps(tmp_path):
    folder = _corpus(tmp_path / "one", {"东风街道": BODY["东风街道"]})
    run = fb.score(folder, catalogue=MINI, cache=False)
    card = _card(run, "东风街道")
    assert card.gaps == [] and "没有可比较的同类单位" in card.gaps_note
    assert "没有同年度的其他单位" in card.peers_note
    written = run.cards(tmp_path / "cards")
    text = _text(tmp_path / "cards" / "东风街道_2024.docx")
    assert "没有可比较的同类单位" in text and "缺少的指标" not in text
    assert {p.name for p in written} == {"东风街道_2024.docx", "汇总.xlsx"}


def test_change_since_last_year_and_long_names(tmp_path):
    long_unit = "某某省某某市某某经济技术开发区某某某某某某某某街道"
    folder = tmp_path / "two"
    _corpus(folder, {"东风街道": BODY["东风街道"]})
    last = HEAD.replace("2024", "2023").format(unit="东风街道") + "举办宪法宣传周活动。\n"
    (folder / "old.txt").write_text(last, encoding="utf-8")
    (folder / "long.txt").write_text(
        HEAD.format(unit=long_unit) + BODY["西湖街道"], encoding="utf-8"
    )
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"file,unit\nlong.txt,{long_unit}\n", encoding="utf-8")
    run = fb.score(folder, catalogue=MINI, manifest=manifest, cache=False)
    this_year = run.scores.query("unit == '东风街道' and year == 2024")["doc_id"].iloc[0]
    card = card_for(run.result, this_year)
    assert card.change and card.change[0].startswith("与 2023 年度相比")
    run.cards(tmp_path / "cards")
    assert (tmp_path / "cards" / card_file_name(long_unit, 2024)).is_file()
    assert card_file_name("a/b:c", 2024) == "a_b_c_2024.docx"


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def sample_cards(tmp_path_factory):
    out = tmp_path_factory.mktemp("cards")
    run = fb.score(REPORTS, cache=False)
    run.cards(out)
    return run, out


def test_sample_cards(sample_cards):
    run, out = sample_cards
    scores = run.scores
    labels = ["依法决策", "严格规范公正文明执法", "政务公开", "矛盾纠纷化解", "普法"]
    sentences = run.sentences
    for row in scores.itertuples():
        path = out / f"{row.unit}_{row.year}.docx"
        document = docx.Document(str(path))
        section = document.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        text = _text(path)
        assert row.unit in text and f"{row.index:.1f}" in text and f"{row.index:.2f}" in text
        assert all(label in text for label in labels) and "中位数" in text
        own = sentences[sentences["doc_id"] == row.doc_id]["text"]
        quoted = [q.rstrip("…") for q in _quotes(document)]
        assert any(any(q and q in s.replace(" ", "") for s in own) for q in quoted), row.unit
    summary = openpyxl.load_workbook(out / "汇总.xlsx").active
    header = [c.value for c in summary[1]]
    assert header[:6] == ["单位", "年度", "层级", "综合指数", "排名", "差距指标数"]
    assert summary.max_row == len(scores) + 1


def _quotes(document) -> list[str]:
    """Sentences quoted from the unit's own report: the strengths table's last column."""
    table = document.tables[1]
    return [r.cells[-1].text for r in table.rows[1:]]


def test_weakest_2024_card_names_a_gap_most_peers_covered(sample_cards):
    run, out = sample_cards
    year = run.scores[run.scores["year"] == 2024]
    weakest = year.sort_values("index").iloc[0]
    text = _text(out / f"{weakest['unit']}_2024.docx")
    ind = run.indicators[run.indicators["year"] == 2024]
    peers = ind[ind["doc_id"] != weakest["doc_id"]]
    share = peers.assign(has=peers["credit"] > 0).groupby("label")["has"].mean()
    mine = ind[ind["doc_id"] == weakest["doc_id"]].set_index("label")["credit"]
    covered = [label for label, s in share.items() if s >= 0.5 and mine.get(label, 0) == 0]
    assert covered and any(label in text for label in covered)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_every_card_to_at_most_two_pages(sample_cards, tmp_path):
    import pdfplumber

    _, out = sample_cards
    for path in sorted(out.glob("*.docx")):
        done = subprocess.run(
            [soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
            capture_output=True, timeout=300, check=False,
        )  # fmt: skip
        pdf = tmp_path / (path.stem + ".pdf")
        assert done.returncode == 0 and pdf.is_file(), done.stderr
        with pdfplumber.open(pdf) as document:
            assert 1 <= len(document.pages) <= 2, path.name
            assert round(document.pages[0].width) == 595  # A4 portrait, in points
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def test_chart_is_drawn_when_a_chinese_font_is_there(small, tmp_path, monkeypatch):
    import fazhi_bench.present.appendix as appendix
    from fazhi_bench.present.cards import dimension_chart, write_card

    card = _card(small, "东风街道")
    monkeypatch.setattr(appendix, "cjk_font_present", lambda: False)
    assert dimension_chart(card) is None
    monkeypatch.setattr(appendix, "cjk_font_present", lambda: True)
    png = dimension_chart(card)
    assert png.startswith(b"\x89PNG")
    write_card(card, tmp_path / "c.docx", png)
    assert len(docx.Document(str(tmp_path / "c.docx")).inline_shapes) == 1
