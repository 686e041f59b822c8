"""What students and staff are told about account links: requests, staff review, and the notices a link change
leaves for the people it concerns."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answer import Answer, Mention, Stamp, Text, text
from bot.grace.roster import Roster, RosterClash
from bot.store.links import PendingLink, Requested, Review, ReviewResult, RosterResult
from bot.store.notices import Notice


def mention(user_id: int) -> Mention:
    """A member as Discord shows them (the console shows their id)."""
    return Mention("user", user_id)


# the student's side
def request_answer(outcome: Requested, email: str) -> Answer:
    """The reply to /link."""
    if outcome is Requested.ALREADY_LINKED:
        lines = (text(f"Your account is already linked to {email}: /gracedays me shows your tally."),)
        return Answer(title="Already linked", lines=lines, ephemeral=True)
    if outcome is Requested.UNCHANGED:
        lines = (text(f"Your request to link {email} is already waiting for course staff."),)
        return Answer(title="Link request waiting", lines=lines, ephemeral=True)
    lines = [text(f"Course staff will review linking your account to {email}; then /gracedays me shows your tally.")]
    if outcome is Requested.REPLACED:
        lines.append(text("This replaces your earlier request: staff can no longer approve that one."))
    return Answer(title="Link requested", lines=tuple(lines), ephemeral=True)


def notice_lines(notice: Notice) -> tuple[Text, ...]:
    email = notice.details.get("email", "")
    if notice.kind == "link.approved":
        lines = [text(f"Course staff linked your account to {email}: /gracedays me shows your tally.")]
        if notice.details.get("moved"):
            lines.append(text("That record was linked to another Discord account before; staff moved it to yours."))
        return tuple(lines)
    if notice.kind == "link.moved_away":
        return (
            text(
                f"Course staff moved the grade record {email} from this Discord account to another one (",
                Stamp(notice.created_at, "f"),
                ").",
            ),
            text("If that is wrong, contact course staff; if you use another account now, nothing needs doing."),
        )
    if notice.kind == "link.denied":
        reason = notice.details.get("reason") or "no reason given"
        return (
            text(f"Course staff did not link your account to {email}: {reason}."),
            text("Check the email you use on the course's submission site and use /link again."),
        )
    if notice.kind == "qa.answered":
        thread = notice.details.get("thread")
        where = (" ", Mention("channel", int(thread))) if thread else ()
        return (
            text(f"Your question #{notice.details.get('post', '?')} in the course forum has an answer", *where, "."),
        )
    return (text(f"Notice: {notice.kind}"),)


NOTICE_TITLES = {
    "link.approved": "Your account is linked",
    "link.moved_away": "Your account link was moved",
    "link.denied": "Link request not approved",
    "qa.answered": "Your question was answered",
}


def notice_answer(notice: Notice) -> Answer:
    """A notice on its own (shown privately after whatever command the user ran)."""
    return Answer(title=NOTICE_TITLES.get(notice.kind, "Notice"), lines=notice_lines(notice), ephemeral=True)


def with_notices(answer: Answer, notices: list[Notice]) -> Answer:
    """The answer with the user's waiting notices first."""
    if not notices:
        return answer
    lines = tuple(line for notice in notices for line in notice_lines(notice))
    return replace(answer, lines=lines + answer.lines)


# staff's side
def review_answer(result: ReviewResult, user_id: int) -> Answer:
    """The reply to /gracedays approve or deny: what happened, or exactly why nothing did."""
    who, email = mention(user_id), result.email
    if result.outcome is Review.APPROVED:
        lines = [text(who, f" is now linked to {email}. They are told the next time they use the bot.")]
        if result.previous_email:
            lines.append(text(f"Their earlier link to {result.previous_email} was released."))
        return Answer(title="Linked", lines=tuple(lines), ephemeral=True)
    if result.outcome is Review.MOVED:
        lines = [
            text(f"{email} moved from ", mention(result.other_user_id), " to ", who, "."),
            text("Both accounts are told the next time they use the bot."),
        ]
        if result.previous_email:
            lines.append(text(who, f"'s earlier link to {result.previous_email} was released."))
        return Answer(title="Link moved", lines=tuple(lines), ephemeral=True)
    if result.outcome is Review.DENIED:
        lines = (text(who, f"'s request to link {email} was turned down; they are told, with your reason."),)
        return Answer(title="Request turned down", lines=lines, ephemeral=True)
    return Answer(title="Nothing was changed", lines=_refusal(result, who), ephemeral=True, kind="error")


