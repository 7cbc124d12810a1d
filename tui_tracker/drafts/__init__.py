"""Draft Word documents (.docx) in the Vietnamese administrative layout of
Decree 30/2020/NĐ-CP: the report on a notice and the urging letter to an agency.

Core code (python-docx only; no Textual, no click). The documents are drafts:
"…" marks what a person must fill in (number, day, signer). Their body is in
Vietnamese whatever the interface language: they are Vietnamese official papers.
"""
