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

LEVEL_ZH = {"province": "省", "city": "市", "district": "区", "county": "县", "street": "街道",
            "town": "乡镇", "department": "部门", "other": "其他"}  # fmt: skip
LEVELS: tuple[str, ...] = tuple(LEVEL_ZH)

_HAN = r"[\u4e00-\u9fff]"
_TITLE_HINT = re.compile(r"(?:法治政府|依法行政|法治建设).{0,20}(?:报告|情况|总结)")
_YEAR = re.compile(r"(20\d{2})\s*年度?")
_YEAR_RANGE = re.compile(r"20\d{2}\s*[-—~至]\s*20\d{2}")

# Suffixes in the order they are tested when naming a level (longest, most specific first).
_LEVEL_SUFFIX: tuple[tuple[str, str], ...] = (
    ("自治区", "province"), ("省", "province"),
    ("街道", "street"), ("街", "street"),
    ("镇", "town"), ("乡", "town"), ("苏木", "town"),
    ("新区", "district"), ("高新区", "district"), ("开发区", "district"), ("园区", "district"),
    ("自治县", "county"), ("县", "county"), ("旗", "county"),
    ("地区", "city"), ("区", "district"), ("市", "city"), ("州", "city"), ("盟", "city"),
    ("局", "department"), ("委员会", "department"), ("委", "department"), ("部", "department"),
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
_STRIP_TAIL = re.compile(
    r"(?:人民政府|政府|行政公署|办事处|党工委|管委会|(?<=[区园])管理委员会|街道办|工作委员会)$"
)
# 兰考县人民政府兰考县交通运输局: the government's name before its department's
_GOVERNMENT_BEFORE = re.compile(r"^.*?(?:人民政府|政府)(?!办公室|办公厅|办)(?=.{2,})")
_STRIP_HEAD = re.compile(r"^(?:中共|中国共产党|中华人民共和国)?")
_DATE = re.compile(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# The page's own labels, publication first: a bare 时间:/日期: opening a line beside
# 作者/来源 is the article's; the document's own date (成文日期, 发文日期) only when no
# publication is given (更新时间, 录入时间 never: a page edited later is not published later).
_PUBLISHED_LABELS = (
    re.compile(r"(?:发布时间|发布日期|公开日期)\s*:?\s*|^(?:时间|日期)\s*:\s*"),
    re.compile(r"(?:发文日期|成文日期|生成日期)\s*:?\s*"),
)


@dataclass(frozen=True)
class Metadata:
    unit: str
    year: int | None
    level: str
    title: str
    published: str  # ISO date or ""
    unit_note: str = ""  # why the unit is uncertain, for a warning ('' when it is not)


MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})  # province-level cities


def level_of(unit: str) -> str:
    """Administrative level from the unit's name suffix (街道 street, 县 county, 局 department…)."""
    if unit in MUNICIPALITIES:
        return "province"
    for suffix, level in _LEVEL_SUFFIX:
        if unit.endswith(suffix):
            return level
    return "other"


_COVER = re.compile(
    r"(?:的函|的通知|请示|^关于(?:报送|呈报|上报|印发|转发)|^[^,。]{2,20}[:]$|\[20\d{2}\]\d+号)"
)
_AREA_TOKEN = re.compile(
    rf"{_HAN}+?(?:自治区|自治州|自治县|自治旗|特别行政区|街道|新区|高新区|开发区|示范区|园区|"
    rf"省|市|州|盟|地区|区|县|旗|镇|乡|苏木|街(?!街道|道))(?:(?<=州)(?:[市区县镇乡]|街道))?"  # 杭州市, 英州镇
)
_PARTY_BODY = re.compile(r"^.*?(?:县委|区委|市委|州委|省委|党工委|党委|工委)(?=.)")
# words that end like an area but begin a department's name (城市管理局, 住房和城乡建设局)
_NOT_PLACE = re.compile(r"(?:城市|城乡|农村)$|^住房")
_GENERIC_ZONE = re.compile(r"^(?:工业|经济|高新|技术|产业|综合|保税|国家级|省级|高新技术).*区$")
_DEPT_SUFFIX = re.compile(r"(?:局|委员会|委|办公室|办|厅|署|中心|院|所|队|站|处)$")


_TITLE_END = re.compile(r"(?:报告|情况|工作|总结)(?:\([^)]{1,12}\))?$")
_TITLE_PIECE = re.compile(r"^[\u4e00-\u9fff0-9()〇]{2,40}$")  # a wrapped title's line
_NOT_TITLE = re.compile(r"现将|如下|[,。;]|^(?:首页|当前位置|您的位置)")


