"""Weights files as researchers write them: by id or Chinese label, typos caught."""

from __future__ import annotations

import pytest

from fazhi_bench.errors import UserError
from fazhi_bench.spec.catalogue import load_catalogue
from fazhi_bench.spec.weights import weights_from

CATALOGUE = load_catalogue()[0]


def test_labels_equal_ids():
    by_id = weights_from({"dimensions": {"decision": 3}}, CATALOGUE)
    assert weights_from({"dimensions": {"依法决策": 3}}, CATALOGUE) == by_id
    assert weights_from({"维度": {"依法决策": 3}}, CATALOGUE) == by_id
    assert weights_from({"依法决策": 3}, CATALOGUE) == by_id  # the flat form
    assert by_id.dimensions["decision"] == 3
    assert by_id.dimensions["enforcement"] == CATALOGUE.block("enforcement").weight


def test_indicator_by_label():
    indicator = CATALOGUE.indicators[0]
    by_label = weights_from({"indicators": {indicator.label: 4}}, CATALOGUE)
    assert by_label == weights_from({"indicators": {indicator.id: 4}}, CATALOGUE)
    assert by_label.indicators[indicator.id] == 4


def test_typo_names_the_nearest_and_the_valid_names():
    with pytest.raises(UserError) as raised:
        weights_from({"dimensions": {"decison": 3}}, CATALOGUE, "w.yaml")
    (message,) = raised.value.messages
    assert "'decison'" in message and "did you mean 'decision'?" in message
    assert "valid: decision, enforcement, openness, disputes, publicity" in message


def test_one_weight_twice_with_two_values():
    with pytest.raises(UserError, match="second time"):
        weights_from({"dimensions": {"decision": 3, "依法决策": 2}}, CATALOGUE)
