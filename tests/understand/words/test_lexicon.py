"""A course's words, built once: assignment names by canonical key, names, periods, typo repair."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.scaled_course import scaled
from bot.course.loader import load_course
from bot.course.meetings import MeetingKind
from bot.course.model import Person
from bot.understand.words.lexicon import Lexicon, _bracketed_names, _periods, _plural, canon_key
from bot.understand.words.normalize import phrase_key, respell
from tests.conftest import FIXTURES, REPO
from tests.understand.conftest import course_in, reply


@pytest.fixture(scope="module")
def lexicon(course):
    return Lexicon(course)


@pytest.mark.parametrize(
    ("typed", "ids"),
    [
        ("hw3", ("hw3",)),
        ("homework 3", ("hw3",)),
        ("homework three", ("hw3",)),
        ("hw 4 part b", ("hw4b",)),
        ("hw4b", ("hw4b",)),
        ("hw4", ("hw4a", "hw4b")),
        ("mini project", ("miniproject",)),
        ("mini project survey", ("miniproject-survey",)),
    ],
)
def test_assignment_names_by_canonical_key(lexicon, typed, ids):
    """Every way of naming an assignment reaches it; a group name reaches all its parts."""
    assert lexicon.assignment_keys[canon_key(phrase_key(typed))] == ids


def test_numbered_kinds_are_known(lexicon):
    """'hw' numbers assignments, so 'hw9' is an assignment that does not exist rather than a word."""
    assert "hw" in lexicon.numbered_prefixes


@pytest.mark.parametrize(
    ("typo", "fixed"),
    [
        ("ofice", "office"),
        ("deadlin", "deadline"),
        ("lecutre", "lecture"),
        ("recitaiton", "recitation"),
        ("fianl", "final"),
        ("reinforcment", "reinforcement"),
        ("katies", "katie"),
        ("worht", "worth"),  # a swapped pair, not "worst" one letter away
        ("calculater", "calculator"),  # a vowel for a vowel, not "calculated" one consonant away
        ("professer", "professor"),
        ("calculatd", "calculated"),
    ],
)
def test_typos_are_repaired_against_the_course_vocabulary(lexicon, typo, fixed):
    """One slip (two in long words), a swapped pair counting as one."""
    assert lexicon.correct(typo) == fixed


@pytest.mark.parametrize(
    ("folder", "typo", "fixed"),
    [
        ("data/10-605-s24", "pasing", "passing"),
        ("data/stat-187-f24", "pasing", "passing"),
        ("data/stat-187-f24", "faling", "failing"),
        ("tests/fixtures/courses/chem-1310-s26", "grde", "grade"),
        ("tests/fixtures/courses/chem-1310-s26", "roundd", "rounded"),
    ],
)
def test_typos_of_grading_words_are_repaired_on_every_course(folder, typo, fixed):
    """The words of grading (passing, failing, curved, rounded, grade) are repaired on every course."""
    assert Lexicon(course_in(folder)).correct(typo) == fixed


@pytest.mark.parametrize("word", ["grade", "gates", "banana", "pittsburgh", "weather", "office", "hw3"])
def test_known_or_unlike_words_are_left_alone(lexicon, word):
    """'grade' is not 'grace', 'gates' is not 'dates': known words and words close to nothing stay."""
    assert lexicon.correct(word) is None


def test_periods_come_from_the_schedule(lexicon):
    """Spring Break is one period over its three days, named by its title."""
    (period,) = [p for p in lexicon.periods.values() if p.name == "Spring Break"]
    assert (period.first.isoformat(), period.last.isoformat()) == ("2024-03-04", "2024-03-08")
    assert any(t.kind == "period" for t in lexicon.phrases[("spring", "break")])


def test_names_that_are_ordinary_words_are_marked(course):
    """A TA called Will, an instructor called Grace (in a course whose pool is "grace days"): only 'will' needs
    capitals to count as a name; 'grace' counts outside "grace days"."""
    people = (
        *course.people,
        Person(id="will-tanaka", name="Will Tanaka", role="ta"),
        Person(id="grace-okafor", name="Grace Okafor", role="instructor"),
    )
    other = Lexicon(replace(course, people=people))
    assert "will" in other.plain_names
    assert "grace" in other.cue_names


def tags(lexicon: Lexicon, phrase: str, kind: str) -> set[str]:
    return {t.value for t in lexicon.phrases.get(phrase_key(phrase), ()) if t.kind == kind}


def test_the_courses_own_words_come_from_its_data(course, second_course):
    """Meeting kinds, role titles, the late pool's name, section aliases and platforms are phrases of the course
    that names them, and of no other."""
    first, second = Lexicon(course), Lexicon(second_course)
    assert tags(first, "recitations", "kind") == {"recitation"}
    assert tags(second, "dis", "kind") == {"discussion"}
    assert tags(second, "discussion section", "kind") == {"discussion"}
    assert tags(second, "recitation", "kind") == set()
    assert tags(first, "head tas", "role") == {"head_ta"}
    assert tags(second, "gsis", "role") == {"gsi"}
    assert tags(second, "professor", "role") == {"instructor"}  # the course's first role
    assert "pool" in tags(first, "grace days", "cue")
    # Other courses' words for a late pool are this course's pool (issue 12, round 5): answers say its own word.
    assert "pool" in tags(second, "grace days", "cue")
    assert "pool" in tags(second, "late days", "cue")  # the general words for a pool, in any course
    assert tags(second, "prairielearn", "link") == {"platform:submission"}
    assert tags(second, "1c", "section") == {"1C"}


def test_synonyms_mean_what_the_course_says(second_course):
    """ "mt" = midterm and "dis" = discussion (the course's synonyms) carry their meaning's tags."""
    lexicon = Lexicon(second_course)
    assert tags(lexicon, "mt", "exam") == {"midterm"}
    assert tags(lexicon, "dis", "kind") == {"discussion"}
    assert "late-work" in tags(lexicon, "late days", "policy")  # "late days" = its "late penalty"


def test_a_topic_is_named_by_its_initials(second_course):
    """'lda' for Linear discriminant analysis; initials only of names of three words or more."""
    lexicon = Lexicon(second_course)
    (tag,) = lexicon.phrases[("lda",)]
    assert second_course.schedule[int(tag.value)].title == "Linear discriminant analysis"
    assert ("lr",) not in lexicon.phrases


def test_a_kinds_aliases_name_it_in_the_plural(second_course):
    """'which sections meet on friday': the plural of an alias ("section") names the kind."""
    tags = Lexicon(second_course).phrases[("sections",)]
    assert any(t.kind == "kind" and t.value == "discussion" for t in tags)


def test_a_task_word_that_names_the_courses_work_is_that_work():
    """'essay' is a writing task in general, but in a course that assigns essays it is the course's own word."""
    lexicon = Lexicon(load_course(FIXTURES / "courses" / "hist-210-a24"))
    assert not any(t.value == "task" for t in lexicon.phrases.get(("essay",), ()))


# ------------------------------------------------------------------ days off named in several words, by first word

_DATED_FOLDERS = sorted(p for p in (*(REPO / "data").iterdir(), *(FIXTURES / "courses").iterdir()) if p.is_dir())


@pytest.fixture(scope="module")
def dated_lexicons():
    """Each course's lexicon with every pattern of its days off named in several words (what was tried before)."""
    out = []
    for folder in _DATED_FOLDERS:
        course = load_course(folder)
        for served in (course, scaled(course, 3)):
            patterns = [
                re.compile(r"\b" + r"\s+".join(map(re.escape, key)) + r"\b")
                for _, keys in _periods(served)
                for key in keys
                if len(key) > 1
            ]
            words = sorted({w for _, keys in _periods(served) for key in keys for w in key})
            out.append((Lexicon(served), patterns, words))
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_dated_period_spans_are_every_pattern_tried(dated_lexicons, data):
    for lexicon, patterns, words in dated_lexicons:
        pieces = st.sampled_from([*words, "is", "there", "class", "on", "monday", "x", "-", ",", "(", "_", "  "])
        text = data.draw(st.lists(pieces, max_size=8).map(" ".join), label="text")
        text = data.draw(st.sampled_from([text, text.replace(" ", ""), text.replace(" ", "-")]))
        want = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(text))
        assert sorted(set(lexicon.dated_period_spans(text))) == sorted(set(want))