def find_title(text: str) -> str:
    """The report's title: early lines naming a rule-of-law report, else ''.

    A title wrapped over two or three lines (PDFs: 雁塔区2022年法治政府 / 建设情况报告) is
    joined back. Cover letters (关于报送…的函, 市司法局:), document numbers (沪环法[2023]23号),
    breadcrumbs and body sentences (…现将…报告如下:) are not titles.
    """
    lines = [unspaced(line.strip()) for line in text.split("\n")[:20]]
    for end, line in enumerate(lines):
        if len(line) > 80 or _COVER.search(line) or _NOT_TITLE.search(line):
            continue
        start = end
        while (start > 0 and end - start < 2 and _TITLE_PIECE.match(lines[start - 1])
               and not _TITLE_HINT.search(lines[start - 1]) and not _COVER.search(lines[start - 1])
               and not _YEAR_ONLY.match(lines[start - 1])):  # fmt: skip
            start -= 1
        # the shortest block that reads as a title and names a unit, else the shortest title
        blocks = ["".join(lines[first : end + 1]) for first in range(end, start - 1, -1)]
        titles = [b for b in blocks if _TITLE_HINT.search(b)]
        if not titles:
            continue
        following = lines[end + 1] if end + 1 < len(lines) else ""
        if not _TITLE_END.search(titles[0]) and _TITLE_PIECE.match(following):
            titles = [
                t + following for t in titles
            ]  # 关于某县2022年度法治政府建设 / 工作情况的报告
        titles = [_TITLE_LABEL.sub("", t) for t in titles]
        named = [(t, unit_from_title(t)) for t in titles]
        named = [(t, u) for t, u in named if u]
        if not named:
            return titles[0]
        best, unit = named[0]
        for title, longer in named[1:]:  # a name broken over lines: 肃南裕固族 / 自治县2023年…
            if len(longer) > len(unit) and longer.endswith(unit):
                best, unit = title, longer
        return best
    return ""


_TITLE_LABEL = re.compile(r"^(?:标\s*题|名\s*称|题\s*[目名])\s*:\s*")
_YEAR_ONLY = re.compile(r"^(?:20\d{2}\s*年\s*\d{1,2}\s*月|\d{4}-\d{2})")
# Words that never belong to a unit's name: verbs and function words of a body sentence
# (积极部署, 根据, 现将我县, 领导班子成员具体牵头负责的镇) — a wrong name is worse than none.
_NOT_IN_NAME = re.compile(
    r"的|现将|要求|按照|根据|依据|召开|部署|研究|牵头|负责|推动|推进|考核|坚持|全面|持续|提升|"
    r"我|本|成员|领导|班子|工作|积极|定期|开展|加强|深入|贯彻|落实|报告|法治|依法|年度|"
    r"主要|情况|举措|成效|同志|水平|有关|各级|下一步|认真|着力|不断|网站|首页|干部|全部|内部|"
    r"外部|局部|支部|增强|提高|强化|完善|健全|规范|优化|附件"
)
_NO_START = re.compile(r"^(?:[委区县省镇乡局办州旗部厅在对从据按]|自治[区州县旗])")
# a Party committee (某县委, 某街道党工委) is not the government whose report this is
_PARTY_COMMITTEE = re.compile(r"(?:[县区市省州旗]委|党委|党工委|工委)(?:员会)?$")


def plausible_unit(name: str) -> bool:
    """Could ``name`` be a reporting unit? It ends as units end (区, 街道, 局, 部…), is not
    too long, and holds no word of a sentence."""
    return (
        2 <= len(name) <= 30
        and level_of(name) != "other"
        and not _NOT_IN_NAME.search(name)
        and not _NO_START.match(name)
        and not _NOT_UNIT.match(name)
        and not _PARTY_COMMITTEE.search(name)
    )


def _clean_unit(name: str) -> str:
    name = _STRIP_HEAD.sub("", name.strip(" ,:"))
    rest = _GOVERNMENT_BEFORE.sub("", name)
    if rest != name and _AREA_TOKEN.match(rest) and not _STRIP_TAIL.fullmatch(rest):
        name = rest
    while True:
        stripped = _STRIP_TAIL.sub("", name)
        if stripped == name:
            return name
        name = stripped


def reader_name(name: str) -> str:
    """The unit as a reader names it: the lowest area, or area + department.

    天津市滨海新区塘沽街道 -> 塘沽街道; 乐山市金口河区 -> 金口河区;
    天津市静海区司法局 -> 静海区司法局; 中共某县委某县 -> 某县.
    """
    name = _clean_unit(name)
    party = _PARTY_BODY.match(name)
    if party and _AREA_TOKEN.search(name[party.end() :]):
        name = _clean_unit(name[party.end() :])
    areas: list[str] = []
    pos = 0
    while True:
        m = _AREA_TOKEN.match(name, pos)
        if not m or _NOT_PLACE.search(m.group()):
            break
        areas.append(m.group())
        pos = m.end()
    rest = name[pos:]
    if not areas:
        return name
    if len(areas) >= 2 and _GENERIC_ZONE.match(areas[-1]):
        areas[-1] = re.sub(r"市$", "", areas[-2]) + areas[-1]  # 苏州 + 工业园区
    if rest and _DEPT_SUFFIX.search(rest):
        return areas[-1] + rest
    if rest:
        return name  # an area name we could not split (e.g. an odd zone); keep it whole
    return areas[-1]


