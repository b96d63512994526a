"""Lines cut at a fixed width joined back into the report's paragraphs.

A PDF's text layer holds printed lines, not paragraphs: a report printed from Word is cut
every 28-40 characters at the right margin, and again at each page break, with a page
number between; text copied out of a PDF viewer, or saved by a converter, keeps those
cuts. Parts, numbered items, sentences and a figure's reach are read per paragraph, so a
line cut mid-sentence would split a sentence in two and a heading could be read inside a
paragraph (a report's scores moved by up to 80 points). The layout tells where a
paragraph goes on: a line that runs to the right margin continues on the next line,
unless that one opens a paragraph of its own: indented (reports indent every paragraph
by two characters), in another type size (a title), a numbered heading or item (二、
(三) 4. 第二部分; 一是 after a sentence's end), or a short line without a full stop after
one (an unnumbered heading). The caller says which lines close or open a paragraph
whatever their length (a whole statutory heading; a web page's furniture). Page numbers
and running headers and footers are dropped. Text copied without its indents (a viewer
copies Word's first-line indent as a place, not as spaces) has each paragraph's first
row two characters short of the edge: there a row within three and a half characters
of it goes on unless it ends a sentence. Text is unwrapped only when it shows the cut:
of ten or more lines of some length, half end at one right edge at most ``WIDEST``
characters out and hardly any (5 %) reach beyond it (a report with a paragraph on each
line has a seventh or so at its 90th percentile's edge, and a tenth beyond it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from statistics import median

# A page number on a line of its own: — 3 —, -3-, 3, 第3页, 第3页 共12页, 3/12
_PAGE_NUMBER = re.compile(
    r"\s*[-—–－~]*\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:(?:/|共)\s*\d{1,4}\s*页?)?\s*[-—–－~]*\s*"
)
# A numbered part or item opening a row (一、 (一) 1. 1、 第一部分): a heading or an item of
# its own, not a number that goes on from the row before (1.5倍, 1、2季度, 一、二季度).
# Stricter than sections.numbering_style, which reads lines already whole, and read on the
# row as printed (（一） and 1． not yet unified).
_HEADING_START = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、(?![一二三四五六七八九十百千万])|"  # not 一、二季度
    r"[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]+部分)"
)
# An item told in the run of a paragraph (一是 二是): its own paragraph only after a
# sentence's end (…统一是… is no item)
_ITEM_START = re.compile(r"\s*[一二三四五六七八九十]+是")
# A sentence's end closing a line: a full stop or colon, maybe inside a quotation's close
# (…。” ends a sentence, “即办件” does not)
_SENTENCE_END = re.compile(r"[。!?;:！？；：][”’」』)）]*\s*$")
_DIGITS = re.compile(r"\d+")  # a page's number in its running header or footer
Test = Callable[[str], bool]  # a test of a line's text (see ``paragraphs``)
_MIN_BODY = 8  # characters: shorter lines (headings, page numbers) tell nothing of the width
WIDEST = 120  # characters: the widest cut text is a line of a wide page in a small type
CUT_SHARE = 0.5  # of the lines of some length ending at the right edge: text that was cut


@dataclass(frozen=True)
class Line:
    """One printed line: where it begins and ends on the page (points), its type size;
    a table's row is a line of its own, never joined with another."""

    x0: float
    x1: float
    size: float
    text: str
    table_row: bool = False


def page_lines(page: object) -> list[Line]:
    """The printed lines of a pdfplumber page, top to bottom. A table ruled as Word prints
    one is read row by row, its cells two spaces apart (行政复议  96  52  7  22), as a Word
    document's table is: read as printed lines, its header cells stacked in rows of their
    own and a row's figures ran together (行政复议96 52 7 22)."""
    tables = page.find_tables()  # type: ignore[attr-defined]
    body = page
    for table in tables:
        body = body.outside_bbox(table.bbox)  # type: ignore[attr-defined]
    placed: list[tuple[float, Line]] = []
    for row in body.extract_text_lines():  # type: ignore[attr-defined]
        placed.append((row["top"], Line(row["x0"], row["x1"], _size(row["chars"]), row["text"])))
    for table in tables:
        x0, _, x1, _ = table.bbox
        size = _size(page.within_bbox(table.bbox).chars)  # type: ignore[attr-defined]
        for row, cells in zip(table.rows, _merged_cells_filled(table.extract()), strict=True):
            text = "  ".join(cell for cell in cells if cell)
            if text:
                placed.append((row.bbox[1], Line(x0, x1, size, text, table_row=True)))
    return [line for _, line in sorted(placed, key=lambda item: item[0])]


# A space the reader puts into a cell's Chinese where a justified cell spreads it out
# (纠 纷 类 型): Chinese has none, ASCII words and figures keep theirs
_CELL_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


