"""Timing with the CPU's caches emptied first, as a bot's interaction finds them.

In a loop (bench/answers.py) one answer after another finds the course, the engine's indexes and the code it runs
still in the CPU's caches. In the bot (bench/discord_e2e.py) they are not: between two interactions the fake, the
event loop, discord.py and aiohttp, and on a shared machine other processes, have run and evicted them. The same
answer then costs several times more (issue 12's stage pass: the engine 1.12 ms in the bot against 0.5-0.6 ms in
the loop), and that, not the garbage collector, is most of the gap to the floor bot: the floor's one command touches
far less memory. Copying a buffer larger than the last-level cache before each call reproduces it here."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cache

FLUSH_MB = 64  # larger than the last-level cache of the machines this runs on


@cache
def _buffer() -> bytearray:
    return bytearray(FLUSH_MB * 1024 * 1024)  # made on first use: importing this module costs no memory


def flush() -> None:
    """Evict (nearly) everything from the CPU caches: a read and a write of FLUSH_MB."""
    bytes(_buffer())


def measure_cold(fn: Callable[[], object], rounds: int, clock: Callable[[], float] = time.thread_time) -> list[float]:
    """ms per call of fn, each call after flush() (which is not timed). The CPU clock by default: the flush makes
    this thread wait for memory, not for a core, so the figure is the call's own work plus its cache misses."""
    samples = []
    for _ in range(rounds):
        flush()
        start = clock()
        fn()
        samples.append((clock() - start) * 1000)
    return samples
