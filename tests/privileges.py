"""`@pytest.mark.without_root`: the test runs without root's privileges, also as root.

A test of what file permissions refuse (a folder one may not write to, a settings folder
one may not search, a database file one may only read) proves nothing as root, whom the
kernel lets read and write everything. CI runs as root (.ci/run), so these tests used to
skip there. Now, run as root, such a test runs in a child process (fork) that has given
up every capability of root before the test's body starts (`capset`, what `setpriv
--inh-caps=-all` does for a new program): the kernel then checks permission bits for it as
for any user. It is still uid 0, the owner of the test's own temporary files (0700 under
pytest's root-only folder), so it reaches them; and a folder chmod'ed 0500 refuses it as
it refuses its owner on any machine. Run as another user, the test runs as it is.

Loaded by tests/conftest.py (`pytest_plugins`); the marker is listed in pyproject.toml.
"""

from __future__ import annotations

import ctypes
import inspect
import os
import traceback
from typing import Any

import pytest

_CAPABILITY_VERSION_3 = 0x20080522  # linux/capability.h: two 32-bit words per set


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


def drop_root_capabilities() -> None:
    """Give up every capability of this process (effective, permitted, inheritable): it
    keeps its uid, but the kernel checks file permissions for it as for any user."""
    libc = ctypes.CDLL(None, use_errno=True)
    empty = (_Data * 2)()
    if libc.capset(ctypes.byref(_Header(_CAPABILITY_VERSION_3, 0)), empty) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"capset: {os.strerror(errno)}")
    with open("/proc/self/status", encoding="ascii") as status:
        effective = next(line for line in status if line.startswith("CapEff:"))
    if int(effective.split()[1], 16) != 0:
        raise OSError(f"capabilities still held: {effective.strip()}")


def _run_in_child(item: pytest.Function) -> None:
    """Run the test's body in a forked child without root's capabilities; its failure,
    with the child's traceback, is the test's."""
    function = item.obj
    arguments = {name: item.funcargs[name] for name in inspect.signature(function).parameters}
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        outcome = b""
        try:
            drop_root_capabilities()
            function(**arguments)
        except pytest.skip.Exception as skipped:
            outcome = f"skip:{skipped.msg}".encode()
        except BaseException:  # noqa: BLE001 - everything goes back to the parent
            outcome = f"fail:{traceback.format_exc()}".encode()
        try:
            os.write(write_end, outcome)
        finally:
            os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    outcome = b"".join(chunks).decode(errors="replace")
    if outcome.startswith("skip:"):
        pytest.skip(outcome[len("skip:"):])
    if outcome.startswith("fail:"):
        pytest.fail("without root's capabilities (a forked child):\n" + outcome[len("fail:"):],
                    pytrace=False)
    if os.waitstatus_to_exitcode(status) != 0:
        pytest.fail(f"the child without root's capabilities ended with status {status}",
                    pytrace=False)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> Any:
    if pyfuncitem.get_closest_marker("without_root") is None or os.geteuid() != 0:
        return None  # pytest runs the test as usual
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        raise TypeError("without_root runs plain test functions, not coroutines")
    _run_in_child(pyfuncitem)
    return True
