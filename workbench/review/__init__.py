"""Review: edits of a stored pair with history and undo (edits.py), the web app (app.py), and other tools'
review routes, InterText (intertext.py) and an LF Aligner-style workbook (workbook.py)."""
