"""评价反馈卡: one Word document per report, what an evaluation team sends each unit.

Where the unit stands among its peers, what earned points (with its own sentences), what
it lacks that most peers show (with a peer's sentence as an example), what it admitted
itself, and how it moved since last year. Peers are the units of the same year and
level; with fewer than three of them, all units of the year (the card says so). The
content is built first (``card_for``, tested against known answers), then laid out on
at most two A4 pages (``write_card``).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from fazhi_bench import __version__
from fazhi_bench.read.metadata import LEVEL_ZH
from fazhi_bench.run.labels import EVIDENCE_LEVEL_ZH
from fazhi_bench.run.pipeline import RunResult, with_sentences
from fazhi_bench.spec.catalogue import DIMENSIONS
from fazhi_bench.spec.weights import Weights

MIN_PEERS = 3  # fewer units of the same level: compare with all units of the year
MAX_QUOTE = 70  # characters of a quoted sentence before it is shortened with …
MAX_STRENGTHS = 2  # per dimension
MAX_GAPS = 6
MAX_ADMITTED = 3


@dataclass
class Card:
    doc_id: str
    unit: str
    year: int
    level: str
    header: list[str]
    index: float
    rank_line: str
    peers_note: str
    dimensions: list[tuple[str, float, float]]  # (label, the unit's score, peer median)
    strengths: list[tuple[str, str, str, str]]  # (dimension, indicator, grade, quote)
    gaps: list[tuple[str, str, str]]  # (indicator label, peer unit, peer's quote)
    gaps_note: str
    admitted: list[str]
    admitted_note: str
    change: list[str] = field(default_factory=list)
    footer: str = ""


def quote(sentence: str, most: int = MAX_QUOTE) -> str:
    """A sentence for a card: whole when short, else its start and …"""
    text = re.sub(r"\s+", "", sentence)
    return text if len(text) <= most else text[: most - 1] + "…"


def _level_zh(level: str) -> str:
    return LEVEL_ZH.get(level, "单位")


def _peers(scores: pd.DataFrame, row: pd.Series) -> tuple[pd.DataFrame, str]:
    """Units compared with: same year and level, else all of the year (said so)."""
    year = scores[scores["year"] == row["year"]]
    same = year[year["level"] == row["level"]]
    if len(same) >= MIN_PEERS:
        return same, f"同类单位:{row['year']} 年度的 {len(same)} 个{_level_zh(row['level'])}"
    if len(year) > 1:
        return year, (f"同年度同层级单位不足 {MIN_PEERS} 个,与 {row['year']} 年度全部 {len(year)} "
                      "个单位比较")  # fmt: skip
    return year, "本次评价中没有同年度的其他单位,无法与同类单位比较"


def method_line(result: RunResult) -> str:
    """How the scores were made, in one line: weights and reviews as applied."""
    base = Weights.from_catalogue(result.catalogue)
    changed = base.as_dict() != result.weights.as_dict()
    weights = "权重经权重文件调整" if changed else "采用指标目录权重"
    reviews = result.applied_reviews
    checked = (
        f"已应用 {len(reviews)} 条复核意见"
        if reviews is not None and len(reviews)
        else "未经人工复核"
    )
    return f"方法:只计已完成的成效(不计计划与问题),{weights},{checked}。"


def card_for(result: RunResult, doc_id: str) -> Card:
    """Everything one unit's card says, from a scored run."""
    scores = result.scores
    row = scores.set_index("doc_id").loc[doc_id]
    row = pd.concat([row, pd.Series({"doc_id": doc_id})])
    cat = result.catalogue
    labels = {b.id: b.label for b in cat.blocks}
    peers, peers_note = _peers(scores, row)
    others = peers[peers["doc_id"] != doc_id]
    level_zh = _level_zh(row["level"])
    same_level = scores[(scores["year"] == row["year"]) & (scores["level"] == row["level"])]
    year_all = scores[scores["year"] == row["year"]]
    sens = result.sensitivity.set_index("doc_id").loc[doc_id]
    rank_line = (f"第{row['rank_in_level']}名/共{len(same_level)}个{level_zh};"
                 f"在 {row['year']} 年度全部 {len(year_all)} 个单位中第{row['rank']}名"
                 f"(权重与方法扰动下排名区间 {int(sens['rank_p05'])}–{int(sens['rank_p95'])})")  # fmt: skip
    dims = [(labels[d], float(row[d]), float(peers[d].median())) for d in DIMENSIONS]
    card = Card(
        doc_id=doc_id, unit=row["unit"], year=int(row["year"]), level=row["level"],
        header=[f"{row['unit']} {row['year']} 年度法治政府建设报告 评价反馈",
                f"层级:{level_zh}  指标目录:{cat.name}(版本 {cat.version})  "
                f"生成日期:{date.today().isoformat()}",
                method_line(result)],
        index=float(row["index"]), rank_line=rank_line, peers_note=peers_note,
        dimensions=dims, strengths=_strengths(result, doc_id, labels),
        gaps=[], gaps_note="", admitted=[], admitted_note="",
    )  # fmt: skip
    if others.empty:
        card.gaps_note = "没有可比较的同类单位,不列出差距。"
    else:
        card.gaps = _gaps(result, doc_id, others)
        if not card.gaps:
            card.gaps_note = "没有多数同类单位已有而本单位缺少的指标。"
    card.admitted, card.admitted_note = _admitted(result, doc_id)
    card.change = _change(result, row, labels)
    card.footer = (f"本卡由 fazhi_bench {__version__} 依据报告原文自动生成,每一分均有证据句可查;"
                   "完整证据见评价附录(appendix.html)第四部分与 evidence.xlsx 的“证据”表,"
                   "得分构成见 scores.xlsx 的“维度得分构成”表。")  # fmt: skip
    return card


