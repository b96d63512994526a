"""Shared fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the tests mirror the package by stage (tests/read, tests/evidence, …); their shared
# helpers (helpers.py, perturb.py, formats.py) stay here, importable from every folder
sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import MINI  # noqa: E402


@pytest.fixture
def mini_catalogue():
    from fazhi_bench.spec.catalogue import load_catalogue

    return load_catalogue(MINI)[0]
