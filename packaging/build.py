"""make bundle: the Linux bundle, dist/iomdesk-<version>-linux-<machine>.tar.xz, reproducibly.

Run with the build venv's Python (build/bundle-venv, packaging/requirements.txt): installs
iomdesk there from this checkout's wheel, runs PyInstaller on packaging/iomdesk.spec, adds
install-desktop, and packs the folder with fixed times, owners and order.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
NAME = "iomdesk"


def source_date_epoch() -> int:
    """The commit's date, so that a rebuild of the same commit stamps the same times."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    stamp = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return int(stamp)


def install_iomdesk() -> None:
    """The wheel's files, as users get them, into this venv (what PyInstaller collects)."""
    # setuptools builds in build/lib: a module deleted from the checkout must not linger there.
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    pip = [sys.executable, "-m", "pip", "install", "--no-deps", "--force-reinstall"]
    done = subprocess.run(
        [*pip, "--no-build-isolation", str(ROOT)], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode:  # setuptools' advice on every build is noise; a failure is not
        sys.exit(f"bundle: installing iomdesk failed:\n{done.stdout}{done.stderr}")


def run_pyinstaller(work: Path, epoch: int) -> Path:
    """The bundle folder, built afresh in work/."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    # A fixed hash seed keeps sets and dicts (and so PyInstaller's tables) in one order.
    env = dict(os.environ, PYTHONHASHSEED="0", SOURCE_DATE_EPOCH=str(epoch))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={work / 'dist'}",
            f"--workpath={work / 'pyinstaller'}",
            str(PACKAGING / "iomdesk.spec"),
        ],
        check=True,
        env=env,
        cwd=work.parent,
    )
    folder = work / "dist" / NAME
    # The icon's PNGs, drawn from the SVG with this venv's Qt, for install-desktop to put in
    # the icon theme (devtools/icons.py).
    icons = folder / "_internal" / NAME / "resources" / "icons"
    subprocess.run(
        [sys.executable, "-m", "devtools.icons", "--out", str(icons)],
        check=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.DEVNULL,
    )
    installer = folder / "install-desktop"
    shutil.copyfile(PACKAGING / "install-desktop", installer)
    installer.chmod(0o755)
    return folder


def bundled_version(folder: Path) -> str:
    """What the built app says with --version: the package's own version, from the bundle."""
    said = subprocess.run(
        [str(folder / NAME), "--version"], capture_output=True, text=True, check=True
    ).stdout.split()
    if len(said) != 2 or said[0] != NAME:
        sys.exit(f"bundle: {folder / NAME} --version said {said!r}")
    return said[1]


def pack(folder: Path, archive: Path, epoch: int) -> None:
    """tar.xz of the folder: sorted names, the commit's time, owner root, modes 755 or 644."""

    def normal(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = epoch
        if not info.issym():
            info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    partial = archive.with_name(archive.name + ".part")
    with tarfile.open(partial, "w:xz", format=tarfile.PAX_FORMAT) as tar:
        paths = [folder, *sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).parts)]
        for path in paths:
            name = (Path(folder.name) / path.relative_to(folder)).as_posix()
            tar.add(path, arcname=name, recursive=False, filter=normal)
    partial.replace(archive)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the archive goes")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bundle", help="PyInstaller's folders"
    )
    args = parser.parse_args(argv)
    epoch = source_date_epoch()
    install_iomdesk()
    folder = run_pyinstaller(args.work.resolve(), epoch)
    version = bundled_version(folder)
    args.dist.mkdir(parents=True, exist_ok=True)
    for old in args.dist.glob(f"{NAME}-*-linux-*.tar.*"):
        old.unlink()
    archive = args.dist / f"{NAME}-{version}-linux-{platform.machine()}.tar.xz"
    pack(folder, archive, epoch)
    mib = 1024 * 1024
    print(
        f"bundle: {archive} ({archive.stat().st_size / mib:.1f} MiB; "
        f"{folder_size(folder) / mib:.1f} MiB unpacked, in {folder})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
