"""The audience string a planned item carries, written by the planners and read back by the posters."""

import pytest

from bot.announce.audience import (
    CHANNEL,
    audience_channel,
    audience_section,
    section_audience,
    staff_audience,
    staff_target,
)


def test_a_section_audience_reads_back_its_section():
    assert audience_section(section_audience("B")) == "B"
    assert audience_section(section_audience("sec:2")) == "sec:2"  # a colon in a section id is kept whole


def test_everyone_and_staff_items_are_for_no_section():
    assert audience_section(CHANNEL) is None
    assert audience_section(staff_audience(5, 6)) is None


def test_a_staff_audience_reads_back_its_channel_and_ping():
    assert staff_target(staff_audience(1234, 99)) == (1234, 99)
    assert staff_target(staff_audience(1234, None)) == (1234, None)


def test_other_audiences_are_not_staff_items():
    assert staff_target(CHANNEL) is None
    assert staff_target(section_audience("A")) is None


@pytest.mark.parametrize(
    ("audience", "channel"),
    [
        (CHANNEL, 10),  # everyone: the announcement channel
        (section_audience("A"), 20),  # a section with its own channel
        (section_audience("B"), 10),  # a section without: the announcement channel
        (staff_audience(30, 40), 30),  # a given channel
    ],
)
def test_the_channel_an_item_goes_to(audience, channel):
    """Where an item is posted, given the announcement channel (10) and section A's own channel (20)."""
    assert audience_channel(audience, 10, {"A": 20}) == channel