def _credited(result: RunResult, doc_ids: list[str]) -> pd.DataFrame:
    """Credited evidence of these reports, with their sentences."""
    ev = result.evidence
    ev = ev[ev["credited"] & ev["doc_id"].isin(doc_ids)]
    sentences = result.sentences[result.sentences["doc_id"].isin(doc_ids)]
    return with_sentences(ev, sentences)


_GRADE = {"result": 2, "measure": 1, "mention": 0, "": 0}


def _strengths(result: RunResult, doc_id: str, labels: dict[str, str]) -> list[tuple]:
    """Per dimension, the best-credited indicators with the unit's own best sentence."""
    ind = result.indicators
    mine = ind[(ind["doc_id"] == doc_id) & (ind["credit"] > 0) & ind["dimension"].isin(DIMENSIONS)]
    ev = _credited(result, [doc_id])
    out = []
    for dim in DIMENSIONS:
        best = mine[mine["dimension"] == dim].sort_values(["credit", "indicator"],
                                                          ascending=[False, True])  # fmt: skip
        for r in best.head(MAX_STRENGTHS).itertuples():
            rows = ev[ev["indicator"] == r.indicator]
            if rows.empty:
                continue  # a credit set by a review, with no sentence to quote
            # the best grade; among its sentences, one that fits the card whole
            rows = rows.assign(g=rows["level"].fillna("").map(_GRADE),
                               long=rows["sentence"].str.len() > MAX_QUOTE)  # fmt: skip
            top = rows.sort_values(["g", "long", "start"], ascending=[False, True, True]).iloc[0]
            grade = EVIDENCE_LEVEL_ZH[top["level"] or "mention"]
            out.append((labels[dim], r.label, grade, quote(top["sentence"])))
    return out


def _gaps(result: RunResult, doc_id: str, others: pd.DataFrame) -> list[tuple]:
    """Indicators with no credit here that at least half of the peers have, heaviest
    first, each with the sentence of the peer that did it best."""
    ind = result.indicators[result.indicators["dimension"].isin(DIMENSIONS)]
    mine = ind[ind["doc_id"] == doc_id].set_index("indicator")["credit"]
    theirs = ind[ind["doc_id"].isin(others["doc_id"])]
    share = theirs.assign(has=theirs["credit"] > 0).groupby("indicator")["has"].mean()
    weights = result.weights.indicators
    missing = [i for i, s in share.items() if s >= 0.5 and mine.get(i, 0) == 0]
    missing.sort(key=lambda i: (-weights.get(i, 0), i))
    labels = {i.id: i.label for i in result.catalogue.indicators}
    units = dict(zip(others["doc_id"], others["unit"], strict=True))
    ev = _credited(result, list(units))
    out = []
    for indicator in missing[:MAX_GAPS]:
        rows = ev[ev["indicator"] == indicator]
        if rows.empty:
            out.append((labels[indicator], "", ""))
            continue
        credit = theirs[theirs["indicator"] == indicator].set_index("doc_id")["credit"]
        rows = rows.assign(c=rows["doc_id"].map(credit), g=rows["level"].fillna("").map(_GRADE))
        top = rows.sort_values(["c", "g", "doc_id", "start"],
                               ascending=[False, False, True, True]).iloc[0]  # fmt: skip
        out.append((labels[indicator], units[top["doc_id"]], quote(top["sentence"])))
    return out


