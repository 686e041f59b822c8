"""One Yes/No decision for a yes/no question.

The question is folded once (`folded.fold`: its words, may-I/must-I/is-it-so, its own "not", its condition). A
handler proposes a candidate answer, finding its Yes or No in the course's decided claims (`page_claims`) or in the
stance of a rule's clauses (`clause_stance`). `decide` then judges it, in the order written there: a question
asking how many, or asked with its own "not" (`negation`), a case, a second half or a
course thing the reason does not speak of, withholds it; with no candidate verdict, a may-I question of a card the
page does not speak to is said to be unknown (`page_silent`).
"""

from bot.understand.yes_no.decision import WITHHELD, Verdict, decide
from bot.understand.yes_no.folded import Folded, fold

__all__ = ["WITHHELD", "Folded", "Verdict", "decide", "fold"]
