"""Dimension and indicator weights: the catalogue's, optionally overridden by a file.

Weights are relative: only their ratios within a dimension (indicators) and across the
five dimensions matter. A weights file (``--weights``) may set any subset by id:

    dimensions: {decision: 2, enforcement: 1}
    indicators: {major_decision_procedure: 3}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fazhi_bench.errors import UserError
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
    known = {"dimensions": set(DIMENSIONS), "indicators": {i.id for i in catalogue.indicators}}
    parsed: dict[str, dict[str, float]] = {"dimensions": {}, "indicators": {}}
    for key, value in data.items():
        if key not in known:
            errors.append(f"{path}:{line_of(lines, (key,))}: unknown key '{key}'; "
                          "use 'dimensions' and 'indicators'")  # fmt: skip
            continue
        if not isinstance(value, dict):
            errors.append(f"{path}:{line_of(lines, (key,))}: '{key}' must map ids to numbers")
            continue
        for wid, w in value.items():
            where = f"{path}:{line_of(lines, (key, wid))}"
            if wid not in known[key]:
                errors.append(
                    f"{where}: '{wid}' is not a {key[:-1]} id in catalogue {catalogue.path}"
                )
                continue
            number = weight_value(w)
            if number is None:
                errors.append(f"{where}: weight of '{wid}' must be a number from 0 to "
                              f"{MAX_WEIGHT:g}, got {w!r}")  # fmt: skip
                continue
            parsed[key][wid] = number
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
