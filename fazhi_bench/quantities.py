"""Quantified claims: every number that counts something the unit did or has.

Evaluators value figures (受理矛盾纠纷1476起, 开展普法活动200余场次) over slogans, so
each claim is kept with its value, measure word and hedge. A claim needs a measure word
or a percent sign; years, dates, heading numbers and names that contain numbers
(八五普法, 三重一大, 12345热线, 一是) are not claims.

Value folds 万/亿/千 in and the unit is the bare measure word:
300余万元 -> value 3000000, unit 元, approx True.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# Longest first so that 人次 wins over 人 and 万元 is read as 万 + 元.
MEASURE_WORDS: tuple[str, ...] = (
    "人次", "场次", "件次", "户次", "批次", "余次", "个百分点", "百分点",
    "元", "件", "次", "场", "份", "名", "个", "家", "人", "起", "条", "项", "期", "篇", "批",
    "所", "户", "支", "处", "套", "部", "本", "册", "类", "宗", "座", "块", "张", "台", "辆",
    "轮", "组", "位", "例", "余人", "小时", "课时", "天", "个工作日", "分", "万册",
    "平方米", "公里", "亩", "吨", "单", "万条", "条次", "人员", "家次", "袋", "立方米", "立方",
    "成", "箱", "册次",
)  # fmt: skip
_MEASURE = "|".join(
    sorted({re.escape(m) for m in MEASURE_WORDS if m != "余人"}, key=lambda m: (-len(m), m))
)
_NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN_DIGITS}]+)"
PREFIXES = ("近", "约", "超过", "逾", "上")  # hedges written before the number
RANGE_MARKS = "-~至到"  # 3-5件, 一至两次

CLAIM = re.compile(
    rf"(?P<pre>{'|'.join(PREFIXES)})?"
    rf"(?P<num>{_NUMBER})"
    rf"(?P<range>\s*[{RANGE_MARKS}]\s*{_NUMBER})?"
    rf"(?P<hedge1>余|多)?"
    rf"(?P<mult>万|亿|千)?"
    rf"(?P<hedge>余|多)?"
    rf"(?:(?P<pct>%)|(?P<unit>{_MEASURE}))"
    rf"(?P<post>以上|左右|余|多)?"
)
_PERCENT_WORDS = re.compile(rf"百分之(?P<num>[{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)")


def each_led(starts: Iterable[str], rest: str) -> str:
    """One regex alternative per start: ``each_led("一二三", "年来")`` is 一年来|二年来|三年来.
    Written so, every alternative of a pattern begins with a literal and the regex engine
    skips straight to candidate characters instead of trying every position."""
    return "|".join(f"{start}{rest}" for start in starts)


CN_ONE_TO_TEN = "一二三四五六七八九十"  # the numerals of headings and item numbers
_ASCII_DIGITS = "0123456789"  # cleaned text has ASCII digits only (NFKC)
# Names and set phrases that contain a number but count nothing.
_NOT_CLAIMS = re.compile(
    "|".join(
        [
            each_led(CN_ONE_TO_TEN + "百", "五普法"),
            r"三重一大|三项制度|一岗双责|一支队伍|一网通办|一件事|一站式|"
            r"一次办|一次性|一对一|一窗|一门|一张网|一盘棋|一把手|一线|一体化|一公开|双随机|"
            r"三调联动|三所联动|三官一律|四下基层|两个|两法衔接|一村\(?社区\)?一",
            each_led(_ASCII_DIGITS, r"\d{2,}(?:热线|平台|专线)"),
            r"12345|12348|110(?:报警|指挥|接处警|联动)",
            each_led(_ASCII_DIGITS, r"\d{2}工作法"),
            each_led(CN_ONE_TO_TEN, f"[{CN_ONE_TO_TEN}]*项(?:制度|机制|清单)"),
            r"二十大|二十届|十九大|十九届",
            each_led("一二三四", "中全会"),
            rf"第[{CN_ONE_TO_TEN}\d]+",
            each_led(CN_ONE_TO_TEN, f"[{CN_ONE_TO_TEN}]*是"),
            rf"一级带一级|一年一|一月一|一季一|一周一|每[{CN_ONE_TO_TEN}]",
            each_led("一二三", "年来"),
            r"一批|一些|一起|"
            r"一系列|一步|一项项|一个个|一道|一份份|一张|一体|一流|一致|一定|一般|一律|一旦|一直|一同|"
            r"逐一|之一|统一|唯一|万一|一条龙|一公里|两人以上|二人以上|24小时|年一轮|查一次|一个入口|"
            r"一个出口|十四五|十三五|十五五|百姓|四个(?:意识|自信|全面)",
            each_led(_ASCII_DIGITS, r"\d*分钟"),
            each_led(_ASCII_DIGITS, r"\d*\s*个?工作日内"),
        ]
    )
)
_BARE = {"十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
_HEDGE_WORDS = {*PREFIXES, "余", "多", "以上", "左右"}  # before the number, then after it


class Quantity(NamedTuple):
    text: str
    value: float
    unit: str
    approx: bool
    start: int


@functools.lru_cache(maxsize=4096)
def parse_number(token: str) -> float | None:
    """Arabic (with thousands commas) or Chinese numerals to a float; None when not a number.
    Memoised: reports write the same few numerals (三, 十二, 两) over and over, and cn2an
    takes some 15 microseconds a call."""
    token = token.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    import cn2an  # imported on first use: a rerun from the cache never needs it

    try:
        return float(cn2an.cn2an(token, "strict"))
    except (ValueError, KeyError, IndexError, TypeError):
        try:
            return float(cn2an.cn2an(token, "smart"))
        except Exception:  # cn2an raises bare ValueError-like errors on odd input
            return None


# CLAIM behind a lookahead for the characters a claim begins with (a hedge or a numeral):
# the same matches as CLAIM, but the regex engine skips straight to those characters
# instead of trying CLAIM at every position of a report (several times faster).
_CLAIM_SCAN = re.compile(
    rf"(?=[{''.join(p[0] for p in PREFIXES)}0-9{CN_DIGITS}])(?:{CLAIM.pattern})"
)


def _blocked(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a name or set phrase that counts nothing?"""
    lo = max(0, start - 12)
    return any(
        b.start() < end and start < b.end() for b in _NOT_CLAIMS.finditer(text, lo, end + 12)
    )


