"""Rendering benchmark: prints `name: value unit` lines.

seed_render_ms          in-process render of the seed notice to PDF (median of 20 after warm-up)
seed_pdfa_ms, pdfa_added_pct   the same as PDF/A-2b (rendering/pdfa.py), and what that adds to the plain
                        render, measured interleaved in one run (goal: ≤ +50 %)
pdfa_validate_ms        pikepdf's validator on the seed's PDF/A copy (what tests and verify-archive pay)
render_200_pages_ms     in-process render of a ~200-page body
archive_volume_900_pages_ms   the year archive's volume (rendering/volume.py): ~900 pages of PDF/A-2b copies
                        joined, every page numbered, made PDF/A-2b (part of the goal "year archive of 900
                        pages, PDF/A included: ≤ 5 s")
cli_render_ms           whole process: `python -m secretary_app render DOC.json -o OUT.pdf` (median of 5)
libreoffice_docx_to_pdf_ms, cli_vs_libreoffice   when `soffice` is installed: the DOCX a secretary would
                        print from Word/LibreOffice today, converted headless (median of 3)
"""

from __future__ import annotations

import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secretary_app.domain.document_reading import document_from_dict  # noqa: E402
from secretary_app.rendering import render_docx, render_pdf  # noqa: E402

SEED = ROOT / "resources" / "demo" / "notice-239-TB-DU.json"


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def pdfa_cost(doc) -> None:
    """Plain and PDF/A renders alternated (this machine is shared and noisy: a ratio of two separate runs
    would measure the neighbours)."""
    from secretary_app.rendering.pdfa import pdfa_problems

    render_pdf(doc, io.BytesIO(), pdfa=True)  # warm-up: pikepdf and its validator's imports
    plain, archived = [], []
    for _ in range(20):
        plain.append(median_ms(lambda: render_pdf(doc, io.BytesIO()), 1))
        archived.append(median_ms(lambda: render_pdf(doc, io.BytesIO(), pdfa=True), 1))
    base, with_pdfa = statistics.median(plain), statistics.median(archived)
    print(f"seed_pdfa_ms: {with_pdfa:.1f} ms (plain {base:.1f} ms in the same run)")
    print(f"pdfa_added_pct: {100 * (with_pdfa - base) / base:.0f} % (goal ≤ 50 %)")
    buffer = io.BytesIO()
    render_pdf(doc, buffer, pdfa=True)
    data = buffer.getvalue()
    print(f"pdfa_validate_ms: {median_ms(lambda: pdfa_problems(data), 5):.0f} ms")


def volume_cost(doc) -> None:
    from secretary_app.rendering.pdfa import ArchiveMetadata
    from secretary_app.rendering.volume import build_volume

    buffer = io.BytesIO()
    pages = render_pdf(doc, buffer, pdfa=True)
    parts = [buffer.getvalue()] * (900 // pages)
    meta = ArchiveMetadata("HỒ SƠ NĂM 2021", "bench", "", doc.issuer.name, None)
    ms = median_ms(lambda: build_volume(parts, meta), 3)
    print(f"archive_volume_900_pages_ms: {ms:.0f} ms ({len(parts) * pages} pages)")


def main() -> None:
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    doc = document_from_dict(seed)
    render_pdf(doc, io.BytesIO())  # warm-up: font registration, imports
    print(f"seed_render_ms: {median_ms(lambda: render_pdf(doc, io.BytesIO()), 20):.1f} ms")
    pdfa_cost(doc)

    big = dict(seed, body=seed["body"] * 40)
    big_doc = document_from_dict(big)
    pages = render_pdf(big_doc, io.BytesIO())
    print(f"render_200_pages_ms: {median_ms(lambda: render_pdf(big_doc, io.BytesIO()), 3):.0f} ms")
    print(f"render_200_pages_pages: {pages} pages")
    volume_cost(doc)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pdf"
        cmd = [sys.executable, "-m", "secretary_app", "render", str(SEED), "-o", str(out)]
        subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)  # warm the OS file cache
        cli = median_ms(lambda: subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True), 5)
        print(f"cli_render_ms: {cli:.0f} ms")

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice:
            docx = Path(tmp) / "notice.docx"
            render_docx(doc, docx)
            profile = Path(tmp) / "lo-profile"
            lo_cmd = [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(Path(tmp) / "lo"),
                str(docx),
            ]
            subprocess.run(lo_cmd, check=True, capture_output=True)  # first run creates the profile
            lo = median_ms(lambda: subprocess.run(lo_cmd, check=True, capture_output=True), 3)
            print(f"libreoffice_docx_to_pdf_ms: {lo:.0f} ms")
            print(f"cli_vs_libreoffice: {lo / cli:.1f} x")
        else:
            print("libreoffice_docx_to_pdf_ms: n/a (soffice not installed)")


if __name__ == "__main__":
    main()
