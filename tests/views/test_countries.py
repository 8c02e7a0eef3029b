"""views/countries.py and views/world_map.py: the Countries tab as a reader uses it: the search
with every name a country goes by, the map linked both ways, copying, export and the links to
Structure and History."""

from __future__ import annotations

import re

import pytest
from keys import CTRL, copy_from, type_into
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl

from iomdesk import records
from iomdesk.tabs import countries as layer
from iomdesk.views.world_map import load_outlines


def countries_tab(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    tab = window.tabs.currentWidget()
    assert tab is window.tab("countries")
    return tab


def first_shown(tab):
    return tab.shown_objects()[0] if tab.shown_objects() else None


@pytest.mark.parametrize(
    ("typed", "country"),
    [
        ("kuwait", "kwt"),
        ("lebanon", "lbn"),
        ("jordan", "jor"),
        ("rome", "ita"),  # its office's city
        ("ankara", "tur"),
        ("tur", "tur"),  # the ISO code
        ("turkey", "tur"),  # the name people also use
        ("türkiye", "tur"),
        ("turkiye", "tur"),  # typed without the diaeresis
        ("liban", "lbn"),  # French
        ("líbano", "lbn"),  # Spanish
    ],
)
def test_every_name_a_country_goes_by_finds_it(qtbot, window, typed, country):
    tab = countries_tab(qtbot, window)
    type_into(qtbot, tab, typed)
    assert country in [c.id for c in tab.shown_objects()], typed
    # "tur" also finds Turkmenistan, "rome" the Holy See (covered from Rome), "türkiye" Kuwait
    # (whose office raises funds for Türkiye): all right; ranking by name is issue 26's
    if typed not in ("tur", "rome", "türkiye", "turkiye"):
        assert first_shown(tab).id == country, typed


@pytest.mark.parametrize(
    ("typed", "country"),
    [("kuwait", "kwt"), ("lebanon", "lbn"), ("jordan", "jor"), ("rome", "ita")],
)
def test_ctrl_k_lands_on_the_country(qtbot, window, typed, country):
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    box = window._everywhere
    qtbot.keyClicks(box.input, typed)
    for _ in range(box.results.count()):  # Down at most once per result: never forever
        if box.current_hit() is None or box.current_hit().tab == "countries":
            break
        qtbot.keyClick(box.input, Qt.Key.Key_Down)
    assert box.current_hit().tab == "countries", typed
    qtbot.keyClick(box.input, Qt.Key.Key_Return)
    tab = window.tabs.currentWidget()
    assert tab is window.tab("countries")
    assert tab.object_at(tab.view.currentIndex()).id == country


def test_the_answer_to_is_kuwait_a_member_is_in_the_row_and_the_copy(qtbot, window, store):
    tab = countries_tab(qtbot, window)
    type_into(qtbot, tab, "kuwait")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    copied = copy_from(qtbot, tab).split("\t")
    kuwait = store.country_by_id["kwt"]
    assert copied[0] == "Kuwait"
    assert copied[1] == layer.state_text(layer.state(store, kuwait))
    assert "Cairo" in copied  # the regional office it reports to
    text = tab.details.toPlainText()
    assert "Kuwait" in text and "Sources" in text


def test_a_country_never_found_says_so_and_never_not_a_member(qtbot, window, store):
    tab = countries_tab(qtbot, window)
    shown = [tab.model.data(tab.model.index(r, 1)) for r in range(tab.model.rowCount())]
    assert "not a member" not in " ".join(str(s).lower() for s in shown)
    unknown = [c for c in store.countries if layer.state(store, c) == layer.NOT_FOUND]
    if unknown:
        assert tab.select_object(lambda c: c.id == unknown[0].id)
        assert "not found in the stored sources" in tab.details.toPlainText().lower()


def point_on_map(world_map, key: str) -> QPoint:
    """A pixel inside the country's outline and no other's, as a reader would aim."""
    outline = world_map.outlines[key]
    box = outline.boundingRect()
    transform = world_map.transform()
    for i in range(1, 20):
        for j in range(1, 20):
            degrees = QPointF(box.left() + box.width() * i / 20, box.top() + box.height() * j / 20)
            pixel = transform.map(degrees).toPoint()
            if world_map.key_at(QPointF(pixel)) == key:
                return pixel
    raise AssertionError(f"no pixel of {key} found on the map")


def test_clicking_the_map_selects_the_country_and_the_row_outlines_it(qtbot, window):
    tab = countries_tab(qtbot, window)
    qtbot.waitUntil(lambda: tab.map.isVisible() and tab.map.width() > 300)
    pixel = point_on_map(tab.map, "bra")
    qtbot.mouseClick(tab.map, Qt.MouseButton.LeftButton, pos=pixel)
    assert tab.object_at(tab.view.currentIndex()).id == "bra"
    assert "Brazil" in tab.details.toPlainText()
    assert tab.map.tooltip_at(QPointF(pixel)).startswith("Brazil")
    tab.select_object(lambda c: c.id == "kwt")
    assert tab.map.selected == "kwt"


def test_the_search_dims_the_countries_it_hides_and_esc_brings_them_back(qtbot, window):
    tab = countries_tab(qtbot, window)
    type_into(qtbot, tab, "jordan")
    assert not tab.map.dimmed("jor") and tab.map.dimmed("fra")
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert not tab.map.dimmed("fra")


def test_the_map_colours_by_decade_or_regional_office_and_ctrl_t_hides_it(qtbot, window):
    tab = countries_tab(qtbot, window)
    members = tab.map.text_alternative()
    tab.colouring_box.setCurrentIndex(tab.colouring_box.findData("decade"))
    by_decade = tab.map.text_alternative()
    assert by_decade != members and "1950s" in by_decade
    tab.colouring_box.setCurrentIndex(tab.colouring_box.findData("office"))
    assert "Cairo" in tab.map.text_alternative()
    assert tab.picture() is tab.map
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    assert not tab.map.isVisible() and tab.picture() is None
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    assert tab.map.isVisible()


def test_the_map_png_and_the_csv_export(qtbot, window, tmp_path):
    import csv

    tab = countries_tab(qtbot, window)
    type_into(qtbot, tab, "lebanon")
    target = tmp_path / "countries.csv"
    assert window.exporting.rows(str(target))
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + tab.model.shown_count()
    assert rows[1][0] == "Lebanon" and "Beirut" in rows[1]
    assert tab.map.export_png(tmp_path / "map.png")
    assert (tmp_path / "map.png").stat().st_size > 10_000


def test_a_country_links_to_its_regional_office_and_back(qtbot, window):
    tab = countries_tab(qtbot, window)
    type_into(qtbot, tab, "jordan")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    href = re.search(r'href="(iomdesk:unit/ro-[^"]+)"', tab.details.toHtml())
    assert href, "Jordan's details name its regional office as a link"
    tab.details.anchorClicked.emit(QUrl(href.group(1)))  # what a click on it does
    structure = window.tab("structure")
    assert window.tabs.currentWidget() is structure
    assert structure.unit_at(structure.view.currentIndex()).id == href.group(1).rsplit("/", 1)[1]
    back = re.search(r'href="(iomdesk:country/jor)"', structure.details.toHtml())
    assert back, "the regional office lists Jordan among the countries it covers"
    structure.details.anchorClicked.emit(QUrl(back.group(1)))
    assert window.tabs.currentWidget() is tab
    assert tab.object_at(tab.view.currentIndex()).id == "jor"


def test_an_old_contact_says_as_of_its_year(qtbot, window, store):
    old = [
        c
        for c in store.contacts
        if c.country_id and records.as_of_note(c.date) and (c.email or c.phone or c.address)
    ]
    assert old, "the shipped data has contacts read in pages older than three years"
    contact = old[0]
    tab = countries_tab(qtbot, window)
    assert tab.select_object(lambda c: c.id == contact.country_id)
    assert f"as of {contact.date[:4]}" in tab.details.toPlainText()


def test_the_shipped_outlines_draw_most_countries_and_a_damaged_ring_is_skipped(tmp_path):
    outlines = load_outlines()
    assert len(outlines) > 170 and {"bra", "kwt", "fra", "xkx"} <= set(outlines)
    damaged = tmp_path / "world.json"
    damaged.write_text(
        '{"countries": [{"iso3": "AAA", "rings": ["0 0 1 0 1 1", "0 0 x 1 2 2"]},'
        ' {"iso3": "BBB", "rings": 5}]}',
        encoding="utf-8",
    )
    read = load_outlines(damaged)
    assert read["aaa"].elementCount() == 4  # the good ring, closed; the bad one left out
    assert load_outlines(tmp_path / "missing.json") == {}


def test_a_countrys_telephone_and_address_copy_with_one_click(qtbot, window, store):
    from iomdesk.clipboard import clipboard_text

    contact = next(c for c in store.contacts_by_country["lbn"] if c.phone and c.address)
    tab = countries_tab(qtbot, window)
    assert tab.select_object(lambda c: c.id == "lbn")
    hrefs = re.findall(r'href="(copy:[^"]+)"', tab.details.toHtml())
    copied = []
    for href in hrefs:
        tab.details.anchorClicked.emit(QUrl(href))  # what a click on "copy" does
        copied.append(clipboard_text())
    assert contact.phone in copied and contact.address in copied


def test_a_regional_office_lists_each_country_it_covers_once(qtbot, window, store):
    twice = [
        c.country_id
        for rows in store.coverage_by_unit.values()
        for c in rows
        if sum(1 for d in rows if d.country_id == c.country_id and d.start == c.start) > 1
    ]
    assert twice, "the shipped data has a country two pages place under one office"
    unit = next(
        u
        for u, rows in store.coverage_by_unit.items()
        if any(c.country_id == twice[0] for c in rows)
    )
    window.navigation.follow(f"unit:{unit}")
    html = window.tab("structure").details.toHtml()
    for block in re.findall(r"<p[^>]*>(.*?)</p>", html, re.S):
        hrefs = re.findall(r'href="(iomdesk:country/[^"]+)"', block)
        assert len(hrefs) == len(set(hrefs)), block
