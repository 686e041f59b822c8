"""The language a course is taught in ("what language is the class taught in", "is this course taught in english"):
the page's own sentence that says it ("Taught in English; films are screened with English subtitles."), with a Yes
or No when one language is asked of; where the page says none, that it does not say. Never a programming language:
"what language do we code in" is asked of the work, not of the teaching."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.answer import Answer, text
from bot.core.sentences import split_sentences
from bot.understand.answering.replies import NOT_ON_PAGE, verdict

# Languages people teach in, as a course page or a student names them.
SPOKEN = (
    "english|spanish|castellano|portuguese|french|german|italian|dutch|japanese|chinese|mandarin|cantonese|korean"
    "|arabic|russian|swedish|danish|norwegian|finnish|polish|czech|greek|turkish|hebrew|hindi|catalan|basque"
    "|afrikaans|indonesian|malay|thai|vietnamese|maori|te\\s+reo(?:\\s+m[aā]ori)?|welsh|irish|icelandic"
    "|hungarian|romanian|ukrainian|bulgarian|serbian|croatian|slovak|slovenian|estonian|latvian|lithuanian|latin"
    "|persian|farsi|urdu|bengali|swahili|tagalog|filipino"
)
_TEACHING = r"taught|teach|teaching|instruction|instructed|spoken|speak|speaks|delivered|conducted"
TAUGHT_ASKED = re.compile(
    # "what language is the class taught in", "which language are lectures delivered in"
    rf"\b(?:what|which)\s+languages?\b(?=.*\b(?:{_TEACHING})\b)"
    r"|\blanguage\s+of\s+(?:instruction|teaching|the\s+(?:course|class|lectures?|seminars?))\b"
    # "is the course taught in english", "are lectures in spanish or english"
    rf"|\b(?:taught|lectures?|classes|class|course|seminars?|delivered|conducted)\s+(?:\w+\s+)?in\s+(?:{SPOKEN})\b"
)
_NAMED = re.compile(rf"\b(?:{SPOKEN})\b", re.IGNORECASE)
# A sentence about the teaching itself ("Taught in English", "Classes are held in Spanish"), not "English subtitles"
# alone or "check the grammar of your English".
_SAID_TAUGHT = re.compile(
    rf"\b(?:{_TEACHING}|lectures?|classes|seminars?|language\s+of)\b[^.;]{{0,40}}\bin\s+(?:{SPOKEN})\b",
    re.IGNORECASE,
)
TITLE = "Language of teaching"


def taught_language(texts: Iterable[str], question: str, where: str) -> Answer:
    """The page's sentence saying what the course is taught in (Yes or No when the question names a language), or
    that the page does not say (kind unknown)."""
    said = next((s.strip() for t in texts for s in split_sentences(t) if _SAID_TAUGHT.search(s)), None)
    if said is None:
        line = text(f"Which language the course is taught in is {NOT_ON_PAGE}; {where}.")
        return Answer(title=TITLE, lines=(line,), kind="unknown")
    answer = Answer(title=TITLE, lines=(text(f"The course page: “{said}”"),))
    asked = {m.group(0).lower() for m in _NAMED.finditer(question)}
    if len(asked) != 1:
        return answer  # "what language", or "english or spanish": the sentence answers which
    taught = {m.group(0).lower() for m in _NAMED.finditer(_SAID_TAUGHT.search(said).group(0))}
    return verdict(answer, asked <= taught, f"it is taught in {' and '.join(sorted(t.title() for t in taught))}.")
