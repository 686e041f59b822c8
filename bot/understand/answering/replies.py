"""Answers the engine composes itself: facts the page gives or does not give, focused release and schedule
answers, a yes or no in front of an answer, several answers in one, "not sure" with choices, and "not mine".

Every fact comes from the Course value; where the data holds nothing, the answer says the page does not say
and where to ask.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.answers.exams import conflict_form_status, conflict_form_url, exam_answer
from bot.answers.grade_scale import CARD, CURVE, ScaleAsked, grade_scale_answer
from bot.answers.late_terms import policy_lines, pool_sentence
from bot.answers.places import on_place
from bot.answers.schedule import day_line
from bot.core.answer import Answer, Field, Option, Stamp, text, when
from bot.core.timefmt import human_date
from bot.course.model import Course, Exam, Person, ScheduleDay
from bot.course.occurrences import exam_times
from bot.course.unknown import PAGE_SILENT, UNKNOWN, is_known
from bot.understand.about_course.asked_figure import asked_grade, stated_curve, stated_scale
from bot.understand.words.lexicon import PLATFORM
from bot.understand.words.normalize import phrase_key

NOT_ON_PAGE = "not on the course page"
CAPABILITIES = "deadlines, the schedule and its topics, office hours, exams, course policies and staff"
# What a student may ask to bring to an exam, by idea: a rule about notes answers "can I bring a cheat sheet".
_BRINGABLE = {
    **dict.fromkeys(("notes", "note", "sheet", "sheets", "cheatsheet", "page", "pages", "crib"), "notes"),
    **dict.fromkeys(("calculator", "calculators"), "calculator"),
    **dict.fromkeys(("book", "books", "textbook", "textbooks"), "book"),
    **dict.fromkeys(("laptop", "laptops", "computer", "phone", "phones"), "device"),
    **dict.fromkeys(("id", "card"), "id"),
}
# Words of a rule about what may be used at an exam at all ("no electronic devices", "closed book"): when the rules
# have one, they come first, as the page's answer read by category, before what they leave unsaid.
_AIDS = frozenset(_BRINGABLE) | frozenset(
    {"device", "devices", "electronic", "electronics", "allowed", "permitted", "open", "closed", "aid", "aids", "bring"}
)
# Words about how grades are cut rather than what each part is worth; no course data holds a scale.
_SCALE = frozenset({"curve", "curved", "curving", "scale", "cutoff", "cutoffs", "letter"})
_CURVE = frozenset({"curve", "curved", "curving"})  # a curve is not given by a scale
# A sentence saying grades are not curved: "Grades are not curved", "there is no curve", "we never curve"
_NO_CURVE = re.compile(r"\b(?:not|no|never)\s+(?:be\s+|been\s+)?curv", re.IGNORECASE)
_YES_NO_OPENING = re.compile(r"\s*(?:is|are|will|would|do|does|did|was|were|can|could)\b")
SUGGESTIONS = ("/due", "/deadline", "/schedule", "/oh", "/exam", "/policy", "/staff", "/help")


def where_to_ask(course: Course, about: str = "") -> str:
    """Where a student should ask what the page does not say: the course forum if the data names one (unless
    the question is about the forum itself)."""
    forum = course.forum
    if forum is not None and forum.name.lower() not in about.lower() and about != f"{PLATFORM}{forum.id}":
        return f"ask on {forum.name}"
    if course.extensions.contact:
        return f"ask {course.extensions.contact}"
    return "ask the course staff"


# The No to a must-I question of a sentence that only allows ("you may bring one index card"), before its words.
ALLOWED_ONLY = "it is allowed, not required: "


def verdict(answer: Answer, yes: bool, reason: str | tuple) -> Answer:
    """The same answer, opening with a plain Yes or No and why. An answer that already opens with one keeps only
    the new one: the earlier Yes or No goes (one verdict line per answer, never a Yes over a No), its reason stays
    on the line after."""
    word = "Yes" if yes else "No"
    first = text(f"**{word}**: ", *reason) if isinstance(reason, tuple) else text(f"**{word}**: {reason}")
    return Answer(
        title=answer.title,
        lines=(first, *without_verdict(answer.lines)),
        fields=answer.fields,
        footer=answer.footer,
        ephemeral=answer.ephemeral,
        kind=answer.kind,
        suggestions=answer.suggestions,
        options=answer.options,
    )


def unsettled_opening(answer: Answer) -> Answer:
    """A yes/no question's answer that opens on no line of its own (only cards below): it says first that no plain
    Yes or No is given, so the student never reads an empty first line and takes the card for one."""
    if answer.lines or not answer.fields or answer.kind != "info":
        return answer
    return replace(answer, lines=(text("I can't give a plain Yes or No to that; here is what the course page says:"),))


def unchosen_opening(answer: Answer) -> Answer:
    """An either-or question's answer that opens on no line of its own, neither alternative settled by the course
    page's own words: it says what follows is the page's own, with no alternative chosen."""
    if answer.lines or not answer.fields or answer.kind != "info":
        return answer
    return replace(answer, lines=(text("Here is what the course page says:"),))


def parts_opening(answer: Answer) -> Answer:
    """An answer of several parts, some with their own Yes or No, that opens on no line of its own: it says the parts
    follow, rather than leave the first line empty."""
    if answer.lines or not answer.fields or answer.kind != "info":
        return answer
    return replace(answer, lines=(text("Each part is answered below, in the order asked."),))


def without_verdict(lines: tuple) -> tuple:
    """The lines with the first one's Yes or No taken off, its reason kept as a sentence of its own."""
    opens = lines[0][0] if lines and lines[0] else None
    word = next((w for w in ("**Yes**: ", "**No**: ") if isinstance(opens, str) and opens.startswith(w)), "")
    if not word:
        return lines
    rest = opens[len(word) :]
    said = (rest[:1].upper() + rest[1:], *lines[0][1:]) if rest else lines[0][1:]
    return (text(*said), *lines[1:]) if said else lines[1:]


