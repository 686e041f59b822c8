"""'where do i submit lab report 3', 'is the essay a paper copy or online', 'how long is the quiz once i start', 'can
i retake quiz 4', 'when does quiz 5 open', 'how many tries on the webwork': the work's hand-in fields (assignments.toml
`submit`, `opens`, `time_limit`, `attempts`, `open_book`), the fact asked first, Yes or No where asked and settled.

Only a course whose data give these fields is read here (built once per course); a field the asked work leaves out
is said to be missing from the page for a time limit, and left to the older readers otherwise (the notes' site,
the release date, the policy's words)."""

from __future__ import annotations

import re

from bot.answers.hand_in import hand_in_answer, is_online, way
from bot.core.answer import Answer, Stamp, text
from bot.core.errors import UserError
from bot.core.kept import Kept
from bot.core.matching import fold
from bot.core.sentences import split_sentences
from bot.core.word_forms import COUNT_WORDS
from bot.course.model import Assignment, Course, HandIn
from bot.understand.answering.asked import Asked
from bot.understand.answering.replies import verdict, where_to_ask
from bot.understand.question.asked_in_story import only_told
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.words.site_names import site_names

# every question this reader answers holds one of these words (the recognizer row's gate)
NEEDS = frozenset(
    {
        *("submit", "submitted", "submitting", "submission", "hand", "handed", "handing", "handin", "turn", "turned"),
        *("upload", "uploaded", "uploading", "paper", "printed", "print", "hardcopy", "copy", "online", "email"),
        *("person", "class", "long", "time", "timed", "limit", "minutes", "mins", "attempt", "attempts", "tries"),
        *("try", "retake", "retry", "redo", "again", "twice", "once", "open", "opens", "opening", "unlock"),
        *("unlocks", "available", "book", "notes", "closed", "start", "starts", "go", "goes", "give", "gave"),
    }
)
# a deadline, a late what-if ("if i hand in sheet 3 monday how much do i lose"), a late rule: not how it is handed in
_NOT_HAND_IN = re.compile(
    r"\b(?:when|what\s+time|due|late|lateness|extension|deadline|regrades?|grace|slip|flex|accepted|lose|penalty"
    r"|penalized|deducted|latest|earliest)\b|\bif\s+(?:i|we|u)\b"  # "the latest i can submit it on the lms": a time
)
# a window or rule of another act on the work: a regrade, a dispute, an extension, lateness
_OTHER_ACT = re.compile(
    r"\b(?:regrades?|re-?grading|dispute|disputing|appeal|appealing|contest|complain|extensions?|late|lateness|grace"
    r"|slip|flex|excused?|absences?|make-?ups?)\b"
)
_SUBMIT = re.compile(
    r"\b(?:submit(?:ted|ting)?|submission|(?:hand|turn|give)(?:ed|ing|s)?\s+(?:\w+\s+){0,4}?in|handin"
    r"|upload(?:ed|ing)?|e-?mail(?:ed)?)\b"
)
_HOW = re.compile(
    r"\b(?:where|(?:which|what)\s+(?:site|website|platform|portal))\b|\bhow\s+(?:do|does|should|can|will|is|are)\b"
)
# the way asked: on paper / in person, in class, online
_PAPER = re.compile(
    r"\b(?:on\s+paper|paper\s+cop(?:y|ies)|hard\s*cop(?:y|ies)|printed|print(?:ed)?\s+(?:it\s+)?out"
    r"|in\s+person|by\s+hand|physical)\b"
)
_ONLINE = re.compile(r"\b(?:online|upload(?:ed)?|electronic(?:ally)?|digital(?:ly)?)\b")
_CHOICE = re.compile(r"\bor\b")
_WAY = re.compile("|".join(p.pattern for p in (_PAPER, _ONLINE)))
# "is the essay a paper copy or online": the way asked without a verb of handing in
_COPY = re.compile(
    r"\b(?:paper|hard|printed|physical|digital|electronic)\s*cop(?:y|ies)\b|\bprint(?:ed)?\s+(?:it\s+)?out\b"
)
_LIMIT = re.compile(r"\btime\s*limit|\btimed\b|\bhow\s+(?:long|much\s+time|many\s+(?:minutes|mins|hours))\b")
# "how long do i have for ps4" asks a time limit only of timed work: of other work, its due date answers
_LIMIT_SURE = re.compile(
    r"\btime\s*limit|\btimed\b|\b(?:once|after)\s+(?:i|we|you|u)\s+(?:start|open|begin)|\bminutes\b|\bmins\b|\bhours?\b"
)
_HOW_LONG_HAVE = re.compile(r"\bhow\s+long\s+(?:do|does|will)\s+(?:we|i|you|u)\s+(?:get|have)\b")
_HOW_MANY_TRIES = re.compile(r"\bhow\s+many\s+(?:attempts|tries|times|goes|chances)\b")
# "how long is quiz 6 open"; not "once i open it", the student's own opening (then the time limit runs)
_OPEN_FOR = re.compile(
    r"\bhow\s+long\b.*\b(?:(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bu\s)open|available|up)\b(?![\s-]*(?:book|notes?))"
)
_ATTEMPTS = re.compile(
    r"\b(?:re-?take|re-?try|re-?do|attempts?|tries|second\s+(?:go|try|attempt|chance)|how\s+many\s+times)\b"
    r"|\b(?:take|try|sit)\b.*\b(?:again|twice|more\s+than\s+once)\b"
)
# "where does the project go": the work, not the student, goes there
_GOES = re.compile(r"\bwhere\s+(?:do|does|should|will|did)\s+(?!(?:i|we|you|u)\b).*\bgo\b")
_OPENS = re.compile(
    r"\b(?:opens?|opening|open\s+up|unlocks?|become\s+available|available|start(?:s)?)\b(?![\s-]*(?:book|notes?))"
)
_OPEN_BOOK = re.compile(
    r"\bopen[\s-]?(?:book|notes?)\b|\bclosed[\s-]?(?:book|notes?)\b|\buse\s+(?:my\s+|our\s+|the\s+)?"
    r"(?:notes|book|textbook)\b|\b(?:book|notes?|textbook)\s+(?:\w+\s+)?open\b"
)
# "open book", "closed-notes": the words themselves (what a course with no hand-in fields is asked here)
_BOOK_WORDS = re.compile(r"\b(?:open|closed)[\s-]?(?:book|notes?)\b")
# any word of the page on books or notes: where it has one, its prose may settle the question, so it is quoted
_AIDS = re.compile(
    r"\b(?:open|closed)[\s-]?(?:book|notes?)\b"
    r"|\b(?:use|using|consult|bring|allowed|permitted|may\s+have)\W+(?:\w+\W+){0,3}?(?:notes|textbooks?|books?"
    r"|cheat\s*sheets?)\b"
    r"|\b(?:notes|textbooks?|books?|cheat\s*sheets?)\W+(?:\w+\W+){0,3}?(?:allowed|permitted|prohibited|forbidden)\b"
)
_WORD = re.compile(r"[a-z0-9]+")
# a retake told with a miss or a better grade is a make-up or a second chance at a mark, not the work's attempts
_MISSED_OR_BETTER = re.compile(
    r"\b(?:miss(?:ed)?|skipped|slept\s+through|forgot|didn'?t\s+(?:take|do)|never\s+(?:took|did)|absent|sick)\b"
    r"|\b(?:better|higher|improve[ds]?)\s+(?:grade|mark|score)\b|\bimprove\s+(?:my|the|it)\b"
)
_NUMBER = re.compile(r"\b(\d+)\s*(?:minutes?|mins?|hours?|hrs?|attempts?|tries)\b")
# "do we get 2 attempts", "can i have more than 3 tries": a count of attempts the student states, with its bound
_STATED_TRIES = re.compile(
    r"\b(?:(more\s+than|over|at\s+least)\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:attempts?|tries|goes|chances)\b"
)
# "can i make 2 attempts": whether as many are allowed, not whether exactly as many are given
_MAY = re.compile(r"\b(?:can|may|could|allowed|able|permitted)\b")
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "part"})
_KEPT: Kept[tuple[tuple[frozenset[str], str, str], ...]] = Kept(64)
_USES: Kept[bool] = Kept(64)
_MEETINGS: Kept[tuple[re.Pattern[str], re.Pattern[str]]] = Kept(64)


