"""Every option limit is checked on the bot's side, for both front ends, with a message naming the option and
the limit and never repeating what was sent."""

from __future__ import annotations

import math

import pytest

from bot.core.errors import UserError
from bot.discord_app.options import Choice, Opt, RoleRef, check_values, clip_choices

SHOW = (Choice("Next lecture", "lecture"), Choice("Days without class", "no_class"))
OPTIONS = (
    Opt.text("What to ask", max_length=500).named("question", required=True, default=None),
    Opt.text("Which", max_length=40, choices=SHOW).named("show", required=False, default=None),
    Opt.integer("Which one", min_value=1, max_value=100).named("number", required=False, default=None),
    Opt.flag("On or off").named("enabled", required=False, default=False),
    Opt.role("A role").named("role", required=False, default=None),
)


def test_values_within_their_limits_pass_and_defaults_fill_in():
    """Good values come through unchanged; what was not given takes its default."""
    role = RoleRef(3, "TA")
    values = check_values("x", OPTIONS, {"question": "when?", "show": "no_class", "number": 5, "role": role})
    assert values == {"question": "when?", "show": "no_class", "number": 5, "enabled": False, "role": role}


def test_blank_optional_text_counts_as_not_given():
    """An empty optional text option is as if it were left out (a blank required one is refused)."""
    assert check_values("x", OPTIONS, {"question": "q", "show": "  "})["show"] is None
    with pytest.raises(UserError, match="needs at least 1 character"):
        check_values("x", OPTIONS, {"question": "   "})


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "/x needs question"),
        ({"question": "q" * 501}, "at most 500 characters; that was 501"),
        ({"question": "q" * 7000}, "at most 500 characters"),
        ({"question": "q", "show": "@everyone <@&1> lecture!"}, "must be one of: Next lecture, Days without class"),
        ({"question": "q", "number": 0}, "must be a number from 1 to 100"),
        ({"question": "q", "number": 2**60}, "must be a number from 1 to 100"),
        ({"question": "q", "number": "5"}, "must be a whole number"),
        ({"question": "q", "number": True}, "must be a whole number"),
        ({"question": "q", "number": math.nan}, "must be a whole number"),
        ({"question": 42}, "must be text"),
        ({"question": "q", "enabled": "yes"}, "must be true or false"),
        ({"question": "q", "role": "3000"}, "must be a role of the server"),
        ({"question": "q", "colour": "red"}, "has no option 'colour'"),
    ],
)
def test_every_limit_is_refused_specifically_without_echoing(values, message):
    """The refusal names the option and the limit; what was sent is not repeated (it could be anything)."""
    with pytest.raises(UserError) as caught:
        check_values("x", OPTIONS, values)
    text = caught.value.message
    assert message in text
    assert "@everyone" not in text
    assert "qqqq" not in text


def test_autocomplete_answers_fit_discord():
    """At most 25; names clipped to 100 characters; a string value too long to send is left out, not clipped."""
    found = [(f"name {n} " + "x" * 200, f"v{n}") for n in range(40)] + [("too long", "v" * 101)]
    clipped = clip_choices(list(reversed(found)))
    assert len(clipped) == 25
    assert all(len(name) <= 100 for name, _ in clipped)
    assert ("too long", "v" * 101) not in clipped
