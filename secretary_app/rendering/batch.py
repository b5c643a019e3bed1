"""Several documents in one file: a batch of reminder slips printed in one go. Each document starts on a new
page and numbers its own pages (no number on its first page); in DOCX each is a section of its own."""

from __future__ import annotations

import copy
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak

from secretary_app.domain.document import Document
from secretary_app.rendering import _RENDER_LOCK, _write
from secretary_app.rendering.profiles import profile_for


class _DocumentStart(Flowable):
    """Invisible: records the page a document of the batch starts on, for the page numbers."""

    def __init__(self, state: dict):
        super().__init__()
        self.width = self.height = 0
        self._state = state

    def draw(self) -> None:
        self._state["start"] = self.canv.getPageNumber()


def build_pdf_batch(docs: list[Document]) -> tuple[bytes, int]:
    from secretary_app.rendering.pdf import _page_number, new_template, story

    if not docs:
        raise ValueError("an empty batch")
    profile = profile_for(docs[0].standard)
    state = {"start": 1}
    buffer = BytesIO()
    # Page numbers are drawn at the end of each page, once the start marker on it has been drawn.
    template, width = new_template(
        buffer, profile, docs[0], onPageEnd=_page_number(profile, lambda: state["start"])
    )
    flow: list = []
    for i, doc in enumerate(docs):
        if i:
            flow.append(PageBreak())
        flow.append(_DocumentStart(state))
        flow += story(doc, profile_for(doc.standard), width)
    template.build(flow)
    return buffer.getvalue(), template.page


def build_docx_batch(docs: list[Document]) -> bytes:
    from docx import Document as open_docx
    from docx.enum.section import WD_SECTION

    from secretary_app.rendering.docx_writer import build_docx

    if not docs:
        raise ValueError("an empty batch")
    combined = open_docx(BytesIO(build_docx(docs[0], profile_for(docs[0].standard))))
    for doc in docs[1:]:
        part = open_docx(BytesIO(build_docx(doc, profile_for(doc.standard))))
        combined.add_section(WD_SECTION.NEW_PAGE)
        _restart_page_numbers(combined.sections[-1]._sectPr)
        body = combined.element.body
        sect_pr = body[-1]  # the last section's properties stay last
        for element in list(part.element.body):
            if element.tag.endswith("}sectPr"):
                continue
            sect_pr.addprevious(copy.deepcopy(element))
    buffer = BytesIO()
    combined.save(buffer)
    return buffer.getvalue()


def _restart_page_numbers(sect_pr) -> None:
    """Each slip counts its own pages (the number is hidden on its first page, as the section says)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = sect_pr.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        sect_pr.append(numbering)
    numbering.set(qn("w:start"), "1")


def render_pdf_batch(docs: list[Document], out: Path | str | BinaryIO) -> int:
    """All ``docs`` in one PDF, each from a new page; returns the page count."""
    with _RENDER_LOCK:
        data, pages = build_pdf_batch(docs)
    _write(data, out)
    return pages


def render_docx_batch(docs: list[Document], out: Path | str | BinaryIO) -> None:
    """All ``docs`` in one DOCX, each a section from a new page."""
    with _RENDER_LOCK:
        data = build_docx_batch(docs)
    _write(data, out)
