"""The exam handler: when and where, and Yes or No about a day, a section, a conflict form, rescheduling."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.exam_sittings import sitting_answer
from bot.answers.exams import conflict_form_status, conflict_form_url, exam_answer, exams_answer, surname_room_answer
from bot.core.answer import Answer, text
from bot.core.timefmt import human_date, human_time
from bot.course.model import Exam, ScheduleDay
from bot.course.occurrences import exam_times
from bot.course.unknown import UNKNOWN
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.exams.denied_kind import denied_exam_kind
from bot.understand.exams.exam_happened import happened_asked, happened_verdict
from bot.understand.exams.exam_length import exam_length_verdict, stated_minutes
from bot.understand.exams.exam_meeting_clash import clash_sitting, meeting_clash
from bot.understand.exams.exam_only import only_verdict
from bot.understand.exams.exam_part_of_day import exam_part_choice, exam_part_verdict
from bot.understand.exams.exam_what_if import asks_for_make_up, exam_what_if, no_make_up, says_asked
from bot.understand.exams.row_only_exams import row_only_asked, rows_between
from bot.understand.exams.section_exam import sitting_for_section
from bot.understand.exams.session_for_exam import session_for_exam_answer
from bot.understand.exams.stated_exam_time import exam_time_verdict, other_sitting_at
from bot.understand.exams.surname_room import surname_told
from bot.understand.meetings.weekly_slot import slot_weekday
from bot.understand.policies.policy_told import told_match
from bot.understand.question.result import Slots
from bot.understand.schedule.day_off_asked import day_off_on
from bot.understand.times.edge_words import asks_end
from bot.understand.times.zones import asks_clock_change
from bot.understand.words.normalize import phrase_key
from bot.understand.work.stated_weight import stated_weight
from bot.understand.yes_no.clause_stance import asks, stance
from bot.understand.yes_no.folded import asks_yes_no
from bot.understand.yes_no.page_claims import claims_for

# "is the exam during finals week": the weeks after the last class, by the schedule.
# A place asked about ("in the tutorial room", "where"): the question is not whether the exam is a section's.
_PLACE = re.compile(r"\b(?:room|hall|building|where|located|held|venue|in\s+the\s+\w+)\b")
# "can i", "may we", "am i allowed": asking leave, which an exam's day does not give
_MAY_I = re.compile(r"\b(?:can|may|could)\s+(?:i|we)\b|\b(?:am\s+i|are\s+we)\s+allowed\b")
_FINALS = re.compile(r"\bfinals?\s+(?:week|period|season)|\bexam\s+(?:week|period)\b")


def _in_finals(asked: Asked, chosen: Exam, answer: Answer) -> Answer:
    """Yes when the exam falls after the schedule's last class, No when classes still meet after it."""
    classes = [r.date for r in asked.course.schedule if r.has_class and not r.exam_id]
    if not classes:
        said = text(f"The course page doesn't say when finals week is; {replies.where_to_ask(asked.course)}.")
        return replace(answer, lines=(said, *answer.lines))
    last = max(classes)
    if chosen.during_class is True:
        # held in a class meeting: the term's own time, whatever day it is
        return replies.verdict(answer, False, f"{chosen.title} is on {human_date(chosen.date)}, in class time.")
    if chosen.date > last:
        reason = f"{chosen.title} is on {human_date(chosen.date)}, after the last class ({human_date(last)})."
        return replies.verdict(answer, True, reason)
    reason = f"{chosen.title} is on {human_date(chosen.date)}, while classes still meet (until {human_date(last)})."
    return replies.verdict(answer, False, reason)


# "is the exam in a seminar slot", "during our lecture time": a class meeting's slot named in other words.
_IN_A_SLOT = re.compile(
    r"^(?:is|are|will|does)\b.*\b(?:during|in)\s+(?:a|the|our|my|one\s+of\s+the)?\s*"
    r"(?:(?:normal|usual|regular|typical)\s+)?\w+\s+(?:slots?|times?|periods?)\b\W*$"
)


def _during_class(chosen: Exam, answer: Answer, asked_of: str) -> Answer:
    """ "is the midterm during class": the course says (an evening exam is not), or the page is silent. Asked of
    another meeting ("is exam 1 during recitation"), only an exam outside class time answers it (No)."""
    if chosen.during_class is UNKNOWN or (asked_of == "meeting" and chosen.during_class is True):
        return answer
    how = "in class time" if chosen.during_class else "outside class time"
    return replies.verdict(answer, chosen.during_class is True, f"{chosen.title} is {how}.")


