"""The video service an online link is on, named from the link's own host ("https://zoom.example/j/3200" is on Zoom),
so a student asking "are they on zoom" sees it said; nothing when the host names no known service."""

from __future__ import annotations

from urllib.parse import urlsplit

# The words a host must hold, and the service's own name
_SERVICES = (
    (frozenset({"zoom"}), "Zoom"),
    (frozenset({"teams"}), "Microsoft Teams"),
    (frozenset({"meet", "google"}), "Google Meet"),
    (frozenset({"webex"}), "Webex"),
)


def online_service(link: str) -> str:
    """ "Zoom" of "https://zoom.example/j/3200" or "https://uni.zoom.us/j/1"; "" when the host names no service."""
    host = urlsplit(link if "//" in link else f"//{link}").hostname or ""
    labels = set(host.lower().split("."))
    return next((name for words, name in _SERVICES if words <= labels), "")


def with_service(link: str) -> str:
    """The link with its service named before it ("Zoom: https://zoom.example/j/3200"), or as it is."""
    service = online_service(link)
    return f"{service}: {link}" if service else link
