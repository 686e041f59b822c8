"""`coursebot new-course DIR`: a commented template of every file of a course folder (format 2).

The template is a small, valid course (it passes `coursebot check` as written) whose comments explain each
field; docs/course-format.md is the full reference. Replace every example value with the course page's.
"""

from __future__ import annotations

from pathlib import Path

COURSE = """# The course itself. Reference: docs/course-format.md. Where the course page is silent, write "unknown":
# the bot then tells students the page doesn't say, instead of inventing an answer.
format = 2
id = "example-101-f25"              # unique among the courses one bot serves (letters, digits, -)
name = "Example Course"
numbers = ["EX 101"]                # a cross-listed course has several: ["EX 101", "EX 201"]
term = "Fall 2025"
institution = "Example University"
timezone = "America/Chicago"        # IANA region (never EST or CST); every time in every file is in this zone

default_due_time = 23:59:00         # used for a due date given without a time
default_due_time_assumed = true     # true: the page gives dates only, and this time is an assumption

description = "unknown"
components = "unknown"
grading_breakdown = "unknown"

[term_dates]                        # every date in the folder must fall in here (finals week too)
first = 2025-08-25
last = 2025-12-12

# Sections: any number, any names. Assignments, exams, meetings and staff can belong to sections.
[[section]]
id = "A"
name = "Section A"

[[section]]
id = "B"
name = "Section B"

# The sites the course uses, with their names. role: forum, submission, grades, recordings, chat, other.
[[platform]]
id = "forum"
role = "forum"
name = "Ed"
url = "unknown"

[[platform]]
id = "submission"
role = "submission"
name = "Canvas"
url = "unknown"

[links]
course_page = "unknown"

# The rules of the course's question forum in Discord (/question), shown when asking and pinned in the forum.
[questions]
guidelines = ["Do not post solutions to graded work.", "Be kind."]

# Words students use, and what the course calls them (read by the question engine).
[synonyms]
"late days" = "slip days"
"""

SCHEDULE = """# One [[day]] per row of the course page's schedule, in date order.
# kind: a class-meeting kind from meetings.toml, or exam, no_class, break, holiday.

[[unit]]
id = "basics"
title = "Basics"

[[day]]
date = 2025-08-26
kind = "lecture"
unit = "basics"
title = "Introduction"
resources = [{ kind = "slides", url = "unknown" }]   # kind: slides, recording, notebook, code, video, reading
keywords = ["intro", "overview"]                     # other words students use for the topic

[[day]]
date = 2025-09-01
kind = "holiday"
title = "Labor Day"

[[day]]                             # a row for some sections only, at a time and place of its own
date = 2025-10-08
kind = "lecture"
title = "Project presentations, section A"
sections = ["A"]                    # section ids; without it the row is everyone's
start = 16:00:00                    # start, end, room: without them, the meeting's time and room that day
end = 17:30:00
room = "Hall 3"

[[day]]
date = 2025-10-15
kind = "exam"
title = "Midterm"
exam = "midterm"                    # an id from exams.toml
"""

ASSIGNMENTS = """# Every deadline. due: a date (due at default_due_time) or a local date-time (2025-09-12T17:00:00).
# kind: homework, project, survey, quiz, lab, other (the late policy says which kinds its pool covers).

# How work is handed in, when the page says it once for a kind (an assignment's own field wins). Every field is
# optional; "unknown" where the page is silent. submit: a [[platform]] id or the page's words
# ("on paper at the Biology office front desk"); time_limit in minutes; attempts; open_book = true/false.
[kind_defaults.quiz]
submit = "submission"
time_limit = 30
attempts = 1

[[assignment]]
id = "hw1"
title = "Homework 1"
short = "HW1"
kind = "homework"
aliases = ["homework 1", "hw 1"]    # no name shared with another assignment or an exam
release = 2025-08-29
due = 2025-09-12
parts = ["written", "programming"]
sections = []                       # [] = every section

[[assignment]]
id = "quiz1"
title = "Quiz 1"
short = "Q1"
kind = "quiz"                       # policies.toml's [[late.rule]] says quizzes are not accepted late
opens = 2025-09-18T09:00:00         # a timed quiz's window opens (a date alone: that day); before its due
due = 2025-09-19T17:00:00

# Only where the page says so: work of which only the best count ("your lowest pop quiz is dropped").
# [[best_of]]
# name = "pop quizzes"
# drop = 1                          # or: count = 9 (how many of the best count)
# quote = "Your lowest pop quiz score is dropped."
# (kinds = ["quiz"] and/or ids = [...] name the assignments it covers, when they are listed)
"""

