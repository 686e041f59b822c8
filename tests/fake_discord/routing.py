"""How the fake's REST handlers are declared and found: `@route("GET", "/channels/{channel_id}")` on a method of
any of the fake's parts; FakeDiscord collects every decorated method when it starts."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from .models import RecordedRequest

Handler = Callable[[RecordedRequest], Awaitable["tuple[int, Any]"]]
ROUTES_ATTRIBUTE = "_fake_discord_routes"
NO_AUTH_PREFIXES = ("/webhooks/", "/interactions/")


def route(method: str, template: str) -> Callable[[Callable], Callable]:
    """Mark a method as the handler of `method template` (a method may serve several routes)."""

    def mark(fn: Callable) -> Callable:
        setattr(fn, ROUTES_ATTRIBUTE, [*getattr(fn, ROUTES_ATTRIBUTE, []), (method, template)])
        return fn

    return mark


def compile_template(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "/?$")


def collect_routes(obj: object) -> list[tuple[str, str, re.Pattern[str], Handler]]:
    """(method, template, regex, bound handler) for every @route method of obj's class."""
    found = []
    for name in dir(type(obj)):
        fn = getattr(type(obj), name, None)
        for method, template in getattr(fn, ROUTES_ATTRIBUTE, ()):
            found.append((method, template, compile_template(template), getattr(obj, name)))
    return found
