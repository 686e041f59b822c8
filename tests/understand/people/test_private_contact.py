"""Sending a course question to the staff privately: where questions go, as the course says it, and a No only where
its words rule out the way asked (bot.understand.people.private_contact)."""

from __future__ import annotations

import pytest

from bot.understand.people.private_contact import private_way, rule_texts
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("should i email the prof with a question about ps6 q3", "email"),
        ("can i just dm tomasz my questions on zulip", "direct"),
        ("is it ok to message the ta directly with my question", "direct"),
        ("should i email the prof about q3 on hw5", "email"),  # q3: a question of the homework
        ("whats the profs email", None),  # asks for an address
        ("can i email the prof about an extension", None),  # no course question sent: the extension rules
        ("i emailed my question to the ta", None),  # tells, asks nothing
    ],
)
def test_a_question_sent_privately_is_noticed(question, way):
    assert private_way(question) == way


def test_the_rule_comes_from_the_guidelines_and_the_forum_policy(stat, hist):
    texts = rule_texts(stat)
    assert "Please post questions on Ed; email the course staff only for private matters." in texts
    assert rule_texts(hist) == []  # a course that says nothing of it: no rule of the bot's own


def test_a_way_the_page_rules_out_is_no(geo):
    """ "Ask in the #geo2210 stream on Zulip, not by private message": No to a direct message."""
    result, said = reply(geo, "can i just dm tomasz my questions on zulip", "2025-05-01T12:00")
    assert [p.intent for p in result.parts] == ["private_contact"]
    assert first_line(said).startswith("No")
    assert "#geo2210" in said


@pytest.mark.parametrize(
    ("which", "question", "now", "forum"),
    [
        ("geo", "can i email tomasz a question", "2025-05-01T12:00", "Zulip"),  # a private message is not an email
        ("stat", "should i email the prof with a question about ps6 q3", "2024-11-01T15:30", "Ed"),
        ("course", "can i email the TAs my questions about hw5 instead", "2024-03-13T14:30", "Piazza"),
    ],
)
def test_a_rule_that_does_not_decide_the_case_says_so(request, which, question, now, forum):
    """ "email the course staff only for private matters", "post there rather than emailing": the rule and where to
    ask, never a Yes or No, and never the assignment's card."""
    course = request.getfixturevalue(which)
    _, said = reply(course, question, now)
    assert "doesn't decide your case" in first_line(said)
    assert forum in said
    assert "is due" not in said
