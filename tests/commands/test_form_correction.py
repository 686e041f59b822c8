"""A conflict-form link corrected after its notice went out with the earlier one: staff hear exactly that, and the
class channel gets a correction with the right link at once (the earlier post stays); on both courses."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.announce.planner import AnnounceConfig, planned
from bot.core.clock import FixedClock
from tests.discord_app.test_announcements_discord import advance, posted, set_up
from tests.discord_harness import TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR


def _first_notice(course, exam_id: str) -> dt.datetime:
    """When the exam's first form notice is planned with a link set (default settings)."""
    start, end = course.at(course.term_first, dt.time(0, 0)), course.at(course.term_last, dt.time(0, 0))
    items = planned(course, AnnounceConfig(), start, end, form_urls={exam_id: "https://forms.gle/X"}).items
    return min(i.at for i in items if i.key.startswith(f"conflict-form:{exam_id}:"))


async def _set_form(fake, exam_id: str, url: str) -> str:
    result = await fake.send_slash_command(
        "exam set-form", {"which": exam_id, "url": url}, user=TA, permissions=ADMINISTRATOR
    )
    return embed_text(result.data)


@pytest.mark.parametrize(("which", "exam_id"), [("10-605", "exam2"), ("stat-187", "midterm")])
async def test_a_corrected_form_link_is_posted_and_said_truthfully(course, second_course, tmp_path, which, exam_id):
    """The notice carried the wrong link (10-605: the opening notice; stat-187, whose data has a link: the last
    call): the reply says so, never 'the opening notice was due before the link was set', and one correction with
    the right link goes to the channel; setting the same link again posts nothing."""
    c = course if which == "10-605" else second_course
    opening = _first_notice(c, exam_id)
    clock = FixedClock(opening - dt.timedelta(days=2))
    async with fake_discord() as fake, running_bot(fake, c, clock, tmp_path / "bot.db") as bot:
        await set_up(fake) if which == "10-605" else None
        if which != "10-605":
            from tests.discord_harness import CHANNEL_ID

            await fake.send_slash_command("setup channel", {"channel": CHANNEL_ID}, user=TA, permissions=ADMINISTRATOR)
        await _set_form(fake, exam_id, "https://forms.gle/WRONG")
        await advance(bot, clock, opening + dt.timedelta(hours=1))
        assert any("forms.gle/WRONG" in str(m) for m in posted(fake))
        reply = await _set_form(fake, exam_id, "https://forms.gle/RIGHT")
        assert "already went out in the class channel with the earlier link" in reply
        assert "was due before the link was set" not in reply
        await bot.announcer.run_due()
        corrections = [m for m in posted(fake) if "Correction" in str(m)]
        assert len(corrections) == 1
        assert "forms.gle/RIGHT" in str(corrections[0])
        again = await _set_form(fake, exam_id, "https://forms.gle/RIGHT")
        assert "already went out" not in again
        await bot.announcer.run_due()
        assert len([m for m in posted(fake) if "Correction" in str(m)]) == 1
