"""`coursebot gracedays revoke`: staff take a grant back from the command line too (hostile6 4)."""

from __future__ import annotations

from bot.cli.main import main
from bot.core.clock import FixedClock
from bot.grace.engine import Grant
from bot.store.database import Store
from tests.conftest import FIXTURES, at

TEN = str(FIXTURES / "gradescope" / "10-605_S24_grades.csv")


def test_revoke_takes_the_grant_back_and_says_so(tmp_path, capsys, monkeypatch):
    """The grant is gone from the records and the line names it; revoking again is a clear refusal (exit 1)."""
    db = tmp_path / "bot.db"
    monkeypatch.delenv("COURSEBOT_COURSES", raising=False)
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    assert main(["gracedays", "import", TEN, "--guild", "7"]) == 0
    store = Store(db)
    now = FixedClock(at("2024-02-26 10:00")).now()
    store.grace.add_grant(
        7, "ben@andrew.cmu.edu", Grant("hw3", "extension", new_due=at("2024-02-22 23:59")), by=1, now=now
    )
    store.close()
    capsys.readouterr()
    assert main(["gracedays", "revoke", "ben@andrew.cmu.edu", "hw3", "--guild", "7"]) == 0
    assert "Revoked: extension for ben@andrew.cmu.edu on HW3 to Thu Feb 22, 11:59 PM" in capsys.readouterr().out
    store = Store(db)
    try:
        assert store.grace.grants(7, "ben@andrew.cmu.edu") == []
    finally:
        store.close()
    assert main(["gracedays", "revoke", "ben@andrew.cmu.edu", "hw3", "--guild", "7"]) == 1
    assert "has no grant on hw3 to revoke; nothing changed" in capsys.readouterr().err
