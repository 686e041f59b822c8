"""Questions about using an AI tool ("would it be ok if i got chatgpt to write the code", "is it fine to ask chatgpt
to explain semaphores", "i've been leaning on chatgpt to rephrase my paragraphs, is that allowed"): the course's rule
on AI tools, whatever work or story comes with it, and a Yes or No only when one of the rule's clauses speaks of the
very thing the tool is asked to do (explaining is not writing) and no clause of the other way does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.english import ordinary
from bot.understand.words.exam_words import EXAM_WORDS
from bot.understand.words.vocabulary import words_of
from bot.understand.yes_no.folded import fold

# Names of AI tools and of AI itself: general words, never a course's.
_TOOL = (
    r"(?:chat\s*-?\s*gpt|gpt(?:-?\d)?|copilot|claude|gemini|grammarly|quillbot|llms?|chatbots?|a\.?i\.?|"
    r"generative\s+ai|ai\s+tools?|artificial\s+intelligence)"
)
_NAMES_TOOL = re.compile(rf"\b{_TOOL}(?!\w)", re.IGNORECASE)
# Asking whether it is allowed, in any of the ways students ask.
_ALLOWED = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we|you)\b|\b(?:allowed|permitted|ok|okay|fine|alright|acceptable|against\s+the\s+rules"
    r"|cheating|misconduct|plagiarism|in\s+trouble|a\s+problem|an\s+issue|count\s+as|is\s+it\s+legal)\b"
)
# What makes it a question about something else (a date, lateness) that happens to name a tool.
_ELSEWHERE = re.compile(r"\b(?:due|deadline|late|extension|when|where)\b")


def names_ai_tool(question: str) -> bool:
    """Whether the question names an AI tool or AI itself."""
    return _NAMES_TOOL.search(question) is not None


# The tool as something used ("using chatgpt", "leaning on chatgpt", "have copilot write", "ai to quiz myself", "is
# ai allowed"), not as a topic ("the LLM stuff coming up")
_USED = re.compile(
    rf"\b(?:use|uses|used|using|get|got|have|had|ask|asked|asking|let|lean(?:ing)?\s+on|rel(?:y|ying|ied)\s+on"
    rf"|help\s+(?:of|from))\s+(?:\w+\s+){{0,3}}?{_TOOL}(?!\w)"
    rf"|{_TOOL}\s+(?:tools?\s+)?(?:to|for|write|writes|wrote|check|checks|rephrase|rephrases|help|helps|is|are)\b",
    re.IGNORECASE,
)


_AI_POLICY: Kept[str] = Kept(size=32)


def ai_policy(course: Course) -> str:
    """The id of the course's one policy whose keywords name AI tools, or "" when none or several do."""

    def find() -> str:
        found = [p.id for p in course.policies if any(_NAMES_TOOL.fullmatch(k.strip()) for k in p.keywords)]
        return found[0] if len(found) == 1 else ""

    return _AI_POLICY.get(course, "ai policy", find)


def ai_question(course: Course, question: str) -> tuple[str, bool] | None:
    """The AI policy's id when the question asks whether using an AI tool is allowed and is either told in a story
    (the question table would read its other words) or asks one action the rule's clauses decide; with whether
    the rule's verdict on that action answers it whole. None otherwise."""
    said = " ".join(question.lower().split())
    asked_of_tool = _MAY_TOOL.search(said) is not None  # "could claude just write the proposal for me"
    if not (asked_of_tool or (_USED.search(said) and _ALLOWED.search(said))) or _ELSEWHERE.search(said):
        return None
    rule = ai_policy(course)
    chosen = course.policy(rule) if rule else None
    if chosen is None:
        return None
    decides = ai_verdict(chosen.quote, question) is not None and not fold(asking_sentence(said)).negated
    story = len(_ASKING.findall(said)) > 1 or len(said.split()) > _STORY_WORDS
    return (rule, decides) if decides or story else None