def test_dated_period_spans_find_a_break_by_its_full_name(course):
    lexicon = Lexicon(course)
    text = "is there class during spring break"
    assert (text.index("spring"), len(text)) in lexicon.dated_period_spans(text)
    assert lexicon.dated_period_spans("is there class on monday") == []


def test_an_assignment_named_quiz_is_not_an_exam(geo):
    _, said = reply(geo, "is there a quiz", "2025-03-26 10:00")
    assert "Reading quiz" in said
    assert "Map test" not in said


@pytest.mark.parametrize(
    ("question", "facts", "absent"),
    [
        ("when is the field log due", ["Field log (Nord)", "Field log (Süd)"], ["Sheet 4"]),
        ("when are the field logs due", ["Tue May 13", "Thu May 15"], []),
        ("when is the poster due", ["Mon Jun 23"], []),
        ("whens the postr due", ["Mon Jun 23"], []),
        ("when is the snow pits sheet due", ["Fri Mar 28"], ["Sheet 2"]),
    ],
)
def test_items_are_found_by_their_own_words(geo, question, facts, absent):
    _, said = reply(geo, question, "2025-03-26 10:00")
    assert all(f in said for f in facts), said
    assert not any(a in said for a in absent), said


def test_a_part_shared_by_several_items_names_none_of_them(geo):
    from bot.understand.words.lexicon import Lexicon

    keys = Lexicon(geo).assignment_keys
    assert keys["poster"] == ("project",)
    assert "data" not in keys  # sheets 1 and 2 and the project all have data


