"""Shared fixtures."""

from __future__ import annotations

import pytest
from helpers import MINI


@pytest.fixture
def mini_catalogue():
    from fazhi_bench.spec.catalogue import load_catalogue

    return load_catalogue(MINI)[0]
