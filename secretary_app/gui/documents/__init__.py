"""Documents: the register page and the notice composer."""
