"""Cut a cleaned report into its statutory parts and sentences.

The 2019 督察工作规定 fixes what a report contains: achievements (主要举措和成效),
shortcomings (存在的不足), the first-responsible-person duty (第一责任人), next year's
plan (下一年度安排) and other matters. Real reports number, merge, reorder and omit
these parts, so a part heading is recognised by its wording, not by its position.
Only achievements and leadership text can earn credit later on.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from fazhi_bench.evidence.quantities import CN_ONE_TO_TEN

KINDS: tuple[str, ...] = ("achievements", "shortcomings", "leadership", "plan", "other")
MAIN_PARTS: tuple[str, ...] = ("achievements", "shortcomings", "leadership", "plan")

# An achievements part is also headed by the year's work and how it went (法治政府建设工作
# 开展情况, 法治政府建设基本情况, 主要工作及成效, 2024年工作情况, 工作回顾, 取得的成效, 法治
# 政府建设取得新成效); a title (…建设情况的报告) is none.
_ACHIEVEMENTS_WORDING = (
    r"(?:法治政府建设|法治建设|依法行政)(?:工作)?的?(?:主要|基本)?(?:开展|推进|进展|落实|完成)?"
    r"(?:工作)?情况(?!的?(?:报告|总结))|工作回顾|"
    r"主要工作(?:及|和|与|、)?(?:主要)?(?:成效|成绩|完成情况|开展情况|情况)|"
    r"(?:\d{4}年度?的?|主要)工作(?:开展|推进|完成)?情况|工作(?:开展|推进|完成)情况(?:及|和|与)|"
    r"工作(?:及|和|与|、)(?:主要)?(?:成效|成绩)|取得的(?:主要)?(?:成效|成绩)|"
    r"建设取得(?:了)?(?:新|明显|积极|显著|阶段性)?的?(?:成效|成绩|进展)"
)

# Ordered: the first rule that matches a heading decides its kind.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("leadership", re.compile(r"第一责任人|主要负责人.{0,12}(?:履行|推进|职责)|履职情况|述法")),
    (
        "shortcomings",
        re.compile(
            r"不足|短板|差距|薄弱|弱项|存在(?:的)?(?:主要)?问题|主要问题|问题(?:和|与|及)|困难和问题|^问题"
        ),
    ),
    (
        "plan",
        re.compile(
            r"下一步|下一年|下年度|明年|来年|打算|思路|计划|展望|谋划(?:\d{4}年|下一|明年)|"
            r"努力方向|工作方向|"
            r"\d{4}年度?.{0,10}(?:安排|重点|任务|目标)|主要安排|工作安排|重点工作|工作重点"
        ),
    ),
    ("other", re.compile(r"其他(?:需要|需|应当)?(?:报告|说明)|其他事项|其他情况")),
    (
        "achievements",
        re.compile(
            r"举措|成效|成绩|成果|进展|做法|工作情况|开展情况|推进情况|建设情况|主要工作|亮点|"
            r"基本情况|完成情况|" + _ACHIEVEMENTS_WORDING
        ),
    ),
)

# Wording that names a statutory part whatever numbers it (一、 1. 1、 (一) 第一部分 or
# none) and whatever prefix it carries (2024年…, 某某街道…): finds the report's own
# numbering style for parts, so that 1. parts are told from 1. items.
_PART_WORDING = re.compile(
    _ACHIEVEMENTS_WORDING + "|"
    r"(?:主要)?(?:举措|做法)(?:和|及|与|、)?(?:主要)?(?:成效|成绩)|主要成效|工作成效|"
    r"存在的?(?:主要)?(?:问题|不足|短板|差距|困难|薄弱环节)|"
    r"(?:问题|不足|短板|困难)(?:和|与|及)(?:原因|不足|问题|弱项|困难)|"
    r"短板弱项|"
    r"第一责任人(?:职责)?.{0,14}情况|履行.{0,12}第一责任人|"
    r"(?:下一|下)(?:年度?|步).{0,14}(?:安排|打算|计划|思路|重点)|"
    r"\d{4}年度?.{0,14}(?:(?:工作)?(?:安排|打算|计划|思路)|重点工作|工作重点|重点任务)|"
    r"工作(?:打算|安排|计划|思路)|谋划(?:\d{4}年度?|下一步|下一年度?|明年)|"
    r"其他(?:需要)?(?:报告|说明)的?(?:事项|情况)"
)
_NUMBERING = re.compile(
    rf"^(?:(?P<cn>[{CN_ONE_TO_TEN}]{{1,3}}\s*[、.])|(?P<part>第[{CN_ONE_TO_TEN}]{{1,3}}(?:部分|章))|"
    rf"(?P<ardun>\d{{1,2}}\s*、)|(?P<ardot>\d{{1,2}}\s*\.(?!\d(?!\d{{3}}年)))|"
    rf"(?P<pcn>\([{CN_ONE_TO_TEN}]{{1,3}}\))|(?P<par>\(\d{{1,2}}\)|\d{{1,2}}\))|"
    rf"(?P<cnis>[{CN_ONE_TO_TEN}]{{1,3}}是))"
)
_DEFAULT_TOP = frozenset({"cn", "part", "ardun"})


def numbering_style(line: str) -> str | None:
    """How ``line`` is numbered (cn 一、, part 第一部分, ardun 1、, ardot 1., pcn (一),
    par (1), cnis 一是), or None."""
    m = _NUMBERING.match(line)
    return m.lastgroup if m else None


def without_number(line: str) -> str:
    """``line`` without the number that opens it (一、 1. (一) 第一部分 一是 …)."""
    m = _NUMBERING.match(line)
    return line[m.end() :].lstrip() if m else line


def _ordinal(line: str) -> int:
    """The number opening ``line`` in any numbering (1. (3) (二) 第四部分 十一、), 0 when
    there is none."""
    m = _NUMBERING.match(line)
    if not m:
        return 0
    digits = re.search(r"\d{1,2}", m.group())
    if digits:
        return int(digits.group())
    cn = re.search(f"[{CN_ONE_TO_TEN}]+", m.group())
    if not cn:
        return 0
    word = cn.group()
    if "十" not in word:
        return CN_ONE_TO_TEN.index(word[0]) + 1
    tens = 1 if word[0] == "十" else CN_ONE_TO_TEN.index(word[0]) + 1
    ones = 0 if word[-1] == "十" else CN_ONE_TO_TEN.index(word[-1]) + 1
    return 10 * tens + ones


# Before a part's wording, a verb whose object it is: the item made or followed a plan
# ((1)制定本局“八五”普法年度工作计划…, 按照…工作安排), it does not head one.
_OBJECT_OF = re.compile(r"制定|印发|出台|编制|修订|下发|完成|实施|执行|按照|根据|围绕|对照|结合")


# A leadership part headed by the duty it took up (一、压实第一责任人职责,以高站位…): only
# at the heading's start (an item's 强化组织领导,落实第一责任人职责 is one of the measures).
_DUTY_HEADING = re.compile(r"(?:压实|履行|落实|扛起|扛牢|担起)[^,。;]{0,10}第一责任人(?:职责)?")


def part_wording_end(line: str, duty: bool = True) -> int | None:
    """Where the wording naming a statutory part ends in the opening of ``line`` (its
    first clause, at most 60 characters), or None when it names none. Wording later in a
    line belongs to an item's paragraph, wording inside a document's title (《…工作计划》)
    or after a verb taking it as its object to what the item did. ``duty``: a duty taken
    up names the leadership part too (not when the parts' numbering is being found: many
    reports have an item (一)压实…第一责任人职责 before any part's heading)."""
    clause = _first_clause(line)
    body = without_number(clause)
    found = _DUTY_HEADING.match(body) if duty else None
    if found:
        return len(clause) - len(body) + found.end()
    for m in _PART_WORDING.finditer(clause):
        before = clause[: m.start()]
        if before.count("《") <= before.count("》") and not _OBJECT_OF.search(before):
            return m.end()
    return None


def names_part(line: str, duty: bool = True) -> bool:
    """Does the opening of ``line`` name a statutory part (see ``part_wording_end``)?"""
    return part_wording_end(line, duty) is not None


def _first_clause(line: str) -> str:
    """The opening of ``line`` up to its first 。:; (at most 60 characters)."""
    return re.split(r"[。:;]", line[:60], maxsplit=1)[0]


def top_styles(lines: list[str]) -> frozenset[str]:
    """The numbering style of the report's part headings: that of its first part heading,
    a numbered line whose wording names a part, or the default styles when that heading
    has no number (its items' (1)…履行…第一责任人职责 name no part) or none is found."""
    for line in lines:
        style = numbering_style(line)
        if style and style != "cnis" and names_part(line, duty=False):
            return frozenset({style})
        if not style and _heading_text(line, False) and heading_kind(line):
            break
    return _DEFAULT_TOP


# An unnumbered line counts as a part heading only when it is short and reads like one.
_BARE_HEADING = re.compile(
    r"^(?:\d{4}年度?)?.{0,16}(?:主要举措|主要做法|工作成效|主要成效|存在的(?:主要)?(?:问题|不足)|"
    r"问题(?:和|与|及)不足|不足(?:和|与|及)原因|下一步|工作打算|工作思路|工作计划|主要安排|"
    r"第一责任人|其他需要报告)"
)


# A report's title, never a part heading: 关于…的报告, …情况报告, or the whole year's
# building named after its unit (某镇2024年法治政府建设情况; 某街道2024年…举措和成效 is a
# part heading).
_TITLE = re.compile(
    r"关于|(?:报告|总结)$|"
    r"(?:[县区市镇乡局委办府会旗]|街道)\s*\d{4}\s*年度?(?:法治政府建设|法治建设|依法行政)(?:工作)?情况$"
)


class Section(NamedTuple):  # a tuple: cheap to cache and load
    kind: str
    heading: str
    start: int
    end: int


def heading_kind(heading: str) -> str | None:
    """The statutory part a heading names, or None when its wording names none."""
    body = without_number(heading)
    for kind, rule in _RULES:
        if rule.search(body):
            return kind
    return None


def _heading_text(line: str, top: bool) -> str | None:
    """The heading in ``line`` if it opens a part: a numbered top-level heading (alone or
    followed by its first paragraph on the same line), or a short unnumbered one."""
    if top:
        if len(line) <= 80:
            return line
        head = re.split(r"[。:]", line, maxsplit=1)[0]
        if len(head) <= 40 and heading_kind(head):
            return head
        end = part_wording_end(line)  # glued to its paragraph
        return line[:end] if end else None
    if len(line) > 60 or line.endswith(("。", ";", ",")) or _TITLE.search(line):
        return None
    body = without_number(line)
    named = names_part(body) if len(line) > 30 else _BARE_HEADING.match(body) or names_part(body)
    return line if named else None


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def find_sections(text: str) -> list[Section]:
    """Sections covering ``text`` end to end, in order; offsets index ``text``.

    Part headings are numbered in the report's own style (``top_styles``: 一、 by
    default, 1. when the parts are so numbered). Text before the first part heading
    (title, opening summary) is ``other``. A
    numbered heading whose wording names no part is a topic heading: it belongs to
    achievements until a shortcomings or plan part has begun, then to that part.
    A report with no part headings at all is read as one achievements part.
    """
    heads: list[tuple[int, str, str]] = []
    previous: str | None = None
    lines = _lines(text)
    styles = top_styles([line for _, line in lines])
    itemlike = not styles <= _DEFAULT_TOP  # parts numbered 1. (1) 一是: as items are
    # parts without numbers while items carry 一、: only a part's own wording makes a
    # numbered line a part (一、压实法治建设第一责任人职责 is an item of the measures)
    items_numbered = styles == _DEFAULT_TOP and any(
        not numbering_style(line) and _heading_text(line, False) for _, line in lines
    )
    last_part = 0  # the highest number a part heading has named itself with
    last_top = 0  # the number of the last part or topic heading (parts numbered like items)
    item_since = False  # a line numbered like the parts read as an item since that heading
    for pos, line in lines:
        style = numbering_style(line)
        top = style in styles
        heading = _heading_text(line, top)
        if heading is None:
            item_since = item_since or (itemlike and top)  # an item with its paragraph
            continue
        kind = heading_kind(heading)
        part_named = names_part(heading)
        if items_numbered and style and not part_named:
            kind = None
        if top and (itemlike or (kind and style == "cn")):
            # part numbers rise, item numbers restart: item 1.…第一责任人职责 inside part 2.,
            # items 一、…七、 between parts 一、 and 二、
            number = _ordinal(line)
            restarted = 0 < number <= last_part
            # parts numbered like items (1.): only a part's own wording names one, or a
            # topic heading whose number goes on from the last heading's with no item
            # numbered so since (1.坚持高位推动… 2.坚持依法决策… 3.… 7.存在的问题)
            topic = not part_named and number == last_top + 1 and not item_since
            if itemlike and (restarted or not (part_named or topic)):
                item_since = True
                continue
            # under parts numbered like items, a line naming the part it stands in is one of
            # its items ((三)…第一责任人职责情况 … (五)…切实履行维护社会稳定第一责任…): it
            # raises no number, or the next part ((四)下一年度…安排) would seem to restart
            inner = itemlike and part_named and kind == previous
            if itemlike and not inner:
                last_top, item_since = number, False
            if part_named and not inner:
                last_part = max(number, last_part)
            elif restarted and not part_named:
                kind = None
        merged = previous in ("shortcomings", "plan") and kind in ("shortcomings", "plan")
        if style and not top and not merged:
            continue  # a numbered item names a part only inside a merged shortcomings/plan part
        if kind is None:
            if not top:
                continue
            kind = previous if previous in ("shortcomings", "plan", "other") else "achievements"
        heads.append((pos, kind, heading))
        previous = kind
    if not heads:
        return [Section("achievements", "", 0, len(text))] if text else []
    sections: list[Section] = []
    if heads[0][0] > 0:
        sections.append(Section("other", "", 0, heads[0][0]))
    for i, (pos, kind, line) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        sections.append(Section(kind, line, pos, end))
    return sections


def section_kinds(sections: list[Section], offsets: list[int]) -> list[str]:
    """The kind of the section holding each of ``offsets`` (ascending), in one pass over
    both: sections run in text order. 'other' where no section holds the offset."""
    kinds: list[str] = []
    i, n = 0, len(sections)
    for offset in offsets:
        while i < n and sections[i].end <= offset:
            i += 1
        kinds.append(sections[i].kind if i < n and sections[i].start <= offset else "other")
    return kinds


def completeness(sections: list[Section]) -> str:
    """Which of the four main parts a report has, e.g. 'achievements+leadership+plan'."""
    present = {s.kind for s in sections}
    return "+".join(k for k in MAIN_PARTS if k in present)


_SENTENCE_END = re.compile(r"[。!?;](?:[”’\"')]*)|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at 。!?; or a line break; blanks skipped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
