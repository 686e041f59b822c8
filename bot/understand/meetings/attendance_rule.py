"""'how many classes can i miss', 'i've missed 5 tuts, what happens': the course's [[attendance]] rule for the kind
of meeting asked about, with what the number of absences told means under its numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answers.attendance import attendance_answer
from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.core.kept import Kept
from bot.course.model import AttendanceRule, Course
from bot.understand.answering.asked import Asked
from bot.understand.answering.replies import where_to_ask
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.times.time_phrases import NUMBER_WORDS
from bot.understand.words.stems import word_stems
from bot.understand.work.work_stems import work_stems

# every question this reader answers holds one of these words (the recognizer row's gate)
NEEDS = frozenset(
    {"miss", "missed", "missing", "skip", "skipped", "skipping", "absent", "absence", "absences", "absenses"}
    | {"absense", "absents", "cut", "cuts", "bunk", "bunked", "attend", "attended"}
)
# numbers as digits or words, not "a"/"an" ("count as an absence" tells no count)
_N = r"(\d+|" + "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True)) + r")"
_ABSENCES = r"(?:absen[cs]es?|absents|misses|skips|cuts)"
# "how many classes can i miss", "how many on-site classes can we skip", "how many tuts am i allowed to skip", "how
# many absences do we get"
_HOW_MANY = re.compile(
    r"\bhow\s+many\b(?:\s+[\w-]+){0,3}?\s+(?:can|may|could|am|are|do|does)\s+(?:i|we|you|one|a\s+student)\b"
    r"(?:\s+\w+){0,3}?\s+(?:miss|skip|bunk|cut|be\s+absent)\b"
    rf"|\bhow\s+many\s+(?:\w+\s+)?{_ABSENCES}\b"
    rf"|\b(?:limit|max(?:imum)?|number)\s+(?:of|on)\s+{_ABSENCES}\b"
)
# "i've missed 5 classes", "if i miss like 6 tuts"; "with 3 absences"; "missed practical 2 and 3" (numbered ones)
_TOLD = (
    re.compile(r"\b(?:missed|skipped|missing|miss)\s+(?:the\s+)?[a-z]+\s+(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+)\b"),
    re.compile(
        rf"\b(?:missed|skipped|bunked|miss|skip|missing)\s+(?:like\s+|about\s+|around\s+|already\s+)?{_N}\s+\w+"
    ),
    re.compile(rf"\b{_N}\s+{_ABSENCES}\b"),
    # "absent 6 times", "been absent like 3 times"
    re.compile(rf"\babsent\s+(?:like\s+|about\s+|around\s+)?{_N}\s+(?:times|days|classes)\b"),
)
# "late like 4 times", "4 late arrivals", "3 lates", "came in late 2 times": arrivals late, counted as the rule says
_LATE_TOLD = (
    re.compile(rf"\blate\s+(?:like\s+|about\s+|around\s+)?{_N}\s+times\b"),
    re.compile(rf"\b{_N}\s+(?:times\s+late|late\s+arrivals?|lates|tardies|tardy\s+marks)\b"),
)
# words of a course's texts on attending: where any is held, its policy answers as it always did
_SAID_ATTENDING = ("attendance", "attend", "absence", "absences", "absent", "excused", "compulsory", "mandatory")
# words for meetings in general: they name whichever rule the course has when it has one
_MEETINGS = frozenset({"class", "classes", "session", "sessions", "meeting", "meetings", "lesson", "lessons"})


def names_meetings_in_general(course: Course, question: str) -> bool:
    """Whether the question names class meetings in general ("how many classes can i miss") or a kind of meeting an
    [[attendance]] rule of the course covers, asked how many ("how many seminars can i miss"): those rules answer it,
    never a rule on work whose words hold "class" or the kind ("Class participation 15%", "seminar presentation
    15%")."""
    if not course.attendance:
        return False
    words = set(re.findall(r"[a-z]+", question.lower()))
    if not _MEETINGS.isdisjoint(words):
        return True
    # a kind by name, asked how many may be missed (a told absence, "away for one practical", is the rule's own case)
    attended = _ATTENDED.get(course, "attended", lambda: _attended(course))
    return not attended.isdisjoint(words) and _HOW_MANY.search(" ".join(question.lower().split())) is not None


_ATTENDED: Kept[frozenset[str]] = Kept(size=32)


def _attended(course: Course) -> frozenset[str]:
    """The words naming the meetings the course's [[attendance]] rules cover: the last word of each rule's name and
    of its kinds' ids, names, plurals and aliases, and its plural ("practicals", "seminar", "tuts")."""
    kinds = {k for rule in course.attendance for k in rule.kinds}
    names = [rule.name for rule in course.attendance]
    names += [n for k in course.meeting_kinds if k.id in kinds for n in (k.id, k.name, k.plural, *k.aliases)]
    heads = {n.lower().split()[-1] for n in names if n and n.strip()}  # "field practicals": "practicals"
    return frozenset(heads | {f"{w}s" for w in heads if not w.endswith("s")})


_COUNTED: Kept[re.Pattern[str] | None] = Kept(size=32)


def _names_counted_work(course: Course, lowered: str) -> bool:
    """Whether the question names work of which only the best count (a [[best_of]]: "spot quizzes"), singular or
    plural: its own rule says how many may be missed."""

    def build() -> re.Pattern[str] | None:
        names = {" ".join(b.name.lower().split()) for b in course.best_of if b.name.strip()}
        heads = {n.removesuffix("zes").removesuffix("s") for n in names}  # "spot quizzes": "spot quiz"
        found = sorted({re.escape(n) for n in names | heads if len(n) >= 3}, key=len, reverse=True)
        return re.compile(rf"\b(?:{'|'.join(found)})") if found else None

    pattern = _COUNTED.get(course, "counted work", build)
    return pattern is not None and pattern.search(lowered) is not None


def _number(word: str) -> float:
    return float(word) if word.isdigit() else float(NUMBER_WORDS.get(word, 0))


def attendance_rule_asked(
    course: Course, said: str, reading: Reading, holds: Callable[[str], bool]
) -> tuple[int | None, float | None] | None:
    """The rule asked about (its index) and the absences told (late arrivals told beside them counted as the rule
    counts them); (None, None) when "how many X can I miss" is asked of a course whose texts never speak of
    attending; None when this is not asked."""
    lowered = " ".join(said.lower().replace("’", "'").split())
    told = next((found for pattern in _TOLD if (found := pattern.search(lowered))), None)
    if told is not None and told.re is _TOLD[0] and (reading.ids("assignment") or not reading.ids("kind")):
        # "i missed hw 2 and 3": numbered pieces of work, not meetings ("missed practical 2 and 3")
        told = next((found for pattern in _TOLD[1:] if (found := pattern.search(lowered))), None)
    if told is not None and told.re is _TOLD[1] and _counts_work(course, lowered[told.end(1) :]):
        told = None  # "can i still pass if i skip 1 sheet": a piece of work not handed in, not an absence
    how_many = _HOW_MANY.search(lowered)
    if not how_many and told is None:
        return None
    if not course.attendance:
        if reading.ids("exam"):
            return None  # "i missed two practicals, can i still take the exam": the exam's question
        silent = how_many and reading.ids("kind") and not any(holds(w) for w in _SAID_ATTENDING)
        return (None, None) if silent else None
    rule = _rule_named(course, reading, lowered)
    if rule is None or (reading.ids("exam") and not _bars_exam(course, rule, reading.ids("exam"))):
        # "i missed two practicals, can i still take the exam": the exam's question, unless the rule's own
        # consequence is that exam ("you may not sit the final exam")
        return None
    missed = _told_count(told) if told is not None else None
    lates = late_arrivals_told(lowered)
    if missed is not None and lates and rule.late_counts_as is not None:
        missed += lates * rule.late_counts_as  # "two late arrivals count as one absence"
    return course.attendance.index(rule), missed if missed else None


def _counts_work(course: Course, after: str) -> bool:
    """Whether the word after a count told missed names the course's work and no meeting ("skipped 2 sheets" of
    "Practical sheet 2"; not "missed 2 practicals" where practicals are met too, nor "2 classes")."""
    following = re.findall(r"[^\W\d_]+", after)[:3]  # "3 field practicals": the meeting may come after a word
    attended = _ATTENDED.get(course, "attended", lambda: _attended(course))
    if not following or any(w in _MEETINGS or w in attended for w in following):
        return False
    return not word_stems(following[0]).isdisjoint(work_stems(course))


def _told_count(told: re.Match[str]) -> float:
    """The absences a told phrase counts: its number, or how many numbered meetings it lists ("2 and 3": 2)."""
    listed = re.findall(r"\d+", told.group(1))
    return float(len(listed)) if len(listed) > 1 else _number(told.group(1))


def _bars_exam(course: Course, rule: AttendanceRule, exams: list[str]) -> bool:
    """Whether what the rule says follows too many absences is about the exam named ("you may not sit the ordinary
    final exam")."""
    said = set(re.findall(r"[a-z]+", f"{rule.short_of} {rule.fail_text}".lower()))
    named = {
        w
        for e in course.exams
        if e.id in exams
        for w in re.findall(r"[a-z]+", f"{e.id} {e.title} {' '.join(e.aliases)}".lower())
        if w not in ("the", "exam", "of", "and")
    }
    return bool(said & named)


def late_arrivals_told(said: str) -> float:
    """The late arrivals the student tells ("late like 4 times", "3 lates"), 0 when none."""
    lowered = " ".join(said.lower().split())
    found = next((m for pattern in _LATE_TOLD if (m := pattern.search(lowered))), None)
    return _number(found.group(1)) if found else 0.0


def _rule_named(course: Course, reading: Reading, lowered: str) -> AttendanceRule | None:
    """The rule for the meeting kind named; the course's only rule when the question names meetings in general."""
    kinds = set(reading.ids("kind"))
    for rule in course.attendance:
        if kinds & set(rule.kinds) or rule.name.lower() in lowered:
            return rule
    if kinds - {k for r in course.attendance for k in r.kinds} - {"class"}:
        return None  # "how many lectures can i miss" where the rule is the tutorials'
    if not kinds and _names_counted_work(course, lowered):
        return None  # "how many spot quizzes can i miss": the rule of that work (its best-of or drop), not attending
    if len(course.attendance) == 1:
        return course.attendance[0]
    return None


def other_rules_named(course: Course, said: str, reading: Reading, first: int | None) -> tuple[int, ...]:
    """The other rules whose kinds the question names too ("how many on-site classes can i miss? and what about
    lectures": the lectures' rule after the on-site classes'), by index."""
    if first is None:
        return ()
    kinds = set(reading.ids("kind"))
    lowered = " ".join(said.lower().split())
    return tuple(
        i
        for i, rule in enumerate(course.attendance)
        if i != first and (kinds & set(rule.kinds) or rule.name.lower() in lowered)
    )


# Whether the absences fail the course, asked as a yes/no: "do i fail", "will i flunk", "is that an automatic fail";
# or whether one still passes: "can i still pass", "would i pass the class". (The failing word is often the only one
# the reading leaves unexplained, so the question's own words decide, not the reading's yes/no.)
_AUX = r"\b(?:do|does|did|will|would|could|can|am|is|are|would|might|gonna)\s+(?:i|we|you|that|it|this|one)\b"
_FAIL_ASKED = re.compile(
    rf"{_AUX}(?:\s+\w+){{0,3}}?\s+(?:an?\s+)?(?:auto(?:matic)?[ -]?)?(?:fail|flunk)(?:s|ing|ed)?\b"
)
_PASS_ASKED = re.compile(rf"{_AUX}(?:\s+still)?\s+(?:be\s+able\s+to\s+)?pass\b")
# "can i still sit the final", "am i still allowed to take the exam", "and still sit the final": whether the absences
# still let one sit the exam the rule bars
_SIT_ASKED = re.compile(
    r"\b(?:can|could|may|am|will|would)\s+(?:i|we)\s+(?:still\s+)?(?:be\s+)?(?:allowed\s+to\s+|able\s+to\s+)?"
    r"(?:sit|take|write|do)\b|\band\s+still\s+(?:be\s+allowed\s+to\s+)?(?:sit|take|write)\b"
)

# "can i miss two labs", "am i allowed to skip 3 seminars", "is one absence allowed", "are 2 absences ok": whether that
# many absences are allowed
_MISS_ASKED = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:still\s+)?(?:miss|skip)\b"
    r"|\b(?:am|are)\s+(?:i|we)\s+allowed\s+to\s+(?:miss|skip)\b"
    r"|\b(?:is|are)\s+(?:\w+\s+){1,3}?(?:absences?|misses)\s+(?:allowed|ok|okay|fine|excused|acceptable)\b"
)


