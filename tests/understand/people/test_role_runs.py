"""Who runs a part of the course named by a role's title (bot.understand.people.role_runs)."""

from __future__ import annotations

from bot.understand.people.role_runs import role_run_asked
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_who_runs_the_thing_a_role_title_names_is_that_role():
    chem = course_in(CHEM)
    assert role_run_asked(chem, "who runs the lab") == "lab-coordinator"
    assert role_run_asked(chem, "who's in charge of the labs") is None  # "labs" is not the title's word
    assert role_run_asked(chem, "who is the lab coordinator") is None  # no word of running: the staff reading
    assert role_run_asked(course_in("data/stat-187-f24"), "who runs the course") is None  # not only a coordinator


def test_asked_in_a_sentence_the_answer_is_the_people_in_that_role():
    chem = course_in(CHEM)
    result, said = reply(chem, "who runs the lab and how do i contact them", "2026-02-10 10:00")
    assert result.parts[0].intent == "role_runs", said
    lab = [p for p in chem.people if p.role == "lab-coordinator"]
    assert lab
    assert all(p.name in said for p in lab)
