"""Bytes to clean text: encoding detection, binary refusal, control-character stripping.

Offsets downstream are into the cleaned text, so cleaning happens once, here, before anything
else looks at the text.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from pathlib import Path

from kg.errors import InputError

log = logging.getLogger(__name__)

# Magic numbers of binary formats people mistakenly save with a text extension.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "GZIP"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x7fELF", "ELF executable"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf", "7-Zip"),
    (b"\xd0\xcf\x11\xe0", "MS Office"),
)
# C0 controls except tab and newline, DEL and C1 controls, and stray byte-order marks.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
# Half of a UTF-16 pair without the other half, as a JSON "\ud800" escape can produce: no
# character at all, and unencodable as UTF-8 for the store.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SNIFF = 8192
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def sniff_binary(head: bytes) -> str | None:
    """Name of the binary format ``head`` starts with, or None if it may be text."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return "binary data" if b"\x00" in head[:_SNIFF] else None


def _looks_like_text(text: str) -> bool:
    """Legacy-decoded text is accepted only if nearly all of it is letters, digits, punctuation
    or spaces (random bytes decode to symbols and controls)."""
    if not text:
        return False
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    letters = sum(1 for ch in text if ch.isalpha())
    return good / len(text) > 0.97 and letters / len(text) > 0.25


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a <meta> tag, if Python knows it."""
    m = _META_CHARSET.search(data[:_SNIFF])
    if not m:
        return None
    try:
        return codecs.lookup(m[1].decode("ascii")).name
    except LookupError:
        return None


def decode_bytes(
    data: bytes, *, path: str | None = None, record: str | None = None, declared: str | None = None
) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 with BOM, the ``declared`` encoding of a web page, or
    cp1252 when it looks like text."""
    binary = sniff_binary(data[:_SNIFF])
    if binary:
        raise InputError(f"binary file (looks like {binary}), not text", path=path, record=record)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text", path=path, record=record) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared and declared != "utf-8":
        log.info("%s: read as %s, the encoding the page declares", path, declared)
        return data.decode(declared, errors="replace")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if not _looks_like_text(text):
        raise InputError(
            f"not valid UTF-8 (byte {utf8_error.start}) and not legacy text either",
            path=path,
            record=record,
            hint="save the file as UTF-8",
        )
    log.warning("%s: not valid UTF-8, read as Windows-1252 (cp1252)", path or record or "input")
    return text


def clean_text(text: str) -> str:
    """NFC, ``\\r\\n``/``\\r`` to ``\\n``, no control characters except tab and newline, lone
    surrogates replaced by U+FFFD, no trailing spaces at line ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def read_file_text(
    path: Path, *, max_bytes: int, shown: str, html: bool = False, what: str = "article"
) -> str:
    """Read a whole small-format file (text, HTML, JSON) as text, refusing big, empty, binary
    and undecodable files."""
    data = read_file_bytes(path, max_bytes=max_bytes, shown=shown, what=what)
    text = decode_bytes(data, path=shown, declared=declared_charset(data) if html else None)
    if not text.strip():
        raise InputError("empty file (only blank text)", path=shown)
    return text


def read_file_bytes(path: Path, *, max_bytes: int, shown: str, what: str = "article") -> bytes:
    """The bytes of a file that is neither too big, empty, nor binary."""
    check_file_size(path, max_bytes=max_bytes, shown=shown, what=what)
    data = path.read_bytes()
    binary = sniff_binary(data[:_SNIFF])
    if binary:
        raise InputError(f"binary file (looks like {binary}), not text", path=shown)
    if not data.strip():
        raise InputError("empty file (only blank text)", path=shown)
    return data


def check_file_size(path: Path, *, max_bytes: int, shown: str, what: str) -> None:
    """Refuse a file over ``max_bytes`` before reading it (``what`` it holds names the limit)."""
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{what} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit; split it",
            path=shown,
        )
    if size == 0:
        raise InputError("empty file", path=shown)


def check_text_size(text: str, *, max_bytes: int, path: str | None, record: str | None) -> None:
    size = len(text.encode("utf-8", "surrogatepass"))  # a JSON "\ud800" escape is no UTF-8
    if size > max_bytes:
        raise InputError(
            f"article is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit; split it",
            path=path,
            record=record,
        )
