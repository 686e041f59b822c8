"""Handlers for late work: what-ifs, the late rules (and Yes or No from them), the pool, extensions, regrades."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace

from bot.answers.grace import STAFF_LOOK_UP, late_answer_for, own_tally_answer
from bot.answers.late_terms import (
    accepted_late_verdict,
    for_item,
    measure_sentence,
    permission_clause,
    pool_name,
    pool_sentence,
    status_words,
    way_out,
)
from bot.answers.late_windows import extension_answer, late_answer, regrade_answer
from bot.answers.policies import policy_answer
from bot.core.answer import Answer, Field, Stamp, text, when
from bot.core.render_text import answer_text
from bot.core.timefmt import human_date
from bot.course.late_policy import Cutoff, Pool
from bot.course.model import Assignment, Course
from bot.course.unknown import is_known
from bot.course.windows import extension_request_deadline, grace_applies, latest_accepted, not_accepted_late
from bot.grace.engine import AssignmentOutcome, what_if
from bot.grace.whatif_pool import whatif_pool
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked, items_of, merged
from bot.understand.answering.handle_policies import silent_on_condition, with_stance
from bot.understand.late.compared_work import before_compared, without_compared
from bot.understand.late.extension_granter import granter_verdict
from bot.understand.late.extension_grounds import accepted_ground, ahead_verdict, notice_verdict, refused_ground
from bot.understand.late.extension_refused import as_kinds, extension_refused, refusing_sentence
from bot.understand.late.late_amount import fractional_lateness
from bot.understand.late.late_excluded import ASKS_ACCEPTED, ASKS_IF_OK
from bot.understand.late.late_kind import POOL_THERE, examples_of_kind, next_of_kind, pool_cap_asked
from bot.understand.late.late_mark import asks_zero, mark_after, penalty_of, stated_mark, stated_penalty
from bot.understand.late.late_permission import asks_who_permits_late, permission_line
from bot.understand.late.late_policy_words import late_policy_line, naming_sentences
from bot.understand.late.late_unasked import unasked_line
from bot.understand.late.pool_deadline import units_to_spend, with_moved_deadline
from bot.understand.late.pool_owner import asks_of_someone_else
from bot.understand.late.pool_size_asked import asks_pool_size, pool_total_words, stated_size_holds
from bot.understand.late.pool_stated import pool_stated, spent_on
from bot.understand.late.regrade_risk import regrade_risk
from bot.understand.late.regrade_route import route_verdict
from bot.understand.late.regrade_scope import exams_own_window, regrade_policy, uncovered
from bot.understand.late.regrade_stated import regrade_from_stated, stated_posting, stated_window
from bot.understand.late.span_not_lateness import span_not_lateness, unit_hours, unit_worth_stated
from bot.understand.late.stated_rate import (
    asks_penalty_exists,
    penalty_exists_verdict,
    rate_verdict,
    score_rate_verdict,
    stated_rate,
)
from bot.understand.late.what_if_moment import bare_clock_moment
from bot.understand.people.rule_contact import ASKS_WHO, rule_contacts
from bot.understand.question.result import Slots
from bot.understand.times.time_phrases import NUMBER_WORDS
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import GENERIC_POOL_WORDS
from bot.understand.work.confirm_due import confirmed_due
from bot.understand.work.deadline_passed import asks_if_passed, passed_verdict
from bot.understand.work.who_grades import asks_who_grades, who_grades
from bot.understand.yes_no.folded import asks_yes_no
from bot.understand.yes_no.own_slip import slip_asked_late


def late_whatif(asked: Asked, slots: Slots) -> Answer:
    course = asked.course
    examples = examples_of_kind(course, asked.question, asked.now) if slots.get("_example") else ()
    if len(examples) > 1:
        # "what if my lab is a day late": pre-labs and lab reports have different rules, so the next of each
        late = {"late": slots["_late_by"], "moment": None} if slots.get("_late_by") else {}
        return each_whatif(asked, {**slots, **late, "_example": False}, list(examples))
    items = items_of(asked, slots)
    if len(items) > 1 and (spent := spent_on(course, asked.question)):
        # "i already used my grace extension on WA1, what if WA3 is 3 days late": WA1 is told of, WA3 asked about
        asked_of = [a for a in items if not _named_in(a, spent)]
        if asked_of and asked_of[0] is not items[0] and slots.get("_late_by"):
            slots = {**slots, "late": slots["_late_by"], "moment": None}  # "3 days late": after WA3's deadline
        items = asked_of or items
    theirs = [a for a in items if asked.section is not None and asked.section in a.sections]
    confirmed = confirmed_due(asked, [(theirs or items)[0]])
    if confirmed is not None:
        return confirmed  # "essay 1 is due friday at midnight right?": the due moment stated, not a submission
    if _per_section(items) and len(theirs) != 1:
        return each_whatif(asked, slots, items)  # "the field log": one per section, none said to be the asker's
    item = (theirs or items)[0]
    moment = slots.get("moment")
    if moment is not None and moment <= item.due and slip_asked_late(asked.story or asked.question):
        # "can i do quiz 3 late if i forget on sunday night": the time of the slip, by the deadline; whether it may be
        # done late is asked, which the late rules answer
        return late_rules(asked, {**slots, "assignments": (item.id,), "moment": None})
    if moment is None:
        moment = (item.due.astimezone(dt.UTC) + slots["late"]).astimezone(course.tz)
    half = fractional_lateness(asked.question)
    if half is not None and not ({"_moment_note", "_assumed", "_window_ends"} & {k for k, v in slots.items() if v}):
        # "a day and a half late", "1.5 days late": that much after its deadline
        moment = (item.due.astimezone(dt.UTC) + half).astimezone(course.tz)
    told = pool_stated(course, asked.story or asked.question)  # "without a token", "i've burned all 4 grace days"
    left = told.left if told is not None else slots.get("pool_left")
    stated = left is not None and course.late.pool is not None
    tally = asked.record.tally if asked.record is not None and not stated else None
    # what the student says is left comes first (a what-if of their own); then their record, as /late reads it
    pool = whatif_pool(course, tally, [item])
    known = not stated and pool.known
    left = left if stated else pool.left
    answer = late_answer_for(course, item.id, moment, left, known=known, looked=asked.record is not None)
    if stated:
        # "I have no grace days left and hw3 will be 5 hours late": the outcome with what the student says is left.
        said = text(told.said if told is not None else f"With {course.late.pool.words(left)} left, as you say:")
        answer = replace(answer, lines=(said, *answer.lines[1:]))
    if slots.get("_moment_note"):
        answer = replace(answer, lines=(text(f"Taking {slots['_moment_note']}."), *answer.lines))
    if slots.get("_assumed"):
        answer = replace(answer, lines=(text(f"Taking {slots['_assumed']}:"), *answer.lines))
    if slots.get("_other_day"):
        # "at 1am saturday", asked in the deadline's week: the other Saturday the words may mean, said too
        other = course.at(slots["_other_day"], moment.astimezone(course.tz).time())
        then = what_if(course, item.id, other, left)
        said = text("If you meant ", Stamp(other, "F"), f": {status_words(course, then)}.")
        answer = replace(answer, lines=(*answer.lines, said))
    if slots.get("_other_clock") and not slots.get("_other_day"):
        # "at 7:30" without AM or PM: the other half of the day, said when its outcome differs
        other = slots["_other_clock"]
        then = status_words(course, what_if(course, item.id, other, left))
        if then != status_words(course, what_if(course, item.id, moment, left)):
            answer = replace(answer, lines=(*answer.lines, text("If you meant ", Stamp(other, "F"), f": {then}.")))
    if slots.get("_window_ends"):
        # "saturday morning": when its start or end would change the result, both are said
        ends = [(at, status_words(course, what_if(course, item.id, at, left))) for at in slots["_window_ends"]]
        taken = status_words(course, what_if(course, item.id, moment, left))
        if any(words != taken for _, words in ends):
            (start, early), (end, late) = ends
            said = text(
                "Earlier or later then: at ", Stamp(start, "t"), f", {early}; at ", Stamp(end, "t"), f", {late}."
            )
            answer = replace(answer, lines=(*answer.lines, said))
    if (unasked := unasked_line(course, item, moment, left)) is not None and not stated:
        # a pool used only on request: what it costs without asking, too
        answer = replace(answer, lines=(*answer.lines, text(unasked)))
    costs = what_if(course, item.id, moment, left).status in ("penalty", "no-credit", "not-accepted")
    if costs and (page := late_policy_line(course, item)):
        # "how much do i lose": the page's own amounts ("10 marks a day") beside the computed result
        answer = replace(answer, lines=(*answer.lines, text(page)))
    if len(items) > 1 and not theirs and not slots.get("_example"):
        # "i'm behind on hw5 and the survey. if i turn it in saturday": one of them, said which; never both as one
        others = ", ".join(i.short for i in items[1:])
        said = text(f"Taking {item.short} (you named {others} too; ask about it on its own):")
        answer = replace(answer, lines=(said, *answer.lines))
    if slots.get("_example"):
        # "what is the penalty for 10 hours late": no assignment named, so the next one due shows the rule.
        which = "the last one due" if item.due <= asked.now else "the next one due"
        said = text(f"Taking {item.short}, {which}, as the example:")
        answer = replace(answer, lines=(said, *answer.lines))
    outcome = what_if(course, item.id, moment, left)
    mark = stated_mark(asked.question)
    if mark is not None and (said := mark_after(outcome, mark)):
        answer = replace(answer, lines=(text(said), *answer.lines))  # "we'd have got 80/100": what is left of it
    penalty = stated_penalty(asked.question)
    if penalty is not None and (taken := penalty_of(outcome)) is not None:
        # "is it really a full 2%": the stated penalty against the computed one
        return replies.verdict(answer, abs(taken - penalty) < 1e-6, f"{status_words(course, outcome)}.")
    in_parts = _names_parts(asked.question, item)
    if in_parts and not asked.yes_no:
        # "the written part on time and the code 20 min late": how the course counts work in parts, first
        answer = replace(answer, lines=(text(measure_sentence(course)), *answer.lines))
    asks = asked.question.lower()
    penalised = bool(_PENALISED.search(asks))
    # "is there a grace period if my upload goes in a few mins late": whether the course has one, then what it costs
    pool_there = bool(slots.get("_pool_asked") and POOL_THERE.search(asks))
    asks_if = bool(
        _YES_NO_CLAUSE.search(asks)
        or ASKS_IF_OK.search(asks)
        or _CAN_SUBMIT.search(asks)
        or ASKS_ACCEPTED.search(asks)
        or _IS_THAT_LATE.search(asks)
    )
    if asked.yes_no or penalised or pool_there or asks_if:
        # "can i submit ps4 three days late": accepted then or not; "do i lose points": any cost.
        outcome = what_if(course, item.id, moment, left)
        if in_parts and course.late.measure == "each-part" and _WHOLE & set(phrase_key(asked.question)):
            # "is the whole pset late": each part counts on its own, so only the late part is
            said = (
                f"{measure_sentence(course)} Only the part you hand in late is late: {status_words(course, outcome)}."
            )
            return replies.verdict(answer, False, said)
        if in_parts and (_ASKS_LATE.search(asked.question.lower()) or _WHOLE & set(phrase_key(asked.question))):
            counted = measure_sentence(course).rstrip(".")
            said = f"{counted}, so all of {item.short} counts as handed in then: {status_words(course, outcome)}."
            return replies.verdict(answer, outcome.status != "on-time", said)
        if _ASKS_LATE.search(asked.question.lower()):
            # "is that late": late at all, whatever it costs
            return replies.verdict(answer, outcome.status != "on-time", f"{status_words(course, outcome)}.")
        pool = course.late.pool
        spent = bool(_spend_words(_asked_part(asked.question)))  # not "if i ... using my comodín, is there a penalty"
        if pool is None and slots.get("_pool_asked") and (spent or pool_there) and course.late.status == "rules":
            # "did that burn a late day" where the course has no pool: No, and what the lateness costs instead
            said = f"the course has no late days to spend; instead: {status_words(course, outcome)}."
            return replies.verdict(answer, False, said)
        if pool is not None and pool_there and not _asks_pool_used(asked.question, pool.name, pool.plural):
            return replies.verdict(answer, True, f"{status_words(course, outcome)}.")
        if pool is not None and (
            _asks_pool_used(asked.question, pool.name, pool.plural) or (slots.get("_pool_asked") and spent)
        ):
            # "did that use a grace day", "do i lose a slip day": whether the pool pays for it
            used = outcome.grace_days > 0
            count = _units_named(asked.question, pool.name, pool.plural)
            if count is not None:
                used = outcome.grace_days == count  # "would it cost me 2 grace days"
            spent = outcome.grace_days
            units = pool.words(int(spent) if spent == int(spent) else spent)
            return replies.verdict(answer, used, f"{status_words(course, outcome)} (it uses {units}).")
        if asks_zero(asked.question):
            # "do i get zero": Yes when nothing is kept, which is the opposite of "is it accepted"
            zero = outcome.status in ("not-accepted", "no-credit") or outcome.credit == 0
            out = way_out(course, outcome.status, item) if zero else ""
            return replies.verdict(answer, zero, f"{status_words(course, outcome)}.{' ' + out if out else ''}")
        if _ASKS_CREDIT.search(asked.question.lower()) and outcome.credit is not None:
            # "30 hours late, any credit?": whether anything is kept, not whether it is graded
            kept = outcome.credit > 0
            out = "" if kept else way_out(course, outcome.status, item)
            return replies.verdict(answer, kept, f"{status_words(course, outcome)}.{' ' + out if out else ''}")
        if slots.get("_penalty_q") and _CAN_SUBMIT.search(asks) and not _ASKS_WHAT.search(asks):
            # "can i hand it in 4 days late if i take the penalty": the penalty is the condition, being taken the
            # question; "can i submit it 2 days late without losing points": taken and free of any penalty
            if _PENALTY_SPARED.search(asks):
                free = outcome.status in ("on-time", "grace", "no-penalty")
                out = way_out(course, outcome.status, item) if outcome.status == "not-accepted" else ""
                return replies.verdict(answer, free, f"{status_words(course, outcome)}.{' ' + out if out else ''}")
            slots = {**slots, "_penalty_q": False}
        if slots.get("_penalty_q") and _ASKS_WHAT.search(asked.question.lower()):
            # "if i hand it in at 3am, what's the penalty": the outcome, not a Yes or No
            said = text(f"{status_words(course, outcome)[:1].upper()}{status_words(course, outcome)[1:]}.")
            return replace(answer, lines=(said, *answer.lines))
        if slots.get("_penalty_q") or penalised:
            costs = outcome.status not in ("on-time", "grace")
            return replies.verdict(answer, costs, f"{status_words(course, outcome)}.")
        accepted = outcome.status != "not-accepted"
        out = way_out(course, "not-accepted", item) if not accepted else ""
        reason = f"{status_words(course, outcome)}.{' ' + out if out else ''}"
        last = latest_accepted(course, item) if not accepted else None
        if last is not None and last < moment:
            # "can i still hand it in sunday": No, and the last moment it still is
            return replies.verdict(answer, False, (f"{reason} The last time it is accepted is ", Stamp(last, "F"), "."))
        return replies.verdict(answer, accepted, reason)
    return answer


_PART_WORDS = frozenset({"part", "parts", "written", "writeup", "programming", "code", "coding"})
_WHOLE = frozenset({"whole", "entire", "all", "everything", "full"})


def _named_in(item: Assignment, words: str) -> bool:
    names = {item.id, item.short, item.title, *item.aliases}
    return any(re.search(rf"\b{re.escape(n.lower())}\b", words) for n in names if n)


def _names_parts(question: str, item: Assignment) -> bool:
    """Whether the question tells of the work's parts handed in at different times ("the written part on time and
    the code late"): two part words, and the work has more than one part."""
    if len(item.parts) < 2:
        return False
    own = {w for p in item.parts for w in phrase_key(p)}
    return len((own | _PART_WORDS) & set(phrase_key(question))) >= 2


