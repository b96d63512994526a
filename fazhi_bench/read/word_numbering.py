"""The numbers Word draws before automatically numbered paragraphs.

A heading typed as 一、 is text; one numbered with Word's or WPS's numbering button is
drawn from the document's numbering definitions and is not in the paragraph's text.
Read without them, a report numbered that way loses every part's and item's number:
its item headings read as sentences (科学制定执法计划。 earns credit as a deed) and its
parts lose the numbering that tells a part from an item. This module draws the labels as
Word does: a counter per list and level, deeper levels restarting when a level moves on,
a numbered instance restarting where the document says so, and the level's format and
text (``%1、``, ``(%2)``, ``%1.%2``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fazhi_bench.read.word_xml import NS, W, as_int, is_hidden, is_on, val

if TYPE_CHECKING:  # lxml itself is loaded by python-docx, only when a .docx is read
    from lxml import etree

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"


def chinese_counting(n: int, digits: str = _CN_DIGITS, ten: str = "十", legal: bool = False) -> str:
    """一 … 十, 十一, 二十三 … 九十九 (Word's chineseCounting); the legal form writes the
    one of ten (壹拾壹); larger numbers as digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else (ten if tens == 1 and not legal else digits[tens] + ten)
    return head + (digits[ones] if ones else "")


def _letters(n: int, alphabet: str) -> str:
    """a … z, aa … zz (Word repeats the letter past z)."""
    if n < 1:
        return str(n)
    return alphabet[(n - 1) % 26] * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):  # fmt: skip
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


def _circled(n: int) -> str:
    """① … ⑳, then ㉑ … ㊿ (two Unicode blocks), as Word and LibreOffice draw them."""
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return f"({n})"


def _full_width(n: int) -> str:
    """１２: digits of the full width."""
    return str(n).translate(_FULL_WIDTH)


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _digit_by_digit(n: int) -> str:
    """二〇二四: each digit as its numeral."""
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))


_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"

# Word's number formats (ST_NumberFormat) as reports use them; any other is drawn in digits.
FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": _full_width,
    "decimalFullWidth2": _full_width,
    "decimalHalfWidth": str,
    "decimalEnclosedCircle": _circled,
    "decimalEnclosedCircleChinese": _circled,
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "ideographDigital": _digit_by_digit,
    "taiwaneseDigital": _digit_by_digit,
    "japaneseDigitalTenThousand": _digit_by_digit,
    "taiwaneseCountingThousand": chinese_counting,  # LibreOffice writes 一、 so
    "ideographLegalTraditional": lambda n: chinese_counting(
        n, "零壹貳參肆伍陸柒捌玖", "拾", legal=True
    ),
    "ideographEnclosedCircle": lambda n: chr(0x3280 + n - 1) if 1 <= n <= 10 else f"({n})",
    "numberInDash": lambda n: f"- {n} -",
    "chineseLegalSimplified": lambda n: chinese_counting(n, _CN_LEGAL, "拾", legal=True),
    "ideographTraditional": lambda n: _STEMS[n - 1] if 1 <= n <= 10 else str(n),
    "ideographZodiac": lambda n: _BRANCHES[n - 1] if 1 <= n <= 12 else str(n),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": lambda n: _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "lowerLetter": lambda n: _letters(n, "abcdefghijklmnopqrstuvwxyz"),
    "bullet": lambda n: "",
    "none": lambda n: "",
}


@dataclass(frozen=True)
class Level:
    """One level of a list: where it starts, how its number is written, its label."""

    start: int
    fmt: str
    text: str
    legal: bool  # w:isLgl: every level's number in digits (1.2.3)
    restart: int | None  # w:lvlRestart: restart after this level (1-based); None = the one above
    suffix: str  # w:suff: what follows the label (tab, space, nothing)
    style: str | None  # w:pStyle: the paragraph style numbered at this level


def _level(lvl: etree._Element) -> Level:
    restart = lvl.find("w:lvlRestart", NS)
    return Level(
        start=as_int(val(lvl.find("w:start", NS)), 0),
        fmt=val(lvl.find("w:numFmt", NS), "decimal") or "decimal",
        text=val(lvl.find("w:lvlText", NS), "") or "",
        legal=is_on(lvl.find("w:isLgl", NS)),
        restart=None if restart is None else as_int(val(restart), 0),
        suffix=val(lvl.find("w:suff", NS), "tab") or "tab",
        style=val(lvl.find("w:pStyle", NS)),
    )


