"""/admin reload keeps the old data in service when the new files are broken, and applies good ones live."""

from __future__ import annotations

import datetime as dt

from bot.core.clock import FixedClock
from bot.course.loader import load_course
from tests.commands.test_qa_discord import button
from tests.conftest import at
from tests.discord_harness import GUILD_ID, STUDENT, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR


async def test_reload_refuses_broken_data_and_applies_good_data(data_copy, tmp_path):
    """A broken file: the loader's message, old data stays. A fixed file: new data answers at once."""
    course = load_course(data_copy)
    clock = FixedClock(at("2024-02-12 10:00"))
    assignments = data_copy / "assignments.toml"
    original = assignments.read_text()
    async with (
        fake_discord() as fake,
        running_bot(fake, course, clock, tmp_path / "bot.db", COURSEBOT_DATA=str(data_copy)) as bot,
    ):
        assignments.write_text(original.replace("due = 2024-02-21", 'due = "Feb 30"'))
        refused = await fake.send_slash_command("admin reload", {}, user=TA, permissions=ADMINISTRATOR)
        text = embed_text(refused.data)
        assert "Reload refused" in text
        assert "assignments.toml: assignment 'hw3', field 'due'" in text
        assert bot.course.version == course.version
        still = await fake.send_slash_command("deadline", {"assignment": "hw3"}, user=STUDENT)
        assert "HW3 is due" in embed_text(still.data)

        assignments.write_text(original.replace("due = 2024-02-21", "due = 2024-02-23"))
        done = await fake.send_slash_command("admin reload", {}, user=TA, permissions=ADMINISTRATOR)
        assert "Course data reloaded" in embed_text(done.data)
        moved = await fake.send_slash_command("ask", {"question": "when is hw3 due"}, user=STUDENT)
        assert "Fri Feb 23" in embed_text(moved.data) or "<t:1708750740:F>" in embed_text(moved.data)
        student = await fake.send_slash_command("admin reload", {}, user=STUDENT)
        assert "for course staff" in embed_text(student.data)
    assert fake.violations == []


def test_audit_rows_read_as_sentences(course):
    """/admin audit: who (a mention), when (a timestamp), what changed in words; no JSON, no action codes."""
    from bot.core.answer import Mention, Stamp
    from bot.core.render_text import answer_text
    from bot.store.database import Store
    from commands.admin import audit_answer

    store = Store(":memory:", zone=course.tz)
    now = at("2024-02-12 10:00")
    for change in (
        {"channel_id": 2000},
        {"staff_role": 3000},
        {"section": "10-605", "role": 3605, "channel": None},
        {"kind": "digest", "enabled": False},
        {"deadline_offsets": "1d, 2h"},
    ):
        store.server_settings.save(7, {}, by=5003, now=now, change=change)
    store.staff_posts.add(7, at("2024-02-13 09:00"), "Hello", by=5003, now=now)
    store.published.set_exam_form(7, "exam1", "https://example.org/f", by=5003, now=now)
    store.published.set_grades(7, "hw3", now, by=5003, now=now)
    store.audit.record(7, 0, "gracedays.import", {"file": "grades.csv", "students": 6, "changed": 34}, now)
    store.audit.record(7, 5003, "data.reload", {"from": "a1", "to": "b2"}, now)
    store.audit.record(7, 5003, "something.new", {"answer": 42}, now)
    answer = audit_answer(course, store.audit.latest(7))
    (field,) = answer.fields
    first = field.lines[0]
    assert isinstance(first[0], Stamp)
    assert Mention("user", 5003) in first
    text = answer_text(answer, course.tz, now)
    for sentence in (
        "user 5003 set the announcement channel to channel 2000.",
        "set the staff role to role 3000.",
        "set section 10-605's role to role 3605.",
        "turned off digest announcements.",
        "set deadline reminders to 1d, 2h before.",
        "scheduled announcement #1 for Tue Feb 13, 9:00 AM EST.",
        "published the conflict form for Exam 1: https://example.org/f.",
        "recorded the grades of HW3 as published Mon Feb 12, 10:00 AM EST.",
        "the coursebot command line imported grades.csv (6 students, 34 records changed).",
        "reloaded the course data (version a1 → b2).",
        "did something.new (answer: 42).",
    ):
        assert sentence in text, sentence
    assert "{" not in text
    assert "<@" not in text
    assert audit_answer(course, []).fields[0].lines == ((("Nothing recorded yet."),),)
    store.close()


async def test_grades_published_with_an_unknown_regrade_window_says_so_and_a_retry_records_nothing(
    second_course, tmp_path
):
    """The course page does not say how long regrades stay open: recorded, and said so (no apology); sending the
    command again neither records it again nor writes a second audit row."""
    clock = FixedClock(at("2024-11-20 13:00"))
    staff = {"user": TA, "permissions": ADMINISTRATOR}
    async with fake_discord() as fake, running_bot(fake, second_course, clock, tmp_path / "bot.db") as bot:
        first = embed_text(
            (await fake.send_slash_command("admin grades-published", {"assignment": "ps5"}, **staff)).data
        )
        assert "went wrong" not in first
        assert "recorded as published" in first
        assert "the course page doesn't say" in first
        clock.advance(dt.timedelta(minutes=1))
        again = embed_text(
            (await fake.send_slash_command("admin grades-published", {"assignment": "ps5"}, **staff)).data
        )
        assert "already recorded" in again
        rows = bot.store.audit.latest(GUILD_ID, 50)
        assert sum(1 for e in rows if e.action == "grades.published") == 1
        generic = embed_text(
            (await fake.send_slash_command("admin grades-published", {"assignment": "ps"}, **staff)).data
        )
        assert "Which one?" in generic
        assert set(bot.store.published.grades(GUILD_ID)) == {"ps5"}
    assert fake.violations == []


