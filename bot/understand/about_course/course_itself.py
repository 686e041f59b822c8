"""Questions about the course itself rather than anything in it: which programming language, which platforms,
who developed the material, whether it was offered before, whether there is a project.

Each answer comes from the course data where it says (its description, components, policies, platforms,
acknowledgements, previous offerings, assignments); where it does not, the answer says so and where to ask.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from bot.core.answer import Answer, Text, text, when
from bot.core.kept import Kept
from bot.core.sentences import split_clauses, split_sentences
from bot.core.timefmt import human_time
from bot.course.model import WEEKDAYS, Course, Platform
from bot.understand.about_course.course_standing import STANDING_ASKED, course_standing
from bot.understand.about_course.grades_site import GRADES_SITE_ASKED, grades_site
from bot.understand.about_course.site_claimed import SITE_CLAIMED, site_checked, site_claimed
from bot.understand.about_course.taught_language import SPOKEN, TAUGHT_ASKED, taught_language
from bot.understand.answering.replies import NOT_ON_PAGE, verdict, where_to_ask
from bot.understand.words.lexicon import plural
from bot.understand.words.name_patterns import alone
from bot.understand.work.site_for_work import SITE_ASKED as _SITE_ASKED
from bot.understand.work.site_for_work import site_for_work
from bot.understand.work.usual_weekday import weekday_named, weekday_pattern

# Programming languages by the names students and course pages use; a course names its own in its text.
LANGUAGES = {
    "python": "Python",
    "pyspark": "PySpark",
    "r": "R",
    "java": "Java",
    "c++": "C++",
    "c": "C",
    "julia": "Julia",
    "matlab": "MATLAB",
    "scala": "Scala",
    "sql": "SQL",
    "javascript": "JavaScript",
    "rust": "Rust",
    "haskell": "Haskell",
    "ocaml": "OCaml",
    "stata": "Stata",
    "sas": "SAS",
}
# A student's own spoken language ("english is my second language") is a story, never the course's language asked;
# nor is a spoken language itself ("a good german language course", "any language exchange nearby").
_LANGUAGE_ASKED = re.compile(
    r"^(?!.*\b(?:(?:first|second|native|home|mother|third)\s+(?:language|tongue)|esl)\b)"
    rf"(?!.*\b(?:(?:{SPOKEN})\s+languages?|languages?\s+(?:courses?|class(?:es)?|schools?|lessons?|exchanges?|partners?"
    r"|tutors?|apps?))\b)"
    r".*(?:\b(?:programming\s+)?languages?\b|\bwhat\s+(?:do|will|are|can)\s+we\s+(?:code|program))"
)
_LANGUAGE_NAMES = "|".join(re.escape(k) for k in sorted(LANGUAGES, key=len, reverse=True))
# "are the psets in R or python", "do we code in java": the work asked about in a named language.
_IN_LANGUAGE = re.compile(
    rf"\b(?:in|using|with|use)\s+(?P<langs>(?:{_LANGUAGE_NAMES})(?:\s+(?:or|and|\/)\s+(?:{_LANGUAGE_NAMES}))*)(?![\w+])"
)
_WORK = re.compile(
    r"\b(?:psets?|problem\s+sets?|homeworks?|hws?|assignments?|labs?|projects?|code|coding|program|programming"
    r"|implement|notebooks?|course|class|sheets?)\b"
)
_PLATFORMS_ASKED = re.compile(r"\bplatforms?\b|\bwhat\s+(?:websites?|sites)\s+(?:do|does|will)\b")
_MADE_ASKED = re.compile(
    r"\bwho\s+(?:made|created|developed|wrote|designed|authored|put\s+together)\b.*\b(?:course|class|materials?|slides)"
    r"|\b(?:materials?|slides)\s+(?:come\s+from|based\s+on)|\bwhere\s+(?:do|does)\s+the\s+(?:materials?|slides)\s+come"
)
_OFFERED_ASKED = re.compile(
    r"\b(?:offered|taught|run|given|held)\b.*\b(?:before|previously|last|ago|prior|past)\b"
    r"|\bfirst\s+time\b.*\b(?:offered|taught|run)\b|\bprevious\s+(?:offerings?|semesters?|terms?|years?)\b"
)
_LAST_TERM = re.compile(r"\blast\s+(?:semester|term|fall|spring|year)\b")
_THING_ASKED = re.compile(
    r"\b(?:is|are)\s+there\s+(?:(?:a|an|any)\s+)?(?P<phrase>(?:[a-z0-9-]+\s+){0,3}?"
    r"(?:project|paper|essay|presentation|lab|survey|proposal|report)s?\b(?:\s+(?!for\b|in\b|on\b|at\b|due\b|this\b|"
    r"that\b|or\b|and\b|to\b|we\b|i\b|you\b)[a-z0-9-]+){0,2})"
)
# Words of a rule about work ("a grace period for lab reports", "a late penalty on the essay"), not of work itself
_A_RULE = re.compile(r"\b(?:grace|late|lateness|extensions?|penalt(?:y|ies)|deadlines?|slip|flex|tokens?)\b")
# "is there a lab this week": a day or week asked makes it a question about the schedule, not the course's work.
_DATED = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this|next|coming|day|week|weekend|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    # "is there any lab in november": a month asked; "are there labs during spring break": a stretch of the term
    r"|during|break|recess|vacation|holidays|month|january|february|march|april|june|july|august|september|october|november|december)\b"
)
_DAY_ASKED = re.compile(r"\b(?:what|which)\s+days?\b")
# "whats the course number and name again", "what's the class called in english": the course's own name.
_NAME_ASKED = re.compile(
    r"\b(?:course|class)(?:'?s)?\s+(?:numbers?|names?|codes?|titles?)\b|\bwhat(?:'s|s|\s+is)\s+(?:the\s+|this\s+)?"
    r"(?:course|class)\s+(?:called|named)\b|\bnames?\s+of\s+(?:the|this)\s+(?:course|class)\b"
    r"|\bwhat\s+(?:course|class)\s+(?:is\s+this|am\s+i\s+in)\b"
)
_OTHER_LANGUAGE = re.compile(r"\bin\s+(?:english|german|french|spanish|deutsch|another\s+language)\b")
# A course number as students write it ("envs 2150", "chem1310", "10-605")
_A_NUMBER = r"(?:[a-z]{2,5}\s*-?\s*\d{3,4}[a-z]?|\d{2}-\d{3})\b"
# "is geo 2210 the same as umw 4410", "is 10-405 cross-listed with 10-605": numbers compared with the data's.
_SAME_ASKED = re.compile(
    r"\bsame\s+(?:course|class|thing\s+)?\s*as\b|\bsame\s+(?:course|class)\b|\bcross[- ]?list|\bequivalent\b"
    r"|\b(?:different|separate)\s+(?:courses?|class(?:es)?)\b"
    # "this is envs 2150 right?", "is this chem1310", "am i in the right server for stat 187": which course this is
    rf"|\bis\s+this\s+(?:the\s+)?(?:course\s+|class\s+|module\s+|server\s+|channel\s+)?(?:for\s+)?{_A_NUMBER}"
    # "am i in the right server, this is astr 1020 right": the check after a clause of its own
    rf"|(?:^|[,;.?!]\s*)(?:so\s+|just\s+checking,?\s+)?this\s+is\s+(?:the\s+)?(?:server\s+for\s+|channel\s+for\s+)?"
    rf"{_A_NUMBER}"
    rf"|\bright\s+(?:server|channel|discord|place)\s+for\s+{_A_NUMBER}"
)
_NUMBER = re.compile(
    r"\b(?:(?!(?:is|as|at|in|on|of|to|or|vs|and|the|for|was|are|with|than)\b)[a-z]{2,5}\s*-?\s*\d{3,4}[a-z]?|\d{2}-\d{3}|\d{3,4})\b"
)
# "where do i upload the sheets", "how do we hand in hw": the course's submission site.
_SUBMIT_ASKED = re.compile(
    r"^(?!.*\b(?:regrades?|late|extensions?|requests?|grace|appeals?)\b).*\b(?:where|(?:which|what)\s+(?:site|website|platform"
    r"|portal|app))\b.*\b(?:upload|submit|hand(?:\s+\w+)?\s+in|turn(?:\s+\w+)?\s+in|handin)\b"
    # "where do lab reports go", "where does the essay get submitted": a kind of work, not the student, goes there
    r"|\bwhere\s+(?:do|does|should|will)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:reports?|psets?|problem\s+sets?|homeworks?|hws?|assignments?|essays?|papers?|projects?|submissions?"
    r"|write-?ups?|worksheets?|sheets?|proposals?|responses?|drafts?)\s+(?:go|get\s+(?:submitted|handed\s+in|uploaded))\b"
)
# "what time are sheets due", "when are things usually due": the course's usual due time, not one deadline's.
# "what time do reading responses usually close": work that closes is due then (bot.understand.work.work_closes)
_DUE_TIME_ASKED = re.compile(
    # "close to the lecture hall" is near, not closing
    r"\b(?:what|which)\s+(?:time|days?)\s+(?:are|do|r)\b.*\b(?:due|close(?!\s+(?:to|by)\b)|lock|shut)\b"
    r"|\b(?:usual(?:ly)?|normally|typically|always)\b.*\b(?:due|close(?!\s+(?:to|by)\b)|lock|shut)\b"
    r"|\bdue\s+times?\b"
)
# "what textbook do we need", "what kind of calculator": what a student needs for the course, from its own text.
_MATERIALS = {
    "textbook": r"text\s*books?|books?|editions?|access\s+codes?",
    "calculator": r"calc(?:ulat\w*|s)?",
    "supplies": r"supplies|materials?\s+(?:do|should|will|must)|lab\s+coats?|goggles",
}
_MATERIALS_ASKED = re.compile(r"\b(?:" + "|".join(_MATERIALS.values()) + r")\b")
_AN_EXAM = re.compile(r"\b(?:exams?|midterms?|finals?|quiz(?:zes)?|tests?)\b")
_NOT_WORK = frozenset({"due", "time", "what", "are", "the", "is", "do", "usually", "when", "all", "our", "my"})
_ANY_KIND = frozenset({"final", "term", "class", "course", "required", "big", "main"})  # words naming no other thing


def course_itself(course: Course, question: str) -> Answer | None:
    """The answer to a question about the course itself, or None when the question is not one."""
    asked = asked_of_course(course, question)
    return course_answer(course, asked, question) if asked is not None else None


def asked_of_course(course: Course, question: str) -> str | None:
    """What the question asks of the course itself ("language", "same", "thing", ... as in ASKED), or None when it
    is not such a question (or the data leaves it to the rest of the engine, as for "is there a lab" when the course's
    own text speaks of labs)."""
    plain = _plain(question)
    for name, needs, pattern, answer in _ASKED_GATED:
        if needs:  # a substring look per word costs a fraction of a pattern's search
            for need in needs:
                if need in plain:
                    break
            else:
                continue
        if pattern.search(plain) and answer(course, plain) is not None:
            return name
    return None


def course_answer(course: Course, asked: str, question: str) -> Answer:
    """The answer to what `asked_of_course` found asked of the course, from the data or saying the page does not."""
    answer = ASKED[asked][1](course, _plain(question))
    if answer is None:  # the question no longer asks it (a handler called with another question)
        return _unknown(course, "The course", "That")
    return answer


def _plain(question: str) -> str:
    return " ".join(question.lower().split())


def read_alike(one: str, other: str) -> bool:
    """Whether `asked_of_course` reads the two texts as one (they differ only in case and spacing): a question
    respelled only so asks the course the same."""
    return _plain(one) == _plain(other)


def _unknown(course: Course, title: str, what: str) -> Answer:
    said = text(f"{what} is {NOT_ON_PAGE}; {where_to_ask(course)}.")
    return Answer(title=title, lines=(said,), kind="unknown")


def _texts(course: Course) -> list[str]:
    texts = [course.description, course.components]
    texts += [t for p in course.policies for t in (p.summary, p.quote)]
    return [t for t in texts if t]


def _language_named(course: Course, question: str) -> Answer | None:
    """ "are the psets in R or python": which languages the course names; Yes when one named is asked of."""
    found = _IN_LANGUAGE.search(question)
    if found is None or not _WORK.search(question):
        return None
    answer = _language(course, question)
    asked = {LANGUAGES[w] for w in re.split(r"\s+(?:or|and|/)\s+", found.group("langs"))}
    if len(asked) != 1 or answer.kind == "unknown" or question.split()[0] not in _YES_NO:
        return answer
    # Yes only where the page names the language for the work itself ("problem sets in R and Python"), not
    # where it only expects students to know it.
    language = next(iter(asked))
    for passage in _texts(course):
        for clause in split_clauses(passage):
            if _CLAUSE_WORK.search(clause.lower()) and language in _WORD.findall(clause):
                return verdict(answer, True, f"“{clause.strip()}”")
    return answer


# A word as written, accents and all ("Réka" is one word, not an "R"), with a language's "++" ("C++").
_WORD = re.compile(r"[^\W\d_][\w+]*")
_CLAUSE_WORK = re.compile(r"\b(?:psets?|problem\s+sets?|homeworks?|assignments?|labs?|projects?|notebooks?)\b")
_YES_NO = frozenset({"is", "are", "do", "does", "will", "can", "should"})


def _language(course: Course, question: str) -> Answer:
    found: dict[str, str] = {}
    for passage in _texts(course):
        for clause in split_clauses(passage):
            series = _letter_series(clause)
            for word in _WORD.findall(clause):
                name = LANGUAGES.get(word.lower())
                # "R" and "C" only as written (capital), not the letters of other words nor one of a series of
                # letters naming groups or grades ("your group (A, B or C)").
                if name and (len(word) > 1 or (word.isupper() and word not in series)) and name not in found:
                    found[name] = clause.strip()
    if not found:
        return _unknown(course, "Programming language", "Which programming language the course uses")
    names = ", ".join(found)
    lines = [text(f"The course page names **{names}**.")]
    lines += [text(f"“{clause}”") for clause in dict.fromkeys(found.values())]
    return Answer(title="Programming language", lines=tuple(lines))


# "A, B or C", "groups A-C": three capital letters listed together, or a range, name groups, sections or grades
# (where "in C or R" still names two languages).
_LETTER_SERIES = re.compile(
    r"\b[A-Z]\s*[-–]\s*[A-Z]\b|\b[A-Z](?:\s*(?:,|/|\bor\b|\band\b|,\s*(?:or|and)\b)\s*[A-Z]\b){2,}"
)


def _letter_series(clause: str) -> set[str]:
    """The single capital letters of `clause` that stand in a listed series ("A, B or C" gives A, B, C)."""
    return {letter for m in _LETTER_SERIES.finditer(clause) for letter in re.findall(r"\b[A-Z]\b", m.group(0))}


def _platforms(course: Course, question: str) -> Answer:
    named = [f"**{p.name}** ({p.role})" + (f": {p.url}" if p.url else "") for p in course.platforms]
    named += [f"{name.replace('_', ' ').capitalize()}: {url}" for name, url in course.links.items() if url]
    if not named:
        return _unknown(course, "Platforms", "Which platforms the course uses")
    return Answer(title="Platforms the course uses", lines=tuple(text(n) for n in named))


def _made(course: Course, question: str) -> Answer:
    said = course.acknowledgements
    if not said or said.strip().lower() == "unknown":
        return _unknown(course, "Course material", "Who developed the course material")
    return Answer(title="Course material", lines=(text(said),))


def _term_before(term: str) -> str | None:
    """ "Spring 2024" -> "Fall 2023", "Fall 2024" -> "Spring 2024": the regular term before."""
    found = re.match(r"(spring|fall)\s+(\d{4})", term.lower())
    if not found:
        return None
    season, year = found.group(1), int(found.group(2))
    return f"Fall {year - 1}" if season == "spring" else f"Spring {year}"


def _offered(course: Course, question: str) -> Answer:
    offerings = course.previous_offerings
    if not offerings:
        return _unknown(course, "Earlier offerings", "Whether the course was offered before")
    lines = [text(f"Earlier offerings the course page lists: {'; '.join(offerings)}.")]
    answer = Answer(title="Earlier offerings", lines=tuple(lines))
    asked = _LAST_TERM.search(question)
    before = _term_before(course.term)
    if asked is None or before is None:
        return verdict(answer, True, f"{len(offerings)} earlier offerings are listed.")
    wanted = before if "semester" in asked.group(0) or "term" in asked.group(0) else None
    if "year" in asked.group(0):
        year = str(int(before.split()[1]) if before.startswith("Fall") else int(before.split()[1]) - 1)
        hits = [o for o in offerings if year in o or before in o]
    elif wanted is not None:
        hits = [o for o in offerings if wanted.lower() in o.lower()]
    else:  # "last fall", "last spring"
        season = asked.group(0).split()[1]
        hits = [o for o in offerings if season in o.lower()][:1]
    if hits:
        return verdict(answer, True, f"it was offered in {'; '.join(hits)}.")
    said = text(f"The course page lists no offering in {wanted or 'that term'} (the list may not be complete).")
    return Answer(title=answer.title, lines=(said, *answer.lines), kind="unsure")


def _thing(course: Course, question: str) -> Answer | None:
    """ "is there a final project": Yes only when an assignment's title holds every word asked ("a project
    presentation" is not a "Project report"); when only some match, the page does not mention it, and what it does
    list is shown."""
    thing = _THING_ASKED.search(question)
    if thing is None or _DATED.search(question, thing.start("phrase")) or re.search(r"\d", question[thing.end() :]):
        return None
    if re.search(r"\d", thing["phrase"]):
        return None  # "is there an essay 3": a numbered item, answered from its series by the engine
    if _A_RULE.search(thing["phrase"]):
        return None  # "is there a grace period for lab reports": a rule about the work, not a piece of work
    asked = [_one(w) for w in thing["phrase"].split()]
    titles = [(a, _words_of(a.title, a.kind, a.notes, *a.aliases, *a.parts)) for a in course.assignments]
    found = [a for a, words in titles if all(w in words or w in _ANY_KIND for w in asked)]
    if found:
        names = ", ".join(a.title for a in found)
        answer = Answer(title=names, lines=tuple(text(f"**{a.title}**, due ", *when(a.due)) for a in found))
        return verdict(answer, True, f"the course has {names}.")
    near = [a for a, words in titles if any(w in words for w in asked if w not in _ANY_KIND)]
    if not near or all(w in _words_of(*_texts(course)) for w in asked if w not in _ANY_KIND):
        return None  # nothing of the kind, or the course's own text speaks of it: the rest of the engine reads it
    phrase = " ".join(asked)
    said = text(f"The course page doesn't list a {phrase} among its assignments; {where_to_ask(course)}.")
    listed = text("It lists: " + ", ".join(a.title for a in near) + ".")
    return Answer(title=f"A {phrase}?", lines=(said, listed), kind="unknown")


def _words_of(*texts: str) -> set[str]:
    return {_one(w) for t in texts for w in re.findall(r"[a-z0-9]+", t.lower())}


def _one(word: str) -> str:
    """A word in its singular ("presentations" -> "presentation")."""
    if word.endswith("zzes"):
        return word[:-3]  # "quizzes"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _name(course: Course, question: str) -> Answer | None:
    """The course's numbers and name (and term), from the data."""
    if any(re.search(rf"\b{re.escape(p.name.lower())}\b", question) for p in course.platforms):
        return None  # "whats the gradescope course code": the site's code, not the course's
    lines = [
        text(
            f"**{course.code}**: {course.name} ({course.term}"
            + (f", {course.institution})." if course.institution else ").")
        )
    ]
    if len(course.numbers) > 1:
        lines.append(text(f"It is cross-listed as {' and '.join(course.numbers)}."))
    if _OTHER_LANGUAGE.search(question):
        lines.append(text(f"The course page gives only this title; another one is {NOT_ON_PAGE}."))
    return Answer(title=course.code, lines=tuple(lines))