def _asks_pool_used(question: str, name: str, plural: str) -> bool:
    """ "did that use a grace day", "will i lose a late day": a question whether the pool is spent; not "if i submit
    it a day late using my comodín is there a penalty", where spending it is the case told and a penalty is asked."""
    said = " ".join(phrase_key(_asked_part(question)))
    named = any(" ".join(phrase_key(n)) in said for n in (name, plural))
    return named and bool(_spend_words(question))


# A case told first ("if i submit ... using my comodín"), then what is asked ("is there a penalty", ", do i lose ...")
_TOLD_CASE = re.compile(
    r"^\s*(?:so\s+|and\s+|but\s+)?(?:if|when)\b.*?(?:,\s*|\s)(?P<asked>(?:is|are|will|would|do|does|did)\s+"
    r"(?:there|it|that|this|i|we)\b.*)$"
)


def _asked_part(question: str) -> str:
    """What a question asks after the case it tells first ("is there a penalty" of "if i submit it a day late using
    my comodín is there a penalty"); the whole question when it tells none."""
    case = _TOLD_CASE.match(question.lower())
    return case.group("asked") if case else question


def _spend_words(question: str) -> set[str]:
    """The words asking whether something is spent ("use", "burn", "lose"), but not "lose points" (a penalty) nor
    one the student tells, denied ("haven't used any grace days yet")."""
    key = phrase_key(question)
    found = set()
    for i, word in enumerate(key):
        if word not in _SPENT:
            continue
        after = [w for w in key[i + 1 : i + 3] if w not in ("any", "some", "a", "my")][:1]
        if word.startswith("los") and not _PENALTY_WORDS.isdisjoint(after):
            continue  # "will i lose points": whether it costs marks, not the pool
        if "not" in key[max(0, i - 2) : i] or "never" in key[max(0, i - 2) : i]:
            continue  # "haven't used any yet": told, not asked
        found.add(word)
    return found


_UNIT_AFTER = re.compile(r"\b\d+|\b(?:" + "|".join(NUMBER_WORDS) + r")\b")
_UNIT_WORD = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(days?|hours?|hrs?)\b")


def in_pool_units(question: str, units: float, pool: Pool) -> float:
    """A count asked in days or hours ("3 late days" on a pool of flex hours), in the pool's own unit; a started
    day is a whole one."""
    lowered = question.lower()
    for found in _UNIT_AFTER.finditer(lowered):
        said = _UNIT_WORD.match(lowered[found.end() :])
        if said is None:
            continue
        asked_in = "hour" if said.group(1).startswith("h") else "day"
        word = found.group(0)
        count = float(word) if word.isdigit() else float(NUMBER_WORDS[word])
        converted = count if asked_in == pool.unit else count * 24 if asked_in == "day" else math.ceil(count / 24)
        # "both my tokens to get 48 hours": the span stated counts too, whichever asks for more
        return float(converted) if count == units else max(units, float(converted))
    return units


