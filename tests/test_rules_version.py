"""A stamp vouches for the rules of RULES_VERSION: when the files that hold the rules change,
this asks whether what a file may hold changed too, so that RULES_VERSION is raised and packs
stamped under the older rules are checked again."""

from __future__ import annotations

import hashlib
from pathlib import Path

from iomdesk import database

PACKAGE = Path(database.__file__).parent
RULE_FILES = ("validate.py", "relations.py", "contract.py", "schema.sql")
RECORDED = Path(__file__).parent / "data" / "rules_fingerprint.txt"


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in RULE_FILES:
        digest.update((PACKAGE / name).read_bytes())
    return digest.hexdigest()


def test_the_rules_files_are_those_the_rules_version_was_recorded_with():
    version, recorded = RECORDED.read_text(encoding="ascii").split()
    now = fingerprint()
    assert int(version) == database.RULES_VERSION and recorded == now, (
        f"The rules ({', '.join(RULE_FILES)}) changed since RULES_VERSION {version} was "
        "recorded. If a file may now hold less (or more) than before, raise "
        "database.RULES_VERSION and rebuild (make db), so that packs stamped under the old "
        "rules are checked again. Either way, write the version and this fingerprint in "
        f"{RECORDED.name}: '{database.RULES_VERSION} {now}'."
    )