def _key(number: str) -> str:
    return re.sub(r"[^a-z0-9]", "", number.lower())


def _same(course: Course, question: str) -> Answer | None:
    """Yes when every course number named is one of this course's; never Yes for a number the data does not
    know (the page does not say)."""
    named = list(dict.fromkeys(m.group(0) for m in _NUMBER.finditer(question)))
    if not named:
        return None
    own = {_key(n) for n in course.numbers}
    digits = {re.sub(r"\D", "", n) for n in course.numbers}
    unknown = [n for n in named if _key(n) not in own and not (n.isdigit() and any(d.endswith(n) for d in digits))]
    title = f"{course.code} {course.name}"
    if unknown:
        said = text(
            f"The course page doesn't list {', '.join(n.upper() for n in unknown)}: this course is "
            f"{course.code} ({course.name}). Whether that is the same course is {NOT_ON_PAGE}; {where_to_ask(course)}."
        )
        return Answer(title=title, lines=(said,), kind="unknown")
    listed = f"{' and '.join(course.numbers)} are listed as one course" if len(course.numbers) > 1 else course.code
    lines = [text(f"{listed}: {course.name}.")]
    differs = [s for s in course.sections if _key(s.id) in own and s.description]
    lines += [text(f"{s.name}: {s.description}") for s in differs]
    reason = f"{', '.join(n.upper() for n in named)} {'is' if len(named) == 1 else 'are'} this course ({course.code})."
    return verdict(Answer(title=title, lines=tuple(lines)), True, reason)


