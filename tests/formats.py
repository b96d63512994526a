"""Build report fixtures in every supported format from plain text (for the tests)."""

from __future__ import annotations

import html
from pathlib import Path


def write_docx(path: Path, lines: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for i, line in enumerate(lines):
        document.add_paragraph(line)
        if table and i == 2:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = value
    document.save(path)
    return path


# The list a drafting office sets up in Word for a report: 一、 (一) 1. (1), each level
# restarting under the one above; (level, number format, label text)
OFFICIAL_LIST = (
    (0, "chineseCounting", "%1、"),
    (1, "chineseCounting", "(%2)"),
    (2, "decimal", "%3."),
    (3, "decimal", "(%4)"),
)


def _numbering_xml(levels: tuple[tuple[int, str, str], ...], abstract_id: int) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
        for ilvl, fmt, text in levels
    )
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


def write_numbered_docx(
    path: Path,
    paragraphs: list[tuple[int | None, str]],
    levels: tuple[tuple[int, str, str], ...] = OFFICIAL_LIST,
    restarts: dict[int, int] | None = None,
) -> Path:
    """A Word document whose numbers come from Word's numbering, not from the text:
    ``paragraphs`` are (list level or None, text without its number). ``restarts`` maps a
    paragraph's position to a number its level starts again at there (Word's "restart
    numbering": a new list instance with a start override)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract_id = 90
    numbering.insert(
        0, parse_xml(f"<w:root {nsdecls('w')}>{_numbering_xml(levels, abstract_id)}</w:root>")[0]
    )
    num_id = 90

    def add_num(override: str = "") -> int:
        nonlocal num_id
        num_id += 1
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{override}</w:num>"
        ))  # fmt: skip
        return num_id

    current = add_num()
    for i, (level, text) in enumerate(paragraphs):
        paragraph = document.add_paragraph(text)
        if level is None:
            continue
        if restarts and i in restarts:
            current = add_num(f'<w:lvlOverride w:ilvl="{level}">'
                              f'<w:startOverride w:val="{restarts[i]}"/></w:lvlOverride>')  # fmt: skip
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{current}"/></w:numPr>'
        ))  # fmt: skip
    document.save(path)
    return path


def write_pdf(path: Path, lines: list[str], text_layer: bool = True, layout: str = "plain") -> Path:
    """A PDF using the Adobe CJK font STSong-Light (no font file needed), or a 'scan'.
    Layouts: ``plain`` cuts every line after 38 characters, ragged, no indent, no page
    numbers (a PDF made by a program); ``official`` prints as a Word report does on A4
    (the 公文 format): 16 pt, 28 characters a line, justified, each paragraph indented by
    two characters, a title centred at 22 pt and a page number — N — under every page;
    ``ragged`` prints as a browser prints a web page: 12 pt lines filled to the width
    but not justified, no indent, no larger title, the date and title over every page,
    the address and n/m under it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    # the font has no U+00B7 (3·15 would print as 315); its U+30FB reads back as U+00B7
    lines = [line.replace("·", "・") for line in lines]
    if not text_layer:
        pdf.rect(50, 50, 400, 600, fill=1)  # an image-like page with no text
        pdf.showPage()
        pdf.save()
        return path
    if layout in ("official", "ragged"):
        _printed_pages(pdf, lines, pdfmetrics.stringWidth, official=layout == "official")
        pdf.save()
        return path
    y = 800
    for line in lines:
        for k in range(0, max(len(line), 1), 38):  # wrap long lines
            if y < 60:
                pdf.showPage()
                y = 800
            pdf.setFont("STSong-Light", 11)
            pdf.drawString(40, y, line[k : k + 38])
            y -= 16
    pdf.save()
    return path


_NO_ROW_START = set(",。、;:!?)”’》」』,.;:!?")  # Word's rule: no row opens with these


def _printed_pages(pdf, lines: list[str], width, official: bool = True) -> None:
    """Lines as paragraphs of a report printed from Word in the 公文 format, or (not
    ``official``) as a browser prints a web page: its date and title over every page, its
    address and n/m under it."""
    font, size, left, text_width, leading = "STSong-Light", 16, 79.0, 448.0, 28.0
    if not official:
        size, left, text_width, leading = 12, 60.0, 470.0, 18.0
    rows: list[tuple[float, str, float, int]] = []  # x, text, character spacing, type size
    heads = [k for k, line in enumerate(lines[:4]) if len(line) <= 40 and "报告" in line]
    if official and heads:  # the title, centred (what a web page put over it goes first)
        k = heads[0]
        title = min(22, int(text_width / len(lines[k])))  # smaller when long, to fit
        centred = left + (text_width - title * len(lines[k])) / 2
        rows += [(left, line, 0.0, size) for line in lines[:k]]
        rows += [(centred, lines[k], 0.0, title), (0, "", 0, 0)]
        lines = lines[k + 1 :]
    indent = 2 * size if official else 0
    for line in lines:
        cut, row = [], ""
        for char in line:  # fill each row to the text width, the first one after its indent
            full = width(row + char, font, size) > text_width - (indent if not cut else 0)
            if full and char not in _NO_ROW_START:  # a closing mark stays on its row
                cut.append(row)
                row = ""
            row += char
        cut.append(row)
        for k, row in enumerate(cut):
            x = left + (indent if k == 0 else 0)
            room = text_width - (x - left) - width(row, font, size)
            last = k == len(cut) - 1
            spacing = room / (len(row) - 1) if official and not last and len(row) > 1 else 0
            rows.append((x, row, spacing, size))  # justified: full rows end at the margin
    per_page = int((842 - 200) / leading)
    pages = [rows[k : k + per_page] for k in range(0, len(rows), per_page)]
    for n, page in enumerate(pages, 1):
        if official:
            pdf.setFont(font, 14)
            pdf.drawCentredString(left + text_width / 2, 50, f"— {n} —")
        else:
            pdf.setFont(font, 9)
            pdf.drawString(left, 815, "2025/1/23 16:08")
            pdf.drawRightString(left + text_width, 815, lines[0][:30])
            pdf.drawString(left, 25, "https://www.example.gov.cn/art/2025/1/23/art_31_1.html")
            pdf.drawRightString(left + text_width, 25, f"{n}/{len(pages)}")
        y = 842 - 100
        for x, row, spacing, row_size in page:
            if row:
                text = pdf.beginText(x, y)
                text.setFont(font, row_size)
                text.setCharSpace(spacing)
                text.textLine(row)
                pdf.drawText(text)
            y -= leading
        pdf.showPage()


