"""What a tab declares (no Qt): the base every tab's module fills in, its columns and exports."""

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from iomdesk import records
from iomdesk.citations import Cited, sentence
from iomdesk.i18n import translate
from iomdesk.links import Link
from iomdesk.ranking import Ranking
from iomdesk.rows import Source
from iomdesk.store import Store


class Column(NamedTuple):
    """How one column shows and sorts a row (its title already in the interface language)."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False
    iso: Callable[[Any], str | None] | None = None  # a date column: the ISO date behind it
    enumeration: bool = False  # its values are a closed list, shown in the interface language


class FileExport(NamedTuple):
    """A File menu item a tab adds: its rows (all, or those selected) written to a file.

    The texts are marked for translation in the "window" context; `write(rows, path, kind)`
    returns how many it wrote and may raise OSError. `file_kind` may offer several kinds of
    file, ';;'-separated as Qt's file dialog takes them: kind is the position of the one the
    user chose (0, the first, when no dialog asks)."""

    name: str  # names the command (Exporting.file, the menu's action)
    label: str  # the menu item
    dialog_title: str
    file_name: str  # what the file dialog proposes
    file_kind: str  # the dialog's file type, 'vCard (*.vcf)'
    saved: str  # the status line after, with {count} and {path}
    write: Callable[[Sequence[Any], str, int], int]
    selected_only: bool = False
    nothing: str = ""  # the status line when there is nothing to write


class Tab:
    """One tab: a subclass sets the class attributes and says what the tab shows.

    The window makes one of each, bound to the store, in the registry's order (tabs/__init__).
    Everything that serves tabs (the window, menus, Help, navigation, Ctrl+K, window state,
    exports, About) reads this; none of it names a tab.
    """

    key: str  # stable: settings, file names, links and code use it; never translated
    title: str  # marked with QT_TRANSLATE_NOOP("tabs", ...)
    shortcut: str  # 'Ctrl+1'
    # The view, as 'module:Class', imported when the tab is built: the shared table unless
    # the tab needs more (a picture, a tree, buttons of its own).
    view = "iomdesk.views.table_tab:TableTab"
    sort = (0, False)  # the column a table starts sorted by, and whether newest first
    link = ""  # the kind of address that names one of its rows by id (iomdesk:<link>/<id>)
    also_links: tuple[str, ...] = ()  # other kinds that lead to its rows ('person')
    tables: tuple[str, ...] = ()  # the database tables its rows show (What's new groups by it)
    picture = False  # it draws a picture, which File > Export picture saves
    time_picture = False  # that picture shows and hides with View > Show timelines and map
    exports: tuple[FileExport, ...] = ()
    # Keys its view binds itself, for Help: ((key, ...), QT_TRANSLATE_NOOP("shortcuts", text))
    keys: tuple[tuple[tuple[str, ...], str], ...] = ()
    # Labels its view gives a field, with a letter for Alt: ((QT_TRANSLATE_NOOP("tab",
    # "&Chart:"), QT_TRANSLATE_NOOP("shortcuts", what the field does)), ...). Help names the
    # Alt key the interface language's label has.
    labels: tuple[tuple[str, str], ...] = ()
    # Optional, defined as methods by the tabs that have them:
    span: Callable[[Any], tuple[int, int] | None] | None = None  # a row's years: year search
    emphasis: Callable[[Any], bool] | None = None  # a row drawn in bold
    starts_on: Callable[[Any], bool] | None = None  # the row current when the tab opens

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def shown_title(cls) -> str:
        """The title in the interface language."""
        return translate("tabs", cls.title)

    def count(self) -> str:
        """What the status line counts once everything is loaded ('84 units'), or nothing."""
        return ""

    def as_of(self) -> str:
        """How current the tab's data is: the line under it, and About's list."""
        return records.as_of_text(self.store.meta, self.key)

    def coverage(self) -> str:
        """How much of its subject the stored sources name, where that is partial (About
        shows it under the dates): nothing for a tab whose data is whole."""
        return ""

    # -- what the tab lists ----------------------------------------------------------------

    def rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def searchable(self, row: Any) -> str:
        """Everything a search finds the row by, folded once (search.haystack)."""
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def details(self, row: Any) -> str:
        """The details pane, as simple HTML (details.page)."""
        raise NotImplementedError

    def related(self, row: Any) -> list[tuple[str, str]]:
        """Rows of other tabs this one leads to, for its context menu: (label in the
        interface language, link such as 'unit:dhrr')."""
        return []

    def row_id(self, row: Any) -> str:
        """The row's stable id, as links name it."""
        return row.id

    def address(self, row: Any) -> str | None:
        """The row's link, iomdesk:<kind>/<id> (None for a tab whose rows have none)."""
        link = Link.parse(f"{self.link}:{self.row_id(row)}") if self.link else None
        return link.url if link else None

    def row_id_for(self, kind: str, target: str) -> str | None:
        """The id of the row an address of one of its kinds names (None: no such row
        known); an address of its own kind names the row of that id."""
        return target

    def row_for(self, table: str, values: dict[str, Any]) -> str | None:
        """The id of the row (as row_id gives it) that shows this row of one of its tables:
        What's new links a changed row to it. By default a row of its first table is its own."""
        if self.tables and table == self.tables[0]:
            return str(values.get("id"))
        return None

    def citation(self, row: Any) -> tuple[str, list[tuple[str, str]]]:
        """The row's fact in one sentence, and the rows (table, id) whose sources say it:
        Copy citation. By default its title and detail, cited by its own row."""
        title, detail = self.hit_title(row), self.hit_detail(row)
        fact = sentence(f"{title}: {detail}" if detail else title)
        return fact, [(self.tables[0], self.row_id(row))] if self.tables else []

    def cited(self, row: Any) -> Cited:
        """The fact with its documents, each once, seeds first."""
        fact, subjects = self.citation(row)
        sources: dict[str, Source] = {}
        for table, row_id in subjects:
            for source in self.store.sources_for(table, row_id):
                sources.setdefault(source.id, source)
        return Cited(fact, list(sources.values()))

    def csv_columns(self) -> list[Column] | None:
        """What File > Export shown rows writes, when not the table as shown."""
        return None

    # -- search everywhere (Ctrl+K) --------------------------------------------------------

    def hit_title(self, row: Any) -> str:
        raise NotImplementedError

    def hit_detail(self, row: Any) -> str:
        return ""

    def acronyms(self, row: Any) -> Sequence[str]:
        """Folded acronyms that name the row exactly: ranked first."""
        return ()

    def title_fields(self, row: Any) -> Sequence[str]:
        """What names the row, for ranking: a match here beats one in the rest of its text."""
        return (self.hit_title(row),)

    def preference(self, row: Any) -> Any:
        """Of two rows that answer a query equally well, the lower comes first (the tab's
        order breaks a tie)."""
        return 0

    def ranking(self) -> Ranking:
        """How the tab and Ctrl+K rank the tab's matches."""
        return Ranking(self.store.aliases, self.title_fields, self.hit_detail, self.preference)