def opening_verdict(answer: Answer) -> bool | None:
    """The Yes (True) or No (False) the answer's first line opens with (as `verdict` writes it), None when neither."""
    opens = answer.lines[0][0] if answer.lines and answer.lines[0] else None
    if isinstance(opens, str) and opens.startswith(("**Yes**", "**No**")):
        return opens.startswith("**Yes**")
    return None


def combined(parts: Sequence[Answer], lead: int | None = None) -> Answer:
    """Several answers as one: each part's title becomes a section, in the order asked. An answer that says
    nothing another part does not already say ("when is the midterm and where": the exam's card twice) is
    shown once; its footer, suggestions and options still count. `lead`: the part whose Yes or No opens the whole
    answer (the one part that asks, after parts that only state a case)."""
    unique: list[Answer] = []
    for part in parts:
        if part not in unique:
            unique.append(part)
    if len(unique) == 1:
        return unique[0]
    shown = _without_repeats(unique)
    kinds = {p.kind for p in unique}
    merged = {
        "footer": " ".join(dict.fromkeys(p.footer for p in unique if p.footer)),
        "ephemeral": any(p.ephemeral for p in unique),
        "kind": "info" if "info" in kinds else shown[0].kind,
        "suggestions": tuple(dict.fromkeys(s for p in unique for s in p.suggestions)),
        "options": tuple(dict.fromkeys(o for p in unique for o in p.options)),
        "actions": tuple(dict.fromkeys(a for p in unique for a in p.actions)),
    }
    if len(shown) == 1:
        return replace(shown[0], **merged)
    fields = [f for part in shown for f in _sections(part)]
    title = " · ".join(dict.fromkeys(p.title for p in shown))[:256]
    asking = parts[lead] if lead is not None else None
    if asking is not None and asking in shown and opening_verdict(asking) is not None:
        # "if i get sick on the day of prac 2, is there a makeup?": its Yes or No first, its card in its place
        at = shown.index(asking)
        placed = [
            f for i, part in enumerate(shown) for f in (_sections(_unopened(part)) if i == at else _sections(part))
        ]
        return Answer(title=title, lines=asking.lines[:1], fields=tuple(f for f in placed if f.lines), **merged)
    if opening_verdict(shown[0]) is not None and fields and fields[0].lines == shown[0].lines:
        # "is siyuan a ta? when are their office hours": the Yes or No asked first is the answer's first line
        first = replace(fields[0], lines=fields[0].lines[1:])
        rest = [first] if first.lines else []
        return Answer(title=title, lines=shown[0].lines[:1], fields=(*rest, *fields[1:]), **merged)
    return Answer(title=title, fields=tuple(fields), **merged)


