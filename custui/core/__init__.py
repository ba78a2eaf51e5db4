"""Pure domain logic: no Textual, no SQL."""
