"""What every command of the command line shares: the group that turns errors into one-line messages, the
options several commands take, JSON output. Kept light: `workbench --help` imports it."""

from __future__ import annotations

import json
import os
import sys
from typing import Any, Callable, Optional

import click

from workbench.errors import WorkbenchError

LANG_HELP = "en, ru or az (also en-US, ru_RU...); detected when left out."


def lang_value(value: Optional[str], where: object, option: str = "--lang") -> Optional[str]:
    """An unknown language is bad input about a file (exit 1), not a usage slip."""
    if not value:
        return None
    from workbench.errors import InputError
    from workbench.lang import normalize_lang

    try:
        return normalize_lang(value)
    except WorkbenchError:
        raise InputError(where, f"unknown language {value!r} given with {option}: use en, ru or az") from None


class Group(click.Group):
    """Turns library errors into one-line messages with exit code 1, never a traceback; a reader that
    closes the pipe early (`| head`) ends the command quietly."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_exit()
        except WorkbenchError as err:
            raise click.ClickException(str(err)) from None
        except OSError as err:
            where = f"{err.filename}: " if err.filename else ""
            raise click.ClickException(f"{where}{err.strerror or err}") from None
        except MemoryError:
            raise click.ClickException("out of memory: the input is too large for this machine "
                                       "(see the input limits in the README)") from None
        except Exception as err:
            if not _is_database_error(err):
                raise
            # The memory layer names its own errors; this catches any that reach here unnamed.
            from workbench.backend import is_postgres, redact
            from workbench.store import default_db_path

            db = (ctx.obj or {}).get("db") or default_db_path()
            lines = str(err).strip().splitlines() or [type(err).__name__]
            raise click.ClickException(f"{redact(db) if is_postgres(db) else db}: {lines[0]}") from None


def _is_database_error(err: Exception) -> bool:
    import sqlite3

    psycopg = sys.modules.get("psycopg")  # loaded only once a postgresql:// memory was opened
    return isinstance(err, sqlite3.Error) or (psycopg is not None and isinstance(err, psycopg.Error))


def _quiet_exit() -> None:
    # stdout is gone: point it at /dev/null so the interpreter's final flush cannot fail again
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def json_option(fn: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")(fn)


def lexicon_option(fn: Callable) -> Callable:
    return click.option("--lexicon", type=click.Path(exists=True, dir_okay=False),
                        help="Bilingual TSV lexicon.")(fn)


def lang_map_option(fn: Callable) -> Callable:
    return click.option("--lang-map", default="bare", show_default=True, help="bare, regional, or en=en-GB,...")(fn)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1))
