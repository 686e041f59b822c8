"""The one Yes/No decision: each check alone on a folded question and a candidate answer, the order they run in,
and what the student sees when a verdict is withheld."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.course.loader import load_course
from bot.understand.answering.replies import verdict
from bot.understand.yes_no import WITHHELD, decide, fold
from bot.understand.yes_no.decision import (
    WITHHOLD,
    asks_another_thing,
    candidate,
    case_not_named,
    case_only_covered,
    condition_not_covered,
    kind_not_told,
    names_other,
    provided_not_named,
    purpose_not_covered,
    second_half_not_covered,
    thing_not_named,
    turned_by_a_word,
)
from bot.understand.yes_no.page_claims import claims_for
from tests.conftest import SECOND_DATA


@pytest.fixture(scope="module")
def claims(course):
    return claims_for(course)


@pytest.fixture(scope="module")
def stat_claims():
    return claims_for(load_course(SECOND_DATA))


def _said(yes: bool, reason: str, title: str = "Rule", *more: str) -> Answer:
    return verdict(Answer(title=title, lines=tuple(text(m) for m in more)), yes, reason)


def test_the_order_of_the_checks_is_written_once():
    """Every check is named in WITHHOLD, in order, and each name has a reason staff can read in --json."""
    names = [name for name, _ in WITHHOLD]
    assert names[:2] == ["asks_amount", "negated"]
    assert len(set(names)) == len(names)
    assert set(names) | {"page_silent", "disagrees"} == set(WITHHELD)
    assert all(WITHHELD[name] for name in WITHHELD)


@pytest.mark.parametrize(
    ("question", "reason", "withheld"),
    [
        # a case the rule does not speak of, added to what it does
        ("can i take the exam early if i have a job interview", "“we will not offer the exam early for travel”", True),
        (
            "can i take the exam early if i booked a flight",
            "“we will not offer the exam early; travel: plan a flight”",
            False,
        ),
        # the case is the question itself: "is it fine if ..."
        ("is it ok if two of us hand in one solution", "“You must solve the homework on your own”", False),
        # a what-if's premise is what its answer is computed from
        ("if i submit hw3 at 2am is it late", "“nothing is accepted late”", False),
    ],
)
def test_a_condition_the_reason_does_not_cover(claims, question, reason, withheld):
    """A quoted rule answers the question's case only when it speaks of it."""
    assert condition_not_covered(fold(question), candidate(_said(False, reason), claims)) is withheld


def test_a_computed_reason_is_not_read_for_the_case(claims):
    """Only the page's quoted words are read for what they cover; a computed Yes is left to its handler."""
    said = _said(True, "HW3 is due Wed Feb 21.")
    assert not condition_not_covered(fold("is hw3 due wednesday if i am in 10-405"), candidate(said, claims))


@pytest.mark.parametrize(
    ("question", "withheld"),
    [
        ("can i sit in on lectures unofficially and receive the homework", True),
        ("can i sit in on lectures unofficially and attend in person", False),
        ("can my friend and i sit in on lectures", False),  # the "and" joins who asks: the first half is not covered
    ],
)
def test_a_second_half_the_reason_does_not_cover(claims, question, withheld):
    """ "X and Y" answered by a rule on X alone gets no plain Yes or No."""
    said = _said(True, "“Unofficially attending the lectures in person is welcome”")
    assert second_half_not_covered(fold(question), candidate(said, claims)) is withheld


@pytest.mark.parametrize(
    ("shown", "withheld"),
    [
        ("AI may be used for editing only, and every use must be disclosed in an appendix to the report.", False),
        ("AI may be used for editing only.", True),
    ],
)
def test_a_second_half_the_reason_s_own_sentence_covers(claims, shown, withheld):
    """ "can we use ai for editing and do we have to declare it": the rest of the reason's sentence ("every use must
    be disclosed") speaks to the second half."""
    said = _said(True, "“AI may be used for editing only”", "Rule", shown)
    question = fold("can we use ai for editing the report and do we have to declare it")
    assert second_half_not_covered(question, candidate(said, claims)) is withheld


