"""/exam info and /exam set-form: exam dates, rules, and the exam-conflict form."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from urllib.parse import urlparse

from bot.announce.form_notice import correction_due, correction_line, form_notice_line, form_notices_sent
from bot.announce.server_setup import GuildSetup
from bot.answers.exams import exam_answer, exam_choices, find_exam
from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.core.links import markdown_link
from bot.course.model import Exam
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from commands._shared import SECTION, SHORT, section_choices

COMMANDS = CommandSet()
setup = COMMANDS.setup
EXAM = COMMANDS.group("exam", "Exams: dates, rules and the exam-conflict form")
URL_LIMIT = 500


def _check_url(url: str) -> str:
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc or any(c.isspace() for c in url):
        raise UserError(f"{url!r} doesn't look like a web link. Paste the full form address, starting with https://")
    return url


async def which_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    folded = typed.lower()
    return [pair for pair in exam_choices(inv.course) if folded in pair[0].lower()]


@EXAM.command(
    "info",
    public=True,
    which=Opt.text("Which exam (default: all of them)", max_length=SHORT, autocomplete=which_choices),
    section=Opt.text("Your section: its exam rooms", max_length=SECTION, autocomplete=section_choices),
)
async def info(inv: Invocation, which: str | None = None, section: str | None = None) -> None:
    """When and where the exams are, their rules, and the exam-conflict form."""
    forms = inv.store.published.exam_forms(inv.server_id)
    await inv.reply.answer(exam_answer(inv.course, inv.now, which, forms, section))


@EXAM.command(
    "set-form",
    staff_only=True,
    which=Opt.text("Which exam", max_length=SHORT, autocomplete=which_choices),
    url=Opt.text("The conflict form's link (as posted on the course forum)", max_length=URL_LIMIT),
)
async def set_form(inv: Invocation, which: str, url: str) -> None:
    """Staff: publish the exam-conflict form link for an exam."""
    exam = find_exam(inv.course, which)
    link = _check_url(url)
    earlier_forms = inv.store.published.exam_forms(inv.server_id)
    inv.store.published.set_exam_form(inv.server_id, exam.id, link, by=inv.user.id, now=inv.now)
    sent = form_notices_sent(inv.store.deliveries.finished(inv.server_id), exam.id)
    message = correction_due(exam, earlier_forms, link, sent)
    correction = None
    if message is not None:
        correction = inv.store.staff_posts.add(inv.server_id, inv.now, message, by=inv.user.id, now=inv.now)
    inv.host.reschedule()
    answer = Answer(
        title="Conflict form saved",
        lines=(text(f"{exam.title}: students now get {markdown_link('this form', link)} from /exam info and /ask."),),
        ephemeral=True,
    )
    if correction is not None:
        answer = replace(answer, lines=(*answer.lines, correction_line(sent, correction)))
    await inv.reply.answer(with_form_notice(inv, exam, answer, sent))


def with_form_notice(inv: Invocation, exam: Exam, answer: Answer, sent: Collection[str] = ()) -> Answer:
    """The reply with exactly when the class channel will carry the link (or why it will not)."""
    setup = GuildSetup.from_json(inv.store.server_settings.get(inv.server_id))
    forms = inv.store.published.exam_forms(inv.server_id)
    line = form_notice_line(inv.course, setup, exam, forms, inv.now, sent)
    return replace(answer, lines=(*answer.lines, line))
