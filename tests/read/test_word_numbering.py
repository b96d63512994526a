"""Word's automatic numbering: the labels Word draws before numbered paragraphs are read.

Offices number their reports with Word's or WPS's numbering button as often as by
typing: then 一、 (一) 1. (1) are not in the paragraphs' text. Read without them, every
item heading became a sentence (科学制定执法计划。 credited as a deed: three of 67 fixture
reports moved a dimension by 3.8-7.0 points) and the parts' numbering was lost.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from formats import write_numbered_docx
from helpers import FIXTURES
from lxml import etree

from fazhi_bench.evidence.sections import _ordinal
from fazhi_bench.read.clean import clean_text
from fazhi_bench.read.readers import read_docx, read_report
from fazhi_bench.read.word_numbering import WordNumbering, chinese_counting

ROOT = Path(__file__).resolve().parents[2]

OUTLINE: list[tuple[int | None, str]] = [
    (None, "某某县2024年法治政府建设情况报告"),
    (0, "主要举措和成效"),
    (1, "加强组织领导"),
    (2, "科学制定执法计划。按照分类分级监管原则编制检查计划。"),
    (2, "妥善办理信访和举报投诉。全年受理举报87件。"),
    (3, "细项"),
    (1, "推进依法决策"),
    (2, "再一项"),
    (0, "存在的不足和原因"),
    (2, "一项不足"),
    (0, "下一步工作打算"),
]


def test_labels_are_drawn_as_word_draws_them(tmp_path):
    """Each level counts on under the one above and starts again when that one moves on;
    a restarted list (Word's "restart numbering": a new instance of the same list with a
    start override) starts where it says; the next part goes on counting parts."""
    path = write_numbered_docx(tmp_path / "r.docx", OUTLINE, restarts={9: 5})
    assert read_docx("r.docx", path.read_bytes()).split("\n") == [
        "某某县2024年法治政府建设情况报告",
        "一、主要举措和成效",
        "(一)加强组织领导",
        "1.科学制定执法计划。按照分类分级监管原则编制检查计划。",
        "2.妥善办理信访和举报投诉。全年受理举报87件。",
        "(1)细项",
        "(二)推进依法决策",
        "1.再一项",
        "二、存在的不足和原因",
        "5.一项不足",
        "三、下一步工作打算",
    ]


def test_an_item_heading_numbered_by_word_earns_nothing(tmp_path):
    """Scored as a typed heading is: a topic name, not a deed."""
    typed = "\n".join(("一、主要举措和成效", "(一)加强组织领导", *(
        f"{n}.{text}" for n, text in ((1, OUTLINE[3][1]), (2, OUTLINE[4][1]))
    )))  # fmt: skip
    path = write_numbered_docx(tmp_path / "r.docx", OUTLINE[1:5])
    assert clean_text(read_docx("r.docx", path.read_bytes())).text == clean_text(typed).text


@pytest.mark.parametrize(
    ("n", "counted", "legal"),
    [(1, "一", "壹"), (9, "九", "玖"), (10, "十", "壹拾"), (11, "十一", "壹拾壹"),
     (20, "二十", "贰拾"), (23, "二十三", "贰拾叁"), (99, "九十九", "玖拾玖"), (100, "100", "100")],
)  # fmt: skip
def test_chinese_counting(n, counted, legal):
    assert chinese_counting(n) == counted
    assert chinese_counting(n, "零壹贰叁肆伍陆柒捌玖", "拾", legal=True) == legal


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = f"""<w:numbering {W}>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%3)"/><w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1部分"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>"""  # fmt: skip
STYLES = f"""<w:styles {W}>
  <w:style w:styleId="PartHeading"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
  <w:style w:styleId="MyPart"><w:basedOn w:val="PartHeading"/></w:style>
  <w:style w:styleId="Body"/>
