"""Every format and encoding, every kind of web clutter, and their errors."""

from __future__ import annotations

import subprocess

import pytest
from formats import write_docx, write_html, write_mhtml, write_pdf
from helpers import FIXTURES, REPORTS, headless_chromium

from fazhi_bench.errors import UserError
from fazhi_bench.read.clean import clean_text, letter_spacing_closed, not_report_text
from fazhi_bench.read.corpus import load_corpus, load_document
from fazhi_bench.read.readers import read_html, read_report
from fazhi_bench.run.pipeline import run

LINES = [
    "东风街道2023年度法治政府建设情况报告",
    "2023年,东风街道坚持依法行政。",
    "一、主要举措和成效",
    "全年开展合法性审查15件,聘请法律顾问2名。",
    "二、存在的不足和原因",
    "执法力量薄弱。",
]
TEXT = "\n".join(LINES)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_text_encodings(tmp_path, encoding):
    path = tmp_path / "r.txt"
    path.write_bytes(TEXT.encode(encoding))
    raw, _ = read_report(path)
    assert raw.replace("\ufeff", "") == TEXT


def test_docx_with_table(tmp_path):
    path = write_docx(tmp_path / "r.docx", LINES, table=[["项目", "件数"], ["行政复议", "12"]])
    doc = load_document(path, "r.docx")
    assert (doc.unit, doc.year) == ("东风街道", 2023)
    # a row's cells as one line; the space between a label and its number is closed up
    # as it is for any Chinese beside a number (see clean.figures_closed_up)
    assert "项目 件数\n行政复议12\n" in doc.text and "聘请法律顾问2名" in doc.text


def test_pdf_text_layer(tmp_path):
    doc = load_document(write_pdf(tmp_path / "r.pdf", LINES), "r.pdf")
    assert (doc.unit, doc.year) == ("东风街道", 2023)
    assert "合法性审查15件" in doc.text


def test_scanned_pdf_is_a_clear_error(tmp_path):
    path = write_pdf(tmp_path / "scan.pdf", LINES, text_layer=False)
    with pytest.raises(UserError, match=r"scan.pdf: the PDF has no text layer"):
        read_report(path)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_html_keeps_body_drops_clutter(tmp_path, encoding):
    doc = load_document(write_html(tmp_path / "r.html", LINES, encoding), "r.html")
    assert doc.text == TEXT
    assert (doc.unit, doc.year) == ("东风街道", 2023)


def test_html_information_table_rows_stay_rows(tmp_path):
    """gov.cn pages put 索引号, 发布机构, 成文日期 and 发布日期 in a table, label and value in
    cells side by side: read cell by cell, each value was a line of the report's text and
    the publication date went unread."""
    page = (
        "<html><body><table><tr><td>索引号:</td><td>11500110MB/2024-00031</td>"
        "<td>主题分类:</td><td>司法</td></tr>"
        "<tr><td>发布机构:</td><td>某区政府办公室</td><td>成文日期:</td><td>2024-03-15</td></tr>"
        "<tr><td>发文字号:</td><td>某府[2024]9号</td><td>发布日期:</td><td>2024-03-22</td></tr>"
        "</table><div>" + "".join(f"<p>{line}</p>" for line in LINES) + "</div></body></html>"
    )
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    doc = load_document(path, "r.html")
    assert doc.published == "2024-03-22"  # published, not signed (成文日期)
    assert doc.text == TEXT  # the table is page furniture, not the report


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("fake.docx", b"this is not a zip", "not a readable Word .docx file"),
        ("broken.pdf", b"%PDF-1.4\n garbage", "not a readable PDF"),
        ("zip.txt", b"PK\x03\x04\x14\x00binary", "holds a .docx/zip data"),
        ("bin.txt", bytes(range(256)) * 4, "binary data"),
        ("blank.txt", b"  \n\t\n", "the report is empty"),
    ],
)
def test_bad_files_name_the_file(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError) as info:
        load_document(path, name)
    assert name in info.value.messages[0] and message in info.value.messages[0]