def _class_words(course: Course) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A class meeting by the course's own kinds' names ("class", "lecture" and theirs), and the same asked as where
    work is handed ('in class', 'at the start of lecture', 'to lab'), built once per course."""

    def build() -> tuple[re.Pattern[str], re.Pattern[str]]:
        names = {"class", "lecture"} | {
            fold(name) for k in course.meeting_kinds for name in (k.id.replace("_", " "), k.name, k.plural, *k.aliases)
        }
        either = "|".join(sorted((re.escape(n) for n in names if n), key=len, reverse=True))
        # not the particle of "turn in lab report 2", "hand in lab 3": the work's name follows the verb's "in"
        particle = "".join(rf"(?<!\b{verb}\s)" for verb in ("turn", "hand", "turned", "handed", "turning", "handing"))
        asked = (
            rf"\b(?:{particle}in|at|during|to)\s+(?:the\s+(?:start\s+of\s+(?:the\s+)?)?|my\s+|our\s+)?(?:{either})\b"
        )
        return re.compile(rf"\b(?:{either})\b"), re.compile(asked)

    return _MEETINGS.get(course, "class_words", build)


def _in_class(course: Course) -> re.Pattern[str]:
    return _class_words(course)[1]


def _stem(word: str) -> str:
    if word.endswith("zzes"):
        return word[:-3]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _aids_said(course: Course) -> bool:
    """Whether the course's policies or work notes speak of open or closed books or notes (built once per course)."""

    def build() -> bool:
        said = [f"{p.summary} {p.quote}" for p in course.policies] + [a.notes for a in course.assignments]
        return any(_AIDS.search(fold(words)) for words in said)

    return _USES.get(course, "aids", build)


