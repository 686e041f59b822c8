"""'its pouring rn, do we still have lab', 'if it snows is class cancelled': the weather told beside a question about a
meeting. The meeting's day answers it; the course's own rule for that weather (a cloud-out or snow policy, found by
its title or keywords) is shown with it, since it may move or call off the meeting."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.course.model import Course, Policy

_WEATHER = re.compile(
    r"\b(?:rain|rains|raining|rainy|rained|storm|storms|stormy|snow|snows|snowing|snowy|snowstorm|cloudy|clouds"
    r"|clouded|overcast|weather|hurricane|typhoon|cyclone|thunderstorm|lightning|flood|flooding|blizzard|icy"
    r"|heatwave|wildfire\s+smoke)\b|\b(?:its|it's|it\s+is)\s+pouring\b"
)
_WEATHER_WORDS = frozenset(
    [
        "rain",
        "rains",
        "raining",
        "rainy",
        "rained",
        "pouring",
        "storm",
        "storms",
        "stormy",
        "snow",
        "snows",
        "snowing",
        "snowy",
        "snowstorm",
        "cloudy",
        "clouds",
        "clouded",
        "overcast",
        "weather",
        "hurricane",
        "typhoon",
        "cyclone",
        "thunderstorm",
        "lightning",
        "flood",
        "flooding",
        "blizzard",
        "icy",
    ]
)
_RULES: Kept[tuple[Policy, ...]] = Kept(size=32)


def weather_policies(course: Course) -> tuple[Policy, ...]:
    """The course's policies whose title or keywords speak of the weather (computed once per course)."""
    return _RULES.get(
        course,
        "weather",
        lambda: tuple(p for p in course.policies if _WEATHER.search(" ".join((p.title, *p.keywords)).lower())),
    )


def told_weather(course: Course, tokens: list[str]) -> set[int]:
    """The places of the weather words ("pouring", "snowing") in a question, when the course has one rule for the
    weather: the weather is the scene the rule answers, not a thing asked about. None otherwise: without a rule of
    the course's, "is class on in the hurricane" is not answered from the timetable alone."""
    places = {i for i, t in enumerate(tokens) if t in _WEATHER_WORDS}
    return places if places and len(weather_policies(course)) == 1 else set()


def with_weather_rule(course: Course, question: str, answer: Answer) -> Answer:
    """The answer with the course's one rule for the weather the question tells of; unchanged when it tells of none,
    or the course has no such rule or several."""
    if not _WEATHER.search(question.lower()):
        return answer
    rules = weather_policies(course)
    if len(rules) != 1:
        return answer
    rule = rules[0]
    return replace(answer, lines=(*answer.lines, text(f"**{rule.title}**: {rule.summary}")))
