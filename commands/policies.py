"""/policy: a course policy in brief, with the course page's own words."""

from __future__ import annotations

from bot.answers.policies import policy_answer, policy_choices
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from commands._kept import course_answer
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup


async def topic_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return policy_choices(inv.course, typed)


@COMMANDS.command(
    "policy",
    topic=Opt.text(
        "e.g. late work, regrades, extensions, exams, collaboration",
        max_length=SHORT,
        autocomplete=topic_choices,
    ),
)
async def policy(inv: Invocation, topic: str) -> None:
    """A course policy: the rule, and what the course page says word for word."""
    course = inv.course
    await inv.reply.answer(course_answer(course, ("policy", topic), lambda: policy_answer(course, topic)))
