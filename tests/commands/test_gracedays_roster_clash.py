"""Grace days in Discord (hostile12 1, 4): a roster giving one account two students links neither, and a
one-assignment export re-imported under another assignment is refused without move, and with it takes the wrong
import back, saying so."""

from __future__ import annotations

from bot.core.clock import FixedClock
from tests.conftest import FIXTURES, at
from tests.discord_harness import STUDENT, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR, FakeAttachment

GRADES = FIXTURES / "gradescope"


def staff(fake, name, options):
    return fake.send_slash_command(name, options, user=TA, permissions=ADMINISTRATOR)


async def test_a_roster_giving_one_account_two_students_links_neither(course, tmp_path):
    """The reply names the rows and counts only the link made; the account sees no one's tally."""
    roster = (
        f"email,discord\nada@andrew.cmu.edu,{STUDENT.id}\nben@andrew.cmu.edu,{STUDENT.id}\ncy@andrew.cmu.edu,424242\n"
    )
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        export = (GRADES / "10-605_S24_grades.csv").read_bytes()
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("grades.csv", export)})
        await imported.wait_for_followups(1)
        reply = await staff(fake, "gracedays roster", {"file": FakeAttachment("roster.csv", roster.encode())})
        said = embed_text(reply.data)
        assert "Linked 1 students" in said
        assert f"rows 2 and 3 give the Discord account <@{STUDENT.id}> to 2 students" in said
        mine = await fake.send_slash_command("gracedays me", {}, user=STUDENT)
        assert "isn't linked" in embed_text(mine.data)
    assert fake.violations == []


async def test_an_export_reimported_under_the_right_assignment_says_what_it_took_back(course, tmp_path):
    """The second import is not 'same file as before': it names the import taken back and what became of it."""
    scores = (GRADES / "HW_3_Programming_scores.csv").read_bytes()
    clock = FixedClock(at("2024-04-01 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        for assignment, more in (("hw4b", {}), ("hw3", {}), ("hw3", {"move": True})):
            options = {"file": FakeAttachment("hw-prog.csv", scores), "assignment": assignment, **more}
            done = await staff(fake, "gracedays import", options)
            await done.wait_for_followups(1)
            if not more and assignment == "hw3":
                refused = embed_text(done.followups[0])
                assert "Nothing imported" in refused
                assert "imported before as hw4b (from hw-prog.csv)" in refused
                assert "move:True" in refused
        said = embed_text(done.followups[0])
        assert "imported before as hw4b (from hw-prog.csv): that import is taken back" in said
        assert "4 records changed." in said
        assert "Same file as before" not in said
        ben = await staff(fake, "gracedays student", {"student": "ben@andrew.cmu.edu"})
        assert "Homework 4 Part B" not in embed_text(ben.data)
    assert fake.violations == []
