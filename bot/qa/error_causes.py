"""Error messages pasted as a question, read as their cause.

A student pastes what the tool printed ("ModuleNotFoundError: No module named 'tqdm'", "Error in library(x): there is
no package called 'x'", "java.lang.OutOfMemoryError", a path under /Users/...); a FAQ entry is written in terms of the
cause ("the autograder only has the standard library", "use relative paths", "objects that only exist in your
session"). Each message is replaced by the words of its cause, which bot.qa.synonyms reads as one concept with the
words staff use for that cause, so both sides meet. The names inside a message (the module, the object, the path)
are dropped (they are the student's own, and no entry is about them), except a missing package's.

General programming knowledge of Python, R and the JVM only; nothing of one course or one FAQ.
"""

from __future__ import annotations

import re

# Causes, as words bot.qa.synonyms reads: each is a concept of its own, with the words that describe the cause.
MISSING_PACKAGE = "missingpackage library install"  # a package the program imports is not installed where it runs
LOCAL_PATH = "localpath locally"  # a file read by a path that exists only on the student's machine
SESSION_ONLY = "sessiononly locally"  # a name defined only in the student's own session (notebook, R environment)
OUT_OF_MEMORY = "memory"
TOO_SLOW = "slow"
KILLED = "memory timeout"  # the grader or the OS stopped the program: too much memory or too much time
JVM = "jvmerror java error"  # an error raised inside the JVM and passed up to Python (Spark's py4j bridge)
WORKS_HERE = "locally"  # it runs on the student's own machine (and fails elsewhere)
LATEX_MISSING = "latex install error"  # a PDF is made through LaTeX, which is not installed (or misses a package)
NO_JAVA = "javahome java install"  # the program could not start a Java runtime

_Q = r"""['"`‘’“”]?"""  # an optional quote around a name
_NAME = r"[\w.\-]+"
# The names are also written apart ("module not found error").
_MODULE_ERROR = r"module ?not ?found ?error|import ?error"
_PATH = r"""(?:~/|/(?:users|home|mnt|volumes|content|tmp)|[a-z]:\\)[^\s'"`‘’“”,;)]*"""

