"""Endorsed answers leaving the bot's knowledge: withdrawn by staff, audited, the post's thread told to refresh."""

from __future__ import annotations

from bot.qa.faq_file import FAQPair
from bot.qa.knowledge import endorse, import_faq, withdraw_endorsement
from bot.store.database import Store
from tests.conftest import NY, at

GUILD = 1000
NOW = at("2024-03-12 09:30")


def test_a_forum_answer_withdrawn_stays_a_link_and_the_post_loses_its_mark(tmp_path, course):
    store = Store(tmp_path / "bot.db", zone=NY)
    post = store.qa_posts.add(
        GUILD, title="Is HW3 q2 graded?", body="", topic="", visibility="public", author_id=5, via="forum", now=NOW
    )
    post = store.qa_posts.update(post.id, NOW, answer_text="Yes, all of it.", answer_id=77, endorsed=True)
    entry_id = endorse(store, course, post, link="https://x/1", by=9, now=NOW)
    back = withdraw_endorsement(store, store.qa_entries.get(entry_id), by=9, now=NOW)
    entry = store.qa_entries.get(entry_id)
    assert back is not None
    assert back.id == post.id
    assert not back.endorsed
    assert (entry.endorsed, entry.answer, entry.withdrawn_at) == (False, "", None)
    assert [a.action for a in store.audit.latest(GUILD)][:2] == ["qa.withdraw", "qa.endorse"]
    store.close()


def test_an_faq_entry_withdrawn_is_gone_and_no_thread_to_refresh(tmp_path, course):
    store = Store(tmp_path / "bot.db", zone=NY)
    import_faq(store, course, GUILD, [FAQPair("Can I use R?", "No, Python only.", ())], by=9, now=NOW)
    (entry,) = store.qa_entries.active(GUILD)
    assert withdraw_endorsement(store, entry, by=9, now=NOW) is None
    assert store.qa_entries.active(GUILD) == []
    store.close()


def test_reimporting_the_same_faq_keeps_a_withdrawn_answer_withdrawn(tmp_path, course):
    """The same file twice changes nothing, even after staff withdrew a row; a changed answer comes back as new
    (hostile-qa finding 11)."""
    store = Store(tmp_path / "bot.db", zone=NY)
    rows = [FAQPair("Can I use R?", "No, Python only.", "")]
    import_faq(store, course, GUILD, rows, by=9, now=NOW)
    (entry,) = store.qa_entries.active(GUILD)
    withdraw_endorsement(store, entry, by=9, now=NOW)
    again = import_faq(store, course, GUILD, rows, by=9, now=NOW)
    assert (again.added, again.updated, again.withdrawn, again.changed) == (0, 0, 1, False)
    assert store.qa_entries.active(GUILD) == []
    changed = import_faq(store, course, GUILD, [FAQPair("Can I use R?", "Yes, R is fine now.", "")], by=9, now=NOW)
    assert changed.added == 1
    assert [e.answer for e in store.qa_entries.active(GUILD)] == ["Yes, R is fine now."]
    store.close()


def test_a_corrected_faq_replaces_what_it_no_longer_holds(tmp_path, course):
    """The file is the FAQ (hostile6 3): a reworded question with its answer kept updates its entry; a row the file
    dropped (or whose question and answer both changed) is withdrawn, so its old answer is never quoted again; the
    counts say exactly that, and the same file twice changes nothing."""
    store = Store(tmp_path / "bot.db", zone=NY)
    first = [
        FAQPair("Is a crib sheet allowed on exam 1?", "No notes of any kind are allowed on exam 1.", ""),
        FAQPair("Where are office hours?", "In GHC 5th floor.", ""),
        FAQPair("Can I use R?", "No, Python only.", ""),
    ]
    import_faq(store, course, GUILD, first, by=9, now=NOW)
    where = {e.question: e.id for e in store.qa_entries.active(GUILD)}["Where are office hours?"]
    second = [
        FAQPair("Can I bring a crib sheet to exam 1?", "Yes: one letter-size sheet, both sides.", ""),
        FAQPair("Where are the office hours held?", "In GHC 5th floor.", ""),
    ]
    done = import_faq(store, course, GUILD, second, by=9, now=NOW)
    assert (done.added, done.updated, done.reworded, done.unchanged) == (1, 1, 1, 0)
    assert sorted(done.retired) == ["Can I use R?", "Is a crib sheet allowed on exam 1?"]
    active = {e.question: e for e in store.qa_entries.active(GUILD)}
    assert set(active) == {"Can I bring a crib sheet to exam 1?", "Where are the office hours held?"}
    assert active["Where are the office hours held?"].id == where  # the same entry, its question reworded
    hits = store.qa_entries.candidates(GUILD, ["crib", "sheet"], prefixes=["crib", "note"])
    assert hits
    assert all(h.answer != first[0].answer for h in hits)
    again = import_faq(store, course, GUILD, second, by=9, now=NOW)
    assert (again.added, again.updated, again.retired, again.changed) == (0, 0, (), False)
    store.close()


def test_two_imports_at_once_add_each_question_once(tmp_path, course):
    """An import that starts while another holds the database (the bot and the command line at once) reads what the
    other wrote once it may go on: each question is one live entry, not two."""
    import threading

    pairs = [FAQPair("Can I use R?", "No, Python only.", ()), FAQPair("Is lecture recorded?", "Yes.", ())]
    path = tmp_path / "bot.db"
    holder = Store(path, zone=NY)
    done: list[object] = []
    opened, locked = threading.Event(), threading.Event()

    def other_process() -> None:
        store = Store(path, zone=NY)  # opened (and checked) before the first import takes the lock
        opened.set()
        locked.wait(10)
        try:
            done.append(import_faq(store, course, GUILD, pairs, by=0, now=NOW))
        finally:
            store.close()

    second = threading.Thread(target=other_process)
    second.start()
    assert opened.wait(10)
    with holder.immediate():
        locked.set()
        second.join(0.5)  # it waits for the lock (busy timeout); its reads must wait too
        import_faq(holder, course, GUILD, pairs, by=9, now=NOW)
    second.join(10)
    assert len(done) == 1
    assert sorted(e.question for e in holder.qa_entries.active(GUILD)) == ["Can I use R?", "Is lecture recorded?"]
    assert done[0].added == 0
    holder.close()