def unit_from_title(title: str) -> str:
    """The unit named in a title: the words around the year, before 法治/关于."""
    text = _YEAR_RANGE.sub("", re.sub(r"\([^)]*\)", "", title))
    text = re.sub(r"^关于", "", text.strip())
    text = re.sub(r"(?:关于)?(?:20\d{2}|二〇[一二]\S)\s*年度?", " ", text)
    parts = re.split(r"关于|法治政府|法治建设|依法行政|推进|工作报告|年度报告|情况报告", text)
    words = parts[0].split()
    head = re.sub(r"[^\u4e00-\u9fff]", "", words[-1]) if words else ""
    head = re.sub(r"^(?:.*?(?:网站|官网|网|欢迎您|门户))(?=.{2,})", "", head)
    name = reader_name(head) if len(head) >= 2 else ""
    return name if plausible_unit(name) else ""


_ADDRESSEE = re.compile(r"^[^,。]{2,24}:$")  # 市人民政府: (the body the report goes to)
_REPORTING = re.compile(
    rf"现将(?:我|本)?((?:{_HAN}){{2,20}}?(?:{_SUFFIX_ALT}))\s*(?:20\d{{2}}|关于)"
)


def unit_from_opening(text: str) -> str:
    """The unit in the first sentences: 现将某县2022年…报告如下, else the first
    name-with-suffix followed by a verb. The addressee line (上级:) names another body."""
    opening = "\n".join(line for line in text[:700].split("\n") if not _ADDRESSEE.match(line))
    m = _REPORTING.search(opening)
    if m and plausible_unit(name := reader_name(m.group(1))):
        return name
    for m in _UNIT_IN_SENTENCE.finditer(opening[:600]):
        name = reader_name(m.group(1))
        if plausible_unit(name):
            return name
    return ""


# 我县, 我街道, 我局: how a report names itself, which gives its level when no name does
_SELF = re.compile(
    r"(?:我|本)(街道|自治县|自治州|自治区|省|市|州|县|区|旗|镇|乡|街|局|委|办|部|厅|署)"
)
_SELF_LEVEL = {"街道": "street", "街": "street", "镇": "town", "乡": "town", "县": "county",
               "自治县": "county", "旗": "county", "区": "district", "市": "city", "州": "city",
               "自治州": "city", "省": "province", "自治区": "province"}  # fmt: skip


