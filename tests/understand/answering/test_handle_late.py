"""Late work answered (bot.understand.answering.handle_late): penalties by their unit, what-ifs at a moment or on a day,
the credit kept, the pool and regrades; a name several sections' work shares gets each one's outcome."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.render_text import answer_text
from bot.core.timefmt import parse_now
from bot.understand.answering.asked import Asked
from bot.understand.answering.handle_late import extension
from bot.understand.engine import read_question
from tests.conftest import local
from tests.understand.conftest import course_in, first_line, reply


@pytest.mark.parametrize(
    ("course_name", "question", "word"),
    [
        ("geo", "is there a penalty per hour", "No"),
        ("geo", "is the late penalty counted per day", "Yes"),
        ("stat", "is there a penalty per hour", "Yes"),
        ("stat", "is late work penalized daily", "No"),
    ],
)
def test_the_late_penalty_unit_comes_from_the_policy_steps(geo, stat, course_name, question, word):
    course = {"geo": geo, "stat": stat}[course_name]
    _, said = reply(course, question, "2025-03-26 10:00" if course is geo else "2024-11-01 18:00")
    assert first_line(said).startswith(word), said


def test_fixed_steps_are_not_a_rate(course):
    _, said = reply(course, "is there a penalty per hour", "2024-03-08 20:00")
    assert first_line(said).startswith("No")
    assert "fixed steps" in said


def test_a_bare_weekday_before_the_due_date_is_taken_after_it_and_said(course):
    _, said = reply(course, "if i turn in hw4a saturday at 1am how many grace days", "2024-03-08 20:00")
    assert "Sat Mar 16" in said
    assert "after the due date" in said


def test_regrades_asked_where_are_the_regrade_rules_read_in_a_sentence(geo):
    _, said = reply(geo, "where do i submit regrade requests", "2025-03-26 10:00")
    assert "by email to the lecturer" in said
    assert "on by" not in said
    assert "ISIS" not in said


@pytest.mark.parametrize(
    ("question", "first"),
    [("do we lose points daily", "Yes"), ("are points deducted per hour", "No"), ("is the late penalty hourly", "No")],
)
def test_losing_points_by_the_day_is_a_late_rule(geo, question, first):
    result, said = reply(geo, question, "2025-03-26 10:00")
    assert result.parts[0].intent == "late_rules"
    assert first_line(said).startswith(first)


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        ("data/stat-187-f24", "i submitted ps2 5 min late, did that burn a late day", "2024-10-09T10:00", "No:"),
        ("data/10-605-s24", "i submitted hw2 5 min late, did that burn a grace day", "2024-02-16T10:00", "Yes:"),
        ("data/10-605-s24", "can I use 3 late days on one hw", "2024-02-12T10:00", "No:"),
        ("data/stat-187-f24", "how many late days can I use", "2024-10-09T10:00", "This course has no pool"),
        ("data/stat-187-f24", "is ps6 still due at 5 pm pacific after the clocks change", "2024-10-09T10:00", "Yes:"),
        # whether it is penalised, docked or marked down that late: Yes when it costs, No when a pool covers it
        ("data/stat-187-f24", "will ps3 get docked if it goes in 20 minutes late", "2024-10-09T10:00", "Yes:"),
        ("data/stat-187-f24", "is ps4 penalized if it's 10 min late", "2024-10-09T10:00", "Yes:"),
        ("data/10-605-s24", "will hw5 be penalised if i upload it 15 min late", "2024-03-04T10:00", "No:"),
        # whether there is a grace period at all, on a course with none: No, and what the lateness costs instead
        ("data/stat-187-f24", "is there a grace period if my ps3 upload is 5 min late", "2024-10-09T10:00", "No:"),
        # a pool asked in two names is still a yes or no; a pool or something else is a choice
        ("data/stat-187-f24", "are there slip days or late tokens", "2024-10-09T10:00", "No: this course has no pool"),
        ("data/stat-187-f24", "do we get late days or extensions", "2024-10-09T10:00", "This course has no pool"),
        ("data/10-605-s24", "do we get any late days or grace days", "2024-02-12T10:00", "Yes: 4 grace days"),
        # late work penalised, by the verb in either spelling: the page's penalty
        ("data/stat-187-f24", "is late work penalised", "2024-10-09T10:00", "Yes: there is a late penalty"),
        ("data/stat-187-f24", "are late submissions penalized", "2024-10-09T10:00", "Yes: there is a late penalty"),
    ],
)
def test_first_line(folder, question, now, first) -> None:
    """Yes/No (or the missing pool) comes first."""
    _, said = reply(course_in(folder), question, now)
    body = [line for line in said.splitlines()[2:] if line.strip()]
    assert body[0].replace("**", "").startswith(first)


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        # 10-605: with no grace days left, up to 24 h late loses 50%, later gets no credit.
        ("data/10-605-s24", "no more late days left, hw5 is 30 hours late, any credit?", "2024-04-02T15:30", "No"),
        ("data/10-605-s24", "hw5 is 1 hour late, do i still get points", "2024-04-02T15:30", "Yes"),
        # STAT 187: 2% per started hour up to 48 h, then not accepted.
        ("data/stat-187-f24", "ps7 5 hours late, any credit", "2024-11-20T17:15", "Yes"),
        ("data/stat-187-f24", "will i get any points if ps7 is 60 hours late", "2024-11-20T17:15", "No"),
    ],
)
def test_any_credit_is_answered_on_the_credit_kept(folder, question, now, first):
    """ "any credit?" is whether anything of the score is kept, not whether the work is graded."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith(f"{first}:"), said


