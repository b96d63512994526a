"""The project's promises about itself: dependencies, sample data, quick start."""

from __future__ import annotations

import hashlib
import re
import tomllib

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


def test_packaged_catalogue_is_the_repository_one():
    from fazhi_bench.catalogue import default_catalogue_path

    assert default_catalogue_path().read_bytes() == (ROOT / "indicators.yaml").read_bytes()
