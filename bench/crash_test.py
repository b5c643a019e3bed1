"""The proof that nothing a secretary recorded is lost when the app is killed mid-work.

A child process works through the SERVICES as the GUI would — creates and edits meetings, types minutes,
issues notices and minutes with numbers, ticks directives — and logs every operation twice to a side file,
each line fsync'ed: an *intent* line before the service call and an *ack* line after it returned (the moment
the GUI would tell the secretary "đã lưu"). The parent SIGKILLs the child at a random moment, then checks:

* ``PRAGMA integrity_check`` and ``foreign_key_check`` are clean;
* every acknowledged write is in the database with the acknowledged value (a later write whose intent was
  logged but not acknowledged — the call in flight at the kill — may have landed too, and is allowed);
* issued numbers have neither duplicates nor gaps in any numbering sequence.

The database and the log carry over from run to run, so later runs work on a growing file and a kill can land
in a WAL checkpoint as well as in a commit. A SIGKILL is a process crash, not a power cut: see
docs/data-safety.md for what that does and does not prove.

    python bench/crash_test.py --runs 200
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MISSING = "<missing>"
KILL_WINDOW_S = 0.4  # the child is killed between 0 and this long after it said ready (on a quiet machine)
# On a loaded machine the same window holds too little work (no notice issued in 20 runs at a load of 9), so
# the window stretches with the machine's speed: this many times the time one render of the seed notice takes
# now (~30 ms quiet: the window stays 0.4 s).
KILL_WINDOW_RENDERS = 12


def kill_window(minimum: float = KILL_WINDOW_S) -> float:
    """The kill window for this machine now: at least ``minimum``, longer while the machine is slow."""
    from secretary_app.services.demo import seed_notice
    from secretary_app.services.render import render_pdf_bytes

    render_pdf_bytes(seed_notice())  # imports and fonts, once
    started = time.monotonic()
    render_pdf_bytes(seed_notice())
    return max(minimum, KILL_WINDOW_RENDERS * (time.monotonic() - started))


# ------------------------------------------------------------------------------------------------------------
# The child: random work through the services, with an fsync'ed intent/ack log.


class SideLog:
    def __init__(self, path: Path):
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, record: dict) -> None:
        os.write(self.fd, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        os.fsync(self.fd)


def worker(db_path: Path, log_path: Path, run: int, seed: int) -> None:
    from secretary_app.domain import models as m
    from secretary_app.services.context import open_context

    rng = random.Random(seed)
    ctx = open_context(db_path, create=True)
    log = SideLog(log_path)
    units = ctx.units.list_units()
    # Issuing renders the PDF and PDF/A copies whose hashes it records; their libraries (ReportLab, pikepdf)
    # load on the first issue. The app pays that once; a child killed within its first second would never
    # get past it (on a loaded machine no issue at all reached the database), so it is paid before "ready".
    import secretary_app.services.render  # noqa: F401
    from secretary_app.rendering import pdf, pdfa  # noqa: F401

    sys.stdout.write("ready\n")
    sys.stdout.flush()

    def w(table: str, uuid: str, column: str, value, prior=MISSING) -> list:
        """One write: the value it sets and the value before (MISSING for a new row)."""
        return [table, uuid, column, value, prior]

    def new_meeting():
        start = datetime(2024, 1, 1, 8) + timedelta(days=rng.randrange(360), hours=rng.randrange(8))
        meeting = m.Meeting(
            title=f"Hội nghị giao ban cấp ủy lần {rng.randrange(10_000)}",
            kind="Hội nghị giao ban cấp ủy",
            start=start,
            end=start + timedelta(hours=2),
            place="Hội trường tầng 3",
            chair="Nguyễn Văn A",
            secretary="Trần Thị B",
            agenda=[m.AgendaItem(title="Sơ kết công tác tháng"), m.AgendaItem(title="Nhiệm vụ tháng tới")],
        )
        writes = [w("meetings", meeting.uuid, "title", meeting.title)]
        writes += [w("agenda_items", item.uuid, "title", item.title) for item in meeting.agenda]
        return writes, lambda: (ctx.meetings.create(meeting), [])[1]

    def open_meetings():
        return [x for x in ctx.meetings.list_meetings() if x.status != m.MeetingStatus.MINUTES_FINAL]

    def edit_meeting():
        meetings = open_meetings()
        if not meetings:
            return None
        meeting = ctx.meetings.get(rng.choice(meetings).id)
        column = rng.choice(["title", "place"])
        value = f"{'Hội nghị' if column == 'title' else 'Phòng họp'} sửa lần {rng.randrange(10**6)}"
        prior = getattr(meeting, column)
        setattr(meeting, column, value)
        return [w("meetings", meeting.uuid, column, value, prior)], lambda: (
            ctx.meetings.save_details(meeting),
            [],
        )[1]

    def type_minutes():
        meetings = open_meetings()
        if not meetings:
            return None
        meeting = ctx.meetings.get(rng.choice(meetings).id)
        if meeting.minutes and rng.random() < 0.3:  # the secretary corrects what she typed
            entry = rng.choice(meeting.minutes)
            prior = entry.text
            entry.text += f" (bổ sung {rng.randrange(1000)})"
        else:
            kind = rng.choice(
                [m.MinutesEntryKind.REPORT, m.MinutesEntryKind.OPINION, m.MinutesEntryKind.CONCLUSION]
            )
            text = (
                "Về công tác thông tin:\n- Các đơn vị bám sát tình hình, đảm bảo tiến độ.\n- Báo cáo kết quả "
                "đúng hạn."
                if kind == m.MinutesEntryKind.CONCLUSION
                else f"Ý kiến số {rng.randrange(10**6)}: thống nhất với báo cáo, đề nghị bổ sung số liệu quý."
            )
            entry = m.MinutesEntry(
                kind=kind,
                text=text,
                speaker="Đồng chí C",
                agenda_item_uuid=rng.choice(meeting.agenda).uuid if meeting.agenda else "",
            )
            meeting.minutes.append(entry)
            prior = MISSING
        return [w("minutes_entries", entry.uuid, "text", entry.text, prior)], lambda: (
            ctx.minutes.save_entries(meeting.id, meeting.minutes),
            [],
        )[1]

    def issue(kind: str):
        meetings = [x for x in ctx.meetings.list_meetings()]
        if not meetings:
            return None
        meeting_id = rng.choice(meetings).id
        # Drafting is its own commit, not checked here: only the issue (the number) is.
        draft = (
            ctx.issuing.draft_notice(meeting_id)
            if kind == "notice"
            else ctx.issuing.draft_minutes(meeting_id)
        )

        def call():
            doc = ctx.issuing.issue(draft.id)
            return [
                w("documents", doc.uuid, "number", doc.number, None),
                w("documents", doc.uuid, "status", "issued", "draft"),
            ]

        return [], call

    def tick_directive():
        open_ones = [d for d in ctx.directives.list_directives() if d.status == m.DirectiveStatus.OPEN]
        if not open_ones:
            return None
        directive = rng.choice(open_ones)
        directive.status = m.DirectiveStatus.DONE
        directive.completed_on = date(2024, 12, 31)
        directive.result = "Đã hoàn thành, báo cáo Thường trực."
        if units:
            directive.lead_unit_id = rng.choice(units).id
        writes = [w("directives", directive.uuid, "status", "done", "open")]
        return writes, lambda: (ctx.directives.save(directive), [])[1]

    operations = [
        (new_meeting, 12),
        (edit_meeting, 15),
        (type_minutes, 40),
        (lambda: issue("notice"), 12),
        (lambda: issue("minutes"), 4),
        (tick_directive, 17),
    ]
    ops, weights = zip(*operations, strict=True)
    from secretary_app.domain.errors import ReadOnlyRecordError
    from secretary_app.domain.validation import ValidationError

    for n in range(10**9):
        prepared = rng.choices(ops, weights)[0]()
        if prepared is None:
            continue
        writes, call = prepared
        seq = f"{run}:{n}"
        log.write({"seq": seq, "intent": writes})
        try:
            later = call()
        except (ValidationError, ReadOnlyRecordError):
            log.write({"seq": seq, "refused": True})  # nothing written; not a loss
            continue
        log.write({"seq": seq, "ack": later})


# ------------------------------------------------------------------------------------------------------------
# The parent: set up, kill, check.


@dataclass
class Figures:
    runs: int = 0
    acknowledged_writes: int = 0
    lost_writes: int = 0
    integrity_failures: int = 0
    duplicate_or_skipped_numbers: int = 0
    worker_failures: int = 0  # the child died by itself (a bug): every run must end in our SIGKILL
    kills_mid_operation: int = 0  # runs whose last logged line is an intent: killed inside a service call
    issued_numbers: int = 0
    elapsed_s: float = 0.0
    kill_window_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        names = [
            "runs",
            "acknowledged_writes",
            "lost_writes",
            "integrity_failures",
            "duplicate_or_skipped_numbers",
            "worker_failures",
            "kills_mid_operation",
            "issued_numbers",
        ]
        timing = [f"elapsed_s: {self.elapsed_s:.1f}", f"kill_window_s: {self.kill_window_s:.2f}"]
        return [f"{name}: {getattr(self, name)}" for name in names] + timing


def setup_database(db_path: Path) -> None:
    from secretary_app.domain import models as m
    from secretary_app.services.context import open_context

    ctx = open_context(db_path, create=True)
    try:
        ctx.organisation.save(
            m.OrganisationProfile(
                issuing_body="ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM",
                parent_body="ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG",
                code="ĐU",
                place="Hà Nội",
                standard=m.Standard.PARTY,
                term_start=date(2020, 6, 1),
                signers=[m.Signer(name="Nguyễn Văn A", position="PHÓ BÍ THƯ", authority="T/M ĐẢNG ỦY")],
                default_recipients=["Lưu VPĐU"],
            )
        )
        for name in ("Văn phòng Đảng ủy", "Ban Tuyên giáo Đảng ủy", "Ban Tổ chức Đảng ủy"):
            ctx.units.save(m.Unit(name=name))
    finally:
        ctx.close()


def read_log(log_path: Path) -> list[dict]:
    """The log's records; a line torn by the kill (it can only be the last) is cut off so appends stay
    clean."""
    data = log_path.read_bytes() if log_path.exists() else b""
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        log_path.write_bytes(data)
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def expected_state(records: list[dict]) -> tuple[dict[tuple, set], int]:
    """For every (table, uuid, column) written: the values the database may hold. An acknowledged write
    fixes the value; an unacknowledged intent after it (in flight at a kill) adds its value as possible, next
    to the value before it (its ``prior``: MISSING for a row it would have created)."""
    outcome = {r["seq"]: r for r in records if "ack" in r or "refused" in r}
    allowed: dict[tuple, set] = {}
    acknowledged = 0
    for record in records:
        if "intent" not in record:
            continue
        done = outcome.get(record["seq"])
        if done is not None and "refused" in done:
            continue
        if done is not None:
            acknowledged += 1
            for table, uuid, column, value, _prior in record["intent"] + done["ack"]:
                allowed[(table, uuid, column)] = {value}
        else:
            for table, uuid, column, value, prior in record["intent"]:
                allowed.setdefault((table, uuid, column), {prior}).add(value)
    return allowed, acknowledged


def check(db_path: Path, log_path: Path, lost: set, figures: Figures) -> None:
    from secretary_app.domain.models import Standard
    from secretary_app.domain.numbering import numbering_scope

    conn = sqlite3.connect(db_path)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if integrity != ["ok"] or fk:
            figures.integrity_failures += 1
            figures.problems.append(f"run {figures.runs}: integrity {integrity[:3]} fk {fk[:3]}")
        records = read_log(log_path)
        allowed, figures.acknowledged_writes = expected_state(records)
        figures.kills_mid_operation += bool(records) and "intent" in records[-1]
        for (table, uuid, column), values in allowed.items():
            row = conn.execute(f'SELECT "{column}" FROM "{table}" WHERE uuid = ?', [uuid]).fetchone()
            actual = MISSING if row is None else row[0]
            if actual not in values and (table, uuid, column) not in lost:
                lost.add((table, uuid, column))
                figures.problems.append(f"run {figures.runs}: {table}.{column} of {uuid} is {actual!r}, "
                                        f"expected one of {sorted(map(str, values))}")  # fmt: skip
        figures.lost_writes = len(lost)
        standard, term_start = conn.execute("SELECT standard, term_start FROM organisation").fetchone()
        sequences: dict[tuple, list[int]] = defaultdict(list)
        rows = conn.execute(
            "SELECT type_code, number, doc_date FROM documents WHERE status = 'issued'"
        ).fetchall()
        for type_code, number, doc_date in rows:
            scope = numbering_scope(Standard(standard), type_code, date.fromisoformat(doc_date),
                                    date.fromisoformat(term_start) if term_start else None)  # fmt: skip
            sequences[(scope.start, scope.type_code)].append(number)
        bad = 0
        for key, numbers in sequences.items():
            duplicates = len(numbers) - len(set(numbers))
            skipped = max(numbers) - len(set(numbers))  # sequences start at 1
            if duplicates or skipped:
                figures.problems.append(
                    f"run {figures.runs}: sequence {key}: {duplicates} duplicated, {skipped} skipped"
                )
            bad += duplicates + skipped
        figures.duplicate_or_skipped_numbers = max(figures.duplicate_or_skipped_numbers, bad)
        figures.issued_numbers = len(rows)
    finally:
        conn.close()


def run_crash_test(runs: int, workdir: Path, seed: int = 1, kill_window_s: float | None = None,
                   echo: bool = False) -> Figures:  # fmt: skip
    """``kill_window_s``: None measures it (:func:`kill_window`)."""
    workdir.mkdir(parents=True, exist_ok=True)
    if kill_window_s is None:
        kill_window_s = kill_window()
    figures_window = kill_window_s
    db_path, log_path = workdir / "crash.sqlite", workdir / "acknowledged.log"
    env = {**os.environ, "SECRETARY_DATA_DIR": str(workdir / "data"), "PYTHONPATH": str(ROOT)}
    os.environ["SECRETARY_DATA_DIR"] = env["SECRETARY_DATA_DIR"]  # the set-up below runs in this process
    setup_database(db_path)
    rng = random.Random(seed)
    figures, lost = Figures(), set()
    started = time.monotonic()
    for run in range(runs):
        child = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                str(db_path),
                str(log_path),
                str(run),
                str(rng.randrange(2**31)),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        ready = child.stdout.readline()
        if ready.strip() == b"ready":
            time.sleep(rng.uniform(0, kill_window_s))
        child.send_signal(signal.SIGKILL)
        _, stderr = child.communicate()
        if child.returncode != -signal.SIGKILL:
            figures.worker_failures += 1
            figures.problems.append(f"run {run}: worker exited {child.returncode}: {stderr.decode()[-2000:]}")
        figures.runs = run + 1
        check(db_path, log_path, lost, figures)
        if echo and (run + 1) % 20 == 0:
            print(f"# {run + 1} runs, {figures.acknowledged_writes} acknowledged writes", file=sys.stderr)
    figures.elapsed_s = time.monotonic() - started
    figures.kill_window_s = figures_window
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--kill-window", type=float, default=None, help="seconds after ready (default: measured)"
    )
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and keep it (default: a temporary one)"
    )
    parser.add_argument("--worker", nargs=4, metavar=("DB", "LOG", "RUN", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        db, log, run, seed = args.worker
        worker(Path(db), Path(log), int(run), int(seed))
        return 0
    with tempfile.TemporaryDirectory(prefix="crash-test-") as tmp:
        figures = run_crash_test(args.runs, args.keep or Path(tmp), args.seed, args.kill_window, echo=True)
    print(*figures.lines(), sep="\n")
    for problem in figures.problems[:20]:
        print("#", problem, file=sys.stderr)
    ok = not (figures.lost_writes or figures.integrity_failures or figures.duplicate_or_skipped_numbers
              or figures.worker_failures)  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
