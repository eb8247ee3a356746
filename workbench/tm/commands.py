"""The translation-memory commands (`lookup`), each one call into the library. Registered on the main
group by workbench/cli.py, like the review commands, so cli.py stays readable."""

from __future__ import annotations

from typing import Optional

import click

from workbench.cli import memory_of, print_import
from workbench.cli_common import json_option, print_json
from workbench.errors import InputError
from workbench.wording import counted


def register(cli: click.Group) -> None:
    @cli.command()
    @click.argument("text", required=False)
    @click.option("--file", "file_", type=click.Path(dir_okay=False), help="Look up every line of a file.")
    @click.option("--page", is_flag=True, help="The --file is a page copied with its menus: look up the sentences of "
                                               "its text, as `ingest` keeps them.")
    @click.option("--from", "src", help="The language of TEXT [default: detected].")
    @click.option("--to", "tgt", help="The language of the translations [default: the memory's first other "
                                      "language of en, ru, az].")
    @click.option("--min", "min_score", type=click.IntRange(0, 101), default=75, show_default=True)
    @click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True)
    @json_option
    @click.pass_context
    def lookup(ctx, text: Optional[str], file_: Optional[str], page: bool, src, tgt, min_score, limit, as_json):
        """Fuzzy matches from the memory with a match % (101: in context, 100: exact)."""
        from workbench.pipeline import segment_file
        from workbench.tm.lookup import lookup_lines

        if (text is None) == (file_ is None):
            raise click.UsageError("give TEXT or --file F (one of them)")
        if page and file_ is None:
            raise click.UsageError("--page reads the --file")
        if text is not None:
            lines = [text]
        elif page:
            lines = segment_file(file_, lang=src, page=True).sentences
        else:
            lines = _lines(file_)
        results = lookup_lines(memory_of(ctx, existing=True), lines, src=src, tgt=tgt, min_score=min_score, limit=limit)
        if as_json:
            print_json([{"text": line, "matches": [m.summary() for m in found]} for line, found in results])
            return
        for line, found in results:
            if len(results) > 1:
                click.echo(line)
            if not found:
                click.echo("  (no match)")
            for m in found:
                click.echo(f"  {m.score:3d}%  {m.source}\n        {m.target}")


    @cli.command()
    @click.argument("file", type=click.Path())
    @click.option("--to", "tgt", required=True, help="The language to translate into (ru, az, en).")
    @click.option("--lang", help="The language of FILE; detected when left out.")
    @click.option("--min", "min_score", type=click.IntRange(0, 101), default=75, show_default=True)
    @click.option("--out", required=True, type=click.Path(dir_okay=False, allow_dash=True), help="The .xlf to write.")
    @click.pass_context
    def pretranslate(ctx, file, tgt, lang, min_score, out):
        """Segment a new transcript and write XLIFF 2.0 with targets filled from the memory (match % in notes)."""
        from workbench.tm.xliff import pretranslate as fill

        report = fill(memory_of(ctx, existing=True), file, out, to=tgt, min_score=min_score, lang=lang)
        click.echo(f"wrote {report.path}: {counted(report.units, 'segment')}", err=out == "-")
        for note in report.notes:
            click.echo(f"note: {note}", err=out == "-")

    @cli.command("import-xliff")
    @click.argument("file", type=click.Path())
    @json_option
    @click.pass_context
    def import_xliff(ctx, file, as_json):
        """Bring a translated XLIFF 2.0 file back as units (reviewed and final segments confirmed)."""
        from workbench.exporting import import_xliff as bring_in

        print_import(file, bring_in(memory_of(ctx), file), as_json)


def _lines(path: str) -> list[str]:
    """The file's lines, decoded as `ingest` decodes a file (any common encoding; a folder or binary data refused)."""
    from workbench.ingest.decode import read_text

    lines = [line.strip() for line in read_text(path).split("\n") if line.strip()]
    if not lines:
        raise InputError(path, "empty file")  # as --page says of it
    return lines
