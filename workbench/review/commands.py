"""The review commands (`beads`, `confirm`, `link`, `unlink`, `merge`, `split`, `split-sentence`, `join-sentences`,
`realign`, `undo`, `history`, `review`, `import-intertext`, `import-xlsx`), each one call into the library.
Registered on the main group by workbench/cli.py; kept apart so cli.py stays readable."""

from __future__ import annotations

from typing import Callable, Optional

import click

from workbench.cli import memory_of
from workbench.cli_common import json_option, print_json
from workbench.errors import WorkbenchError


def pair_arguments(fn: Callable) -> Callable:
    """SRC TGT: a stored id, its unique prefix, its `list` number, or a file whose content is in the memory."""
    return click.argument("src")(click.argument("tgt")(fn))


def user_option(fn: Callable) -> Callable:
    return click.option("--user", help="Who makes the edit, for the history [default: the login name].")(fn)


def version_option(fn: Callable) -> Callable:
    return click.option("--if-version", "expected", type=int,
                        help="Refuse the edit unless the pair is at this version (as `list` or the last edit showed).")(fn)


def sentence_list(value: str, side: str) -> list[int]:
    """``1,2`` or ``1-3`` style lists; ``-`` (or empty) is an empty side."""
    value = value.strip()
    if value in ("", "-"):
        return []
    out: list[int] = []
    try:
        for part in value.split(","):
            if "-" in part.strip()[1:]:
                lo, hi = part.split("-", 1)
                out += range(int(lo), int(hi) + 1)
            else:
                out.append(int(part))
    except ValueError:
        raise click.BadParameter(f"expected sentence numbers like 3 or 3,4 or -, got {value!r}",
                                 param_hint=f"--{side}") from None
    return out


def _report(result, as_json: bool) -> None:
    if as_json:
        print_json(result.summary())
    else:
        click.echo(f"{result.message} (version {result.version})")


def _side(src: Optional[int], tgt: Optional[int]) -> tuple[str, int]:
    if (src is None) == (tgt is None):
        raise click.UsageError("give the sentence as --src N or --tgt N (one of them)")
    return ("src", src) if src is not None else ("tgt", tgt)  # type: ignore[return-value]


@click.command()
@pair_arguments
@json_option
@click.option("--flagged", is_flag=True, help="Only beads flagged for review.")
@click.pass_context
def beads(ctx, src, tgt, as_json, flagged):
    """A pair's beads in order: number, mark, score, sentences, and the two texts.

    The mark is "!" for a bead flagged for review (left out of the TMX unless --include-flagged), "✓" for one a
    reviewer confirmed; the sentences are the two sides' sentence numbers ("[0, 1]:[0]" joins two sentences to one,
    "[]:[3]" leaves a sentence alone), as `link` takes them; `confirm`, `merge` and `split` take the bead's number."""
    from workbench.review.edits import bead_rows
    from workbench.review.refs import resolve_pair

    memory = memory_of(ctx, existing=True)
    rows = [r for r in bead_rows(memory, src, tgt) if r["flagged"] or not flagged]
    if as_json:
        print_json(rows)
        return
    pair = resolve_pair(memory, src, tgt)
    texts = {doc: {i: t for i, t in memory.conn.execute("SELECT idx, text FROM segments WHERE doc_id = ?", (doc,))}
             for doc in (pair.src, pair.tgt)}
    for r in rows:
        left = " ".join(texts[pair.src][i] for i in r["src"])
        right = " ".join(texts[pair.tgt][k] for k in r["tgt"])
        mark = "!" if r["flagged"] else ("✓" if r["status"] == "confirmed" else " ")
        click.echo(f"{r['n']:>4} {mark} {r['score']:.2f} {r['src']}:{r['tgt']}\t{left}\t{right}")


