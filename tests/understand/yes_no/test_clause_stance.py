"""Yes or No from the course's own words: a stance only where a clause plainly says it, none otherwise."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.clause_stance import asks, asks_about, asks_own_choice, clauses, mode_of, stance
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("can i use notes on the exam", "permission"),
        ("am i allowed to bring a calculator", "permission"),
        ("is it ok to work with friends", "permission"),
        ("do i have to attend lectures", "obligation"),
        ("is attendance required", "obligation"),
        ("do we need to list collaborators", "obligation"),
        ("does the autograder give feedback immediately", "fact"),
        ("are solutions posted", "fact"),
    ],
)
def test_what_a_yes_no_question_asks(question, kind):
    """May I, must I, or is it so."""
    assert asks(question) == kind


def test_clauses_break_at_sentences_semicolons_and_but_never_inside_parentheses():
    assert clauses(
        ["A course (1, 2, or 3) is required; Python is needed. Reading is fine, but write it yourself."]
    ) == [
        "A course (1, 2, or 3) is required",
        "Python is needed",
        "Reading is fine",
        "write it yourself",
    ]


POLICY = (
    "Pets are allowed in the lab. Food is not permitted anywhere; drinks may not be brought into the exam. "
    "You may discuss homework with classmates, but write up your own answers and list your collaborators. "
    "Never post solutions publicly. Attending tutorials is not mandatory. Slides are posted with a short delay."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("are pets allowed in the lab", True),
        ("can i bring my dog to the lab", None),  # "dog" is not in the text: no stance
        ("is food ok", False),
        ("can i bring a drink to the exam", False),
        ("can i discuss homework with a classmate", True),
        ("do i have to list my collaborators", True),
        ("can i post my solutions on github", False),
        ("is attending tutorials mandatory", False),
        ("do i have to attend the workshops", None),  # a rule about tutorials says nothing of workshops
        ("are slides posted right away", None),  # "with a short delay" is not "immediately"
        ("can i email the staff instead of posting", None),  # a contrast: no plain Yes or No
        ("is parking free", None),
    ],
)
def test_a_stance_only_where_a_clause_plainly_says_it(question, expected):
    found = stance(question, [POLICY], required=[w for w in ("workshops",) if w in question])
    assert (found.yes if found else None) is expected, found


@pytest.mark.parametrize(
    "question",
    [
        "can i get the slides from a friend",
        "can i borrow lecture notes from a classmate",
        "can i send my notes to a friend",
        "can a classmate give me their lab report",
    ],
)
def test_a_thing_handed_by_a_person_is_not_decided_by_a_rule_sharing_only_the_person(question):
    """ "discuss problems with classmates" shares "classmate" with the question, not the slides handed over."""
    assert stance(question, ["Discuss problems with classmates, but write up your own solutions."]) is None


@pytest.mark.parametrize("question", ["can i work on problems with classmates", "can i discuss problems with friends"])
def test_working_with_people_is_still_decided(question):
    found = stance(question, ["Discuss problems with classmates, but write up your own solutions."])
    assert found is not None
    assert found.yes is True


def test_the_summary_is_read_before_the_pages_words():
    """The reviewed summary decides when it takes a stance; the page's words only when it does not."""
    found = stance(
        "is chegg allowed", ["Using old solutions or Chegg is forbidden.", "Discussion is allowed."], ["chegg"]
    )
    assert found is not None
    assert found.yes is False


def test_a_question_about_what_the_page_leaves_out():
    """'what exactly are the conditions' of a policy whose note says the conditions are not on the page."""
    missing = "The conditions themselves are not on this copy of the page."
    assert asks_about("what exactly are the conditions for collaborating", missing, ["collaboration"])
    assert not asks_about("can i collaborate with friends", missing, ["collaboration", "collaborate"])


