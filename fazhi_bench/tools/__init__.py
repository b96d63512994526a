"""Commands and tools around the engine: the command line, benchmark, term discovery, agreement, probes."""