_CLOSED = re.compile(r"\bclosed[\s-]?(?:book|notes?)\b")


def aids_sentence(course: Course, item: Assignment) -> str:
    """The page's own sentence on books or notes for this work ("Quizzes are closed-book and individual."): one that
    names the work's kind or itself, from its notes or the policies; "" when none does."""
    names = {_stem(w) for w in _WORD.findall(fold(f"{item.kind} {item.short}")) if not w.isdigit()}
    for words in (item.notes, *(f"{p.quote} {p.summary}" for p in course.policies)):
        for sentence in split_sentences(words):
            said = fold(sentence)
            if _AIDS.search(said) and names & {_stem(w) for w in _WORD.findall(said)}:
                return sentence.strip()
    return ""


def uses_hand_in(course: Course) -> bool:
    """Whether the course's data give any hand-in field (built once per course)."""
    return _USES.get(course, "uses", lambda: any(a.hand_in for a in course.assignments))


def warm_tables(course: Course) -> None:
    """Build this reader's per-course tables now (its class words, whether the page speaks of books or notes, whether
    it gives hand-in fields, each item's names): engine.warm calls it at load, so no student pays for them."""
    _class_words(course)
    _aids_said(course)
    uses_hand_in(course)
    _item_names(course)


def _item_names(course: Course) -> tuple[tuple[frozenset[str], str, str], ...]:
    """Each item's names (its short name, aliases and kind) as word stems with the numbers left out, with its kind
    and id: "lab report" names the lab reports, "lab" every item of the kind lab."""

    def build() -> tuple[tuple[frozenset[str], str, str], ...]:
        # "lab" of a course that meets in labs names the meetings as much as the work: never the work alone
        meetings = {
            frozenset(_stem(w) for w in _WORD.findall(fold(name)))
            for k in course.meeting_kinds
            for name in (k.id.replace("_", " "), k.name, k.plural, *k.aliases)
        }
        out = set()
        for a in course.assignments:
            for name in (a.short, *a.aliases, a.kind.replace("_", " ")):
                words = frozenset(_stem(w) for w in _WORD.findall(fold(name)) if not w.isdigit()) - _NUMBER_WORDS
                if words and words not in meetings:
                    out.add((words, a.kind, a.id))
        return tuple(sorted(out, key=lambda n: (n[1], n[2], sorted(n[0]))))

    return _KEPT.get(course, "item_names", build)


