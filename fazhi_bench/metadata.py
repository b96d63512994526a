"""Who reported, on which year, at which level, and when it was published.

Inferred from the report itself, as a reader would: the title (塘沽街道2024年度法治政府
建设情况报告, 关于2023年度…的报告) or, when the page has no title, the opening sentence
(2024年,金口河区坚定以…). Page dates (更新时间, 今天是…) are not the report year; the
year reported on comes from the title or the opening. A manifest overrides any field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

LEVELS: tuple[str, ...] = (
    "province", "city", "district", "county", "street", "town", "department", "other",
)  # fmt: skip

_HAN = r"[\u4e00-\u9fff]"
_TITLE_HINT = re.compile(r"(?:法治政府|依法行政|法治建设).{0,20}(?:报告|情况)")
_YEAR = re.compile(r"(20\d{2})\s*年度?")
_YEAR_RANGE = re.compile(r"20\d{2}\s*[-—~至]\s*20\d{2}")

# Suffixes in the order they are tested when naming a level (longest, most specific first).
_LEVEL_SUFFIX: tuple[tuple[str, str], ...] = (
    ("自治区", "province"), ("省", "province"),
    ("街道", "street"), ("街", "street"),
    ("镇", "town"), ("乡", "town"),
    ("新区", "district"), ("高新区", "district"), ("开发区", "district"), ("园区", "district"),
    ("自治县", "county"), ("县", "county"), ("旗", "county"),
    ("区", "district"), ("市", "city"), ("州", "city"), ("盟", "city"),
    ("局", "department"), ("委员会", "department"), ("委", "department"),
    ("办公室", "department"), ("办", "department"), ("厅", "department"), ("署", "department"),
    ("中心", "department"), ("院", "department"),
)  # fmt: skip
_SUFFIX_ALT = "|".join(sorted({re.escape(s) for s, _ in _LEVEL_SUFFIX}, key=len, reverse=True))
# Words after the unit name in an opening sentence (…,塘沽街道坚持以…).
_VERB_AFTER = (
    "坚持|坚定|始终|在|以|深入|认真|全面|紧紧|紧扣|紧密|围绕|根据|按照|立足|聚焦|着力|持续|"
    "牢牢|扎实|切实|积极|全力|不断|进一步|严格|大力|高度|贯彻|落实|法治|依法|党工委|党委|"
    "人民政府|政府|办事处|各项|把|将|对|通过|紧跟|主动|锚定|强化|推进|统筹|全街|全区|全县|全镇"
)
_NOT_UNIT = re.compile(
    r"^(?:我|本|全|各|该|市委|区委|县委|省委|市政府|区政府|县政府|党委|党工委|中共|上级|"
    r"社区|村|有关|相关|乡镇|街镇|镇街|街乡|县区|区县|市区|城区|辖区|园区|新区|社会|地区|"
    r"依法治|法治|政府|党政|机关|基层)"
)
_UNIT_IN_SENTENCE = re.compile(
    rf"(?:^|[,,。、;:\s]|20\d{{2}}年度?|以来|期间)((?:{_HAN}){{1,14}}?(?:{_SUFFIX_ALT}))(?={_VERB_AFTER})"
)
_STRIP_TAIL = re.compile(r"(?:人民政府|政府|办事处|党工委|管委会|管理委员会|街道办|工作委员会)$")
_STRIP_HEAD = re.compile(r"^(?:中共|中国共产党)?")
_DATE = re.compile(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_PUBLISHED_LABEL = re.compile(r"(?:发布时间|发布日期|发文日期|成文日期|生成日期|公开日期)\s*:?\s*")


@dataclass(frozen=True)
class Metadata:
    unit: str
    year: int | None
    level: str
    title: str
    published: str  # ISO date or ""


def level_of(unit: str) -> str:
    """Administrative level from the unit's name suffix (街道 street, 县 county, 局 department…)."""
    for suffix, level in _LEVEL_SUFFIX:
        if unit.endswith(suffix):
            return level
    return "other"


def find_title(text: str) -> str:
    """The report's title: an early line naming a rule-of-law report, else ''.

    Cover letters and document numbers (沪环法[2023]23号) before the title are skipped
    because they do not read as a report title.
    """
    for line in text.split("\n")[:12]:
        if len(line) <= 80 and _TITLE_HINT.search(line) and not line.endswith("。"):
            return line
    return ""


def _clean_unit(name: str) -> str:
    name = _STRIP_HEAD.sub("", name.strip(" ,:"))
    while True:
        stripped = _STRIP_TAIL.sub("", name)
        if stripped == name:
            return name
        name = stripped


def unit_from_title(title: str) -> str:
    """The unit named in a title: the words around the year, before 法治/关于."""
    text = _YEAR_RANGE.sub("", title)
    text = re.sub(r"(?:关于)?20\d{2}\s*年度?", " ", text)
    head = re.split(r"关于|法治政府|法治建设|依法行政|推进|的|工作报告|年度报告", text)[0]
    head = re.sub(r"[^\u4e00-\u9fff]", "", head)
    if not head:
        return ""
    name = _clean_unit(head)
    return name if len(name) >= 2 and not _NOT_UNIT.match(name) else ""


def unit_from_opening(text: str) -> str:
    """The unit in the first sentences: the first name-with-suffix followed by a verb."""
    opening = text[:600]
    for m in _UNIT_IN_SENTENCE.finditer(opening):
        name = _clean_unit(m.group(1))
        if len(name) >= 2 and not _NOT_UNIT.match(name):
            return name
    return ""


def year_of(title: str, text: str) -> int | None:
    """The year reported on: from the title, else the opening sentence, else 现将…年."""
    for source in (title, text[:400]):
        m = _YEAR.search(_YEAR_RANGE.sub("", source))
        if m:
            return int(m.group(1))
    m = re.search(r"现将(?:本|我)?\D{0,6}(20\d{2})\s*年", text)
    return int(m.group(1)) if m else None


def published_of(lines: tuple[str, ...] | list[str]) -> str:
    """ISO publication date from page lines such as 发布时间: 2024-03-14 11:29."""
    for line in lines:
        label = _PUBLISHED_LABEL.search(line)
        if not label:
            continue
        m = _DATE.search(line, label.end())
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                continue
    return ""


def on_time(published: str, year: int | None) -> bool | None:
    """Published by 31 March of the following year (the public-release deadline)?"""
    if not published or year is None:
        return None
    return date.fromisoformat(published) <= date(year + 1, 3, 31)


def infer_metadata(text: str, dropped: tuple[str, ...] = ()) -> Metadata:
    """Infer unit, year, level, title and publication date from a cleaned report."""
    title = find_title(text)
    unit = unit_from_title(title) if title else ""
    if not unit:
        unit = unit_from_opening(text)
    return Metadata(
        unit=unit,
        year=year_of(title, text),
        level=level_of(unit) if unit else "other",
        title=title,
        published=published_of(list(dropped) + text.split("\n")[:5]),
    )