def test_when_clauses_disagree_the_one_about_the_asked_thing_wins():
    """'is attendance required': 'attending lectures is not mandatory', not 'the exams must be attended'."""
    text = "Attending lectures is not mandatory; the exams must be attended in person."
    found = stance("is attendance required", [text])
    assert found is not None
    assert (found.yes, found.clause) == (False, "Attending lectures is not mandatory")


def test_a_clause_sharing_only_the_policys_word_does_not_decide_what_another_clause_names():
    """ "can i take the exam in person": "both exams are in person" names it without a stance; "travel is not
    accommodated (no early exams)" shares only "exam", the policy's own word."""
    from bot.understand.yes_no.clause_stance import stance

    texts = ("Both exams are in person, during class. Travel is not accommodated (no early exams).",)
    assert stance("can i take the exam in person", texts, ("exam", "in", "person")) is None
    assert stance("can i take the exam early", texts, ("exam",)) is not None


def test_a_clause_saying_whether_leaves_it_open_and_an_instruction_decides_no_fact():
    from bot.understand.yes_no.clause_stance import stance

    texts = ("Pass/Fail is allowed. Check whether a Pass/Fail course counts toward your degree.",)
    assert stance("does pass fail count toward my degree", texts) is None
    assert stance("is pass fail allowed", texts) is not None


def test_a_stance_about_something_else_in_the_same_sentence_gives_no_yes(geo):
    # "do i need to bring a helmet" is decided by the fixture's claim (helmets are provided: No); without a claim the
    # boots' "required" says nothing of helmets.
    _, said = reply(geo, "do i need a helmet", "2025-03-26 10:00")
    assert not first_line(said).startswith(("Yes", "No"))
    assert "helmets are provided" in said


def test_a_rule_with_unlisted_exceptions_is_not_a_no(course):
    _, said = reply(course, "can i get an extension if im sick", "2024-03-08 20:00")
    assert not first_line(said).startswith(("Yes", "No")), said


def test_a_clause_about_something_else_does_not_answer_the_thing_asked():
    texts = ("Sturdy boots and weatherproof clothing are required at every field practical; helmets are provided.",)
    assert stance("do i need to bring a helmet to the field practical", texts, ["helmet"]) is None
    found = stance("do i need boots for the field practical", texts, ["boots"])
    assert found is not None
    assert found.yes


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is attendance at the practicals mandatory", True),
        ("are the practicals compulsory", True),
        ("is it obligatory to go to the practicals", True),
    ],
)
def test_compulsory_and_obligatory_are_duties_as_mandatory_is(question, expected):
    found = stance(question, ["Attendance at the field practicals is compulsory."])
    assert (found.yes if found else None) is expected, found


def test_a_duty_asked_of_something_the_clause_does_not_name_gets_no_yes(geo):
    """ "do i need a doctor's note if i miss one practical" is not answered by "practicals are compulsory": the note
    is what is asked (and up to two absences need none)."""
    _, said = reply(geo, "do i need a doctors note if i miss one practical", "2025-04-16 10:00")
    assert not first_line(said).startswith("Yes")
    assert "without a medical note" in said


def test_a_non_word_does_not_hold_the_word():
    """ "a non-graphing calculator" permits no graphing calculator; "no notes or formula sheets" forbids them."""
    rules = [
        "Bring your student ID and a non-graphing scientific calculator; graphing calculators are not allowed. "
        "A constants sheet is provided; no notes or formula sheets of your own."
    ]
    assert stance("can i bring a graphing calculator", rules).yes is False
    assert stance("can i bring a calculator", rules).yes is True
    assert stance("can i bring a formula sheet", rules).yes is False


_BRING = ["You may bring one printed dictionary. Tabs and bookmarks are permitted; handwritten notes in it are not."]