CLUTTER = [
    "首页 > 政府信息公开 > 法治政府建设",
    ">政府信息公开>工作信息>政府建设",
    "当前位置:首页>政务公开",
    "索引号 79954841-2/2024-117203",
    "组配分类 政府建设 发布机构 某某街道",
    "主题分类 政务公开 体裁分类 报告",
    "生成日期 2024-03-14 公开方式 主动公开",
    "发布时间: 2024-03-14 11:29 信息来源: 某某街道",
    "字号 大 中 小",
    "字号:[大][中][小]",
    "【打印本页】 【关闭窗口】",
    "【打印】【关闭】",
    "扫一扫在手机打开当前页",
    "主办单位:某某区人民政府办公室",
    "承办单位:某某区大数据中心",
    "网站标识码:1201160001",
    "津ICP备05004321号",
    "今天是2019年10月31日 星期四",
    "更新时间 2021/03/29",
    "|",
    # a page's labels spaced out to fill their cells, its navigation bar, its own name
    "索 引 号:003218734/202301-00005 信息分类:法治政府建设",
    "文 号: 关 键 词:法治政府建设 年度报告",
    "首页 信息公开指南 信息公开制度 法定主动公开内容 依申请公开",
    "潜岳县人民政府信息公开网",
    "云湖区人民政府 | 设为首页 | 加入收藏",
    "【来源:区市场监督管理局 时间:2024-01-30 09:41 点击数:612】",
    "发文字号: 某府[2024]9号 发布日期: 2024-03-22",
]


@pytest.mark.parametrize("line", CLUTTER)
def test_each_kind_of_clutter_is_dropped_and_report_lines_kept(line):
    cleaned = clean_text(f"{line}\n{TEXT}\n{line}")
    assert cleaned.text == TEXT
    assert line.strip() in cleaned.dropped or line.strip() == "|"


def test_report_lines_that_look_like_clutter_are_kept():
    lines = [
        "承办人大代表建议12件,按时办结率100%。",
        "关闭违法违规企业3家。",
        "来源于群众的诉求全部办结。",
        "【存在的问题】",  # a bracketed part heading is no print button
        "【下一步工作打算】",
        "首页设计获评优秀政府网站。",
    ]
    assert clean_text("\n".join(lines)).text == "\n".join(lines)


def test_a_line_that_is_clutter_once_its_figures_close_up_is_dropped_at_once():
    # 120 characters with the space between a figure and Chinese, 119 without: clutter
    # is judged on lines under 120 characters, so the spaced form passed and the closed
    # form, kept, was dropped when the cleaned text was cleaned again
    line = ">" + "0" * 112 + " 一 ̈1⁄4"
    assert len(line) == 120
    cleaned = clean_text(f"{TEXT}\n{line}")
    assert cleaned.text == TEXT
    assert clean_text(cleaned.text).text == cleaned.text


def test_radical_code_points_from_a_pdf_text_layer_read_as_their_characters():
    """A PDF's fonts often share a glyph between a character and its radical, and its
    text layer then gives the radical (⾏政执法, 部⻔): every character of a sample that
    has a Kangxi or a simplified supplement radical written as that radical cleans to
    the sample's own text."""
    import unicodedata

    as_radical = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}
    as_radical |= {"门": "⻔", "长": "⻓", "车": "⻋", "见": "⻅", "马": "⻢", "风": "⻛", "页": "⻚",
                   "鱼": "⻥", "龙": "⻰", "齐": "⻬", "黄": "⻩", "民": "⺠", "青": "⻘"}  # fmt: skip
    own = clean_text(read_report(sorted(REPORTS.glob("*.txt"))[0])[0]).text
    as_pdf = "".join(as_radical.get(ch, ch) for ch in own)
    assert sum(a != b for a, b in zip(own, as_pdf, strict=True)) > 100  # 一 人 行 门 … common
    assert clean_text(as_pdf).text == own


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("一、主要举措和成效\n全年开展合法性审查15件。", ""),  # short, but Chinese
        ("(cid:12)(cid:13)" * 4 + "某某县2024年法治政府建设情况报告\n" + "全年开展合法性审查15件。" * 30, ""),
        ("(cid:12)" * 10 + "一、主要举措和成效", "glyph numbers"),  # most of it glyphs
        ("Annual report on building a government under the rule of law, 2024.", "hardly Chinese"),
        ("ÉçÇø·¨ÖÎ½¨Éè2024Äê¹¤×÷×Ü½á" * 20, "hardly Chinese"),  # GBK read as Latin-1
        ("2024 " * 10 + "法治政府建设" * 3, ""),  # a fifth Chinese, figures aside
        ("ھۆكۈمەت قانۇن" * 300 + "法治政府建设情况报告" * 400, ""),  # bilingual, Uyghur first
        ("岑 岑 2023 岑岑岑 岑 岑\n" * 60, "a handful of characters"),  # one glyph for all
    ],
)  # fmt: skip
def test_text_that_cannot_be_a_report(text, reason):
    assert (not_report_text(text) == "") if not reason else (reason in not_report_text(text))


