"""Data safety: backups, restore wizard, year archive."""
