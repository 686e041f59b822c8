"""The things students ask to bring or need (a calculator, a formula sheet, their student card), each by every word
that names it, in a question or in a rule: "our student card" and "Bring your student ID" name the same thing."""

from __future__ import annotations

import re

# The things students ask to bring, each by the words that name it (in a question or in a rule).
THINGS = {
    "book": r"(?:text\s*)?books?|open[\s-]*book|closed[\s-]*book",
    "sheet": r"(?:cheat|crib|formula|note|notes|reference|equation)\s*sheets?|(?:note|index)\s*cards?"
    r"|notecards?|cheatsheets?|(?:sheets?|cards?|pages?)\s+of\s+(?:\w+\s+){0,2}(?:formulae|formulas|notes|equations)",
    "notes": r"notes?|open[\s-]*notes?|closed[\s-]*notes?",
    "calculator": r"calculators?|calcs?",
    "phone": r"(?:smart\s*)?phones?|smart\s*watch(?:es)?|cellphones?",
    "laptop": r"laptops?|computers?|tablets?|ipads?",
    "dictionary": r"dictionar(?:y|ies)",
    # the student's card by any of its names ("student card", "uni card", "photo ID", "ID card")
    "id": r"(?:student|photo|uni|university|campus|college|identity|id)\s+(?:id\s+)?cards?|(?:student|photo)\s+ids?"
    r"|ids?|identification",
}
THING = {kind: re.compile(rf"\b(?:{words})\b") for kind, words in THINGS.items()}


def names_same_thing(thing: str, said: str) -> bool:
    """Whether `said` names the thing `thing` names, by any of its names: "student card" is named by "Bring your
    student ID.", "calcs" by "No calculators."."""
    said = said.lower()
    return any(pattern.search(thing.lower()) and pattern.search(said) for pattern in THING.values())
