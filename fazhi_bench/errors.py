"""User-facing errors: collected, one line each, never a traceback.

A user mistake (bad file, bad catalogue, bad option) must end in exit status 2 with
lines that start with ``error:`` and name the file, so that a non-programmer can act on
them. Code raises :class:`UserError` with every problem found, not just the first.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class UserError(Exception):
    """One or more problems in the user's input; ``messages`` are printed one per line."""

    def __init__(self, messages: str | Iterable[str]) -> None:
        msgs = [messages] if isinstance(messages, str) else list(messages)
        self.messages: list[str] = [printable(m).replace("\n", " ").strip() for m in msgs if m]
        super().__init__("; ".join(self.messages))


def printable(text: str) -> str:
    """``text`` safe to print anywhere: a file name that is not UTF-8 arrives with lone
    surrogates (Python's surrogateescape), shown here as \\xNN escapes."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def problem(where: str, what: str, todo: str = "") -> str:
    """Format one problem as ``where: what (todo)`` so every message names its file."""
    text = f"{where}: {what}"
    return f"{text}; {todo}" if todo else text


def nearest(name: str, valid: Iterable[str]) -> str:
    """'did you mean …?' and the valid names, for a message about an unknown ``name``."""
    choices = list(dict.fromkeys(valid))
    guess = difflib.get_close_matches(name, choices, n=1, cutoff=0.5)
    hint = f"did you mean '{guess[0]}'? " if guess else ""
    if len(choices) > MAX_LISTED:
        return f"{hint}the {len(choices)} valid names are listed in the catalogue file"
    return f"{hint}valid: {', '.join(choices)}"


MAX_LISTED = 40  # a longer list of valid names would not be read in one error line
