"""fazhi_bench: transparent, evidence-backed scoring of annual rule-of-law government reports."""

__version__ = "0.1.0"
