"""Known answers for every normaliser, aggregator, dimension rule and weighting."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from fazhi_bench.errors import UserError
from fazhi_bench.model.weighting import pca_weights
from fazhi_bench.spec.methods import (
    AGGREGATORS,
    DIMENSION_RULES,
    NORMALISERS,
    aggregate,
    resolve_method,
)

SCORES = pd.DataFrame({"a": [10.0, 20.0, 40.0, 50.0]}, index=["x", "y", "z", "w"])
YEARS = pd.Series([2023, 2023, 2023, 2024], index=SCORES.index)
METHOD = resolve_method()


def test_absolute_is_identity():
    assert NORMALISERS["absolute"](SCORES, YEARS, METHOD).equals(SCORES)


def test_minmax_within_year():
    out = NORMALISERS["minmax"](SCORES, YEARS, METHOD)["a"]
    # 2023: 10, 20, 40 -> 0, 33.33, 100; 2024 has one unit -> 50
    assert list(out.round(2)) == [0.0, 33.33, 100.0, 50.0]


def test_zscore_within_year():
    out = NORMALISERS["zscore"](SCORES, YEARS, METHOD)["a"]
    mean, sd = 70 / 3, math.sqrt(((10 - 70 / 3) ** 2 + (20 - 70 / 3) ** 2 + (40 - 70 / 3) ** 2) / 3)
    assert out["x"] == pytest.approx(50 + 10 * (10 - mean) / sd)
    assert out["z"] == pytest.approx(50 + 10 * (40 - mean) / sd)
    assert out["w"] == pytest.approx(50.0)


def test_rank_within_year_with_ties():
    scores = pd.DataFrame({"a": [10.0, 10.0, 40.0]}, index=["x", "y", "z"])
    years = pd.Series([2023] * 3, index=scores.index)
    out = NORMALISERS["rank"](scores, years, METHOD)["a"]
    assert list(out) == [25.0, 25.0, 100.0]  # ranks 1.5, 1.5, 3 -> (r-1)/2*100


def test_pooled_over_years():
    out = NORMALISERS["pooled"](SCORES, YEARS, METHOD)["a"]
    assert list(out.round(2)) == [0.0, 25.0, 75.0, 100.0]


def test_goalposts():
    out = NORMALISERS["goalposts"](SCORES, YEARS, {**METHOD, "goalposts": [20, 40]})["a"]
    assert list(out) == [0.0, 0.0, 100.0, 100.0]


def test_arithmetic_and_geometric():
    scores = np.array([[20.0, 80.0], [50.0, 50.0], [0.0, 100.0]])
    w = np.array([1.0, 3.0])
    arith = AGGREGATORS["arithmetic"](scores, w)[0]
    assert list(arith) == [65.0, 50.0, 75.0]  # (1*20 + 3*80)/4, ...
    geo = AGGREGATORS["geometric"](scores, w)[0]
    assert geo[0] == pytest.approx(20**0.25 * 80**0.75)
    assert geo[1] == pytest.approx(50.0)
    assert geo[2] == pytest.approx(1**0.25 * 100**0.75)  # zero counts as 1


def test_aggregate_many_weight_sets_at_once():
    scores = np.array([[20.0, 80.0]])
    w = np.array([[1.0, 1.0], [1.0, 0.0]])
    assert AGGREGATORS["arithmetic"](scores, w)[:, 0].tolist() == [50.0, 20.0]


def test_aggregate_wrapper_aligns_by_name():
    frame = pd.DataFrame({"p": [20.0], "q": [80.0]}, index=["u"])
    assert aggregate("arithmetic", frame, pd.Series({"q": 3.0, "p": 1.0}))["u"] == 65.0


def test_dimension_rules():
    grouped = pd.DataFrame(
        {"wc": [2.0, 0.0], "w": [4.0, 4.0], "w_mean": [2.0, 2.0], "figures": [0, 0]}
    )
    assert list(DIMENSION_RULES["mean"](grouped, METHOD)) == [50.0, 0.0]
    sat = DIMENSION_RULES["saturating"](grouped, {"saturation_k": 5})
    assert sat[0] == pytest.approx(100 * (1 - math.exp(-1 / 5)))  # E = 2 / 2 = 1
    assert sat[1] == 0.0


def test_saturating_rule_credits_achieved_figures_up_to_the_cap():
    grouped = pd.DataFrame(
        {"wc": [2.0, 2.0, 0.0], "w": [4.0] * 3, "w_mean": [2.0] * 3, "figures": [3, 15, 2]}
    )
    params = {"saturation_k": 5, "figure_weight": 0.2, "figure_cap": 10}
    sat = DIMENSION_RULES["saturating"](grouped, params)
    assert sat[0] == pytest.approx(100 * (1 - math.exp(-1.6 / 5)))  # E = 1 + 3 * 0.2
    assert sat[1] == pytest.approx(100 * (1 - math.exp(-3.0 / 5)))  # 15 figures count as 10
    assert sat[2] == pytest.approx(100 * (1 - math.exp(-0.4 / 5)))  # figures without credit
    # the mean rule measures coverage of the catalogue and ignores figures
    assert list(DIMENSION_RULES["mean"](grouped, params)) == [50.0, 50.0, 0.0]


def test_pca_weights_follow_the_shared_component():
    rng = np.random.default_rng(1)
    common = rng.normal(size=40)
    frame = pd.DataFrame(
        {"decision": common, "enforcement": common + rng.normal(scale=0.1, size=40),
         "openness": common + rng.normal(scale=0.1, size=40),
         "disputes": rng.normal(size=40), "publicity": common * 2}
    )  # fmt: skip
    weights, info = pca_weights(frame)
    assert weights.sum() == pytest.approx(1.0)
    assert weights["disputes"] < 0.05 < weights["decision"]
    assert 0.5 < info["explained_variance_first_component"] <= 1


def test_pca_needs_enough_reports():
    with pytest.raises(UserError, match="at least 3 reports"):
        pca_weights(pd.DataFrame({d: [1.0, 2.0] for d in
                                  ["decision", "enforcement", "openness", "disputes", "publicity"]}))  # fmt: skip


@pytest.mark.parametrize(
    ("layer", "message"),
    [({"normalisation": "minmx"}, "normalisation 'minmx'"), ({"aggregaton": "x"}, "did you mean 'aggregation'"),
     ({"saturation_k": 0}, "saturation_k must be a number > 0"), ({"goalposts": [50, 10]}, "goalposts")],
)  # fmt: skip
def test_resolve_method_rejects_bad_methods(layer, message):
    with pytest.raises(UserError) as info:
        resolve_method(layer)
    assert any(message in m for m in info.value.messages)