def _cell_text(cell: str) -> str:
    """A table cell's text on one line, without the spacing of a spread-out cell."""
    return _CELL_SPACE.sub("", cell.replace("\n", "")).strip()


def _merged_cells_filled(rows: list[list[str | None]]) -> list[list[str]]:
    """A table's cells as text, a cell covered by a merge (None) as a Word document's
    table reads: a vertically merged cell repeats the cell above it, so that each row
    reads whole (主题宣传  “民法典宣传月”活动  38), a horizontally spanned one is nothing.
    A covered cell before any cell of its row is taken for a vertical merge, one after a
    cell of its row for that cell's span."""
    above: dict[int, str] = {}
    out: list[list[str]] = []
    for cells in rows:
        texts: list[str] = []
        own = False  # a cell of the row's own seen yet
        for column, cell in enumerate(cells):
            if cell is None:
                texts.append("" if own else above.get(column, ""))
            else:
                own = True
                texts.append(_cell_text(cell))
                above[column] = texts[-1]
        out.append(texts)
    return out


def _size(chars: list[dict]) -> float:
    """The type size most of these characters are printed in."""
    sizes = Counter(round(c["size"], 1) for c in chars if not c["text"].isspace())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def without_page_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Each page without what is printed over or under the text of every page: its number
    (— 3 —, 第3页, 3/12) and a running header or footer (a browser's date and page title,
    its address and 2/5: the same words on most pages, their numbers aside)."""
    pages = [_without_numbers(list(lines)) for lines in pages]
    for end in (0, -1):
        keys = Counter(_running_key(lines[end].text) for lines in pages if lines)
        running = {key for key, n in keys.items() if n >= 2 and 2 * n > len(pages)}
        for lines in pages:
            if lines and _running_key(lines[end].text) in running:
                lines.pop(end)
    return [_without_numbers(lines) for lines in pages]


def _running_key(text: str) -> str:
    """A running header's or footer's words, the page's number aside (… 2/5 and … 3/5)."""
    return _DIGITS.sub("#", text.strip())


def _without_numbers(lines: list[Line]) -> list[Line]:
    """A page's lines without the page number printed as its first or last line."""
    if lines and _PAGE_NUMBER.fullmatch(lines[-1].text):
        lines.pop()
    if lines and _PAGE_NUMBER.fullmatch(lines[0].text):
        lines.pop(0)
    return lines


@dataclass(frozen=True)
class _Layout:
    """The body text's geometry: left and right margin, character width, type size, and
    the number of characters of a full line when a program cut lines by count (0 if not)."""

    left: float
    right: float
    char: float
    size: float
    count: int
    indent_lost: bool = False  # text copied out of a PDF without its paragraphs' indents

    def runs_to_margin(self, line: Line) -> bool:
        # justified text ends at the margin, ragged text within a character of it (the
        # next did not fit); lines cut by count end where narrow digits leave them (but a
        # paragraph's last row, with its full stop, may hold as many characters); where
        # the indents were lost, a paragraph's first row ends two characters short (a
        # row that ends a sentence is taken to end its paragraph)
        text = line.text.strip()
        if line.size != self.size:
            return False
        if line.x1 >= self.right - 1.5 * self.char:
            return True
        open_row = not _SENTENCE_END.search(text)
        if 0 < self.count <= len(text) and open_row:
            return True
        return self.indent_lost and open_row and line.x1 >= self.right - 3.5 * self.char

    def breaks_before(self, line: Line, before: Line) -> bool:
        """Does ``line`` open a paragraph of its own, whatever the row ``before`` it?"""
        after_sentence = _SENTENCE_END.search(before.text) is not None
        return (
            line.size != self.size
            or line.x0 >= self.left + 0.9 * self.char  # indented (two spaces of ASCII too)
            or _HEADING_START.match(line.text) is not None
            or (after_sentence and _ITEM_START.match(line.text) is not None)
            # a short line with no sentence's end, after one: an unnumbered heading
            # (…报告如下。| 2025年法治政府建设主要举措和成效)
            or (after_sentence and not self.runs_to_margin(line)
                and not _SENTENCE_END.search(line.text))
        )  # fmt: skip


