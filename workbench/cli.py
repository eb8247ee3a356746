"""The command line: a thin shell over the library, one library call per command. Heavy modules are
imported inside commands so that `workbench --help` starts fast."""

from __future__ import annotations

import json
import os
import sys
from typing import Optional

import click

from workbench import __version__
from workbench.cli_common import (LANG_HELP, Group, json_option, lang_map_option, lang_value, lexicon_option,
                                  print_json)
from workbench.wording import counted

@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="workbench")
@click.option("--db", type=click.Path(dir_okay=False), envvar="WORKBENCH_DB",
              help="The memory: a SQLite file, or a postgresql://user@host/db URL for a team's memory "
                   "[default: .workbench/memory.sqlite; env WORKBENCH_DB].")
@click.option("--max-input-mb", type=click.FloatRange(min=0, min_open=True), envvar="WORKBENCH_MAX_INPUT_MB",
              help="Refuse an HTML page or a DOCX's expanded parts above this size [default: 64; env "
                   "WORKBENCH_MAX_INPUT_MB].")
@click.pass_context
def cli(ctx: click.Context, db: Optional[str], max_input_mb: Optional[float]) -> None:
    """Align official transcripts with their originals and export TMX, TEI and DOCX."""
    ctx.obj = {"db": db}
    if max_input_mb:
        os.environ["WORKBENCH_MAX_INPUT_MB"] = str(max_input_mb)  # where the readers look (ingest/limits.py)


def memory_of(ctx: click.Context, existing: bool = False):
    """The memory the command works on, closed when the command ends. ``existing``: a command that only reads or
    edits what is stored refuses a memory file that is not there (a mistyped --db), rather than make an empty one."""
    from workbench.store import Memory, require_memory

    if existing:
        require_memory(ctx.find_root().obj["db"])
    memory = Memory(ctx.find_root().obj["db"])
    ctx.call_on_close(memory.close)
    return memory


def _summary_lines(pair) -> list[str]:
    shapes = ", ".join(f"{shape} {n}" for shape, n in sorted(pair.shapes.items()))
    # flagged beads and flagged units apart: a flagged 1:0 or 0:1 bead is for review but is no unit
    flagged_units = sum(u.flagged for u in pair.units)
    lines = [f"{pair.src.id} ({pair.src.lang}) <-> {pair.tgt.id} ({pair.tgt.lang}): "
             f"{counted(len(pair.alignment.beads), 'bead')} ({shapes}), {pair.flagged} flagged for review; "
             f"{counted(len(pair.units), 'unit')}, {flagged_units} of them flagged"]
    lines += [f"warning: {w}" for w in pair.warnings]
    return lines


def _config(threshold: float):
    from dataclasses import replace

    from workbench.align.config import DEFAULT

    return replace(DEFAULT, threshold=threshold)


@cli.command()
@click.argument("source", type=click.Path())
@click.option("--original", "originals", multiple=True, type=click.Path(),
              help="The original (ru or az) the source translates; repeat for a second one.")
@click.option("--out-dir", default="exports", show_default=True, type=click.Path(file_okay=False))
@click.option("--lang", help="Language of SOURCE: " + LANG_HELP)
@lexicon_option
@lang_map_option
@click.option("--date", default="", help="Date of the event, YYYY-MM-DD (when the text does not say).")
@click.option("--place", default="", help="Place of the event.")
@click.option("--source-url", default="", help="Where SOURCE was published.")
@click.option("--original-url", "original_urls", multiple=True,
              help="Where an original was published; one per --original, in the same order.")
