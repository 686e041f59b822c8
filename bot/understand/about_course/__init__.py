"""The course itself rather than anything in it: its language and platforms, its credits, other courses the
question names instead, and details (a price, a figure, a link) the page may or may not give."""