def find_quantities(text: str) -> list[Quantity]:
    """All quantified claims in ``text`` with offsets into it."""
    out: list[Quantity] = []
    for m in _CLAIM_SCAN.finditer(text):
        num_start = m.start("num")
        if _blocked(text, num_start, m.end()):
            continue
        if num_start > 0 and text[num_start - 1] in "0123456789.":
            continue
        token = m.group("num")
        bare = token in ("十", "百", "千", "万", "亿")
        if (bare and not m.group("pre")) or token.startswith(("零", "〇")):
            continue
        value = _BARE.get(token) if bare else parse_number(token)
        if value is None:
            continue
        if m.group("mult"):
            value *= {"万": 1e4, "亿": 1e8, "千": 1e3}[m.group("mult")]
        unit = "%" if m.group("pct") else m.group("unit")
        if unit.startswith("余"):
            unit = unit[1:]
        if unit == "个百分点":
            unit = "百分点"
        approx = bool(
            {m.group("pre"), m.group("hedge1"), m.group("hedge"), m.group("post")} & _HEDGE_WORDS
            or m.group("range")
            or "余" in (m.group("unit") or "")
        )
        # 万元: the multiplier is folded in, so the unit is the bare measure word 元.
        out.append(Quantity(m.group(0), value, unit, approx, m.start()))
    for m in _PERCENT_WORDS.finditer(text):
        value = parse_number(m.group("num").replace("点", "."))
        if value is not None:
            out.append(Quantity(m.group(0), value, "%", False, m.start()))
    out.sort(key=lambda q: q.start)
    return out
