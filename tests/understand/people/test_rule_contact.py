"""Who handles a request the rule sends to a role: that role's people for the section (bot.understand.people
.rule_contact)."""

from __future__ import annotations

import pytest

from bot.understand.people.rule_contact import rule_contacts, rule_roles
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def _plain(lines) -> list[str]:
    return ["".join(str(part) for part in line) for line in lines]


@pytest.mark.parametrize(
    ("section", "shown", "hidden"),
    [
        ("102", ["For section 102: Tomás Echeverría"], ["Hannah Lindqvist"]),
        (None, ["Hannah Lindqvist", "Tomás Echeverría", "Jun-seo Park"], []),
    ],
)
def test_a_sectioned_role_is_the_sections_own_person(section, shown, hidden) -> None:
    """ "Email your lab TA": the section's TA, or each section's when none is known."""
    said = " ".join(_plain(rule_contacts(course_in(CHEM), "Email your lab TA about lab matters.", section)))
    for name in shown:
        assert name in said, said
    for name in hidden:
        assert name not in said, said


def test_a_rule_naming_no_role_names_no_one() -> None:
    """A rule naming no role of the course sends to no one the page names."""
    assert rule_contacts(course_in(CHEM), "Write to the registrar.", "102") == []
    assert rule_roles(course_in(CHEM), "Email your lab TA and Dr. Okafor.") == ["ta"]


@pytest.mark.parametrize(
    ("folder", "now", "question", "shown"),
    [
        ("data/10-605-s24", "2024-02-12 10:00", "who do i email about an extension", ["Jacob Rast", "Steph"]),
        ("tests/fixtures/courses/hist-210-a24", "2024-10-01 10:00", "who do i ask for an extension", ["Miriam Osei"]),
    ],
)
def test_who_to_ask_for_an_extension_names_the_people_of_the_rules_role(folder, now, question, shown) -> None:
    """ "who do i ask for an extension": the people of the role the extension rule names, before the rule."""
    said = reply(course_in(folder), question, now)[1]
    assert [name for name in shown if name not in said] == [], said
