"""Reading a question once into what it names (work, people, exams, sections, days), the story told around it, and
the slots the chosen intent needs; and the reading as data every part of the engine shares (`result`: each part's
intent, slots and confidence, and the answer given)."""
