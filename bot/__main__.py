"""`python -m bot` is the same as the `coursebot` command."""

import sys

from bot.cli import main

sys.exit(main())
