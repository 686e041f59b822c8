"""A citation style asked by name ("do we use APA for citations?", "is MLA ok for the essay"): Yes when the rule's
sentence on citing names that style, No when it names another one ("Use Chicago author-date citations"), nothing
when the rule names no style at all (the page is then silent on it), names several (in one sentence or across
its sentences: "Essays use Chicago. APA is also accepted."), turns one down, or gives one as an example, a preference
or with a condition ("any consistent style, such as APA", "we recommend Chicago"). The styles are general
knowledge of academic writing, never one course's."""

from __future__ import annotations

import re

from bot.core.sentences import split_sentences

# Citation styles by the names students and pages write them in.
_STYLES = {
    "apa": "APA",
    "mla": "MLA",
    "chicago": "Chicago",
    "turabian": "Chicago",
    "harvard": "Harvard",
    "ieee": "IEEE",
    "vancouver": "Vancouver",
    "ama": "AMA",
    "acs": "ACS",
    "oscola": "OSCOLA",
    "bluebook": "Bluebook",
    "cse": "CSE",
    "asa": "ASA",
    "mhra": "MHRA",
}
_STYLE = re.compile(r"\b(" + "|".join(_STYLES) + r")\b", re.IGNORECASE)
# A sentence about citing: what makes a style's name in it the style to cite in
_CITING = re.compile(r"\b(?:cit\w*|referenc\w*|bibliograph\w*|footnot\w*|sources?|style)\b", re.IGNORECASE)
# A sentence that turns a style down or offers a choice ("Chicago, not MLA", "MLA or APA", "instead of APA"): its
# styles are not simply the one to cite in
# A style given as an example, a preference or with a condition ("any consistent style, such as APA", "we recommend
# Chicago", "APA unless your TA says otherwise"): not the one style allowed either
_NOT_PLAIN = re.compile(
    r"\b(?:not|no|never|avoid|instead|rather|except|or|either|any|such\s+as|e\.?g|for\s+example|like|recommend\w*|"
    r"prefer\w*|suggest\w*|encourag\w*|unless|also)\b|n't\b",
    re.IGNORECASE,
)


def _styles(text: str) -> set[str]:
    return {_STYLES[m.lower()] for m in _STYLE.findall(text)}


def citation_style_verdict(question: str, rule: str) -> tuple[bool, str] | None:
    """(whether the style the question names is the one the rule's sentence on citing names, that sentence); None
    when the question names no style (or several), or no sentence of the rule on citing names one."""
    asked = _styles(question)
    if len(asked) != 1:
        return None
    if len(_styles(rule)) > 1:
        return None  # "Essays use Chicago. Lab reports follow APA.": which is meant depends on the work
    for sentence in split_sentences(rule):
        said = _styles(sentence)
        if said and _CITING.search(sentence):
            if len(said) != 1 or _NOT_PLAIN.search(sentence):
                return None  # "use Chicago, not MLA", "MLA or APA are fine": no plain Yes or No from it
            return bool(asked & said), sentence.strip()
    return None
