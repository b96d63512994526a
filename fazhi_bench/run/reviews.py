"""Reviewers' corrections: reject a sentence's credit, credit a sentence the patterns
missed, or set an indicator from material outside the report, each with a note.

A reviews file (``--reviews``, .xlsx or CSV, English or Chinese headers) is checked in
full before anything is scored: every bad row is listed with its spreadsheet row number,
and a review is never dropped silently. Sentences are found after the same character
cleaning as the reports, so text copied from the original file still matches; a sentence
repeated word for word is one sentence. Machine and reviewed values stay side by side.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from fazhi_bench.errors import UserError, nearest
from fazhi_bench.evidence.credit import LEVEL_VALUE, credit_from, sentence_value
from fazhi_bench.read.clean import normalise_chars, to_simplified
from fazhi_bench.read.readers import file_sha256
from fazhi_bench.read.sheetfile import read_table, row_place
from fazhi_bench.spec.catalogue import Catalogue
from fazhi_bench.spec.weights import weight_names

REVIEW_HEADERS = {
    "unit": "unit", "单位": "unit", "year": "year", "年度": "year",
    "indicator": "indicator", "指标": "indicator", "指标编号": "indicator",
    "action": "action", "操作": "action", "sentence": "sentence", "证据句": "sentence",
    "level": "level", "等级": "level", "credit": "credit", "得分": "credit",
    "reviewer": "reviewer", "复核人": "reviewer", "note": "note", "理由": "note",
    # columns of the review sheet that are for reading only
    "dimension": "dimension", "维度": "dimension", "label": "label", "指标名称": "label",
    "machine_level": "machine_level", "机器等级": "machine_level",
    "machine_credit": "machine_credit", "机器得分": "machine_credit",
}  # fmt: skip
ACTION_ZH = {"reject": "不予认定", "credit": "认定", "set": "调整"}
ACTIONS = {**{a: a for a in ACTION_ZH}, **{zh: a for a, zh in ACTION_ZH.items()}}
LEVEL_NAMES = {"mention": "mention", "提及": "mention", "measure": "measure", "举措": "measure",
               "具体措施": "measure", "result": "result", "成效": "result",
               "量化成果或具体案例": "result"}  # fmt: skip
MIN_FRAGMENT = 8  # characters of a sentence that must be quoted to find it


@dataclass(frozen=True)
class Review:
    """One applied row, resolved against the corpus."""

    row: int  # as a spreadsheet shows it (header = 1)
    doc_id: str
    unit: str
    year: int
    indicator: str
    action: str  # reject | credit | set
    sentence_key: int  # the sentence's first word-for-word copy in its report; -1 for set
    sentence: str  # the report's sentence as it reads ('' for set without a sentence)
    start: int  # the sentence's span in the cleaned text (-1 for set)
    end: int
    section: str
    level: str  # for credit
    credit: float | None  # for set
    reviewer: str
    note: str


@dataclass(frozen=True)
class Reviews:
    path: str
    sha256: str
    rows: tuple[Review, ...]
    # (doc_id, indicator) -> {sentence_key: level}: the machine's credited sentences of
    # every reviewed indicator, so that reweighting can re-apply the reviews alone
    machine: dict[tuple[str, str], dict[int, str]]
    # (doc_id, indicator) -> {sentence_key: n}: how many indicators of the indicator's
    # dimension each of those sentences (and each reviewed one) evidences, which shares
    # its value (``credit.sentence_value``)
    shared: dict[tuple[str, str], dict[int, int]]


def comparable(text: str, convert: bool = False) -> str:
    """A sentence as compared: cleaned characters, no white space; ``convert``: also in
    simplified script (a fragment copied from a page in traditional characters)."""
    text = re.sub(r"\s+", "", normalise_chars(text))
    return to_simplified(text) if convert else text


def load_reviews(path: Path, catalogue: Catalogue, docs: tuple, extractions: list,
                 hits: object) -> Reviews:  # fmt: skip
    """Read and check a reviews file against the scored corpus; every problem at once."""
    table = read_table(path, "reviews file", REVIEW_HEADERS,
                       required=("unit", "year", "indicator", "action", "note"))  # fmt: skip
    names = weight_names(catalogue)["indicators"]  # ids, and labels held by one indicator
    by_unit_year = {(d.unit, d.year): n for n, d in enumerate(docs)}
    sentence_index = _SentenceIndex(docs, extractions)
    errors: list[str] = []
    rows: list[Review] = []
    for n, raw in table.rows:
        if not raw.get("action"):
            continue  # a row of a blank review sheet
        found = _check_row(path, n, raw, names, by_unit_year, sentence_index, docs)
        if isinstance(found, list):
            errors.extend(found)
        else:
            rows.append(found)
    errors += _conflicts(path, rows)
    if errors:
        raise UserError(errors)
    machine = _machine_levels(rows, docs, hits, [i.id for i in catalogue.indicators])
    shared = _shares(rows, machine, docs, hits, catalogue)
    return Reviews(str(path), file_sha256(path), tuple(rows), machine, shared)


def _check_row(path, row, raw, names, by_unit_year, sentence_index, docs) -> Review | list[str]:
    """The row as a Review, or its problems (all of them)."""
    where = row_place(path, row)
    errors: list[str] = []
    action = ACTIONS.get(raw.get("action", "").strip().lower(), "")
    if not action:
        errors.append(
            f"{where}: action '{raw['action']}' is unknown; {nearest(raw['action'], ACTIONS)}"
        )
    indicator = names.get(raw.get("indicator", "").strip(), "")
    if not indicator:
        errors.append(f"{where}: indicator '{raw.get('indicator', '')}' is not in the catalogue; "
                      f"{nearest(raw.get('indicator', ''), names)}")  # fmt: skip
    year_text = re.sub(r"年度?$", "", raw.get("year", "").strip())
    year = int(year_text) if year_text.isdigit() else None
    doc = by_unit_year.get((raw.get("unit", "").strip(), year))
    if doc is None:
        known = [f"{u} {y}" for u, y in by_unit_year]
        named = f"{raw.get('unit', '').strip()} {year_text}"
        errors.append(f"{where}: unit and year '{named}' are not among the reports; "
                      f"{nearest(named, known)}")  # fmt: skip
    note = raw.get("note", "").strip()
    if not note:
        errors.append(f"{where}: no note (理由): every review says why")
    level, credit = "", None
    if action == "credit":
        level = LEVEL_NAMES.get(raw.get("level", "").strip().lower(), "")
        if not level:
            errors.append(f"{where}: level '{raw.get('level', '')}' is unknown for credit; "
                          "use mention|measure|result (提及|举措|成效)")  # fmt: skip
    if action == "set":
        try:
            credit = float(raw.get("credit", ""))
        except ValueError:
            credit = None
        if credit is None or not math.isfinite(credit) or not 0 <= credit <= 1:
            errors.append(f"{where}: credit '{raw.get('credit', '')}' must be a number from 0 to 1")
            credit = None
    sentence = {"key": -1, "text": "", "start": -1, "end": -1, "section": ""}
    fragment = raw.get("sentence", "").strip()
    if action in ("reject", "credit") and not fragment:
        errors.append(f"{where}: no sentence (证据句): {action} names the sentence it judges")
    elif fragment and doc is not None:
        found = sentence_index.find(doc, fragment)
        if isinstance(found, str):
            errors.append(f"{where}: {found}")
        else:
            sentence = found
    if errors:
        return errors
    d = docs[doc]
    return Review(row=row, doc_id=d.doc_id, unit=d.unit, year=d.year,
                  indicator=indicator, action=action, sentence_key=sentence["key"],
                  sentence=sentence["text"], start=sentence["start"], end=sentence["end"],
                  section=sentence["section"], level=level, credit=credit,
                  reviewer=raw.get("reviewer", "").strip(), note=note)  # fmt: skip


class _SentenceIndex:
    """Each report's sentences as compared, built on first use per report."""

    def __init__(self, docs: tuple, extractions: list) -> None:
        self.docs, self.extractions = docs, extractions
        self._cache: dict[int, list[tuple[str, int, int, int, str]]] = {}

    def _sentences(self, doc: int) -> list[tuple[str, int, int, int, str]]:
        if doc not in self._cache:
            ex, text = self.extractions[doc], self.docs[doc].text
            self._cache[doc] = [
                (comparable(text[s:e]), ex.sentence_canonical[i], s, e, ex.sentence_section[i])
                for i, (s, e) in enumerate(ex.sentences)
            ]
        return self._cache[doc]

    def find(self, doc: int, fragment: str) -> dict | str:
        """The one sentence holding ``fragment`` (a dict), or what is wrong (a str)."""
        wanted = comparable(fragment, convert=True)
        sentences = self._sentences(doc)
        whole = [s for s in sentences if s[0] == wanted]
        if not whole and len(wanted) < MIN_FRAGMENT:
            return (f"sentence '{fragment}' is too short to find: quote at least "
                    f"{MIN_FRAGMENT} characters of it")  # fmt: skip
        matches = whole or [s for s in sentences if wanted in s[0]]
        distinct = {s[1] for s in matches}  # word-for-word copies are one sentence
        if not distinct:
            return (f"sentence '{fragment}' is not in the report of {self.docs[doc].unit} "
                    f"{self.docs[doc].year} (the report changed, or a typo)")  # fmt: skip
        if len(distinct) > 1:
            return (f"sentence '{fragment}' matches {len(distinct)} different sentences of "
                    "that report; quote more of it")  # fmt: skip
        _, key, s, e, section = matches[0]
        text = self.docs[doc].text[s:e].strip()
        return {"key": key, "text": text, "start": s, "end": e, "section": section}


