"""The render fuzz: thousands of hostile documents through the CLI's render door, counting what went wrong.

Each case is a document made by a seeded generator (:func:`make_case`, deterministic per ``--seed`` and
case number): a valid notice, state notice, minutes or report, then 1–3 random mutations — hostile texts
(very long, control and XML-invalid characters, markup, combining marks), wrong types, missing and unknown
keys, tables
with odd shapes and widths, charts with NaN/∞/huge values, runs of page breaks — or, for one case in eight,
hostile JSON text (deep nesting, huge integers, NaN, broken UTF-8). It is written to a file and rendered by
``services.render.render_file`` to PDF or DOCX, sometimes to an impossible output path (missing folder, a
folder, a name too long, the input itself). Outcomes:

* ``ok``: the output exists and is a whole PDF/DOCX; ``refused``: a ``DocumentError``/``StorageError`` with a
  Vietnamese message and no output file;
* ``tracebacks``: any other exception; ``hangs``: a case still running after ``--timeout`` seconds (the worker
  child is killed and a new one takes the next case, so a hang is counted, not suffered);
* ``partial_files``: anything left in the case's folder besides the input and a whole output (a temp file, a
  half file, an output after a refusal).

    python bench/fuzz_render.py --cases 3000          # goal: 0 tracebacks, 0 hangs over 60 s, 0 partial files

Prints ``name: value`` lines; ``--show N`` prints the first N failing cases (their seed and error).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = ROOT / "resources" / "demo" / "notice-239-TB-DU.json"
PROSE = (
    "Đảng ủy tập trung chỉ đạo triển khai Nghị quyết Đại hội, nâng cao chất lượng sinh hoạt chi bộ; "
    "tăng cường công tác kiểm tra, giám sát và đấu tranh phòng, chống tham nhũng, tiêu cực. "
)
ODD = ["\x00", "\x01", "\x0b", "\x1f", "\x7f", "\u200b", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udfff",
       "\u0301", "\u202e", "\U0001f600", "<b>", "</para>", "&amp;", "&", "<", ">", "\t", "\r\n", "\n\n\n",
       "\u00a0", "Đ", "ữ", "W" * 60, "🇻🇳", "\\", '"', "%PDF"]  # fmt: skip
DEFAULT_TIMEOUT = 60.0


# -- the generator -----------------------------------------------------------------------------------------


def _base(rng: random.Random) -> dict:
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    kind = rng.choice(["notice", "state", "minutes", "report", "letter"])
    if kind == "state":
        seed.update(standard="state", issuer={"parent": "BỘ NỘI VỤ", "name": "VĂN PHÒNG BỘ", "code": "VP"})
        seed["signature"] = {
            "authority": "KT. CHÁNH VĂN PHÒNG",
            "position": "PHÓ CHÁNH VĂN PHÒNG",
            "name": "Lê C",
        }
    elif kind == "minutes":
        seed.update(kind="minutes", title="BIÊN BẢN", type_code="BB", signature_left={"name": "Trần B"})
        seed["minutes"] = {
            "start": "08:00", "end": "11:30", "chair": "Nguyễn A", "secretary": "Trần B",
            "agenda": ["Báo cáo"], "attendance": {"total": 9, "present": 8, "absent": 1},
            "absentees": [{"name": "Lê D", "reason": "ốm"}],
            "items": [{"title": "Báo cáo", "content": [{"type": "paragraph", "text": PROSE}],
                       "speeches": [{"speaker": "Phạm E", "text": PROSE}], "conclusion": PROSE,
                       "votes": [{"subject": "Thông qua", "for": 8, "against": 0, "other": 0}]}],
        }  # fmt: skip
    elif kind == "report":
        seed.update(kind="report", title="BÁO CÁO", type_code="BC")
        seed["body"] = [
            {"type": "paragraph", "text": PROSE},
            {"type": "table", "columns": ["TT", "Nội dung", "Kết quả"], "rows": [["1", PROSE, "Xong"]] * 3,
             "widths": [0.7, 4, 1.5]},
            {"type": "chart", "text": "Tình hình", "categories": ["VP", "BTC"], "stacked": True,
             "series": [{"name": "Xong", "values": [3, 4]}, {"name": "Quá hạn", "values": [1, 0]}]},
        ]  # fmt: skip
    elif kind == "letter":
        seed.update(kind="letter", title="", type_code="CV", addressees=["Các chi bộ trực thuộc"])
    return seed


def _text(rng: random.Random, big: int) -> str:
    """A hostile text: long, odd characters, markup, or empty."""
    pick = rng.random()
    if pick < 0.15:
        return ""
    if pick < 0.25:
        return " " * rng.randint(1, 5) + "\n" * rng.randint(0, 3)
    size = (
        rng.choice([1, 10, 100, 300, 1_000, 5_000])
        if rng.random() < 0.85
        else rng.randint(min(5_000, big), big)
    )
    parts, length = [], 0
    while length < size:
        piece = rng.choice([PROSE, rng.choice(ODD), "x" * rng.randint(1, 3000), " ", "\n", PROSE.upper()])
        parts.append(piece)
        length += len(piece)
    return "".join(parts)[:size]


def _value(rng: random.Random, big: int):
    return rng.choice([
        lambda: _text(rng, big), lambda: rng.randint(-(10**6), 10**6), lambda: 10 ** rng.randint(5, 40),
        lambda: rng.random() * 10 ** rng.randint(-5, 300), lambda: float(rng.choice(["nan", "inf", "-inf"])),
        lambda: None, lambda: rng.random() < 0.5, lambda: [], lambda: {}, lambda: [_text(rng, 200)],
        lambda: {"type": "paragraph", "text": _text(rng, 200)},
    ])()  # fmt: skip


def _block(rng: random.Random, big: int) -> object:
    kind = rng.choice(["paragraph", "heading", "item", "section", "subheading", "table", "chart",
                       "page_break", "long", "breaks", "odd"])  # fmt: skip
    if kind == "long":
        return {
            "type": "paragraph",
            "text": (PROSE * (big // len(PROSE) + 1))[: rng.randint(min(4_000, big), big)],
        }
    if kind == "breaks":
        return [{"type": "page_break"}] * rng.randint(2, 40)
    if kind == "odd":
        return _value(rng, big)
    if kind == "table":
        ncols = rng.choice([1, 2, 3, 6, 12, 30, 31, 130])
        nrows = rng.choice([0, 1, 3, 30, 300])
        cell = lambda: rng.choice([_text(rng, 6_000), str(rng.randint(0, 10**6)), rng.randint(0, 99), 1.5])  # noqa: E731
        rows = [[cell() for _ in range(ncols if rng.random() < 0.95 else rng.randint(0, ncols + 2))]
                for _ in range(nrows)]  # fmt: skip
        block = {"type": "table", "rows": rows}
        if rng.random() < 0.7:
            block["columns"] = [_text(rng, 300) or "Cột" for _ in range(ncols)]
        if rng.random() < 0.5:
            block["widths"] = [rng.choice([1, 0.5, 1e-9, 1e9, 100, 0.01, 3]) for _ in range(ncols)]
        return block
    if kind == "chart":
        n = rng.choice([1, 2, 5, 40, 200, 201])
        values = [0, 1, 7, 1e6, 1e12, 1e13, 1e308, float("nan"), float("inf"), -1, 2.5]
        series = [
            {"name": _text(rng, 300) or "Dãy", "values": [rng.choice(values) for _ in range(n)]}
            for _ in range(rng.choice([1, 3, 8, 21]))
        ]
        block = {
            "type": "chart",
            "categories": [_text(rng, 300) or f"ĐV{i}" for i in range(n)],
            "series": series,
        }
        block["stacked"] = rng.random() < 0.5
        block["text"] = _text(rng, 300)
        return block
    block = {"type": kind, "text": _text(rng, big) or "Nội dung"}
    if kind == "section":
        block["number"] = rng.choice(["1.", "I-", _text(rng, 100)])
    return block


def _paths(doc: object) -> list[tuple[object, object]]:
    """Every (container, key) in the document, to pick one to mutate."""
    out, stack = [], [doc]
    while stack:
        item = stack.pop()
        keys = item.keys() if isinstance(item, dict) else range(len(item)) if isinstance(item, list) else []
        for key in keys:
            out.append((item, key))
            stack.append(item[key])
    return out


def _mutate(rng: random.Random, doc: dict, big: int) -> None:
    op = rng.random()
    if op < 0.35:  # a hostile value somewhere
        container, key = rng.choice(_paths(doc))
        same_type = (
            isinstance(container[key], str) and rng.random() < 0.8
        )  # mostly: a hostile text in a text slot
        container[key] = _text(rng, big) if same_type or rng.random() < 0.3 else _value(rng, big)
    elif op < 0.65:  # body blocks
        body = doc.setdefault("body", [])
        if not isinstance(body, list):
            return
        for _ in range(rng.randint(1, 4)):
            block = _block(rng, big)
            body[rng.randint(0, len(body)) : rng.randint(0, len(body))] = (
                block if isinstance(block, list) else [block]
            )
    elif op < 0.75:  # a key removed or an unknown one added
        container, key = rng.choice(_paths(doc))
        if isinstance(container, dict) and rng.random() < 0.6:
            container.pop(key, None)
        elif isinstance(container, dict):
            container[_text(rng, 40) or "x"] = _value(rng, 100)
    elif op < 0.85:  # numbers and dates
        doc[rng.choice(["number", "date", "draft", "unnumbered"])] = rng.choice(
            [0, -1, 999_999, 1_000_000, 10**30, "2021-02-30", "31/12/2021", "", "12/10/2021", True, None, 1.5]
        )
    else:  # long lists
        key = rng.choice(["recipients", "addressees"])
        doc[key] = [_text(rng, 2_000) or "Lưu" for _ in range(rng.choice([1, 10, 100, 600]))]


def _hostile_json(rng: random.Random, doc: dict) -> bytes:
    text = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    pick = rng.randrange(7)
    if pick == 0:
        depth = rng.choice([30, 33, 500, 991, 5000, 100_000])
        return (text[:-1] + ', "meta": {"x": ' + "[" * depth + "]" * depth + "}}").encode()
    if pick == 1:
        return text.replace('"number": 239', '"number": ' + "9" * rng.choice([19, 4301, 50_000])).encode()
    if pick == 2:
        return text.replace(
            '"number": 239', '"number": ' + rng.choice(["NaN", "Infinity", "-Infinity", "1e999"])
        ).encode()
    if pick == 3:
        return text.encode()[: rng.randint(0, len(text))]
    if pick == 4:
        data = bytearray(text.encode())
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if pick == 5:
        return b"\xef\xbb\xbf" + text.encode()
    return rng.choice([b"", b"null", b"[]", b"42", b'"x"', b"{}", b"\xff\xfe{}"])


def make_case(seed: int, index: int, big: int = 300_000) -> tuple[bytes, str, str]:
    """Case ``index`` of run ``seed``: (the JSON file's bytes, output suffix, output kind)."""
    rng = random.Random(seed * 1_000_003 + index)
    doc = _base(rng)
    for _ in range(rng.randint(1, 3)):
        _mutate(rng, doc, big)
    if rng.random() < 0.125:
        raw = _hostile_json(rng, doc)
    else:  # \u escapes carry lone surrogates into the parsed text; raw UTF-8 could not hold them
        raw = json.dumps(doc, ensure_ascii=rng.random() < 0.5).encode("utf-8", "replace")
    suffix = ".pdf" if rng.random() < 0.75 else ".docx"
    target = rng.choices(["file", "missing", "folder", "long", "input"], weights=[90, 3, 3, 2, 2])[0]
    return raw, suffix, target


# -- running one case --------------------------------------------------------------------------------------


def run_case(seed: int, index: int, work: Path, big: int = 300_000) -> dict:
    """Render case ``index`` in its own folder under ``work``; its outcome (the folder is removed)."""
    from secretary_app.domain.document import DocumentError
    from secretary_app.domain.errors import StorageError
    from secretary_app.services.render import render_file

    raw, suffix, target = make_case(seed, index, big)
    folder = work / f"case-{index}"
    folder.mkdir(parents=True)
    try:
        src = folder / "doc.json"
        src.write_bytes(raw)
        out = {
            "file": folder / f"out{suffix}",
            "missing": folder / "missing" / f"out{suffix}",
            "folder": folder / f"dir{suffix}",
            "long": folder / ("n" * 300 + suffix),
            "input": folder / f"doc{suffix}",
        }[target]
        if target == "folder":
            out.mkdir()
        if target == "input":
            src = src.rename(out)
        expected = {src.name} | ({out.name} if target == "folder" else set())
        started = time.perf_counter()
        try:
            render_file(src, out)
            outcome, error = "ok", ""
        except (DocumentError, StorageError) as exc:
            outcome, error = "refused", exc.message
            if not error or not isinstance(error, str):
                outcome, error = "traceback", f"refusal without a message: {exc!r}"
        except Exception as exc:  # noqa: BLE001 - this is what the fuzz counts
            outcome, error = "traceback", f"{type(exc).__name__}: {str(exc)[:300]}"
        elapsed = time.perf_counter() - started
        present = {p.name for p in folder.iterdir()}
        partial = False
        if outcome == "ok" and target == "file":
            data = out.read_bytes()
            whole = data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:] if suffix == ".pdf" else (
                data.startswith(b"PK\x03\x04"))  # fmt: skip
            partial = not whole or present != expected | {out.name}
        elif outcome == "ok":
            partial = True  # an impossible path "succeeded": something was written where it should not be
        else:
            partial = present != expected or (target == "folder" and any(out.iterdir()))
        return {"index": index, "outcome": outcome, "error": error, "partial": partial, "seconds": elapsed,
                "target": target, "suffix": suffix}  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- the bench: a worker child under a watchdog ------------------------------------------------------------


