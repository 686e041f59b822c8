"""Claims matched by meaning: the action and its object, turned the same way, with little beyond the claim."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench.scaled_course import scaled
from bot.course.model import Claim, Course, Policy
from bot.understand.page_evidence.knowledge import stem
from bot.understand.question.per_question import one_question
from bot.understand.words.normalize import phrase_key
from bot.understand.yes_no.page_claims import (
    _ACTION,
    _MINOR,
    ClaimIndex,
    _as_asked,
    _named,
    claims_for,
    outcome_unnamed,
)
from tests.conftest import at
from tests.understand.conftest import typed_questions


def _index(*claims: tuple[str, Claim]) -> ClaimIndex:
    """An index over claims of made-up policies on a real course value."""
    from bot.course.loader import load_course
    from tests.conftest import SECOND_DATA

    course = load_course(SECOND_DATA)
    policies = tuple(Policy(pid, pid, "", "", claims=(c,)) for pid, c in claims)
    return ClaimIndex(Course(**{**course.__dict__, "policies": policies}))


EARLY = Claim(False, ("take the exam early", "move the exam for travel"), "we will not offer the exam early")
IN_CLASS = Claim(True, ("exam during class", "exam in the normal class slot"), "The exams will be given during class.")
MINI_NO = Claim(False, ("405 mini project",), "605 students do a mini-project, 405 students do not")
MINI_YES = Claim(True, ("605 mini project",), "605 students do a mini-project, 405 students do not")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i take the exam early", False),
        ("could i take exam 1 early i already booked a flight home", False),
        ("is the exam in the normal class slot", True),
        ("is the midterm exam during class?", True),
        ("is the exam outside class time", None),  # "outside" turns it
        ("can i not take the exam early", None),
        ("can i take the exam early if my grandmother is sick", None),  # a condition the claim does not name
        ("can i take the exam late", None),  # "early" is not in it
        ("is the exam in the normal class room", None),  # the room is another question
        ("is the exam during class and also can my dog and cat and parrot come watch", None),  # too much beyond
    ],
)
def test_questions_match_claims_by_meaning(question, yes):
    """Every key word of a phrasing, the same turns, at most three words beyond the claim."""
    found = _index(("exams", EARLY), ("exams", IN_CLASS)).match(question)
    assert (found.claim.yes if found else None) == yes


TEAMS = Claim(False, ("choose my own project team",), "Project teams are assigned by the instructor.")


@pytest.mark.parametrize("question", ["can we pick our own project teams", "can i select my own project team"])
def test_pick_and_select_are_choosing(question):
    """ "pick our own teams" asks what a claim says as "choose my own team"."""
    found = _index(("teams", TEAMS)).match(question)
    assert found is not None
    assert found.claim.yes is False


NAILS = Claim(
    False, ("gel nails", "wear nail polish"), "Nails must be short, with no nail polish, gel or acrylic nails."
)
OTHER_GROUP = Claim(False, ("go to a different lab group",), "You must attend the lab of your own lab group.")


def test_a_course_thing_after_to_is_where_not_an_action():
    """ "can i wear gel nails to sim lab": "to sim lab" names where (a course thing), not another action to do."""
    from dataclasses import replace

    from bot.course.loader import load_course
    from bot.course.meetings import MeetingKind
    from tests.conftest import SECOND_DATA

    base = load_course(SECOND_DATA)
    course = replace(
        base,
        policies=(
            Policy("uniform", "uniform", "", f"Wear the uniform to every lab. {NAILS.evidence}", claims=(NAILS,)),
        ),
        meeting_kinds=(*base.meeting_kinds, MeetingKind("sim", "sim lab", "sim labs")),
    )
    found = ClaimIndex(course).match("can i wear gel nails to sim lab")
    assert found is not None
    assert found.claim.yes is False
    assert ClaimIndex(course).match("can i wear gel nails to paint") is None  # another action


def test_instead_asks_what_another_or_different_does():
    """ "instead of mine" turns a question as "another" or "different" does: the same claim."""
    index = _index(("labs", OTHER_GROUP))
    assert index.match("can i go to group 2's lab group instead of mine").claim.yes is False
    assert index.match("can i go to my lab group") is None  # not turned: another question


LAB_REQUIRED = Claim(True, ("have to go to lab",), "Lab attendance is required.")
JOINT_REPORT = Claim(False, ("write the lab report together",), "the written report is your own")


def test_a_one_word_phrasing_is_never_asked_by_the_story_alone():
    """ "i'm bringing coffee into the lab, it's ok right?": the story names the lab, but the question does not ask
    whether one has to go; a phrasing of several key words may take them from the story."""
    index = _index(("labs", LAB_REQUIRED), ("collaboration", JOINT_REPORT))
    assert index.match("it's ok right?", story="i'm bringing coffee into the lab") is None
    assert index.match("do i have to go to lab") is not None
    found = index.match("is that fine", story="me and my partner wrote the lab report together")
    assert found is not None
    assert found.claim.yes is False  # "wrote" is "write" told in the past


def test_claims_that_disagree_give_no_answer():
    """ "do 405 and 605 both do the mini project": one claim says no, the other yes: no Yes or No."""
    index = _index(("sections", MINI_NO), ("sections", MINI_YES))
    assert index.match("do 405 and 605 both do the mini project") is None
    assert index.match("do 405 students do the mini project").claim.yes is False
    assert index.match("do 605 students do a mini project").claim.yes is True


def test_within_keeps_to_one_policy():
    """A policy's answer uses only its own claims."""
    index = _index(("exams", EARLY), ("travel", IN_CLASS))
    assert index.match("can i take the exam early", within="travel") is None
    assert index.match("can i take the exam early", within="exams").policy == "exams"


