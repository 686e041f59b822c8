# ruff: noqa: B023 - each answer is built before the loop moves on
"""Every structured answer and every question-set answer, rendered to the embed JSON the bot sends, one per line:
run before and after a change that must not change what students see, and diff the two files.

    python bench/dump_answers.py > /tmp/before.txt   # ... change ...   python bench/dump_answers.py > /tmp/after.txt
    python bench/dump_answers.py other/questions/*.toml   # also these question files, after the bundled ones
    diff /tmp/before.txt /tmp/after.txt

Structured answers are asked of every bundled course and test fixture course, at several moments of its term, for
every assignment, person, exam, policy, section and day of two weeks; the question sets are asked as the files say."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answers.deadlines import all_deadlines, deadline_detail, releases, upcoming_deadlines  # noqa: E402
from bot.answers.exams import exam_answer  # noqa: E402
from bot.answers.office_hours import WHEN_WORDS, office_hours_answer  # noqa: E402
from bot.answers.people import staff_answer  # noqa: E402
from bot.answers.policies import policy_answer  # noqa: E402
from bot.answers.schedule import schedule_answer  # noqa: E402
from bot.core.answer import Answer  # noqa: E402
from bot.core.errors import UserError  # noqa: E402
from bot.core.timefmt import parse_now  # noqa: E402
from bot.core.window import days_from  # noqa: E402
from bot.course.loader import load_course  # noqa: E402
from bot.course.model import Course  # noqa: E402
from bot.discord_app.render import embed_pages  # noqa: E402
from bot.understand.engine import read_question  # noqa: E402

COURSE_DIRS = (ROOT / "data", ROOT / "tests" / "fixtures" / "courses")


def rendered(build: Callable[[], object]) -> str:
    try:
        answer = build()
    except UserError as error:
        return f"UserError: {error}"
    except Exception as error:  # a crash is an answer too, and must stay the same
        return f"{type(error).__name__}: {error}"
    pages = [page.to_dict() for page in embed_pages(answer)] if isinstance(answer, Answer) else answer
    return json.dumps(pages, sort_keys=True, default=str)


def moments(course: Course) -> list[dt.datetime]:
    first, last = course.term_first, course.term_last
    days = [first - dt.timedelta(days=3), first, first + (last - first) / 3, first + (last - first) / 2, last]
    hours = (dt.time(9, 0), dt.time(14, 30), dt.time(23, 59))
    return [course.at(day, hour) for day in days for hour in hours]


def structured(course: Course) -> Iterator[tuple[str, Callable[[], object]]]:
    sections: list[str | None] = [None, *course.section_ids()]
    for now in moments(course):
        at = now.isoformat()
        today = now.date()
        for section in sections:
            yield f"due {at} {section}", lambda: upcoming_deadlines(course, now, None, section)
            yield f"due 30d {at} {section}", lambda: upcoming_deadlines(course, now, days_from(now, 30), section)
            yield f"releases {at} {section}", lambda: releases(course, now, None, section)
            yield f"all {section}", lambda: [a.id for a in all_deadlines(course, section)]
        for item in course.assignments:
            yield f"deadline {item.id} {at}", lambda: deadline_detail(course, item.id, now)
            yield f"deadline {item.short} {at}", lambda: deadline_detail(course, item.short, now)
        for word in WHEN_WORDS:
            yield f"oh {word} {at}", lambda: office_hours_answer(course, now, word)
        for person in course.people:
            yield f"oh {person.id} {at}", lambda: office_hours_answer(course, now, None, person.name)
        for offset in range(14):
            day = today + dt.timedelta(days=offset)
            yield f"oh {day} {at}", lambda: office_hours_answer(course, now, day)
            yield f"schedule {day} {at}", lambda: schedule_answer(course, now, date=day)
        for exam in course.exams:
            yield f"exam {exam.id} {at}", lambda: exam_answer(course, now, exam.id)
        yield f"schedule {at}", lambda: schedule_answer(course, now)
    yield "staff", lambda: staff_answer(course)
    now = moments(course)[7]
    typed = ["", "hw", "homework", "hw4", "homewrk 2", "Exam 1", "exam two", "midterm", "final", "proj", "grace"]
    typed += [name for a in course.assignments for name in (a.title, a.group or "", a.title[:5], a.short + "x")]
    typed += [name for p in course.people for name in (p.name.split()[0], p.name.split()[-1] + "s", p.name[:4])]
    typed += [name for e in course.exams for name in (e.title, e.title.lower()[:-1])]
    typed += [name for p in course.policies for name in (p.title, p.title[:6], *p.keywords[:2])]
    for query in typed:
        yield f"deadline typed {query!r}", lambda: deadline_detail(course, query, now)
        yield f"oh typed {query!r}", lambda: office_hours_answer(course, now, None, query)
        yield f"staff typed {query!r}", lambda: staff_answer(course, query)
        yield f"exam typed {query!r}", lambda: exam_answer(course, now, query)
        yield f"policy typed {query!r}", lambda: policy_answer(course, query, f"what about {query}")
    for policy in course.policies:
        yield f"policy {policy.id}", lambda: policy_answer(course, policy.id)
    for row in course.schedule[:40]:
        if row.title:
            yield f"schedule topic {row.title}", lambda: schedule_answer(course, moments(course)[1], topic=row.title)


def main() -> None:
    for base in COURSE_DIRS:
        for folder in sorted(p for p in base.iterdir() if (p / "course.toml").exists()):
            try:
                course = load_course(folder)
            except Exception as error:  # fixtures of broken courses
                print(f"{folder.name}: does not load: {type(error).__name__}")
                continue
            for name, build in structured(course):
                print(f"{folder.name} | {name} | {rendered(build)}")
    # Extra question files (e.g. a blind round's, its courses linked into tests/fixtures/courses) come after.
    for path in [*sorted((ROOT / "tests" / "questions").glob("*.toml")), *map(Path, sys.argv[1:])]:
        data = tomllib.loads(path.read_text())
        folder = next(base / data["course"] for base in COURSE_DIRS if (base / data["course"]).is_dir())
        course = load_course(folder)
        default = parse_now(data["now"], course.tz)
        for q in data["question"]:
            now = parse_now(q["now"], course.tz) if "now" in q else default
            print(f"{path.name} | {q['text']} | {rendered(lambda: read_question(course, q['text'], now).answer)}")


if __name__ == "__main__":
    main()
