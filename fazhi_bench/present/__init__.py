"""For readers: charts, notebook helpers and the self-contained appendix."""
