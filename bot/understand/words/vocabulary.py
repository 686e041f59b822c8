"""How students write, as data: contractions, slang, filler words, and the cue words that say what is asked.

Nothing here is about one course. What a course calls its things (assignment names, staff, topics, policy
keywords, synonyms) comes from its data files and is read by bot.understand.words.lexicon.
"""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    """The words of a list written as text."""
    return frozenset(text.split())


_words = words_of


# Spelled-out contractions and the usual ways of typing them without an apostrophe.
CONTRACTIONS = {
    "whats": "what is",
    "whens": "when is",
    "wheres": "where is",
    "whos": "who is",
    "hows": "how is",
    "thats": "that is",
    "theres": "there is",
    "heres": "here is",
    "its": "it is",
    "im": "i am",
    "ive": "i have",
    "ill": "i will",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "wont": "will not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "hasnt": "has not",
    "havent": "have not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "youre": "you are",
    "theyre": "they are",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "lemme": "let me",
}
# Words that take "'s" as "is" rather than as a possessive ("what's" vs "katie's").
IS_BEFORE_S = frozenset(
    {"what", "when", "where", "who", "how", "it", "that", "there", "here", "he", "she", "which", "why", "whats"}
)

# Chat spellings, abbreviations and common misspellings a fuzzy match would not find safely (too short, or
# two edits away). Single words to one or more words.
SLANG = {
    "u": "you",
    "r": "are",
    "n": "and",  # "between now n the exam"
    "ur": "your",
    "y": "why",
    "pls": "please",
    "sesh": "session",  # "review sesh"
    "ext": "extension",  # "who do i ask for an ext on the essay"
    "exts": "extensions",
    "pic": "photo",  # "can i take pics of the specimen": photos, never "pick"
    "pics": "photos",
    "pix": "photos",
    "seshes": "sessions",
    "plz": "please",
    "thx": "thanks",
    "ty": "thanks",
    "nxt": "next",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "tmw": "tomorrow",
    "tmrrw": "tomorrow",
    "tmro": "tomorrow",
    "2mrw": "tomorrow",
    "2mro": "tomorrow",
    "tomoro": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2day": "today",
    "tdy": "today",
    "tonite": "tonight",
    "foto": "photo",  # "can i take fotos": the spelling of several languages
    "fotos": "photos",
    "yday": "yesterday",
    "wk": "week",
    "wks": "weeks",
    "wkend": "weekend",
    "wknd": "weekend",
    "yr": "year",  # "when is reading break this yr"
    "yrs": "years",
    "hr": "hour",
    "hrs": "hours",
    "min": "minute",
    "mins": "minutes",
    "rn": "right now",
    "asap": "soon",
    "b4": "before",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "w": "with",
    "hav": "have",  # "do we hav class on friday"
    "wat": "what",
    "wut": "what",
    "wot": "what",
    "wen": "when",
    "wher": "where",
    "whn": "when",
    "hw": "homework",
    "hws": "homework",
    "hmwk": "homework",
    "hwk": "homework",
    "homeworks": "homework",
    "proj": "project",
    "projs": "projects",
    "assn": "assignment",
    "asgn": "assignment",
    "assgn": "assignment",
    "psets": "homework",
    "pset": "homework",
    "oh": "office hours",
    "ohs": "office hours",
    "prof": "professor",
    "profs": "professors",
    "proff": "professor",
    "lec": "lecture",
    "lecs": "lectures",
    "sched": "schedule",
    "sem": "semester",
    "tri": "trimester",  # "is there a guest lecture this tri"
    "info": "information",
    "ppl": "people",
    "msg": "message",
    "prereq": "prerequisite",
    "prereqs": "prerequisites",
    "calc": "calculator",  # "can we use a graphing calc", not "call"
    "calcs": "calculators",
    "ai": "ai",
    "gpt": "gpt",
    "teh": "the",
    "dew": "due",
    "brake": "break",  # "when is the easter brake": no course has brakes
    "brakes": "breaks",
    "hte": "the",
    "adn": "and",
    "xmas": "christmas",  # "is hw7 due over xmas"
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
    "til": "until",
    "tho": "though",
    "thru": "through",
    "rly": "really",
    "srsly": "seriously",
    "bout": "about",
    "nets": "networks",
    "net": "network",
    "nn": "neural network",
    "nns": "neural networks",
    "stats": "statistics",
    "module": "course",
    "modules": "courses",
}

# Chat words that carry no question of their own ("fr tho is attendance required", "im so cooked, is it next
# week?"): read as filler, never as something the course must explain.
CHAT_FILLERS = _words(
    """fr tho though ngl tbh lol lmao lmfao bruh bro dude fam omg omfg lowkey highkey deadass literally honestly
    seriously basically actually fwiw imo imho smh rip ugh welp yikes cooked screwed doomed stressed stressing
    panicking freaking tryna kinda sorta right ok pls asking wondering curious nah nope naw diba innit eh ha noh
    ya yea yah yep yup rite ryt"""
)

