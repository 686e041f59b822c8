"""Evidence: the topics and policy a question's words point at, words nothing explains, the fact asked for."""

from __future__ import annotations

import dataclasses

import pytest

from bot.course.model import Policy
from bot.understand.engine import engine_for
from bot.understand.page_evidence.evidence import fact_asked
from tests.conftest import at
from tests.understand.conftest import course_in, reply

NOW = at("2024-02-12 10:00")


def evidence(course, question):
    engine = engine_for(course)
    return engine.evidence.find(engine.reader.read(question, NOW))


def test_topic_rows_holding_most_of_the_words(course):
    """'linear algebra review' is the recitation holding all three words, not the lecture holding two."""
    ev = evidence(course, "what day is the linear algebra review")
    assert [course.schedule[r].title for r in ev.topic_rows] == ["Recitation 2: Linear Algebra Review"]
    assert ev.topic_strength >= 3


def test_a_policy_explaining_more_words_wins(course):
    """'is it cheating to google the homework problems': searching for solutions explains two words."""
    assert evidence(course, "is it cheating to google the homework problems").policy == "previously-used-assignments"


def test_close_policies_are_both_kept(course):
    """Solutions in a public GitHub repo: protecting your work, or code found on GitHub? Both are kept."""
    ev = evidence(course, "can i put my hw solutions in a public github repo")
    assert {ev.policy, ev.policy_rival} == {"duty-to-protect", "found-code"}


def test_the_part_of_the_work_is_not_a_policy_of_its_own(course):
    """'copilot for the programming part' is about AI tools; the part named is how the work is split."""
    assert evidence(course, "can I use github copilot for the programming part").policy == "generative-ai"


def test_words_nothing_explains_are_counted(course):
    """'is the dining hall open on sunday': two words the course knows nothing about."""
    assert evidence(course, "is the dining hall open on sunday").unexplained == 2
    assert evidence(course, "when is LSH").unexplained == 0


def test_a_topic_not_on_the_schedule_is_noted(course):
    """'is there a lecture on transformers': asked as a topic, found nowhere."""
    ev = evidence(course, "is there a lecture on transformers")
    assert ev.topic_rows == []
    assert ev.topic_words == "transformers"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what time is lecture", "meeting_time"),
        ("when is lecture", "meeting_time"),
        ("where is class held", "meeting_place"),
        ("how much is the final worth", "grading"),
        ("whats jacob's email", "email"),
        ("whats the piazza link", "link"),
        ("what room is exam 2 in", "exam_place"),
        ("what time does the midterm start", "exam_time"),
        ("is the final cumulative", "exam_content"),
        ("when is the next lecture", None),
        ("where's the next lecture", None),  # one meeting: the next class answer has its room
        ("is lecture in person", "meeting_place"),
        ("can we use a calculator on the final", "exam_rules"),
        ("where do i submit hw3", "submission"),
        ("where do i find the exam conflict form", None),
        ("when is hw3 due", None),
    ],
)
def test_the_fact_asked_for(course, question, fact):
    """Class time, room, weights, emails, links, exam times and rooms: facts the data holds or lacks."""
    assert fact_asked(engine_for(course).reader.read(question, NOW)) == fact


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is lecture in halvorsen hall 100", "meeting_place"),  # a room the midterm uses too: still the lecture's
        ("is lecture in halvorsen 70", "meeting_place"),
        ("is the lecture in quarry hall 79", "meeting_place"),
        ("is the midterm in halvorsen hall 100", None),  # an exam's room is the exam's own reading
        ("is lecture at 11", "meeting_time"),  # a clock after "at", no room
    ],
)
def test_a_room_stated_in_a_yes_no_asks_where_it_meets(stat, question, fact):
    """ "is lecture in halvorsen 70": a yes/no stating a room asks where the kind meets, as "where" would."""
    assert fact_asked(engine_for(stat).reader.read(question, at("2024-10-01 13:00"))) == fact


def test_a_room_stated_with_a_day_is_left_to_the_days_reading(stat):
    """ "is lecture tomorrow in halvorsen hall 100": whether it meets that day is asked too."""
    reading = engine_for(stat).reader.read("is lecture tomorrow in halvorsen 70", at("2024-10-01 13:00"))
    assert fact_asked(reading) != "meeting_place"


