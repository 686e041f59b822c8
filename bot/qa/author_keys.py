"""Keys for posts asked "anonymous to everyone": the author is stored nowhere, so following up and marking the post
resolved take a key the author was shown once; only its digest is kept."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_key() -> str:
    return secrets.token_urlsafe(12)


def key_digest(post_id: int, key: str) -> str:
    return hashlib.sha256(f"{post_id}:{key.strip()}".encode()).hexdigest()


def key_matches(digest: str | None, post_id: int, key: str | None) -> bool:
    return bool(digest and key) and hmac.compare_digest(digest, key_digest(post_id, key or ""))
