"""Static check for regexes that can backtrack catastrophically.

Python's ``re`` backtracks, so a researcher's pattern such as ``(法治.*)+`` can take
exponential time on a long report. We reject the shapes that cause it before any text
is matched: a repeated group that itself contains an unbounded or variable repeat
(nested quantifiers), and a repeated alternation whose branches can match the same
text. Bounded gaps such as ``.{0,20}`` are fine and are what the catalogue uses.

The other readings of a regex's structure live here too: the finite sets of texts it can
match (literal expansions, required words), and regexes built so that the engine tries
fewer alternatives at a place (``longest_of``, ``by_first_character``).
"""

from __future__ import annotations

import functools
import itertools
import re
import re._constants as sre_constants
import re._parser as sre_parse
from collections.abc import Iterable
from typing import Any

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT}
_UNBOUNDED = sre_constants.MAXREPEAT


@functools.lru_cache(maxsize=4096)
def _parse(regex: str) -> Any:
    """The parsed form of a regex, once per pattern: the checks below each need it, and
    the parsed form is only read, never changed."""
    return sre_parse.parse(regex)


def _items(pattern: Any) -> list[tuple[Any, Any]]:
    return list(pattern.data if hasattr(pattern, "data") else pattern)


def _contains_variable_repeat(pattern: Any) -> bool:
    for op, av in _items(pattern):
        if op in _REPEATS:
            lo, hi, sub = av
            if hi == _UNBOUNDED or hi - lo > 1 or _contains_variable_repeat(sub):
                return True
        elif (
            op is sre_constants.SUBPATTERN
            and _contains_variable_repeat(av[-1])
            or op is sre_constants.BRANCH
            and any(_contains_variable_repeat(b) for b in av[1])
        ):
            return True
    return False


def _has_branch(pattern: Any) -> bool:
    for op, av in _items(pattern):
        if op is sre_constants.BRANCH:
            return True
        if op is sre_constants.SUBPATTERN and _has_branch(av[-1]):
            return True
    return False


def _walk(pattern: Any) -> str | None:
    for op, av in _items(pattern):
        if op in _REPEATS:
            lo, hi, sub = av
            many = hi == _UNBOUNDED or hi > 10
            if many and _contains_variable_repeat(sub):
                return "a repeated group contains another open-ended repeat (nested quantifiers)"
            if many and _has_branch(sub):
                return "an open-ended repeat of alternatives; use a character class or bound it"
            found = _walk(sub)
            if found:
                return found
        elif op is sre_constants.SUBPATTERN:
            found = _walk(av[-1])
            if found:
                return found
        elif op is sre_constants.BRANCH:
            for branch in av[1]:
                found = _walk(branch)
                if found:
                    return found
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            found = _walk(av[1])
            if found:
                return found
    return None


def backtracking_risk(regex: str) -> str | None:
    """Return why ``regex`` is unsafe, or None when its shape is safe to run on long text."""
    try:
        parsed = _parse(regex)
    except Exception:  # re.compile reports syntax errors; here we only judge shape
        return None
    return _walk(parsed)


def max_width(regex: str, limit: int = 400) -> int | None:
    """Longest text a match can span, or None when unbounded or longer than ``limit``."""
    try:
        low, high = _parse(regex).getwidth()
    except Exception:
        return None
    return int(high) if high <= limit else None


def looks_beside(regex: str) -> bool:
    """Does ``regex`` test the text after a match or a boundary (look-ahead, ^, $, \\b)?
    Such a regex is never searched in a window: at the window's end it would take the
    text to end there. A look-behind is safe: a search from a window's start still sees
    the text before it, as a search from the sentence's start does."""
    try:
        return _looks_beside(_parse(regex))
    except Exception:
        return True


_LOOKS = {sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT,
          sre_constants.GROUPREF_EXISTS}  # fmt: skip


def _looks_beside(pattern: Any) -> bool:
    return any((op in _LOOKS and not _looks_behind(op, av))
               or any(_looks_beside(sub) for sub in _inner(op, av))
               for op, av in _items(pattern))  # fmt: skip


def _looks_behind(op: Any, av: Any) -> bool:
    return op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) and av[0] < 0


def _inner(op: Any, av: Any) -> list[Any]:
    """The sub-patterns of one parsed item (groups, alternatives, repeats, look-arounds)."""
    if op is sre_constants.SUBPATTERN:
        return [av[-1]]
    if op is sre_constants.BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    if op is sre_constants.ATOMIC_GROUP:
        return [av]
    return []