def _sections(part: Answer) -> list[Field]:
    """How an answer shows inside a combined one: its lines under its title, then its fields (a lone field
    under the answer's title)."""
    out = [Field(part.title, part.lines)] if part.lines else []
    if part.lines or len(part.fields) != 1:
        return out + list(part.fields)
    return [Field(part.title, part.fields[0].lines)]


def _said(part: Answer) -> set[tuple]:
    return {(part.title, f.name, line) for f in _sections(part) for line in f.lines}


def _within(inner: Answer, outer: Answer) -> bool:
    """Everything `inner` shows, `outer` shows too, under the same headings."""
    said = _said(inner)
    return (bool(said) or inner.title == outer.title) and said <= _said(outer)


def _without_repeats(answers: Sequence[Answer]) -> list[Answer]:
    """The answers to show, in the order asked: one held within another is left out, and the one holding it
    takes the place of the first it holds."""
    shown: list[Answer] = []
    for answer in answers:
        if any(_within(answer, s) for s in shown):
            continue
        held = [i for i, s in enumerate(shown) if _within(s, answer)]
        if held:
            shown[held[0]] = answer
            shown = [s for i, s in enumerate(shown) if i not in held[1:]]
        else:
            shown.append(answer)
    return shown


def with_unread(answer: Answer, unread: Sequence[str]) -> Answer:
    """The answer, closing with what parts of the question were not understood (never dropped silently)."""
    if not unread:
        return answer
    quoted = ", ".join(f"“{part}”" for part in unread)
    line = text(f"I couldn't tell what you meant by {quoted}; ask it on its own or in other words.")
    if answer.fields:
        return replace(answer, fields=(*answer.fields, Field("Not answered", (line,))))
    return answer.with_lines(line)


def noted(answer: Answer, notes: Sequence[str]) -> Answer:
    """The answer opening with notes on the course's own words (after its Yes or No, which stays first)."""
    if not notes:
        return answer
    lines = answer.lines
    shown = " ".join(str(p) for line in lines for p in line)
    notes = [n for n in notes if n not in shown]
    if not notes:
        return answer
    opens = lines[0][0] if lines and lines[0] else ""
    first = lines[:1] if isinstance(opens, str) and opens.startswith(("**Yes**", "**No**")) else ()
    return replace(answer, lines=(*first, *(text(n) for n in notes), *lines[len(first) :]))


def guessed(answer: Answer, asked: str) -> Answer:
    """An answer to a reading the engine is not sure of: it says it is a best guess."""
    line = text(
        f"I'm not sure I read \u201c{asked}\u201d right; this is my best guess."
        " If you meant something else, ask in other words."
    )
    return answer.with_lines(line)


def out_of_scope(course: Course, reason: str = "") -> Answer:
    """Not something the course data answers: say so, and what the bot can help with."""
    lines = [text(reason or "I can't answer that from the course page, and I'd rather not guess.")]
    lines.append(text(f"I can help with {course.code}'s {CAPABILITIES}."))
    return Answer(title="I don't know that one", lines=tuple(lines), kind="unknown", suggestions=SUGGESTIONS)


def unsure(course: Course, options: Sequence[Option]) -> Answer:
    """More than one reading fits: offer them instead of picking one."""
    return Answer(
        title="Which do you mean?",
        lines=(text("I'm not sure what you're asking. Pick one of these, or ask again in other words."),),
        kind="unsure",
        options=tuple(options)[:3],
    )


def unsure_about(course: Course, options: Sequence[Option], closest: Answer | None = None) -> Answer:
    """Nothing read for sure, but the question names the course's own things: say so plainly, then the closest card
    found (never its Yes or No) and the other readings to pick from."""
    if closest is None:
        lead = (
            "I'm not sure what you're asking, and I'd rather not guess. Here is what I can tell you about what"
            " you named: pick one, or ask again in other words."
        )
        return Answer(
            title="I'm not sure what you're asking",
            lines=(text(lead), text(f"For anything else, {where_to_ask(course)}.")),
            kind="unsure",
            options=tuple(options)[:3],
        )
    lines = closest.lines[1:] if opening_verdict(closest) is not None else closest.lines
    lead = "I'm not sure what you're asking, and I'd rather not guess. The closest I found:"
    where = where_to_ask(course)
    return Answer(
        title=f"Not sure: the closest I found is {closest.title}",
        lines=(text(lead), *lines, text(f"If that is not it, {'pick another below, or ' if options else ''}{where}.")),
        fields=closest.fields,
        kind="unsure",
        options=tuple(options)[:3],
    )


