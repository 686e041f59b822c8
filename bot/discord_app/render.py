"""Answers as Discord embeds: Discord timestamps, inside Discord's limits, split into pages when long."""

from __future__ import annotations

from typing import Any

import discord

from bot.core.answer import Answer, Mention, Stamp
from bot.core.timefmt import discord_timestamp

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_PER_EMBED = 25
EMBED_TOTAL_LIMIT = 6000
FOOTER_LIMIT = 2048
# Leave room for the footer's "page x/y" and Discord's own accounting.
_PAGE_BUDGET = EMBED_TOTAL_LIMIT - 300

COLOURS = {"info": discord.Colour.blurple(), "error": discord.Colour.red(), "unknown": discord.Colour.orange()}


_MENTION_FORMS = {"user": "<@{}>", "role": "<@&{}>", "channel": "<#{}>"}


def segment_markdown(segment: object) -> str:
    if type(segment) is str:  # most segments: checked first, as every line of every answer comes through here
        return segment
    if isinstance(segment, Stamp):
        return discord_timestamp(segment.at, segment.style)
    if isinstance(segment, Mention):
        return _MENTION_FORMS[segment.kind].format(segment.id)
    return str(segment)


def line_markdown(line: tuple) -> str:
    for segment in line:
        if type(segment) is not str:  # a Stamp or Mention among them (looked for, not tried: a caught error costs more)
            return "".join([segment_markdown(s) for s in line])
    return "".join(line)  # most lines are plain text only


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _pieces(line: str, limit: int) -> list[str]:
    """A line too long for one block, split into pieces of at most limit characters, at a space where there is one:
    nothing is cut away, as what a person wrote is posted whole."""
    pieces = []
    while len(line) > limit:
        cut = line.rfind(" ", limit // 2, limit + 1)
        cut = cut if cut > 0 else limit
        piece, line = line[:cut].rstrip(" "), line[cut:].lstrip(" ")
        if piece:
            pieces.append(piece)
    return [*pieces, line] if line else pieces


def _chunks(lines: list[str], limit: int) -> list[str]:
    """Join lines into blocks of at most limit characters, never splitting a line unless it alone is too long (then
    it is split at spaces, never cut short). Empty lines before the first words are dropped."""
    start = 0
    while start < len(lines) and not lines[start]:
        start += 1
    whole = "\n".join(lines[start:] if start else lines)
    if len(whole) <= limit:  # most answers: one block, no line too long
        return [whole] if whole else []
    blocks, current = [], ""
    for whole_line in lines:
        for line in _pieces(whole_line, limit) if len(whole_line) > limit else (whole_line,):
            candidate = f"{current}\n{line}" if current else line
            if len(candidate) > limit:
                blocks.append(current)
                current = line
            else:
                current = candidate
    if current:
        blocks.append(current)
    return blocks


class KeptEmbed(discord.Embed):
    """A page kept on its answer (answer_pages): discord.py asks each embed for its JSON data on every send, and a
    kept page is sent again and again, so the data is made once, as embed_pages finishes it (`_as_sent`). Kept pages
    are never changed after they are built."""

    __slots__ = ("_data",)

    def to_dict(self) -> Any:
        try:
            return self._data
        except AttributeError:
            self._data = super().to_dict()
            return self._data


def _as_sent(page: discord.Embed) -> dict[str, Any]:
    """discord.py's `Embed.to_dict()` of a page embed_pages built, key for key and in its order: a page has a title, a
    colour, and maybe a description, fields and a footer, never anything else, so this looks at those alone instead
    of at all fourteen of an embed's slots, most of them unset (every /ask answer is a fresh page, sent once).
    tests/discord_app/test_render.py holds it equal to discord.py's own."""
    data: dict[str, Any] = {}
    footer = getattr(page, "_footer", None)
    if footer is not None:
        data["footer"] = footer
    fields = getattr(page, "_fields", None)
    if fields is not None:
        data["fields"] = fields
    data["flags"] = page._flags
    if page.colour:
        data["color"] = page.colour.value
    if page.type:
        data["type"] = page.type
    if page.description:
        data["description"] = page.description
    if page.title:
        data["title"] = page.title
    return data


def embed_pages(answer: Answer, kind: type[discord.Embed] = discord.Embed) -> list[discord.Embed]:
    """One embed per page; every page within title/description/field/total limits."""
    title = _clip(answer.title, TITLE_LIMIT)
    descriptions = _chunks([line_markdown(line) for line in answer.body], min(DESCRIPTION_LIMIT, _PAGE_BUDGET // 2))
    fields: list[tuple[str, str]] = []
    for f in answer.fields:
        name = _clip(f.name, FIELD_NAME_LIMIT)
        for i, block in enumerate(_chunks([line_markdown(line) for line in f.lines], FIELD_VALUE_LIMIT) or ["—"]):
            fields.append((name if i == 0 else _clip(f"{f.name} (continued)", FIELD_NAME_LIMIT), block))
    footer = _clip(answer.footer, FOOTER_LIMIT - 20)
    pages: list[discord.Embed] = []
    colour = COLOURS.get(answer.kind, COLOURS["info"])

    def new_page(description: str = "") -> discord.Embed:
        embed = kind(title=title, description=description or None, colour=colour)
        pages.append(embed)
        return embed

    for description in descriptions:
        new_page(description)
    page = pages[-1] if pages else new_page()
    # The current page's size and field count, kept as it grows (what len(embed) would count, without walking
    # the embed again for every field).
    size, count = len(title) + len(page.description or ""), 0
    for name, value in fields:
        if count >= FIELDS_PER_EMBED or size + len(name) + len(value) + len(footer) > _PAGE_BUDGET:
            page = new_page()
            size, count = len(title), 0
        page.add_field(name=name, value=value, inline=False)
        size, count = size + len(name) + len(value), count + 1
    for number, embed in enumerate(pages, 1):
        suffix = f"Page {number}/{len(pages)}" if len(pages) > 1 else ""
        text = " · ".join(part for part in (footer, suffix) if part)
        if text:
            embed.set_footer(text=text)
        if kind is KeptEmbed:
            embed._data = _as_sent(embed)
    return pages


_PAGES = "_discord_pages"  # where an answer keeps its rendering (not a field: equality and replace() ignore it)


def answer_pages(answer: Answer) -> list[discord.Embed]:
    """embed_pages(answer), built once per answer object and kept on it: answers are immutable, and one kept whole
    (commands._kept: /staff, /policy, /help) is sent again and again. Embeds are only read when sent (discord.py
    turns them into JSON); callers must not change the list or its embeds."""
    kept = answer.__dict__
    pages = kept.get(_PAGES)
    if pages is None:
        pages = kept[_PAGES] = embed_pages(answer, KeptEmbed)
    return pages
