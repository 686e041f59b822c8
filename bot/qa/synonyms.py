"""Words students and staff use for the same thing in questions about a course, as concept groups.

General English of coursework only (nothing of one course: a course's own words come from its [synonyms]).
Each group's first entry is the concept the others are read as; phrases are matched as whole words.
"""

from __future__ import annotations

from bot.core.word_forms import search_stem

GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "homework",
        "problem set",
        "problem sets",
        "assignment",
        "assignments",
        "problem sheet",
        "problem sheets",
        "exercise sheet",
        "exercise sheets",
        "assignment sheet",
    ),
    ("submit", "submission", "turn in", "hand in", "upload"),
    # Points taken off for a wrong answer on a test (not a wrong grade: "do the tests have negative marking").
    ("negativemarking", "negative marking", "negative marks", "negatively marked", "minus points"),
    # Away on a journey, in its forms ("travelling" keeps its double l in the search stem).
    ("travel", "travels", "travelling", "traveling", "travelled", "traveled", "flight", "flights"),
    # What work is graded against.
    ("rubric", "rubrics", "grading criteria", "marking criteria", "assessment criteria", "marking rubric"),
    # Teammates grading each other's share of the work.
    (
        "peer evaluation",
        "peer evaluations",
        "peer assessment",
        "peer assessments",
        "peer review",
        "peer reviews",
        "peer rating",
        "peer ratings",
        "peer grading",
        "peer feedback",
        "teammate evaluation",
        "teammates ratings",
        "rate each other",
        "grade each other",
    ),
    ("resubmit", "resubmission", "submit again", "submit it again", "another submission", "multiple submissions"),
    ("due", "deadline"),
    # Everyday English no course owns: how sources are credited, and how a hand-in is laid out.
    (
        "citation",
        "citations",
        "cite",
        "citing",
        # Not "reference" alone: a reference solution or output is not a source credited.
        "reference list",
        "reference style",
        "referencing style",
        "list of references",
        "works cited",
        "bibliography",
        "attribution",
        "credit",
    ),
    ("format", "formatting", "style", "layout", "file type", "file types", "file format", "file formats"),
    # How long a change is for: one occasion, or from now on (bot.qa.ranking's SIBLINGS tells them apart).
    ("oneoff", "this week", "just this week", "just once", "for a week", "for one week"),
    (
        "forgood",
        "permanently",
        "permanent",
        "for good",
        "from now on",
        "rest of the semester",
        "rest of the term",
        "whole semester",
        "entire semester",
        "every week",
    ),
    (
        "late",
        "overdue",
        "tardy",
        "after the deadline",
        "past the deadline",
        "missed the deadline",
        "miss the deadline",
        "after it was due",
        "deadline passed",
        "deadline already passed",
        "deadline has passed",
        "already passed",
        "already closed",
        "closed already",
        "has closed",
        "is closed",
    ),
    (
        "penalty",
        "deduction",
        "deducted",
        "lose points",
        "lose marks",
        "lost marks",
        "losing marks",
        "lost points",
        "losing points",
        "marks off",
        "points off",
        "take off points",
        "took off points",
        "took points off",
        "docked",
        "dock",
        "penalize",
        "penalized",
        "penalizes",
        "penalizing",
        "penalise",
        "penalised",
        "penalises",
        "penalising",
    ),
    (
        "extension",
        "extra time",
        "more time",
        "extend",
        # More days to hand something in, however many.
        "more day",
        "more days",
        "one more day",
        "two more days",
        "three more days",
        "few more days",
        "couple more days",
        "extra day",
        "extra days",
    ),
    # How teams come to be.
    ("form", "formed", "forming", "assigned to", "end up in", "put into", "sorted into", "matched with"),
    # How much a part counts toward the grade.
    (
        "weight",
        "weighted",
        "weighting",
        "worth",
        "counts",
        "counts toward",
        "count toward",
        "counts towards",
        "count towards",
        "percentage of the grade",
        "percent of the grade",
        "share of the grade",
    ),
    # Being let into an exam: what must be done before it.
    (
        "admission",
        "admitted",
        "admit",
        "eligible",
        "eligibility",
        "qualify for",
        "qualified for",
        "admission requirement",
        "exam prerequisite",
    ),
    (
        "difficulty",
        "difficult",
        "how hard",
        "as hard",
        "harder than",
        "easier than",
        "same level",
        "level of difficulty",
        "tougher than",
    ),
    # Past the end of the course: access that stays, or expires.
    (
        "afterterm",
        "after the semester",
        "after the term",
        "after the course",
        "after the class ends",
        "after the course ends",
        "after the semester ends",
        "end of the semester",
        "end of semester",
        "end of the term",
        "end of the course",
        "after graduation",
        "after i graduate",
        "next semester",
        "next year",
        "over the summer",
        "expire",
        "expires",
        "expired",
        "expiry",
        "expiration",
        "stay up",
        "stay available",
        "still have access",
        "keep access",
        "lose access",
        # Kept for another term.
        "carry over",
        "carries over",
        "carried over",
        "roll over",
        "rolls over",
    ),
    (
        "droplowest",
        "drop the lowest",
        "drop our lowest",
        "drop my lowest",
        "drops the lowest",
        "lowest dropped",
        "lowest score dropped",
        "lowest grade dropped",
        "lowest is dropped",
        "drop lowest",
        "drop the worst",
        "worst score dropped",
    ),
    (
        "grade",
        "score",
        "grading",
        "graded",
        "points",
        "credit",
        "marks",
        # A score said as what it was ("PrairieLearn gave me 0").
        "gave me 0",
        "gave me a 0",
        "gave me zero",
        "got a 0",
        "got 0",
        "got zero",
        "zero points",
        "marked wrong",
        "marked it wrong",
    ),
    (
        "regrade",
        "re grade",
        "points back",
        "get points back",
        "getting points back",
        "get my points back",
        "regrading",
        "grading error",
        "graded wrong",
        "graded incorrectly",
        "marked wrong",
        "marked incorrect",
        "misgraded",
        "mis graded",
        # Marked again, in British English ("re-marked" is read as "remark").
        "remark",
        "remarked",
        "remarking",
        "mark again",
        "marked again",
    ),
    # A decision against the student ("the TA denied my regrade").
    ("reject", "rejected", "denied", "deny", "denies", "refused", "refuse", "turned down", "declined", "decline"),
    # "the tests pass locally" is about code, not an exam: test cases are their own concept.
    (
        "testcase",
        "test case",
        "test cases",
        "unit test",
        "unit tests",
        "local test",
        "local tests",
        "public tests",
        "hidden tests",
        "hidden test",
        "provided tests",
        "sample tests",
        "sanity checks",
        "tests pass",
        "tests fail",
        "failing tests",
        "passing tests",
        "provided test",
        "public test",
        "test runner",
        "test suite",
        "test locally",
        "tests locally",
        "my tests",
    ),
    # "Examination" is the exam in British and formal English ("the final examination").
    ("exam", "test", "exams", "tests", "examination", "examinations"),
    (
        "cumulative",
        "comprehensive",
        "cover everything",
        "all the material",
        "earlier material",
        "old material",
        "restudy",
        "from before",
        "new material",
        "new stuff",
        "only new",
        "first half",
        "previous material",
        "earlier stuff",
        "old stuff",
        "earlier topics",
        "earlier chapters",
        "or everything",
        "everything or",
    ),
    # Handing in the wrong thing: a situation, named by what was handed in.
    (
        "wrongfile",
        "wrong file",
        "wrong files",
        "old draft",
        "wrong draft",
        "wrong version",
        "old version",
        "wrong pdf",
        "wrong slot",
        "wrong assignment",
        "wrong notebook",
        "wrong submission",
        "wrong one",
        "wrong place",
    ),
    ("passfail", "pass fail", "p f", "audit", "auditing"),
    ("midterm", "mid term"),
    (
        "error",
        "exception",
        "crash",
        "crashes",
        "crashing",
        "traceback",
        "stack trace",
        "bug",
        "fail",
        "fails",
        "failing",
        "abort",
        "break",
        "breaks",
        "broke",
        "bugged",
        "buggy",
        "glitch",
        "glitched",
        "glitchy",
        # A program that closes by itself has crashed ("qgis just closes without any message").
        "just closes",
        "closes itself",
        "closes by itself",
        "closes on its own",
        "closes unexpectedly",
        "quits unexpectedly",
        "just quits",
        "just disappears",
        "force closes",
    ),
    ("java", "jdk", "jvm", "jre", "java runtime", "openjdk"),
    # Writing code, as experience or a skill ("i've never coded", "no programming background").
    ("program", "programming", "coding", "coded", "coder", "write code", "writing code"),
    # Choosing (a topic, teammates, a section), not picking something up.
    ("choose", "chose", "chosen", "choosing", "pick", "picks", "picked", "picking", "select", "selected", "selecting"),
    ("pickup", "pick up", "pick it up", "picked up", "pick them up", "collect", "collected"),
    # Making an appointment ("do i need to book?", "can I sign up for a slot?"), not a book to read.
    ("appointment", "appointments", "to book", "book a", "book an", "make a booking", "reserve a"),
    # Getting hold of someone.
    ("contact", "reach out", "way to reach", "get in touch", "get hold of"),
    ("javahome", "java home"),
    # Causes of errors, in the words staff explain them with (bot.qa.error_causes reads the messages themselves).
    (
        "missingpackage",
        "not installed",
        "isnt installed",
        "missing package",
        "missing module",
        "missing library",
        "standard library",
        "no such module",
        "not loaded",
        "is loaded",
        "are loaded",
        "loaded with",
    ),
    ("localpath", "relative path", "relative paths", "absolute path", "absolute paths", "file path", "file paths"),
    (
        "sessiononly",
        "fresh session",
        "new session",
        "clean session",
        "only exist in your",
        "only exists in your",
        "your environment",
        "my environment",
        "the environment",
        "my session",
        "workspace",
        "global environment",
        "restart the kernel",
        "restart your kernel",
        "run all cells",
    ),
    ("jvmerror", "py4j", "java stack trace", "jvm error", "java error", "java exception"),
    ("install", "setup", "set up", "setting up", "installing", "installation", "configure"),
    ("allow", "allowed", "permitted", "permission", "okay to", "ok to", "legal"),
    (
        "collaborate",
        "collaboration",
        "talk through",
        "go over together",
        "collab",
        "work together",
        "work with",
        "partner",
        "classmate",
        "classmates",
        "friend",
        "roommate",
        "flatmate",
        "housemate",
        "each other",
        "each others",
        "other students",
        "study group",
        "study groups",
        "study buddy",
        "together",
    ),
    ("bothsides", "double sided", "both sides", "two sided", "front and back"),
    (
        "openbook",
        "open book",
        "open notes",
        "open note",
        "closed book",
        "closed notes",
    ),
    (
        "cheatsheet",
        "cheat sheet",
        "crib sheet",
        "formula sheet",
        "note sheet",
        "notes sheet",
        "page of notes",
        "sheet of notes",
        "notes page",
        "page of formulas",
        "sheet of formulas",
        "formula page",
        "formula card",
        "formulas",
        "reference sheet",
        "index card",
        "notecard",
        "notecards",
        "note card",
        "note cards",
    ),
    (
        "recording",
        "recorded",
        "video",
        "videos",
        "recordings",
        "rewatch",
        "watch it later",
        "watch later",
        "replay",
        "watch",
        "lecture capture",
        "livestream",
        "live stream",
    ),
    ("slides", "slide", "lecture notes", "slide deck", "powerpoint", "powerpoints", "ppt", "pptx", "lecture pdf"),
    ("template", "starter", "skeleton", "boilerplate"),
    ("latex", "overleaf", "tex"),
    # Showing one's reasoning, as opposed to giving only the final result.
    (
        "showwork",
        "show work",
        "show my work",
        "show your work",
        "show the work",
        "show steps",
        "show the steps",
        "show my steps",
        "justify",
        "justification",
        "just the answer",
        "only the answer",
        "final answer",
        "just the final",
        "final number",
        "just the number",
        "only the number",
        "write out the steps",
        "write out my work",
        "write the steps",
        "number enough",
        "answer enough",
    ),
    (
        "attempt",
        "attempts",
        "retry",
        "retries",
        "try again",
        "try it again",
        "tries",
        # One go at a problem, said as a noun ("each wrong try costs points"): not the verb ("try to fix it").
        "wrong try",
        "each try",
        "per try",
        "every try",
        "first try",
        "one try",
        "keep trying",
        "another try",
        "second try",
        "one more try",
        "second attempt",
        "another attempt",
        "redo",
        "retake",
        "do it again",
    ),
    (
        "bestscore",
        "best score",
        "highest score",
        "highest grade",
        "best attempt",
        "max score",
        "best try",
        "keep my best",
        "keep the best",
        "best or last",
        "best or latest",
    ),
    ("plot", "plots", "graph", "graphs", "chart", "charts", "figure", "figures", "visualization", "visualize"),
    (
        "share",
        "sharing",
        "shared",
        "paste",
        "pasting",
        "copy paste",
        "post my code",
        "post code",
        "post our code",
        "post my solution",
        "post a snippet",
    ),
    # Counts and their bounds: "max group size", "how many", "limit".
    ("howmany", "how many", "limit", "max", "maximum", "cap", "at most", "upper limit", "number of"),
    (
        "attend",
        "required",
        "go to",
        "drop in",
        "sit in",
        "skip",
        "skipping",
        "have to go",
        "need to go",
        "have to show up",
        "show up",
    ),
    ("proposal", "pitch", "project pitch", "project plan"),
    (
        "sick",
        "ill",
        "illness",
        "covid",
        "flu",
        "fever",
        "feverish",
        "unwell",
        "under the weather",
        "food poisoning",
        "migraine",
        "hospital",
        "hospitalized",
        "medical",
        "doctors note",
    ),
    # Not there when something happened, for whatever reason.
    (
        "absent",
        "absence",
        "absences",
        "couldnt make it",
        "cant make it",
        "could not make it",
        "couldnt go",
        "could not go",
        "wasnt there",
        # Contractions arrive spelt out ("can't" -> "can not").
        "can not take part",
        "cannot take part",
        "can not attend",
        "cannot attend",
        "can not come",
        "cannot come",
        "can not make it",
        "will not be there",
        "can not be there",
        "unable to attend",
        "not able to attend",
        "wedding",
        "funeral",
        # An appointment with a doctor or a dentist keeps a student away; an appointment with staff does not.
        "dentist",
        "dentist appt",
        "dentists appt",
        "doctors appt",
        "doctor appt",
        "dentist appointment",
        "dentists appointment",
        "doctors appointment",
        "doctor appointment",
        "medical appointment",
        "hospital appointment",
    ),
    # Something serious in a student's life: a death or an emergency in the family, whoever it was.
    (
        "emergency",
        "emergencies",
        "passed away",
        "pass away",
        "died",
        "death in the family",
        "bereavement",
        "family emergency",
    ),
    (
        "family",
        "grandma",
        "grandmother",
        "grandpa",
        "grandfather",
        "mom",
        "mum",
        "dad",
        "mother",
        "father",
        "parent",
        "parents",
        "brother",
        "sister",
        "sibling",
    ),
    # A member of a team who does not do their share.
    (
        "freerider",
        "free rider",
        "freeloader",
        "freeloading",
        "slacker",
        "slacking",
        "does not do anything",
        "does nothing",
        "has not done anything",
        "has not done any",
        "did not do anything",
        "did nothing",
        "not contributing",
        "does not contribute",
        "not pulling their weight",
        "ghosting",
        "ghosted",
        "does not respond",
        "not responding",
    ),
    (
        "accommodation",
        "accommodations",
        "disability",
        "odr",
        "extended time",
        "extra time accommodation",
        "extra time accommodations",
        # What an accommodation is given for, or what it gives ("i have adhd", "i get time and a half").
        "adhd",
        "dyslexia",
        "dyslexic",
        "autism",
        "autistic",
        "learning difference",
        "time and a half",
        "double time",
    ),
    ("remote", "remotely", "online", "from home", "zoom"),
    (
        "team",
        "group",
        "teammate",
        "teammates",
        "groupmate",
        "groupmates",
        "group mate",
        "group mates",
        "group members",
        "team members",
        "partners",
        # Every one of a team ("do all 3 of us have to upload it?").
        "of us",
        "every member",
        "each member",
        "everyone in the group",
        "everyone in our group",
        "each person",
        # A group of a lab is a team, not the lab ("do we write the report with our lab group?").
        "lab group",
        "lab groups",
        "lab partner",
        "lab partners",
        "lab team",
    ),
    (
        "teamsize",
        "team size",
        "group size",
        "how many people",
        "biggest group",
        "largest group",
        "biggest team",
        "largest team",
        "max group size",
        "maximum group size",
    ),
    # Turning a notebook or R Markdown into a document.
    ("knit", "knitting", "knitted", "knits", "render", "rendering", "rendered", "renders"),
    ("memory", "oom", "out of memory", "heap space", "ram", "too much memory"),
    (
        "slow",
        "faster",
        "speed up",
        "speed it up",
        "takes forever",
        "too long",
        "performance",
        "quicker",
        "forever",
        "so long",
    ),
    ("timeout", "time out", "timed out", "times out", "time limit"),
    ("library", "package", "packages", "module", "modules", "import", "lib", "libs", "libraries"),
    ("version", "versions"),
    (
        "extracredit",
        "extra credit",
        "bonus",
        "bonus points",
        "make up points",
        "make up for",
        "extra points",
        "additional points",
        "extra marks",
        "boost my grade",
        "boost my score",
    ),
    (
        "waitlist",
        "wait list",
        "waitlisted",
        "not enrolled",
        "not yet enrolled",
        "not registered",
        "can not enroll",
        "can not register",
        "class is full",
        "course is full",
    ),
    (
        "enroll",
        "enrolled",
        "join",
        "joined",
        "added the class",
        "add the class",
        "registered",
        "get added",
        "added to",
        "get access",
        "added the course",
        "add the course",
        "joined the course",
        "switched into",
        "switch into",
        "get into",
        "get in to",
        "invite",
        "invitation",
        "invite link",
        "invitation link",
        "transferred into",
        "joined late",
        "added late",
    ),
    ("handout", "handouts", "writeup", "write up", "homework pdf", "instructions", "worksheet", "worksheets"),
    (
        "mistake",
        "typo",
        "errata",
        "wrong in the",
        "error in the",
        "contradicts",
        "contradict",
        "contradiction",
        "inconsistent",
        "inconsistency",
        "accidentally",
        "by accident",
        "mistakenly",
    ),
    ("download", "get the data", "fetch"),
    ("dataset", "data set", "data", "csv", "data file", "csv file", "input file", "input files", "input data"),
    # Computers the university provides, not the student's own.
    (
        "campuscomputer",
        "lab computer",
        "lab computers",
        "computer lab",
        "computer labs",
        "computer room",
        "computer pool",
        "university computers",
        "campus computers",
        "library computers",
        "department computers",
        "public computers",
        "pcs in the",
        "computers in the",
        "pcs on campus",
        "computers on campus",
    ),
    ("large", "big", "huge", "massive", "giant"),
    ("solution", "solutions", "answer key", "answers to"),
    ("practice", "mock", "trial run", "dry run"),
    ("handwrite", "handwritten", "by hand", "scan", "scanned"),
    (
        "pages",
        "page",
        "length",
        "how long",
        "how many words",
        "word count",
        "word limit",
        "number of words",
        "page count",
        "page limit",
    ),
    # A trip out of the classroom.
    ("fieldtrip", "field trip", "field trips", "excursion", "excursions", "field day", "field work", "fieldwork"),
    (
        "round",
        "decimal places",
        "significant digits",
        "decimals",
        "precision",
        "precise",
        "tolerance",
        "sig fig",
        "sig figs",
        "sigfigs",
        "significant figures",
        "significant figure",
        "rounding",
        "rounded",
        "decimal",
        "decimal points",
        "floating point",
        "float",
        "floats",
    ),
    # Disputing a decision or a grade: the student is sure they were right.
    (
        "appeal",
        "disagree",
        "dispute",
        "contest",
        "misread",
        "unfair",
        "was right",
        "were right",
        "was correct",
        "were correct",
        "matched the solution",
        "matches the solution",
        "same as the solution",
        "same as the answer key",
        "answer was right",
        "answer is right",
        "answer is correct",
        "should be correct",
        "should be right",
    ),
    ("bill", "charged", "charging", "charges", "money", "billing", "credit card"),
    (
        "credits",
        "coupon",
        "voucher",
        "coupon code",
        "free money",
        "cloud money",
        "free credits",
        "cloud credits",
        "cloud credit",
        "promo code",
    ),
    ("makeup", "make up", "make it up", "make them up", "make up for it"),
    (
        "debug",
        "debugging",
        "fix my code",
        "what the error means",
        "what an error means",
        "what a error means",
        "error means",
        "explain the error",
        "explain my error",
        "understand the error",
    ),
    (
        "ai",
        "chatgpt",
        "chat gpt",
        "gpt",
        "llm",
        "generative ai",
        "claude",
        "gemini",
        # Chatbots and AI rewriters under their product names.
        "quillbot",
        "perplexity",
        "deepseek",
        "chatbot",
        "chatbots",
    ),
    ("code", "solution code", "source code", "script"),
    (
        "forum",
        "chat",
        "group chat",
        "chat channel",
        "channel",
        "channels",
        "post publicly",
        "public post",
        "discussion board",
        "message board",
        "public thread",
        "help channel",
    ),
    ("alone", "solo", "by myself", "individually", "on my own"),
    ("change", "switch", "swap", "pivot", "move to", "transfer to", "switch over", "move from", "transfer from"),
    # The weather, however it is said ("it's super cloudy tonight", "clouded out", "pouring rain").
    (
        "weather",
        "cloudy",
        "clouds",
        "clouded out",
        "cloud out",
        "cloudout",
        "overcast",
        "rain",
        "raining",
        "rainy",
        "storm",
        "stormy",
        "thunderstorm",
    ),
    # A picture under its other names ("can we take pictures on site" meets "Can I take photos?").
    ("photo", "photos", "picture", "pictures", "pic", "pics", "photograph", "photographs"),
    # A language by its own name ("en español", "em português"): the language asked about.
    ("spanish", "espanol", "castellano"),
    ("portuguese", "portugues"),
    ("french", "francais"),
    ("german", "deutsch"),
    ("italian", "italiano"),
    ("dutch", "nederlands"),
    ("topic", "idea", "subject"),
    ("locally", "local", "my machine", "laptop", "computer", "machine", "mac", "pc", "pcs", "computers", "laptops"),
    (
        "calculator",
        "calculators",
        "ti 84",
        "ti 83",
        "ti 89",
        "ti nspire",
        "ti84",
        "ti83",
        "graphing calculator",
        "scientific calculator",
    ),
    ("difference", "different", "differ"),
    ("cluster", "clusters"),
    # Randomness: results that change from run to run.
    ("seed", "seeds", "random seed", "random seeds", "randomness", "random state", "random", "nondeterministic"),
    # Computing the same thing again, and keeping it instead.
    ("cache", "caching", "cached", "persist", "recompute", "recomputed", "recomputes", "recomputing"),
    ("autograder", "auto grader", "grader", "autograded"),
    (
        "officehours",
        "office hours",
        "office hour",
        # Other names for the same drop-in time with staff.
        "student hours",
        "drop in hours",
        "consultation hours",
        "consulting hours",
    ),
    ("codecompletion", "code completion", "autocomplete", "autocompletion", "auto complete", "code suggestions"),
    (
        "shut down",
        "terminate",
        "terminates",
        "terminating",
        "terminated",
        "shutting down",
        "shuts down",
        "died",
        "dies",
        "stops",
        "detached",
        "detach",
        "disconnected",
        "disconnects",
    ),
)