@pytest.mark.parametrize(
    ("question", "prefer", "within"),
    [
        ("can i take the exam early", None, None),
        ("can i take the exam early", None, "travel"),
        ("can i take the exam early", None, "exams"),
        ("can i take the exam early", "travel", None),
        ("is the exam during class", "travel", None),
        ("is the exam during class", None, "exams"),
        ("do 405 students do the mini project", None, "sections"),
        ("do 405 and 605 both do the mini project", None, "sections"),
    ],
)
def test_one_question_matches_each_text_once_whichever_policy_is_picked(question, prefer, within):
    """While one question is answered, a text's claims are matched once; each reader's policy is picked from them
    as a match of its own would, and nothing is kept after the question."""
    index = _index(("exams", EARLY), ("travel", IN_CLASS), ("sections", MINI_NO), ("sections", MINI_YES))
    alone = index.match(question, prefer, within=within)
    matched = []
    matching = index._matching
    index._matching = lambda *args: matched.append(args) or matching(*args)  # type: ignore[method-assign]
    with one_question():
        assert index.match(question) == index.match(question)  # the engine's, the handler's
        assert index.match(question, prefer, within=within) == alone
    assert len(matched) == 1
    index.match(question)
    assert len(matched) == 2  # answered: nothing kept for the next question


def test_index_is_built_once_per_course(course):
    """The keys are computed when the course's engine is built, and kept."""
    assert claims_for(course) is claims_for(course)
    assert claims_for(course).keys


@pytest.mark.parametrize(
    ("question", "policy", "yes"),
    [
        ("can our study group hand in one writeup", "collaboration", False),
        ("can i just sit in on lectures without enrolling", "audit", True),
        ("do 405 students get the same homeworks", "sections", True),
        ("is the exam in the normal class slot", "exams", True),
        ("can i take exam 1 early i already booked a flight home", "exams", False),
        ("my roommate took this last year, can he help me with hw3", "previously-used-assignments", False),
    ],
)
def test_engine_answers_yes_or_no_from_claims(course, question, policy, yes):
    """The engine reads these as the claim's policy (or the exam) and opens with its Yes or No."""
    from bot.core.render_text import answer_text
    from bot.understand.engine import read_question

    now = at("2024-02-12 10:00")
    result = read_question(course, question, now)
    assert result.parts[0].intent in ("policy", "exam")
    if result.parts[0].intent == "policy":
        assert result.parts[0].slots["policy"] == policy
    assert answer_text(result.answer, course.tz, now).splitlines()[2].startswith("Yes" if yes else "No")


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("can i take the exam early", True),
        ("i have a wedding that weekend, can i take the midterm early", True),
        ("when is the exam", False),
        ("what can i bring", False),
        ("  I have a Wedding that weekend,   CAN i take the midterm early  ", True),
    ],
)
def test_a_yes_no_question_after_its_context(question, yes_no):
    """The yes/no question may come after the context, past a comma."""
    from bot.understand.yes_no.folded import asks_yes_no, fold

    assert asks_yes_no(question) is yes_no
    assert fold(question).yes_no is yes_no  # the fold the decision reads says the same


# A rule the page gives for one thing, asked of another thing of the course.
ALONE = "You must solve the homework assignments on your own."
HOMEWORK_ALONE = Claim(False, ("hand in one writeup as a group", "submit as a team"), ALONE)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can my project partner and i hand in one writeup as a group for hw3", False),  # hw3 is homework
        ("can we submit as a team", False),
        ("can we submit as a team for the mini project", None),  # the page's words are about homework
        ("can my mini project group hand in one writeup as a group", None),
    ],
)
def test_a_claim_decides_only_for_the_things_its_page_words_cover(question, yes):
    found = claims_for(load_first()).match(question)
    if yes is None:
        assert found is None or found.claim.evidence != HOMEWORK_ALONE.evidence
    else:
        assert found is not None
        assert found.claim.yes is yes


def load_first() -> Course:
    from bot.course.loader import load_course
    from tests.conftest import BUNDLED_DATA

    course = load_course(BUNDLED_DATA)
    policies = (Policy("together", "together", "", "", claims=(HOMEWORK_ALONE,)),)
    return Course(**{**course.__dict__, "policies": policies})


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("can i discuss the midterm with other students", True),  # an exam, not a problem set
        ("can i discuss exam 1 with classmates", True),
        ("can i discuss hw3 with other students", False),  # homework: the page speaks of it
        ("can i ask about exam 1 with other students", False),  # the exam is only what is asked about
        ("can i discuss the problems with other students", False),  # names no course thing
    ],
)
def test_names_other_tells_a_thing_the_rule_does_not_speak_of(question, other):
    index = claims_for(load_first())
    assert index.names_other(question, ("You may discuss the homework with other students",)) is other


