"""What a question asks of its subject, read from how its sentences start; two asked things clash or not."""

from __future__ import annotations

import pytest

from bot.qa.asked import (
    GIVES_LENGTH,
    GIVES_NUMBER,
    GIVES_PLACE,
    amount_unspoken,
    asked_of,
    asks_place,
    asks_time_allowed,
    disagree,
    gives_length,
    gives_number,
    gives_place,
    gives_time,
    not_asked,
    unanswered_count,
    unanswered_where,
)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When is the proposal due?", "askwhen"),
        ("hey, what time does the review start", "askwhen"),
        ("what's the deadline for the report", "askwhen"),
        ("Where do we hand in the proposal?", "askwhere"),
        ("who do I email about my grade", "askwho"),
        ("how long should the report be", "asklength"),
        ("How do I install R?", "askhow"),
        ("How does using a grace day work?", "askhow"),
        ("how do late days work", "askhow"),
        ("how many grace days do we get in total?", "askcount"),
        ("what's the max number of attempts", "askcount"),
        ("how many pages should the report be", "asklength"),  # a length, before a count
        ("I lost my notes. When are they posted?", "askwhen"),
        ("Can I bring a calculator?", None),
        ("My code crashes when I load the data", None),  # "when" inside a sentence asks nothing
    ],
)
def test_the_asked_thing_is_read_from_how_a_sentence_starts(question, asked):
    assert asked_of(question) == asked


@pytest.mark.parametrize(
    ("mine", "theirs", "clash"),
    [
        ("askwhen", "askwhere", True),
        ("askwhen", "asklength", True),
        ("askwhere", "askhow", False),  # where it goes in and how: one procedure
        ("askwho", "askhow", False),
        ("askwhen", "askwhen", False),
        ("askcount", "askhow", True),  # "how many grace days?" is not "how does a grace day work?"
        ("asklength", "askcount", False),  # "how big can a team be" and "how many people can be on a team"
        ("askwhen", None, False),  # only one side names one: nothing to compare
    ],
)
def test_two_asked_things_clash_unless_one_answer_serves_both(mine, theirs, clash):
    assert disagree(mine, theirs) is clash


@pytest.mark.parametrize(
    ("answer", "number"),
    [
        ("Teams of two or three students.", True),
        ("Each submission has 40 minutes.", True),
        ("As many times as you like before the deadline.", True),
        ("No. Grace days only apply to the homework.", False),
        ("Recordings are on Panopto within a day of each lecture.", False),
    ],
)
def test_an_answer_that_states_a_number_is_told_apart(answer, number):
    assert gives_number(answer) is number


def test_how_many_is_answered_by_an_entry_that_asks_it_or_gives_a_number():
    assert unanswered_count("askcount", None, ["grac", "homework"])
    assert not unanswered_count("askcount", None, ["team", GIVES_NUMBER])
    assert not unanswered_count("askcount", "askcount", ["grac"])
    assert not unanswered_count("askcount", "asklength", ["pages"])
    assert not unanswered_count(None, None, ["grac"])  # only a count asked needs one


def test_how_many_is_not_answered_by_an_entry_whose_answer_says_nothing_more_of_the_question():
    """ "how many questions are on each online quiz" and "I missed the deadline for an online quiz. Can I still take
    it?" (its answer gives numbers, of other things): the entry asks no amount and its answer holds none of the
    question's words its question lacks; "how much is the final worth" meets an answer on weights."""
    assert amount_unspoken("askcount", None, [])
    assert amount_unspoken("asklength", None, [])
    assert not amount_unspoken("askcount", None, ["weight"])
    assert not amount_unspoken("askcount", "askcount", [])
    assert not amount_unspoken("askwhen", None, [])
    assert not amount_unspoken(None, None, [])


