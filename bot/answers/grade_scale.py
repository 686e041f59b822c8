"""The course's grade scale ([grade_scale]): the card (every grade with its scores, the pass mark, the hurdles, curve
and rounding), and the answer to one thing asked of it: a grade by name ("what's a B+"), a score the student has
("is 79 a B", "i have 85, what's that"), the pass mark, a hurdle ("do i have to pass the final"), the curve, the
rounding. A Yes or No opens the answer only where the page's data settles it; what the page leaves open is said
to be not on the page, never guessed from the grading breakdown."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core.answer import Answer, Text, text
from bot.core.sentences import split_sentences
from bot.course.model import Course, GradeBand, GradeScale, Hurdle

TITLE = "Grade scale"
# what is asked of the scale
CARD, BAND, SCORE, PASS, HURDLE, CURVE, ROUNDING = "card", "band", "score", "pass", "hurdle", "curve", "rounding"
ASKS = (CARD, BAND, SCORE, PASS, HURDLE, CURVE, ROUNDING)


# a sentence stating what it takes to pass: "You need at least 40% on the final examination to pass the course."
_PASS_RULE = re.compile(
    r"\bto\s+pass\b|\bpass(?:es|ing)?\s+(?:the\s+)?(?:course|class|unit|module|subject)\b|\bpass(?:ing)?\s+mark\b",
    re.IGNORECASE,
)


def states_pass_rule(said: str) -> bool:
    """Whether text states what it takes to pass ("... at least 40% on the final to pass the unit")."""
    return bool(_PASS_RULE.search(said))


def pass_rules(course: Course) -> tuple[str, ...]:
    """The grading breakdown's sentences that state a rule for passing, in the page's words (no [grade_scale])."""
    said = course.grading_breakdown if course.grading_breakdown != "unknown" else ""
    return tuple(s for s in split_sentences(said) if _PASS_RULE.search(s))


@dataclass(frozen=True)
class ScaleAsked:
    """One question of the scale: what is asked, the grade named ("B+"), the score told (79), the exams and work
    named (for a hurdle), and whether it was asked as a yes/no question."""

    asks: str
    grade: str = ""
    score: float | None = None
    exams: tuple[str, ...] = ()
    work: tuple[str, ...] = ()
    yes_no: bool = False
    marks: tuple[tuple[int, float], ...] = ()  # marks told of hurdles: (the hurdle's index, the mark)
    # "can i still pass if i fail the final": Yes is passing without it (the opposite of "do i have to pass it")
    despite: bool = False
    # marks told in points whose total is not known: (-1: the overall mark, else the hurdle's index, the points)
    unread: tuple[tuple[int, float], ...] = ()
    # "is a 10 a pass": whether the mark itself is a pass mark, not whether the student passes the course
    of_mark: bool = False
    # "do i need 40% in the klausur", "is the minimum 50 on the final": a mark told is the minimum asked about
    minimum_stated: bool = False


def _num(value: float) -> str:
    return f"{value:g}"


def score_text(scale: GradeScale, value: float) -> str:
    """A score as the scale states it: "79%", or "5.5 out of 10"."""
    return f"{_num(value)}%" if scale.percent else f"{_num(value)} out of {_num(scale.out_of)}"


def band_range(scale: GradeScale, band: GradeBand) -> str:
    """The scores a band covers: "93% and above", "90% to under 93%", "under 60%"."""
    upper = scale.upper(band)
    if upper is None:
        return f"{score_text(scale, band.lowest)} and above"
    if band.lowest <= 0:
        return f"under {score_text(scale, upper)}"
    return f"{score_text(scale, band.lowest)} to under {score_text(scale, upper)}"


def _grades(scale: GradeScale) -> str:
    return ", ".join(b.grade for b in scale.bands)


def pass_line(scale: GradeScale) -> str:
    """The pass mark in a sentence, or that the page does not give one."""
    if scale.pass_mark is None:
        return "The course page doesn't give a pass mark."
    if scale.pass_grade:
        return f"You pass with **{scale.pass_grade}** or better (at least {score_text(scale, scale.pass_mark)})."
    if scale.lower_better:
        return f"The pass mark is **{score_text(scale, scale.pass_mark)}** or lower (a lower mark is better)."
    return f"The pass mark is **{score_text(scale, scale.pass_mark)}**."


def hurdle_line(scale: GradeScale, hurdle: Hurdle) -> str:
    """One hurdle: what it asks and what happens when it is missed (or that the page does not say)."""
    if hurdle.minimum is None:
        need = f"{hurdle.name} must be submitted"
    elif hurdle.out_of == 100:
        need = f"at least {_num(hurdle.minimum)}% on {hurdle.name}"
    else:
        need = f"at least {_num(hurdle.minimum)} out of {_num(hurdle.out_of)} on {hurdle.name}"
    missed = f"if not, {hurdle.missed}" if hurdle.missed else "the page doesn't say what happens if not"
    return f"{need[0].upper()}{need[1:]}; {missed}."


def hurdles_lines(scale: GradeScale) -> list[str]:
    if scale.hurdles is None:
        return ["The course page doesn't say whether any exam or piece of work has a minimum of its own."]
    if not scale.hurdles:
        return ["No single exam or piece of work has a minimum of its own: the overall mark decides."]
    return ["To pass you also need:", *(f"• {hurdle_line(scale, h)}" for h in scale.hurdles)]


def curve_line(scale: GradeScale) -> str:
    """Whether grades are curved, then the page's own words on it (once: a page that says just "Grades are not
    curved." is not said twice)."""
    said = f" {scale.curve_text}" if scale.curve_text else ""
    if scale.curve is True:
        stock = "Grades are curved."
    elif scale.curve is False:
        stock = "Grades are not curved."
    else:
        return "The course page doesn't say whether grades are curved."
    return said.strip() if said.strip().lower().startswith(stock.lower()) else f"{stock}{said}"