WRITE_NO = Claim(False, ("use ai to write the essay", "ai for the essay"), "You may not use AI to write an essay.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i use ai to write the essay", False),
        ("can i use ai to help me write the essay", False),  # a helping verb: the action is still writing
        ("can i use ai to brainstorm for the essay", None),  # another action than the claim's
        ("can i use ai to research for the essay", None),
    ],
)
def test_a_claim_decides_only_the_action_it_names(question, yes):
    found = _index(("ai", WRITE_NO)).match(question)
    assert (found.claim.yes if found else None) is yes


def _scanned_objects(index: ClaimIndex, asked: tuple[str, ...]) -> list:
    """The scan the object index replaced: every object whose first stem the question has, in order."""
    return [
        (words, cover)
        for first in dict.fromkeys(asked)
        for words, cover in index._objects
        if words[0] == first
        if _named(asked, words)
    ]


@pytest.mark.parametrize("folder", ["10-605-s24", "stat-187-f24"])
def test_named_objects_looked_up_by_whole_names_are_those_the_scan_found(course, stat, folder):
    real = course if folder == "10-605-s24" else stat
    index = ClaimIndex(scaled(real, 3))
    for question in (*typed_questions(folder), "hw 4 hw4 hw", "exam exam 1 the exam", ""):
        asked = tuple(stem(t) for t in phrase_key(question) if t not in _MINOR)
        assert index._named_objects(asked) == _scanned_objects(index, asked), question


def test_alike_claims_of_several_policies_are_each_found():
    claim = Claim(evidence="Late homework is not accepted.", yes=False, asks=("can i submit homework late",))
    index = _index(("late-a", claim), ("late-b", claim))
    assert index.match("can i submit my homework late").policy == "late-a"
    assert index.match("can i submit my homework late", prefer="late-b").policy == "late-b"
    assert index.match("can i submit my homework late", within="late-b").policy == "late-b"


def test_stems_of_texts_are_those_of_their_words(course):
    index = claims_for(course)
    texts = ("Homework is due at 11:59 pm.", "Exams are closed book.")
    for _ in range(2):  # built, then kept
        assert index._stems_of(texts) == frozenset(stem(t) for text_ in texts for t in phrase_key(text_))


@pytest.mark.parametrize(
    ("question", "matched"),
    [
        ("can me and my roommate turn in one writeup", "no"),
        ("can my friend and i hand in one writeup for ps6", "no"),
        ("can both of us submit one writeup", "no"),
        ("can i turn in one writeup", None),  # one student alone: not a group writeup
    ],
)
def test_two_students_asking_as_one_ask_to_do_it_together(question, matched):
    from bot.course.loader import load_course
    from tests.conftest import SECOND_DATA

    found = claims_for(load_course(SECOND_DATA)).match(question)
    assert (None if found is None else ("yes" if found.claim.yes else "no")) == matched


def test_a_one_word_phrasing_is_not_matched_when_the_question_names_another_policys_subject():
    """ "can i have chatgpt write my lab discussion" of "have to go to lab" (one key word, "lab"): the question names
    the AI rule's subject, which the lab rule never speaks of; "do i have to go to lab" still matches."""
    from bot.course.loader import load_course
    from tests.conftest import SECOND_DATA

    course = load_course(SECOND_DATA)
    labs = Policy(
        "labs",
        "Labs",
        "Lab attendance is required.",
        "Lab attendance is required.",
        ("lab attendance",),
        claims=(Claim(True, ("lab attendance required", "have to go to lab"), "Lab attendance is required."),),
    )
    ai = Policy("ai", "Generative AI", "No AI.", "You may not use AI.", ("ai", "chatgpt"))
    index = ClaimIndex(Course(**{**course.__dict__, "policies": (labs, ai)}))
    assert index.match("do i have to go to lab") is not None
    assert index.match("can i have chatgpt write my lab discussion") is None


RECORDED = Claim(
    True, ("lectures recorded", "lectures on the video site"), "Lectures are recorded, except the guest talk"
)
GUEST_NOT = Claim(False, ("guest talk recorded", "guest talk on the video site"), "except the guest talk")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("are lectures recorded", True),
        ("is the guest talk recorded", False),  # the exception's phrasing holds the general one's words and more
        ("is the guest talk going to be up on the video site too", False),  # "to be up" is no action of its own
    ],
)
def test_an_exception_decides_over_its_general_rule(question, yes):
    """Claims that disagree, one phrasing holding every key word of the other and more: the exception decides."""
    found = _index(("recordings", RECORDED), ("recordings", GUEST_NOT)).match(question)
    assert (found.claim.yes if found else None) == yes


RENDERS = Claim(False, ("use ai to make the final renders",), "AI may not be used for final visualisations.")
LASER = Claim(False, ("use the laser cutter without the induction",), "You must do the induction first.")


@pytest.mark.parametrize(
    ("question", "matched"),
    [
        ("can i make my final renders with ai", True),  # "with" says the use the phrasing's "use" says
        ("can i make my final renders using ai", True),
        ("can i have final renders ai", False),  # no use said at all
        ("can i print my final renders", False),  # another action, and no ai
    ],
)
def test_a_light_verb_may_go_unsaid_when_the_use_is_said(question, matched):
    index = _index(("tools", RENDERS))
    assert (index.match(question) is not None) is matched