# Multi-word ways of saying one word, replaced before anything is read ("right away" = "immediately").
PHRASE_SWAPS = {
    "right away": "immediately",
    "straight away": "immediately",
    "on the spot": "immediately",
    "right after": "immediately after",
    # What may be brought to an exam ("can i bring a cheat sheet"): notes on a sheet.
    "cheat sheet": "note sheet",
    "cheatsheet": "note sheet",
    "crib sheet": "note sheet",
    # Being at class in other words ("do i have to come to lecture").
    "come to": "attend",
    "show up to": "attend",
    "show up for": "attend",
    "show up at": "attend",
    "have to show up": "have to attend",
    "need to show up": "need to attend",
    "go to class": "attend class",
    "go to lecture": "attend lecture",
    "go to lectures": "attend lectures",
    # One thing held in another's slot ("an exam consultation in place of the lecture"): one phrase for both.
    "in place of": "instead of",
    # "is there any way i can still do it": may I, in other words.
    "is there any way i can": "can i",
    "is there a way i can": "can i",
    "is there any way we can": "can we",
    "is there a way we can": "can we",
    "is there any way i could": "could i",
    "is there a way i could": "could i",
    # Idioms that ask nothing.
    "asking for a friend": "",
    "what's the deal with": "tell me about",
    "whats the deal with": "tell me about",
    "what is the deal with": "tell me about",
    "what's up with": "tell me about",
    "whats up with": "tell me about",
    "just wondering": "",
    "no worries": "",
    # Hedges trailing or softening the thing named ("neural nets type things", "bootstrap or smth", "is there sort
    # of a project"): the thing asked about, the hedge read as nothing.
    "type things": "things",
    "type stuff": "stuff",
    "sort of": "",
    "or smth": "",
    "or sth": "",
    "or something like that": "",
    "or something": "",
    # "are there slip days or anything like that", "can i use notes or whatever": no second alternative asked
    "or anything like that": "",
    "or anything similar": "",
    "or anything else": "",
    "or anything": "",
    "or whatever": "",
    "or the like": "",
    "n stuff": "",
    "and stuff": "",
    "n things": "",
    # A vague "when" that asks only whether ("is there a guest lecture at some point", "do we go there sometime in
    # november"): the thing asked about, in the span named if one is.
    "at some point": "",
    "at any point": "",
    "at some stage": "",
    "sometime": "",
    # "this weeks seminar": the week's, a time phrase (not "weeks", a count)
    "this weeks": "this week's",
    "last weeks": "last week's",
    "next weeks": "next week's",
    "todays": "today's",
    "tomorrows": "tomorrow's",
    "yesterdays": "yesterday's",
    # "lat" is too short to repair on its own ("lab", "last"); before the words of late work it is "late".
    "lat work": "late work",
    "lat policy": "late policy",
    "lat penalty": "late penalty",
    "lat submission": "late submission",
    "lat submissions": "late submissions",
    "lat days": "late days",
    "lat hw": "late hw",
    "lat homework": "late homework",
}

# Asking the bot to do the work ("can you do my ps4 for me", "solve problem 2 for me"): with a request or "for
# me", one of these verbs is a task, not a question about the course.
TASK_VERBS = frozenset(
    {"do", "solve", "finish", "complete", "answer", "code", "debug", "fix", "implement", "write", "make", "create"}
)
# Teaching a subject ("explain gradient descent to me", "summarize the lasso"): a task, unless what is to be
# explained is the course's own business ("explain the late policy", "can you explain how grace days work").
TEACH_VERBS = frozenset({"explain", "teach", "summarize", "summarise", "derive", "prove", "calculate", "describe"})
COURSE_BUSINESS = frozenset(
    {"late", "pool", "extension", "regrade", "policy", "grading", "grades", "exam_rules", "conflict", "due", "release"}
)
# "are you chatgpt", "r u a real person": a question about the bot itself, unless it is the everyday "are you
# allowed to ..." that means "are we".
NOT_ABOUT_YOU = frozenset(
    {"allowed", "able", "supposed", "required", "permitted", "going", "sure", "expected", "meant", "also", "still"}
)

# Words that carry no meaning on their own in a question about a course.
# Everyday names students and pages use for office hours, in any course ("doubt clearing hours" in India, "student
# hours", "drop-in help"): a course's own word for them comes from its data ([help_hours]).
HELP_HOURS_WORDS = (
    "doubt clearing hours",
    "doubt clearing hour",
    "doubt clearing session",
    "doubt clearing sessions",
    "doubt clearing",
    "doubt hours",
    "doubt session",
    "doubt sessions",
    "help session",
    "help sessions",
    "meeting hours",
    "student hours",
    "consultation hours",
    "drop in hours",
    "drop in help",
)
# Polite forms of address students add to a staff member's name ("sengupta sir", "sneha ma'am"): no name of theirs.
HONORIFICS = _words("sir sirs maam madam mam")
# Words for a person not known ("can anyone else use my badge", "see someone"): never a name or a thing asked about.
ANYONE = frozenset({"someone", "somebody", "anyone", "anybody"})
STOPWORDS = (
    _words(
        """a an the of to in on at for from by with about into over under as and or but so if then than that this
    these those it its it's is are was were be been being am do does did doing done have has had having i me my
    mine we us our you your he she they them their his her what which who whom whose when where why how there
    here any anything some something all every each can could will would shall should may might must just
    also too very really please thanks thank hey hi hello ok okay yes no not yeah um uh like again still even
    ever yet only much many more most up out get got gets getting go going know tell let want need one s t
    im u pls help question quick wait oh so list show give tell find see look check someone somebody anyone
    else me course courses use used using uses max maximum number per total amount two three week weeks day
    days month months semester term weekend between vs versus take taking during till until already because
    since cause count counts counted counting matter matters other another fall spring autumn winter summer points
    point marks quarter trimester both held hold holds holding happen anywhere somewhere everywhere exactly
    toward towards"""
    )
    | CHAT_FILLERS
    | HONORIFICS
)