def _admitted(result: RunResult, doc_id: str) -> tuple[list[str], str]:
    """The first sentences of the unit's own shortcomings part, or why there are none."""
    docs = result.corpus.documents
    n = next(i for i, d in enumerate(docs) if d.doc_id == doc_id)
    ex, text = result.extractions[n], docs[n].text
    parts = [s for s in ex.sections if s.kind == "shortcomings"]
    if not parts:
        return [], ("报告中没有“存在的不足”部分。《法治政府建设与责任落实督察工作规定》要求年度报告"
                    "写明存在的不足和原因,这是报告完整性方面的缺项。")  # fmt: skip
    body = text[parts[0].start : parts[0].end]
    sentences = [s.strip() for s in re.split(r"(?<=[。;!?])|\n", body) if len(s.strip()) > 8]
    sentences = [s for s in sentences if s != parts[0].heading.strip()]
    return [quote(s, 90) for s in sentences[:MAX_ADMITTED]], ""


def _change(result: RunResult, row: pd.Series, labels: dict[str, str]) -> list[str]:
    """Index, rank and dimension changes since the unit's previous report, if any."""
    changes = result.changes
    if changes is None:
        return []
    mine = changes[(changes["unit"] == row["unit"]) & (changes["year"] == row["year"])]
    if mine.empty or pd.isna(mine.iloc[0].get("prev_year")):
        return []
    c = mine.iloc[0]
    lines = [f"与 {int(c['prev_year'])} 年度相比:综合指数 {c['prev_index']:.1f} → {c['index']:.1f}"
             f"({c['delta_index']:+.1f}),排名 {int(c['prev_rank'])} → {int(c['rank'])}。"]  # fmt: skip
    dims = "、".join(f"{labels[d]} {c[f'delta_{d}']:+.1f}" for d in DIMENSIONS
                     if f"delta_{d}" in c and pd.notna(c[f"delta_{d}"]))  # fmt: skip
    if dims:
        lines.append(f"各维度变化:{dims}。")
    return lines


# ---- layout ---------------------------------------------------------------------------

FONT = "SimSun"  # 宋体: present in Word on Chinese Windows; WPS and LibreOffice map it
EAST_ASIA = "宋体"


def _style(document: object) -> None:
    """A4 portrait, narrow margins, 10.5 pt 宋体 (东亚字体 set, or Word shows a Latin face)."""
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(18)
    section.left_margin = section.right_margin = Mm(18)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), EAST_ASIA)
    normal.paragraph_format.space_after = Pt(2)
    for name in ("Title", "Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.name = FONT
        style.element.rPr.rFonts.set(qn("w:eastAsia"), EAST_ASIA)


def _heading(document: object, text: str) -> None:
    from docx.shared import Pt, RGBColor

    para = document.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    para.paragraph_format.space_before = Pt(6)
    para.paragraph_format.keep_with_next = True


def _table(document: object, header: list[str], rows: list[list[str]]) -> None:
    from docx.shared import Pt

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9.5)