@click.command()
@pair_arguments
@click.argument("positions", metavar="N...", nargs=-1, required=True, type=click.IntRange(min=0))
@click.option("--note", default="", help="A reviewer's comment, exported as the units' TMX <note>.")
@user_option
@version_option
@json_option
@click.pass_context
def confirm(ctx, src, tgt, positions, note, user, expected, as_json):
    """Mark beads of an aligned pair as reviewed (numbers as `beads` lists them, from 0).

    Confirmed beads survive re-alignment and teach the aligner their word pairs."""
    from workbench.review.edits import confirm as confirm_beads
    from workbench.review.refs import resolve_pair

    memory = memory_of(ctx, existing=True)
    result = confirm_beads(memory, src, tgt, positions, note=note, user=user, version=expected)
    if as_json:
        print_json(result.summary())
        return
    pair = resolve_pair(memory, src, tgt)
    n = len(set(positions))
    click.echo(f"{n} bead{'s' * (n != 1)} confirmed in {pair.src} <-> {pair.tgt} (version {result.version})")


@click.command()
@pair_arguments
@click.option("--src", "src_sents", required=True, help="Source sentences: I or I,J (consecutive), - for none.")
@click.option("--tgt", "tgt_sents", required=True, help="Target sentences: K or K,L (consecutive), - for none.")
@user_option
@version_option
@json_option
@click.pass_context
def link(ctx, src, tgt, src_sents, tgt_sents, user, expected, as_json):
    """Make exactly this bead and confirm it; its sentences leave their old beads."""
    from workbench.review.edits import link as make_link

    _report(make_link(memory_of(ctx, existing=True), src, tgt, sentence_list(src_sents, "src"),
                      sentence_list(tgt_sents, "tgt"),
                      user=user, version=expected), as_json)


@click.command()
@pair_arguments
@click.argument("n", type=click.IntRange(min=0))
@user_option
@version_option
@json_option
@click.pass_context
def unlink(ctx, src, tgt, n, user, expected, as_json):
    """Break bead N into 1:0 and 0:1 beads: its sentences are exported as no unit."""
    from workbench.review.edits import unlink as break_bead

    _report(break_bead(memory_of(ctx, existing=True), src, tgt, n, user=user, version=expected), as_json)


@click.command()
@pair_arguments
@click.argument("n", type=click.IntRange(min=0))
@user_option
@version_option
@json_option
@click.pass_context
def merge(ctx, src, tgt, n, user, expected, as_json):
    """Merge bead N with the next one, and confirm the result."""
    from workbench.review.edits import merge_next

    _report(merge_next(memory_of(ctx, existing=True), src, tgt, n, user=user, version=expected), as_json)


@click.command("split")
@pair_arguments
@click.argument("n", type=click.IntRange(min=0))
@click.option("--src-at", default=1, show_default=True, help="Source sentences that stay in the first bead.")
@click.option("--tgt-at", default=1, show_default=True, help="Target sentences that stay in the first bead.")
@user_option
@version_option
@json_option
@click.pass_context
def split_bead(ctx, src, tgt, n, src_at, tgt_at, user, expected, as_json):
    """Cut bead N in two, both confirmed."""
    from workbench.review.edits import split_bead as cut

    _report(cut(memory_of(ctx, existing=True), src, tgt, n, src_at, tgt_at, user=user, version=expected), as_json)


@click.command("split-sentence")
@pair_arguments
@click.option("--src", "src_n", type=click.IntRange(min=0), help="The source sentence to cut.")
@click.option("--tgt", "tgt_n", type=click.IntRange(min=0), help="The target sentence to cut.")
@click.option("--at", "offset", required=True, type=click.IntRange(min=1),
              help="Character offset in the sentence where the second sentence starts.")
@user_option
@version_option
@json_option
@click.pass_context
def split_sentence(ctx, src, tgt, src_n, tgt_n, offset, user, expected, as_json):
    """Cut a sentence the segmenter left whole; later sentences move up by one, the beads follow."""
    from workbench.review.edits import split_sentence as cut

    side, n = _side(src_n, tgt_n)
    _report(cut(memory_of(ctx, existing=True), src, tgt, side, n, offset, user=user, version=expected), as_json)