def self_level(text: str) -> str:
    """The level the report gives itself (我县 -> county, 我局 -> department), the most
    frequent in its first pages; '' when it never says."""
    counts: dict[str, int] = {}
    for m in _SELF.finditer(text[:4000]):
        level = _SELF_LEVEL.get(m.group(1), "department")
        counts[level] = counts.get(level, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


_SOURCE_LABEL = re.compile(
    r"(?:信息来源|来源|发布机构|发文机关|发布单位|公开主体|发布部门)\s*[::]\s*"
)


def unit_from_source(lines: list[str] | tuple[str, ...], level: str) -> str:
    """The unit from a page's 来源/发布机构 field, when it agrees with how the report names
    itself: a county report published by its 司法局 is the county's (我县)."""
    for line in lines:
        label = _SOURCE_LABEL.search(line)
        value = re.match(rf"{_HAN}{{2,30}}", line[label.end() :]) if label else None
        name = agreeing_unit(value.group(), level) if value else ""
        if name:
            return name
    return ""


def agreeing_unit(value: str, level: str) -> str:
    """The body named by ``value`` if it has the level the report gives itself, else the
    area of that level within it (某县司法局 for a 我县 report: 某县); '' when neither."""
    name = reader_name(value)
    if not plausible_unit(name):
        return ""
    if not level or level_of(name) == level:
        return name
    area = [a for a in _AREA_TOKEN.findall(_clean_unit(value)) if level_of(a) == level]
    if area and plausible_unit(name := reader_name(area[-1])):
        return name
    return ""


_FILE_WORDS = re.compile(
    r"(?:关于|报送)?(?:法治|依法行政|年度|报告|终稿|定稿|修改稿|公开版|送审稿).*$"
)
_FILE_PARTS = re.compile(r"[-_—·()\[\]【】\s.,、]+|20\d{2}\s*年?度?")


def unit_from_file_name(name: str) -> str:
    """The unit a file's name gives (2023年鹿城区法治政府建设情况报告.pdf,
    瑞金市司法局-法治报告.txt, 澄迈县政府2022法治报告.pdf), else ''."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name).strip()
    if _TITLE_HINT.search(stem) or _YEAR.search(stem):
        found = unit_from_title(stem)
        if found:
            return found
    for part in _FILE_PARTS.split(stem):
        part = _FILE_WORDS.sub("", re.sub(r"[^\u4e00-\u9fff]", "", part))
        found = reader_name(part) if len(part) >= 2 else ""
        if plausible_unit(found):
            return found
    return ""


_SPACED = re.compile(r"(?:[\u4e00-\u9fff0-9] ){3,}[\u4e00-\u9fff0-9]")


def unspaced(line: str) -> str:
    """A title set with a space between every character (法 治 政 府) closed up."""
    return _SPACED.sub(lambda m: m.group().replace(" ", ""), line)


_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_CN_YEAR = re.compile(r"二[〇○零][〇○零一二三四五六七八九]{2}(?=\s*年)")


def arabic_years(text: str) -> str:
    """二〇二三年 -> 2023年, so that a year written in Chinese numerals is read."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text)


def year_of(title: str, text: str) -> int | None:
    """The year reported on: from the title, else the opening sentence, else 现将…年."""
    title, text = arabic_years(title), arabic_years(text[:2000])
    for source in (title, text[:400]):
        m = _YEAR.search(_YEAR_RANGE.sub("", source))
        if m:
            return int(m.group(1))
    m = re.search(r"现将(?:本|我)?\D{0,6}(20\d{2})\s*年", text)
    return int(m.group(1)) if m else None


def published_of(lines: tuple[str, ...] | list[str]) -> str:
    """ISO publication date from page lines such as 发布时间: 2024-03-14 11:29."""
    for labels in _PUBLISHED_LABELS:
        for line in lines:
            label = labels.search(line)
            m = _DATE.search(line, label.end()) if label else None
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


_UNIT_LINE = re.compile(
    rf"^(?:中共)?{_HAN}{{2,30}}(?:人民政府|政府|办事处|管委会|管理委员会|{_SUFFIX_ALT})$"
)


def unit_from_lines(lines: list[str], level: str = "") -> str:
    """A body written on a line of its own: a title split over two lines, a signature,
    or (with ``level``) a 发布机构 value the page set apart from its label, read like the
    来源 field (see ``agreeing_unit``)."""
    for line in lines:
        line = line.strip()
        if len(line) <= 30 and _UNIT_LINE.match(line):
            name = agreeing_unit(line, level)
            if name:
                return name
    return ""


_RED_HEADER = re.compile(rf"^((?:中共)?{_HAN}{{2,30}}?)(?:办公室)?文件$")


def unit_from_red_header(lines: list[str]) -> str:
    """The issuing body of an official document's red header (某县人民政府文件)."""
    for line in lines:
        m = _RED_HEADER.match(unspaced(line.strip()))
        if m:
            name = reader_name(m.group(1))
            if plausible_unit(name):
                return name
    return ""


def infer_metadata(text: str, dropped: tuple[str, ...] = ()) -> Metadata:
    """Infer unit, year, level, title and publication date from a cleaned report.

    Unit, as a careful reader finds it: the title (joined when wrapped), else a unit line
    just above the title, else the opening sentence, else the page's 来源 field read with
    the report's own 我县/我局, else the signature at the end. Every name must read as a
    unit; when none does the unit is left empty (the corpus then tries the file name) and
    the level comes from how the report names itself.
    """
    title = find_title(text)
    lines = text.split("\n")
    level_said = self_level(text)
    found: list[tuple[str, str]] = []  # (unit, note) in the order a reader would trust them
    at = 0
    if title:
        found.append((unit_from_title(title), ""))
        at = next((i for i, line in enumerate(lines) if title.startswith(line.strip()) and
                   line.strip()), 0)  # fmt: skip
        found.append((unit_from_lines(lines[max(0, at - 2) : at][::-1]), ""))
    found.append((unit_from_red_header(lines[:6]), ""))
    found.append((unit_from_opening(text), "the unit was read from the opening sentence"))
    source = unit_from_source([*dropped, *lines[:8]], level_said)
    found.append((source, "the unit was read from the page's source field (来源)"))
    before = lines[: at if title else 8]
    found.append((unit_from_lines(before, level_said), "the unit was read from the page's "
                  "information block"))  # fmt: skip
    found.append((unit_from_lines(lines[-6:][::-1]), "the unit was read from the signature"))
    unit, note = next(((u, n) for u, n in found if u), ("", ""))
    return Metadata(
        unit=unit,
        year=year_of(title, text),
        level=level_of(unit) if unit else level_said or "other",
        title=title,
        published=published_of(list(dropped) + text.split("\n")[:5]),
        unit_note=f"{note}; check it (or set it in a manifest)" if note else "",
    )
