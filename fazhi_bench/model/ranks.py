"""The one ranking rule of the package: competition ranks, ties sharing the better rank
(1, 2, 2, 4), as published rankings print them. Used for the published ranks and for
every simulated ranking of the sensitivity analysis."""

from __future__ import annotations

import numpy as np
import pandas as pd


def competition_ranks(values: np.ndarray) -> np.ndarray:
    """Competition ranks (1 = smallest value) along each row of a 2-D array.

    Each row's values are looked up in the row sorted in the order of the values
    themselves, then put back in place: ``searchsorted`` on the sorted row gives, for
    every value, the number of smaller values."""
    order = np.argsort(values, axis=1, kind="stable")
    ordered = np.take_along_axis(values, order, axis=1)
    ranks = np.empty(values.shape, dtype=np.intp)
    for row, where, out in zip(ordered, order, ranks, strict=True):
        out[where] = np.searchsorted(row, row, side="left") + 1
    return ranks


def rank_desc(values: pd.Series) -> pd.Series:
    """Ranks of ``values``, 1 = largest; ties share the better rank, the next one skips."""
    ranks = competition_ranks(-values.to_numpy(dtype=float)[None, :])[0]
    return pd.Series(ranks, index=values.index, dtype=int)
