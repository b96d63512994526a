"""Dimension and indicator weights: the catalogue's, optionally overridden by a file.

Weights are relative: only their ratios within a dimension (indicators) and across the
five dimensions matter. A weights file (``--weights``) may set any subset by id:

    dimensions: {decision: 2, enforcement: 1}
    indicators: {major_decision_procedure: 3}
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from fazhi_bench.errors import UserError, nearest
from fazhi_bench.spec.catalogue import DIMENSIONS, MAX_WEIGHT, Catalogue, weight_value
from fazhi_bench.spec.yamlfile import line_of, load_yaml


@dataclass(frozen=True)
class Weights:
    dimensions: dict[str, float]
    indicators: dict[str, float]

    @classmethod
    def from_catalogue(cls, catalogue: Catalogue) -> Weights:
        return cls(
            dimensions={b.id: b.weight for b in catalogue.dimensions},
            indicators={i.id: i.weight for i in catalogue.indicators},
        )

    def with_overrides(self, dimensions: dict[str, float], indicators: dict[str, float]) -> Weights:
        return Weights({**self.dimensions, **dimensions}, {**self.indicators, **indicators})

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {"dimensions": dict(self.dimensions), "indicators": dict(self.indicators)}


SECTION_NAMES = {"dimensions": "dimensions", "维度": "dimensions",
                 "indicators": "indicators", "指标": "indicators"}  # fmt: skip


def weight_names(catalogue: Catalogue) -> dict[str, dict[str, str]]:
    """Each dimension's and indicator's id and Chinese label -> its id (a researcher may
    write 依法决策: 2 where the catalogue says decision)."""
    dims = {b.id: b.id for b in catalogue.dimensions} | {
        b.label: b.id for b in catalogue.dimensions
    }
    inds = {i.id: i.id for i in catalogue.indicators}
    labels = Counter(i.label for i in catalogue.indicators)
    inds |= {
        i.label: i.id for i in catalogue.indicators if labels[i.label] == 1 and i.label not in inds
    }
    return {"dimensions": dims, "indicators": inds}


def load_weights(path: Path, catalogue: Catalogue) -> Weights:
    """Catalogue weights with the file's overrides; every problem reported at once."""
    data, lines, _ = load_yaml(path, "weights")
    return weights_from(data, catalogue, str(path), lines)


def weights_from(
    data: object, catalogue: Catalogue, path: str = "weights", lines: dict | None = None
) -> Weights:
    """Catalogue weights with overrides shaped like a weights file ({'dimensions': {...},
    'indicators': {...}}); ``path`` and ``lines`` place each problem."""
    lines = lines or {}
    if not isinstance(data, dict):
        raise UserError(
            f"{path}: weights file must be a mapping with 'dimensions' and/or 'indicators'"
        )
    errors: list[str] = []
    names = weight_names(catalogue)
    parsed: dict[str, dict[str, float]] = {"dimensions": {}, "indicators": {}}
    entries: list[tuple[str, object, object, str]] = []  # (section, name, weight, where)
    for key, value in data.items():
        section = SECTION_NAMES.get(str(key))
        if section is None:  # the flat form: 依法决策: 3 beside indicators by id
            kind = next((k for k in ("dimensions", "indicators") if str(key) in names[k]), "")
            if not kind:
                valid = [*SECTION_NAMES, *names["dimensions"], *names["indicators"]]
                errors.append(f"{path}:{line_of(lines, (key,))}: unknown key '{key}' (not "
                              f"'dimensions', 'indicators' or a dimension or indicator); "
                              f"{nearest(str(key), valid)}")  # fmt: skip
                continue
            entries.append((kind, key, value, f"{path}:{line_of(lines, (key,))}"))
            continue
        if not isinstance(value, dict):
            errors.append(f"{path}:{line_of(lines, (key,))}: '{key}' must map ids to numbers")
            continue
        for wid, w in value.items():
            entries.append((section, wid, w, f"{path}:{line_of(lines, (key, wid))}"))
    for section, wid, w, where in entries:
        target = names[section].get(str(wid))
        if target is None:
            errors.append(f"{where}: '{wid}' is not a {section[:-1]} id or label in catalogue "
                          f"{catalogue.path}; {nearest(str(wid), names[section])}")  # fmt: skip
            continue
        number = weight_value(w)
        if number is None:
            errors.append(f"{where}: weight of '{wid}' must be a number from 0 to "
                          f"{MAX_WEIGHT:g}, got {w!r}")  # fmt: skip
            continue
        if target in parsed[section] and parsed[section][target] != number:
            errors.append(f"{where}: '{wid}' sets the weight of '{target}' a second time")
            continue
        parsed[section][target] = number
    weights = Weights.from_catalogue(catalogue).with_overrides(
        parsed["dimensions"], parsed["indicators"]
    )
    if not errors and all(weights.dimensions[d] == 0 for d in DIMENSIONS):
        errors.append(f"{path}: all dimension weights are zero; at least one must be positive")
    for block in catalogue.dimensions:
        if not errors and all(weights.indicators[i.id] == 0 for i in block.indicators):
            errors.append(f"{path}: all indicator weights of '{block.id}' are zero")
    if errors:
        raise UserError(errors)
    return weights
