"""`i` on an agency's report letter: its items matched to the stored tasks, reviewed, applied.

rows           the review's rows and columns (proposals, items matched to no task)
task_picker    Enter: pick the task of an item among its notice's tasks
kind_dialog    asked when a file could be a notice or a report (no header says)
review_screen  the review: space, Enter, Ctrl+S, u, Esc
"""

from tui_tracker.ui.screens.report_review.kind_dialog import LetterKindDialog
from tui_tracker.ui.screens.report_review.review_screen import ReportReviewScreen
from tui_tracker.ui.screens.report_review.task_picker import TaskPickerDialog

__all__ = ["LetterKindDialog", "ReportReviewScreen", "TaskPickerDialog"]
