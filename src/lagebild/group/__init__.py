"""Grouping: near-duplicate detection (``dedupe``) and story clustering (``cluster``)."""
