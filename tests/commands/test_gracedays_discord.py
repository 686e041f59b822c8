"""Grace days in Discord: imports, private tallies, what-ifs, grants, links; and the CLI import contract."""

from __future__ import annotations

import json
import subprocess
import sys

from bot.core.clock import FixedClock
from tests.conftest import FIXTURES, at
from tests.discord_harness import (
    GUILD_ID,
    OTHER_STUDENT,
    STUDENT,
    TA,
    course_guild,
    embed_text,
    fake_discord,
    running_bot,
)
from tests.fake_discord import ADMINISTRATOR, FakeAttachment

FIXTURES = FIXTURES / "gradescope"
EPHEMERAL = 64
EXPORT = FIXTURES / "10-605_S24_grades.csv"


def staff(fake, name, options):
    return fake.send_slash_command(name, options, user=TA, permissions=ADMINISTRATOR)


def export_rows() -> dict[str, dict]:
    """Each fixture student's expected tally, computed by the file-only report (the CLI contract)."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "gracedays", "report", "--csv", str(EXPORT), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return {s["student"]: s for s in json.loads(result.stdout)["students"]}


async def test_import_link_and_private_tally(course, tmp_path):
    """Staff import the export; a linked student sees only their own tally, ephemerally; others are refused."""
    expected = export_rows()
    ben = expected["ben@andrew.cmu.edu"]
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        unlinked = await fake.send_slash_command("gracedays me", {}, user=STUDENT)
        assert unlinked.data["flags"] & EPHEMERAL
        assert "isn't linked" in embed_text(unlinked.data)

        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)
        assert "6 students" in embed_text(imported.followups[0])
        assert "Quiz 1" in embed_text(imported.followups[0])
        again = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await again.wait_for_followups(1)
        assert "nothing changed" in embed_text(again.followups[0])

        requested = await fake.send_slash_command("link", {"email": "ben@andrew.cmu.edu"}, user=STUDENT)
        assert "Link requested" in embed_text(requested.data)
        pending = await fake.send_slash_command("gracedays me", {}, user=STUDENT)
        assert "waiting for staff approval" in embed_text(pending.data)
        listed = await staff(fake, "gracedays requests", {})
        assert "ben@andrew.cmu.edu" in embed_text(listed.data)
        await staff(fake, "gracedays approve", {"user": STUDENT.id, "email": "ben@andrew.cmu.edu"})

        mine = await fake.send_slash_command("gracedays me", {}, user=STUDENT)
        text = embed_text(mine.data)
        assert mine.data["flags"] & EPHEMERAL
        assert f"**{ben['grace_days_used']}** of 4 grace days used, **{ben['grace_days_left']}** left" in text
        assert "ada@" not in text

        other = await fake.send_slash_command("gracedays me", {}, user=OTHER_STUDENT)
        assert "isn't linked" in embed_text(other.data)
        peek = await fake.send_slash_command("gracedays student", {"student": "ben@andrew.cmu.edu"}, user=OTHER_STUDENT)
        assert "for course staff" in embed_text(peek.data)
        assert "grace days used" not in embed_text(peek.data)
        leaked = await fake.send_autocomplete(
            "gracedays student", {"student": "a"}, focused="student", user=OTHER_STUDENT
        )
        assert leaked == []

        seen_by_staff = await staff(fake, "gracedays student", {"student": "ben@andrew.cmu.edu"})
        assert seen_by_staff.data["flags"] & EPHEMERAL
        assert f"{ben['grace_days_used']}** of 4" in embed_text(seen_by_staff.data)
    assert fake.violations == []


async def test_grant_extension_changes_the_tally_and_is_audited(course, tmp_path):
    """An extension moves that student's due time: the lateness disappears; the audit trail records it."""
    expected = export_rows()["ben@andrew.cmu.edu"]
    late = next(a for a in expected["assignments"] if a["status"] in ("grace", "penalty"))
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)
        granted = await staff(
            fake,
            "gracedays grant",
            {
                "student": "ben@andrew.cmu.edu",
                "assignment": late["assignment"],
                "kind": "extension",
                "reason": "medical",
                "new_due": "Apr 20 11:59pm",
            },
        )
        assert "Granted" in embed_text(granted.data)
        after = await staff(fake, "gracedays student", {"student": "ben@andrew.cmu.edu"})
        # The extended assignment is now on time (greedy: a freed grace day may go to a later assignment).
        assert f"**{late['title']}**: on time" in embed_text(after.data)
        audit = await staff(fake, "admin audit", {})
        # Issue 10: the audit trail reads as sentences (who as a mention, when as a timestamp), not raw JSON.
        trail = embed_text(audit.data)
        assert f"<@{TA.id}> granted an extension on HW1 to ben@andrew.cmu.edu until <t:" in trail
        assert ": medical." in trail
        assert "{" not in trail
        refused = await fake.send_slash_command(
            "gracedays grant",
            {"student": "ben@andrew.cmu.edu", "assignment": "hw1", "kind": "permission", "reason": "x"},
            user=STUDENT,
        )
        assert "for course staff" in embed_text(refused.data)


