"""'any public holidays in march where we lose classes', 'are there days in april when we have no class', 'which
weeks have no lectures': the days without class are what is asked (the student gets the days off in that span),
not whether class meets. A plain "is there class in march" or "is there no class on friday" is not this: the days
themselves (or the holidays, the breaks) must be the thing asked about, with the class they take away after them."""

from __future__ import annotations

import re

from bot.course.model import WEEKDAYS
from bot.understand.times.time_phrases import MONTHS

_DAYS = r"days?|weeks?|dates?|holidays?|breaks?|" + "|".join((*MONTHS, *WEEKDAYS, *(d + "s" for d in WEEKDAYS)))
_CLASS = r"(?:any\s+)?(?:class(?:es)?|lectures?|lessons?|sessions?|teaching)\b"
# "no", "do not have", "do we not get", "will not we have": the class not held
_NOT_HELD = (
    r"(?:no|without|(?:do|will)\s+(?:not\s+(?:we\s+|i\s+)?|(?:we|i)\s+not\s+)(?:have|get|meet)"
    r"|(?:we|i)\s+(?:do|will)\s+not\s+(?:have|get))\s+"
)
# "where we lose classes": the whole class loses it ("days when i miss class" is an absence, not a day off)
_WE_LOSE = r"we\s+(?:will\s+)?(?:lose|losing|miss|missing)\s+"
_CANCELLED = r"(?:is|are|gets?|will\s+be)\s+(?:cancell?ed|off)\b"
# "where we lose classes", "when we do not have class", "that there is no lecture", "when class is cancelled"
_TAKEN = rf"(?:(?:{_NOT_HELD}|{_WE_LOSE}){_CLASS}|{_CLASS}\s+{_CANCELLED})"
_CLAUSE = rf"(?:without\s+{_CLASS}|(?:where|when|that|with)\s+(?:\w+\s+){{0,3}}?{_TAKEN})"
_WITHOUT_CLASS = re.compile(rf"\b(?:{_DAYS})\s+{_CLAUSE}")
# "which days in april have no class", "what days do we not have class": the days asked, their lack of class after
_ASKS = r"^(?:(?:so|and|also|hey|hi)\s+)?(?:which|what|any|are\s+there(?:\s+any)?|is\s+there\s+any)\s+"
_WHICH_DAYS = re.compile(
    rf"{_ASKS}(?:\w+\s+)?(?:days|weeks|dates)\b.*?\b(?:(?:have|has|(?:is|are)\s+there)\s+)?{_NOT_HELD}{_CLASS}"
)
# "any public holidays in march", "which breaks": holidays asked for, whatever else the question says of class
_HOLIDAYS_ASKED = re.compile(
    rf"{_ASKS}(?:(?:public|bank|national|school|university)\s+)?(?:holidays|breaks|days\s+off)\b"
)


def days_off_asked(text: str) -> bool:
    """Whether the question (respelled, lowercase) asks for the days without class in a span."""
    return bool(_WITHOUT_CLASS.search(text) or _WHICH_DAYS.search(text) or _HOLIDAYS_ASKED.search(text))
