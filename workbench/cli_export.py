"""`workbench export` and `workbench import-tmx`: the memory in and out, kept apart from cli.py to keep both small."""

from __future__ import annotations


import click


def _open(ctx: click.Context):
    from workbench.cli import _memory

    return _memory(ctx.find_root())


def _selection(memory, docs, pair, all_):
    """Resolve --doc/--pair/--all into (document ids, alignment pair or None)."""
    if not (docs or pair or all_):
        raise click.UsageError("say what to export: --doc DOC, --pair SRC TGT or --all")
    doc_ids = [memory.resolve_document(d) for d in docs]
    pair_ids = (memory.resolve_document(pair[0]), memory.resolve_document(pair[1])) if pair else None
    return doc_ids, pair_ids


@click.command()
@click.argument("fmt", metavar="tmx|tei|docx|intertext", type=click.Choice(["tmx", "tei", "docx", "intertext"]))
@click.option("--doc", "docs", multiple=True, help="A stored document (id, prefix or list number); repeatable.")
@click.option("--pair", nargs=2, help="An aligned pair: SRC TGT.")
@click.option("--all", "all_", is_flag=True, help="Everything in the memory.")
@click.option("--min-score", default=0.0, show_default=True, help="TMX: leave out units scoring lower.")
@click.option("--status", type=click.Choice(["auto", "confirmed"]), help="TMX: only units with this status.")
@click.option("--lang-map", default="bare", show_default=True, help="bare, regional, or en=en-GB,...")
@click.option("--srclang", help="TMX: the header's source language (default: the units' own).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="The file to write.")
@click.pass_context
def export(ctx, fmt, docs, pair, all_, min_score, status, lang_map, srclang, out):
    """Write TMX, TEI or a DOCX briefing from the memory (or InterText links, to correct a --pair in its GUI)."""
    from workbench.errors import WorkbenchError

    memory = _open(ctx)
    doc_ids, pair_ids = _selection(memory, docs, pair, all_)
    if fmt == "tmx":
        from workbench.tmx import resolve_lang_map, write_tmx

        filters = dict(docs=doc_ids, pair=pair_ids, min_score=min_score, status=status)
        count, langs = memory.unit_stats(**filters)
        if not count:
            raise WorkbenchError("no units match: align a pair first, or loosen --min-score/--status")
        with click.progressbar(length=count, label="units", show_pos=True,
                               file=click.get_text_stream("stderr")) as bar:
            report = write_tmx(memory.units(**filters), out, srclang=srclang or langs[0],
                               lang_map=resolve_lang_map(lang_map), progress=bar.update)
    else:
        documents, alignments = _documents_for(memory, doc_ids, pair_ids, all_)
        if fmt == "intertext":
            from workbench.export.tei import write_intertext

            if not pair_ids:
                raise click.UsageError("intertext exports one aligned pair: give --pair SRC TGT")
            by_id = {d.id: d for d in documents}
            report = write_intertext(alignments[0], by_id[pair_ids[0]], by_id[pair_ids[1]], out)
        elif fmt == "tei":
            from workbench.export.tei import write_tei

            report = write_tei(documents, alignments, out)
        else:
            from workbench.export.docx import write_docx

            src = documents[0]
            by_id = {d.id: d for d in documents}
            pairs = [(by_id[a.tgt_doc], a) for a in alignments if a.src_doc == src.id and a.tgt_doc in by_id]
            report = write_docx(src, out, pairs=pairs)
    click.echo(f"wrote {report.path}: {report.units} units" + (f", {report.skipped} skipped" if report.skipped else "")
               + (f", {report.removed_chars} characters removed" if report.removed_chars else ""))
    for note in report.notes:
        click.echo(f"note: {note}")


def _documents_for(memory, doc_ids, pair_ids, all_):
    if all_:
        doc_ids = [d.id for d in memory.documents()]
    ids = list(dict.fromkeys([*(pair_ids or ()), *doc_ids]))
    documents = [memory.get_document(i) for i in ids]
    if pair_ids:
        wanted = [pair_ids]
    else:
        # Every stored alignment among the chosen documents, plus the originals of a lone document.
        wanted = [(a.src_doc, a.tgt_doc) for a in memory.alignments()
                  if a.src_doc in ids and (a.tgt_doc in ids or len(doc_ids) == 1)]
        for _, tgt in wanted:
            if tgt not in ids:
                ids.append(tgt)
                documents.append(memory.get_document(tgt))
    alignments = [al for al in (memory.get_alignment(s, t) for s, t in wanted) if al is not None]
    if pair_ids and not alignments:
        from workbench.errors import WorkbenchError

        raise WorkbenchError(f"{pair_ids[0]} and {pair_ids[1]} are not aligned: run `workbench align` first")
    return documents, alignments


@click.command("import-tmx")
@click.argument("file", type=click.Path())
@click.pass_context
def import_tmx(ctx, file):
    """Bring units from another tool's TMX (1.1 to 1.4b) into the memory."""
    from workbench.tmx import read_tmx

    memory = _open(ctx)
    skipped: list[str] = []
    units = list(read_tmx(file, skipped))  # read all first: a file that breaks half-way stores nothing
    added, present = memory.add_units(units)
    langs = sorted({lang for u in units for lang in u.texts})
    click.echo(f"{file}: {added} units imported, {present} already in the memory ({', '.join(langs) or 'no languages'})"
               + (f", {len(skipped)} skipped: text in fewer than two languages" if skipped else ""))
