"""The exceptions lagebild raises.

    LagebildError                 base of everything below
    ├── ConfigError               a configuration file or value is wrong
    └── DocumentError             one input document cannot be processed; the run goes on
        ├── ReadError             the input cannot be read or decoded, or its format is unknown
        └── CleanError            nothing usable is left after cleaning

A ``DocumentError`` never ends a run: the pipeline records it as a rejected
article with the message as its ``error`` (see ``pipeline.py``).
"""

from __future__ import annotations


class LagebildError(Exception):
    """Base class of all lagebild errors."""


class ConfigError(LagebildError):
    """A configuration file or value is wrong."""


class DocumentError(LagebildError):
    """One input document cannot be processed."""


class ReadError(DocumentError):
    """The input cannot be read, decoded or parsed, or its format is unknown."""


class CleanError(DocumentError):
    """Nothing usable is left after cleaning."""
