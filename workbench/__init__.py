"""workbench: ingest official bilingual transcripts, segment, align, keep a translation memory, export."""

__version__ = "0.1.0"
