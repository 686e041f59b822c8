"""An attribute asked of a known thing that the course data does not hold: "what topic is the repair assignment on"
(its topic is set later), "what time do the weekly quizzes open" (the page gives the lectures' times, not when a quiz
opens), "is there a backup date if the field trip is rained out", "when is the exam inspection".

The handler answers with the thing's card, which is not an answer to what was asked. When neither the card nor the
thing's own notes hold the attribute, the student first reads "The course page doesn't say <the attribute> of <the
thing>; <where to ask>. What it does say:", then the card. When the card holds it (an opening time, a rain date, a
topic named in the notes), the answer stands.

The attributes are general English kept as data (ATTRIBUTES): how a question asks one, how a page that gives it
reads, and how a page that puts it off reads ("a topic set by the coordinator", "the date is announced on Moodle").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from bot.core.answer import Answer, text
from bot.course.model import Assignment, Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import holds_fragment, holds_phrase, phrase_key, words

# Cards of one piece of work: its notes are shown and may hold the attribute in words no pattern knows.
_WORK_CARDS = frozenset({"assignment_due", "next_due", "release"})
# Cards of one thing, named in the lead by the card's own title.
_NAMED_CARDS = _WORK_CARDS | frozenset({"exam"})


@dataclass(frozen=True)
class UnheldAttribute:
    name: str  # what the student reads: "the topic of {thing}", "when the {asked} {open}" (the words asked)
    asked: re.Pattern  # how a question asks it
    held: re.Pattern | None  # how a page that gives it reads; None: it names the very thing asked
    put_off: re.Pattern | None = None  # how a page that leaves it for later reads (not holding it)
    intents: frozenset[str] | None = None  # the cards it is judged on; None: any card
    notes_hold: bool = False  # a piece of work's own notes or subtitle, unless they put it off, hold it
    platforms_hold: bool = False  # a card naming one of the course's sites or tools ("Sapling Learning") holds it
    course_holds: bool = False  # any text of the course naming the word asked holds it (the card may be another's)
    needs: tuple[str, ...] = ()  # a word every match of `asked` holds: without one, it is not searched (none: always)


# "a topic set by the coordinator", "topics announced in week 3", "a topic of your choice", "topic TBA"
_TOPIC_PUT_OFF = re.compile(
    r"\btopics?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:set|chosen|picked|assigned|given|announced|decided|released"
    r"|posted|confirmed|to\s+be|tba|tbd|tbc)\b|\bof\s+your\s+(?:own\s+)?choice\b|\byour\s+own\s+topic\b"
    # "a mini-project whose details are released later in the semester"
    r"|\bdetails?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:released|announced|posted|given|shared)\s+later\b"
)
# "the date is announced on Moodle", "time to be confirmed", "date TBA", "will be posted later"
_DATE_PUT_OFF = re.compile(
    r"\b(?:date|time|day|room|place)s?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:announced|posted|confirmed|published"
    r"|given|set|to\s+be|tba|tbd|tbc)\b|\bto\s+be\s+(?:announced|confirmed)\b"
)

TOPIC = UnheldAttribute(
    "the topic of {thing}",
    re.compile(
        r"\b(?:what|which)\s+(?:topic|topics|subject|theme)\b"
        r"|\bwhat(?:'?s|\s+is|\s+are)\s+the\s+(?:topics?|subject|theme)\s+(?:of|for)\b"
    ),
    re.compile(r"\b(?:topics?|themes?|subjects?)\b"),
    put_off=_TOPIC_PUT_OFF,
    intents=_WORK_CARDS,
    notes_hold=True,
    needs=("topic", "subject", "theme"),
)
OPENING = UnheldAttribute(
    "when the {asked} {open}",
    # "what time do the quizzes open", "when does the reading quiz unlock each week", "when do submissions go live"
    re.compile(
        r"\b(?:what\s+time|when|what\s+day|which\s+day)\b[^?.!]{0,60}?\b(?P<asked>quiz\w*|tests?|assignments?|homeworks?|hw"
        r"|problem\s+sets?|psets?|worksheets?|submissions?|portal|forms?|sign-?ups?)\b[^?.!]{0,30}?"
        r"\b(?:open|opens|unlock|unlocks|go\s+live|goes\s+live|become\s+available|becomes\s+available)\b"
    ),
    re.compile(r"\bopen(?:s|ed|ing)?\b|\bunlock\w*|\bavailable\b|\breleased?\b|\bgoes\s+live\b|\bgo\s+live\b"),
    put_off=_DATE_PUT_OFF,
    intents=frozenset({"meeting_cadence", "meetings", "schedule_day", "schedule_range", "course_fact"}) | _WORK_CARDS,
    needs=("open", "unlock", "live", "available"),
)
BACKUP_DATE = UnheldAttribute(
    "whether there is a backup date if it is called off",
    # "is there a backup date", "what's the rain date", "what if it rains", "cancelled bc of the weather"
    re.compile(
        r"\b(?:backup|back-up|back\s+up|rain|fallback|reserve|alternative|alternate)\s+(?:date|day)s?\b"
        r"|\bif\s+it\s+(?:rains|storms|snows|pours)\b"
        r"|\b(?:cancel\w*|postpon\w*|called\s+off|call\s+off)\b[^?.!]{0,40}?\b(?:rain\w*|weather|storms?|snow|typhoons?)\b"
        r"|\b(?:rain\w*|weather|storms?|snow|typhoons?)\b[^?.!]{0,30}?\b(?:cancel\w*|postpon\w*|called\s+off)\b"
    ),
    re.compile(
        r"\b(?:rain\w*|weather|storms?|snow|typhoons?|backup|back-up|postpon\w*|reschedul\w*|alternative\s+date"
        r"|alternate\s+date|moved\s+to)\b"
    ),
    put_off=_DATE_PUT_OFF,
    needs=("day", "date", "rain", "storm", "snow", "pours", "weather", "typhoon"),
)
INSPECTION = UnheldAttribute(
    "when the exam inspection is",
    # "when is the exam inspection", "when can we view our marked exams"
    re.compile(
        r"\binspection\b|\b(?:exam|script|paper)\s+viewing\b"
        r"|\b(?:view|see|look\s+at)\s+(?:my|our|the)\s+(?:marked|graded|corrected)\s+(?:exams?|papers?|scripts?)\b"
    ),
    re.compile(r"\binspect\w*|\bviewing\b"),
    put_off=_DATE_PUT_OFF,
    intents=frozenset({"exam"}),
    needs=("inspection", "viewing", "marked", "graded", "corrected"),
)
SOFTWARE = UnheldAttribute(
    "which software to use",
    # "what fea software are we supposed to use", "which program do we need to install for the labs"
    re.compile(
        r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:software|programs?|apps?|applications?|tools?|packages?|ide|editor"
        r"|simulators?|operating\s+system)\b[^?.!]{0,40}?\b(?:use|using|need|install|download|run|get|buy)\b"
    ),
    re.compile(
        r"\bsoftware\b|\binstall\w*|\bdownload\w*|\blicen[cs]e\w*|\bprograms?\b|\bapps?\b|\btools?\b|\bpackages?\b"
        r"|\bsimulat\w*"
    ),
    platforms_hold=True,
    needs=("software", "program", "app", "tool", "package", "ide", "editor", "simulator", "operating"),
)
EQUIPMENT = UnheldAttribute(
    "which computer you need",
    # "what laptop do i need for this class", "which kind of computer should we bring to the lab"
    re.compile(
        r"\b(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?:laptops?|computers?|pcs?|tablets?|ipads?"
        r"|macbooks?|hardware)\b[^?.!]{0,40}?\b(?:need|buy|get|use|bring|have)\b"
    ),
    re.compile(r"\blaptops?\b|\bcomputers?\b|\bdevices?\b|\btablets?\b|\bhardware\b|\bpcs?\b"),
    needs=("laptop", "computer", "pc", "tablet", "ipad", "macbook", "hardware"),
)
EXAMINER = UnheldAttribute(
    "who the examiners are",
    # "who examines us in the oral", "who's on the jury", "who are the examiners for the viva"
    re.compile(
        r"\bwho\s+(?:\w+\s+){0,2}?(?:examines?|examining|assess(?:es)?|assessing)\b"
        r"|\bwho(?:'s|s|\s+is|\s+are|\s+r|\s+will\s+be)\s+(?:the|our|my|on\s+the|on\s+our|on\s+my)\s+"
        r"(?:[\w-]+\s+)?(?:examiners?|assessors?|jury|panel)\b"
    ),
    re.compile(r"\bexaminers?\b|\bexamine[sd]\b|\bassessors?\b|\bassessed\s+by\b|\bjury\b|\bpanel\b"),
    needs=("who",),
)
PASSWORD = UnheldAttribute(
    "the password",
    # "whats the zoom password for marco's office hours", "passcode for the online section": a link is not its code
    # (asked, not told: "i forgot my gradescope password, can i submit late" asks of the late rule)
    re.compile(
        r"\b(?:what|whats|what's|which|is\s+there\s+an?|do\s+(?:i|we|you)\s+need\s+an?|need\s+the|get\s+the)\b"
        r"[^?.!]{0,40}?\b(?:password|passcode|pass\s+code|passwd)s?\b"
    ),
    re.compile(r"\bpass(?:word|code)s?\b|[?&]pwd="),
    needs=("pass",),  # a word every match of its pattern holds
)
DRESS_CODE = UnheldAttribute(
    "what to wear",
    # "whats the dress code for the colloquium", "what should we wear to the site visit", "do we have to dress up"
    re.compile(
        r"\bdress\s+code\b|\bwhat\s+(?:should|do|must|shall)\s+(?:i|we|you)\s+wear\b|\bwhat\s+to\s+wear\b"
        r"|\b(?:have|need)\s+to\s+dress\s+(?:up|formal\w*|smart\w*)\b|\bhow\s+(?:should|do)\s+(?:i|we)\s+dress\b"
    ),
    re.compile(
        r"\bwear\w*|\battire\b|\bdress\w*|\bcloth\w*|\bshoes?\b|\bboots?\b|\bcoats?\b|\bgoggles\b|\buniforms?\b"
        r"|\bformal\b|\bjackets?\b|\bgloves\b|\bhelmets?\b|\bscrubs\b|\bgear\b"
    ),
    needs=("dress", "wear"),  # a word every match of its pattern holds
)
TRAVEL = UnheldAttribute(
    "how you get there or when the transport leaves",
    # "what time does the train to kew leave", "when does the bus for the field trip depart": the visit's own card
    # gives when it is, not the transport to it
    # (asked, not told: "my flight home leaves on april 2, could i write the exam early" asks of the exam)
    re.compile(
        r"\b(?:what\s+time|when|where|how\s+early)\s+(?:does|do|will|is|are)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?"
        r"(?:bus|buses|train|trains|coach|coaches|shuttle|van|vans|ferry|flight|flights)\b[^?.!]{0,40}?"
        r"\b(?:leave|leaving|depart|departing|get\s+back|return|arrive)\b"
        r"|\bwhat(?:'s|s|\s+is)\s+the\s+(?:departure|pick-?up)\s+(?:time|point|place)\b"
    ),
    re.compile(
        r"\b(?:bus|buses|train|trains|coach|coaches|shuttle|van|vans|ferry|flights?|depart\w*|leaves|transport\w*"
        r"|pick-?up|carpool\w*|travel\w*)\b|\bmeet(?:ing)?\s+(?:at|point)\b"
    ),
    needs=("leav", "depart", "back", "return", "arriv", "pick"),  # a word every match of its pattern holds
)
POSTING = UnheldAttribute(
    "when it is posted",
    # "will the lab slides be posted before or after lab": the card lists the slides, not when they
    # go up
    re.compile(
        r"\b(?:posted|uploaded|put\s+up|put\s+online|released|shared|up)\s*,?\s+(?:before|after|ahead\s+of|in\s+advance)\b"
    ),
    re.compile(
        r"\b(?:before|after|ahead|advance|within|beforehand|afterwards|same\s+day|day\s+of)\b|\b(?:posted|uploaded)\s+"
        r"(?:on|by|each|every)\b"
    ),
    needs=("before", "after", "ahead", "advance"),  # a word every match of its pattern holds
)
TURN_ORDER = UnheldAttribute(
    "the order of turns within the session",
    # "what order are people called in at the viva", "what time is my slot within the session", "when is my turn to
    # present": the session's day and time are not each student's place in it
    re.compile(
        r"\b(?:what|which)\s+order\b[^?.!]{0,40}?\b(?:called|go|going|present\w*|speak\w*|examined|seen|up|in)\b"
        r"|\bmy\s+(?:own\s+)?(?:slot|turn|time\s*slot)\s+(?:within|in|at|during|for)\b|\bwhen\s+(?:is\s+)?my\s+turn\b"
        r"|\border\s+of\s+(?:presentations|presenters|speakers|students|groups|turns|candidates)\b"
    ),
    re.compile(r"\b(?:order|slots?|turns?|rota|alphabetical\w*|sign-?up\s+sheet|allocated|timetabled|time\s+each)\b"),
    needs=("order", "slot", "turn"),
)
RESPONSIBLE = UnheldAttribute(
    "who is in charge of that",
    # "who is the ta in charge of the deep learning unit", "which tutor is responsible for the field logs": a list of
    # the staff by role does not say which of them looks after that thing (the course itself is its instructors')
    re.compile(r"\b(?:in\s+charge\s+of|responsible\s+for)\s+(?!(?:the\s+|this\s+)?(?:course|class|module|subject)\b)"),
    re.compile(
        r"\bin\s+charge\b|\bresponsib\w+|\blead\w*|\bled\s+by\b|\brun\s+by\b|\bruns\b|\bcoordinat\w+|\bhandles?\b"
        r"|\bsupervis\w+|\bcontact\b|\bgrad\w+|\bmark\w*|\bsections?\b|\bgroups?\b"
    ),
    intents=frozenset({"staff"}),
    needs=("charge", "responsible"),  # a word every match of its pattern holds
)
# What a schedule row's own words are asked of (its day, what it covers) rather than something of the thing it names
_OF_THE_ROW = (
    r"(?!(?:day|days|week|weeks|date|dates|time|times|lectures?|class|classes|topics?|chapters?|units?|modules?"
    r"|sessions?|readings?|material|materials|content|stuff|things?|sections?|labs?|seminars?"
    r"|tutorials?|parts?|books?|slides|exams?|quiz\w*|homeworks?|hw|assignments?|we|i|you|they|it|is|are)\b)"
)
THING_OF_A_ROW = UnheldAttribute(
    "{which}",
    # "what gpu does databricks give us", "how much ram does the aws instance have": the rows naming databricks
    # say when it is taught, not which gpu it gives; a row holding the word asked answers it
    re.compile(
        rf"^\W*(?:so\s+|hey\s+)?(?:what|which)\s+{_OF_THE_ROW}(?P<asked>[a-z]{{2,}})\s+(?:does|do|did|will|would)\s+"
        rf"|^\W*(?:so\s+|hey\s+)?how\s+(?P<amount>much|many)\s+{_OF_THE_ROW}(?P<counted>[a-z]{{2,}})\s+(?:does|do|did|will|would)\s+"
    ),
    None,
    intents=frozenset({"topic"}),
)
STAY = UnheldAttribute(
    "where you stay",
    # "where will we stay during the excursion", "which hostel is the field trip in": a trip's card gives when and
    # where it goes, not where its students sleep
    re.compile(
        r"\bwhere\s+(?:do|will|are|would|should|shall|can)\s+(?:we|i|you|they|students)\s+(?:be\s+)?(?:sleep|sleeping"
        r"|stay|staying|lodg\w*|spend\s+the\s+nights?)\b|\b(?:what|which)\s+(?:hotel|hostel|accommodation|lodging|hut)s?\b"
    ),
    re.compile(
        r"\b(?:hotels?|hostels?|huts?|cabins?|lodg\w*|accommodat\w*|sleep\w*|stay\w*|overnight|camp\w*|tents?"
        r"|bunk\w*|dorms?)\b"
    ),
    needs=("where", "hotel", "hostel", "accommodation", "lodging", "hut"),  # a word every match of its pattern holds
)
MEALS = UnheldAttribute(
    "what you eat",
    # "what do we eat on the excursion", "are meals included on the trip"
    re.compile(
        r"\bwhat\s+(?:do|will|are|would|should|can)\s+(?:we|i|you|they)\s+(?:be\s+)?(?:eat|eating)\b"
        r"|\b(?:is|are|will)\s+(?:the\s+)?(?:lunch|dinner|breakfast|meals?|food|snacks?)\s+(?:be\s+)?(?:provided|included"
        r"|covered|served)\b"
    ),
    re.compile(r"\b(?:lunch\w*|dinners?|breakfasts?|meals?|food|snacks?|eat\w*|cater\w*|packed|picnic)\b"),
    needs=("eat", "provided", "included", "covered", "served"),  # a word every match of its pattern holds
)
EVENT = UnheldAttribute(
    "when the {asked} {be}",
    # "when is the project report presentation", "when are the ps3 demos": the work's card gives its due date, not
    # an event the course never names; a course naming one anywhere (a row "Project presentations") keeps it
    re.compile(
        r"\b(?:when|what\s+day|what\s+time|where)\b[^?.!]{0,50}?\b(?P<asked>presentations?|demos?|poster\s+sessions?"
        r"|defen[cs]es?|vivas?|interviews?|showcases?|pitch(?:es)?|critiques?)\b"
    ),
    None,
    intents=_WORK_CARDS,
    course_holds=True,
    needs=("when", "what", "where"),  # a word every match of its pattern holds
)
EXAM_FORMAT = UnheldAttribute(
    "how {thing} is set out (its sections, questions or marks per part)",
    # "how is the final structured", "hows the midterm laid out", "what's the format of the midterm", "how many sections
    # are on the exam"
    re.compile(
        r"\bhow(?:'?s|\s+is|\s+will|\s+are)\s+(?:[\w-]+\s+){0,4}?(?:be\s+)?(?:structured|set\s+out|laid\s+out|formatted"
        r"|organi[sz]ed|broken\s+down|set\s+up)\b"
        r"|\b(?:format|structure|layout)\s+(?:of|for)\b"
        r"|\bhow\s+many\s+(?:sections|parts|questions|problems)\b"
    ),
    re.compile(
        r"\bsections?\b|\bparts?\b|\bquestions?\b|\bproblems?\b|\bformat\b|\bmultiple[- ]choice\b|\bshort[- ]answer\b"
        r"|\bstructured?\b"
    ),
    intents=frozenset({"exam"}),
    needs=("structure", "set out", "laid out", "format", "organi", "broken down", "set up", "layout", "how many"),
)
ATTRIBUTES = (
    TOPIC,
    OPENING,
    BACKUP_DATE,
    INSPECTION,
    EXAM_FORMAT,
    SOFTWARE,
    EQUIPMENT,
    EXAMINER,
    PASSWORD,
    DRESS_CODE,
    TRAVEL,
    POSTING,
    TURN_ORDER,
    RESPONSIBLE,
    THING_OF_A_ROW,
    STAY,
    MEALS,
    EVENT,
)


def asked_unheld(question: str, intent: str) -> UnheldAttribute | None:
    """The attribute a question asks of the card it was read as, among those cards often lack."""
    plain = question.lower()
    for attribute in ATTRIBUTES:
        if (
            (attribute.intents is None or intent in attribute.intents)
            and (not attribute.needs or holds_fragment(plain, attribute.needs))
            and attribute.asked.search(plain)
        ):
            return attribute
    return None


def _said(answer: Answer) -> str:
    lines = (*answer.lines, *(x for f in answer.fields for x in f.lines))
    return " ".join(s for line in lines for s in line if isinstance(s, str)).lower()


def _held(attribute: UnheldAttribute, said: str, notes: str) -> bool:
    """Whether the page holds the attribute: the card gives it (not only to put it off), or the work's notes do."""

    def put_off(where: str) -> bool:  # "on a topic set by the coordinator": named, and left for later
        return attribute.put_off is not None and attribute.put_off.search(where) is not None

    if attribute.held is not None and attribute.held.search(said) and not put_off(said):
        return True
    # the work's own description says what it is on in its own words
    return attribute.notes_hold and bool(notes.strip()) and not put_off(notes)


