"""Make a data pack of the built database (make pack): dist/iomdesk-data-<release>.sqlite."""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

from devtools.build import DATA_DIR, DEFAULT_OUT, BuildError, out_of_date
from iomdesk import packs
from iomdesk.database import StoreError

DIST = DEFAULT_OUT.parent.parent / "dist"


def sha256_line(path: Path) -> str:
    """The line `sha256sum` writes and `sha256sum -c` reads: digest, two spaces, file name."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return f"{digest}  {path.name}\n"


def make(db: Path, out_dir: Path, data_dir: Path = DATA_DIR) -> Path:
    """The pack, its stamp and its checksum in out_dir, from a database that matches its CSV
    files and passes every check the app makes. StoreError, BuildError or OSError else."""
    packs.verify(db)  # first: a file that is no database gets the app's own sentence
    stale = out_of_date(db, data_dir)
    if stale:
        raise BuildError(stale)
    # The app's own install: copied, checked again as copied, stamped, renamed into place.
    pack = packs.install(db, out_dir)
    checksum = pack.with_name(pack.name + ".sha256")
    partial = checksum.with_name(f".{checksum.name}.{os.getpid()}.part")
    try:
        partial.write_text(sha256_line(pack), encoding="ascii")
        os.replace(partial, checksum)
    finally:
        partial.unlink(missing_ok=True)
    return pack


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.pack", description=__doc__)
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT, help="the built database")
    parser.add_argument("--out-dir", type=Path, default=DIST, help="where to write the pack")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="its CSV folder")
    args = parser.parse_args(argv)
    try:
        pack = make(args.db, args.out_dir, args.data)
    except (StoreError, BuildError) as error:
        print(f"pack: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"pack: cannot write into {args.out_dir} ({error.strerror})", file=sys.stderr)
        return 1
    digest = sha256_line(pack).split()[0]
    print(f"pack {pack} ({pack.stat().st_size} bytes), sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