# The parts of a course a question can be about, as their terms read ("lectures" -> "lectur"): a question about one
# is not answered by an entry about another (the homework's solutions are not the practice exam's). The midterm and
# the final are exams. A course's own kinds of class meeting are parts too, from its data (bot.qa.indexing.parts_of).
COURSE_PARTS = {
    "homework": "homework",
    "exam": "exam",
    "midterm": "midterm",
    "finalexam": "final",
    "quiz": "quiz",
    "quizz": "quiz",
    "lab": "lab",
    "project": "project",
    "mini": "project",  # a mini-project is the course's project: "mini" names no subject of its own
    "lectur": "lecture",
    "officehours": "office hours",
}
KIND_OF = {"midterm": "exam", "final": "exam"}
# Words any kind of class meeting is called by: the head of a kind's name ("Plenary session") that names no kind.
MEETING_WORDS = frozenset(["session", "meet", "meeting", "class", "hour", "slot"])
# Different instances of one kind of thing: a question naming one is not answered by an entry naming only another
# (in its question, and not the question's in its answer)
# ("what java version does the autograder run?" is not "What Python version does the autograder use?"; switching
# sections for good is not attending another one this week). Terms as the search writes them.
SIBLINGS: tuple[frozenset[str], ...] = (
    frozenset(["oneoff", "forgood"]),
    # Languages and the engines a course's code runs on.
    frozenset(
        ["python", "r", "java", "scala", "julia", "matlab", "javascript", "spark", "hadoop", "dask", "ray", "pytorch"]
    ),
    frozenset(["gradescop", "canva", "prairielearn", "forum", "autolab", "blackboard", "moodle"]),
    # Why a student misses an exam or a meeting: another one at the same time, or illness or oversleeping ("sick on
    # exam day, is there a makeup?" is not answered by "My exam clashes with another exam"). (An entry on illness may
    # answer for oversleeping: both are missing it with nothing else on.)
    frozenset(["conflict", "sick"]),
    frozenset(["conflict", "overslept"]),
    # Aids at an exam: a calculator is not notes or a book ("my ti-84 on the quiz" is not "my notes during a quiz").
    frozenset(["calculator", "openbook"]),
)
# What a question asks about its subject that only an entry saying it answers: how hard it is, whether it lasts past
# the term, whether the lowest score is dropped, what it counts for. "Are the practice exams as hard as the real one?"
# is not answered by "Where can I find practice exams?".
QUALIFIERS = frozenset(["difficulty", "afterterm", "droplowest", "weight"])
# What a question asks of its subject ("is it allowed?", "how many?"), never its subject.
ASPECTS = frozenset(["allow", "howmany", "pages"])