@click.option("--threshold", default=0.5, show_default=True, help="Beads scoring below are flagged.")
@click.option("--include-flagged", is_flag=True, help="Keep flagged units in the TMX (marked x-flagged).")
@json_option
@click.pass_context
def run(ctx, source, originals, out_dir, lang, lexicon, lang_map, date, place, source_url, original_urls, threshold,
        include_flagged, as_json):
    """The main job: ingest, segment, align and export TMX, TEI and DOCX."""
    from workbench.pipeline import run as run_job
    from workbench.tmx import resolve_lang_map

    result = run_job(memory_of(ctx), source, originals, out_dir, lang=lang_value(lang, source),
                     lexicon_path=lexicon, lang_map=resolve_lang_map(lang_map), date=date, place=place,
                     source_url=source_url, config=_config(threshold), include_flagged=include_flagged,
                     original_urls=original_urls)
    if as_json:
        print_json(result.summary())
        return
    for doc, new in result.documents:
        click.echo(f"{doc.id}\t{doc.lang}\t{counted(len(doc.segments), 'sentence')}\t"
                   f"{'stored' if new else 'already stored'}"
                   f"\t{doc.source_path}")
    for pair in result.pairs:
        for line in _summary_lines(pair):
            click.echo(line)
    if result.trilingual:
        click.echo(f"trilingual units: {result.trilingual}")
    if result.removed_chars:
        click.echo(f"removed {result.removed_chars} characters not allowed in XML")
    for path in result.written:
        click.echo(f"wrote {path}")
    for note in result.notes:
        click.echo(f"note: {note}")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--lang", help="Language of the files: " + LANG_HELP)
@click.option("--source-url", default="", help="Where the text was published.")
@click.option("--date", default="", help="Date of the event, YYYY-MM-DD.")
@click.option("--place", default="", help="Place of the event.")
@json_option
@click.pass_context
def ingest(ctx, files, lang, source_url, date, place, as_json):
    """Read transcripts into the memory; prints one line per document (id, language, counts)."""
    from workbench.pipeline import ingest_files

    stored = ingest_files(memory_of(ctx), files, lang=lang_value(lang, files[0]), source_url=source_url, date=date,
                          place=place)
    if as_json:
        print_json([{"id": d.id, "lang": d.lang, "blocks": len(d.blocks), "sentences": len(d.segments),
                      "speakers": len(d.people), "stored": new, "title": d.title} for d, new in stored])
        return
    for doc, new in stored:
        click.echo(f"{doc.id}\t{doc.lang}\t{counted(len(doc.blocks), 'block')}\t"
                   f"{counted(len(doc.segments), 'sentence')}\t"
                   f"{counted(len(doc.people), 'speaker')}\t{'stored' if new else 'already stored'}\t{doc.title}")


@cli.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--lang", help=LANG_HELP)
@click.option("--debug", is_flag=True, help="Show every candidate boundary and the rule that decided it.")
@click.option("--page", is_flag=True,
              help="FILE is a page copied with its menus: print only the sentences of its text, as `ingest` keeps "
                   "them.")
def segment(file, lang, debug, page):
    """Print one sentence per line."""
    from workbench.pipeline import segment_file

    result = segment_file(file, lang=lang_value(lang, file), debug=debug, as_lines=not debug, page=page)
    out = sys.stdout
    if debug:
        text = result.text
        out.write("".join(f"{offset}\t{rule}\t{text[max(0, offset - 25):offset + 25].replace(chr(10), ' ')}\n"
                          for offset, rule in result.decisions))
    else:
        out.write(result.lines)  # one write: a line at a time costs more than the segmenter on a large file
    out.flush()


@cli.command()
@click.argument("src")
@click.argument("tgt")
@click.option("--src-lang", help="Language of SRC: " + LANG_HELP)
@click.option("--tgt-lang", help="Language of TGT: " + LANG_HELP)
@click.option("--presegmented", is_flag=True, help="SRC and TGT hold one sentence per line.")
@click.option("--format", "fmt", type=click.Choice(["beads", "tsv", "json"]),
              help="Print the beads (default for --presegmented) instead of a summary.")