def _submission(course: Course, question: str) -> Answer:
    """Where work is handed in: the course's submission site, or that the page does not say."""
    sites = [p for p in course.platforms if p.role == "submission"]
    # "where do lab reports go": the site the notes of that kind of work name, when the course uses several
    named = [found for group in _work_named(course, question) if (found := _handed_in(course, group))]
    if named:
        return Answer(title="Handing in work", lines=tuple(line for _, line in named))
    # work of other kinds goes to other sites ("bridge reports" named by no item's name): each kind's, not a guess
    every = [found for group in _by_kind(course) if (found := _handed_in(course, group))]
    if len({site.id for site, _ in every}) > 1:
        return Answer(title="Handing in work", lines=tuple(line for _, line in every))
    if not sites:
        return _unknown(course, "Handing in work", "Where work is handed in")
    lines = [text(f"Work is handed in on **{p.name}**" + (f": {p.url}" if p.url else ".")) for p in sites]
    return Answer(title="Handing in work", lines=tuple(lines))


def _submission_claimed(course: Course, question: str) -> Answer | None:
    """ "do we submit on moodle": where work is handed in, with Yes or No for the course's site named; None when
    the question names none of its sites or the page does not say where work goes."""
    site = site_claimed(course, question)
    if site is None:
        return None
    handed_in = _submission(course, question)
    return None if handed_in.kind == "unknown" else site_checked(site, handed_in)


