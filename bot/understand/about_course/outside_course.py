"""Questions about something that is not this course, though they hold its words: another course's or module's
items ("when is the 10-601 hw due"), the university's own calendar ("when does winter break start for the
university", "deadline to drop with a W"), campus services ("what time does the rec center close"), and the
subject itself ("difference between a privateer and a pirate", "molar mass of glucose"). Each gets a plain "the
course page does not answer that", never a schedule line that happens to hold one of its words."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.core.word_forms import fact_stem as stem
from bot.course.model import Course
from bot.understand.about_course.course_standing import stated_standing
from bot.understand.about_course.other_subject import other_subject
from bot.understand.choosing.gates import Scan, gate, scanned
from bot.understand.policies.enrollment_rule import policy_enrolls
from bot.understand.policies.named_rule import NEEDS as NAMED_RULE_NEEDS
from bot.understand.policies.named_rule import policy_named, rule_name
from bot.understand.words.lexicon import course_places
from bot.understand.words.normalize import holds_fragment, phrase_key
from bot.understand.words.vocabulary import STOPWORDS, words_of

# A course number: "10-601", "15-445", "CS 101", "chem1310", "CSC1015F"
_NUMBER = re.compile(r"\b(\d{2}-\d{3})\b|\b([a-z]{2,5})\s?(\d{3,4})[a-z]?\b")  # "csc1015f": a term letter
# A course number without its trailing letters, as students write it ("MAM1005F" is "mam1005")
_SHORT = re.compile(r"[a-z]*\d+")
_A_DIGIT = re.compile(r"\d")  # what every match of _NUMBER holds
# What a question asks of a course: its work, exams, meetings, people
_ITEMS = (
    r"(?:hw|homework|homeworks|assignments?|problem\s+sets?|psets?|exams?|midterms?|finals?|quiz(?:zes)?|"
    r"lectures?|class(?:es)?|labs?|projects?|office\s+hours?|oh|tas?|syllabus|deadlines?|readings?|essays?|"
    r"tutorials?|seminars?|sections?|grades?|graded|grading)"
)
# Its grading or a rule of it asked before the number: "how are grades calculated for 10-315", "the grading in cs
# 61a", "whats the late policy for stat 135"
_GRADED_OF = re.compile(
    r"\b(?:grading|graded|grades|curved?|polic(?:y|ies)|rules?)\s+(?:\w+\s+){0,2}?(?:in|for|of)\s+$"
)
# "in another module", "for a different class", "my other course"
_OTHER = re.compile(
    r"\b(?:in|for|of|from)\s+(?:another|a\s+different|my\s+other|an?\s+other|other)\s+"
    r"(?:module|course|class|subject|department)s?\b"
)
# (every match of _OTHER holds "other" or "different": a sentence holding neither is not searched)
# Words before "another course" that make it a condition of a question about this one ("i have an exam in another
# course, can i take the midterm early")
_CONTEXT = re.compile(r"\b(?:have|has|had|got|if|because|since|clash|clashes|conflict|conflicts|overlap|also)\b")
# The university's own calendar and registration
_UNIVERSITY = re.compile(
    r"\bfor\s+the\s+(?:whole\s+)?(?:university|college|school|campus)\b"
    r"|\b(?:university|college|campus|school)(?:'s|-wide|\s+wide)?\s+(?:academic\s+)?calendar\b"
    r"|\b(?:deadline|last\s+day|date)\s+to\s+(?:drop|withdraw|add)"
    r"(?:\s+(?:a|the|this|my|from\s+a|from\s+the)\s+(?:class|course|module)\b|\s+(?:out|classes|courses)\b|\s*[?.!]?$)"
    r"|\b(?:drop|withdraw)\b[^.?!]{0,40}\bwith\s+an?\s+w\b"
    r"|\bdrop\s+(?:a|the)\s+class\b[^.?!]{0,30}\b(?:deadline|w)\b"
)
# What every match of _UNIVERSITY holds: a word for the university, or dropping, withdrawing, adding
_UNIVERSITY_GATE = gate("universit college school campus drop withdraw add")
# Records and registration: credits, enrolment letters, transcripts
_REGISTRY = re.compile(
    r"\bhow\s+many\s+(?:credits?|credit\s+points|ects)\b|\b(?:enrol+ment|registration)\s+"
    r"(?:letter|verification|confirmation|certificate)s?\b|\bletters?\s+confirming\b|\btranscripts?\b"
    r"|\bcredit\s+transfer\b"
)
_REGISTRY_GATE = gate("many enrol registration letter transcript credit")  # what every match of _REGISTRY holds
# "can i get an incomplete": an incomplete grade, the university's process
_INCOMPLETE = re.compile(r"\b(?:get|take|receive|give\s+me|request|apply\s+for)\s+an?\s+incomplete\b")
_INCOMPLETE_GATE = gate("incomplete")
# "which staff in the history department", "professors in the department who work on ..."
_DEPARTMENT = re.compile(
    r"\b(?:staff|faculty|professors?|supervisors?|lecturers?|academics|people)\s+(?:\w+\s+){0,2}?"
    r"(?:in|of|from)\s+the\s+(?:[\w-]+\s+){0,2}?department\b|\bdepartment'?s\s+(?:staff|faculty)\b"
)
_DEPARTMENT_GATE = gate("department")
# Campus services, by name
_SERVICES = re.compile(
    r"\b(?:rec\s+center|recreation\s+center|gym|shuttles?|campus\s+bus|dining\s+halls?|cafeteria|bookstore|"
    r"parking|health\s+center|counseling\s+center|financial\s+aid|dorms?|housing\s+office|student\s+union)\b"
)
_SERVICES_GATE = gate("center gym shuttle campus dining cafeteria bookstore parking financial dorm housing union")
# Where a campus service is, asked alone ("where is the bookstore on campus"): a course page that names the service
# ("goggles are sold at the campus bookstore") still does not say where it is
_SERVICE_WHERE = re.compile(
    r"^\W*(?:so\s+|hey\s+|um\s+)?(?:where(?:'s|s|\s+is|\s+are)|how\s+do\s+(?:i|we|you)\s+get\s+to)\s+the\s+"
    r"(?:campus\s+)?(?:" + _SERVICES.pattern + r")(?:\s+on\s+campus)?\W*$"
)
# A student's own matter that no course handles, asked about ("who do i talk to about my housing", "where do i go for
# my visa"): not a course rule nor a story told beside a course question ("can i get an extension, my housing fell
# through" names the course's work)
_MATTER = (
    r"(?P<matter>housing|dorms?|dorm\s+room|rent|landlord|lease|visa|immigration|study\s+permit|residence\s+permit"
    r"|work\s+permit|scholarships?|bursary|tuition|meal\s+plan|health\s+insurance|student\s+loans?|parking\s+permit"
    # exchange programmes, residence registration and the rest of settling in a new city
    r"|erasmus|study(?:ing)?\s+abroad|semester\s+abroad|year\s+abroad|exchange\s+(?:program(?:me)?|semester|year|place)s?"
    r"|residence\s+registration|address\s+registration|city\s+registration|residence\s+card|bank\s+account"
    r"|sim\s+card|phone\s+plan|tax\s+(?:number|id|return)|social\s+security\s+number|apartment|flat\s+(?:hunt\w*|search)"
    r"|accommodation|part-?\s?time\s+job|student\s+job|exchange\s+(?=applications?\b|office\b|coordinator\b)"
    r"|(?<=register\smy\s)address"  # "the exchange application deadline", "where do i register my address"
    # the student's own health care ("where can i get a flu shot on campus")
    r"|flu\s+shots?|flu\s+jabs?|vaccines?|vaccinations?|immuni[sz]ations?)"
)
# The matter's own paperwork ("my visa extension", "the erasmus application deadline"): not the course's business
_MATTER_PAPERS = re.compile(
    _MATTER.replace("?P<matter>", "?:") + r"\s*(?:applications?\s+)?(?:extensions?|deadlines?|renewals?|letters?)\b"
)
_PERSONAL_MATTER = re.compile(
    r"^\W*(?:so\s+|hey\s+|um\s+)?(?:who|where|what(?:'?s)?|which|how|when|is\s+there|can\s+(?:i|you|someone|anyone)"
    r"|could\s+(?:i|you|someone|anyone)|do\s+you|should\s+i)\b.*?"
    rf"\b(?:(?:about|with|for|regarding|re|on)\s+(?:my|our|the|a|an|me\s+and\s+my)?"
    # "how do i extend my student visa", "where do i open a bank account": a matter the student handles
    r"|(?:extend|renew|apply\s+for|get|find|open|sort\s+out|register|pay|cancel)\s+(?:my|our|the|a|an)"
    rf")\s*(?:[\w-]+\s+)?{_MATTER}\b"
    # "when is the exchange application deadline", "who is the erasmus coordinator": the matter's own office or date
    r"|^\W*(?:who|where|what(?:'?s)?|when|how)\b.*?\bthe\s+"
    + _MATTER.replace("?P<matter>", "?P<office_of>")
    + r"\s*(?:applications?\s+)?"
    r"(?:deadlines?|office|coordinator|advis[eo]r|forms?|portal)\b"
)
_PERSONAL_GATE = gate(
    "housing dorm rent landlord lease visa immigration permit scholarship bursary tuition meal insurance loan"
    " erasmus abroad exchange registration residence bank sim phone tax social apartment flat accommodation job address"
    " flu vaccin immuni"
)
# A deadline of the matter itself ("the deadline for erasmus applications"): not the course's business
_MATTER_DEADLINE = re.compile(
    r"\b(?:deadlines?|due\s+dates?|last\s+day)\s+(?:for|of|to\s+apply\s+for)\s+(?:my|the|an?|our)?\s*$"
)
# Words of the course's own business: a question holding one asks of the course ("is there a ta who can help with
# my visa forms": whether its staff do), whatever story it tells
_COURSE_BUSINESS = re.compile(
    r"\b(?:extension|late|deadline|due|exam|midterm|final|quiz|class|lecture|lab|grade|marks?|assignment|homework"
    r"|essay|report|miss(?:ed)?|absence|attend\w*|tas?|tutors?|professors?|prof|instructors?|lecturers?|staff)\b"
)
# A campus facility's opening hours ("what time does the engineering library close", "gym hours on sunday"): the
# course page may name the place (a textbook on reserve there) but never keeps its hours.
_FACILITY = (
    r"(?:library|libraries|gym|pool|cafe|café|cafeteria|canteen|bookstore|bookshop|book\s+shop|print\s+shop"
    r"|museums?|galler(?:y|ies)"
    r"|student\s+(?:union|centre|center)|it\s+(?:help\s?)?desk)"
)
_FACILITY_HOURS = re.compile(
    rf"\b(?:what\s+time|when|how\s+late|till\s+when|until\s+when|until\s+what\s+time)\s+(?:does|do|is|are|will)\s+"
    rf"(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?(?P<place>{_FACILITY})\s+(?:open|close|shut|stay\s+open|be\s+open)\b"
    rf"|\b(?P<named>{_FACILITY})(?:'s)?\s+(?:opening\s+)?(?:hours|times)\b"
    # "is the vatican museum open on sundays", "are the galleries closed on mondays": its opening days
    rf"|\b(?:is|are)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?(?P<opened>{_FACILITY})\s+(?:open|closed)\s+"
    r"(?:on|at|in|during|over|until|till|late)\b"
)
_FACILITY_GATE = gate("librar gym pool caf canteen book shop museum galler student desk")  # every _FACILITY holds one
# The weather itself asked ("whats the weather gonna be like this weekend", "will it rain on saturday"), not what the
# course does about it ("is the trip cancelled if it rains", "what happens if the weather is bad")
_WEATHER = re.compile(
    r"\b(?:what(?:'s|s|\s+is)|how(?:'s|s|\s+is))\s+the\s+weather\b|\bweather\s+(?:gonna|going\s+to|will)\s+be\b"
    r"|\bweather\s+forecast\b|\bforecast\s+(?:for|says|look)|\b(?:will|is)\s+it\s+(?:going\s+to\s+|gonna\s+)?(?:rain|snow)\b"
)
_WEATHER_GATE = gate("weather forecast rain snow")
_WEATHER_RULE = re.compile(r"\b(?:if|cancel\w*|postpone\w*|backup|rain\s+date|happens|called\s+off|still\s+on)\b")
# A live value asked ("whats the psei at today", "what is the peso trading at rn"): a market's or price's level now,
# which no course page keeps; what it is asked of must not be the course's own ("whats my grade at rn")
_LIVE_VALUE = re.compile(
    r"\bwhat(?:'s|s|\s+is|\s+are)\s+(?:the\s+)?(?P<thing>[\w&.$-]+(?:\s+[\w&.$-]+){0,2}?)\s+"
    r"(?:at|trading\s+at|worth)\s+(?:today|now|right\s+now|rn|currently|this\s+(?:morning|week))\b"
    r"|\b(?:exchange\s+rates?|stock\s+market|share\s+prices?|stock\s+prices?)\s+(?:today|now|right\s+now|rn)\b"
)
_LIVE_VALUE_GATE = gate("today now rn currently morning week")
# Money paid to the student by others ("when does SU get paid out this month", "when do we get our stipend"): a grant,
# a wage or a payout, which the course page never pays; a course that names it (paid study participation) keeps it
_PAYOUT = re.compile(
    r"\b(?:get(?:s|ting)?|be(?:ing)?|is|are|gets)\s+paid\s+out\b|\bpaid\s+out\b|\bpay\s*(?:day|out)s?\b"
    r"|\bstipends?\b|\bstudent\s+(?:grants?|loans?|allowances?|finance)\b|\bsalar(?:y|ies)\b"
)
_PAYOUT_GATE = gate("paid pay stipend student salar")
# Advice on other courses, instructors or terms ("any recs for a good calc 3 prof next sem", "which professor should
# i take for 2410 next term"): no course page gives it
_ADVICE_BEYOND = re.compile(
    r"\b(?:recs?|recommend\w*|suggestions?|advice)\b[^.?!]*\b(?:prof\w*|instructors?|teachers?|lecturers?|courses?"
    r"|class(?:es)?)\b[^.?!]*\bnext\s+(?:sem|semester|term|year|quarter|fall|spring)\b"
    r"|\b(?:which|what|who(?:'s|s)?)\s+(?:is\s+)?(?:the\s+)?(?:best|good|better|easiest)\s+(?:prof\w*|instructors?|teachers?)"
    r"\b[^.?!]*\bnext\s+(?:sem|semester|term|year|quarter)\b"
)
_ADVICE_GATE = gate("next")  # every match of _ADVICE_BEYOND asks of a next term
# A view asked on the subject itself ("is utilitarianism actually right", "what do you think of kant"): no page says.
_VIEW = re.compile(
    r"\b(?:is|are)\s+(?P<thing>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:actually|really|truly|objectively|even)\s+"
    r"(?:right|correct|true|wrong|valid|sound|good|bad|better|worse)\b"
    r"|\bwhat\s+do\s+you\s+(?:think|reckon)\s+(?:of|about)\b|\byour\s+(?:opinion|view|take)\s+(?:on|of|about)\b"
    r"|\bdo\s+you\s+agree\s+with\b"
)
_VIEW_GATE = gate("actually really truly objectively even think reckon opinion view take agree")
# What such a view is asked of when it is the student's own work or the course's figures, not the subject
_NOT_VIEWED = words_of(
    "it this that my mine our answer answers solution solutions key date time room grade mark marks score deadline"
    " due rubric memo feedback calculation working"
)
# The subject itself
_SUBJECT = re.compile(
    r"\b(?:what'?s|what\s+is)\s+the\s+difference\s+between\s+(?P<pair>[^?.!]+)"
    r"|\b(?:what'?s|what\s+is|whats)\s+the\s+(?:molar\s+mass|atomic\s+(?:mass|number|weight)|boiling\s+point|"
    r"melting\s+point|chemical\s+formula|formula\s+for|definition\s+of|derivative\s+of|integral\s+of|capital\s+of)\b"
)
_SUBJECT_GATE = gate("difference molar atomic boiling melting chemical formula definition derivative integral capital")

# Help with the subject itself ("explain how to do three-point crosses", "i don't get how to find the pivot", "how do
# you derive the estimator"): teaching, which a course page does not do, even when a lecture's title holds its words.
_TUTORING = re.compile(
    r"\b(?:explain|teach\s+me|show\s+me|walk\s+me\s+through)\s+(?:to\s+me\s+|again\s+)?how\s+(?:to|do|does|you|i|we)\b"
    r"(?P<what>[^?.!]*)"
    r"|\b(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:get|understand|figure\s+out|work\s+out)\s+how\s+"
    r"(?:to|you|i|we)\b(?P<what2>[^?.!]*)"
    r"|\bhow\s+(?:do|does|would|should|can)\s+(?:you|u|i|we|one)\s+(?:solve|derive|prove|balance|integrate|"
    r"differentiate|simplify|factor|factorise|factorize|calculate|compute|determine|estimate|interpret|evaluate|"
    r"convert)\b(?P<what3>[^?.!]*)"
    # "explain confounding pls", "can u explain the difference of X and Y", "i dont get bayes rule": a concept asked to
    # be explained; what follows is checked as above, and against the course's own rules and meetings
    # asked of the bot ("pls explain", "can u explain"), not of a tool ("can claude explain", "use chatgpt to explain")
    r"|(?:^|[,;:]\s*|\b(?:you|u|ya|someone|somebody|anyone|pls|plz|please|just|kindly|and)\s+)"
    r"(?:explain|teach\s+me|help\s+me\s+understand)\s+(?!how\b)(?P<what4>[^?.!,]*)"
    # "i don't get bayes rule": understanding; never "can't get to campus / a ride / my build to work" (a difficulty)
    r"|\b(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:get(?!\s+(?:to|into|in|on|onto|there|here|home|back|off|out"
    r"|up|over|through|around|hold|access|a\s+ride|a\s+lift|a\s+seat|a\s+spot)\b)|understand)\s+"
    r"(?!how\b|it\b|this\b|that\b|why\b|what\b)(?P<what5>[^?.!,]*)"
    # "how do you say 'i'm hungry' in japanese", "translate this into french": a translation, not the course's
    r"|\bhow\s+(?:do|would|can|should)\s+(?:you|u|i|we|one)\s+say\b(?P<what6>[^?.!,]*)"
    r"|(?:^|\b(?:you|u|pls|plz|please|just)\s+)translate\s+(?P<what7>[^?.!]*?)\s+(?:in)?to\s+\w+"
)
# What every match of _TUTORING holds (each of its ways of asking has "how" or one of the other words)
_TUTORING_NEEDS = ("how", "explain", "teach", "understand", "translate", "get")
# The work itself asked to be done ("can u just design my board game for project 1", "could you write my essay"):
# what follows names none of the course's business, though it may name its item
_DO_MY_WORK = re.compile(
    r"\b(?:can|could|will|would)\s+(?:you|u|ya)\s+(?:just\s+|please\s+|pls\s+|plz\s+)?"
    r"(?:do|write|design|solve|finish|complete|draft|code|make)\s+(?:my|our|the\s+whole)\b(?P<what>[^?.!]*)"
)
# The answers themselves asked for ("can someone just send me the quiz 2 answers", "anyone got the answer key for the
# lab quiz"): answers to the course's work, which no course page gives a student
_ANSWERS_WANTED = re.compile(
    r"\b(?:send|give|share|dm|pm|text|email|tell|post|leak)\s+(?:me|us|me\s+and\s+\w+)\s+(?:all\s+)?(?:the|your|ur|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:answers?|solutions?|answer\s+key|answer\s+sheet)\b"
    r"|\b(?:anyone|someone|anybody|somebody|any1|some1)\s+(?:\w+\s+)?(?:have|has|got|get)\s+(?:the|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:answers|answer\s+key|answer\s+sheet)\b"
)
_DO_MY_WORK_GATE = gate("my our whole")  # what every match of _DO_MY_WORK holds after its verb
_ANSWERS_WANTED_GATE = gate("answer solution")  # what every match of _ANSWERS_WANTED ends on
# Words that make a how-to the course's own business ("explain how to calculate my grade", "how to submit the lab")
_LOGISTICS = words_of(
    """grade grades graded grading mark marks score scores points percent percentage average weight weighting weighted
    late deadline deadlines due submit submitting submission upload register enrol enroll sign join contact
    email room rooms link zoom section sections extension extensions regrade attendance attend book booking request
    apply swap switch drop withdraw access gpa penalty penalties"""
)


# "i can't get cmake working", "can't get my code to build": a setup that fails, not a concept unexplained
_SET_UP = re.compile(
    r"\bto\s+(?:work|build|compile|run|load|open|install|connect|start|launch|sync|upload|submit|show|render|print"
    r"|save|export|import|download|log\s*in|sign\s*in)\b|\b(?:working|running|installed|loading|loaded|started|going)\b"
)
# A clause after a told difficulty that asks to be taught after all ("i don't get bayes rule, can you explain it")
_TEACH_ASKED = re.compile(r"\b(?:explain|teach|understand|walk\s+me|go\s+over|help\s+me|means?|meant)\b")


def _tutoring(course: Course, sentence: str) -> bool:
    """A request to be taught the subject, not told about the course: what follows names none of its business and
    none of its own items ("hw3", "the midterm"), nor a rule or thing the course's own rules hold ("the curve", "the
    turnitin thing"). A difficulty told before another question ("i can't get to campus friday, is lecture
    recorded", "i don't get the proof, is it on the exam") is that question's, not a request to be taught."""
    if not holds_fragment(sentence, _TUTORING_NEEDS):
        return False  # most sentences ask no teaching: its long pattern is not tried at every position
    found = _TUTORING.search(sentence)
    if not found:
        return False
    if found.group("what5") is not None:
        rest = sentence[found.end() :].lstrip(" ,;:-")
        if _SET_UP.search(found.group("what5")) or (_asking(rest) and not _TEACH_ASKED.search(rest)):
            return False
    if not NAMED_RULE_NEEDS.isdisjoint(phrase_key(sentence)) and (
        (name := rule_name(sentence)) is not None and (policy_named(course, name) is not None or name.timed)
    ):
        return False  # "explain the writeup rule", "the 3 day rule": a rule of the course, never the subject
    what = set(phrase_key(next((g for g in found.groups() if g), "")))
    # "explain how to use grace days / gradescope / the iclicker": the course's own rules and tools, never the
    # subject; a topic of the schedule ("how to do three-point crosses") is not among these names
    return (
        bool(what - STOPWORDS)
        and _LOGISTICS.isdisjoint(what)
        and _ITEM_NAMES.get(course, "items", lambda: _item_names(course)).isdisjoint(what)
        and _TOOLS.get(course, "tools", lambda: _tools_of(course)).isdisjoint(what - STOPWORDS)
        and (
            not any(found.group(g) for g in _CONCEPT_GROUPS)
            or (
                _RULE_WORDS.get(course, "rules", lambda: _rule_words(course)).isdisjoint(what - STOPWORDS)
                and not _rules_hold(course, what)
            )
        )
    )


def _rules_hold(course: Course, what: set[str]) -> bool:
    """Whether every word of what is asked to be explained, but the vague ones ("thing", "rules"), is held by the
    course's own rules ("the calculator rules", "the turnitin thing", "the hurdle"): its policies, exam rules, grade
    scale and late policy, never its schedule's topics (a lecture on Bayes' rule does not make it a rule)."""
    content = what - STOPWORDS - _VAGUE
    held = _RULE_TEXT.get(course, "rule text", lambda: _rule_text(course))
    return bool(content) and all(stem(w) in held for w in content)


# Words that name no particular thing: "the turnitin thing", "the calculator rules", "what counts as plagiarism"
_VAGUE = words_of(
    "thing things stuff rule rules part bit whole deal exactly means mean meant counts count works work about like"
)
_RULE_TEXT: Kept[frozenset[str]] = Kept(size=32)


def _rule_text(course: Course) -> frozenset[str]:
    """The word stems of every rule the course states, as its page words them."""
    texts = [f"{p.title} {' '.join(p.keywords)} {p.summary} {p.quote}" for p in course.policies]
    texts += [c.evidence for p in course.policies for c in p.claims]
    texts += [f"{' '.join(e.rules)} {e.if_missed}" for e in course.exams]
    texts += [course.late.quote, *(a.quote for a in course.attendance)]
    scale = course.grade_scale
    if scale is not None:
        texts += [scale.quote, scale.curve_text, scale.rounding.text if scale.rounding else ""]
        texts += [f"{h.name} {h.missed}" for h in scale.hurdles or ()]
    return frozenset(stem(w) for t in texts for w in phrase_key(t) if w not in STOPWORDS)


# the groups of a concept asked to be explained or translated (not a how-to): these may also name the course's rules
_CONCEPT_GROUPS = ("what4", "what5", "what6", "what7")


def _work_asked_done(sentence: str) -> bool:
    """A request that the bot do the student's work ("can u just design my board game for project 1"), not one about
    the course's business ("can you write my extension request"): the work may be one of the course's items."""
    found = _DO_MY_WORK.search(sentence)
    return bool(found) and _LOGISTICS.isdisjoint(phrase_key(found.group("what")))


# The course's own business besides its items and tools, as words: "explain the attendance rule", "i dont get the
# lab schedule" ask about the course, never the subject
_COURSE_WORDS = words_of(
    """policy policies syllabus schedule course class classes lecture lectures exam exams midterm final
    quiz quizzes homework assignment assignments project projects feedback rubric instructions question questions
    announcement announcements email message form calendar timetable week weeks office hours curve curved curving
    plagiarism plagiarise plagiarize plagiarizing cheating integrity misconduct hurdle hurdles"""
)
_RULE_WORDS: Kept[frozenset[str]] = Kept(size=32)


def _rule_words(course: Course) -> frozenset[str]:
    """The words of the course's policy titles and meeting kinds ("collaboration", "conversation lab"), with the
    course's business words: what a request to explain the course's own rules holds."""
    names = {w for p in course.policies for n in (p.id, p.title) for w in phrase_key(n)}
    names |= {w for k in course.meeting_kinds for n in (k.id, k.name) for w in phrase_key(n)}
    return frozenset((names | _COURSE_WORDS) - STOPWORDS)


_TOOLS: Kept[frozenset[str]] = Kept(size=32)


def _tools_of(course: Course) -> frozenset[str]:
    """The course's own tools and allowances as words: its sites ("gradescope", "iclicker") and its late pool
    ("grace days"); a meeting kind's or a policy's words are not among them ("problem-solving session" must not make
    "three point cross problems" the course's)."""
    pool = course.late.pool
    names = {w for p in course.platforms for n in (p.id, p.name) for w in phrase_key(n)}
    names |= {w for n in ((pool.name, pool.plural) if pool else ()) for w in phrase_key(n)}
    return frozenset(names - STOPWORDS)


_ITEM_NAMES: Kept[frozenset[str]] = Kept(size=32)


def _item_names(course: Course) -> frozenset[str]:
    """The course's own items as students name them: assignments' ids and short names, exams' ids and titles."""
    names = {w for a in course.assignments for n in (a.id, a.short) for w in phrase_key(n)}
    names |= {w for e in course.exams for n in (e.id, e.title, *e.aliases) for w in phrase_key(n)}
    return frozenset(w for w in names - STOPWORDS if not w.isdigit())  # "exam 3": not "three point crosses"


def outside_course(course: Course, question: str, *, holds: Callable[[str], bool]) -> str | None:
    """Why the question is about something other than this course, said to the student; None when it is not.
    `holds` says whether a text of the course holds a word (a service the course itself names is its own)."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    # a story's sentences ("the registrar put my econ final at 8am") tell; only the asking ones are read
    sentences = split_sentences(lowered)
    asking = [s for s in sentences if _asking(s)] if len(sentences) > 1 else [lowered]
    other = _other_course(course, asking) or other_subject(course, asking, holds=holds)  # "the tort law exam"
    if other:
        return f"That is about {other}, not {course.code}: I answer only from {course.code}'s course page."
    # each pattern below is tried only when the question holds a word every match of it holds (its gate)
    # the question scanned once for every gate below: as typed, the scan every other reader of it shares (a gate's
    # fragments hold no space, so the text with its spaces run together holds the same ones)
    said = scanned(question)
    if (
        _UNIVERSITY_GATE.opens(said)
        and any(_UNIVERSITY.search(s) for s in asking)
        and not policy_enrolls(course, lowered)
    ):
        return (
            "That is the university's calendar or registration, not this course's: the course page does not give it. "
            "The registrar's office or your adviser can."
        )
    registry = (
        _REGISTRY_GATE.opens(said) and any(_REGISTRY.search(s) for s in asking) and not stated_standing(course, lowered)
    )
    if registry or (_INCOMPLETE_GATE.opens(said) and _INCOMPLETE.search(lowered) and not holds("incomplete")):
        return _records(course)
    if _DEPARTMENT_GATE.opens(said) and any(_DEPARTMENT.search(s) for s in asking):
        return (
            f"That is about the department's staff, not {course.code}'s: the course page lists only the course's own "
            "staff. The department's office or website can help."
        )
    term = next((t for s in asking if (t := _other_term(course, s))), None) if _TERM_GATE.opens(said) else None
    if term:
        return (
            f"That is about {term}, not {course.term}: the course page covers only {course.term}. "
            "The university's academic calendar has the dates of other terms."
        )
    service = next((m for s in asking if (m := _SERVICES.search(s))), None) if _SERVICES_GATE.opens(said) else None
    if service and not all(holds(w) for w in phrase_key(service.group(0))):
        service_name = service.group(0)
        return f"The {service_name} is a campus service, not part of {course.code}: the course page says nothing of it."
    if service and any(_SERVICE_WHERE.search(s) for s in asking):
        return (
            f"The {service.group(0)} is a campus service, not part of {course.code}: the course page names it but does "
            "not say where it is. The university's campus map does."
        )
    if _PERSONAL_GATE.opens(said) and (matter := _personal_matter(course, asking, holds)):
        return _own_matter_said(course, matter)
    hours = next((m for s in asking if (m := _FACILITY_HOURS.search(s))), None) if _FACILITY_GATE.opens(said) else None
    if hours:
        place = hours.group("place") or hours.group("named") or hours.group("opened")
        return (
            f"The {place}'s opening hours are not something {course.code}'s course page gives; the {place}'s own "
            "page does."
        )
    view = next((m for s in asking if (m := _VIEW.search(s))), None) if _VIEW_GATE.opens(said) else None
    if view and _NOT_VIEWED.isdisjoint(phrase_key(view.group("thing") or "")):
        return (
            "That asks for a view on the subject itself, which no course page settles: I answer only from "
            f"{course.code}'s course page. It's a good one to raise in class or on the forum."
        )
    subject = next((m for s in asking if (m := _SUBJECT.search(s))), None) if _SUBJECT_GATE.opens(said) else None
    if subject and not _course_pair(course, subject.group("pair") or ""):
        return "That is a question about the subject itself, not the course: I answer only from the course page."
    if (
        _WEATHER_GATE.opens(said)
        and any(_WEATHER.search(s) for s in asking)
        and not any(_WEATHER_RULE.search(s) for s in asking)
    ):
        return f"The weather forecast is not something {course.code}'s course page gives; a weather service has it."
    money = _money_asked(course, asking, said, holds)
    if money:
        return f"{money} is not something {course.code}'s course page gives: I answer only from the course page."
    if _ADVICE_GATE.opens(said) and any(_ADVICE_BEYOND.search(s) for s in asking):
        return (
            f"That asks for advice beyond {course.code} (other courses, instructors or terms), which its course page "
            "does not give. Your adviser or the department can help."
        )
    if _DO_MY_WORK_GATE.opens(said) and any(_work_asked_done(s) for s in asking):
        return (
            "That asks me to do the work itself, which I can't: I answer only from "
            f"{course.code}'s course page (its deadlines, rules and schedule). Office hours are the place to get help "
            "with it."
        )
    if _ANSWERS_WANTED_GATE.opens(said) and any(_ANSWERS_WANTED.search(s) for s in asking):
        return (
            "That asks for the answers to the course's work, which I can't give: I answer only from "
            f"{course.code}'s course page (its deadlines, rules and schedule). Office hours are the place to get help "
            "with it."
        )
    if any(_tutoring(course, s) for s in asking):
        return (
            "That asks to be taught the subject itself, which the course page does not do: I answer only from "
            f"{course.code}'s course page. Office hours or the course forum are the place for it."
        )
    return None


def _money_asked(course: Course, asking: list[str], said: Scan, holds: Callable[[str], bool]) -> str | None:
    """What money matter outside the course the question asks ("A market's level today", "A payout"), None when none:
    a live value never of the course's own things ("whats my grade at rn"), a payout the course's page never names."""
    if _LIVE_VALUE_GATE.opens(said):
        for sentence in asking:
            found = _LIVE_VALUE.search(sentence)
            thing = set(phrase_key(found.group("thing") or "")) if found else set()
            own = _LOGISTICS | _COURSE_WORDS | _ITEM_NAMES.get(course, "items", lambda: _item_names(course))
            if found and own.isdisjoint(thing) and not thing & {"my", "our", "ur", "your"}:
                return "A price or market level today"
    if _PAYOUT_GATE.opens(said):
        found = next((m for s in asking if (m := _PAYOUT.search(s))), None)
        if found and not all(holds(w) for w in phrase_key(found.group(0)) if w not in STOPWORDS):
            return "A payout, grant or wage"
    return None


def asked_elsewhere(course: Course, question: str, part: str, *, holds: Callable[[str], bool]) -> str | None:
    """Why the question is about something other than this course when the part read from it only tells (a story:
    "random question, i'm flying out on the 13th") and what it asks is elsewhere ("does the campus shuttle run that
    early"); None when the part read asks something itself, or the question asks about this course."""
    if _INCOMPLETE.search(question.lower()) and not holds("incomplete"):
        return _records(course)  # "can i get an incomplete ... is that a thing here": whichever part was read
    if " ".join(part.split()) == " ".join(question.split()) or _asking(part.lower()):
        return None
    return outside_course(course, question, holds=holds)


# A term of study named: "semester 2", "term 3", "next semester", "spring semester", "fall 2025"
_SEASONS = r"(?:spring|summer|fall|autumn|winter)"
_TERM_WORDS = r"(?:semester|term|trimester|quarter)"
# not "next session" (a class's) nor "t2" (a tutorial group's name): only words that name a term of study
_TERM = re.compile(
    rf"\b(?:{_TERM_WORDS}|sem)\s*(?P<number>[1-4]|one|two|three|four)\b|\bnext\s+{_TERM_WORDS}\b"
    # "who teaches it next fall", "applications for next year": a term after this one, whatever its season (not a
    # time this term's things are placed against: "is the final before next year"), nor "next spring break"
    rf"|(?<!before\s)(?<!until\s)(?<!after\s)(?<!till\s)(?<!by\s)"
    rf"\b(?:next|nxt)\s+(?:(?P<next_season>{_SEASONS})|(?P<next_year>(?:academic\s+|school\s+)?year|yr))\b"
    r"(?!\s*(?:'s\s+)?(?:break|recess|holidays?|vacation|hols|reading\s+week))"
    rf"|\b(?P<ordinal>first|second|third|1st|2nd|3rd)\s+(?:semester|trimester)\b"
    rf"|\b(?P<season>{_SEASONS})\s+(?:{_TERM_WORDS}\b|session\b|(?P<year>20\d\d)\b)"
)
# A term's number however it is written: "Semester 1", "Semester One", "First Semester", "Trimester II"
_OWN_NUMBER = re.compile(
    rf"\b(?:{_TERM_WORDS}|sem)\s*(?P<number>[1-4]|one|two|three|four|i{{1,3}}|iv)\b"
    rf"|\b(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+{_TERM_WORDS}\b"
)
_NUMBERS = {
    **dict.fromkeys(("1", "one", "i", "first", "1st"), 1),
    **dict.fromkeys(("2", "two", "ii", "second", "2nd"), 2),
    **dict.fromkeys(("3", "three", "iii", "third", "3rd"), 3),
    **dict.fromkeys(("4", "four", "iv", "fourth", "4th"), 4),
}
# what every match of _TERM holds: a word for a term ("sem" of "semester", "mester" of "trimester") or a season
_TERM_GATE = gate("sem term mester quarter spring summer fall autumn winter year yr")
# Words before a term that make it a condition of a question about this course ("i took it last semester, ...")
_TERM_CONTEXT = re.compile(r"\b(?:took|taking|take|retake|retaking|had|have|if|since|was|were|in\s+my)\b")


# The student's own plans told before a later term ("i'm going abroad next spring", "i want to do a masters next
# year"), or a question that goes on after it ("..., so can i take the final early"): a story, not what is asked
_STORY_BEFORE = re.compile(
    r"\b(?:i'?m|i\s+am|i'?ll|i\s+will|we'?re|we\s+are|i\s+want|i\s+plan|i\s+hope|planning|going|graduat\w*|leav\w*)\b"
)
_CLAUSE_AFTER = re.compile(r"^\s*(?:[,;:]|\s(?:so|but|and|then)\b)\s*\w")


def _other_term(course: Course, sentence: str) -> str | None:
    """Another term than the course's, asked about ("when does semester 2 start" of a Semester 1 course), or None."""
    found = _TERM.search(sentence)
    if found is None or _TERM_CONTEXT.search(sentence[: found.start()]):
        return None
    own = course.term.lower()
    if found.group("next_year") and _spans_years(course):
        return None  # "is the final next year" of a course whose exams fall in January: its own
    if (found.group("next_year") or found.group("next_season")) and (
        _STORY_BEFORE.search(sentence[: found.start()]) or _CLAUSE_AFTER.search(sentence[found.end() :])
    ):
        return None  # "im graduating next year, do i need to take the final": the student's plans, told
    number = found.group("number") or found.group("ordinal")
    if number is not None:
        ours = _OWN_NUMBER.search(own)
        if ours is None:
            return None
        return None if _NUMBERS[ours.group("number") or ours.group("ordinal")] == _NUMBERS[number] else found.group(0)
    season = found.group("season")
    if season is not None:
        same = {"fall": "autumn", "autumn": "fall"}.get(season)
        if season in own or (same and same in own):
            year = found.group("year")
            return found.group(0) if year and year not in own else None
        return found.group(0)
    return found.group(0)  # "next semester"


def _spans_years(course: Course) -> bool:
    """Whether the course's own dates (its term, its exams) fall in more than one calendar year."""
    years = {course.term_first.year, course.term_last.year, *(e.date.year for e in course.exams)}
    return len(years) > 1


def own_matter(course: Course, question: str, *, holds: Callable[[str], bool]) -> str | None:
    """Why the page cannot answer a question about the student's own matter ("who should i ask about my scholarship"),
    said to the student; None when the question asks of no such matter."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    if not _PERSONAL_GATE.opens(scanned(question)):  # (the scan other readers share: see outside_course)
        return None
    sentences = split_sentences(lowered)
    asking = [s for s in sentences if _asking(s)] if len(sentences) > 1 else [lowered]
    matter = _personal_matter(course, asking, holds)
    return _own_matter_said(course, matter) if matter else None


def _own_matter_said(course: Course, matter: str) -> str:
    return (
        f"Your {matter} is not something {course.code}'s course page covers, so I can't say who handles it; the "
        "university's own office for it can. Questions about the course itself go to its staff."
    )


def _personal_matter(course: Course, asking: list[str], holds: Callable[[str], bool]) -> str | None:
    """The student's own matter the question asks about ("my housing"), when no course business is named beside it
    and the course's own text does not hold it (a course on housing policy asks of its own topic); else None."""
    for sentence in asking:
        found = _PERSONAL_MATTER.search(sentence)
        if found is None:
            continue
        # "the deadline for erasmus applications": the deadline is the matter's own, not the course's
        group = "matter" if found.group("matter") else "office_of"
        before = _MATTER_DEADLINE.sub(" ", sentence[: found.start(group)])
        rest = _MATTER_PAPERS.sub(" ", before + sentence[found.start(group) :])
        if _COURSE_BUSINESS.search(rest) or _item_names(course) & set(phrase_key(sentence)):
            continue
        matter = " ".join(found.group(group).split())
        if not all(holds(w) for w in phrase_key(matter)):
            return matter
    return None


def unnumbered_term(course: Course, question: str) -> str | None:
    """The numbered term the question names ("semester one") when the course's own term carries no number ("Spring
    2026"), or None: the page cannot say which number its term has."""
    found = _TERM.search(question.lower())
    if found is None or not (found.group("number") or found.group("ordinal")):
        return None
    return found.group(0) if _OWN_NUMBER.search(course.term.lower()) is None else None


def _records(course: Course) -> str:
    return (
        "That is the university's records and registration (credits, enrolment letters, incomplete grades), "
        f"not something {course.code}'s course page gives. The registrar's office or your adviser can."
    )


_OWN: Kept[tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]] = Kept(size=32)


def _own_names(course: Course) -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    """The course's own numbers and section names, its places, and what follows a number naming a course's work or
    its meeting kinds, as a pattern: once per course."""
    own = {"".join(phrase_key(n)) for n in (*course.numbers, course.code)}
    own |= {short.group() for n in own if (short := _SHORT.match(n))}
    own |= {"".join(phrase_key(s)) for sec in course.sections for s in (sec.id, sec.name, *sec.aliases)}
    places = tuple("".join(phrase_key(p)) for p in course_places(course))
    # the course's own kinds of meeting ("the chem 1210 recitation") are asked of a course too
    kinds = "|".join(re.escape(n.lower()) for k in course.meeting_kinds for n in (k.name, k.plural, *k.aliases)) or "$^"
    return frozenset(own), places, re.compile(rf"\s*(?:'s\s+)?(?:{_ITEMS}|{kinds})\b")


def _other_course(course: Course, asking: list[str]) -> str | None:
    """Another course's number or "another module", asked about (not a condition of a question about this one)."""
    own, places, of_work = _OWN.get(course, "own", lambda: _own_names(course))
    for sentence in asking:
        numbers = _NUMBER.finditer(sentence) if _A_DIGIT.search(sentence) else ()  # no digit, no number
        for m in numbers:
            said = m.group(0)
            if "".join(phrase_key(said)) in own or (m.group(2) and not m.group(1) and _is_word(m.group(2))):
                continue
            if any("".join(phrase_key(said)) in place for place in places):
                continue  # "wean 7500": a room of this course
            rest = sentence[m.end() :]
            if of_work.match(rest) or _GRADED_OF.search(sentence[: m.start()]):
                return said
        found = _OTHER.search(sentence) if "other" in sentence or "different" in sentence else None
        if found and not _CONTEXT.search(sentence[: found.start()]):
            return "another " + found.group(0).split()[-1].rstrip("s")
    return None


def _asking(sentence: str) -> bool:
    """A sentence that asks (a question word first, or a question mark), not one that tells."""
    words = phrase_key(sentence)
    return sentence.rstrip().endswith("?") or (bool(words) and words[0] in _ASKS)


_ASKS = words_of("when what whats where which who how is are was do does did can could will would should")
# Letters before a number that are ordinary words, not a department ("at 1130", "room 310", "in 2024")
_NOT_DEPARTMENT = words_of("at in on by room rm hall from to the a and or of for is are was due")


def _is_word(letters: str) -> bool:
    return letters in _NOT_DEPARTMENT


def _course_pair(course: Course, pair: str) -> bool:
    """ "the difference between 405 and 605", "between hw and the project": course things, not the subject. Each
    thing compared is named in the course's own words; "git merge and git rebase" shares "git" with a lab's name but
    "rebase" is the subject's, not the course's."""
    names = _course_names(course)
    sides = [set(phrase_key(side)) - STOPWORDS for side in _SIDES.split(pair)]
    return all(_named_side(words, names) for words in sides if words) and any(sides)


# Where the things compared part: "a and b", "a vs b", "a or b"
_SIDES = re.compile(r"\s+(?:and|vs\.?|versus|or)\s+|\s*/\s*")


def _named_side(words: set[str], names: frozenset[str]) -> bool:
    """A thing compared that the course names: every word of it is the course's, a number or a letter ("section b")."""
    return all(
        w in names or w.removesuffix("s") in names or f"{w}s" in names or len(w) == 1 or w.isdigit() for w in words
    )


_NAMES: Kept[frozenset[str]] = Kept(size=32)


def _course_names(course: Course) -> frozenset[str]:
    """The words the course names its own things with, once per course."""
    return _NAMES.get(course, "names", lambda: frozenset(_names_of(course)))


def _names_of(course: Course) -> set[str]:
    """Course numbers, sections, items, exams, meeting kinds, policies, roles and the late pool, as words."""
    names = {w for n in (*course.numbers, course.code) for w in phrase_key(n)}
    names |= {w for s in course.sections for n in (s.id, s.name, *s.aliases) for w in phrase_key(n)}
    # a title's name, not its subtitle ("Lab Report 3: Empirical formula of MgO" names no "empirical formula")
    names |= {w for a in course.assignments for n in (a.id, a.short, a.title.split(":")[0]) for w in phrase_key(n)}
    names |= {w for e in course.exams for n in (e.id, e.title, *e.aliases) for w in phrase_key(n)}
    names |= {w for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) for w in phrase_key(n)}
    names |= {w for a in course.assignments for w in phrase_key(a.kind.replace("_", " "))}
    names |= {w for p in course.policies for n in (p.title, *p.keywords) for w in phrase_key(n)}
    names |= {w for p in course.people for w in phrase_key(p.role_title)}
    pool = course.late.pool
    names |= {w for n in ((pool.name, pool.plural) if pool else ()) for w in phrase_key(n)}
    # what the course calls office hours, whatever it calls them, and the sites it uses ("gradescope", "iclicker")
    help_hours = course.help_hours
    names |= {w for n in (help_hours.name, help_hours.plural, *help_hours.aliases) for w in phrase_key(n)}
    names |= {"office", "hours", "oh", "ohs"}
    names |= {w for p in course.platforms for n in (p.id, p.name) for w in phrase_key(n)}
    names |= {"section", "sections", "grad", "graduate", "undergrad", "undergraduate", "version", "versions"}
    return names
