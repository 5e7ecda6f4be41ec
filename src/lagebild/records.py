"""The frozen records that flow between the pipeline stages.

    read      -> Document          (decoded content + what the input said about itself)
    clean     -> Article           (body text, metadata, every removal with its reason)
    analyze   -> Analysis          (sentences, tokens, entity mentions, quotes, numbers, dates)
    dedupe    -> Outcome           (ok / duplicate / rejected, per input document)
    cluster   -> Story             (article ids of one event)
    summarize -> Briefing          (what the contract calls a story)
    pipeline  -> Report            (every outcome, every briefing)

Character offsets are Python ``str`` indices into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ContentKind = Literal["text", "html"]
Status = Literal["ok", "duplicate", "rejected"]
EntityType = Literal["PER", "LOC", "ORG", "EVENT", "MISC"]
QuoteKind = Literal["direct", "indirect"]
Precision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True, slots=True)
class Document:
    """One input document as read: decoded content plus any metadata the input carried."""

    id: str
    origin: str
    content: str
    kind: ContentKind
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be turned into an article, with a reason a user can act on."""

    id: str
    origin: str
    error: str


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input that cleaning took out of the body, and why."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class LanguageSpan:
    """A stretch of ``Article.text`` (a paragraph) in another language than the article's."""

    start: int
    end: int
    language: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: the body text and what is known about it."""

    id: str
    origin: str
    text: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    language: str | None
    removed: tuple[Removal, ...] = ()
    # Paragraphs in another language (a quote in English in a German report).
    other_languages: tuple[LanguageSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lemma: str
    pos: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity as it appears in the text, with the form it is filed under.

    ``guessed`` marks a type that no cue, gazetteer or other mention of the name in
    the article supports (a lone unknown name taken for a person): a vote over a
    story's mentions should count the others first.
    """

    text: str
    name: str
    type: EntityType
    start: int
    end: int
    sentence: int
    guessed: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """What someone said: a direct quote (the words inside the marks) or, with kind
    "indirect", reported speech with a named speaker (the reported clause)."""

    text: str
    speaker: str | None
    start: int
    end: int
    sentence: int
    kind: QuoteKind = "direct"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with what it measures: ``unit`` is a normalised unit ("km", "%", "EUR")
    or the counted noun as written ("Verletzte"); ``approx`` the approximation
    ("about", "more than", "at least", "at most", "less than", "almost"), if any."""

    text: str
    value: float
    unit: str | None
    start: int
    end: int
    sentence: int
    approx: str | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date named in the text, as ISO 8601 to the precision the text gives.

    ``iso`` is a day ("2026-03-05"), an ISO week ("2026-W10"), a month or a year;
    a vague expression ("in den kommenden Tagen") is an ISO interval
    ("2026-03-11/2026-03-17") with ``vague`` set, its precision that of its ends.
    ``relative`` marks dates resolved against the publication date ("am Freitag").
    """

    text: str
    iso: str
    start: int
    end: int
    sentence: int
    precision: Precision = "day"
    vague: bool = False
    relative: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the analysis stage understood of one article."""

    article: Article
    language: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """The fate of one input document; every input has exactly one."""

    id: str
    origin: str
    status: Status
    article: Article | None = None
    duplicate_of: str | None = None
    error: str | None = None
    # Earlier articles whose text this one partly takes over (still a source of its own).
    derived_from: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report one event. ``article_ids`` includes duplicates, in time order."""

    id: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cited:
    """A piece of briefing text and the articles it rests on."""

    text: str
    citations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntitySummary:
    name: str
    type: EntityType
    variants: tuple[str, ...]
    mentions: int
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuoteRef:
    speaker: str | None
    text: str
    article_id: str
    start: int
    end: int
    kind: QuoteKind = "direct"  # "indirect": reported speech, ``text`` is the sentence


@dataclass(frozen=True, slots=True)
class QuantityRef:
    text: str
    value: float
    unit: str | None
    article_id: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str
    text: str
    citations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    topic: str
    claims: tuple[Cited, ...]


@dataclass(frozen=True, slots=True)
class Briefing:
    """The sourced picture of one story."""

    story_id: str
    headline: str
    language: str
    article_ids: tuple[str, ...]
    independent_sources: int
    summary: tuple[Cited, ...]
    key_facts: tuple[Cited, ...] = ()
    entities: tuple[EntitySummary, ...] = ()
    quotes: tuple[QuoteRef, ...] = ()
    quantities: tuple[QuantityRef, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    # statements only one independent source makes, each citing that source
    unique_facts: tuple[Cited, ...] = ()
    # values that changed over time (an update, not a disagreement), earliest first
    developments: tuple[Conflict, ...] = ()
    # "extractive" (sentences verbatim from the cited article) or "abstractive" (written by
    # the optional language model and checked against the cited articles)
    summary_mode: str = "extractive"
    # generated sentences dropped because their cited sources do not carry them
    unsupported: tuple[Cited, ...] = ()
    # what went wrong on the way, in words for the reader (e.g. the model did not answer)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """The result of one run: every input's outcome and one briefing per story."""

    outcomes: tuple[Outcome, ...]
    briefings: tuple[Briefing, ...]
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    def articles(self) -> dict[str, Article]:
        """Every article that was read and cleaned, by id (duplicates included)."""
        return {o.id: o.article for o in self.outcomes if o.article is not None}
