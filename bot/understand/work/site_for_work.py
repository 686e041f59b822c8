"""Where a kind of work is done online: "where do we do the online hw", "which app are the pre-lecture quizzes in",
"what program do we use to make charts", "where do we upload the field observations".

A student sees the course's site that the course's own text names beside that work (an item's notes "In Achieve.",
a policy sentence, a session titled "Charts in Datawrapper", the site's own name), with those words quoted. When no
one site is named beside what was asked, nothing is said here: the submission site, or the rest of the engine,
answers (never a guess between two sites).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course, Platform

# "where do we do the online hw", "where are the quizzes done", "where do i upload the observations": a place for
# doing work (not "where is the lab", a room), or "what program / which app": a tool asked by its kind.
SITE_ASKED = re.compile(
    r"\bwhere\s+(?:do|does|are|is|will|should|can|must|r)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:do|done|take|taken|complete|completed|upload|uploaded|post|posted|submit|submitted|log|logged|record"
    r"|recorded|enter|entered|access|accessed|make|made|publish|published|found|hosted)\b(?![\s-]+up\b)"
    r"|\b(?:what|which)\s+(?:[\w'-]+\s+)?(?:programs?|software|apps?|applications?|tools?|sites?|websites?"
    r"|platforms?)\s+(?:do|does|will|should|are|is|r|can|must|to|for)\b"
)
# Exams are sat in rooms (their own answers say where); a meeting is a room too. A request under a rule (a regrade,
# an extension) is answered with its rule, window and all.
_NOT_WORK = re.compile(
    r"\b(?:exams?|midterms?|finals?|tests?|resits?|regrades?|late|extensions?|requests?|grace|appeals?)\b"
)
# Words of the asking, not of the work asked about.
_ASKING = """where what which who how when do does did done doing are is was were will would should can could must
    r we i you u they our my your the a an to for of on in at with and or it its this that these those them us me use
    used using usually online program programs software app apps application applications tool tools site sites
    website websites platform platforms take taken complete completed upload uploaded post posted submit submitted
    log logged record recorded enter entered access accessed make made publish published found find hosted go
    gonna going have has need get put course class guys all each every"""
_WORD = re.compile(r"[a-z0-9]+")


def _key(word: str) -> str:
    """A word as compared with the course's: plural and doubled letters away ("quizes", "quizzes" -> "quiz")."""
    if len(word) > 2:
        if re.search(r"(?:[zx]|ch|sh|ss)es$", word):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
    return re.sub(r"(.)\1", r"\1", word)


def _keys(said: str) -> frozenset[str]:
    return frozenset(_key(w) for w in _WORD.findall(said.lower()))


_ASKING_KEYS = _keys(_ASKING)


@dataclass(frozen=True)
class _Passage:
    """Words of the course that name a site beside some work, and the words to quote."""

    words: frozenset[str]
    quoted: str
    # For an item's notes: the words of the course's other items that do not name the site ("Field Report 1" when
    # only Field Report 2's notes name iNaturalist): work they match as well is not the site's work.
    rivals: tuple[frozenset[str], ...] = ()
    item: bool = False  # an item's own notes, not prose


@dataclass(frozen=True)
class _Sites:
    """Each site's passages and its own name's words, and the course's words for its meetings, built once."""

    passages: tuple[tuple[Platform, tuple[_Passage, ...], frozenset[str]], ...]
    meeting_words: frozenset[str]
    exam_names: re.Pattern[str]
    work_words: frozenset[str]  # the words of the course's items' names ("pset", "report"): they weigh first
    # the words of each of the course's texts that name no site: one that holds more of the work asked than a site's
    # passage does is what the question is about ("the digital prototype uses Twine or Godot")
    unsited: tuple[frozenset[str], ...] = ()


_BUILT: Kept[_Sites] = Kept(size=64)


def _sites(course: Course) -> _Sites:
    """The course's sites with the passages naming each, built when the course is first asked (not per question)."""
    return _BUILT.get(course, "sites", lambda: _build(course))


# Words a site's name may open with that name no site: "the JAPN 1010 Slack" is called "Slack"
_NOT_A_SITE_NAME = frozenset({"the", "a", "an", "our", "your", "course", "class", "official"})


def _site_name(platform: Platform, course: Course | None = None) -> str:
    """The name a course's text calls a site by: "Mastering Physics", "iNaturalist" (of "iNaturalist project ..."),
    "Slack" (of "the JAPN 1010 Slack": an article, the course's own number and digits are no site's name)."""
    said = platform.name.split("(")[0].split()
    code = {w.lower() for n in (course.numbers if course else ()) for w in n.split()}
    named = [w for w in said if w.lower() not in _NOT_A_SITE_NAME and w.lower() not in code and not w.isdigit()]
    return named[0] if named else (said[0] if said else "")


# A site's role named by the work asked about: "where are the lecture recordings" asks the recordings site (where grades
# are posted is bot.understand.about_course.grades_site's: the gradebook)
_ROLE_WORDS = {"recordings": frozenset({"recording"})}


