"""Links in Markdown (hostile6 6): whatever an address holds, the link shown is whole, or the label alone."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from bot.core.links import channel_of_link, markdown_link, safe_url

# A Markdown link ends at the first ")" (or space) after "](": the address a reader gets is what lies before it.
SHOWN = re.compile(r"\[(?:\\.|[^\]])*\]\(([^)\s]*)\)")


@pytest.mark.parametrize(
    "url",
    [
        "https://en.wikipedia.org/wiki/Exam_(disambiguation)",
        "https://forms.example/a?x=<1>",
        "https://forms.example/x)](https://evil.example",
        "https://docs.example/page#section[2]",
        "https://discord.com/channels/1/2/3",
    ],
)
def test_the_whole_address_survives_markdown(url):
    link = markdown_link("the form", url)
    (shown,) = SHOWN.findall(link)
    assert link == f"[the form]({shown})"
    assert all(c not in shown for c in "()<>[] ")
    assert unquote(shown) == url  # the same address, only escaped


def test_an_address_already_encoded_is_not_encoded_twice():
    assert safe_url("https://x.example/a%20b") == "https://x.example/a%20b"


@pytest.mark.parametrize("url", ["", "forms.example/x", "not a link", "https://forms.example/a form"])
def test_no_usable_address_shows_the_label_alone(url):
    assert markdown_link("the form", url) == "the form"


def test_brackets_in_a_label_do_not_end_it():
    assert markdown_link("HW [3]", "https://x.example") == "[HW \\[3\\]](https://x.example)"


def test_only_web_discord_and_console_addresses_are_links():
    for bad in ("javascript://x/%0aalert(1)", "ftp://files.example/a", "file://host/etc/passwd", "data://x/y"):
        assert safe_url(bad) is None, bad
        assert markdown_link("the post", bad) == "the post"
    assert safe_url("HTTPS://x.example/a") == "HTTPS://x.example/a"
    assert safe_url("discord://discord.com/channels/1/2") is not None


@pytest.mark.parametrize(
    ("link", "channel"),
    [
        ("https://discord.com/channels/1/555", 555),
        ("https://discord.com/channels/1/555/777", 555),  # a message link: its channel, not the message
        ("https://discord.com/channels/1/555/", 555),
        ("https://forms.example/channels", None),
        ("not a link", None),
    ],
)
def test_a_discord_links_channel_is_the_one_after_the_server(link, channel):
    """A Discord channel or message link points into the channel after the server's id."""
    assert channel_of_link(link) == channel
