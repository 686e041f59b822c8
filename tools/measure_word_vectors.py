"""Measures what static word vectors (tools/word_vectors.py) would add to the forum search, on the dev FAQs
(tests/evaluation/questions/round1{2,4,5}-*) and the repository's sets (tests/qa/search_quality). Never run by CI or
the tests; held-out rounds are never read. Needs numpy beside the bot (`pip install numpy` in the venv it runs in).

    python tools/measure_word_vectors.py --table /tmp/wv128.bin --cache /tmp/wv128.pickle
    # the full model's cosines in place of the table's (the second step in the model's venv):
    python tools/measure_word_vectors.py --cache /tmp/wv128.pickle --texts /tmp/texts.json
    python tools/build_word_vectors.py --texts /tmp/texts.json --out /tmp/full.json
    python tools/measure_word_vectors.py --cache /tmp/wv128.pickle --cosines /tmp/full.json

Runs today's search (bot.qa.suggest.similar) on every question, recording every entry's lexical score as
bot.qa.ranking scores it (gates aside), and two meaning signals to each entry: the cosine of the question's vector to
the entry's (its question, its answer at ANSWER_MIX), and a soft word alignment (each question word's best cosine to
an entry word, SIF-weighted: how much of the question the entry covers, and of the entry's question the question asks,
the lexical ranking's recall and coverage with "same word" read as "close vector"). Then, by set (right entry first /
in the top three / silent when the FAQ does not cover the question):
- each way of combining them, over a grid, and for each way the setting with the most right answers first that keeps
  every course's silence (the bar for shipping it);
- with --expand, the vectors as a thesaurus instead: a question word the FAQ never uses joined by its nearest FAQ word;
- where today's search is silent, how the questions the signal is surest of split into right, uncovered (a rescue
  breaks silence) and another entry (a rescue is a confident wrong answer).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import pickle
import re
import statistics
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.course.loader import load_course  # noqa: E402
from bot.qa import ranking, suggest  # noqa: E402
from bot.qa.faq_file import read_faq  # noqa: E402
from bot.qa.knowledge import import_faq  # noqa: E402
from bot.store.database import Store  # noqa: E402
from tests.qa.search_quality.score import SETS  # noqa: E402
from tests.questions.score import course_folder  # noqa: E402
from tools import word_vectors  # noqa: E402

EVALUATION = ROOT / "tests" / "evaluation" / "questions"
QUALITY = ROOT / "tests" / "qa" / "search_quality"
ANSWER_MIX = 0.5  # an entry's vector: its question's plus its answer's at this weight
ANSWER_ALIGN = 0.5  # a question word's closeness to a word of the entry's answer counts this much


@dataclass
class Asked:
    text: str
    expect: str
    lexical: list[str]  # today's suggestions, best first
    raw: dict[str, tuple[float, bool, bool]]  # entry question -> (lexical score by its question, mismatch, on subject)
    cos: dict[str, float]  # entry question -> cosine
    soft: dict[str, tuple[float, float]] = field(default_factory=dict)  # entry question -> (recall, coverage)


def dev_sets() -> list[tuple[str, Path, Path, Path, int | None]]:
    out = []
    for questions in sorted(EVALUATION.glob("round1*-questions-*.toml")):
        faq = questions.with_name(questions.name.replace("-questions-", "-faq-")).with_suffix(".md")
        course_id = questions.stem.split("questions-", 1)[-1]
        out.append((questions.stem.replace("-questions", ""), faq, questions, course_folder(course_id), None))
    for name, (faq, questions, data, *half) in SETS.items():
        out.append((name, QUALITY / faq, QUALITY / questions, ROOT / data, half[0] if half else None))
    return out


class Aligner:
    """The soft word alignment, with numpy (this measures; the bot would need it only if this shipped)."""

    def __init__(self, table: word_vectors.WordVectors) -> None:
        import numpy as np

        self.np, self.table = np, table
        rows = np.frombuffer(table.rows.tobytes(), np.int8).reshape(-1, table.dims) * np.array(table.scale, np.float32)
        self.rows = rows / (np.linalg.norm(rows, axis=1, keepdims=True) + 1e-9)
        self.weights = np.frombuffer(table.weights, np.uint8).astype(np.float32) / 255

    def words(self, text: str):  # type: ignore[no-untyped-def]
        ids = list(
            dict.fromkeys(i for w in word_vectors.words_of(text) for i in self.table.pieces(w) if self.table.weights[i])
        )
        return self.rows[ids], self.weights[ids]

    def align(self, asked, question, answer) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        (q, wq), (eq, we), (ea, _) = asked, question, answer
        if not len(q) or not len(eq):
            return 0.0, 0.0
        close = q @ eq.T
        best = close.max(1)
        if len(ea):
            best = self.np.maximum(best, ANSWER_ALIGN * (q @ ea.T).max(1))
        return float((wq * best).sum() / wq.sum()), float((we * close.max(0)).sum() / we.sum())


def measure(table: word_vectors.WordVectors) -> dict[str, list[Asked]]:
    recorded: list[ranking.Scored] = []
    real_score = ranking.score

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        s = real_score(*args, **kwargs)
        recorded.append(s)
        return s

    aligner = Aligner(table)
    ranking.score = recording  # type: ignore[assignment]
    out: dict[str, list[Asked]] = {}
    try:
        for name, faq, questions, data, half in dev_sets():
            course = load_course(data)
            store = Store(":memory:", zone=course.tz)
            pairs = read_faq(faq.name, faq.read_bytes())
            import_faq(store, course, 1, pairs, by=0, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
            vectors = {
                p.question: word_vectors.mix(table.vector(p.question), table.vector(p.answer), ANSWER_MIX)
                for p in pairs
            }
            words = {p.question: (aligner.words(p.question), aligner.words(p.answer)) for p in pairs}
            items = tomllib.loads(questions.read_text())["q"]
            asked = []
            for item in items if half is None else items[half::2]:
                recorded.clear()
                found = suggest.similar(store, course, 1, item["text"])
                raw = {}
                for s in recorded:
                    entry = store.qa_entries.get(s.key)
                    raw[entry.question] = (s.plain if s.plain >= 0 else s.score, s.mismatch, s.on_subject)
                v = table.vector(item["text"])
                own = aligner.words(item["text"])
                asked.append(
                    Asked(
                        item["text"],
                        item["expect"],
                        [s.question for s in found],
                        raw,
                        {q: word_vectors.cosine(v, ev) for q, ev in vectors.items()},
                        {q: aligner.align(own, *w) for q, w in words.items()},
                    )
                )
            out[name] = asked
            store.close()
            print(f"measured {name}: {len(asked)}", file=sys.stderr)
    finally:
        ranking.score = real_score  # type: ignore[assignment]
    return out


Policy = Callable[[Asked], list[str]]
Figures = tuple[int, int, int, int, int]  # covered, first, top three, uncovered, silent


def figures(asked: list[Asked], policy: Policy) -> Figures:
    covered = first = top3 = uncovered = silent = 0
    for a in asked:
        got = policy(a)
        if a.expect:
            covered += 1
            first += got[:1] == [a.expect]
            top3 += a.expect in got[:3]
        else:
            uncovered += 1
            silent += not got
    return covered, first, top3, uncovered, silent


def total(data: dict[str, list[Asked]], policy: Policy, names: list[str]) -> Figures:
    sums = [0, 0, 0, 0, 0]
    for name in names:
        for i, v in enumerate(figures(data[name], policy)):
            sums[i] += v
    return tuple(sums)  # type: ignore[return-value]


def line(f: Figures) -> str:
    c, first, top3, u, silent = f
    return f"{100 * first / c:.1f} / {100 * top3 / c:.1f} / {100 * silent / max(u, 1):.1f}"


def lexical(a: Asked) -> list[str]:
    return a.lexical


def soft_f(a: Asked, q: str) -> float:
    recall, coverage = a.soft[q]
    return 2 * recall * coverage / (recall + coverage) if recall + coverage else 0.0


def lexical_best(a: Asked) -> str | None:
    scores = {q: v[0] for q, v in a.raw.items() if not v[1] and v[0] > 0}
    return max(scores, key=scores.__getitem__) if scores else None


def rescue(signal: Callable[[Asked, str], float], threshold: float, margin: float, guard: str = "") -> Policy:
    """Today's search; when it is silent, the entry the signal puts first, if it scores `threshold`, `margin` over the
    next, and (`guard`) "lexical": the lexical ranking scored it (gates aside) on the question's subject, with no
    mismatch; "agree": it is also the lexical ranking's best."""

    def policy(a: Asked) -> list[str]:
        if a.lexical:
            return a.lexical
        scores = {q: signal(a, q) for q in a.cos}
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        best, second = scores[ranked[0]], scores[ranked[1]]
        if best < threshold or best - second < margin:
            return []
        raw = a.raw.get(ranked[0])
        if guard == "lexical" and (raw is None or raw[1] or not raw[2]):
            return []
        if guard == "agree" and ranked[0] != lexical_best(a):
            return []
        return [ranked[0]]

    return policy