@pytest.mark.parametrize(
    ("question", "matched"),
    [
        ("can i use the laser cutter if i haven't done the induction", True),
        ("i havent done the induction yet, can i use the laser cutter", True),
        ("can i use the laser cutter if i did not finish the induction", True),
        ("can i use the laser cutter if i have done the induction", False),  # not turned: another question
        ("can i not use the laser cutter with the induction", False),  # a "not" of another kind
    ],
)
def test_work_not_yet_done_asks_what_without_asks(question, matched):
    index = _index(("shop", LASER))
    assert (index.match(question) is not None) is matched


def _with_synonyms(synonyms: dict[str, str], *claims: tuple[str, Claim]) -> ClaimIndex:
    from bot.course.loader import load_course
    from tests.conftest import SECOND_DATA

    course = load_course(SECOND_DATA)
    policies = tuple(Policy(pid, pid, "", "", claims=(c,)) for pid, c in claims)
    return ClaimIndex(Course(**{**course.__dict__, "policies": policies, "synonyms": synonyms}))


TRANSLATOR = Claim(False, ("use google translate on my composición",), "You may not use online translators")
SHEETS = Claim(True, ("discuss tutorial sheets with friends",), "You may discuss tutorial sheets with your friends")
ATTENDING = Claim(False, ("attendance required",), "Attendance is not required")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can my friend and i discuss the tut sheet together", True),  # the course's "tut" = "tutorial"
        ("are we allowed to discuss tute sheets with friends", None),  # a word the course never names
        ("can i use google translate for my composition", False),  # one slip from the claim's "composición"
        ("can i use google translate for my composicion", False),  # typed without its accent
        ("can i use google translate for my comprehension", None),  # more than one slip is another word
        ("is attendence required", False),  # one slip from the word as written, not from its stem
    ],
)
def test_the_courses_synonyms_and_one_slip_hold_a_key_word(question, yes):
    """Issue 12, wave 3: a claim asked in the student's word for the course's thing, or a long word one slip off."""
    claims = (("integrity", TRANSLATOR), ("collab", SHEETS), ("attendance", ATTENDING))
    found = _with_synonyms({"tut": "tutorial"}, *claims).match(question)
    assert (found.claim.yes if found else None) == yes


DISCUSS = Claim(
    True, ("discuss the problem sets with fellow students",), "You may discuss the problem sets with others."
)
REVISE = Claim(True, ("revise a failed essay",), "A failed essay may be revised once.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i talk about the problem sets with my friends", True),  # "talk" is "discuss", friends are students
        ("are we allowed to chat about problem sets with classmates", True),
        ("i failed my essay, can i rewrite it", True),  # "rewrite" is "revise"
        ("can we resubmit the failed essay", True),
        ("can i resubmit the problem sets", None),  # nothing failed asked of: no key word "essay"
    ],
)
def test_everyday_words_ask_the_pages_claims(question, yes):
    """A student's everyday word for the claim's (talk/discuss, fix/revise, friends/fellow students) asks it."""
    found = _index(("collab", DISCUSS), ("essays", REVISE)).match(question)
    assert (found.claim.yes if found else None) == yes


GO_TO_LAB = Claim(True, ("have to go to lab",), "Lab attendance is required.")
PRELAB_TOGETHER = Claim(False, ("do the prelab together",), "Pre-labs are individual: no collaboration.")


@pytest.mark.parametrize(
    "question",
    ["can we do the prelab together", "can we do the pre lab together"],  # respelling writes "pre lab" apart
)
def test_a_claim_holding_several_key_words_outranks_one_holding_one(question):
    """ "can we do the prelab together" asks the pre-lab claim (No), not "have to go to lab" (Yes) by "lab" alone."""
    found = _index(("labs", GO_TO_LAB), ("collab", PRELAB_TOGETHER)).match(question)
    assert found is not None
    assert found.policy == "collab"
    assert found.claim.yes is False


LAB_GIVES = Claim(False, ("lab provides goggles",), "The lab does not provide goggles.")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("do we get goggles from the lab", True),  # getting it from the lab is the lab providing it
        ("does the lab give out goggles", True),
        ("does the lab supply goggles", True),
        ("do i need goggles in the lab", False),  # another question of the same things
    ],
)
def test_getting_a_thing_from_someone_asks_whether_they_provide_it(question, asked):
    assert (_index(("safety", LAB_GIVES)).match(question) is not None) == asked


RESERVE = Claim(True, ("textbook on reserve in the library",), "Copies are on reserve in the Library.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is the textbook on reserve at the libary", True),  # one letter short of a long key word
        ("is the textbook on reserve at the librar", True),
        ("is the textbook on reserve at the lib", None),  # too short to be a slip of it
    ],
)
def test_a_word_one_letter_short_of_a_long_key_is_that_key(question, yes):
    found = _index(("textbook", RESERVE)).match(question)
    assert (found.claim.yes if found else None) == yes


