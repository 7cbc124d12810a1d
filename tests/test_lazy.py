"""tui_tracker.lazy: a module stands in until its first attribute is read."""

from __future__ import annotations

import sys
import threading

from tui_tracker.lazy import LazyModule


def test_the_module_is_imported_at_the_first_attribute_read(monkeypatch) -> None:
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    colorsys = LazyModule("colorsys")
    assert "colorsys" not in sys.modules
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    assert "colorsys" in sys.modules
    assert "colorsys" in repr(colorsys)


def test_a_missing_attribute_is_an_attribute_error() -> None:
    json = LazyModule("json")
    try:
        json.no_such_function  # noqa: B018
    except AttributeError as error:
        assert "no_such_function" in str(error)
    else:
        raise AssertionError("a missing attribute must raise AttributeError")


def test_threads_reaching_the_module_first_together_all_get_it(monkeypatch) -> None:
    monkeypatch.delitem(sys.modules, "fractions", raising=False)
    fractions = LazyModule("fractions")
    results: list[str] = []
    start = threading.Barrier(8)

    def use() -> None:
        start.wait()
        results.append(str(fractions.Fraction(1, 3) + fractions.Fraction(1, 6)))

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["1/2"] * 8
