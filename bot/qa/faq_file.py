"""Reading an FAQ file for `coursebot qa import-faq`: a CSV with columns `question`, `answer` and optional `tags`,
or Markdown where each `## question` heading is followed by its answer. Every problem is named by line."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass

from bot.core.errors import UserError

MAX_QUESTION = 300
MAX_ANSWER = 4000
READ_COLUMNS = ("question", "answer", "tags")


@dataclass(frozen=True)
class FAQPair:
    question: str
    answer: str
    tags: str = ""

    @property
    def origin(self) -> str:
        """What the entry is keyed by: the question's words, so re-importing the same question updates it."""
        key = " ".join(self.question.lower().split())
        return "faq:" + hashlib.sha256(key.encode()).hexdigest()[:24]


@dataclass(frozen=True)
class FAQFile:
    """What a file holds: its pairs, and what was left out of them (a title, `# Section` headings and text under no
    question, HTML comments), one line each ("line 5: # Homework"), for the import to say."""

    pairs: list[FAQPair]
    left_out: list[str]


def read_faq(name: str, data: bytes) -> list[FAQPair]:
    """The pairs of a .csv or .md (.markdown, .txt as Markdown) file; UserError listing every problem."""
    return read_faq_file(name, data).pairs


def read_faq_file(name: str, data: bytes) -> FAQFile:
    """`read_faq`, with what the file holds that is no pair (left out, named by line)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{name} is not UTF-8 text.") from None
    left_out: list[str] = []
    pairs, problems = _csv(text) if name.lower().endswith(".csv") else _markdown(text, left_out)
    if not pairs and not problems:
        problems.append("no question and answer found (CSV: columns question, answer; Markdown: ## question)")
    seen: dict[str, int] = {}
    for number, pair in enumerate(pairs, 1):
        if pair.origin in seen:
            problems.append(f"question {number} repeats question {seen[pair.origin]} ({pair.question[:60]!r})")
        seen.setdefault(pair.origin, number)
    if problems:
        raise UserError(f"{name}: nothing imported; " + "; ".join(problems[:20]))
    return FAQFile(pairs, left_out)


def _checked(question: str, answer: str, tags: str, where: str, problems: list[str]) -> FAQPair | None:
    question, answer = " ".join(question.split()), answer.strip()
    if not question or not answer:
        problems.append(f"{where}: {'question' if not question else 'answer'} is empty")
        return None
    if len(question) > MAX_QUESTION or len(answer) > MAX_ANSWER:
        problems.append(f"{where}: longer than {MAX_QUESTION} (question) or {MAX_ANSWER} (answer) characters")
        return None
    return FAQPair(question, answer, " ".join(tags.replace(",", " ").split()))


def _csv(text: str) -> tuple[list[FAQPair], list[str]]:
    """Rows by the header's columns. A row with more fields than the header is refused, not cut: an unquoted comma
    in an answer ("No, unless staff agree") would otherwise leave staff's answer as its first words ("No")."""
    reader = csv.reader(io.StringIO(text), strict=True)  # strict: an unclosed quote is an error, not the file's end
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error:
        return [], [
            f'line {line}: a quote opened on this line is never closed; close it, or double a quote meant as text ("")'
        ]
    rows = [(n, row) for n, row in rows if any(field.strip() for field in row)]  # blank lines, a sheet's empty rows
    if not rows:
        return [], []
    header_line, header = rows[0]
    names = [c.strip().lower() for c in header]
    if "question" not in names or "answer" not in names:
        missing = " or ".join(c for c in ("question", "answer") if c not in names)
        return [], [
            f"line {header_line}: the CSV needs columns question and answer, and has no {missing} column (found: "
            f"{', '.join(n for n in names if n) or 'none'}); its first line names the columns: question,answer,tags"
        ]
    repeated = [n for n in dict.fromkeys(names) if n in READ_COLUMNS and names.count(n) > 1]
    if repeated:  # which of the two would be meant is anyone's guess: refused rather than one silently used
        where = "; ".join(
            f"{n} is columns {', '.join(str(i + 1) for i, c in enumerate(names) if c == n)}" for n in repeated
        )
        return [], [f"the CSV repeats a column ({where}); keep one of each"]
    at = {n: names.index(n) for n in READ_COLUMNS if n in names}
    pairs, problems = [], []
    for number, row in rows[1:]:
        where = f"line {number}"
        if len(row) > len(names):
            problems.append(
                f"{where}: {len(row)} fields for {len(names)} columns; quote an answer or question that holds a "
                'comma ("No, unless staff agree.")'
            )
            continue
        if len(row) <= max(at["question"], at["answer"]):  # a row may leave out trailing tags, never an answer
            lost = "answer" if len(row) <= at["answer"] else "question"
            problems.append(
                f"{where}: {len(row)} field{'s' if len(row) != 1 else ''} for {len(names)} columns, so no {lost}; "
                "each row needs a question and an answer, separated by a comma"
            )
            continue
        tags = row[at["tags"]] if "tags" in at and at["tags"] < len(row) else ""
        if _reads_as_prose(tags):
            problems.append(
                f"{where}: the tags column reads like the rest of a sentence ({tags.strip()[:40]!r}); quote an "
                'answer that holds a comma ("No, unless staff agree.")'
            )
            continue
        pair = _checked(row[at["question"]], row[at["answer"]], tags, where, problems)
        if pair is not None:
            pairs.append(pair)
    return pairs, problems