async def test_reload_and_status_name_records_the_data_no_longer_has(data_copy, tmp_path):
    """hostile6 5: renaming an assignment id keeps its records out of every tally: reload and status say so, and
    /admin move-records brings them back under the new id (staff only)."""
    from tests.conftest import FIXTURES
    from tests.fake_discord import FakeAttachment

    course = load_course(data_copy)
    clock = FixedClock(at("2024-02-26 10:00"))
    assignments = data_copy / "assignments.toml"
    export = (FIXTURES / "gradescope" / "10-605_S24_grades.csv").read_bytes()

    def staff(name, options):
        return fake.send_slash_command(name, options, user=TA, permissions=ADMINISTRATOR)

    async with (
        fake_discord() as fake,
        running_bot(fake, course, clock, tmp_path / "bot.db", COURSEBOT_DATA=str(data_copy)),
    ):
        imported = await staff("gracedays import", {"file": FakeAttachment("grades.csv", export)})
        await imported.wait_for_followups(1)
        assert "Records under ids" not in embed_text((await staff("admin status", {})).data)
        assignments.write_text(assignments.read_text().replace('id = "hw3"', 'id = "homework3"'))
        reloaded = embed_text((await staff("admin reload", {})).data)
        assert "Records under ids the data no longer has" in reloaded
        assert "assignment id 'hw3'" in reloaded
        assert "imported submissions" in reloaded
        assert "/admin move-records" in reloaded
        assert "assignment id 'hw3'" in embed_text((await staff("admin status", {})).data)
        student = await fake.send_slash_command(
            "admin move-records", {"old_id": "hw3", "new_id": "homework3"}, user=STUDENT
        )
        assert "for course staff" in embed_text(student.data)
        moved = await staff("admin move-records", {"old_id": "hw3", "new_id": "homework3"})
        assert "Records moved" in embed_text(moved.data)
        assert "Records under ids" not in embed_text((await staff("admin status", {})).data)
        tally = embed_text((await staff("gracedays student", {"student": "ben@andrew.cmu.edu"})).data)
        assert "Homework 3" in tally
    assert fake.violations == []


async def test_deleting_records_asks_the_staff_member_first_and_deletes_only_what_was_shown(data_copy, tmp_path):
    """issue 13: /admin move-records delete:True deletes nothing at once: it lists what would go, with a Delete
    button that only the staff member who asked can use, for ten minutes, and that refuses when the records changed."""
    from tests.conftest import FIXTURES
    from tests.discord_harness import OTHER_STUDENT, STAFF_ROLE_ID
    from tests.fake_discord import FakeAttachment

    course = load_course(data_copy)
    clock = FixedClock(at("2024-02-26 10:00"))
    assignments = data_copy / "assignments.toml"
    export = (FIXTURES / "gradescope" / "10-605_S24_grades.csv").read_bytes()
    env = {"COURSEBOT_DATA": str(data_copy), "COURSEBOT_STAFF_ROLE": str(STAFF_ROLE_ID)}

    def staff(name, options, user=TA):
        return fake.send_slash_command(name, options, user=user, roles=[STAFF_ROLE_ID])

    def press(asked, user=TA):
        return fake.send_component(button(asked.original, "Delete them"), asked, user=user, roles=[STAFF_ROLE_ID])

    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **env) as bot:
        imported = await staff("gracedays import", {"file": FakeAttachment("grades.csv", export)})
        await imported.wait_for_followups(1)
        assignments.write_text(assignments.read_text().replace('id = "hw3"', 'id = "homework3"'))
        await staff("admin reload", {})
        held = bot.store.orphans.held(GUILD_ID, bot.course, "hw3")
        asked = await staff("admin move-records", {"old_id": "hw3", "delete": True})
        shown = embed_text(asked.data)
        assert "Delete the records under 'hw3'?" in shown
        for what, n in held.counts:
            assert f"{n} {what}" in shown
        assert bot.store.orphans.held(GUILD_ID, bot.course, "hw3") == held  # nothing deleted yet
        other = await press(asked, user=OTHER_STUDENT)
        assert "Only the staff member who asked" in embed_text(other.data)
        clock.advance(dt.timedelta(minutes=11))
        late = await press(asked)
        assert "expired and nothing was deleted" in embed_text(late.data)
        assert bot.store.orphans.held(GUILD_ID, bot.course, "hw3") == held
        asked = await staff("admin move-records", {"old_id": "hw3", "delete": True})
        with bot.store.immediate() as db:  # meanwhile, one of them goes (as another staff member's command would do)
            db.execute(
                "DELETE FROM submissions WHERE rowid = (SELECT MIN(rowid) FROM submissions WHERE assignment_id = 'hw3')"
            )
        changed = await press(asked)
        assert "changed since you were asked" in embed_text(changed.data)
        asked = await staff("admin move-records", {"old_id": "hw3", "delete": True})
        done = await press(asked)
        assert "Records deleted" in embed_text(done.data)
        assert bot.store.orphans.of(GUILD_ID, bot.course) == []
        (audit,) = [e for e in bot.store.audit.latest(GUILD_ID, 50) if e.action == "data.move_records"]
        assert audit.details["to"] is None
    assert fake.violations == []
