"""The permissions the bot needs in a server, each with the reason: one source for the invite link in the README
(a test checks the README's integer and list against this)."""

from __future__ import annotations

from dataclasses import dataclass

import discord

SCOPES = ("bot", "applications.commands")


@dataclass(frozen=True)
class Needed:
    flag: str  # discord.py's name for the permission
    label: str  # what Discord's settings call it
    reason: str


NEEDED = (
    Needed("view_channel", "View Channels", "see the announcement channels it posts in"),
    Needed("send_messages", "Send Messages", "post announcements and reminders"),
    Needed("embed_links", "Embed Links", "every answer and announcement is an embed"),
    Needed("attach_files", "Attach Files", "/calendar sends the course calendar as an .ics file"),
    Needed(
        "read_message_history",
        "Read Message History",
        "the duplicate check: after a crash or a restore it looks for its own earlier post before posting again",
    ),
    Needed(
        "mention_everyone",
        "Mention @everyone, @here, and All Roles",
        "mention a section's role on section-only items (only that role is ever allowed to ping)",
    ),
    Needed("manage_events", "Manage Events", "/setup events puts the exams (and classes) in the Events tab"),
    Needed("manage_channels", "Manage Channels", "/setup qa-forum creates the course forum and sets its tags"),
    Needed("manage_webhooks", "Manage Webhooks", "anonymous questions are posted through the forum's webhook"),
    Needed("manage_threads", "Manage Threads", "forum posts get their status tags, and resolved ones are archived"),
    Needed("create_public_threads", "Create Public Threads", "the forum's pinned guidelines post"),
    Needed("create_private_threads", "Create Private Threads", "a question private to staff is a private thread"),
    Needed("send_messages_in_threads", "Send Messages in Threads", "related answers and notes in a question's thread"),
)


STAFF_BITS = discord.Permissions(manage_guild=True, administrator=True).value  # either makes a member staff


def member_is_staff(
    permissions: discord.Permissions | None, member: object, staff_role: str | None, guild_id: int | None
) -> bool:
    """Staff in Discord: Manage Server or administrator (`permissions`: the member's here), or the configured staff
    role (by id or name; never @everyone, whose id is the server's). Outside a server, nobody."""
    if permissions is not None and permissions.value & STAFF_BITS:  # one test instead of two flag lookups
        return True
    if not staff_role or guild_id is None:
        return False
    roles = getattr(member, "roles", None) or []
    return any(r.id != guild_id and (str(r.id) == staff_role or r.name == staff_role) for r in roles)


def needed_permissions() -> discord.Permissions:
    return discord.Permissions(**{n.flag: True for n in NEEDED})


def invite_url(application_id: int | str) -> str:
    """The link that adds the bot to a server with exactly these permissions."""
    scopes = "+".join(SCOPES)
    return (
        f"https://discord.com/oauth2/authorize?client_id={application_id}&scope={scopes}"
        f"&permissions={needed_permissions().value}"
    )
