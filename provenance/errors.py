"""Named errors. The CLI turns each into one line on stderr and exit status 2."""

from __future__ import annotations


class ProvenanceError(Exception):
    """Base class: anything that stops a check. ``code`` is stable and machine-readable."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class InputError(ProvenanceError):
    """The input cannot be checked: missing, empty, binary, undecodable, unknown format, too large."""

    code = "input"


class ModelUnavailable(ProvenanceError):
    """A model was asked for (or needed) and cannot be found or loaded from local folders."""

    code = "model"


class SettingsError(ProvenanceError):
    """A setting, option or settings file is invalid."""

    code = "settings"
