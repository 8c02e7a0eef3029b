"""Developer tools, not in the wheel: build the shipped database; make a large one for speed."""
