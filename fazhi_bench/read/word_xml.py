"""What reading Word's XML needs everywhere: its namespace, an element's local name, an
attribute's value, an on/off property, a number attribute (shared by ``word_text`` and
``word_numbering``, and by the HTML reader's list numbers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml itself is loaded by python-docx, only when a .docx is read
    from lxml import etree


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
VAL = f"{{{W}}}val"


def local_name(element: etree._Element) -> str:
    """``p`` for ``{…/main}p``; '' for a comment or processing instruction."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def val(element: etree._Element | None, default: str | None = None) -> str | None:
    """The w:val attribute of ``element`` (``default`` when there is none)."""
    return default if element is None else element.get(VAL, default)


def is_on(element: etree._Element | None) -> bool:
    """An on/off property (w:vanish, w:isLgl): on when present, unless switched off."""
    return element is not None and val(element, "true") not in ("0", "false", "off")


def is_hidden(element: etree._Element) -> bool:
    """A run, or a paragraph's mark (its w:pPr), formatted as hidden text: Word shows
    neither it nor, for a mark, its number."""
    return is_on(element.find("w:rPr/w:vanish", NS))


def as_int(text: str | None, default: int) -> int:
    """A number attribute; ``default`` when it is missing or not a number."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