@click.command("join-sentences")
@pair_arguments
@click.option("--src", "src_n", type=click.IntRange(min=0), help="Join this source sentence with the next.")
@click.option("--tgt", "tgt_n", type=click.IntRange(min=0), help="Join this target sentence with the next.")
@user_option
@version_option
@json_option
@click.pass_context
def join_sentences(ctx, src, tgt, src_n, tgt_n, user, expected, as_json):
    """Join a sentence with the next one in its paragraph; the beads around them follow."""
    from workbench.review.edits import join_sentences as join

    side, n = _side(src_n, tgt_n)
    _report(join(memory_of(ctx, existing=True), src, tgt, side, n, user=user, version=expected), as_json)


@click.command()
@pair_arguments
@user_option
@version_option
@json_option
@click.pass_context
def realign(ctx, src, tgt, user, expected, as_json):
    """Align again between the confirmed beads, which stay as they are."""
    from workbench.review.edits import realign as again

    _report(again(memory_of(ctx, existing=True), src, tgt, user=user, version=expected), as_json)


@click.command()
@pair_arguments
@user_option
@version_option
@json_option
@click.pass_context
def undo(ctx, src, tgt, user, expected, as_json):
    """Take back the pair's last edit (repeat to go further back)."""
    from workbench.review.edits import undo as take_back

    _report(take_back(memory_of(ctx, existing=True), src, tgt, user=user, version=expected), as_json)


@click.command()
@pair_arguments
@json_option
@click.pass_context
def history(ctx, src, tgt, as_json):
    """The pair's edits: when, who, what, and what was taken back."""
    from workbench.review.edits import history as edits_of

    rows = edits_of(memory_of(ctx, existing=True), src, tgt)
    if as_json:
        print_json(rows)
        return
    for r in rows:
        detail = {k: v for k, v in r["detail"].items() if k != "alignments" and v not in ([], None, "")}
        undone = f"  (undone by {r['undone_by']})" if r["undone_by"] else ""
        click.echo(f"{r['id']:>4} v{r['version']} {r['at']} {r['user']} {r['op']} {detail}{undone}")


@click.command()
@click.argument("src", required=False)
@click.argument("tgt", required=False)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--host", default="127.0.0.1", show_default=True, help="Where to listen; not loopback needs a token.")
@click.option("--token", envvar="WORKBENCH_TOKEN", help="Required from browsers [made up when bound elsewhere].")
@click.option("--no-browser", is_flag=True, help="Do not open a browser.")
@user_option
@click.pass_context
def review(ctx, src, tgt, port, host, token, no_browser, user):
    """Serve the review web app (one pair's page when SRC TGT are given)."""
    from workbench.review.serve import serve

    if (src is None) != (tgt is None):
        raise click.UsageError("give both SRC and TGT, or neither")
    memory = memory_of(ctx, existing=True)
    serve(memory.location, src, tgt, host=host, port=port, token=token, open_browser=not no_browser, user=user,
          say=lambda line: click.echo(line, err=True))


@click.command("import-intertext")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--pair", nargs=2, help="The stored pair (SRC TGT) the file aligns [default: from its fromDoc/toDoc].")
@user_option
@json_option
@click.pass_context
def import_intertext(ctx, file, pair, user, as_json):
    """Bring a pair corrected in InterText back: its links replace the pair's beads (one edit, undoable)."""
    from workbench.review.intertext import import_intertext as bring_back

    _report(bring_back(memory_of(ctx, existing=True), file, pair=tuple(pair) if pair else None, user=user), as_json)


@click.command("import-xlsx")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@user_option
@json_option
@click.pass_context
def import_xlsx(ctx, file, user, as_json):
    """Bring an edited review workbook (`export xlsx`) back: status, notes and re-linked rows."""
    from workbench.review.workbook import import_workbook

    _report(import_workbook(memory_of(ctx, existing=True), file, user=user), as_json)


COMMANDS = (beads, confirm, link, unlink, merge, split_bead, split_sentence, join_sentences, realign, undo, history, review,
            import_intertext, import_xlsx)


def register(group: click.Group) -> None:
    for command in COMMANDS:
        group.add_command(command)


__all__ = ["register", "sentence_list", "WorkbenchError"]
