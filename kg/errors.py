"""One exception tree. Library code raises these; only the CLI and the UI turn them into messages.

Each error carries a short code so users and tests can tell failures apart, and a message written
for the user: what is wrong, and what to do about it.
"""

from __future__ import annotations


class KGError(Exception):
    """Base of every error newskg raises on purpose."""

    code = "KG000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(KGError):
    """An input file or record cannot be read as an article."""

    code = "KG100"

    def __init__(
        self, message: str, *, path: str | None = None, record: str | None = None, hint=None
    ) -> None:
        super().__init__(message, hint=hint)
        self.path = path
        self.record = record

    def __str__(self) -> str:
        where = self.path or ""
        if self.record:
            where = f"{where} [{self.record}]" if where else self.record
        base = super().__str__()
        return f"{where}: {base}" if where else base


class UnsupportedLanguageError(InputError):
    code = "KG101"


class ConfigError(KGError):
    """A setting, gazetteer or ontology file is invalid, or the spaCy model is missing."""

    code = "KG200"


class ExtractionError(KGError):
    code = "KG300"


class StoreError(KGError):
    """The store cannot be opened, is locked, or a remote endpoint is down or failing."""

    code = "KG400"


class StoreLockedError(StoreError):
    code = "KG401"


class QueryError(KGError):
    """A SPARQL query is malformed, or is an update where only reads are allowed."""

    code = "KG500"