# First words of a yes/no question ("is hw3 due friday?"). "can you ..." and "do you know ..." are requests.
YES_NO_STARTERS = _words(
    "is are am was were do does did can could will would should shall has have had may must any anything"
)
# Subject codes other courses go by ("math 54", "cs 61a"): a code with a number that is not this course's own names
# another course. Only codes that are no everyday word before a number ("me 2", "art 3" are left out).
DEPARTMENT_CODES = _words(
    """math maths stat stats cs cse csci cmsc compsci eecs ece econ phys physics chem bio biol hist geo geog psych
    phil ling engl anth anthro soc polsci polisci astro mcb ieor orie finance accounting acct mgmt management marketing
    mktg business economics sociology psychology biology chemistry philosophy linguistics history geography statistics
    mathematics english spanish french german nursing education engineering anthropology astronomy"""
)
REQUEST_OPENERS = (("can", "you"), ("could", "you"), ("would", "you"), ("do", "you", "know"), ("will", "you"))
FILLERS = _words("so hey hi hello um uh ok okay wait yo quick question btw also and but like please") | CHAT_FILLERS

# Cue phrases: words that say what is being asked, grouped by the idea they carry. The intent table
# (bot.understand.choosing.intents) weighs these ideas; a phrase may carry several.
# GENERIC student vocabulary: the words students of any course use for a pool of late days, for teaching
# assistants and for a course forum, whatever the course calls them (tests/test_course_words.py allows these
# tuples, and only these, to name such words). The lexicon maps each to the course's own thing (its pool, its
# assistants' role, its forum) and the answer then says the course's own word; none is ever shown as the course's
# term unless the course's data uses it.
GENERIC_POOL_WORDS = (
    "grace day",
    "grace days",
    "late day",
    "late days",
    "slip day",
    "slip days",
    "free late days",
    "late token",
    "late tokens",
    "flex day",
    "flex days",
    "late hour",
    "late hours",
    "late pass",
    "late passes",
)
GENERIC_ASSISTANT_WORDS = (
    "ta",
    "tas",
    "teaching assistant",
    "teaching assistants",
    "gsi",
    "gsis",
    "uta",
    "utas",
    "tutor",
    "tutors",
)
# Asked of a course without such a role, these are answered with its assistants and a note that it has none.
GENERIC_HEAD_ASSISTANT_WORDS = ("head ta", "head tas", "lead ta", "lead tas", "head tutor", "head gsi")
# Forum sites by name: asked of a course whose forum is another, the answer is No and names the course's.
GENERIC_FORUM_SITES = ("piazza", "ed discussion", "edstem", "ed stem", "campuswire")
GENERIC_FORUM_WORDS = (
    *GENERIC_FORUM_SITES,
    "forum",
    "forums",
    "class forum",
    "course forum",
    "discussion board",
    "message board",
)

