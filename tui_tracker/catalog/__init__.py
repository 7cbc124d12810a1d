"""Message catalogs, one module per layer: core (parsing, store), cli, ui."""
