"""FAQ files: CSV (question, answer, optional tags) and Markdown (## question, then the answer)."""

from __future__ import annotations

import pytest

from bot.core.errors import UserError
from bot.qa.faq_file import read_faq, read_faq_file


def test_csv_with_tags_and_quotes():
    data = b'question,answer,tags\n"Can I, maybe, resubmit?","Yes, until the deadline.","gradescope, hw"\n'
    (pair,) = read_faq("faq.csv", data)
    assert (pair.question, pair.answer, pair.tags) == (
        "Can I, maybe, resubmit?",
        "Yes, until the deadline.",
        "gradescope hw",
    )


def test_markdown_pairs_keep_the_answer_lines():
    data = b"# FAQ\n\n## Is the exam open book?\nNo.\nOne sheet of notes.\n\n## Are lectures recorded?\nYes.\n"
    pairs = read_faq("faq.md", data)
    assert [p.question for p in pairs] == ["Is the exam open book?", "Are lectures recorded?"]
    assert pairs[0].answer == "No.\nOne sheet of notes."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("f.csv", b"q,a\nx,y\n", "needs columns question and answer"),
        ("f.csv", b"question,answer\nHello?,\n", "line 2: answer is empty"),
        ("f.md", b"just text\n", "no question and answer found"),
        ("f.md", b"## Same?\nA\n## same?\nB\n", "repeats question 1"),
        ("f.csv", b"\xff\xfe", "not UTF-8"),
    ],
)
def test_problems_are_named_and_nothing_is_imported(name, data, message):
    with pytest.raises(UserError, match=message):
        read_faq(name, data)


def test_the_same_question_has_the_same_origin_whatever_its_spacing():
    one, two = read_faq("a.md", b"## Is it  open book?\nNo.\n")[0], read_faq("b.md", b"## is it open book?\nNo\n")[0]
    assert one.origin == two.origin


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_markdown_headings_inside_a_code_block_are_part_of_the_answer(fence):
    data = (
        f"## How do I write a markdown heading in my report?\nLike this:\n{fence}md\n## Results\n"
        f"### Details\n{fence}\nThen export it.\n## Is the exam open book?\nNo.\n"
    ).encode()
    pairs = read_faq("faq.md", data)
    assert [p.question for p in pairs] == ["How do I write a markdown heading in my report?", "Is the exam open book?"]
    assert pairs[0].answer.endswith(f"## Results\n### Details\n{fence}\nThen export it.")


def test_a_shorter_or_other_fence_does_not_close_a_code_block():
    data = b"## Q one?\n````\n```\n## not a question\n~~~\n````\nafter\n"
    (pair,) = read_faq("faq.md", data)
    assert "## not a question" in pair.answer
    assert pair.answer.endswith("after")


@pytest.mark.parametrize(
    ("header", "named"), [("Question,Answer,Question", "question"), ("question,answer,Answer ", "answer")]
)
def test_a_repeated_column_is_refused_by_name(header, named):
    data = f"{header}\nIs it open book?,No.,Are lectures recorded?\n".encode()
    with pytest.raises(UserError) as err:
        read_faq("faq.csv", data)
    assert f"repeats a column ({named} is columns" in err.value.message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"question,answer\nCan I submit HW2 late?,No, unless staff agree.\n", "line 2: 3 fields for 2 columns; quote"),
        (b"question,answer,tags\nQ?,A.,hw\nLate?,No, unless staff agree.,late\n", "line 3: 4 fields for 3 columns"),
        (b"question,answer\nCan I, maybe, resubmit?,Yes\n", "line 2: 4 fields for 2 columns"),
        (b"question,answer,tags\nLate work?,No, unless staff agree.\n", "line 2: the tags column reads like the rest"),
        (b"question,answer,tags\nLate work?,No, not after the cutoff or the grace days\n", "reads like the rest"),
        (b"question,answer\nIs the final cumulative?\n", "line 2: 1 field for 2 columns, so no answer"),
        (b"answer,question,tags\nYes.\n", "line 2: 1 field for 3 columns, so no question"),
        (b"question,answer\n  ,Yes.\n", "line 2: question is empty"),
        (b"question,answer\nIs it open book?,  \n", "line 2: answer is empty"),
        (b"Is it open book?,No\n", "line 1: the CSV needs columns question and answer, and has no question or answer"),
        (b"question,reply\nIs it open book?,No\n", "has no answer column"),
        (b'question,answer\nQ?,"No.\nR?,Yes.\n', "line 2: a quote opened on this line is never closed"),
        (b'question,answer\n"Two\nlines?",Yes.\nLate?,No, never.\n', "line 4: 3 fields"),
    ],
)
def test_a_csv_row_that_does_not_fit_its_header_is_refused_by_line(data, message):
    """A row is never cut or padded into a wrong answer: its line and what to fix are named, nothing is imported."""
    with pytest.raises(UserError, match=message):
        read_faq("faq.csv", data)