CUES: dict[str, tuple[str, ...]] = {
    # Where questions are posted: the course's forum, when no policy of the course says more.
    "forum_place": (
        *("post questions", "post a question", "post my question", "post our questions", "post a q"),
        *("ask questions", "ask a question", "ask my question", "ask our questions"),
    ),
    "when": (
        "when",
        "what time",
        "what day",
        "what days",
        "what date",
        "which day",
        "which days",
        "date",
        "dates",
        "until when",
        "how soon",
    ),
    "due": (
        "due",
        "deadline",
        "deadlines",
        "due date",
        "due dates",
        "turn in",
        "turned in",
        "hand in",
        "handed in",
        "handing in",
        "turning in",
        # the work as the subject ("if hw2 goes in at 12:30am thursday")
        "goes in",
        "gets in",
        "comes in",
        "submit",
        "submitted",
        "submitting",
        "submission",
        "upload",
        "uploading",
        "finish by",
        # "do we have to upload the slides before that": handing the work in by a moment
        "have to upload",
        "need to upload",
        "upload by",
        "upload before",
    ),
    "due_list": (
        "what is due",
        "what s due",
        "anything due",
        "something due",
        "what do i have due",
        "what have i got due",
        "what do we have due",
        "whats due",
        "due soon",
        "coming up",
        "upcoming deadlines",
        "to do",
        "deadlines",
        "the deadlines",
        "need to submit",
        "have to submit",
        "need to turn in",
        "are left",
        "left to do",
        "still to do",
        "still due",
        "remaining",
        "to go",
        "working on",
        "work on",
        "focus on",
        # "what do i have to get done next week", "what do we need to finish this week": the work due then
        *("to get done", "get done by", "to finish", "to complete"),
    ),
    "release": (
        "release",
        "released",
        "releases",
        "come out",
        "comes out",
        "coming out",
        "came out",
        "out yet",
        "be out",
        "is out",
        "posted",
        "be posted",
        "published",
        "drop",
        "drops",
        "dropping",
        "get released",
        "getting released",
        "assigned",
        "details",
        "be available",
    ),
    "next": (
        *("next", "upcoming", "following", "soonest", "first", "coming next"),
        # "when does class start back up after thanksgiving": the first meeting after it
        *(
            "start back",
            "starts back",
            "start again",
            "starts again",
            "classes resume",
            "class resumes",
            "back in session",
        ),
    ),
    "after": ("after",),
    "before": ("before", "prior to"),
    "last": ("last", "previous", "most recent", "latest"),
    "past": ("did", "was", "were", "covered", "missed", "happened", "went", "learned", "had"),
    "late": (
        "late",
        "lateness",
        "after the deadline",
        "past the deadline",
        "miss the deadline",
        "missed the deadline",
        "how late",
        "latest",
        "accepted",
        "still turn in",
        "still hand in",
        "still submit",
        "still upload",
    ),
    "whatif": (
        "what happens",
        "what would happen",
        "what if",
        "if i submit",
        "if i turn",
        "if i hand",
        "if i submitted",
        "how much do i lose",
        "how much would i lose",
        # a team asking of its shared work ("if we upload the skeleton saturday, how much do we lose")
        "if we submit",
        "if we turn",
        "if we hand",
        "if we upload",
        "if i upload",
        "how much do we lose",
        "how much would we lose",
        "any credit",
        "get credit",
        "get any credit",
        "partial credit",
        "any points",
        "get points",
        "get any points",
        "is that ok",
        "is that okay",
        "would i",
        "do i lose",
        "will i lose",
        "how bad",
        "how screwed",
        "what penalty",
        "what s the penalty",
        "what is the penalty",
        "how much penalty",
        "the damage",
        "cost me",
        "would it cost",
        "will it cost",
        "what do i lose",
        "how many points",
    ),
    # Getting work finished ("hw3 isn't getting done till friday night"): with a time, a what-if.
    "done": ("done", "getting done", "be done", "finish", "finished", "finishing", "ready", "complete", "completed"),
    # A pool of late days in general words; the course's own name for it (its data) is added by the lexicon.
    "pool": (*GENERIC_POOL_WORDS, "grace period", "grace periods"),
    "personal": (
        "my",
        "i have",
        "do i have",
        "have i",
        "i used",
        "i ve used",
        "have left",
        "left",
        "remaining",
        "i got",
        "mine",
        "i still have",
    ),
    "collaborate": (
        "work with",
        "worked with",
        "working with",
        "work together",
        "worked together",
        "working together",
        "collaborators",
        "group members",
        "other students",
        "another student",
        "classmate",
        "classmates",
        "study group",
        "discuss",
        "help each other",
        "partner",
        "partners",
        "collaborate",
        "collaboration",
        "friend",
        "friends",
    ),
    "grades": ("grade", "grades", "graded", "grading", "scores", "score", "marks", "feedback", "results"),
    "extension": (
        "extension",
        "extensions",
        "extend",
        "more time",
        "extra time",
        "postpone",
        "delay",
        # what some universities call a request for missed work excused (a bare "concession" is the course's own word
        # only where its extension rules use it: bot.understand.words.lexicon; elsewhere it may be a discount)
        "academic concession",
        "academic concessions",
    ),
    "regrade": (
        "regrade",
        "regrades",
        "regrading",
        "re grade",
        "graded wrong",
        "grading mistake",
        "grading error",
        "wrong grade",
        "points back",
        "graded incorrectly",
        "marked wrong",
        "marked incorrectly",
        "marked unfairly",
        "graded unfairly",
        "mismarked",
        "wrong mark",
        "took off points",
        "dispute",
        "disputes",
        "disputing",
        "contest my grade",
        "contest a grade",
        "took points off",
        "rubric was wrong",
        "rubric is wrong",
        "wrong rubric",
        "autograder bug",
        "grading bug",
        "remark",
        "remarks",
        "remarking",
        "re mark",
        "re marking",
        # "getting it re-marked", "my mark is wrong", "looked at again": asking for the work to be marked again
        "remarked",
        "re marked",
        "mark is wrong",
        "mark was wrong",
        "marked wrong",
        "marked wrongly",
        "graded wrong",
        "graded wrongly",
        "looked at again",
        # "how long do we have to complain about a grade", "can i appeal my mark": a grade questioned, as a request
        "complain about a grade",
        "complain about my grade",
        "complain about a mark",
        "complain about my mark",
        "complain about my score",
        "appeal a grade",
        "appeal my grade",
        "appeal a mark",
        "appeal my mark",
        "grade appeal",
        "challenge a grade",
        "challenge my grade",
        "challenge my mark",
        "contest my mark",
        "contest my score",
        # "who do i ask about a mistake in my grade": the grade itself said to be wrong
        "mistake in my grade",
        "mistake in my mark",
        "mistake in my score",
        "mistake on my grade",
        "error in my grade",
        "error in my mark",
        "grade is wrong",
        "grade was wrong",
        "score is wrong",
        # "is the regrade window 2 weeks": the window's own word, so a slip in it ("windw") is read as it
        "regrade window",
        "remark window",
    ),
    "exam": ("exam", "exams", "midterm", "midterms", "final", "finals", "test", "tests", "quiz", "quizzes"),
    "conflict": (
        "conflict",
        "conflicts",
        "conflict form",
        "same time",
        "at the same time",
        "overlap",
        "overlaps",
        "overlapping",
        "clash",
        "clashes",
        "another exam",
        "other exam",
        "two exams",
        "double booked",
    ),
    # A change to something regular ("are marco's office hours at a different time on oct 22").
    "changed": (
        "different time",
        "different",
        "changed",
        "change",
        "moved",
        "move",
        "rescheduled",
        "reschedule",
        "shifted",
        "early",
        "earlier",
        "make up",
        "makeup",
    ),
    # The clocks changing ("after the clocks change", "once daylight saving ends"): times stay course-local.
    "dst": (
        "clocks change",
        "clock change",
        "clocks go back",
        "clocks go forward",
        "clocks fall back",
        "clocks spring forward",
        "daylight saving",
        "daylight savings",
        "daylight saving time",
        "daylight savings time",
        "dst",
        "time change",
        "fall back",
        "spring forward",
    ),
    # A time zone named with a time ("due at 5 pm pacific", "11:59 pm eastern time"): bot.understand.times.zones reads
    # it.
    "zone": (
        "pacific",
        "pacific time",
        "eastern",
        "eastern time",
        "central time",
        "mountain time",
        "pst",
        "pdt",
        "est",
        "edt",
        "cet",
        "cest",
        "bst",
        "gmt",
        "utc",
        "local time",
        "course time",
    ),
    # Spending a late pool, in students' words ("did that burn a grace day", "will it eat a slip day").
    "spend": ("burn", "burns", "burned", "burnt", "eat", "eats", "ate", "eaten", "spend", "spends", "spent", "cost"),
    # How a late pool is used ("do i have to ask to use grace days", "are they applied automatically").
    "applied": (
        "automatically",
        "automatic",
        "applied",
        "ask to use",
        "request to use",
        "have to ask",
        "need to ask",
        "manually",
        "ask for them",
        # "do i have to claim joker days": claiming them is asking to use them
        "have to claim",
        "need to claim",
        "must claim",
        "claim them",
        "how to claim",
        "how do i claim",
    ),
    # Parts of one piece of work ("my written part is on time but my code is late").
    "parts": (
        *("part", "parts", "written", "programming", "code part", "coding part", "each part", "last part"),
        *("count separately", "counted separately", "counts separately", "late separately"),
    ),
    # Missing something ("what happens if I miss the midterm"): with an exam, what the course says about it.
    "absent": (
        "miss",
        "missed",
        "missing",
        "skip",
        "skipped",
        "absent",
        "not make it",
        "not make",
        "can not make",
        "not be there",
        "sick on",
        "sick for",
        "sick",
        "ill",
    ),
    "in_person": ("in person", "online", "remote", "remotely", "virtual", "zoom", "face to face"),
    "office_hours": (
        "office hours",
        "office hour",
        "office hrs",
        "ta hours",
        "help hours",
        "hold office hours",
        "holding office hours",
        "get help",
        "help from",
        "see a ta",
        "talk to a ta",
        "ask a ta",
        "meet with a ta",
        # "how do i set up a meeting w the lab ta": a time with someone is their help hours or appointments
        "appointment with",
        "an appointment",
        "meeting with",
        "set up a meeting",
        "book a meeting",
        "schedule a meeting",
        "arrange a meeting",
        # "is anyone around on wednesday", "anybody available friday": someone of the staff to see, their hours
        "anyone around",
        "anybody around",
        "someone around",
        "anyone available",
        "anybody available",
        "someone available",
        *HELP_HOURS_WORDS,
    ),
    "hours": ("hours", "available", "free", "around", "office"),
    "now": ("now", "right now", "currently", "at the moment", "open now", "open", "happening now"),
    # Class meetings in general words; the course's kinds (lecture, lab, discussion section...) come from its data.
    "class": (
        *("class", "classes", "session", "sessions", "meet", "meets"),
        *("lesson", "lessons"),  # "is the passive voice lesson on friday": the class that day
        # going to class said as going to the school itself: "is there uni on easter tuesday", "no school friday?"
        *("there uni", "there school", "have uni", "have school", "no uni", "no school"),
    ),
    "guest": ("guest", "guest lecture", "guest lecturer", "guest speaker", "speaker", "talk", "talks"),
    "schedule": (
        "schedule",
        "calendar",
        "agenda",
        "plan",
        "syllabus schedule",
        "happening",
        "on the schedule",
        "timeline",
    ),
    "cover": (
        "cover",
        "covered",
        "covering",
        "covers",
        "learn",
        "learning",
        "learned",
        "talk about",
        "go over",
        "goes over",
        "went over",
        "going over",
        "go through",
        "goes through",
        "walk through",
        "walks through",
        "discuss",
        "discussed",
        "taught",
        "topic",
        "topics",
        "doing in class",
        "do in class",
        "in class",
        "about",
        "study",
        "material",
        "slides",
        "recording",
        "recordings",
        "notebook",
        "missed",
        "miss",
    ),
    "no_class": (
        "no class",
        "no classes",
        "no lecture",
        "day off",
        "days off",
        "break",
        "breaks",
        "holiday",
        "holidays",
        "cancelled",
        "canceled",
        "off",
    ),
    "staff": (
        "who",
        "instructor",
        "instructors",
        "professor",
        "professors",
        "teacher",
        "teachers",
        "teaches",
        "teaching",
        "ta",
        "tas",
        "staff",
        "course staff",
        "teaching assistant",
        "teaching assistants",
        "lecturer",
        "grader",  # "who are the graders": the staff who grade, never a misspelled "grades"
        "graders",
        "in charge",
        "runs",
        "role",
        "roles",
    ),
    "contact": ("email", "emails", "e mail", "contact", "reach", "address", "mail"),
    "where": (
        "where",
        "room",
        "rooms",
        "location",
        "building",
        "place",
        "located",
        "which room",
        "what room",
        # a room by what it is ("the usual lecture hall", "which hall"), not a hall's own name
        "lecture hall",
        "lecture theatre",
        "lecture theater",
        "classroom",
        "which hall",
        "what hall",
    ),
    "time_of": (
        "what time",
        # a change of clocks asks about times ("are lectures still at 9 after the clocks change")
        "clocks change",
        "clock change",
        "time change",
        "daylight saving",
        "daylight savings",
        "time",
        "times",
        "timing",  # "lab timings for P2": times, in Indian and South Asian English
        "timings",
        "start",
        "starts",
        "begin",
        "begins",
        "how long",
        "duration",
        "end",
        "ends",
        "finish at",  # "does the seminar finish at 12": its end ("didnt finish my prelab" is no time)
        "finishes at",
        "is over",
        "be over",
        "get out",
        "gets out",
        "let out",
    ),
    "grading": (
        "worth",
        "weight",
        "weighted",
        "weights",
        "percent",
        "percentage",
        "breakdown",
        "how much is",
        "count for",
        "counts for",
        "grading scheme",
        "how is the course graded",
        "how is the class graded",
        # "how is bt2102 graded", "how is this module graded": the course by its code or word respells to this course
        "this course graded",
        "this class graded",
        # "what's it graded on", "what is the course graded on": what the grade is made of
        "it graded on",
        "course graded on",
        "class graded on",
        "module graded on",
        "course assessed on",
        "this course assessed",
        "this course marked",
        "grading for this course",
        "grading in this course",
        "grading of this course",
        "how are we graded",
        "how am i graded",
        "how are grades calculated",
        "how is my grade calculated",
        "how is the final grade calculated",
        "grade breakdown",
        "grading breakdown",
        "grade broken down",
        "grades broken down",
        "grade broken up",
        "grade split",
        "grades split",
        "grade divided",
        "grade made up",
        "grade calculated",
        "grades calculated",
        "grade weighted",
        "marks broken down",
        "mark breakdown",
        "marks breakdown",
        "marks split",
        "marking breakdown",
        "of the grade",
        "of my grade",
        "of the final grade",
        "curve",
        "curved",
        "grading scale",
        "grade scale",
        "letter grades",
        "letter grade",
        "grade cutoffs",
        "cutoffs",
        "assessed",
        "assessment",
        "assessments",
        "marked",
        "marking scheme",
    ),
    "exam_rules": (
        "open book",
        "closed book",
        "open note",
        "open notes",
        "cheat sheet",
        "cheatsheet",
        "formula sheet",
        "notes allowed",
        "calculator",
        "calculators",
        "allowed to bring",
        "can we bring",
        "can i bring",
        "notes",
        "note sheet",
        "note card",
        "notecard",
        "index card",
        "crib sheet",
        "bring",
        "use notes",
        "student id",
        "id card",
        "photo id",
        # the card itself in other words ("my student card", "uni card", "campus card")
        "student card",
        "uni card",
        "university card",
        "campus card",
        "identity card",
        "phones allowed",
        "phone allowed",
        "laptops allowed",
        "laptop allowed",
        "smartwatch",
        "smartwatches",
        # registering for a sitting ("register in Sisu 7 days before"): a rule of the exam, where a course states it
        "register for",
        "registration for",
        "register for the exam",
        "registration deadline",
    ),
    "link": ("link", "url", "website", "site", "zoom link", "course code", "entry code", "join", "sign up", "signup"),
    "content": (
        "cumulative",
        "what is on",
        "what s on the",
        "topics on",
        "covered on",
        "study for",
        "material on",
        "on the exam",
        "on exam",
        "on the midterm",
        "on the final",
    ),
    "course": (
        "what is this course",
        "what is this class",
        "about this course",
        "about this class",
        "about the course",
        "course about",
        "class about",
        "syllabus",
        "overview",
        "course description",
        "course cover",
        "course covers",
        "class cover",
        "class covers",
        "what is this",
        "even about",
        "what sections",
        "which sections",
        "sections are there",
    ),
    "term_dates": (
        "first day of class",
        "first day of classes",
        "first day",
        "semester start",
        "semester starts",
        "semester end",
        "semester ends",
        "term start",
        "term starts",
        "term end",
        "term ends",
        "end of the semester",
        "end of semester",
        "end of the term",
        "start of the semester",
        "start of semester",
        "classes start",
        "classes end",
        "course start",
        "course starts",
        "course begin",
        "course begins",
        "course end",
        "course ends",
        "course over",
        "class end",
        "class ends",
        "quarter begin",
        "quarter begins",
        "semester begin",
        "semester begins",
        "term begin",
        "term begins",
        "quarter start",
        "quarter starts",
        "quarter end",
        "quarter ends",
        "start of the quarter",
        "end of the quarter",
        "last day of the quarter",
        # "when does semester one end", "term 2 starts": a term by its number (another term than the course's is
        # answered as such: bot.understand.about_course.outside_course)
        *(
            f"{term} {number} {edge}"
            for term in ("semester", "term", "trimester")
            for number in ("1", "2", "3", "one", "two", "three")
            for edge in ("start", "starts", "end", "ends", "begin", "begins", "finish", "finishes")
        ),
    ),
    "help": (
        "help",
        "what can you do",
        "what do you do",
        "commands",
        "how do you work",
        "what do you know",
        "what can i ask",
        "who are you",
    ),
    "greet": ("hi", "hello", "hey", "thanks", "thank you", "yo", "sup", "good morning", "howdy"),
    "howto": ("how do i", "how to", "how can i", "where do i", "what do i do", "how should i", "what should i do"),
    "policy": ("policy", "policies", "rule", "rules", "allowed", "permitted", "ok to", "okay to", "can i", "am i"),
    "required": (
        "have to",
        "need to",
        "required",
        "require",
        "must",
        "mandatory",
        "compulsory",
        "obligatory",
        "supposed to",
        "apply to",
        "applies to",
        "do the",
        "only for",
    ),
    "students": ("students", "student", "section", "sections", "people in", "undergrads", "grads", "in"),
    "all": ("all", "every", "remaining", "rest", "left", "everything", "whole", "entire", "full"),
    "homework_kind": ("homework", "assignment", "assignments", "problem set"),
    "thing": ("thing", "things", "something", "anything", "stuff", "work"),
    # Opinions and rankings ("who's the best gsi", "is the midterm hard"): nothing a course page says.
    "opinion": (
        "best",
        "worst",
        "nicest",
        "easiest",
        "hardest",
        "favorite",
        "favourite",
        "smartest",
        "coolest",
        "better",
        "worse",
        "harder",
        "easier",
        "recommend",
        "should i take",
        "worth it",
    ),
    # A name asked for ("what's steph's last name"): the staff answer has names, when the page gives them.
    "name": ("name", "names", "last name", "full name", "first name", "surname", "family name"),
    # How long until something ("how many days until the midterm"): its date.
    "countdown": (
        "how many days until",
        "how many days till",
        "how many days before",
        "how long until",
        "how long till",
        "how much time until",
        "days until",
        "days till",
    ),
    # Counting things ("how many homeworks are there", "how many lectures are left").
    "count": ("how many", "number of", "total"),
    # Comparing two things of the course ("what does 10-605 have that 10-405 doesn't").
    "compare": (
        "difference",
        "differences",
        "difference between",
        "compare",
        "compared",
        "versus",
        "vs",
        "have that",
        "same",
        "the same",
    ),
    # Registering for or leaving a course: the registrar's business, never on a course page.
    "enrollment": (
        "drop the class",
        "drop the course",
        "drop this class",
        "drop this course",
        "to drop",
        "withdraw",
        "withdrawal",
        "register",
        "registration",
        "enroll",
        "enrollment",
        "waitlist",
        "wait list",
        "add the class",
        "add this class",
        "drop a class",
        "drop a course",
        "drop classes",
        "drop courses",
        "drop out",
        "late drop",
        "drop deadline",
        "add drop",
    ),
    # Asking the bot to do a task rather than to tell a course fact.
    "task": (
        "write me",
        "poem",
        "essay",
        "story",
        "joke",
        "jokes",
        "song",
        "do my homework",
        "do my assignment",
        "translate",
        "draw",
        "the answers",
        "answer key",
        "answers to",
        "install",
        "installing",
        "installation",
        "define",
        "definition of",
    ),
}

