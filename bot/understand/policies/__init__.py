"""Policy questions asked as a student's story (AI tools, working with others, accommodations, hardship): the
course's rule they ask about, and Yes or No from its words."""