@pytest.mark.parametrize("report", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_letter_spaced_lines_read_as_written(report):
    """Every line of a sample printed letter-spaced (某 某 县 2 0 2 4 年 …, as a title is
    spread over a page or a PDF reader cuts justified rows) cleans to the sample's text."""
    own = clean_text(read_report(report)[0]).text
    spaced = "\n".join(line if " " in line else " ".join(line) for line in own.split("\n"))
    assert spaced.count(" ") > 1000
    assert clean_text(spaced).text == own


def test_lines_with_spaced_words_are_not_letter_spacing():
    lines = ["2024年 法治政府建设 工作总结 年度报告 政务公开 信息公开 法治宣传 依法行政",
             "行政复议  12件  行政诉讼  3件  调解  146件", "索 引 号:003218734 信息分类:法治政府建设",
             "法 治 政府", "发布日期: 2024-03-14"]  # fmt: skip
    assert [letter_spacing_closed(line) for line in lines] == lines
    assert letter_spacing_closed("目 录") == "目录"


def test_circled_item_numbers_keep_their_bracket():
    # NFKC makes ① a bare 1, glued to the item's words (①坚持… -> 1坚持…)
    assert clean_text("①坚持依法决策。②严格执法。").text == "(1)坚持依法决策。(2)严格执法。"


def test_html_ordered_lists_keep_the_numbers_a_browser_shows():
    """An <ol>'s numbers are drawn by the browser, not written in the page: read without
    them, item headings become sentences. From the list's start, in its type, an item's
    value going on from there; an unordered list's items get none."""
    page = ("<html><body><p>一、主要举措和成效</p><ol><li>加强组织领导。</li><li>规范执法。</li></ol>"
            '<ol start="3" type="a"><li>x</li><li value="7">y</li><li>z</li></ol>'
            "<ul><li>无编号</li></ul></body></html>")  # fmt: skip
    lines = [line for line in read_html("r.html", page.encode()).split("\n") if line.strip()]
    assert lines == ["一、主要举措和成效", "1. 加强组织领导。", "2. 规范执法。", "c. x", "g. y",
                     "h. z", "无编号"]  # fmt: skip


def test_html_list_markers_the_page_hides_or_the_item_writes_itself_are_not_added():
    page = ('<html><body><ol><li>一、总体情况</li><li>规范执法。<ol><li>子项</li></ol></li></ol>'
            '<ol style="list-style:none"><li>无标</li></ol>'
            '<ol><li style="list-style-type: none">x</li><li>(3)有号</li></ol></body></html>')  # fmt: skip
    lines = [line for line in read_html("r.html", page.encode()).split("\n") if line.strip()]
    assert lines == ["一、总体情况", "2. 规范执法。", "1. 子项", "无标", "x", "(3)有号"]


SAVED_PAGES = sorted((FIXTURES / "fresh_reports").glob("*.html"))


@pytest.mark.parametrize("page", SAVED_PAGES, ids=lambda p: p.name)
@pytest.mark.parametrize(
    ("charset", "transfer"), [("utf-8", "quoted-printable"), ("gb18030", "base64")]
)
def test_a_page_saved_as_one_file_reads_as_the_saved_page(page, charset, transfer, tmp_path):
    """.mhtml/.mht (a browser's 网页，单个文件; IE's and 360's 单一文件) holds the page as a
    MIME part: read as the page saved as .html, whatever its charset and transfer encoding."""
    html = page.read_text(encoding="utf-8")
    mhtml = write_mhtml(tmp_path / "r.mhtml", html, charset, transfer)
    assert read_report(mhtml)[0] == read_report(page)[0]


def test_a_browser_reads_the_one_file_page_as_the_reader_does(tmp_path):
    """Chromium opens the test's .mhtml as a page (so it is one a browser writes and
    reads): the page it shows reads as the .mhtml does."""
    mhtml = write_mhtml(tmp_path / "r.mhtml", SAVED_PAGES[0].read_text(encoding="utf-8"))
    cmd = [*headless_chromium(tmp_path / "profile"), "--dump-dom", mhtml.as_uri()]
    dom = subprocess.run(cmd, capture_output=True, timeout=180, check=False).stdout
    shown = read_html("dom.html", dom)
    assert "法治政府建设" in shown
    assert shown == read_report(mhtml)[0]


def test_html_source_line_breaks_are_no_breaks(tmp_path):
    """A browser shows a line break of the page's source as a space (none between Chinese
    characters): a table row stays one line, a paragraph wrapped in the source one
    paragraph."""
    page = (
        "<html><body><table><tr>\n  <td>发布机构:</td>\n  <td>某区市场监督管理局</td>\n"
        "  <td>发布日期:</td>\n  <td>&nbsp;2024-01-30</td>\n</tr></table>\n"
        "<div>" + "".join(f"<p>{line}</p>" for line in LINES[:-1])
        + f"<p>{LINES[-1][:3]}\n    {LINES[-1][3:]}</p></div></body></html>"
    )  # fmt: skip
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    doc = load_document(path, "r.html")
    assert doc.published == "2024-01-30"
    assert doc.text == TEXT


def test_full_and_half_width_unified():
    assert clean_text("（一）依法决策，成效：显著；").text == "(一)依法决策,成效:显著;"


def test_traditional_page_with_pinyin_residue():
    raw = "東風街道2023年度法治政府建設(jiàn shè)情況報告\n2023年,東風街道堅持依法行政。\n一、主要舉措和成效\n開展法治宣傳教育活動12場。"
    cleaned = clean_text(raw).text
    assert cleaned.startswith("东风街道2023年度法治政府建设情况报告")
    assert "(jiàn shè)" not in cleaned and "开展法治宣传教育活动12场" in cleaned


def test_site_watermark_glued_to_title():
    cleaned = clean_text("某某区人民政府门户网站 东风街道2023年度法治政府建设情况报告\n正文。").text
    assert cleaned.startswith("东风街道2023年度")


def test_same_report_in_four_formats_scores_alike(tmp_path):
    text = (REPORTS / "000_99c6fe48d1545a6e.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "r.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "c").mkdir()
    write_docx(tmp_path / "c" / "r.docx", lines)
    (tmp_path / "d").mkdir()
    write_html(tmp_path / "d" / "r.html", lines)
    from fazhi_bench.spec.catalogue import load_catalogue

    catalogue = load_catalogue()[0]
    rows = []
    for sub in "abcd":
        scores = run(load_corpus([tmp_path / sub]), catalogue).scores.iloc[0]
        rows.append(scores)
    for row in rows:
        assert (row["unit"], row["year"]) == ("塘沽街道", 2024)
        for col in ["decision", "enforcement", "openness", "disputes", "publicity", "index"]:
            assert abs(row[col] - rows[0][col]) <= 1.0, (col, row["file"])


def test_the_tail_of_page_furniture_cut_at_a_margin_is_furniture():
    """A PDF printed from a portal page: its 索引号 row cut at the margin leaves 政府建设 on a
    line of its own, which joined the title (unit 建设檀岭镇). A unit's name after the
    furniture (某某街道, above its title) stays."""
    raw = "索 引 号:003218734/202301-00005 信息分类:法治\n政府建设\n檀岭镇2022年法治政府建设工作报告\n正文。"
    cleaned = clean_text(raw)
    assert cleaned.text == "檀岭镇2022年法治政府建设工作报告\n正文。"
    assert "政府建设" in cleaned.dropped
    raw = "发布时间:2024-03-14 11:29 信息来源:某某街道办事处\n某某街道\n2023年度法治政府建设情况报告\n正文。"
    assert clean_text(raw).text.startswith("某某街道\n")
