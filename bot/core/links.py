"""Links put into Markdown: a URL from the data, staff or Discord is made safe to sit inside `[label](url)`, so a
")" or a space in it never cuts the link short and shows it broken (hostile6 6)."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

# What may stay as written in a link's address: RFC 3986's reserved and unreserved characters, "%" (already
# encoded), but not the ones Markdown reads as the end of a link, "(", ")", "<", ">", "[", "]", or spaces.
_KEPT = ":/?#@!$&'*+,;=%~-._"


# A Discord link to a channel or thread (…/channels/GUILD/CHANNEL) or to a message in it (…/CHANNEL/MESSAGE).
_DISCORD_LINK = re.compile(r"/channels/[0-9]+/([0-9]+)(?:/[0-9]+)?/?\s*$")

LINK_SCHEMES = frozenset({"http", "https", "discord", "console"})  # the web, Discord's app, the console's own


def safe_url(url: str) -> str | None:
    """The address as it can sit inside a Markdown link, or None when it is no web (or Discord) link at all."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in LINK_SCHEMES or not (parts.netloc or parts.scheme == "console"):
        return None  # javascript:, ftp: and the like are never offered as a link
    if any(c.isspace() for c in url):
        return None
    return quote(url, safe=_KEPT)


def markdown_link(label: str, url: str | None) -> str:
    """`[label](url)` with both made safe; the label alone when there is no usable address."""
    shown = label.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    address = safe_url(url) if url else None
    return f"[{shown}]({address})" if address else shown


def channel_of_link(link: str) -> int | None:
    """The channel (or thread) a Discord link points into: a message link's channel, never the message's id; None
    when it is no Discord channel or message link."""
    found = _DISCORD_LINK.search(link)
    return int(found.group(1)) if found else None
