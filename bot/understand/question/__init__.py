"""Reading a question once into what it names (work, people, exams, sections, days), the story told around it, and
the slots the chosen intent needs."""
