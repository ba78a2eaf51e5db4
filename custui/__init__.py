"""custui: a keyboard-driven terminal CRM over one local SQLite file."""

__version__ = "0.1.0"
