# Waiting helpers deliberately take a per-call ``timeout`` (test ergonomics), hence:
# ruff: noqa: ASYNC109
"""A loopback fake of Discord's REST API and gateway for driving the real discord.py client.

`FakeDiscord` is assembled from one part per resource (applications, interactions, webhooks, channels, guilds,
gateway, rate limits); this module holds what they share: the server's lifecycle, inspection helpers, and the
HTTP plumbing that records every REST request, validates it against Discord's OpenAPI spec (``openapi.py``) and
hands it to the part whose ``@route`` matches. A new resource is a new part with its own routes.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import json
import logging
import re
import socket
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web

from bot.discord_app.endpoints import discord_pointed_at

from .applications import Applications
from .channels import Channels
from .forums import Forums
from .gateway import Gateway
from .guilds import Guilds
from .interactions import Interactions
from .models import (
    DEFAULT_TOKEN,
    DiscordHTTPError,
    FakeGuild,
    FakeUser,
    RecordedRequest,
    UploadedFile,
    snowflake,
)
from .openapi import API_PREFIX, OpenAPIValidator, Violation
from .ratelimits import RateLimits
from .routing import NO_AUTH_PREFIXES, Handler, collect_routes
from .webhooks import Webhooks

if TYPE_CHECKING:
    import discord

log = logging.getLogger("fake_discord")
_HEADERS_OF_INTEREST = ("Authorization", "Content-Type", "User-Agent", "X-Audit-Log-Reason")


class FakeDiscord(Applications, Interactions, Webhooks, Forums, Channels, Guilds, Gateway, RateLimits):
    """Loopback fake of Discord's REST API (``/api/v10``) and gateway (``/gateway``).

    Use ``async with FakeDiscord(guilds=[...]) as fake:`` then point discord.py at
    ``fake.api_base`` / ``fake.gateway_url`` (see :func:`point_discord_py_at` / :func:`connect_bot`).
    """

    def __init__(
        self,
        *,
        guilds: Sequence[FakeGuild | Mapping[str, Any]] = (),
        users: Sequence[FakeUser | Mapping[str, Any]] = (),
        token: str = DEFAULT_TOKEN,
        application_id: int | None = None,
        bot_user_id: int | None = None,
        bot_name: str = "FakeBot",
        application_flags: int = 0,
        heartbeat_interval: int = 41250,
        host: str = "127.0.0.1",
        port: int = 0,
        spec_path: str | None = None,
        validate: bool = True,
        validate_responses: bool = False,
        reject_invalid: bool = True,
        interaction_timeout: float = 5.0,
        callback_deadline: float | None = None,
        attachment_size_limit: int = 10 * 1024 * 1024,
        members_in_guild_create: bool = True,
        allowed_privileged_intents: int | None = None,
        keep_interactions: int = 1000,
    ) -> None:
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise ValueError("FakeDiscord only listens on loopback (127.0.0.1 / ::1)")
        self.token = token
        self.application_id = application_id or snowflake()
        self.bot_user = FakeUser(id=bot_user_id or self.application_id, username=bot_name, bot=True)
        self.application_flags = application_flags
        self.guilds: dict[int, FakeGuild] = {g.id: g for g in map(FakeGuild.coerce, guilds)}
        self.users: dict[int, FakeUser] = {u.id: u for u in map(FakeUser.coerce, users)}
        for guild in self.guilds.values():
            for member in guild.members:
                self.users.setdefault(member.user.id, member.user)
        self.default_user = next(iter(self.users.values()), None) or FakeUser(id=snowflake(), username="tester")
        self.users.setdefault(self.default_user.id, self.default_user)
        self.heartbeat_interval = heartbeat_interval
        self.host = host
        self.validate = validate
        self.validate_responses = validate_responses
        self.reject_invalid = reject_invalid
        self.interaction_timeout = interaction_timeout
        self.callback_deadline = callback_deadline
        self.attachment_size_limit = attachment_size_limit
        self.members_in_guild_create = members_in_guild_create
        self.allowed_privileged_intents = allowed_privileged_intents
        self.validator = OpenAPIValidator(spec_path) if validate or validate_responses else None

        # Recorded state.
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.response_violations: list[Violation] = []
        self.unhandled: list[RecordedRequest] = []

        # Each part keeps its own state.
        self._init_applications()
        self._init_interactions(keep_interactions)
        self._init_channels()
        self._init_forums()
        self._init_guilds()
        self._init_gateway()
        self._init_rate_limits()

        self._port = port
        self._runner: web.AppRunner | None = None
        self._routes = collect_routes(self)

    # -- lifecycle -------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        """Start the HTTP/WebSocket server on ``host`` and a free port."""
        self._gateway_changed = asyncio.Condition()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._handle_gateway)
        app.router.add_get("/gateway/", self._handle_gateway)
        app.router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._handle_attachment)
        app.router.add_route("*", "/{tail:.*}", self._handle_http)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._port))
        sock.listen(128)
        self._port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        log.debug("fake discord listening on %s", self.base_url)

    async def close(self) -> None:
        """Close gateway connections and stop the server."""
        for conn in list(self._connections):
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001, message=b"fake discord shutting down")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self._port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self._port}/gateway"

    def patch_discord_py(self) -> contextlib.AbstractContextManager[None]:
        """``point_discord_py_at(self.api_base, self.gateway_url)``."""
        return point_discord_py_at(self.api_base, self.gateway_url)

    # -- inspection ------------------------------------------------------------------------------

    def requests_for(self, method: str | None = None, path_pattern: str | None = None) -> list[RecordedRequest]:
        """Recorded requests by method (``None``/``"*"`` = any) and path: a spec template
        (``/channels/{channel_id}/messages``), a concrete path, or an fnmatch glob."""
        out = []
        for req in self.requests:
            if method not in (None, "*") and req.method != method.upper():
                continue
            if (
                path_pattern is not None
                and path_pattern not in (req.route, req.path)
                and not fnmatch.fnmatchcase(req.path, path_pattern)
            ):
                continue
            out.append(req)
        return out

    async def wait_for_requests(
        self, method: str | None = None, path_pattern: str | None = None, n: int = 1, timeout: float = 5.0
    ) -> list[RecordedRequest]:
        """Wait until ``requests_for(method, path_pattern)`` holds ``n`` answered requests; return them."""

        def done() -> bool:
            return len([r for r in self.requests_for(method, path_pattern) if r.status is not None]) >= n

        await self._wait_gateway(done, timeout, f"{n} x {method} {path_pattern}")
        return self.requests_for(method, path_pattern)

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return list(self.messages.get(channel_id, []))

    def dm_messages(self, user_id: int) -> list[dict[str, Any]]:
        """Messages the bot sent to a user's DM channel."""
        return [m for cid, uid in self.dm_channels.items() if uid == user_id for m in self.messages.get(cid, [])]

    def reset_records(self) -> None:
        """Forget recorded requests, violations and 429 counts (state such as commands is kept)."""
        self.requests.clear()
        self.violations.clear()
        self.response_violations.clear()
        self.unhandled.clear()
        self.rate_limited_count = 0

    def describe(self, last: int = 8) -> str:
        """Short human-readable summary of recent traffic (used in timeout errors)."""
        recent = ", ".join(str(r) for r in self.requests[-last:]) or "none"
        return f"recent requests: {recent}; violations: {len(self.violations)}"

    def add_user(self, user: FakeUser | Mapping[str, Any]) -> FakeUser:
        user = FakeUser.coerce(user)
        self.users[user.id] = user
        return user

    # -- HTTP plumbing ---------------------------------------------------------------------------

    def _match_route(self, method: str, path: str) -> tuple[str, dict[str, str], Handler | None] | None:
        """Match a bare path to a handler; returns (template, params, handler) or None."""
        candidates = []
        for m, template, regex, fn in self._routes:
            match = regex.match(path)
            if match:
                names = re.findall(r"\{([^}]+)\}", template)
                literal = template.count("/") - len(names)
                candidates.append((literal, m == method, template, dict(zip(names, match.groups(), strict=True)), fn))
        if not candidates:
            return None
        candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
        best = [c for c in candidates if c[2] == candidates[0][2]]
        for _, same_method, template, params, fn in best:
            if same_method:
                return template, params, fn
        return candidates[0][2], candidates[0][3], None

    @staticmethod
    def _json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> web.Response:
        all_headers = {"Via": "1.1 google", **(headers or {})}
        if body is None and status == 204:
            return web.Response(status=204, headers=all_headers)
        all_headers["Content-Type"] = "application/json"
        return web.Response(status=status, body=json.dumps(body).encode(), headers=all_headers)

    async def _read_body(self, request: web.Request, req: RecordedRequest) -> bool:
        """Parse the body into ``req.json``/``req.files``; False if it was not valid JSON."""
        ctype = request.content_type
        if not request.body_exists:
            return True
        if ctype == "multipart/form-data":
            form: dict[str, Any] = {}
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                if not isinstance(part, BodyPartReader):
                    continue
                name = part.name or ""
                data = await part.read()
                if part.filename is not None or name.startswith("files["):
                    ptype = part.headers.get("Content-Type")
                    req.files.append(UploadedFile(name, part.filename, ptype, bytes(data)))
                elif name == "payload_json":
                    try:
                        payload = json.loads(bytes(data))
                    except ValueError as exc:
                        problem = Violation(req.method, req.path, "body/payload_json", f"invalid JSON: {exc}")
                        req.violations.append(problem)
                        return False
                    if isinstance(payload, dict):
                        form.update(payload)
                    else:
                        form["payload_json"] = payload
                else:
                    form[name] = bytes(data).decode(errors="replace")
            req.json = form
            return True
        raw = await request.read()
        if not raw:
            return True
        if ctype == "application/json":
            try:
                req.json = json.loads(raw)
            except ValueError as exc:
                req.violations.append(Violation(req.method, req.path, "body", f"invalid JSON: {exc}"))
                return False
        else:
            req.json = raw.decode(errors="replace")
        return True

    async def _handle_http(self, request: web.Request) -> web.StreamResponse:
        raw_path = request.path
        if not (raw_path == API_PREFIX or raw_path.startswith(API_PREFIX + "/")):
            problem = Violation(request.method, raw_path, "route", f"not under {API_PREFIX}")
            self.violations.append(problem)
            log.warning("OpenAPI violation: %s", problem)
            return self._json_response(404, {"message": "404: Not Found", "code": 0})
        path = raw_path[len(API_PREFIX) :] or "/"
        headers = {h: request.headers[h] for h in _HEADERS_OF_INTEREST if h in request.headers}
        req = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            headers=headers,
            content_type=request.content_type if request.body_exists else None,
            json=None,
            files=[],
        )
        self.requests.append(req)
        body_ok = await self._read_body(request, req)
        matched = self._match_route(req.method, path)
        handler: Handler | None = None
        if matched is not None:
            req.route, req.params, handler = matched
        if self.validator is not None:
            spec_match = self.validator.match(path, req.method)
            if spec_match is not None:  # name routes like the spec does (e.g. ".../messages/@original")
                req.route = spec_match.template
                req.params = {**spec_match.params, **req.params}
        if self.validator is not None and self.validate and body_ok:
            req.violations.extend(
                self.validator.validate_request(
                    req.method,
                    path,
                    query=req.query,
                    content_type=req.content_type,
                    body=req.json,
                    has_body=req.json is not None or bool(req.files),
                )
            )
        self.violations.extend(req.violations)
        for violation in req.violations:
            log.warning("OpenAPI violation: %s", violation)

        status, body, extra_headers = await self._dispatch(req, handler, body_ok)
        req.status, req.response, req.response_headers = status, body, extra_headers
        await self._gateway_notify()
        if self.validator is not None and self.validate_responses and status < 300:
            problems = self.validator.validate_response(req.method, path, status, body)
            self.response_violations.extend(problems)
            for problem in problems:
                log.warning("fake response does not match spec: %s", problem)
        return self._json_response(status, body, extra_headers)

    async def _dispatch(
        self, req: RecordedRequest, handler: Handler | None, body_ok: bool
    ) -> tuple[int, Any, dict[str, str]]:
        if not req.path.startswith(NO_AUTH_PREFIXES) and req.headers.get("Authorization") != f"Bot {self.token}":
            return 401, {"message": "401: Unauthorized", "code": 0}, {}
        headers, limited = self._rate_limit_check(req)
        if limited is not None:
            self.rate_limited_count += 1
            return limited.status, limited.body, headers
        if not body_ok:
            return 400, {"message": "The request body contains invalid JSON.", "code": 50109}, headers
        body_violations = [v for v in req.violations if v.location.startswith("body")]
        if self.reject_invalid and body_violations:
            errors: dict[str, Any] = {}
            for v in body_violations:
                node = errors
                for part in v.location.split("/")[1:]:
                    node = node.setdefault(part, {})
                node.setdefault("_errors", []).append({"code": "BASE_TYPE_INVALID", "message": v.message})
            return 400, {"message": "Invalid Form Body", "code": 50035, "errors": errors}, headers
        if handler is None:
            if req.route is not None and not any(v.location == "route" for v in req.violations):
                self.unhandled.append(req)
                log.warning("fake discord does not implement %s %s", req.method, req.route)
            return 404, {"message": "404: Not Found", "code": 0}, headers
        too_big = [f for f in req.files if len(f.data) > self.attachment_size_limit]
        if too_big:
            return 413, {"message": "Request entity too large", "code": 40005}, headers
        try:
            status, body = await handler(req)
        except DiscordHTTPError as err:
            return err.status, err.body, headers
        return status, body, headers

    async def _handle_attachment(self, request: web.Request) -> web.StreamResponse:
        try:
            _, content_type, data = self.attachments[int(request.match_info["attachment_id"])]
        except (KeyError, ValueError):
            return web.Response(status=404, text="Not Found")
        return web.Response(body=data, headers={"Content-Type": content_type})


