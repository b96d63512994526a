"""Shared fixtures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# the tests mirror the package by stage (tests/read, tests/evidence, …); their shared
# helpers (helpers.py, perturb.py, formats.py) stay here, importable from every folder
sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import MINI  # noqa: E402

# A commit's suite passes or fails the same way on every run (CI starts with no example
# database, so a random draw could fail one run in many): property tests draw their
# examples from a fixed seed. HYPOTHESIS_PROFILE=explore draws fresh ones, to look for
# new failures before a change is committed.
settings.register_profile("fixed", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))


@pytest.fixture
def mini_catalogue():
    from fazhi_bench.spec.catalogue import load_catalogue

    return load_catalogue(MINI)[0]
