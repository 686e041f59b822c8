"""The stage pass's wrappers: each named function and method is timed, sync or async, as many times as it runs;
a stage this process lacks (the floor has no bot/) is skipped; a report is per interaction and starts afresh."""

from __future__ import annotations

import asyncio
import sys
import types

import pytest

from bench import stages


@pytest.fixture
def probe(monkeypatch):
    module = types.ModuleType("stage_probe")

    def work(x):
        return x + 1

    class Sender:
        async def send(self, x):
            await asyncio.sleep(0)
            return x * 2

    module.work, module.Sender = work, Sender
    monkeypatch.setitem(sys.modules, "stage_probe", module)
    stages.spans.clear()
    yield module
    stages.spans.clear()


def test_sync_and_async_stages_are_timed_per_run(probe):
    stages.install(
        [("work", "stage_probe", "work"), ("send", "stage_probe", "Sender.send"), ("gone", "no_such_module", "f")],
        time_gc=False,
    )
    assert probe.work(1) == 2
    assert probe.work(2) == 3
    assert asyncio.run(probe.Sender().send(3)) == 6
    report = stages.report(2)
    assert report["work"]["per_interaction"] == 1.0
    assert report["send"]["per_interaction"] == 0.5
    assert report["work"]["p50_ms"] >= 0
    assert "gone" not in report
    assert stages.report(2) == {}  # read once


def test_a_missing_attribute_is_skipped(probe):
    stages.install([("nothing", "stage_probe", "Nope.send")], time_gc=False)
    probe.work(1)
    assert stages.report(1) == {}