@lexicon_option
@click.option("--threshold", default=0.5, show_default=True, help="Beads scoring below are flagged.")
@json_option
@click.pass_context
def align(ctx, src, tgt, src_lang, tgt_lang, presegmented, fmt, lexicon, threshold, as_json):
    """Align SRC with TGT (files or stored document ids) and store the result."""
    from workbench.align.formats import format_result

    src_lang, tgt_lang = lang_value(src_lang, src, "--src-lang"), lang_value(tgt_lang, tgt, "--tgt-lang")
    if presegmented:
        from workbench.review.presegmented import align_presegmented

        result, src_sents, tgt_sents = align_presegmented(memory_of(ctx), src, tgt, src_lang=src_lang,
                                                          tgt_lang=tgt_lang, lexicon_path=lexicon,
                                                          config=_config(threshold))
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
        click.echo(format_result(result.beads, src_sents, tgt_sents, fmt or "beads"), nl=False)
        return
    from workbench.pipeline import align_stored

    pair = align_stored(memory_of(ctx), src, tgt, src_lang=src_lang, tgt_lang=tgt_lang, lexicon_path=lexicon,
                        config=_config(threshold))
    if fmt:
        src_sents = [s.text for s in pair.src.segments]
        tgt_sents = [s.text for s in pair.tgt.segments]
        click.echo(format_result(pair.alignment.beads, src_sents, tgt_sents, fmt), nl=False)
    if as_json:
        click.echo(json.dumps(pair.summary(), ensure_ascii=False, indent=1), err=bool(fmt))
        return
    for line in _summary_lines(pair):
        click.echo(line, err=bool(fmt))


@cli.command("list")
@json_option
@click.pass_context
def list_(ctx, as_json):
    """The documents and alignments in the memory."""
    from workbench.exporting import overview

    view = overview(memory_of(ctx, existing=True))
    if as_json:
        print_json(view.summary())
        return
    if not view.documents and not view.units:
        click.echo(f"the memory {view.path} is empty")
    for n, d in enumerate(view.documents, 1):
        click.echo(f"{n}\t{d.id}\t{d.lang}\t{d.date or '-'}\t{counted(d.segments, 'sentence')}\t"
                   f"{counted(d.speakers, 'speaker')}\t{d.title}")
    if view.units:
        click.echo(f"units\t{view.units} in the memory ({view.imported} imported from TMX)")
    for a in view.alignments:
        click.echo(f"alignment {a.id}\t{a.src_doc} <-> {a.tgt_doc}\t{counted(a.beads, 'bead')}\t"
                   f"{a.confirmed} confirmed\t"
                   f"{a.flagged} flagged\tversion {a.version}")


@cli.command()
@click.argument("doc")
@json_option
@click.pass_context
def show(ctx, doc, as_json):
    """A document's structure: blocks with kinds, speakers and sentence counts."""
    from workbench.review.refs import resolve_ref

    memory = memory_of(ctx, existing=True)
    document = memory.get_document(resolve_ref(memory, doc))  # an id, a prefix, a `list` number or a file
    if as_json:
        from dataclasses import asdict

        print_json(asdict(document))
        return
    click.echo(f"{document.id}  [{document.lang}]  {document.title}")
    for label, value in (("date", document.date), ("place", document.place), ("source", document.source_url),
                         ("file", document.source_path)):
        if value:
            click.echo(f"{label}: {value}")
    for line in document.dropped:
        click.echo(f"dropped: {line}")  # page chrome kept out of the text (ingest.chrome, ingest.repeated)
    if document.people:
        click.echo("speakers: " + "; ".join(
            f"{p.name}" + (f" ({p.role})" if p.role else "") for p in document.people))
    for block in document.blocks:
        person = document.person(block.speaker)
        who = f" {person.name}" if person else ""
        preview = (block.label + " " if block.label else "") + block.text
        preview = preview if len(preview) <= 70 else preview[:67] + "..."
        click.echo(f"{block.index:>4} §{block.section} {block.kind:<9}{who:<16} {len(block.segments):>3} s  {preview}")


