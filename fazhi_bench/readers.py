"""Read a report file of any supported format into raw text.

One reader per suffix, registered in ``READERS``. Each raises :class:`UserError` with
the file's name and what to do when the file cannot be read, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import UserError, problem

Reader = Callable[[Path, bytes], str]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(path: Path, data: bytes) -> str:
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
            problem(str(path), "not readable as text in any known encoding",
                    "save it as UTF-8 or GB18030 text, or give the original .docx/.pdf")
        )  # fmt: skip
    return str(best)


def read_txt(path: Path, data: bytes) -> str:
    return decode_text(path, data)


READERS: dict[str, Reader] = {".txt": read_txt}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(READERS))


def read_report(path: Path) -> tuple[str, bytes]:
    """Return (raw text, file bytes) of a report; bytes are kept for its sha256."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UserError(
            problem(str(path), f"unsupported file type '{path.suffix}'",
                    f"use one of {', '.join(supported_suffixes())}")
        )  # fmt: skip
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(problem(str(path), "file not found", "check the path")) from None
    except OSError as exc:
        raise UserError(problem(str(path), f"cannot read file: {exc.strerror}")) from None
    text = reader(path, data)
    if not text.strip():
        raise UserError(problem(str(path), "the report is empty", "remove it or replace it"))
    return text, data