# Tools that are one of a kind of thing: read as themselves and as the kind, so "is copilot ok?" meets both an entry
# about Copilot and one about AI tools. (Terms as the search writes them: concepts above, other words stemmed.)
KINDS: dict[str, tuple[str, ...]] = {
    # AI code completion in an editor.
    "copilot": ("copilot", "ai", "codecompletion"),
    "cursor": ("cursor", "ai", "codecompletion"),
    "tabnine": ("tabnine", "ai", "codecompletion"),
    "codeium": ("codeium", "ai", "codecompletion"),
    "windsurf": ("windsurf", "ai", "codecompletion"),
    # Lecture capture.
    "panopto": ("panopto", "recording"),
    "echo360": ("echo360", "recording"),
    "kaltura": ("kaltura", "recording"),
    "mediasite": ("mediasite", "recording"),
    "youtube": ("youtube", "recording"),
    # Writing by hand on a tablet.
    "ipad": ("ipad", "handwrite"),
    "tablet": ("tablet", "handwrite"),
    "stylus": ("stylus", "handwrite"),
    "goodnotes": ("goodnotes", "handwrite"),
    "notability": ("notability", "handwrite"),
    # Amazon's cloud.
    "amazon": ("aws",),
    "ec2": ("ec2", "aws"),
    "s3": ("s3", "aws"),
    "emr": ("emr", "aws"),
    "sagemaker": ("sagemaker", "aws"),
    # Phones.
    "iphone": ("iphone", "phon"),
    "android": ("android", "phon"),
    "smartphone": ("smartphon", "phon"),
    "matplotlib": ("matplotlib", "plot"),
    "seaborn": ("seaborn", "plot"),
    "plotly": ("plotly", "plot"),
    "ggplot": ("ggplot2", "plot"),
    "ggplot2": ("ggplot2", "plot"),
    "dplyr": ("dplyr", "tidyvers"),
    "tidyr": ("tidyr", "tidyvers"),
    "readr": ("readr", "tidyvers"),
    "pandas": ("panda", "python"),
    "sklearn": ("scikitlearn", "python"),
    "numpy": ("numpy", "python"),
    "jupyter": ("jupyter", "notebook"),
    "colab": ("colab", "notebook"),
}