# "am i getting a 5.0", "will i receive an F": a grade the student asks to be given
_GIVEN = re.compile(r"\b(?:get|getting|got|given|receive|receiving)\s+(?:an?\s+)?([\w.+-]+?)(?=[\s?!,]|$)")


def _fail_asked(asked: Asked, rule: AttendanceRule | None = None) -> str:
    """ "fail" when the question asks whether the absences fail the course (or bring the grade the rule gives for
    them: "am i getting a 5.0" of "given a grade of 5.0"), "pass" when whether one still passes, "sit" when whether
    one may still sit the exam ("can i miss one practical and still sit the final"), "miss" when whether that many
    absences are allowed ("can i miss two labs"), "" otherwise."""
    said = " ".join(asked.question.lower().split())
    if _FAIL_ASKED.search(said):
        return "fail"
    if rule is not None and rule.fail_text:
        consequence = rule.fail_text.lower()
        for found in _GIVEN.finditer(said):
            if re.search(rf"(?<![\w.]){re.escape(found.group(1))}(?!\w)", consequence):
                return "fail"
    if _PASS_ASKED.search(said):
        return "pass"
    exams = [e.id for e in asked.course.exams if e.id in said or e.title.lower() in said]
    barred = rule is not None and rule.short_of and _SIT_ASKED.search(said)
    if barred and (exams or re.search(r"\b(?:final|exam)\b", said)):
        return "sit"
    return "miss" if _MISS_ASKED.search(said) else ""


