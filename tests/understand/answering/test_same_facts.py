"""Two close readings whose cards state the same facts: the best one is answered instead of "which do you mean?"."""

import datetime as dt

import pytest

from bot.core.answer import Answer, Stamp, text
from bot.understand.answering.part_steps import Answering
from bot.understand.answering.same_facts import settled_by_same_facts, stated_facts, states_nothing_else
from bot.understand.question.result import Part

TZ = dt.timezone(dt.timedelta(hours=1))
OPENS, CLOSES = dt.datetime(2030, 5, 9, 17, 0, tzinfo=TZ), dt.datetime(2030, 5, 9, 19, 0, tzinfo=TZ)
NEXT_DAY = dt.datetime(2030, 5, 10, 17, 0, tzinfo=TZ)

# an invented open day: its schedule row, and the card of where open days are held
ROW_LINE = text("Thu May 9 · **Open day** · ", Stamp(OPENS, "t"), " – ", Stamp(CLOSES, "t"), " · Hall B-12")
ROW = Answer("Open day", (ROW_LINE,))
PLACE = Answer("Where", (text("Next: ", Stamp(OPENS, "F"), " – ", Stamp(CLOSES, "t"), " · Hall B-12"),))


def card(*line) -> Answer:
    return Answer("Card", (text(*line),))


def test_stated_facts_are_instants_figures_and_names_not_wording():
    """A card's facts: each instant it shows, each word with a digit, each capitalised name inside a sentence."""
    figures, names = stated_facts(card("Meets in Kelvin Hall, room 3.14 at ", Stamp(OPENS)))
    assert figures == {"3.14", OPENS}
    assert names == {"kelvin", "hall"}


@pytest.mark.parametrize(
    ("rival", "same"),
    [
        (PLACE, True),  # the same day, times and room, worded otherwise
        (card("Next: ", Stamp(OPENS), " · Hall B-14"), False),  # another room
        (card("Next: ", Stamp(NEXT_DAY), " · Hall B-12"), False),  # another day
        (card("Held in Hall B-12 and the Kelvin Annex"), False),  # a place the row does not name
        (card("Open days are held in the main hall."), False),  # no date, time or room to compare
        (Answer("Where", (text("Hall B-12"),), kind="unknown"), False),  # a card that does not know
    ],
)
def test_rival_card_states_nothing_else(rival, same):
    """The rival's card states only what the best card states, or the two readings are offered."""
    assert states_nothing_else(ROW, rival) is same


def test_a_list_of_sessions_is_not_one_item():
    """A card listing sessions on several days is never taken for the one asked ("what time is my team's slot")."""
    sessions = Answer("Rows", (text(Stamp(OPENS), " · B-12"), text(Stamp(NEXT_DAY), " · B-12")))
    assert not states_nothing_else(sessions, card(Stamp(OPENS), " · B-12"))


def part(intent: str, score: float) -> Part:
    return Part("when and where is the open day", intent, {}, score, 0.5)


def test_best_answered_when_every_close_rival_says_the_same():
    """The best reading's answer; a reading far behind (a policy) is no reason to ask."""
    cards = {"topic": ROW, "course_fact": PLACE, "policy": card("Teams of 4-5 show 6-9 objects.")}
    readings = [part("topic", 7.75), part("course_fact", 7.0), part("policy", 3.0)]
    got = settled_by_same_facts(readings, lambda p: Answering(cards[p.intent]))
    assert got is not None
    assert got.answer is ROW


def test_readings_offered_when_a_close_rival_differs():
    """A close rival whose card gives another room: the readings are offered to pick from."""
    cards = {"topic": ROW, "course_fact": card("Next: ", Stamp(OPENS), " · Hall C-01")}
    readings = [part("topic", 7.75), part("course_fact", 7.0)]
    assert settled_by_same_facts(readings, lambda p: Answering(cards[p.intent])) is None