# General words for whoever leads a course: they name the course's first staff role (roles are listed in the
# course's order), unless the course uses the word for a role of its own.
LEAD_ROLE_WORDS = (
    "instructor",
    "instructors",
    "professor",
    "professors",
    "teacher",
    "teachers",
    "teaches",
    "lecturer",
    "lecturers",
    "in charge",
)

# Everyday words and the words a course page uses for the same idea, to widen the knowledge search
# ("can I work with my friend" finds the collaboration policy).
THESAURUS: dict[str, tuple[str, ...]] = {
    # "can i take photos of the brain" of a page's "may not be used to photograph specimens"
    "photo": ("photograph", "picture"),
    "photos": ("photograph", "picture"),
    "picture": ("photograph", "photo"),
    "pictures": ("photograph", "photo"),
    # "does the lab give us goggles" asks what a page says as "the lab does not provide them"
    "give": ("provide", "supply"),
    "gives": ("provide", "supply"),
    "hand": ("provide",),
    "supply": ("provide",),
    "supplies": ("provide",),
    "collaborate": ("collaboration", "together", "classmates", "discuss", "talk", "students"),
    "friend": ("collaborate", "collaboration", "together"),
    "friends": ("collaborate", "collaboration", "together"),
    "classmate": ("collaborate", "collaboration", "together"),
    "classmates": ("collaborate", "collaboration", "together"),
    "partner": ("collaborate", "collaboration", "together", "groups"),
    "team": ("groups", "collaborate"),
    "google": ("search", "internet", "online"),
    "googling": ("search", "internet", "online"),
    "internet": ("online", "search"),
    "cheat": ("integrity", "violation", "cheating"),
    "cheating": ("integrity", "violation"),
    "caught": ("violation",),
    # "do i have to say i used chatgpt" asks what a page says as "declare every use of AI"
    "say": ("declare", "disclose", "acknowledge", "mention"),
    "mention": ("declare", "disclose", "acknowledge"),
    "disclose": ("declare", "acknowledge"),
    "declare": ("disclose", "acknowledge"),
    "copy": ("copying", "copied"),
    "copied": ("copying", "copy"),
    "stole": ("copied", "copying"),
    # "what should i wear to lab" asks what a page says as "Enclosed shoes must be worn" or its attire rule
    "wear": ("worn", "attire", "clothing", "clothes"),
    "wearing": ("worn", "attire", "clothing", "clothes"),
    "sick": ("emergency",),
    "ill": ("emergency",),
    "hospital": ("emergency",),
    "book": ("textbook", "textbooks"),
    "books": ("textbook", "textbooks"),
    "reading": ("readings", "textbook"),
    "upload": ("submit", "submission"),
    "grader": ("autograde", "autograder"),
    "doctor": ("medical",),  # "a doctor's note" is a medical note
    "doctors": ("medical",),
    "mandatory": ("compulsory", "required", "obligatory"),
    "compulsory": ("mandatory", "required", "obligatory"),
    "obligatory": ("mandatory", "compulsory", "required"),
    "ask": ("questions", "forum"),
    "forum": ("discussion", "questions"),
    "grad": ("graduate",),
    "share": ("copying", "copied", "protect", "publicly", "sharing"),
    "sharing": ("copying", "copied", "protect", "publicly"),
    "year": ("years", "prior", "previous", "past"),
    "years": ("prior", "previous", "past"),
    "trouble": ("fault", "violation", "penalty", "punished"),
    "punished": ("penalty", "violation"),
    # "is late work docked", "do they dock late labs": a page's late penalty ("loses 10% per day")
    "docked": ("penalty", "deducted", "lose"),
    "dock": ("penalty", "deducted", "lose"),
    # "is late work penalised", "do late labs get penalized": the page's penalty, by its verb
    "penalised": ("penalty", "deducted", "lose"),
    "penalized": ("penalty", "deducted", "lose"),
    "penalise": ("penalty", "deducted", "lose"),
    "penalize": ("penalty", "deducted", "lose"),
    "undergrad": ("undergraduate",),
    "language": ("python", "java", "matlab"),
    "languages": ("python", "java", "matlab"),
    "email": ("contact", "address"),
    "emails": ("contact", "address"),
    "phone": ("contact", "number"),
    "conditions": ("condition", "rules", "requirements"),
    # "put my solutions on github", "publish my code": posting them
    "put": ("post",),
    "publish": ("post", "publicly"),
    "public": ("publicly",),
    "github": ("publicly", "post"),
    "roommate": ("people", "students", "other"),
    "group": ("collaborate", "collaboration", "together", "groups"),
    # "can i redo the quiz i missed" asks what a page says as "no make-up quizzes", "retake"
    "redo": ("make", "makeup", "retake", "resubmit"),
    # "can we pick our own groups" asks what a claim says as "choose my own group"
    "pick": ("choose", "select"),
    "choose": ("pick", "select"),
    "select": ("choose", "pick"),
}

