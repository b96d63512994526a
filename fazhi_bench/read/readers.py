"""Read a report file of any supported format into raw text.

One reader per suffix, registered in ``READERS``. Each raises :class:`UserError` with
the file's name and what to do when the file cannot be read, never a traceback.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from charset_normalizer import from_bytes

from fazhi_bench.errors import UserError, problem
from fazhi_bench.evidence.sections import numbering_style
from fazhi_bench.read.clean import closes_paragraph, opens_paragraph
from fazhi_bench.read.unwrap import page_lines, paragraphs
from fazhi_bench.read.word_numbering import FORMATS, WordNumbering
from fazhi_bench.read.word_text import block_lines
from fazhi_bench.read.word_xml import as_int

if TYPE_CHECKING:
    from bs4 import Tag
    from lxml import etree


def file_sha256(path: Path) -> str:
    """The sha256 of a file's bytes: how inputs are identified in caches and run.json.
    Read by chunks: a large kept table is never held whole."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


Reader = Callable[[str, bytes], str]  # (the file as named to the user, its bytes)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(name: str, data: bytes) -> str:
    """Decode report bytes: BOM first, then strict UTF-8, then GB18030, then a detector.

    Chinese government text is UTF-8 or GB18030 (a superset of GBK and GB2312) in
    practice; trying those strictly first avoids a detector's guess on short files.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise UserError(
            problem(name, "not readable as text in any known encoding",
                    "save it as UTF-8 or GB18030 text, or give the original .docx/.pdf")
        )  # fmt: skip
    return str(best)


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return b"\x00" in sample or controls > len(sample) * 0.05


def read_txt(name: str, data: bytes) -> str:
    if data.startswith((b"PK\x03\x04", b"%PDF")) or _looks_binary(data):
        kind = (
            "a .docx/zip"
            if data.startswith(b"PK")
            else "a PDF"
            if data.startswith(b"%PDF")
            else "binary"
        )
        raise UserError(
            problem(name, f"this .txt file holds {kind} data, not text",
                    "give it the right extension or export the report as text")
        )  # fmt: skip
    return decode_text(name, data)


MAX_PART_BYTES = 64 * 2**20  # one part of a .docx, unpacked (a long report's is ~1 MB)
MAX_UNPACKED_BYTES = 256 * 2**20  # all parts together


def check_unpacked_size(name: str, data: bytes) -> None:
    """Refuse a zip whose parts would unpack beyond the caps, from its directory alone,
    before anything is inflated (a 4 MB "zip bomb" can hold 4 GiB)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sizes = [info.file_size for info in archive.infolist()]
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip at all: the reader says so
    if max(sizes, default=0) > MAX_PART_BYTES or sum(sizes) > MAX_UNPACKED_BYTES:
        raise UserError(problem(
            name, f"the .docx unpacks to {sum(sizes) / 2**20:,.0f} MB (the limit is "
            f"{MAX_UNPACKED_BYTES // 2**20} MB, {MAX_PART_BYTES // 2**20} MB per part)",
            "is it really a report? save it again from Word or WPS"))  # fmt: skip


def read_docx(name: str, data: bytes) -> str:
    """Paragraphs and table rows in document order (tables hold many reports' figures),
    as Word shows them: with the numbers Word draws and the text nested in content
    controls, tracked insertions, smart tags, fields and text boxes (``word_text``)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.exceptions import PackageNotFoundError

    check_unpacked_size(name, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        hint = "if it is an old .doc file, save it as .docx in Word or WPS"
        raise UserError(problem(name, f"not a readable Word .docx file ({exc})", hint)) from None
    numbering = WordNumbering.of(
        _related_xml(document.part, RELATIONSHIP_TYPE.NUMBERING),
        _related_xml(document.part, RELATIONSHIP_TYPE.STYLES),
    )
    return "\n".join(block_lines(document.element.body, numbering.label))


def _related_xml(part: object, relationship: str) -> etree._Element | None:
    """The XML of a part the document refers to, None when it has none. Word writes no
    numbering part for a document without automatic lists (python-docx's own accessor
    would make one up, and fails); a part of an undeclared type is parsed from its bytes."""
    from lxml import etree as lxml_etree

    try:
        related = part.part_related_by(relationship)  # type: ignore[attr-defined]
    except KeyError:
        return None
    element = getattr(related, "element", None)
    if element is not None:
        return element
    try:
        parser = lxml_etree.XMLParser(resolve_entities=False, no_network=True)
        return lxml_etree.fromstring(related.blob, parser)
    except (lxml_etree.XMLSyntaxError, ValueError):
        return None


def read_pdf(name: str, data: bytes) -> str:
    """Text layer of a PDF, its printed lines joined into paragraphs (see ``unwrap``);
    a scan without text is a clear error."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page_lines(page) for page in pdf.pages]
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError) as exc:
        raise UserError(problem(name, f"not a readable PDF ({type(exc).__name__})",
                                "check the file opens in a PDF reader")) from None  # fmt: skip
    text = "\n".join(paragraphs(pages, closes_paragraph, opens_paragraph))
    if not text.strip():
        raise UserError(
            problem(name, "the PDF has no text layer (a scan?)",
                    "run OCR on it first, or give the .docx or text version")
        )  # fmt: skip
    return text


