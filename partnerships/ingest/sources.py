"""Files, folders and zip archives -> article files, each with its bytes or a reason it cannot be read.

A zip is read defensively: names that would leave the archive (`../x`, `/etc/x`, `C:\\x`) are
refused, members are read with a size cap whatever their header claims, and the archive stops
when its unpacked total or member count passes a limit (a zip bomb), with a failure naming why.
"""

from __future__ import annotations

import lzma
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from partnerships.model import HIDDEN_CHARACTERS

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_FILE_BYTES = 2 * 1024 * 1024  # one article; the Add page's limit
MAX_ZIP_TOTAL = 200 * 1024 * 1024  # unpacked bytes read from one archive
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_RATIO = 200  # unpacked / packed size of one member
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class ArticleFile:
    """One article file found: a display name (path, or `archive.zip!inner/name.html`) and its bytes."""

    name: str
    data: bytes

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.name.rsplit("!", 1)[-1]).suffix.lower()


@dataclass(frozen=True)
class Failure:
    """A file that could not be read, and why."""

    name: str
    reason: str


# marks that turn the text after them around ('\u202egepj.txt' shows as 'txt.jpeg'), invisible ones
# ('z\u200b.txt' looks like 'z.txt') and spaces that look like a space: written as escapes
_TURNING = re.compile(f"[\t\n\r\u00a0\u2000-\u200f\u2028-\u202f\u205f\u3000{HIDDEN_CHARACTERS}]")


def display_name(name: str) -> str:
    """A file's name as the summary shows it: NFC (two spellings of '협약.txt' look alike and are
    one name), with control, direction and invisible characters, spaces that look like a space and
    runs of spaces written as escapes."""
    from partnerships.terminal import printable

    shown = _TURNING.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"),
                         unicodedata.normalize("NFC", name))
    return re.sub(r" {2,}", lambda m: "\\x20" * len(m.group(0)), printable(shown))  # ('b  c' is not 'b c')


def numbered(name: str, n: int) -> str:
    """The n-th file shown under one name, told apart before its suffix ('same (2).txt')."""
    if n < 2:
        return name
    stem, dot, suffix = name.rpartition(".")
    if dot and stem and 0 < len(suffix) <= 5 and suffix.isalnum() and "/" not in suffix:
        return f"{stem} ({n}).{suffix}"
    return f"{name} ({n})"


def collect(paths: Iterable[Path], *, max_bytes: int = MAX_FILE_BYTES) -> Iterator[ArticleFile | Failure]:
    """Every article file under `paths` (files, folders searched recursively, zip archives), in a
    stable order, or a Failure for each one that cannot be read."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in (*ARTICLE_SUFFIXES, ".zip") and not child.name.startswith("."):
                    yield from _one(child, max_bytes)
        elif path.is_file():
            yield from _one(path, max_bytes)
        else:
            yield Failure(str(path), "no such file or folder")


def _one(path: Path, max_bytes: int) -> Iterator[ArticleFile | Failure]:
    suffix = path.suffix.lower()
    if suffix == ".zip":
        try:
            yield from read_zip(path.read_bytes() if path.stat().st_size <= MAX_ZIP_TOTAL else b"",
                                name=str(path), max_bytes=max_bytes)
        except OSError as exc:
            yield Failure(str(path), f"cannot read the file: {exc.strerror or exc}")
        return
    if suffix not in ARTICLE_SUFFIXES:
        yield Failure(str(path), f"not an article file (only {', '.join(ARTICLE_SUFFIXES)} and .zip are read)")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Failure(str(path), too_large(size, max_bytes))
            return
        yield ArticleFile(str(path), path.read_bytes())
    except OSError as exc:
        yield Failure(str(path), f"cannot read the file: {exc.strerror or exc}")


def too_large(size: int, limit: int) -> str:
    """The reason for a file over the limit."""
    return f"too large: {size / 2**20:.1f} MB, the limit for one article is {limit / 2**20:.0f} MB"


def unsafe_member(name: str) -> str:
    """Why a zip member's name is unsafe to use, or '' when it is fine."""
    if "\x00" in name:
        return "a NUL byte in the name"
    norm = name.replace("\\", "/")
    if norm.startswith("/") or _DRIVE.match(norm):
        return "an absolute path"
    if ".." in PurePosixPath(norm).parts:
        return "a path that climbs out of the archive (..)"
    return ""


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its maker wrote it: an archive made on a Korean Windows system stores
    names in CP949 without the UTF-8 flag, which Python reads as CP437 ('║╕╡╡└┌╖ß.txt')."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for codec in ("utf-8", "cp949"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return info.filename


def read_zip(data: bytes, *, name: str, max_bytes: int = MAX_FILE_BYTES) -> Iterator[ArticleFile | Failure]:
    """The article files inside a zip archive given as bytes."""
    import io

    if not data:
        yield Failure(name, f"archive larger than {MAX_ZIP_TOTAL // 2**20} MB")
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield Failure(name, f"not a readable zip archive ({exc})")
        return
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_ZIP_MEMBERS:
            yield Failure(name, f"archive holds {len(members)} files; at most {MAX_ZIP_MEMBERS} are read")
            return
        total = 0
        labels: dict[str, int] = {}
        for info in sorted(members, key=lambda m: m.filename):
            shown = member_name(info)
            labels[shown] = labels.get(shown, 0) + 1  # two members of one name are told apart
            label = numbered(f"{name}!{shown}", labels[shown])
            why = unsafe_member(info.filename)
            if why:
                yield Failure(label, f"refused: {why}")
                continue
            suffix = PurePosixPath(info.filename).suffix.lower()
            base = PurePosixPath(info.filename).name
            if base.startswith(".") or "__MACOSX" in info.filename:
                continue
            if suffix == ".zip":
                yield Failure(label, "a zip inside a zip is not opened")
                continue
            if suffix not in ARTICLE_SUFFIXES:
                yield Failure(label, f"not an article file (only {', '.join(ARTICLE_SUFFIXES)} are read)")
                continue
            if info.file_size > max_bytes:
                yield Failure(label, too_large(info.file_size, max_bytes))
                continue
            if info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO:
                yield Failure(label, f"refused: compressed {info.file_size // max(1, info.compress_size)}:1, "
                                     "which looks like a zip bomb")
                continue
            try:
                with archive.open(info) as fh:
                    body = fh.read(max_bytes + 1)  # the header's size may lie
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError, EOFError,
                    zlib.error, lzma.LZMAError) as exc:  # (a damaged member's own stream: the rest are read)
                yield Failure(label, f"cannot unpack: {exc}")
                continue
            if len(body) > max_bytes:
                yield Failure(label, too_large(len(body), max_bytes) + " (the archive understated it)")
                continue
            total += len(body)
            if total > MAX_ZIP_TOTAL:
                yield Failure(name, f"stopped: more than {MAX_ZIP_TOTAL // 2**20} MB unpacked from one archive")
                return
            yield ArticleFile(label, body)