_SUBTITLE = re.compile(r"[:–—]\s*(\S.*)$|\s-\s+(\S.*)$")  # "Practical sheet 1: Snow pits"


def _description(course: Course, slots: Mapping[str, Any]) -> str:
    """The named work's own words on what it is: its notes and the subtitle of its title."""
    ids = set(slots.get("assignments") or ())
    said = []
    for a in course.assignments:
        if a.id in ids:
            subtitle = _SUBTITLE.search(a.title)
            said += [a.notes, next((g for g in subtitle.groups() if g), "") if subtitle else ""]
    return " ".join(s for s in said if s).lower()


def _work_holds(course: Course, attribute: UnheldAttribute, asked: str) -> bool:
    """Whether work of the kind a question names ("the quizzes") holds the attribute in its notes or release: the
    card read is not that work's, and the page may still say it."""
    if attribute is not OPENING or asked == "it":
        return False
    named = stem(asked)
    for a in course.assignments:
        own = {stem(w) for w in words(" ".join((a.kind, a.title, a.short, *a.aliases)).lower())}
        of_kind = any(w.startswith(named) or named.startswith(w) for w in own if len(w) > 1)
        if of_kind and (a.release is not None or attribute.held.search(a.notes.lower())):
            return True
    return False


def _names_word(said: str, asked: str) -> bool:
    """Whether the card's words hold the word asked (in any of its forms)."""
    return stem(asked) in {stem(w) for w in words(said)}


