"""The notice the tasks came from travels with them as its PDF (issue 16, "with the notice they came from (its
PDF)"): the bureau keeps the file's SHA-256 with the document, so ``verify`` recognises the head office's
issued PDF there too."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.render import render_to_file


def test_the_notice_pdf_travels_with_its_tasks_and_is_recognised_at_the_bureau(tmp_path: Path) -> None:
    head = open_context(ensure_demo_database(tmp_path / "head.sqlite"))
    bureau = open_context(tmp_path / "bureau.sqlite", create=True)
    try:
        notice = next(d for d in head.documents.list_documents() if d.number == 239)
        lead = next(
            t for t in head.directives.list_directives() if t.document_id == notice.id and t.lead_unit_id
        )
        head.sites.this_site("Văn phòng Đảng ủy")
        head.sites.pair(bureau.sites.write_identity(tmp_path / "b.id", "Đơn vị A"), unit=lead.lead_unit_id)
        bureau.sites.pair(head.sites.write_identity(tmp_path / "h.id"))
        packet, _ = head.exchange.export_packet("Đơn vị A", tmp_path / "goi-1.zip")
        with zipfile.ZipFile(packet) as z:
            pdf_parts = [n for n in z.namelist() if n.endswith(f"files/{notice.uuid}.pdf")]
        assert len(pdf_parts) == 1

        result = bureau.exchange.import_packet(packet)
        assert result.files == 1 and result.summary()["files"] == 1
        kept = bureau.files.files_of("documents", notice.uuid)
        assert [(f.file_name, f.file_type) for f in kept] == [("239-TB-ĐU.pdf", "pdf")]
        assert bureau.exchange.import_packet(packet).files == 0  # the same packet again keeps nothing twice
        assert len(bureau.files.files_of("documents", notice.uuid)) == 1

        issued = tmp_path / "239-TB-DU.pdf"  # the head office's issued file, exported again
        render_to_file(head.documents.get(notice.id).content, issued)
        digest = hashlib.sha256(issued.read_bytes()).hexdigest()
        assert bureau.files.content(kept[0]) == issued.read_bytes()
        assert head.issuing.issued_files_matching(digest), "the head office recorded it when issuing"
        matches = bureau.issuing.issued_files_matching(digest)
        assert [(d.uuid, fmt) for d, fmt in matches] == [(notice.uuid, "received-pdf")]
        changed = bytearray(issued.read_bytes())
        changed[len(changed) // 2] ^= 1
        assert bureau.issuing.issued_files_matching(hashlib.sha256(changed).hexdigest()) == []
    finally:
        head.close()
        bureau.close()
