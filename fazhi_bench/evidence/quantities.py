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

from fazhi_bench.spec.regexsafety import by_first_character, longest_of

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_PLACE = {"十": 10, "百": 100, "千": 1000}  # places within a group of four digits
_CN_GROUP = {"万": 10**4, "亿": 10**8}
CN_DIGITS = "".join([*_CN_DIGIT, *_CN_PLACE, *_CN_GROUP])  # 零〇一二两三四五六七八九十百千万亿
_BARE = {ch: float(v) for ch, v in {**_CN_PLACE, **_CN_GROUP}.items()}  # 上百件: 100
_MULTIPLIER = {ch: _BARE[ch] for ch in "千万亿"}  # written after a number: 3万, 1.2亿
# The longest at a place is read: 人次 wins over 人, and 万元 is read as 万 + 元.
MEASURE_WORDS: tuple[str, ...] = (
    "人次", "场次", "件次", "户次", "批次", "余次", "个百分点", "百分点",
    "元", "件", "次", "场", "份", "名", "个", "家", "人", "起", "条", "项", "期", "篇", "批",
    "所", "户", "支", "处", "套", "部", "本", "册", "类", "宗", "座", "块", "张", "台", "辆",
    "轮", "组", "位", "例", "余人", "小时", "课时", "天", "个工作日", "分", "万册",
    "平方米", "公里", "亩", "吨", "单", "万条", "条次", "人员", "家次", "袋", "立方米", "立方",
    "成", "箱", "册次", "栋", "堂", "节", "笔", "头", "只", "棵", "株", "间", "幅", "枚", "艘",
    "艘次", "车次", "架次", "公顷", "平方公里", "千米", "米", "卷", "分钟", "学时",
    "对", "辆次", "面", "段", "门", "讲", "页", "首",
)  # fmt: skip


# one regex for "any measure word", shared with the credit rules that look for a count
MEASURE = longest_of(m for m in MEASURE_WORDS if m != "余人")
# 点 makes a Chinese decimal only before a multiplier or a percent (三点五亿元, 一点五万人次,
# 三点二个百分点); elsewhere it is a clock time (下午三点两次巡查: two patrols, not 3.2).
_MULT = "".join(_MULTIPLIER)
# Bounded runs (no count has more than 12 digits): a page of a million digits costs
# linear time instead of trying every run to its end from every position.
_NUMBER = (rf"(?:\d{{1,12}}(?:,\d{{3}}){{0,4}}(?:\.\d{{1,6}})?|[{CN_DIGITS}]{{1,12}}"
           rf"(?:点[{''.join(_CN_DIGIT)}]{{1,6}}(?=[{_MULT}%]|个?百分点))?)")  # fmt: skip
PREFIXES = ("近", "约", "超过", "逾", "上")  # hedges written before the number
RANGE_MARKS = "-~至到"  # 3-5件, 一至两次

CLAIM = re.compile(
    rf"(?P<pre>{'|'.join(PREFIXES)})?"
    rf"(?P<num>{_NUMBER})"
    rf"(?P<range>\s*[{RANGE_MARKS}]\s*{_NUMBER})?"
    rf"(?P<hedge1>余|多)?"
    rf"(?P<mult>[{_MULT}])?"
    rf"(?P<hedge>余|多)?"
    rf"(?:(?P<pct>%)|(?P<unit>{MEASURE}))(?!性)"  # 一次性告知: a kind, not one occasion
    rf"(?P<post>以上|左右|余|多)?"
)
_PERCENT_WORDS = re.compile(rf"百分之(?P<num>[{CN_DIGITS}]{{1,12}}(?:点[{CN_DIGITS}]{{1,6}})?)")


def each_led(starts: Iterable[str], rest: str) -> str:
    """One regex alternative per start: ``each_led("一二三", "年来")`` is 一年来|二年来|三年来.
    Written so, every alternative of a pattern begins with a literal and the regex engine
    skips straight to candidate characters instead of trying every position."""
    return "|".join(f"{start}{rest}" for start in starts)


CN_ONE_TO_TEN = "一二三四五六七八九十"  # the numerals of headings and item numbers
_ASCII_DIGITS = "0123456789"  # cleaned text has ASCII digits only (NFKC)
# Names and set phrases that contain a number but count nothing.
_NOT_CLAIMS = re.compile(
    by_first_character(
        "|".join(
            [
                each_led(CN_ONE_TO_TEN + "百", "五普法"),
                r"三重一大|三项制度|一岗双责|一支队伍|一网通办|一件事|一站式|"
                r"一次办|一次性|一对一|一窗|一门|一张网|一盘棋|一把手|一线|一体化|一公开|双随机|"
                r"三调联动|三所联动|三官一律|四下基层|两个|两法衔接|两条线(?!索|路)|一村\(?社区\)?一",
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
                r"一个出口|十四五|十三五|十五五|百姓|四个(?:意识|自信|全面)|三门峡",
                # named methods: 三段式调解, 四讲四评, 两讲两做
                each_led(CN_ONE_TO_TEN + "两", "段式"),
                each_led(CN_ONE_TO_TEN + "两", "位一体"),
                each_led(CN_ONE_TO_TEN + "两", f"讲[{CN_ONE_TO_TEN}两]"),
                # a named radius (15分钟矛盾调解圈, 15分钟公共法律服务圈), not a time taken
                each_led(_ASCII_DIGITS, r"\d*分钟(?=[^,。;]{0,6}圈)"),
                each_led(_ASCII_DIGITS, r"\d*\s*个?工作日内"),
            ]
        )
    )
)
_HEDGE_WORDS = {*PREFIXES, "余", "多", "以上", "左右"}  # before the number, then after it


