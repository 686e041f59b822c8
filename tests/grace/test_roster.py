"""Roster reading (hostile12 4): rows giving one Discord account two students, or one student two accounts, are
held back together with their row numbers; the other rows are linked."""

from __future__ import annotations

import pytest

from bot.grace.roster import RosterClash, parse_roster

HEADER = "email,discord,username\n"


@pytest.mark.parametrize(
    ("body", "rows", "clashes"),
    [
        # one id given to two students (a slip in a pasted id): neither is linked, the third is
        (
            "ada@x.edu,1,\nben@x.edu,1,\ncy@x.edu,5001,\n",
            (("cy@x.edu", 5001, ""),),
            (RosterClash((2, 3), 1, ("ada@x.edu", "ben@x.edu")),),
        ),
        # the same email in another case is the same student, not a clash
        ("Ada@x.edu,1,\nada@X.edu,1,\n", (("Ada@x.edu", 1, ""),), ()),
        # one student given two ids
        (
            "eve@x.edu,7,\nfinn@x.edu,8,\nEve@x.edu,9,\n",
            (("finn@x.edu", 8, ""),),
            (RosterClash((2, 4), "eve@x.edu", (7, 9)),),
        ),
        # both at once: every row of each clash is held back, once
        (
            "ada@x.edu,1,\nben@x.edu,1,\nben@x.edu,2,\n",
            (),
            (RosterClash((2, 3), 1, ("ada@x.edu", "ben@x.edu")), RosterClash((3, 4), "ben@x.edu", (1, 2))),
        ),
    ],
)
def test_rows_that_cannot_all_be_right_are_held_back(body, rows, clashes):
    """Clashing rows are never linked (none of them); the report names each clash's rows and what they share."""
    roster = parse_roster(HEADER + body)
    assert roster.rows == rows
    assert roster.clashes == clashes
    assert roster.skipped == ()
