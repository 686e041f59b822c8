"""Discord's Events tab from the course: the pure plan (create / update / delete / leave) and /setup events
against the loopback Discord (no duplicates on re-run, a moved exam is PATCHed, every request valid)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.calendar.events import (
    EXAM_KINDS,
    NO_TIME_LOCATION,
    DesiredEvent,
    ExistingEvent,
    desired_events,
    marker,
    marker_key,
    plan_sync,
)
from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_harness import GUILD_ID, STUDENT, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR

EVERYTHING = EXAM_KINDS | frozenset({"lecture", "recitation", "guest_lecture"})


def existing(want: DesiredEvent, event_id: int, **changes) -> ExistingEvent:
    """The event Discord would report after creating `want` (optionally changed since)."""
    fields = {
        "id": event_id,
        "name": want.name,
        "description": want.description,
        "location": want.location,
        "start": want.start.astimezone(dt.UTC),  # Discord answers in UTC
        "end": want.end.astimezone(dt.UTC),
    }
    return ExistingEvent(**{**fields, **changes})


# --- the pure part ----------------------------------------------------------------------------------------------


def test_exam_events_cover_the_course_day_and_say_the_time_is_not_listed(course):
    """The data has exam dates only: 00:00-23:59 course time, location says so, description ends with the marker."""
    events = desired_events(course)
    assert [e.key for e in events] == ["exam:exam1", "exam:exam2"]
    exam1 = events[0]
    assert exam1.name == "Exam 1"
    assert (exam1.start, exam1.end) == (at("2024-02-26 00:00"), at("2024-02-26 23:59"))
    assert exam1.location == NO_TIME_LOCATION
    assert exam1.description.splitlines()[-1] == "coursebot:exam:exam1"
    assert marker_key(exam1.description) == "exam:exam1"
    assert "not the time" in exam1.description


def test_an_exam_with_a_time_starts_then(course):
    """A time in the data is used; the block is as long as the .ics file's (its end is not listed)."""
    exam1 = dataclasses.replace(course.exams[0], time=dt.time(17, 0), location="GHC 4401")
    (event, _) = desired_events(dataclasses.replace(course, exams=(exam1, course.exams[1])))
    assert (event.start, event.end) == (at("2024-02-26 17:00"), at("2024-02-26 18:00"))
    assert event.location == "GHC 4401"


def test_classes_are_optional_and_keyed_by_kind_and_date(course):
    """With classes: lectures, recitations and guest lectures too; days without class never."""
    events = desired_events(course, kinds=EVERYTHING)
    kinds = {e.kind for e in events}
    assert kinds <= {"exam", "lecture", "recitation", "guest_lecture"}
    assert {"lecture", "recitation"} <= kinds
    assert "lecture:2024-01-17" in {e.key for e in events}
    assert len({e.key for e in events}) == len(events)
    assert [e.start for e in events] == sorted(e.start for e in events)
    for event in events:
        assert 1 <= len(event.name) <= 100
        assert len(event.description) <= 1000
        assert 1 <= len(event.location) <= 100


def test_first_run_creates_only_future_events(course):
    """Nothing exists yet: upcoming events are created; a day that has started is not."""
    plan = plan_sync(desired_events(course), [], at("2024-03-01 09:00"), kinds=EXAM_KINDS)
    assert [e.key for e in plan.create] == ["exam:exam2"]
    assert [e.key for e in plan.past] == ["exam:exam1"]
    assert plan.update == plan.delete == ()


def test_exam_day_itself_is_past(course):
    """Discord refuses a start in the past: on the exam's morning the all-day event is not created."""
    plan = plan_sync(desired_events(course), [], at("2024-02-26 08:00"), kinds=EXAM_KINDS)
    assert "exam:exam1" in [e.key for e in plan.past]


@pytest.mark.parametrize(
    ("change", "outcome"),
    [
        ({}, "unchanged"),
        ({"start": at("2024-02-25 00:00")}, "update"),
        ({"name": "Midterm (edited by hand)"}, "update"),
        ({"description": "edited\n\ncoursebot:exam:exam1"}, "update"),
        ({"scheduled": False}, "left"),  # cancelled in Discord by staff: respected, not recreated
    ],
)
def test_an_existing_event_is_matched_by_its_marker(course, change, outcome):
    """The bot's own event is found by its marker: equal -> unchanged, different -> update, cancelled -> left."""
    desired = desired_events(course)
    have = [existing(desired[0], 1, **change), existing(desired[1], 2)]
    plan = plan_sync(desired, have, at("2024-02-12 10:00"), kinds=EXAM_KINDS)
    assert plan.create == ()
    assert plan.delete == ()
    found = {
        "unchanged": [e.key for e in plan.unchanged],
        "update": [want.key for _, want in plan.update],
        "left": [e.key for e in plan.left],
    }
    assert "exam:exam1" in found[outcome]
    if outcome == "update":
        assert plan.update[0][0].id == 1


def test_events_without_the_marker_are_never_touched(course):
    """Staff's own events (even one named like an exam) are not matched, updated or deleted."""
    desired = desired_events(course)
    mine = existing(desired[0], 7, description="Exam 1 review session, bring questions")
    plan = plan_sync(desired, [mine], at("2024-02-12 10:00"), kinds=EXAM_KINDS)
    assert [e.key for e in plan.create] == ["exam:exam1", "exam:exam2"]
    assert plan.delete == plan.left == ()