def _layout(lines: list[Line]) -> _Layout | None:
    """The geometry of the body text, from its lines of some length; None when there are
    too few to tell (then every line stays a paragraph, as in the PDF)."""
    body = [ln for ln in lines if len(ln.text.strip()) >= _MIN_BODY and not ln.table_row]
    if len(body) < 3:
        return None
    size = Counter(ln.size for ln in body).most_common(1)[0][0]
    body = [ln for ln in body if ln.size == size]
    # the margin, not the indent: where at least two rows begin, the leftmost (in a report
    # of short paragraphs indented rows may be the more)
    starts = Counter(round(ln.x0) for ln in body)
    left = min((x for x, n in starts.items() if n >= 2), default=min(starts))
    rights = sorted(ln.x1 for ln in body)
    right = rights[int(0.9 * (len(rights) - 1))]
    char = median((ln.x1 - ln.x0) / len(ln.text) for ln in body)
    count, times = Counter(len(ln.text.strip()) for ln in body).most_common(1)[0]
    by_count = times >= 0.3 * len(body)  # a third of the lines as long as each other
    return _Layout(float(left), right, char, size, count if by_count else 0)


def paragraphs(pages: list[list[Line]], closes: Test, opens: Test) -> list[str]:
    """A PDF's paragraphs from its pages' printed lines, across page breaks too; no line
    goes on after one that ``closes`` a paragraph, nor before one that ``opens`` one."""
    lines = [ln for page in without_page_furniture(pages) for ln in page if ln.text.strip()]
    layout = _layout(lines)
    return _joined(lines, layout, closes, opens) if layout else [ln.text.strip() for ln in lines]


def unwrapped(text: str, closes: Test, opens: Test) -> str:
    """``text`` (lines split at newlines) with the lines of paragraphs cut at a fixed width
    joined again, or as it is when it shows no such cut. A blank line ends a paragraph."""
    lines = text.split("\n")
    if len(lines) < 10:
        return text
    lengths = sorted(len(line) for line in lines)
    if lengths[int(0.9 * (len(lengths) - 1))] > 2 * WIDEST:  # paragraphs longer than a row
        return text
    furniture = _page_furniture(lines)  # page numbers, running headers: copied along
    # (left out, not blank: a page break ends no paragraph)
    rows: list[Line | None] = [
        _text_row(line) if line.strip() else None
        for i, line in enumerate(lines)
        if i not in furniture
    ]
    printed = [row for row in rows if row is not None]
    layout = _layout(printed)
    body = [row for row in printed if len(row.text) >= _MIN_BODY]
    if layout is None or len(body) < 10 or layout.right - layout.left > WIDEST:
        return text
    # cut text has no row wider than its edge (a closing mark aside); a paragraph on each
    # line has a tenth of them wider by definition, most by far
    if sum(row.x1 > layout.right + 2 * layout.char for row in body) > 0.05 * len(body):
        return text
    indented = sum(row.x0 >= layout.left + 0.9 * layout.char for row in printed)
    if indented < 0.02 * len(printed):  # no paragraph shows its indent
        layout = replace(layout, indent_lost=True)
    if sum(map(layout.runs_to_margin, body)) < CUT_SHARE * len(body):
        return text
    return "\n".join(_joined(rows, layout, closes, opens))


def _page_furniture(lines: list[str]) -> set[int]:
    """The lines of a text that were a PDF's page furniture: page numbers on a line of
    their own, and lines repeated three times or more, their numbers aside (a browser's
    date and title over each page, its address and 2/5 under it)."""
    keys = [_running_key(line) for line in lines]
    repeated = {k for k, n in Counter(keys).items() if n >= 3 and len(k) >= 4}
    return {
        i
        for i, (line, key) in enumerate(zip(lines, keys, strict=True))
        if line.strip() and (_PAGE_NUMBER.fullmatch(line.strip()) or key in repeated)
    }


def _text_row(line: str) -> Line:
    """A line of text placed as printed: a wide (Chinese, full-width) character one unit,
    a narrow one (ASCII, a space of an indent) half of one, a tab one."""
    text = line.strip()
    indent = line[: len(line) - len(line.lstrip())]
    x0 = _width(indent.replace("\t", "　"))
    return Line(x0, x0 + _width(text), 1.0, text)


def _width(text: str) -> float:
    return len(text) - len(text.encode("ascii", "ignore")) / 2


def _joined(lines: list[Line | None], layout: _Layout, closes: Test, opens: Test) -> list[str]:
    """Consecutive lines joined where the first runs to the right margin and the next
    opens no paragraph of its own; None (a blank line) ends a paragraph."""
    out: list[str] = []
    before: Line | None = None
    for line in lines:
        if line is None:
            before = None
            continue
        if (
            before is not None
            and not before.table_row
            and not line.table_row
            and layout.runs_to_margin(before)
            and not layout.breaks_before(line, before)
            and not closes(before.text)
            and not opens(line.text)
        ):
            words = before.text[-1:] + line.text.strip()[:1]  # two English words part
            glue = " " if words.isascii() and words.isalpha() else ""
            out[-1] = out[-1] + glue + line.text.strip()
        else:
            out.append(line.text.strip())
        before = line
    return out
