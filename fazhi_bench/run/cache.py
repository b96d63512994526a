"""Extraction cache and parallel extraction: the text work is done once per report.

Reading, cleaning, metadata, sections, matching and quantities depend only on a file's
bytes, the catalogue's patterns and this code's version, so their result is stored
under a key made of the file's sha256, the catalogue's pattern hash and the version. A
rerun that changes only weights or methods finds every report in the cache and does no
text work. Cache misses are extracted in parallel worker processes.

The cache holds pickles written by this tool under the user's own cache folder
($XDG_CACHE_HOME/fazhi_bench or ~/.cache/fazhi_bench, or ``--cache DIR``), many
entries per file (see ``ExtractionCache``); a damaged entry fails its checksum and is
rebuilt.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import multiprocessing as mp
import os
import pickle
import select
import shutil
import signal
import sys
import tempfile
import threading
import time
import uuid
import zlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from fazhi_bench import __version__
from fazhi_bench.errors import UserError
from fazhi_bench.evidence.extract import Extraction, extract
from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.read.corpus import Document, load_document
from fazhi_bench.read.readers import content_id, file_sha256
from fazhi_bench.run.interrupts import ctrl_c_deferred
from fazhi_bench.run.store import Store
from fazhi_bench.run.tables import Measures
from fazhi_bench.spec.catalogue import Catalogue


@functools.cache
def code_digest() -> str:
    """Package version plus a hash of every source file of the package, found by walking
    it: no list of module names to forget when a file moves or is added."""
    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parents[1]  # the package, every stage
    for path in sorted(here.rglob("*.py")):
        digest.update(path.relative_to(here).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extraction_version() -> str:
    """The version of the code (any edit to the package invalidates the cache)."""
    return code_digest()[:16]


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/fazhi_bench, else ~/.cache/fazhi_bench."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "fazhi_bench"


Signature = tuple[int, int, int, int, int]  # see ``signature``


@dataclass(frozen=True)
class Item:
    path: Path
    label: str
    sha256: str | None  # None: not hashed yet (the cache holds nothing to look up)
    signature: Signature | None = None  # taken before the file was read (FileHashes)


def cache_key(sha256: str, pattern_hash: str, version: str) -> str:
    return hashlib.sha256(f"{version}:{sha256}:{pattern_hash}".encode()).hexdigest()


PACK_SUFFIX, INDEX_SUFFIX = ".pack", ".idx"
MAX_OPEN_PACKS = 16  # packs a reader keeps open (well under any open-file limit)


@dataclass(frozen=True)
class _Entry:
    """Where one report's document and extraction pickles lie in a pack, with checksums."""

    pack: Path
    offset: int
    doc_size: int
    ex_size: int
    doc_crc: int
    ex_crc: int


