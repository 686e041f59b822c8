"""What enters the bot's knowledge, and how it leaves: FAQ imports (staff-endorsed), endorsed forum answers,
answered posts offered as links, withdrawals. Terms are made here (bot.qa.terms), kept by the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.course.model import Course
from bot.qa.faq_file import FAQPair
from bot.qa.indexing import entry_terms, post_terms
from bot.store.qa_entries import RETIRED_BY
from bot.store.qa_posts import Post


@dataclass(frozen=True)
class Imported:
    added: int
    updated: int
    unchanged: int
    withdrawn: int = 0  # rows staff withdrew, skipped while their text is unchanged
    retired: tuple[str, ...] = ()  # questions of earlier imports the file no longer holds: withdrawn now
    reworded: int = 0  # of `updated`: entries whose question changed, matched by their unchanged answer

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired)


def import_faq(
    store: Any, course: Course, guild_id: int | None, pairs: list[FAQPair], *, by: int, now: dt.datetime
) -> Imported:
    """The file is the server's FAQ: its pairs become staff-endorsed entries, and what earlier imports brought that
    it no longer holds is withdrawn, so a corrected FAQ never leaves its superseded answer quoted. An entry is the
    same when its question is (in its words, spacing and case aside), or, for a reworded question, when its answer
    is unchanged. The same file twice changes nothing. A row staff withdrew stays withdrawn (skipped, and counted)
    until its text changes."""
    added = updated = unchanged = withdrawn = reworded = 0
    claimed: set[int] = set()
    # Read and written in one BEGIN IMMEDIATE transaction: a second import at once (the bot and the command line)
    # waits, then reads what this one wrote, so no question is added twice (the schema's unique key backs this).
    with store.immediate():
        existing = store.qa_entries.by_origin(guild_id)
        withdrawn_entries = store.qa_entries.withdrawn_by_origin(guild_id)
        kept = {pair.origin for pair in pairs}
        by_answer = _unique_by_answer(e for origin, e in existing.items() if origin not in kept)
        for pair in pairs:
            values = {"question": pair.question, "answer": pair.answer, "tags": pair.tags}
            taken_back = withdrawn_entries.get(pair.origin)
            if pair.origin not in existing and taken_back is not None and _same_text(taken_back, values):
                withdrawn += 1
                continue
            values |= entry_terms(course, pair.question, pair.answer, pair.tags)
            old = existing.get(pair.origin)
            if old is None and (same := by_answer.get(_folded(pair.answer))) is not None and same.id not in claimed:
                old, values["origin"] = same, pair.origin  # the question reworded, its answer kept
                reworded += 1
            if old is None:
                store.qa_entries.add(
                    guild_id,
                    now,
                    source="faq",
                    origin=pair.origin,
                    endorsed=True,
                    endorsed_by=by,
                    endorsed_at=now,
                    **values,
                )
                added += 1
                continue
            claimed.add(old.id)
            if any(getattr(old, k) != v for k, v in values.items()):
                store.qa_entries.change(old.id, **values)
                updated += 1
            else:
                unchanged += 1
        gone = [e for origin, e in existing.items() if origin not in kept and e.id not in claimed]
        for entry in gone:
            store.qa_entries.withdraw(entry.id, by=RETIRED_BY, now=now)
        retired = tuple(e.question for e in gone)
        if added or updated or retired:
            detail = {"added": added, "updated": updated, "withdrawn": len(retired)}
            store.audit.record(guild_id, by, "qa.import_faq", detail, now)
    return Imported(added, updated, unchanged, withdrawn, retired, reworded)


def _folded(words: str) -> str:
    return " ".join(words.lower().split())


def _unique_by_answer(entries: Iterable[Any]) -> dict[str, Any]:
    """Entries by their answer's words, for those whose answer no other entry shares (a shared answer says nothing
    about which question was reworded)."""
    found: dict[str, list[Any]] = {}
    for entry in entries:
        found.setdefault(_folded(entry.answer), []).append(entry)
    return {answer: same[0] for answer, same in found.items() if len(same) == 1}


def _same_text(entry: Any, values: dict[str, Any]) -> bool:
    return all(getattr(entry, k) == v for k, v in values.items())


def of_current_course(post: Post, course: Course) -> bool:
    """Whether the post was asked in `course` (the server's current one); a post made before posts carried their
    course is the current course's."""
    return post.course is None or post.course == course.id


def offer_post(store: Any, course: Course, post: Post, *, link: str, now: dt.datetime) -> None:
    """An answered public post becomes a suggestion: as a link only until staff endorse its answer. A post of a course
    the server no longer follows changes no suggestion: its record keeps the change, and switching back to its course
    offers it as it reads then (`offer_course_posts`)."""
    if post.visibility == "private" or post.status in ("deleted", "duplicate") or not of_current_course(post, course):
        return
    current = store.qa_entries.for_post(post.id)
    if current is not None and current.endorsed and post.endorsed:
        # Staff endorsed the question as it read then: a later rename of the thread (anyone in it may rename it)
        # does not change what they endorsed. An edited answer withdraws the endorsement before coming here.
        return
    values = post_terms(course, post)
    if current is None:
        store.qa_entries.add(
            post.guild_id,
            now,
            source="forum",
            post_id=post.id,
            question=post.title,
            answer=(post.answer_text or "") if post.endorsed else "",
            endorsed=post.endorsed,
            message_id=post.answer_id,
            link=link,
            **values,
        )
    else:
        store.qa_entries.change(
            current.id,
            question=post.title,
            answer=(post.answer_text or "") if post.endorsed else "",
            endorsed=post.endorsed,
            message_id=post.answer_id,
            link=link,
            **values,
        )


def endorse(store: Any, course: Course, post: Post, *, link: str, by: int, now: dt.datetime) -> int | None:
    """The post's marked answer, endorsed by staff, enters the knowledge (quoted from now on, with the link). A post of
    a course the server no longer follows enters nothing now (None; audited): its course's suggestions quote it when
    the server follows that course again."""
    if not of_current_course(post, course):
        store.audit.record(post.guild_id, by, "qa.endorse", {"post": post.id, "course": post.course}, now)
        return None
    values = post_terms(course, post)
    current = store.qa_entries.for_post(post.id)
    common = {
        "question": post.title,
        "answer": post.answer_text or "",
        "endorsed": True,
        "endorsed_by": by,
        "endorsed_at": now,
        "message_id": post.answer_id,
        "link": link if post.visibility != "private" else "",
        **values,
    }
    with store.immediate():
        if current is None:
            entry_id = store.qa_entries.add(post.guild_id, now, source="forum", post_id=post.id, **common)
        else:
            store.qa_entries.change(current.id, **common)
            entry_id = current.id
        store.audit.record(post.guild_id, by, "qa.endorse", {"post": post.id, "entry": entry_id}, now)
    return entry_id


def withdraw_endorsement(store: Any, entry: Any, *, by: int, now: dt.datetime) -> Post | None:
    """Staff withdraw an endorsed answer: the bot stops quoting it. A forum post's entry stays a suggestion (as a link
    only) and the post loses its Endorsed mark; an FAQ entry is withdrawn whole. Audited. Returns the post whose
    thread should be refreshed, if any."""
    post = None
    with store.immediate():
        if entry.post_id is not None:
            store.qa_entries.change(entry.id, endorsed=False, answer="", endorsed_by=None, endorsed_at=None)
            post = store.qa_posts.get(entry.post_id)
            if post is not None:
                post = store.qa_posts.update(post.id, now, endorsed=False)
        else:
            store.qa_entries.withdraw(entry.id, by=by, now=now)
        store.audit.record(entry.guild_id, by, "qa.withdraw", {"entry": entry.id}, now)
    return post


def forget_post(store: Any, post: Post, *, by: int, now: dt.datetime) -> None:
    """A deleted post (or answer), or one closed as a duplicate, is suggested no more: nor is what a course switch
    retired of it, whatever course the server follows now (switching back never restores it)."""
    with store.immediate():
        current = store.qa_entries.for_post(post.id)
        if current is not None:
            store.qa_entries.withdraw(current.id, by=by, now=now)
        store.qa_entries.forget_retired(post.id, by=by)


def offer_course_posts(store: Any, course: Course, guild_id: int | None, *, link: Any, now: dt.datetime) -> None:
    """A server that switches (back) to `course`: its answered posts are suggested as they read now (answers marked,
    endorsed or edited while it followed another course included), with this course's words. `link(thread_id)`:
    the thread's jump link."""
    for post in store.qa_posts.listed(guild_id, ("answered", "resolved"), course=course.id):
        if post.answer_id is not None and post.thread_id is not None:
            offer_post(store, course, post, link=link(post.thread_id), now=now)


def retire_for_course_change(
    store: Any,
    guild_id: int | None,
    *,
    by: int,
    now: dt.datetime,
    leaving: str | None = None,
    joining: str | None = None,
) -> int:
    """A server that changes course stops quoting or suggesting what it learned for the old one (FAQ entries,
    endorsed answers, answered posts): each is withdrawn, not deleted, and kept as `leaving`'s; what a switch away
    from `joining` withdrew is suggested again (switching back brings it back), as importing an FAQ file brings its
    rows back. Written to the shared records (a console session's copy of the forum follows), inside the caller's
    transaction when there is one. Returns how many were withdrawn."""
    shared = store.shared
    copies = [shared] if store.qa_entries is shared.qa_entries else [shared, store]
    with shared.immediate():
        entries = shared.qa_entries.active(guild_id)
        for copy in copies:
            for entry in copy.qa_entries.active(guild_id):
                copy.qa_entries.withdraw(entry.id, by=RETIRED_BY, now=now, course=leaving)
            restored = copy.qa_entries.restore_course(guild_id, joining) if joining else 0
            if copy is shared and (entries or restored):
                detail = {"withdrawn": len(entries), **({"restored": restored} if restored else {})}
                shared.audit.record(guild_id, by, "qa.course_change", detail, now)
    return len(entries)


def keep_forum_course(store: Any, guild_id: int | None, course: str) -> None:
    """Before a server switches course: its posts and counted events made before they carried their course are
    `course`'s (the one it leaves), so the forum's lists, search, stats and pings show them only when it follows that
    course again. Nothing is deleted."""
    copies = [store.shared] if store.qa_posts is store.shared.qa_posts else [store.shared, store]
    for copy in copies:
        with copy.immediate():
            copy.qa_posts.stamp_course(guild_id, course)
            copy.qa_events.stamp_course(guild_id, course)