@pytest.mark.parametrize(
    ("question", "story", "expected"),
    [
        ("can i bring a dictionary", "", True),
        ("can i bring a dictionary with notes in it", "", None),  # "notes in it are not": the clause beside says no
        ("can i still bring it", "my dictionary has notes written all over it. can i still bring it", None),
        ("can i still bring it", "my dictionary has a few tabs in it. can i still bring it", True),
    ],
)
def test_a_yes_is_withheld_when_the_clause_beside_it_refuses_what_the_student_names(question, story, expected):
    """ "notes in it are not" turns the permission before it; a Yes to bringing the thing says nothing of that."""
    found = stance(question, _BRING, story=story)
    assert (found.yes if found else None) == expected


@pytest.mark.parametrize(
    "question",
    ["do i have to say that i used chatgpt", "do we need to mention our ai use", "must i disclose using ai"],
)
def test_declaring_is_asked_in_the_students_own_words(question):
    """ "say", "mention" or "disclose" asks what "Declare every use of AI" requires: Yes."""
    found = stance(question, ["Declare every use of AI in the AI statement at the end of each submission."])
    assert found is not None
    assert found.yes is True


def test_a_clause_starting_with_its_verb_takes_its_subject_from_the_clause_before():
    """ "AI tools may be used for code, but must be declared": the declaring is of the AI use, a Yes to declaring it."""
    found = stance("do we need to disclose ai use", ["AI tools may be used for code, but must be declared."])
    assert found is not None
    assert found.yes is True


# A rule on groups: a study group one may join, a project group made by staff.
GROUPS = (
    "Homework may be discussed in study groups of up to four, but you write your own answers. The capstone is done "
    "in allocated teams of five; all members share one mark.",
)


@pytest.mark.parametrize(
    ("question", "texts", "expected"),
    [
        ("can we choose our own teams for the capstone", GROUPS, False),
        ("can i select my own team members", GROUPS, False),
        ("can we form our own teams", ("You form your own teams of three for the project.",), True),
        ("can we choose our own essay topic", GROUPS, None),  # the rule says nothing of topics
        ("can we choose our own teams", ("Teams are not assigned; the lab decides seating.",), None),
    ],
)
def test_picking_ones_own_is_no_where_the_page_says_assigned(question, texts, expected):
    """ "can we pick our own groups" of "done in allocated teams": No; "you form your own teams": Yes."""
    found = stance(question, texts)
    assert (None if found is None else found.yes) is expected


def test_asking_to_choose_ones_own_is_read_whole_only_when_the_page_uses_its_other_words():
    """The choosing words are read by the stance; any other word of the question must be one the rule uses."""
    assert asks_own_choice("can we pick our own teams for the capstone", GROUPS)
    assert not asks_own_choice("can we pick our own teams for the hackathon", GROUPS)
    assert not asks_own_choice("can we join a study group", GROUPS)


def test_a_word_naming_the_whole_policy_is_no_thing_of_another_clause():
    """ "can i see my turnitin similarity report" of the Turnitin policy: "turnitin" names what the whole text is about,
    so the clause that says what may be seen decides; a thing of another clause ("boots" beside "helmets") still
    keeps a clause about something else from deciding."""
    texts = ("Essays go through Turnitin on Canvas as PDF files; you may resubmit and see your similarity report.",)
    found = stance("can i see my turnitin similarity report", texts, ["turnitin", "similarity"])
    assert found is not None
    assert found.yes
    assert "similarity report" in found.clause
    assert stance("can i see my turnitin similarity report", texts, ["similarity"]) is None


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("you may bring one 3x5 inch index card of handwritten notes", "permission"),
        ("Calculators may be used.", "permission"),
        ("The review session is optional.", "permission"),
        ("Older editions are fine.", "permission"),
        ("Lab attendance is required.", "obligation"),
        ("You may bring notes; you must show your ID.", "obligation"),  # allows and requires: a requirement
        ("Bring your student ID.", "obligation"),
        ("Attendance is not required.", "fact"),
        ("You may not bring notes.", "fact"),
        ("Lectures are recorded on Panopto.", "fact"),
    ],
)
def test_what_a_sentence_of_the_page_says_of_an_act(sentence, mode):
    """A sentence requires, only allows, or states: allowed is never read as required."""
    assert mode_of(sentence) == mode


