"""The text of a Word document as Word shows it, changes accepted.

python-docx reads a paragraph's direct runs only. Real documents hold text deeper: a
body or title inside a content control (w:sdt, cover pages and templates), runs inside
tracked insertions (w:ins), smart tags (Word marks Chinese dates and places with them:
2024年3月1日 was lost from 2024年3月1日召开常务会议), custom XML, simple fields, and text
boxes. Read that way, a sentence lost its figure or its date, and a report kept in a
content control read as empty. Deleted text (w:del, w:moveFrom) and hidden text
(w:vanish) are not shown by Word and are not read; a text box's own paragraphs follow
the paragraph that anchors it, each a line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from fazhi_bench.read.word_xml import NS, W, as_int, is_hidden, local_name, val

if TYPE_CHECKING:  # lxml itself is loaded by python-docx, only when a .docx is read
    from lxml import etree

Label = Callable[["etree._Element"], str]  # the number Word draws before a paragraph

# Subtrees Word does not show as the paragraph's own text: deletions, moved-away text,
# field instructions, the older rendering of an alternate-content pair (its text boxes
# too), footnote and comment marks' elements, the phonetic guide over ruby text.
_SKIPPED = frozenset({"del", "moveFrom", "instrText", "delText", "delInstrText", "Fallback",
                      "rPr", "pPr", "sdtPr", "sdtEndPr", "footnoteReference",
                      "endnoteReference", "commentReference", "rt"})  # fmt: skip


def paragraph_content(paragraph: etree._Element) -> tuple[str, list[etree._Element | str]]:
    """A paragraph's text in reading order, from every run however deeply it is nested,
    and what it anchors, read as lines of their own after it: its text boxes and the
    words of its WordArt (an old red header 某某县人民政府文件 is often one), each once."""
    out: list[str] = []
    anchored: list[etree._Element | str] = []

    def walk(element: etree._Element) -> None:
        for child in element:
            name = local_name(child)
            if name in _SKIPPED or (name == "r" and is_hidden(child)):
                continue
            if name == "t":
                out.append(child.text or "")
            elif name == "tab":
                out.append("\t")
            elif name in ("br", "cr"):
                kind = child.get(f"{{{W}}}type", "textWrapping")  # a page break ends no line
                out.append("\n" if kind == "textWrapping" else "")
            elif name == "noBreakHyphen":
                out.append("-")
            elif name == "txbxContent":
                anchored.append(child)
            elif name == "textpath" and child.get("string"):
                anchored.append(child.get("string", ""))
            else:
                walk(child)

    walk(paragraph)
    return "".join(out), anchored


def _through_wrappers(element: etree._Element, names: tuple[str, ...]) -> Iterator[etree._Element]:
    """Children named one of ``names``, also those inside content controls and custom XML
    (a body or title in a control, a template's repeating rows, a form's cells)."""
    for child in element:
        local = local_name(child)
        if local in names:
            yield child
        elif local == "sdt":
            content = child.find("w:sdtContent", NS)
            if content is not None:
                yield from _through_wrappers(content, names)
        elif local == "customXml":
            yield from _through_wrappers(child, names)


def table_lines(table: etree._Element, label: Label) -> list[str]:
    """A table row a line, its cells two spaces apart. A cell spanning columns is read
    once; a cell continuing a vertical merge repeats the text of the cell it continues
    (so each row reads whole: 行政复议  办结  10), read once, its numbers drawn once."""
    lines: list[str] = []
    above: dict[int, str] = {}  # grid column -> the text a vertical merge there continues
    for row in _through_wrappers(table, ("tr",)):
        column = as_int(val(row.find("w:trPr/w:gridBefore", NS)), 0)
        cells: list[str] = []
        for cell in _through_wrappers(row, ("tc",)):
            span = max(1, as_int(val(cell.find("w:tcPr/w:gridSpan", NS)), 1))
            merge = cell.find("w:tcPr/w:vMerge", NS)
            if merge is not None and val(merge, "continue") == "continue":
                text = above.get(column, "")
            else:
                text = "\n".join(block_lines(cell, label)).strip()
                above.update(dict.fromkeys(range(column, column + span), text))
            column += span
            if text:  # each cell once, so two cells of one value are both kept (受理 12 办结 12)
                cells.append(text)
        lines.append("  ".join(cells))
    return lines


def block_lines(container: etree._Element, label: Label) -> list[str]:
    """Lines of a body, cell or text box: a paragraph a line (with the number Word draws
    before it, and what it anchors after it), a table's rows."""
    lines: list[str] = []
    for child in _through_wrappers(container, ("p", "tbl")):
        if local_name(child) == "tbl":
            lines.extend(table_lines(child, label))
            continue
        number = label(child)
        text, anchored = paragraph_content(child)
        lines.append(number + text)
        for box in anchored:
            lines.extend([box] if isinstance(box, str) else block_lines(box, label))
    return lines
