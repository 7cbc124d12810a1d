"""What the import's worker processes run (see notices._parsed).

The forkserver imports this module once and forks every worker from itself.
Importing it parses a short notice: the parser builds its tables on first use
(the agency index, patterns compiled from the directory: about 0.1 s), and this
way they are built once, in the server, instead of in each worker at its first
file while the importing process waits for it."""

from __future__ import annotations

import dataclasses

from tui_tracker.cli.reading import read_and_parse_source
from tui_tracker.errors import BadInputError, InvalidDateError
from tui_tracker.model import ParsedNotice
from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.source import SourceText

# Headed, numbered, with leads, a coordinator, a deadline and a citation: enough
# to walk every stage of the parser once.
_WARM_UP = """UỶ BAN NHÂN DÂN TỈNH
Số: 1/TB-UBND
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 02/01/2026
Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh,
1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các cơ quan liên quan rà soát,
báo cáo UBND tỉnh trước ngày 15/02/2026.
2. Công an tỉnh triển khai thực hiện định kỳ hằng quý.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""
parse_notice(_WARM_UP)


def parse_in_worker(file: str, notices_only: bool = True
                    ) -> tuple[tuple[SourceText, ParsedNotice] | None,
                               tuple[str, str, str | None] | None]:
    """read_and_parse_source in a worker process; errors come back as data
    (InvalidDateError does not survive pickling) and are raised again in the
    importing process."""
    try:
        source, notice = read_and_parse_source(file, notices_only=notices_only)
        # The text stays here: the importing process needs only the file's record.
        return (dataclasses.replace(source, text=""), notice), None
    except InvalidDateError as exc:
        return None, ("date", exc.message, exc.phrase)
    except BadInputError as exc:
        return None, ("bad", exc.message, None)