@pytest.mark.parametrize(
    ("question", "reason", "withheld"),
    [
        ("are lectures recorded and where do i find them", "“Lectures are recorded and posted on Panopto.”", False),
        ("are the talks recorded and where are they", "“Talks are recorded and uploaded to the Media Library.”", False),
        ("are lectures recorded and where do i find them", "“Lectures are recorded.”", True),  # no place named
        ("are lectures recorded and who edits them", "“Lectures are recorded and posted on Panopto.”", True),
    ],
)
def test_a_second_half_asking_where_is_covered_by_a_place_the_reason_names(claims, question, reason, withheld):
    """ "... and where do i find them" answered by a reason naming the place ("posted on Panopto")."""
    assert second_half_not_covered(fold(question), candidate(_said(True, reason), claims)) is withheld


@pytest.mark.parametrize(
    ("question", "withheld"),
    [
        ("can 405 students do the mini project for bonus marks", True),
        ("can 405 students do the mini project for hw3", False),  # a course thing after "for" is what is asked of
        ("are 405 students required to do the mini project for this class", False),
    ],
)
def test_a_purpose_the_reason_does_not_cover(claims, question, withheld):
    said = _said(False, "“10-605 students will perform a mini-project, while 10-405 students will not.”")
    assert purpose_not_covered(fold(question), candidate(said, claims)) is withheld


def test_a_rule_about_other_work_does_not_answer_for_a_named_thing(stat_claims):
    """A quoted rule on problem sets does not answer for the project; on problem sets it does."""
    said = _said(False, "“you must write up your own solutions”", "Collaboration")
    assert names_other(fold("can our project team turn in a single report"), candidate(said, stat_claims))
    assert not names_other(fold("can my study group turn in one writeup for ps3"), candidate(said, stat_claims))


def test_an_exam_answered_with_another_things_rules(claims):
    """A computed Yes whose answer never speaks of the exam asked about is about something else; an exam that
    only dates the question ("the wednesday after exam 1") is not what is asked."""
    said = _said(True, "covered by grace days.", "What if I submit then?", "Taking HW3, the next one due:")
    assert names_other(fold("can i write exam 1 a day late"), candidate(said, claims))
    day = _said(False, "no lecture on Wed Feb 28.", "Schedule for Wed Feb 28")
    assert not names_other(fold("is there lecture the wednesday after exam 1"), candidate(day, claims))


@pytest.mark.parametrize(
    ("question", "reason", "title", "withheld"),
    [
        ("is there a 1c midterm makeup form", "Midterm: for 1C.", "Midterm", True),
        ("is there a conflict form for the midterm", "Midterm has an exam conflict form.", "Midterm", False),
        ("is there a ps 7", "the course has PS7.", "Problem Set 7", False),
        ("is there clas on monday", "Hashing (Mon Feb 12).", "Schedule for Mon Feb 12", False),
        ("is there a section on friday at 1pm", "it starts at 1:00 PM.", "Sections on Fri", False),
        # a limit asked in other words ("a max", "a cap") is the limit the page states
        ("is there a max on how late work can be", "the limit is 3 days late.", "Late submissions", False),
        ("is there a cap on late days", "at most 2 days late; after that cutoff, work is not accepted.", "Late", False),
        ("is there a max on how late work can be", "late days apply to HW3.", "Late submissions", True),
        # the thing typed with a letter left out is the title's own word
        ("is there a required textbok for this corse", "“Required textbook: Smith”", "Textbook and materials", False),
        ("is there a required workbok", "“Required textbook: Smith”", "Textbook and materials", True),
    ],
)
def test_a_yes_to_whether_a_thing_exists_must_name_it(stat_claims, question, reason, title, withheld):
    said = _said(True, reason, title)
    assert asks_another_thing(fold(question), candidate(said, stat_claims)) is withheld