def test_kinds_plural_from_the_singular():
    assert [_plural(w) for w in ("plenary", "practical", "day", "box", "lab")] == [
        "plenaries",
        "practicals",
        "days",
        "boxes",
        "labs",
    ]


def test_a_period_named_a_week_spans_its_whole_week():
    """ "reading week" marked on its Monday alone is the whole week: a range over it holds the week's meetings."""
    import datetime as dt

    from tests.conftest import FIXTURES

    course = load_course(FIXTURES / "courses" / "hist-210-a24")
    period = next(p for p in Lexicon(course).periods.values() if "week" in p.name.lower())
    assert period.first.weekday() == 0
    assert period.last - period.first == dt.timedelta(days=6)


def _hist_with_rows(*rows):
    """HIST 210 with its reading-week row replaced by the rows given (date, kind, title)."""
    from bot.course.model import ScheduleDay
    from tests.conftest import FIXTURES

    course = load_course(FIXTURES / "courses" / "hist-210-a24")
    kept = [r for r in course.schedule if r.date != dt.date(2024, 10, 28)]
    added = [ScheduleDay(day, kind, title) for day, kind, title in rows]
    return replace(course, schedule=tuple(sorted((*kept, *added), key=lambda r: r.date)))


def test_a_week_stops_at_the_class_days_around_it():
    """A break called a week from a Thursday, with class rows on the Monday to Wednesday before it and the Thursday
    after: its days off only, never the class days ("Golden Week" from Thu Apr 29 to Wed May 5)."""
    course = _hist_with_rows(
        (dt.date(2024, 10, 28), "seminar", "Seminar: the archive"),
        (dt.date(2024, 10, 31), "holiday", "Founders Day (Festival Week): no classes"),
        (dt.date(2024, 11, 1), "break", "Festival Week: campus closed"),
        (dt.date(2024, 11, 4), "holiday", "Harvest Day (Festival Week): no classes"),
        (dt.date(2024, 11, 7), "tutorial", "Tutorial: sources"),
    )
    periods = {p.name: p for p in Lexicon(course).periods.values()}
    closed = periods["Festival Week: campus closed"]
    assert (closed.first, closed.last) == (dt.date(2024, 10, 29), dt.date(2024, 11, 3))


def test_a_name_several_days_off_share_is_one_period_from_first_to_last():
    """ "Founders Day (Festival Week)", "Festival Week: campus closed", "Harvest Day (Festival Week)": "festival
    week" names the stretch from the first to the last, not the first day alone; days off with a class day between
    them share no period."""
    rows = (
        (dt.date(2024, 10, 31), "holiday", "Founders Day (Festival Week): no classes"),
        (dt.date(2024, 11, 1), "break", "Festival Week: campus closed"),
        (dt.date(2024, 11, 4), "holiday", "Harvest Day (Festival Week): no classes"),
    )
    course = _hist_with_rows(*rows, (dt.date(2024, 11, 7), "tutorial", "Tutorial: sources"))
    lexicon = Lexicon(course)
    festival = lexicon.periods["festival-week"]
    assert (festival.name, festival.last) == ("Festival Week", dt.date(2024, 11, 6))
    assert festival.first == dt.date(2024, 10, 28)  # its whole week: no class row before it that week
    assert {t.value for t in lexicon.phrases[("festival", "week")] if t.kind == "period"} == {"festival-week"}
    apart = _hist_with_rows(*rows, (dt.date(2024, 11, 1), "seminar", "Seminar: the archive"))
    assert "festival-week" not in Lexicon(apart).periods


def test_phrase_lengths_are_those_of_the_phrases_each_word_starts(lexicon):
    for word, lengths in lexicon.phrase_lengths.items():
        assert list(lengths) == sorted(lengths, reverse=True)
        assert set(lengths) == {len(k) for k in lexicon.phrases if k[:1] == (word,)}
    assert {k[0] for k in lexicon.phrases if k} == set(lexicon.phrase_lengths)


def test_plural_of_a_name():
    from bot.understand.words.lexicon import plural

    assert [plural(n) for n in ("quiz", "lab report", "practical sheet", "class")] == [
        "quizzes",
        "lab reports",
        "practical sheets",
        "classes",
    ]


def test_series_of_work_by_the_name_before_the_number(lexicon, second_course, geo):
    # "Homework 4 Part A" is of the homework too; a series has two items or more
    assert set(lexicon.series["homework"]) == {"hw1", "hw2", "hw3", "hw4a", "hw4b", "hw5"}
    assert len(Lexicon(second_course).series["problem set"]) == 7
    assert set(Lexicon(geo).series["practical sheet"]) == {"sheet1", "sheet2", "sheet3", "sheet4"}


