"""Files for other tools: the JSON export (and its restore), CSV, XLSX, ICS.

Core code: no Textual, no click, no rich. Every writer streams from
`Store.dump()` (one snapshot of the database) and writes through
`atomic.atomic_path`, so a failed export leaves no half-written file.
"""