def _work(course: Course, said: str, reading: Reading) -> tuple[Assignment, ...]:
    """The work asked about: the assignments named, else the items of one kind the question names by their most
    specific name ("lab reports": not the pre-labs of the same kind)."""
    named = [a for i in reading.ids("assignment") if (a := course.assignment(i)) is not None]
    if named:
        return tuple(named)
    words = {_stem(w) for w in _WORD.findall(said)}
    matches = [(len(name), kind, i) for name, kind, i in _item_names(course) if name <= words]
    if not matches:
        return ()
    most = max(m[0] for m in matches)
    chosen = [(kind, i) for size, kind, i in matches if size == most]
    if len({kind for kind, _ in chosen}) != 1:
        return ()
    ids = {i for _, i in chosen}
    return tuple(a for a in course.assignments if a.id in ids)


def _aspect(course: Course, folded: str, items: tuple[Assignment, ...]) -> str | None:
    """Which fact is asked; a question no field of the work answers is left to the older readers."""
    h = items[0].hand_in
    if _OTHER_ACT.search(folded):
        return None  # "how long do i have to ask for a regrade on lab report 2": that act's window, not the work's
    if _OPEN_BOOK.search(folded):
        # "is quiz 3 open book" where neither the work nor any policy or note speaks of books or notes: the page's
        # silence, said, not the work's card; where prose does, the older readers quote it
        if h.open_book is not None or not _aids_said(course) or aids_sentence(course, items[0]):
            return "open_book"
        return None
    if _ATTEMPTS.search(folded):
        if _MISSED_OR_BETTER.search(folded) or (h.attempts is None and not _HOW_MANY_TRIES.search(folded)):
            # a retake told with a miss or a better grade ("redo the quiz i missed"), or asked Yes or No where no
            # attempts are given ("can i retake quiz 4": the course's rule on retakes or make-ups answers): the older
            # readers' question; "how many attempts" where none are given is the page's silence on them
            return None
        return "attempts"
    if _OPEN_FOR.search(folded):
        return None  # "how long is quiz 6 open": the window from its opening to its due, not the time limit
    if _LIMIT.search(folded) or (_NUMBER.search(folded) and not _NOT_HAND_IN.search(folded)):
        # timed: the work, or work of its kind, has a time limit ("how long do we have for the reading quiz" of a
        # course that times its quizzes asks a limit; of a problem set, its due date answers)
        kinds = {a.kind for a in items}
        timed = any(a.hand_in.time_limit is not None for a in course.assignments if a.kind in kinds)
        quiz = any(a.kind == "quiz" for a in items)  # the format's kind for work taken in one sitting
        sure = _LIMIT_SURE.search(folded) or (quiz and _HOW_LONG_HAVE.search(folded))
        return "time_limit" if timed or sure else None
    if _NOT_HAND_IN.search(folded) and not (_OPENS.search(folded) and h.opens is not None):
        return None
    if _OPENS.search(folded) and not _SUBMIT.search(folded):
        if len({a.hand_in.opens for a in items}) > 1:
            return None  # "when do quizzes open": each opens on its own day; the course's rule for the kind answers
        return "opens" if h.opens is not None else None
    submits = _SUBMIT.search(folded) or _GOES.search(folded)
    way_asked = _WAY.search(folded) or _in_class(course).search(folded) or _platform_named(course, folded)
    if (submits and (_HOW.search(folded) or way_asked)) or _COPY.search(folded):
        return "submit" if h.submit is not None else None
    return None


