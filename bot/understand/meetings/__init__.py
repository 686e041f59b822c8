"""Class meetings and sections: when and where a kind of meeting is held, whether it is held as usual, who runs
it, which section a student is in, and missing or switching one."""
