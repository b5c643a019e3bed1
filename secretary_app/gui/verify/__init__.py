"""Tệp ▸ Kiểm tra văn bản…: is a PDF a document we issued, unaltered (services/verify.py)."""
