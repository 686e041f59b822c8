"""The gate mechanism (bot.understand.choosing.gates): a substring test on the folded question, groups joined with `&`,
the course's own names as fragments, a text's scan for every gate at once, and every gate open inside `all_open()`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.understand.choosing.gates import all_open, fewest, folded, folded_name, gate, scanned
from bot.understand.question.per_question import one_question


@pytest.mark.parametrize(
    ("fragments", "text", "opens"),
    [
        ("fee pric", "what's the FEE for the lab", True),  # case folded
        ("fee pric", "how pricey is the kit", True),  # the start of a word is enough
        ("fee pric", "when is hw3 due", False),
        ("didn", "i didn\u2019t go", True),
        ("sud", "is group Süd on today", True),  # and as plain ASCII, as normalize.plain reads it
        ("cost", "how much does it c o s t", False),
    ],
)
def test_a_gate_opens_for_a_text_holding_a_fragment(fragments, text, opens):
    assert gate(fragments).opens(text) is opens


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("can i attend lab after i missed the prelab", True),
        ("can i attend lab tomorrow", False),  # the first group only
        ("i missed the prelab", False),  # the second only
    ],
)
def test_gates_joined_need_a_fragment_of_each(text, opens):
    both = gate("allowed can may") & gate("miss skip")
    assert both.opens(text) is opens


def test_a_course_gate_opens_for_the_longest_word_of_a_name_the_course_gives(course):
    by_people = gate("staff", of_course=lambda c: (p.name for p in c.people))
    longest = max(course.people[0].name.split(), key=len)
    assert by_people.opens(f"is {longest.upper()} around today", course)
    assert by_people.opens("who are the staff", course)
    assert not by_people.opens("when is hw3 due", course)
    with pytest.raises(TypeError):
        by_people.opens("who are the staff")  # it needs the course


@pytest.mark.parametrize(
    ("name", "fragment"), [("Exam 1", "exam"), ("Süd", "süd"), ("#2 quiz", "quiz"), ("the final", "final"), ("—", "")]
)
def test_a_name_gives_its_longest_run_of_letters_and_digits(name, fragment):
    assert folded_name(name) == fragment


def test_all_open_opens_every_gate_and_closes_them_after(course):
    price = gate("pric")
    named = gate("zzz", of_course=lambda c: ())
    with all_open():
        assert price.opens("when is hw3 due")
        assert named.opens("when is hw3 due", course)
    assert not price.opens("when is hw3 due")
    assert not named.opens("when is hw3 due", course)


def test_several_strings_are_one_list_of_fragments():
    assert gate("fee pric", "cost").opens("what does it cost")
    assert gate("fee pric", "cost") == gate("fee pric cost")


def test_fragments_must_be_lowercase_words():
    with pytest.raises(ValueError, match="lowercase"):
        gate("Fee")
    with pytest.raises(ValueError, match="lowercase"):
        gate("   ")
    with pytest.raises(ValueError, match="apostrophes"):
        gate("didn't")  # "didn" holds it, whichever apostrophe was typed


def test_the_fold_holds_both_readings_of_the_text():
    assert folded("Süd’s") == "süd's\nsud's"
    assert folded("Is HW3 due") == "is hw3 due"  # plain ASCII is read once


@pytest.mark.parametrize(
    ("fragments", "kept"),
    [
        (["hashing7", "hashing", "lsh", "hashing12"], ("hashing", "lsh")),
        (["lab", "lab7", "collab", "ab"], ("ab",)),  # "ab" lies inside each
        (["exam", "exam", "midterm"], ("exam", "midterm")),
        (["final", "fin", "finals"], ("fin",)),
        ([], ()),
    ],
)
def test_fewest_drops_fragments_holding_a_shorter_one(fragments, kept):
    assert fewest(fragments) == kept


@given(
    st.lists(st.text(alphabet="abc7", min_size=1, max_size=5), max_size=12),
    st.text(alphabet="abc7 ", max_size=30),
)
def test_fewest_fragments_are_in_the_same_texts(fragments, said):
    """A text holds one of the fewest fragments exactly when it holds one of them all."""
    assert any(f in said for f in fewest(fragments)) is any(f in said for f in fragments)


@pytest.mark.parametrize("factor", [1, 20])
def test_a_course_gate_of_many_like_names_stays_short(course, factor):
    """A course of 20 copies of every name ("Katie7 Zhang7") gives the course gate the group of one copy, and it
    opens for the same questions."""
    from bench.scaled_course import scaled

    big = scaled(course, factor)
    by_people = gate("staff", of_course=lambda c: (p.name for p in c.people))
    assert len(by_people._own_of(big)) == len(by_people._own_of(course))
    for person in big.people[:: len(course.people) + 1]:
        assert by_people.opens(f"is {person.name.lower()} around today", big)
    assert not by_people.opens("when is hw3 due", big)


@given(
    st.lists(
        st.lists(st.text(alphabet="abc%-", min_size=1, max_size=4), min_size=1, max_size=4), min_size=1, max_size=3
    ),
    st.text(alphabet="abcABC %-\u2019", max_size=30),
)
def test_a_scan_opens_a_gate_exactly_when_its_fragments_do(groups, said):
    """Fragments that start one another ("ab", "abc"), lie inside one another or overlap: a gate asked of the text's
    scan opens exactly when each group has a fragment in the folded text, as asked of the text itself."""
    made = [gate(" ".join(group)) for group in groups]
    both = made[0]
    for other in made[1:]:
        both = both & other
    low = folded(said)
    for each in (*made, both):
        expected = all(any(f in low for f in group) for group in each.groups)
        assert each.opens(scanned(said)) is expected
        assert each.opens(said) is expected


def test_a_gate_made_after_a_scan_reads_the_text_itself():
    """A text scanned before a gate was made: that gate looks for its own fragments in the scanned text."""
    said = scanned("how much does the zqxv kit cost")
    assert gate("zqxv").opens(said)
    assert not gate("zqxw").opens(said)


def test_a_course_gate_opens_on_a_scan_for_the_course_names(course):
    by_people = gate("staff", of_course=lambda c: (p.name for p in c.people))
    longest = max(course.people[0].name.split(), key=len)
    scanned("prime the scanner with this gate")  # the gate is known to the scan below
    assert by_people.opens(scanned(f"is {longest.upper()} around today"), course)
    assert by_people.opens(scanned("who are the staff"), course)
    assert not by_people.opens(scanned("when is hw3 due"), course)
    with all_open():
        assert by_people.opens(scanned("when is hw3 due"), course)


def test_a_text_is_scanned_once_while_a_question_is_answered():
    with one_question():
        assert scanned("When is HW3 due") is scanned("When is HW3 due")
    assert scanned("When is HW3 due") is not scanned("When is HW3 due")  # nothing kept after the question


_SPACED_GATES = tuple(gate(fragments) for fragments in ("ab", "bs", "sud", "süd", "a"))


@given(st.text(alphabet=st.sampled_from("ab ’'\t\nüAB\u00a0s"), max_size=30))
def test_a_text_with_its_spaces_run_together_opens_the_same_gates(text):
    """A reader that runs a question's spaces together ("a  b" as "a b") shares the scan of the question as typed:
    no fragment holds a space, so both open the same gates."""
    together = " ".join(text.lower().replace("\u2019", "'").split())
    with one_question():
        for shut in _SPACED_GATES:
            assert shut.opens(scanned(text)) is shut.opens(scanned(together))
