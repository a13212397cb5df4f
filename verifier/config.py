"""Settings from `[tool.verifier]` in pyproject.toml or from verifier.toml, validated strictly.

Settings are a plain value (picklable), so worker processes rebuild the same RuleSet from them.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import DataFileError
from .findings import Severity

FailOn = Literal["error", "warning", "info", "never"]


class ConfigError(DataFileError):
    """A config file the user wrote that cannot be used; its str is one line with the file."""


class Settings(BaseModel):
    """What to check and what fails the run; every key is optional."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    select: tuple[str, ...] = ()  # rule ids, packs or tags (globs); empty means all
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = {}  # rule id / pack / tag pattern -> severity
    rules: tuple[str, ...] = ()  # extra rule folders, relative to the config file
    lexicon: tuple[str, ...] = ()  # extra lexicon folders, relative to the config file
    fail_on: FailOn = Field("error", alias="fail-on")
    baseline: str | None = None


def find_config(start: Path) -> Path | None:
    """The nearest verifier.toml, or pyproject.toml with [tool.verifier], from start upwards."""
    for folder in [start, *start.parents]:
        own = folder / "verifier.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "verifier" in tomllib.loads(path.read_text("utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_settings(path: Path) -> Settings:
    """Read and validate one config file; relative folders are resolved against it."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("verifier", {})
        where = "[tool.verifier]"
    else:
        where = ""
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(p) for p in error["loc"])
        prefix = f"{where} " if where else ""
        raise ConfigError(f"{path}: {prefix}key '{key}': {error['msg']}") from None
    base = path.parent
    return settings.model_copy(update={
        "rules": tuple(str((base / p).resolve()) for p in settings.rules),
        "lexicon": tuple(str((base / p).resolve()) for p in settings.lexicon),
        "baseline": str((base / settings.baseline).resolve()) if settings.baseline else None,
    })
