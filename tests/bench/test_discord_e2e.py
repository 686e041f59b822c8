"""The end-to-end benchmark's bot process loads no test code (the fake and its validator would inflate the RSS
it reports): importing the script, as its `--bot-process` child does, imports nothing from tests/."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_the_bot_process_imports_no_test_code():
    """Only the parent (which runs the fake) imports tests.*; the script's own imports stay with the bot."""
    probe = (
        "import runpy, sys; sys.argv = ['discord_e2e.py']; "
        "runpy.run_path('bench/discord_e2e.py', run_name='bench_probe'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('tests', 'jsonschema', 'referencing')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout


def test_with_faq_the_bot_s_store_holds_the_course_faq(tmp_path):
    """`--faq`: the bot's server has the course FAQ imported, so each /ask looks for an endorsed answer to quote."""
    from bench.discord_e2e import import_bench_faq
    from bot.course.loader import load_course
    from bot.qa.endorsed_lookup import endorsed_for
    from bot.store.database import Store

    course = load_course()  # the bench's course, whose FAQ it imports
    store = Store(tmp_path / "bench.db", zone=course.tz)
    assert endorsed_for(store, course, 7, "how do grace days work") is None
    import_bench_faq(store, course, 7)
    found = endorsed_for(store, course, 7, "how do grace days work")
    store.close()
    assert found is not None
    assert "grace" in found.question.lower()