def rerank(weight: float) -> Policy:
    """Today's suggestions, re-ordered by their lexical score plus `weight` x cosine."""

    def policy(a: Asked) -> list[str]:
        return sorted(a.lexical, key=lambda q: -(a.raw.get(q, (0.0,))[0] + weight * a.cos[q]))

    return policy


def hybrid(weight: float) -> Callable[[Asked, str], float]:
    """Lexical score (gates aside, 0 for a mismatch) plus `weight` x cosine."""

    def signal(a: Asked, q: str) -> float:
        raw = a.raw.get(q, (0.0, False, True))
        return (0.0 if raw[1] else raw[0]) + weight * a.cos[q]

    return signal


def cosine(a: Asked, q: str) -> float:
    return a.cos[q]


def alone(threshold: float) -> Policy:
    """The three entries nearest by cosine, when the nearest is at `threshold` at least."""

    def policy(a: Asked) -> list[str]:
        ranked = sorted(a.cos, key=a.cos.__getitem__, reverse=True)
        return ranked[:3] if a.cos[ranked[0]] >= threshold else []

    return policy


def families() -> dict[str, dict[str, Policy]]:
    out: dict[str, dict[str, Policy]] = {"lexical (today)": {"": lexical}}
    out["the cosine alone"] = {f"cos >= {t}": alone(t) for t in (0.3, 0.5, 0.7)}
    out["rerank today's suggestions by + w cos"] = {f"w {w}": rerank(w) for w in (0.1, 0.2, 0.4, 0.8)}
    grid = list(itertools.product((0.4, 0.5, 0.6, 0.7, 0.8, 0.9), (0.0, 0.05, 0.1, 0.15)))
    for guard in ("", "lexical", "agree"):
        out[f"rescue by cosine{', ' + guard if guard else ''}"] = {
            f"cos >= {t}, margin {m}": rescue(cosine, t, m, guard) for t, m in grid
        }
    out["rescue by soft alignment F, lexical"] = {
        f"F >= {t}, margin {m}": rescue(soft_f, t, m, "lexical") for t, m in grid
    }
    for w in (0.3, 0.5, 1.0):
        out[f"rescue by lexical + {w} cos"] = {f">= {t}, margin {m}": rescue(hybrid(w), t, m) for t, m in grid}
    return out