class ExtractionCache:
    """Cache entries per (report, catalogue patterns, code version): the document pickle,
    then the extraction pickle, so that a run may read either alone.

    Entries are written in packs under ``<cache>/packs/``: each worker writes the entries
    of its chunk of reports into one file, and then a small index beside it (key ->
    offset, sizes, CRC-32 of each pickle). Creating one file per report cost the file
    system more time than the text work of the report. A pack without its index (a run
    that stopped while writing) is ignored; a damaged entry fails its checksum and is
    extracted again. Use it as a context manager: it keeps the packs it reads open (and
    its index, read once, stays for the next use).
    """

    def __init__(self, folder: Path | None, pattern_hash: str) -> None:
        self.root = folder  # the cache folder; its workers write packs there too
        self.folder = folder / "packs" if folder is not None else None
        self.pattern_hash = pattern_hash
        self.version = extraction_version()
        # packs of this code version and catalogue; other packs are never read
        self.prefix = f"{self.version}-{pattern_hash[:16]}-"
        self._index: dict[str, tuple[Path, tuple[int, ...]]] | None = None  # key -> pack, place
        self._open: dict[Path, BinaryIO] = {}

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for fh in self._open.values():
            fh.close()
        self._open.clear()

    def _key(self, content: str) -> str:
        return cache_key(content, self.pattern_hash, self.version)

    def _entries(self) -> dict[str, tuple[Path, tuple[int, ...]]]:
        """Every entry of this version's packs (read once; a later index wins)."""
        if self._index is None:
            self._index = {}
            if self.folder is not None and self.folder.is_dir():
                indexes = []
                for path in self.folder.glob(f"{self.prefix}*{INDEX_SUFFIX}"):
                    with contextlib.suppress(OSError):
                        indexes.append((path.stat().st_mtime_ns, path.name, path))
                for *_, path in sorted(indexes):
                    try:
                        table = load_pickled(path)
                        pack = path.with_suffix(PACK_SUFFIX)
                        self._index.update({key: (pack, at) for key, at in table.items()})
                    except Exception:  # a damaged index: its entries are extracted again
                        continue
        return self._index

    def reindex(self) -> None:
        """Read the packs' indexes again on next use (after workers wrote new packs)."""
        self._index = None

    def is_empty(self) -> bool:
        """No entry to look up: a cold run need not hash its files before extracting."""
        return not self._entries()

    def _entry(self, content: str) -> _Entry | None:
        found = self._entries().get(self._key(content))
        return None if found is None else _Entry(found[0], *found[1])

    def _read(self, entry: _Entry, offset: int, size: int, crc: int) -> object:
        fh = self._open.get(entry.pack)
        if fh is None:
            if len(self._open) >= MAX_OPEN_PACKS:  # close the one opened first
                self._open.pop(next(iter(self._open))).close()
            fh = self._open[entry.pack] = entry.pack.open("rb")
        fh.seek(offset)
        data = fh.read(size)
        if len(data) != size or zlib.crc32(data) != crc:
            raise ValueError("damaged cache entry")
        return pickle.loads(data)

    def document(self, content: str) -> Document | None:
        """The stored document of a report (``content``: its ``content_id``); None when
        missing or damaged. Its extraction is read separately (``extraction``), only when
        a table needs it."""
        entry = self._entry(content)
        if entry is None:
            return None
        try:
            return self._read(entry, entry.offset, entry.doc_size, entry.doc_crc)
        except Exception:  # a damaged or foreign entry: rebuild it
            return None

    def _ex(self, entry: _Entry) -> Extraction:
        return self._read(entry, entry.offset + entry.doc_size, entry.ex_size, entry.ex_crc)

    def extraction(self, doc: Document) -> Extraction | None:
        """The extraction of a document read earlier, skipping the stored document."""
        entry = self._entry(content_id(doc.sha256, doc.path or doc.file))
        if entry is None:
            return None
        try:
            return self._ex(entry)
        except Exception:
            return None

    def prune(self) -> None:
        """Delete what no run of this code version reads: packs written by another
        version of the code, and entries in the one-file-per-report layout of earlier
        versions (best effort; a pack in use elsewhere is only extracted again)."""
        if self.folder is None:
            return
        current = self.version + "-"
        stale = [p for p in self.folder.glob("*-*-*.*") if not p.name.startswith(current)]
        legacy = self.folder.parent.glob("[0-9a-f][0-9a-f]/" + "[0-9a-f]" * 64 + ".pkl")
        folders = set()
        for path in [*stale, *legacy]:
            if path.suffix in (PACK_SUFFIX, INDEX_SUFFIX, ".pkl"):
                with contextlib.suppress(OSError):
                    path.unlink()
                    folders.add(path.parent)
        for folder in folders - {self.folder}:
            with contextlib.suppress(OSError):
                folder.rmdir()  # an old-layout folder, now empty

    def put_many(self, entries: list[tuple[str, bytes, bytes]]) -> bool:
        """Store (content id, pickled document, pickled extraction) entries as one pack and
        its index (best effort, as caches are: nothing is stored, and False returned, if
        the folder cannot be written)."""
        if self.folder is None or not entries:
            return not entries
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=self.folder, prefix=self.prefix, suffix=PACK_SUFFIX)
        except OSError:
            return False
        pack, table, offset = Path(name), {}, 0
        try:
            with os.fdopen(fd, "wb") as fh:
                for content, doc, ex in entries:
                    fh.write(doc)
                    fh.write(ex)
                    table[self._key(content)] = (offset, len(doc), len(ex),
                                                zlib.crc32(doc), zlib.crc32(ex))  # fmt: skip
                    offset += len(doc) + len(ex)
        except OSError:
            with contextlib.suppress(OSError):
                pack.unlink()
            return False
        if not replace_pickled(pack.with_suffix(INDEX_SUFFIX), table):
            with contextlib.suppress(OSError):
                pack.unlink()
            return False
        return True