</w:styles>"""


def _paragraph(num: str = "", style: str = "") -> etree._Element:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + num
    return etree.fromstring(f"<w:p {W}><w:pPr>{ppr}</w:pPr></w:p>")


def _num(num_id: str, ilvl: int | None = None) -> str:
    level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
    return f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'


def test_styles_bullets_switched_off_and_levels_that_never_restart():
    numbering = WordNumbering.of(etree.fromstring(NUMBERING), etree.fromstring(STYLES))
    labels = [
        numbering.label(p)
        for p in (
            _paragraph(_num("1", 0)),  # 一、
            _paragraph(_num("1", 1)),  # 1.1 (a legal-style label reads the level above)
            _paragraph(_num("1", 2)),  # (1)
            _paragraph(_num("1", 2)),  # (2)
            _paragraph(_num("1", 0)),  # 二、: level 1 starts again, level 2 never does
            _paragraph(_num("1", 1)),  # 2.1
            _paragraph(_num("1", 2)),  # (3)
            _paragraph(_num("2", 0)),  # a bullet: no label
            _paragraph(_num("0", 0), style="MyPart"),  # numbering switched off
            _paragraph(style="MyPart"),  # numbered by its style's base style
            _paragraph(style="PartHeading"),
            _paragraph(style="Body"),
            _paragraph(),
        )
    ]
    assert labels == ["一、", "1.1 ", "(1)", "(2)", "二、", "2.1 ", "(3)", "", "",
                      "第一部分 ", "第二部分 ", "", ""]  # fmt: skip


def test_a_document_without_numbering_definitions_reads_as_typed():
    numbering = WordNumbering.of(None, None)
    assert numbering.label(_paragraph(_num("1", 0))) == ""


MANY_FORMATS = (
    (0, "ideographZodiac", "%1、"),
    (1, "lowerLetter", "%2)"),
    (2, "decimalFullWidth", "%3."),
    (3, "decimalEnclosedCircle", "%4"),
    (4, "ideographTraditional", "%5、"),
    (5, "decimalZero", "%1.%6"),
    (6, "chineseLegalSimplified", "%7、"),
    (7, "upperRoman", "%8."),
    (8, "chineseCountingThousand", "第%9条"),
)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_labels_agree_with_libreoffice(tmp_path):
    """An independent renderer of Word's numbering draws the same labels: LibreOffice's
    text export of the same documents (counts past ten and twenty, letters past z, every
    format reports use; compared after unifying character widths, as cleaning does)."""
    outline = [(0, f"部分{i}") for i in range(14)]
    for level in range(1, 9):
        outline += [(level, f"项{level}-{j}") for j in range(30 if level in (1, 3, 8) else 12)]
    cjk = ((0, "taiwaneseCountingThousand", "%1、"), (1, "ideographLegalTraditional", "%2、"))
    documents = {
        "formats.docx": write_numbered_docx(tmp_path / "formats.docx", outline, MANY_FORMATS),
        "cjk.docx": write_numbered_docx(
            tmp_path / "cjk.docx",
            [(level, f"项{level}-{i}") for level in (0, 1) for i in range(23)],
            cjk,
        ),
        "outline.docx": write_numbered_docx(tmp_path / "outline.docx", OUTLINE, restarts={9: 5}),
    }
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir",
         str(tmp_path), *map(str, documents.values())],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip

    def lines(text: str) -> list[str]:
        text = unicodedata.normalize("NFKC", text.lstrip("\ufeff"))
        return [re.sub(r"\s+", "", line) for line in text.split("\n") if line.strip()]

    for name, path in documents.items():
        ours = lines(read_docx(name, path.read_bytes()))
        theirs = lines((tmp_path / name).with_suffix(".txt").read_text(encoding="utf-8"))
        assert ours == theirs, name


# ---- whole reports numbered by Word ---------------------------------------------------

# the four numberings of OFFICIAL_LIST, by level (what the list draws, so what the test
# can take out of a line and have drawn again)
_LEVELS = (
    re.compile(r"[一二三四五六七八九十]{1,3}、"),
    re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]"),
    re.compile(r"\d{1,2}[.．](?!\d)"),
    re.compile(r"[(（]\d{1,2}[)）]"),
)


def as_word_outline(text: str) -> tuple[list[tuple[int | None, str]], dict[int, int]]:
    """A report's lines as Word paragraphs, each typed number of the four official kinds
    taken out of the text into Word's numbering; where the report's count does not go on
    as Word's would (a level that does not restart, a skipped number), a restart at the
    report's own number."""
    paragraphs: list[tuple[int | None, str]] = []
    restarts: dict[int, int] = {}
    counts: dict[int, int] = {}
    for line in text.split("\n"):
        line = line.strip()
        for level, pattern in enumerate(_LEVELS):
            m = pattern.match(line)
            if m:
                value = _ordinal(line)  # the project's reader of any numbering
                if counts.get(level, 0) + 1 != value:
                    restarts[len(paragraphs)] = value
                counts = {k: v for k, v in counts.items() if k < level} | {level: value}
                paragraphs.append((level, line[m.end() :]))
                break
        else:
            paragraphs.append((None, line))
    return paragraphs, restarts


