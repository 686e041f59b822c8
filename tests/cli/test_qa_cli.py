"""`coursebot qa`: import an FAQ (twice changes nothing), search as JSON ([] when nothing is close), list, export."""

from __future__ import annotations

import json

from bot.cli.main import main
from tests.conftest import REPO

FAQ = REPO / "tests" / "qa" / "search_quality" / "faq-10-605.csv"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_search_list_export(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("COURSEBOT_GUILD_ID", raising=False)
    db = str(tmp_path / "bot.db")
    code, out, _ = run(capsys, "qa", "import-faq", str(FAQ), "--db", db)
    assert code == 0
    assert "58 added" in out
    code, out, _ = run(capsys, "qa", "import-faq", str(FAQ), "--db", db)
    assert code == 0
    assert "nothing changed" in out
    code, out, _ = run(
        capsys, "qa", "search", "is", "a", "crib", "sheet", "allowed", "for", "exam", "1", "--json", "--db", db
    )
    found = json.loads(out)
    assert found[0]["question"] == "Can I bring a cheat sheet to the exam?"
    assert {"id", "question", "answer", "score", "source"} <= set(found[0])
    assert found[0]["source"] == "faq"
    assert [f["score"] for f in found] == sorted((f["score"] for f in found), reverse=True)
    code, out, _ = run(capsys, "qa", "search", "best pizza near campus", "--json", "--db", db)
    assert json.loads(out) == []
    code, out, _ = run(capsys, "qa", "search", "when is hw3 due", "--json", "--db", db, "--now", "2024-02-12T10:00")
    assert [f["source"] for f in json.loads(out)] == ["course"]
    code, out, _ = run(capsys, "qa", "list", "--json", "--db", db)
    assert json.loads(out) == []
    code, out, _ = run(capsys, "qa", "export", "--json", "--db", db)
    assert len(json.loads(out)["entries"]) == 58
    code, out, _ = run(capsys, "qa", "search", "cheat sheet", "--json", "--db", db, "--guild", "99")
    assert json.loads(out) == []  # another server's suggestions are its own


def test_a_bad_faq_file_imports_nothing(tmp_path, capsys):
    bad = tmp_path / "faq.csv"
    bad.write_text("q,a\nx,y\n")
    code, _, err = run(capsys, "qa", "import-faq", str(bad), "--db", str(tmp_path / "bot.db"))
    assert code == 1
    assert "needs columns question and answer" in err
    code, _, err = run(capsys, "qa", "import-faq", str(tmp_path / "none.csv"), "--db", str(tmp_path / "bot.db"))
    assert code == 2  # a mistake in the command line, said as every subcommand says one
    assert err.startswith("coursebot qa import-faq: FILE: no such file:")


def test_a_corrected_faq_reports_what_it_withdrew(tmp_path, capsys, monkeypatch):
    """hostile6 3: added / updated / withdrawn are counted exactly, and the withdrawn questions are named."""
    monkeypatch.delenv("COURSEBOT_GUILD_ID", raising=False)
    db = str(tmp_path / "bot.db")
    v1, v2 = tmp_path / "faq_v1.csv", tmp_path / "faq_v2.csv"
    v1.write_text('question,answer\n"Is a crib sheet allowed on exam 1?","No notes of any kind."\nWhy?,Because.\n')
    v2.write_text(
        'question,answer\n"Can I bring a crib sheet to exam 1?","Yes: one sheet, both sides."\nWhy so?,Because.\n'
    )
    assert run(capsys, "qa", "import-faq", str(v1), "--db", db)[0] == 0
    code, out, _ = run(capsys, "qa", "import-faq", str(v2), "--db", db)
    assert code == 0
    assert "1 added, 1 updated, 1 withdrawn (1 reworded question matched by its answer)" in out
    assert "  - Is a crib sheet allowed on exam 1?" in out
    code, out, _ = run(capsys, "qa", "search", "is a crib sheet allowed on the exam", "--json", "--db", db)
    assert [f["answer"] for f in json.loads(out)][:1] == ["Yes: one sheet, both sides."]
    assert "nothing changed" in run(capsys, "qa", "import-faq", str(v2), "--db", db)[1]


def test_a_stored_title_with_escape_sequences_is_listed_escaped(tmp_path, capsys, monkeypatch):
    """hostile7 8: `qa list` prints a post's title with its ESC and BEL shown as escapes, never sent raw."""
    import datetime as dt

    from bot.store.database import Store

    monkeypatch.delenv("COURSEBOT_GUILD_ID", raising=False)
    db = tmp_path / "bot.db"
    store = Store(db)
    title = "Q4 \x1b[2J\x1b[31mFORGED\x1b[0m\x07 allowed?"
    now = dt.datetime(2024, 2, 12, 15, 0, tzinfo=dt.UTC)
    store.qa_posts.add(1000, title=title, body="b", topic="hw2", visibility="public", author_id=5, via="x", now=now)
    store.close()
    code, out, _ = run(capsys, "qa", "list", "--db", str(db), "--guild", "1000")
    assert code == 0
    assert "\x1b" not in out
    assert "\x07" not in out
    assert r"Q4 \x1b[2J\x1b[31mFORGED\x1b[0m\x07 allowed?" in out


async def test_an_faq_imported_for_a_course_pins_an_unpicked_server_to_it(
    course, second_course, tmp_path, capsys, monkeypatch
):
    """hostile11 3: as `gracedays import`, a server that has not picked its course follows the --course of its first
    FAQ import (said so); another course is then refused, and /setup course withdraws that FAQ, saying so truly."""
    import shutil

    from bot.announce.server_setup import GuildSetup
    from bot.console.app import console_session
    from bot.core.clock import FixedClock
    from bot.course.catalog import CourseCatalog
    from bot.course.loader import BUNDLED_DATA
    from bot.settings import Settings
    from bot.store.database import Store
    from tests.conftest import SECOND_DATA, at

    root = tmp_path / "courses"
    shutil.copytree(BUNDLED_DATA, root / "a")
    shutil.copytree(SECOND_DATA, root / "b")
    db = tmp_path / "bot.db"
    monkeypatch.setenv("COURSEBOT_COURSES", str(root))
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    faq = tmp_path / "stat.csv"
    faq.write_text('question,answer\nMay I write my problem sets in R?,"Yes, R is fine for every problem set."\n')
    bad = tmp_path / "bad.csv"
    bad.write_text("question,answer\nMay I write my problem sets in R?,Yes, R is fine.\n")
    assert run(capsys, "qa", "import-faq", "--course", second_course.id, "--guild", "8", str(bad))[0] == 1
    code, out, _ = run(capsys, "qa", "import-faq", "--course", second_course.id, "--guild", "8", str(faq))
    assert code == 0
    assert f"Server 8 had not picked its course: it follows {second_course.id} from now on" in out
    code, _, err = run(capsys, "qa", "search", "--course", course.id, "--guild", "8", "problem sets in R")
    assert code == 2
    assert f"server 8 follows the course '{second_course.id}'" in err
    store = Store(db, zone=course.tz)
    assert GuildSetup.from_json(store.server_settings.get(8)).course_id == second_course.id
    settings = Settings.from_env({"COURSEBOT_DB": str(db), "COURSEBOT_GUILD_ID": "8"})
    courses = CourseCatalog({c.id: c for c in (course, second_course)}, course.id, per_server=True)
    clock = FixedClock(at("2024-02-12 10:00"))
    async with console_session(settings, courses, clock, store, staff=True, emit=lambda _: None) as console:
        switched = await console.handle(f"/setup course course:{course.id} confirm:True")
        assert f"1 FAQ entry learned for {second_course.id} is withdrawn" in switched, switched
        assert "R is fine" not in await console.handle("/ask may I write my problem sets in R?")
    store.close()


def test_a_markdown_faq_import_says_what_it_left_out(tmp_path, capsys, monkeypatch):
    """hostile11 5: section headings and their text, and comments, are named as left out; no answer holds them."""
    monkeypatch.delenv("COURSEBOT_GUILD_ID", raising=False)
    db = str(tmp_path / "bot.db")
    faq = tmp_path / "faq.md"
    faq.write_text("# Exams\n## May I bring notes?\nOne page.\n# Contact\nEmail the list.\n<!--\n## Draft?\nTBD\n-->\n")
    code, out, _ = run(capsys, "qa", "import-faq", str(faq), "--db", db)
    assert code == 0
    assert "Imported 1 question" in out
    assert "Left out of faq.md" in out
    for left in ("line 1: # Exams", "line 4: # Contact", "line 5: Email the list.", "lines 6-9: an HTML comment"):
        assert left in out
    code, out, _ = run(capsys, "qa", "export", "--json", "--db", db)
    assert [(e["question"], e["answer"]) for e in json.loads(out)["entries"]] == [("May I bring notes?", "One page.")]


def test_a_server_with_no_forum_is_said_so_naming_those_that_have_one(tmp_path, capsys, monkeypatch):
    """`qa list` and `qa export` for a server the database holds nothing of: exit 1, that server named, and the
    servers that have a forum or FAQ listed; never an empty forum (hostile13 finding 6)."""
    monkeypatch.delenv("COURSEBOT_GUILD_ID", raising=False)
    db = str(tmp_path / "bot.db")
    for action in (["list"], ["export", "--json"]):
        code, out, err = run(capsys, "qa", *action, "--db", db, "--guild", "999")
        assert (code, out) == (1, "")
        assert "Server 999 has no course forum and no FAQ" in err
        assert "No server has a course forum or FAQ here yet" in err
    assert run(capsys, "qa", "import-faq", str(FAQ), "--db", db, "--guild", "5")[0] == 0
    for action in (["list"], ["list", "--json"], ["export", "--json"]):
        code, out, err = run(capsys, "qa", *action, "--db", db, "--guild", "999")
        assert (code, out) == (1, "")
        assert "Server 999 has no course forum and no FAQ" in err
        assert "Servers with a course forum or FAQ here: 5" in err
    code, out, _ = run(capsys, "qa", "list", "--db", db, "--guild", "5")
    assert (code, out.strip()) == (0, "No posts.")  # the FAQ's server: its forum has no posts yet