def _names(work: Assignment) -> set[tuple[str, ...]]:
    return {k for k in (phrase_key(n) for n in (work.id, work.title, work.short, *work.aliases)) if k}


def _names_platform(course: Course, said: str) -> bool:
    """Whether the words name one of the course's own sites or tools, by its name or id."""
    key = phrase_key(said)
    return any(holds_phrase(key, phrase_key(n)) for p in course.platforms for n in (p.name, p.id) if phrase_key(n))


def _only_named(course: Course, slots: Mapping[str, Any], question: str) -> Assignment | None:
    """ "whats the topic for hw5" answered with "Recitation 11: Homework 5 Solutions": the work the question names,
    when every schedule row found names that work (found for its name, not for what the work is on); else None."""
    rows = [course.schedule[i] for i in slots.get("rows") or () if 0 <= i < len(course.schedule)]
    if not rows:
        return None
    asked = phrase_key(question)
    held = {a.id: max((len(n) for n in _names(a) if holds_phrase(asked, n)), default=0) for a in course.assignments}
    longest = max(held.values(), default=0)
    # "homework 4 part a" names Part A, though "homework 4" alone would name both parts
    named = [a for a in course.assignments if longest and held[a.id] == longest]
    if len(named) != 1:
        return None
    names = _names(named[0])
    return named[0] if all(any(holds_phrase(phrase_key(r.title), n) for n in names) for r in rows) else None