def test_leaving_out_what_the_rule_asks(claims):
    said = _said(True, "“You may use AI tools for analysis code if you declare it”")
    assert turned_by_a_word(fold("can i use ai for my code and skip the declaration"), candidate(said, claims))
    assert not turned_by_a_word(fold("can i use ai for my code"), candidate(said, claims))
    assert turned_by_a_word(fold("can i use ai for my code and leave out the declaration"), candidate(said, claims))
    # "leave" alone is departing, not leaving something out
    assert not turned_by_a_word(fold("can i use ai for my code, we leave that morning"), candidate(said, claims))


def test_instead_is_spoken_of_by_a_rule_on_changing_or_ones_own():
    """ "can i go to group 2's lab instead of mine" of "attend your own group's lab; changing group ...": the rule
    speaks of taking another one, so its No stands; a rule that says nothing of it does not decide it."""
    own = _said(False, "“You must attend the lab of your own lab group; changing lab group needs approval”")
    assert not turned_by_a_word(fold("can i go to group 2's lab instead of mine"), candidate(own, claims))
    plain = _said(True, "“Lab attendance is required”")
    assert turned_by_a_word(fold("can i go to group 2's lab instead of mine"), candidate(plain, claims))


def test_decide_gives_the_verdict_or_withholds_it_with_the_reason(claims):
    """The verdict given is the handler's; a withheld one leaves the course's words, noted once, kind unknown."""
    said = _said(True, "“Unofficially attending the lectures in person is welcome”", "Auditing", "The rule.")
    plain, given = decide(
        "can i sit in on lectures", said, claims, intent="policy", yes_no=True, unexplained=(), where="ask on Piazza"
    )
    assert plain is said
    assert given.yes is True
    assert given.withheld == ""
    out, withheld = decide(
        "can i sit in on lectures and get the homework",
        said,
        claims,
        intent="policy",
        yes_no=True,
        unexplained=(),
        where="ask on Piazza",
    )
    shown = ["".join(s for s in line if isinstance(s, str)) for line in out.lines]
    assert withheld.yes is None
    assert withheld.withheld == "second_half_not_covered"
    assert out.kind == "unknown"
    assert not any(s.startswith(("**Yes**", "**No**")) for s in shown)
    assert "ask on Piazza" in shown[0]
    assert "Unofficially attending" in shown[0]


def test_a_negated_question_loses_every_plain_yes_or_no_but_keeps_the_reason(claims):
    """ "are there no slip days": each Yes or No goes, each reason stays; asked plainly, both stay."""
    card = Answer(title="Late work", lines=(text("No pool of late days."),))
    plain = verdict(verdict(card, False, "“There are no slip days”"), False, "this course has no pool of late days.")
    kw = {"intent": "late_rules", "yes_no": True, "unexplained": (), "where": "ask on Ed"}
    turned, why = decide("are there no slip days", plain, claims, **kw)
    shown = ["".join(s for s in line if isinstance(s, str)) for line in turned.lines]
    assert why.withheld == "negated"
    assert not any(s.startswith(("**Yes**", "**No**")) for s in shown)
    assert "“There are no slip days”" in shown[1]
    assert "no plain Yes or No" in shown[0]
    assert decide("are there slip days", plain, claims, **kw)[0] == plain


def test_a_card_the_page_is_silent_on_is_said_unknown(claims):
    """No candidate verdict, a may-I question with a word the card lacks: "the page doesn't say" first."""
    card = Answer(title="Discussion 1A", lines=(text("Discussion section: Wed 9:00 AM · Halvorsen Hall 70."),))
    out, why = decide(
        "can i switch from 1a to 1b",
        card,
        claims,
        intent="section",
        yes_no=True,
        unexplained=("switch",),
        where="ask on Ed",
    )
    assert why.withheld == "page_silent"
    assert out.kind == "unknown"


def test_ask_json_shows_the_verdict_and_why_it_was_withheld(course):
    """`coursebot ask --json`: each part's verdict, and the check that withheld it with its reason."""
    from bot.understand.engine import read_question
    from tests.conftest import at

    given = read_question(course, "is there a conflict form for exam 2", at("2024-02-20 12:00")).as_json()["parts"][0]
    assert given["verdict"] == "yes"
    assert given["withheld"] == ""
    asked = "can i audit unofficially and get the homework"
    held = read_question(course, asked, at("2024-02-20 12:00")).as_json()["parts"][0]
    assert held["verdict"] is None
    assert held["withheld"] == "second_half_not_covered"
    assert "not to what is asked after it" in held["withheld_why"]


