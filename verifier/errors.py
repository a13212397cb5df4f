"""Errors in files the user writes (rules, lexicon, config): one line with the location, exit 3."""


class DataFileError(ValueError):
    """Base of RuleFileError, LexiconError and ConfigError; its str is the whole one-line message."""
