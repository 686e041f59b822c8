"""What the answer engine costs per question, counted in instructions, and where those instructions go.

Every other question of every question file (tests/questions/*.toml, all courses, each at its file's or its own clock)
is counted as a NEW question: the questions between them are answered first (imports, each course's engine and
first-use tables built, the caches of course text filled, as in a bot that has been running), then the counted ones
inside operator.call, the marker callgrind collects on: that dump's Ir divided by the number of questions is what
one new question costs the engine. A question answered before is cheaper (its words and parts are remembered), so
counting the same questions twice flatters the engine; `--seen` counts that case (every counted question answered
once before). The same on every run whatever the machine's load, unlike wall time.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=_operator_call \
        --callgrind-out-file=/tmp/cg/engine python bench/engine_cost.py [--every 4]
    callgrind_annotate /tmp/cg/engine | head -60          # by C function (the interpreter's view)
    python bench/engine_cost.py --profile [--every 4]    # by Python module and function (cProfile, call counts)

`--mix` answers bench/answers.py's free-text mix on 10-605 instead (the questions the bot's /ask is timed on).
`--every N` counts every Nth question only (a quicker figure; the mix of files stays the same). Without valgrind
and without `--profile` the driver just runs the questions and prints how many there were."""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import operator
import pstats
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.timefmt import parse_now  # noqa: E402
from bot.course.loader import load_course  # noqa: E402
from bot.course.model import Course  # noqa: E402
from bot.understand.engine import read_question, warm  # noqa: E402

COURSE_DIRS = (ROOT / "data", ROOT / "tests" / "fixtures" / "courses")


def asked() -> list[tuple[Course, str, dt.datetime]]:
    """(course, question, now) for every question file's questions, courses loaded once."""
    courses: dict[str, Course] = {}
    rows: list[tuple[Course, str, dt.datetime]] = []
    for path in sorted((ROOT / "tests" / "questions").glob("*.toml")):
        data = tomllib.loads(path.read_text())
        name = data["course"]
        if name not in courses:
            folder = next(base / name for base in COURSE_DIRS if (base / name).is_dir())
            courses[name] = load_course(folder)
            warm(courses[name])
        course = courses[name]
        default = parse_now(data["now"], course.tz)
        for q in data["question"]:
            rows.append((course, q["text"], parse_now(q["now"], course.tz) if "now" in q else default))
    return rows


def mix() -> list[tuple[Course, str, dt.datetime]]:
    """bench/answers.py's free-text mix on 10-605 at its clock (what bench/callgrind_answers.py --questions counts and
    the bot's /ask is timed on)."""
    from zoneinfo import ZoneInfo

    from bench.answers import questions

    course = load_course()
    warm(course)
    now = dt.datetime(2024, 2, 12, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    return [(course, question, now) for question in questions()]


def warmed_and_counted(
    rows: list[tuple[Course, str, dt.datetime]], every: int, *, seen: bool
) -> tuple[list[tuple[Course, str, dt.datetime]], list[tuple[Course, str, dt.datetime]]]:
    """(answered first, counted): new questions are every other row (every `every`th of those), warmed by the rows
    between them; with `seen`, every `every`th row, warmed by itself."""
    if seen:
        counted = rows[::every]
        return counted, counted
    return rows[1::2], rows[::2][::every]


def answer_all(rows: list[tuple[Course, str, dt.datetime]]) -> None:
    for course, question, now in rows:
        read_question(course, question, now)


def profile(rows: list[tuple[Course, str, dt.datetime]], top: int) -> None:
    """cProfile's own time by module and by function, per question."""
    profiler = cProfile.Profile()
    profiler.enable()
    answer_all(rows)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    total = 0.0
    functions = []
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in stats.items():
        module = _module(filename)
        by_module[module] += own
        total += own
        functions.append((own, cumulative, calls, f"{module}:{line}({name})"))
    n = len(rows)
    print(f"{n} questions, {total / n * 1e6:.0f} us own time per question under cProfile\n")
    print(f"{'module':<52}{'share':>7}")
    for module, own in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{module:<52}{own / total:>7.1%}")
    print(f"\n{'function':<70}{'own':>7}{'cum':>7}{'calls/q':>9}")
    for own, cumulative, calls, name in sorted(functions, reverse=True)[:top]:
        print(f"{name[:70]:<70}{own / total:>7.1%}{cumulative / total:>7.1%}{calls / n:>9.1f}")


def _module(filename: str) -> str:
    if filename.startswith("~") or filename.startswith("<"):
        return filename
    path = Path(filename)
    try:
        return str(path.relative_to(ROOT).with_suffix("")).replace("/", ".")
    except ValueError:
        return path.stem if "site-packages" not in filename else filename.split("site-packages/")[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=1, help="count every Nth question only")
    parser.add_argument("--seen", action="store_true", help="count questions answered once before (cached)")
    parser.add_argument("--profile", action="store_true", help="cProfile by module and function instead")
    parser.add_argument("--mix", action="store_true", help="bench/answers.py's question mix instead of the files")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    warmed, rows = warmed_and_counted(mix() if args.mix else asked(), args.every, seen=args.seen)
    answer_all(warmed)  # hot: every first-use table built, as in the running bot
    if args.profile:
        profile(rows, args.top)
        return
    operator.call(answer_all, rows)  # callgrind collects inside this call only
    print(f"{len(rows)} questions: divide the dump's Ir by {len(rows)}")


if __name__ == "__main__":
    main()