def span_of_pool(question: str, pool: Pool) -> float | None:
    """ "3 days of flex hours", "48 hours worth of tokens": a span asked of the pool, in the pool's unit (a started
    day a whole one); None when the question names none."""
    names = "|".join(re.escape(" ".join(phrase_key(n))) for n in (pool.plural, pool.name))
    said = " ".join(phrase_key(question))
    found = re.search(rf"\b(\d+|[a-z]+)\s+(days?|hours?|hrs?)\s+(?:worth\s+)?of\s+(?:my\s+|the\s+)?(?:{names})\b", said)
    if found is None:
        return None
    word, unit = found.groups()
    count = float(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if count is None:
        return None
    asked_in = "hour" if unit.startswith("h") else "day"
    if asked_in == pool.unit:
        return float(count)
    return float(count) * 24 if asked_in == "day" else float(math.ceil(count / 24))


def _units_named(question: str, name: str, plural: str) -> float | None:
    """The number of pool units a question names ("2 grace days", "one slip day"), if any."""
    said = " ".join(phrase_key(question))
    for unit in (plural, name):
        found = re.search(rf"\b(\w+) {re.escape(' '.join(phrase_key(unit)))}\b", said)
        if found and (found.group(1).isdigit() or found.group(1) in NUMBER_WORDS):
            word = found.group(1)
            return float(word) if word.isdigit() else float(NUMBER_WORDS[word])
    return None


_AMOUNT = re.compile(r"\b(\d+|[a-z]+)\s*(hours?|hrs?|days?|weeks?)\b")


def _score_rate(asked: Asked, slots: Slots) -> tuple[bool, str] | None:
    """Yes or No to a late penalty stated in marks or points ("10 marks off per day"), from the late policy's own
    words when they state one in the same word and unit; None otherwise."""
    policy = asked.course.policy(slots["policy"]) if slots.get("policy") else None
    if policy is None:
        return None
    yes, said = score_rate_verdict(asked.question, f"{policy.summary} {policy.quote}")
    return None if yes is None else (yes, said)


def _amount_late(question: str) -> dt.timedelta | None:
    """ "after 3 days", "two hours late": how much lateness a question names."""
    found = _AMOUNT.search(question.lower())
    if found is None:
        return None
    word, unit = found.groups()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if count is None:
        return None
    hours = {"h": 1, "d": 24, "w": 168}[unit[0]] * count
    return dt.timedelta(hours=hours)


# What "lose" costs when it is not the pool: "lose points", "lose marks".
_PENALTY_WORDS = frozenset({"points", "point", "pts", "marks", "mark", "credit", "percent", "grade", "grades"})
_SPENT = frozenset(
    {"use", "used", "uses", "using", "lose", "cost", "costs", "take", "takes", "count", "spend", "spent"}
    | {"eat", "eats", "ate", "eaten", "burn", "burns", "burned", "burnt"}
)
# "is that late", "would it count as late": whether the moment is after the deadline, not whether it is accepted.
# "did i already use a grace day on hw3", "have i spent any late days yet": about the asker's own record.
_OWN_PAST_USE = re.compile(
    r"\b(?:did|have|has)\s+i\b(?:\s+\w+){0,2}?\s+(?:use|used|spend|spent|burn|burned|burnt|lose|lost)\b"
    r"|\bi(?:'ve|\s+have)?\s+already\s+(?:used|spent|burned|burnt|lost)\b"
)
# "do i have flex hours left before the sheet 2 deadline", "how many do i still have": the asker's own tally.
_OWN_LEFT = re.compile(
    r"\b(?:do|have)\s+i\s+(?:still\s+)?(?:have|got)\s+(?:any\s+|enough\s+)?(?:\w+\s+){0,2}?(?:left|remaining)\b"
)
# "any credit?", "do i still get points", "will i get anything for it": whether the work keeps any of its score.
_ASKS_CREDIT = re.compile(
    # not "lose any marks": whether it costs, the opposite
    r"(?<!lose )(?<!losing )(?<!lost )\b(?:any|some|get|still\s+get|keep|receive)\s+(?:partial\s+)?"
    r"(?:credit|points?|marks?)\b|\bget\s+anything\b"
)
# "turning it in at 1am tonight, does that use a grace day": a yes/no clause after the what-if's condition
_YES_NO_CLAUSE = re.compile(
    r"(?<!what )(?<!how )(?<!much )(?<!many )(?<!when )(?<!which )\b(?:does|do|will|would|did)\s+(?:that|it|this|i)\b"
    r"(?:\s+\w+){0,3}?\s+(?:use|uses|cost|costs|eat|eats|burn|burns|count|be\s+late|lose|get\s+any|still\s+get|be\s+accepted"
    r"|be\s+graded|be\s+marked|take|takes)\b"
)
_HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\b")
# "i forgot to upload ts6, can i submit it at 9am tuesday", "can i still hand in ps3 sunday if i run out of time":
# asking whether a submission then is taken, whatever story or reason surrounds it
# "is the proposal penalised if it's 10 min late", "will my essay get docked": whether the lateness costs anything
_PENALISED = re.compile(
    r"^(?:is|are|will|would|does|do)\b(?!.*\b(?:how|what)\b).*\b(?:penali[sz]ed|docked|marked\s+down|deducted)\b"
)
_CAN_SUBMIT = re.compile(
    r"(?<!how )(?<!where )(?<!when )\b(?:can|could|may)\s+(?:i|we)\s+(?:still\s+)?"
    r"(?:submit|hand\s+(?:it\s+|this\s+|that\s+)?in|turn\s+(?:it\s+|this\s+|that\s+)?in|upload|send)\b"
)
# "without a penalty", "with no deduction", "without losing points": a submission asked to cost nothing
_PENALTY_SPARED = re.compile(
    r"\b(?:without|w/o|with\s+no|no)\s+(?:a\s+|any\s+|the\s+)?(?:late\s+)?(?:penalt\w*|deductions?"
    r"|losing\s+(?:any\s+)?(?:points|marks|credit))\b"
)
# "is there a max number of days late", "a limit on how late ...": whether late work stops being taken
_ASKS_CUTOFF = re.compile(
    r"\b(?:max(?:imum)?|limits?|caps?|cut\s*-?\s*offs?)\b[^?]*\blate(?:ness)?\b"
    r"|\blate(?:ness)?\b[^?]*\b(?:max(?:imum)?|limits?|caps?|cut\s*-?\s*offs?)\b"
)


def _cutoff_verdict(asked: Asked, slots: Slots, items: list[Assignment]) -> Answer | None:
    """ "is there a max number of days late for field reports": Yes with the (work's) cutoff, No where the rules
    take late work with no cutoff; None when not asked so, or the page does not say."""
    if (
        not asked.yes_no
        or len(items) > 1
        or slots.get("_pool_asked")
        or not _ASKS_CUTOFF.search(asked.question.lower())
    ):
        return None
    item = items[0] if items else next_of_kind(asked.course, asked.question, asked.now)
    late = asked.course.late_for(item) if item is not None else asked.course.late
    if late.status != "rules" or not (isinstance(late.cutoff, Cutoff) or late.cutoff is None):
        return None
    answer = late_rules(replace(asked, yes_no=False), {**slots, "_rate_said": True})
    if replies.opening_verdict(answer) is not None:
        return answer
    if late.cutoff is None:
        return replies.verdict(answer, False, "the rules set no limit on how late work is taken.")
    lifted = late.cutoff.permission_lifts  # "not accepted without permission from the instructor"
    by = f" from {late.cutoff.permission_from}" if late.cutoff.permission_from else ""
    unless = f" without permission{by}" if lifted else ""
    return replies.verdict(
        answer,
        True,
        f"the limit is {late.cutoff.text} late; after that cutoff, work is not accepted{unless}.",
    )


_ASKS_WHAT = re.compile(r"\bwhat(?:'s|s|\s+is|\s+would|\s+will)?\s+(?:be\s+)?(?:the\s+|my\s+)?(?:penalty|deduction)\b")
# "i submitted it at 2am saturday, is that late": a yes/no clause after what the student tells
_IS_THAT_LATE = re.compile(r"\b(?:is|was|would)\s+(?:that|this)\s+(?:be\s+)?late\b")
# "is that late", "would it count as late"; not "is late work accepted", where "late" names the work asked of
_ASKS_LATE = re.compile(
    r"\b(?:is|be|was|count\s+as|counted\s+as|considered)\s+(?:it\s+|that\s+|this\s+|i\s+)?late\b"
    r"(?!\s+(?:work|submissions?|assignments?|homeworks?|hand[\s-]?ins?|turn[\s-]?ins?|penalt|polic|days?\b))"
)
# "... instead, is that fine", "would that be ok": whether handing it in then is all right, which late work is not
_ASKS_FINE = re.compile(
    r"\b(?:is|be|would|will)\s+(?:it|that|this)\s+(?:be\s+)?(?:fine|ok|okay|alright|all\s+right|acceptable)\b"
    r"|\b(?:that|it)'?s\s+(?:fine|ok|okay|alright|acceptable)\W*(?:right|yeah|rite)?\W*$"
)


def late_rules(asked: Asked, slots: Slots) -> Answer:
    items = items_of(asked, slots)
    pooled = asked.yes_no and slots.get("_applied") and asked.course.late.pool is not None
    if pooled and items and all(grace_applies(asked.course, a) for a in items):
        # "do i need to tell someone to use my grace days on hw4": how the pool is used, not its cap on hw4
        return policy_or_rules(asked, slots, "late")
    if slots.get("assignments") and len(items) == 1 and items[0].due > asked.now and asks_if_passed(asked.question):
        # "did i miss the deadline for lab report 5" while it is still ahead: No, with when it is due (once it has
        # passed, what late work may still do is the answer below)
        return passed_verdict(policy_or_rules(asked, slots, "late"), items, asked.now)
    if asks_who_permits_late(asked.question) and (who := permission_line(asked.course)) is not None:
        answer = policy_or_rules(asked, slots, "late")  # "who can let me submit after the 3 day limit"
        return replace(answer, lines=(who, *answer.lines))
    if slots.get("_measure") and asked.course.late.status == "rules":
        return _measure_verdict(asked, slots, items)
    # "is the late penalty 5% a day", "so late hw loses 20% each day?": a rate stated to be checked
    checked = asked.yes_no or asked.question.rstrip().endswith("?")
    if checked and len(items) > 1 and len(asked_of := without_compared(asked.course, asked.question, items)) == 1:
        # "... for the final paper 10% a day like the journal": the work compared with is not the work asked of
        items, slots = asked_of, {**slots, "assignments": (asked_of[0].id,)}
    scored = _score_rate(asked, slots) if checked and not slots.get("_rate_said") else None
    if scored is not None:
        # "is it 5 marks a day off for a late essay": the page's own rate in marks, never a what-if of "a day" late
        answer = late_rules(replace(asked, yes_no=False), {**slots, "_rate_said": True})
        return replies.verdict(answer, *scored)
    rate = stated_rate(asked.question) if checked and len(items) <= 1 and not slots.get("_rate_said") else None
    if rate is not None:
        # "is the late penalty 5% a day": the course's penalty schedule (the named work's own, or the one rule of the
        # kind named: "for pre-labs"), not a what-if
        kind = examples_of_kind(asked.course, before_compared(asked.question), asked.now) if not items else ()
        ruled = items[0] if items else kind[0] if len(kind) == 1 else None
        yes, said = rate_verdict(for_item(asked.course, ruled), *rate)
        if said:
            answer = late_rules(replace(asked, yes_no=False), {**slots, "_rate_said": True})
            if replies.opening_verdict(answer) is not None:
                return answer  # decided already by the late policy's own schedule (handle_policies)
            if yes is None:
                return replace(answer, lines=(text(said), *answer.lines))
            return replies.verdict(answer, yes, said)
    word = asks_penalty_exists(asked.question) if len(items) <= 1 and not slots.get("_rate_said") else None
    if word is not None:
        # "is there a late penalty for lab reports", "is there any kind of deduction ...": whether the (work's) rule
        # charges for lateness at all (its own words ask Yes or No, whatever words around it are left unread)
        yes, said = penalty_exists_verdict(for_item(asked.course, items[0] if items else None), word)
        if yes is not None and (items or not examples_of_kind(asked.course, asked.question, asked.now)):
            answer = late_rules(replace(asked, yes_no=False), {**slots, "_rate_said": True})
            if replies.opening_verdict(answer) is not None:
                return answer  # "is there a late penalty per hour": the unit, decided by the policy's schedule
            return replies.verdict(answer, yes, said)
    cutoff = _cutoff_verdict(asked, slots, items)
    if cutoff is not None:
        return cutoff  # "is there a max number of days late for field reports"
    amount = _amount_late(asked.question)
    pool = asked.course.late.pool
    if span_not_lateness(asked.question, pool) or (pool is not None and span_of_pool(asked.question, pool)):
        amount = None  # "5 marks a day", "is a token 48 hours", "3 days of flex hours": no span of lateness
    if not items and asked.yes_no and amount is not None and asked.course.late.status == "rules":
        # "is late work accepted after 3 days": the rules applied to that much lateness, on the next work due
        upcoming = sorted((a for a in asked.course.assignments if a.due > asked.now), key=lambda a: a.due)
        kind = next_of_kind(asked.course, asked.question, asked.now)  # "is a lab report accepted after 3 days"
        pick = [kind] if kind else (upcoming or sorted(asked.course.assignments, key=lambda a: a.due)[-1:])[:1]
        if pick:
            moment = (pick[0].due.astimezone(dt.UTC) + amount).astimezone(asked.course.tz)
            outcome = what_if(asked.course, pick[0].id, moment, asked.course.grace.total)
            answer = policy_or_rules(asked, slots, "late")
            said = f"{status_words(asked.course, outcome)} (taking {pick[0].short}, the next one due)."
            return replies.verdict(answer, outcome.status != "not-accepted", said)
    # "how many slip days do we get per problem set", "is there a limit on them per pset": the pool, not one item
    pooled = slots.get("_pool_asked") and (pool_cap_asked(asked.question) or not asked.yes_no)
    if not items and not slots.get("_accepted") and not pooled:
        examples = examples_of_kind(asked.course, asked.question, asked.now)
        if len(examples) == 1:
            # "how late can a quiz be", "can i turn in a lab report late": that kind's rule, on its next one due
            answer = late_rules(asked, {**slots, "assignments": (examples[0].id,), "policy": None})
            return _as_example(answer, examples[0], asked.now)
        if examples:
            return _each_rule(asked, slots, examples)  # "can i turn in my lab late": pre-labs and lab reports differ
    if not items:
        return policy_or_rules(asked, slots, "late")
    bare = bare_clock_moment(asked.course, asked.question, asked.now) if len(items) == 1 else None
    if bare is not None:
        # "if hw4a goes in tonight at 11 is it late": a what-if at that moment, not the late rules
        moment, note = bare
        return late_whatif(asked, {**slots, "moment": moment, "_moment_note": note, "_pool_asked": False})
    late_by = fractional_lateness(asked.question) or _amount_late(asked.question)
    if late_by is not None and len(items) == 1 and not asked.yes_no and _HOW_MANY.search(asked.question.lower()):
        # "how many slip days would ps6 a day and a half late cost": the what-if for that much lateness
        moment = (items[0].due.astimezone(dt.UTC) + late_by).astimezone(asked.course.tz)
        return late_whatif(asked, {**slots, "moment": moment})
    if slots.get("submit_on") and len(items) == 1:
        answer = late_answer(asked.course, items[0].id, asked.now)
        return submit_on(asked, items[0], slots["date"], answer, slots)
    answer = merged(
        [_with_page_words(asked.course, a, late_answer(asked.course, a.id, asked.now)) for a in items],
        "Late submissions",
    )
    moved = with_moved_deadline(asked, items, answer)
    if moved is not answer:
        return moved  # "if i use 2 grace days on hw4, when is it due then"
    if asked.yes_no and len(items) == 1:
        return _late_verdict(asked, items[0], slots, answer)
    if asked.yes_no and (first := _asked_before_or_only(asked.question, items)) is not None:
        # "do flex days work for the draft too or only the final paper": asked of the draft, the rest the guessed No
        return _late_verdict(asked, first, slots, answer)
    return _over_cap(asked, items, slots, answer)


_OR_ONLY = re.compile(r"\bor\s+(?:only|just)\b")


def _asked_before_or_only(question: str, items: list[Assignment]) -> Assignment | None:
    """The one item named before "or only" ("the draft too or only the final"), or None."""
    found = _OR_ONLY.search(question.lower())
    if found is None:
        return None
    before = f" {' '.join(phrase_key(question[: found.start()]))} "
    named = [
        a
        for a in items
        if any(f" {' '.join(phrase_key(n))} " in before for n in (a.short, a.title, *a.aliases) if phrase_key(n))
    ]
    return named[0] if len(named) == 1 else None


def _over_cap(asked: Asked, items: list[Assignment], slots: Slots, answer: Answer) -> Answer:
    """ "can i stack both my late tokens on essay 2": more than the cap on one assignment is No whatever the words
    around it (a Yes would need them all understood)."""
    pool = asked.course.late.pool
    may_i = phrase_key(asked.question)[:1] in (("can",), ("could",), ("may",))
    if len(items) != 1 or pool is None or not may_i or not slots.get("_pool_asked") or slots.get("_units") is None:
        return answer
    cap = pool.max_per_assignment if pool.max_per_assignment is not None else pool.total
    if in_pool_units(asked.question, slots["_units"], pool) <= cap:
        return answer
    return _cap_verdict(asked, items[0], slots["_units"], answer)


def _each_rule(asked: Asked, slots: Slots, examples: tuple[Assignment, ...]) -> Answer:
    """Work of one name under different late rules: the next of each, each with its own rule; a Yes or No only when
    every one gives the same."""
    answers = [late_rules(asked, {**slots, "assignments": (e.id,), "policy": None}) for e in examples]
    verdicts = {replies.opening_verdict(a) for a in answers}
    names = ", ".join(e.short for e in examples)
    said = text(f"These have different late rules; the next of each ({names}):")
    fields = tuple(Field(e.short, a.lines) for e, a in zip(examples, answers, strict=True))
    answer = Answer(title="Late submissions", lines=(said,), fields=fields)
    if asked.yes_no and len(verdicts) == 1 and None not in verdicts:
        return replies.verdict(answer, verdicts.pop(), f"the same for each of {names}.")
    return answer


def _as_example(answer: Answer, item: Assignment, now: dt.datetime) -> Answer:
    """The answer about one piece of work taken for a kind of work, said so after its Yes or No (if any): the next
    one due, or the last one gone by when the student told of missing it."""
    which = "the last one due" if item.due <= now else "the next one due"
    said = text(f"Taking {item.short}, {which}, as the example:")
    verdict = replies.opening_verdict(answer) is not None
    lines = (answer.lines[0], said, *answer.lines[1:]) if verdict and answer.lines else (said, *answer.lines)
    return replace(answer, lines=lines)


def _with_page_words(course: Course, item: Assignment, answer: Answer) -> Answer:
    """One work's late rules with the late policy's own sentences naming it ("The case commentary ... loses one point
    (out of 20) per day late"), when it has some: the page's amount beside the rule as the bot reads it."""
    named = naming_sentences(course, item)
    return replace(answer, lines=(*answer.lines, text(late_policy_line(course, item)))) if named else answer


def _measure_verdict(asked: Asked, slots: Slots, items: list[Assignment]) -> Answer:
    """ "does lateness count from the last part i submit", "if my written is on time but my code is late does the
    whole hw count late": how the course measures lateness of work in parts."""
    course = asked.course
    answer = policy_or_rules(asked, {**slots, "_measure": False}, "late")
    if items:
        answer = merged([late_answer(course, a.id, asked.now) for a in items], "Late submissions")
    each = course.late.measure == "each-part"
    asked_each = bool({"each", "separately", "individually", "own", "separate"} & set(phrase_key(asked.question)))
    said = measure_sentence(course)
    if not asked.yes_no:
        # "what if the code part is late but the written part is on time": how lateness is measured, first.
        return replace(answer, lines=(text(said), *answer.lines))
    return replies.verdict(answer, each == asked_each, said)


def _cap_verdict(asked: Asked, item: Assignment, units: float, answer: Answer) -> Answer:
    """ "can i use more than 2 grace days on hw4 part b", "two tokens on essay 1 for 48 hours": the pool's cap on one
    assignment decides."""
    course, pool = asked.course, asked.course.late.pool
    units = in_pool_units(asked.question, units, pool)
    cap = pool.max_per_assignment if pool.max_per_assignment is not None else pool.total
    fits = grace_applies(course, item) and units <= cap
    said = (
        f"at most {pool.words(cap)} on one assignment"
        if grace_applies(course, item)
        else (f"{pool_name(course)} do not apply to {item.short}")
    )
    return replies.verdict(answer, fits, f"{said}.")


def _late_verdict(asked: Asked, item: Assignment, slots: Slots, answer: Answer) -> Answer:
    """ "do late days work for the mini project", "can i still turn in ps3", "is late work accepted on hw2": Yes
    or No from the course's late rules (and the clock, for "still"); none where the page is silent."""
    course = asked.course
    pool = course.late.pool
    units = slots.get("_units")
    if units is None and pool is not None:
        units = span_of_pool(asked.question, pool)  # "3 days of flex hours on sheet 3"
    stated = _stated_pool_verdict(asked, [item], answer) if slots.get("_pool_asked") else None
    if stated is not None:
        return stated  # "i used 3 grace days already, can i still use 2 on it": what they say is left decides
    lowered = asked.question.lower()
    own = (_OWN_PAST_USE.search(lowered) or _OWN_LEFT.search(lowered)) and not asks_of_someone_else(lowered)
    if slots.get("_pool_asked") and course.late.pool is not None and own:
        # "did i already use a grace day on hw3": the student's own record, not whether the pool applies to it (nor
        # its cap on one assignment)
        if asked.record is not None:
            return _own_record_verdict(asked, item, answer, used_asked=bool(_OWN_PAST_USE.search(lowered)))
        record = replies.my_pool(course)
        return replace(answer, lines=(*record.lines, *answer.lines))
    if slots.get("_pool_asked") and pool is not None and units is not None:
        return _cap_verdict(asked, item, units, answer)
    if slots.get("_pool_asked") and course.late.pool is not None:
        applies = grace_applies(course, item)
        does = "apply" if applies else "do not apply"
        answer = answer if applies else _with_covered(course, answer)  # "do grace days work for the mini project"
        return replies.verdict(answer, applies, f"{pool_name(course)} {does} to {item.short}.")
    if slots.get("_pool_asked") and pool is None and course.late.status != "unknown":
        # "can i use slip days on ps5" where the course gives no days to spend on lateness
        return replies.verdict(answer, False, "the course has no late days to spend; its late rules are below.")
    last = latest_accepted(course, item)
    if slots.get("_still") and asked.now <= item.due:
        return replies.verdict(answer, True, ("not due until ", *when(item.due), "."))
    if last is None:
        return answer  # the page gives no cutoff: neither yes nor no
    # "can i make up lab report 3" once its last late moment is gone: asked of now, not of the rule ("is it late ok")
    can_now = asked.now > last and asked.question.lower().lstrip().startswith(_CAN_I)
    if slots.get("_still") or can_now:
        if asked.now <= last:
            # "can i still turn in ps3": until when, and what handing it in now costs
            return replies.verdict(answer, True, ("late, until ", *when(last), f"; {_cost_now(asked, item)}."))
        if not_accepted_late(course, item):
            return replies.verdict(answer, False, (f"{item.short} is not accepted late; it was due ", *when(last), "."))
        cutoff = course.late_for(item).cutoff
        rest = permission_clause(cutoff) if isinstance(cutoff, Cutoff) else ""
        return replies.verdict(answer, False, ("late work was accepted until ", *when(last), f"{rest}."))
    if last > item.due:
        return replies.verdict(answer, True, ("late, until ", *when(last), "."))
    return replies.verdict(answer, False, f"{item.short} is not accepted late.")


_CAN_I = ("can i ", "can we ", "could i ", "could we ", "may i ")


def _with_covered(course: Course, answer: Answer) -> Answer:
    """The answer led by what the pool does cover ("They cover homework: HW1, HW2."), in the data's words."""
    covered = [a.short for a in course.assignments if grace_applies(course, a)]
    if not covered:
        return answer
    kinds = " and ".join(k.replace("_", " ") for k in course.late.pool.covers_kinds)
    said = text(f"They cover {kinds + ': ' if kinds else ''}{', '.join(covered)}.")
    return replace(answer, lines=(said, *answer.lines))


def submit_on(asked: Asked, item: Assignment, day: dt.date, answer: Answer, slots: Slots | None = None) -> Answer:
    """ "Can I turn it in on sunday?": on time up to its due day; after it, late as the course's policy says (at the
    start of that day: later that day may cost more). "is that late": whether it is late at all."""
    course = asked.course
    slots = slots or {}
    bare = bare_clock_moment(course, asked.question, asked.now)
    if bare is not None:
        # "can i turn in hw4a tonight at 12": that moment, not the whole day
        said = {"assignments": (item.id,), "moment": bare[0], "_moment_note": bare[1]}
        return late_whatif(asked, said)
    asks_late = bool(_ASKS_LATE.search(asked.question.lower()))
    taking = f" (taking {slots['_assumed']})" if slots.get("_assumed") else ""
    other = slots.get("_other_day")
    also = f" If you meant {human_date(other)}: {_day_status(asked, item, other)}." if other is not None else ""
    due = item.due.astimezone(course.tz)
    if day <= due.date():
        said = f"{item.short} is due {human_date(due.date())}, so {human_date(day)} is on time{taking}.{also}"
        return _said_first(asked, answer, not asks_late, said)
    outcome = what_if(course, item.id, course.at(day, dt.time(0, 0)), _pool_left(asked))
    accepted = outcome.status != "not-accepted"
    said = (
        f"{item.short} was due {human_date(due.date())}, so {human_date(day)} is late{taking}: at the start of that "
        f"day, {_day_status(asked, item, day)}.{also}"
    )
    # "is that fine": late work costs something (or is refused) even where it is taken, so it is not all right (asked
    # in a sentence of its own too: "can i submit it saturday instead? thats fine right")
    fine = _ASKS_FINE.search(asked.question.lower()) or _ASKS_FINE.search(asked.story.lower())
    yes = True if asks_late else accepted and not fine
    return _said_first(asked, late_answer(course, item.id, asked.now), yes, said)


def _cost_now(asked: Asked, item: Assignment) -> str:
    """What handing the work in now costs, by the late rule: "handed in now, 34% penalty"."""
    return f"handed in now, {_moment_status(asked, item, asked.now)[1]}"


def handed_in_now(asked: Asked, item: Assignment) -> tuple:
    """What happens to work the student forgot, handed in now: on time while it is not yet due, else how late it is
    and what that costs, until when late work is taken, or that it no longer is (and who may still allow it)."""
    course = asked.course
    if asked.now <= item.due:
        return (f"{item.short} is not due until ", *when(item.due), ": handed in by then, it is on time.")
    last = latest_accepted(course, item)
    if last is None or asked.now <= last:
        until = ("; late work is taken until ", *when(last)) if last is not None and last > item.due else ()
        return (f"{item.short} was due ", *when(item.due), f"; {_cost_now(asked, item)}", *until, ".")
    out = way_out(course, "not-accepted", item)
    said = (f"{item.short} is no longer accepted: late work was taken until ", *when(last), ".")
    return (*said, f" {out}") if out else said


def _moment_status(asked: Asked, item: Assignment, at: dt.datetime) -> tuple[AssignmentOutcome, str]:
    """The outcome of handing work in at a moment past its deadline, and what it costs in the course's words."""
    course = asked.course
    outcome = what_if(course, item.id, at, _pool_left(asked))
    status = status_words(course, outcome)
    if outcome.status == "grace":
        status += f" if you have {pool_name(course)} left"
    return outcome, status


def _said_first(asked: Asked, answer: Answer, yes: bool, said: str) -> Answer:
    """Yes or No first when the question was one; else the outcome itself first ("what if i submit it monday")."""
    if asked.yes_no:
        return replies.verdict(answer, yes, said)
    return replace(answer, lines=(text(said[:1].upper() + said[1:]), *answer.lines))


def _on_request(asked: Asked) -> bool:
    """Whether the course's pool is spent only when asked for, and the student says nothing of theirs: then no
    outcome may take it as spent without saying so."""
    pool = asked.course.late.pool
    return pool is not None and pool.applied == "request" and pool_stated(asked.course, asked.question) is None


def _pool_left(asked: Asked) -> float:
    """The pool a day's outcome is worked out with: what the student says is left, none for a pool used only on
    request (said beside it), else all of it."""
    told = pool_stated(asked.course, asked.question)
    if told is not None:
        return told.left
    return 0.0 if _on_request(asked) else asked.course.grace.total


def _day_status(asked: Asked, item: Assignment, day: dt.date) -> str:
    """What handing work in on a day costs (at the start of it, after its due day), in the course's words."""
    course = asked.course
    if day <= item.due.astimezone(course.tz).date():
        return "on time"
    at = course.at(day, dt.time(0, 0))
    outcome, status = _moment_status(asked, item, at)
    if _on_request(asked):
        # "how many marks do i lose": without the pool, and what asking to use it would change
        used = what_if(course, item.id, at, course.grace.total)
        if status_words(course, used) != status:
            status += f" (if you ask to use your {course.late.pool.plural}: {status_words(course, used)})"
    out = way_out(course, outcome.status, item)
    if out:
        status += f"; {out[:1].lower()}{out[1:].rstrip('.')}"
    return status


def policy_or_rules(asked: Asked, slots: Slots, idea: str) -> Answer:
    """Asked in general ("how do regrades work"): the course's policy about it, or its rules from the data."""
    course = asked.course
    if idea == "late" and asked.yes_no and slots.get("_applied") and course.late.pool is not None:
        # "do i have to ask to use grace days", "are slip days applied automatically".
        answer = policy_or_rules(asked, {**slots, "_applied": False, "_pool_asked": False}, idea)
        automatic = course.late.pool.applied == "auto"
        asks_automatic = bool({"automatic", "automatically"} & set(phrase_key(asked.question)))
        how = "used automatically" if automatic else "used only when you ask for them"
        return replies.verdict(answer, automatic == asks_automatic, f"{pool_name(course)} are {how}.")
    if idea == "late" and asked.yes_no and slots.get("_accepted") and not slots.get("_pool_asked"):
        # "is late work accepted": whether the course takes late work at all.
        yes, said = (None, "") if course.late.status == "unknown" else accepted_late_verdict(course, asked.question)
        if yes is None:
            return policy_or_rules(asked, {**slots, "_accepted": False}, idea)
        # the rule decides: no second Yes or No from the policy's words under it
        answer = policy_or_rules(replace(asked, yes_no=False), {**slots, "_accepted": False}, idea)
        return replies.verdict(answer, yes, said)
    pool = course.late.pool
    if idea == "late" and slots.get("_pool_asked") and pool_cap_asked(asked.question):
        return _pool_cap(asked, slots)  # "is there a limit on slip days per assignment"
    worth = unit_worth_stated(asked.question, pool) if idea == "late" and asked.yes_no and pool else None
    if worth is not None and pool.unit in ("day", "hour"):
        # "is a late token 48 hours": what one unit covers, never a what-if of that much lateness
        answer = policy_or_rules(replace(asked, yes_no=False), {**slots, "_pool_asked": False, "_units": None}, idea)
        covers = unit_hours(pool)
        said = f"one {pool.name} covers {covers:g} hour{'s' * (covers != 1)} of lateness."
        return replies.verdict(answer, abs(worth - covers) < 1e-9, said)
    if idea == "late" and pool and slots.get("_pool_asked") and slots.get("_units") is None:
        slots = {**slots, "_units": span_of_pool(asked.question, pool)}  # "do we get 3 days of flex hours"
    if idea == "late" and asked.yes_no and slots.get("_pool_asked") and pool and slots.get("_units") is not None:
        # "can i use 3 grace days on one assignment": the pool's cap.
        # the cap decides: no second Yes or No from the policy's words under it
        answer = policy_or_rules(replace(asked, yes_no=False), {**slots, "_pool_asked": False, "_units": None}, idea)
        cap = pool.max_per_assignment if pool.max_per_assignment is not None else pool.total
        units = in_pool_units(asked.question, slots["_units"], pool)
        if not slots.get("assignments") and asks_pool_size(asked.question):
            # "do we get 3 slip days": the pool's total, never its cap on one assignment
            holds = stated_size_holds(asked.question, units, pool.total)
            return replies.verdict(answer, holds, f"{pool_total_words(pool)}.")
        return replies.verdict(answer, units <= cap, f"at most {pool.words(cap)} on one assignment.")
    # "do we get any late days or grace days": one thing in two names, so still a yes or no
    either = idea == "late" and asks_yes_no(asked.question) and _pool_either_way(course, asked.question)
    if idea == "late" and (asked.yes_no or either) and slots.get("_pool_asked"):
        # "do we get slip days": whether the course has a pool of late days at all (one Yes or No: a verdict the
        # policy's own words gave under it goes, the page's sentence is still quoted below)
        answer = policy_or_rules(asked, {**slots, "_pool_asked": False}, idea)
        if replies.opening_verdict(answer) is not None:
            answer = replace(answer, lines=answer.lines[1:])
        if course.late.pool is None:
            return replies.verdict(answer, False, "this course has no pool of late days.")
        return replies.verdict(answer, True, f"{pool_sentence(course)}")
    if idea == "late" and slots.get("_pool_asked") and pool is None and course.late.status == "rules":
        # "how many late days can i use" on a course without any: that first, then its rules
        answer = policy_or_rules(asked, {**slots, "_pool_asked": False}, idea)
        said = text("This course has no pool of late days to use: lateness is charged as its late policy says.")
        return replace(answer, lines=(said, *answer.lines))
    if not slots.get("policy"):
        answer = replies.rules_answer(course, idea)
        said = answer_text(answer, course.tz, asked.now)
        return silent_on_condition(asked, answer, (said,)) or answer
    answer = with_stance(asked, slots["policy"], policy_answer(course, slots["policy"], asked.question))
    if idea == "late" and slots.get("_pool_asked") and course.late.pool is not None:
        # "how many late tokens do we get": the pool's numbers from the data, before the policy's words.
        answer = replace(answer, lines=(text(pool_sentence(course).capitalize()), *answer.lines))
    rules = course.extensions
    if idea == "extension" and rules.contact_email and rules.contact_email not in str(answer):
        # "who should i email about an extension": the address the data gives, with the policy's words.
        return replace(answer, lines=(*answer.lines, text(f"Ask {rules.contact} ({rules.contact_email}).")))
    return answer


_POOL_NAME = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(GENERIC_POOL_WORDS, key=len, reverse=True)) + r")\b"
)


