"""Dates and times inside a question ("tomorrow", "week 3", "friday 2am", "in pacific time", "before spring
break"), read against the course's own calendar and the moment the student asks."""
