"""Import a notice from the UI: pick the file, review what the parser found, correct it,
then store it, or cancel and store nothing.

path_input        the path Input with shell-like Tab completion, and the folder tree
agency_edits      how a typed agency list is split and applied to a parsed directive
directive_dialog  the dialog that corrects one directive
review_screen     the review of the parsed notice (edit, save, cancel)
import_screen     choosing the file
"""

from tui_tracker.ui.screens.import_review.agency_edits import (
    DirectiveEdit,
    apply_edit,
    coordinators_text,
    leads_text,
    read_edit,
)
from tui_tracker.ui.screens.import_review.directive_dialog import EditDirectiveScreen
from tui_tracker.ui.screens.import_review.import_screen import ImportScreen
from tui_tracker.ui.screens.import_review.path_input import complete_path, path_candidates
from tui_tracker.ui.screens.import_review.review_screen import ImportReviewScreen

__all__ = [
    "DirectiveEdit",
    "EditDirectiveScreen",
    "ImportReviewScreen",
    "ImportScreen",
    "apply_edit",
    "complete_path",
    "coordinators_text",
    "leads_text",
    "path_candidates",
    "read_edit",
]