def test_a_count_the_page_does_not_give_withholds_the_verdict():
    """ "can i bring two pages of notes" of "one page of notes is allowed": no Yes."""
    from bot.understand.yes_no.decision import _counts

    assert _counts("can i bring 2 index cards") == {"2"}
    assert _counts("one double-sided page of notes (both sides)") == {"1", "both"}
    assert _counts("can i take exam 2 early") == set()  # "exam 2" names one exam


def test_a_count_of_another_number_withholds(claims):
    """ "can i bring two calculators" of "one page of notes is allowed": another thing's count settles nothing."""
    from bot.understand.yes_no.decision import count_not_covered

    allowed = candidate(_said(True, "“One page of notes is allowed”"), claims)
    assert count_not_covered(fold("can i bring two calculators"), allowed)
    assert not count_not_covered(fold("can i bring one page of notes"), allowed)
    assert not count_not_covered(fold("can i bring a page of notes"), allowed)
    _, said = decide(
        "can i bring two calculators",
        _said(True, "“One page of notes is allowed”"),
        claims,
        intent="course_fact",
        yes_no=True,
        unexplained=(),
        where="ask on Piazza",
    )
    assert said.withheld == "count_not_covered"


@pytest.mark.parametrize(
    ("question", "reason", "yes"),
    [
        ("can i bring two pages of notes", "“One double-sided page of notes is allowed”", False),
        (
            "can i bring 2 index cards",
            "“you may bring one 3x5 inch index card of handwritten notes”",
            False,
        ),
        ("can i use 3 slip days on one lab", "“At most 3 slip days on one assignment”", True),
    ],
)
def test_a_count_allowed_caps_the_count_asked(claims, question, reason, yes):
    """ "you may bring one index card" allows one, as "at most 1" would: two is a No, whatever the candidate said."""
    answer, said = decide(
        question, _said(True, reason), claims, intent="course_fact", yes_no=True, unexplained=(), where="ask"
    )
    assert said.yes is yes
    assert answer.lines[0][0].startswith("**Yes**" if yes else "**No**")


def test_a_bound_on_the_count_decides_on_its_own(claims):
    from bot.understand.yes_no.decision import count_not_covered

    bound = candidate(_said(False, "“You may not use more than 2 grace days on any single assignment”"), claims)
    assert not count_not_covered(fold("can i use 3 grace days on one assignment"), bound)


def test_a_claims_evidence_shown_with_a_full_stop_is_still_that_claim():
    """ "Grades are not curved" in the data, shown as "“Grades are not curved.”": the claim's phrasings ("lab grades
    curved") say what it is about, so "are lab grades curved" is not answered by a rule about something else."""
    import dataclasses

    from bot.course.model import Claim, Policy
    from tests.understand.conftest import course_in

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    claim = Claim(yes=False, asks=("lab grades curved",), evidence="Grades are not curved")
    rule = Policy("curving", "Curving", "", "Grades are not curved, but cutoffs may be lowered.", claims=(claim,))
    claims = claims_for(dataclasses.replace(chem, policies=(*chem.policies, rule)))
    said = _said(False, "“Grades are not curved.”", "Grading")
    assert not names_other(fold("are lab grades curved"), candidate(said, claims))


@pytest.mark.parametrize(
    ("question", "reason", "shown", "withheld"),
    [
        # the reason is cut from a sentence that speaks of the case: the rule covers it
        (
            "do i need to say if i used chatgpt for my analysis code",
            "“must be declared”",
            "AI tools may be used for code, but must be declared; not for the field logs.",
            False,
        ),
        (
            "do i have to mention it if i used an llm on my essay draft",
            "“has to be acknowledged”",
            "Using an LLM on an essay draft is allowed but has to be acknowledged.",
            False,
        ),
        # the sentence it is cut from speaks of something else: the case is still not covered
        (
            "do i need to say if i used chatgpt for my analysis code",
            "“must be declared”",
            "Outside sources must be declared.",
            True,
        ),
    ],
)
def test_a_reason_covers_the_case_its_own_sentence_speaks_of(stat_claims, question, reason, shown, withheld):
    """A declaration rule's "must be declared" covers every use its sentence names ("if i used ai for my code")."""
    said = _said(True, reason, "Rule", shown)
    assert condition_not_covered(fold(question), candidate(said, stat_claims)) is withheld


