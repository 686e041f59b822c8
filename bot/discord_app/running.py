"""The one path every command run takes, from Discord or the console: who may run it, are the values within
their limits, run the body, and turn a refusal into its own message and anything unexpected into an apology
(with the traceback in the log, never in the reply). Autocomplete goes through the same gate.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any

from bot.answers.links import notice_answer
from bot.core.answer import Answer, error_answer, text
from bot.core.errors import NotAllowed, UserError
from bot.discord_app.catalog import CommandSpec
from bot.discord_app.interactions import ActionSpec, ForumEvent, ListenerSpec, MenuSpec, MessageRef
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt, check_values, clip_choices
from bot.discord_app.public_answers import PUBLIC_ANSWERS

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side. It has been logged for the course staff; please try again later."
STAFF_ONLY = "That command is for course staff."
SERVER_ONLY = "That command only works in a server, not in DMs."
DMS_CLOSED = (
    "I tried to DM you a reminder but your DMs are closed to me. Allow DMs from server members (Privacy Settings) "
    "and run /remind me again, or /remind stop."
)


def refusal(spec: CommandSpec | ActionSpec | MenuSpec, inv: Invocation) -> str | None:
    """Why this user may not run this command here, or None. The one staff predicate of both front ends."""
    if spec.server_only and inv.server_id is None:
        return SERVER_ONLY
    if spec.staff_only and not inv.is_staff:
        return STAFF_ONLY
    return None


def error_reply(error: BaseException) -> tuple[Answer, bool]:
    """(answer, unexpected) for an error a command raised: a user's mistake gets its own message."""
    if isinstance(error, UserError):
        return error_answer(error.message, error.suggestions), False
    return error_answer(SORRY), True


def run_command(spec: CommandSpec, inv: Invocation, values: Mapping[str, Any]) -> Coroutine[Any, Any, str]:
    """Run one command (await it); the outcome for the log line: ok, refused or error. Never raises. Not a
    coroutine of its own: one frame less held by every interaction waiting on Discord."""
    if spec.public:  # the same answer for everyone asking it this minute: kept, not built again per asker
        return _guarded(spec, inv, lambda: PUBLIC_ANSWERS.run(spec.qualified_name, inv, values, _body(spec, values)))
    return _guarded(spec, inv, lambda: spec.body(inv, **check_values(spec.qualified_name, spec.options, values)))


def _body(spec: CommandSpec, values: Mapping[str, Any]) -> Callable[[Invocation], Awaitable[None]]:
    return lambda inv: spec.body(inv, **check_values(spec.qualified_name, spec.options, values))


async def _guarded(spec: CommandSpec | ActionSpec | MenuSpec, inv: Invocation, run: Any) -> str:
    """The shared path of commands, actions and menus: who may run it, one reply for any failure (a user's mistake
    gets its own message), and what the user is owed afterwards. Never raises."""
    try:
        reason = refusal(spec, inv)
        if reason is not None:
            raise NotAllowed(reason)
        await run()
        for answer in _owed_notices(inv):  # almost always none: no coroutine of its own to await
            await inv.reply.private(answer)
        return "ok"
    except Exception as err:  # every failure gets exactly one reply; the front end must not see an exception
        answer, unexpected = error_reply(err)
        if unexpected:
            log.error("command=%s guild=%s outcome=error", spec.qualified_name, inv.server_id, exc_info=err)
        try:
            await inv.reply.private(answer)
        except Exception:
            log.exception("command=%s could not send the error reply", spec.qualified_name)
        return "error" if unexpected else "refused"


async def run_action(spec: ActionSpec, inv: Invocation, arg: str, values: Mapping[str, str]) -> str:
    """A button was clicked or a form submitted. Form values are passed whole, never cut: each action checks its own
    against its form's fields and refuses, naming the field, what is over a limit."""
    return await _guarded(spec, inv, lambda: spec.body(inv, arg[:100], {k: str(v) for k, v in values.items()}))


async def run_menu(spec: MenuSpec, inv: Invocation, message: MessageRef) -> str:
    return await _guarded(spec, inv, lambda: spec.body(inv, message))


async def run_listener(spec: ListenerSpec, inv: Invocation, event: ForumEvent) -> str:
    """A forum event's handler: nobody is waiting for a reply, so a failure is only logged."""
    try:
        await spec.body(inv, event)
    except UserError as err:  # e.g. the server follows no course (any more): a known state, not a bug
        log.warning("listener=%s event=%s guild=%s refused: %s", spec.module, event.kind, inv.server_id, err)
        return "refused"
    except Exception:
        log.exception("listener=%s event=%s guild=%s failed", spec.module, event.kind, inv.server_id)
        return "error"
    return "ok"


def _owed_notices(inv: Invocation) -> list[Answer]:
    """After a command, what the user is owed, once (each private): that their DMs were closed when a reminder was
    due, and the notices staff actions left them (an account link moved, a request turned down)."""
    store, user_id = inv.store, inv.user.id
    dms_closed = store.reminders.take_dm_closed_notice(user_id)  # almost always False and no notices: each one
    notices = store.notices.take(inv.server_id, user_id, inv.now)  # lookup in memory, nothing built
    if not (dms_closed or notices):
        return []
    owed = [Answer(title="Your reminders", lines=(text(DMS_CLOSED),), ephemeral=True)] if dms_closed else []
    return owed + [notice_answer(n) for n in notices]


async def complete(spec: CommandSpec, option: Opt, inv: Invocation, typed: str) -> list[tuple[str, Any]]:
    """Autocomplete answers for one option: none for anyone who may not run the command (autocomplete of a
    staff command can show staff data, and Discord does not apply command checks to it)."""
    if option.autocomplete is None or refusal(spec, inv) is not None:
        return []
    try:
        found = await option.autocomplete(inv, typed[:100])
    except UserError:
        return []
    except Exception:
        log.exception("command=%s option=%s autocomplete failed", spec.qualified_name, option.name)
        return []
    return clip_choices(found)
