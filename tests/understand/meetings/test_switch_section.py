"""Going to another section's meeting: the rule on switching, not that day's schedule."""

from __future__ import annotations

import pytest

from bot.understand.meetings.switch_section import procedure_given, section_words, switch_policy, switch_question
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_the_switching_rule_is_found_by_its_keywords(hist):
    assert switch_policy(course_in(CHEM)) == "labs"
    assert switch_policy(hist) == ""  # no rule on switching: the question table reads such questions


@pytest.mark.parametrize(
    "question",
    [
        "could i attend the tuesday evening lab instead of my usual one next week",
        "is it possible to switch to a different lab section for one week",
        "can i swap labs with my friend this week",
    ],
)
def test_a_switch_asked_gets_the_rule(question):
    course = course_in(CHEM)
    result, said = reply(course, question, "2026-03-04 14:00")
    assert [p.slots.get("policy") for p in result.parts] == ["labs"]
    assert "48 hours" in said


@pytest.mark.parametrize(
    "question",
    ["when is my lab this week", "can i go to lab late", "what lab section am i in", "is the other lab harder"],
)
def test_not_a_switch(question):
    assert switch_question(course_in(CHEM), question) is None


def _with_rules(course, *policies):
    from dataclasses import replace

    return replace(course, policies=tuple(p for p in course.policies if p.id != "labs") + policies)


def test_a_rule_whose_page_words_speak_of_switching_is_found_without_a_keyword():
    from bot.course.model import Claim, Policy

    rule = Policy(
        id="tutorials",
        title="Tutorials",
        summary="Attend your own tutorial.",
        quote="You must attend your own tutorial group. Any change of tutorial group goes through the office.",
        claims=(Claim(yes=False, asks=("attend another tutorial group",), evidence="You must attend your own"),),
    )
    course = _with_rules(course_in(CHEM), rule)
    assert switch_policy(course) == "tutorials"
    result, said = reply(course, "can i attend the tuesday lab instead of my own this week", "2026-03-04 14:00")
    assert [p.slots.get("policy") for p in result.parts] == ["tutorials"]
    assert said.splitlines()[2].startswith("No")


def test_of_two_switching_rules_the_one_naming_the_meeting_asked_answers():
    from bot.course.model import Claim, Policy

    streams = Policy(
        id="streams",
        title="Lecture streams",
        summary="You may attend either lecture stream.",
        quote="The two lecture streams cover the same material, so you may attend either stream.",
        keywords=("other stream",),
        claims=(Claim(yes=True, asks=("attend the other lecture stream",), evidence="you may attend either stream"),),
    )
    course = _with_rules(course_in(CHEM), streams, course_in(CHEM).policy("labs"))
    assert switch_policy(course, "can i go to the 11am lecture instead of the 8am one") == "streams"
    assert switch_policy(course, "can i go to the tuesday lab instead of mine") == "labs"
    _result, said = reply(course, "can i go to the 11am lecture instead of the 8am one", "2026-03-04 14:00")
    assert said.splitlines()[2].startswith("Yes")


def test_a_group_changed_in_a_compound_word_or_moved_from_is_a_switch():
    course = course_in(CHEM)
    assert switch_question(course, "how do i switch my labgroup") == "labs"
    assert switch_question(course, "can i move from lab 4 to lab 1") == "labs"


@pytest.mark.parametrize(
    "question",
    [
        "i have a dentist appointment wednesday, could i go to the thursday one instead",  # "instead" at the end
        "can i attend a different lab section just one day",
        "could i join another lab tomorrow",
        "can i go to the other lab section if i miss mine",  # a reason, not a time, after it
        "could i attend another lab when im away on my day",
    ],
)
def test_another_meeting_asked_in_other_words_is_a_switch(question):
    assert switch_question(course_in(CHEM), question) == "labs"


def test_a_rule_found_by_its_claim_on_another_group_and_the_claim_that_says_more_of_the_question_picks_it():
    """No keyword or page sentence on switching: the rules whose claims speak of another group's meeting; of two naming
    the same meeting ("recitation"), the one whose claim holds more of the question's words; a short name ("rec")
    names the kind."""
    from bot.course.model import Claim, Policy

    own = Claim(yes=False, asks=("take the quiz in another recitation",), evidence="You must take each quiz")
    quizzes = Policy("recitation-quizzes", "Recitation quizzes", "A quiz in recitation most weeks.", "", claims=(own,))
    other = Claim(yes=True, asks=("go to the other lecture",), evidence="You may attend the other lecture")
    said = "Lecture attendance is expected; recitation attendance is not graded."
    attending = Policy("attendance", "Attendance", said, "You may attend the other lecture.", claims=(other,))
    course = _with_rules(course_in(CHEM), quizzes, attending)  # chem's "rec" is its recitation
    assert switch_question(course, "can i go to the other lecture section one day") == "attendance"
    assert switch_question(course, "can i take the quiz in a different rec this week") == "recitation-quizzes"