def _pool_either_way(course: Course, question: str) -> bool:
    """Whether every choice an "or" offers is a name for a pool of late days ("late days or grace days"), the
    course's own name for it too."""
    sides = re.split(r"\bor\b", question.lower())
    pool = course.late.pool
    own = [f" {' '.join(phrase_key(n))} " for n in (pool.name, pool.plural)] if pool is not None else []
    return len(sides) > 1 and all(
        _POOL_NAME.search(side) or any(o in f" {' '.join(phrase_key(side))} " for o in own) for side in sides
    )


def _pool_cap(asked: Asked, slots: Slots) -> Answer:
    """ "is there a limit on slip days per assignment", "max tokens on one essay": the pool's cap on one piece of work
    (Yes or No first when asked so), or that the course has no pool, before the late rules."""
    pool = asked.course.late.pool
    answer = policy_or_rules(replace(asked, yes_no=False), {**slots, "_pool_asked": False, "_units": None}, "late")
    if pool is None:
        capped, said = False, "this course has no pool of late days."
    elif pool.max_per_assignment is not None and pool.max_per_assignment < pool.total:
        capped, said = (
            True,
            f"at most {pool.words(pool.max_per_assignment)} on one assignment: that is the limit (max).",
        )
    else:
        capped, said = False, f"no cap on one assignment below the {pool.words(pool.total)} in total."
    if asked.yes_no or re.match(r"\s*(?:is|are)\s+there\b", asked.question.lower()):
        return replies.verdict(answer, capped, said)  # "is there a limit ...": whether there is one, first
    return replace(answer, lines=(text(said[:1].upper() + said[1:]), *answer.lines))


