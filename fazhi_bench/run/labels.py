"""Chinese words for every column and coded value a clerk reads (workbooks, appendix).

Outputs keep the English codes in CSV and Parquet (other tools rely on them); what is
read by people (scores.xlsx, evidence.xlsx, the appendix tables) shows these words.
"""

from __future__ import annotations

import pandas as pd

from fazhi_bench.evidence.credit import FURTHER_MAX, FURTHER_STEP, LEVEL_VALUE, SENTENCE_SHARE
from fazhi_bench.read.metadata import LEVEL_ZH

# Chinese column labels (dimension labels come from the catalogue).
LABELS_ZH = {
    "unit": "单位", "year": "年度", "level": "层级", "file": "文件", "index": "综合指数",
    "rank": "排名", "rank_in_level": "同层级排名", "completeness": "报告包含的法定部分",
    "title": "标题", "published": "发布日期", "on_time": "按时公开",
    "specificity": "具体性", "slogan_density": "口号密度(每千字)", "credited_hits": "计分命中数",
    "quantities": "量化表述数", "chars": "字数", "doc_id": "文档编号",
    "dimension": "维度", "indicator": "指标编号", "label": "指标", "credit": "指标得分(0-1)",
    "best_level": "最高证据等级", "credited_sentences": "计分句数", "hits": "命中数",
    "section": "所在部分", "start": "起始位置", "end": "结束位置", "text": "命中文本",
    "sentence": "证据句", "credited": "是否计分", "reason": "不计分原因", "sentence_id": "句号",
    "value": "数值", "approx": "约数", "report_unit": "单位", "evidence_level": "证据等级",
    "prev_year": "上一年度", "prev_index": "上年综合指数", "delta_index": "综合指数变化",
    "prev_rank": "上年排名", "delta_rank": "排名变化(+上升)", "delta_decision": "依法决策变化",
    "delta_enforcement": "行政执法变化", "delta_openness": "政务公开变化",
    "delta_disputes": "矛盾纠纷化解变化", "delta_publicity": "普法变化",
    "first_year": "起始年度", "last_year": "末年度", "years": "年数", "slope": "年均变化(斜率)",
    "ci_low": "95%区间下限", "ci_high": "95%区间上限", "p_value": "p值",
    "median_rank": "中位排名", "rank_p05": "排名区间下限(5%)", "rank_p95": "排名区间上限(95%)",
    "share_within_1": "±1名内比例", "runs": "模拟次数", "leadership": "第一责任人履职",
    "emergency": "应急处置", "index_machine": "机器评分综合指数", "reviews": "复核条数",
    "credit_machine": "机器指标得分", "review": "复核操作",
}  # fmt: skip

SECTION_ZH = {"achievements": "主要举措和成效", "shortcomings": "存在的不足", "leadership": "第一责任人履职",
              "plan": "下一年度工作安排", "other": "其他部分"}  # fmt: skip
EVIDENCE_LEVEL_ZH = {"mention": "提及", "measure": "具体措施", "result": "量化成果或具体案例",
                     "empty": "无证据"}  # fmt: skip
REASON_ZH = {
    "shortcoming": "所述为不足", "intention": "所述为计划或打算", "target": "所述为目标",
    "rule": "所述为制度条文", "heading": "标题", "quoted rule": "引用的制度条文",
    "slogan": "套话(未报告具体工作)",
    **{f"{kind} part": f"位于“{zh}”部分" for kind, zh in SECTION_ZH.items()},
}  # fmt: skip
# Method names of fazhi_bench.spec.methods, for the methodology a reader sees.
METHOD_ZH = {
    "saturating": "证据量递减计分", "mean": "指标加权平均",
    "absolute": "绝对标尺(原始分即维度得分,可跨单位、跨年度比较)",
    "minmax": "同年度最小-最大标准化(最好 100,最差 0)", "zscore": "同年度标准分(50 + 10z)",
    "rank": "同年度百分位排名", "pooled": "合并全部年度的最小-最大标准化",
    "arithmetic": "加权算术平均", "geometric": "加权几何平均",
    "catalogue": "指标目录中的权重", "equal": "等权", "pca": "主成分分析(PCA)权重",
}  # fmt: skip
YES_NO = {True: "是", False: "否"}

# The indicator credit rule of fazhi_bench.evidence.credit, in one sentence for readers.
CREDIT_RULE_ZH = (
    "指标得分(0-1)按证据句的最高等级计分:提及 {mention:g}、具体措施 {measure:g}、量化成果或具体案例 "
    "{result:g};一句话同时佐证同一维度的 n 个指标时,每个指标得该等级分值除以 n 的 {share:g} 次方"
    "(一句话是一条证据,不是 n 条);每多一句具体措施或量化成果加 {step:g}(仅提及不累加,最多 {most} "
    "句),最高 1 分。只计“主要举措和成效”和“第一责任人履职”部分;计划、不足、制度条文和套话不计分。"
).format(**LEVEL_VALUE, step=FURTHER_STEP, most=FURTHER_MAX, share=SENTENCE_SHARE)

# column -> the words for its codes
VALUE_ZH: dict[str, dict] = {
    "level": LEVEL_ZH, "section": SECTION_ZH, "best_level": EVIDENCE_LEVEL_ZH,
    "evidence_level": EVIDENCE_LEVEL_ZH, "reason": REASON_ZH, "credited": YES_NO,
    "on_time": YES_NO, "approx": YES_NO,
}  # fmt: skip


def parts_zh(completeness: str) -> str:
    """achievements+leadership+plan -> 主要举措和成效、第一责任人履职、下一年度工作安排."""
    return "、".join(SECTION_ZH.get(p, p) for p in str(completeness).split("+") if p)


def in_chinese(frame: pd.DataFrame, labels: dict[str, str] | None = None) -> pd.DataFrame:
    """The frame for people: coded values in Chinese, columns under Chinese labels
    (``labels`` adds the catalogue's dimension labels). Unknown codes stay as they are."""
    out = frame.copy()
    for column, words in VALUE_ZH.items():
        if column in out:
            out[column] = out[column].map(lambda v, w=words: w.get(v, v) if pd.notna(v) else v)
    if "completeness" in out:
        out["completeness"] = out["completeness"].map(parts_zh)
    return out.rename(columns={**LABELS_ZH, **(labels or {})})
