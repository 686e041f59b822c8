"""Rate limits like Discord's: `X-RateLimit-*` headers on known routes, per-route buckets per major parameter, a
global limit, and injected 429s (with `retry_after`, `global`, `Retry-After` and `Via`)."""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass, field

from .models import DiscordHTTPError, RecordedRequest
from .routing import NO_AUTH_PREFIXES

_MAJOR_PARAMS = ("channel_id", "guild_id", "webhook_id", "webhook_token", "interaction_id", "interaction_token")


@dataclass
class _Limit:
    pattern: str
    method: str
    route: str
    limit: int
    per: float
    send_headers: bool
    bucket: str
    windows: dict[tuple[str, ...], list[float]] = field(default_factory=dict)  # key -> [window_start, count]


@dataclass
class _Injected429:
    method: str | None
    route: str | None
    remaining: int
    retry_after: float
    is_global: bool


def _route_key(pattern: str) -> tuple[str, str]:
    method, _, route = pattern.strip().partition(" ")
    if not route:
        raise ValueError(f"route pattern must look like 'POST /channels/{{channel_id}}/messages', got {pattern!r}")
    return method.upper(), route


class RateLimits:
    """The fake's rate limiting (a part of FakeDiscord)."""

    def _init_rate_limits(self) -> None:
        self.rate_limited_count = 0
        self._limits: list[_Limit] = []
        self._global_limit: _Limit | None = None
        self._injected: list[_Injected429] = []

    def rate_limit(self, route_pattern: str, limit: int, per: float, *, send_headers: bool = True) -> None:
        """Enforce ``limit`` requests per ``per`` seconds on e.g. ``"POST /channels/{channel_id}/messages"``
        (per major parameter, like Discord). With ``send_headers=False`` the client gets no warning
        headers, so it will actually run into 429s."""
        method, route = _route_key(route_pattern)
        bucket = hashlib.sha1(route_pattern.encode(), usedforsecurity=False).hexdigest()[:16]
        self._limits = [lim for lim in self._limits if lim.pattern != route_pattern]
        self._limits.append(_Limit(route_pattern, method, route, limit, per, send_headers, bucket))

    def global_rate_limit(self, limit: int, per: float = 1.0) -> None:
        """Enforce a global limit across all authenticated routes (429 with ``global: true``)."""
        self._global_limit = _Limit("global", "*", "*", limit, per, False, "global")

    def clear_rate_limits(self) -> None:
        """Remove all configured route/global limits and pending injected 429s."""
        self._limits.clear()
        self._global_limit = None
        self._injected.clear()

    def inject_429(
        self, route_pattern: str | None = None, *, count: int = 1, retry_after: float = 0.1, is_global: bool = False
    ) -> None:
        """Answer the next ``count`` matching requests (``None`` = any) with 429 ``retry_after``."""
        method, route = _route_key(route_pattern) if route_pattern else (None, None)
        self._injected.append(_Injected429(method, route, count, retry_after, is_global))

    def _rate_limit_check(self, req: RecordedRequest) -> tuple[dict[str, str], DiscordHTTPError | None]:
        now = time.monotonic()
        headers: dict[str, str] = {}
        for inj in self._injected:
            if inj.remaining > 0 and inj.method in (None, req.method) and inj.route in (None, req.route):
                inj.remaining -= 1
                return self._too_many(inj.retry_after, inj.is_global, "shared", None), self._error_429(
                    inj.retry_after, inj.is_global
                )
        exempt = req.path.startswith(NO_AUTH_PREFIXES)
        if self._global_limit is not None and not exempt:
            retry = self._consume(self._global_limit, ("global",), now)
            if retry is not None:
                return self._too_many(retry, True, "global", None), self._error_429(retry, True)
        for lim in self._limits:
            if lim.method != req.method or lim.route != req.route:
                continue
            key = tuple(req.params.get(p, "") for p in _MAJOR_PARAMS)
            retry = self._consume(lim, key, now)
            if retry is not None:
                return self._too_many(retry, False, "user", lim), self._error_429(retry, False)
            start, count = lim.windows[key]
            if lim.send_headers:
                reset_after = max(0.0, start + lim.per - now)
                headers.update(
                    {
                        "X-RateLimit-Limit": str(lim.limit),
                        "X-RateLimit-Remaining": str(max(0, lim.limit - int(count))),
                        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
                        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
                        "X-RateLimit-Bucket": lim.bucket,
                    }
                )
            return headers, None
        if req.route is not None:
            bucket = hashlib.sha1(f"{req.method} {req.route}".encode(), usedforsecurity=False).hexdigest()[:16]
            headers.update(
                {
                    "X-RateLimit-Limit": "10000",
                    "X-RateLimit-Remaining": "9999",
                    "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
                    "X-RateLimit-Reset-After": "1.000",
                    "X-RateLimit-Bucket": bucket,
                }
            )
        return headers, None

    @staticmethod
    def _consume(lim: _Limit, key: tuple[str, ...], now: float) -> float | None:
        window = lim.windows.get(key)
        # 5 ms of grace: clients sleeping exactly ``retry_after`` may wake a hair early.
        if window is None or now >= window[0] + lim.per - 0.005:
            window = lim.windows[key] = [now, 0]
        if window[1] >= lim.limit:
            return max(0.001, window[0] + lim.per - now)
        window[1] += 1
        return None

    def _too_many(self, retry_after: float, is_global: bool, scope: str, lim: _Limit | None) -> dict[str, str]:
        headers = {
            "Retry-After": str(max(1, math.ceil(retry_after))),
            "X-RateLimit-Scope": scope,
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        elif lim is None or lim.send_headers:
            headers.update(
                {
                    "X-RateLimit-Limit": str(lim.limit if lim else 1),
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
                    "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                }
            )
            if lim is not None:
                headers["X-RateLimit-Bucket"] = lim.bucket
        return headers

    @staticmethod
    def _error_429(retry_after: float, is_global: bool) -> DiscordHTTPError:
        err = DiscordHTTPError(429, 0, "You are being rate limited.")
        err.body = {"message": "You are being rate limited.", "retry_after": round(retry_after, 3), "global": is_global}
        return err
