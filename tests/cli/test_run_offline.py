"""`coursebot run` (and `sync`) with a token but no way to reach Discord: one line naming the address it could not
reach and what to check, exit 2, no traceback. Nothing leaves the machine: the address is a closed loopback port,
or a name whose lookup fails inside the process."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys

import pytest

from tests.conftest import REPO

# Runs `python -m bot` with every host name lookup failing as it does without a network (no query is sent).
WITHOUT_DNS = """
import runpy, socket, sys
import aiohttp.connector, aiohttp.resolver
def no_network(*args, **kwargs):
    raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
socket.getaddrinfo = no_network
# The system's resolver (the one patched above), even where aiodns is installed.
aiohttp.connector.DefaultResolver = aiohttp.resolver.DefaultResolver = aiohttp.resolver.ThreadedResolver
sys.argv = ["coursebot", *sys.argv[1:]]
runpy.run_module("bot", run_name="__main__")
"""


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(command: list[str], tmp_path, api_base: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COURSEBOT_", "DISCORD_"))}
    env |= {"DISCORD_TOKEN": "not-a-real-token", "DISCORD_API_BASE": api_base, "COURSEBOT_DB": str(tmp_path / "b.db")}
    return subprocess.run(
        [sys.executable, *command], capture_output=True, text=True, timeout=120, cwd=REPO, env=env, check=False
    )


@pytest.mark.parametrize("subcommand", ["run", "sync"])
def test_an_address_that_refuses_is_one_line_and_exit_2(tmp_path, subcommand):
    """Connection refused: the URL and host:port named, what to check, exit 2, no traceback."""
    port = closed_port()
    url = f"http://127.0.0.1:{port}/api/v10"
    result = start(["-m", "bot", subcommand], tmp_path, url)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith(f"coursebot {subcommand}: ")]
    assert len(lines) == 1, result.stderr
    assert f"cannot reach Discord at {url} (127.0.0.1:{port}: " in lines[0]
    assert "check this machine's network connection, DNS, and any proxy or firewall, and DISCORD_API_BASE" in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_no_name_resolution_is_one_line_and_exit_2(tmp_path):
    """The host name cannot be looked up (no network, no DNS): the name and the system's reason, exit 2."""
    result = start(["-c", WITHOUT_DNS, "run"], tmp_path, "https://discord.com/api/v10")
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("coursebot run: ")]
    assert len(lines) == 1, result.stderr
    assert "cannot reach Discord at https://discord.com/api/v10 (discord.com:443: " in lines[0]
    assert "Temporary failure in name resolution" in lines[0]
    assert "DISCORD_API_BASE" not in lines[0]  # the default address: nothing of the user's to check there
    assert "Traceback" not in result.stderr


def test_a_reconnect_after_a_lost_connection_is_one_log_line():
    """Once connected, discord.py retries a lost gateway by itself; each attempt is logged as one line (the error
    named), not a traceback."""
    from bot.discord_app.runner import OneLineReconnects

    lost = OSError(101, "Network is unreachable")
    record = logging.LogRecord(
        "discord.client", logging.ERROR, __file__, 1, "Attempting a reconnect in %.2fs", (4.5,), (OSError, lost, None)
    )
    assert OneLineReconnects().filter(record)
    text = logging.Formatter().format(record)
    assert text == "Attempting a reconnect in 4.50s after OSError: [Errno 101] Network is unreachable"
    failure = (OSError, lost, None)
    other = logging.LogRecord("discord.client", logging.ERROR, __file__, 1, "Ignoring exception", (), failure)
    OneLineReconnects().filter(other)
    assert other.exc_info is not None  # an event handler's bug keeps its traceback


def gateway_env(fake, tmp_path) -> dict[str, str]:
    """The loopback Discord's REST API, and a gateway address where nothing listens."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COURSEBOT_", "DISCORD_")) and k != "PORT"}
    return env | {
        "DISCORD_TOKEN": fake.token,
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": f"ws://127.0.0.1:{closed_port()}/",
        "COURSEBOT_DB": str(tmp_path / "b.db"),
    }


async def test_a_gateway_out_of_reach_at_start_is_one_line_and_exit_2(tmp_path):
    """Logged in (REST reachable) but the gateway is not: one line naming the gateway's address and the error,
    exit 2, no traceback (discord.py's own retry loop dies on its first failure: Rapptz/discord.py#10520)."""
    import asyncio

    from tests.discord_harness import fake_discord

    async with fake_discord() as fake:
        env = gateway_env(fake, tmp_path)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=REPO, env=env, stderr=asyncio.subprocess.PIPE
        )
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    err = stderr.decode()
    assert process.returncode == 2, err
    gateway = env["DISCORD_GATEWAY_URL"]
    lines = [line for line in err.splitlines() if line.startswith("coursebot run: ")]
    assert len(lines) == 1, err
    assert f"cannot reach the Discord gateway at {gateway} (127.0.0.1:{gateway.split(':')[-1].strip('/')}: " in lines[0]
    assert "and DISCORD_GATEWAY_URL" in lines[0]
    assert "Traceback" not in err
    assert "Attempting a reconnect in" in err  # discord.py's own line, one line, not a traceback