def _refusal(result: ReviewResult, who: Mention) -> tuple[Text, ...]:
    email = result.email
    if result.outcome is Review.REQUEST_CHANGED:
        request = result.request
        return (
            text(who, f"'s request is now for {request.email} (sent ", Stamp(request.at, "R"), f"), not {email}."),
            text("A changed request needs a new review: check it in /gracedays requests, then approve that email."),
        )
    if result.outcome is Review.LINKED_ELSEWHERE:
        other = mention(result.other_user_id)
        return (
            text(f"{email} is already linked to ", other, "."),
            text(
                f"If you have checked that {email} is ",
                who,
                "'s, approve again with move: True; the record moves to ",
                who,
                " and both accounts are told.",
            ),
        )
    return (text(who, " has no link request waiting (see /gracedays requests)."),)


def pending_answer(pending: list[PendingLink]) -> Answer:
    """/gracedays requests: each waiting request with what to check before approving it."""
    lines: list[Text] = []
    for item in pending:
        request = item.request
        name = f" ({request.username})" if request.username else ""
        line = [mention(request.user_id), f"{name} → {request.email} · asked ", Stamp(request.at, "R")]
        if item.holder_id is not None:
            line += [" · linked to ", mention(item.holder_id), " now: approving needs move"]
        if not item.in_records:
            line.append(" · not in the imported grade records")
        if item.current_email:
            line.append(f" · linked to {item.current_email} now")
        lines.append(text(*line))
    if not lines:
        return Answer(title="Link requests", lines=(text("No pending requests."),), ephemeral=True)
    lines.append(text("Approve one with /gracedays approve, naming the user and the email exactly as shown."))
    return Answer(title="Link requests", lines=tuple(lines), ephemeral=True)


def _clash_line(clash: RosterClash) -> Text:
    rows = _rows_words(clash.rows)
    if isinstance(clash.shared, int):
        return text(
            f"Not linked: {rows} give the Discord account ",
            mention(clash.shared),
            f" to {len(clash.others)} "
            f"students ({', '.join(str(o) for o in clash.others)}): one account is one student.",
        )
    accounts: list = []
    for position, other in enumerate(clash.others):
        accounts += [", " if position else "", mention(int(other))]
    return text(f"Not linked: {rows} give {clash.shared} {len(clash.others)} Discord accounts (", *accounts, ").")


def _rows_words(numbers: tuple[int, ...]) -> str:
    shown = [str(n) for n in numbers]
    return f"rows {', '.join(shown[:-1])} and {shown[-1]}"


def roster_answer(result: RosterResult, roster: Roster) -> Answer:
    """The reply to a roster upload: what was linked, each account moved to another student, and every row not
    linked with why (an email linked elsewhere, rows that give one account two students or one student two
    accounts, unreadable rows)."""
    lines = [text(f"Linked {result.linked} students ({result.unchanged} were already linked).")]
    for user_id, before, email in result.moved[:20]:
        lines.append(
            text("Moved: ", mention(user_id), f" was linked to {before}; it is now {email}, as the roster says.")
        )
    if len(result.moved) > 20:
        lines.append(text(f"… and {len(result.moved) - 20} more accounts moved to another student."))
    for email, holder, user_id in result.conflicts[:20]:
        lines.append(
            text(
                f"Not linked: {email} is linked to ",
                mention(holder),
                ", not ",
                mention(user_id),
                " as the roster says.",
            )
        )
    if len(result.conflicts) > 20:
        lines.append(text(f"… and {len(result.conflicts) - 20} more emails linked to other accounts."))
    if result.conflicts:
        lines.append(text("To move one, that student uses /link and you approve it with move: True."))
    for clash in roster.clashes[:20]:
        lines.append(_clash_line(clash))
    if len(roster.clashes) > 20:
        lines.append(text(f"… and {len(roster.clashes) - 20} more rows that cannot all be right."))
    if roster.clashes:
        lines.append(text("Correct those rows and upload the roster again (links already made stay as they are)."))
    if roster.skipped:
        shown = ", ".join(f"row {n}" for n in roster.skipped[:20])
        lines.append(text(f"Skipped (need an email and a numeric Discord id): {shown}"))
    return Answer(title="Roster imported", lines=tuple(lines), ephemeral=True)
