"""The recycle bin (Thùng rác): deleted meetings and draft documents, and restoring them."""
