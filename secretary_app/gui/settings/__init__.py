"""Settings: the organisation profile page."""
