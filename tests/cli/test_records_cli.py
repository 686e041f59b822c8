"""`coursebot move-records`, the command line's /admin move-records (issue 13): deleting says exactly what would go
and deletes nothing without --yes; moving asks nothing; mistakes in the call are one line about the option."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.cli.main import main
from bot.store.database import Store

NOW = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path, monkeypatch):
    """A database whose local server keeps records under 'hw99' and 'hw98', ids the bundled course does not have."""
    monkeypatch.delenv("COURSEBOT_COURSES", raising=False)
    monkeypatch.delenv("COURSEBOT_DATA", raising=False)
    monkeypatch.delenv("COURSEBOT_GUILD_ID", raising=False)
    path = tmp_path / "bot.db"
    monkeypatch.setenv("COURSEBOT_DB", str(path))
    store = Store(path)
    for old_id in ("hw99", "hw98"):
        store.published.set_grades(1, old_id, NOW, by=7, now=NOW)
    store.close()
    return path


def _held(path) -> set[str]:
    store = Store(path)
    try:
        return set(store.published.grades(1))
    finally:
        store.close()


def test_delete_without_yes_says_what_would_go_and_deletes_nothing(db, capsys):
    assert main(["move-records", "hw99", "--delete"]) == 1
    out, err = capsys.readouterr()
    assert "every record kept under the assignment id 'hw99'" in out
    assert "• 1 grade-publication dates" in out
    assert "Nothing was deleted: run again with --yes" in err
    assert _held(db) == {"hw99", "hw98"}
    assert main(["move-records", "hw99", "--delete", "--yes"]) == 0
    assert "Deleted: assignment id 'hw99': 1 grade-publication dates." in capsys.readouterr().out
    assert _held(db) == {"hw98"}


def test_moving_asks_nothing_and_a_wrong_call_is_one_line(db, capsys):
    assert main(["move-records", "hw98", "hw3"]) == 0
    assert "Moved to assignment id 'hw3'" in capsys.readouterr().out
    assert _held(db) == {"hw99", "hw3"}
    assert main(["move-records", "hw77", "--delete"]) == 1
    assert "no records are kept under it" in capsys.readouterr().err
    for wrong, option in (
        (["move-records", "hw99", "hw3", "--delete"], "NEW_ID"),
        (["move-records", "hw99"], "NEW_ID"),
        (["move-records", "hw99", "hw3", "--yes"], "--yes"),
    ):
        assert main(wrong) == 2
        assert option in capsys.readouterr().err
    assert _held(db) == {"hw99", "hw3"}


def test_an_id_the_data_still_has_is_refused_with_the_steps_that_re_key_it(db, capsys):
    """Records under 'hw3', which the data still has: nothing moves, and the message says which file to change, to
    what, and to run the move again once the data is loaded."""
    store = Store(db)
    store.published.set_grades(1, "hw3", NOW, by=7, now=NOW)
    store.close()
    assert main(["move-records", "hw3", "homework3"]) == 1
    err = capsys.readouterr().err
    assert "the course data still has an assignment 'hw3'" in err
    assert 'in assignments.toml, change id = "hw3" to id = "homework3"' in err
    assert "move them from 'hw3' to 'homework3' again" in err
    assert "hw3" in _held(db)
