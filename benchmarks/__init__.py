"""Benchmarks: datasets, metrics, runners and reports (never imported by the library)."""
