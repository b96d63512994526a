"""End-to-end known answers on small hand-written reports (mini catalogue).

Each expected score is computed by hand in the test from the credit rules:
measure 0.4, result 1.0 (a slogan earns nothing), +0.1 per further distinct credited
sentence (max 2; a sentence repeated word for word counts once);
dimension score (default, saturating) 100 * (1 - exp(-E / 5)) with
E = sum(weight / mean weight of the dimension * credit) + 0.2 per distinct achieved
figure of the dimension (at most 10).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from helpers import write_report

from fazhi_bench.read.corpus import load_corpus
from fazhi_bench.run.outputs import write_csv
from fazhi_bench.run.pipeline import run, with_sentences
from fazhi_bench.spec.weights import Weights

REPORT_A = """东风街道2024年度法治政府建设情况报告
2024年,东风街道在区委坚强领导下推进法治建设。
一、主要举措和成效
街道聘请法律顾问2名,全年开展合法性审查15件。
加强政府信息公开工作。
街道组织人民调解,先后开展宪法宣传周活动。
二、存在的不足和原因
执法全过程记录还不够规范。
三、2025年工作安排
将进一步加强人民调解。
"""

REPORT_B = """西山镇2024年法治政府建设工作报告
2024年,西山镇坚持依法行政。
一、主要举措和成效
全面推行了执法公示制度。
政府信息公开平台发布信息320条。
街道推进人民调解工作。
二、下一步工作打算
计划聘请法律顾问。
"""


@pytest.fixture
def two_reports(tmp_path, mini_catalogue):
    write_report(tmp_path, "a.txt", REPORT_A)
    write_report(tmp_path, "b.txt", REPORT_B)
    return run(load_corpus([tmp_path]), mini_catalogue)


def sat(mass: float) -> float:
    return 100 * (1 - math.exp(-mass / 5))


def test_known_scores(two_reports):
    scores = two_reports.scores.set_index("unit")
    a, b = scores.loc["东风街道"], scores.loc["西山镇"]
    # A, decision: legality_review (w 1) 审查15件 and legal_adviser (w 3) 顾问2名 are results
    # of one sentence, so each earns 1 / 2 ** 0.25 = 0.840896; mean weight 2, so
    # (1 + 3) / 2 * 0.840896 = 1.681793; plus two achieved figures (2名, 15件) at 0.2 each
    e_decision = 2 * 2**-0.25 + 0.4
    assert a["decision"] == pytest.approx(sat(e_decision), abs=0.006)
    # the 执法全过程记录 sentence is in the shortcomings part: no credit
    assert a["enforcement"] == pytest.approx(0.0)
    assert a["openness"] == pytest.approx(0.0)  # 加强…工作: a slogan, no deed
    # 先后开展…: measure 0.4; the plan sentence 将进一步加强人民调解 earns nothing
    assert a["disputes"] == pytest.approx(sat(0.4), abs=0.006)
    assert a["publicity"] == pytest.approx(sat(0.4), abs=0.006)  # same sentence: measure
    expected = (sat(e_decision) + 0 + 0 + sat(0.4) + sat(0.4)) / 5
    assert a["index"] == pytest.approx(expected, abs=0.01)
    # B: 聘请法律顾问 is in the plan part -> decision 0
    assert b["decision"] == pytest.approx(0.0)
    assert b["enforcement"] == pytest.approx(sat(0.4), abs=0.006)  # 推行了…制度: measure
    assert b["openness"] == pytest.approx(sat(1.2), abs=0.006)  # 320条: result + one figure
    assert b["disputes"] == pytest.approx(0.0)  # 推进…工作: a slogan
    assert b["publicity"] == pytest.approx(0.0)
    assert a["rank"] == 1 and b["rank"] == 2
    assert a["level"] == "street" and b["level"] == "town"
    assert a["rank_in_level"] == 1 and b["rank_in_level"] == 1


def test_mean_rule_known_scores(tmp_path, mini_catalogue):
    """The 'mean' dimension rule: 100 * weighted mean of indicator credit."""
    write_report(tmp_path, "a.txt", REPORT_A)
    scores = run(load_corpus([tmp_path]), mini_catalogue, method={"dimension": "mean"}).scores
    a = scores.iloc[0]
    shared = 2**-0.25  # both decision indicators come from one sentence
    assert a["decision"] == pytest.approx(100 * (1 * shared + 3 * shared) / 4, abs=0.006)
    assert a["openness"] == pytest.approx(0.0)
    assert a["disputes"] == pytest.approx(40.0)
    assert a["index"] == pytest.approx((100 * shared + 0 + 0 + 40 + 40) / 5, abs=0.01)


def test_dimension_weights(tmp_path, mini_catalogue):
    write_report(tmp_path, "a.txt", REPORT_A)
    corpus = load_corpus([tmp_path])
    base = Weights.from_catalogue(mini_catalogue)
    only_decision = base.with_overrides(
        {"decision": 1, "enforcement": 0, "openness": 0, "disputes": 0, "publicity": 0}, {}
    )
    scores = run(corpus, mini_catalogue, only_decision).scores.iloc[0]
    assert scores["index"] == pytest.approx(scores["decision"])
    # indicator weight: legal_adviser 3, legality_review 1; set the adviser to 0 -> only review
    # counts, at its share of the sentence both evidence (credit is weight-free)
    no_adviser = base.with_overrides({}, {"legal_adviser": 0})
    got = run(corpus, mini_catalogue, no_adviser, method={"dimension": "mean"}).scores.iloc[0]
    assert got["decision"] == pytest.approx(100 * 2**-0.25, abs=0.006)


def test_evidence_rows_explain_every_point(two_reports):
    ev = with_sentences(two_reports.evidence, two_reports.sentences)
    a = ev[ev["unit"] == "东风街道"]
    plan = a[a["section"] == "plan"]
    assert len(plan) == 1 and not plan["credited"].iloc[0] and plan["reason"].iloc[0] == "plan part"
    credited = a[a["credited"]]
    assert set(credited["indicator"]) == {
        "legal_adviser", "legality_review", "mediation", "constitution_week",
    }  # fmt: skip
    slogan = a[a["indicator"] == "info_disclosure"].iloc[0]
    assert not slogan["credited"] and slogan["reason"] == "slogan"
    row = credited[credited["indicator"] == "legal_adviser"].iloc[0]
    assert row["sentence"] == "街道聘请法律顾问2名,全年开展合法性审查15件。"
    assert row["level"] == "result"


def test_weight_free_files_from_arrow_tables_equal_the_frames(tmp_path, mini_catalogue):
    """evidence, sentences and quantities files are streamed from the run's store, whose
    per-document and per-indicator columns are codes; the frames for reading are read
    from the same store: the same bytes, a report of unknown year included."""
    write_report(tmp_path / "in", "a.txt", REPORT_A)
    write_report(
        tmp_path / "in", "x.txt", "工作情况\n一、主要举措和成效\n开展人民调解,聘请法律顾问2名。\n"
    )
    result = run(load_corpus([tmp_path / "in"]), mini_catalogue)
    assert result.evidence["year"].isna().any() and result.quantities["year"].isna().any()
    frames = {"evidence": result.evidence, "sentences": result.sentences,
              "quantities": result.quantities}  # fmt: skip
    for name, frame in frames.items():
        assert len(frame) >= 3, name
        write_csv(frame, tmp_path / f"{name}-frame.csv")
        result.write_table(name, tmp_path / f"{name}-table.csv", "csv")
        assert (tmp_path / f"{name}-frame.csv").read_bytes() == (
            tmp_path / f"{name}-table.csv"
        ).read_bytes(), name


def test_indicator_table_counts(two_reports):
    ind = two_reports.indicators
    row = ind[(ind["unit"] == "东风街道") & (ind["indicator"] == "mediation")].iloc[0]
    assert (
        row["hits"] == 2 and row["credited_sentences"] == 1 and row["credit"] == pytest.approx(0.4)
    )


def test_quantities_have_section_and_dimension(two_reports):
    q = two_reports.quantities
    a = q[q["report_unit"] == "东风街道"].sort_values("start")
    assert list(a["text"]) == ["2名", "15件"]
    assert list(a["dimension"]) == ["decision", "decision"]
    assert set(a["section"]) == {"achievements"}


def test_adding_an_achieved_sentence_never_lowers_a_score(tmp_path, mini_catalogue):
    write_report(tmp_path / "x", "a.txt", REPORT_A)
    before = run(load_corpus([tmp_path / "x"]), mini_catalogue).scores.iloc[0]
    more = REPORT_A.replace(
        "加强政府信息公开工作。", "加强政府信息公开工作。\n全年主动公开政府信息公开事项120条。"
    )
    write_report(tmp_path / "y", "a.txt", more)
    after = run(load_corpus([tmp_path / "y"]), mini_catalogue).scores.iloc[0]
    for col in ["decision", "enforcement", "openness", "disputes", "publicity", "index"]:
        assert after[col] >= before[col]
    # result 1.0 (the mention adds nothing) and one achieved figure (120条): E = 1.2
    assert after["openness"] == pytest.approx(100 * (1 - math.exp(-1.2 / 5)), abs=0.006)


def test_repetition_adds_nothing(tmp_path, mini_catalogue):
    once = "完成了政府信息公开工作。"
    for name, text in {"slogans": "加强政府信息公开工作。" * 30, "measures": once * 30}.items():
        write_report(tmp_path / name, "a.txt", REPORT_A.replace("加强政府信息公开工作。", text))
    slogans = run(load_corpus([tmp_path / "slogans"]), mini_catalogue).scores.iloc[0]
    assert slogans["openness"] == pytest.approx(0.0)  # 30 slogans earn what one does: 0
    measures = run(load_corpus([tmp_path / "measures"]), mini_catalogue).scores.iloc[0]
    assert measures["openness"] == pytest.approx(sat(0.4), abs=0.006)  # one measure, once


def test_further_distinct_measures_add_at_most_two_tenths(tmp_path, mini_catalogue):
    measures = "".join(f"完成了第{n}批政府信息公开工作。" for n in "甲乙丙丁戊")
    write_report(tmp_path, "a.txt", REPORT_A.replace("加强政府信息公开工作。", measures))
    scores = run(load_corpus([tmp_path]), mini_catalogue).scores.iloc[0]
    # a measure (完成) 0.4, + 0.1 for each of two further distinct measure sentences: 0.6
    assert scores["openness"] == pytest.approx(sat(0.6), abs=0.006)


def test_figures_are_told_apart_by_their_sentence_and_place(tmp_path, mini_catalogue):
    def figures(report: str, name: str) -> list[int]:
        write_report(tmp_path / name, "a.txt", report)
        return run(load_corpus([tmp_path / name]), mini_catalogue).figures["figures"].tolist()

    assert figures(REPORT_A, "once") == [2]  # decision: 2名, 15件
    sentence = "街道聘请法律顾问2名,全年开展合法性审查15件。"
    repeated = REPORT_A.replace(sentence, sentence + "\n" + sentence)
    assert figures(repeated, "repeated") == [2]  # the same sentence again adds nothing
    other = REPORT_A.replace(sentence, sentence + "\n另聘请法律顾问2名。")
    assert figures(other, "other") == [3]  # the same number in another sentence counts


@pytest.mark.parametrize("weighting", ["catalogue", "equal", "pca"])
def test_reweight_without_changes_keeps_every_index(weighting):
    from helpers import REPORTS

    from fazhi_bench.present.notebook import reweight
    from fazhi_bench.spec.catalogue import load_catalogue

    catalogue = load_catalogue()[0]
    result = run(load_corpus([REPORTS]), catalogue, method={"weighting": weighting})
    same = reweight(result, {}).data
    assert (same["新综合指数"] - same["原综合指数"]).abs().max() < 1e-9
    assert (same["排名变化(+上升)"] == 0).all()
    heavier = reweight(result, {"disputes": 10.0}).data
    assert (heavier["新综合指数"] != heavier["原综合指数"]).any()


def test_weights_looked_up_per_distinct_indicator():
    import numpy as np
    import pandas as pd

    from fazhi_bench.model.scoring import _looked_up

    keys = pd.Series(["a", "b", "a", "zzz", "b"])
    got = _looked_up(keys, {"a": 2.0, "b": 0.5})
    assert np.array_equal(got, [2.0, 0.5, 2.0, np.nan, 0.5], equal_nan=True)  # unknown: NaN
    assert _looked_up(pd.Series([], dtype=object), {"a": 1.0}).size == 0


def test_kept_measures_come_back_as_measured(tmp_path, mini_catalogue):
    """The measures a cached run keeps are the ones it scored from, values and dtypes;
    the indicator table's text columns are categoricals (a label per report or
    indicator, not per row), sorted as the strings are."""
    from fazhi_bench.run.cache import TablesCache
    from fazhi_bench.run.pipeline import score_paths

    write_report(tmp_path / "in", "a.txt", REPORT_A)
    result = score_paths([tmp_path / "in"], mini_catalogue, cache_dir=tmp_path / "c")
    tables = TablesCache.for_run(tmp_path / "c", mini_catalogue, result.corpus.documents)
    kept, _ = tables.kept()
    for measured, back in zip(result.measures, kept, strict=True):
        pd.testing.assert_frame_equal(back, measured)  # values and dtypes
    indicators = result.measures[0]
    for name in ("doc_id", "dimension", "indicator", "label", "best_level"):
        dtype = indicators[name].dtype
        assert isinstance(dtype, pd.CategoricalDtype), name
        assert list(dtype.categories) == sorted(dtype.categories), name


def test_each_hit_carries_its_sentence_fields(two_reports):
    """The stacked hits look every field up in the hit's own report and sentence (all
    reports' sentences are stacked into one list first); a level only where credited."""
    hits, extractions = two_reports.hits, two_reports.extractions
    section, reason, level = (col.values().tolist() for col in (hits.section, hits.reason,
                                                                 hits.level))  # fmt: skip
    assert len(section) == sum(ex.hit_table.shape[1] for ex in extractions) > 10
    for i, (doc, sid) in enumerate(zip(hits.doc.tolist(), hits.sentence.tolist(), strict=True)):
        ex = extractions[doc]
        assert section[i] == ex.sentence_section[sid] and reason[i] == ex.sentence_reason[sid]
        assert level[i] == (ex.sentence_level[sid] if reason[i] == "" else "")
    assert hits.credited.tolist() == [r == "" for r in reason]
    assert {"plan part", "shortcomings part", ""} <= set(reason) and "result" in level