def replace_file(path: Path, fill: Callable[[BinaryIO], object]) -> bool:
    """Write ``path`` through a temporary file in its folder and ``os.replace``: readers
    see the old file or the new one, never half of one. Best effort, as caches are: False
    (and no temporary file left) when the folder cannot be written."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fill(fh)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return True
    except OSError:
        return False


def replace_pickled(path: Path, value: object) -> bool:
    """Store ``value`` pickled, behind the sha256 of the pickle (``load_pickled`` checks
    it: a flipped byte makes the file unreadable, never a different value)."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return replace_file(path, lambda fh: fh.write(hashlib.sha256(data).digest() + data))


def load_pickled(path: Path) -> object:
    """A value stored by ``replace_pickled``; ValueError when the bytes were damaged."""
    raw = path.read_bytes()
    digest, data = raw[:32], raw[32:]
    if hashlib.sha256(data).digest() != digest:
        raise ValueError(f"{path}: damaged cache file")
    return pickle.loads(data)


Pickled = tuple[Item, bytes | None, bytes | None, list[str]]  # document, extraction


def _work(
    catalogue: Catalogue, folder: Path | None, items: list[Item], matcher: Matcher | None = None
) -> list[Pickled]:
    """Read, clean and extract a chunk of reports (errors returned, not raised).
    Extractions go into the cache's pack, and come back to the caller only when they
    could not be stored there: the caller reads them from the cache a chunk at a time."""
    matcher = matcher or Matcher(catalogue)
    out: list[Pickled] = []
    entries: list[tuple[str, bytes, bytes]] = []
    for item in items:
        try:
            doc = load_document(item.path, item.label)
        except UserError as exc:
            out.append((item, None, None, exc.messages))
            continue
        ex = extract(doc.text, matcher)
        out.append((item, _pickled(doc), _pickled(ex), []))
        entries.append((content_id(doc.sha256, item.path), out[-1][1], out[-1][2]))
    if ExtractionCache(folder, catalogue.pattern_hash).put_many(entries):
        out = [(item, doc, None, messages) for item, doc, _, messages in out]
    return out


def _pickled(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _progress(total: int) -> Callable[[int], None]:
    """A tqdm bar on stderr for long runs; silent when stderr is not a terminal."""
    if total < 200 or not sys.stderr.isatty():
        return lambda n: None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="report", file=sys.stderr, desc="extracting")

    def step(n: int) -> None:
        bar.update(n)
        if bar.n >= total:
            bar.close()

    return step