def test_a_clock_time_with_no_day_is_on_the_due_day(second_course):
    now = local(second_course, "2024-10-14 10:00")
    _, whole = reply(second_course, "how many points do i lose if i turn in ps4 at 9pm instead of 5", now)
    assert "Fri Oct 18, 9:00 PM PDT" in whole
    assert "8% penalty" in whole


def _shared(course):
    """Two pieces of work sharing a name word, each for one section."""
    by_section = [a for a in course.assignments if len(a.sections) == 1]
    return next((a, b) for a in by_section for b in by_section if a.kind == b.kind and a.sections != b.sections)


def test_each_section_s_work_is_answered_and_no_verdict_when_they_differ(geo):
    first, second = _shared(geo)
    now = parse_now("2025-05-10T10:00", geo.tz)
    between = first.due + (second.due - first.due) / 2  # late for one, on time for the other
    asked = f"if i submit the field log on {between:%B %d} at {between:%H:%M} is it late"
    result = read_question(geo, asked, now)
    shown = answer_text(result.answer, geo.tz, now)
    assert first.title in shown
    assert second.title in shown
    assert not shown.splitlines()[2].startswith(("Yes", "No"))


def test_a_section_given_takes_its_own_work(geo):
    first, _ = _shared(geo)
    now = parse_now("2025-05-10T10:00", geo.tz)
    result = read_question(geo, "if i submit the field log at 7pm wednesday is it late", now, section=first.sections[0])
    shown = answer_text(result.answer, geo.tz, now)
    assert first.title in shown
    assert shown.splitlines()[2].startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "question",
    [
        "if i submit the written part on time and the code 20 min late is the whole pset late",
        "my code for ps7 went in 10 minutes late but the written part was on time, does that count as late",
        "i submitted written on time but the code 5 min late does that count as late",
    ],
)
def test_a_late_part_makes_the_whole_work_late_when_the_latest_part_counts(stat, question):
    result, shown = reply(stat, question, "2024-11-20T17:15")
    assert [p["intent"] for p in result.as_json()["parts"]] == ["late_whatif"]
    verdict = next(line for line in shown.splitlines()[2:] if line.strip())
    assert verdict.startswith("Yes:")
    assert "latest part" in verdict


def test_each_part_on_its_own_says_no_to_the_whole_work_late(stat):
    """A course whose data counts each part on its own: only the late part is late."""
    course = dataclasses.replace(stat, late=dataclasses.replace(stat.late, measure="each-part"))
    _, shown = reply(
        course,
        "if i submit the written part on time and the code 20 min late is the whole pset late",
        "2024-11-20T17:15",
    )
    verdict = next(line for line in shown.splitlines()[2:] if line.strip())
    assert verdict.startswith("No:")
    assert "on its own" in verdict


def test_the_datas_own_part_names_are_read_as_parts(geo):
    """ "the data on time but the poster 3 hours late": GEO's project parts, in its own words."""
    result, shown = reply(
        geo,
        "if i upload the data for the mass-balance project on time but the poster 3 hours late, is the whole project "
        "late?",
        "2025-05-08T09:30",
    )
    assert [p["intent"] for p in result.as_json()["parts"]] == ["late_whatif"]
    assert "Yes:" in shown


