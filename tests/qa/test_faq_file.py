"""FAQ files: CSV (question, answer, optional tags) and Markdown (## question, then the answer)."""

from __future__ import annotations

import pytest

from bot.core.errors import UserError
from bot.qa.faq_file import read_faq


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
