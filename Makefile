# Two commands on a fresh machine: `make run` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint db pack man translations screenshots bench profile fuzz install-desktop bundle \
	bundle-test clean

run: $(STAMP)
	$(BIN)/iomdesk

test: $(STAMP)
	$(BIN)/ruff check iomdesk devtools tests bench docs packaging tests_bundle
	$(BIN)/python -m devtools.build --check
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check iomdesk devtools tests bench docs packaging tests_bundle
	$(BIN)/ruff format --check iomdesk devtools tests bench docs packaging tests_bundle

db: $(STAMP) resources/world.json
	$(BIN)/python -m devtools.build

# The man page, resources/iomdesk.1, written from the argument parser (devtools/manpage.py);
# make test fails when it is out of date.
man: $(STAMP)
	$(BIN)/python -m devtools.manpage

# A data pack of the built database, for users to install without a new release:
# dist/iomdesk-data-<release>.sqlite, its stamp and its SHA-256 (devtools/pack.py).
pack: $(STAMP)
	$(BIN)/python -m devtools.pack

# The map's outlines: Natural Earth (public domain) from the pinned geopandas wheel, which pip
# downloads once into build/wheels (devtools/world.py). Committed, so a build needs no network.
resources/world.json: devtools/world.py
	$(BIN)/python -m devtools.world

# Interface strings: .ts sources (committed, translated by hand) and the .qm the app loads.
TS := resources/translations/iomdesk_fr.ts resources/translations/iomdesk_es.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find iomdesk -name '*.py' | sort) -locations none -no-obsolete -ts $(TS)
	for ts in $(TS); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# The long checks: 10,000 examples per search property, 20,000 random actions per seed.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=thorough $(BIN)/python -m pytest -q tests/test_search_properties.py
	for seed in 1 2 3; do IOMDESK_MONKEY_SEED=$$seed IOMDESK_MONKEY_ACTIONS=20000 \
		$(BIN)/python -m pytest -q tests/views/test_robustness.py -k long_random || exit 1; done

# Speed and memory against baselines measured in the same run: build/bench.json.
bench: $(STAMP)
	$(BIN)/python bench/bench.py

# Where startup time goes, as a cProfile listing: build/startup-profile.txt.
profile: $(STAMP)
	$(BIN)/python bench/profile_startup.py

# Needs Debian's xvfb, xdotool and imagemagick; writes docs/*.png from the real window.
screenshots: $(STAMP)
	$(BIN)/python docs/make_screenshots.py

# The Linux bundle for people without Python: dist/iomdesk-<version>-linux-<machine>.tar.xz,
# built by PyInstaller in its own venv (packaging/: the spec, what it keeps, install-desktop).
BUNDLE_VENV := build/bundle-venv
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed
bundle: $(BUNDLE_STAMP)
	$(BUNDLE_VENV)/bin/python packaging/build.py

# Builds the bundle, then unpacks and runs it as a user would (offscreen), checks what it
# holds, and builds it once more to compare: tests_bundle/.
bundle-test: bundle $(STAMP)
	$(BIN)/python -m pytest tests_bundle

$(BUNDLE_STAMP): packaging/requirements.txt
	@test -x $(BUNDLE_VENV)/bin/python || $(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install --quiet -r packaging/requirements.txt
	@touch $(BUNDLE_STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "iomdesk needs Python 3.11 or newer"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		{ echo "Could not create $(VENV): on Debian, apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The menu entry and icon for this user, launching this checkout's .venv.
# The same files the bundle's install-desktop puts in place, for this checkout's venv.
APP_ID := org.iomdesk.iomdesk
SHARE := $(HOME)/.local/share
APPS := $(SHARE)/applications
install-desktop: $(STAMP)
	$(BIN)/python -m devtools.icons --out build/icons
	mkdir -p $(APPS) $(SHARE)/icons/hicolor/scalable/apps $(SHARE)/metainfo $(SHARE)/man/man1
	rm -f $(APPS)/iomdesk.desktop $(SHARE)/icons/hicolor/scalable/apps/iomdesk.svg
	sed 's|^Exec=iomdesk|Exec=$(abspath $(BIN))/iomdesk|' resources/$(APP_ID).desktop \
		> $(APPS)/$(APP_ID).desktop
	cp resources/$(APP_ID).svg $(SHARE)/icons/hicolor/scalable/apps/$(APP_ID).svg
	cp -r build/icons/hicolor $(SHARE)/icons/
	cp resources/$(APP_ID).metainfo.xml $(SHARE)/metainfo/
	cp resources/iomdesk.1 $(SHARE)/man/man1/iomdesk.1
	-update-desktop-database $(APPS) 2>/dev/null
	@if command -v xdg-mime >/dev/null; then \
		xdg-mime default $(APP_ID).desktop x-scheme-handler/iomdesk; fi
	@echo "installed $(APPS)/$(APP_ID).desktop, its icons, metainfo and man page"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