NEEDS_RIGHT = Claim(
    False, ("poll answers need to be right",), "Poll points are for taking part, not for correct answers."
)
BOOK_REQUIRED = Claim(True, ("workbook required",), "The workbook is required.")
ROUNDED = Claim(False, ("round 79.5 up to a B",), "Final percentages are not rounded.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("do poll answers have to be right", False),  # "have to" asks what "need to" does
        ("must my poll answers be right", False),
        ("are we supposed to get the poll answers right", False),
        ("do poll answers have to be right if im sick", None),  # a condition the claim does not name
        ("do we have to have the workbook", True),  # "required" asked as "have to"
        ("is the workbook optional", None),  # another word, not a duty
        ("if i end up with a 79.5 will it round up to a B", False),  # the student's own result is no condition
        ("if i wind up at 79.5 does it round up to a B", False),
        ("if i end up sick does it round up to a B", None),  # a condition told after "end up" still is one
    ],
)
def test_a_duty_asked_in_other_words_and_an_own_result_match_the_claim(question, yes):
    """ "have to", "must", "supposed to" ask what a phrasing's "need"/"required" does; "if i end up with <a mark>"
    (a decimal point inside) is the student's own result, which the claim speaks to."""
    found = _index(("polls", NEEDS_RIGHT), ("books", BOOK_REQUIRED), ("scale", ROUNDED)).match(question)
    assert (found.claim.yes if found else None) == yes


NO_SWITCH = Claim(False, ("switch lab sections",), "You may not switch your lab section.")
VISIT = Claim(True, ("go to another lab section",), "You may attend another lab section in a week you miss yours.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i switch to a different lab section, i got a job", False),  # the change is what "different" says
        ("can i swap to another lab section", None),  # "swap" is no phrasing's word
        ("can i switch lab sections", False),
    ],
)
def test_a_change_to_a_different_one_asks_the_change_not_a_visit(question, yes):
    """ "switch to a different section" asks the page's "switch sections" (No), not its "go to another section"."""
    found = _index(("labs", NO_SWITCH), ("visits", VISIT)).match(question)
    assert (found.claim.yes if found else None) == yes


RISK = Claim(True, ("score go down after a regrade", "regrade lower my score"), "your score can go down as well as up")
RISK_GRADE = Claim(True, ("remark lower my grade",), "your grade can go down as well as up")


@pytest.mark.parametrize(
    ("claim", "question", "matched"),
    [
        (RISK, "can my score go down if i ask for a regrade", True),  # "go down" is "lower", asked as a condition
        (RISK, "could a regrade request reduce my score", True),
        (RISK, "will my grade decrease if i submit a regrade", True),  # "grade" is "score"
        (RISK_GRADE, "is it possible my score gets lowered with a remark", True),
        (RISK, "can my score go up after a regrade", False),  # the other way is another question
        (RISK, "can my score go down if i skip the quiz", False),  # no regrade at all
    ],
)
def test_a_score_going_down_is_asked_in_any_of_its_words(claim, question, matched):
    """ "go down", "lower", "decrease", "reduce" say the same of a score, and "score" and "grade" name the same."""
    assert (_index(("regrades", claim)).match(question) is not None) is matched


@pytest.mark.parametrize(
    ("question", "matched"),
    [
        ("can my score go dowm if i ask for a regrade", True),  # m beside n
        ("could a regrade lowet my score", True),  # t beside r
        ("can my scote go down after a regrade", True),
        ("can my score go dowx if i ask for a regrade", False),  # x is nowhere near n: not a slip of the finger
        ("can my score go doen after a regrade", True),  # e is beside w
        ("can my score go up after a regrade", False),
    ],
)
def test_a_short_key_word_typed_with_a_neighbouring_key_is_that_word(question, matched):
    """A short word nobody writes, one key from a claim's key word (not its first letter), is that key word."""
    assert (_index(("regrades", RISK)).match(question) is not None) is matched


def test_a_real_word_one_key_from_a_key_word_stays_itself():
    """ "dome" is a word as typed, never "done" of a claim asked "done in class"."""
    claim = Claim(True, ("quiz done in class",), "quizzes are done in class")
    assert _index(("quizzes", claim)).match("is the quiz done in class") is not None
    assert _index(("quizzes", claim)).match("is the quiz in the dome in class") is None


TRIPS = Claim(True, ("field trips compulsory", "have to go on the field trip"), "Both field trips are compulsory")
FAIL_RULE = Claim(True, ("fail if i miss the lab",), "Missing a lab without a reason means a fail for the unit")


@pytest.mark.parametrize(
    ("question", "claim", "unnamed"),
    [
        ("if i skip the boat trip will i fail the unit", TRIPS, True),  # a duty says nothing of failing
        ("would i lose marks for missing a field trip", TRIPS, True),
        ("do i get a zero if i can't make the field trip", TRIPS, True),
        ("is the field trip compulsory", TRIPS, False),  # the duty itself is asked
        ("do i fail if i miss the lab", FAIL_RULE, False),  # the claim names the outcome
    ],
)
def test_an_outcome_asked_needs_a_claim_naming_it(question, claim, unnamed):
    """ "Do I fail" or "will I lose marks" is decided only by a claim whose own words name that outcome."""
    assert outcome_unnamed(question, claim) is unnamed


MIDJOURNEY = Claim(False, ("use midjourney renders",), "You may not submit AI-generated images, renders or drawings")


def test_putting_a_thing_somewhere_uses_it():
    """ "put midjourney renders on our boards" asks what a claim says as "use midjourney renders": its No."""
    index = _index(("ai", MIDJOURNEY))
    decided = [index.match(q) for q in ("can we put midjourney renders on our boards", "can i use midjourney renders")]
    assert [found.claim.yes if found else None for found in decided] == [False, False]


