"""Command line: ``fazhi-bench score | inspect | validate``.

Exit status 0 on success, 2 when the user's input is wrong (messages on stderr start
with ``error:`` and name the file), 1 only for a bug in fazhi_bench itself.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path
from typing import NoReturn

from fazhi_bench import api
from fazhi_bench.api import Run
from fazhi_bench.errors import UserError
from fazhi_bench.read.corpus import load_corpus
from fazhi_bench.run.pipeline import default_paths, with_sentences
from fazhi_bench.spec.catalogue import (
    DIMENSIONS,
    default_catalogue_path,
    load_catalogue,
    parse_catalogue,
)
from fazhi_bench.spec.methods import (
    AGGREGATORS,
    DIMENSION_RULES,
    NORMALISERS,
    WEIGHTINGS,
    resolve_method,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sub = self.prog.split()[-1]
        helpcmd = "fazhi-bench --help" if sub == "fazhi-bench" else f"fazhi-bench {sub} --help"
        print(f"error: {message} (see {helpcmd})", file=sys.stderr)
        sys.exit(2)


def _warn(lines: list[str]) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)


PRINTED_ROWS = 60  # a terminal shows a ranking, not a province: the rest is in scores.csv


def _print_ranking(scores, catalogue) -> None:
    labels = {d: catalogue.label(d) for d in DIMENSIONS}
    cols = ["rank", "unit", "year", "level", "index", *DIMENSIONS]
    shown = scores[cols]
    if len(scores) > PRINTED_ROWS:  # the top of each year
        years = max(scores["year"].nunique(dropna=False), 1)
        shown = shown.groupby("year", dropna=False, sort=False).head(max(PRINTED_ROWS // years, 10))
    table = shown.rename(columns=labels).astype({"year": "string"}).fillna({"year": "?"})
    print(table.to_string(index=False))
    if len(shown) < len(scores):
        print(f"... the top {len(shown)} of {len(scores)} rows; the whole ranking is in scores.csv")


METHOD_FLAGS = {
    "dimension_rule": "dimension",
    "normalisation": "normalisation",
    "weighting": "weighting",
    "aggregation": "aggregation",
    "saturation_k": "saturation_k",
    "figure_weight": "figure_weight",
    "figure_cap": "figure_cap",
    "sensitivity_runs": "sensitivity_runs",
    "spread": "sensitivity_spread",
    "seed": "seed",
}


def _method_overrides(args: argparse.Namespace) -> dict:
    return {key: getattr(args, flag) for flag, key in METHOD_FLAGS.items()
            if getattr(args, flag, None) is not None}  # fmt: skip


def _scored(args: argparse.Namespace) -> Run:
    """Score the reports the options name, through the public API."""
    catalogue, warnings = load_catalogue(args.catalogue)
    _warn(warnings)
    method = resolve_method(catalogue.scoring, _method_overrides(args), where="command line")
    cache: bool | str = False if args.no_cache else args.cache or True
    run = api.score([Path(p) for p in args.paths] or default_paths(), catalogue=catalogue,
                    manifest=args.manifest, weights=args.weights, method=method, cache=cache,
                    jobs=args.jobs, skip_bad=args.skip_bad, reviews=args.reviews)  # fmt: skip
    corpus = run.result.corpus
    for skipped in corpus.skipped:
        print(f"skipped: {skipped}", file=sys.stderr)
    for group in corpus.duplicates:
        print(f"duplicate: {', '.join(group['copies'])} (same file as {group['scored']}, "
              "scored once)", file=sys.stderr)  # fmt: skip
    _warn(run.warnings)
    return run


def cmd_score(args: argparse.Namespace) -> int:
    run = _scored(args)
    written = run.write(args.out, tables=args.tables, argv=sys.argv[1:])
    print(f"inputs: {run.result.corpus.summary()} (details in run.json)", file=sys.stderr)
    _print_ranking(run.result.scores, run.catalogue)
    print(f"\n{len(run.result.corpus.documents)} reports scored; wrote "
          f"{', '.join(p.name for p in written)} to {args.out}/")  # fmt: skip
    return 0


def cmd_agree(args: argparse.Namespace) -> int:
    from fazhi_bench.run.outputs import write_atomically, write_csv
    from fazhi_bench.tools.agreement import (
        agreement_table,
        disagreements,
        paired_scores,
        read_expert_csv,
    )

    expert = read_expert_csv(Path(args.expert_csv))
    result = _scored(args).result
    pairs = paired_scores(result.scores, expert)
    if pairs.empty:
        raise UserError(f"{args.expert_csv}: no (unit, year) in the expert file matches a scored "
                        "report; check unit names and years against scores.csv")  # fmt: skip
    table = agreement_table(pairs)
    worst = disagreements(pairs, with_sentences(result.evidence, result.sentences))
    write_atomically(Path(args.out), {"agreement.csv": lambda p: write_csv(table, p),
                                      "disagreements.csv": lambda p: write_csv(worst, p)})  # fmt: skip
    print(table.to_string(index=False))
    print("\nlargest disagreements (tool - expert):")
    print(
        worst[["unit", "year", "dimension", "tool", "expert", "difference"]].to_string(index=False)
    )
    print(f"\nwrote agreement.csv and disagreements.csv to {args.out}/")
    return 0


def cmd_rebuild(args: argparse.Namespace) -> int:
    from fazhi_bench.run.rebuild import rebuild

    result = rebuild(Path(args.run_json))
    written = Run(result).write(args.out, argv=sys.argv[1:])
    _print_ranking(result.scores, result.catalogue)
    print(f"\nrebuilt {len(written)} files into {args.out}/")
    return 0


def cmd_demo_panel(args: argparse.Namespace) -> int:
    from fazhi_bench.tools.demo_panel import build_demo_panel

    files = build_demo_panel(Path(args.reports), Path(args.out))
    print(f"wrote {len(files) - 1} SYNTHETIC reports and manifest.csv to {args.out}/ "
          "(demonstration data, not real reports)")  # fmt: skip
    return 0


def cmd_appendix(args: argparse.Namespace) -> int:
    import time

    from fazhi_bench.present.appendix import build_appendix, run_info_for
    from fazhi_bench.present.notebook import load, project_path

    started = time.monotonic()
    out = Path(args.out)
    if out.is_dir() or out.suffix.lower() not in (".html", ".htm"):
        raise UserError(f"{args.out}: --out must name the .html file to write "
                        "(for example outputs/appendix.html), not a folder")  # fmt: skip
    paths = [str(Path(p).resolve()) for p in args.paths] or [project_path("data/reports")]
    absolute = {k: str(Path(v).resolve()) if v else None
                for k, v in (("MANIFEST", args.manifest), ("CATALOGUE", args.catalogue),
                             ("WEIGHTS", args.weights), ("REVIEWS", args.reviews))}  # fmt: skip
    params = {"CORPUS": paths, **absolute, "YEAR": args.year}
    # scored once here, through the extraction cache the kernels then read: bad inputs
    # fail early with their problems, and the facts of the methodology section come from it
    result = load(paths, params["CATALOGUE"], params["WEIGHTS"], params["MANIFEST"],
                  reviews=params["REVIEWS"])  # fmt: skip
    years = sorted({int(y) for y in result.scores["year"].dropna()})
    if args.year is not None and args.year not in years:
        raise UserError(f"--year {args.year}: no report of that year in the corpus "
                        f"(years: {', '.join(map(str, years)) or 'none'})")  # fmt: skip
    panel = None
    if args.demo_panel:
        panel = {**params, "CORPUS": project_path("data/demo_panel"),
                 "MANIFEST": project_path("data/demo_panel/manifest.csv"), "YEAR": None}  # fmt: skip
    several = result.changes is not None  # some unit reported in more than one year
    info = build_appendix(
        params, Path(args.out), run_info_for(result, args.weights), panel, several
    )
    if info["network_refs"]:
        raise UserError(
            f"{args.out}: the appendix refers to the network: {info['network_refs'][:3]}"
        )
    print(f"wrote {args.out} ({info['bytes'] / 1e6:.1f} MB, {info['charts']} interactive charts, "
          f"nothing loaded from the network) and {len(info['svgs'])} SVG charts for Word "
          f"in {Path(args.out).parent / (Path(args.out).stem + '_charts')}/ "
          f"in {time.monotonic() - started:.0f} s")  # fmt: skip
    if panel:
        print("note: the year-on-year section shows the SYNTHETIC demo panel (--demo-panel); "
              "it is marked as such in the appendix")  # fmt: skip
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from fazhi_bench.present.notebook import project_path
    from fazhi_bench.tools.bench import run_bench, scale_bench

    # the samples shipped with the package, so that bench runs from any folder
    samples = Path(args.samples or project_path("data/reports"))

    if args.scale:
        try:
            sizes = [int(n) for n in args.scale.split(",")]
        except ValueError:
            raise UserError(
                f"--scale: give report counts separated by commas, got {args.scale!r}"
            ) from None
        table = scale_bench(sizes, samples, Path(args.keep) if args.keep else None)
        print(table.to_string(index=False))
        return 0

    table = run_bench(args.reports, samples, Path(args.keep) if args.keep else None,
                      args.jobs)  # fmt: skip
    info = table.attrs
    print(f"{info['reports']} reports, {info['megabytes']} MB of report text, "
          f"{os.cpu_count()} cores\n")  # fmt: skip
    print(table.fillna("").to_string(index=False))
    print(f"\ncold score is {info['cold_vs_jieba']:.1f}x faster than the jieba script; "
          f"a rerun with other weights takes {info['warm_vs_cold']:.0%} of the cold run")  # fmt: skip
    return 0


def cmd_review_sheet(args: argparse.Namespace) -> int:
    from fazhi_bench.present.review_sheet import write_review_sheet

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"{args.out}: --out must name the .xlsx workbook to write")
    run = _scored(args)
    path = write_review_sheet(run.result, out)
    print(f"wrote {path}: one row per hit to review; fill in 操作/理由/复核人 and give it back "
          f"with score --reviews {path}")  # fmt: skip
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    run = _scored(args)
    written = run.cards(args.out)
    print(f"wrote {len(written) - 1} feedback cards and 汇总.xlsx to {args.out}/")
    return 0


def cmd_review_report(args: argparse.Namespace) -> int:
    from fazhi_bench.run.outputs import write_atomically, write_csv
    from fazhi_bench.tools.overrules import overrules

    if not args.reviews:
        raise UserError("review-report: give the reviews file with --reviews FILE")
    run = _scored(args)
    counts, sentences = overrules(run.result.applied_reviews, run.catalogue)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_atomically(out, {"overruled.csv": lambda p: write_csv(counts, p),
                           "overruled_sentences.csv": lambda p: write_csv(sentences, p)})  # fmt: skip
    shown = counts[["indicator", "label", "rejected", "credited", "set_lower", "set_higher",
                    "overruled"]].head(20)  # fmt: skip
    print(shown.to_string(index=False))
    print(f"\n{len(run.result.applied_reviews)} reviews on {len(counts)} indicators; wrote "
          f"overruled.csv and overruled_sentences.csv to {out}/")  # fmt: skip
    return 0


def cmd_manifest(args: argparse.Namespace) -> int:
    from fazhi_bench.tools.guesses import guess_rows, write_guesses

    frame, bad = guess_rows([Path(p) for p in args.paths] or default_paths(), args.skip_bad)
    for line in bad:
        print(f"skipped: {line}", file=sys.stderr)
    path = write_guesses(frame, Path(args.out))
    unsure = int((frame["note"] != "").sum())
    print(f"wrote {path}: {len(frame)} reports, {unsure} to check (see the 备注 column); "
          f"correct it and pass it to score with --manifest {path}")  # fmt: skip
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    catalogue, warnings = load_catalogue(args.catalogue)
    _warn(warnings)
    report = api.inspect(args.file, catalogue)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{report['file']}: {report['unit']} {report['year']} ({report['level']}) "
              f"{report['title']}")  # fmt: skip
        for s in report["sections"]:
            print(f"  [{s['kind']}] {s['heading'] or '(no heading)'} {s['start']}-{s['end']}")
        counts = report["counts"]
        print(f"  {counts['hits']} hits, {counts['credited']} credited; "
              f"{counts['quantities']} quantities")  # fmt: skip
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    path = Path(args.file) if args.file else default_catalogue_path()
    catalogue, errors, warnings = parse_catalogue(path)
    _warn(warnings)
    if errors or catalogue is None:
        raise UserError(errors)
    n = len(catalogue.indicators)
    print(f"{path}: ok: {len(catalogue.dimensions)} dimensions, {len(catalogue.auxiliary)} "
          f"auxiliary blocks, {n} indicators, sha256 {catalogue.sha256[:12]}")  # fmt: skip
    return 0


def cmd_terms(args: argparse.Namespace) -> int:
    from fazhi_bench.tools.terms import uncovered_terms

    catalogue, warnings = load_catalogue(args.catalogue)
    _warn(warnings)
    paths = [Path(p) for p in args.paths] or default_paths()
    corpus = load_corpus(paths, skip_bad=args.skip_bad)
    texts = {d.file: d.text for d in corpus.documents}
    table = uncovered_terms(texts, catalogue, top=args.top, min_docs=args.min_docs)
    if table.empty:
        print("no frequent domain terms outside the catalogue")
        return 0
    print(table.to_string(index=False, max_colwidth=60))
    return 0


def _corpus_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("paths", nargs="*", help="report files or folders (default data/reports)")
    cmd.add_argument(
        "--catalogue", help="indicator catalogue (default: the shipped indicators.yaml)"
    )
    cmd.add_argument("--manifest", help="CSV with file and any of unit, year, level, published")
    cmd.add_argument("--weights", help="YAML with relative weights by dimension/indicator id")
    cmd.add_argument("--reviews", help="reviewers' corrections (.xlsx or CSV; see README)")
    cmd.add_argument("--out", default="outputs", help="output folder (default outputs)")
    cmd.add_argument("--skip-bad", action="store_true", help="skip unreadable reports")
    method = cmd.add_argument_group("scoring method (overrides the catalogue's scoring: block)")
    method.add_argument("--dimension-rule", choices=tuple(DIMENSION_RULES))
    method.add_argument("--normalisation", choices=tuple(NORMALISERS))
    method.add_argument("--weighting", choices=WEIGHTINGS)
    method.add_argument("--aggregation", choices=tuple(AGGREGATORS))
    method.add_argument("--saturation-k", type=float)
    method.add_argument("--figure-weight", type=float, help="E per achieved figure (default 0.2)")
    method.add_argument("--figure-cap", type=float, help="figures counted per dimension (10)")
    method.add_argument("--sensitivity-runs", type=int)
    method.add_argument("--spread", type=float, help="Dirichlet spread of weights (default 0.25)")
    method.add_argument("--seed", type=int)
    speed = cmd.add_argument_group("speed")
    speed.add_argument("--cache", help="extraction cache folder (default ~/.cache/fazhi_bench)")
    speed.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    speed.add_argument("--jobs", type=int, help="worker processes (default: number of cores)")
    speed.add_argument("--tables", choices=("csv", "parquet"), default="csv",
                       help="format of the four long tables (default csv; parquet for large "
                            "corpora)")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fazhi-bench", description="Score annual rule-of-law government reports.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    score = sub.add_parser("score", help="score reports and write outputs/")
    _corpus_options(score)
    score.set_defaults(func=cmd_score)
    agree = sub.add_parser("agree", help="agreement of the tool's scores with expert scores")
    agree.add_argument("expert_csv", help="CSV with unit, year, dimension, score")
    _corpus_options(agree)
    agree.set_defaults(func=cmd_agree)
    rebuild = sub.add_parser("rebuild", help="regenerate a run from its run.json")
    rebuild.add_argument("run_json")
    rebuild.add_argument("--out", default="outputs/rebuilt", help="output folder")
    rebuild.set_defaults(func=cmd_rebuild)
    app = sub.add_parser("appendix", help="run the notebooks, write one self-contained HTML")
    app.add_argument("paths", nargs="*", help="report files or folders (default data/reports)")
    app.add_argument("--out", default="outputs/appendix.html", help="HTML file to write")
    app.add_argument("--manifest")
    app.add_argument("--catalogue")
    app.add_argument("--weights")
    app.add_argument("--reviews", help="reviewers' corrections (.xlsx or CSV)")
    app.add_argument("--year", type=int, help="only this year in the rankings")
    app.add_argument("--demo-panel", action="store_true",
                     help="show the SYNTHETIC demo panel in the year-on-year part (a "
                     "demonstration; never in an appendix you attach)")  # fmt: skip
    app.set_defaults(func=cmd_appendix)
    sheet = sub.add_parser("review-sheet", help="write the workbook reviewers fill in")
    _corpus_options(sheet)
    sheet.set_defaults(func=cmd_review_sheet)
    cards = sub.add_parser("cards", help="one Word feedback card (评价反馈) per report")
    _corpus_options(cards)
    cards.set_defaults(func=cmd_cards, out="cards")
    report = sub.add_parser("review-report", help="where reviewers overrule the machine most, "
                            "per indicator, with the sentences (needs --reviews)")  # fmt: skip
    _corpus_options(report)
    report.set_defaults(func=cmd_review_report)
    guess = sub.add_parser("manifest", help="write the tool's guesses of unit, year, level as a "
                           "manifest to correct")  # fmt: skip
    guess.add_argument("paths", nargs="*", help="report files or folders (default data/reports)")
    guess.add_argument("--out", required=True, help="manifest.xlsx or manifest.csv to write")
    guess.add_argument("--skip-bad", action="store_true", help="leave unreadable files out")
    guess.set_defaults(func=cmd_manifest)
    bench = sub.add_parser("bench", help="the performance benchmark")
    bench.add_argument("--reports", type=int, default=4000, help="corpus size (default 4000)")
    bench.add_argument("--samples", help="reports to build it from (default: the bundled samples)")
    bench.add_argument("--keep", help="keep the generated corpus and outputs in this folder")
    bench.add_argument("--jobs", type=int)
    bench.add_argument("--scale", metavar="N,N,...",
                       help="instead: time and largest process of score --tables parquet at "
                            "each corpus size (e.g. 4000,40000)")  # fmt: skip
    bench.set_defaults(func=cmd_bench)
    demo = sub.add_parser("demo-panel", help="regenerate the synthetic demo panel")
    demo.add_argument("--reports", default="data/reports")
    demo.add_argument("--out", default="data/demo_panel")
    demo.set_defaults(func=cmd_demo_panel)
    insp = sub.add_parser("inspect", help="show how one report is read and matched")
    insp.add_argument("file")
    insp.add_argument("--catalogue")
    insp.add_argument("--json", action="store_true", help="print JSON")
    insp.set_defaults(func=cmd_inspect)
    val = sub.add_parser("validate", help="check a catalogue and report every problem")
    val.add_argument("file", nargs="?", help="catalogue file (default: the shipped one)")
    val.set_defaults(func=cmd_validate)
    terms = sub.add_parser("terms", help="frequent domain terms no indicator covers yet")
    terms.add_argument("paths", nargs="*", help="report files or folders (default data/reports)")
    terms.add_argument("--catalogue")
    terms.add_argument("--top", type=int, default=40, help="how many terms to list")
    terms.add_argument("--min-docs", type=int, default=2, help="in at least this many reports")
    terms.add_argument("--skip-bad", action="store_true")
    terms.set_defaults(func=cmd_terms)
    return parser


def main(argv: list[str] | None = None, process_exit: bool = False) -> int:
    """Run one command; the exit status. ``process_exit``: this process is the command
    (not a caller's), so Ctrl-C ends it at once after its one line: nothing is left to
    write (every output is complete or absent by then), and worker processes end with
    it, so Python's exit must not wait on a pool a signal interrupted mid-task."""
    try:  # Ctrl-C while the command line is read ends the same way as during the run
        args = build_parser().parse_args(argv)
        status = args.func(args)
        if process_exit:  # done and written: an interrupt during Python's exit (pool and
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # scratch clean-up) stops nothing
        return status
    except UserError as exc:
        for message in exc.messages:
            print(f"error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; no output was left half-written", file=sys.stderr)
        if process_exit:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(2)
        return 2
    except Exception as exc:  # a bug in fazhi_bench, not the user's fault
        print(f"error: internal error in fazhi_bench ({type(exc).__name__}: {exc}); earlier "
              "outputs are left as they were; please report this with the command you ran",
              file=sys.stderr)  # fmt: skip
        if os.environ.get("FAZHI_DEBUG"):
            raise
        return 1


if __name__ == "__main__":
    sys.exit(main())
