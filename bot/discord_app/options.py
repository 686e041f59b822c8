"""Command options as plain data: what each option takes and its limits, and the values a command body receives.

No discord here: the console reads the same definitions. The limits are checked on the bot's side for every
front end (`check_values`), because Discord's own checks live in its app and a crafted interaction skips them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from bot.core.errors import UserError

# Discord's own ceilings: a string option holds at most 6,000 characters, an integer sits within ±2^53.
MAX_TEXT = 6000
MAX_INTEGER = 2**53
CHOICES_LIMIT = 25  # at most 25 autocomplete answers or fixed choices
CHOICE_TEXT_LIMIT = 100  # a choice's name and (string) value: at most 100 characters each

KINDS = ("text", "integer", "number", "flag", "user", "role", "channel", "forum", "file")


@dataclass(frozen=True, slots=True)
class UserRef:
    """A member picked in an option (or the one running the command)."""

    id: int
    name: str


@dataclass(frozen=True)
class RoleRef:
    """A role picked in an option. `is_default`: the server's @everyone role, which every member has."""

    id: int
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class ChannelRef:
    id: int
    name: str


@dataclass(frozen=True)
class Upload:
    """A file given to a command: an attachment in Discord, a file on disk in the console."""

    filename: str
    size: int
    read: Callable[[], Awaitable[bytes]] = field(compare=False, repr=False)


PLAIN_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "integer": (int,),
    "number": (int, float),
    "flag": (bool,),
    "user": (UserRef,),
    "role": (RoleRef,),
    "channel": (ChannelRef,),
    "forum": (ChannelRef,),
    "file": (Upload,),
}


@dataclass(frozen=True)
class Choice:
    """One of an option's fixed values: `name` is what people see, `value` what the command receives."""

    name: str
    value: str | int | float


Completer = Callable[..., Awaitable[Sequence[tuple[str, Any]]]]


@dataclass(frozen=True)
class Opt:
    """One option of a command. Build it with Opt.text(...), Opt.integer(...), and so on; the name, whether it
    is required and its default come from the command body's signature."""

    kind: str
    description: str
    choices: tuple[Choice, ...] = ()
    min_length: int | None = None
    max_length: int | None = None
    min_value: int | float | None = None
    max_value: int | float | None = None
    autocomplete: Completer | None = None
    name: str = ""
    required: bool = True
    default: Any = None

    @classmethod
    def text(
        cls,
        description: str,
        *,
        max_length: int,
        min_length: int = 1,
        choices: Sequence[Choice] = (),
        autocomplete: Completer | None = None,
    ) -> Opt:
        """A string option. Every one says how long it may be (Discord allows up to 6,000 characters)."""
        return cls("text", description, tuple(choices), min_length, max_length, autocomplete=autocomplete)

    @classmethod
    def integer(cls, description: str, *, min_value: int, max_value: int, autocomplete: Completer | None = None) -> Opt:
        return cls("integer", description, min_value=min_value, max_value=max_value, autocomplete=autocomplete)

    @classmethod
    def number(cls, description: str, *, min_value: float, max_value: float) -> Opt:
        return cls("number", description, min_value=min_value, max_value=max_value)

    @classmethod
    def flag(cls, description: str) -> Opt:
        return cls("flag", description)

    @classmethod
    def user(cls, description: str) -> Opt:
        return cls("user", description)

    @classmethod
    def role(cls, description: str) -> Opt:
        return cls("role", description)

    @classmethod
    def channel(cls, description: str) -> Opt:
        return cls("channel", description)

    @classmethod
    def forum(cls, description: str) -> Opt:
        """A forum channel of the server."""
        return cls("forum", description)

    @classmethod
    def file(cls, description: str) -> Opt:
        return cls("file", description)

    def named(self, name: str, *, required: bool, default: Any) -> Opt:
        return replace(self, name=name, required=required, default=default)

    def choice_for(self, typed: str) -> Choice | None:
        """The choice someone typed by value or by name (case-insensitive), e.g. 'no_class' or 'Days without class'."""
        folded = typed.strip().casefold()
        return next((c for c in self.choices if folded in (str(c.value).casefold(), c.name.casefold())), None)


def check_values(command: str, options: Sequence[Opt], values: Mapping[str, Any]) -> dict[str, Any]:
    """The values a body is called with: every limit checked, blank optional text treated as not given.

    Raises UserError with a message that names the option and the limit, and never repeats what was sent (it
    could be anything: a wall of text, mentions, an invented choice)."""
    known = [o.name for o in options]
    unknown = [name for name in values if name not in known]
    if unknown:
        raise UserError(f"/{command} has no option {min(unknown)[:32]!r}. It takes: {usage(options)}.")
    out: dict[str, Any] = {}
    for option in options:
        value = values.get(option.name)
        if option.kind == "text" and isinstance(value, str) and not value.strip() and not option.required:
            value = None
        if value is None:
            if option.required:
                raise UserError(f"/{command} needs {option.name}. It takes: {usage(options)}.")
            out[option.name] = option.default
            continue
        out[option.name] = _checked(command, option, value)
    return out


def _checked(command: str, option: Opt, value: Any) -> Any:
    if not isinstance(value, PLAIN_TYPES[option.kind]) or (option.kind != "flag" and isinstance(value, bool)):
        raise UserError(f"{_named(command, option)} must be {_kind_words(option)}.")
    if option.kind == "text":
        if option.min_length is not None and len(value.strip()) < option.min_length:
            raise UserError(
                f"{_named(command, option)} needs at least {option.min_length} character{_s(option.min_length)}."
            )
        limit = min(option.max_length or MAX_TEXT, MAX_TEXT)
        if len(value) > limit:
            raise UserError(f"{_named(command, option)} can be at most {limit:,} characters; that was {len(value):,}.")
    if option.kind in ("integer", "number"):
        low = option.min_value if option.min_value is not None else -MAX_INTEGER
        high = option.max_value if option.max_value is not None else MAX_INTEGER
        if value != value or not low <= value <= high:  # value != value: NaN
            raise UserError(f"{_named(command, option)} must be a number from {low:,} to {high:,}.")
    if option.choices and value not in [c.value for c in option.choices]:
        raise UserError(f"{_named(command, option)} must be one of: {', '.join(c.name for c in option.choices)}.")
    return value


def _named(command: str, option: Opt) -> str:
    return f"In /{command}, {option.name}"


def _kind_words(option: Opt) -> str:
    return {
        "text": "text",
        "integer": "a whole number",
        "number": "a number",
        "flag": "true or false",
        "user": "a member of the server",
        "role": "a role of the server",
        "channel": "a text channel of the server",
        "forum": "a forum channel of the server",
        "file": "a file",
    }[option.kind]


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def usage(options: Sequence[Opt]) -> str:
    """'assignment:… [when:…]': how the options are written (required first, optional in brackets)."""
    parts = [f"{o.name}:…" if o.required else f"[{o.name}:…]" for o in options]
    return " ".join(parts) or "no options"


def clip_choices(found: Sequence[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Autocomplete answers as Discord takes them: at most 25, names (and string values) at most 100 characters.

    A string value longer than 100 characters cannot be offered at all (clipping it would change what is picked).
    """
    out = []
    for name, value in found:
        if isinstance(value, str) and len(value) > CHOICE_TEXT_LIMIT:
            continue
        label = str(name) if len(str(name)) <= CHOICE_TEXT_LIMIT else str(name)[: CHOICE_TEXT_LIMIT - 1] + "…"
        out.append((label or str(value), value))
        if len(out) == CHOICES_LIMIT:
            break
    return out