def dimension_chart(card: Card) -> bytes | None:
    """A small bar chart of the five dimensions beside the peer median (PNG), when a
    Chinese font is installed to draw its labels; else None (the table says it all)."""
    from fazhi_bench.present.appendix import cjk_font_present

    if not cjk_font_present():
        return None
    import altair as alt
    import vl_convert as vlc

    data = pd.DataFrame(
        [{"维度": d, "系列": card.unit, "得分": s} for d, s, _ in card.dimensions]
        + [{"维度": d, "系列": "中位数", "得分": m} for d, _, m in card.dimensions]
    )
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("维度:N", sort=None, title=None), x=alt.X("得分:Q", scale=alt.Scale(domain=[0, 100])),
        yOffset="系列:N", color=alt.Color("系列:N", title=None, legend=alt.Legend(orient="bottom")),
    ).properties(width=360, height=150)  # fmt: skip
    return vlc.vegalite_to_png(chart.to_dict(), scale=2)


def write_card(card: Card, path: Path, chart: bytes | None = None) -> None:
    """The card as a .docx (A4 portrait, at most two pages)."""
    import docx
    from docx.shared import Mm, Pt

    document = docx.Document()
    _style(document)
    title = document.add_paragraph()
    run = title.add_run(card.header[0])
    run.bold = True
    run.font.size = Pt(15)
    for line in card.header[1:]:
        document.add_paragraph(line).runs[0].font.size = Pt(9)
    _heading(document, "一、评价结果")
    para = document.add_paragraph()
    para.add_run(f"综合指数 {card.index:.1f}").bold = True
    para.add_run(f"(满分 100;scores.csv 中为 {card.index:.2f})。{card.rank_line}。")
    document.add_paragraph(card.peers_note + "。")
    _heading(document, "二、各维度得分与同类单位中位数")
    _table(document, ["维度", "本单位得分", "中位数", "差距"],
           [[d, f"{s:.1f}", f"{m:.1f}", f"{s - m:+.1f}"] for d, s, m in card.dimensions])  # fmt: skip
    if chart:
        document.add_picture(io.BytesIO(chart), width=Mm(110))
    _heading(document, "三、得分较好的方面(本单位报告原文)")
    if card.strengths:
        _table(document, ["维度", "指标", "证据等级", "证据句"], [list(s) for s in card.strengths])
    else:
        document.add_paragraph("报告中没有获得计分的成效表述。")
    _heading(document, "四、与同类单位相比的差距")
    if card.gaps:
        rows = [[g, f"{u}:“{q}”" if u else "(无可引用的句子)"] for g, u, q in card.gaps]
        document.add_paragraph("以下指标本单位报告中没有计分的成效,而半数以上同类单位已有(按权重排序),"
                               "可参考同类单位的做法:")  # fmt: skip
        _table(document, ["缺少的指标", "同类单位的做法(示例)"], rows)
    else:
        document.add_paragraph(card.gaps_note)
    _heading(document, "五、报告自述的不足")
    if card.admitted:
        for sentence in card.admitted:
            document.add_paragraph(f"“{sentence}”", style="List Bullet")
    else:
        document.add_paragraph(card.admitted_note)
    if card.change:
        _heading(document, "六、与上一年度相比")
        for line in card.change:
            document.add_paragraph(line)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = card.footer
    footer.runs[0].font.size = Pt(8)
    document.save(str(path))


def card_file_name(unit: str, year: int) -> str:
    """<unit>_<year>.docx, with characters no file system accepts replaced."""
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", unit).strip("._") or "单位"
    return f"{safe[:80]}_{year}.docx"


def write_cards(result: RunResult, out: Path) -> list[Path]:
    """One card per report in ``out`` and 汇总.xlsx listing them; each file atomic."""
    from fazhi_bench.run.outputs import for_excel, write_atomically, write_sheets

    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, object] = {}
    summary = []
    for doc_id in result.scores.sort_values(["year", "rank"], ascending=[False, True])["doc_id"]:
        card = card_for(result, doc_id)
        name = card_file_name(card.unit, card.year)
        chart = dimension_chart(card)
        files[name] = lambda p, card=card, chart=chart: write_card(card, p, chart)
        summary.append({"单位": card.unit, "年度": card.year, "层级": _level_zh(card.level),
                        "综合指数": round(card.index, 2), "排名": card.rank_line.split(";")[0],
                        "差距指标数": len(card.gaps), "文件": name})  # fmt: skip
    files["汇总.xlsx"] = lambda p: write_sheets(p, {"汇总": for_excel(pd.DataFrame(summary), {})})
    return write_atomically(out, files)