@pytest.mark.parametrize(
    ("question", "reason", "withheld"),
    [
        ("do we need a hairnet in lab", "“Lab attendance is required.”", True),
        ("do i have to bring goggles to lab", "“Goggles are required in every lab.”", False),
        ("do we need our own helmets for the field trip", "“helmets are provided”", False),
        ("do i need to attend lab", "“Lab attendance is required.”", False),  # a duty to do, not a thing needed
        ("do i need the textbok", "“The required textbook is Tro, 6th edition”", False),  # a slip names it still
        ("do i need a textbok", "“Lab attendance is required.”", True),
    ],
)
def test_a_thing_asked_to_be_needed_that_the_answer_never_names(claims, question, reason, withheld):
    """ "do we need a hairnet" answered by "lab attendance is required": no Yes about a hairnet."""
    assert thing_not_named(fold(question), candidate(_said(True, reason), claims)) is withheld


@pytest.mark.parametrize(
    ("question", "reason", "withheld"),
    [
        ("are lab notebooks provided in lab", "“Lab attendance is required.”", True),
        ("do they provide wetsuits for the field trip", "“Both field trips are compulsory”", True),
        ("are helmets provided on the field trip", "“helmets are provided”", False),
        ("will goggles be supplied", "“Goggles are provided in every lab.”", False),
    ],
)
def test_a_thing_asked_to_be_provided_that_the_answer_never_names(claims, question, reason, withheld):
    """ "are lab notebooks provided" answered by "lab attendance is required": no Yes about a notebook."""
    assert provided_not_named(fold(question), candidate(_said(True, reason), claims)) is withheld


@pytest.mark.parametrize(
    ("question", "reason", "withheld"),
    [
        # the case told is named by the reason: the rule lists it
        ("i have a visa appointment on friday, is that an excused absence", "“visa appointments are excused”", False),
        # a rule for absences in general names no such case
        ("my cousin's wedding is next week, is that excused", "“Documented official absences are excused”", True),
        ("my band has a gig, does that count as a valid reason", "“only documented emergencies”", True),
        # no case told before the question: nothing to list
        ("are absences excused", "“Documented official absences are excused”", False),
    ],
)
def test_a_case_told_must_be_named_by_the_rule_that_counts_it(claims, question, reason, withheld):
    """ "<a case>, is that excused / a valid reason": a Yes or No only from a rule whose words name the case."""
    assert case_not_named(fold(question), candidate(_said(True, reason), claims)) is withheld


@pytest.mark.parametrize(
    ("question", "said", "withheld"),
    [
        # the page requires the very thing left out: its No stands
        ("can i use the saw without doing the training", (False, "“You must complete safety training first”"), False),
        ("can i skip the declaration", (False, "“AI use is allowed only if you declare it”"), False),
        # a Yes, or a No that never names what is left out, does not settle leaving it out
        ("can i use the saw without doing the training", (True, "“You may use the saw in the workshop”"), True),
        ("can i use the saw without a helmet", (False, "“You must complete safety training first”"), True),
        ("can i use the saw without doing the training", (False, "“The saw is not available to students”"), True),
        ("can i submit without a partner", (False, "“You must not submit with a partner”"), True),  # a turned rule
    ],
)
def test_a_no_requiring_what_is_left_out_stands(claims, question, said, withheld):
    """ "can i use the saw without the training" answered No by "you must complete the training": the page requires
    what the question leaves out; a Yes, or a rule that does not name it, is withheld."""
    assert turned_by_a_word(fold(question), candidate(_said(*said), claims)) is withheld