# ---------------------------------------------------------------------------------------------------
# discord.py helpers
# ---------------------------------------------------------------------------------------------------


# The one place that points discord.py elsewhere is the bot's own (bot.discord_app.endpoints).
point_discord_py_at = discord_pointed_at


@contextlib.asynccontextmanager
async def connect_bot(
    fake: FakeDiscord, client: discord.Client, *, token: str | None = None, timeout: float = 10.0
) -> AsyncIterator[discord.Client]:
    """Run ``client.start(token)`` against ``fake`` until it is ready; close it on exit.

    Errors from ``start`` (e.g. :class:`discord.LoginFailure`) propagate. Give bots a small
    ``guild_ready_timeout`` (e.g. 0.1) or readiness takes 2 s.
    """
    with fake.patch_discord_py():
        start = asyncio.create_task(client.start(token or fake.token), name="fake-discord-bot")
        ready = asyncio.create_task(client.wait_until_ready())
        try:
            done, _ = await asyncio.wait({start, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            if start in done:
                start.result()  # raises the login/connect error
                raise RuntimeError("client.start() returned before the client became ready")
            if ready not in done:
                raise TimeoutError(f"bot not ready within {timeout}s; {fake.describe()}")
            yield client
        finally:
            ready.cancel()
            if not client.is_closed():
                await client.close()
            if not start.done():
                try:
                    await asyncio.wait_for(start, timeout=5)
                except (TimeoutError, asyncio.CancelledError):
                    start.cancel()
            elif not start.cancelled():
                start.exception()  # retrieved; re-raised above when relevant