def extract_items(
    items: list[Item],
    catalogue: Catalogue,
    cache: ExtractionCache,
    jobs: int,
) -> tuple[dict[str, tuple[Document, Extraction | None]], list[str]]:
    """label -> (document, extraction) for every readable item; plus error messages.
    Reports found in the cache come without their extraction (None): ``load_extractions``
    reads them when a table needs them, which a rerun with new weights avoids."""
    done: dict[str, tuple[Document, Extraction | None]] = {}
    todo: list[Item] = []
    folder = cache.root
    with cache:
        for item in items:
            doc = (
                None if item.sha256 is None else cache.document(content_id(item.sha256, item.path))
            )
            if doc is None:
                todo.append(item)
            else:
                done[item.label] = (_relabel(doc, item), None)
    errors: list[str] = []
    step = _progress(len(todo))
    if todo:
        cache.prune()

    def receive(part: list[Pickled]) -> None:
        """Unpickle a chunk's results as it arrives, while the workers go on."""
        for item, doc, ex, messages in part:
            if doc is None:
                errors.extend(messages)
            else:  # no extraction: it is in the cache
                done[item.label] = (pickle.loads(doc), None if ex is None else pickle.loads(ex))
        step(len(part))

    if len(todo) < 40 or jobs <= 1:
        receive(_work(catalogue, folder, todo))
    else:
        size = max(1, min(-(-len(todo) // (jobs * 4)), WORK_CHUNK))
        chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
        pool = worker_pool(min(jobs, len(chunks)), catalogue)
        try:
            with ctrl_c_deferred():  # every worker is known to the pool before Ctrl-C acts
                futures = {pool.submit(_work_in_worker, folder, chunk) for chunk in chunks}
            for future in as_completed(futures):
                receive(future.result())
                futures.discard(future)  # its result is no longer held
        except BaseException:  # Ctrl-C or a failure: no worker outlives the run
            stop_pool(pool)
            raise
        pool.shutdown()
    if todo:
        cache.reindex()  # the packs the workers wrote
    return done, errors


WORK_CHUNK = 256  # reports per task: a worker holds one task's pickles at a time


def worker_pool(jobs: int, catalogue: Catalogue) -> ProcessPoolExecutor:
    """Worker processes started safely wherever the caller runs: from a fork server
    (Linux) or fresh interpreters (macOS, Windows), never a fork of the caller's process
    with its threads, open files and Jupyter kernel state. Each worker dies with this
    process and builds the catalogue's matcher once (see ``_worker_setup``)."""
    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=mp.get_context(method), initializer=_worker_setup,
        initargs=(os.getpid(), catalogue),
    )  # fmt: skip


# What a worker process of ``worker_pool`` holds for its life (one run): the catalogue and
# its matcher, built once instead of once per chunk (0.16 s each: 16 chunks at 4,000
# reports, 157 at 40,000). Set only inside worker processes, never in the caller's.
_IN_WORKER: dict[str, tuple[Catalogue, Matcher]] = {}


def _work_in_worker(folder: Path | None, items: list[Item]) -> list[Pickled]:
    """``_work`` with the worker's own catalogue and matcher."""
    catalogue, matcher = _IN_WORKER["run"]
    return _work(catalogue, folder, items, matcher)


def _worker_setup(parent: int, catalogue: Catalogue) -> None:
    """In each worker: ignore Ctrl-C (the parent stops the pool and reports once, with no
    traceback from every worker), and end the worker as soon as the parent process ends,
    however it ends (SIGKILL, the OOM killer): no orphan keeps memory, the fork server or
    the pipe of ``score … | tee log`` alive. The workers hold both ends of their task
    queue, so they never see it close: a watcher thread waits on the parent instead.
    Then build the catalogue's matcher for every chunk the worker will run."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _IN_WORKER["run"] = (catalogue, Matcher(catalogue))


def _exit_with(parent: int) -> None:
    """Block until process ``parent`` ends, then end this process."""
    try:
        fd = os.pidfd_open(parent)  # Linux: readable when the process has ended
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])
    else:  # a spawned worker is the parent's child: orphaned, it gets another parent
        while os.getppid() == parent:
            time.sleep(1.0)
    os._exit(1)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """End a pool at once: queued work cancelled, running workers killed."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # 3.14: terminate_workers
    for process in processes:  # first: a worker still starting must not outlive the queues
        with contextlib.suppress(Exception):
            process.kill()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)
    # the queue's feeder thread may be blocked writing to a killed worker: Python's exit
    # would join it forever (seen once after Ctrl-C on a loaded machine)
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:
        with contextlib.suppress(Exception):
            call_queue.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)


def load_extractions(
    docs: tuple[Document, ...],
    pending: list[Extraction | None],
    catalogue: Catalogue,
    cache: ExtractionCache,
) -> list[Extraction]:
    """The extraction of every document: ``pending`` where given, else from the cache, else
    (an entry removed since the documents were read) extracted again from the text."""
    found = list(pending)
    with cache:
        for i, doc in enumerate(docs):
            if found[i] is None:
                found[i] = cache.extraction(doc)
    if any(ex is None for ex in found):
        matcher = Matcher(catalogue)
        found = [ex if ex is not None else extract(doc.text, matcher)
                 for doc, ex in zip(docs, found, strict=True)]  # fmt: skip
    return [ex for ex in found if ex is not None]  # all filled by now