@dataclass
class WordNumbering:
    """Labels of a document's numbered paragraphs, drawn in reading order."""

    abstract_of: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> ilvl
    overrides: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl
    start_at: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> start
    # styleId -> numId and level (None: the level whose w:pStyle names the style)
    style_num: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId -> counts
    started: set[tuple[str, int]] = field(default_factory=set)  # (numId, ilvl) overrides used
    links: dict[str, str] = field(default_factory=dict)  # abstractNumId -> numbering style

    @classmethod
    def of(cls, numbering: etree._Element | None, styles: etree._Element | None) -> WordNumbering:
        """Read numbering.xml and styles.xml (either may be missing: then no labels)."""
        out = cls()
        if numbering is not None:
            for abstract in numbering.iterfind("w:abstractNum", NS):
                key = abstract.get(f"{{{W}}}abstractNumId", "")
                link = val(abstract.find("w:numStyleLink", NS))
                if link:
                    out.links[key] = link
                out.levels[key] = {
                    as_int(lvl.get(f"{{{W}}}ilvl"), 0): _level(lvl)
                    for lvl in abstract.iterfind("w:lvl", NS)
                }
            for num in numbering.iterfind("w:num", NS):
                num_id = num.get(f"{{{W}}}numId", "")
                out.abstract_of[num_id] = val(num.find("w:abstractNumId", NS), "") or ""
                for override in num.iterfind("w:lvlOverride", NS):
                    ilvl = as_int(override.get(f"{{{W}}}ilvl"), 0)
                    lvl = override.find("w:lvl", NS)
                    start = override.find("w:startOverride", NS)
                    if lvl is not None:
                        out.overrides.setdefault(num_id, {})[ilvl] = _level(lvl)
                    if start is not None:
                        out.start_at.setdefault(num_id, {})[ilvl] = as_int(val(start), 1)
        if styles is not None:
            out.style_num = _styles_numbering(styles)
        return out

    def label(self, paragraph: etree._Element) -> str:
        """The label Word draws before ``paragraph`` ('' when it is not numbered); each
        call moves the list's counter on, so call it once per paragraph, in order."""
        found = self._num_of(paragraph)
        if found is None:
            return ""
        num_id, ilvl, style = found
        abstract = self._abstract(num_id)
        if abstract is None:
            return ""
        levels = self.levels[abstract] | self.overrides.get(num_id, {})
        if ilvl is None:  # the level that numbers the paragraph's style
            ilvl = next((at for at, lv in sorted(levels.items()) if lv.style == style), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counts = self.counters.setdefault(abstract, {})
        # a restarted instance starts where it says, the first time and whenever the
        # level starts again under the one above
        start = self.start_at.get(num_id, {}).get(ilvl)
        if start is not None and (num_id, ilvl) not in self.started:
            self.started.add((num_id, ilvl))
            counts[ilvl] = start
        else:
            counts[ilvl] = counts.get(ilvl, (level.start if start is None else start) - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            after = levels[deeper].restart if deeper in levels else None
            if after is None or (after != 0 and ilvl <= after - 1):
                del counts[deeper]  # the next one starts again at its start
        return self._drawn(level, levels, counts)

    def _abstract(self, num_id: str) -> str | None:
        """The list definition a numbering instance draws from; a definition that only
        links to a numbering style (w:numStyleLink) is followed to the style's list."""
        abstract = self.abstract_of.get(num_id)
        link = self.links.get(abstract or "")
        if link and not self.levels.get(abstract or "") and link in self.style_num:
            abstract = self.abstract_of.get(self.style_num[link][0])
        return abstract if abstract in self.levels else None

    def _drawn(self, level: Level, levels: dict[int, Level], counts: dict[int, int]) -> str:
        text = level.text
        for at in range(9):
            mark = f"%{at + 1}"
            if mark not in text:
                continue
            shown = levels.get(at)
            count = counts.get(at, shown.start if shown else 1)
            fmt = "decimal" if level.legal or shown is None else shown.fmt
            text = text.replace(mark, FORMATS.get(fmt, str)(count))
        if level.fmt == "bullet" or not text:
            return ""
        # Word's tab after the label: nothing after a closing mark (一、 (一) 1.), a space
        # after a bare number or word (第一部分 主要成效)
        if level.suffix == "nothing":
            return text
        closed = text[-1] in "、.．)）:：]】"
        return text if level.suffix == "tab" and closed else text + " "

    def _num_of(self, paragraph: etree._Element) -> tuple[str, int | None, str] | None:
        """(numId, level, style) of a paragraph: its own numbering, else its style's;
        None when it has none, or when its mark is hidden or a tracked deletion (accepted,
        the paragraph joins the next and draws no number)."""
        ppr = paragraph.find("w:pPr", NS)
        if ppr is None or ppr.find("w:rPr/w:del", NS) is not None or is_hidden(ppr):
            return None
        num_pr = ppr.find("w:numPr", NS)
        style = val(ppr.find("w:pStyle", NS)) or ""
        from_style = self.style_num.get(style)
        if num_pr is None:
            return None if from_style is None else (*from_style, style)
        num_id = val(num_pr.find("w:numId", NS))
        ilvl_el = num_pr.find("w:ilvl", NS)
        if num_id is None and from_style is not None:
            num_id = from_style[0]
        if num_id is None or num_id == "0":
            return None  # numbering switched off for this paragraph
        if ilvl_el is not None:
            return num_id, as_int(val(ilvl_el), 0), style
        return num_id, from_style[1] if from_style else 0, style


def _styles_numbering(styles: etree._Element) -> dict[str, tuple[str, int | None]]:
    """styleId -> (numId, ilvl) for paragraph styles that number their paragraphs (标题 1
    linked to a list), following each style's basedOn chain."""
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    ids: list[str] = []
    for style in styles.iterfind("w:style", NS):
        sid = style.get(f"{{{W}}}styleId", "")
        ids.append(sid)
        parent = val(style.find("w:basedOn", NS))
        if parent:
            based[sid] = parent
        num_pr = style.find("w:pPr/w:numPr", NS)
        if num_pr is not None:
            ilvl = num_pr.find("w:ilvl", NS)
            own[sid] = (
                val(num_pr.find("w:numId", NS)),
                None if ilvl is None else as_int(val(ilvl), 0),
            )
    out: dict[str, tuple[str, int | None]] = {}
    for sid in ids:
        num_id: str | None = None
        ilvl: int | None = None
        seen: set[str] = set()
        at: str | None = sid
        while at and at not in seen and (num_id is None or ilvl is None):
            seen.add(at)
            mine = own.get(at, (None, None))
            num_id = num_id if num_id is not None else mine[0]
            ilvl = ilvl if ilvl is not None else mine[1]
            at = based.get(at)
        if num_id is not None and num_id != "0":
            out[sid] = (num_id, ilvl)
    return out
