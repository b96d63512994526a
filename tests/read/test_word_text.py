"""A Word document's text as Word shows it: runs nested in content controls, tracked
insertions, smart tags, fields, custom XML and text boxes are read; deleted and hidden
text is not. python-docx's paragraph text (direct runs only) lost all of these: a body in
a content control read as nothing, 2024年3月1日 in a smart tag vanished from its sentence."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from formats import write_raw_docx

from fazhi_bench.read.readers import read_docx

DATED = 'w:id="{}" w:author="审核人" w:date="2024-01-05T00:00:00Z"'

# (Word XML of one block of the body, the lines Word shows for it)
BLOCKS = [
    ("<w:p><w:r><w:t>一、主要举措和成效</w:t></w:r></w:p>", ["一、主要举措和成效"]),
    (  # a content control around paragraphs (cover pages, templates)
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>内容控件里的段落。</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>第二段。</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        ["内容控件里的段落。", "第二段。"],
    ),
    (  # a tracked insertion is shown
        f"<w:p><w:r><w:t>全年办理</w:t></w:r><w:ins {DATED.format(1)}><w:r><w:t>行政复议</w:t></w:r>"
        "</w:ins><w:r><w:t>案件12件。</w:t></w:r></w:p>",
        ["全年办理行政复议案件12件。"],
    ),
    (  # Word's smart tag on a Chinese date
        '<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
        "<w:r><w:t>2024年3月1日</w:t></w:r></w:smartTag><w:r><w:t>召开常务会议。</w:t></w:r></w:p>",
        ["2024年3月1日召开常务会议。"],
    ),
    (  # a field: its shown result, never its instruction
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        ' HYPERLINK "http://www.example.gov.cn" </w:instrText></w:r><w:r><w:fldChar '
        'w:fldCharType="separate"/></w:r><w:r><w:t>区政府门户网站</w:t></w:r><w:r><w:fldChar '
        'w:fldCharType="end"/></w:r><w:r><w:t>公开信息1320条。</w:t></w:r></w:p>',
        ["区政府门户网站公开信息1320条。"],
    ),
    (  # custom XML and a content control inside a paragraph, custom XML around one
        '<w:p><w:customXml w:element="x"><w:r><w:t>调解纠纷</w:t></w:r></w:customXml><w:sdt>'
        "<w:sdtPr/><w:sdtContent><w:r><w:t>63起。</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        '<w:customXml w:element="block"><w:p><w:r><w:t>举办讲座9场。</w:t></w:r></w:p></w:customXml>',
        ["调解纠纷63起。", "举办讲座9场。"],
    ),
]
# Shown by Word but not by LibreOffice's text export (its oracle is the test above)
WORD_ONLY = [
    (  # a deletion and a move away are not shown
        f"<w:p><w:r><w:t>受理</w:t></w:r><w:del {DATED.format(2)}><w:r><w:delText>行政诉讼</w:delText>"
        f"</w:r></w:del><w:moveFrom {DATED.format(3)}><w:r><w:t>挪走的字</w:t></w:r></w:moveFrom>"
        "<w:r><w:t>案件5件。</w:t></w:r></w:p>",
        ["受理案件5件。"],
    ),
    (  # hidden text is not shown; switched off, it is
        "<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>文字</w:t></w:r></w:p>',
        ["可见文字"],
    ),
    (  # a simple field keeps its last result (a page count LibreOffice recomputes)
        '<w:p><w:r><w:t>共</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>5</w:t></w:r>'
        "</w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>",
        ["共5页"],
    ),
    (  # a text box's paragraphs follow its anchor, once (not again from the fallback)
        '<w:p><w:r><w:t>锚定段落。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        "<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的标题</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
        "<w:txbxContent><w:p><w:r><w:t>文本框里的标题</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
        ["锚定段落。", "文本框里的标题"],
    ),
    (  # WordArt's words (an old red header), as a line after its anchor
        '<w:p><w:r><w:pict><v:shape><v:textpath string="岑川县人民政府文件"/></v:shape></w:pict>'
        "</w:r></w:p>",
        ["", "岑川县人民政府文件"],
    ),
    (  # a table nested in a cell is read inside its cell
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr>"
        "<w:tc><w:p><w:r><w:t>12件</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>",
        ["行政复议  12件"],
    ),
]


@pytest.mark.parametrize(("block", "lines"), BLOCKS + WORD_ONLY, ids=range(len(BLOCKS + WORD_ONLY)))
def test_each_kind_of_nested_text_is_read_as_word_shows_it(tmp_path, block, lines):
    path = write_raw_docx(tmp_path / "r.docx", block)
    assert read_docx("r.docx", path.read_bytes()).split("\n") == lines


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_nested_text_agrees_with_libreoffice(tmp_path):
    """An independent reader of Word documents shows the same lines."""
    path = write_raw_docx(tmp_path / "r.docx", "".join(block for block, _ in BLOCKS))
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                    "--outdir", str(tmp_path), str(path)],
                   capture_output=True, timeout=300, check=True)  # fmt: skip
    theirs = (tmp_path / "r.txt").read_text(encoding="utf-8").lstrip("\ufeff")
    ours = read_docx("r.docx", path.read_bytes())
    assert [re.sub(r"\s+", "", x) for x in ours.split("\n") if x.strip()] == [
        re.sub(r"\s+", "", x) for x in theirs.split("\n") if x.strip()
    ]
    assert ours.split("\n") == [line for _, lines in BLOCKS for line in lines]


def test_a_document_without_lists_or_styles_is_read(tmp_path):
    """Word writes no numbering part when no automatic list is used (and a converter may
    write no styles): such a package reads as its text."""
    path = write_raw_docx(tmp_path / "r.docx", "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>")
    assert read_docx("r.docx", path.read_bytes()) == "一、总体情况"


NUMBERED = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')  # fmt: skip


def _p(text: str, numbered: bool = False) -> str:
    number = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    return f"<w:p>{number if numbered else ''}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _tc(text: str, properties: str = "", numbered: bool = False) -> str:
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{_p(text, numbered)}</w:tc>"


def _sdt(xml: str) -> str:
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{xml}</w:sdtContent></w:sdt>"


SPAN, RESTART, CONTINUE = '<w:gridSpan w:val="2"/>', '<w:vMerge w:val="restart"/>', "<w:vMerge/>"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # a vertically merged cell's text stands in each row it spans, so a row reads whole
        (f"<w:tbl><w:tr>{_tc('行政复议', RESTART)}{_tc('受理')}{_tc('12件')}</w:tr>"
         f"<w:tr>{_tc('', CONTINUE)}{_tc('办结')}{_tc('10件')}</w:tr></w:tbl>",
         "行政复议  受理  12件\n行政复议  办结  10件"),
        # two cells of one value are two cells (办结 as many as received)
        (f"<w:tbl><w:tr>{_tc('乌兰嘎查')}{_tc('18')}{_tc('18')}</w:tr></w:tbl>", "乌兰嘎查  18  18"),
        # a numbered paragraph in a spanning or merged cell is drawn and counted once
        (f"<w:tbl><w:tr>{_tc('合并', SPAN, numbered=True)}</w:tr></w:tbl>{_p('下一项', True)}",
         "1.合并\n2.下一项"),
        (f"<w:tbl><w:tr>{_tc('上', RESTART, numbered=True)}{_tc('b')}</w:tr><w:tr>{_tc('', CONTINUE)}"
         f"{_tc('c')}</w:tr></w:tbl>{_p('下一项', True)}", "1.上  b\n1.上  c\n2.下一项"),
        # rows and cells inside content controls (a template's repeating section)
        (f"<w:tbl><w:tr>{_tc('a')}{_tc('b')}</w:tr>{_sdt(f'<w:tr>{_tc(chr(99))}{_sdt(_tc(chr(100)))}</w:tr>')}"
         "</w:tbl>", "a  b\nc  d"),
        # a merge continued with no cell above it (WPS writes such tables) is no crash
        (f"<w:tbl><w:tr>{_tc('a', CONTINUE)}{_tc('b')}</w:tr></w:tbl>", "b"),
        # the base of ruby text, not its phonetic guide
        ("<w:p><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhong</w:t></w:r></w:rt><w:rubyBase><w:r>"
         "<w:t>中</w:t></w:r></w:rubyBase></w:ruby></w:p>", "中"),
    ],
)  # fmt: skip
def test_tables_and_ruby(tmp_path, body, text):
    path = write_raw_docx(tmp_path / "r.docx", body, numbering=NUMBERED)
    assert read_docx("r.docx", path.read_bytes()) == text
