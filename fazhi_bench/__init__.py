"""fazhi_bench: transparent, evidence-backed scoring of annual rule-of-law government reports.

    import fazhi_bench as fb
    run = fb.score("data/reports")       # -> fb.Run
    run.scores                           # one row per report
    run.reweight({"dimensions": {"decision": 2}}).write("outputs")

See ``fazhi_bench.api`` for every function and the README for the columns.
"""

__version__ = "0.1.0"  # before the imports: cache.py reads it

from .api import Run, UserError, inspect, load_catalogue, score  # noqa: E402

__all__ = ["Run", "UserError", "__version__", "inspect", "load_catalogue", "score"]
