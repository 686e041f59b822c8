"""A question told inside a story: "ok so my laptop died thursday night and i lost my ps7 code. i can probably redo
it by saturday around noon. how bad is the penalty if i turn it in then?". The sentences that ask nothing are the
story; the ones that ask take from it what their "then", "it" and "while i'm gone" stand for, and the story itself
is never answered."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.course.model import Course
from bot.understand.late.what_if_moment import handed_in_already
from bot.understand.question.reading import Mention, Reading
from bot.understand.times.time_phrases import TimePhrase
from bot.understand.yes_no.folded import asks_yes_no

# A story sentence starts with its teller ("i lost my code", "my flight leaves", "we had a quiz"); a fragment that
# names a thing ("hw3 due date") is a question without a question word, never a story.
_TELLER = frozenset({"i", "im", "ive", "id", "ill", "my", "we", "our", "me", "mine", "us"})
_VERBS = frozenset(
    {"is", "are", "was", "were", "am", "will", "goes", "went", "got", "gets", "had", "has", "have", "broke", "died"}
)
_DENIED = re.compile(
    r"^(?:will|would|can|could|do|does|did|am|is|are|was|were)\s+not\b"
    # "haven't used any grace days yet": told with its "i" left out; "haven't they posted it" still asks
    r"|^(?:have|has|had)\s+not\s+(?!(?:i|you|we|they|he|she|it|the|my|our|your|their|his|her|anyone)\b)\w"
)
_OPENERS = frozenset({"so", "ok", "okay", "well", "hey", "hi", "hello", "basically", "anyway", "and", "but", "quick"})
_ASKS = frozenset({"when", "what", "where", "who", "how", "which", "why", "whats", "wheres", "whens", "hows"})
# "im in section 4 what is this weeks lab": a question word with its verb straight after asks, wherever it stands (a
# word that only relates has a subject first: "the day when i was sick").
_ASKING_VERBS = frozenset({"is", "are", "do", "does", "will", "should", "can"})
# "how bad is it if i turn it in then": "then" is the time the story named.
_THEN = re.compile(r"\b(?:by|at|on|until|till)?\s*then\b")
# "what would i miss if i do that", "is anything due while i'm gone": the absence the story told of.
_THE_TRIP = re.compile(
    r"\b(?:if i (?:do|did) (?:that|this|it)|while i am (?:gone|away|out|travell?ing)|while i(?:m| am)? away"
    r"|when i am (?:gone|away)|(?:in|during) that time|that (?:week|weekend|trip)|those days|then)\b"
)
_SUPPOSED = frozenset({"would", "wouldnt", "could", "couldnt", "will", "wont", "if"})
# "is that still accepted", "will it be late": the plan the story told of
_THAT_PLAN = re.compile(r"\b(?:is|would|will|does|could|can|should)\s+(?:that|it|this)\b")
# "i'll turn it in saturday at 9. what's the penalty": a question about handing in late asks of the story's time
_LATE_CUES = frozenset({"late", "whatif", "pool", "accepted"})
_AWAY_WORDS = frozenset(
    {"leave", "leaving", "away", "gone", "travel", "traveling", "travelling", "back", "return", "flying", "fly"}
    | {"flight", "trip", "visiting", "home", "absent", "miss", "missing"}
)
_MISS = frozenset({"miss", "missing", "gone", "away", "skip", "skipping"})
# "who can i go see", "who else could i talk to": someone to see, of what the story spoke of
_SEEKS_SOMEONE = re.compile(r"\bwho\b(?:\s+\w+){0,3}?\s+(?:see|visit|talk|meet|go\s+to|ask)\b")
# "like exactly what percent", "i mean what time": the question before it again, more exactly.
_MORE_EXACTLY = re.compile(r"^(?:like|i mean|as in|exactly|specifically|precisely)\b")


@dataclass(frozen=True)
class Story:
    """What the story sentences named: the last time phrase (as typed) and the absence (first and last day)."""

    when: str = ""
    away: tuple[str, str] | None = None
    things: tuple[Mention, ...] = ()  # the work, exam or section it named ("i lost my ps7 code")
    days: tuple[tuple[dt.date, str], ...] = ()  # the days it named (the last two), as typed, in order
    leaving: bool = False  # whether it told of going away ("flying home", "leave", "back")
    ideas: frozenset[str] = frozenset()  # a request the story is about ("they took off points": a regrade)
    office_hours: bool = False  # whether it spoke of office hours ("the only days i can make it to office hours")


def is_told(reading: Reading) -> bool:
    """A sentence of the story: told by its teller, asking nothing."""
    first = [w for w in words_of(reading.text) if w not in _OPENERS]
    # "realistically i'll finish it saturday", "last week i was sick": the teller comes early
    teller = bool(_TELLER & set(first[:4]))
    # "realistically it goes in thursday at 9": a whole statement, not a fragment that asks ("hw3 due date")
    statement = len(first) >= 5 and bool(_VERBS & set(first))
    # "will not be back until wednesday", "can't make it friday": a statement, though it opens like a question
    denied = bool(_DENIED.match(" ".join(first)))
    asks = (reading.yes_no and not denied) or reading.request or _asks_something(reading.text)
    # "i'm in stream 4, do i have to come in for it": a yes/no question after the teller's own comma asks
    asks = asks or (teller and not denied and asks_yes_no(reading.text))
    # "heard something about carnival", "apparently it's cancelled": what the teller heard, asking nothing
    hearsay = first[:1] in (["heard"], ["apparently"], ["supposedly"], ["someone"], ["somebody"], ["rumor"])
    if _STUDY_PURPOSE.match(reading.text) and not reading.mentions:
        return True  # "..., i need to know how to practice": why the student asks, not a question of the course
    return (teller or statement or denied or hearsay) and not asks


# "i need to know how to practice", "i want to know how to study": the reason for asking, naming nothing of the course
_STUDY_PURPOSE = re.compile(
    r"^\W*(?:so\s+)?i\s+(?:need|want|have|gotta|wanna|would\s+like)\s+(?:to\s+)?(?:know\s+)?how\s+"
    r"(?:to\s+|i\s+should\s+)?(?:practi[cs]e|study|prepare|prep|revise|review)\b"
)


# Words before a question word that make it ask ("i was wondering when", "tell me where"); after a noun it only
# relates ("one question where the rubric was wrong", "the day when i was sick").
_EMBEDS = frozenset(
    {
        "know",
        "wondering",
        "wonder",
        "sure",
        "idea",
        "tell",
        "ask",
        "asking",
        "confused",
        "unclear",
        "understand",
        "clue",
    }
    | {"out", "remember", "check", "about", "see", "explain", "is", "and", "or", "but", "on", "of", "to", "me", "us"}
)


def _asks_something(text: str) -> bool:
    """Whether a question word in the sentence asks: first in a clause, last, or after a word that embeds a
    question."""
    for clause in re.split(r"[,;:()]|\s-+\s", text):
        said = [w for w in words_of(clause) if w not in _OPENERS]
        if any(
            w in _ASKS and (i == 0 or i == len(said) - 1 or said[i - 1] in _EMBEDS or said[i + 1] in _ASKING_VERBS)
            for i, w in enumerate(said)
        ):
            return True
    return False


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.replace("'", ""))


def told(course: Course, readings: list[Reading], reread: Callable[[str, Reading | None], Reading]) -> list[Reading]:
    """The readings with the story carried into the sentences that ask, and elaborations ("like exactly what
    percent") joined to the question they sharpen. Story sentences come back marked `told`."""
    if len(readings) < 2:
        return readings
    story = [r.told or is_told(r) for r in readings]  # the engine may know a piece is told (asked_in_story)
    if not any(story) or all(story):
        return readings
    out: list[Reading] = []
    heard = Story()
    for reading, is_story in zip(readings, story, strict=True):
        if is_story:
            reading.told = True
            heard = _heard(reading, heard, course)
            out.append(reading)
            continue
        asked = [r for r in out if not r.told]
        if asked and _MORE_EXACTLY.match(reading.text) and not _names(reading):
            # "how bad is the penalty if i turn it in then? like exactly what percent": one question
            i = out.index(asked[-1])
            joined = reread(f"{asked[-1].text} {reading.text}", out[i - 1] if i else None)
            out[i] = joined if _same_subject(joined, asked[-1]) else asked[-1]
            reading.told = True
            out.append(reading)
            continue
        text = _carried(reading, heard)
        again = reread(text, out[-1] if out else None) if text != reading.text else reading
        again.after_story = any(r.told for r in out)
        asked_before = next((r for r in reversed(out) if not r.told), None)
        follows = asked_before is not None and bool(asked_before.cues & heard.ideas)
        # "is the report the last thing, and is it due at 5": "it" is what the ask before it named, not the story's
        named_before = asked_before is not None and any(
            m.kind in _THINGS and m.start >= 0 for m in asked_before.mentions
        )
        out.append(_with_ideas(again if named_before else _with_things(again, heard), heard, follows))
    return out


# Requests a story can be about, which an asking sentence's "these"/"it" stands for ("how do i get these looked at").
_STORY_IDEAS = frozenset({"regrade"})
_BACK = frozenset({"it", "this", "that", "these", "those", "them"})
# Subjects a sentence asks about of its own: it does not take the story's request.
_OWN_IDEAS = frozenset({"due", "late", "extension", "exam", "office_hours", "class", "schedule", "regrade"})


def _with_ideas(reading: Reading, heard: Story, follows: bool) -> Reading:
    """ "they took off points on ps4 ... how do i get these looked at": the request the story told of; and of a part
    after one that took it ("... and is there a time limit")."""
    if heard.ideas and not reading.cues & _OWN_IDEAS and (follows or _BACK & set(reading.tokens)):
        reading.cues |= heard.ideas
    return reading


def _names(reading: Reading) -> bool:
    """Whether the sentence names something of its own (not only what it took from the one before)."""
    # a policy a word hints at ("sick": extensions) is not a thing the sentence is about
    return bool(reading.times) or any(m.start >= 0 and m.kind != "policy" for m in reading.mentions)


def _same_subject(joined: Reading, alone: Reading) -> bool:
    return {(m.kind, m.ids) for m in joined.mentions} >= {(m.kind, m.ids) for m in alone.mentions if m.start >= 0}


_THINGS = ("assignment", "exam", "section")


def _for_section(mention: Mention, section: str, course: Course) -> Mention:
    if mention.kind != "assignment" or len(mention.ids) < 2:
        return mention
    own = tuple(i for i in mention.ids if (a := course.assignment(i)) is not None and a.is_for(section))
    return replace(mention, ids=own) if own else mention


def _with_things(reading: Reading, heard: Story) -> Reading:
    """ "i'd upload ps7 sunday. how much credit would i still get": the work the story named, when the asking
    sentence names none of its own."""
    own = any(m.kind in _THINGS and m.start >= 0 for m in reading.mentions)
    if not heard.things or own or reading.unknown_assignments or _SEEKS_SOMEONE.search(reading.text):
        return reading  # "... who can i go see": someone to see, not the work the story named
    # what it took from the sentence before is what the whole story named
    kept = [m for m in reading.mentions if m.kind not in _THINGS]
    reading.mentions = [*kept, *heard.things]
    return reading


def _heard(reading: Reading, heard: Story, course: Course) -> Story:
    """What a story sentence adds: the things it names, the time it names last, and an absence when it names two
    days of one."""
    if "office_hours" in reading.cues:
        heard = replace(heard, office_hours=True)
    named = tuple(replace(m, start=-1, end=-1, relation="") for m in reading.mentions if m.kind in _THINGS)
    if named and not any(m.kind == "section" for m in named):
        named += tuple(m for m in heard.things if m.kind == "section")  # "we lost the süd data. ... the log"
    sections = [i for m in named if m.kind == "section" for i in m.ids]
    if len(set(sections)) == 1:
        # "the süd log": of the logs the words name, the section's own
        named = tuple(_for_section(m, sections[0], course) for m in named)
    before = {i for m in heard.things if m.kind == "assignment" for i in m.ids}
    now = {i for m in named if m.kind == "assignment" for i in m.ids}
    # "we lost the süd log. we'd re-upload the field log saturday": the log already named, not every log
    # "... half of essay 2 is gone. i handed essay 1 in on time": the work already in is not what is asked about
    done = bool(before) and handed_in_already(reading.text)
    if named and not (before and before < now) and not done:
        heard = replace(heard, things=named)
    heard = replace(heard, ideas=heard.ideas | (reading.cues & _STORY_IDEAS))  # "they marked it wrong": a regrade
    times = [t for t in reading.times if t.kind in ("day", "moment", "range", "time")]
    if not times:
        return heard
    when = reading.text[times[-1].start : times[-1].end].strip()
    # "i'm flying home thursday" then "won't be back until the following wednesday": days told one by one
    days = list(heard.days)
    for t in reading.times:
        if t.kind in ("day", "moment") and t.first is not None:
            if days and days[-1][0] == t.first:
                days.pop()  # "tuesday morning the 26th": one day, as its date says it
            days.append((t.first, _typed(reading, t)))
    away = heard.away
    if len(days) >= 2 and (heard.leaving or _AWAY_WORDS & set(words_of(reading.text))):
        away = (days[-2][1], days[-1][1])
    leaving = heard.leaving or bool(_AWAY_WORDS & set(words_of(reading.text)))
    return Story(when, away, heard.things, tuple(days[-2:]), leaving, heard.ideas, heard.office_hours)


def _typed(reading: Reading, phrase: TimePhrase) -> str:
    """A day as typed ("thursday", "the 25th"), without the time of day a moment adds."""
    typed = reading.text[phrase.start : phrase.end].strip()
    if phrase.kind == "moment":
        # "tuesday nov 26 in the evening" keeps its date: only a clock time ("at 10", "3pm", "10:30") is cut
        typed = re.split(
            r"\s+(?:at|around|about|by)\s*\d|\s+\d{1,2}(?::\d\d|\s*[ap]\.?m\b)|\s+(?:in\s+the\s+)?(?:morning|afternoon|evening|night|noon)",
            typed,
        )[0]
    return typed


def _carried(reading: Reading, heard: Story) -> str:
    """The asking sentence in words that stand on their own: "then" is the story's time, "while i'm gone" its
    absence. A sentence that names its own time keeps it."""
    text = reading.text
    tokens = set(words_of(text))
    if heard.office_hours and _SEEKS_SOMEONE.search(text) and not reading.cues & {"office_hours", "due", "late"}:
        # "... the only days i can make it to office hours. who can i go see": whom to see at office hours
        return f"{text} at office hours" + ("" if reading.times or not heard.when else f" {heard.when}")
    if reading.times:
        return text
    if heard.away is not None and (_THE_TRIP.search(text) or _MISS & tokens):
        leave, back = heard.away
        stripped = _THE_TRIP.sub(" ", text)
        return f"{' '.join(stripped.split())} if i leave {leave} and come back {back}"
    if heard.when and "then" in tokens:
        return " ".join(_THEN.sub(f" {heard.when} ", text).split())
    # "what did we cover" (the day told), "is that still accepted" (the plan told), "how much would i lose" (the
    # hand-in told); "when is it due" asks of its own.
    supposed = (
        (reading.past and "when" not in tokens)
        or (reading.yes_no and (_SUPPOSED & tokens or _THAT_PLAN.search(text)))
        or reading.cues & _LATE_CUES
    )
    if heard.when and not _names(reading) and supposed:
        # "i missed the lecture last wednesday. what did we cover", "i'd upload it sunday at 10. how much would i
        # get": the day the story named. "when are office hours" asks of its own time, not the story's.
        return f"{text} {heard.when}"
    return text
