"""Build the corpus: one record per report, from files, folders and an optional manifest.

Metadata is inferred from each report's text; a manifest (file, and any of unit, year,
level, published) overrides what was inferred. Every unreadable file is collected so
the user sees all of them at once; ``skip_bad`` records them instead of failing.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from fazhi_bench.errors import UserError, nearest, problem
from fazhi_bench.read.clean import clean_text, not_report_text
from fazhi_bench.read.metadata import (
    LEVEL_ZH,
    LEVELS,
    infer_metadata,
    level_of,
    on_time,
    unit_from_file_name,
)
from fazhi_bench.read.readers import content_id, read_report, supported_suffixes
from fazhi_bench.read.sheetfile import read_table, row_place


@dataclass(frozen=True)
class Document:
    doc_id: str
    file: str
    unit: str
    year: int | None
    level: str
    title: str
    published: str
    on_time: bool | None
    text: str
    sha256: str
    path: str = ""  # absolute path, for rebuilding a run from run.json
    unit_note: str = ""  # why the unit read from the text is uncertain ('' when it is not)


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    skipped: tuple[str, ...]  # "file: reason" for files left out with --skip-bad
    warnings: tuple[str, ...]
    manifest: Path | None = None
    ignored: tuple[dict[str, str], ...] = ()  # files in the folders that are not reports
    duplicates: tuple[dict, ...] = ()  # {"scored": file, "copies": [files]}: same bytes

    def summary(self) -> str:
        """One line for stderr: what happened to every file given."""
        units = sum(" unit" in w for w in self.warnings)
        copies = sum(len(d["copies"]) for d in self.duplicates)
        parts = [f"{len(self.documents)} scored", f"{len(self.ignored)} ignored",
                 f"{copies} duplicate{'s' * (copies != 1)}", f"{len(self.skipped)} skipped",
                 f"{units} low-confidence unit{'s' * (units != 1)}"]  # fmt: skip
        return ", ".join(p for p in parts if not p.startswith("0 ") or "scored" in p)


MANIFEST_FIELDS = ("file", "unit", "year", "level", "published")


@dataclass(frozen=True)
class Found:
    files: list[Path]  # report files to read, sorted
    ignored: list[dict[str, str]]  # {"file", "reason"}: in a folder, but not a report


def ignored_reason(path: Path) -> str:
    """Why a file met in a folder is not a report ('' when it may be one)."""
    if path.name.startswith("~$"):
        return "Word lock file (Word or WPS writes it while the report is open)"
    if path.name.startswith("."):
        return "hidden file"
    if path.suffix.lower() not in supported_suffixes():
        return f"not a report file type ({path.suffix or 'no suffix'})"
    return ""


def _walk(folder: Path) -> tuple[list[Path], list[dict[str, str]]]:
    """Every file under ``folder``: candidates, and the others with why they are left."""
    candidates: list[Path] = []
    ignored: list[dict[str, str]] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        here = Path(root)
        for name in sorted(d for d in dirs if d.startswith(".")):
            ignored.append({"file": (here / name).as_posix(), "reason": "hidden folder"})
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = here / name
            reason = ignored_reason(path)
            if reason:
                ignored.append({"file": path.as_posix(), "reason": reason})
            else:
                candidates.append(path)
    return candidates, ignored


def collect_files(paths: list[Path]) -> Found:
    """Report files under ``paths`` (files as given, folders searched recursively), sorted,
    and the files in those folders that are not reports (ignored, with the reason).
    Anything with a report's suffix that cannot be read as a file is an error naming it:
    a broken link, a pipe or device, a name that is not UTF-8."""
    found: list[Path] = []
    ignored: list[dict[str, str]] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            inside, left = _walk(path)
            ignored.extend(left)
            if not inside:
                seen = (
                    f"; it holds {len(left)} other file(s), e.g. {left[0]['file']}" if left else ""
                )
                errors.append(problem(str(path), f"folder has no reports{seen}",
                                      f"reports are {', '.join(supported_suffixes())} files"))  # fmt: skip
            for candidate in inside:
                trouble = _not_a_report_file(candidate)
                if trouble:
                    errors.append(problem(str(candidate), trouble))
                else:
                    found.append(candidate)
        elif path.is_symlink() or path.exists():
            trouble = _not_a_report_file(path)
            if path.name.startswith("~$"):
                trouble = "a Word lock file, not a report; give the report itself"
            if trouble:
                errors.append(problem(str(path), trouble))
            else:
                found.append(path)
        else:
            errors.append(problem(str(path), "no such file or folder", "check the path"))
    if errors:
        raise UserError(errors)
    return Found(sorted(set(found), key=lambda p: p.as_posix()), ignored)


def _not_a_report_file(path: Path) -> str:
    """Why ``path`` cannot be read as a report file ('' when it can)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not valid UTF-8; rename the file"
    if path.is_symlink() and not path.exists():
        return "a broken link (its target is missing or cannot be reached)"
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot read file: {exc.strerror}"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, device or socket); give the report file itself"
    return ""


