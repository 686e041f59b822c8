"""Deterministic counts of what one cold structured answer touches: instructions, D1 and LL misses (callgrind).

Wall-clock figures on a loaded machine are noise; callgrind's counts are the same whatever the load. Each case is
built and rendered once hot (every code path imported and warmed, as in the bot), then, for the counted run, the CPU
caches are emptied (bench/cold_cache.py) and the case runs once inside operator.call, the marker callgrind collects
and dumps on (the flush too, in a dump of its own, as callgrind simulates the caches only while collecting). The
floor's equivalent is its one fixed embed turned into JSON, as discord.py does on every send.

    valgrind --tool=callgrind --cache-sim=yes --LL=33554432,16,64 --collect-atstart=no --toggle-collect=_operator_call \
        --dump-after=_operator_call --callgrind-out-file=/tmp/cg/out python bench/callgrind_answers.py
    python bench/callgrind_answers.py --table /tmp/cg/out      # the table, one row per case (in order)

Per free-text question (instructions only; `--scale 50` for the large course):

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=_operator_call --callgrind-out-file=/tmp/cg/q \
        python bench/callgrind_answers.py --questions

Without valgrind the driver just runs (a quick check that every case works)."""

from __future__ import annotations

import argparse
import datetime as dt
import operator
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NY = ZoneInfo("America/New_York")


def cases() -> dict[str, Callable[[], object]]:
    """name -> one answer built as the command's body builds it (/staff and /policy answers are kept per course,
    commands._kept) and rendered to the JSON discord.py sends; the floor: its fixed embed's JSON."""
    from bench.discord_e2e import floor_embed
    from bot.answers.deadlines import deadline_detail, upcoming_deadlines
    from bot.answers.exams import exam_answer
    from bot.answers.office_hours import office_hours_answer
    from bot.answers.people import staff_answer
    from bot.answers.policies import policy_answer
    from bot.answers.schedule import schedule_answer
    from bot.course.loader import load_course
    from bot.discord_app.render import answer_pages
    from bot.understand.engine import answer_question, warm
    from bot.understand.times.dates import parse_day, parse_office_hours_when, parse_window
    from commands._kept import course_answer

    course = load_course()
    warm(course)
    now = dt.datetime(2024, 2, 12, 10, 0, tzinfo=NY)
    friday = parse_day("friday", now, course)
    wednesday = parse_office_hours_when("wednesday", now, course)
    floor = floor_embed()

    def rendered(build: Callable[[], object]) -> Callable[[], object]:
        return lambda: [page.to_dict() for page in answer_pages(build())]  # type: ignore[arg-type]

    return {
        "floor (embed JSON)": floor.to_dict,
        "/due this week": rendered(lambda: upcoming_deadlines(course, now, parse_window("this week", now, course))),
        "/deadline hw4a (id)": rendered(lambda: deadline_detail(course, "hw4a", now)),
        "/deadline hw4 (typed)": rendered(lambda: deadline_detail(course, "hw4", now)),
        "/schedule (this week)": rendered(lambda: schedule_answer(course, now)),
        "/schedule friday": rendered(lambda: schedule_answer(course, now, date=friday)),
        "/schedule LSH": rendered(lambda: schedule_answer(course, now, topic="LSH")),
        "/oh (next)": rendered(lambda: office_hours_answer(course, now)),
        "/oh now": rendered(lambda: office_hours_answer(course, now, "now")),
        "/oh wednesday": rendered(lambda: office_hours_answer(course, now, wednesday)),
        "/oh katie-zhang (id)": rendered(lambda: office_hours_answer(course, now, None, "katie-zhang")),
        "/oh katie (typed)": rendered(lambda: office_hours_answer(course, now, None, "katie")),
        "/staff (kept)": rendered(lambda: course_answer(course, ("staff", None, None), lambda: staff_answer(course))),
        "/staff (built)": rendered(lambda: staff_answer(course)),
        "/exam exam2 (id)": rendered(lambda: exam_answer(course, now, "exam2")),
        "/exam exam 2 (typed)": rendered(lambda: exam_answer(course, now, "exam 2")),
        "/policy (kept)": rendered(
            lambda: course_answer(course, ("policy", "grace"), lambda: policy_answer(course, "grace"))
        ),
        "/policy (built)": rendered(lambda: policy_answer(course, "grace days")),
        "/ask when is hw3 due": rendered(lambda: answer_question(course, "when is hw3 due", now)),
    }


def run() -> None:
    from bench.cold_cache import flush

    named = cases()
    for fn in named.values():  # hot: imports, first-use caches, as in the running bot
        fn()
        fn()
    for fn in named.values():
        # callgrind simulates the caches only while it collects, so the flush is collected too, in a dump of its
        # own (every odd dump); the case's dump follows it.
        operator.call(flush)
        operator.call(fn)  # callgrind collects inside these calls only, and dumps after each


def run_questions(scale: int) -> None:
    """The free-text question mix of bench/answers.py, answered hot, then once more inside one operator.call: that
    dump's Ir divided by the number of questions is the instructions one question costs (`--scale`: on a course that
    many times the size)."""
    from bench.answers import questions
    from bench.scaled_course import scaled
    from bot.course.loader import load_course
    from bot.understand.engine import answer_question, warm

    course = load_course()
    if scale > 1:
        course = scaled(course, scale)
    warm(course)
    now = dt.datetime(2024, 2, 12, 10, 0, tzinfo=NY)
    asked = questions()

    def mix() -> None:
        for question in asked:
            answer_question(course, question, now)

    mix()
    mix()
    operator.call(mix)
    print(f"{len(asked)} questions: divide the dump's Ir by {len(asked)}")


EVENTS = ("Ir", "I1mr", "D1mr", "D1mw", "ILmr", "DLmr", "DLmw")


def totals(path: Path) -> dict[str, int]:
    names: list[str] = []
    for line in path.read_text().splitlines():
        if line.startswith("events:"):
            names = line.split()[1:]
        elif line.startswith(("totals:", "summary:")):
            return dict(zip(names, map(int, line.split()[1:]), strict=False))
    return {}


def table(prefix: str) -> None:
    """One row per dump, in the order the cases ran."""
    dumps = sorted(Path(prefix).parent.glob(Path(prefix).name + "*.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
    dumps = [p for p in dumps if p.name.rsplit(".", 1)[1].isdigit()][1::2]  # the odd ones are the flushes
    print(f"{'case':<24}{'Ir':>10}{'I1 miss':>9}{'D1 miss':>9}{'LL miss':>9}")
    for name, path in zip(cases(), dumps, strict=False):
        t = totals(path)
        d1 = t.get("D1mr", 0) + t.get("D1mw", 0)
        ll = t.get("ILmr", 0) + t.get("DLmr", 0) + t.get("DLmw", 0)
        print(f"{name:<24}{t.get('Ir', 0):>10}{t.get('I1mr', 0):>9}{d1:>9}{ll:>9}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", help="the --callgrind-out-file prefix of a finished run: print its table")
    parser.add_argument("--questions", action="store_true", help="the free-text question mix instead (Ir per question)")
    parser.add_argument("--scale", type=int, default=1, help="with --questions: the course this many times its size")
    args = parser.parse_args()
    if args.table:
        table(args.table)
    elif args.questions:
        run_questions(args.scale)
    else:
        run()


if __name__ == "__main__":
    main()