@cli.command()
@click.argument("text")
@click.option("--lang", help="Only sentences in this language.")
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def search(ctx, text, lang, limit, as_json):
    """Concordance over the memory's sentences; hits marked with [ ].

    Every word of TEXT must start a word of the sentence, after its stem ("Декларац" finds "Декларации",
    "Bəyannamə" finds "Bəyannamənin"), case ignored; letters with accents match their plain forms (ö, ü, ç, ş, ğ;
    ё is е). The Azerbaijani ə is a letter of its own, and so is ı on a SQLite memory (PostgreSQL's unaccent reads
    it as i)."""
    hits = memory_of(ctx, existing=True).search(text, lang_value(lang, "--lang"), limit=limit)
    if as_json:
        from dataclasses import asdict

        print_json([asdict(h) for h in hits])
        return
    for h in hits:
        translation = f"\t{h.translation_lang}: {h.translation}" if h.translation else ""
        click.echo(f"{h.doc_id}\t{h.lang}\t{h.speaker or '-'}\t{h.segment if h.segment >= 0 else '-'}\t{h.marked}"
                   f"{translation}")
    if not hits:
        click.echo(f"no sentence holds {text!r}", err=True)


@cli.command()
@click.argument("fmt", metavar="tmx|tei|docx|intertext|xlsx|xliff",
                type=click.Choice(["tmx", "tei", "docx", "intertext", "xlsx", "xliff"]))
@click.option("--doc", "docs", multiple=True, help="A stored document (id, prefix or list number); repeatable.")
@click.option("--pair", nargs=2, help="An aligned pair: SRC TGT.")
@click.option("--all", "all_", is_flag=True, help="Everything in the memory.")
@click.option("--min-score", default=0.0, show_default=True, help="TMX: leave out units scoring lower.")
@click.option("--status", type=click.Choice(["auto", "confirmed"]),
              help="Only units (TMX) or links (TEI, InterText) with this status.")
@lang_map_option
@click.option("--srclang", help="TMX: the header's source language (default: the units' own).")
@click.option("--include-flagged", is_flag=True, help="TMX: keep units the aligner flagged (marked x-flagged).")
@click.option("--out", "out", required=True, type=click.Path(allow_dash=True),
              help="The file to write; - for standard output; with --all, tei and docx take a folder (DIR/).")
@click.pass_context
def export(ctx, fmt, docs, pair, all_, min_score, status, lang_map, srclang, include_flagged, out):
    """Write TMX, TEI or a DOCX briefing from the memory (or InterText links or an XLSX workbook, to correct a --pair;
    XLIFF 2.0 for a CAT tool's review)."""
    from workbench.tmx import resolve_lang_map
    from workbench.exporting import Selection, export_memory

    if not (docs or pair or all_):
        raise click.UsageError("say what to export: --doc DOC, --pair SRC TGT or --all")
    if fmt in ("intertext", "xlsx") and not pair:
        raise click.UsageError(f"{fmt} exports one aligned pair: give --pair SRC TGT")
    bar: dict = {}

    def on_count(count: int) -> None:
        if not sys.stderr.isatty():
            return  # click would still print the bar's label there, a stray line in a script's log
        bar["bar"] = click.progressbar(length=count, label="units", show_pos=True, file=sys.stderr)
        bar["bar"].__enter__()

    def progress(n: int) -> None:
        if "bar" in bar:
            bar["bar"].update(n)

    try:
        selection = Selection(tuple(docs), tuple(pair) if pair else None, all_)
        report = export_memory(memory_of(ctx, existing=True), fmt, selection, out,
                               min_score=min_score, status=status, lang_map=resolve_lang_map(lang_map),
                               srclang=srclang, include_flagged=include_flagged, on_count=on_count, progress=progress)
    finally:
        if "bar" in bar:
            bar["bar"].__exit__(None, None, None)
    # with --out - the file went to standard output: the report goes to standard error
    to_err = out == "-"
    click.echo(f"wrote {report.path}: {counted(report.units, report.item)}"
               + (f", {report.skipped} skipped" if report.skipped else "")
               + (f", {report.removed_chars} characters removed" if report.removed_chars else ""), err=to_err)
    for note in report.notes:
        click.echo(f"note: {note}", err=to_err)