async def test_bad_export_is_refused_whole(course, tmp_path):
    """A broken file: the report names row and column, and nothing is imported."""
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        bad = (FIXTURES / "bad_time.csv").read_bytes()
        result = await staff(fake, "gracedays import", {"file": FakeAttachment("bad.csv", bad)})
        await result.wait_for_followups(1)
        text = embed_text(result.followups[0])
        assert "nothing was imported" in text
        assert "row 3" in text
        assert bot.store.db["submissions"].count == 0


async def test_late_what_if_without_any_import(course, tmp_path):
    """/late works from the rules and due dates alone: 'thursday 2am' after HW3's Wednesday deadline."""
    clock = FixedClock(at("2024-02-20 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        result = await fake.send_slash_command("late", {"assignment": "hw3", "when": "thursday 2am"}, user=STUDENT)
        text = embed_text(result.data)
        assert result.data["flags"] & EPHEMERAL
        assert "2.0 h late" in text
        assert "use 1 grace day;" in text
        assert "Assuming all 4 grace days are left" in text
        bad = await fake.send_slash_command("late", {"assignment": "hw3", "when": "whenever"}, user=STUDENT)
        assert "couldn't read 'whenever'" in embed_text(bad.data)
    assert fake.violations == []


def test_cli_import_twice_changes_nothing(tmp_path):
    """`coursebot gracedays import` twice: the second run reports no change; a broken file exits 1."""
    db = tmp_path / "g.db"

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "bot", "gracedays", "import", *args, "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    first, second = run(str(EXPORT)), run(str(EXPORT))
    assert first.returncode == 0, first.stderr
    assert "records changed" in first.stdout
    assert "nothing changed" in second.stdout
    broken = run(str(FIXTURES / "duplicate_student.csv"))
    assert broken.returncode == 1
    assert "nothing imported" in broken.stderr


async def test_link_review_names_what_staff_checked_and_moves_only_on_confirmation(course, tmp_path):
    """Through Discord: a changed request is refused; an email linked elsewhere is refused, then moved with move;
    the person it moved from is told after their next command and never sees a waiting request they did not make."""
    clock = FixedClock(at("2024-04-01 12:00"))
    fake = fake_discord(guilds=[course_guild(owner_id=TA.id)])  # the owner has every permission: staff
    async with fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)
        await fake.send_slash_command("link", {"email": "cy@andrew.cmu.edu"}, user=STUDENT)
        changed = await fake.send_slash_command("link", {"email": "ben@andrew.cmu.edu"}, user=STUDENT)
        assert "replaces your earlier request" in embed_text(changed.data)
        stale = await staff(fake, "gracedays approve", {"user": STUDENT.id, "email": "cy@andrew.cmu.edu"})
        assert "Nothing was changed" in embed_text(stale.data)
        assert "request is now for ben@andrew.cmu.edu" in embed_text(stale.data)
        suggested = await fake.send_autocomplete(
            "gracedays approve", {"user": STUDENT.id, "email": ""}, focused="email", user=TA
        )
        assert [c["value"] for c in suggested] == ["ben@andrew.cmu.edu"]
        hidden = await fake.send_autocomplete(
            "gracedays approve", {"user": STUDENT.id, "email": ""}, focused="email", user=OTHER_STUDENT
        )
        assert hidden == []
        approved = await staff(fake, "gracedays approve", {"user": STUDENT.id, "email": "ben@andrew.cmu.edu"})
        assert "is now linked to ben@andrew.cmu.edu" in embed_text(approved.data)

        await fake.send_slash_command("link", {"email": "ben@andrew.cmu.edu"}, user=OTHER_STUDENT)
        listed = await staff(fake, "gracedays requests", {})
        assert f"linked to <@{STUDENT.id}> now: approving needs move" in embed_text(listed.data)
        refused = await staff(fake, "gracedays approve", {"user": OTHER_STUDENT.id, "email": "ben@andrew.cmu.edu"})
        assert f"ben@andrew.cmu.edu is already linked to <@{STUDENT.id}>" in embed_text(refused.data)
        moved = await staff(
            fake, "gracedays approve", {"user": OTHER_STUDENT.id, "email": "ben@andrew.cmu.edu", "move": True}
        )
        assert f"ben@andrew.cmu.edu moved from <@{STUDENT.id}> to <@{OTHER_STUDENT.id}>" in embed_text(moved.data)

        anything = await fake.send_slash_command("due", {}, user=STUDENT)
        approved_notice, moved_notice = await anything.wait_for_followups(2)  # both, oldest first, once
        assert approved_notice["flags"] & moved_notice["flags"] & EPHEMERAL
        assert "Course staff linked your account to ben@andrew.cmu.edu" in embed_text(approved_notice)
        assert "moved the grade record ben@andrew.cmu.edu from this Discord account" in embed_text(moved_notice)
        mine = await fake.send_slash_command("gracedays me", {}, user=STUDENT)
        assert "isn't linked" in embed_text(mine.data)
        assert "waiting" not in embed_text(mine.data)
        theirs = await fake.send_slash_command("gracedays me", {}, user=OTHER_STUDENT)
        assert "Course staff linked your account to ben@andrew.cmu.edu" in embed_text(theirs.data)
        assert "grace days used" in embed_text(theirs.data)
        audit = await staff(fake, "admin audit", {})
        assert "<@5003> moved ben@andrew.cmu.edu from <@5001> to <@5002>" in embed_text(audit.data)
    assert fake.violations == []


async def test_grants_the_course_cannot_use_and_repeats_are_refused(course, tmp_path):
    """hostile5 8: a pool grant where the pool is spent automatically says why and records nothing; the same
    permission twice is recorded once, the second time said so. hostile5 12: 1 s late reads "1 second"."""
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)
        grant = {"student": "ben@andrew.cmu.edu", "assignment": "hw3", "kind": "pool", "reason": "sick"}
        pool = await staff(fake, "gracedays grant", grant)
        assert "applied automatically" in embed_text(pool.data)
        assert "Granted" not in embed_text(pool.data)
        assert bot.store.db["grants"].count == 0
        permission = {**grant, "kind": "permission"}
        first = await staff(fake, "gracedays grant", permission)
        assert "Granted" in embed_text(first.data)
        second = await staff(fake, "gracedays grant", permission)
        assert "already has this permission on hw3" in embed_text(second.data)
        assert bot.store.db["grants"].count == 1
        tally = embed_text((await staff(fake, "gracedays student", {"student": "ben@andrew.cmu.edu"})).data)
        assert "**Homework 1**: covered by grace days, 1 second late" in tally
        assert " 0.0 h" not in tally
    assert fake.violations == []


