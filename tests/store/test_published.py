"""What staff publish at runtime: exam-conflict forms and grade releases, per server, audited."""

from __future__ import annotations

import datetime as dt

from bot.store.database import Store
from bot.store.encoding import server_key, to_db
from tests.conftest import NY, at


def test_forms_and_grades_per_server_with_audit(tmp_path):
    store = Store(tmp_path / "bot.db", zone=NY)
    now = at("2024-03-01 09:00")
    store.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=now)
    store.published.set_exam_form(1, "exam1", "https://f/1b", by=7, now=now)
    store.published.set_exam_form(None, "exam2", "https://f/2", by=7, now=now)
    store.published.set_grades(1, "hw1", at("2024-03-10 10:00"), by=7, now=now)
    assert store.published.exam_forms(1) == {"exam1": "https://f/1b"}
    assert store.published.exam_forms(None) == {"exam2": "https://f/2"}
    assert store.published.grades(1) == {"hw1": at("2024-03-10 10:00")}
    assert store.published.grades(2) == {}
    assert [e.action for e in store.audit.latest(1)] == ["grades.published", "exam.set_form", "exam.set_form"]
    store.close()


def test_publication_times_are_kept_on_the_minute_rounded_down(tmp_path):
    """A release recorded with seconds is kept (and an older row with seconds is read) on its minute."""
    store = Store(tmp_path / "bot.db", zone=NY)
    now = at("2024-03-01 09:00")
    store.published.set_grades(
        1, "hw1", at("2024-03-10 10:00") + dt.timedelta(seconds=59, microseconds=5), by=7, now=now
    )
    assert store.published.grades(1) == {"hw1": at("2024-03-10 10:00")}
    with store.immediate() as db:  # as a database written before times were rounded holds it
        db.execute(
            "UPDATE grades_published SET published_at = ? WHERE guild_id = ?",
            [to_db(at("2024-03-10 11:00") + dt.timedelta(seconds=30)), server_key(1)],
        )
    store.cache.clear()
    assert store.published.grades(1) == {"hw1": at("2024-03-10 11:00")}
    store.close()
