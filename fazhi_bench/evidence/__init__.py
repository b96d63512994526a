"""Text to evidence: statutory parts, catalogue hits, the credit rules, quantified claims; one report at a time."""
