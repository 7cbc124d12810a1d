"""A report letter's items matched to the stored tasks they speak of → proposals.

For each reported item, in order of trust:

1. **item** — it cites items (`điểm 3.d`, `mục 2, khoản b`): the directive with that
   ref in its notice (the notice the item or its heading cites, else the letter's);
   a ref cut short by the writer (`1.a` for `II.1.a`) matches when one directive ends
   so; a section (`mục 2`) covers its items. `nhiệm vụ số 4` with no directive "4" is
   the notice's fourth task of the sender (then only by **order**).
2. **quote** — it quotes or paraphrases the task (`Nhiệm vụ “rà soát …”`, `Về rà
   soát …:`, a table's task cell): the sender's task whose directive text holds the
   quote, or shares the most words with it, clearly ahead of the next one.
3. **order** — it names no task: the sender's tasks of that notice left unmatched,
   in the notice's order, when there are exactly as many as such items; else the
   items are listed as unmatched, never guessed.

The task is always the sender's own assignment in that directive (lead or
coordinating). An item whose directive has no task of the sender (or the sender is
unknown and the directive has several) is listed as unmatched with the reason.

A proposal changes the status to what the letter says, unless the task is closed
(done or cancelled: the office confirmed it; the letter becomes a note) or already has
that status (a note). Two items about one task (its result, then an extension asked
for in "Kiến nghị") make one proposal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import catalog, t
from tui_tracker.model import Reference, Status
from tui_tracker.parsing.item_refs import ref_parts
from tui_tracker.parsing.references import number_key
from tui_tracker.parsing.report_letter import ReportedItem, ReportLetter
from tui_tracker.replies.queries import Found, StoredNotice, StoredTask, loose_number
from tui_tracker.store.report_letters import AppliedLetter
from tui_tracker.text import fold

ITEM, QUOTE, ORDER, MANUAL = "item", "quote", "order", "manual"
TRUST = {ITEM: 3, MANUAL: 3, QUOTE: 2, ORDER: 1}
_NOTICE_TYPES = ("TB", "KL")
# A quoted or paraphrased task matches when enough of its words are the directive's.
_QUOTE_MIN = 0.5
_MARGIN = 0.12
_STOPWORDS = frozenset(fold(w) for w in (
    "và các của với cho theo trên tại để đã đang được những này đó trong về việc nhiệm vụ "
    "sở tỉnh ubnd ủy ban nhân dân một số có là khi thì từ đến hoặc như sau giao chủ trì "
    "phối hợp cơ quan đơn vị liên quan thực hiện triển khai nội dung báo cáo").split())


@dataclass
class Proposal:
    """What one letter item (or several about one task) proposes for one task."""

    items: list[ReportedItem]
    notice: StoredNotice
    task: StoredTask
    match: str  # item | quote | order | manual
    score: float = 1.0
    accepted: bool = True
    warnings: list[str] = field(default_factory=list)

    @property
    def item(self) -> ReportedItem:
        return self.items[0]

    @property
    def said_status(self) -> str | None:
        """The status the letter reports (the last item that says one)."""
        statuses = [i.reading.status for i in self.items if i.reading.status]
        return statuses[-1] if statuses else None

    @property
    def new_status(self) -> str | None:
        """The status to set; None when it stays (closed task, same status, nothing said)."""
        said = self.said_status
        if said is None or not Status(self.task.status).is_open or said == self.task.status:
            return None
        return said

    @property
    def completed_on(self) -> date | None:
        for item in reversed(self.items):
            if item.reading.status == "reported" and item.reading.completed_on:
                return item.reading.completed_on
        return None

    @property
    def completed_by(self) -> str | None:
        for item in reversed(self.items):
            if item.reading.status == "reported" and item.reading.completed_by:
                return item.reading.completed_by
        return None

    @property
    def reason(self) -> str | None:
        return next((i.reading.reason for i in reversed(self.items) if i.reading.reason), None)

    @property
    def extension(self) -> tuple[date | None, str] | None:
        """(the day asked for, the sentence) of an extension request."""
        for item in self.items:
            e = item.reading.extension
            if e is None:
                continue
            due = e.due_on
            if due is None and self.task.due_on is not None:
                if e.days:
                    due = self.task.due_on + relativedelta(days=e.days)
                elif e.months:
                    due = self.task.due_on + relativedelta(months=e.months)
            return due, e.text
        return None

    @property
    def requests(self) -> list[tuple[str, str]]:
        return [(q.kind, q.text) for i in self.items for q in i.reading.requests]

    @property
    def sentence(self) -> str:
        """The sentences quoted, one per item."""
        parts: list[str] = []
        for item in self.items:
            r = item.reading
            for text in (r.sentence, r.extension.text if r.extension else None,
                         *(q.text for q in r.requests)):
                if text and text not in parts:
                    parts.append(text)
        return " … ".join(parts)


@dataclass
class Unmatched:
    item: ReportedItem
    reason: str
    notice: StoredNotice | None = None


@dataclass
class Review:
    """A letter read and matched: what `apply` would do, before anything is written."""

    letter: ReportLetter
    notices: list[StoredNotice]
    proposals: list[Proposal]
    unmatched: list[Unmatched]
    sender_id: int | None
    warnings: list[str] = field(default_factory=list)
    applied: AppliedLetter | None = None  # the letter was applied before: nothing to do

    def notice_of(self, notice_id: int) -> StoredNotice | None:
        return next((n for n in self.notices if n.id == notice_id), None)


# ---------------------------------------------------------------- the notices


def check_found(letter: ReportLetter, found: Found) -> list[str]:
    """Refuse a letter that answers a notice the database lacks (BadInputError, naming
    it); warnings for a cited công văn or plan that is not stored."""
    warnings: list[str] = []
    name = letter.evidence_text()
    for ref in found.missing:
        if ref.doc_type in _NOTICE_TYPES:
            raise BadInputError(t("replies.match.notice_missing", letter=name,
                                  notice=_cited(ref)))
        warnings.append(t("replies.match.other_missing", document=_cited(ref)))
    for ref, candidates in found.ambiguous:
        raise BadInputError(t("replies.match.notice_ambiguous", notice=_cited(ref),
                              count=len(candidates)))
    if not found.notices:
        if not letter.answers:
            raise BadInputError(t("replies.match.no_notice", letter=name))
        raise BadInputError(t("replies.match.notice_missing", letter=name,
                              notice=_cited(letter.answers[0])))
    return warnings


def _cited(ref: Reference) -> str:
    return " ".join(ref.text.split()) if ref.text else (ref.number or "?")


# ---------------------------------------------------------------- matching


def match(letter: ReportLetter, found: Found) -> Review:
    """Match every item of `letter` to the stored tasks `found` (see the module doc)."""
    warnings = check_found(letter, found)
    notices = _unique(list(found.notices.values()))
    sender = found.sender_id
    if sender is None:
        warnings.append(t("replies.match.sender_unknown",
                          sender=letter.sender or letter.issuer or "?"))
    matched: list[tuple[ReportedItem, StoredNotice, StoredTask, str, float]] = []
    unmatched: list[Unmatched] = []
    pool: list[tuple[ReportedItem, StoredNotice | None]] = []  # for order
    for item in letter.items:
        scope = _notices_of(item, found, notices)
        if scope is None:
            unmatched.append(Unmatched(item, t("replies.unmatched.notice_not_stored",
                                               notice=_cited(item.notice) if item.notice
                                               else "?")))
            continue
        if item.refs:
            _by_ref(item, scope, sender, matched, unmatched, pool)
        elif item.quote or item.topic:
            found_task = _by_text(item, scope, sender, {m[2].id for m in matched})
            if found_task is not None:
                notice, task, score = found_task
                matched.append((item, notice, task, QUOTE, score))
            else:
                pool.append((item, scope[0] if len(scope) == 1 else None))
        else:
            pool.append((item, scope[0] if len(scope) == 1 else None))
    _by_order(pool, notices, sender, matched, unmatched)
    proposals = _merge(matched)
    order = {id(item): n for n, item in enumerate(letter.items)}
    proposals.sort(key=lambda p: order[id(p.item)])
    unmatched.sort(key=lambda u: order[id(u.item)])
    for proposal in proposals:
        refresh_warnings(proposal)
    return Review(letter, notices, proposals, unmatched, sender, warnings)


def _unique(notices: list[StoredNotice]) -> list[StoredNotice]:
    seen: dict[int, StoredNotice] = {}
    for notice in notices:
        seen.setdefault(notice.id, notice)
    return list(seen.values())


def _notices_of(item: ReportedItem, found: Found,
                notices: list[StoredNotice]) -> list[StoredNotice] | None:
    """The notices an item may speak of: the one it (or its heading) cites, else all
    the letter answers. None when it cites one the database lacks."""
    if item.notice is not None and item.notice.number:
        notice = found.notices.get(loose_number(item.notice.number))
        if notice is not None:
            return [notice]
        key = number_key(item.notice.number)
        if any(number_key(r.number or "") == key for r in found.missing):
            return None
    return notices


def _sender_tasks(tasks: list[StoredTask], sender: int | None) -> list[StoredTask]:
    return [task for task in tasks if sender is not None and task.agency_id == sender]


def _directives_for(ref: str, notice: StoredNotice) -> list[list[StoredTask]]:
    """The directives (their tasks) a cited ref names in a notice, best form first:
    the exact ref (with its split parts "3.c-2"), else a section's items, else the one
    directive whose ref ends with it."""
    by_directive: dict[int, list[StoredTask]] = {}
    for task in notice.tasks:
        by_directive.setdefault(task.directive_id, []).append(task)
    groups = list(by_directive.values())

    def base(directive_ref: str) -> str:
        return re.sub(r"-\d+$", "", directive_ref)

    exact = [g for g in groups if g[0].ref == ref or base(g[0].ref) == ref]
    if exact:
        return exact
    section = [g for g in groups if base(g[0].ref).startswith(ref + ".")]
    if section:
        return section
    wanted = ref_parts(ref)
    tail = [g for g in groups if ref_parts(base(g[0].ref))[-len(wanted):] == wanted]
    directives = {g[0].directive_id for g in tail}
    return tail if len(directives) == 1 else []


def _by_ref(item: ReportedItem, scope: list[StoredNotice], sender: int | None,
            matched: list[tuple[ReportedItem, StoredNotice, StoredTask, str, float]],
            unmatched: list[Unmatched],
            pool: list[tuple[ReportedItem, StoredNotice | None]]) -> None:
    for ref in item.refs:
        hits = [(notice, group) for notice in scope for group in _directives_for(ref, notice)]
        if not hits:
            if item.numbered and len(scope) == 1:
                pool.append((item, scope[0]))  # "nhiệm vụ số 4": maybe the fourth task
                continue
            unmatched.append(Unmatched(item, t("replies.unmatched.no_item", ref=ref,
                                               notices=_labels(scope)),
                                       scope[0] if len(scope) == 1 else None))
            continue
        notices_hit = {notice.id for notice, _ in hits}
        if len(notices_hit) > 1:
            unmatched.append(Unmatched(item, t("replies.unmatched.several_notices", ref=ref,
                                               notices=_labels(scope))))
            continue
        took = False
        for notice, group in hits:
            task = _sender_task(group, sender)
            if task is not None:
                matched.append((item, notice, task, ITEM, 1.0))
                took = True
        if not took:
            notice, group = hits[0]
            unmatched.append(Unmatched(item, _not_the_senders(ref, group, sender), notice))


def _sender_task(group: list[StoredTask], sender: int | None) -> StoredTask | None:
    if sender is not None:
        return next((task for task in group if task.agency_id == sender), None)
    if len(group) == 1 and not group[0].is_group:
        return group[0]  # the sender is unknown, but the item has one agency only
    return None


def _not_the_senders(ref: str, group: list[StoredTask], sender: int | None) -> str:
    agencies = ", ".join(dict.fromkeys(task.agency for task in group))
    if sender is None:
        return t("replies.unmatched.sender_unknown", ref=ref, agencies=agencies)
    return t("replies.unmatched.not_assigned", ref=ref, agencies=agencies)


def _labels(notices: list[StoredNotice]) -> str:
    return ", ".join(notice.label() for notice in notices)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _STOPWORDS
            and len(w) > 1]


def _score(needle: str, haystack: str) -> float:
    """How much of `needle` (a quote, a paraphrase) the directive's text says: the
    share of its words and of its word pairs found there."""
    if fold(needle) and fold(needle) in fold(haystack):
        return 1.0
    words = _words(needle)
    if len(words) < 2:
        return 0.0
    hay = _words(haystack)
    hay_set = set(hay)
    pairs = set(zip(hay, hay[1:], strict=False))
    uni = sum(w in hay_set for w in words) / len(words)
    wanted = list(zip(words, words[1:], strict=False))
    bi = sum(p in pairs for p in wanted) / len(wanted)
    return 0.5 * uni + 0.5 * bi


def _topic_words(item: ReportedItem) -> str:
    text = item.quote or item.topic or ""
    return re.sub(r"^(?:[-+•*]\s*)?(?:về|đối với|nhiệm vụ|nội dung)\s+", "", text,
                  flags=re.IGNORECASE)


def _by_text(item: ReportedItem, scope: list[StoredNotice], sender: int | None,
             taken: set[int]) -> tuple[StoredNotice, StoredTask, float] | None:
    needle = _topic_words(item)
    scored: list[tuple[float, StoredNotice, StoredTask]] = []
    for notice in scope:
        candidates = _sender_tasks(notice.tasks, sender) if sender is not None else notice.tasks
        for task in candidates:
            scored.append((_score(needle, task.text), notice, task))
    scored.sort(key=lambda s: (-s[0], s[2].id in taken))
    if not scored or scored[0][0] < _QUOTE_MIN:
        return None
    best = scored[0]
    runner = next((s for s in scored[1:] if s[2].directive_id != best[2].directive_id), None)
    if runner is not None and best[0] - runner[0] < _MARGIN:
        return None
    return best[1], best[2], round(best[0], 2)


def _by_order(pool: list[tuple[ReportedItem, StoredNotice | None]],
              notices: list[StoredNotice], sender: int | None,
              matched: list[tuple[ReportedItem, StoredNotice, StoredTask, str, float]],
              unmatched: list[Unmatched]) -> None:
    """Items that name no task: paired in order with the sender's tasks left, notice by
    notice, when the counts agree."""
    if not pool:
        return
    taken = {m[2].id for m in matched}
    by_notice: dict[int | None, list[ReportedItem]] = {}
    for item, notice in pool:
        by_notice.setdefault(notice.id if notice else None, []).append(item)
    for notice_id, items in by_notice.items():
        notice = next((n for n in notices if n.id == notice_id), None)
        if notice is None:
            for item in items:
                unmatched.append(Unmatched(item, t("replies.unmatched.which_notice",
                                                   notices=_labels(notices))))
            continue
        left = [task for task in _sender_tasks(notice.tasks, sender) if task.id not in taken]
        if sender is None:
            reason = t("replies.unmatched.order_no_sender")
        elif len(left) != len(items):
            reason = t("replies.unmatched.order_count", items=len(items), tasks=len(left),
                       notice=notice.label())
        else:
            for item, task in zip(items, left, strict=True):
                matched.append((item, notice, task, ORDER, 0.0))
            continue
        for item in items:
            unmatched.append(Unmatched(item, reason, notice))


def _merge(matched: list[tuple[ReportedItem, StoredNotice, StoredTask, str, float]]
           ) -> list[Proposal]:
    """One proposal per task: items about the same task are read together."""
    by_task: dict[int, Proposal] = {}
    for item, notice, task, how, score in matched:
        proposal = by_task.get(task.id)
        if proposal is None:
            by_task[task.id] = Proposal([item], notice, task, how, score)
            continue
        if item not in proposal.items:
            proposal.items.append(item)
        if TRUST[how] > TRUST[proposal.match]:
            proposal.match, proposal.score = how, score
    return list(by_task.values())


def refresh_warnings(proposal: Proposal) -> None:
    """The warnings a person should see before accepting (again, after a task is picked)."""
    proposal.warnings.clear()
    task = proposal.task
    said = proposal.said_status
    if said and not Status(task.status).is_open:
        proposal.warnings.append(t("replies.warn.closed", status=t(f"status.{task.status}")))
    extension = proposal.extension
    if extension is not None:
        due, _ = extension
        if due is None:
            proposal.warnings.append(t("replies.warn.extension_no_day"))
        elif task.due_on is not None and due <= task.due_on:
            proposal.warnings.append(t("replies.warn.extension_earlier",
                                       due=_day(due), current=_day(task.due_on)))
    if proposal.match == ORDER:
        proposal.warnings.append(t("replies.warn.order"))


def _day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# ---------------------------------------------------------------- notes


def _vi(key: str) -> str:
    return catalog()[key][0]


def history_note(proposal: Proposal, evidence: str) -> str:
    """The note the history keeps (in Vietnamese, like the letter it quotes): the letter,
    what it says and the sentence. "Theo Báo cáo số 45/BC-SNNMT ngày 12/5/2026: hoàn
    thành ngày 10/11/2026 (Quyết định số …). “Sở đã hoàn thành …”"."""
    parts: list[str] = []
    if proposal.said_status == "reported" and proposal.completed_on is not None:
        done = _vi("replies.note.done").format(date=_day(proposal.completed_on))
        if proposal.completed_by:
            done += f" ({proposal.completed_by})"
        parts.append(done)
    if proposal.reason:
        parts.append(_vi("replies.note.reason").format(reason=proposal.reason))
    extension = proposal.extension
    if extension is not None:
        due, _ = extension
        parts.append(_vi("replies.note.extension").format(date=_day(due)) if due
                     else _vi("replies.note.extension_no_day"))
    for kind, _ in proposal.requests:
        parts.append(_vi(f"replies.note.request.{kind}"))
    head = _vi("replies.note.head").format(evidence=evidence)
    body = "; ".join(parts)
    text = f"{head}: {body}." if body else f"{head}."
    if proposal.sentence:
        text += f" “{proposal.sentence}”"
    return text
