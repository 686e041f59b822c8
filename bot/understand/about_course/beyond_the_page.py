"""Questions that hold a course word but ask nothing of the course: "what year did the haitian revolution start"
(history, not the schedule: out of scope, with the day the course covers it), "what should i write my essay on"
(advice, not the AI policy), "when does spring carnival booth build start" (a campus event the schedule names only
as a day without classes). The answer says plainly that the page does not answer it, and what the page does say."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.understand.about_course.asked_figure import asks_headcount
from bot.understand.about_course.attributes import CARDS, asked_attribute
from bot.understand.about_course.missing_detail import missing_detail, papers_shown_sentence
from bot.understand.about_course.money_asked import converts_money
from bot.understand.about_course.unnamed_person import unnamed_person
from bot.understand.answering import replies
from bot.understand.page_evidence.knowledge import stem
from bot.understand.question.reading import Reading
from bot.understand.question.result import Part
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# About the subject itself, not when the course takes it up: "what year did X start", "who started X", "why did X
# end", "when did X break out" (not "when did we cover X": a person of the course is the subject there).
_WORLD = re.compile(
    r"\b(?:what|which|in\s+what)\s+(?:year|years|century|decade)\b"
    r"|\bwho\s+(?:started|invented|discovered|founded|led|won|lost|wrote|created|coined|proposed|ended|began)\b"
    r"|\bwhy\s+(?:did|was|were|do|does)\s+(?!(?:we|i|you|they|the\s+(?:class|course|module|lecture|seminar)s?)\b)"
    r"|\bwhat\s+(?:caused|causes|started|ended|led\s+to)\b"
    r"|\bhow\s+many\s+(?:people|soldiers|slaves|deaths|casualties|died)\b"
    r"|\bwhen\s+did\s+(?!(?:we|i|you|they|he|she|the\s+(?:class|course|module)|it)\b)[\w\s'-]{2,60}?\s+"
    r"(?:start|begin|end|happen|occur|break\s+out|take\s+place|finish|get\s+invented|get\s+discovered)\b"
)
# The readings a question about the world is taken for (asked of the subject, the answer is not theirs to give)
_WORLD_READINGS = frozenset({"topic", "schedule_range", "schedule_day", "policy", "staff"})
# Advice on one's own work: what to write about, which topic to pick.
_ADVICE = re.compile(
    r"\bwhat\s+(?:should|shall|could|do\s+you\s+think\s+i\s+should)\s+(?:i|we)\s+(?:write|do|pick|choose|focus)"
    r"(?:\s+(?:my|our|the)(?:\s+[\w-]+){1,2})?\s+(?:on|about)\b"
    r"|\bwhat\s+(?:topic|subject|question)\s+should\s+(?:i|we)\b"
    r"|\b(?:give|suggest|recommend)\s+(?:me\s+)?(?:an?\s+|some\s+)?(?:good\s+)?(?:\w+\s+)?(?:topic|idea|ideas|topics)\b"
    r"|\bhelp\s+me\s+(?:pick|choose|find)\s+(?:an?\s+|my\s+)?(?:\w+\s+)?(?:topic|subject)\b"
    r"|\b(?:good|best)\s+(?:topic|topics|subject)\s+(?:for|to\s+write)\b"
)


def beyond_the_page(course: Course, question: str, reading: Reading, part: Part, answer: Answer) -> Answer:
    """The answer, or when the question asks about the world or for advice, or about an event the schedule names
    only as a day without classes, what the page cannot answer (kind unknown) and what it does say."""
    said = question.lower()
    # "how many people in a project group" asks a group's size, not how many people a war killed
    world = part.intent in _WORLD_READINGS and _WORLD.search(said) and not asks_headcount(said)
    if converts_money(said):  # "how much is 100 dollars in euros": whatever it was read as
        return replies.out_of_scope(course, "Exchange rates are not on the course page: I answer only from it.")
    if world:
        covered = [course.schedule[i] for i in part.slots.get("rows", ())] if part.intent == "topic" else []
        where = "; ".join(f"{human_date(r.date)} ({r.title})" for r in covered)
        also = f" The course takes it up on {where}." if where else ""
        return replies.out_of_scope(
            course,
            f"That is a question about the subject itself, not the course: I answer only from the course page.{also}",
        )
    # bot.understand.about_course.attributes says it
    carded = part.intent in CARDS and asked_attribute(question) is not None
    if answer.kind == "info" and (shown := papers_shown_sentence(course, said)) and shown not in str(answer.lines):
        # "when can we see our partiel copies" answered by the exam's card: the page's sentence on it, first
        return replace(answer, lines=(text(f"The course page: “{shown}”"), *answer.lines))
    if answer.kind == "info" and (unnamed := unnamed_person(course, question, answer)):
        # "who is the second examiner": the card on the oral exams names no one as that examiner
        lead = text(f"{unnamed} {_sentence(replies.where_to_ask(course))}.")
        return replace(answer, lines=(lead, *answer.lines), kind="unknown")
    if answer.kind == "info" and not carded and (missing := missing_detail(said, answer)):
        # "whats the teams link for the h13a tute": the card found does not give what is asked, so it is not given
        lead = text(f"{missing} {_sentence(replies.where_to_ask(course))}.")
        return replace(answer, lines=(lead, *answer.lines), kind="unknown")
    return _event_beyond_schedule(course, reading, part, answer)


def asks_advice(question: str) -> bool:
    """ "what should i write my essay on", "suggest a topic": advice on one's own work."""
    return _ADVICE.search(question.lower()) is not None


def advice_answer(course: Course) -> Answer:
    """That what to write about is the student's own choice the page does not make (out of scope), and where to ask."""
    reason = "What to write about is your own choice; the course page does not say."
    return replies.out_of_scope(course, f"{reason} {_sentence(replies.where_to_ask(course))}.")


def advice_asked(course: Course, question: str) -> Answer | None:
    """ "what should i write my essay on": advice on one's own work, which the page does not give (out of scope,
    with where to ask); None for any other question."""
    return advice_answer(course) if asks_advice(question) else None


def _event_beyond_schedule(course: Course, reading: Reading, part: Part, answer: Answer) -> Answer:
    """ "when does spring carnival booth build start": the schedule names the event only as a day without classes;
    what else is asked of it (the booth build) the page does not say."""
    if part.intent not in ("schedule_range", "schedule_day") or answer.kind != "info" or part.slots.get("kind"):
        return answer
    periods = [m for m in reading.mentions if m.kind == "period"]
    if not periods or not {"when", "time_of"} & reading.cues:
        return answer
    first, last = part.slots.get("range") or (part.slots.get("date"), part.slots.get("date"))
    if first is None:
        return answer
    rows = [r for r in course.schedule if first <= r.date <= last]
    known = {stem(w) for r in rows for w in phrase_key(" ".join((r.title, *r.keywords)))}
    named = {stem(w) for m in periods for w in reading.tokens[m.start : m.end]}
    beyond = [w for w in reading.content if w not in STOPWORDS and stem(w) not in known | named]
    if not beyond or any(r.kind not in ("no_class", "break", "holiday") for r in rows):
        return answer
    what = " ".join(beyond)
    lead = text(
        f"The course page does not say anything about “{what}”; it names only the days without classes below."
        f" {_sentence(replies.where_to_ask(course))}."
    )
    return Answer(title=answer.title, lines=(lead, *answer.lines), kind="unknown")


def _sentence(clause: str) -> str:
    """ "ask on Piazza" as a sentence of its own: "Ask on Piazza"."""
    return clause[:1].upper() + clause[1:]
