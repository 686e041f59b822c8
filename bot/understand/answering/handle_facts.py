"""Handlers for course facts: meetings, sections, staff, what the course is, and facts the page gives or not."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.course_info import course_answer
from bot.answers.day_view import day_view
from bot.answers.exams import exams_answer
from bot.answers.meetings import meetings_answer, section_answer
from bot.answers.people import staff_answer
from bot.answers.policies import policy_answer
from bot.core.answer import Answer, text, when
from bot.core.timefmt import human_date
from bot.core.word_forms import fact_stem
from bot.course.model import Course, Exam, Person
from bot.course.occurrences import meetings_of, occurrences_between
from bot.understand.about_course.outside_course import unnumbered_term
from bot.understand.about_course.unheld_attribute import EXAM_FORMAT
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked, items_of
from bot.understand.answering.handle_office_hours import asks_either_way, office_hours
from bot.understand.exams.exam_brought import brought_verdict, exams_of_word, kind_left_open
from bot.understand.exams.exam_coverage import (
    coverage,
    coverage_answer,
    cumulative_verdict,
    kind_verdict,
    on_the_exam,
)
from bot.understand.exams.exam_format import format_of
from bot.understand.exams.exam_happened import happened_asked, happened_verdict
from bot.understand.exams.exam_length import exam_length_verdict
from bot.understand.exams.exam_only import only_verdict
from bot.understand.exams.exam_registration import registration_answer, signing_up_unsaid
from bot.understand.exams.exam_rule_said import rules_asked, rules_speaking_of
from bot.understand.exams.exam_usual_room import usual_room_verdict
from bot.understand.exams.exams_on_day import exam_asked_at_a_time, exams_on_day_verdict, sitting_on
from bot.understand.exams.session_for_exam import session_for_exam_answer
from bot.understand.exams.stated_exam_time import exam_time_verdict
from bot.understand.exams.surname_room import told_room
from bot.understand.meetings.as_usual import as_usual_verdict
from bot.understand.meetings.class_days import meetings_on
from bot.understand.meetings.first_week import first_week_verdict
from bot.understand.meetings.meeting_at_clock import names_a_clock, section_at_clock, starts_at_clock
from bot.understand.meetings.meetings_in_span import meetings_in_span
from bot.understand.meetings.not_held_on import not_held_on
from bot.understand.meetings.online_then import held_online_then
from bot.understand.meetings.room_unlisted import unlisted_room
from bot.understand.meetings.same_room import same_room_verdict
from bot.understand.meetings.section_clock import section_clock_verdict
from bot.understand.meetings.stated_place import place_verdict
from bot.understand.page_evidence.closest_policy import told_and_asked
from bot.understand.page_evidence.evidence import asks_if_graded
from bot.understand.page_evidence.knowledge import stem
from bot.understand.people.meet_person import meets_person
from bot.understand.people.named_as_listed import unsure_of_name
from bot.understand.people.person_mode import person_online
from bot.understand.people.role_premise import (
    RoleVerdict,
    read_from_lead_word,
    role_as_typed,
    role_verdict,
    runs_section,
    section_verdict,
    title_named,
)
from bot.understand.people.unlisted_name import unlisted_full_name, unlisted_titled_name
from bot.understand.question.result import Slots
from bot.understand.question.yes_no_shape import ends_with_tag
from bot.understand.times.edge_words import asks_end
from bot.understand.times.zones import asks_clock_change
from bot.understand.words.lexicon import PLATFORM
from bot.understand.words.normalize import phrase_key
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import GENERIC_FORUM_SITES
from bot.understand.work.compared_weight import compared_weight
from bot.understand.work.graded_item import ungraded_words
from bot.understand.work.marks_back import asks_marks_back, marks_back_of_words, marks_back_said, policy_turnarounds
from bot.understand.work.stated_times import stated_meeting_verdict
from bot.understand.work.stated_weight import named_share, page_words, stated_weight, unstated_share
from bot.understand.work.who_grades import asks_who_grades, who_grades
from bot.understand.yes_no.clause_stance import asks, key_words, stance
from bot.understand.yes_no.folded import asks_yes_no
from bot.understand.yes_no.page_claims import claims_for
from bot.understand.yes_no.stated_count import count_verdict

# "is the final on a weekday", "... on a weekend", "... on a friday": decided by the exam's date
_DAY_KIND = re.compile(r"\b(weekdays?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b")


def _exam_day_verdict(asked: Asked, exam_id: str | None, words: str, section: str | None) -> Answer | None:
    exam = asked.course.exam(exam_id) if exam_id else None
    found = _DAY_KIND.search(words)
    if exam is None or found is None:
        return None
    asked_for = found.group(1).rstrip("s")
    weekday = exam.date.weekday()
    if asked_for == "weekday":
        yes = weekday < 5
    elif asked_for == "weekend":
        yes = weekday >= 5
    else:
        yes = f"{exam.date:%A}".lower() == asked_for
    answer = replies.exam_fact(asked.course, asked.now, "exam_time", exam_id, section, asked.form_urls)
    return replies.verdict(answer, yes, f"{exam.title} is on {exam.date:%A}, {human_date(exam.date)}.")


# "the make-up lab", "a makeup discussion section", "any make up session": a make-up meeting asked by name (not "can
# i make up the lab", which asks whether missed work can be made up)
_MAKE_UP_MEETING = re.compile(
    r"\b(?:the|a|an|any)\s+make[\s-]?up\s+(?!for\b|of\b|work\b|assignment|exam|midterm|final|quiz|test)"
)
_MAKE_UP_SAID = re.compile(r"\bmake[\s-]?up\b", re.IGNORECASE)


def _make_up_unlisted(asked: Asked, answer: Answer, kind: str | None) -> Answer | None:
    """A make-up meeting of a kind the course lists none of: the page does not list it, and the regular meetings
    follow as what the page does say, never given as the make-up's time or room."""
    course = asked.course
    if kind in (None, "class") or not _MAKE_UP_MEETING.search(asked.question.lower()):
        return None
    listed = [r.title for r in course.schedule] + [m.title or "" for m in course.meetings]
    if any(_MAKE_UP_SAID.search(t) for t in listed):
        return None  # the page lists a make-up: the schedule's own answers say when and where
    name = course.kind_name(kind).lower()
    said = text(f"A make-up {name} is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}. The regular ones:")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


