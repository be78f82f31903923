# Every routine task. QGIS's Python is the system /usr/bin/python3.
PYTHON      ?= /usr/bin/python3
VENV        := .venv
BUILD       := build
PLUGINS     := $(BUILD)/plugins
SAMPLE_N    ?= 100000
SEED        ?= 2012
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# the project's public addresses: one place, filled into the zip's metadata.txt by make zip
PROJECT_URL   ?= https://github.com/clusterindex/clusterindex
PROJECT_EMAIL ?= clusterindex@users.noreply.github.com
# Debian's /usr/bin/qgis_process wrapper passes an option 3.22 rejects: call the binary
QGIS_PROCESS := qgis_process.bin
APT_PACKAGES := qgis python3-qgis qgis-providers python3-numpy python3-scipy python3-pandas \
                python3-matplotlib python3-gdal python3-venv xvfb xauth pyqt5-dev-tools qttools5-dev-tools
# translations: the .ts is made from the sources by pylupdate5, compiled by lrelease
TS          := resources/i18n/clusterindex_nl.ts
QM          := $(TS:.ts=.qm)
I18N_SOURCES = $(sort $(wildcard algorithms/*.py plugin/*.py resources/*.py))

export QT_QPA_PLATFORM := offscreen
export QGIS_PLUGINPATH := $(CURDIR)/$(PLUGINS)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help deps test lint ts translations models demo zip styles sample plugin clean guicheck bench trixie-root test-trixie

help:
	@echo "make demo   - D-scores of the synthetic sample through qgis_process, map as PNG"
	@echo "make test   - the test suite (pytest, pytest-qgis, real QGIS)"
	@echo "make lint   - ruff over the whole repository (ruff.toml)"
	@echo "make ts     - update the Dutch translation source from the code (then translate the new texts)"
	@echo "make test-trixie - the test suite on QGIS 3.44 LTR in a Debian trixie root (as root)"
	@echo "make zip    - installable plugin zip in $(BUILD)/"
	@echo "make styles - regenerate the QML styles in resources/styles/"
	@echo "make bench  - benchmarks on 2.5 million synthetic establishments (about 15 minutes)"

# QGIS and the Python packages from Debian; pytest into a venv on QGIS's Python
deps: $(VENV)/.ok
$(VENV)/.ok: requirements-dev.txt
	@if ! command -v $(QGIS_PROCESS) >/dev/null 2>&1 || ! command -v lrelease >/dev/null 2>&1 || \
	    ! $(PYTHON) -c "import qgis.core, numpy, scipy, pandas, matplotlib, osgeo, ensurepip" >/dev/null 2>&1; then \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $(APT_PACKAGES); \
	fi
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VENV)/bin/pip install -q -r requirements-dev.txt
	touch $@

# the repository root is the plugin: qgis_process finds it as $(PLUGINS)/clusterindex
plugin: deps translations
	@mkdir -p $(PLUGINS) && ln -sfn $(CURDIR) $(PLUGINS)/clusterindex
	@$(QGIS_PROCESS) plugins enable clusterindex >/dev/null 2>&1 || true
	@$(QGIS_PROCESS) list 2>/dev/null | grep -q "clusterindex:dscore" || \
	  (echo "qgis_process does not see the clusterindex provider" && exit 1)

test: deps translations
	$(VENV)/bin/python -m pytest -q

# the Dutch translation: `make ts` after changing texts (keeps existing translations),
# `make translations` compiles it (make test, demo and zip do)
ts: deps
	pylupdate5 -noobsolete $(I18N_SOURCES) -ts $(TS) 2>&1 | grep -v -e Deprecation -e "encoding =" || true

translations: $(QM)
$(QM): $(TS) | deps
	lrelease -silent $(TS) -qm $(QM)

# ruff, configured in ruff.toml: zero findings
lint: deps
	$(VENV)/bin/ruff check .

sample: $(BUILD)/establishments_synthetic.gpkg
$(BUILD)/establishments_synthetic.gpkg: tools/make_sample.py tools/sbi.py | deps
	@mkdir -p $(BUILD)
	$(PYTHON) tools/make_sample.py $@ --n $(SAMPLE_N) --seed $(SEED)

demo: plugin sample
	@mkdir -p $(BUILD)/demo
	$(QGIS_PROCESS) run clusterindex:dscore -- \
	  INPUT=$(BUILD)/establishments_synthetic.gpkg SECTOR_FIELD=division JOBS_FIELD=jobs \
	  DISTANCE_FLOOR=1000 OUTPUT=$(BUILD)/demo/dscore.gpkg
	$(PYTHON) tools/render_map.py $(BUILD)/demo/dscore.gpkg data/nl_regions_2022.gpkg \
	  $(BUILD)/demo/dscore_map.png \
	  --title "Cluster index (D-score) of 100,000 SYNTHETIC establishments, per SBI division" \
	  2>&1 | grep -v -e "PNG driver does not support update" -e "^$$" || true
	@test -s $(BUILD)/demo/dscore_map.png
	$(QGIS_PROCESS) run clusterindex:regionprofile -- \
	  INPUT=$(BUILD)/establishments_synthetic.gpkg SBI_FIELD=sbi JOBS_FIELD=jobs \
	  "SECTOR=Brainport activities" "REGIONS=data/nl_regions_2022.gpkg|layername=corop" \
	  REGION_ID_FIELD=statcode REGION_NAME_FIELD=statnaam OUTPUT=$(BUILD)/demo/profile.gpkg \
	  OUTPUT_TABLE=$(BUILD)/demo/profile.csv OUTPUT_CHART=$(BUILD)/demo/bubble.png \
	  OUTPUT_HTML=$(BUILD)/demo/profile.html | grep -E "Sector|Region types|Bubble" | sed -E "s/^[0-9.]+//"
	$(PYTHON) tools/make_sample.py $(BUILD)/demo/synthetic_2018.gpkg --n $(SAMPLE_N) --seed $(SEED) \
	  --year2 $(BUILD)/demo/synthetic_2023.gpkg --years 2018 2023
	$(QGIS_PROCESS) run clusterindex:change -- \
	  INPUT=$(BUILD)/demo/synthetic_2018.gpkg INPUT_T1=$(BUILD)/demo/synthetic_2023.gpkg YEAR_T0=2018 YEAR_T1=2023 \
	  SBI_FIELD=sbi JOBS_FIELD=jobs ID_FIELD=est_id "SECTOR=Brainport activities" ADD_VARIETY=true \
	  "REGIONS=data/nl_regions_2022.gpkg|layername=corop" REGION_ID_FIELD=statcode REGION_NAME_FIELD=statnaam \
	  OUTPUT=$(BUILD)/demo/change.gpkg OUTPUT_TABLE=$(BUILD)/demo/change.csv \
	  OUTPUT_CHART=$(BUILD)/demo/portfolio.png OUTPUT_HTML=$(BUILD)/demo/change.html \
	  | grep -E "Sector|National growth|Establishments \(all|Portfolio" | sed -E "s/^[0-9.]+//"
	$(QGIS_PROCESS) run clusterindex:variety -- \
	  INPUT=$(BUILD)/demo/synthetic_2018.gpkg SBI_FIELD=sbi JOBS_FIELD=jobs \
	  "REGIONS=data/nl_regions_2022.gpkg|layername=gemeente" REGION_ID_FIELD=code REGION_NAME_FIELD=name \
	  OUTPUT=$(BUILD)/demo/variety.gpkg OUTPUT_TABLE=$(BUILD)/demo/variety.csv \
	  OUTPUT_HTML=$(BUILD)/demo/variety.html | grep -E "Variety" | sed -E "s/^[0-9.]+//"
	$(PYTHON) tools/render_regions.py $(BUILD)/demo/variety.gpkg variety data/nl_regions_2022.gpkg \
	  $(BUILD)/demo/variety_map.png --legend "Related variety (bits)" \
	  --title "Related variety per municipality: 100,000 SYNTHETIC establishments (2018)" \
	  --subtitle "Entropy of the 4-digit SBI classes within each 2-digit division, shares of jobs (Frenken et al. 2007); quintiles." \
	  2>&1 | grep -v -e "PNG driver does not support update" -e "^$$" || true
	@test -s $(BUILD)/demo/variety_map.png
	@echo
	@echo "D-scores (GeoPackage): $(CURDIR)/$(BUILD)/demo/dscore.gpkg"
	@echo "Map (PNG):             $(CURDIR)/$(BUILD)/demo/dscore_map.png"
	@echo "Brainport per COROP:   $(CURDIR)/$(BUILD)/demo/profile.html (bubble chart: bubble.png, bubble.svg)"
	@echo "Change 2018-2023:      $(CURDIR)/$(BUILD)/demo/change.html (portfolio chart: portfolio.png, portfolio.svg)"
	@echo "Variety per gemeente:  $(CURDIR)/$(BUILD)/demo/variety_map.png (table: variety.html, variety.csv)"

# benchmarks (not tests): times, memory and errors printed, nothing asserted
BENCH_POINTS := $(BUILD)/bench/establishments_2500k.gpkg
$(BENCH_POINTS): tools/make_sample.py tools/sbi.py | deps
	@mkdir -p $(BUILD)/bench
	$(PYTHON) tools/make_sample.py $@ --n 2500000 --seed $(SEED)

bench: plugin $(BENCH_POINTS)
	$(PYTHON) tools/bench.py regions $(BENCH_POINTS) "data/nl_regions_2022.gpkg|layername=wijk"
	$(PYTHON) tools/bench.py dscore $(BENCH_POINTS)
	$(PYTHON) tools/bench.py distinct $(BENCH_POINTS)
	$(PYTHON) tools/bench.py cli $(BENCH_POINTS)
	$(PYTHON) tools/bench.py read $(BENCH_POINTS)
	$(PYTHON) tools/bench.py profiles $(BENCH_POINTS)
	$(PYTHON) tools/bench.py significance $(BENCH_POINTS)
	$(PYTHON) tools/bench_write.py $(BENCH_POINTS)

styles: deps
	$(PYTHON) tools/make_styles.py

# the example model resources/models/cluster_profile.model3, written with the QGIS API
models: deps
	$(PYTHON) tools/make_model.py

zip: deps translations
	$(PYTHON) tools/make_zip.py $(BUILD)/clusterindex.zip --url $(PROJECT_URL) --email $(PROJECT_EMAIL)

clean:
	rm -rf $(BUILD) $(VENV)

# the zip installed into a fresh QGIS profile, opened in a real window under Xvfb
GUI_PROFILE := $(BUILD)/gui-profile
guicheck: zip
	rm -rf $(GUI_PROFILE) && mkdir -p $(GUI_PROFILE)/profiles/default/python/plugins $(GUI_PROFILE)/profiles/default/QGIS
	cd $(GUI_PROFILE)/profiles/default/python/plugins && $(PYTHON) -m zipfile -e $(CURDIR)/$(BUILD)/clusterindex.zip .
	printf '[PythonPlugins]\nclusterindex=true\n' > $(GUI_PROFILE)/profiles/default/QGIS/QGIS3.ini
	env -u QT_QPA_PLATFORM -u QGIS_PLUGINPATH GUI_CHECK_DIR=$(CURDIR)/$(BUILD) timeout 180 \
	  xvfb-run -a -s "-screen 0 1400x900x24" qgis --profiles-path $(CURDIR)/$(GUI_PROFILE) \
	  --noversioncheck --nologo --code $(CURDIR)/tools/gui_check.py 2>/dev/null | grep -E "PLUGINS|ALGORITHMS|SCREENSHOT"

# --- QGIS 3.44 LTR: the test suite in a Debian trixie root (mmdebstrap; QGIS from
# trixie-backports), built once into TRIXIE_ROOT, the repository mounted at /src; as root
TRIXIE_ROOT ?= /var/cache/clusterindex/trixie-root

trixie-root:
	bash tools/trixie.sh root $(TRIXIE_ROOT)

test-trixie: trixie-root
	bash tools/trixie.sh test $(TRIXIE_ROOT) $(CURDIR)