def test_marks_lost_on_a_hand_in_day_is_a_what_if_not_a_regrade(hist):
    result, _ = reply(hist, "if i hand in essay 2 on a saturday how many marks will i lose", "2024-10-23T13:00")
    assert [p.intent for p in result.parts] != ["regrade"]


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("what if the code part is late but written is on time", "Lateness counts from the latest", "info"),
        ("do regrades go through prairielearn", "Yes:", "info"),
    ],
)
def test_late_parts_and_regrades_asked_as_yes_no(second_course, question, said, kind):
    """Lateness of parts counted from the latest, a regrade's place asked as a Yes or No."""
    result, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown
    assert result.answer.kind == kind


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("do i lose points for submitting a minute late", "Yes: 2% penalty."),
    ],
)
def test_what_a_minute_late_costs(second_course, question, said):
    """What lateness costs, asked as a Yes or No."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown).startswith(said), shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("can i use more than 2 grace days on hw4 part b", "No: at most 2 grace days on one assignment."),
        ("can i use 2 grace days on hw3", "Yes: at most 2 grace days on one assignment."),
        # "my" pool spent on one named piece of work is that work's cap, not the asker's private tally
        ("can i use both my grace days on hw3", "Yes: at most 2 grace days on one assignment."),
        ("could i put all my grace days on hw5", "No: at most 2 grace days on one assignment."),
        ("have i used a grace day on hw2", "Your own tally is private"),
    ],
)
def test_the_pools_cap_on_one_assignment(course, question, said):
    """The late pool's cap on one assignment."""
    _, shown = reply(course, question, "2024-02-19 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("if ps4 is 30 minutes late what's my score out of 100", "98% credit"),
    ],
)
def test_the_score_kept_after_lateness(second_course, question, said):
    """A score after lateness."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("do i have to ask to use grace days", "No: grace days are used automatically.", "info"),
        ("is late work accepted", "Yes:", "info"),
        ("what is the penalty for 10 hours late", "Taking HW3, the next one due, as the example:", "info"),
    ],
)
def test_how_the_late_pool_and_late_work_are_used(course, question, said, kind):
    """Whether grace days must be asked for, whether late work is taken, a penalty with no work named."""
    result, shown = reply(course, question, "2024-02-19 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


def test_an_extension_asked_with_ones_own_reason_is_the_rule_not_a_yes_or_no(stat):
    """ "since i have three midterms that week": the page grants extensions only for documented emergencies or DSP
    accommodations; it does not decide this case, so the answer says so and gives the rule, never a bare No."""
    _, said = reply(stat, "could i get an extension on ps7 since my sister is getting married", "2024-11-01T15:30")
    assert first_line(said).startswith("The course page doesn't decide your case")
    assert "documented emergencies" in said


@pytest.mark.parametrize(
    ("folder", "question", "now", "said", "absent"),
    [
        (
            "tests/fixtures/courses/chem-1310-s26",
            "what happens if my lab report is a day late",
            "2026-03-04T14:00",
            "Taking Lab Report 5",
            "Q6",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "how late can a quiz be",
            "2026-03-04T14:00",
            "The latest it is accepted: Fri Mar 6, 5:00 PM CST",
            "slip days left",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "can i turn in a lab report late",
            "2026-03-04T14:00",
            "Yes: late, until Thu Mar 12",
            "Lab attendance",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "is there a limit on slip days per assignment",
            "2026-03-04T14:00",
            "Yes: at most 2 slip days on one assignment",
            "Which do you mean",
        ),
        ("data/stat-187-f24", "how late can a problem set be", "2024-11-01T15:30", "Taking PS5", "Which do you mean"),
        (
            "tests/fixtures/courses/hist-210-a24",
            "what if an essay is 2 days late",
            "2024-10-23T13:00",
            "Taking Essay 1",
            "Proposal",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "how many slip days would ps6 a day and a half late cost",
            "2026-03-04T14:00",
            "It would use 2 slip days",
            "With no slip days left",
        ),
    ],
)
def test_a_kind_of_work_named_takes_its_next_item_and_rule(folder, question, now, said, absent):
    """A kind named generically: that kind's next item is the example and its rule decides; a cap asked is the cap."""
    _, text_ = reply(course_in(folder), question, now)
    assert said in text_.replace("**", ""), text_
    assert absent not in text_, text_