@cli.command("import-tmx")
@click.argument("file", type=click.Path())
@json_option
@click.pass_context
def import_tmx(ctx, file, as_json):
    """Bring units from another tool's TMX (1.1 to 1.4b) into the memory."""
    from workbench.exporting import import_tmx as bring_in

    print_import(file, bring_in(memory_of(ctx), file), as_json)


def print_import(file: str, report, as_json: bool) -> None:
    """What an import brought in (import-tmx, import-xliff): JSON, or one line."""
    if as_json:
        print_json(report.summary())
        return
    click.echo(f"{file}: {counted(report.added, 'unit')} imported, {report.present} already in the memory "
               f"({', '.join(report.langs) or 'no languages'})"
               + (f", {len(report.skipped)} skipped: text in fewer than two languages" if report.skipped else ""))


@cli.command("copy-memory")
@click.argument("source")
@click.argument("destination")
@json_option
def copy_memory(source, destination, as_json):
    """Copy a whole memory into an empty one: SOURCE and DESTINATION are SQLite files or postgresql:// URLs.

    Everything stored goes: documents, alignments, units, review history, TM extras, batch jobs; a
    DESTINATION that already holds anything is refused, and a failure leaves it as it was."""
    from workbench.copy_memory import copy_memory as copy

    report = copy(source, destination)
    if as_json:
        print_json(report.summary())
        return
    click.echo(f"copied {report.source} -> {report.destination}: {report.described()} in {report.seconds:.2f} s")


def _register_review() -> None:
    from workbench.review.commands import register

    register(cli)
    from workbench.batch.command import register as register_batch

    register_batch(cli)


_register_review()


def _register_tm() -> None:
    from workbench.tm.commands import register

    register(cli)


_register_tm()


_RETRY_STOP = 0.005  # seconds


def _stopped(signum: int, frame: object) -> None:
    """SIGTERM and SIGHUP end the command the way Ctrl-C does: by an exception in the main thread, so
    the open transaction rolls back and temporary files are removed."""
    import signal

    code = getattr(frame, "f_code", None)
    if code is not None and (code.co_filename.startswith("<frozen importlib") or code.co_name == "__del__"):
        # an exception raised inside an import lock's callback or a finalizer is printed and ignored, and the
        # command would go on: stop a moment later, in the command's own code
        signal.signal(signal.SIGALRM, lambda _signum, later: _stopped(signum, later))
        signal.setitimer(signal.ITIMER_REAL, _RETRY_STOP)
        return
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, signal.SIG_IGN)  # cleaning up is not interrupted a second time
    print(f"workbench: stopped by {signal.Signals(signum).name}", file=sys.stderr)
    raise _Stopped(128 + signum)


class _Stopped(SystemExit):
    """The exit a stop signal raises, known again when Python wraps it in another error on its way out (raised
    while a class is made, it comes back as "RuntimeError: Error calling __set_name__")."""


def _stop_behind(err: BaseException) -> Optional[_Stopped]:
    seen: set[int] = set()
    cause: Optional[BaseException] = err
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, _Stopped):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


def main() -> None:
    import signal

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _stopped)
    # File names and option values that are not UTF-8 reach Python as lone surrogates: print their
    # original bytes rather than fail in the middle of a message.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="surrogateescape")
    try:
        cli(prog_name="workbench")
    except Exception as err:
        stop = _stop_behind(err)
        if stop is None:
            raise
        raise SystemExit(stop.code) from None  # the stop, said once, without the wrapping error's traceback