def test_an_instruction_the_page_says_only_allows_answers_a_must_i_with_its_own_may():
    """ "discuss problems with classmates" (a summary's shorthand) of "you may discuss problem sets": the Yes rests on
    the page's permission (which the decision turns into a No); "bring your ID" keeps its own instruction."""
    texts = ("Discuss problems with classmates, but write your own.", "You may discuss problem sets with classmates.")
    found = stance("do i have to discuss problem sets with classmates", texts)
    assert found is not None
    assert found.clause == "You may discuss problem sets with classmates"
    found = stance("do i have to bring my id", ("Bring your ID.", "You may bring one index card."))
    assert found is not None
    assert found.clause == "Bring your ID"


@pytest.mark.parametrize(
    ("question", "texts"),
    [
        ("can we use the data we measured", ("You work in pairs and may use the data you measured together.",)),
        ("can i bring my own laptop", ("Students sit at the front and can bring their own laptop.",)),
    ],
)
def test_a_permission_after_and_is_a_yes(question, texts):
    """ "you work in pairs and may use ...": a permission said after "and" of a person is as plain as "you may"."""
    found = stance(question, texts)
    assert found is not None
    assert found.yes


EXCEPTED = "An unannotated Code civil is allowed in the partiel and the rattrapage, not in the final oral exam."


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is the code civil allowed in the oral too", False),  # the place excepted
        ("can i bring the code civil to the oral", False),
        ("is the code civil allowed in the partiel", True),  # a place listed
        ("can i use my code civil in the rattrapage", True),
        ("is the code civil allowed in the exams", None),  # neither: the clause answers each apart
    ],
)
def test_a_stance_with_an_exception_holds_where_the_question_asks(question, yes):
    found = stance(question, [EXCEPTED])
    assert (found.yes if found else None) == yes


QUIZ_SUMMARY = "Weekly Canvas quizzes; closed-book. No make-ups: the lowest quiz score is dropped."
QUIZ_QUOTE = "Quizzes are on Canvas. There are no make-up quizzes; your lowest quiz score is dropped."


@pytest.mark.parametrize(
    "question", ["are there any make up quizzes", "do we get makeup quizzes", "is there a make-up quiz"]
)
def test_there_are_no_x_decides_x_however_make_up_is_written(question):
    """ "make up", "make-up" and "makeup" are one word: the page's "there are no make-up quizzes" says No, never the
    summary's Yes about quizzes as such."""
    found = stance(question, (QUIZ_SUMMARY, QUIZ_QUOTE), ["quizzes"])
    assert found is not None
    assert (found.yes, found.clause) == (False, "There are no make-up quizzes")


def test_a_thing_not_required_is_there():
    """ "is there a textbook" of "Recommended (not required) textbook": it exists; its "not" is said of requiring."""
    found = stance("is there a textbook", ("Recommended (not required) textbook: Smith, Circuits.",), ["textbook"])
    assert found is not None
    assert found.yes is True
    assert stance("is there a textbook", ("There is no textbook for this course.",), ["textbook"]).yes is False


def test_what_the_page_calls_misconduct_is_not_allowed():
    """ "can i use ai on the quiz": "using AI during a quiz is academic misconduct" says No, and the clause letting AI
    "quiz yourself" does not outweigh it with a Yes."""
    rule = (
        "You may use AI tools to explain concepts or to quiz yourself. Using AI during a quiz is academic misconduct."
    )
    found = stance("can i use ai on the quiz", [rule])
    assert found is None or found.yes is False
    said = stance(
        "can i use my roommate's clicker in lecture", ["Using another student's clicker in lecture is misconduct."]
    )
    assert said is not None
    assert said.yes is False