def test_a_shortened_topic_word_is_the_one_long_word_it_starts(lexicon, second_course):
    assert lexicon.correct("hyperparam") == "hyperparameter"
    assert Lexicon(second_course).correct("regularizn") is None  # not a start of the word
    assert lexicon._lengthened("hype") is None  # too short to stand for anything


def test_a_word_the_courses_own_text_uses_is_no_typo(second_course):
    import dataclasses

    course = dataclasses.replace(second_course, description="Bring a non-graphing calculator to class.")
    assert Lexicon(second_course).correct("graphing") == "grading"
    assert Lexicon(course).correct("graphing") is None


def test_a_units_name_and_its_parts_name_its_days(second_course):
    lex = Lexicon(second_course)
    methods = {str(i) for i, r in enumerate(second_course.schedule) if r.unit is not None and r.unit.id == "methods"}
    for key in (("resampling",), ("non", "linear", "methods")):
        assert {t.value for t in lex.phrases[key] if t.kind == "topic"} == methods


def test_one_word_of_a_day_offs_label_is_kept_apart(hist):
    lex = Lexicon(hist)
    assert "reading" in lex.label_words


def test_a_word_the_page_uses_is_not_respelled_into_another(second_course):
    """ "graphing" of an exam rule's "non-graphing calculator" is meant as typed, not "grading"; a plural of a course
    word ("sets") may still become the word ("set")."""
    from bot.understand.words.lexicon import Lexicon

    exams = tuple(replace(e, rules=("Bring a non-graphing calculator.",)) for e in second_course.exams)
    plain = Lexicon(second_course)
    ruled = Lexicon(replace(second_course, exams=exams))
    assert plain.correct("graphing") == "grading"
    assert ruled.correct("graphing") is None
    assert ruled.correct("sets") == plain.correct("sets")


@pytest.mark.parametrize("question", ["when is the consultation on friday", "any consultations this week"])
def test_the_course_s_own_word_for_what_students_call_otherwise_means_the_same(course, question):
    """A course that writes `"office hours" = "consultation"` calls its office hours consultations: its students
    say "consultation" too, and mean the office hours."""
    renamed = replace(course, synonyms={**course.synonyms, "office hours": "consultation"})
    result, _ = reply(renamed, question, "2024-02-12 10:00")
    assert result.parts[0].intent == "office_hours"
    plain, _ = reply(course, question, "2024-02-12 10:00")
    assert plain.parts[0].intent != "office_hours"  # without the course's word, "consultation" means nothing here


def test_a_day_off_labelled_in_parts_is_named_by_its_naming_part(course):
    """ "Good Friday (public holiday): no classes" is "good friday" to a student, and shown without the stray space."""
    day = next(r for r in course.schedule if r.kind in ("no_class", "break", "holiday"))
    rows = tuple(
        replace(r, title="Good Friday (public holiday): no classes") if r.date == day.date else r
        for r in course.schedule
    )
    found = [(period, keys) for period, keys in _periods(replace(course, schedule=rows)) if period.first == day.date]
    assert found, "the relabelled day is a period"
    period, keys = found[0]
    assert ("good", "friday") in keys
    assert period.name == "Good Friday: no classes"


@pytest.mark.parametrize("question", ["is there class on the bank holiday", "did we have class on the bank holiday"])
def test_a_day_off_is_named_by_its_last_two_words_ending_in_a_word_for_a_day_off(course, question):
    """ "October Bank Holiday: no lecture" is "the bank holiday" to a student: its day, not a topic "bank"."""
    day = next(r for r in course.schedule if r.kind in ("no_class", "break", "holiday"))
    rows = tuple(
        replace(r, title="October Bank Holiday: no lecture") if r.date == day.date else r for r in course.schedule
    )
    renamed = replace(course, schedule=rows)
    assert any(("bank", "holiday") in keys for _, keys in _periods(renamed))
    result, said = reply(renamed, question, day.date.isoformat() + " 09:00")
    slots = result.parts[0].slots
    assert slots.get("range") == (day.date, day.date)
    assert "bank" not in slots.get("words", "")
    assert said.splitlines()[2].startswith("No")


def test_a_one_day_holiday_is_named_by_its_weekday_too(course):
    """ "did we have class on the holiday monday": the holiday on that weekday, not the coming Monday."""
    day = next(r for r in course.schedule if r.kind in ("no_class", "break", "holiday"))
    rows = tuple(replace(r, title="Spring Bank Holiday") if r.date == day.date else r for r in course.schedule)
    renamed = replace(course, schedule=rows)
    weekday = day.date.strftime("%A").lower()
    for question in (f"did we have class on the holiday {weekday}", f"was there class on the bank holiday {weekday}"):
        result, said = reply(renamed, question, (day.date + dt.timedelta(days=9)).isoformat() + " 09:00")
        assert result.parts[0].slots.get("range") == (day.date, day.date), question
        assert "words" not in result.parts[0].slots
        assert said.splitlines()[2].startswith("No")


