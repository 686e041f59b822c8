"""The words that name an exam of any kind, in a question or in the course's wording: "the midterms", "any quizzes",
"the midsem" speak of exams as "the exam" does. A course's own exam names ("Klausur", "CAT 1") come from its data."""

from __future__ import annotations

# Each kind of exam by its general English words, singular and plural ("midsem": a mid-semester test, clipped).
EXAM_WORDS = frozenset(
    {"exam", "exams", "test", "tests", "midterm", "midterms", "midsem", "final", "finals", "quiz", "quizzes"}
)
