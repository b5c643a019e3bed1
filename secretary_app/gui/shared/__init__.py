"""What every feature uses: background tasks, message seam, paste guard, table models, printing, preview."""
