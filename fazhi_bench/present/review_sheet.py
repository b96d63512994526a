"""The review workbook: what reviewers fill in, and what ``--reviews`` reads back.

First sheet: one row per (report, indicator, sentence) hit in a part that can earn
credit, credited or not, pre-filled with what the machine decided; the reviewer's
columns (操作, 等级, 得分, 复核人, 理由) are empty, with drop-down lists. A row for a
sentence the patterns missed can be added at the end. Second sheet: instructions.
A blank sheet changes nothing (rows without an action are ignored).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from fazhi_bench.errors import UserError, problem
from fazhi_bench.evidence.credit import CREDITED_SECTIONS
from fazhi_bench.run.labels import EVIDENCE_LEVEL_ZH
from fazhi_bench.run.outputs import for_excel, write_atomically, write_sheets
from fazhi_bench.run.pipeline import RunResult, with_sentences
from fazhi_bench.run.reviews import ACTION_ZH

EXCEL_MAX_ROWS = 1_048_575  # rows of one sheet, below its header
COLUMNS = ["单位", "年度", "维度", "指标名称", "指标", "机器等级", "机器得分", "证据句",
           "操作", "等级", "得分", "复核人", "理由"]  # fmt: skip
INSTRUCTIONS = [
    "复核表用法",
    "1. 第一张表每行是机器在“主要举措和成效”“第一责任人履职”部分找到的一处指标命中(无论是否计分):"
    "单位、年度、维度、指标名称与编号、机器判定的证据等级、该指标的机器得分(0-1)和证据句。",
    "2. 同意机器判定的行,“操作”留空即可;留空的行不产生任何变化,空白复核表不改变任何得分。",
    "3. “操作”填“不予认定”(reject):该证据句对该指标不计分。",
    "4. “操作”填“认定”(credit):该证据句对该指标计分,并在“等级”中选择 提及、举措 或 成效。",
    "5. “操作”填“调整”(set):不论证据如何,该指标得分直接设为“得分”列中 0 到 1 之间的数值"
    "(例如依据附件、实地核查等报告以外的材料),证据句可留空。",
    "6. 每条复核都必须在“理由”中写明理由,并在“复核人”中署名。",
    "7. 机器漏掉的句子:在表末新增一行,填写单位、年度、指标(编号或名称)、证据句(可只摘录其中"
    "不少于 8 个字的一段,须能唯一对应报告中的一句)、操作“认定”、等级、复核人和理由。",
    "8. 保存后运行:fazhi-bench score 报告文件夹 --reviews 复核表.xlsx。有问题的行会连同行号一并列出,"
    "且不写出任何结果;复核结果写入 reviews.csv,scores.csv 保留机器评分(index_machine)以便对照。",
]


def sheet_rows(result: RunResult) -> pd.DataFrame:
    """One row per hit sentence and indicator in a creditable part, in report order."""
    evidence = with_sentences(result.evidence, result.sentences)
    evidence = evidence[evidence["section"].isin(CREDITED_SECTIONS)]
    evidence = evidence.drop_duplicates(["doc_id", "indicator", "sentence"])
    indicators = result.indicators.set_index(["doc_id", "indicator"])["credit"]
    labels = {i.id: i.label for i in result.catalogue.indicators}
    dims = {b.id: b.label for b in result.catalogue.blocks}
    keys = list(zip(evidence["doc_id"], evidence["indicator"], strict=True))
    rows = pd.DataFrame({
        "单位": evidence["unit"].to_numpy(), "年度": evidence["year"].to_numpy(),
        "维度": evidence["dimension"].map(dims).to_numpy(),
        "指标名称": evidence["indicator"].map(labels).to_numpy(),
        "指标": evidence["indicator"].to_numpy(),
        "机器等级": [EVIDENCE_LEVEL_ZH[v or "mention"] if c else "不计分"
                     for v, c in zip(evidence["level"], evidence["credited"], strict=True)],
        "机器得分": [float(indicators.get(k, 0.0)) for k in keys],
        "证据句": evidence["sentence"].to_numpy(),
    })  # fmt: skip
    for column in COLUMNS[8:]:
        rows[column] = None
    return rows[COLUMNS]


def write_review_sheet(result: RunResult, out: Path) -> Path:
    """The workbook, written atomically: rows first, instructions second."""
    rows = sheet_rows(result)
    if len(rows) > EXCEL_MAX_ROWS:
        raise UserError(problem(str(out), f"{len(rows):,} rows to review do not fit one Excel "
                                f"sheet ({EXCEL_MAX_ROWS:,} at most)",
                                "write one review sheet per folder or per year"))  # fmt: skip
    validations = {
        "操作": {"type": "list", "values": list(ACTION_ZH.values()),
                 "input_title": "复核操作", "input_message": "留空 = 同意机器判定"},
        "等级": {"type": "list", "values": ["提及", "举措", "成效"]},
        "得分": {"type": "decimal", "criteria": "between", "min": 0, "max": 1,
                 "error_message": "得分是 0 到 1 之间的数"},
    }  # fmt: skip
    sheets = {"复核": for_excel(rows, {}), "说明": pd.DataFrame({"说明": INSTRUCTIONS})}
    out.parent.mkdir(parents=True, exist_ok=True)

    def write(path: Path) -> None:
        write_sheets(path, sheets, validations={"复核": validations})

    return write_atomically(out.parent, {out.name: write})[0]
