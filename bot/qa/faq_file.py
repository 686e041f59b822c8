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
    reader = csv.DictReader(io.StringIO(text))
    names = [c.strip().lower() for c in reader.fieldnames or []]
    columns = {c.strip().lower(): c for c in reader.fieldnames or []}
    if "question" not in columns or "answer" not in columns:
        return [], [f"the CSV needs columns question and answer (found: {', '.join(columns) or 'none'})"]
    repeated = [n for n in dict.fromkeys(names) if n in READ_COLUMNS and names.count(n) > 1]
    if repeated:  # which of the two would be meant is anyone's guess: refused rather than one silently used
        where = "; ".join(
            f"{n} is columns {', '.join(str(i + 1) for i, c in enumerate(names) if c == n)}" for n in repeated
        )
        return [], [f"the CSV repeats a column ({where}); keep one of each"]
    pairs, problems = [], []
    for row in reader:
        where = f"line {reader.line_num}"
        pair = _checked(
            row.get(columns["question"]) or "",
            row.get(columns["answer"]) or "",
            row.get(columns.get("tags", ""), "") or "",
            where,
            problems,
        )
        if pair is not None:
            pairs.append(pair)
    return pairs, problems


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