ONLY_FINAL = Claim(True, ("only do the final exam", "skip the tests"), "If it is better, the tests are dropped.")
NO_PHONE = Claim(False, ("come to lab without goggles",), "Goggles must be worn in every lab.")
TRIPS = Claim(True, ("field trips compulsory", "have to go on the field trips"), "Both field trips are compulsory.")
SHOES = Claim(False, ("wear running shoes", "wear sneakers on the field trip"), "Students in sneakers will not board.")
ATTEND = Claim(True, ("lab attendance required",), "Lab attendance is required.")
SANDALS = Claim(False, ("wear sandals in lab",), "Closed-toe shoes are required in every lab.")
WHAT_IS_ASKED = (
    ("grading", ONLY_FINAL),
    ("safety", NO_PHONE),
    ("trips", TRIPS),
    ("footwear", SHOES),
    ("labs", ATTEND),
    ("attire", SANDALS),
)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        # a turn the phrasing shares ("only", "without") is said of words the claim speaks of
        ("can i only do the final exam", True),
        ("is it ok if i only take the final exam", True),
        ("is the final exam only multiple choice", None),  # "only" is said of the format, which the claim never names
        ("is the final only on paper", None),
        ("can i come to lab without goggles", False),
        ("can i come to lab without the handout printed", None),  # left out: another thing than the claim's
        # the claim holding more of the question, leaving less of it unsaid, over the one about its setting
        ("can i wear running shoes on the field trip", False),
        ("are field trips compulsory", True),
        # a word beyond the Yes claim asks what the No claim decides: neither settles it
        ("can i come to required lab in sandals", None),
        ("is lab attendance required", True),
        ("can i wear sandals in lab", False),
    ],
)
def test_the_claim_of_what_is_asked_decides(question, yes):
    """The claim whose words are what the question asks: a turn said of them, the claim holding most of the question
    of those answered both ways, none when the question names what a claim answered the other way decides."""
    found = _index(*WHAT_IS_ASKED).match(question)
    assert (found.claim.yes if found else None) == yes


@pytest.mark.parametrize(
    "question",
    [
        "can we turn in one homework for all of us",
        "could i hand in a single writeup for my team",
        "can we submit for us all",
    ],
)
def test_one_piece_of_work_for_several_is_asked_together(question):
    """ "one homework for all of us" asks what "submit one writeup as a group" says."""
    claim = Claim(False, ("submit as a team", "hand in one writeup as a group"), "You must write your own solutions.")
    found = _index(("collab", claim)).match(question)
    assert found is not None
    assert found.claim.yes is False


def test_handing_in_for_the_group_is_not_working_in_one():
    """ "hand in the set for my study group" does not ask the Yes of "study group for problem sets"."""
    claim = Claim(True, ("study group for problem sets",), "You may work with classmates on problem sets.")
    index = _index(("collab", claim))
    assert index.match("can i join a study group for problem sets") is not None
    assert index.match("could i hand in the problem set for my study group") is None


TUTORIALS_UNRECORDED = Claim(False, ("tutorials recorded", "tutorial recordings"), "Tutorials are not recorded.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("are tutes recorded", False),  # a one-word alias the course gives its kind
        ("r the tuts recorded", False),
        ("do tute sessions get recorded", False),
        ("are tutorials recorded", False),
        ("are pracs recorded", None),  # a word the course gives no kind
    ],
)
def test_a_meeting_kind_by_any_of_its_one_word_names_holds_the_claims_word(question, yes):
    """A kind of meeting the course names "Tutorial" with aliases "tut", "tute": the student's alias asks the claim
    made in the kind's name."""
    from bot.course.loader import load_course
    from tests.conftest import SECOND_DATA

    course = load_course(SECOND_DATA)
    tutorial = replace(
        course.meeting_kinds[0], id="tutorial", name="Tutorial", plural="Tutorials", aliases=("tut", "tute", "tutes")
    )
    policies = (Policy("recordings", "recordings", "", "", claims=(TUTORIALS_UNRECORDED,)),)
    index = ClaimIndex(replace(course, policies=policies, meeting_kinds=(*course.meeting_kinds, tutorial)))
    found = index.match(question)
    assert (found.claim.yes if found else None) == yes


COMBINED = Claim(True, ("combine participation hours and summaries",), "You may combine hours and summaries.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i mix participation hours and summaries", True),
        ("is mixing participation hours with summaries ok", True),
        ("can i combine participation hours and summaries", True),
        ("can i swap participation hours for summaries", None),  # another act
    ],
)
def test_mixing_asks_a_claim_about_combining(question, yes):
    """ "mix" is "combine": the student's everyday verb asks the claim made in the page's."""
    found = _index(("research", COMBINED)).match(question)
    assert (found.claim.yes if found else None) == yes


@pytest.mark.parametrize(
    ("question", "one_word"),
    [
        ("do the labbies grade lab", True),  # another act by other people, sharing "lab"
        ("do the tas run lab", True),
        ("is lab every week", True),
        ("do i have to go to lab", False),  # the duty itself
        ("can i skip lab", False),  # a leave asked of the duty: the decision's checks read it
    ],
)
def test_one_shared_word_is_no_duty_asked(question, one_word):
    """A phrasing of one key word whose claim is a duty ("have to go to lab") is asked only by a question asking a
    duty or a leave, never by one that only shares its word."""
    found = _index(("labs", LAB_REQUIRED)).match(question)
    assert found is not None
    assert found.one_word_of(question) is one_word