def _conflicts(path: Path, rows: list[Review]) -> list[str]:
    """Two rows that say different things about the same sentence, or set one indicator
    to two credits: only a person can tell which is meant."""
    errors: list[str] = []
    seen: dict[tuple, Review] = {}
    for r in rows:
        key = (r.doc_id, r.indicator, r.sentence_key if r.action != "set" else "set")
        earlier = seen.get(key)
        said = (r.action, r.level, r.credit)
        if earlier is not None and (earlier.action, earlier.level, earlier.credit) != said:
            errors.append(f"{row_place(path, r.row)}: contradicts row {earlier.row} about {r.unit} "
                          f"{r.year} {r.indicator}; keep one of them")  # fmt: skip
        seen.setdefault(key, r)
    return errors


def _machine_levels(rows: list[Review], docs: tuple, hits: object, ind_ids: list[str]) -> dict:
    """The machine's credited sentences (best level each) of every reviewed indicator."""
    wanted = {(r.doc_id, r.indicator) for r in rows}
    doc_ids = [d.doc_id for d in docs]
    out: dict[tuple[str, str], dict[int, str]] = {cell: {} for cell in wanted}
    if not wanted:
        return out
    reviewed = _hits_of(hits, docs, {doc_id for doc_id, _ in wanted})
    for i in reviewed[hits.credited[reviewed]].tolist():
        cell = (doc_ids[hits.doc[i]], ind_ids[hits.indicator[i]])
        if cell in out:
            level = hits.level.labels[hits.level.codes[i]] or "mention"
            key = int(hits.canonical[i])
            if LEVEL_VALUE[level] > LEVEL_VALUE.get(out[cell].get(key, ""), -1):
                out[cell][key] = level
    return out


