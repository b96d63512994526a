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


def write_pdf(path: Path, lines: list[str], text_layer: bool = True) -> Path:
    """A PDF using the Adobe CJK font STSong-Light (no font file needed), or a 'scan'."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    if not text_layer:
        pdf.rect(50, 50, 400, 600, fill=1)  # an image-like page with no text
        pdf.showPage()
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
