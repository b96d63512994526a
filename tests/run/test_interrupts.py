"""Ctrl-C held back inside a block and acted on when it ends (run/interrupts.py)."""

from __future__ import annotations

import os
import signal

import pytest

from fazhi_bench.run.interrupts import ctrl_c_deferred


def test_ctrl_c_inside_the_block_is_raised_when_it_ends():
    before = signal.getsignal(signal.SIGINT)
    finished = False
    with pytest.raises(KeyboardInterrupt), ctrl_c_deferred():
        os.kill(os.getpid(), signal.SIGINT)
        finished = True  # the block runs to its end first
    assert finished
    assert signal.getsignal(signal.SIGINT) is before


def test_no_ctrl_c_no_interrupt():
    before = signal.getsignal(signal.SIGINT)
    with ctrl_c_deferred():
        pass
    assert signal.getsignal(signal.SIGINT) is before