def _relabel(doc: Document, item: Item) -> Document:
    """A cached document found under another name or path keeps the current label."""
    path = str(item.path if item.path.is_absolute() else item.path.resolve())
    if doc.file == item.label and doc.path == path:
        return doc
    return replace(doc, file=item.label, path=path)


SETTLE_SECONDS = 2.0  # FAT keeps times to 2 s; a file changed this recently is not trusted


def signature(path: Path) -> Signature:
    """What any change to a file changes: its device, inode, size and its modification
    and status-change times in nanoseconds (a status-change time cannot be set back).
    Taken from an open file: opening makes a network file system check the file anew."""
    fd = os.open(path, os.O_RDONLY)
    try:
        st = os.fstat(fd)
    finally:
        os.close(fd)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _is_entry(key: object, value: object) -> bool:
    """An entry as ``FileHashes`` writes it: path -> ((five ints), sha256 hex)."""
    return (isinstance(key, str) and isinstance(value, tuple) and len(value) == 2
            and isinstance(value[1], str) and isinstance(value[0], tuple)
            and len(value[0]) == 5 and all(type(x) is int for x in value[0]))  # fmt: skip


class FileHashes:
    """The sha256 of the report files of the last run, each trusted while its file's
    signature is unchanged: a rerun looks 4,000 reports up in the cache without reading
    them. A signature is taken before the file is read, so a change made meanwhile shows
    as a new signature next time; and a file changed less than ``SETTLE_SECONDS`` before
    the run began is not kept, since a coarse clock might give a later change the same
    times (as git does with its index)."""

    NAME = "file-hashes.pkl"

    def __init__(self, folder: Path | None) -> None:
        self.path = None if folder is None else folder / self.NAME
        self.settled = time.time_ns() - int(SETTLE_SECONDS * 1e9)
        self.known: dict[str, tuple[Signature, str]] = {}
        self.seen: dict[str, tuple[Signature, str]] = {}
        if self.path is not None:
            with contextlib.suppress(Exception):
                loaded = load_pickled(self.path)  # missing or damaged: every file is hashed
                self.known = {k: v for k, v in loaded.items() if _is_entry(k, v)}

    def sha256(self, path: Path, sig: Signature) -> str:
        """The file's sha256, from the last run when its signature is the same."""
        hit = self.known.get(os.path.abspath(path))
        return hit[1] if hit is not None and hit[0] == sig else file_sha256(path)

    def remember(self, items: list[Item], docs: dict[str, Document]) -> None:
        """Keep the hash of each item read as a document (label -> document)."""
        for item in items:
            sig, doc = item.signature, docs.get(item.label)
            if sig is not None and doc is not None and max(sig[3], sig[4]) < self.settled:
                self.seen[os.path.abspath(item.path)] = (sig, doc.sha256)

    def save(self) -> None:
        """Keep this run's files (best effort, as caches are)."""
        if self.path is not None and self.seen != self.known:
            with contextlib.suppress(OSError):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            replace_pickled(self.path, self.seen)


# Tables that depend only on the extractions, the documents' metadata and the catalogue's
# patterns and labels, not on weights or methods: a rerun with new weights copies them.
KEEP_TABLE_SETS = 3
MEASURES = "measures.pkl"  # the weight-free measures of a corpus, kept with its store
STORE_PREFIX = "store-"
STORE_AGE = 86400.0  # seconds after which a replaced store of a set is removed


