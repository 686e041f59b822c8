"""Score the answer engine on the question set: accuracy by category and by tag, honesty where it matters.

    python -m tests.questions.score [FILE ...] [--failures] [--json]

With no FILE, every tests/questions/*.toml. A question is right when every part's intent and labelled slots
are read, every fact is in the plain-text answer, nothing in `absent` is, and a yes/no label matches the
answer's first line. Out-of-scope and unknown-on-the-page questions are also checked for honesty: the answer
says it does not know (kind unknown, unsure or error) instead of giving a confident answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.core.render_text import answer_text
from bot.core.timefmt import parse_now
from bot.course.loader import load_course
from bot.course.model import Course
from bot.understand.engine import read_question

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
COURSE_DIRS = (REPO / "data", REPO / "tests" / "fixtures" / "courses", REPO / "tests" / "evaluation" / "courses")
HONEST_CATEGORIES = ("out_of_scope", "unknown_on_page")
HONEST_KINDS = ("unknown", "unsure", "error")


@dataclass
class Verdict:
    question: dict[str, Any]
    right: bool
    honest: bool | None  # None: not an honesty question
    problems: list[str] = field(default_factory=list)
    reading: dict[str, Any] = field(default_factory=dict)
    rendered: str = ""
    file: str = ""  # the question file's name


def course_folder(name: str) -> Path:
    for base in COURSE_DIRS:
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"no course folder {name!r} under {', '.join(str(b) for b in COURSE_DIRS)}")


def question_files() -> list[Path]:
    return sorted(HERE.glob("*.toml"))


def _expected_parts(q: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The labelled reading, or None for a question labelled only by what its answer says (a blind set)."""
    if "parts" in q:
        return q["parts"]
    if "intent" in q:
        return [{"intent": q["intent"], "slots": q.get("slots", {})}]
    return None


def _same(expected: Any, got: Any, key: str, course: Course) -> bool:
    if key == "moment":
        want = dt.datetime.fromisoformat(expected)
        want = want if want.tzinfo else want.replace(tzinfo=course.tz)
        return got is not None and dt.datetime.fromisoformat(got) == want
    if key == "dates":
        return got is not None and set(expected) <= set(got)
    if key == "assignments":
        return got is not None and sorted(expected) == sorted(got)
    return expected == got


def judge(course: Course, q: dict[str, Any], default_now: dt.datetime) -> Verdict:
    now = parse_now(q["now"], course.tz) if "now" in q else default_now
    result = read_question(course, q["text"], now)
    rendered = answer_text(result.answer, course.tz, now)
    reading = result.as_json()
    problems: list[str] = []
    if result.outcome == "answered":
        read = [(p["intent"], p["slots"]) for p in reading["parts"]]
    else:
        read = [({"out_of_scope": "out_of_scope", "empty": "out_of_scope"}.get(result.outcome, result.outcome), {})]
    expected = _expected_parts(q)
    if expected is not None and len(read) != len(expected):
        problems.append(f"read {len(read)} part(s), expected {len(expected)}: {[r[0] for r in read]}")
    for want, (intent, slots) in zip(expected or (), read, strict=False):
        intents = want["intent"] if isinstance(want["intent"], list) else [want["intent"]]
        if intent not in intents:
            problems.append(f"intent {intent}, expected {'/'.join(intents)}")
            continue
        for key, value in want.get("slots", {}).items():
            if not _same(value, slots.get(key), key, course):
                problems.append(f"slot {key} = {slots.get(key)!r}, expected {value!r}")
    for fact in q.get("facts", []):
        if fact not in rendered:
            problems.append(f"missing fact {fact!r}")
    for fact in q.get("absent", []):
        if fact in rendered:
            problems.append(f"should not say {fact!r}")
    if "yes_no" in q:
        body = rendered.splitlines()[2:3]
        first = body[0] if body else ""
        if not first.lower().startswith(q["yes_no"]):
            problems.append(f"first line {first!r} does not start with {q['yes_no'].capitalize()}")
    honest = None
    if q["category"] in HONEST_CATEGORIES:
        honest = result.answer.kind in HONEST_KINDS
        if not honest:
            problems.append(f"not honest: answer kind {result.answer.kind!r}")
    return Verdict(q, not problems, honest, problems, reading, rendered)


def score_file(path: Path) -> tuple[Course, list[Verdict]]:
    data = tomllib.loads(path.read_text())
    course = load_course(course_folder(data["course"]))
    now = parse_now(data["now"], course.tz)
    return course, [replace(judge(course, q, now), file=path.name) for q in data["question"]]


def table(verdicts: list[Verdict]) -> list[tuple[str, int, int, str]]:
    """(row, questions, right, honest) per category, per tag, and overall."""
    groups: dict[str, list[Verdict]] = defaultdict(list)
    for v in verdicts:
        groups[v.question["category"]].append(v)
        for tag in v.question.get("tags", []):
            groups[f"tag: {tag}"].append(v)
    rows = []
    for name in sorted(groups, key=lambda n: (n.startswith("tag: "), n)):
        vs = groups[name]
        honest = [v.honest for v in vs if v.honest is not None]
        rows.append((name, len(vs), sum(v.right for v in vs), f"{sum(honest)}/{len(honest)}" if honest else ""))
    honest_all = [v.honest for v in verdicts if v.honest is not None]
    rows.append(("all", len(verdicts), sum(v.right for v in verdicts), f"{sum(honest_all)}/{len(honest_all)}"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--failures", action="store_true", help="show every wrong answer")
    parser.add_argument("--json", action="store_true", help="one JSON object per question")
    args = parser.parse_args(argv)
    verdicts: list[Verdict] = []
    for path in args.files or question_files():
        course, found = score_file(path)
        verdicts += found
        if args.json:
            for v in found:
                print(json.dumps({"course": course.id, "text": v.question["text"], "right": v.right, **v.reading}))
    if args.json:
        return 0
    print(f"{'category':<22}{'questions':>10}{'right':>8}{'accuracy':>10}{'honest':>10}")
    for name, n, right, honest in table(verdicts):
        print(f"{name:<22}{n:>10}{right:>8}{right / n:>10.1%}{honest:>10}")
    if args.failures:
        for v in verdicts:
            if not v.right:
                print(f"\n✗ {v.question['text']!r} [{v.question['category']}]")
                for problem in v.problems:
                    print(f"    {problem}")
                parts = ", ".join(f"{p['intent']} {p['slots']} ({p['confidence']})" for p in v.reading["parts"])
                print(f"    read: {v.reading['outcome']}: {parts}")
                print("    " + "\n    ".join(v.rendered.splitlines()[:6]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
