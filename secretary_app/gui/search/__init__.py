"""Search: the page and the Ctrl+F popup."""
