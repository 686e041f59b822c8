"""An exam's word ending a schedule topic's longer name is that topic's name
(bot.understand.question.reading.exam_word_of_a_topic)."""

from __future__ import annotations

from bot.understand.question.reading import Mention, exam_word_of_a_topic


def test_an_exam_word_ending_a_topic_name_is_the_topic():
    """ "the grand finals": the topic "grand finals" (words 4-6), not the final exam (word 5)."""
    topic = Mention("topic", ("67",), 4, 6)
    exam = Mention("exam", ("final",), 5, 6)
    assert exam_word_of_a_topic([topic, exam]) == [topic]


def test_an_exam_word_starting_a_topic_name_stays_the_exam():
    """ "the midterm review": the exam it is held for is still named."""
    topic = Mention("topic", ("12",), 2, 4)
    exam = Mention("exam", ("midterm",), 2, 3)
    assert exam_word_of_a_topic([topic, exam]) == [topic, exam]


def test_an_exam_apart_from_any_topic_stays():
    """ "is lsh on the final": the topic and the exam are two things asked about."""
    topic = Mention("topic", ("3",), 1, 2)
    exam = Mention("exam", ("final",), 5, 6)
    assert exam_word_of_a_topic([topic, exam]) == [topic, exam]