async def test_an_older_export_is_refused_unless_staff_say_replace(course, tmp_path):
    """hostile5 3: an export older than the records changes nothing and says which submissions it would take
    back; with replace_newer it is imported."""
    raw = EXPORT.read_text()
    header = raw.splitlines()[0].split(",")
    column = header.index("Homework 1 - Submission Time")
    older_rows = []
    for line in raw.splitlines()[1:]:
        cells = line.split(",")
        if cells[header.index("Email")] == "ben@andrew.cmu.edu":
            cells[column] = "2024-01-28 10:00:00 -0500"
        older_rows.append(",".join(cells))
    older = "\n".join([raw.splitlines()[0], *older_rows]).encode()
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)
        rows = bot.store.db.execute("SELECT * FROM submissions ORDER BY rowid").fetchall()
        refused = await staff(fake, "gracedays import", {"file": FakeAttachment("old.csv", older)})
        await refused.wait_for_followups(1)
        text = embed_text(refused.followups[0])
        assert "Nothing imported" in text
        assert "ben@andrew.cmu.edu, hw1" in text
        assert "replace_newer" in text
        # hostile6 minor: times as Discord timestamps (each reader's zone), never the default course's plain zone
        assert "<t:" in text
        assert " EST" not in text
        assert " EDT" not in text
        assert bot.store.db.execute("SELECT * FROM submissions ORDER BY rowid").fetchall() == rows
        forced = await staff(
            fake, "gracedays import", {"file": FakeAttachment("old.csv", older), "replace_newer": True}
        )
        await forced.wait_for_followups(1)
        assert "1 records changed" in embed_text(forced.followups[0])
    assert fake.violations == []


