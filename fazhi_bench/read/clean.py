"""Turn a report's raw text into the cleaned text that every offset refers to.

Reports arrive pasted from government websites: breadcrumbs, 索引号 blocks, print
buttons and site footers surround the report, and punctuation mixes full and half
width. Cleaning unifies characters (NFKC: （一） and (一) become the same), drops site
clutter line by line, and keeps every line of the report itself. The dropped lines are
returned too, because the page header is where the publication date lives.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from fazhi_bench.evidence.quantities import CN_ONE_TO_TEN
from fazhi_bench.evidence.sections import numbering_style, without_number
from fazhi_bench.read.unwrap import unwrapped

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ARTEFACTS = re.compile(r"\[bookmark:[^\]]*\]|\[image:[^\]]*\]")
# Half a UTF-16 pair, as a broken PDF text layer may give: no text encodes it (the matcher
# hands the text to Rust as UTF-8), and it stands for no character.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Dashes and quotes that NFKC leaves alone but that reports use interchangeably.
_WIDE = tuple(
    (ch, unicodedata.normalize("NFKC", ch)) for ch in "，（）：；！？％　０１２３４５６７８９"
)
_PUNCT = {"―": "—", "－": "-", "〔": "[", "〕": "]", "﹝": "[", "﹞": "]", "「": "“", "」": "”"}

# Whole lines that belong to the website, not to the report: a line is clutter when one
# of these matches all of it. Most begin with a word or mark of their own, and a line
# that begins otherwise fails them at its first character.
_CLUTTER_LEADS = r"""
        首页|网站首页|政府信息公开|信息公开|当前位置.*|您的位置.*|您现在的位置.*
      | (?:首页)?\s*(?:>|›|»|>>).*                       # breadcrumb continuation
      | (?:索引号|组配分类|发布机构|生成日期|公开方式|公开范围|主题分类|体裁分类|文号|
           发文机关|发文字号|成文日期|发布日期|发布时间|信息来源|浏览次数|访问量|点击数|
           有效性|效力状况|公开时限|所属机构|信息分类|主题词|责任编辑|文章来源|更新时间|更新日期|
           发稿时间|录入时间|发表时间|浏览量|阅读次数|字体|分享)(?:\s*:|\s|$).*
      | 【?(?:来源|时间|日期|作者|编辑|关键词|阅读量)\s*:.*
      | (?:【?(?:打印本页|关闭窗口|返回顶部|我要纠错|打印此页)】?\s*)+
      | (?:【(?!(?:存在|下一|主要|其他|党政)|[^】]*(?:成效|问题|不足|打算|安排|计划|情况))[^】]{1,8}】\s*)+
      | 首页(?:\s+[^\s,。;:]{2,10}){2,}                  # a navigation bar
      | [^,。;:\s]{2,24}(?:门户网站|信息公开网|政府网站|政务网|官方网站)
      | 扫一扫在手机(?:上)?打开当前页.* | 扫一扫.{0,10}
      | (?:主办单位|承办单位|协办单位|技术支持|网站标识码|网站地图|联系我们|
           版权所有|政府网站标识码|ICP备案号|备案号)(?:\s*:|\s|$).*
      | 字号\s*[:]?\s*(?:\[?[大中小]\]?\s*)+.* | \[?大\]?\s*\[?中\]?\s*\[?小\]?
      | 今天是.{0,30} | 欢迎访问.{0,40}
      | [|\s·•>»-]*
"""
# These two may begin anywhere, and each needs one of ``_CLUTTER_MARKS`` in the line:
# a line without any is not tried (the regex would scan it twice, backing off). A
# property test checks the marks against the two patterns: edit them together.
_CLUTTER_ANYWHERE = r"""
        .*\S\s*(?:>|›|»|>>)\s*\S.*(?:>|›|»).*            # a > b > c
      | .*(?:ICP备|公网安备|网站标识码|设为首页|加入收藏).*
