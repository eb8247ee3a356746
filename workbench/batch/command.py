"""`workbench batch`: one call into workbench.batch.run_batch, with a progress bar on a terminal.
Registered on the main group by workbench/cli.py."""

from __future__ import annotations

import sys
import time

import click

from workbench.cli import memory_of
from workbench.cli_common import json_option, print_json
from workbench.wording import counted


class _Bar:
    """click's progress bar on standard error when it is a terminal; nothing otherwise (logs, pipes)."""

    def __init__(self) -> None:
        self.bar = None
        self.start = time.monotonic()
        self.shown = 0

    def __call__(self, done: int, total: int) -> None:
        if not sys.stderr.isatty() or not total:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="groups", file=sys.stderr, show_pos=True,
                                         show_eta=True, item_show_func=self._rate)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def _rate(self, _item: object) -> str:
        minutes = (time.monotonic() - self.start) / 60
        return f"{self.shown / minutes:.0f}/min" if minutes > 0 and self.shown else ""

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def register(cli: click.Group) -> None:
    @cli.command()
    @click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True))
    @click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
                  help="Worker processes that read, segment and align.")
    @click.option("--scheduler", help="Run the work on a Dask cluster: tcp://HOST:PORT of its scheduler.")
    @click.option("--report", type=click.Path(dir_okay=False),
                  help="One row per pair: FILE.csv or FILE.json.")
    @json_option
    @click.pass_context
    def batch(ctx, sources, workers, scheduler, report, as_json):
        """Align every document of folders (or manifest CSVs) with its originals: en-ru and en-az.

        Language versions are grouped by a manifest CSV (id,lang,path[,url,date]), by the article id in a
        saved page's address (president.az, kremlin.ru), or by name (X.txt or X.en.txt with X.ru.txt,
        X.az.txt). Pairs already stored with the same content are skipped; failed ones are tried again.
        Exits 1 when any pair failed."""
        from workbench.batch import run_batch

        bar = _Bar()
        try:
            result = run_batch(memory_of(ctx), sources, workers=workers, scheduler=scheduler, report=report,
                               progress=bar)
        finally:
            bar.close()
        if as_json:
            print_json({**result.summary(), "rows": result.rows})
        else:
            counts = result.counts()
            click.echo(f"{counted(result.groups, 'document')}, {counted(len(result.rows), 'pair')}: "
                       + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
            for note in result.notes:
                click.echo(f"left out: {note}")
            for row in result.rows:
                if row["status"] == "failed":
                    click.echo(f"failed: {row['job']}: {row['error']}")
                elif row["status"] == "unpaired":
                    click.echo(f"unpaired: {row['job']}: {row['warnings']}")
        if result.failed:
            ctx.exit(1)
