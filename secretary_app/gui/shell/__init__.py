"""The application and its main window: start-up, single instance, menus, error dialog."""
