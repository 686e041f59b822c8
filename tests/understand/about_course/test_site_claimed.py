"""A yes/no question naming the site work is handed in on is checked against the course's own sites."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.course.model import Course, Platform
from bot.understand.about_course.site_claimed import site_checked, site_claimed, site_words


class _Sites:
    platforms = (
        Platform("moodle", "submission", "NTMU Moodle"),
        Platform("forum", "forum", "the Moodle Q&A forum"),
        Platform("discord", "chat", "the OCEA 2150 Discord"),
        Platform("piazza", "forum", "Piazza"),
    )


COURSE: Course = _Sites()  # type: ignore[assignment]


def test_site_words() -> None:
    """A site is named by its id and its name's own words, not by words every site has."""
    assert site_words(COURSE) == {"moodle", "ntmu", "piazza", "ocea"}


@pytest.mark.parametrize(
    ("question", "site"),
    [
        ("do we submit on moodle", "moodle"),
        ("are lab reports handed in through moodle", "moodle"),
        ("so we turn ps3 in on piazza", "piazza"),
        ("can i upload it to the moodle page", "moodle"),
        ("do we submit on time", None),  # no site of the course's
        ("do we submit on canvas", None),  # not one of this course's sites
        ("do we submit regrade requests on moodle", None),  # another act than handing work in
        ("where do we submit", None),  # no site named
    ],
)
def test_site_claimed(question: str, site: str | None) -> None:
    """Only a handing-in question that names one of the course's sites is read."""
    assert site_claimed(COURSE, question) == site


def _handed_in(*lines: str) -> Answer:
    return Answer(title="Handing in work", lines=tuple(text(line) for line in lines))


@pytest.mark.parametrize(
    ("lines", "opens"),
    [
        (("Work is handed in on **NTMU Moodle**.",), "**Yes**"),
        (("Work is handed in on **Gradescope**.",), "**No**"),
        (("Labs: handed in on **NTMU Moodle**.", "Problem sets: handed in on **Gradescope**."), "Labs"),
    ],
)
def test_site_checked(lines: tuple[str, ...], opens: str) -> None:
    """Yes where every line names the site, No where none does, neither where kinds of work go to different sites."""
    assert str(site_checked("moodle", _handed_in(*lines)).lines[0][0]).startswith(opens)