def test_the_courses_word_for_a_section_and_a_claim_before_a_word_of_swapping_partners():
    """ "the other turma's class", where the course calls its sections turmas: another section's meeting, answered by
    the rule whose claim speaks of it, never by a rule whose keywords or prose only swap partners or switch off phones
    (a claim on another group before prose holding a word of switching)."""
    from dataclasses import replace

    from bot.course.model import Claim, Policy

    chem = course_in(CHEM)
    turmas = tuple(replace(s, aliases=(*s.aliases, f"turma {i}")) for i, s in enumerate(chem.sections, 1))
    partners = Policy(
        "partners", "Lab partners", "No swaps of partners.", "Partners are assigned.", keywords=("switch partner",)
    )
    phones = Policy("phones", "Phones", "Switch off your phone in lab.", "Switch off your phone in lab.")
    own = Claim(yes=False, asks=("attend the other section to make up an absence",), evidence="You may not attend")
    attending = Policy("attendance", "Attendance", "Attend your own section.", "You may not attend.", claims=(own,))
    course = replace(
        _with_rules(chem, partners, phones, attending), sections=turmas, synonyms={**chem.synonyms, "turma": "section"}
    )
    assert switch_question(course, "can i go to the other turma's class if i miss mine") == "attendance"
    said = reply(course, "can i go to the other turma's class if i miss mine", "2026-03-04 14:00")[1]
    assert said.splitlines()[2].startswith("No")


@pytest.mark.parametrize(
    ("folder", "words"),
    [("tests/fixtures/courses/hist-210-a24", {"tutorial", "group"}), ("data/stat-187-f24", {"discussion"})],
)
def test_a_courses_words_for_its_sections(folder, words):
    """The words its sections' names share (their ids and numbers left out) name a section."""
    assert words <= section_words(course_in(folder))


@pytest.mark.parametrize(
    "question",
    [
        "can i go to l02 instead of l01 this week",
        "could i attend section 102 instead of 101 on thursday, i have a dentist appointment",
    ],
)
def test_one_section_named_in_place_of_another_is_a_switch_with_the_pages_clause_first(question):
    """ "can i go to d4 instead of d3 this week": the sections by their names; when the rule gives no Yes or No of its
    own and its clause on attending another section gives only the way to arrange it, the student sees Yes on those
    terms, the clause and its condition first."""
    course = course_in(CHEM)
    assert switch_question(course, question) == "labs"
    result, said = reply(course, question, "2026-03-04 14:00")
    clause = "Yes: if you arrange it as the page says: “To switch to another section for one week, get permission"
    assert said.splitlines()[2].startswith(clause)
    assert result.answer.kind == "info"


def test_a_rule_on_attending_another_section_beats_one_on_switching_project_groups_when_sections_are_named():
    """A project-group rule with "switch groups" keywords is not the rule on going to another section's meeting."""
    from bot.course.model import Claim, Policy

    said = {
        "groups": "Project groups of 4 are formed in your section. You cannot change groups after the proposal.",
        "attendance": "Attend your own section; you may attend another section only with both TAs' permission.",
    }
    claim = Claim(yes=False, asks=("switch project groups",), evidence="You cannot change groups")
    extra = {"groups": {"keywords": ("switch groups", "change groups"), "claims": (claim,)}}
    rules = [Policy(pid, pid.title(), quote, quote, **extra.get(pid, {})) for pid, quote in said.items()]
    course = _with_rules(course_in(CHEM), *rules)
    assert switch_policy(course, "can i go to 102 instead of 101 this week") == "attendance"
    assert switch_policy(course, "can we switch groups") == "groups"  # no section named: the keywords' rule


@pytest.mark.parametrize(
    ("clause", "question", "given"),
    [
        ("to switch to another section for one week, get permission from both TAs", "can i go to lab 2 instead", True),
        ("To attend another group's practical, email both TAs first", "can i go to group b's practical", True),
        ("to attend another group, you cannot simply turn up", "can i go to group b's", False),  # a refusal
        ("to switch to another section for one week, get permission", "can i switch permanently", False),  # lasting
        ("you may attend another section only with permission", "can i go to another section", False),  # no "to"
        ("to switch sections, it is not possible after week 2", "can i switch to 1b", False),  # a refusal
        ("to switch, email the TA; this is only allowed in the first two weeks", "can i switch to 1b", False),  # limit
    ],
)
def test_a_clause_giving_only_the_way_to_switch_is_a_yes_on_its_terms(clause, question, given):
    assert procedure_given(clause, question) is given