# "can i still use 2 on hw4b": a count to spend, its units left unsaid
_USE_COUNT = re.compile(
    r"\b(?:can|could|may)\s+i\s+(?:still\s+|also\s+)?use\s+(?:up\s+)?(\d+(?:\.\d+)?|a|an|one|both|"
    + "|".join(NUMBER_WORDS)
    + r")\b"
)


def my_grace(asked: Asked, slots: Slots) -> Answer:
    """ "How many grace days do I have left": the asker's own tally where the front end reads it (privately), or
    that no record is linked to them; elsewhere the rule, and where the tally is shown. What the student says they
    have used or left is taken as said."""
    course = asked.course
    if asks_of_someone_else(asked.question):
        return _someone_elses_pool(asked)  # "how many grace days does ada have left": never the asker's numbers
    answer = replies.my_pool(course)
    told = pool_stated(course, asked.question) if course.late.pool is not None else None
    if told is None and asked.record is not None:
        record = asked.record
        if record.tally is None and course.late.pool is None:
            return answer
        return own_tally_answer(course, record.tally, waiting=record.waiting, staff=record.staff)
    if told is None:
        return answer
    spent = _stated_pool_verdict(asked, items_of(asked, slots), answer)
    if spent is not None:
        return spent
    # "i used 1 token already, how many do i have left": what they say is left, and the rule
    return replace(answer, lines=(text(f"{told.said.removesuffix(':')}."), *answer.lines[1:]))