def help_answer(course: Course) -> Answer:
    return Answer(
        title=f"What I can help with in {course.code}",
        lines=(
            text(f"Ask me in plain words about {CAPABILITIES}."),
            text("For example: 'when is the next deadline?', 'office hours tomorrow', 'can I use ChatGPT?'."),
        ),
        suggestions=SUGGESTIONS,
    )


def my_pool(course: Course) -> Answer:
    """'How many late days do I have left': the tally is private; the rule is the course's (or it has no pool)."""
    pool = course.late.pool
    if pool is None:
        return Answer(
            title="Late days",
            lines=(
                text("This course has no pool of late days: lateness is charged as its late policy says."),
                *(text(line) for line in policy_lines(course)),
            ),
            suggestions=("/late",),
        )
    return Answer(
        title=f"Your {pool.plural}",
        lines=(
            text("Your own tally is private: use /gracedays me (only you will see it)."),
            text(f"The rule: {pool_sentence(course)}"),
        ),
        suggestions=("/gracedays me",),
    )


def with_regrade_window(course: Course, answer: Answer, slots: Mapping[str, object]) -> Answer:
    """ "how long do i have to ask for a remark": the number of days the data gives, before the policy's words (which
    may say "two weeks"); the answer as it is when the window was not asked or the data has no number."""
    days = course.regrades.window_days
    if not slots.get("how_long") or not isinstance(days, int) or opening_verdict(answer) is not None:
        return answer
    said = text(f"You have {days} days from when the grades are published to ask for a regrade.")
    return replace(answer, lines=(said, *answer.lines))


def rules_answer(course: Course, idea: str) -> Answer:
    """The rules the data holds about late work, extensions or regrades, when no policy text covers them."""
    ask = where_to_ask(course)
    if idea == "regrade":
        rules = course.regrades
        days = rules.window_days
        if days is UNKNOWN and not rules.where:
            return Answer(
                title="Regrade requests", lines=(text(f"The regrade rules are {NOT_ON_PAGE}; {ask}."),), kind="unknown"
            )
        where = on_place(rules.where)
        span = f"within {days} days of the grades being published" if is_known(days) else ""
        lines = [text(f"Ask for a regrade{where} {span}".rstrip() + ".")]
        if not is_known(days):
            lines.append(text(f"How long requests stay open: {PAGE_SILENT}."))
        return Answer(title="Regrade requests", lines=tuple(lines))
    if idea == "extension":
        rules = course.extensions
        lines = [text(rules.summary)] if rules.summary else []
        if rules.contact:
            email = f" ({rules.contact_email})" if rules.contact_email else ""
            notice = rules.notice_days
            ahead = (
                f" at least {notice} days before the deadline"
                if isinstance(notice, int)
                else ("" if notice is None else f" (how far ahead: {PAGE_SILENT})")
            )
            lines.append(text(f"Ask {rules.contact}{email}{ahead}."))
        if rules.emergency:
            lines.append(text(rules.emergency))
        if not lines:
            return Answer(
                title="Extensions", lines=(text(f"The extension rules are {NOT_ON_PAGE}; {ask}."),), kind="unknown"
            )
        return Answer(title="Extensions", lines=tuple(lines))
    lines = policy_lines(course)
    return Answer(
        title="Late work",
        lines=tuple(text(line) for line in lines),
        kind="unknown" if course.late.status == "unknown" else "info",
    )


def rows_answer(title: str, rows: Sequence[ScheduleDay]) -> Answer:
    return Answer(title=title, lines=tuple(day_line(r) for r in rows))


def not_on_schedule(course: Course, words: str) -> Answer:
    return Answer(
        title="Not on the schedule",
        lines=(
            text(f"I couldn't find “{words}” on the {course.code} schedule."),
            text("The schedule lists each day's topic; try a word from one of them."),
        ),
        kind="unknown",
        suggestions=("/schedule",),
    )


def last_class(course: Course, rows: Sequence[ScheduleDay], label: str) -> Answer:
    """The last of the schedule rows that have passed."""
    if not rows:
        return Answer(title=f"Last {label}", lines=(text(f"There has been no {label} yet this term."),))
    return Answer(title=f"Last {label}", lines=(day_line(rows[-1]),))