def ignores_case(regex: str) -> bool:
    """Does ``regex`` match case-insensitively anywhere ((?i) or (?i:...))? Literals found
    by the automaton are case-sensitive, so such a regex is never anchored on them."""
    try:
        parsed = _parse(regex)
    except Exception:
        return False
    return bool(parsed.state.flags & sre_constants.SRE_FLAG_IGNORECASE) or _sets_flags(parsed)


def _sets_flags(pattern: Any) -> bool:
    return any((op is sre_constants.SUBPATTERN and (av[1] or av[2]))
               or any(_sets_flags(sub) for sub in _inner(op, av))
               for op, av in _items(pattern))  # fmt: skip


def literal_expansions(regex: str, limit: int = 64) -> tuple[str, ...] | None:
    """Every text ``regex`` can match when that is a small finite set of literals
    (法律[六七八]进 -> 法律六进, 法律七进, 法律八进), or None. Such a regex is matched as
    literals by the Aho-Corasick pass instead of by the regex engine. Only when that
    finds exactly what a left-to-right scan with the regex finds: no two of the texts
    can match at one place (none begins another, so the regex's preference among its
    alternatives does not matter) or overlap (so the scan skips none of them), and no
    inline flags."""
    if ignores_case(regex):
        return None
    try:
        found = _expand(_parse(regex), limit)
    except Exception:
        return None
    if not found or not all(found):
        return None
    texts = tuple(dict.fromkeys(found))
    return texts if _apart(texts) else None


def _apart(texts: tuple[str, ...]) -> bool:
    """No text begins another, and no two occurrences of them can overlap."""
    for a in texts:
        for b in texts:
            if a != b and b.startswith(a):
                return False
            for shift in range(1, len(a)):
                overlap = min(len(a) - shift, len(b))
                if a[shift : shift + overlap] == b[:overlap]:
                    return False
    return True


def _expand(pattern: Any, limit: int) -> list[str] | None:
    texts = [""]
    for op, av in _items(pattern):
        if op is sre_constants.LITERAL:
            options = [chr(av)]
        elif op is sre_constants.IN and all(o is sre_constants.LITERAL for o, _ in av):
            options = [chr(c) for _, c in av]
        elif op is sre_constants.SUBPATTERN:
            options = _expand(av[-1], limit)
        elif op is sre_constants.BRANCH:
            branches = [_expand(b, limit) for b in av[1]]
            options = None if None in branches else [t for b in branches for t in b or []]
        elif op is sre_constants.MAX_REPEAT and av[1] <= 2:
            lo, hi, sub = av
            inner = _expand(sub, limit)
            options = None if inner is None else [
                "".join(parts) for n in range(lo, hi + 1) for parts in itertools.product(inner, repeat=n)
            ]  # fmt: skip
        else:
            return None  # a gap, a repeat, an anchor, a look-around: not a finite set
        if options is None or len(texts) * len(options) > limit:
            return None
        texts = [t + o for t in texts for o in options]
    return texts


def required_words(regex: str, limit: int = 64) -> tuple[tuple[str, ...], bool] | None:
    """The rarest set of texts one of which every match of ``regex`` contains, and whether
    every match begins with one of them; None when there is none.

    Any run of consecutive items of the regex (groups without alternation opened up)
    that can match only a small finite set of texts is such a set: 执法(信息|结果)
    gives 执法信息 and 执法结果, (法治|普法).{0,6}进(机关|乡村) gives 进机关 and 进乡村
    besides 法治 and 普法. Longer texts occur less often: the set whose shortest text is
    longest wins, then the smaller set, then one that begins the match."""
    if ignores_case(regex):
        return None
    try:
        items = _opened(_parse(regex))
    except Exception:
        return None
    options = [_options(op, av, limit) for op, av in items]
    best: tuple[tuple[int, int, bool], tuple[str, ...]] | None = None
    for i in range(len(items)):
        texts = [""]
        for j in range(i, len(items)):
            if options[j] is None or len(texts) * len(options[j]) > limit:
                break
            texts = [t + o for t in texts for o in options[j]]
            words = tuple(dict.fromkeys(texts))
            score = (min(map(len, words)), -len(words), i == 0)
            if best is None or score > best[0]:
                best = (score, words)
    return None if best is None or best[0][0] == 0 else (best[1], best[0][2])


def _opened(pattern: Any) -> list[tuple[Any, Any]]:
    """The items of a pattern with each group that holds no alternation opened up."""
    out: list[tuple[Any, Any]] = []
    for op, av in _items(pattern):
        inner = _items(av[-1]) if op is sre_constants.SUBPATTERN else []
        if inner and not (len(inner) == 1 and inner[0][0] is sre_constants.BRANCH):
            out.extend(_opened(av[-1]))
        else:
            out.append((op, av))
    return out


