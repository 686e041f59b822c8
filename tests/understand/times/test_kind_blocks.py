"""A block of one kind of meeting held day after day is a stretch named by the kind (bot.understand.times.kind_blocks,
read in bot.understand.words.lexicon and bot.understand.question.reading)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.understand.engine import engine_for
from bot.understand.times.kind_blocks import kind_blocks
from tests.understand.conftest import first_line, reply

GEO_NOW, HIST_NOW = "2025-05-20 10:00", "2024-10-01 10:00"


def test_blocks_are_a_kinds_days_in_a_row(geo, hist, stat, course):
    assert [(b.kind, b.first, b.last) for b in kind_blocks(geo)] == [
        ("fieldday", dt.date(2025, 6, 3), dt.date(2025, 6, 5))
    ]
    assert [(b.kind, b.first, b.last) for b in kind_blocks(hist)] == [
        ("visit", dt.date(2024, 10, 15), dt.date(2024, 10, 17))
    ]
    # weekly and twice-weekly kinds, and sections' own days, make no block
    assert kind_blocks(stat) == []
    assert kind_blocks(course) == []


def test_two_blocks_of_a_kind_are_not_one_stretch(hist):
    visits = [r for r in hist.schedule if r.kind == "visit"]
    later = [replace(r, date=r.date + dt.timedelta(days=14)) for r in visits]
    assert kind_blocks(replace(hist, schedule=(*hist.schedule, *later))) == []


def test_the_block_is_named_by_the_kind_and_a_stretch_word(geo):
    lexicon = engine_for(geo).lexicon
    key = lexicon.block_periods["fieldday"]
    period = lexicon.periods[key]
    assert (period.first, period.last, period.name) == (dt.date(2025, 6, 3), dt.date(2025, 6, 5), "Field methods days")


@pytest.mark.parametrize(
    ("name", "question", "now", "verdict", "facts"),
    [
        # another kind during the block: Yes or No from that kind's own meetings, never the block's days as a Yes
        ("geo", "do we still have practical during the field methods week", GEO_NOW, "Yes", ["Wed Jun 4"]),
        ("geo", "is there a plenary during the field days", GEO_NOW, "No", []),
        ("hist", "is there a tutorial during the archive visits", HIST_NOW, "Yes", ["Thu Oct 17"]),
        ("hist", "do we have seminar in the archive visit week", HIST_NOW, "No", []),
    ],
)
def test_a_kind_during_the_block(request, name, question, now, verdict, facts):
    result, said = reply(request.getfixturevalue(name), question, now)
    assert result.parts[0].intent == "schedule_range"
    assert first_line(said).startswith(verdict)
    assert all(f in said for f in facts)


@pytest.mark.parametrize(
    ("name", "question", "now", "first", "last"),
    [
        ("geo", "whats due the week after the field days", GEO_NOW, "2025-06-09", "2025-06-15"),
        ("geo", "anything due during the field week?", GEO_NOW, "2025-06-03", "2025-06-05"),
        ("hist", "what's due the week before the archive visits", HIST_NOW, "2024-10-07", "2024-10-13"),
    ],
)
def test_work_due_around_the_block(request, name, question, now, first, last):
    result, _ = reply(request.getfixturevalue(name), question, now)
    assert result.parts[0].intent == "due_soon"
    assert [d.isoformat() for d in result.parts[0].slots["range"]] == [first, last]
    assert not result.parts[0].slots["series"]  # the kind's word in the block's name names no work


def test_the_blocks_first_and_last_day(geo):
    result, said = reply(geo, "when does the field week start and end", GEO_NOW)
    assert result.parts[0].intent == "schedule_range"
    assert "Tue Jun 3" in said
    assert "Thu Jun 5" in said