def _site(course: Course, question: str) -> Answer | None:
    """The site the course names beside the work asked about ("where do we do the online hw": Mastering Physics);
    None when it names none, or names the submission site where handing in is asked (`_submission` says it)."""
    found = site_for_work(course, question)
    if found is None:
        return None
    submission = [p.name for p in course.platforms if p.role == "submission"]
    if _SUBMIT_ASKED.search(question) and any(name in found.title for name in submission):
        return None
    return found


def _work_named(course: Course, question: str) -> list[tuple]:
    """The course's work, by kind, of each kind the question names by its items' own names ("psets", "lab
    reports"): a kind is named when every word of one of its items' names, numbers left out, is in the question."""
    asked = {_one(w) for w in re.findall(r"[a-z]+", question)}
    kinds: dict[str, list] = {}
    for a in course.assignments:
        names = (a.short, *a.aliases, a.kind.replace("_", " "))
        for name in names:
            words = {_one(w) for w in re.findall(r"[a-z]+", name.lower())} - _NUMBER_WORDS
            if words and words <= asked:
                kinds.setdefault(a.kind, []).append(a)
                break
    return [tuple(group) for group in kinds.values()]


def _by_kind(course: Course) -> list[tuple]:
    """The course's work grouped by kind, in the order the kinds first come."""
    kinds: dict[str, list] = {}
    for a in course.assignments:
        kinds.setdefault(a.kind, []).append(a)
    return [tuple(group) for group in kinds.values()]


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "part"})


