"""How the store feeds the scoring core, one module per job; ``custui.store.scores`` re-exports
the public names (see its docstring for the design and the timings)."""
