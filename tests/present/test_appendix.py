"""Notebooks run top to bottom; the appendix is self-contained and draws in a browser."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from helpers import ROOT, headless_chromium, run_cli

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
UNITS = ["塘沽街道", "大港街", "高新区", "中河街道", "金口河区"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_committed_clean_with_parameters(path):
    book = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in book["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    source = "".join(tagged[0]["source"])
    for name in ("CORPUS", "CATALOGUE", "WEIGHTS", "YEAR"):
        assert re.search(rf"^{name} = ", source, re.M), name
    # thin notebooks: no scoring logic in cells, only calls into the package
    for cell in code:
        text = "".join(cell["source"])
        assert "def " not in text and "groupby" not in text


# a single-year corpus of twelve units, as an evaluation office has it
TWELVE = ["塘沽街道", "新港街道", "杭州道街道", "新河街道", "大沽街道", "北塘街道", "胡家园街道",
          "新城镇", "汉沽街道", "寨上街道", "茶淀街道", "大港街道"]  # fmt: skip


@pytest.fixture(scope="module")
def appendix(tmp_path_factory):
    from fazhi_bench.tools.bench import make_corpus

    folder = tmp_path_factory.mktemp("twelve")
    files, _, _ = make_corpus(ROOT / "data" / "reports", folder / "reports", len(TWELVE))
    manifest = folder / "清单.csv"
    rows = [f"{f.name},{unit},2024" for f, unit in zip(files, TWELVE, strict=True)]
    manifest.write_text("文件,单位,年度\n" + "\n".join(rows) + "\n", encoding="gbk")
    out = folder / "out" / "appendix.html"
    proc = run_cli("appendix", str(folder / "reports"), "--manifest", str(manifest),
                   "--out", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    return out, proc


def test_appendix_executes_every_notebook_and_is_self_contained(appendix):
    out, proc = appendix
    page = out.read_text(encoding="utf-8")
    assert "nothing loaded from the network" in proc.stdout
    assert proc.stderr == ""  # the build prints its own summary only: no kernel warnings
    assert not re.findall(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", page)
    assert "<script src" not in page and "<link" not in page
    # one heading per part, in order
    titles = ["一、排名", "二、逐年比较", "三、权重与排名稳定性", "四、证据", "五、方法说明"]
    places = [page.find(f'<h2 class="notebook">{t}</h2>') for t in titles]
    assert all(p > 0 for p in places) and places == sorted(places), places
    assert "排名 Rankings" not in page and "<h1>方法说明" not in page
    ranking, evidence = page[places[0] : places[1]], page[places[3] : places[4]]
    for unit in TWELVE:  # every unit in the ranking and in the evidence
        assert unit in ranking, unit
        assert f"<h3>{unit}(2024 年度)" in evidence, unit
    assert page.count('class="chart"') >= 3
    # no synthetic data, and the year-on-year part says why in one line
    assert "synthetic-banner" not in page.split("</style>", 1)[1] and "合成演示数据" not in page
    assert "没有同一单位多个年度的报告" in page[places[1] : places[2]]
    # the reader's version: no Python instructions, no index column, Chinese values
    assert "在 Python 中调整权重" not in page and "ALT_WEIGHTS" not in page
    assert 'class="row_heading' not in page and "blank level0" not in page
    for code in (">mention<", ">achievements+", ">True<", ">False<", ">street<"):
        assert code not in page, code
    assert "A4" in page.split("@page", 1)[1][:40]  # printed on A4
    # methodology in Chinese: catalogue name and sha256, weights, methods, version, date
    import hashlib

    digest = hashlib.sha256((ROOT / "indicators.yaml").read_bytes()).hexdigest()
    for fact in (digest, "法治政府建设年度报告评价指标", "维度权重", "权重调整", "证据量递减计分",
                 "绝对标尺", "加权算术平均", "fazhi_bench 0.1.0", "生成时间"):  # fmt: skip
        assert fact in page, fact
    charts = out.parent / "appendix_charts"
    assert len(list(charts.glob("*.svg"))) >= 3


def test_unknown_year_is_an_error(tmp_path):
    proc = run_cli("appendix", "--year", "2030", "--out", str(tmp_path / "a.html"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: --year 2030") and "2024" in proc.stderr
    assert not (tmp_path / "a.html").exists()


def test_demo_panel_only_when_asked_and_marked(tmp_path):
    weights = tmp_path / "w.yaml"
    weights.write_text("依法决策: 3\n", encoding="utf-8")
    out = tmp_path / "a.html"
    proc = run_cli("appendix", "--demo-panel", "--weights", str(weights), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count("synthetic-banner") >= 2 and "合成演示数据" in page
    assert "依法决策 1 → 3" in page  # the weights file's change, in the methodology


def test_browser_draws_the_charts_offline(appendix, tmp_path):
    out, _ = appendix
    cmd = [*headless_chromium(tmp_path / "profile"), "--virtual-time-budget=20000",
           "--dump-dom", out.as_uri()]  # fmt: skip
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False).stdout
    drawn = dom.count('class="marks"')  # the SVG root vega-embed draws for each chart
    assert drawn >= 3, dom[:500]
    assert "vega-bind" in dom  # the weight sliders of the in-browser chart
