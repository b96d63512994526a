"""The default catalogue's shape, its examples, and validation of broken catalogues."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import MINI, ROOT, run_cli

from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.read.clean import normalise_chars
from fazhi_bench.spec.catalogue import DIMENSIONS, load_catalogue, parse_catalogue
from fazhi_bench.spec.regexsafety import backtracking_risk

CATALOGUE = load_catalogue(ROOT / "indicators.yaml")[0]
EXAMPLES = yaml.safe_load(
    (Path(__file__).parents[1] / "data" / "indicator_examples.yaml").read_text("utf-8")
)
MATCHER = Matcher(CATALOGUE)


def test_default_catalogue_shape():
    assert [d.id for d in CATALOGUE.dimensions] == list(DIMENSIONS)
    for dim in CATALOGUE.dimensions:
        assert 8 <= len(dim.indicators) <= 16, dim.id
    assert {b.id for b in CATALOGUE.auxiliary} == {"leadership", "emergency"}
    for ind in CATALOGUE.indicators:
        assert ind.label and ind.weight > 0 and ind.patterns and ind.basis, ind.id
    kinds = {p.kind for ind in CATALOGUE.indicators for p in ind.patterns}
    assert kinds == {"literal", "regex"}
    assert len(CATALOGUE.slogans) >= 20


def _indicators_hit(sentence: str) -> set[str]:
    hits, _ = MATCHER.hits(normalise_chars(sentence))
    return {MATCHER.indicators[h.indicator].id for h in hits}


@pytest.mark.parametrize("indicator", [i.id for i in CATALOGUE.indicators])
def test_every_indicator_has_a_positive_and_a_negative_example(indicator):
    example = EXAMPLES[indicator]
    assert indicator in _indicators_hit(example["positive"])
    assert indicator not in _indicators_hit(example["negative"])


@pytest.mark.parametrize(
    ("sentence", "collective"),
    [
        # meetings of a body that decides collectively, counted: collective decision
        ("镇政府全年召开党委会议及镇长办公会议38次。", True),
        ("区政府常务会议全年召开26次,研究议题213项。", True),
        ("街道召开党工委(扩大)会议12次、主任办公会20次。", True),
        ("乡政府全年召开常务会议十二次。", True),  # numerals in words
        ("镇党委领导班子会全年召开24次。", True),
        # meetings counted for study before them, or attended by an adviser: not this
        ("县审计局全年召开党组会议前学法12次。", False),
        ("法律顾问全年列席县政府常务会议18次。", False),
        ("全年召开安全生产工作会议6次。", False),
    ],
)
def test_counted_meetings_of_deciding_bodies(sentence, collective):
    assert ("collective_decision" in _indicators_hit(sentence)) is collective


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "c.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("weight: 3", "wieght: 3", "unknown key 'wieght' in an indicator of 'decision' (did you mean 'weight'?)"),
        ("id: legal_adviser", "id: legality_review", "duplicate id 'legality_review'"),
        ('{regex: "公职律师"}', '{regex: "公职(律师"}', "bad regex"),
        ('{regex: "公职律师"}', '{regex: "(法治.*)+公职"}', "backtrack catastrophically"),
        ("patterns: [人民调解]", "patterns: []", "has no patterns"),
        ("patterns: [人民调解]", 'patterns: ["  "]', "empty pattern"),
        ("weight: 3", "weight: heavy", "must be a number"),
        ("weight: 3", "weight: -1", "must be a number from 0 to"),
        ("id: openness", "id: opennes", "did you mean 'openness'"),
        ("schema: 1", "schema: 2", "schema must be 1"),
    ],
)  # fmt: skip
def test_validation_problems(tmp_path, old, new, message):
    _, errors, _ = parse_catalogue(_broken(tmp_path, old, new))
    assert any(message in e for e in errors), errors
    assert all(e.startswith(str(tmp_path / "c.yaml")) for e in errors)


def test_all_problems_at_once_with_lines(tmp_path):
    text = MINI.read_text(encoding="utf-8").replace("weight: 3", "wieght: 3")
    text = text.replace('{regex: "公职律师"}', '{regex: "公职(律师"}')
    text = text.replace("id: three_systems", "id: legality_review")
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    proc = run_cli("validate", str(path))
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 3
    assert all(f"{path}:" in line for line in lines)
    assert ":15:" in proc.stderr  # the line of the misspelt key (mini.yaml line 15)


def test_all_zero_weights(tmp_path):
    text = MINI.read_text(encoding="utf-8").replace(
        "    weight: 1\n    indicators", "    weight: 0\n    indicators"
    )
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    _, errors, _ = parse_catalogue(path)
    assert any("all dimension weights are zero" in e for e in errors)


def test_shared_pattern_is_a_warning(tmp_path):
    path = _broken(tmp_path, "patterns: [人民调解]", "patterns: [人民调解, 合法性审查]")
    catalogue, errors, warnings = parse_catalogue(path)
    assert catalogue is not None and not errors
    assert any("合法性审查" in w and "'decision'" in w and "'disputes'" in w for w in warnings)


@pytest.mark.parametrize(
    ("regex", "unsafe"),
    [("(a+)+b", True), ("(法治.*)*", True), ("(?:x|xy)+z", True), ("(\\d{1,3})+", True),
     ("公众参与.{0,20}专家论证", False), ("双随机[、,]?一公开", False), ("(?:行政)?复议", False),
     ("[一二三]{1,2}项制度", False)],
)  # fmt: skip
def test_backtracking_risk(regex, unsafe):
    assert bool(backtracking_risk(regex)) is unsafe


def test_yaml_syntax_error_and_tags(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("schema: 1\ndimensions: [\n  - id: x\n", encoding="utf-8")
    proc = run_cli("validate", str(path))
    assert proc.returncode == 2 and f"{path}:" in proc.stderr and "YAML error" in proc.stderr
    path.write_text("schema: !!python/object/apply:os.system ['echo owned']\n", encoding="utf-8")
    proc = run_cli("validate", str(path))
    assert proc.returncode == 2 and "tag not allowed" in proc.stderr and "owned" not in proc.stdout