def test_working_with_a_partner_is_not_answered_from_the_late_policy(geo):
    result, said = reply(geo, "can i work with a partner", "2025-03-26 10:00")
    assert result.answer.kind in ("unknown", "unsure")
    assert "late work" not in said.lower()


def test_a_policy_named_by_its_keyword_beats_a_row_announcing_it(geo):
    result, said = reply(geo, "when is the excursion", "2025-03-26 10:00")
    assert result.parts[0].slots.get("policy") == "excursion"
    assert "July" in said
    assert "exact dates" in said
    assert "Mon Mar 10" not in said


def _final_only_a_policy(stat):
    """STAT 187 with its final kept only as a policy of its own, as some course pages give it."""
    from dataclasses import replace

    from bot.course.model import Policy

    final = Policy(
        "final-exam",
        "Final exam",
        "The final is in the December exam period; its date, time and length are not yet set.",
        "The final exam is held in the December exam period; the date is not yet set.",
        keywords=("final", "final exam"),
    )
    return replace(stat, exams=tuple(e for e in stat.exams if e.id != "final"), policies=(*stat.policies, final))


@pytest.mark.parametrize("question", ["is the final open book", "when is the final", "is the final 2 hours"])
def test_an_exam_held_only_as_a_policy_is_never_another_exam(stat, question):
    course = _final_only_a_policy(stat)
    _, said = reply(course, question, "2024-10-01 10:00")
    assert "Midterm" not in said.splitlines()[0], said  # never the midterm's rules or times
    assert "next 2 hours" not in said
    assert not said.splitlines()[2].startswith(("Yes", "No")), said


@pytest.mark.parametrize(
    "question", ["is a periodic table provided in midterm 2", "is a periodic table given in the final"]
)
def test_a_thing_provided_in_an_exam_is_the_exams_not_a_lecture(question):
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    engine = engine_for(chem)
    found = engine.evidence.find(engine.reader.read(question, at("2026-03-04 14:00")))
    assert found.fact == "exam_other"
    assert not found.topic_rows


def test_a_policy_named_by_its_keywords_beats_one_only_mentioning_them(stat):
    """'who do i ask for special consideration': the policy keyed so, not another whose text mentions it (no rival)."""
    said = {
        "special-consideration": ("Special consideration", "apply for special consideration on the portal in 5 days"),
        "deferred-exams": ("Deferred exams", "ask the exams office: a missed final needs special consideration"),
    }
    keyed = {"special-consideration": ("special consideration",)}
    added = tuple(Policy(i, title, quote, quote, keyed.get(i, ())) for i, (title, quote) in said.items())
    course = dataclasses.replace(stat, policies=(*stat.policies, *added))
    for question in ("who do i ask for special consideration", "how do i apply for special consideration"):
        ev = evidence(course, question)
        assert (ev.policy, ev.policy_rival) == ("special-consideration", None), question


@pytest.mark.parametrize(
    "question",
    [
        "where can i find the lecture slides",
        "where are the lecture recordings",
        "where are the recordings of the lectures",
    ],
)
def test_a_meetings_materials_are_not_where_it_meets(second_course, question):
    """ "the lecture slides": where those are, never the lecture room."""
    result, said = reply(second_course, question, "2024-10-14 10:00")
    assert [p.slots.get("fact") for p in result.parts] != ["meeting_place"]
    assert "Halvorsen" not in said


def test_where_a_meeting_is_held_is_still_its_place(second_course):
    result, _ = reply(second_course, "where is lecture", "2024-10-14 10:00")
    assert [p.slots.get("fact") for p in result.parts] == ["meeting_place"]


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("does everyone in the group get the same grade", False),  # whoever it may be: what they get is asked
        ("can anybody in my group hand in for us", False),
        ("is the library open on sunday", True),  # the thing named is nothing of the course
    ],
)
def test_a_word_for_whoever_it_may_be_is_no_unknown_subject(course, question, unknown):
    """ "does everyone in the group ...": "everyone" is not the unknown thing the question is about."""
    assert evidence(course, question).unknown_subject is unknown