def _someone_elses_pool(asked: Asked) -> Answer:
    """ "how many late days has my partner used": the rule, and where a tally is seen (each is private to its
    student; staff look one up with /gracedays student), never the asker's own record."""
    course = asked.course
    answer = replies.my_pool(course)
    staff = asked.record is not None and asked.record.staff
    where = text(STAFF_LOOK_UP if staff else "Each student's tally is private to them: they see it with /gracedays me.")
    suggestions = ("/gracedays student",) if staff else ("/gracedays me",)
    if course.late.pool is None:
        return replace(answer, lines=(*answer.lines, where), suggestions=suggestions)
    return replace(
        answer, title=course.late.pool.plural.capitalize(), lines=(where, *answer.lines[1:]), suggestions=suggestions
    )


def _own_record_verdict(asked: Asked, item: Assignment, answer: Answer, *, used_asked: bool) -> Answer:
    """ "did i use a grace day on hw2", "do i have any late days left", asked where the asker's record is read: Yes or
    No first from it (what that assignment used, or what is left), then their tally as /gracedays me shows it
    (footer kept). The general rule card is left out: its "with N left" would not be their N. No record linked:
    why, and how to link one."""
    course, record = asked.course, asked.record
    own = own_tally_answer(course, record.tally, waiting=record.waiting, staff=record.staff)
    tally, pool = record.tally, course.late.pool
    if tally is None:
        return replace(answer, lines=(*own.lines, *answer.lines), fields=(*own.fields, *answer.fields), ephemeral=True)
    if not used_asked:
        left = f"{pool.words(tally.left)} left" if tally.left else f"no {pool.plural} left"
        return replies.verdict(own, tally.left > 0, f"{left}, from your record.")
    outcomes = [o for o in tally.outcomes if o.assignment_id == item.id]
    if not outcomes:
        said = f"Your record has nothing for {item.short} yet (it comes from the latest grades import)."
        return replace(own, lines=(text(said), *own.lines))
    used = sum(o.grace_days for o in outcomes)
    if used:
        return replies.verdict(own, True, f"{pool.words(used)} on {item.short}.")
    return replies.verdict(own, False, f"{item.short} used none.")


