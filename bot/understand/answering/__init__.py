"""Turning a reading into the student's Answer: the handlers by theme, what each knows of the question, the replies
the engine composes itself, and the readings offered when the engine is not sure."""