def _handed_in(course: Course, group: tuple) -> tuple[Platform, Text] | None:
    """The site a kind of work is handed in on and the line saying so, when its items' notes name one of the
    course's sites; None otherwise."""
    notes = " ".join(a.notes for a in group).lower()
    sites = [p for p in course.platforms if (name := p.name.split("(")[0].strip().lower()) and name in notes]
    if len(sites) != 1:
        return None
    shown = ", ".join(a.short for a in group[:3]) + (" ..." if len(group) > 3 else "")
    site = sites[0]
    return site, text(f"{shown}: handed in on **{site.name}**" + (f": {site.url}" if site.url else "."))


_ITEMS: Kept[re.Pattern[str]] = Kept(size=32)


def _any_item(course: Course) -> re.Pattern[str]:
    """Any assignment's id, short name or alias standing as a word of its own: built once per course."""
    return _ITEMS.get(
        course, "items", lambda: alone(n.lower() for a in course.assignments for n in (a.id, a.short, *a.aliases))
    )


def warm_tables(course: Course) -> None:
    """Build this reader's per-course table now (any item's name standing alone): engine.warm calls it at load, so
    the first student to ask does not pay for it."""
    _any_item(course)


def _kind_name(work: list) -> str:
    """The items' name in the plural: the words their titles open with ("Problem Set 1", "Problem Set 2": "problem
    sets"), else their kind; "items" when they are of several kinds."""
    titles = [a.title.lower().split() for a in work]
    common = []
    for words in zip(*titles, strict=False):
        if len(set(words)) != 1 or any(c.isdigit() for c in words[0]):
            break
        common.append(words[0])
    if common:
        return plural(" ".join(common))
    kinds = {a.kind for a in work}
    return plural(kinds.pop().replace("_", " ")) if len(kinds) == 1 else "items"


