"""Late work: what handing in late costs by the course's rules, the late pool (grace days, tokens) and the deadline
spending it gives, extensions, work never taken late, and regrade windows."""
