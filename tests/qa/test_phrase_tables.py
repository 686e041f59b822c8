"""The tables forum search reads from a course's phrases (bot.qa.terms) are kept for a bounded number of courses."""

from __future__ import annotations

from bot.qa import terms
from bot.qa.terms import terms_of


def test_the_tables_of_phrases_are_kept_for_a_bounded_number_of_courses():
    """A course reloaded again and again with other phrases (a staff edit each time) never grows the tables read from
    its phrases past PHRASE_TABLES sets; the newest set still reads its own numbered piece."""
    for n in range(terms.PHRASE_TABLES + 8):
        phrases = ((f"lab exercise {n}", f"lx{n % 90 + 10} exercise"),)
        assert terms_of(f"help with lab exercise {n}", phrases).identifiers >= {f"lx{n % 90 + 10}"}
    for table in (terms._table, terms._splits, terms._own_names, terms._own_pieces):
        assert table.cache_info().maxsize == terms.PHRASE_TABLES
        assert table.cache_info().currsize <= terms.PHRASE_TABLES
