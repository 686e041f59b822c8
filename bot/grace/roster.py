"""A roster CSV staff upload to link students' emails to their Discord accounts."""

from __future__ import annotations

import csv
import io

from bot.core.errors import UserError


def parse_roster(csv_text: str) -> tuple[list[tuple[str, int, str]], list[int]]:
    """A roster CSV (columns email, discord = a user id, optional username) -> ((email, id, name) rows, bad rows).

    Rows are numbered as a spreadsheet shows them (header = row 1). UserError if the columns are missing.
    """
    reader = csv.DictReader(io.StringIO(csv_text))
    header = {h.strip().lower() for h in reader.fieldnames or []}
    if not {"email", "discord"} <= header:
        raise UserError("The roster needs the columns 'email' and 'discord' (a Discord user id).")
    rows, bad = [], []
    for number, raw in enumerate(reader, start=2):
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        if not row.get("discord", "").isdigit() or "@" not in row.get("email", ""):
            bad.append(number)
            continue
        rows.append((row["email"], int(row["discord"]), row.get("username", "")))
    return rows, bad