def test_a_swapped_typo_is_the_courses_own_word_before_an_everyday_one():
    hist = Lexicon(load_course(FIXTURES / "courses" / "hist-210-a24"))
    assert hist.correct("esay") == "essay"  # essays are assigned: not "easy"
    assert hist.correct("worht") == "worth"


def test_an_ending_written_as_it_sounds_is_the_courses_own_word():
    """ "practicles" of a course with practicals (before the everyday "practices"); left alone where it has none."""
    geo = Lexicon(load_course(FIXTURES / "courses" / "geo-2210-s25"))
    assert geo.correct("practicles") == "practicals"
    assert geo.correct("practicle") == "practical"
    hist = Lexicon(load_course(FIXTURES / "courses" / "hist-210-a24"))
    assert hist.correct("practicles") != "practicals"  # hist has no practicals
    _, said = reply(
        load_course(FIXTURES / "courses" / "geo-2210-s25"), "where are the practicles held", "2025-05-08 10:00"
    )
    assert "practicals" in said.splitlines()[0]


def test_a_three_letter_typo_is_a_course_word_with_one_letter_put_back(course):
    lexicon = Lexicon(course)
    assert lexicon.correct("exm") == "exam"
    assert lexicon.correct("qiz") == "quiz"
    for word in ("the", "and", "lol", "xyz"):  # words, chat, or nothing near enough
        assert lexicon.correct(word) is None
    _, said = reply(course, "whn is the exm", "2024-02-19 10:00")
    assert "Exam" in said.splitlines()[0]


def test_a_course_synonym_is_read_in_the_other_number_too(hist):
    """ "repeats" = "reassessment" in a course's synonyms: "repeat" means it as well (hostile4 9)."""
    course = replace(hist, synonyms={**hist.synonyms, "wordcounts": "word limits"})
    meant = Lexicon(course).phrases[("word", "limits")]
    assert set(meant) <= set(Lexicon(course).phrases[("wordcount",)])
    assert ("wordcount",) not in Lexicon(hist).phrases


def test_a_break_is_named_by_the_other_name_its_title_gives_in_brackets(course):
    import dataclasses

    from bot.understand.words.lexicon import _periods

    renamed = tuple(
        dataclasses.replace(r, title="Spring Break (Frühjahrspause)") if r.title.startswith("Spring Break") else r
        for r in course.schedule
    )
    names = {n for _, found in _periods(dataclasses.replace(course, schedule=renamed)) for n in found}
    assert ("fruhjahrspause",) in names or ("fruehjahrspause",) in names
    assert ("no", "classes") not in names  # "(No Classes)" on the page names nothing


@pytest.mark.parametrize("which", ["course", "second_course"])
def test_a_distinctive_word_of_the_bracketed_name_names_the_break_alone(which, request):
    """ "(semana de receso)": "receso" alone names the break ("office hours during receso week"); a word another
    title uses too ("semana" of "Semana 3") names nothing."""
    import dataclasses

    from bot.course.model import NO_CLASS_KINDS
    from bot.understand.words.lexicon import _periods

    course = request.getfixturevalue(which)
    breaks = [r for r in course.schedule if r.kind in NO_CLASS_KINDS]
    title = breaks[0].title
    taught = next(r for r in course.schedule if r.kind not in NO_CLASS_KINDS)
    renamed = tuple(
        dataclasses.replace(r, title="Semester break (semana de receso)")
        if r.title == title
        else dataclasses.replace(r, title="Semana 3: review")
        if r is taught
        else r
        for r in course.schedule
    )
    names = {n for _, found in _periods(dataclasses.replace(course, schedule=renamed)) for n in found}
    assert ("receso",) in names
    assert ("semana",) not in names


@pytest.mark.parametrize(
    "question",
    ["when is the sketching exercise due", "deadline for sketching exercise?", "when is the sketchng exercise due"],
)
def test_an_alias_is_read_without_its_article_and_its_words_are_the_courses(course, question):
    """An alias written "the sketching exercise" is named by a question with or without "the", and a slip in one of
    its words is read as that word (never as a nearby word of the schedule)."""
    hw3 = next(a for a in course.assignments if a.id == "hw3")
    renamed = replace(hw3, aliases=(*hw3.aliases, "the sketching exercise"))
    changed = replace(course, assignments=tuple(renamed if a is hw3 else a for a in course.assignments))
    result, _ = reply(changed, question, "2024-02-12 10:00")
    assert result.parts[0].slots.get("assignments") == ("hw3",), result.as_json()


