"""Near spellings of a recognised person's other name part."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bench.scaled_course import scaled
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.words.near_names import near_name_words
from tests.conftest import BUNDLED_COURSES, local


def test_near_spellings_of_the_named_persons_name_only():
    course = load_course(BUNDLED_COURSES["10-605-s24"])
    assert near_name_words(course, ["katie-zhang"], ["katy", "nice", "kite"]) == {"katy", "kite"}
    assert near_name_words(course, [], ["katy"]) == set()  # nobody recognised: nothing is a name


def test_yes_no_about_a_misspelled_person_is_read():
    course = load_course(BUNDLED_COURSES["10-605-s24"])
    now = local(course, "2024-02-12T10:00")
    result = read_question(course, "is katy zang a TA", now)
    assert result.outcome == "answered"
    assert result.parts[0].intent == "staff"
    assert result.parts[0].slots["person"] == "katie-zhang"
    assert result.parts[0].unexplained == 0


def test_name_parts_by_person_are_those_the_scan_over_people_found():
    course = load_course(BUNDLED_COURSES["10-605-s24"])
    for one in (course, scaled(course, 3)):
        ids = [p.id for p in one.people]
        for chosen in ([], ids[:1], ids[:2], ids[-3:], ["nobody"]):
            scanned = {
                part
                for p in one.people
                if p.id in chosen
                for name in (p.name, *p.aliases)
                for part in name.lower().replace("-", " ").split()
                if len(part) >= 3
            }
            word_list = sorted({w[:-1] + "x" for w in scanned} | {w[1:] for w in scanned} | scanned | {"katy"})
            near = near_name_words(one, chosen, word_list)
            assert near == {
                w
                for w in word_list
                if len(w) >= 3
                and w.isalpha()
                and any(p[0] == w[0] and OSA.distance(w, p) <= (1 if len(w) < 4 else 2) for p in scanned)
            }