_HTML_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "iframe", "button", "select", "input", "svg", "head", "template")  # fmt: skip
_HTML_BLOCKS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                "section", "article", "blockquote", "pre", "dd", "dt", "ul", "ol")  # fmt: skip
# A table row is one line, its cells apart: a page's 发布日期: | 2024-03-22 stays a label
# with its value (and 索引号 rows page furniture), a data table's row a row.
_HTML_CELLS = ("td", "th")
_HTML_CLUTTER = re.compile(
    r"nav|menu|breadcrumb|crumb|footer|foot|header|share|print|sidebar|side-bar|toolbar|"
    r"position|location|weizhi|dqwz|bottom|copyright|banner|search|topbar|fontsize|zihao",
    re.IGNORECASE,
)


MAX_HTML_DEPTH = 2000  # real pages nest a few dozen levels; parsers slow down past this
_TAG = re.compile(r"<(/?)(div|span|table|tbody|tr|td|ul|ol|li|section|article|font|a|b|i|"
                  r"strong|em|center|p|blockquote)\b[^>]*?(/?)>", re.IGNORECASE)  # fmt: skip


def html_depth(markup: str) -> int:
    """The deepest nesting of container tags, in one linear scan (sloppy pages leave some
    unclosed, which only raises the count)."""
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        if m.group(1):
            depth = max(0, depth - 1)
        elif not m.group(3):
            depth += 1
            deepest = max(deepest, depth)
    return deepest


# A line break in the page's source is no break on the page: a browser shows it as a space
# (none between two Chinese characters), and only blocks and <br> start a line. Read as
# breaks, the source's line breaks cut a table row between its label and value cells
# and a paragraph wherever its source was wrapped.
_SOURCE_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*")
_CJK_CHAR = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _as_rendered(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    between_cjk = (
        start > 0 and end < len(text)
        and _CJK_CHAR.match(text[start - 1]) and _CJK_CHAR.match(text[end])
    )  # fmt: skip
    return "" if between_cjk else " "


# <ol type=…>: the markers a browser draws before an ordered list's items
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
             "I": "upperRoman"}  # fmt: skip
_NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*none", re.IGNORECASE)


def numbered_items(ol: Tag) -> None:
    """Put before each item of an ordered list the number a browser shows (1. 2. …, from
    its start, an item's value going on from there): it is on the page, not in the text.
    Not where the page hides the markers (list-style: none) or the item writes its own
    number (一、总体情况); a list inside an item starts a line."""
    fmt = FORMATS[_OL_TYPES.get(_attr(ol, "type") or "1", "decimal")]
    hidden = _NO_MARKER.search(_attr(ol, "style") or "") is not None
    count = as_int(_attr(ol, "start"), 1) - 1
    for li in ol.find_all("li", recursive=False):
        count = as_int(_attr(li, "value"), count + 1)
        own = numbering_style(li.get_text().strip()) is not None
        if not (hidden or own or _NO_MARKER.search(_attr(li, "style") or "")):
            li.insert(0, f"{fmt(count)}. ")
    if ol.parent is not None and ol.parent.name == "li":
        ol.insert_before("\n")


def _attr(tag: Tag, name: str) -> str | None:
    value = tag.get(name)
    return None if value is None else str(value)


def read_html(name: str, data: bytes) -> str:
    """Body text of a saved web page: no script, style, navigation, header or footer."""
    from bs4 import BeautifulSoup

    markup = decode_text(name, data)
    if html_depth(markup) > MAX_HTML_DEPTH:
        raise UserError(problem(name, f"the page nests its elements more than {MAX_HTML_DEPTH} "
                                "levels deep (not a saved report page)",
                                "save the page again from the browser, or copy its text "
                                "into a .txt file"))  # fmt: skip
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.attrs is None:
            continue
        marks = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
        if marks.strip() and _HTML_CLUTTER.search(marks) and len(tag.get_text()) < 600:
            tag.decompose()
    for text in soup.find_all(string=_SOURCE_BREAK):
        if text.parent is not None and text.parent.name not in ("pre", "textarea"):
            text.replace_with(_SOURCE_BREAK.sub(_as_rendered, str(text)))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for ol in soup.find_all("ol"):
        numbered_items(ol)
    for tag in soup.find_all(_HTML_CELLS):
        tag.insert_after(" ")
    for tag in soup.find_all(_HTML_BLOCKS):
        tag.insert_after("\n")
    body = soup.body or soup
    return body.get_text()


