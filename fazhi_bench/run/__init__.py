"""A scoring run: orchestration, the extraction cache and workers, the output files, rebuilds."""
