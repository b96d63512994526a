"""Ctrl-C held back while a step that must not be cut finishes, then acted on.

Used where an interrupt in the middle would leave a mess or a traceback: workers half
started (each would print its own traceback), and the command's heavy imports (an
interrupt inside numpy's import surfaces as pandas' ImportError, not as Ctrl-C). A
light module, so that the command line can use it before anything heavy is loaded.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def ctrl_c_deferred() -> Iterator[None]:
    """Hold Ctrl-C back inside the block and raise KeyboardInterrupt on leaving it if it
    was pressed. (A handler, not a signal mask: the signal may reach any thread, Arrow's
    included.) Outside the main thread, where no handler can be set, nothing is held."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt
