"""Build the corpus: one record per report, from files, folders and an optional manifest.

Metadata is inferred from each report's text; a manifest (file, and any of unit, year,
level, published) overrides what was inferred. Every unreadable file is collected so
the user sees all of them at once; ``skip_bad`` records them instead of failing.
"""

from __future__ import annotations

import csv
import hashlib
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from fazhi_bench.errors import UserError, problem
from fazhi_bench.read.clean import clean_text
from fazhi_bench.read.metadata import LEVELS, infer_metadata, level_of, on_time
from fazhi_bench.read.readers import read_report, supported_suffixes


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


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    skipped: tuple[str, ...]  # "file: reason" for files left out with --skip-bad
    warnings: tuple[str, ...]
    manifest: Path | None = None


MANIFEST_FIELDS = ("file", "unit", "year", "level", "published")
INFO_FIELDS = ("source", "note", "url", "synthetic")  # kept for people, ignored by scoring


def collect_files(paths: list[Path]) -> list[Path]:
    """Report files under ``paths`` (files as given, folders searched recursively), sorted.
    Anything with a report's suffix that cannot be read as a file is an error naming it:
    a broken link, a pipe or device, a name that is not UTF-8."""
    found: list[Path] = []
    errors: list[str] = []
    suffixes = supported_suffixes()
    for path in paths:
        if path.is_dir():
            inside = [p for p in path.rglob("*") if p.suffix.lower() in suffixes]
            if not inside:
                errors.append(problem(str(path), f"folder has no reports ({', '.join(suffixes)})",
                                      "point to the folder that holds the reports"))  # fmt: skip
            for candidate in inside:
                if candidate.is_dir() and not candidate.is_symlink():
                    continue  # a folder named like a report: its files were listed too
                trouble = _not_a_report_file(candidate)
                if trouble:
                    errors.append(problem(str(candidate), trouble))
                else:
                    found.append(candidate)
        elif path.is_symlink() or path.exists():
            trouble = _not_a_report_file(path)
            if trouble:
                errors.append(problem(str(path), trouble))
            else:
                found.append(path)
        else:
            errors.append(problem(str(path), "no such file or folder", "check the path"))
    if errors:
        raise UserError(errors)
    return sorted(set(found), key=lambda p: p.as_posix())


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


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Manifest rows keyed by file name (as written); every bad row is reported at once."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = [f.strip() for f in reader.fieldnames or []]
            rows = list(reader)
    except FileNotFoundError:
        raise UserError(problem(str(path), "manifest not found", "check the path")) from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UserError(problem(str(path), f"manifest is not a UTF-8 CSV file ({exc})")) from None
    if "file" not in fields:
        raise UserError(problem(str(path), "manifest has no 'file' column",
                                f"columns: {', '.join(MANIFEST_FIELDS)}"))  # fmt: skip
    errors: list[str] = []
    unknown = [f for f in fields if f not in MANIFEST_FIELDS + INFO_FIELDS]
    if unknown:
        errors.append(problem(str(path), f"unknown column(s) {', '.join(unknown)}",
                              f"use {', '.join(MANIFEST_FIELDS)}"))  # fmt: skip
    out: dict[str, dict[str, str]] = {}
    for n, row in enumerate(rows, start=2):
        where = f"{path}:{n}"
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        if not row.get("file"):
            errors.append(f"{where}: empty 'file'")
            continue
        year = row.get("year", "")
        if year and not (year.isdigit() and 1990 <= int(year) <= 2100):
            errors.append(f"{where}: year '{year}' is not a year such as 2024")
        level = row.get("level", "")
        if level and level not in LEVELS:
            errors.append(f"{where}: level '{level}' is not one of {', '.join(LEVELS)}")
        published = row.get("published", "")
        if published:
            try:
                date.fromisoformat(published)
            except ValueError:
                errors.append(f"{where}: published '{published}' is not a date like 2024-03-14")
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
    keys = [posix, file.name, *(posix[len(f) :] for f in folders if posix.startswith(f))]
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
    files = collect_files(paths)
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
        if not doc.unit:
            doc = replace(doc, unit=path.stem, level="other")
            warnings.append(f"{label}: could not tell the reporting unit; using the file name "
                            "(add it to a manifest)")  # fmt: skip
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
    return Corpus(unique_ids(docs), tuple(bad), tuple(warnings), manifest_path)


def unique_ids(docs: list[Document]) -> tuple[Document, ...]:
    """Identical files share a content hash; number the repeats so ids stay unique."""
    seen: dict[str, int] = {}
    unique: list[Document] = []
    for doc in docs:
        n = seen.get(doc.doc_id, 0)
        seen[doc.doc_id] = n + 1
        unique.append(doc if n == 0 else replace(doc, doc_id=f"{doc.doc_id}-{n + 1}"))
    return tuple(unique)
