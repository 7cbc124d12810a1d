"""Files for other tools: the JSON export (and its restore), CSV, XLSX, ICS.

Core code: no Textual, no click, no rich. Every writer streams from
`Store.dump()` (one snapshot of the database) and is written through
`tui_tracker.output_files.atomic_write`, so a failed export leaves no half-written file.
"""