# "at 11am", "2 p.m.": a clock said with its half of the day
_HALF_OF_DAY = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])")


def _joins_person_online(course: Course, slots: Slots) -> bool:
    """Whether a link or a way to attend is asked of one person who holds help hours, with no meeting kind named:
    their sessions' way of being held answers it, not the course's links."""
    person = course.person(slots["person"]) if slots.get("person") else None
    unnamed = slots.get("kind") in (None, "class") and not slots.get("section")
    return person is not None and bool(person.office_hours) and slots.get("in_person") is not None and unnamed


def course_fact(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    fact = slots["fact"]
    section = slots.get("section")
    if fact == "meeting_time" and meets_person(course, asked.question, slots.get("person"), slots.get("kind")):
        return office_hours(asked, {"person": slots["person"]})  # "when can i meet sengupta": his help hours
    if fact == "link" and _joins_person_online(course, slots):
        # "when are priya's office hours and can i join online": the way her sessions are held, from her own hours
        return office_hours(asked, {"person": slots["person"], "in_person": slots["in_person"]})
    if fact in ("meeting_time", "meeting_place", "exam_time", "exam_place") and slots.get("kind") not in (
        None,
        "class",
    ):
        day = slots.get("date")
        if day is None and slots.get("_for_exam") and not asked.yes_no:
            # "where's the final review session": the session held for that exam, not the kind's next one
            for_exam = session_for_exam_answer(course, asked.question, slots["_for_exam"], slots.get("kind"))
            if for_exam is not None:
                return for_exam
    if fact in ("meeting_time", "meeting_place") and (same := _same_room(asked, slots)) is not None:
        return same  # "im in L02 tues at 8, is that the same room as L01"
    if fact == "meeting_place" and not section and slots.get("_clock") and not slots.get("date"):
        # "where does the 1:30 lecture meet": of lectures held at two times by two sections, the 1:30 one's card
        section = section_at_clock(course, slots.get("kind"), slots["_clock"]) or section
        slots = {**slots, "section": section}
    if fact in ("meeting_time", "meeting_place"):
        day = slots.get("date")
        on_day = meetings_on(course, day, _section_kind(course, slots.get("kind"), section), section) if day else None
        if day and section and slots.get("kind") in (None, "class") and not _names_one_kind(course, asked.question):
            # "tutorial t02 and lecture, what times on monday": that day's meetings for the section, every kind
            on_day = day_view(course, day, day, section, f"{course.section_label(section)} on {human_date(day)}")
        span = slots.get("_span")
        if on_day is None and span and not asked.yes_no:
            on_day = meetings_in_span(course, span[0], span[1], span[2], slots.get("kind"), section)
        answer = on_day or _meetings(asked, slots.get("kind"), section)
        if day is not None and on_day is None and not asked.yes_no:
            # "what time is lecture on the day of midterm 1", a day lectures do not meet: none that day, and why
            answer = not_held_on(course, day, slots.get("kind"), section, slots.get("_date_label", ""), answer)
        if (unlisted := _make_up_unlisted(asked, answer, slots.get("kind"))) is not None:
            return unlisted  # "where is the make-up field practical": none is listed, so not the regular one's room
        # "is the lab on the 15th in the same room as usual"; "is h03 in the usual room on apr 15": its one kind
        held = _section_kind(course, slots.get("kind"), section)
        ending = asks_end(asked.question, until=True)  # "do lectures end at 9:55": its end, not its start
        weekly = day is None and not span  # "is lecture on thanksgiving at 11": a break's own days decide, not this
        if asked.yes_no and fact == "meeting_time" and slots.get("_clock") and weekly and not ending:
            either_half = not _HALF_OF_DAY.search(asked.question.lower())
            starts = starts_at_clock(course, held, slots["_clock"], section, either_half=either_half)
            if starts is not None:  # "is lecture at 11": the weekly times decide
                return replies.verdict(answer, *starts)
        usual = as_usual_verdict(course, asked.question, day, held, section)
        if usual is not None:
            return replies.verdict(answer, *usual)
        if asked.yes_no and slots.get("_changed") and day is not None:
            # "is the oct 15 lecture in a different room": a change to that day's meeting.
            kind = None if slots.get("kind") in (None, "class") else slots.get("kind")
            found = occurrences_between(course, day, day, kind=kind, section=section, include_cancelled=True)
            notes = [o.note for o in found if o.note]
            return replies.verdict(answer, bool(notes), f"{'; '.join(notes)}." if notes else "as usual.")
        if asked.yes_no and (
            starts := first_week_verdict(course, asked.question, asked.now, slots.get("kind"), section)
        ):
            return replies.verdict(answer, *starts)  # "do tutes start in week 1": the week the first one falls in
        if _asks_mode(asked) and slots.get("in_person") is not None and slots.get("person"):
            # "is bia's friday session in person": her sessions that day decide, not the class meetings
            online = person_online(course, slots["person"], day)
            if online is None or slots.get("kind") not in (None, "class"):
                return answer
            said = "those sessions are online." if online else "those sessions are in person."
            return replies.verdict(answer, online != slots["in_person"], said)
        if _asks_mode(asked) and slots.get("in_person") is not None:
            # "is the colloquium online", "when's the kolloquium, is it in person"
            span = slots.get("_span")
            within = (day, day) if day else (span[0], span[1]) if span else None
            if within is not None and (dated := held_online_then(course, within, slots.get("kind"), section)):
                # "is my t04 tutorial on zoom during e-learning week": that week's meetings, changes and all
                online, said = dated
                if on_day is None and span:
                    on_day = meetings_in_span(
                        course, span[0], span[1], span[2], _section_kind(course, slots.get("kind"), section), section
                    )
                return replies.verdict(on_day or answer, online != slots["in_person"], said)
            return _held_online(asked, answer, slots.get("kind"), section, slots["in_person"])
        if asks_clock_change(asked.question):
            # "lectures still at 11 after daylight saving ends?": the stated time against the local one
            stated = stated_meeting_verdict(course, asked.question, asked.now, slots.get("kind"), section)
            return replies.verdict(answer, *stated) if stated else answer
        if fact == "meeting_place" and day is None and not asked.yes_no:
            return unlisted_room(course, asked.question, answer, slots.get("kind"), section)  # "group 4's room"
        return answer
    if fact == "link" and section and any(m.section == section and m.online for m in course.meetings):
        return section_answer(course, asked.now, section)  # "the zoom link for 1G": its meeting's link
    happened = course.exam(slots["exam"]) if slots.get("exam") and fact.startswith("exam_") else None
    if happened is not None and happened_asked(asked):
        # "has the final taken place yet", "the exam is over already right?": whether, not when or where
        card = replies.exam_fact(course, asked.now, "exam_time", happened.id, section, asked.form_urls)
        return happened_verdict(asked, happened, section, card)
    only = only_verdict(happened, asked.question) if happened is not None and _typed_yes_no(asked) else None
    if only is not None and happened is not None:
        # "is the jury just sight singing": its rule naming that among other things
        card = replies.exam_fact(course, asked.now, "exam_time", happened.id, section, asked.form_urls)
        return replies.verdict(card, *only)
    in_usual = (
        usual_room_verdict(course, happened, asked.question, slots.get("kind"), section)
        if happened is not None and fact == "exam_place"
        else None
    )
    if in_usual is not None and happened is not None:
        # "is cat 2 in the usual lecture hall": the exam's room against that kind's weekly room
        card = replies.exam_fact(course, asked.now, "exam_place", happened.id, section, asked.form_urls)
        return replies.verdict(card, *in_usual)
    exam_day = course.exam(slots["exam"]).date if fact in ("exam_time", "exam_place") and slots.get("exam") else None
    usual = as_usual_verdict(course, asked.question, exam_day, slots.get("kind"), section) if exam_day else None
    if usual is not None and exam_day is not None:
        # "is s4 studio at the normal time on test day": that kind's meeting on the exam's day, changed or not
        kind = _section_kind(course, slots.get("kind"), section)
        on_day = meetings_on(course, exam_day, kind, section) or _meetings(asked, slots.get("kind"), section)
        return replies.verdict(on_day, *usual)
    if fact in ("exam_time", "exam_place") and slots.get("_exams") and not _typed_yes_no(asked):
        return exams_answer(course, asked.now, slots["_exams"], asked.form_urls, section)  # "the midsem and the final"
    if fact == "exam_place" and not asked.yes_no and (told := told_room(asked, slots.get("exam"))) is not None:
        return told  # "what room is my exam in? last name is Nguyen": the surname's own room
    if fact in ("exam_time", "exam_place"):
        answer = replies.exam_fact(course, asked.now, fact, slots.get("exam"), section, asked.form_urls)
        exam = course.exam(slots["exam"]) if slots.get("exam") else None
        timed = exam_time_verdict(course, exam, section, asked.question) if exam and fact == "exam_time" else None
        if timed is not None and (_typed_yes_no(asked) or asks_clock_change(asked.question)):
            # "does the exam start at half nine", "the midterm starts at 6 once we fall back right"
            return replies.verdict(answer, *timed)
        return answer
    unstated = (
        unstated_share(course.grading_breakdown, asked.question, page_words(course)) if fact == "grading" else None
    )
    if unstated and not _typed_yes_no(asked):
        # "how much is each milestone worth" of "milestones 10%": the page's breakdown, and that it gives no more
        answer = replies.course_fact(course, fact, question=asked.question)
        said = text(
            f"What “{unstated}” is worth on its own is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}. "
            "The breakdown the page gives:"
        )
        return replace(answer, lines=(said, *answer.lines), kind="unknown") if answer.kind == "info" else answer
    share = named_share(course.grading_breakdown, asked.question) if fact == "grading" else None
    if share is not None and not _typed_yes_no(asked):
        # "how much is the mid sem worth": that part's share first, then the whole breakdown
        said = text(f"{share.name[:1].upper()}{share.name[1:]}: {share.percent:g}% of the grade.")
        answer = replies.course_fact(course, fact, question=asked.question)
        return replace(answer, lines=(said, *answer.lines)) if answer.kind == "info" else answer
    items = [a for i in slots.get("assignments") or () if (a := course.assignment(i)) is not None]
    unmarked = ungraded_words(items[0]) if fact == "grading" and len(items) == 1 and asked.yes_no else None
    if unmarked is not None and asks_if_graded(asked.question):
        # "is the practice midterm graded": the work's own words say it does not count
        answer = replies.course_fact(course, fact, question=asked.question)
        return replies.verdict(answer, False, f"{items[0].short}: “{unmarked}”")
    if fact == "grading" and _typed_yes_no(asked):
        answer = replies.course_fact(course, fact, question=asked.question)
        breakdown = course.grading_breakdown if answer.kind == "info" else ""
        # "is the final worth 30 percent", "is the project worth more than the midterm"
        weighed = breakdown and (stated_weight(breakdown, asked.question) or compared_weight(breakdown, asked.question))
        return replies.verdict(answer, *weighed) if weighed else answer
    if fact == "link" and slots.get("kind") and any(m.online for m in meetings_of(course, slots["kind"], section)):
        return meetings_answer(course, asked.now, slots["kind"], section)  # "the link for the colloquium"
    forum = course.forum
    if fact == "link" and asked.yes_no and forum is not None and slots.get("link") == f"{PLATFORM}{forum.id}":
        return _forum_verdict(asked, forum.name, f"{PLATFORM}{forum.id}")
    typed_yes_no = _typed_yes_no(asked)
    if fact == "exam_other" and typed_yes_no and _DAY_KIND.search(slots.get("words", "")):
        found = _exam_day_verdict(asked, slots.get("exam"), slots["words"], section)
        if found is not None:
            return found
    exam = course.exam(slots["exam"]) if slots.get("exam") else None
    on_day = (
        exams_on_day_verdict(course, asked.question, slots["date"])
        if fact == "exam_content" and not exam and slots.get("date") and typed_yes_no
        else None
    )
    if on_day is not None:
        # "are exams held on dec 4": the exams of that day, or what the day is and when the exams are
        return replies.verdict(coverage_answer(course, list(course.exams)), *on_day)
    at_a_time = (
        exam_asked_at_a_time(course, asked.question, slots["date"])
        if fact == "exam_content" and not exam and slots.get("date") and typed_yes_no
        else None
    )
    if at_a_time is not None or (
        fact == "exam_content" and exam and slots.get("date") and typed_yes_no and _on_a_day(exam, asked.question)
    ):
        # "is exam 2 still on apr 24": the exam's day, not what is on the exam
        exam = exam or at_a_time
        answer = replies.exam_fact(course, asked.now, "exam_time", exam.id, section, asked.form_urls)
        other = sitting_on(exam, slots["date"]) if exam.date != slots["date"] else None
        if other is not None:
            # "is the midterm on oct 25" of its alternate sitting that day: not everyone's, yet no plain No
            said = f"{exam.title} is on {human_date(exam.date)}; its {other.name} is on {human_date(other.date)}."
            return replace(answer, lines=(text(said), *answer.lines))
        if exam.date != slots["date"] or not names_a_clock(asked.question):
            return replies.verdict(answer, exam.date == slots["date"], f"{exam.title} is on {human_date(exam.date)}.")
        # "is the midterm on oct 23 at 10am", "are exams held on oct 23 at 10am": the day holds; the hour decides
        timed = exam_time_verdict(course, exam, section, asked.question)
        return replies.verdict(answer, *timed) if timed else answer
    if fact == "exam_content" and (asked.yes_no or _YES_NO_AFTER.search(asked.question)) and slots.get("rows") and exam:
        # "is the lasso on the midterm": the topic's day against the span the exam's rules name
        return on_the_exam(asked, exam, [course.schedule[i] for i in slots["rows"]])
    if fact == "exam_content" and any(coverage(e, course) for e in ([exam] if exam else course.exams)):
        # "what does midterm 2 cover", "is the final cumulative": from the exam's own rules
        answer = coverage_answer(course, [exam] if exam else list(course.exams))
        whole = cumulative_verdict(exam, asked.question) if exam and typed_yes_no else None
        if whole is None and exam and typed_yes_no and slots.get("kind"):
            whole = kind_verdict(course, exam, slots["kind"])  # "does the exam cover the seminars too"
        return replies.verdict(answer, *whole) if whole else answer
    timed = exam_time_verdict(course, exam, section, asked.question) if exam and fact == "exam_other" else None
    if timed is not None and typed_yes_no:
        # "does the exam finish at half twelve": a time of the exam stated, checked
        return replies.verdict(replies.exam_fact(course, asked.now, "exam_time", exam.id, section), *timed)
    lasts = exam_length_verdict(course, exam, section, asked.question) if exam and fact == "exam_other" else None
    if lasts is not None and typed_yes_no:
        # "is the midterm 90 minutes": its length, from its times or its rules
        answer = replies.exam_fact(course, asked.now, "exam_time", exam.id, section, asked.form_urls)
        if lasts[0] is None:
            return replace(answer, lines=(text(lasts[1]), *answer.lines))
        return replies.verdict(answer, *lasts)
    held, plain = (
        rules_asked([exam] if exam else list(course.exams), slots.get("words", ""), asked.question)
        if fact == "exam_other"
        else ([], None)
    )
    brought = (
        # "for the midterm": the exams that word names ("Midterm 1", "Midterm 2"), not the final's rules too
        brought_verdict([exam] if exam else exams_of_word(list(course.exams), asked.question), asked.question)
        if fact == "exam_other" and (typed_yes_no or asks_yes_no(asked.question))
        else None
    )
    unread = {fact_stem(w) for w in slots.get("words", "").split()}  # already the reading's words ("id", "carne")
    if brought is not None and not typed_yes_no and not unread <= word_stems(brought[1]):
        brought = None  # a word the reading left unexplained gets a Yes or No only from a rule naming it ("carné")
    if brought is not None:
        # "is a textbook permitted in the exam" against "No notes or books may be brought": what may be brought
        answer = replies.exam_fact(course, asked.now, "exam_time", exam and exam.id, section, asked.form_urls)
        return replies.verdict(answer, *brought)
    if held:
        # "is a periodic table provided for midterm 2": the exam's own rule says so
        answer = replies.exam_fact(course, asked.now, "exam_time", exam and exam.id, section, asked.form_urls)
        if plain is not None and typed_yes_no:
            return replies.verdict(answer, True, f"“{plain.rstrip('.')}.”")
        return replace(answer, lines=(*(text(f"“{r}”") for r in held), *answer.lines))
    if fact == "exam_other" and typed_yes_no and exam is not None and slots.get("_place"):
        # "is the exam in hall 1 for everyone": the room stated, against the exam's rooms
        rooms = replies.exam_fact(course, asked.now, "exam_place", exam.id, section, asked.form_urls)
        placed = place_verdict(course, rooms, slots["_place"], asked.question)
        if placed is not rooms:
            return placed
    if fact == "exam_content" and EXAM_FORMAT.asked.search(asked.question.lower()):
        fact = "exam_other"  # "how many questions are on the midterm": how it is set out, not what it covers
    laid_out = format_of([exam] if exam else list(course.exams), asked.question) if fact == "exam_other" else []
    if laid_out:
        # "how is the final structured": the exam's own rules laying out its parts
        answer = replies.exam_fact(course, asked.now, "exam_time", exam and exam.id, section, asked.form_urls)
        return replace(answer, lines=(*(text(f"“{r}”") for r in laid_out), *answer.lines))
    if fact == "exam_other":
        # "how is the final set up, how many sections": how the exam is laid out, which the page does not give
        shape = EXAM_FORMAT.asked.search(asked.question.lower()) and EXAM_FORMAT.name.format(
            thing=exam.title if exam else "the exam"
        )
        words = slots.get("words", "")
        return replies.exam_other(course, asked.now, slots.get("exam"), words, section, shape or "")
    if fact == "exam_missed":
        return replies.exam_missed(course, asked.now, slots.get("exam"), asked.form_urls)
    if fact == "grades_out":
        exams = [course.exam(slots["exam"])] if slots.get("exam") else []
        items = [course.assignment(a) for a in slots.get("assignments", ())]
        graded = [(e.id, e.title) for e in exams] + [(a.id, a.short) for a in items if a is not None]
        named = [(e.id, (e.title, *e.aliases)) for e in exams]
        named += [(a.id, (a.title, a.short, a.kind)) for a in items if a is not None]
        # "when do we get essay 1 back": the page's own words on when that work comes back marked
        stated = {key: said for key, names in named if (said := marks_back_said(course, key, names))}
        kinds = () if graded else marks_back_of_words(course, asked.question)
        if not graded and not kinds and asks_marks_back(asked.question):  # "when do we get our marks back": all said
            kinds = tuple(dict.fromkeys(said for _, said, _ in policy_turnarounds(course)))
        return replies.grades_out(course, graded, asked.published, stated, kinds)
    exams_asked = [exam] if exam else list(course.exams)
    if fact == "exam_rules" and (
        registering := registration_answer(
            exams_asked, asked.question, typed_yes_no or asks_yes_no(asked.question), course
        )
    ):
        return registering  # "do i have to register for the exam": its rules on registering
    if fact == "exam_rules" and exam is not None and not typed_yes_no and signing_up_unsaid(exam, asked.question):
        # "how do i sign up for the midterm" where no rule of it speaks of signing up: that, then when and where it is
        card = replies.exam_fact(course, asked.now, "exam_time", exam.id, section, asked.form_urls)
        said = text(f"How to sign up for {exam.title} is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return replace(card, lines=(said, *card.lines), kind="unknown")
    if fact == "exam_rules" and (
        asked.yes_no or (asks_yes_no(asked.question) and not _EITHER_OR.search(asked.question))
    ):
        # "can I use notes on the midterm": Yes or No only when a rule the course states plainly says it.
        answer = replies.course_fact(
            course, fact, exam=course.exam(slots["exam"]) if slots.get("exam") else None, question=asked.question
        )
        # "notes to the test": the exams named by that word ("Test 1", "Test 2"), not the final's rules too
        exams = [course.exam(slots["exam"])] if slots.get("exam") else exams_of_word(list(course.exams), asked.question)
        if brought := brought_verdict(exams, asked.question):  # "is the midsem open book" against "Closed book."
            return replies.verdict(answer, *brought)
        if counted := count_verdict(asked.question, [r for e in exams for r in e.rules]):
            return replies.verdict(answer, counted[0], f"“{counted[1].rstrip(' ;,.')}.”")  # "formula sheet both sides?"
        if claimed := claims_for(course).match(asked.question):  # the course's own decided claim ("exam open book")
            return replies.verdict(answer, claimed.claim.yes, f"“{claimed.claim.evidence.rstrip('.')}.”")
        if kind_left_open(exams, asked.question):
            return answer  # "a programmable calculator" is not what "Calculators are allowed only if ..." decides
        names = [w for e in exams for name in (e.title, *e.aliases) for w in phrase_key(name)]
        rules = [" ".join(f"{r.rstrip('.')}." for e in exams for r in e.rules)]
        found = stance(asked.question, rules, names, story=asked.story)
        if found is None or not _names_thing_asked(asked.question, found.clause, names):
            return answer  # "are phones allowed in the exam" is not decided by "you may leave the hall after ..."
        return replies.verdict(answer, found.yes, f"“{found.clause}”")
    if fact == "exam_content" and exam is not None and (said := rules_speaking_of(exam, asked.question)):
        # "how much time per slide on the midterm": what it covers is not on the page, but its rule on slides is
        answer = replies.course_fact(course, fact, exam=exam, question=asked.question)
        quoted = text("Its rules that speak of that: " + " ".join(f"“{r}”" for r in said))
        asks_coverage = _COVERAGE_WORDS & set(phrase_key(asked.question))
        return replace(answer, lines=(*answer.lines, quoted) if asks_coverage else (quoted, *answer.lines))
    people = [course.person(p) for p in slots.get("people", ())]
    return replies.course_fact(
        course,
        fact,
        exam=course.exam(slots["exam"]) if slots.get("exam") else None,
        people=[p for p in people if p is not None],
        link=slots.get("link", ""),
        question=asked.question,
    )


# Words that ask what an exam covers, where its other rules come after the coverage the page does not give
_COVERAGE_WORDS = frozenset({"cover", "covers", "covered", "covering", "material", "topics", "topic", "chapters"})


# "is the midsem open book or closed": which one, answered by the rule itself, not a Yes or No ("or not" is yes/no)
_EITHER_OR = re.compile(r"\bor\b(?!\s+not\b)", re.IGNORECASE)


def _on_a_day(exam: Exam, question: str) -> bool:
    """ "is exam 2 (still) on apr 24": the exam named, then "on" a day (not "is apr 24's lecture on the exam")."""
    names = "|".join(re.escape(n.lower()) for n in (exam.title, *exam.aliases))
    return re.search(rf"\b(?:{names})\s+(?:still\s+|actually\s+|really\s+)?on\s+\w", question.lower()) is not None


def _names_thing_asked(question: str, clause: str, exam_names: list[str]) -> bool:
    """Whether a rule's clause names what the question asks about beyond the exam itself: "are phones allowed in the
    exam" is about phones, and a clause sharing only the word "exam" says nothing of them."""
    named = {stem(w) for w in exam_names}
    held = {stem(w) for w in phrase_key(clause)}
    own = [stems for stems in key_words(question).values() if not stems & named]
    return not own or any(stems & held for stems in own)


def _typed_yes_no(asked: Asked) -> bool:
    """A yes/no question, even with words the reading left unexplained ("is the final worth 30 percent")."""
    if asked.yes_no or phrase_key(asked.question)[:1] in (("is",), ("was",), ("will",), ("does",), ("are",)):
        return True
    # "english is my second language, am i allowed a dictionary": the question after the story is a yes/no one
    story, asking = told_and_asked(asked.question)
    return bool(story) and asks_yes_no(asking)


# "what does the midterm cover, is virology on it": a yes/no clause after the question of what it covers
_YES_NO_AFTER = re.compile(r"[,;]\s*(?:and\s+)?(?:is|are|will|does|do|would)\s+\w+")


def _forum_verdict(asked: Asked, name: str, link: str) -> Answer:
    """ "is there a piazza", "do we have a forum": Yes with the course's forum, or No when another site is named."""
    answer = replies.course_fact(asked.course, "link", link=link, question=asked.question)
    said = " ".join(phrase_key(asked.question))
    own = " ".join(phrase_key(name))
    other = [site for site in GENERIC_FORUM_SITES if site != own and re.search(rf"\b{site}\b", said)]
    return replies.verdict(answer, not other, f"The course forum is {name}.")


def _asks_mode(asked: Asked) -> bool:
    """A Yes or No asked of how a meeting is held, at the start or after what else is asked ("when is it, is it
    online")."""
    return asked.yes_no or asks_yes_no(asked.question)


def _attendance_rule_of(course: Course, kind: str | None) -> str | None:
    """The id of the one policy keyed by attending a kind of meeting ("lecture attendance"), or None."""
    meeting = next((k for k in course.meeting_kinds if k.id == kind), None)
    names = {w for n in ((meeting.name, meeting.plural, *meeting.aliases) if meeting else ()) for w in phrase_key(n)}
    keyed = [
        p.id
        for p in course.policies
        if any((words := set(phrase_key(k))) & names and any(w.startswith("attend") for w in words) for k in p.keywords)
    ]
    return keyed[0] if len(keyed) == 1 else None


def _held_online(asked: Asked, answer: Answer, kind: str | None, section: str | None, in_person: bool) -> Answer:
    """ "is section 1g on zoom", "is lecture in person": from the weekly meetings asked about, when they agree."""
    course = asked.course
    kind = None if kind in (None, "class") else kind
    found = [m for m in meetings_of(course, kind, section) if section is None or m.section in (None, section)]
    if section is not None:
        found = [m for m in found if m.section == section] or found
    online = {bool(m.online) and not m.room for m in found}
    if len(online) != 1:
        return answer  # none, or some online and some not: no plain Yes or No
    held_online = online == {True}
    if not held_online and in_person and asks(asked.question) == "obligation":
        # "do i have to go to lectures in person": that it meets in person does not say one must go; a rule keyed
        # by attending that kind of meeting ("lecture attendance": clicker points) does
        rule = _attendance_rule_of(course, kind)
        if rule is not None:
            return policy_answer(course, rule, asked.question)
        where = replies.where_to_ask(course)
        said = text(f"It meets in person, but whether you must attend is {replies.NOT_ON_PAGE}; {where}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    said = "it meets online." if held_online else "it meets in person."
    if asks_either_way(asked.question):
        # "is lecture online or in person": the way it is held first, never a Yes or No that hangs on word order
        return replace(answer, lines=(text(f"{'Online' if held_online else 'In person'}: {said}"), *answer.lines))
    return replies.verdict(answer, held_online != in_person, said)


def _meetings(asked: Asked, kind: str | None, section: str | None) -> Answer:
    """When and where class meets (a kind, or every kind); one section's meetings when a section is known. Said
    to be unknown when the page gives no times for what was asked."""
    course = asked.course
    kind = None if kind in (None, "class") else kind
    if section and (kind is None or any(m.section == section for m in meetings_of(course, kind))):
        return section_answer(course, asked.now, section)
    answer = meetings_answer(course, asked.now, kind, section)
    if meetings_of(course, kind, section):
        return answer
    if kind and any(d.kind == kind and d.start and d.room and d.is_for(section) for d in course.schedule):
        return answer  # "when and where is the poster session": one-offs of their own kind, each row's time and room
    ask = replies.where_to_ask(course)
    return replace(answer, lines=(*answer.lines, text(f"{ask[0].upper()}{ask[1:]}.")), kind="unknown")


def _same_room(asked: Asked, slots: Slots) -> Answer | None:
    """Yes or No on whether two sections named meet in the same place, with both sections' cards; None if not asked."""
    sections = slots.get("_sections", ())
    same = same_room_verdict(asked.course, asked.question, sections, slots.get("kind")) if asked.yes_no else None
    if same is None:
        return None
    return replies.verdict(replies.combined([section_answer(asked.course, asked.now, s) for s in sections]), *same)


def section_(asked: Asked, slots: Slots) -> Answer:
    if (same := _same_room(asked, slots)) is not None:
        return same  # "is L03 in the same room as L01"
    course, section = asked.course, slots["section"]
    answer = section_answer(course, asked.now, section)
    known = any(m.section == section for m in course.meetings) or any(section in p.sections for p in course.people)
    if not known:
        return replace(answer, kind="unknown")  # the page gives none of its meetings or staff
    if _asks_mode(asked) and slots.get("in_person") is not None:
        return _held_online(asked, answer, None, section, slots["in_person"])
    if asked.yes_no and (clock := section_clock_verdict(course, section, asked.question)) is not None:
        return replies.verdict(answer, *clock)  # "is group b tutorial at 4:15": its own weekly times
    return answer if asked.yes_no else unlisted_room(course, asked.question, answer, None, section)


# "is hw3 only for 605 students", "just for the 605 people", "605 exclusively": whether no other section does it
_ONLY_FOR = re.compile(r"\b(?:only|just|solely|exclusively)\b")


def assignment_for(asked: Asked, slots: Slots) -> Answer:
    """Whether the work asked is for the section asked (Yes naming it, No naming whom it is for); asked whether it is
    for that section only, No where another does it too; asked of everyone, whether every section does it."""
    items = items_of(asked, slots)
    section = slots["section"]
    if section == "*":
        # "is the mini project for everyone": for every section of the course, or only some.
        every = asked.course.section_ids()
        yes = all(set(every) <= set(a.sections) or not a.sections for a in items)
        said = "; ".join(
            f"{a.short} is for {' and '.join(asked.course.section_labels(a.sections)) or 'everyone'}" for a in items
        )
        lines = [
            text(
                f"**{a.short}** is for "
                f"{' and '.join(asked.course.section_labels(a.sections)) or 'every section'}; due ",
                *when(a.due),
                ".",
            )
            for a in items
        ]
        answer = Answer(title=", ".join(a.short for a in items), lines=tuple(lines))
        return replies.verdict(answer, yes, f"{said}.")
    yes = all(section in a.sections for a in items)
    lines = [
        text(f"**{a.short}** is for {' and '.join(asked.course.section_labels(a.sections))}; due ", *when(a.due), ".")
        for a in items
    ]
    answer = Answer(
        title=f"{', '.join(a.short for a in items)} for {asked.course.section_label(section)}", lines=tuple(lines)
    )
    names = ", ".join(a.short for a in items)
    shared = [a for a in items if set(a.sections or asked.course.section_ids()) - {section}]
    if yes and shared and _ONLY_FOR.search(asked.question.lower()):
        # "is hw3 only for 605 students" of one 10-405 does too: No, naming every section it is for
        said = "; ".join(f"{a.short} is for {' and '.join(asked.course.section_labels(a.sections))}" for a in shared)
        return replies.verdict(answer, False, f"{said}.")
    if yes:
        return replies.verdict(answer, True, f"{asked.course.section_label(section)} students do {names}.")
    others = sorted({s for a in items for s in a.sections})
    return replies.verdict(answer, False, f"{names} is for {', '.join(asked.course.section_labels(others))} only.")


def course_info(asked: Asked, slots: Slots) -> Answer:
    answer = course_answer(asked.course)
    if (term := unnumbered_term(asked.course, asked.question)) is not None:
        # "when does semester one end" of a Spring 2026 course: its dates, and that the page numbers no term
        said = f"The course page does not number its term (it runs {asked.course.term}), so it does not say whether "
        said += f"that is {term}; its dates are below."
        return replace(answer, lines=(text(said), *answer.lines))
    return answer


# "is the prof's meeting hour cancelled": asked of something of theirs, not whether they hold the role.
# "is there a ta for section 2 only", "just for grads", "a separate tutor for group b": that section on its own
_ALONE = re.compile(r"\b(?:only|just|separate|dedicated|alone|exclusively|specifically|own)\b")
_OF_SOMETHING = re.compile(r"\w(?:'s|’s|s')\s|\b(?:cancel\w*|moved?|off|rescheduled)\b")


def staff(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    if asks_who_grades(asked.question):
        return who_grades(asked, slots)  # "who grades our work": not every name on the staff list
    if len(slots.get("people", ())) > 1:
        answer = replies.combined([staff_answer(course, p, None) for p in slots["people"]])
        other = title_named(course, asked.question, list(slots["people"])) if asked.yes_no else None
        return answer if other is None else replies.verdict(answer, other.yes, other.reason)
    person = slots.get("person")
    role = slots.get("role")
    section = slots.get("section")
    if section and not person and (any(m.section == section for m in course.meetings) or not role):
        answer = section_answer(course, asked.now, section)  # "who runs section 1C", "who teaches 1f"
        if role and _typed_yes_no(asked) and (full := unlisted_full_name(course, asked.question)) is not None:
            return _unlisted_in_section(course, answer, role, section, full[0])  # "is andreea popescu our tutor for 2"
        return _role_in_section(asked, answer, role, section) if role else answer
    answer = staff_answer(course, person, None if person else role)
    who = course.person(person) if person else None
    if slots.get("_duties"):
        said = text(f"What they do for the course is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if slots.get("_surname") and who is not None and len(who.name.split()) < 2:
        # "what's steph's last name": the page gives one name only.
        said = text(f"{who.name}'s full name is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    believed = _typed_yes_no(asked) or ends_with_tag(asked.question)  # "prof x is the instructor right"
    # (not where someone of the role goes by one name only: "ms kowalski" may be the "Steph" of the list)
    full_names = all(len(p.name.split()) > 1 for p in course.people if p.role == role)
    unlisted = unlisted_titled_name(course, asked.question) if role and not person and believed and full_names else None
    if unlisted is not None:
        return _unlisted_in_role(course, answer, role, unlisted)  # "prof lindqvist is the instructor right"
    full = unlisted_full_name(course, asked.question) if role and not person and believed and full_names else None
    if full is not None and not full[1]:
        return _unlisted_in_role(course, answer, role, full[0])  # "is jo smith the ta"
    own_title = title_named(course, asked.question, [person]) if asked.yes_no and person else None
    if own_title is not None:
        return _believed(answer, own_title, who, slots)  # "is mette the course coordinator"
    generic = not role or read_from_lead_word(course, role, asked.question)  # "the one who teaches": no role asked
    if asked.yes_no and person and section and generic and not _OF_SOMETHING.search(asked.question.lower()):
        runs = section_verdict(course, person, section)  # "marco runs 1c diba?": their sections, whatever the role
        if runs is not None:
            return _believed(answer, runs, who, slots)
    if asked.yes_no and person and role and not _OF_SOMETHING.search(asked.question.lower()):
        role = role_as_typed(course, role, asked.question)  # "my lab teacher": the course's "Lab Instructor"
        held = role_verdict(course, person, role, section)  # the role, and the section when one is named
        return _believed(answer, held, who, slots)
    if slots.get("_held") and role and not person:
        alone = section if section and _ALONE.search(asked.question.lower()) else None
        return _role_held(course, answer, role, alone)  # "is there a tutor i can ask stuff to"
    return answer


def _believed(answer: Answer, held: RoleVerdict, who: Person | None, slots: Slots) -> Answer:
    """The Yes or No on a belief about someone's role; no Yes where the name was typed only near theirs ("is dr okafur
    a ta" of a TA Okafor: maybe someone the page does not list)."""
    if held.yes and who is not None and slots.get("_mended"):
        return unsure_of_name(answer, who.name)
    return replies.verdict(answer, held.yes, held.reason)


def _role_held(course: Course, answer: Answer, role: str, alone: str | None = None) -> Answer:
    """ "is there a tutor": Yes with the people of that role, or No when the page lists nobody in it. `alone`: the
    section asked for on its own ("is there a ta just for section 2"): Yes only with those who run that section and
    no other, else No with everyone of the role (their being there for everyone is no one there for it alone)."""
    people = [p for p in course.people if p.role == role]
    holders = [p.name for p in people]
    named = course.role(role)
    title = named.title if named else role
    if not holders:
        return replies.verdict(answer, False, f"the course page lists no {title}.")
    titled = named.plural if named and named.plural and len(holders) > 1 else title
    if alone is not None:
        own = [p.name for p in people if tuple(p.sections) == (alone,)]
        if not own:
            return replies.verdict(
                answer, False, f"the course page names no {title} for {alone} alone ({titled}: {', '.join(holders)})."
            )
        holders = own
        titled = named.plural if named and named.plural and len(holders) > 1 else title
    return replies.verdict(answer, True, f"{titled}: {', '.join(holders)}.")


def _unlisted_in_role(course: Course, answer: Answer, role: str, name: str) -> Answer:
    """ "prof lindqvist is the instructor right": No, the page names no one so, and who holds the role."""
    holders = [p.name for p in course.people if p.role == role]
    named = course.role(role)
    title = named.title if named else role
    titled = named.plural if named and named.plural and len(holders) > 1 else title
    said = f"the course page names no one called {name.capitalize()}"
    held = f"{titled}: {', '.join(holders)}" if holders else f"it lists no {title}"
    return replies.verdict(answer, False, f"{said}; {held}.")


def _unlisted_in_section(course: Course, answer: Answer, role: str, section: str, name: str) -> Answer:
    """ "is andreea popescu our tutor for 231" of a name near a listed one: No, the page names no one so, and who
    holds the role for that section (whom the student may mean); the card alone where the page names no one."""
    holders = [p.name for p in course.people if p.role == role and runs_section(course, p, section)]
    named = course.role(role)
    if not holders or named is None:
        return answer
    said = f"the course page names no one called {name}; {course.section_label(section)}'s {named.title}"
    return replies.verdict(answer, False, f"{said}: {', '.join(holders)}.")


def _role_in_section(asked: Asked, answer: Answer, role: str, section: str) -> Answer:
    """ "who is the student assistant for group nord": the section's card, after saying the page names nobody of
    that role for it when it does not (the card's own staff are of another role)."""
    course = asked.course
    staff = {p for m in course.meetings if m.section == section for p in m.staff}
    if any(p.role == role and (section in p.sections or p.id in staff) for p in course.people):
        return answer
    title = course.role(role).title if course.role(role) else role
    named = next((s.name for s in course.sections if s.id == section), section)
    said = text(f"The course page names no {title} for {named}; {replies.where_to_ask(course)}. What it does say:")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


def help_(asked: Asked, slots: Slots) -> Answer:
    answer = replies.help_answer(asked.course)
    # A greeting asks nothing: what the bot can help with, but no answer to anything (as for an empty question).
    return replace(answer, kind="unknown") if slots.get("_greeting") else answer


def _section_kind(course: Course, kind: str | None, section: str | None) -> str | None:
    """The kind asked, or for "where is t04 on tuesday" the one kind of meeting the section named holds."""
    if kind not in (None, "class") or section is None:
        return kind
    held = {m.kind for m in course.meetings if m.section == section}
    return held.pop() if len(held) == 1 else kind


def _names_one_kind(course: Course, question: str) -> bool:
    """Whether the question names exactly one kind of meeting (in any of its names)."""
    said = set(phrase_key(question))
    named = {
        k.id for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) if set(phrase_key(n)) <= said
    }
    return len(named) == 1