def _stated_pool_verdict(asked: Asked, items: list[Assignment], answer: Answer) -> Answer | None:
    """ "i used 3 grace days already, can i still use 2 on hw4b": Yes or No from what the student says is left and
    the cap on one assignment; None when the question states no pool or asks to spend no count."""
    pool = asked.course.late.pool
    told = pool_stated(asked.course, asked.question) if pool is not None else None
    found = _USE_COUNT.search(asked.question.lower())
    if told is None or found is None:
        return None
    word = found.group(1)
    wanted = float(word) if word[0].isdigit() else 2.0 if word == "both" else float(NUMBER_WORDS.get(word, 1))
    cap = pool.max_per_assignment if pool.max_per_assignment is not None else pool.total
    said = told.said.removesuffix(":")
    if items and not grace_applies(asked.course, items[0]):
        return replies.verdict(answer, False, f"{pool_name(asked.course)} do not apply to {items[0].short}.")
    if wanted > told.left:
        return replies.verdict(answer, False, f"{said}, {pool.words(wanted)} is more than that.")
    if wanted > cap:
        return replies.verdict(answer, False, f"at most {pool.words(cap)} on one assignment.")
    return replies.verdict(answer, True, f"{said}; at most {pool.words(cap)} on one assignment.")


def extension(asked: Asked, slots: Slots) -> Answer:
    named = [a for a in (asked.course.assignment(i) for i in slots.get("assignments", ())) if a is not None]
    granter = granter_verdict(asked.course, asked.story or asked.question, named) if asked.yes_no else None
    if granter is not None:
        # "can freja give me an extension on cr3": whether she is whom the course names to grant them
        return replies.verdict(_extension_card(replace(asked, yes_no=False), slots), *granter)
    ruled = _rule_decides(asked) if asked.yes_no or asks_yes_no(asked.question) else None
    if ruled is not None:
        # "can i ask the day before it's due", "bc i have 3 other deadlines": the rule's own notice or refused ground
        return replies.verdict(_extension_card(replace(asked, yes_no=False), slots), *ruled)
    return _extension_card(asked, slots)


def _extension_card(asked: Asked, slots: Slots) -> Answer:
    items = items_of(asked, slots)
    if not items and slots.get("_notice"):
        # "how many days notice do i need": the one thing asked, known or said to be unknown.
        answer = replies.rules_answer(asked.course, "extension")
        return answer if isinstance(asked.course.extensions.notice_days, int) else replace(answer, kind="unknown")
    if not items:
        if slots.get("policy") and asked.course.extensions.summary and not _names_policy(asked, slots["policy"]):
            # "can i get an extension on the pset": the course's extension rule, not a policy that mentions deadlines
            slots = {**slots, "policy": None}
        answer = _whom_to_ask(asked, slots, policy_or_rules(asked, slots, "extension"))
        said = refusing_sentence(asked.course, asked.question) if asked.yes_no else None
        if said is not None and replies.opening_verdict(answer) is None:
            # "can i get an extension on a pre-lecture quiz": the page's "pre-lecture quizzes are never extended"
            return replies.verdict(answer, False, f"the course page says “{said}”")
        return answer
    refused = extension_refused(asked.course, asked.question, items)
    if refused is not None:
        # "can i get an extension on quiz 2" where the page says quizzes get none: its No, not whom to ask by when
        # asked of the kind ("an extension on the quiz" for "on q6"): the words the claim is written in
        of_kind = replace(asked, question=as_kinds(asked.question, items))
        answer = policy_or_rules(of_kind, {**slots, "policy": refused.policy}, "extension")
        if replies.opening_verdict(answer) is not None:
            return answer  # the claim's No, said first for a yes/no question
        return replace(answer, lines=(text(f"The course page says: “{refused.claim.evidence}”"), *answer.lines))
    answer = merged([extension_answer(asked.course, a.id, asked.now) for a in items], "Extension requests")
    # "an extension on plq 8": named by its title's words before the number ("Pre-Lecture Quiz"), which the page's
    # refusal must name ("Pre-lecture quizzes are never extended"); one refusal for every item named
    kinds = {re.sub(r"\d.*$", "", a.title.partition(":")[0]).strip() for a in items}
    refusals = {refusing_sentence(asked.course, f"extension on {k}") for k in kinds} if asked.yes_no else {None}
    if len(refusals) == 1 and (said := refusals.pop()) is not None:
        return replies.verdict(answer, False, f"the course page says “{said}”")
    pool = asked.course.late.pool
    units = units_to_spend(pool, asked.question) if pool is not None and len(items) == 1 else None
    if asked.yes_no and units is not None:
        # "could i use two tokens on essay 1 for a 48 hour extension": the pool's cap, not an extension request
        return _cap_verdict(asked, items[0], units, answer)
    granted = accepted_ground(asked.course, asked.question, asked.story) if asked.yes_no else None
    in_time = all((extension_request_deadline(asked.course, a) or a.due) > asked.now for a in items)
    if granted is not None and in_time:
        # "can i get an extension on the essay, i have a medical certificate": a ground the rule grants them on, asked
        # in time (before the notice the rule needs, or the deadline where it needs none)
        return replies.verdict(answer, True, f"the course page says “{granted}”")
    return _own_reason(asked, answer)


def _rule_decides(asked: Asked) -> tuple[bool, str] | None:
    """Yes or No on an extension request the course's rule itself settles, and why: a reason the page refuses, or the
    notice the request would give against the notice needed (with the page's emergency way, when it has one)."""
    course = asked.course
    refused = refused_ground(course, asked.question, asked.story)
    if refused is not None:
        return False, f"the course page says “{refused}”"
    decided = notice_verdict(course, asked.question) or ahead_verdict(course, asked.question)
    if decided is None:
        return None
    yes, said = decided
    emergency = course.extensions.emergency
    if not yes and is_known(emergency) and emergency:
        said = f"{said} {emergency}"
    return yes, said


def _whom_to_ask(asked: Asked, slots: Slots, answer: Answer) -> Answer:
    """ "who do i ask for an extension in section b": the people of the role the rule sends requests to, for the
    section named (or the asker's own; each section's when none is known), before the rule itself."""
    if not ASKS_WHO.search(asked.question.lower()):
        return answer
    course = asked.course
    policy = course.policy(slots.get("policy") or "")
    rules = course.extensions
    said = " ".join((policy.summary, policy.quote) if policy else (rules.summary, rules.contact))
    contacts = rule_contacts(course, said, slots.get("section") or asked.section)
    shown = " ".join(str(part) for line in answer.lines for part in line)
    named = [(str(c[0]).split(" (")[0].split(": ")[-1], re.findall(r"[\w.+-]+@[\w.-]+\w", str(c[0]))) for c in contacts]
    if not contacts or all(name in shown or any(e in shown for e in emails) for name, emails in named):
        return answer  # "Ask the lecturer (solberg@...)": the answer names them already
    return replace(answer, lines=(*contacts, *answer.lines))


def _names_policy(asked: Asked, policy_id: str) -> bool:
    """Whether the policy read is about extensions (its own words say so) or is named by the question (one of its
    keywords): otherwise it only shares a subject ("deadlines") with the question."""
    policy = asked.course.policy(policy_id)
    if policy is None:
        return True
    own = " ".join((policy.title, *policy.keywords, policy.summary, policy.quote)).lower()
    if "extension" in own or "extend" in own:
        return True
    asked_words = set(phrase_key(asked.question))
    # a two-letter keyword ("AS") is a word of any sentence, not a name
    return any(len(n) > 2 and (key := phrase_key(n)) and set(key) <= asked_words for n in policy.keywords)


# "since i have three midterms that week", "bc my grandma is visiting": the student's own reason for asking
_REASON = re.compile(
    r"\b(?:(?:since|because|bc|cause|cuz|as)\s+(?:i|im|i'm|ive|i've|my)|(?:because|bc|cause|cuz|coz)\s+of)\b(.*)$"
)
# "extended only on medical grounds", "only for medical reasons": a rule that names the one ground it accepts
_ONLY_MEDICAL = re.compile(r"\bonly\s+(?:on|for)\s+(?:documented\s+)?medical\s+(?:grounds|reasons)\b")
# Words by which a student's reason is about their health (then the page does not decide it: staff do)
_HEALTH = frozenset(
    {
        *("sick", "ill", "illness", "fever", "flu", "covid", "cold", "hospital", "hospitalised", "hospitalized"),
        *("doctor", "medical", "injury", "injured", "surgery", "concussion", "infection", "certificate", "clinic"),
        *("health", "mental", "migraine", "allergic", "unwell", "hurt", "broke", "broken", "pain"),
    }
)


