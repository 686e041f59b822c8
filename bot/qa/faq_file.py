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


def read_faq(name: str, data: bytes) -> list[FAQPair]:
    """The pairs of a .csv or .md (.markdown, .txt as Markdown) file; UserError listing every problem."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{name} is not UTF-8 text.") from None
    pairs, problems = _csv(text) if name.lower().endswith(".csv") else _markdown(text)
    if not pairs and not problems:
        problems.append("no question and answer found (CSV: columns question, answer; Markdown: ## question)")
    seen: dict[str, int] = {}
    for number, pair in enumerate(pairs, 1):
        if pair.origin in seen:
            problems.append(f"question {number} repeats question {seen[pair.origin]} ({pair.question[:60]!r})")
        seen.setdefault(pair.origin, number)
    if problems:
        raise UserError(f"{name}: nothing imported; " + "; ".join(problems[:20]))
    return pairs


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


def _markdown(text: str) -> tuple[list[FAQPair], list[str]]:
    pairs, problems = [], []
    question, start, answer = None, 0, []

    def finish() -> None:
        if question is not None:
            pair = _checked(question, "\n".join(answer), "", f"line {start}", problems)
            if pair is not None:
                pairs.append(pair)

    fence = ""  # the fence of the code block we are in (```, ~~~~), or "" outside one
    for number, line in enumerate(text.splitlines(), 1):
        marker = _FENCE.match(line)
        if fence:  # inside a code block a "## " line is code, not a new question
            if marker and _closes(marker, fence):
                fence = ""
        elif marker:
            fence = marker.group(1)
        elif line.startswith("## "):
            finish()
            question, start, answer = line[3:].strip(), number, []
            continue
        if question is not None:
            answer.append(line)
    finish()
    return pairs, problems


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)$")


def _closes(marker: re.Match[str], fence: str) -> bool:
    """A closing fence: the same character, at least as long, and nothing after it (CommonMark)."""
    run = marker.group(1)
    return run[0] == fence[0] and len(run) >= len(fence) and not marker.group(2).strip()
