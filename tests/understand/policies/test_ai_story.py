"""Questions about using an AI tool: the course's AI rule, Yes or No only from the clause on the action asked."""

from __future__ import annotations

import pytest

from bot.understand.policies.ai_story import ai_policy, ai_question, ai_verdict, asked_actions, used_tool
from tests.understand.conftest import course_in, first_line, reply

RULE = (
    "You may use generative AI tools to explain concepts or to quiz yourself. You may not use them to write or "
    "calculate anything you submit. Using AI during an exam is misconduct."
)
CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "actions"),
    [
        ("can i get chatgpt to write my report", ["write"]),
        ("is it ok to have copilot finish my code", ["finish"]),
        ("i want to use ai to explain entropy, not to do anything graded", ["explain"]),
        ("is it fine to ask claude to summarize the reading", ["summarize"]),
    ],
)
def test_the_action_the_tool_is_asked_to_do(question, actions):
    """The tool's action is read from "get it to", "have it" and "to ...", never the student's own aims or a "not"."""
    assert asked_actions(question) == actions


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i get chatgpt to write my conclusion", False),
        ("is it fine to ask gpt to explain equilibrium to me", True),
        ("could i have ai rephrase my answers", False),
        ("am i allowed to use chatgpt to practice for the midterm", True),
    ],
)
def test_a_clause_on_the_action_decides(question, yes):
    """Writing and rephrasing are what the "may not" clause names; explaining and practising the "may" one."""
    found = ai_verdict(RULE, question)
    assert found is not None
    assert found.yes is yes


@pytest.mark.parametrize(
    "question",
    [
        "can i use chatgpt to quiz me during the exam",  # the rule's words on exams decide that, not "quiz yourself"
        "can i use ai to explain concepts and to write my intro",  # two actions the rule answers differently
        "can i use chatgpt",  # no action named
    ],
)
def test_no_verdict_where_the_clauses_do_not_settle_it(question):
    found = ai_verdict(RULE, question)
    assert found is None or found.yes is None


def test_an_action_no_clause_names_is_not_on_the_page():
    """ "to find sources": no clause speaks of it, so the answer says the page does not say."""
    found = ai_verdict(RULE, "can i use chatgpt to find sources for my report")
    assert found is not None
    assert found.yes is None


def test_the_question_said_as_a_plain_may_i():
    """A story's asking sentence, as the data's claims are phrased."""
    said = used_tool("i'm behind on everything. would it be ok if i got chatgpt to write the lab report?")
    assert said == "can i use chatgpt to write the lab report?"


def test_the_ai_rule_is_found_by_its_keywords(hist, geo):
    assert ai_policy(hist) == "ai-tools"
    assert ai_policy(geo) == "ai-tools"
    assert ai_policy(course_in(CHEM)) == "ai"


@pytest.mark.parametrize(
    "question",
    [
        "my friend told me about the llm stuff in lecture, is that allowed to be on the exam",
        "is the ai lecture recorded",
        "can i use chatgpt for the essay and when is it due",
    ],
)
def test_a_tool_named_as_a_topic_or_beside_a_date_is_not_read_as_its_use(hist, question):
    assert ai_question(hist, question) is None


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "honestly i'm so behind this week and my friend says everyone does it. would it be fine if i got "
            "chatgpt to write the discussion for my lab report?",
            "No",
        ),
        ("im stuck on gas laws, is it ok to have chatgpt explain them to me before the quiz", "Yes"),
        (
            "i'm worried about getting in trouble. we're allowed to use ai at all here? like just to quiz myself on "
            "stoichiometry, not for anything i hand in",
            "Yes",
        ),
    ],
)
def test_a_story_about_ai_gets_the_rule_on_its_action(question, verdict):
    course = course_in(CHEM)
    result, said = reply(course, question, "2026-03-04 14:00")
    assert [p.slots.get("policy") for p in result.parts] == ["ai"]
    assert first_line(said).startswith(verdict), said


def test_a_story_whose_action_the_rule_leaves_out_is_said_unknown(hist):
    """ "to look up archives": the essay rule speaks only of writing, so no Yes or No and the page's words."""
    question = "for my essay i've been using chatgpt just to look up which archives hold letters. is that allowed?"
    result, said = reply(hist, question, "2024-11-21 10:00")
    assert result.answer.kind == "unknown"
    assert "doesn't say" in first_line(said)
    assert "any part" in said


CONTRAST = (
    "You may use generative AI tools (e.g. ChatGPT) to check grammar and spelling, but not to generate any part of "
    "the content of an assessment."
)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i get chat gpt to write the intro of my care plan", False),
        ("can i use chatgpt to write part of my essay", False),
        ("can i use chatgpt to check my spelling", True),
        # "tools (e.g. ChatGPT) to check grammar" is one sentence, not two at "e.g."
        ("is it ok to use chatgpt to check my grammar, im not a native speaker", True),
    ],
)
def test_each_side_of_a_but_decides_its_own_action(question, yes):
    """ "may use ... to check grammar, but not to generate any part": checking Yes, writing No, never the other way."""
    found = ai_verdict(CONTRAST, question)
    assert found is not None
    assert found.yes is yes


