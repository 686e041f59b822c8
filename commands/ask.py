"""/ask: any question in plain words; the answer engine routes it to the right answer."""

from __future__ import annotations

from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.qa.endorsed_lookup import endorsed_for
from bot.understand.engine import answer_question

COMMANDS = CommandSet()
setup = COMMANDS.setup


@COMMANDS.command(
    "ask",
    question=Opt.text(
        "e.g. 'when is the next homework due?', 'office hours today', 'can I use ChatGPT?'", max_length=500
    ),
)
async def ask(inv: Invocation, question: str) -> None:
    """Ask anything about the course in plain words."""
    # What staff endorsed in the course forum (or their FAQ) joins the answer, quoted with its link.
    answer = answer_question(
        inv.course,
        question,
        inv.now,
        form_urls=inv.store.published.exam_forms(inv.server_id),
        published=inv.store.published.grades(inv.server_id),
        endorsed=endorsed_for(inv.store, inv.course, inv.server_id, question),
    )
    await inv.reply.answer(answer)
