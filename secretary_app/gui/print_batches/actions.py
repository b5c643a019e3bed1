"""The three batch prints the pages offer, all through one path: the batch is read from the database here
(the GUI thread owns the connection), then printed by gui/shared/printing.print_batch — the system print
dialog (printer, copies, both sides), the paper question, a progress window with Hủy, one job named by the
batch's title."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from secretary_app.domain.errors import NotFoundError, RuleError
from secretary_app.gui.shared import messages, printing
from secretary_app.gui.shared.i18n import translate
from secretary_app.gui.shared.tasks import Task
from secretary_app.services.print_batches import PrintBatch, meeting_batch, minutes_batch, register_batch


def print_batch_of(parent: QWidget | None, make: Callable[[], PrintBatch]) -> Task | None:
    """Read the batch with ``make`` and print it as one job; the reason when there is nothing to print."""
    try:
        batch = make()
    except RuleError as exc:
        messages.error(parent, translate("print_batches", "Không in được"), exc.message)
        return None
    except NotFoundError:
        messages.warn(
            parent,
            translate("print_batches", "Không in được"),
            translate("print_batches", "Không còn bản ghi này (có thể vừa bị xóa)."),
        )
        return None
    if not batch.documents:
        messages.inform(
            parent,
            translate("print_batches", "Không có gì để in"),
            translate("print_batches", "Không có văn bản nào để in trong “{0}”.").format(batch.title),
        )
        return None
    return printing.print_batch(parent, batch.documents, batch.title)


def print_meeting_documents(parent: QWidget | None, ctx, meeting_id: int) -> Task | None:
    """ "In tất cả văn bản của cuộc họp": its minutes, invitation, notice and other issued documents."""
    return print_batch_of(parent, lambda: meeting_batch(ctx, meeting_id))


def print_minutes_of_year(parent: QWidget | None, ctx, year: int) -> Task | None:
    """Every minutes (biên bản) of a year as one job."""
    return print_batch_of(parent, lambda: minutes_batch(ctx, year))


def print_register_documents(parent: QWidget | None, ctx, year: int | None) -> Task | None:
    """Every document of the outgoing register of a year as one job."""
    return print_batch_of(parent, lambda: register_batch(ctx, year))
