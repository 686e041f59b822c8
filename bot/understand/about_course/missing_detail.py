"""A detail a question asks for that the answer found does not give: a link ("whats the teams link for the h13a
tute"), a count ("how many questions are on the peer assessment"), when results come out ("when are final results
released"), how groups or partners are assigned ("how do we get assigned lab partners"). The card found is still
shown, but the answer says the page does not give that detail."""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.words.normalize import holds_fragment

# "the zoom link", "link?", "url for the slides", "where's the teams meeting link"
_LINK = re.compile(r"\b(?:links?|url|urls|web\s*address|website)\b")
# "how many questions are on the quiz", "how many pages is the essay": a count of the work's own parts
_COUNT = re.compile(r"\bhow\s+many\s+(questions|problems|pages|words|tasks|exercises)\b")
# "when are final results released", "when do we get our marks back", "when will grades be out"
_RESULTS = re.compile(r"\b(?:results?|grades?|marks?|scores?)\b")
_RESULTS_NEEDS = ("result", "grade", "mark", "score")
_OUT = re.compile(r"\b(?:released?|out|back|published?|posted|come\s+out|available|returned)\b")
# "grades are released within two weeks", "marks are returned on Gradescope": said of results, in one sentence
_SAID_OUT = re.compile(
    r"\b(?:results?|grades?|marks?|scores?|graded)\b[^.;]{0,60}?\b(?:releas\w*|publish\w*|return\w*|posted|available"
    r"|back|out)\b|\b(?:releas\w*|publish\w*|return\w*|post\w*)\b[^.;]{0,30}?\b(?:results?|grades?|marks?|scores?)\b"
    # "marked within one week"
    r"|\b(?:marked|graded|returned)\b[^.;]{0,60}?\bwithin\s+(?:[\w-]+\s+){0,2}?(?:days?|weeks?)\b"
)

# "when will minor 1 answer scripts be shown", "can we see our marked midterm papers": graded work shown back
_SCRIPTS = re.compile(
    r"\b(?:answer\s+(?:scripts?|sheets?|books?|booklets?)|scripts?|(?:exam|test|midterm|final|quiz|marked|graded)\s+(?:papers?|copies"
    r"|booklets?))\b"
)
_SCRIPTS_NEEDS = ("script", "sheet", "book", "paper", "copies")  # a word every match of _SCRIPTS holds
_SHOWN = re.compile(r"\b(?:shown|show|showed|view\w*|see|seen|returned|given\s+back|handed\s+back|back|distributed)\b")
_SAID_SHOWN = re.compile(
    r"\b(?:scripts?|papers?|copies|booklets?|exams?|tests?)\b[^.;]{0,60}?\b(?:shown|view\w*|return\w*|handed\s+back"
    r"|given\s+back|distributed)\b|\b(?:viewing|inspection)\b"
)

# "how do we get assigned lab partners", "how are the groups chosen", "how will tutorial slots be allocated"
_ASSIGNED = re.compile(
    r"\bhow\s+(?:do|does|did|are|is|was|were|will|would)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:assigned|allocated|chosen|picked|selected|matched|paired|formed|sorted|placed|put\s+into)\b"
)
# "groups are assigned by the TA", "choose your own partner", "randomly paired", "sign up for a slot"
_SAID_ASSIGNED = re.compile(
    r"\b(?:assign\w*|allocat\w*|choose|chosen|choice|pick\w*|select\w*|random\w*|match\w*|self-select\w*"
    r"|sign[\s-]*up|signups?|pair\s+up|paired\s+(?:by|with)|put\s+(?:you\s+)?into"
    # "students will create groups", "form your own teams": the students make them
    r"|(?:form|forms|create|creates|make|makes)\s+(?:[\w-]+\s+){0,2}?(?:groups?|teams?|pairs?))\b"
)

# "what laptop should i get", "which calculator do we buy": one thing to choose, which the answer must name
_PICK = re.compile(
    r"\b(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?([a-z][a-z+-]{2,})\s+(?:should|do|would|shall)"
    r"\s+(?:i|we)\s+(?:get|buy|purchase|order)\b"
    # "what grade do i get with 14.5": a mark's outcome, not a thing to buy
    r"(?!\s+(?:with|if|at|for|from)\b[^?.!]{0,20}?\d)"
)


def missing_detail(question: str, answer: Answer) -> str | None:
    """What the page does not give of what is asked ("The course page gives no link for that."), or None when the
    answer gives it or nothing of the kind is asked."""
    lowered = question.lower()
    # each pattern searched only in a text holding a word every match of it holds
    link = _LINK.search(lowered) if "url" in lowered or "link" in lowered or "web" in lowered else None
    count = _COUNT.search(lowered) if "many" in lowered else None
    scripts = _SCRIPTS.search(lowered) if holds_fragment(lowered, _SCRIPTS_NEEDS) else None
    results = _RESULTS.search(lowered) if holds_fragment(lowered, _RESULTS_NEEDS) else None
    assigned = _ASSIGNED.search(lowered) if "how" in lowered else None
    pick = _PICK.search(lowered) if "should" in lowered or " do " in lowered or "would" in lowered else None
    if not (link or count or scripts or results or assigned or pick):
        return None  # nothing of the kind asked: the answer's words (a large course's whole card) are not read
    said = _said(answer)
    if pick and not re.search(rf"\b{re.escape(pick.group(1).removesuffix('s'))}", said):
        # "what laptop should i get" answered by the textbook's card: the card names no laptop to get
        return f"The course page does not say which {pick.group(1)} to get."
    if assigned and not _SAID_ASSIGNED.search(said):
        # "how do we get assigned lab partners" of a rule that lab work is done in pairs: who is with whom is not said
        return "The course page does not say how that is decided."
    if link and not any(w in said for w in ("http://", "https://", "www.")):
        return "The course page gives no link for that."
    if count and not re.search(rf"\d[\d,]*\s+(?:[\w-]+\s+){{0,2}}{count.group(1)}", said):
        return f"The course page does not say how many {count.group(1)} there are."
    if scripts and _SHOWN.search(lowered) and not _SAID_SHOWN.search(said):
        return f"The course page does not say when or how {scripts.group(0)} are shown or returned."
    if results and _OUT.search(lowered[results.end() :]) and not _SAID_OUT.search(said):
        return f"The course page does not say when {results.group(0)} come out."
    return None


def _said(answer: Answer) -> str:
    """The answer's words (lines, fields, footer), lowercased."""
    lines = (*answer.lines, *(line for f in answer.fields for line in f.lines))
    return " ".join([seg for line in lines for seg in line if isinstance(seg, str)] + [answer.footer]).lower()


# "when can we see our partiel copies", "when do we get the midterm papers back": marked papers asked of
_PAPERS = re.compile(r"\b(?:copies|papers?|scripts?|booklets?)\b")
_PAPERS_NEEDS = ("copies", "paper", "script", "booklet")


def papers_shown_sentence(course: Course, question: str) -> str | None:
    """The course's own sentence on when or how marked papers are shown or returned ("The partiel papers are shown
    during the TD in the week of April 5"), when the question asks it and a policy says it; else None."""
    lowered = question.lower()
    if not (holds_fragment(lowered, _PAPERS_NEEDS) and _PAPERS.search(lowered) and _SHOWN.search(lowered)):
        return None
    for policy in course.policies:
        for sentence in split_sentences(f"{policy.quote or policy.summary}"):
            if _SAID_SHOWN.search(sentence.lower()) and _PAPERS.search(sentence.lower()):
                return sentence
    return None