def hand_in_asked(course: Course, said: str, reading: Reading) -> Slots | None:
    """The work and the fact asked of it ("submit", "time_limit", "attempts", "opens", "open_book"), with the Yes
    or No the data settles where a yes/no question was asked; None when it is not asked or no field answers it."""
    folded = fold(said)
    if not uses_hand_in(course) and not _BOOK_WORDS.search(folded):
        return None  # "is ps4 open book" is asked of any course: its page's words, or their silence
    items = _work(course, folded, reading)
    if not items:
        return None
    # the items of a kind share one answer only when their fields do ("each quiz": one time limit)
    if len({_shared(a.hand_in) for a in items}) > 1:
        items = items[:1] if len(reading.ids("assignment")) == 1 else items
        if len({_shared(a.hand_in) for a in items}) > 1:
            return None
    aspect = _aspect(course, folded, items)
    if aspect is None:
        return None
    if aspect == "opens" and only_told(said, lambda piece: _OPENS.search(fold(piece)) is not None):
        return None  # "i didnt even open the site, can i still do it": opening told, not asked
    if aspect == "submit" and any(t.kind in ("day", "moment") and t.relation == "after" for t in reading.times):
        return None  # "can i upload lab report 2 after feb 9": a hand-in after a day is late work, not the way
    dated = any(t.kind in ("day", "moment") for t in reading.times)
    if (
        aspect == "submit"
        and dated
        and not (_PAPER.search(folded) or _HOW.search(folded) or _place_named(course, folded))
    ):
        return None  # "do we have to upload the slides on tuesday": the day it is due, not the way it is handed in
    yes = _verdict(course, folded, reading, items[0].hand_in, aspect)
    slots: Slots = {"assignments": tuple(a.id for a in items), "aspect": aspect, "verdict": yes}
    stated = reading.time("day", "moment") if aspect == "opens" and reading.yes_no and len(items) == 1 else None
    if stated is not None and stated.first is not None and not stated.relation:
        # "does quiz 4 open on friday apr 16": the day the student states; "on friday": any friday
        slots["_day"] = (stated.first, stated.bare)
    return slots


def _shared(h: HandIn) -> tuple:
    """What items of a kind must share to be answered as one (their window's day differs, by design)."""
    return (h.submit, h.time_limit, h.attempts, h.open_book, h.opens is None)


# "how long is quiz 2 and is it only one attempt": a yes/no clause on the attempts after the question's other half
_ATTEMPTS_ASKED_AFTER = re.compile(
    r"(?:\band|[,;])\s+(?:is|are|do|does|can|will)\s+(?:it|they|we|i|u|you|there)\b[^,;?]*\b(?:attempts?|tries|re-?takes?)\b"
)


def _verdict(course: Course, folded: str, reading: Reading, h: HandIn, aspect: str) -> bool | None:
    """Yes or No where the question asks one the data settles: "can i retake it" (attempts), "is it timed", "is it
    30 minutes", "is it open book", "do we hand it in in class", "is it a moodle upload"."""
    attempts_asked = aspect == "attempts" and _ATTEMPTS_ASKED_AFTER.search(folded) is not None
    if not reading.yes_no and not attempts_asked:
        return None
    if aspect == "attempts" and isinstance(h.attempts, int):
        return _attempts_verdict(folded, h.attempts)
    if aspect == "time_limit" and isinstance(h.time_limit, int):
        number = _NUMBER.search(folded)
        if number is None:
            return True if re.search(r"\btimed\b|\btime\s*limit", folded) else None
        asked = int(number.group(1)) * (60 if "h" in number.group(0).split()[-1][:1] else 1)
        return asked == h.time_limit
    if aspect == "open_book" and isinstance(h.open_book, bool):
        closed = re.search(r"\bclosed[\s-]?(?:book|notes?)\b", folded) is not None
        return h.open_book != closed
    if aspect == "submit" and isinstance(h.submit, str) and not _CHOICE.search(folded):
        return _way_verdict(course, folded, h)
    return None


def _attempts_verdict(folded: str, attempts: int) -> bool:
    """ "can i retake it": more than one attempt; "do we get 2 attempts" of work with three: No, the count stated is
    not the count given; "can i have 2 tries", "at least 2": Yes when the attempts given are as many."""
    stated = _STATED_TRIES.search(folded)
    if stated is None:
        return attempts > 1
    bound, said = stated.groups()
    count = int(said) if said.isdigit() else COUNT_WORDS[said]
    if bound == "at least" or (bound is None and _MAY.search(folded) and not re.search(r"\bonly\b", folded)):
        return attempts >= count
    return attempts > count if bound else attempts == count


def _place_named(course: Course, folded: str) -> bool:
    """A place of handing in named: in class, or one of the course's sites."""
    return bool(_in_class(course).search(folded)) or _platform_named(course, folded)


def _platform_named(course: Course, folded: str) -> bool:
    """ "do we submit culture reports on absalon": one of the course's sites named as where the work goes, the way of
    handing in asked ("email for sona questions" names the site as a topic, not a place)."""
    return any(_site_place(name, folded) for names in site_names(course.platforms).values() for name in names)


