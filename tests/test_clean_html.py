"""``clean`` on HTML pages: the article's text and the page's metadata, not its chrome."""

from __future__ import annotations

import pytest

from lagebild.clean import clean
from lagebild.config import CleanConfig
from lagebild.errors import CleanError
from lagebild.records import Document

CONFIG = CleanConfig(min_body_chars=200)

LEAD = (
    "Die Gewerkschaft Verdi hat das Bodenpersonal an mehreren deutschen Flughäfen zu einem "
    "ganztägigen Warnstreik aufgerufen. Betroffen sind nach Angaben der Betreiber mehr als "
    "100.000 Passagiere."
)
QUOTE = (
    "„Wir lassen uns nicht länger hinhalten“, sagte Verdi-Verhandlungsführerin Anna Berg am "
    "Mittwoch in Frankfurt. Die Arbeitgeber nannten den Streik unverhältnismäßig."
)
LAST = (
    "Der Ausstand soll bis Donnerstagmorgen um 6 Uhr dauern. Reisende sollen sich vor der "
    "Fahrt zum Flughafen bei ihrer Fluggesellschaft informieren."
)

PAGE = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Warnstreik legt Flughäfen lahm | Rheinpfalz</title>
<meta property="og:site_name" content="Rheinpfalz">
<meta property="og:title" content="Warnstreik legt Flughäfen lahm">
<meta property="article:published_time" content="2024-02-14T09:12:00+01:00">
</head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<main>
<article>
<h1>Warnstreik legt Flughäfen lahm</h1>
<p>{LEAD}</p>
<figure><img src="schalter.jpg" alt="">
<figcaption>Leere Schalter am Frankfurter Flughafen. (Foto: dpa)</figcaption></figure>
<p>{QUOTE}</p>
<p>{LAST}</p>
</article>
<section id="comments" class="comments">
<h2>3 Kommentare</h2>
<div class="comment"><p>Unverschämt, schon wieder ein Streik! Ich stehe seit Stunden hier am
Terminal und niemand informiert uns über irgendetwas.</p></div>
<form><label>Kommentar</label><textarea></textarea><button>Kommentar abschicken</button></form>
</section>
</main>
<footer><p>© 2024 Rheinpfalz Verlag. Alle Rechte vorbehalten.</p>
<a href="/impressum">Impressum</a></footer>
</body></html>"""


def _page(content: str, **meta: str) -> Document:
    return Document(id="h1", origin="streik.html", content=content, kind="html", **meta)


def test_article_text_without_navigation_caption_comments_or_footer() -> None:
    article = clean(_page(PAGE), CONFIG)
    assert article.text == f"{LEAD}\n\n{QUOTE}\n\n{LAST}"


def test_metadata_from_the_page() -> None:
    article = clean(_page(PAGE), CONFIG)
    assert article.title == "Warnstreik legt Flughäfen lahm"
    assert article.source == "Rheinpfalz"
    assert article.published == "2024-02-14T09:12"
    assert article.language == "de"
    assert (article.id, article.origin) == ("h1", "streik.html")


def test_metadata_given_with_the_document_wins() -> None:
    article = clean(
        _page(PAGE, title="Streik", source="RHEINPFALZ", published="2024-02-15"), CONFIG
    )
    assert (article.title, article.source, article.published) == (
        "Streik",
        "RHEINPFALZ",
        "2024-02-15",
    )


def test_page_without_content_is_rejected() -> None:
    empty = (
        "<!DOCTYPE html><html><head><title>Rheinpfalz</title></head><body>"
        "<nav><a href='/'>Startseite</a> <a href='/politik'>Politik</a></nav>"
        "<footer>© 2024 Rheinpfalz Verlag</footer></body></html>"
    )
    with pytest.raises(CleanError, match="only 0 characters of body text are left"):
        clean(_page(empty), CONFIG)


def test_page_without_any_text_names_the_likely_cause() -> None:
    with pytest.raises(CleanError, match="no article text found in the HTML page"):
        clean(_page("<html><head></head><body><div id='app'></div></body></html>"), CONFIG)


def test_when_trafilatura_finds_nothing_the_visible_text_is_cleaned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    article = clean(_page(PAGE), CONFIG)
    assert article.text.startswith(LEAD)
    assert QUOTE in article.text
    assert "Startseite" not in article.text
    assert "© 2024" not in article.text
