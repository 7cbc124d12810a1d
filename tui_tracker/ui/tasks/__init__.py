"""The task list and what belongs to it: the list widget (`task_list`), how a task reads
in a cell (`labels`), the triage dialogs (`dialogs`) and a task's history (`history`)."""