def test_lateness_on_each_sections_work_counts_from_its_own_deadline(geo):
    """ "the field log is a day late": a day after Nord's deadline for Nord's log and after Süd's for Süd's."""
    _, said = reply(geo, "what if the field log is a day late", "2025-04-16 10:00")
    assert "you'd submit Wed May 14, 6:00 PM CEST" in said
    assert "you'd submit Fri May 16, 6:00 PM CEST" in said
    assert "That is on time" not in said


@pytest.mark.parametrize(
    ("question", "word", "said_too"),
    [
        ("i forgot about hw5, can i still hand it in sunday night", "No", "The last time it is accepted is"),
        ("my laptop broke so could i submit hw5 thursday at noon", "Yes", ""),
    ],
)
def test_can_i_submit_it_then_amid_a_story_gets_a_yes_or_no(course, question, word, said_too):
    """A what-if asked as "can i (still) submit it <then>", whatever story surrounds it, opens with a Yes or No
    from the late rule; a No says the last moment the work is still accepted."""
    _, said = reply(course, question, "2024-04-01 10:00")  # HW5 is due Wed Apr 3
    assert first_line(said).startswith(word), said
    assert said_too in first_line(said), said


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("can i get an extension on the homework", "Extensions"),  # the policy only shares "deadlines": the rule
        ("can i get an extension as a disability accommodation", "accommodations"),  # named by its keyword: kept
    ],
)
def test_an_extension_asked_in_general_gets_the_extension_rule_not_a_policy_that_never_says_extension(
    course, question, title
):
    """A policy read for an extension question that never speaks of extensions, and that the question does not
    name, gives way to the course's own extension rule."""
    asked = Asked(course, local(course, "2024-03-04 10:00"), None, None, None, False, question)
    answer = extension(asked, {"assignments": (), "policy": "accommodations"})
    assert title.lower() in answer.title.lower(), answer


@pytest.mark.parametrize(
    ("story", "opens"),
    [
        ("can i get an extension on hw5 cuz of the robotics competition, im on the team", "**No**"),
        ("can i get an extension on hw5 because of the hackathon", "**No**"),
        ("can i get an extension on hw5 because im sick with the flu", "The course page doesn't decide"),
    ],
)
def test_a_reason_the_only_medical_grounds_rule_does_not_cover_is_a_no(course, story, opens):
    """Where the course extends deadlines only on medical grounds, a reason that is not about health gets that rule's
    No; a health reason is for the staff to judge, so the page does not decide it."""
    rule = "Deadlines are extended only on medical grounds, with a doctor's note. Email the instructor."
    medical = dataclasses.replace(course, extensions=dataclasses.replace(course.extensions, summary=rule))
    asked = Asked(medical, local(course, "2024-04-01 10:00"), None, None, None, True, "can i get an extension on hw5")
    answer = extension(dataclasses.replace(asked, story=story), {"assignments": ("hw5",)})
    assert answer_text(answer, course.tz, asked.now).splitlines()[2].startswith(opens.replace("**", "")), answer


def test_a_due_day_told_is_not_the_hand_in_day(stat):
    """'ps4 is due friday, if i submit it saturday morning': the Saturday after the deadline, not Friday."""
    result, said = reply(stat, "ps4 is due friday, if i submit it saturday morning what happens", "2024-10-14 13:30")
    assert [p.intent for p in result.parts] == ["late_whatif"]
    assert "you'd submit Sat Oct 19" in said


