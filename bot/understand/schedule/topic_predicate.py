"""A yes/no question asking something OF a scheduled topic ("will the spark lecture be streamed", "is the guest
lecture going to be up on panopto"), not whether it is on the schedule: the schedule's Yes ("on Fri Jan 19") does
not answer it. The words the question adds beyond the rows' own, a meeting's name, a time and the words of being
scheduled are what is asked."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.course.model import Course
from bot.understand.schedule.topic_heads import heads_after
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import words_of
from bot.understand.yes_no.page_claims import content_words, near_stems

# Words of a topic being on the schedule: "is there a lecture on adam", "do we cover svms", "will we talk about it",
# "do we even cover it at all", "is it on feb 14 like usual", "do we start fourier series next week", "is the
# recursion lesson on friday".
_BEING_SCHEDULED = words_of(
    """there cover covered covering covers taught teach teaching talk talking talked discuss discussed discussing
    discussion go over gone went learn learning learned learnt see seeing seen do doing done did happen happening
    happens held hold
    holding scheduled schedule on about again also ever still yet already actually really all even whatsoever
    start starts starting started begin begins beginning began lesson lessons
    anywhere week weeks day days today
    tomorrow tonight next last this coming upcoming soon later time class classes lecture lectures session sessions
    topic topics material course courses module modules unit units semester term trimester quarter syllabus
    curriculum normal normally usual usually"""
)
_TIME = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^\d+(?:st|nd|rd|th)?$"
)


# Vague words a student trails a topic with ("impressionism like debussy stuff", "the fourier things", "the revision
# one"): they name nothing more than the topic itself.
_VAGUE = words_of("stuff things thing etc etcetera whatnot kinda sorta one ones")


def asked_of_topic(course: Course, question: str, shown: Iterable[str], span_words: Iterable[str] = ()) -> list[str]:
    """The words the question asks of the topic beyond what the shown rows say ([] when it asks only whether or when
    the topic is on). `span_words` named the stretch it is asked against ("before test 2"): no part of what is asked."""
    have = {s for line in shown for w in phrase_key(line) for s in near_stems(w)}
    have |= {s for w in span_words for s in near_stems(w)} | {s for w in _VAGUE for s in near_stems(w)}
    have |= _short_forms(course, have)
    meetings = {w for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) for w in phrase_key(n)}
    words = content_words(question)
    # "the stroop effect" where the rows say "stroop": the noun after the topic's word is part of its name
    named = heads_after(words, [w for w in words if near_stems(w) & have])
    # "case comp" of "Case Competition": a word clipped from one the rows show is that word
    clipped = {w for w in words if len(w) >= 4 and any(s.startswith(w) for line in shown for s in phrase_key(line))}
    return [
        w
        for w in words
        if w not in _BEING_SCHEDULED
        and w not in meetings
        and w not in named
        and w not in clipped
        and not _TIME.match(w)
        and not near_stems(w) & have
    ]


def _short_forms(course: Course, have: set[str]) -> set[str]:
    """The stems of the course's own short forms ("case comp") of words the rows hold ("Case Competition")."""
    found: set[str] = set()
    for short, meaning in course.synonyms.items():
        if all(near_stems(w) & have for w in phrase_key(meaning)):
            found |= {s for w in phrase_key(short) for s in near_stems(w)}
    return found
