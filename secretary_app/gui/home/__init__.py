"""The home screen: status counts, overdue directives, recent documents."""