"""
_CLUTTER_MARKS = (">", "›", "»", "ICP备", "公网安备", "网站标识码", "设为首页", "加入收藏")
_CLUTTER_LEADING = re.compile(f"^(?:{_CLUTTER_LEADS})$", re.VERBOSE)
_CLUTTER_MARKED = re.compile(f"^(?:{_CLUTTER_ANYWHERE})$", re.VERBOSE)


# Characters that exist only in traditional script; a page full of them is converted.
_TRADITIONAL = frozenset(
    "這個們來說為國會對時學經發與開關見門問題將從實機體現點種區員動應報設務據產導權態構處條"
    "幹黨當選項層質進認識議證職責執覽辦劃廳縣鄉鎮級規範調節訴訟審眾決監傳訊統計預護聯網絡"
    "顯讓積極優環礙參觀遞歲衛齊"
)
_HAN_RANGE = "\u4e00-\u9fff"  # the CJK unified ideographs
_HAN = re.compile(f"[{_HAN_RANGE}]")
# Not right after the last character of a body's or a place's name (…司法局, …街道, …中心)
_NOT_AFTER_A_BODY = "(?<![局办所院委府镇乡县区市街道队站心会])"
_TRADITIONAL_CHAR = re.compile(f"[{''.join(sorted(_TRADITIONAL))}]")
# Pinyin glued after words on some mirror sites: 建設(shè) -> 建設.
_PINYIN = re.compile(
    r"\((?=[a-z\s]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]{1,20}\)"
)
# A site's name glued before the title: XX区人民政府门户网站XX街道2023年度…
_SITE_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{2,24}?(?:门户网站|政府网站|政府网|官方网站|网站|官网)\s*[-_|:]?\s*(?=\S)"
)


_SPACES = re.compile(r"[ \t]+")
_TRAILING_BARS = re.compile(r"\s*\|+$")


@dataclass(frozen=True)
class Cleaned:
    text: str
    dropped: tuple[str, ...]  # clutter lines, kept for metadata (publication date)


_CIRCLED = re.compile("[\u2460-\u2473]")  # ① … ⑳, items' numbers
# A PDF's text layer often gives a radical's code point for a character drawn with the
# same glyph (行 as ⾏, 门 as ⻔: the fonts share it). NFKC maps the Kangxi radicals back;
# the supplement's simplified and standalone forms have no mapping, so they are mapped
# here (the ones that are whole characters; bare components such as ⻈ stay).
_RADICAL_FORMS = re.compile("[\u2e80-\u2eff]")
_RADICALS = str.maketrans(
    "⺠⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰",
    "民西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄齐齿龙",
)


def normalise_chars(text: str) -> str:
    """NFKC plus the punctuation NFKC leaves apart; removes invisible characters."""
    # str.replace per character is much faster than str.translate on CJK text
    for ch in _INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    # The full-width forms every report uses are replaced first, so that a report with
    # nothing else to normalise skips the full NFKC pass (several times slower than the
    # rest of cleaning). The result is the same: NFKC maps each of them to that ASCII
    # character, and any other character still gets the full pass.
    for ch, repl in _WIDE:
        if ch in text:
            text = text.replace(ch, repl)
    if _RADICAL_FORMS.search(text):
        text = text.translate(_RADICALS)
    if _CIRCLED.search(text):  # NFKC would make ① a bare 1, glued to the item's words
        text = _CIRCLED.sub(lambda m: f"({ord(m.group()) - 0x245F})", text)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    for ch, repl in _PUNCT.items():
        if ch in text:
            text = text.replace(ch, repl)
    return text


_GLYPH_NUMBER = re.compile(r"\(cid:\d+\)")
OPENING = 3000  # characters: a report's opening is its title, preamble and first part


def not_report_text(text: str) -> str:
    """Why a cleaned ``text`` is no report's text ('' when it can be one). A PDF whose
    fonts map their glyphs to no characters gives glyph numbers, (cid:26576)…; a file
    decoded in the wrong encoding or a page that is no report gives almost no Chinese
    (under a fifth of the visible characters, in its opening and in all); a PDF whose
    fonts map every glyph to one character gives Chinese of a few characters (a report's
    first 200 hold over a hundred different ones, a sentence repeated over and over a dozen).
    Scored, any of them would rank a unit last with nothing said."""
    if "(cid:" in text:
        glyphs = len(_GLYPH_NUMBER.findall(text))
        if glyphs >= 10 and glyphs * 10 >= len(_HAN.findall(text)):
            return (f"{glyphs} of its characters are glyph numbers such as (cid:…), not "
                    "text: the PDF's fonts do not say which characters they draw")  # fmt: skip
    opening = text[:OPENING]
    seen = _HAN.findall(opening)
    if len(seen) >= 200 and len(set(seen)) < 8:
        return (f"its Chinese repeats a handful of characters ({len(set(seen))} different in "
                f"its first {len(seen)}): a PDF whose fonts map their glyphs wrongly")  # fmt: skip
    # the opening decides at once for almost every file; the whole text is counted only
    # when the opening is hardly Chinese (a bilingual report may open in Uyghur or Tibetan)
    if 5 * len(seen) >= _visible(opening):
        return ""
    han, shown = len(_HAN.findall(text)), _visible(text)
    return (
        ""
        if 5 * han >= shown
        else f"its text is hardly Chinese ({han} Chinese characters of {shown})"
    )


def _visible(text: str) -> int:
    """Characters that print: all but spaces and line breaks."""
    return len(text) - text.count(" ") - text.count("\n")


def is_traditional(text: str) -> bool:
    """True when a noticeable share of the Han characters are traditional-only forms."""
    sample = text[:4000]
    if not _TRADITIONAL_CHAR.search(sample):  # the usual case, in one pass
        return False
    han = len(_HAN.findall(sample))
    trad = len(_TRADITIONAL_CHAR.findall(sample))
    return han > 0 and trad >= 3 and trad / han > 0.01


def to_simplified(text: str) -> str:
    """Convert a traditional-script page to simplified (OpenCC t2s) so patterns match."""
    import opencc

    return opencc.OpenCC("t2s").convert(text)


def strip_site_prefix(line: str) -> str:
    """Drop a website name glued before the report title."""
    if re.search(r"20\d{2}", line) and ("报告" in line or "情况" in line):
        return _SITE_PREFIX.sub("", line, count=1)
    return line


# A label set with spaces between its characters to fill its cell (索 引 号, 文  号, 有 效 性)
_SPACED_LABEL = re.compile(rf"^(?:[{_HAN_RANGE}] +){{1,3}}(?=[{_HAN_RANGE}]\s*:)")


def is_clutter(line: str) -> bool:
    """True when ``line`` is website furniture rather than report text."""
    if len(line) >= 120:
        return False
    if _CLUTTER_LEADING.match(line):
        return True
    spaced = _SPACED_LABEL.match(line)  # tried only where a label is spaced out
    if spaced and _CLUTTER_LEADING.match(spaced.group().replace(" ", "") + line[spaced.end() :]):
        return True
    return any(mark in line for mark in _CLUTTER_MARKS) and bool(_CLUTTER_MARKED.match(line))


# The last words of a long line of page furniture cut at a printed page's margin (索 引 号:
# …信息分类:法治 / 政府建设): a few characters, no clause, no unit's name, before the report's
# own lines begin.
_FURNITURE_TAIL = re.compile(rf"[{_HAN_RANGE}]{{1,6}}{_NOT_AFTER_A_BODY}")


def is_furniture_tail(line: str, furniture: str, kept: int) -> bool:
    """Is ``line`` the rest of the page furniture line before it, cut at the margin?"""
    return kept < 3 and len(furniture) >= 20 and bool(_FURNITURE_TAIL.fullmatch(line))


def closes_paragraph(line: str) -> bool:
    """A line, as it comes from a file, that no line after it continues, however far it
    runs: a whole statutory heading, or a web page's furniture (发布时间:… 【字体:大 中 小】
    must not swallow the title after it; the last words of a breadcrumb cut at the
    margin stay a line of their own)."""
    line = normalise_chars(line.strip())
    return _is_whole_heading(line) or is_clutter(line)


def opens_paragraph(line: str) -> bool:
    """A line, as it comes from a file, that continues no line before it: a whole
    statutory heading, or a web page's furniture with no clause of a sentence in it (a
    report's row may open with 时间:… and go on: 时间:2024年6月底前全部整改到位,目前…)."""
    line = normalise_chars(line.strip())
    return _is_whole_heading(line) or (is_clutter(line) and not re.search("[,。;]", line))


