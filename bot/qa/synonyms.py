"""Words students and staff use for the same thing in questions about a course, as concept groups.

General English of coursework only (nothing of one course: a course's own words come from its [synonyms]).
Each group's first entry is the concept the others are read as; phrases are matched as whole words.
"""

from __future__ import annotations

GROUPS: tuple[tuple[str, ...], ...] = (
    ("homework", "problem set", "problem sets", "assignment", "assignments"),
    ("submit", "submission", "turn in", "hand in", "upload", "resubmit", "resubmission"),
    ("due", "deadline"),
    ("late", "overdue", "tardy", "late day", "late days", "slip day", "slip days"),
    ("extension", "extra time", "more time", "extend"),
    ("grade", "score", "grading", "graded", "points", "credit", "marks"),
    ("regrade", "re grade", "regrading", "grading error", "graded wrong", "graded incorrectly"),
    ("exam", "test", "exams", "tests"),
    ("midterm", "mid term"),
    ("error", "exception", "crash", "crashes", "crashing", "traceback", "bug", "fail", "fails", "failing", "abort"),
    ("install", "setup", "set up", "installing", "installation", "configure"),
    ("allow", "allowed", "permitted", "permission", "okay to", "ok to", "legal"),
    (
        "collaborate",
        "collaboration",
        "collab",
        "work together",
        "work with",
        "partner",
        "classmate",
        "classmates",
        "friend",
        "roommate",
        "other students",
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
    ),
    ("recording", "recorded", "video", "videos", "recordings"),
    ("slides", "slide", "lecture notes", "slide deck"),
    ("attend", "attendance", "mandatory", "required", "compulsory", "go to"),
    ("sick", "ill", "illness", "covid", "flu"),
    ("accommodation", "accommodations", "disability", "odr", "extended time", "extra time on exams"),
    ("remote", "remotely", "online", "from home", "zoom"),
    ("team", "group", "teammate", "teammates", "group members", "team members", "partners"),
    ("teamsize", "team size", "group size", "how many people"),
    ("memory", "oom", "out of memory", "heap space", "ram"),
    ("slow", "faster", "speed up", "takes forever", "too long", "performance"),
    ("timeout", "time out", "timed out", "times out", "time limit"),
    ("library", "package", "packages", "module", "modules", "import"),
    ("version", "versions"),
    ("extracredit", "extra credit", "bonus", "bonus points"),
    ("waitlist", "wait list", "waitlisted"),
    ("enroll", "enrolled", "join", "joined", "added the class", "add the class", "registered"),
    ("handout", "writeup", "write up", "homework pdf", "instructions"),
    ("mistake", "typo", "errata", "wrong in the", "error in the"),
    ("download", "get the data", "fetch"),
    ("dataset", "data set", "data"),
    ("solution", "solutions", "answer key", "answers to"),
    ("practice", "sample", "old exams", "past exams"),
    ("handwrite", "handwritten", "by hand", "scan", "scanned"),
    ("pages", "page limit", "page", "length", "how long"),
    ("round", "decimal places", "significant digits", "decimals", "precision", "precise", "tolerance"),
    ("appeal", "disagree"),
    ("bill", "charged", "charging", "charges", "money", "billing", "credit card"),
    ("credits", "coupon", "voucher", "coupon code"),
    ("makeup", "make up", "missed the exam", "missed an exam", "missed exam"),
    ("debug", "debugging", "fix my code"),
    ("ai", "chatgpt", "chat gpt", "gpt", "llm", "generative ai", "claude", "gemini"),
    ("code", "solution code", "source code", "script"),
    ("forum", "post publicly", "public post", "discussion board", "message board"),
    ("alone", "solo", "by myself", "individually", "on my own"),
    ("change", "switch", "swap"),
    ("topic", "idea", "subject"),
    ("locally", "local", "my machine", "laptop", "computer", "machine", "mac", "pc"),
    ("calculator", "calculators"),
    ("difference", "different", "differ"),
    ("cluster", "clusters"),
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
    ),
)


def concept_table() -> dict[tuple[str, ...], str]:
    """Each phrase (as a tuple of words) -> its group's concept."""
    table: dict[tuple[str, ...], str] = {}
    for group in GROUPS:
        concept = group[0].replace(" ", "")
        for phrase in group:
            table.setdefault(tuple(phrase.split()), concept)
    return table