def _hits_of(hits: object, docs: tuple, doc_ids: set[str]) -> np.ndarray:
    """Row numbers of the hits of the reports ``doc_ids``: reviews touch a few reports, so
    the loops over hits in Python run over theirs, not over a national corpus."""
    return np.flatnonzero(np.isin(hits.doc, [n for n, d in enumerate(docs) if d.doc_id in doc_ids]))


def _shares(rows: list[Review], machine: dict, docs: tuple, hits: object,
            catalogue: Catalogue) -> dict:  # fmt: skip
    """For every sentence of ``machine`` and of the reviews: the distinct indicators of the
    reviewed indicator's dimension that the sentence evidences, itself included."""
    inds = catalogue.indicators
    index = {i.id: n for n, i in enumerate(inds)}
    keys: dict[tuple[str, str], set[int]] = {cell: set(levels) for cell, levels in machine.items()}
    for r in rows:
        if r.action != "set":
            keys.setdefault((r.doc_id, r.indicator), set()).add(r.sentence_key)
    wanted = {(doc_id, key) for (doc_id, _), ks in keys.items() for key in ks}
    doc_ids = [d.doc_id for d in docs]
    reviewed = _hits_of(hits, docs, {doc_id for doc_id, _ in wanted})
    matched: dict[tuple[str, int], set[int]] = {}
    for doc, key, ind in zip(hits.doc[reviewed].tolist(), hits.canonical[reviewed].tolist(),
                             hits.indicator[reviewed].tolist(), strict=True):  # fmt: skip
        if (doc_ids[doc], key) in wanted:
            matched.setdefault((doc_ids[doc], key), set()).add(ind)
    dimension_of = [i.dimension for i in inds]
    out: dict[tuple[str, str], dict[int, int]] = {}
    for (doc_id, indicator), ks in keys.items():
        me = index[indicator]
        same = {n for n, d in enumerate(dimension_of) if d == dimension_of[me]}
        out[(doc_id, indicator)] = {
            key: len((matched.get((doc_id, key), set()) | {me}) & same) for key in ks
        }
    return out


