"""Directives: the board, tick-off / progress / reassign dialogs, reports and reminder slips."""
