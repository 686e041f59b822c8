"""Wall-clock times in a zone with daylight saving: a time the clocks skip names no instant, and a time the clocks
pass twice names two. A time the clocks pass twice is read as its first passing (the earlier instant, still on
summer time), as Python's fold=0 does; a skipped one is refused wherever a time is entered."""

from __future__ import annotations

import datetime as dt

from bot.core.timefmt import human_time


def skipped(moment: dt.datetime) -> bool:
    """Whether an aware local time is one the clocks jump over (2:30 AM on a spring-forward night)."""
    real = moment.astimezone(dt.UTC).astimezone(moment.tzinfo)
    return real.replace(tzinfo=None, fold=0) != moment.replace(tzinfo=None, fold=0)


def repeated(moment: dt.datetime) -> bool:
    """Whether an aware local time happens twice (1:30 AM on a fall-back night)."""
    return moment.replace(fold=0).utcoffset() != moment.replace(fold=1).utcoffset() and not skipped(moment)


def skipped_message(what: str, moment: dt.datetime) -> str:
    """Why a skipped time is refused, with the times that do exist on either side of the jump."""
    zone = getattr(moment.tzinfo, "key", str(moment.tzinfo))
    after = moment.astimezone(dt.UTC).astimezone(moment.tzinfo)
    return (
        f"{what} does not exist in {zone}: the clocks jump forward over {human_time(moment.time())} that night "
        f"(daylight saving starts). Use {human_time(after.time())}, or a time before the jump."
    )


def repeated_note(moment: dt.datetime) -> str:
    """What a time the clocks pass twice was taken as (the first passing unless it says fold=1)."""
    which = "second" if moment.fold else "first"
    return (
        f"{human_time(moment.time())} happens twice that night (the clocks go back); "
        f"this is the {which} one ({moment.tzname()})."
    )