def _site_place(name: str, folded: str) -> bool:
    """Whether the site's name is said as where the work goes ("on the lms", "via moodle")."""
    placed = rf"\b(?:on|via|through|thru|onto|using|in|to)\s+(?:the\s+)?{re.escape(name)}\b"
    return re.search(placed, folded) is not None


def _way_verdict(course: Course, folded: str, h: HandIn) -> bool | None:
    online = is_online(course, h)
    words = fold(way(course, h) or "")
    named = site_names(course.platforms)
    for p in course.platforms:
        # its full name anywhere; a short one only as the place ("the learning journal" is no "Sapling Learning")
        full = re.search(rf"\b{re.escape(fold(p.name))}\b", folded) is not None
        if full or any(_site_place(name, folded) for name in named[p.id]):
            return p.id == h.submit or (not online and fold(p.name) in words)
    if _PAPER.search(folded):
        return not online
    if _in_class(course).search(folded):
        return not online and _class_words(course)[0].search(words) is not None
    if _ONLINE.search(folded):
        return online or re.search(r"\b(?:online|upload|e-?mail)", words) is not None
    return None


def hand_in(asked: Asked, slots: Slots) -> Answer:
    """The fact asked of the work, first; the page's silence said as such, with where to ask."""
    course = asked.course
    ids = slots.get("assignments") or ()
    items = tuple(a for i in ids if (a := course.assignment(i)) is not None)
    if not items:
        raise UserError("Name the work (a quiz, a lab report), and I'll say how it is handed in.")
    aspect = slots.get("aspect") or "submit"
    said = aids_sentence(course, items[0]) if aspect == "open_book" and items[0].hand_in.open_book is None else ""
    if said:
        # "is quiz 5 open-book?": the page's own sentence, with Yes or No where it says open or closed
        title = f"{items[0].short}: books and notes"
        if asked.yes_no and _BOOK_WORDS.search(fold(said)):
            closed = _CLOSED.search(fold(said)) is not None
            asked_closed = _CLOSED.search(fold(asked.question)) is not None  # else open, or "can i use my notes"
            return verdict(Answer(title=title, lines=()), closed == asked_closed, f"the course page says “{said}”")
        return Answer(title=title, lines=(text(f"The course page says: “{said}”"),))
    answer = hand_in_answer(course, items, aspect, slots.get("verdict"))
    asks_whether = asked.yes_no or not _WH_OPENING.match(fold(asked.question))  # "quiz 4 open yet?"
    if aspect == "opens" and asks_whether and len(items) == 1 and _OPEN_NOW.search(fold(asked.question)):
        return _open_now(asked, items[0], answer)
    if aspect == "opens" and asked.yes_no and slots.get("_day") and (opens := items[0].hand_in.opens) is not None:
        # "dose quiz 4 open on friday apr 16": the day stated against the day it opens
        day, bare = slots["_day"]
        opening = opens.astimezone(course.tz).date()
        on_day = opening.weekday() == day.weekday() if bare else opening == day
        return verdict(answer, on_day, (f"{items[0].short} opens ", Stamp(opens, "F"), "."))
    if answer.kind == "unknown":
        where = where_to_ask(course)
        lines = (*answer.lines[:1], text(f"{where[:1].upper()}{where[1:]}."), *answer.lines[1:])
        return Answer(title=answer.title, lines=lines, kind="unknown")
    return answer


# "is quiz 3 open yet", "is the quiz already open", "is it open rn": whether it can be taken now, not when it opens
_OPEN_NOW = re.compile(
    r"\bopen(?:ed)?\s+(?:yet|now|already|rn|right\s+now|at\s+the\s+moment)\b|\balready\s+open\b|\bopen\s*\??\s*$"
)

_WH_OPENING = re.compile(r"\s*(?:when|what|which|how|where|who|whens|whats)\b")


def _open_now(asked: Asked, item: Assignment, answer: Answer) -> Answer:
    """Yes while the work's window is open (from its opening to its due time), No before or after it, with when."""
    opens, due = item.hand_in.opens, item.due
    if opens is None:
        return answer
    if asked.now < opens:
        return verdict(answer, False, ("it opens ", Stamp(opens, "F"), "."))
    if asked.now >= due:
        return verdict(answer, False, ("it closed ", Stamp(due, "F"), "."))
    return verdict(answer, True, ("it is open until ", Stamp(due, "F"), "."))
