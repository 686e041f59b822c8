# Waiting helpers deliberately take a per-call ``timeout`` (test ergonomics), hence:
# ruff: noqa: ASYNC109
"""The gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME with replay, member chunks, zlib-stream
compression, close codes, and the test controls that disconnect, reconnect or invalidate sessions."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import zlib
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from .message_content import MESSAGE_CONTENT_INTENT, MESSAGE_EVENTS, as_seen
from .models import GUILDS_INTENT, PRIVILEGED_INTENTS

log = logging.getLogger("fake_discord")


@dataclass
class _Session:
    id: str
    shard: list[int] | None
    intents: int
    seq: int = 0
    history: deque[tuple[int, str]] = field(default_factory=lambda: deque(maxlen=2000))
    connection: _GatewayConnection | None = None


class _GatewayConnection:
    def __init__(self, ws: web.WebSocketResponse, compress: bool) -> None:
        self.ws = ws
        self.compressor = zlib.compressobj() if compress else None
        self.session: _Session | None = None
        self.lock = asyncio.Lock()

    async def send_raw(self, text: str) -> None:
        async with self.lock:
            if self.ws.closed:
                return
            if self.compressor is not None:
                data = self.compressor.compress(text.encode()) + self.compressor.flush(zlib.Z_SYNC_FLUSH)
                await self.ws.send_bytes(data)
            else:
                await self.ws.send_str(text)

    async def send(self, payload: Mapping[str, Any]) -> None:
        await self.send_raw(json.dumps(payload, separators=(",", ":")))


class Gateway:
    """The fake's gateway (a part of FakeDiscord)."""

    def _init_gateway(self) -> None:
        self.identify_count = 0
        self.resume_count = 0
        self.heartbeat_count = 0
        self.gateway_connections = 0
        self.identify_payloads: list[dict[str, Any]] = []
        self.gateway_queries: list[dict[str, str]] = []
        self._connections: set[_GatewayConnection] = set()
        self._sessions: dict[str, _Session] = {}
        self._gateway_changed: asyncio.Condition | None = None

    async def _handle_gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(compress=False, max_msg_size=0, autoping=True)
        await ws.prepare(request)
        self.gateway_queries.append(dict(request.query))
        compress = request.query.get("compress") == "zlib-stream"
        if request.query.get("encoding", "json") != "json":
            await ws.close(code=4002, message=b"only json encoding is supported by the fake")
            return ws
        conn = _GatewayConnection(ws, compress)
        self._connections.add(conn)
        self.gateway_connections += 1
        try:
            await conn.send({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval, "_trace": ["fake"]}})
            async for msg in ws:
                if msg.type in (WSMsgType.TEXT, WSMsgType.BINARY):
                    try:
                        payload = json.loads(msg.data)
                    except ValueError:
                        await ws.close(code=4002, message=b"Error while decoding payload.")
                        break
                    await self._on_gateway_message(conn, payload)
                elif msg.type == WSMsgType.ERROR:
                    break
        finally:
            self._connections.discard(conn)
            if conn.session is not None and conn.session.connection is conn:
                conn.session.connection = None
            await self._gateway_notify()
        return ws

    async def _gateway_notify(self) -> None:
        if self._gateway_changed is not None:
            async with self._gateway_changed:
                self._gateway_changed.notify_all()

    async def _on_gateway_message(self, conn: _GatewayConnection, payload: Mapping[str, Any]) -> None:
        op, data = payload.get("op"), payload.get("d")
        if conn.session is None and op not in (1, 2, 6):
            await conn.ws.close(code=4003, message=b"Not authenticated.")
        elif op == 2 and conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated.")
        elif op == 1:
            self.heartbeat_count += 1
            await conn.send({"op": 11})
        elif op == 2:
            await self._identify(conn, data or {})
        elif op == 6:
            await self._resume(conn, data or {})
        elif op == 8:
            await self._request_members(conn, data or {})
        elif op in (3, 4):
            pass  # presence / voice state updates are accepted and ignored
        else:
            await conn.ws.close(code=4001, message=b"Unknown opcode")

    async def _identify(self, conn: _GatewayConnection, data: Mapping[str, Any]) -> None:
        if data.get("token") not in (self.token, f"Bot {self.token}"):
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identify_payloads.append(dict(data))
        privileged = int(data.get("intents") or 0) & PRIVILEGED_INTENTS
        if self.allowed_privileged_intents is not None and privileged & ~self.allowed_privileged_intents:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        session = _Session(id=secrets.token_hex(16), shard=data.get("shard"), intents=int(data.get("intents") or 0))
        self._sessions[session.id] = session
        session.connection = conn
        conn.session = session
        ready: dict[str, Any] = {
            "v": 10,
            "user": self._bot_pii(),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds.values()],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": self.application_flags},
            "private_channels": [],
            "presences": [],
            "relationships": [],
            "guild_join_requests": [],
            "user_settings": {},
            "geo_ordered_rtc_regions": ["fake"],
            "_trace": ["fake-discord"],
        }
        if session.shard is not None:
            ready["shard"] = session.shard
        await self._send_dispatch(session, "READY", ready)
        if session.intents & GUILDS_INTENT:
            large_threshold = int(data.get("large_threshold") or 50)
            for guild in self.guilds.values():
                await self._send_dispatch(session, "GUILD_CREATE", self._guild_create(guild, large_threshold))
        self.identify_count += 1
        await self._gateway_notify()

    async def _resume(self, conn: _GatewayConnection, data: Mapping[str, Any]) -> None:
        session = self._sessions.get(str(data.get("session_id")))
        if session is None or data.get("token") not in (self.token, f"Bot {self.token}"):
            await conn.send({"op": 9, "d": False})
            return
        old = session.connection
        if old is not None and old is not conn:
            with contextlib.suppress(Exception):
                await old.ws.close(code=4000, message=b"session resumed elsewhere")
        session.connection = conn
        conn.session = session
        last_seq = int(data.get("seq") or 0)
        for seq, text in list(session.history):
            if seq > last_seq:
                await conn.send_raw(text)
        await self._send_dispatch(session, "RESUMED", {"_trace": ["fake-discord"]})
        self.resume_count += 1
        await self._gateway_notify()

    async def _request_members(self, conn: _GatewayConnection, data: Mapping[str, Any]) -> None:
        if conn.session is None:
            return
        guild = self.guilds.get(int(data.get("guild_id") or 0))
        if guild is None:
            return
        members = [self._bot_member(guild), *guild.all_members()]
        user_ids = data.get("user_ids")
        not_found: list[str] = []
        if user_ids is not None:
            wanted = {int(u) for u in (user_ids if isinstance(user_ids, list) else [user_ids])}
            members = [m for m in members if m.user.id in wanted]
            not_found = [str(u) for u in wanted - {m.user.id for m in members}]
        else:
            query = str(data.get("query") or "").lower()
            members = [m for m in members if m.user.username.lower().startswith(query)]
            limit = int(data.get("limit") or 0)
            if limit:
                members = members[:limit]
        chunks = [members[i : i + 1000] for i in range(0, len(members), 1000)] or [[]]
        for index, chunk in enumerate(chunks):
            payload: dict[str, Any] = {
                "guild_id": str(guild.id),
                "members": [m.to_payload() for m in chunk],
                "chunk_index": index,
                "chunk_count": len(chunks),
            }
            if data.get("nonce") is not None:
                payload["nonce"] = data["nonce"]
            if not_found and index == 0:
                payload["not_found"] = not_found
            await self._send_dispatch(conn.session, "GUILD_MEMBERS_CHUNK", payload)

    async def _send_dispatch(self, session: _Session, event: str, data: Any) -> None:
        if event in MESSAGE_EVENTS:  # an app without the message content intent gets the message without its words
            data = as_seen(data, self.bot_user.id, content_allowed=bool(session.intents & MESSAGE_CONTENT_INTENT))
        session.seq += 1
        text = json.dumps({"op": 0, "t": event, "s": session.seq, "d": data}, separators=(",", ":"))
        session.history.append((session.seq, text))
        if session.connection is not None:
            await session.connection.send_raw(text)

    async def dispatch(self, event: str, data: Any) -> None:
        """Send a DISPATCH event to every live session (waiting for an IDENTIFY first if needed).
        Events for a temporarily disconnected session are replayed on RESUME."""
        if not self._sessions:
            await self.wait_until_identified()
        for session in self._sessions.values():
            await self._send_dispatch(session, event, data)

    async def _wait_gateway(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        """Wait for ``predicate`` (re-checked on gateway events and answered requests)."""
        assert self._gateway_changed is not None, "FakeDiscord is not started"
        async with self._gateway_changed:
            try:
                await asyncio.wait_for(self._gateway_changed.wait_for(predicate), timeout)
            except TimeoutError:
                raise TimeoutError(f"fake discord: {what} did not happen within {timeout}s") from None

    async def wait_until_identified(self, count: int = 1, timeout: float = 10.0) -> None:
        """Wait until ``count`` IDENTIFYs were answered with READY (+ GUILD_CREATEs)."""
        await self._wait_gateway(lambda: self.identify_count >= count, timeout, f"IDENTIFY #{count}")

    async def wait_until_resumed(self, count: int = 1, timeout: float = 10.0) -> None:
        """Wait until ``count`` RESUMEs were answered with RESUMED."""
        await self._wait_gateway(lambda: self.resume_count >= count, timeout, f"RESUME #{count}")

    async def wait_until_disconnected(self, timeout: float = 10.0) -> None:
        """Wait until no gateway connection is open."""
        await self._wait_gateway(lambda: not self._connections, timeout, "gateway disconnect")

    async def disconnect_gateway(self, code: int = 4000) -> None:
        """Close every gateway connection (4000 is resumable; discord.py then RESUMEs)."""
        for conn in list(self._connections):
            await conn.ws.close(code=code, message=b"fake discord: disconnect requested")

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT on every connection."""
        for conn in list(self._connections):
            await conn.send({"op": 7, "d": None})

    async def invalidate_sessions(self, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION; non-resumable sessions are forgotten."""
        for conn in list(self._connections):
            await conn.send({"op": 9, "d": resumable})
            if not resumable and conn.session is not None:
                self._sessions.pop(conn.session.id, None)
