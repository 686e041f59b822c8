"""Where a planned item goes, as the one string stored with it (`Planned.audience`), and read back by the posters:

channel                          the server's announcement channel, everyone
role:<section>                   one section: its channel (or the announcement channel), pinging its role
channel:<id>[:ping:<role id>]    one given channel (the course forum's staff channel), pinging a role or none
"""

from __future__ import annotations

CHANNEL = "channel"
_SECTION = "role:"
_STAFF = "channel:"
_PING = ":ping:"


def section_audience(section: str) -> str:
    return f"{_SECTION}{section}"


def audience_section(audience: str) -> str | None:
    """The section an item is for only, or None."""
    return audience.removeprefix(_SECTION) if audience.startswith(_SECTION) else None


def staff_audience(channel_id: int, role_id: int | None) -> str:
    """A staff item: a channel, and the role it pings."""
    return f"{_STAFF}{channel_id}" + (f"{_PING}{role_id}" if role_id else "")


def staff_target(audience: str) -> tuple[int, int | None] | None:
    """(channel id, role id to ping or None) of a staff item; None for any other audience."""
    if not audience.startswith(_STAFF):
        return None
    channel, _, role = audience.removeprefix(_STAFF).partition(_PING)
    return int(channel), int(role) if role else None


def audience_channel(audience: str, channel_id: int | None, section_channels: dict[str, int]) -> int | None:
    """The channel an item goes to, given the server's announcement channel and its sections' own channels."""
    staff = staff_target(audience)
    if staff is not None:
        return staff[0]
    section = audience_section(audience)
    return section_channels.get(section, channel_id) if section is not None else channel_id
