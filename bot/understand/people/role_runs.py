"""Who runs a part of the course named by a staff role's title ("who runs the model shop" of a "Model shop manager",
"who is in charge of the writing center" of a "Writing center coordinator"): the people in that role, read from the
course's role titles without their word for the job, never from a policy on the same thing. Whom to ask about a thing
that part of the course holds ("who do i talk to about the laser cutter", where the "Model Workshop" policy names the
laser cutter and a "Model Workshop Technician" runs it) is the same role."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.word_forms import one_of
from bot.course.model import Course
from bot.understand.words.english import ordinary
from bot.understand.words.normalize import holds_phrase, phrase_key

# The words that ask who is over something: "who runs", "who manages", "who's in charge of", "who is responsible".
_RUNS = frozenset({"runs", "run", "manages", "manage", "charge", "responsible", "oversees", "operates", "heads"})
# Words for the job itself in a role's title: "Model shop manager" is the model shop's manager.
_JOB = frozenset(
    {"manager", "managers", "staff", "head", "heads", "coordinator", "coordinators", "administrator", "officer"}
    | {"director", "supervisor", "supervisors", "lead", "leads", "of", "the", "and", "for", "technician"}
    # and the course itself: "who runs the course" is not only its "Course coordinator"
    | {"course", "courses", "class", "in", "charge", "charges"}
)
# The plural of a job word ("Model Workshop Technicians"), dropped only where two or more words of the place are left:
# a one-word place ("Lab Technicians") is as often the course's meeting ("who runs the thursday lab"), so it is read
# only as the title alone has it.
_JOBS = frozenset(f"{w}s" for w in _JOB if not w.endswith("s")) - _JOB
_WHO = frozenset({"who", "whos", "whom"})
# Someone asked for without "who": "is there someone in charge of", "is anyone responsible for"
_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "person"})
NEEDS = _WHO | _SOMEONE | {"email", "mail", "address"}
# "who do i talk to about", "who should we ask about", "who can i contact about", "whom do i see for"
# "what email do i write to about", "which address should we send questions to"
_ASK_WHOM = re.compile(
    r"\b(?:who(?:m)?|(?:what|which)\s+(?:email|e\s?mail|address|email\s+address))\s+"
    r"(?:do|should|can|could|would|shall)\s+(?:i|we)\s+"
    r"(?:talk|speak|ask|contact|email|e-mail|message|see|go|reach|turn|write|send)\b"
)
_THINGS: Kept[tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]] = Kept(64)

_PLACES: Kept[tuple[tuple[str, frozenset[str]], ...]] = Kept(64)


def _places(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each role with the words its title names besides the job ("model", "shop"), when any are left."""

    def build() -> tuple[tuple[str, frozenset[str]], ...]:
        found = []
        for role in course.roles:
            words = frozenset(w for n in (role.title, role.plural) for w in phrase_key(n)) - _JOB
            if len(words - _JOBS) >= 2:
                words -= _JOBS
            if words and len(words) <= 4:
                found.append((role.id, words))
        return tuple(found)

    return _PLACES.get(course, "places", build)


def _named_by(place: frozenset[str], title: str) -> bool:
    """Whether a policy's or a piece of work's title names the role's part of the course: a title that is that part
    ("Model Workshop" of a "Model Workshop Technician"), or holds all of a part of two words or more ("Research
    participation requirement" of a "Research Participation Coordinator"; a one-word part, "Lab", is every lab's)."""
    words = frozenset(phrase_key(title)) - _JOB
    return bool(words) and (words <= place or (len(place) >= 2 and place <= words))


def _own_names(names: tuple[str, ...], *, one_word: bool) -> list[tuple[str, ...]]:
    """The names of a thing a question may name it by: of two words or more ("laser cutter"), or, for a piece of
    work's own names (`one_word`), one word no everyday English word is ("sona"; a policy's one-word keywords,
    "study", "materials", are any question's words)."""
    keys = (phrase_key(n) for n in names)
    return [k for k in keys if len(k) >= 2 or (one_word and len(k) == 1 and not ordinary(k[0]) and k[0].isalpha())]


def _things(course: Course) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """Each role with the things its part of the course holds: the keywords of each policy and the names of each
    piece of work whose title names that part (`_named_by`, `_own_names`)."""

    def build() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
        found = []
        for role, place in _places(course):
            phrases = [
                key
                for policy in course.policies
                if _named_by(place, policy.title)
                for key in _own_names(policy.keywords, one_word=False)
            ] + [
                key
                for work in course.assignments
                if _named_by(place, work.title)
                for key in _own_names((work.title, work.short, *work.aliases), one_word=True)
            ]
            if phrases:
                found.append((role, tuple(dict.fromkeys(phrases))))
        return tuple(found)

    return _THINGS.get(course, "things", build)


def _holds(said: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether the question holds the phrase, either in the singular or the plural ("the 3d printers")."""
    return holds_phrase(tuple(map(one_of, said)), tuple(map(one_of, phrase)))


def role_run_asked(course: Course, said: str) -> str | None:
    """The role that runs what the question names ("who runs the model shop", "is there someone in charge of the model
    shop"), or whom to ask about a thing its part of the course holds ("who do i talk to about the laser cutter",
    "what email do i write to about the laser cutter"), or None."""
    key = phrase_key(said)
    words = set(key)
    asks_whom = bool(_ASK_WHOM.search(" ".join(key)))
    if not asks_whom and not (words & _RUNS and words & (_WHO | _SOMEONE)):
        return None  # "the lab runs till 5": nobody asked for
    # whom to ask about a one-word place ("who do i email about my lab report") is not asked of its role
    matched = [(len(w), r) for r, w in _places(course) if w <= words and (words & _RUNS or len(w) >= 2)]
    if not matched:
        matched = [(1, r) for r, things in _things(course) if any(_holds(key, t) for t in things)]
    if not matched:
        return None
    best = max(n for n, _ in matched)
    roles = [r for n, r in matched if n == best]
    return roles[0] if len(roles) == 1 else None


def role_of_part_named(course: Course, said: str) -> str | None:
    """The one role whose part of the course the question names in two words or more, by the course's own short forms
    too ("consultation hours for the case comp" of a "Case Competition Coordinator"), or None."""
    key = phrase_key(said)
    words = set(key)
    for short, meaning in _synonym_keys(course):
        if holds_phrase(key, short):
            words |= meaning
    matched = [role for role, place in _places(course) if len(place) >= 2 and place <= words]
    return matched[0] if len(matched) == 1 else None


_SYNONYM_KEYS: Kept[tuple[tuple[tuple[str, ...], frozenset[str]], ...]] = Kept(64)


def _synonym_keys(course: Course) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """The course's short forms as phrase keys, each with the words of what it means, normalised once per course."""
    return _SYNONYM_KEYS.get(
        course,
        "synonyms",
        lambda: tuple((phrase_key(s), frozenset(phrase_key(m))) for s, m in course.synonyms.items()),
    )
