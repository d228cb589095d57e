"""A pseudo-language for finding text that is not marked for translation.

Every letter of every translated text is swapped for an accented look-alike (placeholders,
``%n``, markup and entities kept), for our own catalogue and for Qt's. A screen shown in it
has no run of plain ASCII letters left, except where a text never went through translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from glute_timer.domain import i18n

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "ȧƀċḋėḟġḣïĵķŀṁṅȯṗʠṙṡṫüṿẇẋẏżȦƁĊḊĖḞĠḢÏĴĶĿṀṄȮṖɊṘṠṪÜṾẆẊẎŻ"
_SWAP = str.maketrans(_PLAIN, _ACCENTED)
# Kept as they are: {placeholder}, %n / %1, <markup>, &entity;
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d|%n|<[^<>]*>|&[a-zA-Z]+;|&#\d+;")
# What a person would see as an untranslated word: two plain letters in a row.
UNTRANSLATED = re.compile(r"[A-Za-z]{2,}")
_TAG = re.compile(r"<[^<>]*>")


def pseudo(text: str) -> str:
    """``text`` in the pseudo-language."""
    out: list[str] = []
    last = 0
    for kept in _KEEP.finditer(text):
        out.append(text[last : kept.start()].translate(_SWAP))
        out.append(kept.group())
        last = kept.end()
    out.append(text[last:].translate(_SWAP))
    return "".join(out)


class PseudoQtTranslator(QTranslator):
    """Qt's own strings (standard buttons, shortcuts) in the pseudo-language."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if source == "QT_LAYOUT_DIRECTION":
            return "LTR"
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


@contextmanager
def pseudo_language() -> Iterator[None]:
    """Everything inside the block is shown in the pseudo-language, dates in Greek."""
    qt_translator = PseudoQtTranslator()
    QCoreApplication.installTranslator(qt_translator)
    before = QLocale()
    # Greek day and month names: a date is then not a run of ASCII letters either.
    QLocale.setDefault(QLocale(QLocale.Language.Greek, QLocale.Country.Greece))

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return pseudo(text)

    i18n.install(lookup, "xx")
    try:
        yield
    finally:
        i18n.install(None, i18n.ENGLISH)
        QLocale.setDefault(before)
        QCoreApplication.removeTranslator(qt_translator)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) pairs a person sees or hears from ``widget``."""
    if isinstance(widget, QLabel):
        yield "text", _TAG.sub(" ", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, (QLineEdit, QTextEdit)):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"item {index}", widget.itemText(index)
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"tab {index}", widget.tabText(index)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget)
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", _TAG.sub(" ", widget.toolTip())
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    for action in widget.actions():
        yield "action", action.text().replace("&", "")
        yield "action tooltip", action.toolTip()


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    """Headers and the first rows' texts of an item view (cards, lists, tables)."""
    model = view.model()
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    if isinstance(view, (QTableView, QTreeView)):
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            yield f"header {column}", str(header or "")
    for row in range(min(model.rowCount(top), 20)):
        for column in range(columns):
            index = model.index(row, column, top)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"cell {row},{column}", _TAG.sub(" ", value)


def untranslated_texts(root: QWidget, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Every visible text under ``root`` with a word the pseudo-language did not reach."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for what, text in _texts(widget):
            rest = text
            for word in allowed:
                rest = rest.replace(word, "")
            if UNTRANSLATED.search(rest):
                name = widget.objectName() or type(widget).__name__
                found.append(f"{name} {what}: {text!r}")
    return sorted(set(found))
