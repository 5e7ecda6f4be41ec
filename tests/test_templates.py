"""Per-source templates: paragraphs an outlet puts under every article leave the body."""

from __future__ import annotations

from dataclasses import replace

from lagebild.clean import remove_templates
from lagebild.config import CleanConfig, Config
from lagebild.pipeline import run
from lagebild.records import Article, Document, Removal

CONFIG = CleanConfig(min_body_chars=50, template_min_articles=3)
PITCH = "Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem Abo ab 4,99 Euro."
STORIES = [
    "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
    "Die Feuerwehr rückte in der Nacht zu einem Brand in einer Lagerhalle aus.",
    "Der Fußballverein hat einen neuen Trainer vorgestellt, der ab Juli anfängt.",
    "Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme deutlich.",
]


def _article(n: int, paragraphs: list[str], source: str | None = "Kreisbote") -> Article:
    return Article(
        id=f"a{n}",
        origin=f"a{n}.txt",
        text="\n\n".join(paragraphs),
        title=None,
        source=source,
        url=None,
        published=None,
        language="de",
        removed=(Removal("Artikel teilen", "share"),),
    )


def test_a_paragraph_under_articles_of_one_source_is_its_template() -> None:
    articles = [_article(n, [story, PITCH]) for n, story in enumerate(STORIES[:3])]
    cleaned = remove_templates(articles, CONFIG)
    for before, after in zip(articles, cleaned, strict=True):
        assert after.text == before.text.split("\n\n")[0]
        assert after.removed == (*before.removed, Removal(PITCH, "template"))


def test_fewer_articles_than_the_minimum_keep_the_paragraph() -> None:
    articles = [_article(n, [story, PITCH]) for n, story in enumerate(STORIES[:2])]
    assert remove_templates(articles, CONFIG) == articles


def test_other_sources_and_articles_without_source_are_untouched() -> None:
    articles = [_article(n, [story, PITCH]) for n, story in enumerate(STORIES[:3])]
    others = [
        _article(7, [STORIES[3], PITCH], source="Tageblatt"),
        _article(8, [STORIES[3], PITCH], source=None),
    ]
    cleaned = remove_templates([*articles, *others], CONFIG)
    assert cleaned[3:] == others
    assert all(PITCH not in a.text for a in cleaned[:3])


def test_articles_on_one_story_do_not_make_a_template() -> None:
    # Three updates of one story share their paragraphs: that is the story, not a template.
    shared = "Die Polizei sucht weiter nach dem Täter und bittet um Hinweise."
    articles = [_article(n, [f"Update {n}: {STORIES[0]}", shared, STORIES[1]]) for n in range(3)]
    assert remove_templates(articles, CONFIG) == articles


def test_an_article_that_would_be_left_too_short_is_kept_whole() -> None:
    articles = [_article(n, [story, PITCH]) for n, story in enumerate(STORIES[:3])]
    articles[0] = replace(articles[0], text=f"Kurz.\n\n{PITCH}")
    cleaned = remove_templates(articles, CONFIG)
    assert cleaned[0] == articles[0]
    assert PITCH not in cleaned[1].text


def test_the_pipeline_removes_templates_between_clean_and_analyze() -> None:
    documents = [
        Document(
            f"d{n}", f"d{n}.txt", f"{story} {story} {story}\n{PITCH}", "text", source="Kreisbote"
        )
        for n, story in enumerate(STORIES[:3])
    ]
    report = run(documents, Config.load())
    for outcome in report.outcomes:
        assert outcome.article is not None
        assert PITCH not in outcome.article.text
        assert Removal(PITCH, "template") in outcome.article.removed
