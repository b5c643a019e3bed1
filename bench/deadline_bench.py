"""Deadline parser on the corpus of real task lines: prints its hit rate and the lines it misses.

    .venv/bin/python bench/deadline_bench.py [--misses]

deadline_parser_hit_rate    share of the corpus lines (tests/fixtures/deadline_corpus.txt) whose deadline
                            domain.deadlines.suggest_deadline reads as expected: the same kind (date, period,
                            ongoing, unresolved, none) and, for a date or a period, the same day (goal ≥ 95 %)
deadline_parser_us_per_line the time to read one line
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secretary_app.domain.deadlines import suggest_deadline  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "deadline_corpus.txt"
GOAL = 95.0


@dataclass(frozen=True)
class CorpusLine:
    number: int  # line number in the file
    doc_date: date
    kind: str
    deadline: date | None
    text: str


def load_corpus(path: Path = CORPUS) -> list[CorpusLine]:
    """The corpus lines ("@ date" sets the notice's date; "KIND [YYYY-MM-DD] | text")."""
    lines, doc_date = [], None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("@"):
            doc_date = date.fromisoformat(raw[1:].strip())
            continue
        expected, text = (part.strip() for part in raw.split("|", 1))
        kind, _, day = expected.partition(" ")
        if doc_date is None or kind not in ("date", "period", "ongoing", "unresolved", "none"):
            raise ValueError(f"{path}:{number}: {raw}")
        lines.append(CorpusLine(number, doc_date, kind, date.fromisoformat(day) if day else None, text))
    return lines


def misses(corpus: list[CorpusLine]) -> list[tuple[CorpusLine, object]]:
    """(line, what the parser said) for every line it reads otherwise than expected."""
    wrong = []
    for line in corpus:
        got = suggest_deadline(line.text, line.doc_date)
        if str(got.kind) != line.kind or got.deadline != line.deadline:
            wrong.append((line, got))
    return wrong


def hit_rate(corpus: list[CorpusLine]) -> float:
    return 100.0 * (len(corpus) - len(misses(corpus))) / len(corpus)


def main() -> None:
    corpus = load_corpus()
    start = time.perf_counter()
    wrong = misses(corpus)
    elapsed = time.perf_counter() - start
    rate = 100.0 * (len(corpus) - len(wrong)) / len(corpus)
    print(f"deadline_corpus_lines: {len(corpus)}")
    print(f"deadline_parser_hit_rate: {rate:.1f} %  (goal ≥ {GOAL:.0f} %)")
    print(f"deadline_parser_us_per_line: {1e6 * elapsed / len(corpus):.0f} µs")
    if "--misses" in sys.argv:
        for line, got in wrong:
            print(
                f"  line {line.number}: expected {line.kind} {line.deadline or ''}, got {got.kind} "
                f"{got.deadline or ''} {got.words!r}: {line.text[:90]}"
            )


if __name__ == "__main__":
    main()