def _due_time(course: Course, question: str) -> Answer | None:
    """The time of day the work asked about (or all of it) is usually due, with the items due at another time;
    None when one assignment is named (its own deadline answers)."""
    if _any_item(course).search(question):
        return None
    asked = {_one(w) for w in re.findall(r"[a-z]+", question)} - _NOT_WORK
    kinds = [a for a in course.assignments if asked & _words_of(a.title, a.short, *a.aliases)]
    work = kinds or list(course.assignments)
    if not work:
        return None
    times = Counter(a.due.astimezone(course.tz).time() for a in work)
    usual, count = times.most_common(1)[0]
    shorts = [a.short for a in work]
    what = (", ".join(shorts[:6]) + (" and the rest" if len(shorts) > 6 else "") + " are") if kinds else "Work is"
    weekday = weekday_named(set(re.findall(r"[a-z]+", question)))
    if weekday is not None and kinds:
        # "are psets always due on fridays": Yes with the day and time, or No with those that are not
        name = _kind_name(work)
        found = weekday_pattern(work, weekday, name, course.tz)
        if found is not None:
            return verdict(Answer(title="Due days", lines=()), *found)
    if _DAY_ASKED.search(question):
        # "what day are reading responses due": every one on the same weekday, at the same time; else their dates
        weekdays = {a.due.astimezone(course.tz).weekday() for a in work}
        if not kinds or len(weekdays) != 1 or count != len(work):
            return None
        day = WEEKDAYS[weekdays.pop()].capitalize()
        said = f"{what} due on **{day}s** at **{human_time(usual)}** (course time, {course.tz.key})."
        return Answer(title="Due days", lines=(text(said),))
    if count * 2 <= len(work):
        lines = [text(f"{what} due at different times:")]
        lines += [text(f"**{a.title}**: ", *when(a.due)) for a in work]
        return Answer(title="Due times", lines=tuple(lines))
    lines = [text(f"{what} usually due at **{human_time(usual)}** (course time, {course.tz.key}).")]
    others = [a for a in work if a.due.astimezone(course.tz).time() != usual]
    if others:
        lines.append(text("Due at another time:"))
        lines += [text(f"**{a.title}**: ", *when(a.due)) for a in others]
    return Answer(title="Due times", lines=tuple(lines))