def _reads_as_prose(tags: str) -> bool:
    """Tags are a few words ("gradescope hw"); a sentence's end there is an answer split at an unquoted comma."""
    words = tags.replace(",", " ").split()
    return bool(words) and (tags.rstrip()[-1] in ".!?;:" or len(words) > 6)


def _markdown(text: str, left_out: list[str]) -> tuple[list[FAQPair], list[str]]:
    """`## question` headings, each answered by the lines up to the next heading of level 1 or 2 (ATX `#`/`##`, up to
    three spaces in, closing hashes dropped; or a setext underline), as CommonMark reads them. Code blocks are
    answer text; HTML comments (drafts) and what is under no question (a title, `# Section` headings and their
    text) are left out, each named in `left_out`."""
    pairs: list[FAQPair] = []
    problems: list[str] = []
    question: str | None = None
    start = 0
    answer: list[tuple[int, str]] = []  # the current answer's lines: (number, line)
    outside: list[tuple[int, str]] = []  # the lines under no question
    dropped: list[tuple[int, str]] = []  # what else was left out: (first line, what)

    def finish() -> None:
        if question is not None:
            pair = _checked(question, "\n".join(t for _, t in answer), "", f"line {start}", problems)
            if pair is not None:
                pairs.append(pair)

    def heading(level: int, title: str, number: int) -> None:
        nonlocal question, start, answer
        finish()
        if level == 2:
            question, start, answer = title, number, []
        else:  # a section's title: what follows it is under no question until the next one
            question, answer = None, []
            outside.append((number, "#" * level + " " + title))

    fence = ""  # the fence of the code block we are in (```, ~~~~), or "" outside one
    comment_from = 0  # the line an HTML comment we are in opened on, or 0 outside one
    for number, line in enumerate(text.splitlines(), 1):
        if comment_from:
            if "-->" in line:
                dropped.append((comment_from, _lines(comment_from, number) + ": an HTML comment <!-- … -->"))
                comment_from = 0
            continue
        marker = _FENCE.match(line)
        if fence:  # inside a code block a "## " line is code, and a "<!--" is text
            if marker and _closes(marker, fence):
                fence = ""
        elif marker:
            fence = marker.group(1)
        else:
            if _COMMENT.match(line) and "-->" not in line.split("<!--", 1)[1]:
                comment_from = number
                continue
            if "<!--" in line:
                line = _INLINE_COMMENT.sub("", line).rstrip()
                if not line.strip():
                    dropped.append((number, f"line {number}: an HTML comment <!-- … -->"))
                    continue
            if (found := _ATX.match(line)) and len(found.group(1)) <= 2:
                heading(len(found.group(1)), _ATX_CLOSING.sub("", found.group(2) or "").strip(), number)
                continue
            above = answer if question is not None else outside
            if (found := _SETEXT.match(line)) and (count := _paragraph_above(above, number)):
                # "Title" over "===" or "---" is a heading of level 1 or 2: its lines leave the text above it
                title = " ".join(t.strip() for _, t in above[-count:])
                title_at = above[-count][0]
                del above[-count:]
                heading(1 if found.group(1)[0] == "=" else 2, title, title_at)
                continue
        (answer if question is not None else outside).append((number, line))
    if comment_from:
        problems.append(f"line {comment_from}: an HTML comment <!-- is never closed with -->")
    finish()
    # each heading, and the first line of each paragraph, under no question
    text_at = {n for n, t in outside if t.strip() and not _ATX.match(t)}
    dropped += [
        (n, f"line {n}: {_shown(t)}") for n, t in outside if t.strip() and (n - 1 not in text_at or _ATX.match(t))
    ]
    left_out += [what for _, what in sorted(dropped)]
    return pairs, problems


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)$")


def _closes(marker: re.Match[str], fence: str) -> bool:
    """A closing fence: the same character, at least as long, and nothing after it (CommonMark)."""
    run = marker.group(1)
    return run[0] == fence[0] and len(run) >= len(fence) and not marker.group(2).strip()


_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*))?[ \t]*$")  # CommonMark: up to three spaces in, then #s and a space
_ATX_CLOSING = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")  # "## Is it open book? ##": the closing hashes are no words
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_COMMENT = re.compile(r" {0,3}<!--")
_INLINE_COMMENT = re.compile(r"<!--.*?-->")
_NOT_PARAGRAPH = re.compile(r" {0,3}(?:[-+*>]|\d{1,9}[.)])(?:[ \t]|$)| {4}|\t")  # a list item, a quote, code


def _paragraph_above(lines: list[tuple[int, str]], number: int) -> int:
    """How many of the last lines, just above line `number`, form a paragraph a setext underline makes a heading
    (0: none, e.g. after a blank line, or under a list item where "---" is a rule)."""
    count = 0
    for at, line in reversed(lines):
        if at != number - count - 1 or not line.strip():
            break
        if _NOT_PARAGRAPH.match(line) or _FENCE.match(line) or _ATX.match(line):
            return 0
        count += 1
    return count


def _lines(first: int, last: int) -> str:
    return f"line {first}" if first == last else f"lines {first}-{last}"


def _shown(line: str) -> str:
    line = " ".join(line.split())
    return line if len(line) <= 60 else line[:59] + "…"