def test_an_academic_concession_is_asked_of_the_extension_rules(stat, hist):
    """What some universities call a request for missed work excused is the extension rules; a bare "concession" is
    that only where the course's extension rules use the word (elsewhere it may be a discount)."""
    result, said = reply(stat, "who do i contact about an academic concession", "2024-10-14 13:30")
    assert [p.intent for p in result.parts] == ["extension"]
    assert "stat187-staff@pcsu.example.edu" in said
    rules = dataclasses.replace(stat.extensions, summary="Submit an academic concession request within 48 hours.")
    conceded = dataclasses.replace(stat, extensions=rules)
    result, _ = reply(conceded, "who handles concessions", "2024-10-14 13:30")
    assert [p.intent for p in result.parts] == ["extension"]
    result, _ = reply(stat, "who handles concessions", "2024-10-14 13:30")
    assert "extension" not in [p.intent for p in result.parts]
    result, _ = reply(hist, "do students with a concession card get cheaper printing", "2024-10-23 13:00")
    assert "extension" not in [p.intent for p in result.parts]


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        # the penalty taken as the condition: whether the work is accepted then at all
        ("data/stat-187-f24", "can i submit ps4 3 days late if i accept the penalty", "2024-10-09T10:00", "No:"),
        ("data/stat-187-f24", "could i upload ps4 10 hours late with the deduction", "2024-10-09T10:00", "Yes:"),
        ("data/10-605-s24", "can i submit hw5 4 days late if i accept the penalty", "2024-04-01T10:00", "No:"),
        ("data/10-605-s24", "can i turn hw5 in 2 days late if i accept losing points", "2024-04-01T10:00", "Yes:"),
        # asked to cost nothing: Yes only when on time or covered, No when it costs or is refused
        ("data/stat-187-f24", "can we hand in ps4 one day late without losing points", "2024-10-09T10:00", "No:"),
        ("data/10-605-s24", "can i hand in hw5 1 day late without a penalty", "2024-04-01T10:00", "Yes:"),
        ("data/10-605-s24", "can i hand in hw5 4 days late without a penalty", "2024-04-01T10:00", "No:"),
    ],
)
def test_can_i_submit_late_with_or_without_the_penalty(folder, question, now, first):
    """ "can i hand it in N days late if i take the penalty" is Yes or No on its being accepted; "without a penalty"
    on its being accepted at no cost; never Yes to a submission the course refuses."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith(first), said


@pytest.mark.parametrize(
    ("folder", "question", "now", "said"),
    [
        (
            "tests/fixtures/courses/chem-1310-s26",
            "is there a max number of days late for lab reports",
            "2026-03-04T14:00",
            "3 days",
        ),
        (
            "data/stat-187-f24",
            "is there a maximum amount of hours late for problem sets",
            "2024-10-09T10:00",
            "48 hours",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "is there a cut off for late lab reports",
            "2026-03-04T14:00",
            "3 days",
        ),
        ("data/stat-187-f24", "any cutoff for late problem sets", "2024-10-09T10:00", "48 hours"),
        ("data/10-605-s24", "is there a cutoff for late homework", "2024-02-12T10:00", "2 days"),
    ],
)
def test_a_cutoff_asked_is_yes_with_its_limit(folder, question, now, said):
    """ "is there a max number of days late": Yes with the rule's cutoff, the counted thing asked (not "number")."""
    _, text_ = reply(course_in(folder), question, now)
    assert first_line(text_).startswith(f"Yes: the limit is {said} late"), text_


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        ("tests/fixtures/courses/chem-1310-s26", "can i make up lab report 3", "2026-03-04 14:00", "No: late work was"),
        ("tests/fixtures/courses/chem-1310-s26", "can i make up lab report 3", "2026-02-17 09:00", "Yes: late, until"),
        ("data/stat-187-f24", "could i make up ps3", "2024-10-16 08:00", "No: late work was"),
    ],
)
def test_can_i_after_the_last_late_moment_is_no(folder, question, now, first):
    """ "Can I make up X" once X's late window is gone: No with when it closed, never "Yes: late, until" a past day."""
    said = reply(course_in(folder), question, now)[1]
    assert first_line(said).startswith(first), said


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("hw3 is due wednesday, if i hand it in thursday night will i lose points? havent used any grace days", "No"),
        ("if i submit hw3 thursday night will i lose any marks, i have not used a grace day yet", "No"),
        ("if i submit hw3 thursday night will it use a grace day", "Yes"),  # the pool asked of
    ],
)
def test_losing_points_with_unused_grace_days_told_asks_the_cost(course, question, first):
    """ "will i lose points" is whether it costs marks, and "haven't used any grace days" is told, not asked: a late
    hand-in the pool covers is No, never Yes because it uses grace days."""
    result, said = reply(course, question, "2024-02-12 10:00")
    assert result.parts[0].intent == "late_whatif", said
    assert first_line(said).startswith(first)
    assert "covered by grace days" in first_line(said)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is there a deadline to complain about my hw2 grade", "Yes: 7 days"),
        ("is there any time limit for regrade requests", "Yes: 7 days"),
        ("is there a time limit to dispute my exam 1 score", "The 7-day regrade window"),  # for homework only
    ],
)
def test_whether_a_regrade_window_exists_is_yes_with_its_days(course, question, first):
    """ "is there a deadline to ask for a regrade": Yes with the window the page gives, never for work outside it."""
    result, said = reply(course, question, "2024-02-12 10:00")
    assert result.parts[0].intent == "regrade", said
    assert first_line(said).startswith(first)


