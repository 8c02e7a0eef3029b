"""Data packs (no Qt): a pack is an iomdesk database whose meta names its release; the data
folder holds newer ones than the app shipped with. Reading a pack's release, and choosing,
at start, the newest one that passes every check, with why each other one was passed over."""

from __future__ import annotations

import logging
import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

from iomdesk import database
from iomdesk.database import StoreError

log = logging.getLogger(__name__)
RELEASE = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})(?:\.(\d+))?$")
PACK_SUFFIX = ".sqlite"
# A file in the data folder that says the user chose the shipped data (Help > Data); "Use
# from now on" removes it. A file, not a setting: the choice is made before Qt is loaded.
SHIPPED_CHOSEN = "use-shipped-data"


def release_key(text: str | None) -> tuple[int, int, int, int] | None:
    """'2027.01.15' -> (2027, 1, 15, 0) and '2027.01.15.2' -> (2027, 1, 15, 2), which sort
    as releases do; None for anything else."""
    match = RELEASE.match(text or "")
    if not match:
        return None
    year, month, day, second = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return int(year), int(month), int(day), int(second or 0)


def data_folder(environ: os._Environ | dict[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME/iomdesk/data, or ~/.local/share/iomdesk/data (the XDG base directory
    rule: a relative XDG_DATA_HOME is ignored)."""
    base = environ.get("XDG_DATA_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / "iomdesk" / "data"


class PackInfo(NamedTuple):
    """What a pack says about itself, read without checking its rows."""

    path: Path
    release: str  # '' when the file names none (a database older than packs)
    meta: dict[str, str]


class Skipped(NamedTuple):
    """A pack found in the data folder and not used, with the reason in a sentence."""

    path: Path
    reason: str


class Choice(NamedTuple):
    """The file to open at start: a pack from the data folder or the shipped file."""

    path: Path
    release: str
    from_folder: bool
    skipped: list[Skipped]


def read_info(path: Path) -> PackInfo:
    """The pack's release and meta: its header, its schema version and its meta table; a
    StoreError with the user's sentence when the file cannot be one."""
    conn = database.connect(path)
    try:
        database.check_version(conn, path)
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    except database.sqlite3.Error as exc:
        raise database.error_for(exc, path) from None
    finally:
        conn.close()
    return PackInfo(path, meta.get("release", ""), meta)


def verify(path: Path) -> None:
    """Every check the app makes of a database, or the build's stamp that they passed."""
    if database.checked_by_build(path):
        return
    conn = database.check_file(path)
    try:
        database.check_rows(conn, path)
    finally:
        conn.close()


def choose(folder: Path, shipped: Path) -> Choice:
    """The newest release among the folder's packs and the shipped file that passes every
    check; on a tie, the shipped file. Each pack passed over is named with its reason and
    logged. A missing or unreadable folder means the shipped file, never a failed start."""
    try:
        found = folder_packs(folder)
    except (FileNotFoundError, NotADirectoryError):  # no folder yet: nothing to say
        found = []
    except OSError as exc:  # one that cannot be listed: the shipped data, and why
        reason = f"iomdesk cannot look into its data folder ({exc.strerror})."
        log.warning("data folder %s not read: %s", folder, reason)
        return Choice(shipped, "", False, [Skipped(folder, reason)])
    if not found:
        return Choice(shipped, "", False, [])
    if shipped_chosen(folder):
        reason = "You chose the data this version of iomdesk ships (Help > Data)."
        return Choice(shipped, "", False, [Skipped(entry, reason) for entry in found])
    skipped: list[Skipped] = []
    ranked: list[tuple[tuple[int, int, int, int], PackInfo]] = []
    for entry in found:
        try:
            info = read_info(entry)
        except StoreError as error:
            skipped.append(Skipped(entry, error.sentence))
            continue
        key = release_key(info.release)
        if key is None:
            skipped.append(Skipped(entry, "It names no release, so it is not a data pack."))
            continue
        ranked.append((key, info))
    try:
        shipped_release = read_info(shipped).release
    except StoreError:
        shipped_release = ""  # the shipped file's own trouble is reported when it is opened
    shipped_key = release_key(shipped_release) or (0, 0, 0, 0)
    chosen: PackInfo | None = None
    for key, info in sorted(ranked, key=lambda pair: (tuple(-k for k in pair[0]), pair[1].path)):
        if key <= shipped_key:
            skipped.append(
                Skipped(
                    info.path,
                    f"Its release {info.release} is not newer than the data this version of "
                    f"iomdesk ships ({shipped_release}).",
                )
            )
            continue
        if chosen is not None:
            which = (
                "A pack of the same release" if info.release == chosen.release else "A newer pack"
            )
            skipped.append(Skipped(info.path, f"{which}, {chosen.path.name}, is in use."))
            continue
        try:
            verify(info.path)
        except StoreError as error:
            skipped.append(Skipped(info.path, error.sentence))
            continue
        chosen = info
    for passed_over in skipped:
        log.warning("data pack %s not used: %s", passed_over.path, passed_over.reason)
    if chosen is None:
        return Choice(shipped, shipped_release, False, sorted(skipped))
    return Choice(chosen.path, chosen.release, True, sorted(skipped))


def folder_packs(folder: Path) -> list[Path]:
    """The folder's *.sqlite files (a stamp, a checksum or anything else is not a pack); an
    OSError when the folder is missing or cannot be listed."""
    entries = sorted(folder.iterdir())
    return [e for e in entries if e.name.endswith(PACK_SUFFIX) and not is_folder(e)]


def is_folder(path: Path) -> bool:
    """Path.is_dir, except that an entry one may see but not stat (a folder one may list but
    not enter) is no folder: it stays a pack, and its check says why it cannot be read."""
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:
        return False


def shipped_chosen(folder: Path) -> bool:
    """Whether Help > Data's 'Use the shipped data' stands (a folder one cannot enter: no)."""
    try:
        return (folder / SHIPPED_CHOSEN).is_file()
    except OSError:
        return False


def pack_name(release: str) -> str:
    return f"iomdesk-data-{release}{PACK_SUFFIX}"


def install(source: Path, folder: Path) -> Path:
    """'Use from now on': the pack copied into the data folder, checked and stamped there,
    then put in place by one rename, so that no start ever sees half a pack. The original is
    only read. A StoreError when the file is no good pack; an OSError when the folder cannot
    be written."""
    release = read_info(source).release
    if release_key(release) is None:
        raise StoreError(
            "no-release", "This file names no release, so it is not a data pack.", source
        )
    content = source.read_bytes()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / pack_name(release)
    partial = folder / f".{target.name}.{os.getpid()}.part"  # not *.sqlite: never a pack
    try:
        with open(partial, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        verify(partial)  # what is stamped is the copy, as checked, not the source
        stamp = database.stamp_path(partial)
        stamp.write_text(database.stamp_of(partial), encoding="ascii")
        os.replace(stamp, database.stamp_path(target))
        try:
            os.replace(partial, target)
        except OSError:  # no stamp left behind for a pack that is not there
            database.stamp_path(target).unlink(missing_ok=True)
            raise
    finally:
        partial.unlink(missing_ok=True)
        database.stamp_path(partial).unlink(missing_ok=True)
    (folder / SHIPPED_CHOSEN).unlink(missing_ok=True)
    log.info("data pack %s installed as %s", source, target)
    return target


def choose_shipped(folder: Path) -> None:
    """Help > Data's 'Use the shipped data': from now on, until a pack is installed."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SHIPPED_CHOSEN).write_text(
        "iomdesk uses the data it ships while this file is here (Help > Data).\n",
        encoding="utf-8",
    )
