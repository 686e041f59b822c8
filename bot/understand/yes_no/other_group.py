"""Another group named by its number: "can i team up with my friend from section 2, im in section 1" asks about a
team with someone from the other section, which is how the course's rules speak of it ("teams from the same
section", "within your studio group"). A student sees the rule's Yes or No instead of no verdict.
"""

from __future__ import annotations

import re

_ID = r"(?:\d{1,3}|[a-z])"
_SELF = r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:in|from)\s+(?:the\s+)?"
_SAYS_OWN = re.compile(rf"\b{_SELF}")
# "... from section 2, im in section 1", "... in studio 4? i'm in studio 2": the other group, then the student's own
_OTHER_FIRST = re.compile(
    rf"\b(?P<pre>from|in|of)\s+(?:the\s+)?(?P<kind>(?:[a-z]+\s+)?[a-z]{{3,}})\s+(?P<a>{_ID})\b(?P<mid>.*?)[\s,.;:?!]*"
    rf"(?:\b(?:and|but|though|cause|cuz|bc|since)\s+)?\b{_SELF}(?P=kind)\s+(?!(?P=a)\b){_ID}\b"
)
# "im in section 1, can my friend from section 2 join my team": the student's own group, then the other
_SELF_FIRST = re.compile(
    rf"\b{_SELF}(?P<kind>(?:[a-z]+\s+)?[a-z]{{3,}})\s+(?P<a>{_ID})\b(?P<mid>.*?)\b(?P<pre>from|in|of|with)\s+(?:the\s+)?"
    rf"(?P=kind)\s+(?!(?P=a)\b){_ID}\b"
)


def as_other_group(question: str) -> str:
    """The question with another group named by its number, beside the student's own, said as "the other" group;
    the question as it was when it names no two groups of one kind."""
    lowered = question.lower()
    if not _SAYS_OWN.search(lowered):  # every such question says which group the student is in
        return question
    found = _OTHER_FIRST.search(lowered)
    if found is not None:
        said = f"{found['pre']} the other {found['kind']}{found['mid']}"
        return lowered[: found.start()] + said + lowered[found.end() :]
    found = _SELF_FIRST.search(lowered)
    if found is not None:
        said = f"{found['mid'].lstrip(' ,.;:?!')}{found['pre']} the other {found['kind']}"
        return lowered[: found.start()] + said + lowered[found.end() :]
    return question
