"""Meetings: the list page, the meeting dialog (agenda, attendance) and the minutes editor."""