def write_html(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    """A saved government web page: navigation, breadcrumb, script, share bar, footer."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = f"""<!DOCTYPE html><html><head><meta charset="{encoding}">
<title>政府门户网站</title><style>p {{ margin: 0 }}</style>
<script>var tracker = "首页 政务公开 法治政府";</script></head>
<body>
<div class="header">某某区人民政府门户网站</div>
<nav><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/fzzf">法治政府</a></nav>
<div class="breadcrumb">首页 &gt; 政府信息公开 &gt; 法治政府建设</div>
<div class="article"><div class="content">{body}</div>
<div class="share">分享到: 微信 微博</div></div>
<script>document.write("扫一扫在手机打开当前页");</script>
<footer><p>主办单位:某某区人民政府办公室 网站标识码:1201160001</p></footer>
</body></html>"""
    path.write_bytes(page.encode(encoding))
    return path


def write_mhtml(
    path: Path, page: str, charset: str = "utf-8", transfer: str = "quoted-printable"
) -> Path:
    """A web page saved as one file, as a browser writes it (CRLF lines): a
    multipart/related MIME message whose first part is the page, in ``charset`` and
    quoted-printable or base64, and whose next part is a picture."""
    import base64
    import quopri

    body = page.encode(charset)
    encoded = (
        quopri.encodestring(body) if transfer == "quoted-printable" else base64.encodebytes(body)
    )
    boundary = "----MultipartBoundary--q2Zl6Mb2Q0----"
    where = "http://www.example.gov.cn/zwgk/fzzfjs/t20250214_2316548.shtml"
    head = [
        "From: <Saved by Blink>", f"Snapshot-Content-Location: {where}",
        "Subject: =?utf-8?Q?=E6=B3=95=E6=B2=BB?=", "MIME-Version: 1.0",
        "Content-Type: multipart/related;", '\ttype="text/html";', f'\tboundary="{boundary}"', "", "",
        f"--{boundary}", f"Content-Type: text/html; charset={charset}",
        f"Content-Transfer-Encoding: {transfer}", f"Content-Location: {where}", "", "",
    ]  # fmt: skip
    picture = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    tail = [f"--{boundary}", "Content-Type: image/png", "Content-Transfer-Encoding: base64",
            "Content-Location: http://www.example.gov.cn/images/logo.png", "", ""]  # fmt: skip
    crlf = lambda lines: "\r\n".join(lines).encode("ascii")  # noqa: E731
    data = crlf(head) + encoded.replace(b"\n", b"\r\n") + b"\r\n" + crlf(tail)
    path.write_bytes(data + picture.replace(b"\n", b"\r\n") + f"--{boundary}--\r\n".encode())
    return path


_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
WORD_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    f'xmlns:r="{_OFFICE}"'
)


def write_raw_docx(
    path: Path, body: str, numbering: str | None = None, styles: str | None = None
) -> Path:
    """The smallest Word package around ``body`` (Word XML): only the parts given, as
    Word writes a document without lists (no numbering part) or without styles."""
    import zipfile

    types, relations = [], []
    parts = {"document": f"<w:document {WORD_NAMESPACES}><w:body>{body}</w:body></w:document>"}
    for name, root, xml in (("numbering", "numbering", numbering), ("styles", "styles", styles)):
        if xml is not None:
            parts[name] = f"<w:{root} {WORD_NAMESPACES}>{xml}</w:{root}>"
            types.append(
                f'<Override PartName="/word/{name}.xml" ContentType="{_WORD_TYPE}.{name}+xml"/>'
            )
            relations.append(
                f'<Relationship Id="r{name}" Type="{_OFFICE}/{name}" Target="{name}.xml"/>'
            )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", (
            f'<Types xmlns="{_PACKAGE}/content-types"><Default Extension="rels" '
            f'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override '
            f'PartName="/word/document.xml" ContentType="{_WORD_TYPE}.document.main+xml"/>'
            f"{''.join(types)}</Types>"
        ))  # fmt: skip
        package.writestr("_rels/.rels", (
            f'<Relationships xmlns="{_PACKAGE}/relationships"><Relationship Id="r1" '
            f'Type="{_OFFICE}/officeDocument" Target="word/document.xml"/></Relationships>'
        ))  # fmt: skip
        package.writestr("word/_rels/document.xml.rels",
                         f'<Relationships xmlns="{_PACKAGE}/relationships">{"".join(relations)}'
                         "</Relationships>")  # fmt: skip
        for name, xml in parts.items():
            package.writestr(f"word/{name}.xml", xml)
    return path
