"""Whether a count a student states of their late units is the pool's size ("do we get 3 slip days", "is it 72 flex
hours in total") rather than what one piece of work may take ("can i use 3 slip days on ps4", "do we get 2 per
assignment"): the first is checked against the pool's total, the second against its cap on one assignment."""

from __future__ import annotations

import re

from bot.course.late_policy import Pool, amount
from bot.understand.times.time_phrases import NUMBER_WORDS
from bot.understand.words.normalize import phrase_key

# "do we get", "will i have", "are we given", "how many ... do students receive": the pool handed out.
_HANDED = re.compile(
    r"\b(?:do|does|did|will|would|are|r|is|dont|do not|does not|arent|are not)\s+"
    r"(?:we|you|u|i|students|everyone|each student|they|ya|all of us)\s+"
    r"(?:only\s+|still\s+|really\s+|actually\s+)?(?:get|got|have|receive|be given|given|start with|start off with)\b"
)
# "is it 4 grace days", "are there 3 slip days", "there are 72 flex hours right": the pool stated as a fact.
_STATED = re.compile(
    r"^(?:so\s+|and\s+)?(?:is it|its|it is|are there|there are|there is|theres|is there|"
    r"(?:we|you|u|students|everyone) (?:get|have|got|only get|only have))\b"
)
# "in total", "for the semester", "altogether": the whole pool, whatever else the question says.
_WHOLE = re.compile(
    r"\b(?:in total|total|in all|altogether|overall|all together|combined|"
    r"(?:for|in|over|across) the (?:whole |entire )?(?:term|semester|course|quarter|class|year)|"
    r"all (?:term|semester|quarter))\b"
)
# "per assignment", "on one essay", "for hw4", "each lab", "a single problem set": one piece of work.
_ONE_WORK = re.compile(
    r"\b(?:per|each|any one|a single)\b|\b(?:on|for|to|with)\s+(?:a|an|the|my|this|that|one|hw|homework|"
    r"ps|problem|lab|essay|project|assignment|paper|report|sheet|log|quiz|proposal|draft|it)\b"
)
# "use", "spend", "put", "apply": spending units, which the cap on one piece of work limits; "left", "used": the
# student's own tally, not the pool handed out.
_SPEND = re.compile(
    r"\b(?:use|using|used|spend|spending|spent|put|apply|applying|burn|burned|burnt|take|taking|left|remaining|"
    r"remain|still)\b"
)


def asks_pool_size(question: str) -> bool:
    """Whether the count the question states is the number of units the course hands out in all: said of the whole
    term, or asked as what students get or have, with no one piece of work named and no units being spent."""
    said = " ".join(phrase_key(question))
    if _SPEND.search(said):
        return False
    if _WHOLE.search(said):
        return True
    if _ONE_WORK.search(said):
        return False
    return bool(_HANDED.search(said) or _STATED.search(said))


_MORE = re.compile(r"\b(?:at least|more than|or more|plus)\b")
_FEWER = re.compile(r"\b(?:less than|fewer than|under|at most|or less|or fewer|up to)\b")


def stated_size_holds(question: str, stated: float, total: float) -> bool:
    """Whether the pool's total is what the student states: "at least 3" or "more than 2" (counted as 3) hold of any
    larger pool, "less than 5" or "at most 4" of any smaller one, a bare "3" of exactly 3."""
    said = " ".join(phrase_key(question))
    if _MORE.search(said):
        return total >= stated  # "more than 2" comes counted as 3
    if re.search(r"\bover\b", said):
        return total > stated
    if found := _FEWER.search(said):
        return total < stated if found.group(0) in ("less than", "fewer than", "under") else total <= stated
    return total == stated


def pool_total_words(pool: Pool) -> str:
    """ "4 grace days in all, at most 2 on one assignment": the pool's size, and its cap where it has one below it."""
    said = f"{pool.words(pool.total)} in all"
    if pool.max_per_assignment is not None and pool.max_per_assignment < pool.total:
        said += f", at most {amount(pool.max_per_assignment)} on one assignment"
    return said


def pool_count_stated(question: str, pool: Pool) -> float | None:
    """The count of the pool's units a question states ("4 slip days", "three late tokens"), in its own words for
    them; None when it states none."""
    said = " ".join(phrase_key(question))
    names = {" ".join(phrase_key(n)) for n in (pool.name, pool.plural)} - {""}
    unit = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    numbers = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))
    found = re.search(rf"\b(\d+(?:\.\d+)?|{numbers})\s+(?:{unit})\b", said)
    if found is None:
        return None
    word = found.group(1)
    count = float(word) if word[0].isdigit() else float(NUMBER_WORDS[word])
    return count + 1 if said[: found.start()].endswith("more than ") else count  # as "more than 2" is read elsewhere
