"""The project's promises about itself: dependencies, sample data, quick start."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from helpers import REPORTS, ROOT


def _name(spec: str) -> str:
    return re.split(r"[<>=!~ \[]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {_name(d): d.replace(" ", "") for d in project["dependencies"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    listed = [d for d in env["dependencies"] if isinstance(d, str)]
    listed += [d for item in env["dependencies"] if isinstance(item, dict) for d in item["pip"]]
    conda = {_name(d): d.replace(" ", "") for d in listed if not d.startswith("-e")}
    conda.pop("python"), conda.pop("pip")
    assert conda == runtime


def test_sample_reports_are_the_seeds_byte_for_byte():
    manifest = (ROOT / "data" / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]
    names = sorted(line.split(",")[0] for line in manifest)
    assert sorted(p.name for p in REPORTS.iterdir()) == names
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():  # beside the checkout on developer machines and in CI
        for name in names:
            assert (REPORTS / name).read_bytes() == (seeds / name).read_bytes()
    digests = {hashlib.sha256((REPORTS / n).read_bytes()).hexdigest()[:8] for n in names}
    assert len(digests) == 5


def test_readme_quick_start_is_two_make_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_readme_stays_a_users_guide():
    """Method, validity and performance detail live in docs/; the README stays short."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 300, f"README.md has {len(lines)} lines; move detail to docs/"


def test_performance_notes_stay_short():
    """docs/performance.md holds the method and the current figures, not a diary: the
    history of each round lives in docs/validity.md and the commits."""
    text = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 150
    for heading in ("## How it is measured", "## Current figures", "## Not reached"):
        assert heading in text


def test_packaged_catalogue_is_the_repository_one():
    from fazhi_bench.spec.catalogue import default_catalogue_path

    assert default_catalogue_path().read_bytes() == (ROOT / "indicators.yaml").read_bytes()


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory) -> dict[str, str]:
    """The package built as a wheel and installed into a folder outside the checkout;
    the environment that runs it from a working folder elsewhere."""
    base = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                    str(base / "dist"), str(ROOT)], check=True, capture_output=True)  # fmt: skip
    wheel = next((base / "dist").glob("fazhi_bench-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(base / "site"), str(wheel)], check=True, capture_output=True)  # fmt: skip
    (base / "work").mkdir()
    env = {**os.environ, "PYTHONPATH": str(base / "site"), "XDG_CACHE_HOME": str(base / "cache"),
           "PYTHONIOENCODING": "utf-8"}  # fmt: skip
    return {"cwd": str(base / "work"), **{f"env:{k}": v for k, v in env.items()}}


def _in_wheel(installed: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k[4:]: v for k, v in installed.items() if k.startswith("env:")}
    return subprocess.run([sys.executable, *args], cwd=installed["cwd"], env=env,
                          capture_output=True, text=True, timeout=600)  # fmt: skip


_API_CHECK = r"""
import json, subprocess, sys, pathlib, time
import pandas as pd
import fazhi_bench as fb
from fazhi_bench.present.notebook import project_path
assert "/site/fazhi_bench/" in fb.__file__, fb.__file__
reports = project_path("data/reports")
began = time.monotonic()
run = fb.score(reports, cache=False)
cold = time.monotonic() - began
for name in ("scores", "indicators", "evidence", "quantities", "sentences", "sensitivity"):
    frame = getattr(run, name)
    assert isinstance(frame, pd.DataFrame) and len(frame), name
pathlib.Path("w.yaml").write_text("dimensions: {decision: 2}\n", encoding="utf-8")
began = time.monotonic()
heavy = run.reweight("w.yaml")
assert time.monotonic() - began < cold / 4, (time.monotonic() - began, cold)
heavy.write("api_out")
cli = [sys.executable, "-m", "fazhi_bench"]
subprocess.run([*cli, "score", reports, "--weights", "w.yaml", "--no-cache", "--out", "cli_out"],
               check=True, capture_output=True)
for name in ("scores.csv", "indicators.csv", "evidence.csv", "sentences.csv", "quantities.csv",
             "sensitivity.csv"):
    assert pathlib.Path("api_out", name).read_bytes() == pathlib.Path("cli_out", name).read_bytes(), name
assert sorted(p.name for p in pathlib.Path("api_out").iterdir()) == sorted(
    p.name for p in pathlib.Path("cli_out").iterdir())
one = reports + "/000_99c6fe48d1545a6e.txt"
printed = subprocess.run([*cli, "inspect", one, "--json"], check=True, capture_output=True, text=True)
assert json.loads(printed.stdout) == json.loads(json.dumps(fb.inspect(one), ensure_ascii=False))
pathlib.Path("bad.docx").write_text("not a word file", encoding="utf-8")
try:
    fb.score("bad.docx", cache=False)
    raise SystemExit("no error for a bad file")
except fb.UserError as exc:
    assert "bad.docx" in str(exc)
print("ok")
"""


def test_the_wheel_works_outside_the_checkout(installed_wheel):
    proc = _in_wheel(installed_wheel, "-c", _API_CHECK)
    assert proc.returncode == 0 and proc.stdout.strip().endswith("ok"), proc.stderr[-3000:]


def test_the_appendix_builds_from_the_wheel(installed_wheel):
    proc = _in_wheel(installed_wheel, "-m", "fazhi_bench", "appendix", "--out", "app.html")
    assert proc.returncode == 0, proc.stderr[-3000:]
    page = Path(installed_wheel["cwd"]) / "app.html"
    assert page.stat().st_size > 100_000 and "金口河区" in page.read_text(encoding="utf-8")
