"""The composer's fields for the parts only some kinds have (issue 14): "Kính gửi" of a tờ trình, the
enactor and the "Căn cứ" lines of a quyết định or nghị quyết, and the article lines ("Điều 1. …") of their
body. Rows a kind does not have are hidden, and their keys are left as the stored content has them."""

from __future__ import annotations

from typing import Any

K_ADDRESSEES = ("submission", "letter")
K_ENACTING = ("decision", "resolution")
TASK_KINDS = ("notice",)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class KindFields:
    """Shows, loads and reads back the kind-specific rows of the composer form ``ui``."""

    def __init__(self, ui, kind: str, content: dict[str, Any]):
        self.ui = ui
        self.addressees = kind in K_ADDRESSEES or bool(content.get("addressees"))
        self.enacting = kind in K_ENACTING or bool(content.get("bases") or content.get("enactor"))
        form = ui.contentForm
        for field, shown in (
            (ui.addresseesEdit, self.addressees),
            (ui.enactorEdit, self.enacting),
            (ui.basesEdit, self.enacting),
        ):
            form.setRowVisible(field, shown)  # the label goes with its field
        ui.bodyEdit.articles = ui.bodyEdit.highlighter.articles = self.enacting
        # Only a notice turns its items into tracked tasks (services/issuing.py): the other kinds have no
        # "Nhiệm vụ, thời hạn" tab (a decision's list of members is not a list of tasks).
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.directivesTab), kind in TASK_KINDS)

    def widgets(self) -> list:
        return [self.ui.addresseesEdit, self.ui.enactorEdit, self.ui.basesEdit]

    def load(self, content: dict[str, Any]) -> None:
        self.ui.addresseesEdit.setPlainText("\n".join(content.get("addressees") or []))
        self.ui.enactorEdit.setText(content.get("enactor") or "")
        self.ui.basesEdit.setPlainText("\n".join(content.get("bases") or []))

    def apply(self, content: dict[str, Any]) -> None:
        """Write the shown rows into ``content`` (a kind without them keeps its content as it is)."""
        if self.addressees:
            content["addressees"] = _lines(self.ui.addresseesEdit.toPlainText())
        if self.enacting:
            content["enactor"] = " ".join(self.ui.enactorEdit.text().split())
            content["bases"] = _lines(self.ui.basesEdit.toPlainText())

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets():
            widget.setReadOnly(read_only)
