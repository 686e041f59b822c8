"""The cold-cache timer: the caches are emptied before every call, outside the timed span, and each call is one
sample in ms."""

from __future__ import annotations

from bench import cold_cache


def test_each_call_is_timed_after_a_flush_that_is_not_timed(monkeypatch):
    events: list[str] = []
    ticks = iter(range(100))

    def clock() -> float:
        events.append("clock")
        return next(ticks) / 1000  # each reading 1 ms after the last

    monkeypatch.setattr(cold_cache, "flush", lambda: events.append("flush"))
    samples = cold_cache.measure_cold(lambda: events.append("call"), 3, clock=clock)
    assert events == ["flush", "clock", "call", "clock"] * 3
    assert samples == [1.0, 1.0, 1.0]


def test_flush_reads_a_buffer_larger_than_a_cache():
    cold_cache.flush()
    assert len(cold_cache._buffer()) == cold_cache.FLUSH_MB * 1024 * 1024 >= 32 * 1024 * 1024
