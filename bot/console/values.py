"""Option values typed in the console ("day:wednesday", "role:@everyone", "file:grades.csv") turned into what
command bodies take. The limits are checked afterwards on the shared path, as for Discord."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bot.core.errors import UserError
from bot.core.ids import is_id
from bot.discord_app.options import ChannelRef, Opt, RoleRef, Upload, UserRef

TRUE, FALSE = ("true", "yes", "on", "1", "y"), ("false", "no", "off", "0", "n")
_ID = re.compile(r"^<(@!?|@&|#)?(\d{1,20})>$|^(\d{1,20})$")


class ConsoleServer:
    """Who and where the console is: one server with its own id, one channel (the terminal), one user."""

    def __init__(self, server_id: int, user: UserRef, channel: ChannelRef) -> None:
        self.server_id, self.user, self.channel = server_id, user, channel

    @property
    def names(self) -> dict[tuple[str, int], str]:
        """What the console calls by name when an answer mentions it."""
        return {
            ("user", self.user.id): self.user.name,
            ("channel", self.channel.id): self.channel.name,
            ("role", self.server_id): "everyone",
        }


def convert(option: Opt, raw: str, server: ConsoleServer) -> Any:
    """The value for one option from what was typed; UserError naming the forms it takes."""
    kind, name = option.kind, option.name
    if option.choices:
        choice = option.choice_for(raw)
        if choice is None:
            raise UserError(f"{name} must be one of: {', '.join(c.name for c in option.choices)}.")
        return choice.value
    if kind == "text":
        return raw
    if kind in ("integer", "number"):
        try:
            return int(raw) if kind == "integer" else float(raw)
        except ValueError:
            raise UserError(f"{name} takes a {'whole ' if kind == 'integer' else ''}number, like 3.") from None
    if kind == "flag":
        if raw.lower() in TRUE:
            return True
        if raw.lower() in FALSE:
            return False
        raise UserError(f"{name} takes true or false.")
    if kind == "file":
        return _upload(name, raw)
    return _reference(option, raw.strip(), server)


def _reference(option: Opt, raw: str, server: ConsoleServer) -> Any:
    folded = raw.lower()
    if option.kind == "user":
        if folded in ("me", "myself", "@me", server.user.name.lower()):
            return server.user
        number = _number(raw, ("@", "@!"))
        if number is not None:
            return server.user if number == server.user.id else UserRef(number, f"user {number}")
        raise UserError(f"In the console, give {option.name} as 'me' or a user id like 5001 (or <@5001>).")
    if option.kind == "role":
        if folded in ("@everyone", "everyone"):
            return RoleRef(server.server_id, "@everyone", is_default=True)
        number = _number(raw, ("@&",))
        if number is not None:
            return RoleRef(number, f"role {number}", is_default=number == server.server_id)
        raise UserError(f"In the console, give {option.name} as a role id like 3000 (or <@&3000>), or @everyone.")
    number = _number(raw, ("#",))
    if folded in ("here", "this", f"#{server.channel.name}", server.channel.name):
        return server.channel
    if number is not None:
        return server.channel if number == server.channel.id else ChannelRef(number, f"channel {number}")
    raise UserError(f"In the console, give {option.name} as 'here' or a channel id like 2000 (or <#2000>).")


def _number(raw: str, prefixes: tuple[str, ...]) -> int | None:
    match = _ID.match(raw)
    if not match:
        return None
    number = int(match.group(3) or match.group(2)) if match.group(3) or match.group(1) in prefixes else None
    return number if is_id(number) else None


def _upload(name: str, raw: str) -> Upload:
    path = Path(raw.strip()).expanduser()
    if not path.is_file():
        raise UserError(f"There is no file {str(path)[:200]!r}; in the console, {name} is a path to a file.")

    async def read() -> bytes:
        return path.read_bytes()

    return Upload(path.name, path.stat().st_size, read)
