"""`[[late.rule]]`: work (by kind and/or id) with a late rule of its own, read and checked by the real loader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from bot.course.template import write_template
from bot.course.unknown import UNKNOWN
from tests.conftest import BUNDLED_COURSES, FIXTURES

CHEM = FIXTURES / "courses" / "chem-1310-s26"
RULE = """
[[late.rule]]
kinds = ["quiz"]
ids = ["prelab1", "prelab2", "prelab3", "prelab4", "prelab5", "prelab6", "prelab7", "prelab8"]
status = "none"
quote = "Pre-labs and quizzes are not accepted late."
"""


def chem_with(tmp_path: Path, rules: str) -> Path:
    """The CHEM folder with its [[late.rule]] tables replaced by `rules`."""
    folder = tmp_path / "chem"
    shutil.copytree(CHEM, folder)
    policies = folder / "policies.toml"
    text = policies.read_text()
    assert RULE.strip() in text
    policies.write_text(text.replace(RULE.strip(), rules.strip()))
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as err:
        load_course(folder)
    return [str(p) for p in err.value.problems]


def test_chem_quizzes_and_prelabs_have_their_own_rule():
    """Quizzes (by kind) and pre-labs (kind lab, by id) are not accepted late; problem sets and lab reports follow
    the general rule; the pool covers neither quizzes nor pre-labs."""
    course = load_course(CHEM)
    for item_id in ("quiz6", "prelab6"):
        item = course.assignment(item_id)
        late = course.late_for(item)
        assert (late.status, late.own_rule, late.quote) == ("none", True, "Pre-labs and quizzes are not accepted late.")
        assert not item.grace_days
    for item_id in ("ps6", "lab5"):
        item = course.assignment(item_id)
        assert course.late_for(item) is course.late
        assert item.grace_days


def test_a_course_without_rules_is_seen_the_same_by_every_assignment():
    """Existing courses do not use the rules: every assignment sees the course itself (answers stay the same)."""
    for folder in BUNDLED_COURSES.values():
        course = load_course(folder)
        assert course.late.rules == ()
        assert all(course.with_late_of(item) is course for item in course.assignments)


def test_an_id_wins_over_a_kind_and_the_rest_is_inherited(tmp_path):
    """A rule by id beats one by kind; a rule with only a penalty keeps the general cutoff and pool."""
    folder = chem_with(
        tmp_path,
        RULE.replace('"prelab8"]', '"prelab8", "ps6"]')
        + """
[[late.rule]]
kinds = ["lab"]
quote = "Once your slip days are used up, late problem sets and lab reports lose 10% per day"
penalty = { steps = [{ rate = 0.25, per = "day" }] }
""",
    )
    # ps6 is named by id in the "none" rule (its kind, homework, is not); labs get their own penalty
    course = load_course(folder)
    assert course.late_for(course.assignment("ps6")).status == "none"
    assert course.late_for(course.assignment("ps5")) is course.late
    lab = course.late_for(course.assignment("lab5"))
    assert lab.status == "rules"
    assert lab.penalty.steps[0].rate == 0.25
    assert lab.cutoff == course.late.cutoff
    assert lab.pool == course.late.pool
    assert course.late_for(course.assignment("prelab6")).status == "none"  # its id beats its kind (lab)


def test_a_rule_where_the_page_is_silent(tmp_path):
    """status = "unknown": the page says the work differs but not how; nothing is computed for it."""
    folder = chem_with(tmp_path, RULE.replace('status = "none"', 'status = "unknown"'))
    late = load_course(folder).late_for(load_course(folder).assignment("quiz6"))
    assert (late.status, late.penalty, late.cutoff) == ("unknown", None, None)


def test_a_rule_of_a_course_without_general_rules_gives_its_own_parts(tmp_path):
    """late status "none" with a rule for some work: the rule must say its penalty and cutoff itself."""
    folder = tmp_path / "t"
    write_template(folder)
    policies = folder / "policies.toml"
    text = policies.read_text()
    general = text[text.index("[late]") : text.index("# Work with a late rule")]
    text = text.replace(general, '[late]\nstatus = "none"\n\n').replace(
        'status = "none"                     # none', 'status = "rules"  # '
    )
    policies.write_text(text)
    assert any("[[late.rule]] #1, field 'penalty': is missing" in p for p in problems_of(folder))
    policies.write_text(
        text.replace('quote = "Quizzes', 'penalty = "none"\ncutoff = { after_days = 1 }\nquote = "Quizzes')
    )
    course = load_course(folder)
    quiz = course.late_for(course.assignment("quiz1"))
    assert (course.late.status, quiz.status, quiz.penalty, quiz.cutoff.hours) == ("none", "rules", None, 24)
    assert course.late_for(course.assignment("hw1")).status == "none"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (RULE.replace('["quiz"]', '["quizz"]'), "field 'kinds': unknown assignment kind 'quizz'"),
        (RULE.replace('["quiz"]', '["project"]'), "field 'kinds': no assignment has kind 'project'"),
        (RULE.replace('"prelab1"', '"prelab9"'), "field 'ids': no assignment with id 'prelab9'"),
        (RULE.replace('kinds = ["quiz"]\nids = [', "ids = ["), None),  # ids alone are fine
        (RULE.replace('kinds = ["quiz"]\n', "").replace("ids = [", "xids = ["), "say which work the rule is for"),
        (RULE + RULE, "'quiz' already has a rule"),
        (RULE.replace('status = "none"', 'status = "later"'), "field 'status'"),
        (
            RULE.replace('status = "none"', 'status = "none"\npenalty = "none"'),
            "a rule with status 'none' has no penalty",
        ),
        (
            RULE.replace('quote = "Pre-labs and quizzes are', 'quote = "Quizzes may be'),
            "field 'quote': is not quoted from a policy's quote",
        ),
        (RULE.replace('quote = "Pre-labs and quizzes are not accepted late."\n', ""), "field 'quote'"),
        (RULE.replace('["quiz"]', '["quiz", "homework"]'), "covers_kinds names 'homework'"),
        (RULE.replace("ids = [", "typo = 1\nids = ["), "field 'typo': unknown field"),
        (
            RULE.replace(
                'status = "none"', 'status = "rules"\npenalty = { steps = [{ up_to_days = 1, penalty = 0.5 }] }'
            ),
            "the last step ends",
        ),
    ],
)
def test_check_refuses_a_rule_it_cannot_follow(tmp_path, rules, message):
    """`coursebot check` names the rule and the field, with what is wrong, for every rule it cannot follow."""
    folder = chem_with(tmp_path, rules)
    if message is None:
        load_course(folder)
        return
    found = problems_of(folder)
    assert any("[[late.rule]]" in p and message in p for p in found), found


def test_the_template_documents_and_uses_a_rule(tmp_path):
    """`new-course`'s template has a quiz that is not accepted late, and shows a kind with its own penalty."""
    write_template(tmp_path / "t")
    text = (tmp_path / "t" / "policies.toml").read_text()
    assert "[[late.rule]]" in text
    assert '# kinds = ["project"]' in text
    course = load_course(tmp_path / "t")
    assert course.late_for(course.assignment("quiz1")).status == "none"
    assert course.late_for(course.assignment("hw1")).penalty is not UNKNOWN
