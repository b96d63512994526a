"""The indicator catalogue: load, validate (all problems at once), freeze and hash.

The catalogue is the spec of what earns credit. It is data, edited by researchers, so
validation is strict (unknown keys are errors: a typo such as ``wieght`` must never
silently drop a weight) and every message names file, line and indicator.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from fazhi_bench.errors import UserError
from fazhi_bench.spec.methods import resolve_method
from fazhi_bench.spec.regexsafety import backtracking_risk
from fazhi_bench.spec.yamlfile import PathKey, line_of, load_yaml

DIMENSIONS: tuple[str, ...] = ("decision", "enforcement", "openness", "disputes", "publicity")
AUXILIARY: tuple[str, ...] = ("leadership", "emergency")

MAX_WEIGHT = 1e6  # weights are relative: a larger one only risks overflow in the sums


def weight_value(value: Any) -> float | None:
    """A weight: a number from 0 to MAX_WEIGHT, else None (NaN, infinities, overflows,
    booleans and text refused). The one check of catalogues and weights files."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 <= value <= MAX_WEIGHT else None  # NaN fails this too


TOP_KEYS = {"schema", "name", "version", "dimensions", "auxiliary", "quality", "scoring"}
BLOCK_KEYS = {"id", "label", "weight", "basis", "indicators"}
INDICATOR_KEYS = {"id", "label", "weight", "basis", "patterns"}
PATTERN_KEYS = {"regex", "literal"}
QUALITY_KEYS = {"slogans"}


@dataclass(frozen=True)
class Pattern:
    """One text pattern: a literal (matched by the automaton) or a regex."""

    kind: str  # "literal" | "regex"
    text: str


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    weight: float
    dimension: str
    patterns: tuple[Pattern, ...]
    basis: str = ""
    auxiliary: bool = False


@dataclass(frozen=True)
class Block:
    """A scored dimension, or an auxiliary block reported beside the index."""

    id: str
    label: str
    weight: float
    indicators: tuple[Indicator, ...]
    basis: str = ""
    auxiliary: bool = False


