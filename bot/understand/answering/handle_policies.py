"""The policy handler: a policy's answer, unknown where its page leaves out what was asked, Yes or No from its words."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.late_terms import pool_sentence
from bot.answers.policies import policy_answer
from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.core.timefmt import human_date
from bot.course.late_policy import Penalty, hours_text
from bot.course.model import Course, Policy
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.late.allowance import allowance_question, allowance_verdict
from bot.understand.late.pool_size_asked import asks_pool_size, pool_count_stated, pool_total_words, stated_size_holds
from bot.understand.late.regrade_risk import regrade_risk
from bot.understand.late.regrade_scope import regrade_policy
from bot.understand.late.stated_rate import rate_verdict, stated_rate
from bot.understand.meetings.attend_after_due import attends_after_missed_work
from bot.understand.meetings.change_window import change_window
from bot.understand.meetings.switch_section import procedure_given, switch_claim, switch_sentence
from bot.understand.page_evidence.closest_policy import told_and_asked, yes_no_inside
from bot.understand.page_evidence.knowledge import stem
from bot.understand.policies.ai_story import ai_policy, ai_verdict, names_ai_tool, used_tool
from bot.understand.policies.citation_style import citation_style_verdict
from bot.understand.policies.count_unstated import count_not_on_page
from bot.understand.policies.joint_work import joint_work_policy, joint_work_verdict
from bot.understand.policies.left_out import left_out_keywords
from bot.understand.policies.partner_story import trouble_sentences
from bot.understand.policies.policy_told import told_claim
from bot.understand.policies.reason_told import claim_despite_reason
from bot.understand.question.result import Slots
from bot.understand.words.exam_words import EXAM_WORDS
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import YES_NO_STARTERS
from bot.understand.work.pass_marks import pass_verdict
from bot.understand.work.stated_length import stated_length
from bot.understand.yes_no.clause_stance import (
    Stance,
    asks,
    asks_about,
    asks_own_choice,
    decides_own_choice,
    stance,
    unaddressed_condition,
)
from bot.understand.yes_no.folded import asks_yes_no
from bot.understand.yes_no.none_said import narrowed_elsewhere
from bot.understand.yes_no.page_claims import claims_for, outcome_unnamed
from bot.understand.yes_no.stated_count import count_verdict


def policy(asked: Asked, slots: Slots) -> Answer:
    card = policy_answer(asked.course, slots["policy"], asked.question)
    # a question read whole (bot.understand.policies.policy_whole) is answered by its reader; any other by the rule's
    # words
    answer = _passes(asked, slots, card) or _partner_trouble(asked, slots, card) or _allowed(asked, slots, card)
    answer = answer or _regrade_lowers(asked, slots, card)
    answer = answer or _switched(asked, slots, card) or _despite_reason(asked, slots, card)
    answer = answer or _joint(asked, slots, card) or _citation_style(asked, slots, card)
    answer = answer or _ai_use(asked, slots["policy"], card) or with_stance(asked, slots["policy"], card)
    answer = _with_section_exams(asked, slots["policy"], answer)
    if slots.get("_closest") and answer.kind == "info" and replies.opening_verdict(answer) is None:
        # read as the rule its words name, with nothing in the table fitting: that rule does not settle it
        where = replies.where_to_ask(asked.course)
        said = text(f"The course page doesn't say exactly this; {where}. The closest rule it gives:")
        answer = replace(answer, lines=(said, *answer.lines), kind="unknown")
    if (sentence := slots.get("_rule_sentence")) and replies.opening_verdict(answer) is None:
        # read by a word only this rule uses (bot.understand.page_evidence.rule_words): its sentence holding that word
        # first
        answer = replace(answer, lines=(text(f"The course page says: “{sentence}”"), *answer.lines))
    if slots.get("_pool_count") and asked.course.late.pool is not None and replies.opening_verdict(answer) is None:
        # "how many grace days do we get": the pool's numbers from the data, before the policy's words
        answer = replace(answer, lines=(text(pool_sentence(asked.course).capitalize()), *answer.lines))
    answer = replies.with_regrade_window(asked.course, answer, slots)
    answer = _count_unstated(asked, slots, answer)
    rules = asked.course.extensions
    if slots.get("_contact") and rules.contact_email and rules.contact_email not in str(answer):
        # The extension policy says whom to write to; the data has the address.
        answer = replace(answer, lines=(*answer.lines, text(f"Ask {rules.contact} ({rules.contact_email}).")))
    return answer


def _count_unstated(asked: Asked, slots: Slots, answer: Answer) -> Answer:
    """ "how many interviews do we need": a rule that speaks of interviews but gives no number of them (nor does any
    other words of the course) is shown as what the page says, with that the count is not on it."""
    rule = asked.course.policy(slots["policy"])
    if rule is None or slots.get("_pool_count") or answer.kind != "info" or replies.opening_verdict(answer) is not None:
        return answer
    thing = count_not_on_page(asked.course, asked.question, f"{rule.summary} {rule.quote}")
    if not thing:
        return answer
    said = text(f"How many {thing} is {replies.NOT_ON_PAGE}; {replies.where_to_ask(asked.course)}. What it says:")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


def _regrade_lowers(asked: Asked, slots: Slots, answer: Answer) -> Answer | None:
    """ "can my score go down if i ask for a recheck", of the regrade policy: its own sentence on a regrade lowering
    the mark decides."""
    found = regrade_policy(asked.course)
    if found is None or found.id != slots.get("policy") or not (asked.yes_no or asks_yes_no(asked.question)):
        return None
    risk = regrade_risk(asked.course, asked.question)
    return replies.verdict(answer, *risk) if risk else None


def _passes(asked: Asked, slots: Slots, answer: Answer) -> Answer | None:
    """ "say i get 55 overall but only 35% on the final, do i pass": the passing rule's thresholds against the marks
    stated; the rule alone, without a Yes or No, when they do not settle it."""
    if not slots.get("_pass"):
        return None
    found = pass_verdict(asked.course, slots["policy"], asked.question)
    return answer if found is None else replies.verdict(answer, found.yes, found.reason)


def _allowed(asked: Asked, slots: Slots, answer: Answer) -> Answer | None:
    """ "how many practicals can i skip", "do all 10 labs count": the sentence allowing misses, first; a Yes or No
    only where its words decide it."""
    if not slots.get("_allowance"):
        return None
    found = allowance_question(asked.course, asked.question)
    if found is None:
        return None
    said = f"“{found.sentence}”"
    verdict = allowance_verdict(found, asked.question)
    if verdict is not None:
        return replies.verdict(answer, verdict, said)
    return replace(answer, lines=(text(f"The course page: {said}"), *answer.lines))


def _switched(asked: Asked, slots: Slots, answer: Answer) -> Answer | None:
    """ "can i go to T04 instead of my own tutorial this week": the switching rule's own Yes or No on going to
    another group's meeting, when its claims on that agree; else its clause on attending another group's meeting
    quoted first; None otherwise (the rule's words answer)."""
    if not slots.get("_switch"):
        return None
    chosen = asked.course.policy(slots["policy"])
    window = change_window(asked.course, chosen.quote, asked.question, asked.now) if chosen else None
    if window is not None:  # "can i still switch lab groups" of "changes are possible only in the first two weeks"
        return replies.verdict(answer, window[0], f"“{window[1]}”")
    claim = switch_claim(asked.course, slots["policy"]) if asked.yes_no else None
    if claim is not None:
        return replies.verdict(answer, claim.yes, f"“{claim.evidence.rstrip('.')}.”")
    # no Yes or No of its own: the page's clause on attending another group's meeting first, with its condition
    # ("only with both monitors' permission"), whatever the card's summary leaves out
    sentence = switch_sentence(asked.course, slots["policy"])
    if sentence is None:
        return None
    said = sentence[:1].upper() + sentence[1:].rstrip(".;,") + "."
    if asked.yes_no and procedure_given(sentence, asked.question):
        return replies.verdict(
            answer, True, f"if you arrange it as the page says: “{said}”"
        )  # the way to arrange it is the page's
    return replace(answer, lines=(text(f"The course page: “{said}”"), *answer.lines))


def _despite_reason(asked: Asked, slots: Slots, answer: Answer) -> Answer | None:
    """ "can we use the other pair's graphs if ours came out bad": the rule's claim on the thing asked, Yes or No,
    since the reason told is one the rule never speaks of (bot.understand.policies.reason_told)."""
    if not slots.get("_reason_claim"):
        return None
    matched = claim_despite_reason(asked.course, asked.question)
    if matched is None or matched.policy != slots["policy"]:
        return None
    return replies.verdict(answer, matched.claim.yes, f"“{matched.claim.evidence}”")


def _citation_style(asked: Asked, slots: Slots, answer: Answer) -> Answer | None:
    """ "do we use APA for citations": Yes or No from the rule's sentence naming the style to cite in
    (bot.understand.policies.citation_style)."""
    rule = asked.course.policy(slots["policy"])
    if rule is None or not (asked.yes_no or asks_yes_no(asked.question)):
        return None
    found = citation_style_verdict(asked.question, rule.quote)
    return replies.verdict(answer, found[0], f"“{found[1]}”") if found else None


def _joint(asked: Asked, slots: Slots, answer: Answer) -> Answer | None:
    """ "can i do the online quizzes with my roommate": No, in the words of the clause keeping that work to each
    student (bot.understand.policies.joint_work)."""
    if not slots.get("_joint"):
        return None
    found = joint_work_policy(asked.course, asked.question)
    if found is None or found[0] != slots["policy"]:
        return None
    return replies.verdict(answer, False, f"“{found[1]}”")


def _partner_trouble(asked: Asked, slots: Slots, answer: Answer) -> Answer | None:
    """ "my partner has done nothing for m1, what can i do": what the pair rule says about problems in a pair, or
    that it says nothing of them."""
    chosen = asked.course.policy(slots["policy"])
    if not slots.get("_partner") or chosen is None:
        return None
    said = trouble_sentences(chosen.quote)
    if not said:
        where = replies.where_to_ask(asked.course)
        note = text(f"The course page doesn't say what to do when a partner doesn't do their share; {where}.")
        return replace(answer, lines=(note, *answer.lines), kind="unknown")
    lines = [text("What the course page says about problems with a partner:"), *(text(f"> {s}") for s in said)]
    return replace(answer, lines=(*lines, *answer.lines))


def _ai_use(asked: Asked, policy_id: str, answer: Answer) -> Answer | None:
    """ "would it be ok if i got chatgpt to write the code": the AI rule, Yes or No from its clause on the action
    asked (writing is not explaining), said not to cover an action none of its clauses names; None when the question
    is not about an AI tool's use under this rule."""
    chosen = asked.course.policy(policy_id)
    if chosen is None or policy_id != ai_policy(asked.course) or not names_ai_tool(asked.question):
        return None
    matched = claims_for(asked.course).match(used_tool(asked.question), within=policy_id)
    if matched is not None:
        return replies.verdict(answer, matched.claim.yes, f"“{matched.claim.evidence}”")
    found = ai_verdict(chosen.quote, asked.question)
    if found is None:
        return None
    if found.yes is None:
        where = replies.where_to_ask(asked.course)
        said = text(f"The course page doesn't say whether you may use AI tools for that; {where}. Its rule on AI:")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    return replies.verdict(answer, found.yes, f"“{found.clause}”")


def _with_section_exams(asked: Asked, policy_id: str, answer: Answer) -> Answer:
    """ "do 405 and 605 take the same exams": a policy on how the sections differ, with which sections each exam
    is for, as the exam data says."""
    course = asked.course
    chosen = course.policy(policy_id)
    if chosen is None or not course.exams or not EXAM_WORDS & set(phrase_key(asked.question)):
        return answer
    names = {w for s in course.sections for n in (s.id, s.name, *s.aliases) for w in phrase_key(n)}
    if not names or not names & {w for k in chosen.keywords for w in phrase_key(k)}:
        return answer
    everyone = ", ".join(s.label for s in course.sections)
    lines = [
        text(f"{e.title} ({human_date(e.date)}): for {', '.join(course.section_labels(e.sections)) or everyone}.")
        for e in course.exams
    ]
    answer = replace(answer, lines=(*answer.lines, *lines))
    return _same_exam(asked, answer) or answer


def _same_exam(asked: Asked, answer: Answer) -> Answer | None:
    """ "do 405 and 605 take the same exam 2": Yes when every exam asked about is for every section named."""
    course = asked.course
    said = phrase_key(asked.question)
    if "same" not in said or not _typed_yes_no(asked):
        return None
    asked_words = set(said) - {"10", "section", "sections"}
    named = [
        s.id
        for s in course.sections
        if any(
            set(key) - {"10"} and set(key) - {"10"} <= asked_words
            for n in (s.id, s.name, *s.aliases)
            if (key := phrase_key(n))
        )
    ]
    exams = [e for e in course.exams if any(_names_exam(said, n) for n in (e.title, *e.aliases))] or list(course.exams)
    if len(named) < 2 or not exams:
        return None
    shared = all(not e.sections or set(named) <= set(e.sections) for e in exams)
    if replies.opening_verdict(answer) is not None:
        answer = replace(answer, lines=answer.lines[1:])  # the exams' own sections decide, not a rule's words
    which = ", ".join(e.title for e in exams)
    who = " and ".join(course.section_labels(named))
    return replies.verdict(answer, shared, f"{which}: {'the same for' if shared else 'not for all of'} {who}.")


def _names_exam(said: tuple[str, ...], name: str) -> bool:
    key = phrase_key(name)
    return bool(key) and any(said[i : i + len(key)] == key for i in range(len(said)))


# When something is done (how far ahead, how late, by which day): a clause that says nothing of when does not decide a
# question that asks with a when.
_WHEN = re.compile(
    r"\b(?:\d+|days?|weeks?|hours?|minutes?|before|prior|ahead|advance|late|early|earlier|later|tomorrow|tonight"
    r"|yesterday|beforehand|last\s+minute)\b"
)

# "you may resubmit until the due date": a clause that says until when speaks of when, as a day or "before" does
# (never of a question asking after it)
_UNTIL = re.compile(r"\buntil\s+the\s+(?:due\s+date|deadline)\b", re.IGNORECASE)
# after the deadline, not after something else ("after ive already uploaded it")
_AFTER = re.compile(r"\b(?:after|past|beyond)\s+(?:the\s+|its\s+|it'?s\s+)?(?:deadline|due\b)|\blate\b")
_BEFORE_DUE = re.compile(r"\b(?:before|until|till|by)\s+(?:the\s+|its\s+|it'?s\s+)?(?:deadline|due\s+date|due)\b")


def when_not_said(question: str, clause: str) -> bool:
    """Whether the question asks with a when ("the day before", "before the deadline") that the deciding clause does
    not speak of: "you may request an extension" says nothing of the day before; "you may resubmit until the due
    date" speaks of before the deadline, never of after it."""
    asked = question.lower()
    if _UNTIL.search(clause):  # only "before the deadline" is said; "tomorrow" may be after it
        return bool(_AFTER.search(asked)) or (bool(_WHEN.search(asked)) and not _BEFORE_DUE.search(asked))
    return bool(_WHEN.search(asked)) and not _WHEN.search(clause.lower())


def _pool_size_verdict(asked: Asked, chosen: Policy) -> tuple[bool, str] | None:
    """Yes or No to a count of late units stated as the pool's size ("do students get 6 grace days"), from the
    pool's total, when the policy asked of speaks of that pool; None otherwise."""
    pool = asked.course.late.pool
    if pool is None or asked.course.late.status != "rules" or not asks_pool_size(asked.question):
        return None
    if " ".join(phrase_key(pool.plural)) not in " ".join(phrase_key(f"{chosen.summary} {chosen.quote}")):
        return None
    count = pool_count_stated(asked.question, pool)
    if count is None:
        return None
    return stated_size_holds(asked.question, count, pool.total), f"{pool_total_words(pool)}."


def with_stance(asked: Asked, policy_id: str, answer: Answer) -> Answer:
    """A policy's answer, said to be unknown when asked about what its page leaves out, and with a Yes or No
    when its own words plainly give one."""
    chosen = asked.course.policy(policy_id)
    if chosen is None:
        return answer
    # A keyword the "not on the page" note itself names ("extra credit") is what the page leaves out, not a name of
    # the policy: asking about it asks about the missing part.
    left_out = left_out_keywords(chosen)
    own_words = [chosen.title, chosen.id.replace("-", " "), *(k for k in chosen.keywords if k not in left_out)]
    if chosen.missing and asks_about(asked.question, chosen.missing, (w for n in own_words for w in phrase_key(n))):
        # "what exactly are the conditions for collaborating": the part of the policy the page does not give.
        return replace(answer, lines=(text(chosen.missing), *answer.lines), kind="unknown")
    typed = asked.yes_no or asks_yes_no(asked.question) or yes_no_inside(asked.question)
    pooled = _pool_size_verdict(asked, chosen) if typed else None
    if pooled is not None:
        return replies.verdict(answer, *pooled)  # "we have 4 slip days right": the pool's total, not its cap
    sized = stated_length(asked.question, (chosen.summary, chosen.quote), yes_no=typed or _typed_yes_no(asked))
    other = sized and claims_for(asked.course).names_other(asked.question, (chosen.summary, chosen.quote), kinds="work")
    if sized is not None and not other:
        return replies.verdict(answer, *sized)  # "my essay is like 2,700 words is that ok"
    matched = claims_for(asked.course).match(asked.question, within=policy_id) if typed else None
    if typed and matched is None and (told := told_and_asked(asked.question))[0]:
        # "found a github repo that does hw5, can i use it if i cite it": the story says what "it" is
        matched = claims_for(asked.course).match(told[1], within=policy_id, story=told[0])
    if typed and matched is None:
        # the whole question when this is a part of it ("can i get an extension" with "because i work shifts"
        # read apart), or with a statement after its comma ("can i swap placements, she got the north")
        matched = told_claim(asked.course, asked.story or asked.question, policy_id)
    meeting = attends_after_missed_work(asked.course, asked.question, f"{chosen.summary} {chosen.quote}")
    if meeting is not None:
        # "missed the pre-lab, can i still attend lab": "attendance is required" does not say whether one may
        ask = replies.where_to_ask(asked.course)
        said = text(f"Whether you can attend the {meeting} after missing that work is {replies.NOT_ON_PAGE}; {ask}.")
        return replace(answer, lines=(said, *answer.lines), kind="unknown")
    if matched is not None and outcome_unnamed(asked.question, matched.claim):
        matched = None  # "if i miss field trip 1, do i fail" of "field trips are compulsory": the rule's words answer
    if matched is not None and matched.one_word_of(asked.question):
        matched = None  # "do the labbies grade lab reports" of "have to go to lab": one shared word is no claim asked
    if matched is not None and replies.opening_verdict(answer) is None:
        return replies.verdict(answer, matched.claim.yes, f"“{matched.claim.evidence}”")
    if typed and replies.opening_verdict(answer) is None and (own := joint_work_verdict(chosen.quote, asked.question)):
        return replies.verdict(answer, False, f"“{own}”")  # "can my partner and i write the discussion together"
    silent = silent_on_condition(asked, answer, (chosen.summary, chosen.quote, chosen.missing))
    if silent is not None:
        return silent
    rate = _penalty_rate(asked, chosen.summary + " " + chosen.quote)
    if rate is not None:
        return replies.verdict(answer, rate[0], rate[1])
    claims = claims_for(asked.course)
    if not asked.yes_no:
        # "do i have to say who i worked with": a duty the page's words state is read by the stance itself, words
        # the table left unplaced included, when the question names no kind of work the rule does not speak of; a
        # may-I with such words ("use ai to brainstorm") is another action.
        duty = _typed_yes_no(asked) and asks(asked.question) == "obligation"
        # "can we pick our own groups": the choosing words are read by the stance, which says No only where the
        # page says the thing is assigned (and Yes where students choose their own)
        choice = not duty and _typed_yes_no(asked) and asks_own_choice(asked.question, (chosen.summary, chosen.quote))
        if not (duty or choice) or claims.names_other(asked.question, (chosen.summary, chosen.quote), kinds="work"):
            return answer
    else:
        choice = False
    counted = (
        count_verdict(asked.question, (chosen.quote,), exact=True) if asks(asked.question) == "obligation" else None
    )
    if counted is not None and not counted[0]:
        # "do i need 50 placement hours" of "completes 60 hours": No, with the page's count
        return replies.verdict(answer, False, f"“{counted[1].rstrip(' ;,.')}.”")
    found = policy_stance(asked.course, policy_id, asked.question)
    if found is not None and choice and not decides_own_choice(asked.question, found.clause):
        return answer
    if found is None or claims.names_other(asked.question, (found.clause, _paragraph_of(chosen.quote, found.clause))):
        return answer  # "can i use ai for sheet 3" of a rule on analysis code: the rule is not about it
    sentence = _sentence_of(chosen.quote, found.clause)
    if narrowed_elsewhere(asked.question, sentence) and claims.names_other(sentence, (asked.question,), kinds="work"):
        return answer  # "is there collaboration on problem sets" of "exams are individual: no collaboration"
    if when_not_said(asked.question, found.clause):
        return answer  # "can i ask for an extension the day before" of "you may request an extension": not its when
    return replies.verdict(answer, found.yes, f"“{found.clause}”")


# "is there a penalty per hour", "is it docked hourly": the unit a late penalty is counted in
_PER_UNIT = re.compile(r"\bper\s+(minute|hour|day|week)s?\b|\b(hourly|daily|weekly)\b")
_PENALTY_WORDS = frozenset(
    {"penalty", "penalties", "penalised", "penalized", "deduction", "deducted", "docked", "lose"}
)


def silent_on_condition(asked: Asked, answer: Answer, texts: tuple[str, ...]) -> Answer | None:
    """ "can i get an extension if im sick" where the page says nothing of being sick: the rule, said not to
    cover that case (no Yes or No); None when the question has no such condition."""
    condition = unaddressed_condition(asked.question, texts)
    if not condition or not (_typed_yes_no(asked) or _WHAT_IF.match(asked.question.lower())):
        return None
    where = replies.where_to_ask(asked.course)
    said = f"The course page does not say what applies if {_second_person(condition)}; {where}."
    return replace(answer, lines=(text(said), *answer.lines), kind="unknown")


def _typed_yes_no(asked: Asked) -> bool:
    """Whether the question is typed as a yes/no one, even with words the engine could not place (those make
    asked.yes_no false); used where every word that matters is read by the caller itself."""
    words = phrase_key(asked.question)
    return asked.yes_no or (bool(words) and words[0] in YES_NO_STARTERS)


_WHAT_IF = re.compile(r"\s*(?:so\s+|but\s+|and\s+)?what\s+(?:if|happens\s+if|about\s+if|in\s+case)\b")
_PERSON = {"i": "you", "im": "you are", "i'm": "you are", "my": "your", "me": "you", "am": "are", "ive": "you have"}


def _second_person(condition: str) -> str:
    """ "im sick" as the bot says it back: "you are sick"."""
    return " ".join(_PERSON.get(w, w) for w in condition.split())


def _penalty_rate(asked: Asked, policy_text: str) -> tuple[bool, str] | None:
    """Yes or No to "is the late penalty per hour" from the late policy's steps, for a policy about late work."""
    if not _typed_yes_no(asked):
        return None
    rate = stated_rate(asked.question)
    if rate is not None and "late" in phrase_key(policy_text):
        # "is the late penalty 5% a day": the amount and the unit together, against the schedule
        yes, said = rate_verdict(asked.course, *rate)
        return (yes, said) if yes is not None else None
    found = _PER_UNIT.search(asked.question.lower())
    penalty = asked.course.late.penalty
    if found is None or not isinstance(penalty, Penalty) or not penalty.steps:
        return None
    if not _PENALTY_WORDS & set(phrase_key(asked.question)) or "late" not in phrase_key(policy_text):
        return None
    unit = found.group(1) or {"hourly": "hour", "daily": "day", "weekly": "week"}[found.group(2)]
    rated = [s for s in penalty.steps if s.rate is not None]
    # The amount is left to the policy's own words below ("10 marks" or "10%"): only the unit is decided here.
    if any(s.per == unit for s in rated):
        return True, f"the late penalty is counted per {unit}."
    if rated:
        return False, f"the late penalty is counted per {rated[0].per}, not per {unit}."
    limits = ", ".join(
        f"{'up to ' + hours_text(s.up_to) if s.up_to else 'after that'}: {s.penalty or 0:.0%}" for s in penalty.steps
    )
    return False, f"the late penalty is in fixed steps, not per {unit} ({limits})."


def policy_stance(course: Course, policy_id: str, question: str) -> Stance | None:
    """A Yes or No to the question from the policy's own words, when they plainly say it ("can I copy code from
    stack overflow")."""
    chosen = course.policy(policy_id)
    if chosen is None:
        return None
    asked_words = set(phrase_key(question))
    named = [w for k in chosen.keywords if set(key := phrase_key(k)) <= asked_words for w in key]
    named += _work_the_rule_covers(course, chosen.summary + " " + chosen.quote, asked_words)
    kinds = {w for k in course.meeting_kinds for n in (k.name, k.plural, *k.aliases) for w in phrase_key(n)}
    return stance(question, (chosen.summary, chosen.quote), named, asked_words & kinds)


def _work_the_rule_covers(course: Course, rule: str, asked_words: set[str]) -> list[str]:
    """The question's words naming a piece of work the rule speaks of by its kind or title ("ps6" of a rule on
    "problem sets"): they say what the rule is about, as its keywords do."""
    works, by_first = _WORK_NAMES.get(course, "work names", lambda: _work_names(course))
    # Only names whose first word the question holds can be in it: looked up, in the course's order, not scanned.
    asked = sorted(place for w in asked_words for place in by_first.get(w, ()))
    if not asked:
        return []
    said = {stem(w) for w in phrase_key(rule)}
    found: list[str] = []
    for i, j in asked:
        kind, names = works[i]
        if kind & said and set(names[j]) <= asked_words:
            found += names[j]
    return found


_WorkNames = tuple[tuple[tuple[frozenset[str], tuple[tuple[str, ...], ...]], ...], dict[str, list[tuple[int, int]]]]
_WORK_NAMES: Kept[_WorkNames] = Kept(size=32)


def _work_names(course: Course) -> _WorkNames:
    """Each assignment's kind words (stemmed, from its title and kind) and its names' keys, and where each name
    starting with a word is (the assignment's place, the name's place): read once per course."""
    out = []
    by_first: dict[str, list[tuple[int, int]]] = {}
    for i, work in enumerate(course.assignments):
        kind = {stem(w) for w in (*phrase_key(work.title), *phrase_key(work.kind.replace("_", " "))) if not w.isdigit()}
        names = tuple(key for name in (work.id, *work.aliases) if (key := phrase_key(name)))
        out.append((frozenset(kind), names))
        for j, key in enumerate(names):
            by_first.setdefault(key[0], []).append((i, j))
    return tuple(out), by_first


def _sentence_of(quote: str, clause: str) -> str:
    """The sentence of the page's words holding the clause ("" when none does): the things it names are what the
    clause is said of."""
    return next((s for s in split_sentences(" ".join(quote.split())) if clause in s), "")


def _paragraph_of(quote: str, clause: str) -> str:
    """The paragraph of the page's words holding the clause, or the whole quote when the clause is the summary's
    and the quote is one paragraph (the summary says it in brief): what the clause is about is named there."""
    paragraphs = quote.split("\n\n")
    found = next((p for p in paragraphs if clause in " ".join(p.split())), "")
    return found or (quote if len(paragraphs) == 1 else "")