STAFF = """# Staff roles in the course's own words, in the order to list them; then the people.

[[role]]
id = "instructor"
title = "Instructor"
plural = "Instructors"

[[role]]
id = "ta"
title = "TA"
plural = "TAs"

[[person]]
id = "ada-lovelace"
name = "Ada Lovelace"
role = "instructor"
email = "unknown"
office_hours = [{ weekday = "monday", start = 14:00:00, end = 15:00:00, location = "Room 101" }]
# Seen by appointment too (or instead: office_hours = []), as the page says how:
# appointments = "Email to book a time"

[[person]]
id = "alan-turing"
name = "Alan Turing"
role = "ta"
sections = ["A"]
office_hours = [{ weekday = "thursday", start = 16:00:00, end = 17:00:00, remote = true, link = "unknown" }]

# What the page calls office hours, when it uses another word (answers then say it):
# [help_hours]
# name = "Consultation"

# Cancelled, moved or extra office hours; person "*" = everyone.
[[office_hours_change]]
person = "*"
kind = "cancel"
first = 2025-09-01
last = 2025-09-01
reason = "Labor Day"
"""

EXAMS = """# Exams: start and end (or "unknown"), room (or rooms by section or surname), rules, conflict form.

[[exam]]
id = "midterm"
title = "Midterm"
aliases = ["midterm exam"]
date = 2025-10-15
start = 19:00:00                    # "unknown" when the page gives no time; never "19:00-21:00"
end = 21:00:00
during_class = false                # true, false or "unknown"
in_person = true
rooms = [{ sections = ["A"], room = "Hall 1" }, { sections = ["B"], room = "Hall 2" }]   # or: room = "Hall 1"
# rooms by surname: rooms = [{ surnames = "A-L", room = "Hall 1" }, { surnames = "M-Z", room = "Hall 2" }]
rules = []                          # only rules the page states ("Bring your student ID.")
if_missed = "unknown"

# Other sittings of this exam (delete if the page gives none): an alternate time for a clash, a make-up, a retake.
[[exam.sitting]]
name = "alternate sitting"          # as the page says it ("conflict exam", "retake", "make-up")
kind = "alternate"                  # alternate, make_up, retake, supplementary, other
date = 2025-10-15                   # or "unknown"; may fall after the term (a retake)
start = 15:00:00                    # start, end, room: "unknown" when the page does not give them
end = 17:00:00
room = "unknown"
who = "students with an exam conflict"   # who may sit it, in the page's words
register = "unknown"                # how to sign up
counts = "unknown"                  # what its result does ("the better result counts")

[exam.conflict_form]
status = "later"                    # link (with url), later, none, unknown
where = "forum"                     # a platform id or words; where it will be released
opens_days_before = 21
opens_assumed = true                # the page gives no number of days: 21 is an assumption
opens_text = "before the exam"
"""