HELP = (
    "You may use generative AI tools (such as ChatGPT) for help with spreadsheet formulas and code. "
    "You may not use them to write the text of your pitches or to generate data."
)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i use gemini to help with my excel formulas", True),  # the clause on help with formulas
        ("can copilot help me with my python code", True),
        ("can chatgpt help me with my pitch", "undecided"),  # writing a pitch is forbidden; help with one is not said
        ("can chatgpt help me with my interview notes", None),  # no clause names the notes
    ],
)
def test_help_with_a_thing_is_decided_by_the_clause_on_help_with_it(question, yes):
    """ "help with X" names no action: a clause giving help with that thing decides; one only naming it does not."""
    found = ai_verdict(HELP, question)
    if yes == "undecided":
        assert found is None
    else:
        assert found is not None
        assert found.yes is yes


@pytest.mark.parametrize(
    ("question", "actions"),
    [
        ("can chatgpt write my lab report conclusion", ["write"]),
        ("could claude just summarize chapter 4", ["summarize"]),
        ("would copilot help me fix my bugs", ["fix"]),
        ("is it fine if claude writes my intro", ["writes"]),
        ("is it ok if chatgpt explains recursion to me", ["explains"]),
    ],
)
def test_the_action_asked_of_the_tool_itself(question, actions):
    """ "can chatgpt write ...": the tool as the one asked to act, its verb the action."""
    assert asked_actions(question) == actions


@pytest.mark.parametrize(
    ("quote", "question", "yes"),
    [
        ("You may use AI only to check grammar. Do not use it to produce text.", "can ai write my paper", False),
        ("AI may check spelling; don't use it to draft anything you hand in.", "can i use chatgpt to draft it", False),
        ("You should not use AI tools to write code; you may use them to explain.", "can copilot write my code", False),
    ],
)
def test_a_do_not_clause_forbids_its_action(quote, question, yes):
    """ "Do not use them to produce text", "don't", "should not": a prohibition as plain as "may not"."""
    found = ai_verdict(quote, question)
    assert found is not None
    assert found.yes is yes


# A rule that permits one action in a "for ...ing" and forbids another with the verb straight after its modal.
MODAL = (
    "You may use generative AI tools for brainstorming and for placeholder images or code in the final project, if "
    "you declare it. Generative AI may not write your essays, reflections or lab notes. Chatbots can check grammar."
)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can chatgpt just draft my reflection", False),
        ("is it ok if i get claude to write my lab notes", False),
        ("could copilot write the essay for me", False),
        ("can i use chatgpt to brainstorm topics", True),
        ("can i use ai to proofread my essay", True),
    ],
)
def test_the_verb_after_a_modal_or_a_for_names_the_clauses_action(question, yes):
    """ "AI may not write your essays" forbids writing, "for brainstorming" permits brainstorming; "placeholder
    images or code" is a list of things, not the action of writing code."""
    found = ai_verdict(MODAL, question)
    assert found is not None
    assert found.yes is yes


def test_a_may_i_asked_of_the_tool_is_read_as_its_use():
    """ "could claude just write the proposal for me": the AI rule, read whole, decides it."""
    course = course_in("tests/fixtures/courses/hist-210-a24")
    assert ai_question(course, "could claude just write the proposal for me") == ("ai-tools", True)
    assert ai_question(course, "can ai be on the exam") is None  # no action of the tool asked


_CHECKING = "AI tools may be used on problem sets to check your work or debug code. They may not write any report."


@pytest.mark.parametrize(
    ("rule", "question", "yes"),
    [
        (_CHECKING, "is it ok to use chat gpt to debug my code on the problem sets", True),  # debugging is checking
        (_CHECKING, "can copilot troubleshoot my script", True),
        (RULE, "can i use chatgpt to wrte my lab report", False),  # a letter dropped
        (RULE, "is it ok if i use gpt to wirte my conclusion", False),  # two swapped
        (RULE, "can claude expain entropy to me", True),
    ],
)
def test_debugging_and_a_mistyped_action_are_the_rules_actions(rule, question, yes):
    """Debugging is checking one's work; an action mistyped by a letter is that action, as the rule names it."""
    found = ai_verdict(rule, question)
    assert found is not None
    assert found.yes is yes


@pytest.mark.parametrize("question", ["can i use chatgpt to work through the problems", "can ai text my group"])
def test_a_word_a_changed_letter_away_is_no_action_of_the_rule(question):
    """ "work" is not "word" mistyped, nor "text" "test": a changed letter makes another word, not a typo read."""
    found = ai_verdict(RULE, question)
    assert found is None or found.yes is None


GET_ANSWERS = (
    "You may use AI tools to understand concepts. Do not paste homework questions into an AI tool to get answers."
)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i use chatgpt to answer the homework", False),  # "to get answers" is answering
        ("can i use ai to solve the problem sets", False),
        ("can i use chatgpt to understand the concepts", True),
    ],
)
def test_a_rule_naming_what_ai_makes_decides_the_action_that_makes_it(question, yes):
    """ "into an AI tool to get answers": getting answers made is the answering the student asks of."""
    found = ai_verdict(GET_ANSWERS, question)
    assert found is not None
    assert found.yes is yes