def read_mhtml(name: str, data: bytes) -> str:
    """A web page saved as one file (.mht/.mhtml: Internet Explorer's and 360's 单一文件,
    Chrome's 网页，单个文件): MIME parts holding the page and its pictures. The page's
    HTML part, its transfer encoding undone, is read as a saved .html page."""
    from email import message_from_bytes, policy

    message = message_from_bytes(data, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return read_html(name, payload)
    raise UserError(problem(name, "holds no web page (no text/html part)",
                            "save the page again from the browser, as .html or .mhtml"))  # fmt: skip


def soffice() -> str | None:
    """LibreOffice's command, when it is installed (Debian: libreoffice-writer)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


LEGACY_TIMEOUT = 300  # seconds for LibreOffice to convert one old Word/WPS/RTF file


def read_legacy(name: str, data: bytes) -> str:
    """An old Word .doc, WPS .wps or .rtf report, converted to .docx by LibreOffice
    (``soffice --headless``) in a private folder and profile, then read as a .docx."""
    command = soffice()
    suffix = Path(name).suffix.lower()
    if command is None:
        raise UserError(problem(name, f"an old {suffix} file can be read only with LibreOffice, "
                                "which is not installed",
                                "install LibreOffice, or save the report as .docx in Word or "
                                "WPS"))  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="fazhi_bench_") as tmp:
        folder = Path(tmp)
        source = folder / f"report{suffix}"
        source.write_bytes(data)
        profile = (folder / "profile").as_uri()  # own profile: runs in parallel never clash
        try:
            done = subprocess.run(
                [command, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "out"),
                 str(source)],
                capture_output=True, stdin=subprocess.DEVNULL, timeout=LEGACY_TIMEOUT,
                check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            done = None
        converted = folder / "out" / "report.docx"
        if done is None or not converted.exists():
            raise UserError(problem(name, "LibreOffice could not convert this file",
                                    "check that it opens in Word or WPS and save it as .docx"))  # fmt: skip
        return read_docx(name, converted.read_bytes())


LEGACY_SUFFIXES = (".doc", ".wps", ".rtf")

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".doc": read_legacy,
    ".wps": read_legacy,
    ".rtf": read_legacy,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
    ".mhtml": read_mhtml,
    ".mht": read_mhtml,
}


def content_id(sha256: str, path: Path | str) -> str:
    """What decides a report's reading: its bytes and the reader its suffix picks (the
    same bytes as .txt and as .html are two different reports; a text file renamed .docx
    is a bad .docx, never the text it was)."""
    reader = READERS.get(Path(path).suffix.lower())
    return f"{sha256}:{reader.__name__ if reader else 'unsupported'}"


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(READERS))


def unreadable(name: str, exc: OSError) -> str:
    """The one-line error for a report file that cannot be read."""
    if isinstance(exc, FileNotFoundError):
        return problem(name, "file not found", "check the path")
    return problem(name, f"cannot read file: {exc.strerror}")


def read_report(path: Path, name: str | None = None) -> tuple[str, bytes]:
    """Return (raw text, file bytes) of a report; bytes are kept for its sha256.
    Errors name the file as ``name`` (as the user gave it), else by its path."""
    name = name or str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UserError(
            problem(name, f"unsupported file type '{path.suffix}'",
                    f"use one of {', '.join(supported_suffixes())}")
        )  # fmt: skip
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(problem(name, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB",
                                    "a report is a few MB at most; is this the right file?"))  # fmt: skip
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(unreadable(name, exc)) from None
    try:
        text = reader(name, data)
    except UserError:
        raise
    except Exception as exc:  # any other failure inside a format library is a bad file
        raise UserError(
            problem(name, f"could not be read as a {path.suffix} file ({type(exc).__name__})",
                    "check that it opens in its own program, or export it again")
        ) from None  # fmt: skip
    if not text.strip():
        raise UserError(problem(name, "the report is empty", "remove it or replace it"))
    if len(text) > MAX_TEXT_CHARS:
        raise UserError(problem(name, f"the report has {len(text):,} characters, more than the "
                                f"limit of {MAX_TEXT_CHARS:,}",
                                "a report has tens of thousands; is this one report?"))  # fmt: skip
    return text, data


MAX_FILE_BYTES = 200 * 2**20  # a report file (PDFs with images are the largest)
MAX_TEXT_CHARS = 2_000_000  # characters of text: a long county report has about 50,000
