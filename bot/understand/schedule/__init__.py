"""The schedule's days and topics: what a topic is and when it is held, stretches like breaks, where the term is
now, and two dated things compared."""
