"""Who runs a part of the course named by a role's title (bot.understand.people.role_runs)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.loader import load_course
from bot.course.model import Role
from bot.understand.people.role_runs import role_of_part_named, role_run_asked
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


LAB_ROLE = """
[[role]]
id = "tech"
title = "Computing Lab Technician"
plural = "Computing Lab Technicians"

[[person]]
id = "ada-park"
name = "Ada Park"
role = "tech"
office_hours = [{ weekday = "wednesday", start = 13:00:00, end = 15:00:00, location = "Evans 110" }]
"""
LAB_POLICY = """
[[policy]]
id = "computing-lab"
title = "Computing Lab"
keywords = ["computing lab", "lab printer", "badge access", "printing"]
summary = "Badge access after training; the lab printer takes print credits."
quote = "The computing lab opens with your badge after the safety training. The lab printer takes print credits."
"""


def _stat_with(copy, extras):
    """The second course with each (file, text) added to that file."""
    for name, extra in extras:
        path = copy / name
        path.write_text(path.read_text() + extra)
    return load_course(copy)


@pytest.fixture
def stat_with_lab(second_copy):
    return _stat_with(second_copy, (("staff.toml", LAB_ROLE), ("policies.toml", LAB_POLICY)))


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("who runs the computing lab", "tech"),  # the title's plural holds the job word too ("Technicians")
        ("who do i talk to about the lab printer", "tech"),  # a thing the "Computing Lab" policy names
        ("who should we ask about badge access", "tech"),
        ("whom do i contact about the lab printers", "tech"),  # the plural of the policy's word
        ("who do i talk to about printing", None),  # one everyday word: not enough to name the part of the course
        ("what is the lab printer", None),  # not asked whom to ask
        ("who do i talk to about a regrade", None),  # a policy no role's title names
    ],
)
def test_whom_to_ask_about_a_thing_the_roles_part_of_the_course_holds_is_that_role(stat_with_lab, question, role):
    """ "who do i talk to about the laser cutter": the role whose title names the part of the course whose policy
    names that thing, never a guess from one everyday word."""
    assert role_run_asked(stat_with_lab, question) == role


def test_whom_to_ask_about_such_a_thing_is_answered_with_the_people_and_their_hours(stat_with_lab):
    """The answer names the people in that role with their hours."""
    result, said = reply(stat_with_lab, "who do i talk to about the lab printer", "2024-10-14 10:00")
    assert result.parts[0].intent == "role_runs", said
    assert "Ada Park" in said
    assert "1:00 PM" in said


SAFETY_ROLE = """
[[role]]
id = "safety"
title = "Field Safety Officer"
plural = "Field Safety Officers"

[[person]]
id = "noor-haddad"
name = "Noor Haddad"
role = "safety"
email = "fieldsafety@stat187.example.edu"
"""
SAFETY_WORK = """
[[assignment]]
id = "fieldsafe"
title = "Field Safety Certification (FieldSafe)"
short = "Field safety"
kind = "other"
aliases = ["fieldsafe", "safety certificate", "field safety module"]
release = 2024-08-30
due = 2024-09-20
"""


@pytest.fixture
def stat_with_safety(second_copy):
    return _stat_with(second_copy, (("staff.toml", SAFETY_ROLE), ("assignments.toml", SAFETY_WORK)))


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("is there someone in charge of the fieldsafe thing", "safety"),  # the work's own one-word name
        ("what email should i write to about fieldsafe", "safety"),
        ("who do i ask about my safety certificate not showing up", "safety"),  # its alias of two words
        ("is anybody responsible for the field safety module", "safety"),
        ("the fieldsafe module runs till friday right", None),  # nobody asked for
        ("who do i talk to about safety", None),  # one everyday word of the title names no piece of work
        ("who do i talk to about ps2", None),  # a piece of work no role's title names
    ],
)
def test_whom_to_ask_about_a_piece_of_work_the_roles_title_names_is_that_role(stat_with_safety, question, role):
    """ "who do i talk to about my sona credits" of a "Research Participation Coordinator" running the "Research
    participation (SONA)" work: the role whose title's words the work's title holds, by the work's names."""
    assert role_run_asked(stat_with_safety, question) == role


def test_is_there_someone_in_charge_is_yes_with_the_people_and_their_email(stat_with_safety):
    """Asked whether someone is in charge of it: Yes with the people first, then their email."""
    result, said = reply(stat_with_safety, "is there someone in charge of fieldsafe", "2024-09-10 10:00")
    assert result.parts[0].intent == "role_runs", said
    assert said.splitlines()[2].startswith("Yes: Noor Haddad")
    assert "fieldsafety@stat187.example.edu" in said


def _with_writing_role():
    """CHEM 1310 with a role over a part of the course named in two words."""
    chem = course_in(CHEM)
    role = Role("writing-coord", "Lab Writing Coordinator", "Lab Writing Coordinators")
    return replace(chem, roles=(*chem.roles, role))


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("are there office hours for lab writing", "writing-coord"),
        ("office hours for the lab writing stuff specifically?", "writing-coord"),
        ("are there office hours for the lab", None),  # one word of a part is every lab's
        ("office hours for writing", None),
    ],
)
def test_the_role_over_a_part_named_in_two_words(question, role):
    """ "office hours for the case comp": the role whose title names that part, in two words or more."""
    assert role_of_part_named(_with_writing_role(), question) == role


def test_a_short_form_of_the_course_names_the_part():
    """The course's own short form ("case comp") names the part its title spells out ("Case Competition")."""
    chem = course_in(CHEM)
    role = Role("case-coord", "Case Competition Coordinator", "Case Competition Coordinators")
    course = replace(chem, roles=(*chem.roles, role), synonyms={**chem.synonyms, "case comp": "case competition"})
    assert role_of_part_named(course, "are there office hours for the case comp") == "case-coord"
    assert role_of_part_named(chem, "are there office hours for the case comp") is None