MANIFEST_HEADERS = {
    "file": "file", "文件": "file", "文件名": "file", "文件名称": "file",
    "unit": "unit", "单位": "unit", "单位名称": "unit",
    "year": "year", "年度": "year", "年份": "year",
    "level": "level", "层级": "level", "级别": "level",
    "published": "published", "发布日期": "published", "发布时间": "published",
    "source": "source", "来源": "source", "note": "note", "备注": "note",
    "url": "url", "网址": "url", "synthetic": "synthetic",
}  # fmt: skip
# Levels as an office writes them: the ids, or their Chinese names (the scores.xlsx ones).
LEVEL_NAMES = {
    **{level: level for level in LEVELS}, **{zh: level for level, zh in LEVEL_ZH.items()},
    "省级": "province", "自治区": "province", "直辖市": "province", "市级": "city",
    "地级市": "city", "州": "city", "县级市": "city", "区县": "county", "县级": "county",
    "自治县": "county", "旗": "county", "镇": "town", "乡": "town", "街": "street",
    "部委": "department", "其它": "other",
}  # fmt: skip
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def manifest_date(text: str) -> str:
    """ISO date from 2024-03-14, 2024/3/14 or 2024年3月14日 ('' when it is none)."""
    m = _DATE_TEXT.match(text.strip())
    if not m:
        return ""
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return ""


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Manifest rows keyed by file name (as written); every bad row is reported at once.
    .xlsx or CSV (UTF-8 or GBK), English or Chinese headers and level names."""
    table = read_table(path, "manifest", MANIFEST_HEADERS, required=("file",))
    errors: list[str] = []
    out: dict[str, dict[str, str]] = {}
    for n, row in table.rows:
        where = row_place(path, n)
        if not row.get("file"):
            errors.append(f"{where}: empty 'file'")
            continue
        year = re.sub(r"年度?$", "", row.get("year", ""))
        if year and not (year.isdigit() and 1990 <= int(year) <= 2100):
            errors.append(f"{where}: year '{year}' is not a year such as 2024")
        row["year"] = year
        level = row.get("level", "")
        if level:
            row["level"] = LEVEL_NAMES.get(level, LEVEL_NAMES.get(level.lower(), ""))
            if not row["level"]:
                errors.append(f"{where}: level '{level}' is unknown; {nearest(level, LEVEL_NAMES)}")
        published = row.get("published", "")
        if published:
            row["published"] = manifest_date(published)
            if not row["published"]:
                errors.append(f"{where}: published '{published}' is not a date like 2024-03-14")
        row["file"] = row["file"].replace("\\", "/")  # a path typed on Windows
        kept = {k: v for k, v in row.items() if v and k in MANIFEST_FIELDS}
        earlier = out.get(row["file"])
        if earlier is not None and earlier != kept:
            errors.append(f"{where}: '{row['file']}' is listed again with other values "
                          f"({_differences(earlier, kept)}); keep one row per file")  # fmt: skip
            continue
        out[row["file"]] = kept
    if errors:
        raise UserError(errors)
    return out


def _differences(one: dict[str, str], other: dict[str, str]) -> str:
    keys = sorted(k for k in {*one, *other} if one.get(k) != other.get(k))
    return ", ".join(f"{k} {one.get(k, '')!r} vs {other.get(k, '')!r}" for k in keys)


def _manifest_row(manifest: dict[str, dict[str, str]], file: Path, folders: list[str]) -> dict:
    """The manifest row naming ``file`` by its path, its name, or its path inside one of
    the folders given (``folders``: their posix paths with a trailing slash)."""
    posix = file.as_posix()
    keys = [posix, file.name, *_inside(posix, folders)]
    for key in keys:
        if key in manifest:
            return manifest[key]
    return {}


def load_document(path: Path, label: str) -> Document:
    """Read, clean and describe one report (metadata inferred from its text)."""
    raw, data = read_report(path, label)
    cleaned = clean_text(raw)
    if not cleaned.text.strip():
        raise UserError(problem(label, "no report text left after removing page clutter"))
    if why := not_report_text(cleaned.text):
        todo = (
            "run OCR on it, or give the .docx or text version"
            if path.suffix.lower() == ".pdf"
            else "check that it is the report, and save it again as UTF-8 text or .docx"
        )
        raise UserError(problem(label, why, todo))  # fmt: skip
    meta = infer_metadata(cleaned.text, cleaned.dropped)
    sha = hashlib.sha256(data).hexdigest()
    return Document(
        doc_id=sha[:16],
        file=label,
        unit=meta.unit,
        year=meta.year,
        level=meta.level,
        title=meta.title,
        published=meta.published,
        on_time=on_time(meta.published, meta.year),
        text=cleaned.text,
        sha256=sha,
        path=str(path if path.is_absolute() else path.resolve()),
        unit_note=meta.unit_note,
    )


def _label(path: Path, cwd: Path) -> str:
    try:
        return path.relative_to(cwd).as_posix()
    except ValueError:
        return path.as_posix()


def absolute_paths(files: list[Path]) -> list[Path]:
    """Each file under its resolved folder (one resolve per folder, not per file: a
    provincial corpus has thousands of files in a few folders)."""
    folders: dict[Path, Path] = {}
    out = []
    for file in files:
        folder = folders.get(file.parent)
        if folder is None:
            folder = folders[file.parent] = file.parent.resolve()
        out.append(folder / file.name)
    return out


def settle_unit(doc: Document, file_name: str, fallback: str | None = None) -> Document:
    """The unit when the text names none: the one the file's name gives, else
    ``fallback`` (the file as given, without its suffix: 甲/附件 and 乙/附件 stay two
    reports), else none. Either way ``unit_note`` says so, for a warning."""
    if doc.unit:
        return doc
    guess = unit_from_file_name(file_name)
    if guess:
        note = f"the text names no unit; took {guess} from the file name; check it"
        return replace(doc, unit=guess, level=level_of(guess), unit_note=note)
    if fallback is None:
        return replace(doc, unit_note="could not tell the reporting unit; fill it in")
    note = "could not tell the reporting unit; using the file name (add it to a manifest)"
    return replace(doc, unit=fallback, unit_note=note)


def _file_unit(path: Path, folders: list[str]) -> str:
    """A stand-in unit for a report that names none: its path inside the folder given,
    without the suffix (the bare name when it sits at the top of the folder)."""
    inside = _inside(path.with_suffix("").as_posix(), folders)
    return min(inside, key=len) if inside else path.stem


def _inside(posix: str, folders: list[str]) -> list[str]:
    """``posix`` as a path inside each of ``folders`` (posix, trailing slash) holding it."""
    return [posix[len(f) :] for f in folders if posix.startswith(f)]


def apply_manifest(doc: Document, row: dict[str, str]) -> Document:
    """Manifest values win over inferred ones."""
    if not row:
        return doc
    year = int(row["year"]) if "year" in row else doc.year
    published = row.get("published", doc.published)
    changes = {
        "unit": row.get("unit", doc.unit),
        "year": year,
        "level": row.get("level", doc.level),
        "published": published,
        "on_time": on_time(published, year),
    }
    if "unit" in row and "level" not in row:
        changes["level"] = level_of(row["unit"])
    return replace(doc, **changes)


Reader = Callable[[list[tuple[Path, str]]], tuple[dict[str, Document], list[str]]]


def read_documents(labelled: list[tuple[Path, str]]) -> tuple[dict[str, Document], list[str]]:
    """Read every (path, label) in turn: label -> Document, and the problems found."""
    docs: dict[str, Document] = {}
    bad: list[str] = []
    for path, label in labelled:
        try:
            docs[label] = load_document(path, label)
        except UserError as exc:
            bad.extend(exc.messages)
    return docs, bad


def load_corpus(
    paths: list[Path],
    manifest_path: Path | None = None,
    skip_bad: bool = False,
    reader: Reader = read_documents,
) -> Corpus:
    """Read every report; fail with all bad files named unless ``skip_bad``.

    ``reader`` does the text work (the pipeline passes one that uses the extraction
    cache and worker processes).
    """
    found = collect_files(paths)
    files = found.files
    manifest = read_manifest(manifest_path) if manifest_path else {}
    cwd = Path.cwd().resolve()
    absolute = absolute_paths(files)
    folders = [p.as_posix().rstrip("/") + "/" for p in paths if p.is_dir()]
    labelled = [(path, _label(path, cwd)) for path in absolute]
    loaded, bad = reader(labelled)
    docs: list[Document] = []
    warnings: list[str] = []
    used: set[str] = set()
    for path, (_, label) in zip(files, labelled, strict=True):
        if label not in loaded:
            continue
        row = _manifest_row(manifest, path, folders)
        if row:
            used.add(row["file"])
        doc = apply_manifest(loaded[label], row)
        if not row.get("unit"):
            doc = settle_unit(doc, path.name, fallback=_file_unit(path, folders))
            if doc.unit_note:
                warnings.append(f"{label}: {doc.unit_note}")
        if doc.year is None:
            warnings.append(f"{label}: could not tell the year reported on (add it to a manifest)")
        docs.append(doc)
    missing = sorted(set(manifest) - used)
    if missing:
        bad.extend(problem(str(manifest_path), f"lists '{m}', which is not among the reports",
                           "fix the file name or remove the row") for m in missing)  # fmt: skip
    if bad and not skip_bad:
        raise UserError([*bad, "(use --skip-bad to score the other reports anyway)"])
    if not docs:
        raise UserError(bad or ["no reports could be read"])
    docs, duplicates = drop_copies(docs)
    clash = same_unit_year(docs)
    if clash:
        raise UserError(clash)
    ignored = tuple({**i, "file": _label(Path(i["file"]).absolute(), cwd)} for i in found.ignored)
    return Corpus(unique_ids(docs), tuple(bad), tuple(warnings), manifest_path, ignored,
                  tuple(duplicates))  # fmt: skip


def drop_copies(docs: list[Document]) -> tuple[list[Document], list[dict]]:
    """Byte-identical files (same reader, same unit and year) are one report, scored once:
    the shortest name is kept (报告.docx rather than 报告(1).docx or 报告 - 副本.docx), the
    others are listed as its copies."""
    groups: dict[tuple, list[Document]] = {}
    for doc in docs:
        groups.setdefault((content_id(doc.sha256, doc.file), doc.unit, doc.year), []).append(doc)
    keep: set[str] = set()
    duplicates: list[dict] = []
    for group in groups.values():
        best = min(group, key=lambda d: (len(Path(d.file).name), d.file))
        keep.add(best.file)
        if len(group) > 1:
            duplicates.append({"scored": best.file,
                               "copies": [d.file for d in group if d is not best]})  # fmt: skip
    return [d for d in docs if d.file in keep], duplicates


def same_unit_year(docs: list[Document]) -> list[str]:
    """Two different reports read as one unit and year would both be ranked: an error
    naming both, because only a person can tell which is right (or that one is mislabelled)."""
    by_key: dict[tuple[str, int], list[str]] = {}
    for doc in docs:
        if doc.year is not None:
            by_key.setdefault((doc.unit, doc.year), []).append(doc.file)
    return [
        problem(_named(files), f"{len(files)} different reports read as {unit} {year}",
                "remove the wrong one, or set unit/year apart in a manifest (--manifest)")
        for (unit, year), files in by_key.items() if len(files) > 1
    ]  # fmt: skip


def _named(files: list[str], most: int = 3) -> str:
    """'a and b', or 'a, b, c and 4 more': a message stays one readable line."""
    if len(files) <= most:
        return " and ".join(files)
    return f"{', '.join(files[:most])} and {len(files) - most} more"


def unique_ids(docs: list[Document]) -> tuple[Document, ...]:
    """Identical files share a content hash; number the repeats so ids stay unique."""
    seen: dict[str, int] = {}
    unique: list[Document] = []
    for doc in docs:
        n = seen.get(doc.doc_id, 0)
        seen[doc.doc_id] = n + 1
        unique.append(doc if n == 0 else replace(doc, doc_id=f"{doc.doc_id}-{n + 1}"))
    return tuple(unique)