@pytest.mark.parametrize(
    ("data", "pairs"),
    [
        (b"question,answer,tags\nLate?,No.\n", [("Late?", "No.", "")]),  # trailing tags left out
        (b"question,answer,tags\n\n,,\nLate?,No.,late\n", [("Late?", "No.", "late")]),  # a sheet's empty rows
        (b'question,answer,notes\nLate?,"No, never.",ask Sam\n', [("Late?", "No, never.", "")]),
        (b'question,answer,tags\nLate?,No.,"late, grace days"\n', [("Late?", "No.", "late grace days")]),
    ],
)
def test_csv_rows_that_fit_their_header_are_read(data, pairs):
    """Trailing optional columns may be left out; blank rows are skipped; other columns are ignored."""
    assert [(p.question, p.answer, p.tags) for p in read_faq("faq.csv", data)] == pairs


@pytest.mark.parametrize(
    ("data", "pairs"),
    [
        # a "# Section" heading ends the answer above it; its text is under no question
        (
            b"# Course FAQ\n\n# Exams\n## May I bring notes to the final?\nOne page.\n# Contact\nEmail us.\n"
            b"## Are slides posted?\nYes.\n",
            [("May I bring notes to the final?", "One page."), ("Are slides posted?", "Yes.")],
        ),
        # a heading indented up to three spaces is still one; four spaces in, it is code
        (
            b"## Is the quiz timed?\nYes.\n   ## Is it online?\nNo.\n    ## code, not a question\n",
            [("Is the quiz timed?", "Yes."), ("Is it online?", "No.\n    ## code, not a question")],
        ),
        # closing hashes are no words; a # inside the title stays
        (
            b"## Is the midterm open book? ##\nNo.\n## Is C# allowed?\nYes.\n",
            [("Is the midterm open book?", "No."), ("Is C# allowed?", "Yes.")],
        ),
        # a level-3 heading stays in the answer
        (
            b"## How is HW graded?\nBy tests.\n### Details\nTen of them.\n",
            [("How is HW graded?", "By tests.\n### Details\nTen of them.")],
        ),
        # setext headings: === is level 1, --- under a paragraph is level 2; under a list item --- is a rule
        (
            b"Exams\n=====\nMay I bring notes?\n------------------\nOne page.\n\n- only yours\n---\n",
            [("May I bring notes?", "One page.\n\n- only yours\n---")],
        ),
        # comments, on their own lines or inline, are no part of any entry
        (
            b"## Is the final cumulative?\nYes. <!-- ask Sam -->\n<!--\n## Draft: is there a curve?\nTBD\n-->\n"
            b"## Are there quizzes?\n<!-- one line -->\nNo.\n",
            [("Is the final cumulative?", "Yes."), ("Are there quizzes?", "No.")],
        ),
    ],
)
def test_markdown_headings_of_level_one_or_two_end_an_answer_and_comments_are_skipped(data, pairs):
    """hostile11 5: any level-1/2 heading (ATX up to three spaces in, or setext) ends an answer; closing hashes and
    HTML comments never become a question's or an answer's words."""
    assert [(p.question, p.answer) for p in read_faq("faq.md", data)] == pairs


def test_markdown_says_what_it_left_out_by_line():
    """A title, sections and the text under no question, and comments are named, in the file's order."""
    data = (
        b"# FAQ\nRead me first.\nStill intro.\n# Exams\n## Q?\nA.\n<!--\ndraft\n-->\n# Contact\nEmail us.\n<!-- x -->\n"
    )
    assert read_faq_file("faq.md", data).left_out == [
        "line 1: # FAQ",
        "line 2: Read me first.",
        "line 4: # Exams",
        "lines 7-9: an HTML comment <!-- … -->",
        "line 10: # Contact",
        "line 11: Email us.",
        "line 12: an HTML comment <!-- … -->",
    ]


def test_an_unclosed_markdown_comment_is_refused():
    with pytest.raises(UserError, match="line 3: an HTML comment <!-- is never closed"):
        read_faq("faq.md", b"## Q?\nA.\n<!-- draft\n## R?\nB.\n")
