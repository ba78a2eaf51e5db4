"""The only layer that touches the SQLite file."""