REPORTS = sorted([*(ROOT / "data" / "reports").glob("*.txt"),
                  *(FIXTURES / "fresh_reports").glob("*.txt")])  # fmt: skip


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_a_report_numbered_by_word_reads_as_its_typed_text(report, tmp_path):
    """Every sample and fresh report, its numbers moved into Word's numbering, cleans to
    the same text as typed: the same parts, evidence and scores."""
    typed = clean_text(read_report(report)[0]).text
    paragraphs, restarts = as_word_outline(typed)
    if all(level is None for level, _ in paragraphs):
        pytest.skip("the report numbers nothing in the four official ways")
    path = write_numbered_docx(tmp_path / "r.docx", paragraphs, restarts=restarts)
    assert clean_text(read_docx("r.docx", path.read_bytes())).text == typed


OVERRIDES = f"""<w:numbering {W}>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="H1"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="(%2)"/><w:pStyle w:val="H2"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographDigital"/><w:lvlText w:val="%1"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride>
    <w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride>
  </w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""  # fmt: skip
HEADING_STYLES = f"""<w:styles {W}>
  <w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"""


def test_overrides_levels_by_style_and_marks_word_hides():
    numbering = WordNumbering.of(etree.fromstring(OVERRIDES), etree.fromstring(HEADING_STYLES))
    deleted_mark = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>'
    paragraphs = [
        _paragraph(style="H1"),  # 一、 a style numbered without a level: the level naming it
        _paragraph(style="H2"),  # (一)
        _paragraph(style="H2"),  # (二)
        etree.fromstring(f"<w:p {W}>{deleted_mark}</w:p>"),  # a deleted mark: no number
        _paragraph(style="H1"),  # 二、
        _paragraph(_num("2", 0)),  # a restart that also redefines the level: 1.
        _paragraph(_num("2", 1)),  # (五): the restart's start
        _paragraph(_num("2", 1)),  # (六)
        _paragraph(_num("2", 0)),  # 2.
        _paragraph(_num("2", 1)),  # (五): started again under 2., at the restart's start
        *[_paragraph(_num("3", 0)) for _ in range(10)],  # 一 … 九, 一〇
    ]  # fmt: skip
    labels = [numbering.label(p) for p in paragraphs]
    assert labels[:10] == ["一、", "(一)", "(二)", "", "二、", "1.", "(五)", "(六)", "2.", "(五)"]
    assert labels[-2:] == ["九 ", "一〇 "]  # a bare number, then a space for the tab


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_an_old_doc_numbered_by_word_keeps_its_numbers(tmp_path):
    """An old .doc is read through LibreOffice, which writes Chinese counting as
    taiwaneseCountingThousand: its parts still read 一、 二、, its items (一) 1."""
    path = write_numbered_docx(tmp_path / "r.docx", OUTLINE)
    subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(tmp_path / "doc"),
                    str(path)], capture_output=True, timeout=300, check=True)  # fmt: skip
    typed = read_docx("r.docx", path.read_bytes())
    assert typed.startswith(
        "某某县2024年法治政府建设情况报告\n一、主要举措和成效\n(一)加强组织领导"
    )
    assert read_report(tmp_path / "doc" / "r.doc")[0] == typed
