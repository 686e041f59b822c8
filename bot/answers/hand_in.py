"""How a piece of work is handed in and a timed quiz's window: "Quiz 4 is handed in on Canvas", "20 minutes once you
start", "one attempt", "opens Thu Feb 26, 8:00 AM", each said where the data gives it and said to be missing from
the page where the data marks it unknown."""

from __future__ import annotations

import datetime as dt

from bot.core.answer import Answer, Stamp, Text, text, when
from bot.core.timefmt import human_date, human_datetime
from bot.course.model import Assignment, Course, HandIn
from bot.course.unknown import PAGE_SILENT, UNKNOWN

ASPECTS = ("submit", "time_limit", "attempts", "opens", "open_book")
_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int, word: str) -> str:
    return f"{_NUMBERS[n] if n < len(_NUMBERS) else n} {word}{'' if n == 1 else 's'}"


def minutes(n: int) -> str:
    """'20 minutes', '1 hour', '1 hour 30 minutes', '2 hours'."""
    hours, rest = divmod(n, 60)
    if not hours:
        return f"{n} minute{'' if n == 1 else 's'}"
    said = f"{hours} hour{'' if hours == 1 else 's'}"
    return f"{said} {rest} minute{'' if rest == 1 else 's'}" if rest else said


def way(course: Course, hand_in: HandIn) -> str | None:
    """Where it is handed in, in words: "on **Canvas**: <url>" for a platform, the page's words otherwise."""
    submit = hand_in.submit
    if not isinstance(submit, str):
        return None
    site = next((p for p in course.platforms if p.id == submit), None)
    if site is None:
        return submit
    url = site.url if site.url and site.url.lower() != "unknown" else ""
    return f"on **{site.name}**" + (f" ({url})" if url else "")


def is_online(course: Course, hand_in: HandIn) -> bool:
    """Handed in on one of the course's sites (not on paper or in person)."""
    return any(p.id == hand_in.submit for p in course.platforms)


def opens_moment(hand_in: HandIn) -> tuple:
    """When the window opens, as answer parts: a timestamp, or the day alone when the page gives no time."""
    opens = hand_in.opens
    if not isinstance(opens, dt.datetime):
        return ()
    return tuple(when(opens)) if hand_in.opens_time else (human_date(opens.date()),)


def card_lines(course: Course, item: Assignment, leave_out: str = "", *, one: bool = True) -> list[Text]:
    """The assignment card's lines on handing it in and its window, for each field the data gives (but the one
    `leave_out` names; without `one`, not the window's opening, which is each item's own)."""
    h = item.hand_in
    if not h:
        return []
    lines = []
    if leave_out == "submit":
        pass
    elif h.submit is UNKNOWN:
        lines.append(text(f"Where it is handed in: {PAGE_SILENT}."))
    elif (said := way(course, h)) is not None:
        lines.append(text(f"Handed in {said}." if is_online(course, h) else f"How it is handed in: {said}."))
    if leave_out == "opens" or not one:
        pass
    elif h.opens is UNKNOWN:
        lines.append(text(f"When it opens: {PAGE_SILENT}."))
    elif isinstance(h.opens, dt.datetime):
        lines.append(text("It opens ", *opens_moment(h), "."))
    timing = [
        words(h)
        for aspect, words in (("time_limit", _limit_words), ("attempts", _attempt_words), ("open_book", _book_words))
        if aspect != leave_out
    ]
    said = [t for t in timing if t]
    if said:
        joined = "; ".join(said)
        lines.append(text(joined[0].upper() + joined[1:] + "."))
    return lines


def _limit_words(h: HandIn) -> str:
    if h.time_limit is UNKNOWN:
        return f"time limit: {PAGE_SILENT}"
    return f"{minutes(h.time_limit)} once you start" if isinstance(h.time_limit, int) else ""


def _attempt_words(h: HandIn) -> str:
    if h.attempts is UNKNOWN:
        return f"attempts: {PAGE_SILENT}"
    return _count(h.attempts, "attempt") if isinstance(h.attempts, int) else ""


