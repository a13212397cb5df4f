"""Inputs -> Documents: files, folders, stdin and JSON Lines.

Every input given appears in the output: as a Document, or as a `Rejected` value carrying a
one-line InputError naming its location. Nothing is skipped silently.
"""
from .files import MAX_BYTES, Loaded, Rejected, read_inputs

__all__ = ["MAX_BYTES", "Loaded", "Rejected", "read_inputs"]
