"""``python -m fazhi_bench`` and the ``fazhi-bench`` command: the command line.

The heavy imports happen inside ``main``, so that Ctrl-C while they load ends with the
same one-line message as Ctrl-C during a run, never a traceback.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    try:
        from fazhi_bench.tools.cli import main as cli_main
    except KeyboardInterrupt:
        print("error: interrupted before anything was read or written", file=sys.stderr)
        return 2
    return cli_main(argv, process_exit=True)


if __name__ == "__main__":
    sys.exit(main())
