"""Textual user interface: screens ask core and store, hold no business rules."""
