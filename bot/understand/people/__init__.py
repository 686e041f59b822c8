"""The course's people: office hours and extra help sessions, when and how to meet someone, who runs which
section or part of the course, and how to reach staff."""
