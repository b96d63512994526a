"""Helpers shared by the tests: paths and running the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini.yaml"
REPORTS = ROOT / "data" / "reports"
# one extraction cache per test session, never the user's own
CACHE_HOME = tempfile.mkdtemp(prefix="fazhi-test-cache-")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m fazhi_bench`` in a subprocess, as a user would."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "XDG_CACHE_HOME": CACHE_HOME}
    return subprocess.run(
        [sys.executable, "-m", "fazhi_bench", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def write_report(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def headless_chromium(profile: Path) -> list[str]:
    """The command that starts Chromium headless and offline, with a private profile; a
    test needing it fails on CI (.ci/run installs it) and is skipped elsewhere without it."""
    import pytest

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs the Debian package")
        pytest.skip("chromium not installed (apt-get install chromium)")
    return [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND"]  # fmt: skip