def rounding_line(scale: GradeScale) -> str:
    r = scale.rounding
    if r is None:
        return "The course page doesn't say whether scores are rounded."
    to = "a whole number" if r.step == 1 else f"the nearest {_num(r.step)}"
    how = {"nearest": f"to {to} (a half goes up)", "up": f"up to {to}", "down": f"down to {to}"}[r.direction]
    said = f" The page: “{r.text}”" if r.text else ""
    return f"Scores are rounded {how}.{said}"


def scale_lines(scale: GradeScale) -> list[str]:
    """The whole scale, line by line: the grades, the pass mark, hurdles, curve, rounding."""
    lines = [f"**{b.grade}**: {band_range(scale, b)}" for b in scale.bands]
    if not scale.bands:
        lines.append(f"Marks are out of {_num(scale.out_of)}.")
    return [*lines, pass_line(scale), *hurdles_lines(scale), curve_line(scale), rounding_line(scale)]


def _quote(scale: GradeScale) -> list[Text]:
    return [text(f"From the course page: “{scale.quote}”")] if scale.quote else []


def grade_scale_card(course: Course, where: str) -> Answer:
    """The whole scale with the page's words; or that the page gives none, with what each part is worth."""
    scale = course.grade_scale
    if scale is None:
        return no_scale_answer(course, ScaleAsked(CARD), where)
    return Answer(title=TITLE, lines=(*(text(line) for line in scale_lines(scale)), *_quote(scale)))


def no_scale_answer(course: Course, asked: ScaleAsked, where: str) -> Answer:
    """The page gives no grade scale: that, in the words of what was asked, and the breakdown as the page gives it
    (what each part is worth says nothing about cut-offs, so nothing is read from it)."""
    unsaid = {
        BAND: f"say what score a grade of {asked.grade} needs" if asked.grade else "give the letter-grade cut-offs",
        SCORE: f"say which grade {_num(asked.score)} is" if asked.score is not None else "give grade cut-offs",
        PASS: "give a pass mark",
        HURDLE: "say whether any exam or piece of work has a minimum you must reach to pass",
        CURVE: "say whether grades are curved",
        ROUNDING: "say whether scores are rounded",
    }.get(asked.asks)
    rules = pass_rules(course) if asked.asks in (PASS, HURDLE) else ()
    if rules:
        said = "“" + " ".join(rules) + "”"
        lines = [text(f"The course page's rule for passing: {said}"), text(f"It gives no other pass mark; {where}.")]
        parts = " ".join(s for s in split_sentences(course.grading_breakdown) if s not in rules)
        if parts:
            lines.append(text(f"What each part is worth: {parts}"))
        return Answer(title=TITLE, lines=tuple(lines))
    said = (
        f"doesn't {unsaid}: it gives no grade scale" if unsaid else "gives no grade scale (cut-offs, pass mark, curve)"
    )
    lines = [text(f"The course page {said}; {where}.")]
    if course.grading_breakdown and course.grading_breakdown != "unknown":
        lines.append(text(f"What each part is worth: {course.grading_breakdown}"))
    return Answer(title=TITLE, lines=tuple(lines), kind="unknown")


