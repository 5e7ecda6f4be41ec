"""The command line: ``lagebild brief PATH...``. The only module that prints."""

from __future__ import annotations

import dataclasses
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from lagebild import __version__
from lagebild.config import Config
from lagebild.errors import ConfigError
from lagebild.pipeline import brief as run_brief
from lagebild.records import Report

app = typer.Typer(
    name="lagebild",
    help=(
        "Turn a pile of news articles into a sourced picture of each story: which articles "
        "report the same event (wire copies counted once), a summary whose every sentence "
        "cites its sources, who said what, numbers, dates and where sources disagree.\n\n"
        "Start with:  lagebild brief examples/"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


class Format(StrEnum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"


def _version(value: bool) -> None:
    if value:
        print(f"lagebild {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """lagebild: sourced briefings from news articles."""


@app.command()
def brief(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders to read (.txt, .html, .jsonl; folders recursively, sorted); "
            "'-' reads one document from standard input.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="terminal (readable), json (the contract), "
            "markdown, or html (a self-contained report).",
        ),
    ] = Format.terminal,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output."),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write the self-contained HTML report to this file."),
    ] = None,
    words: Annotated[
        int | None, typer.Option("--words", min=20, help="Summary length in words (default 120).")
    ] = None,
    config_file: Annotated[
        Path | None,
        typer.Option("--config", help="A TOML file overriding the defaults (see defaults.toml)."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit with status 1 when any input was rejected."),
    ] = False,
    llm: Annotated[
        str | None,
        typer.Option(
            "--llm",
            help="Base URL of an OpenAI-compatible endpoint (e.g. http://127.0.0.1:11434/v1) "
            "for an abstractive summary; each sentence is checked against its cited sources.",
        ),
    ] = None,
) -> None:
    """Read articles, group them into stories and print one sourced briefing per story.

    Every input appears in the output exactly once: as an article, as a copy of
    another article, or as rejected with the reason. A bad file never stops the run.

    Examples:

      lagebild brief examples/

      lagebild brief feed.jsonl --format json --output briefing.json

      lagebild brief examples/ --format html --output report.html
    """
    err = Console(stderr=True)
    try:
        config = Config.load(config_file)
    except ConfigError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    if words is not None:
        config = config.with_summary_words(words)
    if llm:
        config = dataclasses.replace(
            config, summary=dataclasses.replace(config.summary, llm_url=llm)
        )
    report = _run(paths, config, err)
    text = _render(report, output_format)
    if output is None:
        if output_format is Format.terminal:
            _print_terminal(report)
        else:
            sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {escape(str(output))}")
    if html is not None:
        from lagebild.render.html import render_html

        html.write_text(render_html(report), encoding="utf-8")
        err.print(f"wrote {escape(str(html))}")
    rejected = [o for o in report.outcomes if o.status == "rejected"]
    for outcome in rejected:
        err.print(
            f"[yellow]rejected[/yellow] {escape(outcome.origin)}: {escape(outcome.error or '')}"
        )
    if strict and rejected:
        raise typer.Exit(1)


class CompareFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def compare(
    a: Annotated[str, typer.Argument(help="The first article (any input brief accepts).")],
    b: Annotated[str, typer.Argument(help="The second article.")],
    output_format: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="text or json.")
    ] = CompareFormat.text,
    config_file: Annotated[
        Path | None,
        typer.Option("--config", help="A TOML file overriding the defaults (see defaults.toml)."),
    ] = None,
) -> None:
    """How similar two articles are, whether they report the same story, and the evidence.

    Example:  lagebild compare examples/2026-03-04_stern_charkow-kraftwerk.txt
    examples/2026-03-04_reuters_kharkiv-strike.txt --format json
    """
    import json

    from lagebild.errors import LagebildError
    from lagebild.group.pair import compare_paths, comparison_to_dict

    err = Console(stderr=True)
    try:
        config = Config.load(config_file)
        result = comparison_to_dict(compare_paths(a, b, config), config.cluster.threshold)
    except LagebildError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    if output_format is CompareFormat.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    verdict = "same story" if result["same_story"] else "different stories"
    print(f"similarity {result['similarity']:.3f} ({verdict}; threshold {result['threshold']})")
    for key, value in result["evidence"].items():
        if value not in ((), [], None):
            print(f"  {key}: {', '.join(value) if isinstance(value, list | tuple) else value}")


def _run(paths: list[str], config: Config, err: Console) -> Report:
    if not err.is_terminal:
        return run_brief(paths, config)
    columns = (
        TextColumn("{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = int(bar.add_task(stage, total=total))
            bar.update(tasks[stage], completed=done)  # type: ignore[arg-type]

        return run_brief(paths, config, progress=progress)


def _render(report: Report, output_format: Format) -> str:
    if output_format is Format.json:
        from lagebild.render.json import render_json

        return render_json(report)
    if output_format is Format.markdown:
        from lagebild.render.markdown import render_markdown

        return render_markdown(report)
    if output_format is Format.html:
        from lagebild.render.html import render_html

        return render_html(report)
    from lagebild.render.terminal import render_terminal_text

    return render_terminal_text(report)


def _print_terminal(report: Report) -> None:
    from lagebild.render.terminal import terminal_renderables

    console = Console()
    for renderable in terminal_renderables(report):
        console.print(renderable)


def main() -> None:
    app()