def _options(op: Any, av: Any, limit: int) -> list[str] | None:
    """The texts one item can match, when a small finite set; else None."""
    found = _expand([(op, av)], limit)
    return None if found is None else list(dict.fromkeys(found))


def longest_of(words: Iterable[str]) -> str:
    """A regex for the longest of ``words`` that occurs at a place, written as a trie
    (人(?:[员次])?, 个(?:工(?:作(?:日))|百(?:分(?:点)))?) with the one-character words
    in one class: the engine tests a character once instead of trying each word in
    turn, as it does for 人次|人员|人|... (the same matches on the 4,000 bench reports;
    the claim scan takes about 6 % fewer instructions)."""
    after: dict[str, list[str]] = {}
    for word in dict.fromkeys(words):
        if not word:
            raise ValueError("longest_of: an empty word matches everywhere")
        after.setdefault(word[0], []).append(word[1:])
    alone = "".join(re.escape(c) for c in sorted(after) if after[c] == [""])
    branches = [f"[{alone}]" if len(alone) > 1 else alone] if alone else []
    for c in sorted(after):
        rest = [r for r in after[c] if r]
        if rest:
            optional = "?" if "" in after[c] else ""
            branches.append(f"{re.escape(c)}(?:{longest_of(rest)}){optional}")
    return "|".join(branches)


def by_first_character(pattern: str) -> str:
    """``pattern`` (alternatives that each begin with a literal character) with the
    alternatives grouped by that character, in their order within each group: 一批|二十大|一些
    becomes 一(?:批|些)|二(?:十大). Alternatives that begin differently never match at one
    place, so the matches are the same; the engine tries one group at a candidate
    character instead of every alternative (for 156 alternatives, a third less time)."""
    if "(?#" in pattern:
        raise ValueError("by_first_character: regex comments are not split")
    groups: dict[str, list[str]] = {}
    for alternative in _alternatives(pattern):
        first, rest = alternative[:1], alternative[1:]
        if not first or first in "\\[](){}.*+?|^$" or rest[:1] in ("*", "+", "?", "{"):
            raise ValueError(f"{alternative!r} does not begin with a literal character")
        groups.setdefault(first, []).append(rest)
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in groups.items())


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (not inside a group or a class)."""
    out: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":  # to the class's end: a ] first (or after ^) is a member
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def first_characters(regex: str, limit: int = 400) -> str | None:
    """The characters a match of ``regex`` can begin with, when they are a known set of at
    most ``limit`` (each alternative opens, after any zero-width assertion, with a literal,
    a class of literals or a group of such); None when a match may begin with any
    character or be empty."""
    chars, empty = _first(_parse(regex), limit)
    return None if chars is None or empty or not chars else "".join(sorted(chars))


def _first(pattern: Any, limit: int) -> tuple[set[str] | None, bool]:
    """(first characters, can the pattern match the empty text) of a parsed pattern."""
    out: set[str] = set()
    for op, av in _items(pattern):
        chars, empty = _first_of(op, av, limit)
        if chars is None or len(out | chars) > limit:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any, limit: int) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        return _class_characters(av, limit), False
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(), True  # zero width: the next item decides
    if op is c.SUBPATTERN:
        return _first(av[-1], limit)
    if op is c.ATOMIC_GROUP:
        return _first(av, limit)
    if op is c.BRANCH:
        out: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, branch_empty = _first(branch, limit)
            if chars is None:
                return None, False
            out |= chars
            empty = empty or branch_empty
        return out, empty
    if op in _REPEATS:
        lo, _, sub = av
        chars, empty = _first(sub, limit)
        return chars, empty or lo == 0
    return None, False


def _class_characters(items: Any, limit: int) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            out.add(chr(av))
        elif op is sre_constants.RANGE and av[1] - av[0] < limit:
            out.update(chr(n) for n in range(av[0], av[1] + 1))
        else:  # a negated class, a category (\d, \s): any character may open
            return None
    return out if len(out) <= limit else None


def with_first_characters(regex: str) -> str:
    """``regex`` behind a lookahead for the characters its matches begin with (see
    ``first_characters``), or unchanged when they are not known. The same matches: the
    engine tests one class at a place before trying every alternative of a long
    alternation (the credit rules' wording lists run three to four times faster)."""
    chars = first_characters(regex)
    if chars is None or regex.startswith("(?") and regex[2:3].isalpha():
        return regex
    escaped = "".join("\\" + ch if ch in "\\]^-[" else ch for ch in chars)
    return f"(?=[{escaped}])(?:{regex})"