def _claimed(asked: Asked, answer: Answer) -> Answer:
    """The answer with the Yes or No of the course's claim the question asks, or as it is."""
    claims = claims_for(asked.course)
    # "can i write test 1 early? i fly out thursday": the claim asked once the story is set apart
    matched = claims.match(asked.question, "exams") or told_match(claims, asked.question)
    return replies.verdict(answer, matched.claim.yes, f"“{matched.claim.evidence}”") if matched else answer


def _still_to_come(asked: Asked, answer: Answer) -> Answer:
    """All exams' answer cut to those on or after today; said plainly when none is left."""
    passed = {e.title for e in asked.course.exams if e.date < asked.today}
    kept = tuple(f for f in answer.fields if f.name not in passed)
    if kept:
        return replace(answer, fields=kept)
    return Answer(title="Exams", lines=(text(f"No exams are left: every exam of {asked.course.term} has passed."),))


def exam(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if own := sitting_for_section(course, slots.get("_exams", ()), slots.get("section") or asked.section):
        # "when is the oral exam? im in group C": the sitting of the student's own group, not every group's
        slots = {**{k: v for k, v in slots.items() if k != "_exams"}, "exam": own}
    which = slots.get("exam")
    answer = exam_answer(course, asked.now, which, asked.form_urls, slots.get("section"))
    if slots.get("_exams") and not asked.yes_no and not asks_yes_no(asked.question):
        # "dates for the midsem and the final pls": every exam named, each in the course's words
        return exams_answer(course, asked.now, slots["_exams"], asked.form_urls, slots.get("section"))
    if not which and {"left", "remaining", "remain", "remains"} & set(phrase_key(asked.question)):
        answer = _still_to_come(asked, answer)  # "what exams are left": those not yet taken
    if slots.get("_form_due"):
        # "when is the midterm conflict form due": the page gives no deadline for the form.
        said = text(f"When the conflict form is due is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    chosen = course.exam(which) if which else None
    if asked.yes_no and slots.get("_day_off") and chosen is not None and chosen.date is not None:
        # "is the mid-term jury a day off": whether its day is one, from the schedule (what is held then)
        return replies.verdict(answer, *day_off_on(course, chosen.date, slots.get("section")))
    if (held := row_only_asked(course, asked.question)) is not None:
        # "is there a quiz this week", "when is the next quiz" where quizzes are schedule rows: never an exam read
        # from "next" or from the week's exam
        return _rows_asked(asked, slots, *held)
    surname = surname_told(course, asked.story or asked.question) if chosen and chosen.by_surname else None
    if surname and not asked.yes_no:
        # "when is mt2 and where do i go, last name starts with s": the card with the surname's own room only
        return surname_room_answer(course, chosen, surname, asked.now)
    session = session_for_exam_answer(course, asked.question, which) if which and not asked.yes_no else None
    if session is not None:
        return session  # "when is the review sesh for the final": the course's session held for that exam
    moved = asked.yes_no and chosen is not None and asks_clock_change(asked.question)
    if moved and (kept := exam_time_verdict(course, chosen, slots.get("section"), asked.question)) is not None:
        return replies.verdict(answer, *kept)  # "exam 2 is still at 7 after the clocks change right?"
    weighed = stated_weight(course.grading_breakdown, asked.question) if chosen else None
    if weighed is not None and phrase_key(asked.question)[:1] in (("is",), ("does",), ("will",), ("are",)):
        # "is the final exam 40%": what it is worth, from the grading breakdown
        return replies.verdict(replies.course_fact(course, "grading", question=asked.question), *weighed)
    low = asked.question.lower()
    only = only_verdict(chosen, asked.question) if chosen is not None and asks_yes_no(asked.question) else None
    if only is not None:
        return replies.verdict(answer, *only)  # "is the jury just sight singing": its rule names more than that
    if chosen is not None and happened_asked(asked):
        # "the midterm already happened right?", "is the final over yet": by its end (its day, without times)
        return happened_verdict(asked, chosen, slots.get("section"), answer)
    choice = exam_part_choice(course, chosen, slots.get("section"), asked.question) if chosen else None
    if choice is not None:  # "is the midterm in the morning or evening": which one, no Yes or No
        return replace(answer, lines=(text(choice), *answer.lines))
    part = exam_part_verdict(course, chosen, slots.get("section"), asked.question) if asked.yes_no and chosen else None
    weekday = slot_weekday(asked.question) if chosen is not None and slots.get("during_class") else None
    if weekday is not None and chosen.date.weekday() != weekday:
        # "is the midterm during the tuesday lecture time" of a Thursday exam: not that slot, whatever class time says
        return replies.verdict(answer, False, f"{chosen.title} is on {human_date(chosen.date)}.")
    claimed = _claimed(asked, answer) if asks_yes_no(asked.question) else answer
    if part is not None and (claimed is answer or replies.opening_verdict(claimed) is not part[0]):
        # "mt1 is in the evening ya?": from its start and end, and its weekday ("on a tuesday night" of a Wednesday
        # exam is No, whatever a claim of its evening says); a claim that agrees says it in the page's words
        return replies.verdict(answer, *part)
    if claimed is not answer and asked.yes_no and not slots.get("section"):
        # "can i get a re-exam because of a wedding", "is the reading on p2": the course's own decided claim outranks
        # what is computed from the exam's date or its make-up words
        return claimed
    if chosen is not None and asks_for_make_up(low):
        # "is there a make-up for the final": the exam's own words on a make-up, No only where they refuse one
        refused = no_make_up(chosen)
        if refused is not None:
            return replies.verdict(answer, False, f"“{refused}”")
        if chosen.if_missed:
            return replace(answer, lines=(text(f"If you miss it: {chosen.if_missed}"), *answer.lines))
    coming = [e for e in course.exams if e.date >= asked.today]
    clash = _meeting_clash(asked, chosen or (coming[0] if len(coming) == 1 else None), slots, answer)
    if clash is not None:
        return clash
    to_come = chosen is not None and chosen.date >= asked.today
    told = asked.story or asked.question  # "my evening job overlaps the midterm. what do i do": the story tells it
    if to_come and chosen is not None and (alternate := clash_sitting(course, chosen, told)) is not None:
        # "my chem lab overlaps with midterm 2, what do i do": its conflict sitting, and how to register for it
        card = sitting_answer(course, chosen, chosen.sittings[alternate], ("when", "where", "register"))
        form = conflict_form_status(course, chosen, asked.now, conflict_form_url(chosen, asked.form_urls))
        return replace(card, lines=(*card.lines, form))
    # "any chance i could take it a day before, or online?": the exam's data on taking it another way
    claimed = _claimed(asked, answer)
    what_if = exam_what_if(course, [chosen] if chosen else coming, asked.question, answer)
    if what_if is not None and claimed is answer:
        return what_if
    if not asked.yes_no and chosen is not None and slots.get("during_class") and _IN_A_SLOT.search(asked.question):
        # "is the exam during a seminar slot": the class slot in other words; the page's own claim, or the data
        claimed = _claimed(asked, answer)
        return claimed if claimed is not answer else _during_class(chosen, answer, slots["during_class"])
    if not asked.yes_no:
        # "i have a wedding that weekend, can i take the midterm early": a claim reads past the unread words
        claimed = _claimed(asked, answer) if asks_yes_no(asked.question) else answer
        upcoming = [chosen] if chosen else [e for e in course.exams if e.date >= asked.today]
        if claimed is answer and slots.get("_conflict") and asks_yes_no(asked.question) and len(upcoming) == 1:
            # "i have another exam that morning, is there a conflict form": the form of the exam to come
            return _conflict_form(asked, upcoming[0], exam_answer(course, asked.now, upcoming[0].id, asked.form_urls))
        return claimed
    timed = exam_time_verdict(course, chosen, slots.get("section"), asked.question) if chosen is not None else None
    if chosen is not None and timed is not None:
        # "does the exam finish at 12:30": its end, not its start; "midterm is at 9 right?": a bare hour stated
        return replies.verdict(answer, *timed)
    if chosen is not None and slots.get("_at") is not None and not asks_end(asked.question):
        start, _ = exam_times(course, chosen, slots.get("section"))
        at = start.astimezone(course.tz).time() if start is not None else None
        if at is not None and (at == slots["_at"] or not other_sitting_at(chosen, lambda t: t == slots["_at"])):
            return replies.verdict(answer, at == slots["_at"], f"{chosen.title} starts at {human_time(at)}.")
    lasts = exam_length_verdict(course, chosen, slots.get("section"), asked.question) if chosen else None
    if lasts is not None:
        # "is the final 2 hours": its length, never "no exam in the next 2 hours"
        yes, why = lasts
        if yes is None:
            return replace(answer, lines=(text(why), *answer.lines))
        return replies.verdict(answer, yes, why)
    if chosen is None and stated_minutes(asked.question) is not None:
        # "is the final 2 hours" where no exam of the page is the one named: no length to check, and never
        # "no exam in the next 2 hours"
        said = text(f"How long that exam lasts is {replies.NOT_ON_PAGE}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if chosen is not None and _FINALS.search(asked.question.lower()):
        return _in_finals(asked, chosen, answer)
    if chosen is not None and slots.get("_on_day"):
        how, value = slots["_on_day"]
        if how == "weekend":
            yes = chosen.date.weekday() >= 5
        else:
            yes = chosen.date.weekday() == value if how == "weekday" else chosen.date == value
        return replies.verdict(answer, yes, f"{chosen.title} is on {human_date(chosen.date)}.")
    # "is the final in the tutorial room for t3" asks where, not whose: no Yes from the exam being T3's
    placed = _PLACE.search(asked.question.lower()) is not None
    if slots.get("section") and not slots.get("range") and not slots.get("_conflict") and not placed:
        # "do 405 students take the same exams": whether the exams asked about are the section's (a section's
        # conflict form is the exam's, answered below).
        exams = [chosen] if chosen else list(course.exams)
        theirs = all(not e.sections or slots["section"] in e.sections for e in exams)
        names = ", ".join(e.title for e in exams)
        return replies.verdict(
            answer, theirs, f"{names}: for {course.section_label(slots['section'])}." if theirs else f"{names}."
        )
    if slots.get("range") and _MAY_I.search(asked.question.lower()) and asks(asked.question) == "permission":
        # "i got 2.5, can i still do the exam in july": whether one may sit it, not whether it is in july
        return answer
    if slots.get("range"):
        first, last = slots["range"]
        # "is the midsem after the mid sem break": the exam named, never another exam that falls then
        asked_of = [chosen] if chosen is not None else course.exams
        inside = [e for e in asked_of if first <= e.date <= last]
        if inside:
            reason = ", ".join(f"{e.title} on {human_date(e.date)}" for e in inside) + "."
        elif chosen is not None:
            reason = f"{chosen.title} is on {human_date(chosen.date)}, not {slots.get('label', 'then')}."
        else:
            reason = f"no exam {slots.get('label', 'then')}."
        return replies.verdict(answer, bool(inside), reason)
    claimed = _claimed(asked, answer)
    if claimed is not answer:  # "is the exam in the normal class slot": the course's data decides it
        return claimed
    ruled = [chosen] if chosen is not None else list(course.exams)  # "the exam": every exam, when they agree
    if slots.get("_reschedule") and ruled and all(e.rules for e in ruled):
        # "can i take the final at a different time": only the rules the course states can say.
        said = set()
        for one in ruled:
            names = [w for name in (one.title, *one.aliases) for w in phrase_key(name)]
            said.add(stance(asked.question, [" ".join(f"{r.rstrip('.')}." for r in one.rules)], names))
        found = said.pop() if len(said) == 1 else None
        if found is not None and not says_asked(asked.question, found.clause, names):
            found = None  # "can i take the midterm early": a rule about notes says nothing of it
        if found is not None:
            return replies.verdict(answer, found.yes, f"“{found.clause}”")
        if not slots.get("_conflict"):
            return answer
    if chosen is not None and slots.get("_conflict") and chosen.date >= asked.today:
        return _conflict_form(asked, chosen, answer)
    if chosen is None and slots.get("_conflict") and len(coming) == 1:
        # "i have another exam that morning, is there a conflict form": the one exam still to come
        return _conflict_form(asked, coming[0], exam_answer(course, asked.now, coming[0].id, asked.form_urls))
    if chosen is not None and slots.get("during_class"):
        return _during_class(chosen, answer, slots["during_class"])
    if chosen is not None and slots.get("in_person") is not None:
        asked_in_person = slots["in_person"]
        yes = chosen.in_person == asked_in_person
        how = "in person" if chosen.in_person else "not in person"
        return replies.verdict(answer, yes, f"{chosen.title} is {how}.")
    denied = denied_exam_kind(course, asked.question)
    if denied is not None:  # "is there a written final exam" where the page says "there is no written exam"
        return replies.verdict(answer, False, f"“{denied}”")
    return answer


def _meeting_clash(asked: Asked, chosen: Exam | None, slots: Slots, answer: Answer) -> Answer | None:
    """ "does my lab clash with the midterm": whether that meeting is held then, or None when not asked."""
    if chosen is None:
        return None
    found = meeting_clash(asked.course, chosen, asked.question, slots.get("section") or asked.section)
    if found is None:
        return None
    yes, reason = found
    if yes is None:
        said = text(reason[0].upper() + reason[1:])
        return replace(answer, lines=(said, *answer.lines))
    return replies.verdict(answer, yes, reason[0].upper() + reason[1:])


def _conflict_form(asked: Asked, chosen: Exam, answer: Answer) -> Answer:
    """ "is there a conflict form for the final": the form's status as the course gives it."""
    status = chosen.conflict_form.status
    if conflict_form_url(chosen, asked.form_urls) or status == "link":
        return replies.verdict(answer, True, f"{chosen.title} has an exam conflict form.")
    if status == "none":
        return replies.verdict(answer, False, f"{chosen.title} has no conflict form.")
    if status == "later" and _OPEN_YET.search(asked.question):
        return _form_open_yet(asked, chosen, answer)
    if status == "later":
        return replies.verdict(answer, True, f"the {chosen.title} conflict form is to be released later.")
    # The data marks the form unknown: whether there is one is not on the page.
    ask = replies.where_to_ask(asked.course)
    said = text(f"Whether {chosen.title} has a conflict form is {replies.NOT_ON_PAGE}; {ask}.")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


# "has the clash form opened yet", "is the conflict form out", "is it up yet": whether it is open now, not whether
# there is one
_OPEN_YET = re.compile(r"\b(?:open(?:ed|s)?|out|up|released|available|live|yet)\b", re.IGNORECASE)


def _form_open_yet(asked: Asked, chosen: Exam, answer: Answer) -> Answer:
    """ "has the test clash form opened yet": No before the day the course expects it, with that day; after it (or
    with no day given) whether it is open is not on the page, so it says so and where to look."""
    expected = chosen.conflict_form_expected
    today = asked.now.astimezone(asked.course.tz).date()
    if expected is not None and today < expected:
        estimate = " (an estimate)" if chosen.conflict_form.opens_assumed else ""
        said = f"the {chosen.title} conflict form is expected around {human_date(expected)}{estimate}."
        return replies.verdict(answer, False, said)
    since = f" (it was expected around {human_date(expected)})" if expected is not None else ""
    said = text(
        f"Whether the {chosen.title} conflict form is open yet is {replies.NOT_ON_PAGE}{since}; "
        f"{replies.where_to_ask(asked.course)}."
    )
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


def _rows_asked(asked: Asked, slots: Slots, word: str, rows: tuple[ScheduleDay, ...], number: str) -> Answer:
    """ "is there a quiz this week", "when is the next quiz" where the course's quizzes are only schedule rows: the
    rows in the span asked (Yes or No first when asked so), else those still to come; "quiz 8a", which no row is:
    that it is not on the schedule, and the rows of its number ("Quiz 8") or else all of them."""
    if number:
        digits = "".join(c for c in number if c.isdigit())
        alike = [r for r in rows if phrase_key(r.title)[1] == digits] or list(rows)
        said = text(f"The schedule lists no “{word} {number}”; it has:")
        listed = replies.rows_answer(f"“{word} {number}”", alike)
        return replace(listed, lines=(said, *listed.lines), kind="unknown")
    if slots.get("range"):
        first, last = slots["range"]
        inside = rows_between(rows, first, last)
        label = slots.get("label") or "then"
        said = "; ".join(f"{r.title} ({human_date(r.date)})" for r in inside)
        answer = replies.rows_answer(f"“{word}” on the schedule, {label}", inside)
        if asked.yes_no:
            none = f"no {word} on the schedule {label}."
            return replies.verdict(answer, bool(inside), f"{said}." if inside else none)
        return answer if inside else replace(answer, lines=(text(f"No {word} on the schedule {label}."),))
    coming = [r for r in rows if r.date >= asked.today] or list(rows[-1:])
    if "next" in phrase_key(asked.question):
        coming = coming[:1]  # "when is the next quiz": the first still to come
    return replies.rows_answer(f"“{word}” on the schedule", coming)
