"""Pieces of work and their grades: which one is meant, where and how it is handed in, its due time checked, its
parts, and what it counts for (grade scales, dropped scores, weights, marks coming back)."""