def release_answer(course: Course, now: dt.datetime, ids: Sequence[str]) -> Answer:
    """When named assignments come out (the page gives release dates, not times)."""
    today = now.astimezone(course.tz).date()
    lines = []
    for item in (course.assignment(i) for i in ids):
        if item is None:
            continue
        if item.release is None:
            lines.append(text(f"**{item.short}**: its release date is {NOT_ON_PAGE}."))
        elif item.release <= today:
            lines.append(
                text(f"**{item.short}** was released on {human_date(item.release)} (due ", *when(item.due), ").")
            )
        else:
            lines.append(
                text(f"**{item.short}** will be released on {human_date(item.release)} (due ", *when(item.due), ").")
            )
    known = any(item.release for item in (course.assignment(i) for i in ids) if item is not None)
    return Answer(
        title="Releases",
        lines=tuple(lines),
        footer="Release times are not on the course page." if known else "",
        kind="info" if known else "unknown",
    )


def next_release(course: Course, now: dt.datetime, section: str | None) -> Answer:
    today = now.astimezone(course.tz).date()
    upcoming = sorted(
        (a for a in course.assignments if a.release and a.release > today and a.is_for(section)),
        key=lambda a: (a.release, a.id),
    )
    if not upcoming:
        return Answer(title="Next release", lines=(text("Nothing else is to be released this term."),))
    first = upcoming[0].release
    names = ", ".join(a.short for a in upcoming if a.release == first)
    return Answer(title="Next release", lines=(text(f"**{names}**: {human_date(first)}."),))


def next_due_answer(course: Course, items: Sequence, anchor: str) -> Answer:
    lines = [text(f"**{a.short}**: ", *when(a.due)) for a in items]
    return Answer(title=f"Next due {anchor}".strip(), lines=tuple(lines))


def course_fact(
    course: Course,
    fact: str,
    *,
    exam: Exam | None = None,
    people: Sequence[Person] = (),
    link: str = "",
    question: str = "",
) -> Answer:
    """A fact students ask for, from the data; what the data does not hold is said to be not on the page."""
    ask = where_to_ask(course)
    if fact == "grading" and course.grade_scale is not None and _SCALE & set(phrase_key(question)):
        # the course's own [grade_scale] says how grades are cut (and whether they are curved)
        curve = ScaleAsked(CURVE) if {"curve", "curved", "curving"} & set(phrase_key(question)) else ScaleAsked(CARD)
        return grade_scale_answer(course, curve, ask)
    if fact == "grading":
        asked = set(phrase_key(question))
        # "what percent do i need for an A" asks the scale as much as "what are the cutoffs"
        wants_scale = bool(_SCALE & asked) or asked_grade(question) is not None
        scale = stated_scale(course) if wants_scale and not _CURVE & asked else ""
        curve = stated_curve(course) if _CURVE & asked else ""
        if curve:
            # "is this class curved": a policy's own sentence on curving ("Grades are not curved, but ..."); a plain
            # No when it says there is none and the question asks yes or no
            said = f"The course page says: “{curve}”"
            if _YES_NO_OPENING.match(question.lower()) and _NO_CURVE.search(curve):
                said = f"No: “{curve}”"
            return Answer(title="Grading scale", lines=(text(said),))
        if scale:
            # "whats the cutoff for a distinction": the scale a policy gives ("HD 80-100, D 70-79, ...")
            return Answer(title="Grading scale", lines=(text(f"The course page says: “{scale}”"),))
        if _SCALE & asked:
            # "is there a curve": the breakdown (what each part is worth) does not say how grades are cut.
            lines = [text(f"The grading scale (letter-grade cutoffs, any curve) is {NOT_ON_PAGE}; {ask}.")]
            if course.grading_breakdown:
                lines.append(text(f"What each part is worth: {course.grading_breakdown}"))
            return Answer(title="Grading scale", lines=tuple(lines), kind="unknown")
        if course.grading_breakdown:
            return Answer(title="Grading breakdown", lines=(text(course.grading_breakdown),))
        lines = [text(f"The grading breakdown (how much each part is worth) is {NOT_ON_PAGE}; {ask}.")]
        if course.components:
            lines.append(text(f"What counts: {course.components}"))
        return Answer(title="Grading breakdown", lines=tuple(lines), kind="unknown")
    if fact == "email":
        # "how do I reach the staff": everyone the page gives an email for.
        people = people or [p for p in course.people if p.email]
        known = [p for p in people if p.email]
        lines = [text(f"**{p.name}**: {p.email}") for p in known]
        unknown = [p for p in people if not p.email]
        if unknown or not people:
            who = ", ".join(p.name for p in unknown) if unknown else "the staff"
            lines.append(text(f"Email addresses for {who} are {NOT_ON_PAGE}; {ask}."))
        if course.extensions.contact_email:
            lines.append(text(f"Extension requests: {course.extensions.contact_email}."))
        if course.forum is not None:
            lines.append(text(f"Questions about the course can also go on {course.forum.name}."))
        return Answer(title="Email", lines=tuple(lines), kind="info" if known and not unknown else "unknown")
    if fact == "link":
        return _link_answer(course, link)
    if fact == "submission":
        site = course.submission_site
        if site is None:
            return Answer(
                title="Submitting work",
                lines=(text(f"Where work is submitted is {NOT_ON_PAGE}; {ask}."),),
                kind="unknown",
            )
        where = f": {site.url}" if site.url else f" (its link is {NOT_ON_PAGE})"
        return Answer(title="Submitting work", lines=(text(f"Work is submitted on {site.name}{where}."),))
    if fact == "exam_rules":
        return _exam_rules(course, exam, question)
    if fact == "exam_content":
        return _exam_content(course, [exam] if exam else list(course.exams), ask)
    raise ValueError(f"unknown fact {fact!r}")