@pytest.mark.parametrize(
    ("question", "unasked"),
    [
        ("is the Klausur written or oral", {"askwhen", "askwhere", "asklength"}),
        ("can I bring a dictionary to the final?", {"askwhen", "askwhere", "asklength"}),
        ("what happens if I miss the map test", {"askwhen", "askwhere", "asklength"}),
        ("hey, are the plenary sessions recorded?", {"askwhen", "askwhere", "asklength"}),
        ("is the midterm on friday?", {"askwhere", "asklength"}),  # it names a time: it may be asking when
        ("is the exam in room 101?", {"askwhen"}),  # it names a place, and a number
        ("will the quiz be online or in person", {"askwhen", "asklength"}),
        ("is the report allowed to run long?", {"askwhen", "askwhere"}),  # it names an amount
        ("when is the map test?", set()),  # it names what it asks
        ("is the final cumulative? and when is it", set()),
        ("the deadline for the excursion registration", set()),  # asks nothing yes or no
        ("i missed the map test", set()),
    ],
)
def test_a_yes_no_question_asks_no_time_or_place_it_does_not_name(question, unasked):
    assert not_asked(question) == unasked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how long does it take for a regrade request to get answered", "askwhen"),
        ("how long until grades come out", "askwhen"),
        ("emailed my tutor 3 days ago, how long do they usually take", "askwhen"),
        ("how quickly will I get a reply?", "askwhen"),
        ("how long is the final exam", "asklength"),  # a length or a duration, not a wait
        ("what percent of the lab grade is the practical", "askcount"),
        ("what percentage of the final grade is homework", "askcount"),
    ],
)
def test_a_wait_asks_when_and_a_share_asks_an_amount(question, asked):
    """'How long does it take' asks when it ends; 'what percent' asks an amount."""
    assert asked_of(question) == asked


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("what room is the final exam in", True),
        ("where is midterm 1? im in section 103", True),
        ("where do we meet for the field trip", True),
        ("where can i find answers to the practice test", False),  # where to find something, not where it is
        ("when is the exam", False),
    ],
)
def test_where_something_is_is_told_from_where_to_find_it(question, place):
    """Only a question about where a thing is or takes place needs an entry that names a place."""
    assert asks_place(question) is place


def test_an_entry_naming_no_place_does_not_answer_where_a_thing_is():
    """'What room is the final in?' is not answered by 'I have three finals on May 5. What should I do?'."""
    assert unanswered_where(True, None, ["finalexam"])
    assert not unanswered_where(True, None, ["finalexam", GIVES_PLACE])
    assert not unanswered_where(True, "askwhere", ["finalexam"])
    assert not unanswered_where(False, None, ["finalexam"])


def test_an_entry_asking_who_does_not_answer_where_a_thing_is():
    """'What room is the resit in?' is not answered by 'Who can take the resit?', wherever its answer points; 'where do
    I ask?' (no place of a thing) still may be."""
    assert unanswered_where(True, "askwho", ["resit", GIVES_PLACE])
    assert not unanswered_where(False, "askwho", ["resit", GIVES_PLACE])


@pytest.mark.parametrize(
    ("answer", "place", "length", "time", "number"),
    [
        ("Section 101 writes in Kessler Hall 120.", True, False, False, True),
        ("Submit it on Canvas.", True, False, False, False),
        ("Most good reports are 3 to 5 pages.", False, True, False, True),
        ("The exam lasts ninety minutes.", False, True, True, False),
        ("Bring one index card.", False, False, False, True),
        ("So 0.250 and 0.25 are not the same answer.", False, False, False, True),  # a decimal is no date
        ("Due 12/5.", False, False, True, True),
        ("Use a TI-84 or any calculator.", False, False, False, False),  # a model's number is no amount
    ],
)
def test_what_an_answer_gives(answer, place, length, time, number):
    """An answer is marked for the place, length, time and number it gives, and nothing it only seems to."""
    assert (gives_place(answer), gives_length(answer), gives_time(answer), gives_number(answer)) == (
        place,
        length,
        time,
        number,
    )


def test_how_long_needs_a_length_not_any_number():
    """'How long is the final?' is not answered by an entry whose answer only counts index cards."""
    assert unanswered_count("asklength", None, [GIVES_NUMBER])
    assert not unanswered_count("asklength", None, [GIVES_LENGTH])
    assert not unanswered_count("askcount", None, [GIVES_NUMBER])


@pytest.mark.parametrize(
    ("question", "asked", "allowed"),
    [
        ("how long do i have to ask for a regrade", "askwhen", True),
        ("how long do we have to turn in the doctor's note after being sick?", "askwhen", True),
        ("hey how much time do students get to appeal a grade", "askwhen", True),
        ("how long does it take for a regrade request to get answered", "askwhen", False),  # a wait, not a deadline
        ("how long is the final exam", "asklength", False),
        ("how long do we have for the presentation", "asklength", False),  # a duration
    ],
)
def test_how_long_one_has_to_do_something_asks_by_when(question, asked, allowed):
    """ "How long do I have to ..." asks a deadline (when), not a length; a wait and a duration stay what they were."""
    assert asked_of(question) == asked
    assert asks_time_allowed(question) is allowed
