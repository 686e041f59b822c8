"""The permissions the bot asks for are one list in the code; the README's invite link and table are exactly it."""

from __future__ import annotations

import re

import discord

from bot.discord_app.permissions import NEEDED, SCOPES, invite_url, member_is_staff, needed_permissions
from tests.conftest import REPO

README = (REPO / "README.md").read_text()


def test_readme_permissions_integer_is_what_the_code_needs():
    """The integer in the README's invite link is the code's, and every link in the README uses it."""
    value = needed_permissions().value
    found = set(re.findall(r"permissions=(\d+)", README))
    assert found == {str(value)}
    assert f"**{value}**" in README
    assert invite_url("APPLICATION_ID") in README


def test_readme_names_each_permission_with_its_reason():
    """Each permission the code needs is a row of the README's table, with the same reason."""
    rows = [row.replace("`", "") for row in re.findall(r"^   \| [A-Z][^|]+ \| [^|]+ \|$", README, flags=re.MULTILINE)]
    assert rows == [f"   | {n.label} | {n.reason} |" for n in NEEDED]


def test_every_needed_permission_is_a_real_discord_permission():
    """No typo: each flag exists in discord.py, and the integer is exactly their bits."""
    assert all(hasattr(discord.Permissions, n.flag) for n in NEEDED)
    bits = sum(getattr(discord.Permissions, n.flag).flag for n in NEEDED)
    assert bits == needed_permissions().value
    assert "manage_guild" not in {n.flag for n in NEEDED}  # never more than it uses
    assert SCOPES == ("bot", "applications.commands")


def test_manage_server_or_administrator_makes_staff_and_no_other_permission_does():
    """Staff in Discord: Manage Server or administrator, each alone enough; any other permission is not."""
    for flags, staff in [
        ({"manage_guild": True}, True),
        ({"administrator": True}, True),
        ({"manage_guild": True, "administrator": True}, True),
        ({"manage_messages": True, "manage_roles": True, "kick_members": True}, False),
        ({}, False),
    ]:
        assert member_is_staff(discord.Permissions(**flags), object(), None, 1) is staff, flags
    assert member_is_staff(None, object(), None, 1) is False
