"""The console side of `Reply`: answers printed as plain text, options numbered so the next line can pick one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from bot.core.answer import Action, Answer, Mention, Option, Text
from bot.core.clock import Clock
from bot.core.render_text import answer_text
from bot.course.model import Course
from bot.discord_app.interactions import Form

PRIVATE_NOTE = "(only you would see this in Discord)"


class ConsoleReply:
    """Collects what one command prints; `options` are the follow-ups of the last answer (picked by number)."""

    def __init__(
        self,
        course: Course,
        clock: Clock,
        emit: Callable[[str], None],
        names: Mapping[tuple[str, int], str] | None = None,
    ) -> None:
        self.course, self.clock, self.emit = course, clock, emit
        self.names = names or {}
        self.options: tuple[Option, ...] = ()
        self.actions: tuple[Action, ...] = ()
        self.form_asked: Form | None = None

    async def answer(self, answer: Answer) -> None:
        self._show(answer, private=answer.ephemeral)

    async def private(self, answer: Answer) -> None:
        self._show(answer, private=True)

    async def file(self, answer: Answer, filename: str, data: bytes, *, without_file: Text = ()) -> None:
        self._show(answer.with_lines(without_file) if without_file else answer, private=answer.ephemeral)

    async def defer(self, *, private: bool = True) -> None:
        """Nothing to do: the console waits for the answer anyway."""

    async def form(self, form: Form) -> None:
        """Printed; the next line fills it as name:value pairs (anything else leaves it)."""
        self.form_asked = form
        fields = " ".join(f'{f.name}:"…"' if f.required else f'[{f.name}:"…"]' for f in form.fields)
        lines = "\n".join(f"  {f.name}: {f.label}{'' if f.required else ' (optional)'}" for f in form.fields)
        self.emit(
            f"{form.title}\n{'=' * min(len(form.title), 72)}\n{lines}\n(Type the fields on the next line: {fields})"
        )

    def _show(self, answer: Answer, *, private: bool) -> None:
        body = answer_text(named(answer, self.names), self.course.tz, self.clock.now())
        if answer.options or answer.actions:
            self.options, self.actions = answer.options, answer.actions
            body += "\n(Type a number to pick one.)"
        self.emit(f"{PRIVATE_NOTE}\n{body}" if private else body)


def named(answer: Answer, names: Mapping[tuple[str, int], str]) -> Answer:
    """The answer with the console's own user, channel and server roles called by name (the rest stay ids)."""

    def line(segments: Text) -> Text:
        return tuple(
            replace(s, label=names[(s.kind, s.id)])
            if isinstance(s, Mention) and not s.label and (s.kind, s.id) in names
            else s
            for s in segments
        )

    if not names:
        return answer
    fields = tuple(replace(f, lines=tuple(line(x) for x in f.lines)) for f in answer.fields)
    return replace(answer, lines=tuple(line(x) for x in answer.lines), fields=fields)