def _book_words(h: HandIn) -> str:
    if h.open_book is UNKNOWN:
        return f"open-book or not: {PAGE_SILENT}"
    if isinstance(h.open_book, bool):
        return "open-book" if h.open_book else "closed-book"
    return ""


def hand_in_answer(course: Course, items: tuple[Assignment, ...], aspect: str, verdict: bool | None) -> Answer:
    """The fact asked about first (with its Yes or No where the question asked one and the data settles it), then
    the rest of what the data says of handing the work in; "the course page doesn't say" where it is silent."""
    item = items[0]
    name = _named(items)
    h = item.hand_in
    first, known = _first(course, item, name, aspect)
    if verdict is not None and known:
        first = f"**{'Yes' if verdict else 'No'}**: {first}"
    lines = [text(first[:1].upper() + first[1:])] if first else []
    if aspect == "opens" and isinstance(h.opens, dt.datetime):
        lines = [text(f"{name[:1].upper()}{name[1:]} opens ", *opens_moment(h), " and is due ", *when(item.due), ".")]
        if verdict is not None:
            lines = [text(f"**{'Yes' if verdict else 'No'}**: ", *lines[0])]
    lines += card_lines(course, item, aspect, one=len(items) == 1)
    return Answer(
        title=f"{name[:1].upper()}{name[1:]}: handing it in", lines=tuple(lines), kind="info" if known else "unknown"
    )


def _named(items: tuple[Assignment, ...]) -> str:
    return items[0].title if len(items) == 1 else f"each of {items[0].short} to {items[-1].short}"


def _first(course: Course, item: Assignment, name: str, aspect: str) -> tuple[str, bool]:
    """The sentence that answers the aspect, and whether the data knows it."""
    h = item.hand_in
    if aspect == "submit":
        said = way(course, h)
        if said is None:
            return f"Where {name} is handed in: {PAGE_SILENT}.", False
        return f"{name} is handed in {said}." if is_online(course, h) else f"{name}: {said}.", True
    if aspect == "time_limit":
        if isinstance(h.time_limit, int):
            return f"You get {minutes(h.time_limit)} for {name} once you start.", True
        return f"How long you get for {name} once you start: {PAGE_SILENT} (it gives no time limit).", False
    if aspect == "attempts":
        if isinstance(h.attempts, int):
            return f"{name}: {_count(h.attempts, 'attempt')}.", True
        return f"How many attempts you get at {name}: {PAGE_SILENT}.", False
    if aspect == "open_book":
        if isinstance(h.open_book, bool):
            return f"{name} is {'open-book' if h.open_book else 'closed-book'}.", True
        return f"Whether {name} is open-book: {PAGE_SILENT}.", False
    if isinstance(h.opens, dt.datetime):
        return "", True
    return f"When {name} opens: {PAGE_SILENT}.", False


def opening_day(item: Assignment) -> dt.date | None:
    """The day the work's window opens, when the data gives one."""
    opens = item.hand_in.opens
    return opens.date() if isinstance(opens, dt.datetime) else None


def opening_answer(course: Course, item: Assignment) -> Answer:
    """The post when a quiz's window opens: when it opened, its due, and how it is taken."""
    h = item.hand_in
    opens = h.opens
    assert isinstance(opens, dt.datetime)  # noqa: S101 (planned only for work that opens: `opening_day`)
    first = (
        text(f"{item.title} is open from ", Stamp(opens, "F"), ".")
        if h.opens_time
        else text(f"{item.title} opens today ({human_date(opens.date())}).")
    )
    lines = [first, text("It is due ", *when(item.due), ".")]
    lines += card_lines(course, item, "opens")
    return Answer(title=f"{item.short} is open", lines=tuple(lines))


def plain_lines(course: Course, item: Assignment) -> list[str]:
    """The card's hand-in lines as plain text (a calendar's description): times in course time, no markup."""
    out = []
    for line in card_lines(course, item):
        parts = [
            human_datetime(p.at, course.tz) if isinstance(p, Stamp) else p
            for p in line
            if isinstance(p, str | Stamp) and not (isinstance(p, Stamp) and p.style == "R")
        ]
        out.append("".join(parts).replace("**", "").replace(" ()", ""))
    return out