def attendance_rule(asked: Asked, slots: Slots) -> Answer:
    """The rule, and what the absences told mean under it; or that the page says nothing on missing classes."""
    rules = asked.course.attendance
    index = slots.get("rule")
    if index is None:
        where = where_to_ask(asked.course)
        said = f"The course page doesn't say how many classes you may miss, or what missing them costs; {where}."
        return Answer(title="Absences", lines=(text(said),), kind="unknown")
    if not isinstance(index, int) or not 0 <= index < len(rules):
        raise UserError("Name the kind of class you mean, and I'll say how many you may miss.")
    rule = rules[index]
    answer = attendance_answer(asked.course, rule, slots.get("missed"), _fail_asked(asked, rule))
    lates = slots.get("lates")
    if isinstance(lates, float) and lates and rule.late_counts_as is not None and slots.get("missed"):
        counted = (
            f"Counting your {lates:g} late arrivals as {lates * rule.late_counts_as:g} absences, as the page does."
        )
        answer = replace(answer, lines=(*answer.lines[:1], text(counted), *answer.lines[1:]))
    also = [rules[i] for i in slots.get("also", ()) if isinstance(i, int) and 0 <= i < len(rules)]
    for rule in also:
        # each rule named answered in turn, under its own name
        other = attendance_answer(asked.course, rule, None)
        answer = replace(answer, lines=(*answer.lines, text(f"{other.title}:"), *other.lines))
    return answer
