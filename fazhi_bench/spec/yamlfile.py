"""Safe YAML loading that remembers where every value was written.

Catalogues and weights files are edited by hand, so every problem we report must name
the line. PyYAML's ``safe_load`` forgets positions; here we compose the node tree once,
construct plain data with the safe constructor (no python/object tags are ever
executed), and keep a map from each value's path to its line number.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from fazhi_bench.errors import UserError, problem

PathKey = tuple[Any, ...]
# libyaml's parser when PyYAML was built with it (ten times faster on a full catalogue);
# both keep line marks and construct with the same safe constructor.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _record_lines(node: yaml.Node, path: PathKey, lines: dict[PathKey, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[(*path, key, "__key__")] = key_node.start_mark.line + 1
            _record_lines(value_node, (*path, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _record_lines(item, (*path, i), lines)


MAX_NODES = 200_000  # values after alias expansion: a full catalogue has about 3,000
MAX_YAML_BYTES = 10 * 1024 * 1024


def expanded_size(root: yaml.Node) -> int:
    """How many nodes the tree has with every alias expanded, counted without expanding
    (each shared node once, times its uses): a 600-byte "billion laughs" file is caught
    in microseconds instead of filling memory."""
    sizes: dict[int, int] = {}
    order: list[yaml.Node] = []
    stack, seen = [root], set()
    while stack:  # children before parents, each node once
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        stack.extend(_children(node))
    for node in reversed(order):
        total = 1 + sum(sizes.get(id(child), 1) for child in _children(node))
        sizes[id(node)] = min(total, MAX_NODES + 1)
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def load_yaml(path: Path, what: str) -> tuple[Any, dict[PathKey, int], str]:
    """Load ``path`` safely; return the data, a path->line map and the sha256 of the
    bytes read (the file is read once: the hash always describes what was parsed).

    Raises :class:`UserError` naming the file (and line, column) for an unreadable file,
    a syntax error, a disallowed tag, or an empty document.
    """
    where = str(path)
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            raise UserError(problem(where, f"{what} file is larger than "
                                    f"{MAX_YAML_BYTES // 2**20} MB", "check the path"))  # fmt: skip
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(problem(where, f"{what} file not found", "check the path")) from None
    except OSError as exc:
        raise UserError(problem(where, f"cannot read {what}: {exc.strerror}")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(
            problem(where, f"{what} is not UTF-8 text", "save it as UTF-8 and try again")
        ) from None
    loader = _SAFE_LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise UserError(problem(where, f"{what} is empty", "see indicators.yaml for the shape"))
        if expanded_size(node) > MAX_NODES:
            raise UserError(problem(
                where, f"{what} expands to more than {MAX_NODES:,} values through its aliases "
                "(&name / *name)", "write the values out; aliases are for small repeats"))  # fmt: skip
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = f"{where}:{mark.line + 1}:{mark.column + 1}" if mark else where
        reason = (exc.problem or exc.context or "YAML syntax error").strip()
        if "could not determine a constructor" in reason:
            reason = (
                "tag not allowed (only plain YAML values are accepted; tags are never executed)"
            )
        raise UserError(f"{loc}: {what} YAML error: {reason}") from None
    except yaml.YAMLError as exc:
        raise UserError(problem(where, f"{what} YAML error: {exc}")) from None
    except RecursionError:
        raise UserError(problem(where, f"{what} is nested too deeply")) from None
    finally:
        loader.dispose()
    lines: dict[PathKey, int] = {}
    _record_lines(node, (), lines)
    return data, lines, hashlib.sha256(raw).hexdigest()


def line_of(lines: dict[PathKey, int], path: PathKey) -> int | None:
    """The line of ``path`` or of its nearest recorded ancestor."""
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get(())