TRANSLATE = Claim(True, ("use deepl", "use a translation tool to read sources"), "You may use DeepL to read sources.")
AI_HOMEWORK = Claim(False, ("use ai for homework problems",), "AI may not be used to solve the problem sheets.")
AI_WRITE = Claim(False, ("ai to write the essay",), "You may not use AI to write any part of an essay.")


def test_a_thing_asked_to_be_fine_asks_whether_one_may_use_it():
    """ "is deepl ok to read the judgments" asks "use deepl"; "is it ok" names no thing to use."""
    index = _index(("ai", TRANSLATE))
    assert index.match("is deepl ok to read the judgments").claim.yes is True
    assert index.match("are translation tools allowed for reading the sources").claim.yes is True
    assert index.match("deepl?") is None


def test_a_thing_of_several_words_asked_to_be_allowed():
    """ "is the ba ii plus allowed in exams" asks "use a ba ii plus in the exam": a name of four words, digits too."""
    asks = ("use a ba ii plus in the exam", "use hp 10bii in the midterm")
    calculator = Claim(True, asks, "TI BA II Plus, HP 10bII+")
    index = _index(("calculators", calculator))
    assert index.match("is the ba ii plus allowed in exams").claim.yes is True
    assert index.match("is the hp 10bii allowed in the midterm").claim.yes is True


def test_an_ai_tool_by_name_is_the_ai_a_claim_speaks_of():
    """ "can i use chatgpt for the homework problems" asks "use ai for homework problems"; not the other way."""
    assert _index(("ai", AI_HOMEWORK)).match("can i use chatgpt for the homework problems").claim.yes is False
    by_name = Claim(False, ("use chatgpt for homework problems",), "ChatGPT may not be used for the problems.")
    assert _index(("ai", by_name)).match("can i use ai for the homework problems") is None


def test_help_me_names_the_action_asked():
    """ "can copilot help me brainstorm essay topics" asks to brainstorm, not to write."""
    index = _index(("ai", AI_WRITE))
    assert index.match("can copilot help me brainstorm essay topics") is None
    assert index.match("can copilot help me write the essay").claim.yes is False


@pytest.mark.parametrize("question", ["can she help me w hw5", "can my tutor help me with the essay", "help us on hw2"])
def test_help_with_a_thing_names_no_action(question):
    """ "can she help me w hw5": a preposition after "help me" is no action asked, so no action rules a claim out."""
    assert _ACTION.search(question) is None


LECTURES_OPTIONAL = Claim(False, ("have to go to lectures",), "Attendance at lectures is not compulsory.")
TUTORIALS_REQUIRED = Claim(True, ("have to go to tutorials",), "Attendance at tutorials is compulsory.")


def test_or_just_asks_of_what_comes_before():
    """ "do we have to go to the lectures or just tutorials": the lectures are asked, the tutorials taken as done."""
    index = _index(("attendance", LECTURES_OPTIONAL), ("attendance", TUTORIALS_REQUIRED))
    assert index.match("do we have to go to lectures or just tutorials").claim.yes is False
    assert index.match("do we have to go to tutorials or only lectures").claim.yes is True


def test_a_kinds_clipped_name_holds_its_key_word():
    """ "i missed exp 3, can i make it up": where labs are also called experiments, "exp" is one, as "tut" is a
    tutorial where the course has tutorials; where no kind is so called, the clipped word is no key word."""
    import dataclasses

    from bot.course.loader import load_course
    from tests.conftest import FIXTURES

    course = load_course(FIXTURES / "courses" / "chem-1310-s26")
    claim = Claim(True, ("make up a missed experiment",), "One missed experiment may be made up.")
    policies = (Policy("labs", "labs", "", "", claims=(claim,)),)
    kinds = tuple(
        dataclasses.replace(k, aliases=(*k.aliases, "experiment")) if k.id == "lab" else k for k in course.meeting_kinds
    )
    plain = ClaimIndex(Course(**{**course.__dict__, "policies": policies}))
    named = ClaimIndex(Course(**{**course.__dict__, "policies": policies, "meeting_kinds": kinds}))
    assert named.match("i missed exp 3, can i make it up") is not None
    assert plain.match("i missed exp 3, can i make it up") is None


AUDIT_YES = Claim(True, ("audit unofficially",), "Unofficial auditing is welcome.")
AUDIT_NO = Claim(False, ("auditors get the homework",), "Unofficial auditors get no access to homework.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("if i audit unofficially can i get the homework", False),  # an auditor asks; the rule for auditors decides
        ("can i get the homework if i audit", False),
        ("do auditors get the homework", False),
        ("can i audit unofficially", True),
        ("do auditors audit unofficially", True),  # "auditors" asked of are not the act "audit" a claim allows
    ],
)
def test_a_student_telling_what_they_do_is_one_of_that_kind(question, yes):
    """ "if i audit" asks what the page says of "auditors"; of claims that disagree, the one holding what is asked
    beyond the case decides."""
    found = _index(("audit", AUDIT_YES), ("audit", AUDIT_NO)).match(question)
    assert (found.claim.yes if found else None) == yes