def test_a_kind_named_by_its_weekday_is_no_date(second_copy):
    """ "are the friday discussions required": a kind the course names by its weekday holds no date to read."""
    path = second_copy / "meetings.toml"
    path.write_text(path.read_text().replace('"disc", "section"]', '"disc", "section", "friday discussion"]'))
    course = load_course(second_copy)
    text = "are the friday discussions required"
    assert (text.index("friday"), len(text) - len(" required")) in Lexicon(course).dated_period_spans(text)
    assert Lexicon(course).dated_period_spans("is there a lecture on friday") == []
    result, _ = reply(course, text, "2024-10-01 10:00")
    assert all(not p.slots.get("date") for p in result.parts)


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("regular", None),  # "regularization" is made from it: the everyday word, as typed
        ("regulariz", "regularization"),  # cut inside the term: the term
        ("regularizat", "regularization"),
    ],
)
def test_a_whole_word_a_course_term_is_made_from_is_never_lengthened_into_it(stat, word, meant):
    """ "regular" + "ization": a word the long term is derived from is meant as itself; a clipped term is the term."""
    assert Lexicon(stat).correct(word) == meant


def test_regular_before_a_meeting_kind_asks_of_that_kind(stat):
    """ "is there regular lecture tomorrow" asks of the lecture, never of a day of regularization."""
    _, said = reply(stat, "is there regular lecture tomorrow", "2024-10-01 10:00")
    assert "regularization" not in said.lower()
    assert said.splitlines()[2].startswith("No: no lecture on Wed Oct 2")


def test_a_name_several_days_off_share_is_one_period(second_copy):
    """Days off titled apart but sharing a name ('Thanksgiving Day (Fall Recess)', 'Fall Recess: campus closed') make
    one period under that name, first day to last, while each day keeps its own name."""
    path = second_copy / "schedule.toml"
    said = path.read_text()
    for day, title in (("27", "Study Day (Fall Recess)"), ("28", "Thanksgiving Day (Fall Recess)")):
        said = said.replace(
            f'date = 2024-11-{day}\nkind = "break"\ntitle = "Thanksgiving break"',
            f'date = 2024-11-{day}\nkind = "break"\ntitle = "{title}"',
        )
    said = said.replace(
        'date = 2024-11-29\nkind = "break"\ntitle = "Thanksgiving break"',
        'date = 2024-11-29\nkind = "break"\ntitle = "Fall Recess: campus closed"',
    )
    path.write_text(said)
    lexicon = Lexicon(load_course(second_copy))
    (shared,) = [lexicon.periods[t.value] for t in lexicon.phrases[("fall", "recess")] if t.kind == "period"]
    assert (shared.name, shared.first, shared.last) == ("Fall Recess", dt.date(2024, 11, 27), dt.date(2024, 11, 29))
    own = [lexicon.periods[t.value].name for t in lexicon.phrases[("thanksgiving", "day")] if t.kind == "period"]
    assert own == ["Thanksgiving Day"]


def test_office_hours_asked_of_a_break_by_its_bracketed_word_are_those_of_the_break(course):
    """ "any office hours during receso week" on a course whose spring break is "(semana de receso)": the break's
    days, where every session is cancelled, so No."""
    import dataclasses

    from tests.understand.conftest import first_line, reply

    renamed = tuple(
        dataclasses.replace(r, title="Spring Break (semana de receso)") if r.title.startswith("Spring Break") else r
        for r in course.schedule
    )
    _, said = reply(
        dataclasses.replace(course, schedule=renamed), "any office hours during receso week", "2024-02-26 10:00"
    )
    assert first_line(said).startswith("No")
    assert "Spring Break" in said


@pytest.mark.parametrize(
    "title",
    [
        "Good Friday (university closed)",
        "Holy Thursday: no classes",
        "Easter Monday",
        "Karfreitag (vorlesungsfrei)",  # the page's own language: German, French, Spanish, Italian
        "Lundi de Pâques",
        "Viernes Santo",
        "Venerdì Santo",
    ],
)
def test_a_day_off_of_holy_week_is_named_easter(title):
    """A day off the page calls Good Friday, Holy Thursday or Easter Monday is "easter", "the easter long weekend"."""
    course = _hist_with_rows((dt.date(2024, 10, 28), "holiday", title))
    lexicon = Lexicon(course)
    for said in ("easter", "easter long weekend", "easter break"):
        assert tags(lexicon, said, "period"), said


