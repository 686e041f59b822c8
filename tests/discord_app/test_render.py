"""Answers as embeds: long answers split into pages within Discord's limits, every field kept, in order."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from zoneinfo import ZoneInfo

import discord

from bot.core.answer import Answer, Field, Mention, Stamp, text
from bot.discord_app.render import (
    EMBED_TOTAL_LIMIT,
    FIELDS_PER_EMBED,
    _chunks,
    _pieces,
    answer_pages,
    embed_pages,
    line_markdown,
)


def fields_of(pages) -> list[tuple[str, str]]:
    return [(f.name, f.value) for page in pages for f in page.fields]


def test_pages_stay_within_limits_and_keep_every_field():
    rng = random.Random(605)
    for _ in range(200):
        fields = tuple(
            Field(name=f"Field {n}", lines=tuple(text("x" * rng.randint(1, 900)) for _ in range(rng.randint(1, 3))))
            for n in range(rng.randint(0, 60))
        )
        body = tuple(text("line " * rng.randint(1, 200)) for _ in range(rng.randint(0, 30)))
        answer = Answer(title="T" * rng.randint(1, 300), lines=body, fields=fields, footer="f" * rng.randint(0, 100))
        pages = embed_pages(answer)
        assert all(len(page) <= EMBED_TOTAL_LIMIT and len(page.fields) <= FIELDS_PER_EMBED for page in pages)
        names = [name for name, _ in fields_of(pages) if not name.endswith("(continued)")]
        assert names == [f.name for f in fields]


def test_a_page_is_filled_before_the_next_one_starts():
    fields = tuple(Field(name=f"F{n}", lines=(text("v" * 900),)) for n in range(12))
    pages = embed_pages(Answer(title="Many", fields=fields))
    assert [len(p.fields) for p in pages] == [6, 6]  # 6 x ~900 fits the page budget, a 7th would not


def reference_chunks(lines: list[str], limit: int) -> list[str]:
    """The general algorithm alone (no one-block shortcut): what _chunks must always agree with."""
    blocks, current = [], ""
    pieces = [piece for whole in lines for piece in (_pieces(whole, limit) if len(whole) > limit else [whole])]
    for line in pieces:
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            blocks.append(current)
            current = line
        else:
            current = candidate
    if current:
        blocks.append(current)
    return blocks


def test_one_block_shortcut_agrees_with_the_general_way():
    rng = random.Random(12)
    for _ in range(2000):
        lines = [rng.choice(["", "a", "bb " * rng.randint(1, 30)]) for _ in range(rng.randint(0, 8))]
        limit = rng.randint(1, 120)
        assert _chunks(lines, limit) == reference_chunks(lines, limit), (lines, limit)


def test_a_line_too_long_for_a_block_is_split_at_spaces_and_nothing_is_cut():
    """A student's 4,000-character paragraph reaches the post whole, over pages (hostile-qa finding 1)."""
    rng = random.Random(7)
    for _ in range(500):
        line = " ".join("w" * rng.randint(1, 30) for _ in range(rng.randint(1, 60)))
        limit = rng.randint(5, 90)
        pieces = _pieces(line, limit)
        assert all(0 < len(p) <= limit for p in pieces), (line, limit)
        assert "".join(pieces).replace(" ", "") == line.replace(" ", "")
    body = "".join(f"word{i:04d} " for i in range(800))[:4000]
    pages = embed_pages(Answer(title="Q", lines=(text(body),), fields=(Field(name="Asked by", lines=(text("x"),)),)))
    shown = " ".join(p.description or "" for p in pages)
    assert all(word in shown for word in body.split())
    assert "…" not in shown


def test_lines_with_stamps_and_mentions_render_as_discord_markup():
    due = dt.datetime(2024, 2, 21, 23, 59, tzinfo=ZoneInfo("America/New_York"))
    assert line_markdown(("Due ", Stamp(due, "F"), " for ", Mention("role", 42))) == "Due <t:1708577940:F> for <@&42>"
    assert line_markdown(("plain", " words")) == "plain words"


def test_an_answer_becomes_its_embeds_once_and_a_changed_one_again():
    answer = Answer(title="Staff", lines=(text("Ann"),))
    pages = answer_pages(answer)
    assert answer_pages(answer) is pages
    assert [p.to_dict() for p in pages] == [p.to_dict() for p in embed_pages(answer)]
    changed = replace(answer, lines=(text("Bob"),))
    assert changed != answer
    assert answer_pages(changed)[0].description == "Bob"
    assert replace(answer) == answer  # equal, but a new object: rendered afresh, the same
    assert answer_pages(replace(answer)) is not pages


def test_a_kept_page_is_turned_into_data_once_and_a_fresh_rendering_is_not_kept():
    answer = Answer(title="Staff", lines=(text("Ann"),))
    page = answer_pages(answer)[0]
    assert page.to_dict() is page.to_dict()  # sent again and again: made once
    assert page.to_dict() == embed_pages(answer)[0].to_dict()
    fresh = embed_pages(answer)[0]  # announcements change their last page's footer after building it
    before = fresh.to_dict()
    fresh.set_footer(text="marker")
    assert fresh.to_dict() != before


def test_a_kept_page_is_sent_as_discord_py_would_send_it_key_for_key():
    """The JSON a kept page is sent as, made as embed_pages finishes it, is discord.py's own to_dict, keys in order:
    with and without a description, fields, a footer, over several pages."""
    rng = random.Random(18)
    due = dt.datetime(2024, 2, 21, 23, 59, tzinfo=ZoneInfo("America/New_York"))
    for _ in range(300):
        body = tuple(
            rng.choice([text("line " * rng.randint(1, 120)), ("Due ", Stamp(due, "R"), "."), text("")])
            for _ in range(rng.randint(0, 12))
        )
        fields = tuple(
            Field(name=f"F{n}", lines=tuple(text("v" * rng.randint(1, 700)) for _ in range(rng.randint(1, 3))))
            for n in range(rng.randint(0, 14))
        )
        answer = Answer(
            title="T" * rng.randint(0, 40),
            lines=body,
            fields=fields,
            footer="f" * rng.choice([0, 0, 30]),
            kind=rng.choice(["info", "error", "unknown"]),
        )
        for page in answer_pages(answer):
            assert list(page.to_dict().items()) == list(discord.Embed.to_dict(page).items())
