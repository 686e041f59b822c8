"""A citation style asked by name (bot.understand.policies.citation_style): Yes or No from the rule naming one."""

from __future__ import annotations

import pytest

from bot.understand.policies.citation_style import citation_style_verdict

RULE = "Essays are 2,500 words at most. Use Chicago author-date citations. Upload a PDF."


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("do we use APA for citations?", (False, "Use Chicago author-date citations.")),
        ("is chicago style ok", (True, "Use Chicago author-date citations.")),
        ("can i use turabian", (True, "Use Chicago author-date citations.")),  # Chicago by its other name
        ("can i use apa or mla", None),  # two asked: not one style to check
        ("how long is the essay", None),  # no style asked
    ],
)
def test_a_style_against_the_rules_sentence(question, found):
    assert citation_style_verdict(question, RULE) == found


def test_a_rule_naming_no_style_decides_nothing():
    """ "Cite every source" names no style: whether APA is fine is not on the page."""
    assert citation_style_verdict("do we use APA", "Cite every source you use. Upload a PDF.") is None


@pytest.mark.parametrize(
    "rule",
    [
        "Cite in Chicago notes-bibliography style, not MLA.",
        "Either MLA or APA citations are fine, as long as you are consistent.",
        "Do not use APA citations.",
    ],
)
def test_a_sentence_turning_a_style_down_or_offering_a_choice_decides_nothing(rule):
    """ "can we use MLA" against "Chicago, not MLA" is no Yes: a sentence naming several styles, or one it turns
    down, is no plain statement of the style to cite in."""
    assert citation_style_verdict("can we use MLA", rule) is None
    assert citation_style_verdict("do we use apa", rule) is None


@pytest.mark.parametrize(
    "rule",
    [
        "Use Chicago style for citations in the essays. APA is also accepted.",
        "Essays use Chicago style footnotes. Lab reports follow APA.",
        "Cite your sources in any consistent style, such as APA.",
        "Any consistent citation style is fine; we recommend Chicago.",
        "Use APA style citations unless your TA says otherwise.",
    ],
)
def test_several_styles_across_sentences_an_example_or_a_preference_decide_nothing(rule):
    """A second style in another sentence, a style given as an example or a preference, or one with a condition: no
    plain Yes or No to "can i use apa" from the first sentence alone."""
    assert citation_style_verdict("can i use apa", rule) is None
