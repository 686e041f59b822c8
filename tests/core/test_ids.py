import pytest

from bot.core.ids import LARGEST_ID, is_id


@pytest.mark.parametrize("number", [1, 2000, LARGEST_ID - 1])
def test_a_positive_number_below_2_63_is_an_id(number):
    assert is_id(number)


@pytest.mark.parametrize("number", [0, -5, LARGEST_ID, None])
def test_zero_negatives_too_large_and_none_are_not_ids(number):
    assert not is_id(number)


def test_a_role_given_by_id_or_by_name_is_one_id():
    """Review 3 finding 12: the one reading of "the staff role, given as an id or a name"."""
    from bot.core.ids import role_id

    names = {"Course Staff": 3002}.get
    assert role_id("3001", names) == 3001
    assert role_id("Course Staff", names) == 3002
    assert role_id("Nobody", names) is None
    assert role_id(None, names) is None
    assert role_id("", names) is None
    assert role_id(str(LARGEST_ID), names) is None