def _build(course: Course) -> _Sites:
    texts: list[tuple[str, str]] = []  # (words to match, words to quote)
    items = []
    for a in course.assignments:
        said = " ".join((a.title, a.short, *a.aliases, a.kind.replace("_", " ")))
        items.append((f"{said} {a.notes}", f"{a.title}: {a.notes}" if a.notes else a.title))
    for p in course.policies:
        texts += [(s, s) for t in (p.summary, p.quote) for s in _clauses(t)]
    texts += [(s, s) for t in (course.description, course.components) for s in _clauses(t)]
    texts += [(f"{d.title} {' '.join(d.keywords)}", d.title) for d in course.schedule]
    passages = []
    for platform in course.platforms:
        name = _site_name(platform, course)
        if len(name) < 3:
            continue
        named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
        found = {quoted: _Passage(_keys(words), quoted.strip()) for words, quoted in texts if named.search(words)}
        rivals = tuple(_keys(words) for words, _ in items if not named.search(words))
        for words, quoted in items:
            if named.search(words):
                found.setdefault(quoted, _Passage(_keys(words), quoted.strip(), rivals, item=True))
        own = _keys(platform.name) | _ROLE_WORDS.get(platform.role, frozenset())
        passages.append((platform, tuple(found.values()), own))
    meeting_words = frozenset(
        _key(w)
        for kind in course.meeting_kinds
        for said in (kind.id.replace("_", " "), kind.name, kind.plural, *kind.aliases)
        for w in _WORD.findall(said.lower())
    ) | frozenset({"lecture", "lab", "session", "section", "tutorial", "seminar", "studio", "meeting"})
    exams = [n for e in course.exams for n in (e.id, e.title, *e.aliases) if n.strip()]
    exam_names = "|".join(re.escape(n.lower()) for n in sorted(exams, key=len, reverse=True))
    exam_pattern = re.compile(rf"(?<![\w-])(?:{exam_names})(?![\w-])" if exams else "$^")
    work_words = frozenset().union(
        *(_keys(words.removesuffix(a.notes)) for a, (words, _) in zip(course.assignments, items, strict=True))
    )
    names = [
        re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])", re.IGNORECASE)
        for p in course.platforms
        if len(n := _site_name(p, course)) >= 3
    ]
    unsited = tuple(_keys(words) for words, _ in texts if not any(n.search(words) for n in names))
    return _Sites(tuple(passages), meeting_words, exam_pattern, work_words - meeting_words, unsited)


def _weight(sites: _Sites, matched: frozenset[str]) -> tuple[int, int]:
    """Words naming the course's work first ("psets"), then any other word ("weekly")."""
    return len(matched & sites.work_words), len(matched)


def _its_own(passage: _Passage, asked: frozenset[str]) -> bool:
    """Whether the work asked is the passage's own: no item that does not name the site matches it as well."""
    matched = len(asked & passage.words)
    return all(len(asked & rival) < matched for rival in passage.rivals)


def _clauses(said: str) -> list[str]:
    """Prose cut at sentence ends, semicolons and commas: a list of the course's parts ("nine online quizzes, and
    iClicker participation") names each part beside its own site only."""
    return [c for s in split_sentences(said or "") for c in re.split(r"[;,]\s+", s) if c.strip()]


def site_for_work(course: Course, question: str) -> Answer | None:
    """The site the course's text names beside the work asked about, or None when the question does not ask where
    work is done online, or no one site is named beside it."""
    plain = " ".join(question.lower().split())
    if not SITE_ASKED.search(plain) or _NOT_WORK.search(plain) or not course.platforms:
        return None
    sites = _sites(course)
    if sites.exam_names.search(plain):
        return None  # "where do i take mt2": an exam's room
    asked = _keys(plain) - _ASKING_KEYS
    if not asked - sites.meeting_words or "question" in asked:
        return None  # "where do we do the lab sessions": a meeting's room; "where do we post questions": the forum
    scored = []
    for platform, passages, own in sites.passages:
        # an item's own notes ("Problem Set 1: On Sapling Learning.") before prose that names the work in passing
        own_work = (p for p in passages if _its_own(p, asked))
        best = max(own_work, key=lambda p: (_weight(sites, asked & p.words), p.item), default=None)
        in_text = asked & best.words if best is not None else frozenset()
        in_name = asked & own
        if (in_text | in_name) - sites.meeting_words:
            scored.append(((_weight(sites, in_text), len(in_name)), platform, best if in_text else None))
    if not scored:
        return None
    scored.sort(key=lambda s: s[0], reverse=True)
    tied = [s for s in scored if s[0] == scored[0][0]]
    if len(tied) > 1:
        # "Moodle", "Moodle Q&A forum", "Moodle gradebook": a passage naming "Moodle" names the bare site, when the
        # course lists it by that name alone; any other tie is two sites named alike, not a guess between them
        bare = [s for s in tied if s[1].name.strip().lower() == _site_name(s[1]).lower()]
        if len(bare) != 1 or len({_site_name(s[1]).lower() for s in tied}) != 1:
            return None
        tied = bare
    _, platform, passage = tied[0]
    matched = len(asked & passage.words) if passage is not None else 0
    if matched and any(len(asked & words) > matched for words in sites.unsited):
        return None  # a text naming no site holds more of the work asked: the site's passage is about other work
    lines = [text(f"On **{platform.name}**" + (f": {platform.url}" if platform.url else "."))]
    if passage is not None:
        lines.append(text(f"“{passage.quoted}”"))
    return Answer(title=f"Where: {platform.name}", lines=tuple(lines))
