"""The app's look beyond the Fusion style: page titles, the navigation column, error and success colours.

Widgets opt in through a dynamic ``role`` property (see pages/base.py) instead of per-widget fonts, so the
look is changed in one place.
"""

STYLE_SHEET = """
QListWidget#navList {
    background: #eef1f5;
    border: none;
    border-right: 1px solid #d3d8e0;
    padding-top: 10px;
    font-size: 11pt;
    outline: 0;  /* no dotted focus frame inside the selected entry */
}
QListWidget#navList::item {
    padding: 9px 10px;
    margin: 0px 8px;
    border-radius: 5px;
    color: #1f2d3d;
}
QListWidget#navList::item:hover { background: #e1e7ef; }
QListWidget#navList::item:selected { background: #cfdcee; color: #0d2340; font-weight: 600; }

QLabel[role="title"] { font-size: 17pt; font-weight: 600; color: #1b2a3a; }
QLabel[role="section"] { font-size: 12pt; font-weight: 600; color: #1b2a3a; margin-top: 8px; }
QLabel[role="subtitle"] { font-size: 11pt; font-weight: 600; color: #34495e; }
QLabel[role="note"] { color: #4d5b6a; }
QLabel[role="error"] { color: #c62828; }
QLabel[role="success"] { color: #2e7d32; font-weight: 600; }
QLabel[role="count"] { font-size: 24pt; font-weight: 600; color: #1d4f91; }
QFrame[role="card"] { background: #f7f9fc; border: 1px solid #d8dee7; border-radius: 6px; }
QListWidget#recentMeetingsList::item { padding: 4px 2px; }
QTableView::item { padding: 3px 4px; }
QLineEdit { padding: 2px 3px; }
QFrame[role="card"] QLabel { background: transparent; }
"""