def test_a_word_counts_as_the_course_says_each_time_it_is_asked(stat) -> None:
    """A word's near stems are worked out once per course's claims: "mt" is the midterm where the course calls it so
    (however often it is asked), and only "mt" where the course does not."""
    own = claims_for(stat)
    assert stem("midterm") in own._near("mt")
    assert own._near("mt") is own._near("mt")  # looked up, not worked out again
    plain_course = replace(stat, synonyms={})
    assert stem("midterm") not in ClaimIndex(plain_course)._near("mt")
    assert stem("midterm") in own._near("mt")


LECTURES_COMPULSORY = Claim(True, ("lecture attendance compulsory",), "Attendance at lectures is compulsory.")
LECTURES_NOT_MANDATORY = Claim(False, ("lecture attendance mandatory",), "Attending lectures is not mandatory.")


@pytest.mark.parametrize(
    ("claim", "question", "yes"),
    [
        (LECTURES_COMPULSORY, "is lecture attendance optional", False),  # a duty asked the other way round
        (LECTURES_COMPULSORY, "is lecture attendance compulsory", True),
        (LECTURES_NOT_MANDATORY, "is lecture attendance optional", True),
        (LECTURES_NOT_MANDATORY, "is lecture attendance mandatory", False),
    ],
)
def test_optional_asks_a_duty_the_other_way_round(claim, question, yes):
    """ "optional" of a claim that something is (or is not) required is answered the other way round, with the same
    page words."""
    asked = _as_asked(question, claim)
    assert asked.yes is yes
    assert asked.evidence == claim.evidence
    assert _as_asked("is lecture attendance not optional", claim) is claim  # turned already: left to the matcher


SHEET = Claim(
    True, ("bring a cheat sheet to the midterm", "cheat sheet in the midterm"), "You may bring one cheat sheet"
)
PRINTED = Claim(False, ("printed cheat sheet", "typed cheat sheet"), "printed sheets are not allowed")
SHORTS = Claim(False, ("wear shorts",), "Shorts are not allowed in discussion section.")
GO_TO = Claim(True, ("discussion section compulsory",), "Discussion section is compulsory.")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i bring a cheat sheet to the midterm", True),
        ("is a printed cheat sheet ok", False),
        # the general Yes holds more key words, but the narrower No names the kind of sheet asked: no plain verdict
        ("can i bring a printed cheat sheet to the midterm", None),
        ("is a typed cheat sheet fine for the midterm", None),
    ],
)
def test_a_general_claim_does_not_outrank_a_narrower_one(question, yes):
    """A claim outranks one it disagrees with only when what the other says beyond it is where it applies."""
    from bot.course.loader import load_course
    from tests.conftest import SECOND_DATA

    quote = "You may bring one cheat sheet to the midterm; printed sheets are not allowed, nor typed ones."
    policy = Policy("sheets", "Sheets", "", quote, claims=(SHEET, PRINTED))
    found = ClaimIndex(replace(load_course(SECOND_DATA), policies=(policy,))).match(question)
    assert (found.claim.yes if found else None) == yes


def test_a_claim_naming_only_where_is_outranked():
    """ "can i wear shorts to discussion section" asks the shorts rule, not whether discussion section is required."""
    found = _index(("dress", SHORTS), ("attendance", GO_TO)).match("can i wear shorts to discussion section")
    assert found is not None
    assert found.claim.yes is False


ERRORS = Claim(True, ("use ai for errors",), "AI may help with error messages")
DRINK = Claim(False, ("drink in the lab",), "No food or drink in the lab.")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("can i use ai for erors", ERRORS),  # a letter dropped
        ("can i use ai for errros", ERRORS),  # a letter added
        ("can i drikn water in the lab", DRINK),  # two letters swapped
    ],
)
def test_short_key_words_match_past_a_dropped_or_swapped_letter(question, claim):
    """A short key word typed with a letter dropped, added or swapped is still that key word."""
    found = _index(("ai", ERRORS), ("lab", DRINK)).match(question)
    assert found is not None
    assert found.claim is claim


LAPTOP = Claim(False, ("install the software on my laptop",), "The software cannot be installed on your own computer")
OTHER_SECTION = Claim(False, ("attend another discussion section",), "Attend your own discussion section.")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("can i install the software on my laptop instead", LAPTOP),
        ("can i attend another discussion section", OTHER_SECTION),
        ("can i attend another discussion section instead", OTHER_SECTION),
    ],
)
def test_a_closing_instead_turns_nothing_the_question_names(question, claim):
    """ "... on my laptop instead" asks the laptop claim; an "instead" beside another turn keeps that turn."""
    found = _index(("software", LAPTOP), ("sections", OTHER_SECTION)).match(question)
    assert found is not None
    assert found.claim is claim


ENGLISH = Claim(False, ("write the report in french",), "All written work must be in English.")


def test_a_claim_said_of_all_work_speaks_of_the_one_named():
    """ "can i write my problem set 3 report in french" of "all written work must be in English": every piece of work,
    the named one too; a rule naming no such whole still does not speak of a thing its words never name."""
    asked = "can i write my problem set 3 report in french"
    index = _index(("language", ENGLISH))
    assert index.match(asked) is not None
    assert not index.names_other(asked, (ENGLISH.evidence,))
    assert index.names_other(asked, ("Lab notes must be in English.",))