# Two concepts that together name a situation with a name of its own: a score that is wrong is a regrade.
SITUATIONS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset(["grade", "wrong"]), "regrade"),
    (frozenset(["grade", "mistake"]), "regrade"),
    (frozenset(["submit", "wrong"]), "wrongfile"),
    (frozenset(["howmany", "submit"]), "resubmit"),
    (frozenset(["resubmit"]), "submit"),
    (frozenset(["alone", "project"]), "teamsize"),
    # Not at an exam, from illness or otherwise: a makeup.
    *(
        (frozenset([why, exam]), "makeup")
        for why in ("sick", "absent", "miss")
        for exam in ("exam", "midterm", "finalexam", "quiz")
    ),
    (frozenset(["absent"]), "miss"),
    # Seeing staff outside class is office hours ("when can i see the prof outside class?").
    *(
        (frozenset([staff, "outsid"]), "officehours")
        for staff in ("professor", "ta", "instructor", "tutor", "teacher", "lecturer")
    ),
    # Coming late is arriving late, not handing in late ("came in 5 min late because of the metro").
    (frozenset(["came", "late"]), "arriv"),
    # Losing points for lateness is the late penalty ("how much do i lose if it's a day late").
    (frozenset(["lose", "late"]), "penalty"),
    # Sure of an answer the grade says is wrong: a regrade, and an appeal once it was denied.
    (frozenset(["appeal", "grade"]), "regrade"),
    (frozenset(["appeal", "penalty"]), "regrade"),
    (frozenset(["mark", "wrong"]), "regrade"),
    (frozenset(["reject", "regrade"]), "appeal"),
    # What may be brought to an exam: a cheat sheet is a question of how open the book is.
    (frozenset(["cheatsheet"]), "openbook"),
    # An aid at an exam is a thing brought to it ("a calculator on the parcial" meets "What should I bring to the
    # midterm?"; "is the midterm open notes" too).
    *(
        (frozenset([aid, exam]), "bring")
        for aid in ("calculator", "cheatsheet", "openbook")
        for exam in ("exam", "midterm", "finalexam", "quiz")
    ),
    # A midterm is an exam ("extra time for the midterm" meets "How do I get exam accommodations?").
    (frozenset(["midterm"]), "exam"),
    # Two meetings or exams that overlap clash ("two of my exams overlap"; layers that overlap on a map do not).
    *(
        (frozenset(["overlap", thing]), named)
        for thing in ("exam", "midterm", "finalexam", "quiz", "class", "lectur", "lab", "section")
        for named in ("conflict", "absent", "miss")
    ),
    # Left at home: forgotten.
    (frozenset(["left", "home"]), "forgot"),
    # Handed in by mistake: the wrong file.
    (frozenset(["submit", "mistake"]), "wrongfile"),
    *(
        (frozenset([why, what]), "wrongfile")
        for why in ("mistake", "wrong")
        for what in ("file", "zip", "pdf", "version")
    ),
    # Joined, with work to make up: joined late.
    (frozenset(["enroll", "makeup"]), "late"),
    # A deadline missed: handing in late ("we missed the lab deadline by 2 hours").
    (frozenset(["miss", "due"]), "late"),
    # An error in Java code: the JVM's error, passed up.
    (frozenset(["error", "java"]), "jvmerror"),
)