# A rule of an exam that says what it covers ("Covers Chapters 1-4", "Cumulative: the whole course").
_COVERAGE = re.compile(r"\b(?:cover(?:s|ed|age)?|cumulative|chapters?|material|syllabus)\b", re.IGNORECASE)


def _exam_content(course: Course, exams: list[Exam], ask: str) -> Answer:
    """What each exam covers, quoted from its rules where the page says; else that the page does not say."""
    lines = []
    unknown = False
    for e in exams:
        said = [r for r in e.rules if _COVERAGE.search(r)]
        if said:
            lines += [text(f"**{e.title}** ({human_date(e.date)}): {r}") for r in said]
        else:
            unknown = True
            lines.append(text(f"**{e.title}** ({human_date(e.date)}): what it covers is {NOT_ON_PAGE}."))
    if unknown:
        lines.append(text(f"{ask[0].upper()}{ask[1:]}."))
    title = exams[0].title if len(exams) == 1 else "Exams"
    return Answer(title=title, lines=tuple(lines), kind="unknown" if unknown else "info")


def _links(course: Course) -> dict[str, tuple[str, str]]:
    """Every link the course names: its platforms (forum, submission site) and its other links, as id -> (name,
    url); the url is "" when the page does not give it."""
    out = {f"{PLATFORM}{p.id}": (p.name, p.url) for p in course.platforms}
    out |= {key: (key.replace("_", " ").capitalize(), url) for key, url in course.links.items()}
    return out


def _link_answer(course: Course, link: str) -> Answer:
    links = _links(course)
    name, url = links.get(link, ("", ""))
    if url:
        return Answer(title=name, lines=(text(url),))
    ask = where_to_ask(course, link)
    named = f"The {name} link" if name else "That link"
    lines = [text(f"{named} is {NOT_ON_PAGE}; {ask}.")]
    known = [f"{n}: {u}" for n, u in links.values() if u]
    if known:
        lines.append(text("Links I have: " + "; ".join(known)))
    return Answer(title="Links", lines=tuple(lines), kind="unknown")


def _exam_rules(course: Course, exam: Exam | None, question: str) -> Answer:
    """What may be brought to an exam: the rules the course states, quoted; a rule that does not mention what was
    asked about (a rule about notes says nothing of calculators) leaves it unknown."""
    exams = [exam] if exam else list(course.exams)
    asked = {_BRINGABLE[w] for w in phrase_key(question) if w in _BRINGABLE}
    lines = []
    covered = False
    for e in exams:
        for rule in e.rules:
            lines.append(text(f"**{e.title}**: {rule}" if len(exams) > 1 else rule))
            covered = covered or bool(asked & {_BRINGABLE[w] for w in phrase_key(rule) if w in _BRINGABLE})
    ask, names = where_to_ask(course), ", ".join(e.title for e in exams)
    speaks_of_aids = any(set(phrase_key(rule)) & _AIDS for e in exams for rule in e.rules)
    if not covered and asked and lines and not speaks_of_aids:
        # "can i bring a cheat sheet": the page's rules say nothing of it, so that comes first, then what they do say
        lead = text(f"Whether that may be brought to {names} is {NOT_ON_PAGE}; {ask}. What the page does say:")
        lines.insert(0, lead)
    elif not covered:
        rest = "Anything else about what" if lines else "What"
        lines.append(text(f"{rest} may be brought to {names} (notes, a sheet, a calculator) is {NOT_ON_PAGE}; {ask}."))
    title = exams[0].title if len(exams) == 1 else "Exams"
    return Answer(title=title, lines=tuple(lines), kind="info" if covered else "unknown")


