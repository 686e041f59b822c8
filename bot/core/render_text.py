"""Answers as plain text for the terminal: dates as people read them ("Wed Feb 21, 11:59 PM EST")."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from bot.core.answer import Answer, Mention, Stamp
from bot.core.timefmt import human_date, human_datetime, human_time, relative

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def stamp_text(stamp: Stamp, tz: ZoneInfo, now: dt.datetime) -> str:
    local = stamp.at.astimezone(tz)
    if stamp.style == "R":
        return relative(stamp.at, now)
    if stamp.style == "t":
        return f"{human_time(local.time())} {local.tzname()}"
    if stamp.style == "D":
        return human_date(local.date())
    return human_datetime(stamp.at, tz)


def mention_text(mention: Mention) -> str:
    """'@Course Staff', '#announcements', or by id when the name is not known ('user 5001')."""
    if mention.label:
        return f"{'#' if mention.kind == 'channel' else '@'}{mention.label.lstrip('@#')}"
    return f"{mention.kind} {mention.id}"


def segment_text(segment: object, tz: ZoneInfo, now: dt.datetime) -> str:
    if isinstance(segment, Stamp):
        return stamp_text(segment, tz, now)
    if isinstance(segment, Mention):
        return mention_text(segment)
    return str(segment)


def line_text(line: tuple, tz: ZoneInfo, now: dt.datetime) -> str:
    raw = "".join(segment_text(s, tz, now) for s in line)
    raw = _LINK.sub(r"\1 <\2>", raw)
    return raw.replace("**", "").replace("~~", "")


def answer_text(answer: Answer, tz: ZoneInfo, now: dt.datetime) -> str:
    """The whole answer as terminal text: title, body, fields as indented sections, footer."""
    out = [answer.title, "=" * min(len(answer.title), 72)]
    out += [line_text(line, tz, now) for line in answer.body]
    for f in answer.fields:
        out.append("")
        out.append(f"{f.name}:")
        out += [f"  {line_text(line, tz, now)}" for line in f.lines]
    if answer.options or answer.actions:
        out.append("")
        out += [f"  [{number}] {option.label}" for number, option in enumerate(answer.options, 1)]
        first = len(answer.options) + 1
        out += [f"  [{number}] {action.label}" for number, action in enumerate(answer.actions, first)]
    if answer.footer:
        out += ["", f"({answer.footer})"]
    return "\n".join(out)
