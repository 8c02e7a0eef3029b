"""What the bundle holds: its size, the plugins and translations kept, whose libraries."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import contents

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
ARCHIVE_GOAL_MIB = 45
UNPACKED_GOAL_MIB = 140
# Libraries that come with Python or PySide6 (or that the bundle carries): if a bundled file
# needs one and it is not found, the bundle lost it. Others are the system's to provide.
OWN_LIBRARY = re.compile(
    r"lib(Qt6|icu|pyside6|shiboken6|python)|"
    + "|".join(re.escape(name) for name in sorted(contents.KEPT_SYSTEM_LIBRARIES))
)


def files(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def test_size_goals_and_the_ten_largest_files(bundle, archive, capsys):
    sizes = {p.relative_to(bundle).as_posix(): p.stat().st_size for p in files(bundle)}
    unpacked = sum(sizes.values())
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:10]
    report = [
        f"bundle: {archive.name}: {archive.stat().st_size / MIB:.1f} MiB "
        f"(goal ≤ {ARCHIVE_GOAL_MIB}); unpacked {unpacked / MIB:.1f} MiB in {len(sizes)} files "
        f"(goal ≤ {UNPACKED_GOAL_MIB}); the ten largest:",
        *(f"  {size / MIB:6.1f} MiB  {name}" for name, size in largest),
    ]
    with capsys.disabled():  # seen in every run, so that growth is noticed
        print("\n" + "\n".join(report))
    assert archive.stat().st_size <= ARCHIVE_GOAL_MIB * MIB
    assert unpacked <= UNPACKED_GOAL_MIB * MIB


def test_qt_plugins_are_the_listed_ones(bundle):
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    found: dict[str, set[str]] = {}
    for path in plugins.rglob("*.so"):
        found.setdefault(path.parent.name, set()).add(path.name)
    assert found == contents.KEPT_QT_PLUGINS  # a listed plugin missing: the wheel changed


def test_translations_are_french_and_spanish_only(bundle):
    qt = bundle / "_internal" / "PySide6" / "Qt" / "translations"
    assert {p.name for p in qt.iterdir()} == contents.KEPT_QT_TRANSLATIONS
    ours = bundle / "_internal" / "iomdesk" / "resources" / "translations"
    assert {p.name for p in ours.iterdir()} == {"iomdesk_fr.qm", "iomdesk_es.qm"}


def test_system_libraries_are_only_sqlite_and_zlib(bundle):
    """Beside Python's own library, the top of the folder holds no copy of the build
    machine's system (X11, GL, glib, fontconfig, libstdc++ are the user's)."""
    top = bundle / "_internal"
    libraries = {p.name for p in top.iterdir() if ".so" in p.name and not p.is_symlink()}
    assert {n for n in libraries if not n.startswith("libpython")} == (
        contents.KEPT_SYSTEM_LIBRARIES
    )


def test_every_library_the_bundle_s_own_files_need_is_there(bundle):
    """ldd each binary as the launcher runs it (library path: the bundle's folder)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    binaries = [bundle / "iomdesk", *(p for p in files(bundle) if ".so" in p.name)]
    missing = {}
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env)
        lost = re.findall(r"^\s*(\S+) => not found", out.stdout, re.MULTILINE)
        own = [name for name in lost if OWN_LIBRARY.match(name)]
        if own:
            missing[binary.relative_to(bundle).as_posix()] = own
    assert missing == {}


BLOCKED_IMPORTS = """
import importlib, importlib.abc, json, pkgutil, sys

excluded, names = json.loads(sys.argv[1]), json.loads(sys.argv[2])

class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == e or name.startswith(e + ".") for e in excluded):
            raise ModuleNotFoundError(f"left out of the bundle: {name}", name=name)

sys.meta_path.insert(0, LeftOut())
try:
    import _decimal  # noqa
except ModuleNotFoundError:
    pass
else:
    sys.exit("the blocking does not work")
import iomdesk
names += [m.name for m in pkgutil.walk_packages(iomdesk.__path__, "iomdesk.")]
names = [n for n in names if not n.endswith("__main__")]  # that one runs the app
failed = {}
for name in sorted(set(names)):
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed[name] = str(error)
print(json.dumps(failed))
"""


def imported_names() -> list[str]:
    """Every module an import statement in iomdesk names, at the top or inside a function."""
    names = set()
    for source in (ROOT / "iomdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    return sorted(names - {"__future__"})


def test_no_module_the_app_imports_was_left_out():
    """With the left-out modules blocked, every module iomdesk imports anywhere (and what
    those import when they load) still imports: what the spec excludes, the app never needs."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            BLOCKED_IMPORTS,
            json.dumps(contents.EXCLUDED_MODULES),
            json.dumps(imported_names()),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout) == {}
