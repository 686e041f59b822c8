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
