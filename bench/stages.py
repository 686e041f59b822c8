"""Where one interaction's time goes inside a bot's process: perf_counter spans around its stages, for the stage
pass of bench/discord_e2e.py. Installed only in a child started for that pass (COURSEBOT_BENCH_STAGES=1), never
in the children whose latency is timed: each wrapper adds a little time of its own.

The wrappers go on module attributes before the bot loads its command modules (they bind what they import), so
a command module sees the wrapped engine and answer builders. Each stage keeps its durations in ms until read."""

from __future__ import annotations

import functools
import gc
import importlib
import inspect
import statistics
import time
from collections import defaultdict
from typing import Any

ENV = "COURSEBOT_BENCH_STAGES"

# (stage, module, attribute): attribute may be "Class.method". A missing one is skipped (the floor has no bot/).
STAGES = [
    ("gateway decode + dispatch", "discord.state", "ConnectionState.parse_interaction_create"),
    ("invocation (settings, staff)", "bot.discord_app.registry", "invocation_for"),
    ("command body + reply", "bot.discord_app.registry", "run_logged"),
    ("endorsed-answer lookup", "bot.qa.endorsed_lookup", "endorsed_for"),
    ("engine (answer_question)", "bot.understand.engine", "answer_question"),
    ("deadline answer", "bot.answers.deadlines", "deadline_detail"),
    ("published reads", "bot.store.published", "Published.grades"),
    ("published reads", "bot.store.published", "Published.exam_forms"),
    ("render (embeds, stamps)", "bot.discord_app.discord_reply", "answer_pages"),
    ("option/page view built", "bot.discord_app.views", "AnswerView.__init__"),
    ("send_message (body, HTTP)", "discord.interactions", "InteractionResponse.send_message"),
    ("followup send", "discord.webhook.async_", "Webhook.send"),
]

spans: dict[str, list[float]] = defaultdict(list)
_gc_started = [0.0]


def _timed(stage: str, func: Any) -> Any:
    if inspect.iscoroutinefunction(func):

        @functools.wraps(func)
        async def timed_async(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await func(*args, **kwargs)
            finally:
                spans[stage].append((time.perf_counter() - started) * 1000)

        return timed_async

    @functools.wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            spans[stage].append((time.perf_counter() - started) * 1000)

    return timed


def _gc(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _gc_started[0] = time.perf_counter()
    else:
        spans[f"gc gen{info['generation']}"].append((time.perf_counter() - _gc_started[0]) * 1000)


def install(stages: list[tuple[str, str, str]] = STAGES, *, time_gc: bool = True) -> None:
    """Wrap every stage that exists in this process, and time the cyclic collector."""
    for stage, module_name, attribute in stages:
        try:
            owner: Any = importlib.import_module(module_name)
        except ImportError:
            continue
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        if owner is None or not hasattr(owner, name):
            continue
        setattr(owner, name, _timed(stage, getattr(owner, name)))
    if time_gc:
        gc.callbacks.append(_gc)


def report(interactions: int) -> dict[str, Any]:
    """Per stage: how many times it ran per interaction, its p50 and its mean in ms; then forget them."""
    figures = {
        stage: {
            "per_interaction": len(values) / interactions if interactions else 0.0,
            "p50_ms": statistics.median(values),
            "mean_ms": statistics.fmean(values),
            "total_per_interaction_ms": sum(values) / interactions if interactions else 0.0,
        }
        for stage, values in spans.items()
        if values
    }
    spans.clear()
    return figures
