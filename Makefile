# Two commands do all the set-up: `make run` and `make test`. Both create .venv when missing.
# `make run` installs only what the app needs to run; `make test` adds the development tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONSTRAINTS := requirements/constraints.txt
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
PIP := $(BIN)/python -m pip install --quiet -c $(CONSTRAINTS)
# The editable install builds with the pinned hatchling already in the venv, as `make wheel` does.
PIP_PROJECT := $(PIP) --no-build-isolation
# Arguments for the app, e.g. make run ARGS="--data-dir /tmp/try"
ARGS ?=
LINTED := src tests tools benchmarks packaging
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv venv-dev run test translations ts lint typecheck pytest bench bundle wheel sounds voice lock clean \
	validate-desktop icons

# Runtime packages only (PySide6, SQLAlchemy, Alembic, ...), plus the simpleaudio attempt.
venv: $(RUN_STAMP)

# The above plus pytest, mypy, ruff, import-linter, PyInstaller and build.
venv-dev: $(DEV_STAMP)

$(RUN_STAMP): pyproject.toml $(CONSTRAINTS)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) hatchling
	$(PIP_PROJECT) -e .
	@# The simpleaudio extra's one package, built from its sdist in an isolated environment whose
	@# setuptools and wheel PIP_CONSTRAINT pins too (-c alone does not reach build environments).
	@PIP_CONSTRAINT=$(abspath $(CONSTRAINTS)) $(PIP) simpleaudio-patched >$(VENV)/simpleaudio-build.log 2>&1 \
	  && echo "simpleaudio backend installed." \
	  || echo "simpleaudio not built: install a C compiler and the ALSA headers (Debian: apt-get install build-essential libasound2-dev), then run make venv again. The app will use Qt Multimedia meanwhile (details in $(VENV)/simpleaudio-build.log)."
	@touch $@

$(DEV_STAMP): $(RUN_STAMP)
	$(PIP_PROJECT) -e '.[dev,bundle]'
	@touch $@

run: venv translations
	$(BIN)/glute-timer $(ARGS)

# The compiled catalogues (.qm) are built from translations/*.ts, never committed.
TS_FILES := $(wildcard translations/glute_timer_*.ts)
QM_FILES := $(patsubst translations/%.ts,assets/translations/%.qm,$(TS_FILES))
translations: $(QM_FILES)

assets/translations/%.qm: translations/%.ts $(RUN_STAMP)
	@mkdir -p assets/translations
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Extract every marked string into translations/*.ts: `make ts`, or `make ts NEW_LANGUAGE=fr`
# to start a language. Then translate the .ts (pyside6-linguist or any editor) and `make run`.
ts: venv
	$(BIN)/python tools/update_translations.py $(if $(NEW_LANGUAGE),--add $(NEW_LANGUAGE))

# Boundaries (import-linter's contracts and ruff's banned imports) are checked here.
lint: venv-dev
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/lint-imports

typecheck: venv-dev
	$(BIN)/mypy

pytest: venv-dev translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck pytest

bench: venv-dev
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

sounds: venv
	$(BIN)/python tools/make_sounds.py

# Every language's prompts: English, then each catalogue's words (built by `make translations`).
voice: venv translations
	$(BIN)/python tools/make_voice.py --language all

# The sdist first, then the wheel built from it: proves the sdist carries the assets too.
# --no-isolation builds with the pinned hatchling already in the venv.
wheel: venv-dev translations
	$(BIN)/python -m build --no-isolation --outdir dist .

# One-folder PyInstaller build in dist/glute-timer/; prints its size, fails over 200 MB.
bundle: venv translations
	$(PIP_PROJECT) -e '.[bundle]'
	$(BIN)/python packaging/build_bundle.py

DESKTOP_ID := io.github.glute_timer.GluteTimer

# Debian: apt-get install desktop-file-utils appstream
validate-desktop:
	desktop-file-validate packaging/linux/$(DESKTOP_ID).desktop
	appstreamcli validate --no-net packaging/linux/$(DESKTOP_ID).metainfo.xml

# Re-render the PNG icons after editing the SVG.
icons: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

# Refresh the pins from a throw-away venv with the newest allowed releases.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet hatchling setuptools wheel
	.lock-venv/bin/pip install --quiet --no-build-isolation -e '.[dev,simpleaudio,bundle]'
	{ echo "# Exact versions for every package make and CI install (runtime, extras and dev tools)."; \
	  echo "# Regenerate with: make lock"; \
	  .lock-venv/bin/pip freeze --all --exclude-editable | grep -v '^pip=='; } > $(CONSTRAINTS)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