def _materials(course: Course, question: str) -> Answer | None:
    """The sentences of the course's description about what was asked for (a textbook, a calculator, supplies);
    None when it says nothing of it or an exam is named (what may be brought to it is the exam's rule)."""
    if _AN_EXAM.search(question):
        return None
    asked = [name for name, pattern in _MATERIALS.items() if _asked_for(pattern, question)]
    if not asked:
        return None
    # "an open-book exam" says how the exam is sat, not which book the course uses
    book = r"text\s*book|(?<!open-)(?<!open )(?<!closed-)(?<!closed )\bbook|edition"
    words = {"textbook": book, "calculator": r"calculator", "supplies": r"required|bring|buy"}
    found = [
        s
        for t in (course.description, course.components)
        for s in split_sentences(t or "")
        if any(re.search(words[a], s, re.IGNORECASE) for a in asked)
    ]
    if not found:
        return None  # the course's description does not say: its policies, or the rest of the engine, answer
    title = "What you need" if asked != ["textbook"] else "Textbook"
    return Answer(title=title, lines=tuple(text(s.strip()) for s in dict.fromkeys(found)))


def _asked_for(pattern: str, question: str) -> bool:
    """ "what textbook", "do i need a calculator", "is a textbook required": the thing is what is asked for, not a
    word of a story ("explain this, the textbook makes no sense")."""
    return any(p.search(question) for p in _asking(pattern))


