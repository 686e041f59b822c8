"""Scores the answer engine and the forum search on the evaluation rounds in tests/evaluation (courses and questions
written by people who never saw the code), the way issues 12 and 13 measure "courses nobody tuned for". Nothing of
it ships and CI does not run it: the rounds are below the targets on purpose, they measure, they do not gate.

    python tools/evaluate.py                 # the dev rounds (tests/evaluation/questions): totals and every miss
    python tools/evaluate.py --held-out      # the held-out rounds: totals and counts only, never a question

Each answer is one of: right; confident wrong (a confident answer that is wrong: the worst outcome); unknown but on
the page (the bot said it does not know, or out of scope, though the course data holds the answer); hedged (the bot
said it is not sure and offered readings). Forum search: right entry first / in the top three / nothing suggested
for questions the FAQ does not cover.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.timefmt import parse_now  # noqa: E402
from bot.course.loader import load_course  # noqa: E402
from bot.understand.engine import read_question  # noqa: E402
from bot.understand.question.result import Result  # noqa: E402
from tests.qa.search_quality.score import score as score_faq  # noqa: E402
from tests.questions.score import HONEST_CATEGORIES, course_folder, score_file  # noqa: E402

EVALUATION = ROOT / "tests" / "evaluation"
CLASSES = ("right", "confident wrong", "unknown but on the page", "hedged")


def answer_classes(path: Path) -> tuple[Counter[str], list[str]]:
    """Each question of one file in its class, and a line for each miss."""
    course, verdicts = score_file(path)
    default_now = tomllib.loads(path.read_text())["now"]
    counts: Counter[str] = Counter()
    misses = []
    for verdict in verdicts:
        q = verdict.question
        if verdict.right:
            counts["right"] += 1
            continue
        now = parse_now(q.get("now", default_now), course.tz)
        kind = miss_class(q["category"], read_question(course, q["text"], now))
        counts[kind] += 1
        misses.append(f"  {kind}: {q['text']!r} [{q['category']}]: {'; '.join(verdict.problems)}")
    return counts, misses


def miss_class(category: str, result: Result) -> str:
    """The class of a wrong answer: hedged, unknown but on the page, or confident wrong."""
    if result.outcome == "unsure" or result.answer.kind == "unsure":
        return "hedged"
    if category not in HONEST_CATEGORIES and (
        result.outcome in ("out_of_scope", "empty") or result.answer.kind in ("unknown", "error")
    ):
        return "unknown but on the page"
    return "confident wrong"


def faq_line(faq: Path, questions: Path) -> str:
    header = tomllib.loads(questions.read_text())
    course_id = header.get("course") or questions.stem.split("questions-", 1)[-1]
    figures = score_faq(load_course(course_folder(course_id)), faq, questions)
    return figures.line(questions.stem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="the held-out rounds: totals only")
    args = parser.parse_args(argv)
    folder = EVALUATION / ("held-out" if args.held_out else "questions")
    total: Counter[str] = Counter()
    for path in sorted(folder.glob("round*.toml")):
        if "-questions-" in path.name:
            continue
        counts, misses = answer_classes(path)
        total += counts
        n = sum(counts.values())
        print(
            f"{path.stem}: {counts['right']}/{n} right ({counts['right'] / n:.1%}); "
            + ", ".join(f"{c} {counts[c]}" for c in CLASSES[1:])
        )
        if misses and not args.held_out:
            print("\n".join(misses))
    n = sum(total.values())
    if n:
        print(
            f"all: {total['right']}/{n} right ({total['right'] / n:.1%}); "
            + ", ".join(f"{c} {total[c]}" for c in CLASSES[1:])
        )
    for questions in sorted(folder.glob("round*-questions-*.toml")):
        faq = questions.with_name(questions.name.replace("-questions-", "-faq-")).with_suffix(".md")
        print(faq_line(faq, questions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
