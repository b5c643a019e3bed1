"""Use cases shared by the GUI and the CLI. No Qt, no SQL: storage goes through db.Store."""
