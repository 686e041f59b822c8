"""The fake's message history answers like Discord: limit, before, after, around, newest first, and its errors."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from tests.fake_discord import FakeChannel, FakeDiscord, FakeGuild, connect_bot
from tests.fake_discord.history import InvalidHistoryQuery, history_page

GUILD_ID = 1_200_000_000_000_000_001
CHANNEL_ID = 1_200_000_000_000_000_002
IDS = list(range(1000, 1250))  # 250 messages, stored out of order below
STORED = [{"id": str(i)} for i in IDS[::2] + IDS[1::2]]


def ids(page: list[dict]) -> list[int]:
    return [int(m["id"]) for m in page]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, IDS[::-1][:50]),
        ({"limit": "3"}, [1249, 1248, 1247]),
        ({"before": "1100", "limit": "3"}, [1099, 1098, 1097]),
        ({"after": "1100", "limit": "3"}, [1103, 1102, 1101]),
        ({"after": "1247"}, [1249, 1248]),
        ({"before": "1000"}, []),
        ({"around": "1100", "limit": "5"}, [1102, 1101, 1100, 1099, 1098]),
        ({"around": "1100", "limit": "4"}, [1101, 1100, 1099, 1098]),
        ({"around": "1249", "limit": "5"}, [1249, 1248, 1247]),
        ({"around": "5000", "limit": "4"}, [1249, 1248]),
        ({"after": "0", "limit": "100"}, IDS[:100][::-1]),
    ],
)
def test_history_page_selects_like_discord(query, expected):
    """Each anchor picks the messages closest to it; every page is newest first; limit defaults to 50."""
    assert ids(history_page(STORED, query)) == expected


@pytest.mark.parametrize(
    ("query", "field", "code"),
    [
        ({"limit": "0"}, "limit", "NUMBER_TYPE_MIN"),
        ({"limit": "101"}, "limit", "NUMBER_TYPE_MAX"),
        ({"limit": "ten"}, "limit", "NUMBER_TYPE_COERCE"),
        ({"after": "-5"}, "after", "NUMBER_TYPE_COERCE"),
        ({"before": "abc"}, "before", "NUMBER_TYPE_COERCE"),
        ({"before": "5", "after": "1"}, "after", "INVALID_COMBINATION"),
    ],
)
def test_history_page_refuses_what_discord_refuses(query, field, code):
    """Out-of-range limits, non-snowflakes and two anchors at once are form errors on the named field."""
    with pytest.raises(InvalidHistoryQuery) as raised:
        history_page(STORED, query)
    assert raised.value.errors[field]["_errors"][0]["code"] == code


async def test_discord_py_pages_through_more_than_100_messages():
    """discord.py's history() pages the fake in every direction: after, before, both, around; the errors are 400s."""
    guild = FakeGuild(id=GUILD_ID, name="History", channels=[FakeChannel(id=CHANNEL_ID, name="general")])
    async with FakeDiscord(guilds=[guild]) as fake:
        url = f"{fake.api_base}/channels/{CHANNEL_ID}/messages"
        headers = {"Authorization": f"Bot {fake.token}"}
        async with aiohttp.ClientSession(headers=headers) as session:
            posted = []
            for n in range(230):
                async with session.post(url, json={"content": f"m{n}"}) as response:
                    posted.append(int((await response.json())["id"]))
            for bad in ("limit=0", "limit=101", "before=1&after=2"):
                async with session.get(f"{url}?{bad}") as response:
                    assert response.status == 400
                    assert (await response.json())["code"] == 50035
        assert {v.location for v in fake.violations} == {"query/limit"}  # the spec's own range, checked too
        fake.reset_records()
        bot = discord.Client(intents=discord.Intents.none())
        async with connect_bot(fake, bot):
            channel = bot.get_partial_messageable(CHANNEL_ID)
            forward = [m.id async for m in channel.history(limit=None, after=discord.Object(id=posted[9]))]
            assert forward == posted[10:]
            backward = [m.id async for m in channel.history(limit=None)]
            assert backward == posted[::-1]
            between = channel.history(limit=None, after=discord.Object(posted[5]), before=discord.Object(posted[160]))
            assert [m.id async for m in between] == posted[6:160]
            around = [m.id async for m in channel.history(limit=7, around=discord.Object(id=posted[100]))]
            assert sorted(around) == posted[97:104]
            assert [m.content async for m in channel.history(limit=2)] == ["m229", "m228"]
        assert fake.violations == []
