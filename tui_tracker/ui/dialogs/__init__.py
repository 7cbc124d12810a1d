"""Modal dialogs that are not about one task: the task-list filter (`filter`) and a long
text shown literally (`literal_text`). The triage dialogs live with the task list in
`ui/tasks/`."""
