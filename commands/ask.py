"""/ask: any question in plain words; the answer engine routes it to the right answer."""

from __future__ import annotations

from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.grace.asker_record import AskerRecord
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
        record=asker_record(inv),
    )
    await inv.reply.answer(answer)


def asker_record(inv: Invocation) -> AskerRecord | None:
    """The asker's grace record, as /late and /gracedays me read it (a what-if is computed from it; "how many days
    do I have left" shows it); None outside a server, where no record can be linked (the answer then says what it
    assumed). Read from the store only when the answer reads it: most questions are not what-ifs."""
    if inv.server_id is None:
        return None
    return AskerRecord.on_demand(lambda: own_record(inv), staff=inv.is_staff)


def own_record(inv: Invocation) -> AskerRecord:
    """The tally of the student linked to the asker in this server; with none linked, their link request still
    waiting for staff, if any."""
    found = inv.store.grace.tally_for_user(inv.course, inv.server_id, inv.user.id)
    if found is not None:
        return AskerRecord(found.tally)
    return AskerRecord(None, inv.store.links.waiting_email(inv.server_id, inv.user.id))
