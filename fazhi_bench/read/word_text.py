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

from lxml import etree  # python-docx's own XML library

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _ns(element: etree._Element) -> str:
    tag = element.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


# Subtrees Word does not show as the paragraph's own text: deletions, moved-away text,
# field instructions, the older renderings of an alternate-content pair, text boxes
# (read as lines of their own), footnote and comment marks' elements, the phonetic guide
# over ruby text.
_SKIPPED = frozenset({"del", "moveFrom", "instrText", "delText", "delInstrText", "Fallback",
                      "txbxContent", "rPr", "pPr", "sdtPr", "sdtEndPr", "footnoteReference",
                      "endnoteReference", "commentReference", "rt"})  # fmt: skip


def _hidden(run: etree._Element) -> bool:
    """A run formatted as hidden text (w:vanish, not switched off)."""
    vanish = run.find(f"{{{_W}}}rPr/{{{_W}}}vanish")
    return vanish is not None and vanish.get(f"{{{_W}}}val", "true") not in ("0", "false", "off")


def paragraph_text(paragraph: etree._Element) -> str:
    """A paragraph's text in reading order, from every run however deeply it is nested."""
    out: list[str] = []

    def walk(element: etree._Element) -> None:
        for child in element:
            name = _local(child)
            if name in _SKIPPED or name == "p":  # a nested paragraph is a text box's
                continue
            if name == "r" and _hidden(child):
                continue
            if name == "t":
                out.append(child.text or "")
            elif name == "tab":
                out.append("\t")
            elif name in ("br", "cr"):
                kind = child.get(f"{{{_W}}}type", "textWrapping")
                out.append("\n" if kind == "textWrapping" else "")
            elif name == "noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(paragraph)
    return "".join(out)


def text_boxes(paragraph: etree._Element) -> Iterator[etree._Element | str]:
    """The text boxes a paragraph anchors, and the words of its WordArt (an old red
    header 某某县人民政府文件 is often one): each once, as an alternate-content pair keeps a
    second copy in its fallback, which is skipped."""
    stack = list(paragraph)
    while stack:
        element = stack.pop(0)
        name = _local(element)
        if name == "Fallback" and _ns(element) == _MC:
            continue
        if name == "txbxContent":
            yield element
            continue
        if name == "textpath" and element.get("string"):
            yield element.get("string", "")
            continue
        stack[0:0] = list(element)


def _through_wrappers(element: etree._Element, name: str) -> Iterator[etree._Element]:
    """Children named ``name``, also those inside content controls and custom XML (a
    template's repeating rows, a form's cells)."""
    for child in element:
        local = _local(child)
        if local == name:
            yield child
        elif local == "sdt":
            content = child.find(f"{{{_W}}}sdtContent")
            if content is not None:
                yield from _through_wrappers(content, name)
        elif local == "customXml":
            yield from _through_wrappers(child, name)


def _grid(element: etree._Element | None, default: int) -> int:
    value = None if element is None else element.get(f"{{{_W}}}val")
    return int(value) if value is not None and value.isdigit() else default


def table_lines(table: etree._Element, label: Callable[[etree._Element], str]) -> list[str]:
    """A table row a line, its cells two spaces apart. A cell spanning columns is read
    once; a cell continuing a vertical merge repeats the text of the cell it continues
    (so each row reads whole: 行政复议  办结  10), read once, its numbers drawn once."""
    lines: list[str] = []
    above: dict[int, str] = {}  # grid column -> the text a vertical merge there continues
    for row in _through_wrappers(table, "tr"):
        column = _grid(row.find(f"{{{_W}}}trPr/{{{_W}}}gridBefore"), 0)
        cells: list[str] = []
        for cell in _through_wrappers(row, "tc"):
            span = max(1, _grid(cell.find(f"{{{_W}}}tcPr/{{{_W}}}gridSpan"), 1))
            merge = cell.find(f"{{{_W}}}tcPr/{{{_W}}}vMerge")
            if merge is not None and merge.get(f"{{{_W}}}val", "continue") == "continue":
                text = above.get(column, "")
            else:
                text = "\n".join(block_lines(cell, label)).strip()
                above.update(dict.fromkeys(range(column, column + span), text))
            column += span
            if text:  # each cell once, so two cells of one value are both kept (受理 12 办结 12)
                cells.append(text)
        lines.append("  ".join(cells))
    return lines


def block_lines(container: etree._Element, label: Callable[[etree._Element], str]) -> list[str]:
    """Lines of a body, cell, content control or text box: a paragraph a line (with the
    number Word draws before it), a table's rows; content controls and custom XML read
    through."""
    lines: list[str] = []
    for child in container:
        name = _local(child)
        if name == "p":
            lines.append(label(child) + paragraph_text(child))
            for box in text_boxes(child):
                lines.extend([box] if isinstance(box, str) else block_lines(box, label))
        elif name == "tbl":
            lines.extend(table_lines(child, label))
        elif name == "sdt":
            content = child.find(f"{{{_W}}}sdtContent")
            if content is not None:
                lines.extend(block_lines(content, label))
        elif name == "customXml":
            lines.extend(block_lines(child, label))
    return lines
