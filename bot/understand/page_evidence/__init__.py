"""What backs an answer: the knowledge index of every fact of the course, the schedule rows and policy a question's
words point at, the page's own sentence that answers, and answers staff endorsed."""