def _worker(seed: int, work: Path, big: int) -> None:
    """Child: reads case numbers on stdin, prints one JSON outcome per line."""
    for line in sys.stdin:
        result = run_case(seed, int(line), work, big)
        print(json.dumps(result), flush=True)  # ASCII: an error message may hold a lone surrogate


def _spawn(seed: int, work: Path, big: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, __file__, "--worker", "--seed", str(seed), "--work", str(work), "--big", str(big)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT,
    )  # fmt: skip


def fuzz(cases: int, seed: int, timeout: float, big: int) -> tuple[dict, list[dict]]:
    counts = {"tried": 0, "ok": 0, "refused": 0, "tracebacks": 0, "hangs": 0, "partial_files": 0}
    failures: list[dict] = []
    slowest = 0.0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuzz-render-") as tmp:
        work = Path(tmp)
        child = _spawn(seed, work, big)
        try:
            for index in range(cases):
                if index and index % 100 == 0:  # a long run on a busy machine still shows where it is
                    print(f"progress: {json.dumps(counts)}", file=sys.stderr, flush=True)
                child.stdin.write(f"{index}\n")
                child.stdin.flush()
                ready, _, _ = select.select([child.stdout], [], [], timeout)
                line = child.stdout.readline() if ready else ""
                counts["tried"] += 1
                if not line:  # hung (or died): kill it, count it, go on with a fresh worker
                    child.kill()
                    child.wait()
                    counts["hangs" if not ready else "tracebacks"] += 1
                    failures.append({"index": index, "outcome": "hang" if not ready else "worker died"})
                    shutil.rmtree(work / f"case-{index}", ignore_errors=True)
                    child = _spawn(seed, work, big)
                    continue
                result = json.loads(line)
                slowest = max(slowest, result["seconds"])
                key = {"ok": "ok", "refused": "refused", "traceback": "tracebacks"}[result["outcome"]]
                counts[key] += 1
                if result["partial"]:
                    counts["partial_files"] += 1
                if result["outcome"] == "traceback" or result["partial"]:
                    failures.append(result)
        except KeyboardInterrupt:  # Ctrl+C: report the cases tried so far
            counts["interrupted"] = 1
        finally:
            child.kill()
            child.wait()
    counts["slowest_case_s"] = round(slowest, 2)
    counts["elapsed_s"] = round(time.perf_counter() - started, 1)
    return counts, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds before a case is a hang"
    )
    parser.add_argument("--big", type=int, default=300_000, help="longest generated text")
    parser.add_argument("--show", type=int, default=10, help="failing cases to print")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.seed, args.work, args.big)
        return
    counts, failures = fuzz(args.cases, args.seed, args.timeout, args.big)
    for name, value in counts.items():
        print(f"{name}: {value}")
    print("goal: tracebacks 0, hangs 0 (over 60 s), partial_files 0")
    for failure in failures[: args.show]:
        print(f"failed case {failure['index']} (seed {args.seed}): {json.dumps(failure, ensure_ascii=False)}",
              file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