async def test_a_grant_is_corrected_by_the_next_one_and_can_be_revoked(course, tmp_path):
    """hostile6 4: a later (even earlier-dated) extension replaces the one in force and the reply names it; the
    tally follows the grant in force; revoke takes it back; a day without a time takes the assignment's own time
    of day (and says so); a date outside the term or not after the own due time is refused, nothing recorded."""
    clock = FixedClock(at("2024-02-26 10:00"))
    ben = {"student": "ben@andrew.cmu.edu", "assignment": "hw3", "kind": "extension", "reason": "r"}
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)

        def tally() -> str:
            return next(line for line in embed_text(seen.data).splitlines() if "Homework 3" in line)

        await staff(fake, "gracedays grant", {**ben, "new_due": "Feb 24 11:59pm"})
        seen = await staff(fake, "gracedays student", {"student": "ben@andrew.cmu.edu"})
        assert "on time" in tally()
        corrected = await staff(fake, "gracedays grant", {**ben, "new_due": "Feb 22 11:59pm"})
        words = embed_text(corrected.data)
        assert "Granted" in words
        assert "replaces the earlier extension" in words
        assert bot.store.db["grants"].count == 1
        seen = await staff(fake, "gracedays student", {"student": "ben@andrew.cmu.edu"})
        assert "6.0 h late" in tally()

        revoked = await staff(fake, "gracedays revoke", {"student": "ben@andrew.cmu.edu", "assignment": "hw3"})
        assert "Revoked" in embed_text(revoked.data)
        assert bot.store.db["grants"].count == 0
        seen = await staff(fake, "gracedays student", {"student": "ben@andrew.cmu.edu"})
        assert "30.0 h late" in tally()
        again = await staff(fake, "gracedays revoke", {"student": "ben@andrew.cmu.edu", "assignment": "hw3"})
        assert "no grant on hw3 to revoke" in embed_text(again.data)
        student = await fake.send_slash_command(
            "gracedays revoke", {"student": "ben@andrew.cmu.edu", "assignment": "hw3"}, user=STUDENT
        )
        assert "for course staff" in embed_text(student.data)

        day_only = await staff(fake, "gracedays grant", {**ben, "new_due": "Feb 23"})
        (grant,) = bot.store.grace.grants(GUILD_ID, "ben@andrew.cmu.edu")
        due = course.assignment("hw3").due.astimezone(course.tz)
        assert grant.new_due.astimezone(course.tz).time() == due.time()
        assert grant.new_due.astimezone(course.tz).date().isoformat() == "2024-02-23"
        assert "own due time of day" in embed_text(day_only.data)
        same = await staff(fake, "gracedays grant", {**ben, "new_due": "Feb 23"})
        assert "Already granted" in embed_text(same.data)
        assert "<t:" in embed_text(same.data)

        for typed, reason in (("in 3 years", "outside"), ("Feb 1 11pm", "not after")):
            refused = await staff(fake, "gracedays grant", {**ben, "new_due": typed})
            assert reason in embed_text(refused.data)
            assert "Granted" not in embed_text(refused.data)
        assert bot.store.db["grants"].count == 1
    assert fake.violations == []


