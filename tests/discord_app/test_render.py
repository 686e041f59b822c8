"""Answers as embeds: long answers split into pages within Discord's limits, every field kept, in order."""

from __future__ import annotations

import random

from bot.core.answer import Answer, Field, text
from bot.discord_app.render import EMBED_TOTAL_LIMIT, FIELDS_PER_EMBED, embed_pages


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