def _unsaid(scale: GradeScale, line: str, where: str) -> Answer:
    lines = [text(f"{line[:-1]}; {where}." if line.endswith(".") else line)]
    if scale.pass_mark is not None:
        lines.append(text(pass_line(scale)))
    return Answer(title=TITLE, lines=(*lines, *_quote(scale)), kind="unknown")


def _opened(verdict: bool | None, said: str) -> str:
    """The sentence, opened with a bold Yes or No when a verdict is given."""
    if verdict is None:
        return said
    return f"**{'Yes' if verdict else 'No'}**: {_lower(said)}"


def _lower(said: str) -> str:
    """ "Grades are curved" -> "grades are curved" after a Yes or a colon; "HD", a number or bold stay as they are."""
    return said[0].lower() + said[1:] if said[:1].isupper() and not said[1:2].isupper() else said


def article(grade: str) -> str:
    """ "a" or "an" before a grade: letter names by their sound ("an A", "an F", "a B+"), words by their letter."""
    letter_name = len(grade.rstrip("+-")) <= 2 and grade[:1].isalpha() and grade.rstrip("+-").isupper()
    vowels = "AEFHILMNORSX" if letter_name else "AEIOUaeiou"
    return "an" if grade[:1] in vowels else "a"


def _counted(scale: GradeScale, score: float) -> tuple[float, str]:
    """The score as it counts (rounded where the page says how) and a note on rounding when it matters."""
    r = scale.rounding
    fractional = abs(score - round(score)) > 1e-9
    if r is None:
        note = "The course page doesn't say whether scores are rounded: this takes the score as it stands."
        return score, note if fractional else ""
    counted = r.applied(score)
    if counted != score:
        how = rounding_line(scale)
        return counted, f"{score_text(scale, score)} rounds to {score_text(scale, counted)}: {how[0].lower()}{how[1:]}"
    return score, ""


def _band_answer(scale: GradeScale, asked: ScaleAsked) -> Answer:
    band = scale.band(asked.grade)
    if band is None:
        if scale.bands:
            said = f"There is no {asked.grade} on this course's scale: its grades are {_grades(scale)}."
        else:
            said = f"This course gives no grade called {asked.grade}: marks are out of {_num(scale.out_of)}."
        lines = [said, pass_line(scale)]
        return Answer(title=TITLE, lines=(*(text(x) for x in lines), *_quote(scale)))
    need = f": it takes at least {score_text(scale, band.lowest)}" if band.lowest > 0 else ""
    lines = [f"**{band.grade}** is {band_range(scale, band)}{need}."]
    if scale.pass_mark is not None:
        lines.append("That is a pass." if band.lowest >= scale.pass_mark else "That is not a pass.")
    lines.append(rounding_line(scale))
    lines.append("The whole scale: " + "; ".join(f"{b.grade} {band_range(scale, b)}" for b in scale.bands) + ".")
    return Answer(title=TITLE, lines=(*(text(x) for x in lines), *_quote(scale)))


def _score_answer(scale: GradeScale, asked: ScaleAsked) -> Answer:
    score = asked.score if asked.score is not None else 0.0
    counted, note = _counted(scale, score)
    told = score_text(scale, score)
    lines: list[str] = []
    verdict: bool | None = None
    if asked.grade and scale.bands:
        wanted = scale.band(asked.grade)
        got = scale.grade_of(counted)
        if wanted is None:
            return _band_answer(scale, asked)
        verdict = got == wanted
        is_ = f"{told} is {article(got.grade)} **{got.grade}**" if got else told
        said = f"{is_} ({band_range(scale, got)})" if got else f"{told} is under every grade's floor"
        if not verdict:
            said += f"; {wanted.grade} is {band_range(scale, wanted)}"
        lines.append(_opened(verdict if asked.yes_no else None, said + "."))
    elif scale.bands:
        got = scale.grade_of(counted)
        if got is not None:
            lines.append(f"{told} is {article(got.grade)} **{got.grade}** ({band_range(scale, got)}).")
    if asked.asks == PASS:
        lines = [*_passing(scale, asked, counted), *lines]
    elif not scale.bands or not asked.grade:
        lines += _passing(scale, replace(asked, yes_no=False), counted)  # what the score means for passing
    if note:
        lines.append(note)
    return Answer(title=TITLE, lines=(*(text(x) for x in lines), *_quote(scale)))


