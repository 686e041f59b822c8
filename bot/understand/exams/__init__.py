"""Questions about exams beyond their time and place: their sittings (make-ups, resits, conflicts), rooms, rules,
what may be brought, arriving late or leaving early, and what-ifs around them."""