def test_the_easter_days_off_together_are_one_stretch():
    """Good Friday and Easter Monday with no class day between them: "easter" names one stretch over both (its first
    class after is after the Monday); each keeps its own name; with a class day between, no shared stretch."""
    rows = ((dt.date(2024, 11, 1), "holiday", "Good Friday"), (dt.date(2024, 11, 4), "holiday", "Easter Monday"))
    lexicon = Lexicon(_hist_with_rows(*rows))
    (easter,) = tags(lexicon, "easter", "period")
    assert (lexicon.periods[easter].first, lexicon.periods[easter].last) == (dt.date(2024, 11, 1), dt.date(2024, 11, 4))
    assert tags(lexicon, "good friday", "period") != {easter}
    apart = Lexicon(_hist_with_rows(*rows, (dt.date(2024, 11, 2), "seminar", "Seminar: Saturday session")))
    assert len(tags(apart, "easter", "period")) == 2


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (MeetingKind("screening", "Screening", "Screenings"), ("watching", "film", "movie", "screening")),
        (MeetingKind("film_lab", "Film lab", "Film labs"), ("watching", "movies")),
        (MeetingKind("viewing", "Viewing session", "Viewing sessions", aliases=("movie night",)), ("watch", "film")),
    ],
)
def test_a_kind_that_shows_films_is_named_by_watching_and_film(course, kind, words):
    """'what are we watching tonight', 'whats the film next wednesday' name the course's screenings, whatever
    the course calls them."""
    lex = Lexicon(replace(course, meeting_kinds=(*course.meeting_kinds, kind)))
    for word in words:
        assert ("kind", kind.id) in {(t.kind, t.value) for t in lex.phrases[(word,)]}, word


def test_watching_names_no_kind_on_a_course_without_screenings(lexicon):
    """On a course with no screening, 'watch' ('watch the recording') names no kind of class."""
    assert not any(t.kind == "kind" for t in lexicon.phrases.get(("watching",), ()))
    assert not any(t.kind == "kind" for t in lexicon.phrases.get(("film",), ()))


@pytest.mark.parametrize(("said", "titled"), [("rec 3", "recitation 3"), ("recitations 2", "recitation 2")])
def test_a_numbered_row_is_named_by_its_kinds_other_names(lexicon, said, titled):
    """'rec 3' names the schedule's 'Recitation 3' row, as the kind's own alias shortens its title."""
    topics = [t for t in lexicon.phrases.get(phrase_key(said), ()) if t.kind == "topic"]
    assert topics
    assert {t.value for t in topics} == {t.value for t in lexicon.phrases[phrase_key(titled)] if t.kind == "topic"}


def test_a_word_of_the_courses_own_topics_is_never_respelled():
    """ "pasting" of a topic the schedule names ("Pasting and merging tables") is meant, not a typo of "passing"."""
    stat = course_in("data/stat-187-f24")
    assert Lexicon(stat).correct("pasting") == "passing"  # on a course whose text never says it: a typo
    row = replace(stat.schedule[3], title="Pasting and merging tables")
    course = replace(stat, schedule=(*stat.schedule[:3], row, *stat.schedule[4:]))
    assert Lexicon(course).correct("pasting") is None


@pytest.mark.parametrize("folder", ["data/10-605-s24", "data/stat-187-f24", "tests/fixtures/courses/chem-1310-s26"])
@pytest.mark.parametrize(
    "question", ["when do we learn the gradient", "can i use a marker on the board", "is the grate in the lab hot"]
)
def test_a_real_word_is_never_respelled_into_a_grading_word(folder, question):
    """An English subject word a letter or two from a grading word ("gradient", "marker", "grate") stays as typed."""
    lexicon = Lexicon(course_in(folder))
    assert respell(question, lexicon.correct, lexicon.joined) == question


@pytest.mark.parametrize(("typed", "read"), [("sars", "sar"), ("gpss", "gps"), ("dems", None)])
def test_a_plural_of_a_course_word_is_that_word(geo, typed, read):
    """ "sars" of the topic word "sar" is that word, never a nearer-spelled other one ("sirs"); a plural the page
    itself uses ("DEMs") stays as typed."""
    assert Lexicon(geo).correct(typed) == read


def test_a_plural_of_a_little_word_is_not_made_that_word(geo):
    """ "thes" is no plural of "the": a stopword is never the word a plural is read as."""
    assert Lexicon(geo).correct("thes") != "the"


def test_a_word_of_a_name_respelled_alone_names_no_one(course):
    """ "Oh" of "Min-jun Oh" is respelled "office hours": "where is her office" names no one by it, while the name's
    own words ("min-jun oh", "park") and the aliases the course gives ("Jun") still do."""
    people = (*course.people, Person(id="minjun-oh", name="Min-jun Oh", role="ta"))
    other = Lexicon(replace(course, people=people))
    assert "minjun-oh" not in tags(other, "office", "person")
    assert "minjun-oh" not in tags(other, "hours", "person")
    assert "minjun-oh" in tags(other, "min-jun oh", "person")
    chem = Lexicon(load_course(FIXTURES / "courses" / "chem-1310-s26"))
    assert tags(chem, "park", "person") == tags(chem, "jun", "person") == {"junseo-park"}