def unheld_attribute(
    course: Course,
    intent: str,
    slots: Mapping[str, Any],
    question: str,
    answer: Answer,
    where: str,
    holds: Callable[[str], bool] = lambda _: False,
) -> Answer:
    """The answer, or when it is a card that does not hold the attribute asked, the card after "The course page
    doesn't say <the attribute> of <the thing>; <where>. What it does say:" (kind unknown). `holds` says whether
    any text of the course holds a word."""
    if answer.kind != "info":
        return answer
    if intent == "topic" and TOPIC.asked.search(question.lower()) and (work := _only_named(course, slots, question)):
        lead = text(f"The course page doesn't say the topic of {work.title}; {where}. What it does say:")
        return replace(answer, lines=(lead, *answer.lines), kind="unknown")
    attribute = asked_unheld(question, intent)
    if attribute is None or _held(attribute, _said(answer), _description(course, slots)):
        return answer
    if attribute.platforms_hold and _names_platform(course, _said(answer)):
        return answer  # "what app do we use for the quizzes": "On Sapling Learning" names it
    thing = answer.title if intent in _NAMED_CARDS and answer.title else "this"
    found = attribute.asked.search(question.lower())
    named = found.groupdict() if found else {}
    asked = named.get("asked") or named.get("counted") or "it"
    if attribute.held is None and _names_word(_said(answer), asked):
        return answer  # "what gpu does the cluster have" of a row "GPUs on the cluster": the row names it
    if attribute.course_holds and all(holds(w) for w in words(asked)):
        return answer  # the course names such an event somewhere: not for this guard to say it has none
    if _work_holds(course, attribute, asked):
        return answer  # "what time do the lecture quizzes open" of quizzes whose notes say when: not unknown
    plural = asked.endswith("s") and not asked.endswith("ss")
    which = f"how {named['amount']} {asked}" if named.get("counted") else f"which {asked}"
    said = attribute.name.format(
        thing=thing, asked=asked, open="open" if plural else "opens", which=which, be="are" if plural else "is"
    )
    lead = text(f"The course page doesn't say {said}; {where}. What it does say:")
    return replace(answer, lines=(lead, *answer.lines), kind="unknown")
