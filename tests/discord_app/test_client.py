"""The client's process-wide settings: what setup loads is kept out of the cyclic collector's walks."""

from __future__ import annotations

import gc

from bot.discord_app.client import settle_heap


def test_settle_heap_freezes_what_is_loaded():
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual
