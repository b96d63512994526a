"""A SYNTHETIC multi-year panel built from the sample reports, for demonstrations only.

Year-on-year views need several years per unit; the samples have one. For each sample
report (year Y) we write three synthetic reports: Y itself (the sample, unchanged) and
Y-1, Y-2, made by dropping a deterministic share of the achievement paragraphs and
shifting the year in the title and opening. An earlier synthetic report is a subset
of the later one, so its scores can only be lower or equal. Every file name starts
with ``synthetic_``, the manifest says ``synthetic=true``, and charts using it carry a
banner. Nothing here describes any real government's earlier years.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from fazhi_bench.evidence.sections import find_sections
from fazhi_bench.read.corpus import load_document

SYNTHETIC_NOTE = "synthetic: derived from {source} by dropping achievement paragraphs; not real"


def _keep(unit: str, index: int, share: float) -> bool:
    """Deterministic choice of the paragraphs an earlier year keeps."""
    digest = hashlib.sha256(f"{unit}:{index}".encode()).digest()
    return digest[0] / 255 >= share


def earlier_versions(cleaned: str, unit: str, year: int) -> dict[int, str]:
    """{year: text} for year-2 .. year from a cleaned report; each earlier text's lines are
    a subset of the later."""
    sections = find_sections(cleaned)
    lines = cleaned.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1

    def in_achievements(offset: int) -> bool:
        return any(s.kind == "achievements" and s.start <= offset < s.end for s in sections)

    versions = {year: cleaned}
    drop_share = {year - 1: 0.3, year - 2: 0.6}
    for earlier, share in drop_share.items():
        kept = [
            line.replace(str(year), str(earlier)).replace(str(year + 1), str(earlier + 1))
            for i, line in enumerate(lines)
            if not (in_achievements(starts[i]) and len(line) > 40 and not _keep(unit, i, share))
        ]
        versions[earlier] = "\n".join(kept)
    return versions


def build_demo_panel(reports: Path, out: Path) -> list[Path]:
    """Write the synthetic panel and its manifest into ``out``; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    written = []
    for path in sorted(reports.glob("*.txt")):
        doc = load_document(path, path.name)
        if doc.year is None:
            continue
        for year, text in sorted(earlier_versions(doc.text, doc.unit, doc.year).items()):
            name = f"synthetic_{doc.unit}_{year}.txt"
            (out / name).write_text(text + "\n", encoding="utf-8")
            written.append(out / name)
            rows.append({"file": name, "unit": doc.unit, "year": year, "level": doc.level,
                         "source": SYNTHETIC_NOTE.format(source=f"data/reports/{path.name}"),
                         "synthetic": "true"})  # fmt: skip
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (out / "manifest.csv").write_text(buffer.getvalue(), encoding="utf-8")
    return [*written, out / "manifest.csv"]


def is_synthetic(files: list[str]) -> bool:
    """True when any scored file comes from the synthetic demo panel."""
    return any(Path(f).name.startswith("synthetic_") for f in files)
