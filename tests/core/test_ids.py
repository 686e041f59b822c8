import pytest

from bot.core.ids import LARGEST_ID, is_id


@pytest.mark.parametrize("number", [1, 2000, LARGEST_ID - 1])
def test_a_positive_number_below_2_63_is_an_id(number):
    assert is_id(number)


@pytest.mark.parametrize("number", [0, -5, LARGEST_ID, None])
def test_zero_negatives_too_large_and_none_are_not_ids(number):
    assert not is_id(number)
