"""/help: what the bot can do, built from the registered commands."""

from __future__ import annotations

from bot.core.answer import Answer, Field, text


def help_answer(course_title: str, commands: list[tuple[str, str, bool]]) -> Answer:
    """commands: (name, description, staff_only). Staff commands are listed apart."""
    everyone = tuple(text(f"**/{name}**: {desc}") for name, desc, staff in commands if not staff)
    staff = tuple(text(f"**/{name}**: {desc}") for name, desc, staff in commands if staff)
    fields = [Field("Commands", everyone)]
    if staff:
        fields.append(Field("For course staff", staff))
    return Answer(
        title=f"CourseBot for {course_title}",
        lines=(
            text("I answer questions about deadlines, the schedule, office hours, exams and course policies."),
            text("Times show in your own time zone. Try /ask with a question in plain words."),
        ),
        fields=tuple(fields),
        ephemeral=True,
    )
