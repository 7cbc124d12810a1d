"""Regenerate docs/screenshot.svg and docs/screenshot.png: the demo countdown at 100×30.

Run from the repository root with the test extra installed plus cairosvg:
    pip install cairosvg && python docs/make_screenshot.py
The wait helper comes from the UI tests so the picture is taken once the rows are loaded.
"""

import asyncio
import sys
import tempfile
from pathlib import Path

import cairosvg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # builders, which the UI conftest imports
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from conftest import wait_for_data  # noqa: E402

from tui_tracker.demo import build_demo_db  # noqa: E402
from tui_tracker.i18n import set_language  # noqa: E402
from tui_tracker.store import Store  # noqa: E402
from tui_tracker.ui.app import TrackerApp  # noqa: E402

DOCS = ROOT / "docs"


async def main() -> None:
    set_language("vi")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        today = build_demo_db(path)
        store = Store.open(path, user="demo")
        app = TrackerApp(store, today=today, poll_interval=None, day_check_interval=None)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_data(pilot)
            app.save_screenshot("screenshot.svg", path=str(DOCS))
        store.close()
    cairosvg.svg2png(url=str(DOCS / "screenshot.svg"), write_to=str(DOCS / "screenshot.png"),
                     output_width=1400)


if __name__ == "__main__":
    asyncio.run(main())