def _own_reason(asked: Asked, answer: Answer) -> Answer:
    """An extension asked for with the student's own reason: the rule, said not to decide that case (no Yes or No
    the page does not give), and whom to ask."""
    # the reason may be a clause the reading set apart from the ask ("... on a2 cuz of the tech fest"): the whole one
    found = _REASON.search(asked.question.lower()) or _REASON.search(asked.story.lower())
    if found is None or replies.opening_verdict(answer) is not None:
        return answer
    where = replies.where_to_ask(asked.course)
    if asked.course.extensions.contact:
        where = f"ask {asked.course.extensions.contact}"
    rule = asked.course.extensions.summary
    if asked.yes_no and _ONLY_MEDICAL.search(rule.lower()) and not _HEALTH & set(phrase_key(found.group(1))):
        # "cuz of the tech fest" where the rule extends "only on medical grounds": the rule itself says No
        said = f"the reason you give is not a medical one, and the course page says: {rule}"
        return replies.verdict(answer, False, said)
    said = text(f"The course page doesn't decide your case; {where}. The rule:")
    lines = (
        (said, text(rule), *[line for line in answer.lines if rule not in str(line)]) if rule else (said, *answer.lines)
    )
    return replace(answer, lines=lines)


def regrade(asked: Asked, slots: Slots) -> Answer:
    if asks_who_grades(asked.question):
        return who_grades(asked, slots)
    risk = regrade_risk(asked.course, asked.question) if asked.yes_no or asks_yes_no(asked.question) else None
    if risk is not None:
        # "can a remark lower my mark": the policy's own sentence on a regrade lowering the mark decides
        return replies.verdict(policy_or_rules(asked, slots, "regrade"), *risk)
    way = route_verdict(asked.course, asked.question) if asked.yes_no or asks_yes_no(asked.question) else None
    if way is not None:
        # "can i just email my ta for a regrade": the way the course takes requests decides, not the window
        return replies.verdict(regrade(replace(asked, yes_no=False, question=_NO_ASK), slots), *way)
    items = items_of(asked, slots)
    scope = uncovered(asked.course, asked.question, items, slots)
    if scope is not None:
        return _window_not_theirs(asked, slots, *scope)
    stated = regrade_from_stated(asked, items)
    if stated is not None:
        return stated  # "grades were posted 10 days ago, can i still ask for a regrade"
    days = asked.course.regrades.window_days
    # "is the regrade window 2 weeks" (its "window" a word the course may not use): the span decides the Yes or No
    window = stated_window(asked.question) if asks_yes_no(asked.question) and isinstance(days, int) else None
    if not items:
        if slots.get("how_long") and not is_known(days):
            # "how long do we have to ask for a regrade": the one thing asked is what the page does not say.
            return replace(replies.rules_answer(asked.course, "regrade"), kind="unknown")
        answer = policy_or_rules(asked, slots, "regrade")
        if window is None and slots.get("_window_exists") and is_known(days):
            # "is there a deadline to complain about my grade": Yes, and how long
            return replies.verdict(answer, True, f"{days} days from when the grades are published.")
        if window is None:
            return replies.with_regrade_window(asked.course, answer, slots)
    else:
        answer = merged(
            [regrade_answer(asked.course, a.id, asked.now, asked.published) for a in items], "Regrade requests"
        )
        if window is None and slots.get("_window_exists") and is_known(days):
            return replies.verdict(answer, True, f"{days} days from when the grades are published.")
        if window is None:
            return answer
    # "is the regrade window 2 weeks": the span stated against the course's
    return replies.verdict(answer, window == days, f"{days} days from when the grades are published.")


# The regrade rule asked of without a way proposed (its card, under the way's Yes or No)
_NO_ASK = "regrade requests"


def _window_not_theirs(asked: Asked, slots: Slots, theirs: str, stated_for: str) -> Answer:
    """ "can i get a regrade on my lab report after 2 weeks" where the page's window is for exams: whose window it is,
    that the page gives none for the work asked of, and the policy's words (who to ask); never a Yes or No."""
    days = asked.course.regrades.window_days
    own = exams_own_window(asked.course) if theirs == "exams" else ""
    # "For the written exam, appeal within 48 hours": the exams' own time, in the page's words
    missing = f"how long you have for {theirs} is {replies.NOT_ON_PAGE}"
    theirs_said = f"for {theirs} it says: “{own}”" if own else missing
    said = text(f"The {days}-day regrade window on the course page is for {stated_for}; {theirs_said}.")
    policy = regrade_policy(asked.course)
    answer = policy_or_rules(asked, {**slots, "assignments": (), "policy": policy.id if policy else None}, "regrade")
    # how long, or a window or posting day stated to be checked: the one thing asked is what the page does not say
    window_asked = bool(slots.get("how_long")) or stated_window(asked.question) is not None
    unknown = not own and (window_asked or stated_posting(asked.question, asked.now, asked.course) is not None)
    if not unknown and _no_for_their_kind(asked.course, slots, answer):
        # "can i get quiz 2 remarked" where the policy's own words say quizzes are not re-marked: that No first
        return replace(answer, lines=(answer.lines[0], said, *answer.lines[1:]))
    return replace(answer, lines=(said, *answer.lines), kind="unknown" if unknown else "info")


def _no_for_their_kind(course: Course, slots: Slots, answer: Answer) -> bool:
    """Whether the answer opens with a No whose own words name the kind of every piece of work asked about ("No:
    “Online quizzes are not re-marked”" of Quiz 2): the page's rule for that work, not another's."""
    if replies.opening_verdict(answer) is not False:
        return False
    opening = " ".join(s for s in answer.lines[0] if isinstance(s, str))
    said = set(phrase_key(opening))
    items = [a for i in slots.get("assignments") or () if (a := course.assignment(i)) is not None]
    return bool(items) and all({a.kind, f"{a.kind}s", f"{a.kind}zes"} & said for a in items)


def _per_section(items: list[Assignment]) -> bool:
    """Several pieces of work, each for its own sections and none shared ("the field log": Nord's and Süd's)."""
    sections = [s for a in items for s in a.sections]
    return len(items) > 1 and all(a.sections for a in items) and len(sections) == len(set(sections))


def each_whatif(asked: Asked, slots: Slots, items: list[Assignment]) -> Answer:
    """A what-if on a name several pieces of work share (one per section): the outcome for each, never one of them
    taken silently; a Yes or No only when every one gives the same."""
    lines, others, fields, verdicts = [], [], [], []
    if slots.get("_late_by"):
        # "the field log is a day late": a day after each one's own deadline, not after the first one's
        slots = {**slots, "late": slots["_late_by"], "moment": None}
    for item in items:
        answer = late_whatif(asked, {**slots, "assignments": (item.id,)})
        first = answer.lines[0] if answer.lines else ()
        opens = first[0] if first else ""
        word = next((w for w in ("**Yes**: ", "**No**: ") if isinstance(opens, str) and opens.startswith(w)), "")
        verdicts.append(word.startswith("**Yes") if word else None)
        if word:
            who = f" ({', '.join(asked.course.section_labels(item.sections))} only)" if item.sections else ""
            lines.append(text(f"**{item.title}**{who}: {opens[len(word) :]}", *first[1:]))
        others += [line for line in answer.lines[1 if word else 0 :] if line not in others]
        fields += answer.fields
    # private, as each one is: it may be computed from the asker's own record
    answer = Answer(title="What if I submit then?", lines=(*lines, *others), fields=tuple(fields), ephemeral=True)
    if asked.yes_no and None not in verdicts and len(set(verdicts)) == 1:
        return replies.verdict(answer, verdicts[0], f"the same for each of {', '.join(i.short for i in items)}.")
    return answer


def latest_accepted_answer(asked: Asked, slots: Slots) -> Answer:
    """The last moment the work named is still accepted, what handing it in then costs, then its late rules; the
    page's silence said when it sets no cutoff."""
    course = asked.course
    items = items_of(asked, slots)
    section = slots.get("section") or asked.section
    theirs = [a for a in items if section is not None and section in a.sections]
    if _per_section(items) and len(theirs) != 1:
        items = items[:1] if len({a.sections for a in items}) <= 1 else items
    else:
        items = (theirs or items)[:1]
    lines = []
    for item in items:
        last = latest_accepted(course, item)
        if last is None:
            lines.append(text(f"The course page sets no time after which {item.short} stops being accepted."))
            continue
        if last == item.due:
            lines.append(
                text(f"{item.short} is not accepted late: the last time is its deadline, ", Stamp(last, "F"), ".")
            )
            continue
        cost = status_words(course, what_if(course, item.id, last, course.grace.total))
        cutoff = course.late_for(item).cutoff
        unless = permission_clause(cutoff) if isinstance(cutoff, Cutoff) else ""
        # "without permission from the coordinator, only for documented absences": said first, so it reads whole
        opening = f"{unless.strip()[:1].upper()}{unless.strip()[1:]}, the last" if unless else "The last"
        lines.append(text(f"{opening} time {item.short} is accepted is ", Stamp(last, "F"), f" (then: {cost})."))
    rules = late_rules(replace(asked, yes_no=False), {"assignments": tuple(a.id for a in items)})
    return replace(rules, lines=(*lines, *rules.lines))