class TablesCache:
    """The weight-free output files of recent runs, under ``<cache>/tables/<key>/``."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder / "tables" / key

    @classmethod
    def for_run(
        cls, folder: Path | None, catalogue: Catalogue, docs: tuple[Document, ...]
    ) -> TablesCache | None:
        if folder is None:
            return None
        digest = hashlib.sha256(code_digest().encode())
        spec = {
            "patterns": catalogue.pattern_hash,
            "indicators": [(i.id, i.label, i.dimension) for i in catalogue.indicators],
            "docs": [(d.doc_id, d.file, d.sha256, d.unit, d.year, d.level) for d in docs],
        }
        digest.update(json.dumps(spec, ensure_ascii=False).encode())
        return cls(folder, digest.hexdigest()[:32])

    def store_folder(self) -> Path | None:
        """A new folder in this set for a run's store (another run of the same corpus may
        be writing its own beside it); None when the cache cannot be written."""
        if not self._make_room():
            return None
        folder = self.folder / f"{STORE_PREFIX}{uuid.uuid4().hex}"
        try:
            folder.mkdir()
        except OSError:
            return None
        return folder

    def keep(self, measures: Measures, store: Store) -> None:
        """Keep the weight-free measures and the store they were built with (best effort).
        Other stores of this set a day old are removed (a run still open elsewhere whose
        store goes rebuilds it from its extractions)."""
        kept = (measures, store.folder.name, store.rows, store.digests)
        if self._make_room() and replace_pickled(self.folder / MEASURES, kept):
            for old in self.folder.glob(f"{STORE_PREFIX}*"):
                with contextlib.suppress(OSError):
                    if old != store.folder and time.time() - old.stat().st_mtime > STORE_AGE:
                        shutil.rmtree(old, ignore_errors=True)

    def kept(self) -> tuple[Measures, Store] | None:
        """The measures and store kept by ``keep``; None when absent, damaged (checksums
        of the pickle and of every store file) or of another shape: then rebuilt."""
        try:
            value = load_pickled(self.folder / MEASURES)
            frames, name, rows, digests = value  # type: ignore[misc]
            if not (isinstance(frames, tuple) and len(frames) == 3
                    and all(isinstance(f, pd.DataFrame) for f in frames)):  # fmt: skip
                return None
            store = Store(self.folder / str(name), dict(rows), dict(digests))
            if not store.intact():
                return None
            os.utime(self.folder)
        except Exception:
            return None
        return frames, store  # type: ignore[return-value]  # three frames, as checked

    def copy_to(self, name: str, target: Path) -> bool:
        """Copy a stored table to ``target``, checking its sha256 on the way; False (and
        nothing at ``target``) when it is not stored or its bytes changed since it was
        kept (it is the first run's output file too: see ``store``). A copy, not a link:
        two runs' output folders must not share a file that one may edit."""
        source = self.folder / name
        try:
            kept = (self.folder / f"{name}{STAMP_SUFFIX}").read_text()
            if copy_hashed(source, target) != kept:
                target.unlink(missing_ok=True)
                return False
            os.utime(self.folder)  # a set in use is not the oldest when room is made
            return True
        except OSError:
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)
            return False

    def _make_room(self) -> bool:
        """Create this set's folder; a new set drops the oldest beyond KEEP_TABLE_SETS.
        False when the cache folder cannot be written (the run goes on without it)."""
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=True, exist_ok=True)  # a child may make it meanwhile
                sets = sorted(self.folder.parent.iterdir(), key=lambda p: p.stat().st_mtime)
                for old in sets[:-KEEP_TABLE_SETS]:
                    shutil.rmtree(old, ignore_errors=True)
            return True
        except OSError:
            return False

    def store(self, name: str, written: Path) -> None:
        """Keep a freshly written table with its size and time (best effort, never fails
        the run): a hard link to the run's own file where the file system allows, which
        costs nothing, else a copy. The run's files are replaced, never changed in place;
        a user's edit in place changes the size or time, and the table is not served."""
        if not self._make_room():
            return
        final = self.folder / name
        tmp = self.folder / f".{name}.{uuid.uuid4().hex}.tmp"  # no leftover has this name
        try:
            try:
                os.link(written, tmp)
            except OSError:  # another file system, or one without links
                shutil.copyfile(written, tmp)
            stamp = file_sha256(tmp).encode()
            os.replace(tmp, final)
            replace_file(self.folder / f"{name}{STAMP_SUFFIX}", lambda fh: fh.write(stamp))
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


STAMP_SUFFIX = ".sha256"
_CHUNK = 1 << 20


def copy_hashed(source: Path, target: Path) -> str:
    """Copy ``source`` to ``target``; the sha256 of the bytes copied."""
    digest = hashlib.sha256()
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            dst.write(chunk)
    return digest.hexdigest()