@pytest.mark.parametrize(
    ("question", "withheld"),
    [
        ("do i need a doctors note for an extension", False),
        ("do i need a doctors note for an extnesion", False),  # a slip of the plural title's stem still names it
        ("do i need a doctors note for a regrade", True),
        ("do i need a doctors note for an extnsion", False),
    ],
)
def test_a_purpose_named_by_the_answers_title_is_covered(claims, question, withheld):
    """ "a doctor's note for an extension" answered under the title "Extensions": the purpose is what it is about."""
    said = verdict(Answer(title="Extensions"), False, "“no doctor's note is required”")
    assert purpose_not_covered(fold(question), candidate(said, claims)) is withheld


@pytest.mark.parametrize(
    ("reason", "title", "line", "held"),
    [
        ("“bring a scientific calculator”", "Exams", "Closed book.", {"calculator", "exam", "book"}),
        ("“lab coats are provided”", "Lab rules", "Goggles too", {"coat", "lab", "goggl"}),
    ],
)
def test_what_an_answer_shows_is_read_once_for_every_check(claims, reason, title, line, held):
    """The reasons and everything the answer shows, as the thing-named checks read them, are read once a candidate."""
    c = candidate(_said(True, reason, title, line), claims)
    stems, said = c.shown
    assert held <= stems
    assert all(part in said for part in (reason, title, line))
    assert c.shown is c.shown


@pytest.mark.parametrize(
    ("question", "withheld"),
    [
        ("do i need my student id for the exm", False),  # the title's "exam" with a letter left out
        ("do i need my student id for the exam", False),
        ("do i need my student id for the gym", True),  # another thing: a purpose the rule does not cover
    ],
)
def test_a_short_title_word_typed_with_a_letter_left_out_is_covered(claims, question, withheld):
    """ "for the exm" answered under the title "Written exam": the purpose is the exam the answer is about."""
    said = verdict(Answer(title="Written exam"), True, "“Bring your student ID card.”")
    assert purpose_not_covered(fold(question), candidate(said, claims)) is withheld


@pytest.mark.parametrize(
    ("question", "reason", "yes"),
    [
        ("is an index card mandatory", "“you may bring one index card”", False),
        ("do i have to use a calculator", "“Calculators may be used”", False),
        ("can i bring an index card", "“you may bring one index card”", True),  # may-I: allowed is Yes
        ("do i have to go to lab", "“Lab attendance is required”", True),
        ("do i need the 8th edition or is the 7th ok", "“older editions are fine”", True),  # a may-I beside it
    ],
)
def test_a_yes_resting_on_what_is_allowed_is_a_no_to_must(claims, question, reason, yes):
    """A must-I question answered Yes by a sentence that only allows is told No: it is allowed, not required."""
    said = _said(True, reason, "Rule", "The rule.")
    out, given = decide(question, said, claims, intent="policy", yes_no=True, unexplained=(), where="ask on Piazza")
    first = "".join(s for s in out.lines[0] if isinstance(s, str))
    assert given.yes is yes
    assert first.startswith("**No**: it is allowed, not required: “") is (not yes)


@pytest.mark.parametrize(
    ("question", "yes", "opens"),
    [
        ("can we have six members in our team", False, "No"),  # a claim's Yes turned: six is outside 4 or 5
        ("can we have six members in our team", True, "No"),
        ("can our team have 5 people", False, "Yes"),
        ("is a group of four ok", True, "Yes"),
    ],
)
def test_a_count_asked_is_decided_by_the_rule_s_range(claims, question, yes, opens):
    """ "Teams have 4 or 5 members": a count outside the range is a No, one inside a Yes, whatever the candidate."""
    said = _said(yes, "“Teams have 4 or 5 members, all from the same section”")
    answer, found = decide(question, said, claims, intent="policy", yes_no=True, unexplained=(), where="ask")
    assert found.yes is (opens == "Yes")
    first = answer.lines[0][0]
    assert isinstance(first, str)
    assert first.startswith(f"**{opens}**"), first