# Phrases that stand for several concepts at once: libraries described instead of named ("the python data analysis
# library" is pandas), and notes at an exam (a cheat sheet, and whether the exam is open book).
DESCRIBED: dict[str, tuple[str, ...]] = {
    # "Is it worth it?" asks whether to bother, not what something counts toward the grade: it is read as nothing.
    **dict.fromkeys(("worth it", "worth doing", "worth trying"), ()),
    # An exam to practise on is an exam, and practice ("old exams" and "practice exams" alike; "past papers" and
    # "previous years papers" as British students say).
    **{
        f"{kind} {exam}": ("practice", "exam")
        for kind in ("sample", "old", "past", "mock", "previous", "trial", "last years", "practice")
        for exam in ("exam", "exams", "test", "tests", "exam papers", "test papers")
    },
    # (A paper is an exam's only when it is past or last year's: "my old paper" is an essay.)
    **{
        f"{kind} {paper}": ("practice", "exam")
        for kind in ("past", "last years", "last year", "previous years", "previous year", "past years", "past year")
        for paper in ("paper", "papers")
    },
    # ... and of the particular exam named ("a sample midterm", "old finals").
    **{
        f"{kind} {exam}": ("practice", "exam", part)
        for kind in ("sample", "old", "past", "mock", "previous", "trial", "last years", "practice")
        for exam, part in (
            ("midterm", "midterm"),
            ("midterms", "midterm"),
            ("final", "finalexam"),
            ("finals", "finalexam"),
        )
    },
    "bring notes": ("openbook", "cheatsheet"),
    # Extra time at an exam, however it is said: an accommodation, and the exam ("extra time on tests" meets "How do I
    # request accommodations, such as extra time on exams?").
    **{
        f"{more} time {at} {exam}": ("accommodation", "exam")
        for more in ("extra", "more", "additional", "extended")
        for at in ("on", "in", "for", "during")  # (four words at most: bot.qa.terms.MAX_PHRASE)
        for exam in ("exam", "exams", "test", "tests", "quiz", "quizzes", "midterm", "midterms", "final", "finals")
    },
    # How a grade is made up: what each part counts for ("the grade breakdown" meets "How is my grade calculated?").
    **{
        f"{grade} {made}": ("grade", "weight")
        for grade in ("grade", "grades", "grading", "mark", "marks", "marking")
        for made in ("breakdown", "calculated", "computed", "calculation", "scheme", "weighting", "weights", "split")
    },
    # Attendance taken or required is being there, and a rule about it: "is there attendance" is not "can I go to the
    # other section's lecture".
    **dict.fromkeys(
        ("attendance", "mandatory", "compulsory", "have to go", "have to attend", "need to go", "need to attend"),
        ("attend", "compulsory"),
    ),
    "optional": ("compulsory",),
    # Failing an exam or the course is a question of passing, not of an error in code ("if i fail the exam").
    **{
        f"{fail} {det} {what}": ("pass", *meaning)
        for fail in ("fail", "fails", "failed", "failing")
        for det in ("the", "a", "an", "this", "my")
        for what, meaning in (
            ("exam", ("exam",)),
            ("midterm", ("midterm", "exam")),
            ("final", ("finalexam",)),
            ("final exam", ("finalexam",)),
            ("quiz", ("quiz",)),
            ("course", ()),
            ("class", ()),
            ("module", ()),
        )
    },
    # The course itself, as "this course" is: "bonus points in this class" asks of the course, not of a class meeting.
    **dict.fromkeys(("this class", "in this class", "for this class"), ()),
    # A clock of one's own: a question of the time zone ("is it 11:59 our time?", "midnight mountain time").
    **dict.fromkeys(
        (
            "time zone",
            "time zones",
            "timezone",
            "timezones",
            "our time",
            "my time",
            "local time",
            "mountain time",
            "pacific time",
            "eastern time",
            "central time",
            "daylight saving",
            "daylight savings",
        ),
        ("zone",),
    ),
    # Time a course takes, week by week: its workload, and how much to study.
    **dict.fromkeys(
        ("hours a week", "hours per week", "hours each week", "hours every week", "time commitment", "workload"),
        ("workload", "study"),
    ),
    # Slept through it: absent, for a reason of its own (bot.qa.ranking's SIBLINGS: not a clash, not illness).
    **dict.fromkeys(("overslept", "oversleep", "slept through", "slept in"), ("absent", "overslept")),
    # Two things at one time: a clash, and so absent from one of them.
    **dict.fromkeys(
        ("conflict", "conflicts", "clash", "clashes", "same time as", "at the same time", "overlaps with"),
        ("conflict", "absent"),
    ),
    # A file named by its kind ("my .docx", "a jpg"): a question of the file's format.
    **{ext: (ext, "format") for ext in ("docx", "doc", "odt", "rtf", "jpg", "jpeg", "png", "heic", "html", "pptx")},
    # Spent all of something: what happens once it is gone ("burned all my slip days", "ran out of tokens").
    **dict.fromkeys(
        (
            "used up",
            "use up",
            "run out",
            "ran out",
            "out of",
            "burned",
            "burnt",
            "burned through",
            "none left",
            "no more",
        ),
        ("usedup",),
    ),
    # Made available by staff ("when are the essay questions posted?", "have the marks come out?").
    **dict.fromkeys(
        (
            "release",
            "released",
            "releases",
            "posted",
            "published",
            "publish",
            "come out",
            "comes out",
            "go up",
            "goes up",
            "put up",
            "made available",
        ),
        ("releas",),
    ),
    # (Posting on a forum is not: "posted" alone is read as released, not its stem, and a student's own post is a post.)
    "post": ("post",),
    **dict.fromkeys(
        ("i posted", "we posted", "posted my", "posted our", "posted a", "posted it", "posted this", "posted on"),
        ("post",),
    ),
    # What an exam is on ("what topics are on the final?", "what's covered?").
    **dict.fromkeys(
        (
            "what topics",
            "which topics",
            "what material",
            "which material",
            "what chapters",
            "which chapters",
            "covered",
            "covers",
        ),
        ("cover",),
    ),
    # How much a thing counts when graded ("do sig figs matter?", "how strict are they about units?").
    **dict.fromkeys(("strictly", "strict", "matter", "matters", "picky", "care about"), ("strictly",)),
    # Costing a student points ("will that hurt my grade?", "will I lose participation points?").
    **dict.fromkeys(("lose", "hurt", "hurts", "cost me"), ("lose",)),
    # Several exams of the student's own at once ("I have three final exams on May 5", "got 2 finals that day"): a
    # clash.
    **{
        f"{have} {count} {kind}": ("conflict", "absent")
        for have in ("have", "got")
        for count in ("2", "3", "4", "two", "three", "four")
        for kind in ("exams", "finals", "midterms", "tests", "final exams")
    },
    # The week without teaching in British terms.
    **dict.fromkeys(("reading week", "reading weeks", "read week"), ("readingweek",)),
    # Handed in one thing for another ("my plan instead of the actual essay"): the wrong one.
    **{
        f"instead of {the} {right}": ("wrong",)
        for the in ("the", "my", "our")
        for right in ("actual", "real", "right", "correct")
    },
    # A question or topic of the student's own choosing ("can I set my own essay question?", "come up with my own").
    **dict.fromkeys(
        (
            "set my own",
            "come up with",
            "choose my own",
            "pick my own",
            "make up my own",
            "propose my own",
            "my own question",
            "my own topic",
        ),
        ("ownchoice",),
    ),
    # Part of the way through something ("kicked me out halfway through the quiz").
    **dict.fromkeys(("partway", "halfway", "midway", "in the middle of", "part way", "half way"), ("partway",)),
    # Forgotten at home: not brought.
    **dict.fromkeys(("forgot", "forget", "forgotten", "left at home", "left it at home", "didnt bring"), ("forgot",)),
    # What a piece of work is made of.
    **dict.fromkeys(
        ("contain", "contains", "content", "contents", "goes in", "go in", "go into", "consist of"), ("contain",)
    ),
    # "Does that count as AI?" asks what a thing is taken for, not what it is worth toward the grade.
    **dict.fromkeys(("count as", "counts as", "counted as", "considered as", "considered"), ()),
    # Something needed for the course, not attendance ("is there a required textbook?").
    **{
        f"{need} {thing}": (search_stem(thing),)
        for need in ("required", "mandatory", "compulsory")
        for thing in ("textbook", "textbooks", "book", "books", "reading", "readings", "software", "materials")
    },
    # A course's allowance of days to hand in late, under any of its usual names: late, and the allowance.
    **{
        f"{kind} {day}": ("late", "lateday")
        for kind in ("slip", "late", "grace", "flex", "free late", "extension")
        for day in ("day", "days", "token", "tokens", "hour", "hours")
    },
    # A book at an exam: how open the book is (a textbook to buy is not).
    **{
        f"{verb} {det} {book}": ("openbook", "bring")
        for verb in ("bring", "use")
        for det in ("the", "a", "my", "our")
        for book in ("textbook", "book", "books", "textbooks")
    },
    # Who the student worked with: what a collaboration statement says.
    **{
        f"{who} {verb} with": ("collaborate", "statement")
        for who in ("who i", "who we", "who you")
        for verb in ("worked", "collaborated", "discussed")
    },
    "list my collaborators": ("collaborate", "statement"),
    "name my collaborators": ("collaborate", "statement"),
    # The student's report on a project, not the handout.
    "project writeup": ("project", "report"),
    "project write up": ("project", "report"),
    "use notes": ("openbook", "cheatsheet"),
    "use my notes": ("openbook", "cheatsheet"),
    "have notes": ("openbook", "cheatsheet"),
    "have my notes": ("openbook", "cheatsheet"),
    "notes out": ("openbook", "cheatsheet"),
    "any notes": ("openbook", "cheatsheet"),
    "notes allowed": ("openbook", "cheatsheet"),
    "data analysis library": ("panda", "python"),
    "data analysis lib": ("panda", "python"),
    "data analysis package": ("panda", "python"),
    "dataframe library": ("panda", "python"),
    "machine learning library": ("scikitlearn", "python"),
    "plotting library": ("plot",),
    "plotting package": ("plot",),
}


def concept_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each phrase (as a tuple of words) -> its concepts: its group's one concept, or a tool and its kind."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in GROUPS:
        concept = group[0].replace(" ", "")
        for phrase in group:
            table.setdefault(tuple(phrase.split()), (concept,))
    for word, concepts in KINDS.items():
        table.setdefault((word,), concepts)
    for phrase, concepts in DESCRIBED.items():
        table.setdefault(tuple(phrase.split()), concepts)
    return table
