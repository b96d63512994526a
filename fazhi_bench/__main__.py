"""``python -m fazhi_bench`` and the ``fazhi-bench`` command: the command line.

The heavy imports happen inside ``main``, with Ctrl-C held back until they are done:
an interrupt inside a library's import can surface as that library's ImportError (numpy
does so), which would end in a traceback instead of the one-line message of Ctrl-C
during a run.
"""

from __future__ import annotations

import signal
import sys

INTERRUPTED = "error: interrupted before anything was read or written"


def main(argv: list[str] | None = None) -> int:
    pressed: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
        try:
            from fazhi_bench.tools.cli import main as cli_main
        finally:
            signal.signal(signal.SIGINT, previous)
        if pressed:
            print(INTERRUPTED, file=sys.stderr)
            return 2
        return cli_main(argv, process_exit=True)  # the command catches its own Ctrl-C
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
