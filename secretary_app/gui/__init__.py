"""The desktop GUI (PySide6). The only package that imports Qt; everything it shows comes from services."""
