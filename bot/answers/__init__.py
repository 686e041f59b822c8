"""The answer engine: pure functions from (course, now, what was asked) to an Answer. No Discord here."""
