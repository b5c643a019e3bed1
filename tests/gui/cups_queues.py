"""A real print system for the printing tests: CUPS with two cups-pdf queues (A4, and Letter by default).

The README's test command installs ``cups`` and ``cups-pdf`` (Debian packages, like Qt's libraries). The
session fixture starts the system's cupsd when none runs (CI runs as root on a fresh Debian machine; the
scheduler is left running, as a system service would be), creates two queues named for this run (several
test runs may share one cupsd), points each one's cups-pdf output at a folder of its own, and removes the
queues afterwards. What is printed is then measured as the PDF cups-pdf writes: what a printer would get.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from PIL import ImageOps

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
SPOOL = Path("/var/spool/cups")
CONF_DIR = Path("/etc/cups")


@dataclass
class Queue:
    name: str
    out: Path  # where cups-pdf writes this queue's printed PDFs

    def jobs(self) -> dict[str, int]:
        """Completed and pending jobs of this queue: CUPS job id -> size in bytes of what was spooled."""
        listing = _run("lpstat", "-W", "all", "-o", self.name).stdout
        sizes = {}
        for line in listing.splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[0].startswith(f"{self.name}-") and parts[2].isdigit():
                sizes[parts[0]] = int(parts[2])
        return sizes

    def completed(self) -> set[str]:
        listing = _run("lpstat", "-W", "completed", "-o", self.name).stdout
        return {line.split()[0] for line in listing.splitlines() if line.strip()}

    def wait_for_output(self, token: str, timeout: float = 60.0) -> Path:
        """The printed PDF whose job title contains ``token`` (cups-pdf names files by title), once its job
        has completed (ghostscript writes the file in place: before that it may be half written)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in self.out.glob("*.pdf") if token in p.name]
            if found and f"{self.name}-{job_number(found[0])}" in self.completed():
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"no printed PDF with “{token}” in {self.out}: {sorted(self.out.iterdir())}")

    def wait_for_job(self, job: str, timeout: float = 60.0) -> Path:
        """The printed PDF of CUPS job ``job`` ("queue-12") once it has completed (titles with a "/" or
        diacritics are renamed by cups-pdf: the job number in the file name is certain)."""
        number = job.rsplit("-", 1)[1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in self.out.glob(f"*job_{number}.pdf")]
            if found and job in self.completed():
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"no printed PDF of job {job} in {self.out}: {sorted(self.out.iterdir())}")

    @staticmethod
    def spool_file(job_number: str) -> Path:
        """The document CUPS received for job ``job_number`` (kept: PreserveJobFiles), to look for JPEGs."""
        return SPOOL / f"d{int(job_number):05d}-001"


def _run(*args: str, check: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, check=check, timeout=60)


def _scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r").stdout


def _start_cupsd() -> None:
    """Start the system's cupsd (it detaches) and wait until it answers."""
    _run("cupsd", check=True)
    deadline = time.monotonic() + 15
    while not _scheduler_running():
        if time.monotonic() > deadline:
            raise AssertionError("cupsd did not start: see /var/log/cups/error_log")
        time.sleep(0.2)


def cups_queues(tmp_root: Path):
    """Generator behind the session fixture: yields {"a4": Queue, "letter": Queue}."""
    if shutil.which("dpkg") is None:
        pytest.skip("CUPS print tests run on Debian (the test command installs cups and cups-pdf there)")
    missing = [str(p) for p in (PPD, BACKEND) if not p.exists()] + [
        tool for tool in ("cupsd", "lpadmin", "lp", "lpstat") if shutil.which(tool) is None
    ]
    assert not missing, f"cups / cups-pdf missing ({', '.join(missing)}): run the README's test command"
    if os.geteuid() != 0:
        pytest.skip("creating CUPS queues needs root (CI runs as root); run as root to print through CUPS")
    if not _scheduler_running():
        _start_cupsd()
    queues = {}
    for paper, size in (("a4", "A4"), ("letter", "Letter")):
        name = f"secretary-test-{paper}-{os.getpid()}"
        out = tmp_root / name
        out.mkdir(parents=True, exist_ok=True)
        # cups-pdf reads /etc/cups/cups-pdf-<queue>.conf for a queue whose URI is cups-pdf:/<queue>.
        (CONF_DIR / f"cups-pdf-{name}.conf").write_text(
            f"Out {out}\nLabel 2\nTitlePref 1\nTruncate 200\n", encoding="utf-8"
        )
        result = _run(
            "lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}", "-P", str(PPD), "-o", f"PageSize={size}"
        )
        assert result.returncode == 0, result.stderr
        queues[paper] = Queue(name, out)
    try:
        yield queues
    finally:
        for queue in queues.values():
            _run("cancel", "-a", queue.name)
            _run("lpadmin", "-x", queue.name)
            (CONF_DIR / f"cups-pdf-{queue.name}.conf").unlink(missing_ok=True)


def job_number(path: Path) -> str:
    """cups-pdf's "-job_12" suffix (Label 2) -> "12"."""
    found = re.search(r"job_(\d+)", path.name)
    assert found, path
    return found.group(1)


MM = 72 / 25.4


@dataclass(frozen=True)
class Ink:
    """Where the ink is on one printed page, in millimetres: the sheet and the four margins around the ink."""

    width: float
    height: float
    left: float
    top: float
    right: float
    bottom: float

    @property
    def ink_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def ink_height(self) -> float:
        return self.height - self.top - self.bottom


def measure(path: Path, resolution: int = 150) -> list[Ink]:
    """Every page of a PDF rasterised and measured (±25.4/resolution mm)."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            image = page.to_image(resolution=resolution).original.convert("L")
            box = ImageOps.invert(image).point(lambda v: 255 if v > 60 else 0).getbbox()
            assert box, f"blank page in {path}"
            k = 25.4 / resolution
            w, h = float(page.width) / MM, float(page.height) / MM
            pages.append(Ink(w, h, box[0] * k, box[1] * k, w - box[2] * k, h - box[3] * k))
    return pages
