"""Never lose what was typed: an editing dialog asks "Bỏ các thay đổi?" before Esc, the window's X or "Hủy"
close it over a changed form, and Esc inside an open dropdown or completer closes only that popup.

Use :class:`GuardedDialog` as the base of an editing dialog and call :meth:`GuardedDialog.mark_clean` once the
record is shown (and after a save that keeps the dialog open). QDialog routes all three ways of closing
through ``reject()`` (closeEvent calls it), so guarding ``reject`` covers them; ``accept()`` (a save) is never
asked.

Changed or not is judged from the widgets' own state (:func:`form_state`): every text, choice, tick, date and
table cell under the dialog, compared with the snapshot taken by ``mark_clean`` — so a field added to a form
later is guarded without anyone remembering to connect it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from secretary_app.gui.shared import messages


def form_state(root: QWidget) -> tuple:
    """What the user can have changed under ``root``, as a comparable value."""
    state: list = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # their owner reports it
            state.append(widget.text())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentText())
        elif isinstance(widget, QDateTimeEdit):
            state.append(widget.dateTime().toString(Qt.DateFormat.ISODate))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            state.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QTableWidget):
            state.append(
                tuple(
                    (item.text(), item.checkState().value) if (item := widget.item(r, c)) else None
                    for r in range(widget.rowCount())
                    for c in range(widget.columnCount())
                )
            )
        elif isinstance(widget, QListWidget):  # ticks too: a checklist (units to split into) is a choice
            state.append(
                tuple(
                    (widget.item(i).text(), widget.item(i).checkState().value) for i in range(widget.count())
                )
            )
    return tuple(state)


def confirm_discard(parent: QWidget) -> bool:
    """Ask before throwing typed changes away; True: discard them."""
    answer = messages.choose(
        parent,
        QCoreApplication.translate("discard", "Bỏ các thay đổi?"),
        QCoreApplication.translate(
            "discard", "Những gì vừa nhập chưa được lưu. Đóng và bỏ các thay đổi này?"
        ),
        [
            QCoreApplication.translate("discard", "Bỏ thay đổi"),
            QCoreApplication.translate("discard", "Tiếp tục sửa"),
        ],
        default=1,
        escape=1,
    )
    return answer == 0


class _PopupEscape(QObject):
    """On a completer's popup: Esc closes the popup and goes no further (Qt lets it reach the dialog too)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            if isinstance(watched, QWidget) and watched.isVisible():
                watched.hide()
                return True
        return False


def contain_popup_escape(root: QWidget) -> None:
    """Make Esc in any completer popup under ``root`` close only the popup. Call after the form is built."""
    guard = root.findChild(_PopupEscape) or _PopupEscape(root)
    completers = {c for c in root.findChildren(QCompleter)}
    for widget in root.findChildren(QWidget):
        completer = widget.completer() if isinstance(widget, (QLineEdit, QComboBox)) else None
        if completer is not None:
            completers.add(completer)
    for completer in completers:
        popup = completer.popup()
        if popup is not None:  # none yet for an inline completer
            popup.installEventFilter(guard)


class GuardedDialog(QDialog):
    """A dialog that asks before closing over unsaved changes (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._clean: tuple | None = None

    def mark_clean(self) -> None:
        self._clean = form_state(self)
        contain_popup_escape(self)

    def is_marked(self) -> bool:
        """Whether :meth:`mark_clean` was called (before it, nothing counts as a change)."""
        return self._clean is not None

    def is_dirty(self) -> bool:
        return self._clean is not None and form_state(self) != self._clean

    def keyPressEvent(self, event) -> None:
        # An Esc that a dropdown's popup did not take (the popup just closed) must not close the dialog.
        if event.key() == Qt.Key.Key_Escape and _popup_open(self):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.is_dirty() and not confirm_discard(self):
            return
        super().reject()


def _popup_open(root: QWidget) -> bool:
    for combo in root.findChildren(QComboBox):
        if combo.view().isVisible():
            return True
    return False
