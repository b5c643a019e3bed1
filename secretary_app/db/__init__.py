"""Storage: the only package that talks to SQLite (through sqlite_utils)."""