# Words a student may use that are not in any course's data, so a misspelling is not "corrected" into a
# course word ("grade" must stay "grade", not become "grace").
COMMON_WORDS = _words(
    """limit limits limited able above across actually add after afternoon again against ago ahead alone along
    already alright always
    another answer answers anyone anybody anyway anywhere apply approve april around ask asked asking august away
    back bad basically because become been best better between big bit book books both bring broke build busy
    buy call called came campus care case catch caught certain chance change changed changes cheap check
    class classmate classmates clear close code coffee college come comes coming complete computer confused
    correct cost could couple course cover crazy current date day days dead dear december deep did different
    dinner doing done door down drop due during early easy eat either else email end enough entire especially
    even evening event exactly example except exactly explain extra fail fair fall far fast february feel few
    figure file files final find fine first fix follow food forgot found free friday friend friends front full
    fun game gave give given glad good google grade graded grades grading great group groups guess guy guys
    half hall hand happen happens happy hard hate head hear heard held hold hope hour hours house huge idea
    important include including info information inside instead interesting into issue issues item january job
    join joke july june keep kind knew know known large last late later least leave left less lesson lessons
    life light line list little live long look looking lost lot lots love low made main make makes making man
    many march mark marks matter maybe mean means meant meet meeting member might mind minute minutes miss
    missed missing mistake moment monday money month months morning move much name near nearly need never new
    news nice night nobody none nor normal note notes nothing notice november now number numbers october often
    okay old once online open order other others otherwise outside own page paper part parts party pass past
    pay people per person phone pick place plan play point points poem possible post posted power pretty
    probably problem problems project put question questions quick quite rather read ready real reason recent
    remember request required rest restaurant result right room run said same saturday save saw say says
    school score second see seem seen send sent september set several short should show sick side simple since
    single sit site sleep small someone something sometimes soon sorry sort speak special start started state
    stay step still stop story student students study stuff sunday super sure system take taken taking talk
    team tell term test text textbook textbooks thing things think thinking third though thought three through
    thursday ticket
    time tired today together told tomorrow tonight took top total totally tough toward tried true try trying
    tuesday turn twice two type under understand until upon use used useful using usual usually very view wait
    walk want wanted was watch water way ways wednesday week weekend weeks weird well went whatever whole why
    wide will win wish without woke won wonder word words work worked working works world worry worse worst
    would write writing written wrong year years yesterday young weather dining sunny rain laptop laptops
    network neural train training joke jokes meaning winner bowl super restaurant recommend poem"""
)
# More everyday words, known as they are so that a real word is never "corrected" into a course word ("tall" is
# not "talk"); unlike COMMON_WORDS, nothing is corrected into them.
EVERYDAY_WORDS = _words(
    """tall taller height heavy age aged older younger married single salary paid nickname birthday favorite
    favourite hobby hobbies hometown phone phones call calls called calling text texted mall ball wall hall halls
    fall falls cool pool tool fool poll roll rolls role roles mule sale male mail nail fail fails failed failing
    tail rail mean meant lean bean dear fear near hear bear wear tear beat heat seat meat lead leads bead cake lake
    bake fake wake sake rake mile pile tile wine pine dine lane cane sane wage cage rage sage gate hate mate rate
    rates fate pizza lunch breakfast snack snacks boba bubble tea bus buses car cars bike bikes parking park walk
    walking drive driving ride weather rain raining snow snowing cold hot warm sunny cloudy gym library dorm dorms
    pouring rainy stormy storm storms thunderstorm hurricane typhoon blizzard snowstorm icy overcast
    housing register registered registration tuition fee fees scholarship major minor degree internship career
    resume interview salary alumni campus campuses president dean provost founded invented invent built
    build famous celebrity movie movies music song songs sports team teams football basketball soccer baseball
    player players score won lose lost game games weekend vacation travel trip flight flights airport hotel
    visa passport taxes tax bank money cash price prices cheap expensive buy sell sold store shop shopping
    market stock stocks crypto bitcoin news politics election vote voted government war peace world country
    city town state river mountain beach ocean sea island animal animals dog dogs cat cats pet pets bird birds
    plant plants tree trees flower flowers color colour colors red blue green yellow black white pink purple
    orange brown gray grey dark light bright happy sad angry mad tired sleepy hungry thirsty sick ill healthy
    fit fat thin strong weak fast slow quick smart dumb stupid funny boring easy hard difficult simple
    complicated interesting annoying nice kind rude mean polite friendly lonely bored excited nervous anxious
    worried scared afraid brave lucky unlucky rich poor famous popular cute pretty ugly beautiful handsome
    clean dirty messy neat wet dry full empty open closed broken fixed new old young ancient modern recent
    weekly daily monthly yearly hourly early late later sooner never always often rarely usually sometimes
    maybe perhaps probably definitely certainly surely absolutely exactly roughly nearly almost about around
    tell tells told ask asks asked teach talk talked talking chat chatting wrote write writing read reading
    lesson lessons hint hints trick tricks tips tip advice opinion opinions review reviews rating ratings rank
    ranking ranked best worst better worse hardest easiest longest shortest biggest smallest while whilst gone"""
)
