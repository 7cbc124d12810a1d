from tui_tracker.cli import main

main()
