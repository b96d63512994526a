"""Seeded Monte Carlo of ranks."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from fazhi_bench.model.ranks import competition_ranks, rank_desc
from fazhi_bench.model.sensitivity import (
    RANK_BLOCK,
    _ranks,
    dirichlet_weights,
    rank_sensitivity,
)
from fazhi_bench.spec.methods import resolve_method

DIMS = ["decision", "enforcement", "openness", "disputes", "publicity"]


def _frames():
    raw = pd.DataFrame(
        [[90, 90, 90, 90, 90], [80, 20, 80, 20, 80], [20, 80, 20, 80, 78], [10, 10, 10, 10, 10]],
        index=["a", "b", "c", "d"], columns=DIMS, dtype=float,
    )  # fmt: skip
    docs = pd.DataFrame({"doc_id": list("abcd"), "unit": list("ABCD"), "year": [2024] * 4,
                         "level": ["street"] * 4})  # fmt: skip
    return raw, docs


def test_seeded_output_is_reproducible_and_sensible():
    raw, docs = _frames()
    method = resolve_method({"sensitivity_runs": 400, "seed": 11})
    w = pd.Series(1.0, index=DIMS)
    first = rank_sensitivity(raw, docs, w, method)
    again = rank_sensitivity(raw, docs, w, method)
    pd.testing.assert_frame_equal(first, again)
    table = first.set_index("unit")
    # a dominates everyone, d is dominated: their ranks never move
    assert (table.loc["A", ["rank", "rank_p05", "rank_p95"]] == 1).all()
    assert table.loc["A", "share_within_1"] == 1.0
    assert (table.loc["D", ["rank", "rank_p05", "rank_p95"]] == 4).all()
    # b and c trade places as weights move: their interval spans ranks 2..3
    assert table.loc["B", "rank_p05"] == 2 and table.loc["B", "rank_p95"] == 3
    assert table.loc["C", "rank_p05"] == 2 and table.loc["C", "rank_p95"] == 3
    other = rank_sensitivity(raw, docs, w, {**method, "seed": 12}).set_index("unit")
    assert other.loc["A", "rank_p95"] == 1 and other.loc["D", "rank_p05"] == 4
    assert 0 < table.loc["B", "share_within_1"] == 1.0  # 2 and 3 are within one rank
    assert (table["runs"] == 400).all()


def test_dirichlet_centre_and_spread():
    rng = np.random.default_rng(3)
    draws = dirichlet_weights(pd.Series([1.0, 1.0, 1.0, 1.0, 0.0]), 0.25, 20000, rng)
    assert np.allclose(draws.sum(axis=1), 1.0)
    assert (draws[:, 4] == 0).all()  # a zero weight stays zero
    assert draws[:, :4].mean(axis=0) == pytest.approx([0.25] * 4, abs=0.005)
    cv = draws[:, 0].std() / draws[:, 0].mean()
    assert cv == pytest.approx(0.25, abs=0.02)


def test_competition_ranks_share_the_better_rank_on_ties():
    values = np.array([[3.0, 1.0, 3.0, 2.0], [5.0, 5.0, 5.0, 0.0], [0.5, 0.25, 0.75, 1.0]])
    assert competition_ranks(values).tolist() == [[3, 1, 3, 2], [2, 2, 2, 1], [2, 1, 3, 4]]
    # the definition itself (the slow oracle): one more than the number of smaller values
    rng = np.random.default_rng(3)
    many = rng.integers(0, 20, size=(50, 300)).astype(float)  # many ties
    expected = 1 + (many[:, None, :] < many[:, :, None]).sum(axis=2)
    assert (competition_ranks(many) == expected).all()


def test_published_ranks_follow_the_same_rule():
    values = pd.Series([70.0, 80.0, 70.0, 10.0], index=[5, 6, 7, 8])
    assert rank_desc(values).tolist() == [2, 1, 2, 4]
    assert rank_desc(values).index.tolist() == [5, 6, 7, 8]
    assert (
        rank_desc(values).tolist()
        == values.rank(method="min", ascending=False).astype(int).tolist()
    )


def test_ranks_within_year_of_the_index_rounded_to_hundredths():
    index = np.array([[70.004, 69.996, 80.0, 10.0, 10.0], [1.0, 2.0, 3.0, 4.0, 5.0]])
    years = pd.Series([2023, 2023, 2023, 2024, 2024])
    # 70.004 and 69.996 both round to 70.00: they tie, behind 80.00 (rank 1)
    assert _ranks(index, years).tolist() == [[2, 2, 1, 1, 1], [3, 2, 1, 2, 1]]
    wide = np.array([[1e6, -1e6, 0.0]])  # too wide to count: sorted instead, same ranks
    assert _ranks(wide, pd.Series([2024] * 3)).tolist() == [[1, 3, 2]]
    huge = np.array([[1e306, -1e306]])
    assert _ranks(huge, pd.Series([2024] * 2)).tolist() == [[1, 2]]
    # more runs than one block, two years, many ties: the definition, year by year
    rng = np.random.default_rng(8)
    many = rng.integers(0, 3000, size=(RANK_BLOCK * 2 + 5, 60)) / 100
    years = pd.Series([2023, 2024] * 30)
    ranks = _ranks(many, years)
    for year in (2023, 2024):
        part = many[:, (years == year).to_numpy()]
        expected = 1 + (part[:, None, :] > part[:, :, None]).sum(axis=2)  # 1 = highest
        assert (ranks[:, (years == year).to_numpy()] == expected).all()