def report(data: dict[str, list[Asked]], every: bool) -> None:
    dev = [n for n in data if n.startswith("round1")]
    repo = [n for n in data if not n.startswith("round1")]
    today = {n: figures(data[n], lexical) for n in data}
    print(f"{'':62s} {'dev FAQs 12, 14, 15':22s} repository's sets   (first / top three / silent)")
    for family, settings in families().items():
        kept = []
        for setting, policy in settings.items():
            per = {n: figures(data[n], policy) for n in dev}
            # Silence kept: on each dev course, and on the repository's sets together (many are a handful of questions).
            holds = (
                all(per[n][4] >= today[n][4] for n in dev)
                and total(data, policy, repo)[4] >= total(data, lexical, repo)[4]
            )
            kept.append((holds, total(data, policy, dev)[1], setting, policy))
            if every:
                print(
                    f"  {family}, {setting:42s} {line(total(data, policy, dev)):22s} {line(total(data, policy, repo))}"
                )
        loosest = max(kept, key=lambda k: k[1])
        best = max((k for k in kept if k[0]), key=lambda k: k[1], default=None)
        for label, k in (("most right", loosest), ("most right, silence kept", best)):
            if k is None:
                print(f"{family + ': ' + label:62s} no setting keeps every course's silence")
                continue
            name = f"{family}: {label} ({k[2]})" if k[2] else family
            print(f"{name:62s} {line(total(data, k[3], dev)):22s} {line(total(data, k[3], repo))}")
            if family == "lexical (today)":
                break
    for n in dev:
        print(f"  {n}: today {line(today[n])}")