@dataclass(frozen=True)
class Catalogue:
    name: str
    version: str
    path: str
    sha256: str
    dimensions: tuple[Block, ...]
    auxiliary: tuple[Block, ...] = ()
    slogans: tuple[str, ...] = ()
    scoring: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.dimensions + self.auxiliary

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(ind for block in self.blocks for ind in block.indicators)

    def block(self, block_id: str) -> Block:
        for block in self.blocks:
            if block.id == block_id:
                return block
        raise KeyError(block_id)

    def label(self, block_id: str) -> str:
        return self.block(block_id).label

    @cached_property
    def pattern_hash(self) -> str:
        """Hash of everything that decides matches (not weights): keys the extraction cache."""
        spec = [
            (ind.id, ind.dimension, [(p.kind, p.text) for p in ind.patterns])
            for ind in self.indicators
        ]
        spec.append(("__slogans__", "", [("literal", s) for s in self.slogans]))
        blob = json.dumps(spec, ensure_ascii=False, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()


def default_catalogue_path() -> Path:
    """The catalogue shipped inside the package (a link to the repository's indicators.yaml)."""
    return Path(str(resources.files("fazhi_bench").joinpath("indicators.yaml")))


def normalise_pattern(text: str) -> str:
    """Patterns are matched on NFKC text, so normalise them the same way."""
    return unicodedata.normalize("NFKC", text)


class _Checker:
    """Collects every problem in a catalogue with its line before failing."""

    def __init__(self, path: Path, lines: dict[PathKey, int]) -> None:
        self.path = path
        self.lines = lines
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def where(self, key: PathKey) -> str:
        line = line_of(self.lines, key)
        return f"{self.path}:{line}" if line else str(self.path)

    def error(self, key: PathKey, what: str) -> None:
        self.errors.append(f"{self.where(key)}: {what}")

    def warn(self, key: PathKey, what: str) -> None:
        self.warnings.append(f"{self.where(key)}: {what}")

    def keys(self, data: dict, allowed: set[str], key: PathKey, what: str) -> None:
        for k in data:
            if k not in allowed:
                guess = difflib.get_close_matches(str(k), sorted(allowed), n=1, cutoff=0.5)
                hint = f" (did you mean '{guess[0]}'?)" if guess else ""
                allowed_list = ", ".join(sorted(allowed))
                self.error(
                    (*key, k, "__key__"),
                    f"unknown key '{k}' in {what}{hint}; allowed keys: {allowed_list}",
                )

    def weight(self, value: Any, key: PathKey, what: str) -> float:
        if value is None:
            return 1.0
        number = weight_value(value)
        if number is None:
            self.error(key, f"weight of {what} must be a number from 0 to {MAX_WEIGHT:g}, "
                            f"got {value!r}")  # fmt: skip
            return 1.0
        return number

    def text(self, value: Any, key: PathKey, what: str, required: bool = True) -> str:
        if value is None:
            if required:
                self.error(key, f"{what} is missing")
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.error(key, f"{what} must be text, got {type(value).__name__}")
            return ""
        return str(value).strip()


def _patterns(chk: _Checker, raw: Any, key: PathKey, ind_id: str) -> tuple[Pattern, ...]:
    if not isinstance(raw, list) or not raw:
        chk.error(key, f"indicator '{ind_id}' has no patterns; give a list of at least one")
        return ()
    out: list[Pattern] = []
    for i, item in enumerate(raw):
        pkey = (*key, i)
        if isinstance(item, str):
            kind, text = "literal", item
        elif isinstance(item, dict) and len(item) == 1:
            chk.keys(item, PATTERN_KEYS, pkey, f"a pattern of '{ind_id}'")
            kind, text = next(iter(item.items()))
            if kind not in PATTERN_KEYS:
                continue
            if not isinstance(text, str):
                chk.error(pkey, f"{kind} pattern of '{ind_id}' must be text, got {text!r}")
                continue
        else:
            chk.error(pkey, f"pattern of '{ind_id}' must be text or {{regex: ...}}, got {item!r}")
            continue
        text = normalise_pattern(text)
        if not text.strip():
            chk.error(pkey, f"empty pattern in '{ind_id}'")
            continue
        if kind == "regex":
            try:
                compiled = re.compile(text)
            except re.error as exc:
                chk.error(pkey, f"bad regex in '{ind_id}': {text!r}: {exc}")
                continue
            if compiled.match("") is not None:
                chk.error(pkey, f"regex in '{ind_id}' matches empty text: {text!r}")
                continue
            risk = backtracking_risk(text)
            if risk:
                chk.error(pkey, f"regex in '{ind_id}' can backtrack catastrophically: {risk}")
                continue
        out.append(Pattern(kind, text))
    return tuple(out)


def _block(
    chk: _Checker, raw: Any, key: PathKey, auxiliary: bool, seen: dict[str, PathKey]
) -> Block | None:
    if not isinstance(raw, dict):
        chk.error(
            key, f"each block must be a mapping with id, label, weight, indicators; got {raw!r}"
        )
        return None
    chk.keys(raw, BLOCK_KEYS, key, "a dimension" if not auxiliary else "an auxiliary block")
    bid = chk.text(raw.get("id"), (*key, "id"), "dimension id")
    allowed = AUXILIARY if auxiliary else DIMENSIONS
    if bid and bid not in allowed:
        guess = difflib.get_close_matches(bid, allowed, n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        chk.error((*key, "id"), f"unknown id '{bid}'{hint}; use one of {', '.join(allowed)}")
    if bid in seen:
        chk.error(
            (*key, "id"), f"duplicate id '{bid}' (first at line {line_of(chk.lines, seen[bid])})"
        )
    seen.setdefault(bid, (*key, "id"))
    weight = chk.weight(raw.get("weight"), (*key, "weight"), f"'{bid}'")
    indicators: list[Indicator] = []
    raw_inds = raw.get("indicators")
    if not isinstance(raw_inds, list) or not raw_inds:
        chk.error((*key, "indicators"), f"'{bid}' has no indicators; give a list")
        raw_inds = []
    for j, ind in enumerate(raw_inds):
        ikey = (*key, "indicators", j)
        if not isinstance(ind, dict):
            chk.error(ikey, f"indicator in '{bid}' must be a mapping, got {ind!r}")
            continue
        chk.keys(ind, INDICATOR_KEYS, ikey, f"an indicator of '{bid}'")
        iid = chk.text(ind.get("id"), (*ikey, "id"), f"id of an indicator in '{bid}'")
        if iid and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", iid):
            chk.error((*ikey, "id"), f"indicator id '{iid}' must be letters, digits and _")
        if iid in seen:
            first = line_of(chk.lines, seen[iid])
            chk.error((*ikey, "id"), f"duplicate id '{iid}' (first at line {first})")
        seen.setdefault(iid, (*ikey, "id"))
        indicators.append(
            Indicator(
                id=iid,
                label=chk.text(ind.get("label"), (*ikey, "label"), f"label of '{iid}'"),
                weight=chk.weight(ind.get("weight"), (*ikey, "weight"), f"'{iid}'"),
                dimension=bid,
                patterns=_patterns(chk, ind.get("patterns"), (*ikey, "patterns"), iid),
                basis=chk.text(ind.get("basis"), (*ikey, "basis"), "basis", required=False),
                auxiliary=auxiliary,
            )
        )
    if indicators and not auxiliary and all(i.weight == 0 for i in indicators):
        chk.error((*key, "indicators"), f"all indicator weights of '{bid}' are zero")
    return Block(
        id=bid,
        label=chk.text(raw.get("label"), (*key, "label"), f"label of '{bid}'"),
        weight=weight,
        indicators=tuple(indicators),
        basis=chk.text(raw.get("basis"), (*key, "basis"), "basis", required=False),
        auxiliary=auxiliary,
    )


def _shared_patterns(chk: _Checker, blocks: list[Block]) -> None:
    owner: dict[tuple[str, str], str] = {}
    for block in blocks:
        for ind in block.indicators:
            for pat in ind.patterns:
                first = owner.setdefault((pat.kind, pat.text), block.id)
                if first != block.id:
                    chk.warnings.append(
                        f"{chk.path}: pattern {pat.text!r} appears in '{first}' and "
                        f"'{block.id}' (indicator '{ind.id}'); one sentence will count twice"
                    )


def parse_catalogue(path: Path) -> tuple[Catalogue | None, list[str], list[str]]:
    """Validate a catalogue file; return (catalogue or None, errors, warnings)."""
    data, lines, sha256 = load_yaml(path, "catalogue")
    chk = _Checker(path, lines)
    if not isinstance(data, dict):
        chk.error((), f"catalogue must be a mapping with keys {', '.join(sorted(TOP_KEYS))}")
        return None, chk.errors, chk.warnings
    chk.keys(data, TOP_KEYS, (), "the catalogue")
    if data.get("schema") != 1:
        chk.error(("schema",), f"schema must be 1, got {data.get('schema')!r}")
    seen: dict[str, PathKey] = {}
    dims: list[Block] = []
    raw_dims = data.get("dimensions")
    if not isinstance(raw_dims, list) or not raw_dims:
        chk.error(("dimensions",), "'dimensions' must be a list of the five dimensions")
        raw_dims = []
    for i, raw in enumerate(raw_dims):
        block = _block(chk, raw, ("dimensions", i), False, seen)
        if block:
            dims.append(block)
    present = {d.id for d in dims}
    missing = [d for d in DIMENSIONS if d not in present]
    if raw_dims and missing:
        chk.error(("dimensions",), f"missing dimension(s): {', '.join(missing)}")
    if dims and all(d.weight == 0 for d in dims):
        chk.error(("dimensions",), "all dimension weights are zero")
    aux: list[Block] = []
    raw_aux = data.get("auxiliary") or []
    if not isinstance(raw_aux, list):
        chk.error(("auxiliary",), "'auxiliary' must be a list of blocks")
        raw_aux = []
    for i, raw in enumerate(raw_aux):
        block = _block(chk, raw, ("auxiliary", i), True, seen)
        if block:
            aux.append(block)
    slogans: list[str] = []
    quality = data.get("quality") or {}
    if not isinstance(quality, dict):
        chk.error(("quality",), "'quality' must be a mapping with 'slogans'")
    else:
        chk.keys(quality, QUALITY_KEYS, ("quality",), "'quality'")
        raw_slogans = quality.get("slogans") or []
        if not isinstance(raw_slogans, list) or not all(isinstance(s, str) for s in raw_slogans):
            chk.error(("quality", "slogans"), "'slogans' must be a list of phrases")
        else:
            slogans = [normalise_pattern(s) for s in raw_slogans if s.strip()]
    scoring = data.get("scoring") or {}
    if not isinstance(scoring, dict):
        chk.error(("scoring",), "'scoring' must be a mapping")
        scoring = {}
    else:
        try:
            resolve_method(scoring, where=f"{chk.where(('scoring',))}: scoring")
        except UserError as exc:
            chk.errors.extend(exc.messages)
    _shared_patterns(chk, dims)
    if chk.errors:
        return None, chk.errors, chk.warnings
    catalogue = Catalogue(
        name=chk.text(data.get("name"), ("name",), "name", required=False) or path.stem,
        version=str(data.get("version", "")),
        path=str(path),
        sha256=sha256,
        dimensions=tuple(sorted(dims, key=lambda b: DIMENSIONS.index(b.id))),
        auxiliary=tuple(aux),
        slogans=tuple(slogans),
        scoring=dict(scoring),
    )
    return catalogue, chk.errors, chk.warnings


def load_catalogue(path: Path | str | None = None) -> tuple[Catalogue, list[str]]:
    """Load and validate; raise :class:`UserError` with every problem, return warnings."""
    path = Path(path) if path else default_catalogue_path()
    catalogue, errors, warnings = parse_catalogue(path)
    if errors or catalogue is None:
        raise UserError(errors or [f"{path}: catalogue is not valid"])
    return catalogue, warnings
