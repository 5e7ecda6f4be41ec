"""lagebild's HTML path on real German news pages, beside trafilatura's default call.

    python benchmarks/html_trafilatura_de.py [--data ../shared/data/trafilatura-de] [-v]

The pages and snippets are trafilatura's own evaluation set, restricted to German news
and magazine sites (see the data folder's README). A page passes when every "with"
snippet is in the extracted text and no "without" snippet is. Printed per extractor:
pages passed, and snippet precision/recall as trafilatura's evaluation counts them
("with" found = TP, missing = FN; "without" found = FP, absent = TN).

Extractors:
  trafilatura-default   trafilatura.extract(html), nothing else
  lagebild              lagebild.clean on the page: trafilatura with lagebild's settings
                        (favor_precision), then the line cleaner (Article.text)
  lagebild+structure    the same, with the crossheads and teasers the cleaner set aside
                        put back in place (they are kept as structure, not as body text)
  lagebild/balanced, lagebild/recall (+s: with structure)
                        lagebild's path with trafilatura's default balance / favor_recall
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import trafilatura

from lagebild.clean import clean, html, label_lines
from lagebild.config import CleanConfig
from lagebild.errors import CleanError
from lagebild.read.decode import decode
from lagebild.records import Document

ROOT = Path(__file__).resolve().parent.parent
CONFIG = CleanConfig(min_body_chars=0)


@dataclass
class Tally:
    pages: int = 0
    passed: int = 0
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    seconds: float = 0.0

    def line(self, name: str) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return (
            f"{name:<22} pages passed {self.passed:>3}/{self.pages} "
            f"({self.passed / self.pages:.3f})  snippets P={precision:.3f} R={recall:.3f} "
            f"F1={f1:.3f}  {self.seconds:.1f} s"
        )


def _default(page: str) -> str:
    return trafilatura.extract(page) or ""


def _lagebild(page: str, structure: bool = False) -> str:
    document = Document("p", "p.html", page, "html")
    try:
        article = clean(document, CONFIG)
    except CleanError:
        return ""
    if not structure:
        return article.text
    extracted = html.extract_html(document)
    _, lines = label_lines(extracted.content, has_title=extracted.title is not None)
    return "\n".join(line.text for line in lines if line.label in ("body", "heading", "teaser"))


def _favouring(precision: bool, recall: bool, structure: bool) -> Callable[[str], str]:
    original = trafilatura.bare_extraction

    def extract(page: str) -> str:
        def patched(*args: object, **kwargs: object) -> object:
            kwargs.update(favor_precision=precision, favor_recall=recall)
            return original(*args, **kwargs)

        with mock.patch.object(trafilatura, "bare_extraction", patched):
            return _lagebild(page, structure)

    return extract


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "trafilatura-default": _default,
    "lagebild": _lagebild,
    "lagebild+structure": lambda page: _lagebild(page, structure=True),
    "lagebild/balanced": _favouring(False, False, structure=False),
    "lagebild/balanced+s": _favouring(False, False, structure=True),
    "lagebild/recall": _favouring(False, True, structure=False),
    "lagebild/recall+s": _favouring(False, True, structure=True),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/trafilatura-de")
    parser.add_argument("-v", "--verbose", action="store_true", help="list failed pages")
    args = parser.parse_args()
    cases = [json.loads(line) for line in (args.data / "cases.jsonl").read_text().splitlines()]
    pages = [decode(gzip.decompress((args.data / c["file"]).read_bytes())) for c in cases]
    print(f"{len(cases)} pages, trafilatura {trafilatura.__version__}")
    for name, extract in EXTRACTORS.items():
        tally = Tally()
        failures = []
        started = time.perf_counter()
        for case, page in zip(cases, pages, strict=True):
            text = " ".join(extract(page).split())
            found = [" ".join(s.split()) in text for s in case["with"]]
            leaked = [" ".join(s.split()) in text for s in case["without"]]
            tally.pages += 1
            tally.tp += sum(found)
            tally.fn += len(found) - sum(found)
            tally.fp += sum(leaked)
            tally.tn += len(leaked) - sum(leaked)
            if all(found) and not any(leaked):
                tally.passed += 1
            else:
                failures.append(case["file"])
        tally.seconds = time.perf_counter() - started
        print(tally.line(name))
        if args.verbose:
            for failure in failures:
                print(f"    failed: {failure}")


if __name__ == "__main__":
    main()