def confidence(data: dict[str, list[Asked]]) -> None:
    """Where today's search is silent: of the N questions each signal is surest of, how many are covered and get their
    right entry, uncovered (a rescue would break silence), or covered but another entry first (a confident wrong)."""
    shown: dict[str, list[float]] = {"right": [], "uncovered": [], "wrong": []}
    for asked in data.values():
        for a in asked:
            if a.lexical:
                shown["right" if a.lexical[0] == a.expect else ("uncovered" if not a.expect else "wrong")].append(
                    a.cos[a.lexical[0]]
                )
    print(
        "answered today, the cosine to the entry shown (median, 10th percentile): "
        + ", ".join(
            f"{k} {statistics.median(v):.2f}, {sorted(v)[len(v) // 10]:.2f} ({len(v)})" for k, v in shown.items()
        )
    )
    signals: dict[str, Callable[[Asked, str], float]] = {"cosine": cosine, "soft alignment F": soft_f}
    for name, signal in signals.items():
        for agreeing in (False, True):
            rows = []
            for asked in data.values():
                for a in asked:
                    if a.lexical:
                        continue
                    scores = {q: signal(a, q) for q in a.cos}
                    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
                    if agreeing and ranked[0] != lexical_best(a):
                        continue
                    label = "right" if ranked[0] == a.expect else ("uncovered" if not a.expect else "wrong")
                    rows.append((scores[ranked[0]], label))
            rows.sort(key=lambda r: -r[0])
            cells = []
            for n in (10, 20, 40, 80, 160):
                top = [r[1] for r in rows[:n]]
                cells.append(f"{n}: {top.count('right')}/{top.count('uncovered')}/{top.count('wrong')}")
            base = [r[1] for r in rows]
            print(
                f"silent today, surest by {name}{' (agreeing with lexical best)' if agreeing else ''}: "
                f"{len(rows)} questions, {base.count('right')}/{base.count('uncovered')}/{base.count('wrong')} "
                f"(right / uncovered / wrong); the surest " + ", ".join(cells)
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, help="a table from tools/build_word_vectors.py (needed unless cached)")
    parser.add_argument("--cache", type=Path, required=True, help="where the measured search is kept between runs")
    parser.add_argument("--fresh", action="store_true", help="measure again even if the cache exists")
    parser.add_argument(
        "--cosines", type=Path, help="JSON {set: [[cosine of each question to each entry]]}, e.g. the full model's"
    )
    parser.add_argument("--every", action="store_true", help="print every setting of the grid, not only the best")
    parser.add_argument("--texts", type=Path, help="write {set: {entries: [[q, a]], asks: [text]}} here and stop")
    parser.add_argument(
        "--expand", type=str, help="thresholds (0.6,0.7): the vectors as a thesaurus for today's search, then stop"
    )
    parser.add_argument("--replace", action="store_true", help="with --expand: read the word as the FAQ's, not both")
    args = parser.parse_args()
    if args.expand:
        expansion(word_vectors.read(args.table.read_bytes()), [float(t) for t in args.expand.split(",")], args.replace)
        return
    if args.texts:
        args.texts.write_text(json.dumps(texts()))
        return
    if args.cache.exists() and not args.fresh:
        data = pickle.loads(args.cache.read_bytes())  # noqa: S301 (this tool's own cache)
    else:
        data = measure(word_vectors.read(args.table.read_bytes()))
        args.cache.write_bytes(pickle.dumps(data))
    if args.cosines:
        for name, matrix in json.loads(args.cosines.read_text()).items():
            for a, row in zip(data[name], matrix, strict=True):
                a.cos = dict(zip(a.cos, row, strict=True))
    report(data, args.every)
    confidence(data)