def test_orphans_are_deleted_if_upcoming_and_in_scope(course):
    """A bot event the data no longer has: deleted when upcoming; left when past; other kinds untouched."""
    desired = desired_events(course)
    gone = existing(desired[0], 3, description=f"x\n\n{marker('exam:exam9')}", start=at("2024-03-20 00:00"))
    old = existing(desired[0], 4, description=f"x\n\n{marker('exam:exam0')}", start=at("2024-02-01 00:00"))
    lecture = existing(desired[0], 5, description=f"x\n\n{marker('lecture:2024-03-18')}", start=at("2024-03-18 00:00"))
    have = [existing(desired[0], 1), existing(desired[1], 2), gone, old, lecture]
    plan = plan_sync(desired, have, at("2024-02-12 10:00"), kinds=EXAM_KINDS)
    assert [e.id for e in plan.delete] == [3]
    assert [e.id for e in plan.left] == [4]
    with_classes = plan_sync(desired_events(course, kinds=EVERYTHING), have, at("2024-02-12 10:00"), kinds=EVERYTHING)
    assert 5 not in [e.id for e in with_classes.delete]  # lecture 2024-03-18 is still in the schedule
    assert {e.id for e in with_classes.delete} == {3}


def test_duplicates_are_folded_into_one(course):
    """Two events with one marker (two staff ran it at once): the first is kept, the extra copy deleted."""
    desired = desired_events(course)
    have = [existing(desired[0], 10), existing(desired[0], 11), existing(desired[1], 12)]
    plan = plan_sync(desired, have, at("2024-02-12 10:00"), kinds=EXAM_KINDS)
    assert [e.id for e in plan.delete] == [11]
    assert plan.create == plan.update == ()


def test_now_must_be_aware(course):
    """No naive datetimes."""
    with pytest.raises(ValueError, match="timezone-aware"):
        plan_sync(desired_events(course), [], dt.datetime(2024, 2, 12, 10, 0), kinds=EXAM_KINDS)  # noqa: DTZ001


@pytest.mark.parametrize(
    ("description", "key"),
    [
        ("Exam 1\n\ncoursebot:exam:exam1", "exam:exam1"),
        ("Exam 1\n\ncoursebot:lecture:2024-01-17  \n", "lecture:2024-01-17"),
        ("coursebot:exam:exam1 is mentioned\nbut not last", None),
        ("", None),
        (None, None),
    ],
)
def test_marker_key(description, key):
    """Only a marker on the description's last line counts."""
    assert marker_key(description) == key


# --- /setup events against the loopback Discord ----------------------------------------------------------------


def _bot_events(fake) -> list[dict]:
    return sorted(fake.scheduled_events.get(GUILD_ID, {}).values(), key=lambda e: e["scheduled_start_time"])


async def _setup_events(fake, **options):
    result = await fake.send_slash_command("setup events", options, user=TA, permissions=ADMINISTRATOR)
    assert result.callback_type == 5, result.callback  # deferred: many events can take more than 3 s
    (message,) = await result.wait_for_followups(1)
    return embed_text(message)


async def test_setup_events_creates_updates_and_never_duplicates(course, tmp_path):
    """Re-running creates nothing new; a moved exam is PATCHed in place; classes are an option; all valid."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
            first = await _setup_events(fake)
            assert "2 created" in first
            events = _bot_events(fake)
            assert [e["name"] for e in events] == ["Exam 1", "Exam 2"]
            assert events[0]["entity_type"] == 3  # external
            assert events[0]["entity_metadata"] == {"location": NO_TIME_LOCATION}
            assert dt.datetime.fromisoformat(events[0]["scheduled_start_time"]) == at("2024-02-26 00:00")

            fake.reset_records()
            again = await _setup_events(fake)
            assert "0 created, 0 updated, 0 removed, 2 already up to date" in again
            assert fake.requests_for("POST", "/guilds/{guild_id}/scheduled-events") == []
            assert fake.requests_for("PATCH", "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}") == []
            assert len(_bot_events(fake)) == 2

            exam1, exam2 = bot.course.exams
            bot.course = dataclasses.replace(
                bot.course, exams=(dataclasses.replace(exam1, date=dt.date(2024, 2, 28)), exam2)
            )
            moved = await _setup_events(fake)
            assert "1 updated" in moved
            patches = fake.requests_for("PATCH", "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}")
            assert len(patches) == 1
            assert fake.requests_for("POST", "/guilds/{guild_id}/scheduled-events") == []
            events = _bot_events(fake)
            assert len(events) == 2
            assert dt.datetime.fromisoformat(events[0]["scheduled_start_time"]) == at("2024-02-28 00:00")

            with_classes = await _setup_events(fake, classes=True)
            upcoming = [e for e in desired_events(bot.course, kinds=EVERYTHING) if e.start > clock.now()]
            assert len(_bot_events(fake)) == len(upcoming)
            assert f"{len(upcoming) - 2} created" in with_classes
            exams_only = await _setup_events(fake)  # an exams-only run leaves the class events alone
            assert "0 removed" in exams_only
            assert len(_bot_events(fake)) == len(upcoming)
        assert fake.violations == []
        assert fake.unhandled == []


async def test_setup_events_skips_past_exams_and_is_staff_only(course, tmp_path):
    """After Exam 1, only Exam 2 is created; a student is refused without any event being made."""
    async with fake_discord() as fake:
        async with running_bot(fake, course, FixedClock(at("2024-03-01 09:00")), tmp_path / "bot.db"):
            refused = await fake.send_slash_command("setup events", {}, user=STUDENT)
            assert "for course staff" in embed_text(refused.data)
            assert _bot_events(fake) == []
            text = await _setup_events(fake)
            assert "1 created" in text
            assert "Exam 1" in text  # listed as not created: its day has passed
            assert [e["name"] for e in _bot_events(fake)] == ["Exam 2"]
        assert fake.violations == []
