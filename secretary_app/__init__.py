"""Committee Secretary (Thư ký cấp ủy): meetings, minutes, directives and official documents, offline."""

__version__ = "0.1.0"
APP_NAME = "secretary-app"
APP_DISPLAY_NAME = "Thư ký cấp ủy"