@lru_cache(maxsize=16)
def _asking(pattern: str) -> tuple[re.Pattern[str], ...]:
    """The ways of asking for a thing, built once per thing (not per question)."""
    thing = rf"(?:{pattern})"
    return (
        re.compile(rf"\b(?:what|which)\s+(?:\w+\s+){{0,2}}?{thing}\b"),
        re.compile(
            rf"\b(?:need|needs|required?|buy|get|use|using|have|bring|recommended)\s+(?:\w+\s+){{0,3}}?{thing}\b"
        ),
        re.compile(
            rf"\b{thing}\s+(?:\w+\s+)?(?:required|needed|recommended|necessary|do\s+we|do\s+i|for\s+(?:this|the))\b"
        ),
        re.compile(rf"\bis\s+there\s+(?:a|an|any)\s+(?:\w+\s+)?{thing}\b"),
    )


# What can be asked of the course itself, by name (the slot of the "course_itself" intent), first match wins.
ASKED: dict[str, tuple[re.Pattern, Callable[[Course, str], Answer | None]]] = {
    "due_time": (_DUE_TIME_ASKED, _due_time),
    "same": (_SAME_ASKED, _same),
    "standing": (STANDING_ASKED, course_standing),
    "name": (_NAME_ASKED, _name),
    "grades_site": (GRADES_SITE_ASKED, grades_site),
    "site": (_SITE_ASKED, _site),
    "submission_claimed": (SITE_CLAIMED, lambda course, q: _submission_claimed(course, q)),
    "submission": (_SUBMIT_ASKED, _submission),
    "taught_language": (TAUGHT_ASKED, lambda course, q: taught_language(_texts(course), q, where_to_ask(course))),
    "language": (_LANGUAGE_ASKED, _language),
    "language_named": (_IN_LANGUAGE, _language_named),
    "platforms": (_PLATFORMS_ASKED, _platforms),
    "made": (_MADE_ASKED, _made),
    "offered": (_OFFERED_ASKED, _offered),
    "thing": (_THING_ASKED, _thing),
    "materials": (_MATERIALS_ASKED, _materials),
}
# What each pattern cannot match without (one of these in the text): most questions hold none, and looking for a
# word costs far less than running the pattern.
_NEEDS: dict[str, tuple[str, ...]] = {
    "due_time": ("due", "close", "lock", "shut"),
    "same": ("same", "cross", "equivalent", "different", "separate", "this", "right"),
    # bot.understand.about_course.course_standing: credits, units, ECTS, a requisite, needing or having taken a course
    "standing": ("many", "credit", "unit", "ects", "req", "need", "have", "course", "class"),
    "name": ("course", "class"),
    "grades_site": ("where",),
    "site": ("where", "program", "software", "app", "tool", "site", "platform"),
    "submission_claimed": ("submit", "hand", "turn", "upload"),
    "submission": ("where", "site", "platform", "portal", "app"),
    "taught_language": ("language", "taught", "teach", "instruct", "spoken", "speak", "lecture", "class", "course"),
    "language": ("language", "code", "program"),
    "language_named": ("in ", "with ", "use ", "using "),  # the text is spaced by single spaces (_plain)
    "platforms": ("platform", "site"),
    "made": ("who", "material", "slides"),
    "offered": ("offered", "taught", "run", "given", "held", "previous"),
    "thing": ("is there", "are there"),
    "materials": ("book", "edition", "code", "calc", "supplies", "material", "coat", "goggles"),
}
# ASKED in its order, each with its needs, looked for as text, not words ("book" in "textbook"); none: always tried.
_ASKED_GATED = tuple((name, _NEEDS.get(name, ()), pattern, answer) for name, (pattern, answer) in ASKED.items())
