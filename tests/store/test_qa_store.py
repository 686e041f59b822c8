"""The forum's store: posts, entries and their index, drafts, events, forum setup; the hidden author nowhere."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.store.database import Store
from bot.store.qa_forums import ForumConfig
from tests.conftest import NY

NOW = dt.datetime(2024, 2, 12, 10, 0, tzinfo=NY)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "bot.db", zone=NY)
    yield s
    s.close()


def test_a_post_round_trips_and_updates(store):
    post = store.qa_posts.add(
        1000, title="t", body="b", topic="hw3", visibility="public", author_id=5, via="question", now=NOW
    )
    assert (post.status, post.author_id, post.created_at) == ("unanswered", 5, NOW)
    later = NOW + dt.timedelta(hours=2)
    post = store.qa_posts.update(post.id, later, status="answered", answered_at=later, answer_by_staff=True)
    assert (post.status, post.answered_at, post.answer_by_staff, post.updated_at) == ("answered", later, True, later)
    store.qa_posts.staff_replied(post.id, later)
    store.qa_posts.staff_replied(post.id, later + dt.timedelta(hours=1))
    assert store.qa_posts.get(post.id).first_staff_at == later
    with pytest.raises(ValueError, match="cannot update"):
        store.qa_posts.update(post.id, later, id=9)


def test_titles_for_autocomplete_hide_private_posts_from_students(store):
    for visibility in ("public", "private"):
        store.qa_posts.add(
            1,
            title=f"{visibility} 50% question",
            body="",
            topic="",
            visibility=visibility,
            author_id=1,
            via="question",
            now=NOW,
        )
    # Finding 14: an unanswered classmate's title is not repeated; answered by staff (or endorsed), it is.
    assert store.qa_posts.titles(1, "50%", staff=False) == []
    assert [t for _, t in store.qa_posts.titles(1, "50%", staff=False, asker=1)] == [
        "private 50% question",
        "public 50% question",
    ]
    store.qa_posts.update(1, NOW, status="answered", answer_by_staff=True)
    store.qa_posts.update(2, NOW, status="answered", answer_by_staff=True)
    assert [t for _, t in store.qa_posts.titles(1, "50%", staff=False)] == ["public 50% question"]
    assert store.qa_posts.titles(1, "50%", staff=False, asker=7, vouched=False) == []
    assert len(store.qa_posts.titles(1, "question", staff=True)) == 2
    assert store.qa_posts.titles(1, "_", staff=True) == []  # LIKE wildcards are plain characters


def test_entries_are_indexed_withdrawn_and_counted(store):
    first = store.qa_entries.add(
        1,
        NOW,
        source="faq",
        question="q",
        answer="a",
        question_terms="cheatsheet exam",
        answer_terms="sheet",
        endorsed=True,
    )
    store.qa_entries.add(
        1, NOW, source="faq", question="q2", answer="a2", question_terms="exam calculator", answer_terms=""
    )
    store.qa_entries.add(
        2, NOW, source="faq", question="other server", answer="a", question_terms="exam", answer_terms=""
    )
    assert [e.id for e in store.qa_entries.candidates(1, ["cheatsheet"])] == [first]
    assert {e.question for e in store.qa_entries.candidates(1, ["exam"])} == {"q", "q2"}
    assert store.qa_entries.frequencies(1, ["exam", "nothing"]) == ({"exam": 2}, 2)  # server 1's own counts
    assert store.qa_entries.frequencies(2, ["exam", "cheatsheet"]) == ({"exam": 1}, 1)
    assert store.qa_entries.known(2, ["exam", "cheatsheet"]) == {"exam"}
    assert [e.id for e in store.qa_entries.candidates(1, [], prefixes=["chea"])] == [first]
    store.qa_entries.withdraw(first, by=7, now=NOW)
    assert store.qa_entries.candidates(1, ["cheatsheet"]) == []
    assert store.qa_entries.get(first).withdrawn_at == NOW
    assert store.qa_entries.vocabulary(1) == {"exam": 1, "calculator": 1}  # a withdrawn entry is counted no more


def test_each_servers_words_are_counted_apart_and_follow_its_changes(store):
    """hostile11 4: another server's entries never change a server's word counts (its weights, common words and
    typo corrections), and a change is counted at once, inside a transaction too."""
    common = {"source": "faq", "question": "q", "answer": "a", "answer_terms": ""}
    store.qa_entries.add(111, NOW, question_terms="cheatsheet midterm", **common)
    before = (store.qa_entries.vocabulary(111), store.qa_entries.frequencies(111, ["midterm", "room"]))
    for n in range(50):
        store.qa_entries.add(222, NOW, question_terms=f"midterm room room{n} cheatsheet", **common)
    assert (store.qa_entries.vocabulary(111), store.qa_entries.frequencies(111, ["midterm", "room"])) == before
    assert store.qa_entries.frequencies(222, ["midterm", "room"]) == ({"midterm": 50, "room": 50}, 50)
    with store.immediate():
        store.qa_entries.add(111, NOW, question_terms="midterm room", **common)
        assert store.qa_entries.frequencies(111, ["midterm", "room"]) == ({"midterm": 2, "room": 1}, 2)
    assert store.qa_entries.frequencies(111, ["midterm", "room"]) == ({"midterm": 2, "room": 1}, 2)
    assert store.qa_entries.vocabulary(333) == {}


def test_an_entry_read_again_unchanged_is_not_made_again_and_a_changed_one_is(store):
    """Every search reads the same FAQ entries: an unchanged row gives the entry already made; a change is read."""
    entry_id = store.qa_entries.add(
        1, NOW, source="faq", question="q", answer="old", question_terms="exam", answer_terms="old", endorsed=True
    )
    first = store.qa_entries.candidates(1, ["exam"])[0]
    assert store.qa_entries.candidates(1, ["exam"])[0] is first
    store.qa_entries.change(entry_id, answer="new", answer_terms="new", endorsed=False)
    changed = store.qa_entries.candidates(1, ["exam"])[0]
    assert (changed.answer, changed.answer_terms, changed.endorsed) == ("new", "new", False)
    assert store.qa_entries.get(entry_id) is changed


def test_entries_kept_are_bounded(store, monkeypatch):
    """Only the last ENTRIES_KEPT rows' entries are kept, however many posts a server's searches read."""
    monkeypatch.setattr("bot.store.qa_entries.ENTRIES_KEPT", 3)
    ids = [
        store.qa_entries.add(1, NOW, source="faq", question=f"q{n}", answer="a", question_terms="exam", answer_terms="")
        for n in range(5)
    ]
    assert [e.id for e in store.qa_entries.active(1)] == ids
    assert len(store.qa_entries._entries) == 3


def test_a_draft_is_taken_once_and_only_with_its_token(store):
    draft = store.qa_drafts.add(1, None, title="t", body="", topic="other", visibility="hidden", now=NOW)
    assert store.qa_drafts.take(draft.id, "wrong") is None
    taken = store.qa_drafts.take(draft.id, draft.token)
    assert (taken.title, taken.author_id) == ("t", None)
    assert store.qa_drafts.take(draft.id, draft.token) is None


def test_events_count_by_kind_and_refuse_unknown_kinds(store):
    store.qa_events.record(1, "asked", NOW, course="c")
    store.qa_events.record(1, "asked", NOW, course="c")
    store.qa_events.record(1, "answered_before_posting", NOW, course="c")
    assert store.qa_events.counts(1) == {"asked": 2, "answered_before_posting": 1, "posted": 0}
    with pytest.raises(ValueError, match="unknown event kind"):
        store.qa_events.record(1, "clicked", NOW, course="c")


def test_forum_setup_is_saved_and_audited_without_the_webhook_token(store):
    config = ForumConfig(1, forum_id=10, webhook_id=11, webhook_token="secret-token", tags={"Unanswered": 5})
    store.qa_forums.save(config, by=42, now=NOW)
    assert store.qa_forums.get(1).tags == {"Unanswered": 5}
    assert store.qa_forums.get(1).webhook_token == "secret-token"
    (entry,) = [e for e in store.audit.latest(1) if e.action == "qa.setup"]
    assert "secret-token" not in str(entry.details)
    assert store.qa_forums.guild_ids() == [1]


@pytest.mark.parametrize("number", [2**63, 2**64, 10**30, 0, -1])
def test_numbers_no_row_can_have_are_looked_up_as_nothing(store, number):
    assert store.qa_posts.get(number) is None
    assert store.qa_posts.by_thread(number) is None
    assert store.qa_posts.by_message(number) is None
    assert store.qa_entries.get(number) is None
    assert store.qa_entries.for_post(number) is None
    assert store.qa_drafts.get(number, "token") is None
    assert store.qa_drafts.take(number, "token") is None


def _asked(store, title: str, course: str | None, guild: int = 1000):
    return store.qa_posts.add(
        guild, title=title, body="", topic="", visibility="public", author_id=5, via="forum", now=NOW, course=course
    )


def test_posts_and_counts_of_the_course_asked_about_and_those_made_before_posts_had_one(store):
    """A course given: its posts and those without a course (the current one's); none given: every post. Stamping
    gives the unstamped ones the course a server leaves, and only that server's."""
    legacy, mine, theirs = _asked(store, "legacy", None), _asked(store, "mine", "a"), _asked(store, "theirs", "b")
    other_server = _asked(store, "elsewhere", None, guild=2000)
    assert [p.id for p in store.qa_posts.listed(1000, course="a")] == [legacy.id, mine.id]
    assert [p.id for p in store.qa_posts.listed(1000, course="b")] == [legacy.id, theirs.id]
    assert [p.id for p in store.qa_posts.listed(1000)] == [legacy.id, mine.id, theirs.id]
    assert [t for _, t in store.qa_posts.titles(1000, "", staff=True, course="b")] == ["theirs", "legacy"]
    store.qa_events.record(1000, "asked", NOW, course=None)
    store.qa_events.record(1000, "asked", NOW, course="b")
    assert store.qa_events.counts(1000, course="a")["asked"] == 1
    assert store.qa_events.counts(1000)["asked"] == 2
    assert store.qa_posts.stamp_course(1000, "a") == 1
    store.qa_events.stamp_course(1000, "a")
    assert [p.id for p in store.qa_posts.listed(1000, course="b")] == [theirs.id]
    assert store.qa_events.counts(1000, course="b")["asked"] == 1
    assert store.qa_posts.get(other_server.id).course is None


def test_entries_a_switch_retired_come_back_for_their_course_unless_their_question_is_live_again(store):
    """restore_course brings back what a switch away from the course withdrew (into the index again), not what
    staff or an import withdrew, not another course's, and not an FAQ question live again under the same origin."""

    def entry(question: str, origin: str | None) -> int:
        return store.qa_entries.add(
            1, NOW, source="faq", question=question, answer="a", question_terms=question, answer_terms="", origin=origin
        )

    switched, staff, taken, other = entry("zygote", "z"), entry("quokka", "q"), entry("okapi", "o"), entry("ibex", None)
    store.qa_entries.withdraw(switched, by=-1, now=NOW, course="a")
    store.qa_entries.withdraw(staff, by=7, now=NOW)
    store.qa_entries.withdraw(taken, by=-1, now=NOW, course="a")
    store.qa_entries.withdraw(other, by=-1, now=NOW, course="b")
    again = entry("okapi", "o")  # imported again while the server followed another course
    assert store.qa_entries.restore_course(1, "a") == 1
    assert {e.id for e in store.qa_entries.active(1)} == {switched, again}
    assert [e.id for e in store.qa_entries.candidates(1, ["zygote"])] == [switched]
