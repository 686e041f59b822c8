"""`GET /channels/{channel_id}/messages` as Discord answers it: which stored messages one page holds.

Discord's rules (https://discord.com/developers/docs/resources/message#get-channel-messages):
- `limit` 1-100, default 50; anything else is 400 / 50035 "Invalid Form Body".
- `around`, `before` and `after` are mutually exclusive (a client that sends two has a bug: the fake refuses it).
- `before=X`: the newest messages older than X. `after=X`: the oldest messages newer than X (so a client can page
  forward from X). `around=X`: X itself (when it exists) and its neighbours on both sides.
- Every page is sorted newest first, whatever the parameter (discord.py's pager relies on that: it continues
  `after` from the first element and `before` from the last).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

DEFAULT_LIMIT = 50
MAX_LIMIT = 100
_ANCHORS = ("around", "before", "after")


class InvalidHistoryQuery(Exception):
    """The query is not one Discord accepts; `errors` is Discord's nested form-error object."""

    def __init__(self, errors: dict[str, Any]) -> None:
        super().__init__("Invalid Form Body")
        self.errors = errors


def _error(field: str, code: str, message: str) -> InvalidHistoryQuery:
    return InvalidHistoryQuery({field: {"_errors": [{"code": code, "message": message}]}})


def _limit(query: Mapping[str, str]) -> int:
    raw = query.get("limit")
    if raw is None:
        return DEFAULT_LIMIT
    try:
        value = int(raw)
    except ValueError:
        raise _error("limit", "NUMBER_TYPE_COERCE", f'Value "{raw}" is not int.') from None
    if value < 1:
        raise _error("limit", "NUMBER_TYPE_MIN", "int value should be greater than or equal to 1.")
    if value > MAX_LIMIT:
        raise _error("limit", "NUMBER_TYPE_MAX", f"int value should be less than or equal to {MAX_LIMIT}.")
    return value


def _snowflake(field: str, raw: str) -> int:
    if not raw.isdigit() or int(raw) >= 1 << 64:
        raise _error(field, "NUMBER_TYPE_COERCE", f'Value "{raw}" is not snowflake.')
    return int(raw)


def history_page(messages: Sequence[dict[str, Any]], query: Mapping[str, str]) -> list[dict[str, Any]]:
    """The page of `messages` (one channel's, any order) that Discord returns for `query`, newest first."""
    limit = _limit(query)
    given = [name for name in _ANCHORS if name in query]
    if len(given) > 1:
        raise _error(given[1], "INVALID_COMBINATION", f"{', '.join(given)} are mutually exclusive: pass only one.")
    newest_first = sorted(messages, key=lambda m: int(m["id"]), reverse=True)
    if not given:
        return newest_first[:limit]
    anchor = _snowflake(given[0], query[given[0]])
    older = [m for m in newest_first if int(m["id"]) < anchor]  # newest first: the closest to the anchor lead
    newer = [m for m in reversed(newest_first) if int(m["id"]) > anchor]  # oldest first: the closest lead
    if given[0] == "before":
        return older[:limit]
    if given[0] == "after":
        return list(reversed(newer[:limit]))
    itself = [m for m in newest_first if int(m["id"]) == anchor]
    after_count = (limit - len(itself)) // 2
    before_count = limit - len(itself) - after_count
    return list(reversed(newer[:after_count])) + itself + older[:before_count]