async def test_a_what_if_asked_in_words_uses_the_askers_record_as_late_does(course, tmp_path):
    """hostile12 6: /ask "what happens if hw4b is 5 hours late" for a linked student with no grace days left says
    what /late says, privately; never 'all 4 are left' nor 'no record linked'."""
    clock = FixedClock(at("2024-03-14 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)
        roster = FakeAttachment("roster.csv", f"email,discord\nben@andrew.cmu.edu,{STUDENT.id}\n".encode())
        await staff(fake, "gracedays roster", {"file": roster})
        asked = await fake.send_slash_command("ask", {"question": "if hw4b is 5 hours late what happens"}, user=STUDENT)
        late = await fake.send_slash_command("late", {"assignment": "hw4b", "when": "Mar 19 4:59am"}, user=STUDENT)
        said, told = embed_text(asked.data), embed_text(late.data)
        assert asked.data["flags"] & EPHEMERAL
        assert "You have 0 grace days left (from the latest import)." in said
        assert "50% penalty" in said
        assert "50% penalty" in told
        assert "Assuming" not in said
        other = await fake.send_slash_command("ask", {"question": "if hw4b is 5 hours late what happens"}, user=TA)
        assert "I have no imported record linked to you." in embed_text(other.data)
    assert fake.violations == []


async def test_grace_days_left_asked_in_words_is_the_askers_own_tally(course, tmp_path):
    """/ask "how many grace days do i have left" (and other words for it) by a linked student shows their own tally
    as /gracedays me does, privately; a student with no record is told so and how to link one, privately too."""
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)
        roster = FakeAttachment("roster.csv", f"email,discord\nben@andrew.cmu.edu,{STUDENT.id}\n".encode())
        await staff(fake, "gracedays roster", {"file": roster})
        me = embed_text((await fake.send_slash_command("gracedays me", {}, user=STUDENT)).data)
        used = next(line for line in me.splitlines() if " used, " in line)
        words = ("how many grace days do i have left", "late days remaining?", "how many slip days have i used")
        for question in words:
            asked = await fake.send_slash_command("ask", {"question": question}, user=STUDENT)
            said = embed_text(asked.data)
            assert asked.data["flags"] & EPHEMERAL, question
            assert used in said, (question, said)
            assert "Your own tally is private" not in said
        other = await staff(fake, "ask", {"question": "how many grace days do i have left"})
        assert other.data["flags"] & EPHEMERAL
        assert "/gracedays student" in embed_text(other.data)  # staff are not unlinked students
        assert "/link" not in embed_text(other.data)
        for question in ("how many grace days does ben have left", "how many late days has my partner used"):
            theirs = embed_text((await fake.send_slash_command("ask", {"question": question}, user=STUDENT)).data)
            assert used not in theirs, (question, theirs)  # never the asker's own numbers for someone else
            assert "private to them" in theirs, (question, theirs)
            staffs = embed_text((await staff(fake, "ask", {"question": question})).data)
            assert "/gracedays student" in staffs, (question, staffs)
            assert "/link" not in staffs
    assert fake.violations == []


async def test_ask_tells_a_pending_link_request_as_gracedays_me_does(course, tmp_path):
    """A student whose /link request waits for staff: /ask "my grace days" says it waits, as /gracedays me does,
    never to request again; staff without a record are pointed to /gracedays student by both."""
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        await fake.send_slash_command("link", {"email": "ben@andrew.cmu.edu"}, user=STUDENT)
        me = embed_text((await fake.send_slash_command("gracedays me", {}, user=STUDENT)).data)
        asked = await fake.send_slash_command("ask", {"question": "late days remaining?"}, user=STUDENT)
        said = embed_text(asked.data)
        assert asked.data["flags"] & EPHEMERAL
        assert "Your request to link ben@andrew.cmu.edu is waiting for staff approval" in me
        assert "Your request to link ben@andrew.cmu.edu is waiting for staff approval" in said
        ta = embed_text((await staff(fake, "gracedays me", {})).data)
        assert "/gracedays student" in ta  # staff with no record are not sent to /link
        assert "/link" not in ta
    assert fake.violations == []
