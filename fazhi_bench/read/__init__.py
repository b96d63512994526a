"""Reports in: files read in every format, cleaned, described (unit, year, level), gathered into a corpus."""
