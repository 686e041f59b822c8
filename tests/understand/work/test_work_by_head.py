"""'do we have to upload the slides': work named by its name's last word as the student hands it in."""

from __future__ import annotations

from bot.understand.work.work_by_head import work_by_head
from tests.understand.conftest import course_in

STAT = "data/stat-187-f24"
HIST = "tests/fixtures/courses/hist-210-a24"


def test_the_one_item_ending_so_handed_in_by_the_asker_is_read() -> None:
    """ "report" ends only the project report's name: read after "we ... upload"."""
    stat = course_in(STAT)
    assert work_by_head(stat, ["do", "we", "have", "to", "upload", "the", "final", "report"]) == ("report", 7)


def test_no_asker_handing_in_or_several_items_read_nothing() -> None:
    """Staff posting ("when do you upload"), no verb, or a word ending several names: nothing."""
    stat = course_in(STAT)
    assert work_by_head(stat, ["when", "do", "you", "upload", "the", "report"]) is None
    assert work_by_head(stat, ["is", "the", "report", "long"]) is None
    hist = course_in(HIST)
    assert work_by_head(hist, ["when", "do", "i", "submit", "the", "essay"]) is None  # two essays


def test_a_title_s_topic_is_no_name() -> None:
    """ "Problem Set 1: Matter and measurement": "measurement" names no problem set."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    assert work_by_head(chem, ["do", "we", "submit", "the", "measurement"]) is None
