"""Edits of a report that must not move its scores much (or must not lower them): the
padding, repetition, layout and insertion checks of the validity tests."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pandas as pd

from fazhi_bench.evidence.sections import find_sections, split_sentences
from fazhi_bench.read.clean import clean_text
from fazhi_bench.read.corpus import Corpus, Document
from fazhi_bench.run.pipeline import run
from fazhi_bench.spec.catalogue import DIMENSIONS, Catalogue

# Generic phrases of the kind any report can add without doing anything (written here,
# not taken from the samples).
SLOGANS = [
    "坚持以习近平法治思想为引领,全面推进依法行政。",
    "坚持和发展新时代“枫桥经验”,推动矛盾纠纷源头化解。",
    "持续深化“放管服”改革,不断优化法治化营商环境。",
    "深入推进严格规范公正文明执法,切实维护群众合法权益。",
    "着力提升政务公开质量,努力建设人民满意的服务型政府。",
    "大力弘扬社会主义法治精神,营造办事依法、遇事找法的良好氛围。",
    "不断健全依法决策机制,推动决策科学化、民主化、法治化。",
    "全面落实“谁执法谁普法”普法责任制,推动普法工作提质增效。",
    "始终把法治政府建设摆在突出位置,统筹推进各项工作。",
    "扎实推进行政复议体制改革,充分发挥行政复议化解行政争议的主渠道作用。",
    "进一步强化人民调解在基层社会治理中的基础性作用。",
    "牢固树立法治意识,自觉运用法治思维和法治方式深化改革。",
    "积极推进公共法律服务体系建设,让群众享受更加便捷的法律服务。",
    "持续加强行政执法监督,规范行政执法行为。",
    "坚持把普法教育贯穿于法治建设全过程,深入开展法治宣传教育。",
    "不断提升重大行政决策的科学化水平,防范决策风险。",
    "深入实施“八五”普法规划,推动全民守法。",
    "全力做好信访工作,依法维护群众合法权益。",
    "以“数字政府”建设为抓手,推动政务服务提质增效。",
    "切实发挥法律顾问在依法决策中的参谋助手作用。",
]

# Concrete achievements of the reported year, one per dimension (for insertion checks).
NEW_ACHIEVEMENTS = [
    "全年组织法律顾问审查重大合同26份,提出修改意见41条。",
    "开展行政执法案卷交叉评查,抽查案卷58卷,整改问题12个。",
    "通过门户网站主动公开政府信息1320条,办理依申请公开17件。",
    "司法所联合派出所调处邻里纠纷63起,调解成功率98%。",
    "举办民法典专题讲座9场,发放普法资料4600余份。",
]


def replace_text(doc: Document, raw: str) -> Document:
    """``doc`` with its text replaced by ``raw`` cleaned as a report would be."""
    return dataclasses.replace(doc, text=clean_text(raw).text)


def scores_of(docs: list[Document], catalogue: Catalogue) -> pd.DataFrame:
    """doc position x (five dimensions, index) for these documents, scored together."""
    renamed = [dataclasses.replace(d, doc_id=f"d{i:04d}") for i, d in enumerate(docs)]
    scores = run(Corpus(tuple(renamed), (), ()), catalogue).scores.set_index("doc_id")
    return scores.loc[[d.doc_id for d in renamed], [*DIMENSIONS, "index"]].reset_index(drop=True)


def achievements(text: str) -> tuple[int, int]:
    """Span of the report's achievements part(s): first start to last end."""
    parts = [s for s in find_sections(text) if s.kind == "achievements"]
    return parts[0].start, parts[-1].end


def with_slogans(text: str, slogans: list[str] = SLOGANS) -> str:
    """Each slogan as a line of its own, spread over the achievements part."""
    lo, hi = achievements(text)
    lines = text[lo:hi].split("\n")
    step = max(1, len(lines) // (len(slogans) + 1))
    out, queue = [], list(slogans)
    for i, line in enumerate(lines):
        out.append(line)
        if i and i % step == 0 and queue and line.strip():
            out.append(queue.pop(0))
    out[1:1] = queue  # those left over, after the part's heading
    return text[:lo] + "\n".join(out) + text[hi:]


def with_achievements_twice(text: str) -> str:
    """The body of the achievements part pasted a second time right after it."""
    lo, hi = achievements(text)
    head_end = text.index("\n", lo) + 1 if "\n" in text[lo:hi] else lo
    body = text[head_end:hi].rstrip("\n")
    return text[:hi].rstrip("\n") + "\n" + body + "\n" + text[hi:]


def on_one_line(text: str) -> str:
    """The whole report with its line breaks lost (a page copied without them)."""
    return text.replace("\n", "")


_TOP = re.compile(r"^[一二三四五六七八九十]、", re.M)
_CN = "一二三四五六七八九十"

# How reports number their parts, as format functions of the part's ordinal (1, 2, …).
PART_NUMBERINGS: dict[str, Callable[[int], str]] = {
    "1.": lambda n: f"{n}.",
    "1、": lambda n: f"{n}、",
    "(一)": lambda n: f"({_CN[n - 1]})",
    "第一部分": lambda n: f"第{_CN[n - 1]}部分 ",
    "none": lambda n: "",
    "unit prefix": lambda n: f"{_CN[n - 1]}、某某街道",
    "1. with year": lambda n: f"{n}.某某镇2024年度",
}


def with_part_numbers(text: str, number: Callable[[int], str]) -> str:
    """Part headings numbered ``number(1)``, ``number(2)``, … instead of 一、 二、 …"""
    count = iter(range(1, 100))
    return _TOP.sub(lambda m: number(next(count)), text)


def with_arabic_part_numbers(text: str) -> str:
    """Part headings numbered 1. 2. … instead of 一、 二、 …"""
    return with_part_numbers(text, PART_NUMBERINGS["1."])


def sentence_boundaries(text: str) -> list[int]:
    """Offsets in the achievements part where a sentence ends (insertion places)."""
    lo, hi = achievements(text)
    return [e for s, e in split_sentences(text) if lo < s and e < hi]


def inserted(text: str, at: int, sentence: str) -> str:
    return text[:at] + sentence + text[at:]
