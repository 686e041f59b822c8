"""The words of a question: what a student typed made into plain words, typos mended to the course's own words
(names, aliases, acronyms, clipped forms), and the lexicon that says what each of the course's words points at."""