@pytest.mark.parametrize(
    ("question", "policy"),
    [
        ("are pre-labs due on tuesdays", None),  # the series named with a due word: the work, not a lab policy
        ("when are the pre labs due", None),
        ("what do the pre-labs involve", "prelabs"),  # no due or when word: the policy named like them
    ],
)
def test_a_series_named_with_a_due_word_is_the_work_not_a_policy(question, policy):
    """A series of work named with 'due' or 'when' is that work: a policy sharing its name is no reading of it."""
    ev = evidence(course_in("tests/fixtures/courses/chem-1310-s26"), question)
    assert ev.policy == policy


def test_a_word_of_a_policys_own_keywords_outranks_a_mention_in_another_quote():
    """ "what do we wear for lab" where the attire rule's keywords hold "what to wear" and another rule's quote only
    names a play "They Don't Wear Black Tie": the attire rule, with no rival offered."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    policies = tuple(
        dataclasses.replace(p, keywords=(*p.keywords, "what to wear"))
        if p.id == "lab-safety"
        else dataclasses.replace(p, quote=f"{p.quote} Read the play They Don't Wear Black Tie in the lab.")
        if p.id == "recordings"
        else p
        for p in chem.policies
    )
    course = dataclasses.replace(chem, policies=policies)
    ev = evidence(course, "what do we wear for lab")
    assert ev.policy == "lab-safety"
    assert ev.policy_rival is None


@pytest.mark.parametrize(
    ("folder", "now", "question", "must"),
    [
        # a row with readings: them; a row without: said so, never "I don't know"
        ("data/10-605-s24", "2024-02-05 10:00", "whats the reading for wednesdays lecture", "Hash kernels, I"),
        ("data/10-605-s24", "2024-02-05 10:00", "what are the readings for wednesday", "Hash kernels, II"),
        ("data/stat-187-f24", "2024-10-14 10:00", "whats the reading for tuesdays lecture", "No reading is listed"),
        ("data/stat-187-f24", "2024-10-14 10:00", "the reading for the lecture on oct 22?", "No reading is listed"),
    ],
)
def test_the_reading_of_a_day_is_a_material_of_its_row(folder, now, question, must):
    """ "whats the reading for tuesdays lecture": the reading the day's row lists (or that it lists none), never a
    rule on textbooks nor an unknown subject."""
    result, said = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "schedule_day", said
    assert must in said


@pytest.mark.parametrize(
    ("rules", "question"),
    [
        ("Safety goggles and closed-toe shoes are required; no proper attire, no lab.", "what should i wear to lab"),
        ("Enclosed shoes must be worn in the lab.", "what do i need to wear for lab"),
        ("Come in plain clothing you can move in.", "what am i supposed to be wearing in lab"),
    ],
)
def test_what_to_wear_asks_the_rule_on_attire_in_its_own_words(rules, question):
    """ "wear" asked of a rule that says "worn", "attire" or "clothing" (and no keyword of wearing): that rule."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    policies = tuple(
        dataclasses.replace(p, title="Lab rules", keywords=("lab rules",), summary=rules, quote=rules)
        if p.id == "lab-safety"
        else p
        for p in chem.policies
    )
    assert evidence(dataclasses.replace(chem, policies=policies), question).policy == "lab-safety"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("do we need to study the guest lecture for the final", "No: Guest lecture"),
        ("does the final cover the guest lecture", "No: Guest lecture"),
        ("is the guest lecture on the final", "No: Guest lecture"),
    ],
)
def test_a_topic_studied_for_or_covered_by_an_exam_is_asked_on_it(question, first):
    """ "study X for the final", "does the final cover X": whether that day is on the exam, from its coverage rule
    (whose exception decides), never the exam's review rows."""
    from tests.understand.conftest import first_line

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    _, shown = reply(chem, question, "2026-02-10 10:00")
    assert first_line(shown).startswith(first), shown


@pytest.mark.parametrize("question", ["when is hw3 due", "where are office hours on friday"])
def test_an_exam_only_a_policy_is_not_looked_for_without_a_policy_named(course, monkeypatch, question):
    """A question naming no policy by an exam's word is no question about an exam that is only a policy: the exams
    the page has not set are not even read."""
    from bot.understand.page_evidence import evidence

    def unread(*_args):
        raise AssertionError("the unset exams were read")

    monkeypatch.setattr(evidence, "unset_exam", unread)
    assert not evidence.exam_only_a_policy(course, engine_for(course).reader.read(question, NOW))