def expansion(table: word_vectors.WordVectors, thresholds: list[float], replace: bool) -> None:
    """Today's search on the question with each word the FAQ never uses (and that says something: SIF weight 0.3 at
    least) joined by (or, `replace`, read as) the FAQ's nearest word, when that is at the threshold: the vectors as a
    thesaurus, with every gate of the search kept."""
    import numpy as np

    def vector(word: str):  # type: ignore[no-untyped-def]
        v = table.vector(word)
        return None if v is None else np.array(v, np.float32)

    def says_something(word: str) -> bool:
        pieces = table.pieces(word)
        return bool(pieces) and min(table.weights[i] for i in pieces) >= 0.3 * 255

    sums = {t: {"dev": [0] * 5, "repo": [0] * 5} for t in thresholds}
    for name, faq, questions, data, half in dev_sets():
        course = load_course(data)
        store = Store(":memory:", zone=course.tz)
        pairs = read_faq(faq.name, faq.read_bytes())
        import_faq(store, course, 1, pairs, by=0, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
        known = {w for p in pairs for w in word_vectors.words_of(f"{p.question} {p.answer}") if w.isalpha()}
        vocabulary = [(w, v) for w in sorted(known) if len(w) >= 3 and (v := vector(w)) is not None]
        matrix = np.stack([v for _, v in vocabulary])
        items = tomllib.loads(questions.read_text())["q"]
        per = {t: [0] * 5 for t in thresholds}
        for item in items if half is None else items[half::2]:
            nearest = []
            for word in word_vectors.words_of(item["text"]):
                if word in known or not word.isalpha() or len(word) < 3 or not says_something(word):
                    continue
                if (v := vector(word)) is not None:
                    close = matrix @ v
                    nearest.append((word, vocabulary[int(close.argmax())][0], float(close.max())))
            for t in thresholds:
                text = item["text"]
                for word, other, closeness in nearest:
                    if closeness >= t:
                        text = re.sub(rf"\b{word}\b", other, text, flags=re.I) if replace else f"{text} {other}"
                found = [s.question for s in suggest.similar(store, course, 1, text)]
                f = per[t]
                if item["expect"]:
                    f[0], f[1], f[2] = (
                        f[0] + 1,
                        f[1] + (found[:1] == [item["expect"]]),
                        f[2] + (item["expect"] in found[:3]),
                    )
                else:
                    f[3], f[4] = f[3] + 1, f[4] + (not found)
        store.close()
        for t in thresholds:
            group = sums[t]["dev" if name.startswith("round1") else "repo"]
            group[:] = [a + b for a, b in zip(group, per[t], strict=True)]
            if name.startswith("round1"):
                print(f"  {name}, nearest FAQ word at {t}: {line(tuple(per[t]))}")  # type: ignore[arg-type]
    for t in thresholds:
        dev, repo = line(tuple(sums[t]["dev"])), line(tuple(sums[t]["repo"]))  # type: ignore[arg-type]
        print(
            f"{'replaced' if replace else 'joined'} by the nearest FAQ word at {t}: dev FAQs {dev}, repository {repo}"
        )


def texts() -> dict[str, dict[str, list]]:
    """Each set's entries and questions, in the order measured, for another model's cosines."""
    out = {}
    for name, faq, questions, _, half in dev_sets():
        items = tomllib.loads(questions.read_text())["q"]
        out[name] = {
            "entries": [[p.question, p.answer] for p in read_faq(faq.name, faq.read_bytes())],
            "asks": [i["text"] for i in (items if half is None else items[half::2])],
        }
    return out


if __name__ == "__main__":
    main()