def _credit(levels: dict[int, str], shared: dict[int, int]) -> tuple[float, str]:
    """An indicator's credit and best level from its credited sentences (the machine's
    rule: ``credit.sentence_value`` and ``credit.credit_from``)."""
    if not levels:
        return 0.0, ""
    best = max(levels.values(), key=LEVEL_VALUE.__getitem__)
    value = max(sentence_value(level, shared.get(key, 1)) for key, level in levels.items())
    concrete = sum(level != "mention" for level in levels.values())
    return credit_from(value, concrete), best


def apply_reviews(indicators: pd.DataFrame, reviews: Reviews) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Indicators with the reviews applied (``credit_machine`` and ``review`` added) and
    one row per applied review with the indicator's credit before and after it."""
    out = indicators.copy()
    out["credit_machine"] = out["credit"]
    out["review"] = ""
    position = {cell: k for k, cell in enumerate(zip(out["doc_id"], out["indicator"], strict=True))}
    applied: list[dict] = []
    cells: dict[tuple[str, str], list[Review]] = {}
    for r in reviews.rows:
        cells.setdefault((r.doc_id, r.indicator), []).append(r)
    credit_col, level_col, review_col = (out.columns.get_loc(c)
                                         for c in ("credit", "best_level", "review"))  # fmt: skip
    for cell, rs in cells.items():
        k = position[cell]
        levels = dict(reviews.machine.get(cell, {}))
        credit = float(out.iat[k, credit_col])
        best = out.iat[k, level_col]
        ordered = [r for r in rs if r.action != "set"] + [r for r in rs if r.action == "set"]
        for r in ordered:
            before = credit
            if r.action == "reject":
                levels.pop(r.sentence_key, None)
            elif r.action == "credit":
                levels[r.sentence_key] = r.level
            if r.action == "set":
                credit = float(r.credit)
            else:
                credit, best = _credit(levels, reviews.shared.get(cell, {}))
            applied.append({**_row_fields(r), "credit_before": before, "credit_after": credit})
        out.iat[k, credit_col] = credit
        out.iat[k, level_col] = best if best else ""
        out.iat[k, review_col] = ",".join(dict.fromkeys(r.action for r in ordered))
    columns = ["row", "doc_id", "unit", "year", "indicator", "action", "sentence", "level",
               "credit", "reviewer", "note", "credit_before", "credit_after"]  # fmt: skip
    return out, pd.DataFrame(applied, columns=columns)


def _row_fields(r: Review) -> dict:
    return {"row": r.row, "doc_id": r.doc_id, "unit": r.unit, "year": r.year,
            "indicator": r.indicator, "action": r.action, "sentence": r.sentence,
            "level": r.level, "credit": r.credit, "reviewer": r.reviewer, "note": r.note}  # fmt: skip


def reviewed_evidence(evidence: pd.DataFrame, canonical: dict[str, list[int]],
                      reviews: Reviews) -> pd.DataFrame:  # fmt: skip
    """Evidence rows as the reviews leave them: a rejected sentence's hits lose their
    credit, a credited sentence's hits gain it (a sentence with no hit for that indicator
    gets a row of its own); the reason says which review did it. ``canonical``: each
    report's (doc_id's) first word-for-word copy of every sentence."""
    out = evidence.copy()
    for r in reviews.rows:
        if r.action == "set":
            continue
        same = (out["doc_id"] == r.doc_id) & (out["indicator"] == r.indicator)
        ids = out.loc[same, "sentence_id"]
        firsts = canonical[r.doc_id]
        rows = pd.Series(False, index=out.index)
        if len(ids):
            rows[ids.index] = [firsts[int(s)] == r.sentence_key for s in ids]
        reason = f"review row {r.row}: {'rejected' if r.action == 'reject' else 'credited'}"
        if r.action == "credit" and not rows.any():
            extra = out.iloc[:0].copy()
            extra.loc[0] = {**{c: None for c in out.columns}, "doc_id": r.doc_id,
                            "indicator": r.indicator, "section": r.section, "start": r.start,
                            "end": r.end, "text": r.sentence, "credited": True,
                            "level": r.level, "reason": reason, "sentence_id": r.sentence_key,
                            "unit": r.unit, "year": r.year}  # fmt: skip
            out = pd.concat([out, extra], ignore_index=True)
            continue
        out.loc[rows, "credited"] = r.action == "credit"
        out.loc[rows, "level"] = r.level if r.action == "credit" else ""
        out.loc[rows, "reason"] = reason
    return out