def exam_other(
    course: Course, now: dt.datetime, exam_id: str | None, words: str, section: str | None, unsaid: str = ""
) -> Answer:
    """Something about an exam the data does not hold ("the exam format"): said to be unknown, with when it is;
    `unsaid` names it in full ("how Exam 2 is set out") where the question's own words would read oddly."""
    answer = exam_answer(course, now, exam_id, None, section)
    if unsaid:
        said = text(f"The course page doesn't say {unsaid}; {where_to_ask(course)}.")
    else:
        said = text(f"About “{words}”: that is {NOT_ON_PAGE}; {where_to_ask(course)}.")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


def exam_missed(
    course: Course, now: dt.datetime, exam_id: str | None, form_urls: Mapping[str, str] | None = None
) -> Answer:
    """What happens if an exam is missed, as the course says it; else that the page does not say, with what it
    does say about conflicts."""
    exams = [course.exam(exam_id)] if exam_id else list(course.exams)
    lines = []
    known = True
    for e in exams:
        label = f"**{e.title}**: " if len(exams) > 1 else ""
        if e.if_missed:
            lines.append(text(f"{label}{e.if_missed}"))
        else:
            known = False
            lines.append(text(f"{label}What happens if you miss it is {NOT_ON_PAGE}; {where_to_ask(course)}."))
        lines.append(conflict_form_status(course, e, now, conflict_form_url(e, form_urls)))
    title = f"Missing {exams[0].title}" if len(exams) == 1 else "Missing an exam"
    return Answer(title=title, lines=tuple(lines), kind="info" if known and exams else "unknown")


def grades_out(
    course: Course,
    graded: Sequence[tuple[str, str]],
    published: Mapping[str, dt.datetime] | None = None,
    stated: Mapping[str, str] | None = None,
    said_of_kinds: Sequence[str] = (),
) -> Answer:
    """When grades come out for exams or assignments, as (id, name): recorded as published, what the page states of
    when that work comes back (`stated`, by id; `said_of_kinds` when no item is named), or not on the page."""
    lines = []
    known = bool(graded)
    for key, name in graded:
        at = (published or {}).get(key)
        if at is not None:
            lines.append(text(f"**{name}** grades were published ", Stamp(at, "F"), "."))
        elif key in (stated or {}):
            lines.append(text(f"**{name}**: the course page says “{stated[key]}”"))
        else:
            known = False
            lines.append(text(f"When **{name}** grades will be published is {NOT_ON_PAGE}; {where_to_ask(course)}."))
    if not graded and said_of_kinds:
        known = True  # "when do we get our reading responses back": the page's words on that kind of work
        lines.extend(text(f"The course page says “{said}”") for said in said_of_kinds)
    elif not graded:
        lines.append(text(f"When grades will be published is {NOT_ON_PAGE}; {where_to_ask(course)}."))
    return Answer(title="Grades", lines=tuple(lines), kind="info" if known else "unknown")


def exam_fact(
    course: Course,
    now: dt.datetime,
    fact: str,
    exam_id: str | None,
    section: str | None,
    form_urls: Mapping[str, str] | None = None,
) -> Answer:
    """When or where an exam is (for a section where rooms differ): the exam answer, marked unknown when the page
    does not give what was asked."""
    answer = exam_answer(course, now, exam_id, form_urls, section)
    exams = [course.exam(exam_id)] if exam_id else [e for e in course.exams if section is None or section in e.sections]
    if fact == "exam_time":
        known = all(exam_times(course, e, section)[0] is not None for e in exams)
    else:
        known = all(e.location or (e.rooms and (section is None or e.room_for(section))) for e in exams)
    return answer if known and exams else replace(answer, kind="unknown")


def _unopened(answer: Answer) -> Answer:
    """The answer without its opening Yes or No line (shown at the top of a combined answer instead)."""
    return replace(answer, lines=answer.lines[1:])
