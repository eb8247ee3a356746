"""The command line: a thin shell over the library. Heavy modules are imported inside commands
so that `workbench --help` starts fast."""

from __future__ import annotations

import sys
from typing import Optional

import click

from workbench import __version__
from workbench.errors import WorkbenchError

LANG_HELP = "en, ru or az (also en-US, ru_RU...); detected when left out."


def _lang(value: Optional[str], where: object) -> Optional[str]:
    """An unknown language is bad input about a file (exit 1), not a usage slip."""
    if not value:
        return None
    from workbench.errors import InputError
    from workbench.lang import normalize_lang

    try:
        return normalize_lang(value)
    except WorkbenchError:
        raise InputError(where, f"unknown language {value!r} given with --lang: use en, ru or az") from None


class Group(click.Group):
    """Turns library errors into one-line messages with exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except WorkbenchError as err:
            raise click.ClickException(str(err)) from None
        except OSError as err:
            where = f"{err.filename}: " if err.filename else ""
            raise click.ClickException(f"{where}{err.strerror or err}") from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="workbench")
@click.option("--db", type=click.Path(dir_okay=False), envvar="WORKBENCH_DB",
              help="The memory file [default: .workbench/memory.sqlite; env WORKBENCH_DB].")
@click.pass_context
def cli(ctx: click.Context, db: Optional[str]) -> None:
    """Align official transcripts with their originals and export TMX, TEI and DOCX."""
    ctx.obj = {"db": db}


def _memory(ctx: click.Context):
    from workbench.store import Memory

    memory = Memory(ctx.obj["db"])
    ctx.call_on_close(memory.close)
    return memory


def _summary_lines(pair) -> list[str]:
    shapes = ", ".join(f"{shape} {n}" for shape, n in sorted(pair.shapes.items()))
    lines = [f"{pair.src.id} ({pair.src.lang}) <-> {pair.tgt.id} ({pair.tgt.lang}): "
             f"{len(pair.alignment.beads)} beads ({shapes}), {len(pair.units)} units, "
             f"{pair.flagged} flagged for review"]
    lines += [f"warning: {w}" for w in pair.warnings]
    return lines


@cli.command()
@click.argument("source", type=click.Path())
@click.option("--original", "originals", multiple=True, type=click.Path(),
              help="The original (ru or az) the source translates; repeat for a second one.")
@click.option("--out-dir", default="exports", show_default=True, type=click.Path(file_okay=False))
@click.option("--lang", help="Language of SOURCE: " + LANG_HELP)
@click.option("--lexicon", type=click.Path(exists=True, dir_okay=False), help="Bilingual TSV lexicon.")
@click.option("--lang-map", default="bare", show_default=True, help="bare, regional, or en=en-GB,...")
@click.option("--date", default="", help="Date of the event, YYYY-MM-DD (when the text does not say).")
@click.option("--place", default="", help="Place of the event.")
@click.option("--source-url", default="", help="Where SOURCE was published.")
@click.pass_context
def run(ctx, source, originals, out_dir, lang, lexicon, lang_map, date, place, source_url):
    """The main job: ingest, segment, align and export TMX, TEI and DOCX."""
    from workbench.pipeline import run as run_job
    from workbench.tmx import resolve_lang_map

    result = run_job(_memory(ctx), source, originals, out_dir, lang=_lang(lang, source),
                     lexicon_path=lexicon, lang_map=resolve_lang_map(lang_map), date=date, place=place,
                     source_url=source_url)
    for doc, new in result.documents:
        click.echo(f"{doc.id}\t{doc.lang}\t{len(doc.segments)} sentences\t{'stored' if new else 'already stored'}"
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


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--lang", help="Language of the files: " + LANG_HELP)
@click.option("--source-url", default="", help="Where the text was published.")
@click.option("--date", default="", help="Date of the event, YYYY-MM-DD.")
@click.option("--place", default="", help="Place of the event.")
@click.pass_context
def ingest(ctx, files, lang, source_url, date, place):
    """Read transcripts into the memory; prints one line per document (id, language, counts)."""
    from workbench.pipeline import load_file

    memory = _memory(ctx)
    # Read everything first, so one bad file stores nothing.
    docs = [load_file(f, lang=_lang(lang, f), source_url=source_url, date=date, place=place)
            for f in files]
    with memory.transaction():
        stored = [memory.add_document(d) for d in docs]
    for doc, new in zip(docs, stored):
        click.echo(f"{doc.id}\t{doc.lang}\t{len(doc.blocks)} blocks\t{len(doc.segments)} sentences\t"
                   f"{len(doc.people)} speakers\t{'stored' if new else 'already stored'}\t{doc.title}")


@cli.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--lang", help=LANG_HELP)
@click.option("--debug", is_flag=True, help="Show every candidate boundary and the rule that decided it.")
def segment(file, lang, debug):
    """Print one sentence per line."""
    from workbench.ingest.decode import read_bytes
    from workbench.ingest.reader import extract_text
    from workbench.lang import detect_lang
    from workbench.segment import explain, segment as split

    # HTML and DOCX are read as their article text, like `ingest` does.
    if file == "-":
        text = extract_text(sys.stdin.buffer.read(), "<stdin>")
    else:
        text = extract_text(read_bytes(file), file)
    lang = _lang(lang, file) or detect_lang(text)
    if debug:
        for offset, rule in explain(text, lang):
            context = text[max(0, offset - 25):offset + 25].replace("\n", " ")
            click.echo(f"{offset}\t{rule}\t{context}")
        return
    out = click.get_text_stream("stdout")
    for span in split(text, lang):
        out.write(span.text.replace("\n", " ") + "\n")


@cli.command()
@click.argument("src")
@click.argument("tgt")
@click.option("--src-lang", help="Language of SRC: " + LANG_HELP)
@click.option("--tgt-lang", help="Language of TGT: " + LANG_HELP)
@click.option("--presegmented", is_flag=True, help="SRC and TGT hold one sentence per line.")
@click.option("--format", "fmt", type=click.Choice(["beads", "tsv", "json"]),
              help="Print the beads (default for --presegmented) instead of a summary.")
@click.option("--lexicon", type=click.Path(exists=True, dir_okay=False), help="Bilingual TSV lexicon.")
@click.option("--threshold", default=0.5, show_default=True, help="Beads scoring below are flagged.")
@click.pass_context
def align(ctx, src, tgt, src_lang, tgt_lang, presegmented, fmt, lexicon, threshold):
    """Align SRC with TGT (files or stored document ids) and store the result."""
    from workbench.align.formats import align_presegmented, format_result

    src_lang, tgt_lang = _lang(src_lang, src), _lang(tgt_lang, tgt)
    if presegmented:
        result, src_sents, tgt_sents = align_presegmented(
            src, tgt, src_lang=src_lang, tgt_lang=tgt_lang,
            lexicon_path=lexicon, threshold=threshold)
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
        click.echo(format_result(result.beads, src_sents, tgt_sents, fmt or "beads"), nl=False)
        return

    from workbench.pipeline import align_pair, load_ref

    memory = _memory(ctx)
    with memory.transaction():
        src_doc, _ = load_ref(memory, src, lang=src_lang)
        tgt_doc, _ = load_ref(memory, tgt, lang=tgt_lang)
        pair = align_pair(memory, src_doc, tgt_doc, lexicon_path=lexicon, threshold=threshold)
    if fmt:
        src_sents = [s.text for s in src_doc.segments]
        tgt_sents = [s.text for s in tgt_doc.segments]
        click.echo(format_result(pair.alignment.beads, src_sents, tgt_sents, fmt), nl=False)
    for line in _summary_lines(pair):
        click.echo(line, err=bool(fmt))


@cli.command()
@click.argument("src")
@click.argument("tgt")
@click.argument("beads", nargs=-1, required=True, type=click.IntRange(min=0))
@click.option("--note", default="", help="A reviewer's comment, exported as the units' TMX <note>.")
@click.pass_context
def confirm(ctx, src, tgt, beads, note):
    """Mark beads of an aligned pair as reviewed (numbers as `align --format json` lists them, from 0).

    Confirmed beads survive re-alignment and teach the aligner their word pairs."""
    memory = _memory(ctx)
    src_id, tgt_id = memory.resolve_document(src), memory.resolve_document(tgt)
    changed = memory.confirm_beads(src_id, tgt_id, beads, note=note)
    click.echo(f"{changed} of {len(beads)} beads confirmed in {src_id} <-> {tgt_id}")


@cli.command("list")
@click.pass_context
def list_(ctx):
    """The documents and alignments in the memory."""
    memory = _memory(ctx)
    docs = memory.documents()
    if not docs and not memory.unit_stats()[0]:
        click.echo(f"the memory {memory.path} is empty")
    for n, d in enumerate(docs, 1):
        click.echo(f"{n}\t{d.id}\t{d.lang}\t{d.date or '-'}\t{d.segments} sentences\t{d.speakers} speakers\t{d.title}")
    total, _ = memory.unit_stats()
    imported, _ = memory.unit_stats(origin="import")
    if total:
        click.echo(f"units\t{total} in the memory ({imported} imported from TMX)")
    for a in memory.alignments():
        click.echo(f"alignment {a.id}\t{a.src_doc} <-> {a.tgt_doc}\t{a.beads} beads\t{a.confirmed} confirmed\t"
                   f"{a.flagged} flagged")


@cli.command()
@click.argument("doc")
@click.pass_context
def show(ctx, doc):
    """A document's structure: blocks with kinds, speakers and sentence counts."""
    document = _memory(ctx).get_document(doc)
    click.echo(f"{document.id}  [{document.lang}]  {document.title}")
    for label, value in (("date", document.date), ("place", document.place), ("source", document.source_url),
                         ("file", document.source_path)):
        if value:
            click.echo(f"{label}: {value}")
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
@click.pass_context
def search(ctx, text, lang, limit):
    """Concordance over the memory's sentences; hits marked with [ ]."""
    hits = _memory(ctx).search(text, _lang(lang, "--lang"), limit=limit)
    for h in hits:
        click.echo(f"{h.doc_id}\t{h.lang}\t{h.speaker or '-'}\t{h.segment if h.segment >= 0 else '-'}\t{h.marked}")
    if not hits:
        click.echo(f"no sentence holds {text!r}", err=True)


from workbench.cli_export import export, import_tmx  # noqa: E402  (registered below, kept in their own module)

cli.add_command(export)
cli.add_command(import_tmx)


def main() -> None:
    cli(prog_name="workbench")
