"""A row's fact with its sources, to paste into an article or a briefing (no Qt): plain
text, Markdown with links, or Wikipedia's {{cite web}}."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from iomdesk import dates
from iomdesk.i18n import translate
from iomdesk.rows import Source

# Wikipedia's citation templates want English month names, whatever the interface language.
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Cited(NamedTuple):
    """What a row says in one sentence, and the documents that say it."""

    fact: str  # 'Amy Pope has been Director General of IOM since 1 Oct 2023.'
    sources: list[Source]


def plain(cited: Cited, checked: str) -> str:
    """'Fact. Source: Title, Publisher, date, address.' (several: 'Sources: …; ….')"""
    parts = [_plain_source(source) for source in cited.sources]
    return _with_sources(cited.fact, parts)


def markdown(cited: Cited, checked: str) -> str:
    """As plain(), each title a link to its document where it has an address."""
    parts = []
    for source in cited.sources:
        title = _markdown_text(source.title)
        named = f"[{title}]({_markdown_url(source.url)})" if source.url else title
        parts.append(
            ", ".join(
                p
                for p in (named, _markdown_text(source.publisher or ""), dates.display(source.date))
                if p
            )
        )
    return _with_sources(_markdown_text(cited.fact), parts)


def wikipedia(cited: Cited, checked: str) -> str:
    """The fact followed by one <ref>{{cite web}}</ref> per source ({{cite document}} for a
    document with no address); access-date is when the sources were last checked."""
    refs = "".join(f"<ref>{_template(source, checked)}</ref>" for source in cited.sources)
    return cited.fact + refs


def sentence(text: str) -> str:
    """Text ending as a sentence does (a full stop added unless it has one)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


FORMATS: dict[str, Callable[[Cited, str], str]] = {
    "plain": plain,
    "markdown": markdown,
    "wikipedia": wikipedia,
}


def _with_sources(fact: str, parts: list[str]) -> str:
    if not parts:
        return fact
    one = len(parts) == 1
    label = translate("citation", "Source:") if one else translate("citation", "Sources:")
    return f"{fact} {label} {'; '.join(parts)}."


def _plain_source(source: Source) -> str:
    shown = (source.title, source.publisher or "", dates.display(source.date), source.url or "")
    return ", ".join(part for part in shown if part)


def _markdown_text(text: str) -> str:
    """Text that Markdown shows as written: its link and emphasis marks escaped."""
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


def _markdown_url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def _template(source: Source, checked: str) -> str:
    fields = [("title", source.title)]
    if source.url:
        fields.append(("url", source.url))
    fields += [("publisher", source.publisher or ""), ("date", english_date(source.date))]
    if source.url and len(dates.parts(checked)) == 3:  # Wikipedia flags an access-date
        fields.append(("access-date", english_date(checked)))  # without its day
    name = "cite web" if source.url else "cite document"
    listed = " ".join(f"|{key}={_wiki_value(value)}" for key, value in fields if value)
    return "{{" + f"{name} {listed}" + "}}"


def _wiki_value(text: str) -> str:
    """A template value: its '|' and braces would end or break the template."""
    return text.replace("{", "&#123;").replace("}", "&#125;").replace("|", "{{!}}")


def english_date(iso: str | None) -> str:
    """'2023-05-15' -> '15 May 2023', '2022-12' -> 'December 2022', '1951' -> '1951'."""
    found = dates.parts(iso)
    if not found:
        return ""
    if len(found) == 1:
        return str(found[0])
    month = ENGLISH_MONTHS[found[1] - 1]
    return f"{month} {found[0]}" if len(found) == 2 else f"{found[2]} {month} {found[0]}"