# (message, cause); the first that matches a stretch of text wins, so specific messages come before general ones.
MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), cause)
    for pattern, cause in (
        # Python: an import of something not installed.
        (rf"(?:{_MODULE_ERROR})?:?\s*no module named\s*{_Q}(?P<package>[\w\-]+)[\w.\-]*{_Q}", MISSING_PACKAGE),
        (rf"cannot import name\s*{_Q}{_NAME}{_Q}(?:\s*from\s*{_Q}{_NAME}{_Q})?", MISSING_PACKAGE),
        (rf"\b(?:{_MODULE_ERROR})\b", MISSING_PACKAGE),
        # R: library(x) of a package not installed, or a function of a package not loaded (or defined only here).
        (
            rf"(?:error in library\([^)]*\)\s*:?\s*)?there is no package called\s*{_Q}(?P<package>{_NAME}){_Q}",
            MISSING_PACKAGE,
        ),
        (
            rf"(?:error in {_NAME}\([^)]*\)\s*:?\s*)?could not find function\s*{_Q}{_NAME}{_Q}",
            f"{MISSING_PACKAGE} {SESSION_ONLY}",
        ),
        # A file that is not where the program looks: read by a path of the student's own machine.
        (rf"(?:filenotfounderror:?\s*)?\[errno 2\]\s*no such file or directory:?\s*{_Q}[^'\"`‘’“”]*{_Q}", LOCAL_PATH),
        (rf"cannot open file\s*{_Q}[^'\"`‘’“”]*{_Q}(?::\s*no such file or directory)?", LOCAL_PATH),
        (r"\b(?:file ?not ?found ?error|no such file or directory)\b", LOCAL_PATH),
        (_PATH, LOCAL_PATH),
        # A name the program uses that it never defines: it was defined in the student's session only.
        (rf"(?:nameerror:?\s*)?name\s*{_Q}{_NAME}{_Q}\s*is not defined", SESSION_ONLY),
        (rf"(?:error:?\s*)?object\s*{_Q}{_NAME}{_Q}\s*not found", SESSION_ONLY),
        (r"\bname ?error\b", SESSION_ONLY),
        # LaTeX missing where a document is turned into a PDF.
        (r"\bpdflatex not found\b|\b(?:xe|lua)?latex not found\b|!\s*latex error:[^\n?]*", f"{LATEX_MISSING}"),
        # Memory: out of it, or a process stopped for using too much.
        (r"\bjava\.lang\.outofmemoryerror\b|\b(?:out ?of ?memory ?error|memory ?error)\b", f"{OUT_OF_MEMORY} error"),
        (r"\bjava heap space\b|\bgc overhead limit exceeded\b", OUT_OF_MEMORY),
        (r"cannot allocate (?:vector|memory)(?: of size [\d.]+ ?[kmg]b)?", OUT_OF_MEMORY),
        (
            r"\b(?:r )?session (?:aborted|crashed)\b|\bfatal error\b|"
            r"\bkernel (?:died|dies|crashe[sd]|restart(?:s|ed|ing)|keeps (?:dying|restarting|crashing))\b",
            f"crash {OUT_OF_MEMORY}",
        ),
        (r"\b\d+ ?(?:gb|gigs?|gigabytes?)\b(?: of (?:ram|memory))?", OUT_OF_MEMORY),
        (r"\b(?:exit code|exited with|signal) (?:137|9|sigkill)\b|\bkilled\b", KILLED),
        # Too slow: the program never finishes, or takes the machine with it.
        (r"\b(?:takes?|taking|took) (?:forever|ages|hours|so long)\b|\b(?:runs?|running) forever\b", TOO_SLOW),
        (
            r"\bnever (?:finishes|ends|completes)\b|\bfreez(?:es|ing|e)\b|\bfroze\b|\bgrinds? to a halt\b|\bhangs\b",
            TOO_SLOW,
        ),
        # It works on the student's side: in their editor or notebook, for them.
        (
            r"\b(?:works?|runs?|worked|ran|working|running)(?: just)?(?: fine| ok| okay| perfectly| great)?"
            r" (?:in|on|for) (?:me\b|my (?:end|side|computer|machine|laptop|notebook)|rstudio|jupyter|vs ?code|spyder"
            r"|pycharm|the notebook)",
            WORKS_HERE,
        ),
        # The JVM: no Java to start, or an error inside it passed up to Python.
        (r"java gateway process exited[^.?!\n]*|unable to locate a java runtime|no java runtime present", NO_JAVA),
        (r"\bjava_home is not set\b", NO_JAVA),
        (r"\bpy4j(?:\.protocol)?\.?py4jjavaerror\b:?|\bpy4j ?java ?error\b", JVM),
        (r"an error occurred while calling\s*[\w.$]*", JVM),
        (r"\bjava\.lang\.[\w.$]+(?:exception|error)\b|\bat (?:org|java|scala)\.[\w.$]+\([^)]*\)|\bcaused by:", JVM),
    )
)

_ANY = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern, _ in MESSAGES).replace("?P<package>", ""), re.IGNORECASE
)


def read_errors(text: str) -> str:
    """The text with each error message in it replaced by the words of its cause."""
    if not _ANY.search(text):
        return text  # most questions quote no message: one scan, not one per message
    for pattern, cause in MESSAGES:
        text = pattern.sub(lambda match, cause=cause: _cause(match, cause), text)
    return text


def _cause(match: re.Match[str], cause: str) -> str:
    # A missing package keeps its name: an entry may be about that package ("How do I install the tidyverse?").
    package = match.groupdict().get("package")
    return f" {cause} {package} " if package else f" {cause} "
