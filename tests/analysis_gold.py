"""The analysis gold set (``tests/fixtures/analysis_gold/``): reading and scoring.

Imported as ``analysis_gold`` by the tests and by ``benchmarks/analysis_quality.py``. The
file format is described in the folder's README. Scoring runs the real analysis
on every paragraph and compares per kind: entity mentions (exact spans), their
types and names, merge pairs within a story, direct quotes (exact spans) and
speakers, reported speech (sentence and speaker), quantities (span and value),
dates (span and ISO value).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from lagebild.records import Analysis, Article, Mention

GOLD = Path(__file__).resolve().parent / "fixtures" / "analysis_gold"
ENTITY_TAGS = ("PER", "LOC", "ORG", "EVENT", "MISC")
_TAG = re.compile(r"<(/?)(PER|LOC|ORG|EVENT|MISC|Q|I|N|D)(?:=([^>]*))?>")


@dataclass(frozen=True, slots=True)
class Span:
    kind: str
    start: int
    end: int
    text: str
    value: str | None  # the part after "=" in the tag


@dataclass(frozen=True, slots=True)
class Paragraph:
    id: str
    published: str
    language: str
    text: str
    spans: tuple[Span, ...]

    def of(self, *kinds: str) -> list[Span]:
        return [s for s in self.spans if s.kind in kinds]

    def article(self) -> Article:
        return Article(
            self.id, f"{self.id}.txt", self.text, None, None, None, self.published, self.language
        )


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    merges: tuple[tuple[str, ...], ...]
    paragraphs: tuple[Paragraph, ...]

    def group_of(self, name: str) -> tuple[str, ...] | None:
        return next((g for g in self.merges if name in g), None)


def parse_paragraph(pid: str, published: str, language: str, marked: str) -> Paragraph:
    """Strip the tags of one paragraph, keeping the spans they mark."""
    out: list[str] = []
    length = 0
    position = 0
    open_tags: list[tuple[str, int, str | None]] = []
    spans: list[Span] = []
    for match in _TAG.finditer(marked):
        piece = marked[position : match.start()]
        out.append(piece)
        length += len(piece)
        position = match.end()
        closing, kind, value = match.group(1), match.group(2), match.group(3)
        if not closing:
            open_tags.append((kind, length, value))
            continue
        index = max(i for i, (k, _, _) in enumerate(open_tags) if k == kind)
        _, start, value = open_tags.pop(index)
        spans.append(Span(kind, start, length, "", value))
    out.append(marked[position:])
    if open_tags:
        raise ValueError(f"{pid}: unclosed tags {open_tags}")
    text = "".join(out)
    spans = [Span(s.kind, s.start, s.end, text[s.start : s.end], s.value) for s in spans]
    spans.sort(key=lambda s: (s.start, s.end))
    return Paragraph(pid, published, language, text, tuple(spans))


def load_story(path: Path) -> Story:
    story_id = ""
    merges: list[tuple[str, ...]] = []
    paragraphs: list[Paragraph] = []
    header: list[str] | None = None
    lines: list[str] = []

    def finish() -> None:
        if header is not None and lines:
            paragraphs.append(parse_paragraph(*header, " ".join(lines)))
        lines.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if not line or line.startswith("@"):
            finish()
            header = None
        if line.startswith("@"):
            keyword, _, rest = line.partition(" ")
            if keyword == "@story":
                story_id = rest.strip()
            elif keyword == "@merge":
                merges.append(tuple(n.strip() for n in rest.split("|")))
            elif keyword == "@para":
                pid, published, language = rest.split()
                header = [pid, published, language]
            else:
                raise ValueError(f"{path.name}: unknown line {line!r}")
        elif line and header is not None:
            lines.append(line)
    finish()
    return Story(story_id, tuple(merges), tuple(paragraphs))


def load_all(folder: Path = GOLD) -> list[Story]:
    return [load_story(p) for p in sorted(folder.glob("*.txt"))]


# --- scoring -------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Accuracy:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, note: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(note)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass(slots=True)
class Scores:
    mentions: Counts = field(default_factory=Counts)
    types: Accuracy = field(default_factory=Accuracy)
    names: Accuracy = field(default_factory=Accuracy)
    merges: Counts = field(default_factory=Counts)
    merges_oracle: Counts = field(default_factory=Counts)
    quotes: Counts = field(default_factory=Counts)
    speakers: Accuracy = field(default_factory=Accuracy)
    reported: Counts = field(default_factory=Counts)
    reported_speakers: Accuracy = field(default_factory=Accuracy)
    quantities: Counts = field(default_factory=Counts)
    units: Accuracy = field(default_factory=Accuracy)
    approximations: Accuracy = field(default_factory=Accuracy)
    dates: Counts = field(default_factory=Counts)
    paragraphs: int = 0
    tokens: int = 0


Analyse = Callable[[Article], Analysis]
Merge = Callable[[Sequence[Mention]], Mapping[tuple[str, str], str]]


def _count(counts: Counts, gold: set[tuple[object, ...]], found: set[tuple[object, ...]]) -> None:
    counts.tp += len(gold & found)
    counts.fn += len(gold - found)
    counts.fp += len(found - gold)
    counts.misses.extend(str(x) for x in sorted(gold - found, key=str))
    counts.extras.extend(str(x) for x in sorted(found - gold, key=str))


def _normal(description: str) -> str:
    words = description.lower().replace(",", " ").split()
    while words and words[0] in {"der", "die", "das", "ein", "eine", "the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def speaker_matches(gold: str | None, found: str | None, story: Story) -> bool:
    """A named speaker matches any name of its merge group; a description matches a
    description that contains it or is contained in it."""
    if gold is None or found is None:
        return gold is found
    group = story.group_of(gold)
    if group is not None or (found[:1].isupper() and gold[:1].isupper()):
        return found in (group or (gold,))
    g, f = _normal(gold), _normal(found)
    return bool(f) and (g in f or f in g)


def _pairs(names_of: Mapping[str, str], allowed: set[str]) -> set[tuple[object, ...]]:
    by_canonical: dict[str, set[str]] = {}
    for name, canonical in names_of.items():
        if name in allowed:
            by_canonical.setdefault(canonical, set()).add(name)
    return {
        tuple(sorted(pair)) for group in by_canonical.values() for pair in combinations(group, 2)
    }


def _gold_mentions(paragraph: Paragraph, analysis: Analysis) -> list[Mention]:
    sentence_of = _sentence_finder(analysis)
    return [
        Mention(s.text, s.value or s.text, s.kind, s.start, s.end, sentence_of(s.start))  # type: ignore[arg-type]
        for s in paragraph.of(*ENTITY_TAGS)
    ]


def _sentence_finder(analysis: Analysis) -> Callable[[int], int]:
    def find(offset: int) -> int:
        for sentence in analysis.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence.index
        return -1

    return find


def _canonical(mapping: Mapping[tuple[str, str], str], name: str) -> str:
    for (n, _), canonical in mapping.items():
        if n == name:
            return canonical
    return name


def score(
    stories: Iterable[Story],
    analyse: Analyse,
    merge: Merge,
    languages: Iterable[str] = ("de",),
) -> Scores:
    scores = Scores()
    wanted = set(languages)
    for story in stories:
        gold_names: dict[str, str] = {}
        gold_all: list[Mention] = []
        found_all: list[Mention] = []
        analysed: list[tuple[Paragraph, Analysis]] = []
        for paragraph in story.paragraphs:
            analysis = analyse(paragraph.article())
            if paragraph.language in wanted:
                analysed.append((paragraph, analysis))
            golds = _gold_mentions(paragraph, analysis)
            gold_all.extend(golds)
            found_all.extend(analysis.mentions)
            if paragraph.language in wanted:
                for mention in golds:
                    group = story.group_of(mention.name)
                    gold_names[mention.name] = group[0] if group else mention.name
        mapping = merge(found_all)
        oracle = merge(gold_all)
        # Merge pairs: between the gold names of this story's paragraphs in the wanted languages.
        allowed = set(gold_names)
        gold_pairs = _pairs(gold_names, allowed)
        _count(
            scores.merges,
            gold_pairs,
            _pairs({m.name: mapping[(m.name, m.type)] for m in found_all}, allowed),
        )
        _count(
            scores.merges_oracle,
            gold_pairs,
            _pairs({m.name: oracle[(m.name, m.type)] for m in gold_all}, allowed),
        )
        for paragraph, analysis in analysed:
            _score_paragraph(scores, story, paragraph, analysis, mapping)
    return scores


def _score_paragraph(
    scores: Scores,
    story: Story,
    paragraph: Paragraph,
    analysis: Analysis,
    mapping: Mapping[tuple[str, str], str],
) -> None:
    pid = paragraph.id
    scores.paragraphs += 1
    scores.tokens += sum(len(s.tokens) for s in analysis.sentences)
    gold_entities = {(s.start, s.end): s for s in paragraph.of(*ENTITY_TAGS)}
    found_entities = {(m.start, m.end): m for m in analysis.mentions}
    _count(
        scores.mentions,
        {(pid, k, gold_entities[k].text) for k in gold_entities},
        {(pid, k, found_entities[k].text) for k in found_entities},
    )
    for key in gold_entities.keys() & found_entities.keys():
        g, f = gold_entities[key], found_entities[key]
        scores.types.add(f.type == g.kind, f"{pid} {g.text}: {f.type} for {g.kind}")
        scores.names.add(f.name == (g.value or g.text), f"{pid} {g.text}: {f.name!r}")

    sentence_of = _sentence_finder(analysis)
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    gold_quotes = {(s.start, s.end): s for s in paragraph.of("Q")}
    found_quotes = {(q.start, q.end): q for q in direct}
    _count(
        scores.quotes,
        {(pid, k, gold_quotes[k].text[:40]) for k in gold_quotes},
        {(pid, k, found_quotes[k].text[:40]) for k in found_quotes},
    )
    for key in gold_quotes.keys() & found_quotes.keys():
        g, q = gold_quotes[key].value, found_quotes[key].speaker
        speaker = _canonical(mapping, q) if q else None
        ok = speaker_matches(g, speaker, story) or speaker_matches(g, q, story)
        scores.speakers.add(ok, f"{pid} {gold_quotes[key].text[:30]!r}: {q!r} for {g!r}")

    gold_reported = {sentence_of(s.start): s.value for s in paragraph.of("I")}
    found_reported = {
        q.sentence: q.speaker for q in analysis.quotes if q.kind == "indirect" and q.speaker
    }
    _count(
        scores.reported,
        {(pid, k) for k in gold_reported},
        {(pid, k) for k in found_reported},
    )
    for key in gold_reported.keys() & found_reported.keys():
        g, q = gold_reported[key], found_reported[key]
        speaker = _canonical(mapping, q) if q else None
        ok = speaker_matches(g, speaker, story) or speaker_matches(g, q, story)
        scores.reported_speakers.add(ok, f"{pid} sentence {key}: {q!r} for {g!r}")

    gold_numbers = {(s.start, s.end): s for s in paragraph.of("N")}
    found_numbers = {(q.start, q.end): q for q in analysis.quantities}

    def gold_value(span: Span) -> float:
        return float((span.value or "").split()[0])

    _count(
        scores.quantities,
        {(pid, k, gold_numbers[k].text, gold_value(gold_numbers[k])) for k in gold_numbers},
        {(pid, k, found_numbers[k].text, found_numbers[k].value) for k in found_numbers},
    )
    for key in gold_numbers.keys() & found_numbers.keys():
        g, f = gold_numbers[key], found_numbers[key]
        parts = (g.value or "").split()
        unit = " ".join(p for p in parts[1:] if p != "~") or None
        scores.units.add(f.unit == unit, f"{pid} {g.text}: {f.unit!r} for {unit!r}")
        scores.approximations.add(
            (f.approx is not None) == ("~" in parts), f"{pid} {g.text}: {f.approx!r}"
        )

    _count(
        scores.dates,
        {(pid, s.start, s.end, s.text, (s.value or "").split()[0]) for s in paragraph.of("D")},
        {(pid, d.start, d.end, d.text, d.iso) for d in analysis.dates},
    )


def report_lines(scores: Scores) -> list[str]:
    """The figures as a Markdown table (one row per kind)."""
    rows = [
        "| kind | P | R | F1 / accuracy | n |",
        "|---|---|---|---|---|",
    ]

    def counts(label: str, c: Counts) -> None:
        n = c.tp + c.fn
        rows.append(f"| {label} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {n} |")

    def accuracy(label: str, a: Accuracy) -> None:
        rows.append(f"| {label} | | | {a.value:.3f} | {a.total} |")

    counts("entity mentions", scores.mentions)
    accuracy("entity types (of found mentions)", scores.types)
    accuracy("entity names, inflection removed", scores.names)
    counts("merge pairs (found mentions)", scores.merges)
    counts("merge pairs (gold mentions)", scores.merges_oracle)
    counts("direct quotes (spans)", scores.quotes)
    accuracy("quote speakers (of found quotes)", scores.speakers)
    counts("reported speech (sentences)", scores.reported)
    accuracy("reported-speech speakers", scores.reported_speakers)
    counts("quantities (span + value)", scores.quantities)
    accuracy("quantity units", scores.units)
    accuracy("approximation marks", scores.approximations)
    counts("dates (span + ISO value)", scores.dates)
    return rows