# More words than a plain may-I question has: a story around it.
_STORY_WORDS = 20


# "get chatgpt to write", "have it write", "ask copilot to explain": the tool is used to do what follows.
_CAUSED = re.compile(
    rf"\b(?:get|got|getting|have|had|having|ask|asked|asking|let|letting|make|made)\s+(?P<tool>{_TOOL}|it|them)\s+"
    r"(?:to\s+)?(?P<act>[a-z]+)",
    re.IGNORECASE,
)
# "can chatgpt write my conclusion", "would copilot fixing my bugs be ok", "is it fine if claude writes my intro":
# the tool itself asked to do what follows
_TOOL_DOES = re.compile(
    rf"\b(?:can|could|will|would|should|may|might|if)\s+(?P<tool>{_TOOL})\s+(?:just\s+|help\s+(?:me\s+|us\s+)?)?"
    r"(?P<act>[a-z]+)",
    re.IGNORECASE,
)
# "can chatgpt write my essay", "could copilot just fix it": whether the tool may do it, asked of the tool
_MAY_TOOL = re.compile(rf"\b(?:can|could|may)\s+{_TOOL}\s+(?!be\b|is\b)[a-z]", re.IGNORECASE)
# "use chatgpt to explain", "ai tools to quiz myself", "to help me word my log": the action after "to" (not after a
# "not": "not to do any graded stuff" is what the student will not do)
_TO_ACT = re.compile(r"\b(?:(\w+)\s+)?to\s+(?:help\s+(?:me\s+|us\s+)?)?([a-z]+)")
# "i want to", "trying to", "going to": what the student means to do, not what the tool is asked to do
_OWN_AIM = words_of(
    """want wanted wants need needed needs trying try tried going have has had hoping hope supposed able sure how used
    start started plan planning not"""
)
# "use", and the verbs of "get it to", whose own action _CAUSED reads
_NOT_ACTIONS = words_of("use using ask get have let make be me you us them it the a an my your our their this that")
# Actions that are one thing to a rule on AI: the rule's verb and the student's words for it.
_ACTIONS = (
    "write writes writing written draft drafting compose composing rephrase rephrasing reword rewording paraphrase"
    " paraphrasing rewrite rewriting generate generating produce code coding program word wording do doing solve"
    " solving complete completing answer answering finish calculate calculating compute",
    "explain explaining understand understanding learn learning teach teaching clarify study studying summarize"
    " summarise",
    "quiz quizzing test testing practice practise practising revise revising review reviewing",
    "brainstorm brainstorming outline outlining plan",
    "check checking proofread proofreading correct correcting fix fixing edit editing debug debugging troubleshoot"
    " troubleshooting",
)
_GROUP = {stem(w): i for i, group in enumerate(_ACTIONS) for w in group.split()}
_ACTION_WORDS = {w: i for i, group in enumerate(_ACTIONS) for w in group.split()}


def _group_of(verb: str) -> int | None:
    """The group of actions a verb the student typed is one of; a typo a letter dropped, added or swapped off one
    group's word ("wrte", "debgu") is that word, when no other group's word is as near."""
    group = _GROUP.get(stem(verb))
    if group is not None or len(verb) < 4 or ordinary(verb):
        return group  # "work", "text" are words of their own, not "word", "test" mistyped
    near = {
        i
        for word, i in _ACTION_WORDS.items()
        if OSA.distance(verb, word, score_cutoff=1) <= 1 and (len(word) != len(verb) or sorted(word) == sorted(verb))
    }  # a letter dropped, added or swapped: a changed one makes other words ("work" is no "word", "text" no "test")
    return near.pop() if len(near) == 1 else None


