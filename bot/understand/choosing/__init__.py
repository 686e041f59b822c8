"""Choosing what was asked: the intent table and the recognizers that score a reading against it, the gates that
skip readers a question cannot need, and the table of one handler per intent."""
