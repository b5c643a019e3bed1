"""Dữ liệu ▸ Trao đổi với đơn vị (issue 16): paired sites, packets out and in, conflicts, history."""
