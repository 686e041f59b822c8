"""A question's words as the forum search compares them: error messages read as their causes (bot.qa.error_causes),
folded, respelled, stopwords out, light-stemmed, read as
concepts (bot.qa.synonyms and the course's own [synonyms]), and numbered things as identifiers ("hw 3",
"Homework 3", "hw3" are all `hw3`; "question 2" and "Q2" are `q2`).

Pure and deterministic: the same text gives the same terms when a post is indexed and when it is searched.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from bot.core.word_forms import NUMBERS
from bot.core.word_forms import search_stem as stem
from bot.qa.asked import asked_all
from bot.qa.error_causes import read_errors
from bot.qa.synonyms import SITUATIONS, concept_table
from bot.understand.words.normalize import plain, respell, words
from bot.understand.words.vocabulary import STOPWORDS

# Words that name a numbered thing, and the short form an identifier is written with.
LABELS = {
    "homework": "hw",
    "hw": "hw",
    "assignment": "hw",
    "problemset": "hw",
    "question": "q",
    "q": "q",
    "problem": "p",
    "prob": "p",
    "exercise": "ex",
    "ex": "ex",
    "lab": "lab",
    "lecture": "lec",
    "lec": "lec",
    "quiz": "quiz",
    "exam": "exam",
    "midterm": "midterm",
    "section": "sec",
    "chapter": "ch",
    "ch": "ch",
    "task": "task",
    "step": "step",
    "project": "proj",
    "milestone": "ms",
    "unit": "unit",
    "module": "mod",
    "pset": "hw",
    "ps": "hw",
}
NUMBER_WORDS = {word: str(n) for word, n in NUMBERS.items()}
_IDENTIFIER = re.compile(r"^([a-z]+?)(\d{1,3})([a-f]?)$")
_NUMBER = re.compile(r"^(\d{1,3})([a-f]?)$")
# A tool's name and a dotted release number ("python 3.12", "r 4.4.1"); not "2.5 hours" nor "by 2.5".
_VERSION = re.compile(
    r"\b(?!(?:by|to|of|at|is|about|around|only|got|get|lose|lost)\b)[a-z][a-z+#]*\s+v?\d{1,2}\.\d{1,2}(?:\.\d+)?\b"
)
# A language or engine and a major release ("spark 3", "python 3", "java 11"): a question about versions.
_RELEASE = re.compile(
    r"\b(?:python|java|scala|julia|matlab|spark|hadoop|pytorch|node|qgis|postgres|ubuntu)\s+v?\d{1,2}(?:\s+or\s+\d{1,2})?\b"
    r"(?!\s*(?:hours?|days?|minutes?|weeks?|times?|%|percent|points?|pages?|people|students|members)\b)"
)
# A score written as a fraction ("60/100", "7 / 10"): what a grade is, not two numbers. Denominators a score is out of.
_SCORE = re.compile(r"\b(\d{1,3})\s*/\s*(10|20|25|30|40|50|60|75|80|100|120|150|200)\b(?!\s*/)")
_DIGIT = re.compile(r"\d")
_METHOD = re.compile(r"\b(to|get|set|is|as|read|write|show|create|from|load|save)([A-Z][a-z]+)")
# A value written with zeros after the point ("0.00012"): a tiny number, as students and staff both describe it.
_INSTEAD = re.compile(
    r"\b(?:submitted|uploaded|handed in|turned in|attached)\b[^.?!]{0,60}?\binstead of\b", re.IGNORECASE
)
_TINY = re.compile(r"(?<![\d.])0[.,]000*[1-9]\d*")
# "ill" after a state or a change of one ("if I am ill", "fell ill", "too ill to come") is the adjective, not "I'll".
_ILL = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|feel|feels|feeling|felt|fall|falls|falling|fell|get|gets|getting|got|"
    r"gotten|become|became|too|very|really|so|seriously|quite|still|im|i'm)\s+ill\b(?!-)",
    re.IGNORECASE,
)
# Words of a question that say nothing about its subject (beyond the engine's stopwords).
EXTRA_STOPWORDS = frozenset(
    [
        "anyone",
        "anybody",
        "guys",
        "hello",
        "hi",
        "hey",
        "wondering",
        "wonder",
        "thanks",
        "thank",
        "advance",
        "sure",
        "curious",
        "question",
        "questions",
        "ask",
        "asking",
        "allowed",
        "is",
        "able",
        "supposed",
        "possible",
        "way",
        "ways",
        "okay",
        "ok",
        "fine",
        "stuff",
        "thing",
        "things",
        "im",
        "ive",
        "id",
        "dont",
        "cant",
        "doesnt",
        "isnt",
        "wont",
        "whats",
        "hows",
        "wheres",
        "theres",
        "happens",
        "happen",
        "happened",
        "now",
        "still",
        "bit",
        "kind",
        "sort",
        "lot",
        "lots",
        "should",
        "would",
        "could",
        "might",
        "somewhere",
        "anywhere",
        "anything",
        "something",
        "tips",
        "best",
        "work",
        "works",
        "working",
        "after",
        "before",
        "because",
        "since",
        "while",
        "then",
        "there",
        "their",
        "our",
        "own",
        "we'd",
        "you'd",
        "etc",
        # Filler of chat: says how the student feels about the question, never what it is about.
        "both",
        "through",
        "seem",
        "seems",
        "seemed",
        "totally",
        "super",
        "pretty",
        "gonna",
        "wanna",
        "gotta",
        "maybe",
        "probably",
        "guess",
        "think",
        "whole",
        "entire",
        "ideas",
        "idk",
        "lol",
        "pls",
        "please",
        "plz",
        "someone",
        "somehow",
        "exactly",
        "definitely",
        "anyway",
        "usually",
        "normally",
        "typically",
        "generally",
    ]
)
STOP = STOPWORDS | EXTRA_STOPWORDS

# Chat rewrites the question engine makes that would change what a search term means: "module" (ModuleNotFoundError,
# a Python module) is not the course, and "r" (the language) is not "are".
AS_WRITTEN = frozenset({"module", "modules", "r"})


def respell_for_search(text: str) -> str:
    """The text respelled as the search reads it (names such as "module" and "R" kept as written)."""
    return respell(text, keep=AS_WRITTEN)


# What "final" is about when it is not the final exam ("final report", "final version").
_NOT_AN_EXAM = frozenset(
    [
        "report",
        "project",
        "version",
        "answer",
        "answers",
        "grade",
        "grades",
        "draft",
        "submission",
        "paper",
        "presentation",
        "writeup",
        "code",
        "one",
        "copy",
        "deliverable",
        "result",
        "results",
        "score",
        "round",
        "number",
        "numbers",
    ]
)
_NOT_A_COUNT = frozenset(["one"])
_PEOPLE = frozenset(["people", "persons", "members", "person", "teammates", "students", "ppl"])
# Words that only say again what a question asks (bot.qa.asked's marker): "what date", "which place".
# ("How long does it take to hear back?" asks when, and nothing of a length: its "long" is no length.)
RESTATED = {"askwhen": frozenset(["date", "time", "day"]), "askwhere": frozenset(["place", "location"])}
_NO_LENGTH = frozenset(["pages"])
MAX_PHRASE = 4
JOIN_MAX = 4  # words of a name written apart ("module not found error" for "ModuleNotFoundError")


@dataclass(frozen=True)
class Terms:
    """What a text is searched by: concepts in order (no repeats) and the identifiers among them."""

    concepts: tuple[str, ...]
    identifiers: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.concepts)

    @property
    def text(self) -> str:
        """As the full-text index stores it: space-separated."""
        return " ".join(self.concepts)

    @classmethod
    def parse(cls, stored: str) -> Terms:
        concepts = tuple(stored.split())
        return cls(concepts, frozenset(c for c in concepts if is_identifier(c)))


def is_identifier(concept: str) -> bool:
    match = _IDENTIFIER.match(concept)
    return bool(match) and match.group(1) in _SHORT_FORMS


_SHORT_FORMS = frozenset(LABELS.values())


# The tables read from a course's phrases (bot.qa.course_words) are kept for this many sets of phrases: one a course
# loaded, and a course reloaded with other phrases is a new set, so the oldest goes instead of every set staying.
PHRASE_TABLES = 32


@lru_cache(maxsize=PHRASE_TABLES)
def _table(extra: tuple[tuple[str, str], ...]) -> dict[tuple[str, ...], tuple[str, ...]]:
    table = concept_table()
    for phrase, meaning in extra:
        key = tuple(words(respell_for_search(plain(phrase))))
        target = terms_of(meaning).concepts
        if key and not meaning:
            table[key] = ()  # read as nothing: the course itself (its own number, asked on its own server)
        elif key and target:
            # A course's own phrase (its name for late days, say) reads as its meaning does, term for term, so it
            # meets the meaning's own words wherever an entry writes them ("How does a late day work?").
            table[key] = target
    # A phrase's other forms ("study groups" for "study group"): matched by their stems, after every exact form.
    for key, value in list(table.items()):
        table.setdefault(tuple(stem(w) for w in key), value)
    return table


def terms_of(text: str, phrases: tuple[tuple[str, str], ...] = (), known: Container[str] = frozenset()) -> Terms:
    """The terms of a question, a post title or an answer (`phrases`: the course's, from bot.qa.course_words).

    `known`: words already indexed; two words whose joined form is one of them are read as it ("prairie learn")."""
    table = _table(phrases)
    asked, *also = asked_all(text) or (None,)
    text = read_errors(text)
    # Handed one thing in for another ("uploaded the lab 2 report instead of lab 3"): the wrong file.
    text = _INSTEAD.sub(lambda m: f"{m.group(0)} wrong file", text)
    text = _ILL.sub(lambda m: f"{m.group(0)[:-3]}sick", text)
    # A method named by a verb and its object ("toPandas()", "getOrCreate"): the object is a word of its own.
    if not text.islower():
        text = _METHOD.sub(r"\1 \2", text)
    digits = _DIGIT.search(text) is not None
    if digits:
        text = _TINY.sub(" tiny ", text)
        text = _SCORE.sub(lambda m: " grade " if int(m.group(1)) <= int(m.group(2)) else m.group(0), text)
    # "mini-project", "re-grade", "auto-grader": one word, as students also write them.
    tokens = words(respell_for_search(plain(re.sub(r"(?<=[a-z])-(?=[a-z])", "", text.lower()))))
    split = _splits(phrases)
    tokens = [part for token in tokens for part in split.get(token, (token,))]
    if known:
        tokens = _joined(tokens, known)
    out: list[str] = []
    identifiers: set[str] = set()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        # A label and its number ("homework 3", "question two", "hw 4 part b").
        label = LABELS.get(token) or (LABELS.get(token[:-1]) if token[-1:] == "s" else None)  # ("sections 2 and 3")
        number = NUMBER_WORDS.get(tokens[i + 1], tokens[i + 1]) if i + 1 < len(tokens) else ""
        numbered = _NUMBER.match(number) if label and not _names_piece(tokens[i : i + 2], table, phrases) else None
        if numbered:
            used = 2
            suffix = numbered.group(2)
            rest = tokens[i + 2 : i + 4]
            if not suffix and len(rest) == 2 and rest[0] == "part" and len(rest[1]) == 1 and rest[1] in "abcdef":
                suffix, used = rest[1], 4
            elif not suffix and rest and len(rest[0]) == 1 and rest[0] in "abcdef":
                suffix, used = rest[0], 3
            ident = f"{label}{int(numbered.group(1))}{suffix}"
            identifiers.add(ident)
            out += [ident, _label_concept(token)]
            i += used
            # A list of them ("sections 102 and 103", "hw 3, 4 or 5"): each is named.
            while i < len(tokens):
                skip = 1 if tokens[i] in ("and", "or") else 0
                more = _NUMBER.match(tokens[i + skip]) if i + skip < len(tokens) else None
                if more is None or not tokens[i + skip][:1].isdigit():
                    break
                identifiers.add(f"{label}{int(more.group(1))}{more.group(2)}")
                out.append(f"{label}{int(more.group(1))}{more.group(2)}")
                i += skip + 1
            continue
        match = _IDENTIFIER.match(token)
        # A course's own short name with a number ("mt2" where "mt" is its word for a midterm) is numbered as well.
        named = _own_label(match.group(1), table) if match else None
        if match and named:
            short = LABELS[named]
            ident = f"{short}{int(match.group(2))}{match.group(3)}"
            identifiers.add(ident)
            out += [ident, _label_concept(named)]
            i += 1
            continue
        # A course's own short name with a number for its kind of work ("ww8" where "ww" is WeBWorK, "lx2" where "lx"
        # is a lab exercise): about that work, as "WeBWorK 8" is, and the numbered piece itself.
        own = _own_names(phrases).get(match.group(1)) if match else None
        if own:
            identifiers.add(token)
            out += [token, *own]
            i += 1
            continue
        # "four people", "3 members": a question about how many may be in a team.
        count = NUMBER_WORDS.get(token, token)
        # ("one person in our group": a person, not a count.)
        if (
            token not in _NOT_A_COUNT
            and count.isdigit()
            and int(count) <= 12
            and i + 1 < len(tokens)
            and tokens[i + 1] in _PEOPLE
        ):
            out.append("teamsize")
            i += 2
            continue
        # The longest phrase with a concept ("out of memory", "turn in"), as written or by its stems.
        for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            concepts = table.get(tuple(span)) or table.get(tuple(stem(t) for t in span))
            if concepts is not None:
                out += concepts
                i += n
                break
        else:
            if _final_exam(tokens, i):
                out.append("finalexam")  # "the final", "practice final", "final exam"
            elif token not in STOP and not (token.isdigit() and len(token) < 2):
                out.append(stem(token))
            i += 1
    if digits and (_VERSION.search(text.lower()) or _RELEASE.search(text.lower())):
        out.append("version")  # "python 3.12", "R 4.2": a question about versions
    found = set(out)
    out += [named for together, named in SITUATIONS if together <= found]
    if asked:
        # "What date is the excursion?": the date is what is asked, said twice, not a subject.
        out = [c for c in out if c not in RESTATED.get(asked, ())]
        if asked == "askwhen" and "asklength" not in also:
            out = [c for c in out if c not in _NO_LENGTH]
        out.append(asked)  # a marker of what is asked (bot.qa.asked), compared and never scored
        out += also  # and of what else it asks
    concepts = tuple(c for c in dict.fromkeys(out) if c and c not in STOP)
    # (A course's numbered piece by another of its names, "exercise 5" for "LX5", is that numbered thing.)
    identifiers |= _own_pieces(phrases).intersection(concepts)
    return Terms(concepts, frozenset(identifiers))


def joinable(text: str, phrases: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """Adjacent words of the text written as one ("prairie learn" -> "prairielearn", "module not found error" ->
    "modulenotfounderror"): what `known` may hold."""
    return list(joinable_parts(text, phrases))


def joinable_parts(text: str, phrases: tuple[tuple[str, str], ...] = ()) -> dict[str, tuple[str, ...]]:
    """`joinable`, each with the words it joins (`join_terms` reads them as terms)."""
    tokens = words(respell_for_search(plain(text)))
    return {
        "".join(tokens[i : i + n]): tuple(tokens[i : i + n])
        for n in range(2, JOIN_MAX + 1)
        for i in range(len(tokens) - n + 1)
        if all(t.isalnum() for t in tokens[i : i + n]) and tokens[i][:1].isalpha()
    }


def join_terms(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The terms of the words a joined name is made of (stopwords and numbers left out: a number is never indexed as a
    word, so "essay 1" is joined only when the index holds "essay1" as often as "essay", not for one file name)."""
    return tuple(stem(t) for t in parts if t not in STOP and not t.isdigit())


@lru_cache(maxsize=PHRASE_TABLES)
def _splits(phrases: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    return {
        joined: tuple(words(respell_for_search(plain(spaced.lower()))))
        for joined, spaced in phrases
        if " " not in joined and " " in spaced
    }


def _joined(tokens: list[str], known: Container[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(JOIN_MAX, len(tokens) - i), 1, -1):
            span = tokens[i : i + n]
            if all(t.isalnum() for t in span) and span[0][:1].isalpha() and "".join(span) in known:
                out.append("".join(span))
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


@lru_cache(maxsize=PHRASE_TABLES)
def _own_names(phrases: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """The course's one-word phrases of letters alone ("ww" for WeBWorK), and the concepts they read as."""
    table = _table(phrases)
    return {
        phrase: table[(phrase,)]
        for phrase, _ in phrases
        if phrase.isalpha() and phrase.islower() and table.get((phrase,))
    }


def _names_piece(
    span: list[str], table: dict[tuple[str, ...], tuple[str, ...]], phrases: tuple[tuple[str, str], ...]
) -> bool:
    """The words are a name the course gives one of its own numbered pieces ("exercise 5" of "LX5"), read as it."""
    concepts = table.get(tuple(span))
    return bool(concepts) and concepts[0] in _own_pieces(phrases)


@lru_cache(maxsize=PHRASE_TABLES)
def _own_pieces(phrases: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The course's numbered pieces its phrases read other names as ("lx5" of "lab exercise 5", course_words)."""
    return frozenset(
        first
        for phrase, meaning in phrases
        if _DIGIT.search(phrase) and (first := meaning.split(" ", 1)[0].lower()) and _OWN_PIECE.fullmatch(first)
    )


_OWN_PIECE = re.compile(r"[a-z]+\d{1,2}")


def _own_label(word: str, table: dict[tuple[str, ...], tuple[str, ...]]) -> str | None:
    """The label a numbered name's letters are ("hw" of "hw3"; "mt" of "mt2" where the course reads "mt" as midterm)."""
    if word in LABELS:
        return word
    meaning = table.get((word,))
    return meaning[0] if meaning and meaning[0] in LABELS else None


def _final_exam(tokens: list[str], i: int) -> bool:
    """ "final" here names the final exam, not the last of something ("final report")."""
    return tokens[i] == "final" and (i + 1 == len(tokens) or tokens[i + 1] not in _NOT_AN_EXAM)


def _label_concept(word: str) -> str:
    """The subject word an identifier implies ("hw3" is about homework)."""
    full = {"hw": "homework", "q": "", "p": "", "ps": "homework", "pset": "homework", "lec": "lecture"}
    word = full.get(word, word)
    return "" if word in STOP else stem(word)
