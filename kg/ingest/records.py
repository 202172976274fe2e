"""Records from news-database exports: JSON, JSON Lines and CSV/TSV.

JSON Lines and CSV are streamed record by record, so a big file of normal records is fine; a
JSON document is read whole. Each bad record becomes an InputError naming it ("line 3",
"record 2", "row 5") and the other records still come out.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path

from kg.errors import ConfigError, InputError
from kg.ingest.build import Draft
from kg.ingest.decode import sniff_binary

log = logging.getLogger(__name__)

# Canonical field -> record fields tried in order (the first present one is used).
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title",),
    "text": ("text", "content", "body"),
    "published": ("published", "date", "datePublished"),
    "source": ("source",),
    "url": ("url",),
}
_CONTAINER_KEYS = ("articles", "items", "data")
_CHUNK = 1 << 20


def field_names(field_map: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """The fields to read, with the user's remapping applied."""
    unknown = sorted(set(field_map) - set(DEFAULT_FIELDS))
    if unknown:
        raise ConfigError(
            f"unknown field in field map: {', '.join(unknown)}",
            hint=f"known fields: {', '.join(DEFAULT_FIELDS)}",
        )
    return {
        key: (field_map[key],) if key in field_map else names
        for key, names in DEFAULT_FIELDS.items()
    }


def record_draft(
    obj: object, *, fmt: str, record: str, path: str, names: Mapping[str, tuple[str, ...]]
) -> Draft | InputError:
    if not isinstance(obj, dict):
        return InputError(f"record is {_kind(obj)}, expected an object", path=path, record=record)
    found = {key: _first(obj, candidates) for key, candidates in names.items()}
    text_field, text = found["text"]
    if text_field is None or text is None or (isinstance(text, str) and not text.strip()):
        return InputError(
            f"missing text (no non-empty field {' or '.join(names['text'])})",
            path=path,
            record=record,
        )
    if not isinstance(text, str):
        return InputError(
            f"field {text_field!r} is {_kind(text)}, expected a string", path=path, record=record
        )
    values = {
        key: _as_string(key, field, value, path, record)
        for key, (field, value) in found.items()
        if key != "text"
    }
    return Draft(text=text, format=fmt, record=record, **values)


def _first(obj: dict, candidates: tuple[str, ...]) -> tuple[str | None, object]:
    """The first candidate field with a value, by exact name, else ignoring case ("BODY")."""
    for name in candidates:
        if obj.get(name) not in (None, ""):
            return name, obj[name]
    lowered = {str(key).lower(): key for key in obj}
    for name in candidates:
        key = lowered.get(name.lower())
        if key is not None and obj[key] not in (None, ""):
            return key, obj[key]
    return None, None


def _as_string(key: str, field: str | None, value: object, path: str, record: str) -> str | None:
    """Optional fields: strings as they are, numeric ids as text, a {"name": ...} source as its
    name; anything else is ignored with a warning."""
    if value is None or isinstance(value, str):
        return value
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if key == "source" and isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    log.warning(
        "%s [%s]: ignoring field %r: %s, expected a string", path, record, field, _kind(value)
    )
    return None


def _kind(value: object) -> str:
    kinds = {
        dict: "an object",
        list: "a list",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        type(None): "null",
    }
    return kinds.get(type(value), type(value).__name__)


def parse_json(
    text: str, *, path: str, names: Mapping[str, tuple[str, ...]]
) -> Iterator[Draft | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", path=path
        )
        return
    if isinstance(data, dict):
        container = next((data[k] for k in _CONTAINER_KEYS if isinstance(data.get(k), list)), None)
        records = container if container is not None else [data]
    elif isinstance(data, list):
        records = data
    else:
        yield InputError(f"JSON is {_kind(data)}, expected records", path=path)
        return
    if not records:
        yield InputError("no records", path=path)
    for number, obj in enumerate(records, start=1):
        yield record_draft(obj, fmt="json", record=f"record {number}", path=path, names=names)


def parse_jsonl(
    file: Path, *, path: str, names: Mapping[str, tuple[str, ...]]
) -> Iterator[Draft | InputError]:
    seen = False
    with file.open("rb") as handle:
        binary = sniff_binary(handle.read(8192))
        if binary:
            yield InputError(f"binary file (looks like {binary}), not text", path=path)
            return
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            record = f"line {number}"
            line = _decode_line(raw, number == 1, f"{path} [{record}]").strip()
            if not line:
                continue
            seen = True
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(
                    f"invalid JSON at column {exc.colno}: {exc.msg}", path=path, record=record
                )
                continue
            yield record_draft(obj, fmt="jsonl", record=record, path=path, names=names)
    if not seen:
        yield InputError("empty file", path=path)


def _decode_line(raw: bytes, first: bool, where: str) -> str:
    """UTF-8, or cp1252 for a line that is not (exports from old systems mix them)."""
    try:
        return raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        log.warning("%s: not valid UTF-8, read as Windows-1252 (cp1252)", where)
        return raw.decode("cp1252", errors="replace")


def _file_encoding(file: Path) -> str:
    """utf-8-sig if the whole file is UTF-8 (checked in chunks), else cp1252."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with file.open("rb") as handle:
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            log.warning("%s: not valid UTF-8, read as Windows-1252 (cp1252)", file)
            return "cp1252"
    return "utf-8-sig"


def parse_csv(
    file: Path, *, path: str, names: Mapping[str, tuple[str, ...]], max_bytes: int
) -> Iterator[Draft | InputError]:
    with file.open("rb") as handle:
        binary = sniff_binary(handle.read(8192))
    if binary:
        yield InputError(f"binary file (looks like {binary}), not text", path=path)
        return
    # Fields over the article limit fail as csv.Error instead of being read whole.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes + 1))
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    with file.open(encoding=_file_encoding(file), errors="replace", newline="") as handle:
        yield from _csv_rows(handle, max_bytes, delimiter=delimiter, path=path, names=names)


def _csv_problem(exc: csv.Error, limit: int) -> str:
    if "field limit" in str(exc):
        return f"a field is over the {limit / 1e6:g} MB limit; split it"
    return f"malformed CSV: {exc}"


def _csv_rows(
    handle: io.TextIOBase,
    limit: int,
    *,
    delimiter: str,
    path: str,
    names: Mapping[str, tuple[str, ...]],
) -> Iterator[Draft | InputError]:
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        header = next((row for row in reader if any(cell.strip() for cell in row)), None)
    except csv.Error as exc:
        yield InputError(f"cannot read the CSV header: {exc}", path=path)
        return
    if header is None:
        yield InputError("empty file", path=path)
        return
    header = [name.strip() for name in header]
    lowered = {name.lower() for name in header}
    if not any(name.lower() in lowered for name in names["text"]):
        yield InputError(
            f"no text column (looked for {', '.join(names['text'])}); "
            f"columns are: {', '.join(header)}",
            path=path,
            hint="name the text column with a field map",
        )
        return
    number = 0
    while True:
        number += 1
        record = f"row {number}"
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield InputError(_csv_problem(exc, limit), path=path, record=record)
            continue
        if not any(cell.strip() for cell in row):
            number -= 1  # blank lines are not rows
            continue
        obj = {name: value for name, value in zip(header, row, strict=False) if value != ""}
        yield record_draft(obj, fmt="csv", record=record, path=path, names=names)
    if number == 1:
        yield InputError("no rows after the header", path=path)