# "A too or only B" on 10-605 (grace days for homework, not the mini-project): the verdict on A, and why.
TOO_OR_ONLY = {
    "do grace days work for the mini project too or only hw5": "No: grace days do not apply to Mini-project",
    "can i use grace days on hw5 or only on the mini project": "Yes: grace days apply to HW5",
}


def test_a_too_or_only_b_asks_of_a(course):
    """ "do flex days work for the draft too or only the final": Yes or No on the item named first."""
    for question, first in TOO_OR_ONLY.items():
        _, said = reply(course, question, "2024-02-12 10:00")
        assert first_line(said).startswith(first), said


# Asked Fri Feb 23, HW3 due Wed Feb 21 at 11:59 PM: the Yes or No the outcome gives, and a fact of it
TOLD_AFTER_THE_WHAT_IF = {
    "hw3 three days late still accepted?": ("No", "more than 2 days late"),
    "hw3 one hour late, still accepted?": ("Yes", "grace days"),
    "we turned in hw3 thursday at 3am is that late": ("Yes", "Thu Feb 22, 3:00 AM"),
    "i handed hw3 in at 9pm wednesday, was that late": ("No", "on time"),
}


@pytest.mark.parametrize(("question", "verdict"), TOLD_AFTER_THE_WHAT_IF.items())
def test_a_yes_no_told_after_the_what_if_gets_its_verdict(course, question, verdict):
    """'... still accepted?', '..., is that late' after the what-if is asked: Yes or No first, from the outcome."""
    result, said = reply(course, question, "2024-02-23 10:00")
    first, fact = verdict
    assert (result.parts[0].intent, first_line(said).split(":")[0]) == ("late_whatif", first), said
    assert fact in said


def test_the_penalty_once_the_pool_is_gone_is_the_late_rule():
    """ "what is the penalty once my slip days are used up": the late rule past the pool (its rate), not a pointer
    to the asker's own private tally."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, said = reply(chem, "what is the penalty once my slip days are used up", "2026-03-04 14:00")
    assert [p.intent for p in result.parts] == ["late_rules"], said
    assert "10% per day" in said, said


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("if i submit it a day late using my comodín is there a penalty", "is there a penalty"),
        ("if i hand it in late with a grace day, will i lose points", "will i lose points"),
        ("did that use a grace day", "did that use a grace day"),  # no case told: the whole question
    ],
)
def test_what_is_asked_after_the_case_told(question, asked):
    """Spending the pool told in the case ("using my comodín") is not what a penalty question asks."""
    from bot.understand.answering.handle_late import _asked_part

    assert _asked_part(question) == asked


def test_whether_there_is_a_pool_opens_with_one_verdict(stat):
    """ "do we get any late days or grace days" on a course with none, whose late policy also says so in a claim: one
    No, not the pool's No and the claim's No one above the other."""
    from bot.course.model import Claim

    none = Claim(False, ("grace days", "late days"), "There are no late passes or grace days.")
    policies = tuple(
        dataclasses.replace(p, claims=(*p.claims, none)) if p.id == "late-work" else p for p in stat.policies
    )
    course = dataclasses.replace(stat, policies=policies)
    _, said = reply(course, "do we get any late days or grace days", "2024-10-10 10:00")
    verdicts = [line for line in said.splitlines() if line.startswith(("Yes", "No"))]
    assert verdicts == ["No: this course has no pool of late days."], said


def test_a_no_opens_the_regrade_card_only_when_it_names_the_kind_asked(geo):
    """ "can i get the reading quiz regraded" where the page's window is for other work: a No whose words name
    quizzes opens the card; a No or Yes about other work does not (the window's line comes first, unsettled)."""
    from bot.core.answer import Answer, text
    from bot.understand.answering.handle_late import _no_for_their_kind

    slots = {"assignments": ("quiz",)}

    def card(first: str) -> Answer:
        return Answer(title="Regrade requests", lines=(text(first), text("the rule")))

    assert _no_for_their_kind(geo, slots, card("**No**: “Reading quizzes are graded automatically and not regraded”"))
    assert not _no_for_their_kind(geo, slots, card("**No**: “Demo scores are final and are not regraded”"))
    assert not _no_for_their_kind(geo, slots, card("**Yes**: “Submit the form within 7 days, quizzes included”"))
    assert not _no_for_their_kind(geo, {"assignments": ()}, card("**No**: “Quizzes are not regraded”"))
