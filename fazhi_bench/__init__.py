"""fazhi_bench: transparent, evidence-backed scoring of annual rule-of-law government reports.

    import fazhi_bench as fb
    run = fb.score("data/reports")       # -> fb.Run
    run.scores                           # one row per report
    run.reweight({"dimensions": {"decision": 2}}).write("outputs")

See ``fazhi_bench.api`` for every function and the README for the columns. The names
below load on first use (the command line starts without them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Run", "UserError", "__version__", "inspect", "load_catalogue", "score"]

if TYPE_CHECKING:
    from fazhi_bench.api import Run, UserError, inspect, load_catalogue, score


def __getattr__(name: str) -> Any:
    if name in __all__:
        from fazhi_bench import api

        return getattr(api, name)
    raise AttributeError(f"module 'fazhi_bench' has no attribute {name!r}")
