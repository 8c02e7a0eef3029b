"""A pytest plugin (addopts: -p skips): skipped tests end the run with a line of their own,
saying what to install, so that a missing tool cannot hide a check."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter) -> None:
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    terminalreporter.section("not checked", sep="!", yellow=True, bold=True)
    for report in skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        terminalreporter.write_line(
            f"NOT CHECKED: {report.nodeid}: {str(reason).removeprefix('Skipped: ')}",
            yellow=True,
            bold=True,
        )
