"""tui-tracker: follow up the directives of Vietnamese administrative notices."""

__version__ = "0.1.0"
