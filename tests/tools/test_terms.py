"""Term discovery with a private jieba tokenizer."""

from __future__ import annotations

import jieba
from helpers import MINI, REPORTS, run_cli

from fazhi_bench.spec.catalogue import load_catalogue
from fazhi_bench.tools.terms import make_tokenizer, uncovered_terms


def test_private_tokenizer_knows_catalogue_terms_and_leaves_global_alone(tmp_path):
    catalogue = load_catalogue(MINI)[0]
    tokenizer = make_tokenizer(catalogue, tmp_path)
    assert "执法全过程记录" in tokenizer.lcut("推行执法全过程记录制度")
    assert tokenizer is not jieba.dt
    assert "执法全过程记录" not in jieba.dt.FREQ  # the global dictionary was not touched


def test_uncovered_terms_lists_domain_words_not_in_catalogue(tmp_path):
    catalogue = load_catalogue(MINI)[0]
    texts = {
        "a": "开展行政复议案件审理。推进行政复议规范化。聘请法律顾问。",
        "b": "办理行政复议案件。法律顾问参与审查。",
    }
    table = uncovered_terms(texts, catalogue, min_docs=2, cache_dir=tmp_path)
    terms = set(table["term"])
    assert "行政复议" in terms  # frequent, in two reports, and no mini indicator covers it
    assert "法律顾问" not in terms  # covered by the legal_adviser indicator
    row = table[table["term"] == "行政复议"].iloc[0]
    assert row["docs"] == 2 and row["count"] == 3


def test_terms_command():
    proc = run_cli("terms", str(REPORTS), "--top", "10")
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.strip().splitlines()) >= 2
