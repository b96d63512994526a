"""``python -m fazhi_bench`` and the ``fazhi-bench`` command: the command line.

The heavy imports happen inside ``main``, with Ctrl-C held back until they are done, so
that Ctrl-C while they load ends with the same one-line message as Ctrl-C during a run,
never a traceback (see ``fazhi_bench.run.interrupts``).
"""

from __future__ import annotations

import sys

from fazhi_bench.run.interrupts import ctrl_c_deferred


def main(argv: list[str] | None = None) -> int:
    try:
        with ctrl_c_deferred():
            from fazhi_bench.tools.cli import main as cli_main
        return cli_main(argv, process_exit=True)  # the command catches its own Ctrl-C
    except KeyboardInterrupt:
        print("error: interrupted before anything was read or written", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
