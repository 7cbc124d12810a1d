"""Correcting what an import stored: `edit-directive`, `assign`, `unassign`,
`delete-directive`, `delete-notice`, `restore-directive`, `restore-notice`,
`edit-notice`, `undo-change` and `corrections` (the log).

The bodies are in cli/corrections.py, loaded when a command runs."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from tui_tracker.cli.help_texts import option
from tui_tracker.cli.params import COUNT, DAY, TASK_ID
from tui_tracker.cli.root import command
from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import corrections
else:
    corrections = LazyModule("tui_tracker.cli.corrections")

json_option = option("--json", "as_json", is_flag=True, help="cli.opt.json")
note_option = option("--note", metavar="TEXT", help="corrections.opt.note")
yes_option = option("--yes", "-y", "yes", is_flag=True, help="corrections.opt.yes")


@command("edit-directive")
@click.argument("directive_text", metavar="ID")
@option("--lead", "leads", metavar="AGENCY", multiple=True, help="corrections.opt.lead")
@option("--coordinate", "coordinators", metavar="AGENCY", multiple=True,
        help="corrections.opt.coordinate")
@option("--no-coordinate", "no_coordinate", is_flag=True, help="corrections.opt.no_coordinate")
@option("--deadline", metavar="TEXT", help="corrections.opt.deadline")
@option("--due", metavar="DATE", type=DAY, help="corrections.opt.due")
@option("--new-agency", "new_agency", is_flag=True, help="corrections.opt.new_agency")
@note_option
@json_option
def edit_directive_command(directive_text: str, leads: tuple[str, ...],
                           coordinators: tuple[str, ...], no_coordinate: bool,
                           deadline: str | None, due: date | None, new_agency: bool,
                           note: str | None, as_json: bool) -> None:
    if no_coordinate and coordinators:
        raise UsageError(t("corrections.cli.coordinate_or_none"))
    corrections.edit_directive(
        corrections.directive_id(directive_text), leads=corrections.agency_names(leads),
        coordinators=[] if no_coordinate else corrections.agency_names(coordinators),
        deadline=deadline, due=due, new_agency=new_agency, note=note, as_json=as_json)


@command("assign")
@click.argument("directive_text", metavar="ID")
@click.argument("agency", metavar="AGENCY")
@option("--role", metavar="lead|coordinate", default="coordinate", help="corrections.opt.role")
@option("--new-agency", "new_agency", is_flag=True, help="corrections.opt.new_agency")
@note_option
@json_option
def assign_command(directive_text: str, agency: str, role: str, new_agency: bool,
                   note: str | None, as_json: bool) -> None:
    corrections.assign(corrections.directive_id(directive_text), agency,
                       corrections.role_of(role), new_agency=new_agency, note=note,
                       as_json=as_json)


@command("unassign")
@click.argument("task", metavar="TASK", type=TASK_ID)
@option("--if-version", "if_version", metavar="N", type=COUNT, help="cli.opt.if_version")
@note_option
@json_option
def unassign_command(task: int, if_version: int | None, note: str | None,
                     as_json: bool) -> None:
    corrections.unassign(task, if_version=if_version, note=note, as_json=as_json)


@command("delete-directive")
@click.argument("directive_text", metavar="ID")
@yes_option
@note_option
@json_option
def delete_directive_command(directive_text: str, yes: bool, note: str | None,
                             as_json: bool) -> None:
    corrections.delete_directive(corrections.directive_id(directive_text), yes=yes, note=note,
                                 as_json=as_json)


@command("delete-notice")
@click.argument("notice", metavar="ID", type=TASK_ID)
@yes_option
@note_option
@json_option
def delete_notice_command(notice: int, yes: bool, note: str | None, as_json: bool) -> None:
    corrections.delete_notice(notice, yes=yes, note=note, as_json=as_json)


@command("restore-directive")
@click.argument("directive_text", metavar="ID")
@json_option
def restore_directive_command(directive_text: str, as_json: bool) -> None:
    # `1:3.d` names a deleted directive too, as the other directive commands do.
    corrections.restore_directive(corrections.directive_id(directive_text, deleted=True),
                                  as_json=as_json)


@command("restore-notice")
@click.argument("notice", metavar="ID", type=TASK_ID)
@json_option
def restore_notice_command(notice: int, as_json: bool) -> None:
    corrections.restore_notice(notice, as_json=as_json)


@command("undo-change")
@click.argument("change", metavar="N", type=TASK_ID)
@note_option
@json_option
def undo_change_command(change: int, note: str | None, as_json: bool) -> None:
    corrections.undo_change(change, note=note, as_json=as_json)


@command("edit-notice")
@click.argument("notice", metavar="ID", type=TASK_ID)
@option("--number", metavar="TEXT", help="corrections.opt.number")
@option("--doc-type", "doc_type", metavar="CODE", help="corrections.opt.doc_type")
@option("--title", metavar="TEXT", help="corrections.opt.title")
@option("--issuer", metavar="TEXT", help="corrections.opt.issuer")
@option("--place", metavar="TEXT", help="corrections.opt.place")
@option("--issued-on", "issued_on", metavar="DATE", help="corrections.opt.date")
@option("--meeting-on", "meeting_on", metavar="DATE", help="corrections.opt.date")
@option("--meeting-place", "meeting_place", metavar="TEXT",
        help="corrections.opt.meeting_place")
@option("--presiding", metavar="TEXT", help="corrections.opt.presiding")
@option("--signer", metavar="TEXT", help="corrections.opt.signer")
@option("--signer-title", "signer_title", metavar="TEXT", help="corrections.opt.signer_title")
@note_option
@json_option
def edit_notice_command(notice: int, note: str | None, as_json: bool,
                        **fields: str | None) -> None:
    corrections.edit_notice(notice, fields, note=note, as_json=as_json)


@command("corrections")
@option("--notice", "notice_id", metavar="ID", type=TASK_ID, help="cli.opt.notice")
@option("--directive", "directive_id", metavar="ID", type=TASK_ID,
        help="corrections.opt.directive")
@option("--deleted", is_flag=True, help="corrections.opt.deleted")
@json_option
def corrections_command(notice_id: int | None, directive_id: int | None, deleted: bool,
                        as_json: bool) -> None:
    corrections.show_corrections(notice_id=notice_id, directive_id=directive_id,
                                 deleted=deleted, as_json=as_json)
