"""Open questions (when, where, who, how much, how many, which): whether an answer gives what was asked."""
