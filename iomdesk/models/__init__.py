"""Qt models over the store's rows: tables, the structure tree."""
