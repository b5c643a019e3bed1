"""Printing a batch of records as one job: a meeting's documents, a year's minutes, the register's."""
