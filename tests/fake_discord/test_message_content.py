"""The fake withholds a message's words from an app without the message content intent, as Discord documents."""

from __future__ import annotations

import pytest

from tests.fake_discord.message_content import as_seen

APP = 900


def _message(**changes):
    base = {
        "id": "1",
        "guild_id": "10",
        "author": {"id": "42"},
        "content": "what is a stable sort?",
        "embeds": [{"title": "t"}],
        "attachments": [{"id": "5"}],
        "components": [{"type": 1}],
        "mentions": [],
        "poll": {"question": {"text": "q"}},
    }
    return base | changes


CASES = [
    # (the message, whether the app has the intent) -> whether its words reach the app
    ("a member's message in a server", _message(), False, False),
    ("the same with the intent", _message(), True, True),
    ("the app's own message", _message(author={"id": str(APP)}), False, True),
    ("a message that mentions the app", _message(mentions=[{"id": str(APP)}]), False, True),
    ("a DM", _message(guild_id=None), False, True),
    ("a webhook's message (even the app's webhook)", _message(author={"id": "77"}, webhook_id="77"), False, False),
]


@pytest.mark.parametrize(("what", "message", "intent", "words"), CASES, ids=[c[0] for c in CASES])
def test_words_reach_an_app_only_with_the_intent_or_in_the_documented_exceptions(what, message, intent, words):
    """Content, embeds, attachments, components and a poll are withheld together; everything else is kept."""
    seen = as_seen(message, APP, content_allowed=intent)
    if words:
        assert seen == message
    else:
        assert (seen["content"], seen["embeds"], seen["attachments"], seen["components"]) == ("", [], [], [])
        assert "poll" not in seen
        assert (seen["id"], seen["author"]) == (message["id"], message["author"])
        assert message["content"] == "what is a stable sort?"  # the stored message is untouched
