# Two commands do all the set-up: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONSTRAINTS := requirements/constraints.txt
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv run test lint typecheck pytest bench bundle wheel sounds voice lock clean validate-desktop icons

venv: $(STAMP)

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade -c $(CONSTRAINTS) setuptools wheel
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev,bundle]'
	@$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev,bundle,simpleaudio]' >$(VENV)/simpleaudio-build.log 2>&1 \
	  && echo "simpleaudio backend installed." \
	  || echo "simpleaudio not built: install a C compiler and the ALSA headers (Debian: apt-get install build-essential libasound2-dev), then run make venv again. The app will use Qt Multimedia meanwhile (details in $(VENV)/simpleaudio-build.log)."
	@touch $(STAMP)

run: venv
	$(BIN)/glute-timer

lint: venv
	$(BIN)/ruff check src tests tools benchmarks packaging setup.py
	$(BIN)/ruff format --check src tests tools benchmarks packaging setup.py

typecheck: venv
	$(BIN)/mypy

pytest: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck pytest

bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

sounds: venv
	$(BIN)/python tools/make_sounds.py

voice: venv
	$(BIN)/python tools/make_voice.py

# The sdist first, then the wheel built from it: proves the sdist carries the assets too.
# --no-isolation builds with the pinned setuptools already in the venv.
wheel: venv
	$(BIN)/python -m build --no-isolation --outdir dist .

# One-folder PyInstaller build in dist/glute-timer/; prints its size, fails over 180 MB.
bundle: venv
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[bundle]'
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
	.lock-venv/bin/pip install --quiet -e '.[dev,simpleaudio,bundle]' setuptools wheel
	{ echo "# Exact versions for every package make and CI install (runtime, extras and dev tools)."; \
	  echo "# Regenerate with: make lock"; \
	  .lock-venv/bin/pip freeze --all --exclude-editable | grep -v '^pip=='; } > $(CONSTRAINTS)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