def _passing(scale: GradeScale, asked: ScaleAsked, counted: float) -> list[str]:
    """Whether the marks told pass: No when the overall mark or a hurdle's mark falls short; Yes only when the
    overall mark passes and every hurdle is met by a mark told (or the page says there are none); else what is
    still needed."""
    told = score_text(scale, asked.score if asked.score is not None else counted)
    if scale.pass_mark is None:
        return ["The course page doesn't give a pass mark."]
    stated = _pass_mark_stated(scale, asked)
    if stated is not None:
        return stated
    hurdles = scale.hurdles or ()
    marks = dict(asked.marks)
    short = [
        (h, marks[i]) for i, h in enumerate(hurdles) if i in marks and h.minimum is not None and marks[i] < h.minimum
    ]
    if not scale.passes(counted):
        side = "over" if scale.lower_better else "under"
        said = f"{told} is {side} the {score_text(scale, scale.pass_mark)} needed to pass: {_lower(pass_line(scale))}"
        return [_opened(False if asked.yes_no else None, said)]
    if short:
        hurdle, mark = short[0]
        said = f"{round(mark, 1):g}{'%' if hurdle.out_of == 100 else ''} is under what {hurdle.name} needs: "
        return [_opened(False if asked.yes_no else None, said + _lower(hurdle_line(scale, hurdle)))]
    shown = score_text(scale, counted)
    # "60.5%" that rounds to 61%: the mark as it counts is the pass mark, never the raw one beside a higher line
    is_ = f"{told} counts as {shown}, which is a pass mark" if shown != told else f"{told} is a pass mark"
    return _still_needed(scale, asked, f"{is_}: {_lower(pass_line(scale))}", marks)


def _pass_mark_stated(scale: GradeScale, asked: ScaleAsked) -> list[str] | None:
    """ "is 45 the pass mark", "do you need 60 to pass": a mark said to be the pass mark, Yes only when it is the
    page's pass mark (a higher mark passes too, but is not what it takes); None when no mark is stated as the pass
    mark or the mark is the student's own."""
    if not (asked.yes_no and asked.minimum_stated and asked.score is not None and not asked.marks):
        return None
    if asked.exams or asked.work:
        return None  # "is 40 the pass mark for the final": that exam's own minimum, not the course's
    if asked.of_mark or asked.despite or scale.pass_mark is None:
        return None
    said = f"the pass mark is {score_text(scale, scale.pass_mark)}"
    if abs(asked.score - scale.pass_mark) < 1e-9:
        return [_opened(True, f"{said}."), pass_line(scale)]
    return [_opened(False, f"{said}, not {score_text(scale, asked.score)}."), pass_line(scale)]


def _still_needed(scale: GradeScale, asked: ScaleAsked, said: str, marks: dict[int, float]) -> list[str]:
    """A passing overall mark or grade: Yes only when every hurdle is met by a mark told (or there are none); else
    what is still needed, and what marks in points could not be read."""
    hurdles = scale.hurdles or ()
    if scale.hurdles is None:
        return [said, hurdles_lines(scale)[0]]
    open_ = [h for i, h in enumerate(hurdles) if i not in marks]
    if not open_:
        return [_opened(True if asked.yes_no else None, said)]
    needs = "; ".join(_lower(hurdle_line(scale, h))[:-1] for h in open_)
    # "is a 10 a pass": Yes of the mark, with what passing the course also needs right after it
    first = _opened(True, said) if asked.yes_no and asked.of_mark else said
    return [first, f"You also need: {needs}.", *unread_lines(scale, asked)]


def unread_lines(scale: GradeScale, asked: ScaleAsked) -> list[str]:
    """Marks told in points where the page gives no total: what the minimum is, and the question back."""
    hurdles = scale.hurdles or ()
    lines = []
    for i, points in asked.unread:
        if 0 <= i < len(hurdles) and hurdles[i].minimum is not None:
            h = hurdles[i]
            lines.append(
                f"The course page gives the minimum on {h.name} as {_num(h.minimum)}%, not how many points it has: "
                f"what is your {_num(points)} points out of?"
            )
        elif i < 0:
            lines.append(
                f"The course page gives the pass mark in percent, not in points: what is your {_num(points)} points "
                "out of?"
            )
    return lines


def _grade_passes(scale: GradeScale, asked: ScaleAsked, band: GradeBand, pass_mark: float) -> Answer:
    """ "will a 4.0 pass": whether a grade of the scale, named, is a passing grade (and what hurdles remain)."""
    if band.lowest < pass_mark - 1e-9:
        said = f"{band.grade} is not a passing grade: {_lower(pass_line(scale))}"
        lines = [_opened(False if asked.yes_no else None, said)]
    else:
        said = f"{band.grade} is a passing grade: {_lower(pass_line(scale))}"
        lines = _still_needed(scale, asked, said, dict(asked.marks))
    return Answer(title=TITLE, lines=(*(text(x) for x in lines), *_quote(scale)))