def _is_whole_heading(line: str) -> bool:
    """Is the (unified) line a statutory part's heading and nothing more, numbered or not
    (二、存在的问题和不足, 街道党政主要负责人履行推进法治建设第一责任人职责情况)?"""
    return _STATUTORY_LINE.fullmatch(without_number(line)) is not None


def without_lone_surrogates(text: str) -> str:
    """``text`` with each half of a UTF-16 pair as U+FFFD. Tried by encoding first: that
    is twice as fast as the regex's scan, and almost every text has none."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text


def single_spaced(text: str) -> str:
    """Runs of spaces and tabs as one space. Most texts have neither a tab nor two spaces
    in a row, and then nothing changes: two substring checks instead of the regex's scan
    (5 instead of 75 us a report)."""
    return _SPACES.sub(" ", text) if "\t" in text or "  " in text else text


# A space a web page's typography puts between Chinese and a number (清单 2364 项, 到 2024
# 年底, 100 %): Chinese has no such space, and a figure split from its measure word is
# no figure. (Tabs are spaces by now: ``single_spaced`` runs first.)
_SPACED_FIGURE = re.compile(rf"(?<=[{_HAN_RANGE}]) (?=\d)|(?<=\d) (?=[{_HAN_RANGE}%])")


def figures_closed_up(text: str) -> str:
    """Numbers joined to the Chinese words around them (清单 2364 项 -> 清单2364项)."""
    return _SPACED_FIGURE.sub("", text) if " " in text else text


# A line printed letter-spaced (法 治 政 府 建 设: a title spread over the page, or a PDF's
# justified row read with a space at every wide gap): Chinese puts no space between its
# characters, and spaced out no term of the catalogue, unit or year is found. A line is
# letter-spaced when four times as many of its Chinese characters stand a space apart
# from the next as stand next to it; all its spaces are then letter-spacing.
_HAN_GAP = re.compile(rf"[{_HAN_RANGE}] (?=[{_HAN_RANGE}])")
_HAN_PAIR = re.compile(rf"[{_HAN_RANGE}](?=[{_HAN_RANGE}])")


def letter_spacing_closed(line: str) -> str:
    """``line`` without the spaces of letter-spacing (法 治 政 府 -> 法治政府); any
    other line as it is (a navigation bar's words or a table row's cells stay apart)."""
    if " " not in line:
        return line
    gaps = len(_HAN_GAP.findall(line))
    if gaps and gaps >= 4 * len(_HAN_PAIR.findall(line)):
        return line.replace(" ", "")
    return line


LONG_LINE = 1000  # characters: a page whose line breaks were lost, not a paragraph
# A numbered heading inside a long line: after a sentence's end (。二、存在的不足…) or
# right after a short part heading it is glued to (主要举措和成效(一)…, …成效1.压实…,
# …原因1)…, 【主要举措及成效】(一)…); a bracketed heading (。【存在的问题】…) is cut before.
_INLINE_HEADING = re.compile(
    rf"(?<=[。;!?:])\s*(?=[{CN_ONE_TO_TEN}]{{1,3}}、|第[{CN_ONE_TO_TEN}]{{1,3}}部分|\([{CN_ONE_TO_TEN}]{{1,3}}\)|"
    r"\d{1,2}[.、](?!\d(?!\d{3}年))|\(?\d{1,2}\)|【)"
    rf"|(?:(?<=成效|情况|原因|不足|问题|安排|打算|计划|思路)|(?<=】))"
    rf"(?=\([{CN_ONE_TO_TEN}]{{1,3}}\)|\(?\d{{1,2}}[.、)](?!\d))"
    # a paragraph's indent kept where its line break was lost (…交通政务服务  (1)依托…), or
    # an item 1) (1) (一) glued to its heading (…民主决策1)严格执行…: a figure has no bracket
    # after it, and a sentence lists items after a colon)
    rf"|(?<=[{_HAN_RANGE}])\s+(?=\(\d{{1,2}}\)|\([{CN_ONE_TO_TEN}]{{1,3}}\)|"
    rf"[{CN_ONE_TO_TEN}]{{1,3}}、|\d{{1,2}}[.、](?!\d))"
    rf"|(?<=[{_HAN_RANGE}])(?=\(?\d{{1,2}}\)|\([{CN_ONE_TO_TEN}]{{1,3}}\))"
)


# An unnumbered part heading inside a long line, glued between a sentence's end and its
# part's first words (…工作取得新成效。存在的问题和不足一年来,…; 【存在的问题】…): only the statutory
# phrasings, each whole (a year or a unit may open it), so that no sentence of a report's
# body is cut as one (none of the fixture's 90,962 sentences is: tests/evidence/test_sections.py).
_PLAIN = r"[^。;!?:,、()“”【】\s]"
_PLAIN_NO_VERB = r"[^。;!?:,、()“”【】\s应将把要须对纳列]"
_STATUTORY_HEADING = (
    rf"(?:\d{{4}}年度?)?{_PLAIN}{{0,20}}?(?:主要)?举措(?:和|及|与)(?:主要)?成效|"
    rf"(?:\d{{4}}年度?{_PLAIN}{{0,12}}?)?(?:存在的(?:主要)?(?:问题|不足)(?:和|与|及)?(?:不足|原因|问题)?|"
    r"(?:问题|不足)(?:和|与|及)(?:原因|不足|问题))|"
    rf"(?:\d{{4}}年度?)?(?:{_PLAIN_NO_VERB}|、){{0,14}}?(?:(?:党政|党委|政府)?主要负责人)?履行(?:推进)?"
    r"法治(?:政府)?建设第一责任人职责(?:,?加强法治政府建设)?(?:的)?(?:有关)?情况|"
    rf"(?:\d{{4}}年度?|下一年度?|下一步|明年){_PLAIN}{{0,20}}?(?:工作(?:打算|安排|计划|思路|要点)|主要安排|主要打算)|"
    r"其他需要报告的(?:事项|情况)"
)
UNNUMBERED_INLINE_HEADING = re.compile(
    rf"(?<=[。;!?:])\s*(【(?:{_STATUTORY_HEADING})】|(?:{_STATUTORY_HEADING})(?=[^。;!?:,、的地得之了和与及等]))"
)
_STATUTORY_LINE = re.compile(_STATUTORY_HEADING)  # the whole of a line (see _is_whole_heading)


def curly_quotes(line: str) -> str:
    """Straight quotes typed in pairs ("八五"普法) as the Chinese marks “ ” every rule reads
    (quoted names, quoted rules). Same length, so offsets are unchanged; a line with an
    odd number of them is left as it is (which mark opens is unknown)."""
    count = line.count('"')
    if not count or count % 2:
        return line
    parts = line.split('"')
    return "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1])) + parts[-1]


# Where a paragraph begins right after the item heading it lost its line break to, within
# the heading's first 40 characters ((三)推进综合执法,提升执法水平2024年,县上…; (八)…治理
# 我镇认真办理…; (六)持续推进法治宣传教育深入实施…): a time, the unit speaking of itself,
# 一是, or a manner and verb opening a clause. Only after a character of the heading's own
# words, never after a body's or a place's name ((二)县司法局全年… is a subject, not a heading).
_PARAGRAPH_AFTER_HEADING = re.compile(
    rf"(?<=[{_HAN_RANGE}]){_NOT_AFTER_A_BODY}"
    r"(?=20\d{2}年(?!度?(?:工作|法治|重点))|全年|今年|一年来|年内|本年度|一是|"
    r"我(?:镇|乡|县|区|局|街道|市)|(?:深入|认真|严格|持续|全面|扎实|积极|切实|大力|不断)"
    r"(?:实施|落实|推进|开展|执行|贯彻))"
)


# A space after a heading's own words where the paragraph's line break was lost ((四)深化政务
# 公开 全年通过…): not right after its number (第一部分 2024年…举措和成效 is one heading).
_KEPT_INDENT = re.compile(rf"(?<=[{_HAN_RANGE}]{{4}})\s+(?=[{_HAN_RANGE}“《])")


def _heading_split_off(piece: str) -> list[str]:
    """A numbered item's heading and its paragraph as two pieces where the paragraph's
    start shows (see ``_PARAGRAPH_AFTER_HEADING``); other pieces whole."""
    style = numbering_style(piece)
    if not style or style == "cnis":
        return [piece]
    m = _PARAGRAPH_AFTER_HEADING.search(piece, 0, 40) or _KEPT_INDENT.search(piece, 0, 40)
    if not m or m.start() < 6:
        return [piece]
    heading = piece[: m.start()].rstrip()
    # a heading holds two phrases at most (推进综合执法,提升执法水平): past a second comma
    # or a sentence's end, the words are the paragraph's own
    if heading.count(",") > 1 or re.search("[。;:!?]", heading):
        return [piece]
    return [heading, piece[m.end() :] if m.re is _KEPT_INDENT else piece[m.start() :]]


def broken_at_headings(line: str) -> list[str]:
    """A page pasted as one long line, cut before its numbered headings so that parts,
    headings and paragraphs are found as in the page's original layout, and after an
    item heading where its paragraph visibly begins. Lines of ordinary length are left
    whole (an inline list (一)…(二)… is not a heading)."""
    if len(line) < LONG_LINE:
        return [line]
    pieces = [
        part
        for piece in UNNUMBERED_INLINE_HEADING.split(line)  # the heading kept, as its own piece
        for cut in _INLINE_HEADING.split(piece)
        for part in _heading_split_off(cut.strip())
    ]
    return [p for p in pieces if p]


def clean_text(raw: str) -> Cleaned:
    """Clean a report; the result's ``text`` is what all offsets index."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    # rows measured as printed, before full-width marks become narrow ASCII ones; a Word
    # bookmark before a heading would hide its number
    text = unwrapped(_ARTEFACTS.sub("", text), closes_paragraph, opens_paragraph)
    text = normalise_chars(without_lone_surrogates(text))
    if is_traditional(text):
        text = to_simplified(text)
    text = single_spaced(_PINYIN.sub("", text))
    kept: list[str] = []
    dropped: list[str] = []
    furniture = ""  # the line before, when it was page furniture
    for line in text.split("\n"):
        line = letter_spacing_closed(line.strip())
        if line.endswith("|"):  # a table border left by the web page
            line = _TRAILING_BARS.sub("", line).strip()
        if not line:
            continue
        line = curly_quotes(line)
        # page labels (发布日期 2024-03-14) are told by their spaces, so both forms are
        # tried: a line kept must not be clutter once closed up either, or cleaning the
        # cleaned text would drop it (a line of 120 characters is 119 without its space)
        closed = figures_closed_up(line)
        if (
            is_clutter(line)
            or (closed != line and is_clutter(closed))
            or (furniture and is_furniture_tail(line, furniture, len(kept)))
        ):
            dropped.append(line)
            furniture = line
        else:
            furniture = ""
            for piece in broken_at_headings(closed):
                piece = strip_site_prefix(piece) if len(kept) < 12 else piece
                # a piece of a long line, or a title after its site's name, may be
                # letter-spaced where the whole line was not
                kept.append(letter_spacing_closed(piece))
    return Cleaned("\n".join(kept), tuple(dropped))