class Quantity(NamedTuple):
    text: str
    value: float
    unit: str
    approx: bool
    start: int


MAX_NUMERAL = 20  # characters; 9,999,999,999,999 takes 17 with its commas


@functools.lru_cache(maxsize=4096)
def parse_number(token: str) -> float | None:
    """Arabic (with thousands commas) or Chinese numerals to a float; None when not a
    number. Memoised: reports write the same few numerals (三, 十二, 两) over and over.
    A run of more than 20 characters (a line of 一 in a scanned table) counts nothing."""
    token = token.replace(",", "")
    if len(token) > MAX_NUMERAL:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    whole, point, fraction = token.partition("点")
    value = _cn_integer(whole)
    if value is None:
        return None
    if not point:
        return float(value)
    digits = _cn_digits(fraction)
    return None if digits is None else float(f"{value}.{digits}")


def _cn_digits(text: str) -> str | None:
    """Numerals without place words read digit by digit (二〇二四 -> '2024')."""
    if not text or any(ch not in _CN_DIGIT for ch in text):
        return None
    return "".join(str(_CN_DIGIT[ch]) for ch in text)


def _cn_integer(text: str) -> int | None:
    """A whole number written in Chinese numerals, None when malformed (二三百, 百二, 万).

    一千零二 1002; 三十五万 350000; 一亿二千万 120000000; 十二 12 (十 may open a group);
    a last digit right after a place word counts in the next lower place, as people
    abbreviate: 二百五 250, 两万五 25000; digits alone are read one by one: 二〇二四 2024.
    """
    digits = _cn_digits(text)
    if digits is not None:
        return int(digits)
    total = group = 0  # finished 万/亿 groups; the current group of four digits
    digit: int | None = None  # a digit waiting for its place word
    place = 0  # the last place word's value (10**4 / 10**8 after a group word)
    place_in_group = 10**4  # places in a group must fall: 千 before 百 before 十
    zero = False  # 零 read since that place word: a following digit is plain units
    for ch in text:
        if ch in _CN_DIGIT:
            if digit:  # two digits in a row
                return None
            digit, zero = _CN_DIGIT[ch], zero or _CN_DIGIT[ch] == 0
        elif ch in _CN_PLACE:
            unit = _CN_PLACE[ch]
            if digit == 0 and ch == "十":  # 一千零十: the ten after 零 is one ten
                digit = 1
            if unit >= place_in_group or digit == 0 or (digit is None and (ch != "十" or group)):
                return None
            group += (1 if digit is None else digit) * unit
            digit, place, place_in_group, zero = None, unit, unit, False
        elif ch in _CN_GROUP:
            unit = _CN_GROUP[ch]
            value = group + (digit or 0)
            if unit == 10**4:
                if not value or place == unit:
                    return None
                total += value * unit
            else:
                if not (value or total):
                    return None
                total = (total + value) * unit
            group, digit, place, place_in_group, zero = 0, None, unit, 10**4, False
        else:
            return None
    if digit:
        total += digit * (place // 10 if place and not zero else 1)
    return total + group


# CLAIM behind a lookahead for the characters a claim begins with (a hedge or a numeral):
# the same matches as CLAIM, but the regex engine skips straight to those characters
# instead of trying CLAIM at every position of a report (several times faster).
_CLAIM_SCAN = re.compile(
    rf"(?=[{''.join(p[0] for p in PREFIXES)}0-9{CN_DIGITS}])(?:{CLAIM.pattern})"
)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a short quoted name (“三位一体”, “最多跑一次”)?"""
    opening = text.rfind("“", max(0, start - 15), start)
    if opening < 0 or "”" in text[opening:start]:
        return False
    closing = text.find("”", end, end + 15)
    return closing >= 0 and "“" not in text[end:closing]


def _blocked(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a name or set phrase that counts nothing?"""
    if _in_short_quote(text, start, end):
        return True
    lo = max(0, start - 12)
    return any(
        b.start() < end and start < b.end() for b in _NOT_CLAIMS.finditer(text, lo, end + 12)
    )


_RUN_CHARACTERS = frozenset("0123456789." + CN_DIGITS)  # a claim never starts mid-number


def find_quantities(text: str) -> list[Quantity]:
    """All quantified claims in ``text`` with offsets into it."""
    out: list[Quantity] = []
    for m in _CLAIM_SCAN.finditer(text):
        num_start = m.start("num")
        if _blocked(text, num_start, m.end()):
            continue
        if num_start > 0 and text[num_start - 1] in _RUN_CHARACTERS:  # inside a longer run
            continue
        token = m.group("num")
        bare = token in _BARE
        leading_zero = token.startswith(("零", "〇")) and not token.startswith(("零点", "〇点"))
        if (bare and not m.group("pre")) or leading_zero:
            continue
        value = _BARE.get(token) if bare else parse_number(token)
        if value is None:
            continue
        if m.group("mult"):
            value *= _MULTIPLIER[m.group("mult")]
        elif (span := m.group("range")) and span[-1] in _MULTIPLIER and token[-1] != span[-1]:
            value *= _MULTIPLIER[span[-1]]  # 三至五万元: the 万 of the range is the start's too
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
        value = parse_number(m.group("num"))
        if value is not None:
            out.append(Quantity(m.group(0), value, "%", False, m.start()))
    out.sort(key=lambda q: q.start)
    return out
