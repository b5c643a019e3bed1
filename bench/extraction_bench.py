"""Reading received documents on the corpus of real published texts: precision and recall of the header fields
and of the tasks, for the PDF (rendered by LibreOffice) and the DOCX of each document.

    .venv/bin/python bench/extraction_bench.py [--misses]

The last line times reading a received 10-page PDF (header and tasks), the goal in DESIGN.md being ≤ 1 s.

The corpus is tests/fixtures/incoming_corpus/: NN-name.txt (the text, copied from its source), NN-name.json
(the source address and the true fields and tasks, written by hand), NN-name.docx / .pdf (make_corpus.py).

Scoring
* a header field counts when it was proposed (non-empty) and equals the true one after folding (no
  diacritics, lower case, one space between words, no end punctuation); the trích yếu when the folded texts
  are ≥ 90 % alike. Precision = right / proposed, recall = right / true (non-empty) fields.
* a proposed task matches a true one when their folded texts are ≥ 80 % alike (difflib), each used once.
  Task precision = matched / proposed, recall = matched / true. Over the matched tasks: the lead unit is
  right when it equals the true one after folding ('' for none), the deadline when the kind (date, period,
  ongoing, unresolved, none) and, for a date or a period, the day equal the true ones.
* "held-out" documents (``"held_out": true`` in their JSON) were added after the rules were written, their
  truth written down and scored before any rule changed for them; the others are the corpus the rules were
  tuned on. The held-out documents' first scores, PDF and DOCX alike: header precision 80 %, recall 40 %
  (a flattened header, a symbol that lost its dash); tasks precision 71 %, recall 71 %; lead unit 80 %,
  deadline 100 % of the matched tasks. The rules were then fixed for what they showed (see git log). A
  second held-out batch (19-21: conclusions reported in prose, several orders a paragraph) first scored tasks
  precision 50 %, recall 33 %, lead unit 67 %, deadline 100 % of the matched; then sentences that start an
  order of their own were cut apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secretary_app.domain.text import fold  # noqa: E402
from secretary_app.services.incoming_extraction import propose  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "incoming_corpus"
FIELDS = ("sender", "symbol", "issued_on", "kind_code", "summary")
FORMATS = ("pdf", "docx")


def norm(value: object) -> str:
    return " ".join(fold(str(value or "")).split()).strip(" .,;:/")


def alike(a: str, b: str) -> float:
    return SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


@dataclass
class Counts:
    right: int = 0
    proposed: int = 0
    true: int = 0

    @property
    def precision(self) -> float:
        return 100.0 * self.right / self.proposed if self.proposed else 100.0

    @property
    def recall(self) -> float:
        return 100.0 * self.right / self.true if self.true else 100.0


@dataclass
class Score:
    fields: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in FIELDS})
    tasks: Counts = field(default_factory=Counts)
    lead_right: int = 0
    deadline_right: int = 0
    misses: list[str] = field(default_factory=list)

    def header(self) -> Counts:
        total = Counts()
        for counts in self.fields.values():
            total.right += counts.right
            total.proposed += counts.proposed
            total.true += counts.true
        return total


def load() -> list[tuple[str, dict]]:
    return [
        (path.stem, json.loads(path.read_text(encoding="utf-8"))) for path in sorted(CORPUS.glob("*.json"))
    ]


def _field_right(name: str, got: object, want: object) -> bool:
    if name == "summary":
        return alike(str(got), str(want)) >= 0.9
    return norm(got) == norm(want)


def _deadline_right(suggestion, truth: dict) -> bool:
    if suggestion is None:
        return truth["kind"] == "none"
    if str(suggestion.kind) != truth["kind"]:
        return False
    return truth["kind"] not in ("date", "period") or str(suggestion.deadline) == truth["date"]


def score_one(name: str, doc: dict, fmt: str, score: Score) -> None:
    truth = doc["truth"]
    today = date.fromisoformat(doc["reference_date"]) if doc.get("reference_date") else None
    proposal = propose(CORPUS / f"{name}.{fmt}", today=today)
    for field_name in FIELDS:
        got, want = getattr(proposal, field_name), truth[field_name]
        counts = score.fields[field_name]
        counts.true += bool(want)
        if got:
            counts.proposed += 1
            if want and _field_right(field_name, got, want):
                counts.right += 1
            else:
                score.misses.append(f"{name}.{fmt} {field_name}: {got!r} (true {want!r})")
        elif want:
            score.misses.append(f"{name}.{fmt} {field_name}: missed (true {want!r})")
    unused = list(proposal.tasks)
    score.tasks.proposed += len(unused)
    score.tasks.true += len(truth["tasks"])
    for true_task in truth["tasks"]:
        best = max(unused, key=lambda t: alike(t.text, true_task["text"]), default=None)
        if best is None or alike(best.text, true_task["text"]) < 0.8:
            score.misses.append(f"{name}.{fmt} task missed: {true_task['text'][:90]!r}")
            continue
        unused.remove(best)
        score.tasks.right += 1
        if norm(best.lead_unit) == norm(true_task["lead_unit"]):
            score.lead_right += 1
        else:
            score.misses.append(f"{name}.{fmt} lead {best.lead_unit!r} (true {true_task['lead_unit']!r})")
        if _deadline_right(best.deadline, true_task["deadline"]):
            score.deadline_right += 1
        else:
            got = best.deadline and (str(best.deadline.kind), str(best.deadline.deadline))
            score.misses.append(
                f"{name}.{fmt} deadline {got} (true {true_task['deadline']}): {best.text[:60]!r}"
            )
    for extra in unused:
        score.misses.append(f"{name}.{fmt} extra task (line {extra.source_line}): {extra.text[:90]!r}")


def run(formats: tuple[str, ...] = FORMATS, held_out: bool | None = None) -> dict[str, Score]:
    """Scores per format over the corpus, or only over the documents kept out of the rules' tuning
    (``held_out`` True) or only over the others (False)."""
    corpus = [(n, d) for n, d in load() if held_out is None or bool(d.get("held_out")) == held_out]
    scores = {fmt: Score() for fmt in formats}
    for fmt in formats:
        for name, doc in corpus:
            score_one(name, doc, fmt, scores[fmt])
    return scores


def figures(score: Score) -> dict[str, float]:
    """The numbers the test holds floors on (percent)."""
    header = score.header()
    matched = score.tasks.right or 1
    out = {
        "header_precision": header.precision,
        "header_recall": header.recall,
        "task_precision": score.tasks.precision,
        "task_recall": score.tasks.recall,
        "lead_unit_accuracy": 100.0 * score.lead_right / matched,
        "deadline_accuracy": 100.0 * score.deadline_right / matched,
    }
    for name, counts in score.fields.items():
        out[f"{name}_precision"] = counts.precision
        out[f"{name}_recall"] = counts.recall
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    corpus = load()
    print(f"corpus: {len(corpus)} documents, {sum(len(d['truth']['tasks']) for _n, d in corpus)} tasks")
    for label, held_out in (("all", None), ("tuned-on", False), ("held-out", True)):
        for fmt, score in run(held_out=held_out).items():
            numbers = figures(score)
            print(
                f"\n[{label} {fmt}] matched tasks {score.tasks.right}/{score.tasks.true}, "
                f"proposed {score.tasks.proposed}"
            )
            for key, value in numbers.items():
                print(f"{label}_{fmt}_{key:<28} {value:6.1f}")
            if args.misses and label != "all":
                print(*score.misses, sep="\n")
    print()
    print(*speed_lines(), sep="\n")


def speed_lines(pages_wanted: int = 10) -> list[str]:
    """Reading a received 10-page PDF (goal ≤ 1 s): the seed notice's body repeated until it prints on
    ``pages_wanted`` pages, rendered by the app, then read back with its tasks proposed; median of 5."""
    import statistics
    import tempfile
    import time

    from secretary_app.services.demo import seed_notice
    from secretary_app.services.incoming_extraction import propose
    from secretary_app.services.render import render_to_file

    notice = seed_notice()
    body = list(notice["body"])
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "received.pdf"
        pages = render_to_file(notice, pdf)
        while pages < pages_wanted:
            notice["body"] = notice["body"] + body
            pages = render_to_file(notice, pdf)
        times, proposal = [], None
        for _ in range(5):
            started = time.perf_counter()
            proposal = propose(pdf)
            times.append((time.perf_counter() - started) * 1000)
    assert proposal is not None
    return [
        f"read_{pages}_page_pdf_ms: {statistics.median(times):.0f} ms "
        f"(goal ≤ 1000 for 10 pages; {len(proposal.tasks)} tasks proposed)",
    ]


if __name__ == "__main__":
    main()