def _hurdle_answer(scale: GradeScale, asked: ScaleAsked, where: str) -> Answer:
    """Whether the work asked about is a hurdle: Yes to "do i have to pass it" when it is, and to "can i still pass
    without it" when it is not."""

    def _verdict(is_hurdle: bool) -> bool | None:
        return (is_hurdle != asked.despite) if asked.yes_no else None

    if scale.hurdles is None:
        return _unsaid(scale, hurdles_lines(scale)[0], where)
    named = set(asked.exams) | set(asked.work)
    if not scale.hurdles:
        said = f"No single exam or piece of work has a minimum of its own: {pass_line(scale)[0].lower()}"
        said += f"{pass_line(scale)[1:]}"
        if scale.pass_mark is None:
            said = "No single exam or piece of work has a minimum of its own: the overall mark decides."
        lines = [_opened(_verdict(False), said)]
        return Answer(title=TITLE, lines=(*(text(x) for x in lines), *_quote(scale)))
    hit = [h for h in scale.hurdles if named & (set(h.exams) | set(h.ids))] if named else list(scale.hurdles)
    if hit:
        first, *rest = (hurdle_line(scale, h) for h in hit)
        verdict = _verdict(True)
        told = [mark for index, mark in asked.marks if index == scale.hurdles.index(hit[0])]
        if len(hit) == 1 and told and hit[0].minimum is not None and asked.yes_no and asked.minimum_stated:
            # "do i need 40% in the klausur to pass": the minimum stated is checked against the hurdle's own
            verdict = abs(told[0] - hit[0].minimum) < 1e-9
        lines = [_opened(verdict, first), *rest, pass_line(scale)]
    else:
        lines = [
            _opened(_verdict(False), "That has no minimum of its own. The page's hurdles are:"),
            *(f"• {hurdle_line(scale, h)}" for h in scale.hurdles),
            pass_line(scale),
        ]
    return Answer(title=TITLE, lines=(*(text(x) for x in lines), *_quote(scale)))


def grade_scale_answer(course: Course, asked: ScaleAsked, where: str) -> Answer:
    """The answer to one question of the scale, from the data only; what it leaves open is said to be unsaid."""
    scale = course.grade_scale
    if scale is None:
        return no_scale_answer(course, asked, where)
    if asked.asks == CARD:
        return grade_scale_card(course, where)
    if asked.asks == CURVE:
        if scale.curve is None:
            return _unsaid(scale, curve_line(scale), where)
        said = _opened(scale.curve if asked.yes_no else None, curve_line(scale))
        return Answer(title=TITLE, lines=(text(said), *_quote(scale)))
    if asked.asks == ROUNDING:
        if scale.rounding is None:
            unsaid = _unsaid(scale, rounding_line(scale), where)
            got = scale.grade_of(asked.score) if asked.score is not None and scale.bands else None
            if got is None:
                return unsaid
            stands = f"As it stands, {score_text(scale, asked.score)} is {article(got.grade)} **{got.grade}**"
            return replace(
                unsaid, lines=(unsaid.lines[0], text(f"{stands} ({band_range(scale, got)})."), *unsaid.lines[1:])
            )
        if asked.score is not None:
            counted = scale.rounding.applied(asked.score)
            up = counted > asked.score
            said = f"{score_text(scale, asked.score)} counts as {score_text(scale, counted)}"
            got = scale.grade_of(counted) if scale.bands else None
            said += f" (**{got.grade}**)." if got else "."
            lines = [_opened(up if asked.yes_no else None, said), rounding_line(scale)]
        else:
            lines = [_opened(True if asked.yes_no else None, rounding_line(scale))]
        return Answer(title=TITLE, lines=(*(text(x) for x in lines), *_quote(scale)))
    if asked.asks == HURDLE:
        return _hurdle_answer(scale, asked, where)
    if asked.score is not None:
        return _score_answer(scale, asked)
    if asked.asks == BAND and asked.grade:
        return _band_answer(scale, asked)
    named = scale.band(asked.grade) if asked.grade else None
    if asked.asks == PASS and named is not None and scale.pass_mark is not None:
        return _grade_passes(scale, asked, named, scale.pass_mark)
    if asked.asks == PASS:
        if scale.pass_mark is None:
            return _unsaid(scale, pass_line(scale), where)
        lines = [pass_line(scale), *hurdles_lines(scale), *unread_lines(scale, asked)]
        return Answer(title=TITLE, lines=(*(text(x) for x in lines), *_quote(scale)))
    return grade_scale_card(course, where)
