"""When is the engine sure? The features the answer engine decides on, binned, against how each answer turned out,
on the dev rounds (tests/evaluation/questions) and on the repository question sets (tests/questions), the way
issue 12 asks for "a confidence with a margin". Nothing of it ships; it measures where a cut would turn confident
wrong answers into hedges and what rights it would cost.

    python tools/calibration.py            # one table per feature: bin -> right / wrong / hedged / unknown

Features of an answered question (over its parts: the weakest one): the reading's confidence, its margin over the
best rival reading of another intent, its score, the question's words nothing in the course explains, the number
of parts. Classes as tools/evaluate.py counts them. Never reads the held-out rounds.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from evaluate import miss_class  # noqa: E402

from bot.core.timefmt import parse_now  # noqa: E402
from bot.course.loader import load_course  # noqa: E402
from bot.understand.choosing.guess import lead  # noqa: E402
from bot.understand.question.result import Part, Result  # noqa: E402
from tests.questions import score  # noqa: E402

DEV = ROOT / "tests" / "evaluation" / "questions"
SETS = ROOT / "tests" / "questions"
SHORT = {"right": "right", "confident wrong": "wrong", "hedged": "hedged", "unknown but on the page": "unknown"}
# Each feature: what it reads of an answered question's parts, and the edges of its bins.
FEATURES: dict[str, tuple[Callable[[Sequence[Part]], float], tuple[float, ...]]] = {
    "confidence": (lambda parts: min(p.confidence for p in parts), (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)),
    "margin": (lambda parts: min(lead(p) for p in parts), (0.5, 1.0, 1.5, 2.0, 3.0, 5.0)),
    "score": (lambda parts: min(p.score for p in parts), (3.01, 4.0, 5.0, 6.0, 8.0)),
    "unexplained words": (lambda parts: max(p.unexplained for p in parts), (1, 2, 3, 4, 5)),
    "parts": (len, (2, 3)),
}


def bin_of(value: float, edges: Sequence[float]) -> str:
    """The bin a value falls in: "<e" for the first edge above it, ">=last" above them all."""
    for edge in edges:
        if value < edge:
            return f"<{edge:g}"
    return f">={edges[-1]:g}"


def outcomes() -> Iterable[tuple[str, Result, str]]:
    """Every question of the dev rounds and the repository sets: where from ("dev" or "sets"), the engine's result,
    and its class (right, wrong, hedged, unknown)."""
    seen: list[Result] = []
    asked = score.read_question

    def recording(*args, **kwargs) -> Result:
        seen.append(asked(*args, **kwargs))
        return seen[-1]

    score.read_question = recording  # judge() asks once; the result it judged is the one recorded
    try:
        dev = [p for p in sorted(DEV.glob("round*.toml")) if "-questions-" not in p.name]
        for where, paths in (("dev", dev), ("sets", score.question_files())):
            for path in paths:
                data = tomllib.loads(path.read_text())
                course = load_course(score.course_folder(data["course"]))
                now = parse_now(data["now"], course.tz)
                for q in data["question"]:
                    verdict = score.judge(course, q, now)
                    result = seen.pop()
                    yield where, result, "right" if verdict.right else SHORT[miss_class(q["category"], result)]
    finally:
        score.read_question = asked


def tables(rows: Iterable[tuple[str, Result, str]]) -> dict[str, dict[str, Counter[str]]]:
    """Per feature, per bin, the count of each (where, class); answered questions with a reading only."""
    counts: dict[str, dict[str, Counter[str]]] = {name: defaultdict(Counter) for name in FEATURES}
    counts["outcome"] = defaultdict(Counter)
    for where, result, kind in rows:
        counts["outcome"][f"{result.outcome}/{result.answer.kind}"][f"{where} {kind}"] += 1
        if result.outcome != "answered" or not result.parts:
            continue
        for name, (read, edges) in FEATURES.items():
            counts[name][bin_of(read(result.parts), edges)][f"{where} {kind}"] += 1
    return counts


def main() -> int:
    columns = [f"{w} {k}" for w in ("dev", "sets") for k in SHORT.values()]
    for name, bins in tables(outcomes()).items():
        print(f"{name}: " + " ".join(f"{c:>13}" for c in columns))
        for label in sorted(bins, key=_bin_order):
            print(f"  {label:>20} " + " ".join(f"{bins[label][c]:>13}" for c in columns))
    return 0


def _bin_order(label: str) -> tuple[int, float, str]:
    """Bins in the order of their values ("<0.5" before "<1", ">=5" last); other labels by name."""
    if label.startswith(">="):
        return (1, float(label[2:]), label)
    if label.startswith("<"):
        return (0, float(label[1:]), label)
    return (2, 0.0, label)


if __name__ == "__main__":
    sys.exit(main())