POLICIES = '''# The late policy from parts (docs/course-format.md has more), regrades, extensions, policy topics.
[late]
status = "rules"                    # rules, none (no late work accepted), unknown (the page does not say)
measure = "latest-part"             # latest-part or each-part

[late.pool]                         # leave this table out for a course without one
name = "slip day"
plural = "slip days"
total = 3
max_per_assignment = 2              # leave out when there is no cap
unit = "day"                        # day or hour
rounding = "up"                     # up: any lateness is a whole unit; exact
applied = "auto"                    # auto (greedily, by due date) or request
covers_kinds = ["homework"]

[late.penalty]                      # or: penalty = "unknown" / "none" in [late]
applies = "multiply"                # multiply the score, or subtract from the maximum
floor = 0.0                         # the least credit a penalty can leave
steps = [
    { up_to_hours = 24, penalty = 0.25 },
    { penalty = 1.0 },              # open-ended last step: graded, but no credit
]

[late.cutoff]                       # or: cutoff = "none" / "unknown" in [late]
after_days = 3
permission_lifts = true
permission_from = "the instructor"

# Work with a late rule of its own, by kind and/or by id (an id wins over a kind). Leave out for none.
[[late.rule]]
kinds = ["quiz"]
ids = []                            # assignment ids, e.g. ["prelab1", "prelab2"]
status = "none"                     # none: not accepted late; unknown: the page does not say; rules: below
quote = "Quizzes are not accepted late."   # the page's own words for the rule (answers quote them)

# A kind with its own penalty and cutoff (what it leaves out is the general rule's; the pool covers as above):
# [[late.rule]]
# kinds = ["project"]
# quote = "Projects lose 5% per day late, for at most 5 days."
# penalty = { steps = [{ up_to_days = 5, rate = 0.05, per = "day" }] }
# cutoff = { after_days = 5 }

# Only where the page gives numbers: how many meetings may be missed, and what missing more costs.
# [[attendance]]
# name = "discussion sections"
# kinds = ["discussion"]
# free_absences = 2                 # or: required = 10 with of = 12, or: required_percent = 75
# each_after = "costs 1% of the participation grade"
# quote = "You may miss two discussion sections without penalty."

# Only where the page gives it: the grade scale. Bands from best to worst, each with the lowest score that earns it
# (percentages unless out_of says otherwise; leave bands out where the mark itself is the grade, as on a 1-10 scale).
# What the page does not say stays "unknown", and answers say so: hurdles = "none" where the page says no single piece
# has a minimum; leave it out when the page is silent, or give [[grade_scale.hurdle]] tables.
# [grade_scale]
# bands = [{ grade = "A", from = 90 }, { grade = "B", from = 80 }, { grade = "C", from = 70 }, { grade = "F", from = 0}]
# pass = "C"                        # a band's grade, or a score (out_of = 10 with pass = 5.5), or "unknown"
# better = "higher"                 # without bands and out_of other than 100: "higher" or "lower" (1.0 best)
# curve = "no"                      # "yes", "no" or "unknown"
# rounding = "unknown"              # or: { step = 1, direction = "nearest", text = "89.5 becomes 90." }
# quote = "A 90, B 80, C 70, below 70 fails. Grades are not curved. You must get 40% on the midterm to pass."
# [[grade_scale.hurdle]]
# name = "the midterm"
# exams = ["midterm"]               # and/or ids = [...], kinds = [...] for work
# minimum = 40                      # or: submit = true (it must be handed in)
# missed = "you fail the course"    # or "unknown"

[regrades]
window_days = "unknown"
where = "submission"

[extensions]
notice_days = "unknown"             # a number of days, "none" (no notice needed) or "unknown"
contact = "the instructor"
summary = "unknown"

[[policy]]
id = "late-work"
title = "Late work"
keywords = ["late", "slip days", "late policy"]
summary = "3 slip days; after that, 25% off up to a day late, then no credit; nothing after 3 days."
quote = """The course page's own words go here. Quizzes are not accepted late."""
'''

MEETINGS = """# Kinds of class meeting in the course's words, weekly meetings, and one-off changes.

[[kind]]
id = "lecture"
name = "Lecture"
plural = "Lectures"

[[kind]]
id = "discussion"
name = "Discussion section"
plural = "Discussion sections"
aliases = ["dis"]

[[meeting]]
id = "lecture"
kind = "lecture"
days = ["tuesday", "thursday"]
start = 10:00:00
end = 11:15:00
room = "Hall 1"

[[meeting]]
id = "dis-a"
kind = "discussion"
section = "A"
days = "wednesday"
start = 12:00:00
end = 12:50:00
room = "Room 5"
staff = ["alan-turing"]
# every = 2                          # fortnightly: every other week, counted from the week of `first`

[[change]]
meeting = "lecture"
kind = "cancel"                     # cancel, move (new start/end/room), extra (one more meeting)
date = 2025-11-27
reason = "Thanksgiving"
"""

FILES = {
    "course.toml": COURSE,
    "schedule.toml": SCHEDULE,
    "assignments.toml": ASSIGNMENTS,
    "staff.toml": STAFF,
    "exams.toml": EXAMS,
    "policies.toml": POLICIES,
    "meetings.toml": MEETINGS,
}


def write_template(folder: str | Path) -> list[Path]:
    """Write the template files into `folder` (created if needed); refuse a folder that already has files."""
    target = Path(folder)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FileExistsError(f"{target} already exists and is not empty: pick a new folder")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, body in FILES.items():
        path = target / name
        path.write_text(body)
        written.append(path)
    return written