_FORBIDS = re.compile(
    r"\b(?:may\s+not|must\s+not|cannot|can\s*not|can't|not\s+(?:be\s+)?(?:allowed|permitted|used)|prohibited"
    r"|forbidden|misconduct|never|but\s+not|not\s+to|do\s+not|don't|should\s+not|shouldn't)\b"
)
_PERMITS = re.compile(r"\b(?:may|can|allowed|permitted|welcome|encouraged)\b")
_DURING_EXAM = re.compile(
    r"\b(?:during|in|on|at|while\s+taking)\s+(?:a|an|the|my|our)?\s*(?:" + "|".join(sorted(EXAM_WORDS)) + r")\b"
)


@dataclass(frozen=True)
class AiVerdict:
    """What the rule says of the action asked: Yes (True), No (False) or neither (None, the rule does not speak of
    that action), and the clause that says it."""

    yes: bool | None
    clause: str = ""


def asked_actions(question: str) -> list[str]:
    """The actions the tool is asked to do, as the student typed them ("write", "explain", "find")."""
    said = " ".join(question.lower().split())
    verbs = [m.group("act") for m in _CAUSED.finditer(said)]
    verbs += [m.group("act") for m in _TOOL_DOES.finditer(said)]
    verbs += [verb for before, verb in _TO_ACT.findall(said) if before not in _OWN_AIM]
    return list(dict.fromkeys(v for v in verbs if v not in _NOT_ACTIONS))  # each once, in order


# "would it be ok if i", "is it fine if we": the may-I asked with its action after "if"
_OK_IF = re.compile(
    r"\b(?:is|would|will)\s+(?:it|that)\s+(?:be\s+)?(?:ok|okay|fine|alright|allowed|acceptable)\s+if\s+(i|we)\b"
)
_ASKING = re.compile(r"[^.?!]*\?|[^.?!]+$")


def asking_sentence(said: str) -> str:
    """The last sentence that names the tool and asks (or the last to name it): where the story asks."""
    named = [s.strip() for s in _ASKING.findall(said) if s.strip() and names_ai_tool(s)]
    asking = [s for s in named if s.endswith("?")]
    return (asking or named or [said])[-1]


def used_tool(question: str) -> str:
    """The sentence that asks, said as a plain may-I ("can i use chatgpt to write the code"): how a claim of the
    data is phrased. "would it be ok if i got chatgpt to write" is "can i use chatgpt to write"."""
    said = asking_sentence(" ".join(question.lower().split()))
    said = _OK_IF.sub(lambda m: f"can {m.group(1)}", said)
    return _CAUSED.sub(lambda m: f"use {m.group('tool')} to {m.group('act')}", said)


def _clauses(quote: str) -> list[str]:
    """The rule's sentences, and each side of a ", but" apart: "may be used to check grammar, but not to generate
    any part of an assessment" permits checking and forbids generating."""
    # Sentences as a reader cuts them: "AI tools (e.g. ChatGPT) to check grammar" is one, not two at "e.g.".
    return [
        c.strip() for sentence in split_sentences(quote) for c in re.split(r";\s*|,\s*(?=but\s)", sentence) if c.strip()
    ]


# "AI may not write your exercises", "you can use it for brainstorming": the action after a modal or a "for", as
# "to check" is one; "or" continues a list of actions ("to explain or summarise"), never a list of things ("for
# placeholder art or code").
_MODAL_ACT = re.compile(r"\b(?:may|can|cannot|must|should)\s+(?:not\s+|only\s+|also\s+|never\s+)?([a-z]+)")
_FOR_ACT = re.compile(r"\bfor\s+([a-z]+ing)\b")


# "into an AI tool to get answers", "to generate solutions": the thing made names the action that makes it
_MADE_THING = {"answers": "answer", "answer": "answer", "solutions": "solve", "solution": "solve", "code": "code"}
_GETS_MADE = re.compile(
    r"\b(?:get|gets|getting|obtain|obtaining|generate|generating|produce|producing)\s+(?:the\s+|your\s+|any\s+)?"
    r"(answers?|solutions?|code)\b"
)


