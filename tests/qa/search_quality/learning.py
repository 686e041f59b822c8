"""Scores learning from the forum's own words (bot.qa.learning) on a question set, honestly: the covered questions at
even positions are asked first and teach the search as the forum would (a student clicks "That answers it" when the
right entry is suggested; otherwise the question is posted and staff mark it a duplicate of the right entry); then
the covered questions at odd positions, never taught, are scored with and without what was learned, and so are the
uncovered ones.

With `wrong_clicks`, students also confirm near misses: a taught question whose first suggestion is wrong is
"answered" by that wrong entry, and every uncovered question at an even position that gets a suggestion is confirmed
as answered by it. The uncovered questions at odd positions were never clicked: their silence is the poison check.

    python tests/qa/search_quality/learning.py              # every repository set
    python tests/qa/search_quality/learning.py 10-605-s24   # the sets named
"""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from score import SETS, Figures  # noqa: E402

from bot.course.loader import load_course  # noqa: E402
from bot.course.model import Course  # noqa: E402
from bot.qa.faq_file import read_faq  # noqa: E402
from bot.qa.knowledge import import_faq  # noqa: E402
from bot.qa.learning import learn  # noqa: E402
from bot.qa.suggest import similar  # noqa: E402
from bot.store.database import Store  # noqa: E402

GUILD = 1
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@dataclass
class Replay:
    before: Figures
    after: Figures
    taught: dict[str, int]  # how many phrasings were learned, by kind (wrong: confirmations of a wrong entry)
    never_clicked_before: tuple[int, int]  # uncovered questions at odd positions: silent, of how many
    never_clicked_after: tuple[int, int]


def replay(course: Course, faq: Path, questions: Path, *, wrong_clicks: bool = False) -> Replay:
    store = Store(":memory:", zone=course.tz)
    try:
        import_faq(store, course, GUILD, read_faq(faq.name, faq.read_bytes()), by=0, now=NOW)
        ids = {e.question: e.id for e in store.qa_entries.active(GUILD)}
        items = tomllib.loads(questions.read_text())["q"]
        covered = [i for i in items if i["expect"]]
        uncovered = [i for i in items if not i["expect"]]
        scored = covered[1::2] + uncovered
        before = _figures(store, course, scored)
        quiet_before = _silent(store, course, uncovered[1::2])
        taught = {"confirmed": 0, "duplicate": 0, "wrong": 0}
        for item in covered[0::2]:
            found = [s.question for s in similar(store, course, GUILD, item["text"])]
            if wrong_clicks and found and found[0] != item["expect"]:
                taught["wrong"] += _learned(store, course, ids[found[0]], item["text"], "confirmed")
            elif item["expect"] in found:
                taught["confirmed"] += _learned(store, course, ids[item["expect"]], item["text"], "confirmed")
            else:
                taught["duplicate"] += _learned(store, course, ids[item["expect"]], item["text"], "duplicate")
        if wrong_clicks:
            for item in uncovered[0::2]:
                found = [s.question for s in similar(store, course, GUILD, item["text"])]
                if found:
                    taught["wrong"] += _learned(store, course, ids[found[0]], item["text"], "confirmed")
        after = _figures(store, course, scored)
        return Replay(before, after, taught, quiet_before, _silent(store, course, uncovered[1::2]))
    finally:
        store.close()


def _learned(store: Store, course: Course, entry_id: int, text: str, kind: str) -> int:
    return learn(store, course, GUILD, entry_id, text, kind, NOW).phrasing_id is not None


def _figures(store: Store, course: Course, items: list[dict]) -> Figures:
    figures = Figures()
    for item in items:
        found = [s.question for s in similar(store, course, GUILD, item["text"])]
        if item["expect"]:
            figures.covered += 1
            figures.first += found[:1] == [item["expect"]]
            figures.top3 += item["expect"] in found[:3]
            if found[:1] != [item["expect"]]:
                figures.misses.append(f"  miss  {item['text']!r} -> {found[:1]}")
        else:
            figures.uncovered += 1
            figures.silent += not found
            if found:
                figures.misses.append(f"  false {item['text']!r} -> {found[:1]}")
    return figures


def _silent(store: Store, course: Course, items: list[dict]) -> tuple[int, int]:
    return sum(not similar(store, course, GUILD, i["text"]) for i in items), len(items)


def line(name: str, result: Replay) -> str:
    b, a = result.before, result.after
    nb, na = result.never_clicked_before, result.never_clicked_after
    return (
        f"{name}: first {b.first_share:.1%} -> {a.first_share:.1%}, top3 {b.top3_share:.1%} -> {a.top3_share:.1%}, "
        f"silent {b.silent_share:.1%} -> {a.silent_share:.1%} ({b.covered}+{b.uncovered} scored; never-clicked "
        f"silent {nb[0]}/{nb[1]} -> {na[0]}/{na[1]}); taught {result.taught}"
    )


if __name__ == "__main__":
    wrong = "--wrong" in sys.argv
    for set_name in [a for a in sys.argv[1:] if not a.startswith("--")] or [s for s in SETS if len(SETS[s]) == 3]:
        faq_name, questions_name, data, *_ = SETS[set_name]
        course = load_course(HERE.parents[2] / data)
        print(line(set_name, replay(course, HERE / faq_name, HERE / questions_name, wrong_clicks=wrong)))
