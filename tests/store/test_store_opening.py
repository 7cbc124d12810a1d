"""Opening the file: permissions of a new database, the checks made before anything is
written (a refused file keeps its bytes), read-only access, a missing file."""

from __future__ import annotations

import grp
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from builders import TODAY
from store_helpers import seed_like_notice

from tui_tracker.errors import DatabaseError, UsageError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.store import Store, files
from tui_tracker.store.connection import SCHEMA_VERSION


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def companions_of(path: Path) -> list[Path]:
    return [side for side in files.companions(path) if side.exists()]


# ------------------------------------------------------------------ permissions


def test_a_new_database_is_private_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "new" / "tracker.db"
    old = os.umask(0o000)  # a lax umask would give 0644 or worse
    try:
        with Store.open(path) as store:
            store.import_notice(seed_like_notice())
            sides = companions_of(path)
            assert sides  # WAL files exist while the store is open
            assert {mode(side) for side in sides} == {0o600}
    finally:
        os.umask(old)
    assert mode(path) == 0o600


def test_a_database_for_a_group_is_0660_owned_by_the_group(tmp_path: Path) -> None:
    """Runs everywhere: the current user's own primary group is one it belongs to."""
    group = grp.getgrgid(os.getgid()).gr_name
    path = tmp_path / "office" / "tracker.db"
    old = os.umask(0o077)  # a strict umask must not strip the group bits
    try:
        with Store.open(path, group=group) as store:
            store.import_notice(seed_like_notice())
            for side in [path, *companions_of(path)]:
                assert mode(side) == 0o660, side
                assert side.stat().st_gid == os.getgid()
    finally:
        os.umask(old)
    folder = path.parent.stat()
    assert stat.S_IMODE(folder.st_mode) == 0o2770  # new folder: setgid, for the group
    assert folder.st_gid == os.getgid()


def test_an_unknown_group_is_refused_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    with pytest.raises(UsageError) as info:
        Store.open(path, group="no-such-group-tui-tracker")
    assert "no-such-group-tui-tracker" in info.value.message
    assert not path.exists()


# ------------------------------------------------------------------ refusing untouched


def _foreign_db(path: Path, *, wal: bool = False, user_version: int = 0) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('phở')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("wal", [False, True])
@pytest.mark.parametrize("user_version", [0, 1])
def test_another_programs_database_is_refused_untouched(tmp_path: Path, wal: bool,
                                                        user_version: int) -> None:
    path = tmp_path / "recipes.db"
    _foreign_db(path, wal=wal, user_version=user_version)
    before = md5(path)
    with pytest.raises(DatabaseError) as info:
        Store.open(path)
    assert info.value.message == t("store.not_ours", path=str(path))
    assert md5(path) == before
    assert companions_of(path) == []


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = md5(path)
    assert companions_of(path) == []
    with pytest.raises(DatabaseError) as info:
        Store.open(path)
    assert str(SCHEMA_VERSION + 1) in info.value.message
    assert info.value.exit_code == 5
    assert md5(path) == before
    assert companions_of(path) == []


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"Thong bao ket luan, not a database\n" * 50)
    before = md5(path)
    with pytest.raises(DatabaseError) as info:
        Store.open(path)
    assert info.value.message == t("storeops.not_sqlite", path=str(path))
    assert md5(path) == before
    assert companions_of(path) == []


def test_a_missing_file_is_refused_when_creation_is_not_allowed(tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    with pytest.raises(UsageError) as info:
        Store.open(path, create=False)
    assert info.value.exit_code == 2
    assert str(path) in info.value.message
    assert not path.exists()


# ------------------------------------------------------------------ read-only


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "shared" / "tracker.db"
    with Store.open(path, user="alice") as store:
        store.import_notice(seed_like_notice())
    return path


def test_a_read_only_store_reads_and_refuses_changes_without_touching_the_file(
        filled: Path) -> None:
    before = md5(filled)
    with Store.open(filled, user="bob", read_only=True) as store:
        assert store.read_only
        rows = store.list_tasks(today=TODAY)
        assert rows and store.history(rows[0].id)
        with pytest.raises(DatabaseError) as info:
            store.set_status(rows[0].id, Status.DONE, today=TODAY)
        assert "chỉ đọc" in info.value.message and info.value.exit_code == 5
        with pytest.raises(DatabaseError):
            store.extend(rows[0].id, TODAY, reason="x", today=TODAY)
        # No session had the file open: read as it is, creating no -wal/-shm that
        # the owner's sessions could not write.
        assert companions_of(filled) == []
    assert md5(filled) == before


def test_a_read_only_store_sees_a_writer_that_arrives_later(filled: Path) -> None:
    with Store.open(filled, user="bob", read_only=True) as viewer:
        first = viewer.list_tasks(today=TODAY)[0]
        with Store.open(filled, user="alice") as writer:
            writer.set_status(first.id, Status.IN_PROGRESS, today=TODAY)
            # The writer's session made the -shm: the viewer now reads through it.
            assert viewer.get_task(first.id, today=TODAY).status == Status.IN_PROGRESS
            writer.set_status(first.id, Status.REPORTED, today=TODAY)
            assert viewer.get_task(first.id, today=TODAY).status == Status.REPORTED


@pytest.mark.without_root  # root may write any file: run without its privileges
def test_file_permissions_make_a_store_read_only(filled: Path) -> None:
    filled.chmod(0o444)
    filled.parent.chmod(0o555)
    try:
        before = md5(filled)
        with Store.open(filled) as store:
            assert store.read_only
            assert store.list_tasks(today=TODAY)
        assert md5(filled) == before
        assert companions_of(filled) == []
    finally:
        filled.parent.chmod(0o755)
        filled.chmod(0o644)


def test_an_old_database_read_only_asks_for_someone_to_upgrade_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(DatabaseError) as info:
        Store.open(path, read_only=True)
    assert info.value.message == t("storeops.read_only_needs_upgrade", path=str(path),
                                   found=1, known=SCHEMA_VERSION)


def test_a_read_only_store_sees_a_writer_that_came_and_went(filled: Path) -> None:
    with Store.open(filled, user="bob", read_only=True) as viewer:
        first = viewer.list_tasks(today=TODAY)[0]
        version = viewer.data_version()
        with Store.open(filled, user="alice") as writer:  # opens, writes, closes
            writer.set_status(first.id, Status.DONE, today=TODAY)
        assert companions_of(filled) == []  # the writer's session is over
        assert viewer.data_version() != version  # a screen polling it refreshes
        assert viewer.get_task(first.id, today=TODAY).status == Status.DONE