def _clause_groups(clause: str) -> set[int]:
    low = clause.lower()
    verbs = [verb for _, verb in _TO_ACT.findall(low)] + _MODAL_ACT.findall(low)
    if any(stem(v) in _GROUP for v in verbs):
        verbs += re.findall(r"\bor\s+(?:to\s+)?([a-z]+)", low)
    verbs += _FOR_ACT.findall(low)
    verbs += [_MADE_THING[thing] for thing in _GETS_MADE.findall(low)]
    return {_GROUP[s] for v in verbs if (s := stem(v)) in _GROUP}


def ai_verdict(quote: str, question: str) -> AiVerdict | None:
    """Yes or No to using an AI tool for the one action the question asks, from the rule's clauses that name that
    action (all one way); AiVerdict(None) when the question asks an action no clause names; None when it asks none,
    several, or one the clauses disagree on, or asks of an exam the rule's words on exams could decide."""
    verbs = asked_actions(question)
    helped = _HELP_WITH.search(question.lower())
    if helped and all(_group_of(v) is None for v in verbs):
        return _verdict_on_thing(quote, helped.group("thing"))
    if not verbs:
        return None
    groups = {_group_of(v) for v in verbs}
    found: list[tuple[bool, str]] = []
    for clause in _clauses(quote):
        if None in groups or not groups & _clause_groups(clause):
            continue
        if _FORBIDS.search(clause.lower()):
            found.append((False, clause))
        elif _PERMITS.search(clause.lower()):
            found.append((True, clause))
    if not found:
        return AiVerdict(None) if len(groups) == 1 else None
    if len(groups) > 1 or len({yes for yes, _ in found}) != 1:
        return None  # "to clean my data and to word my log": each is answered by the rule's own words
    yes, clause = found[0]
    if yes and _DURING_EXAM.search(question.lower()) and EXAM_WORDS & set(re.findall(r"[a-z]+", quote.lower())):
        return None  # "can ai quiz me during the final": the rule's words on exams decide that, not these
    return AiVerdict(yes, clause.rstrip(";. "))


# "to help with my google sheets formulas", "help me on the code": no action named, only the thing helped with
_HELP_WITH = re.compile(r"\bhelp(?:ing)?\s+(?:me\s+|us\s+)?(?:with|on)\s+(?P<thing>[a-z][a-z' ]*)")
_HELP = re.compile(r"\b(?:help|assist\w*|support)\b")
_GENERIC = words_of("my our the some this that stuff things thing work homework assignment assignments part")


def _verdict_on_thing(quote: str, thing: str) -> AiVerdict | None:
    """Yes or No to AI help with a thing, from the rule's clauses naming that thing (all one way): "for help with
    spreadsheet formulas" answers help with formulas; AiVerdict(None) when no clause names it."""
    wanted = {stem(w) for w in re.findall(r"[a-z]+", thing) if len(w) > 2 and w not in _GENERIC}
    wanted -= {stem(w) for w in re.findall(r"[a-z]+", _TOOL_WORDS)}
    if not wanted:
        return None
    found = []
    named = False
    for clause in _clauses(quote):
        if not wanted & {stem(w) for w in re.findall(r"[a-z]+", clause.lower())}:
            continue
        named = True
        if not _HELP.search(clause.lower()):
            continue  # "may not write the text of your pitches" does not say whether AI may help with a pitch
        if _FORBIDS.search(clause.lower()):
            found.append((False, clause))
        elif _PERMITS.search(clause.lower()):
            found.append((True, clause))
    if not found:
        return None if named else AiVerdict(None)
    if len({yes for yes, _ in found}) != 1:
        return None
    yes, clause = found[0]
    return AiVerdict(yes, clause.rstrip(";. "))


_TOOL_WORDS = "chatgpt chat gpt copilot claude gemini grammarly quillbot llm chatbot ai tools tool generative"
