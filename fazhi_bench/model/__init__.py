"""Evidence to scores: the scoring model (dimensions, index, ranks), its sensitivity and the panel of several years."""