def test_a_break_called_a_week_keeps_the_last_day_the_page_marks():
    """ "reading week" runs to its Sunday (what is due during it), but what comes after it counts from the last day
    the page marks off: a deadline that weekend is after the break."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    rows = tuple(replace(r, title="Reading week") if r.title == "Spring break" else r for r in chem.schedule)
    period = next(p for p, _ in _periods(replace(chem, schedule=rows)) if p.name == "Reading week")
    assert (period.first, period.last) == (dt.date(2026, 3, 16), dt.date(2026, 3, 22))
    assert period.last_marked == dt.date(2026, 3, 20)
    plain = next(p for p, _ in _periods(chem) if p.name == "Spring break")
    assert plain.last_marked == plain.last == dt.date(2026, 3, 20)  # not called a week: nothing to keep apart


def test_the_first_thing_due_after_a_reading_week_may_fall_on_its_weekend():
    """ "whats the first thing due after reading week": work due the Sunday after its last day off is that thing."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    rows = tuple(replace(r, title="Reading week") if r.title == "Spring break" else r for r in chem.schedule)
    sunday = chem.at(dt.date(2026, 3, 22), dt.time(22))
    work = tuple(replace(a, due=sunday) if a.id == "ps8" else a for a in chem.assignments)
    _, said = reply(
        replace(chem, schedule=rows, assignments=work),
        "whats the first thing due after reading week",
        "2026-02-10 10:00",
    )
    assert "PS8" in said.splitlines()[2], said


def test_a_week_named_beside_days_off_with_classes_between_is_that_whole_week():
    """ "No seminar (project week)" on a Monday and a Wednesday, a tutorial held between: "project week" names that
    whole week, its classes held, not the Monday alone."""
    course = _hist_with_rows(
        (dt.date(2024, 10, 28), "no_class", "No seminar (project week)"),
        (dt.date(2024, 10, 29), "tutorial", "Tutorial: project check-in"),
        (dt.date(2024, 10, 30), "no_class", "No seminar (project week)"),
    )
    lexicon = Lexicon(course)
    week = lexicon.periods["project-week"]
    assert (week.first, week.last, week.held) == (dt.date(2024, 10, 28), dt.date(2024, 11, 3), True)
    assert {t.value for t in lexicon.phrases[("project", "week")] if t.kind == "period"} == {"project-week"}


@pytest.mark.parametrize(("word", "meant"), [("pays", "pay"), ("weekends", "weekend"), ("teachs", "teaches")])
def test_an_everyday_words_s_form_is_that_word(word, meant):
    """ "which job pays better" is "pay", never the course's "pass"; a word whose plural takes "-es" is still a typo."""
    assert Lexicon(course_in("data/10-605-s24")).correct(word) == meant


def test_a_long_breaks_word_names_it_with_its_word_for_a_day_off():
    """ "the diwali break" is "Diwali and Bhai Dooj break": one word that tells the break apart, with "break"."""
    course = _hist_with_rows((dt.date(2024, 10, 28), "break", "Diwali and Bhai Dooj break"))
    lexicon = Lexicon(course)
    named = {t.value for t in lexicon.phrases[("diwali", "break")] if t.kind == "period"}
    assert named == {"diwali-and-bhai-dooj-break"}
    _, said = reply(course, "whats the first thing due after the diwali break", "2024-10-01 10:00")
    assert said.startswith("Next due after Mon Oct 28")
    assert "Essay 2: Fri Nov 22" in said


@pytest.mark.parametrize(
    ("token", "starts"),
    [
        ("hw", True),  # "hw 3"
        ("h", True),  # "h w 3": a key's beginning
        ("hw3", True),
        ("hw9", True),  # a numbered name the course lacks, read as such
        ("hw12", True),
        ("hw4b", True),
        ("mini", True),  # "mini project"
        ("when", False),
        ("due", False),
        ("xyz9", False),  # no numbered kind of the course
    ],
)
def test_a_work_name_starts_only_at_a_beginning_of_one(lexicon, token, starts):
    """A question's word begins a name of the course's work only when some key, or a numbered kind, begins with it."""
    assert lexicon.starts_work_name(token) is starts


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Teaching Assistant (TD leader)", ["TD leader", "Teaching Assistant"]),
        ("Auxiliar (TA)", ["TA", "Auxiliar"]),
        ("Chargé(e) de TD", []),  # a bracket inside a word names nothing
        ("Lecturer (weeks 1-6)", []),  # nor one holding a number
        ("Tutor", []),
    ],
)
def test_a_titles_bracketed_names(title, names):
    """A role's other name in brackets after its title, and the title without it, both name the role."""
    assert _bracketed_names(title) == names