def test_a_wider_bound_on_a_mark_withholds(claims):
    """ "under 8" of "below 5/20 fails": marks from 5 to 8 do not fail, so no plain Yes; "under 4" is inside it."""
    from bot.understand.yes_no.decision import mark_bound_not_covered

    rule = candidate(_said(True, "“below 5/20 in the final oral fails the course”"), claims)
    assert mark_bound_not_covered(fold("if i get under 8 in the oral do i fail"), rule)
    assert not mark_bound_not_covered(fold("if i get under 4 in the oral do i fail"), rule)


@pytest.mark.parametrize(
    ("question", "reason", "withheld"),
    [
        # the rule speaks of the student's case, not of what they ask in it
        ("can i see the exams if i audit unofficially", "“Unofficial auditing is welcome”", True),
        ("if im auditing unofficially do i get access to the exams", "“Unofficial auditing is welcome”", True),
        # the rule speaks of what is asked too
        (
            "if i audit unofficially can i come to lectures",
            "“Unofficial auditing (attending lectures) is welcome”",
            False,
        ),
        ("can i see the exams if i audit", "“Auditors get no access to the exams”", False),
        # no case told
        ("can i audit unofficially", "“Unofficial auditing is welcome”", False),
    ],
)
def test_a_reason_about_the_case_only(claims, question, reason, withheld):
    """A quoted rule on the case the student tells ("if i audit") does not answer what they ask in it."""
    assert case_only_covered(fold(question), candidate(_said(True, reason), claims)) is withheld


@pytest.mark.parametrize(
    ("question", "reason", "withheld"),
    [
        # the rule is said of auditors; the student says nothing of being one
        ("do we get access to course materials", "“unofficial auditors get no access to course materials”", True),
        ("can i see the homework", "“Auditors will not be given access to the homework”", True),
        # the student names the kind, or tells being one
        ("do auditors get the homework", "“Auditors will not be given access to the homework”", False),
        ("if i audit can i see the homework", "“Auditors will not be given access to the homework”", False),
        ("as a 405 student do i do the project", "“10-405 students do not do the project”", False),
        # another kind named than the rule's
        ("do 605 students do the project", "“10-405 students do not do the project”", True),
        # every student
        ("can i see the homework", "“All students get the homework on Gradescope”", False),
    ],
)
def test_a_rule_for_one_kind_of_student(claims, question, reason, withheld):
    """A quoted rule whose subject is one kind of student decides only for a student who names that kind."""
    assert kind_not_told(fold(question), candidate(_said(False, reason), claims)) is withheld


def test_an_answer_with_no_yes_or_no_to_check_is_decided_without_folding_the_question(claims):
    """An open question's card (no Yes or No, no may-I asked of it) comes back as it was, the question never folded:
    the decision runs on every part, and folding is for the checks of a Yes or No."""
    card = Answer(title="Discussion 1A", lines=(text("Discussion section: Wed 9:00 AM · Halvorsen Hall 70."),))
    question = "where is discussion 1a held on wednesdays, the room please"
    before = fold.cache_info().misses
    out, why = decide(
        question, card, claims, intent="section", yes_no=False, unexplained=("please",), where="ask on Ed"
    )
    assert out is card
    assert why.yes is None
    assert why.withheld == ""
    assert fold.cache_info().misses == before
    _, why = decide(
        "can i switch from 1a to 1b", card, claims, intent="section", yes_no=True, unexplained=("switch",), where="x"
    )
    assert why.withheld == "page_silent"  # read when a may-I is asked of the card


def test_another_against_the_same_is_no_count(claims):
    """ "can my partner be from another lab section" of "both partners must be in the same lab section": "another"
    says which section, not how many, so the rule's No stands."""
    from bot.understand.yes_no.decision import count_not_covered

    same = candidate(_said(False, "“Both partners must be in the same lab section”"), claims)
    assert not count_not_covered(fold("can my partner be from another lab section"), same)
    within = candidate(_said(False, "“Pairs of two or three are formed within your tutorial group”"), claims)
    assert not count_not_covered(fold("can my pair include someone from another tutorial group"), within)
    extra = candidate(_said(True, "“Both sides of one sheet may be used”"), claims)
    assert count_not_covered(fold("can i bring another sheet"), extra)
