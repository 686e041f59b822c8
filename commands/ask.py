"""/ask: any question in plain words; the answer engine routes it to the right answer."""

from __future__ import annotations

from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.qa.suggest import similar
from bot.understand.endorsed import EndorsedAnswer
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
    # What staff endorsed in the course forum (or their FAQ) joins the answer, quoted with its link. With nothing
    # indexed yet (no FAQ imported, no answered post) nothing can be suggested: the search is not run.
    found = []
    if inv.store.qa_entries.vocabulary():
        found = [s for s in similar(inv.store, inv.course, inv.server_id, question, limit=1) if s.endorsed and s.answer]
    answer = answer_question(
        inv.course,
        question,
        inv.now,
        form_urls=inv.store.published.exam_forms(inv.server_id),
        published=inv.store.published.grades(inv.server_id),
        endorsed=EndorsedAnswer(found[0].question, found[0].answer, found[0].link) if found else None,
    )
    await inv.reply.answer(answer)
