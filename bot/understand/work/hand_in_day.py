"""'can i hand in ps4 on saturday', 'will hw2 still be accepted after friday': whether work can be handed in on a day.

The student sees whether that day is on time, or how late it is and what it costs under the course's late rule, not
the list of what is due then nor a policy on how work is uploaded.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understand.question.reading import STILL_DONE, Reading
from bot.understand.times.story_days import told_as_deadline
from bot.understand.times.time_phrases import TimePhrase

SUBMIT = frozenset({"submit", "turn", "hand", "upload"})
SUBMITTED = frozenset({"submitted", "turned", "handed", "uploaded"})
_MAY_I = re.compile(r"\b(?:can|could|may)\s+(?:i|we)\b")
# "if i do quiz 7 on monday", "if we take the quiz saturday": doing the work then is handing it in then (not "if i do
# badly on quiz 7 monday")
_IF_DONE = re.compile(
    r"^if\s+(?:i|we)\s+(?:do|take|complete|finish|attempt|write)\b"
    r"(?!\s+(?:not|nothing|bad|badly|well|good|poorly|terrible|terribly|great|ok|okay|fine)\b)"
)
# "will ps4 still be open on saturday", "is hw2 still accepted after feb 9", "would it be accepted monday": whether
# the work is still taken then (open and available only with "still": "is the lab open saturday" asks of a room)
_STILL_TAKEN = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?(?:will|would|is|are|does|do)\b.*?"
    r"\b(?:(?:still|yet)\s+(?:be\s+)?(?:open|available|up|accepted|accepting|taken|taking)"
    r"|(?:be|being|get|gets|is|are)\s+accepted)\b"
)


def asks_may_hand_in(r: Reading) -> bool:
    """Whether the question asks if the student may hand work in ("can i upload hw2 ...", "will ps4 still be open
    ..."): a may-I, or whether the work is still taken."""
    return r.yes_no and (
        r.tokens[:1] in (["can"], ["could"], ["may"], ["if"])
        or bool(_MAY_I.search(r.text))
        or bool(_STILL_TAKEN.search(r.text))
    )


def asks_what_if_hand_in(r: Reading) -> bool:
    """ "what if i submit ps4 on monday", "i turned in ps3 on saturday, how much did i lose": that day's outcome."""
    return "whatif" in r.cues or r.tokens[:1] == ["if"] or (r.past and bool(SUBMITTED & set(r.tokens)))


def names_hand_in(r: Reading) -> bool:
    """Whether the question names handing work in outright (submit, turn in, upload, still taken): not "can i still do
    the lab", which may be a meeting."""
    return bool((SUBMIT | SUBMITTED) & set(r.tokens)) or bool(_STILL_TAKEN.search(r.text))


def hands_in(r: Reading) -> bool:
    """Whether the question speaks of handing work in (submit, turn in, upload, do it still, be still taken)."""
    return names_hand_in(r) or bool(STILL_DONE.search(r.text)) or bool(_IF_DONE.match(r.text))


def gone_by(t: TimePhrase, today: dt.date) -> bool:
    """A day named in full ("last sunday", "mar 14", "yesterday") that is over: no day to hand work in on ("after" a
    day gone by reaches to now)."""
    return not t.bare and t.relation != "after" and (t.last or t.first) < today


def hand_in_day(r: Reading, today: dt.date) -> TimePhrase | None:
    """The day the student asks to hand work in on ("on saturday", "after feb 9"), when the question asks whether
    (or what if) they hand it in then; None when it does not."""
    asks_yes = asks_may_hand_in(r)
    what_if = asks_what_if_hand_in(r)
    if not (asks_yes or what_if) or not hands_in(r):
        return None
    # "ps3 was due friday and i forgot, can i still turn it in": Friday is when it closed, not a hand-in day
    # "i forgot rq5 last sunday, can i still do it": a day gone by is the story; the may-I asks of now
    gone = asks_yes and not what_if
    return next(
        (
            t
            for t in r.times
            if t.kind in ("day", "moment") and not told_as_deadline(r, t) and not (gone and gone_by(t, today))
        ),
        None,
    )
