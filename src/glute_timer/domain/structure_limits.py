"""Checks on routine text before a parser sees it: nesting depth, long numbers, sheer size.

``json`` and ``tomllib`` recurse on nesting, ``tomllib`` is quadratic on long dotted keys and
table headers and takes a Python step per key, value, escape and blank, and ``int()`` refuses
more than 4,300 digits. The checks here run in linear time, mostly inside ``re`` and
``str.count``: strings and comments are blanked out first (one regular expression, so that
brackets, dots or digits inside them do not count), then the marks that cost a parser work are
counted and the nesting is followed mark by mark. The scan may count more than a parser would
on text that is not valid anyway; the parser then refuses it, or this does.
"""

from __future__ import annotations

import re

from glute_timer.domain import limits
from glute_timer.domain.i18n import translate


class StructureError(Exception):
    """The text is nested too deeply, holds too long a number, or is too busy to parse."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)


# Possessive quantifiers (*+): an unterminated string fails in one pass, no backtracking.
_JSON_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"?', re.DOTALL)
# Every alternative starts with one of three characters, which lets ``re`` skip ahead fast.
_TOML_SKIP = re.compile(
    r'"""[^"\\]*+(?:(?:\\.|"(?!""))[^"\\]*+)*+"""'
    r'|"[^"\\\n]*+(?:\\[^\n][^"\\\n]*+)*+"?'
    r"|'''[^']*+(?:'(?!'')[^']*+)*+'''"
    r"|'[^'\n]*+'?"
    r"|#[^\n]*+",
    re.DOTALL,
)
_BLANK_LINES = re.compile(r"[ \t\r]*\n\s*")
_LONG_WORD = re.compile(rf"[0-9][0-9A-Za-z_]{{{limits.MAX_NUMBER_DIGITS},}}")
_JSON_MARKS = re.compile(r"[\[\]{}]")
_TOML_MARKS = re.compile(r"[\[\]{},=.\n]")


def _too_deep() -> StructureError:
    problem = translate("StructureErrors", "nested more than {most} levels deep")
    return StructureError(problem.format(most=limits.MAX_NESTING_DEPTH))


def _check_quotes(text: str, quotes: str) -> None:
    """Counted on the whole text first: many quotes make blanking out the strings slow."""
    if sum(text.count(quote) for quote in quotes) > limits.MAX_QUOTES:
        problem = translate("StructureErrors", "more than {most} quote marks")
        raise StructureError(problem.format(most=f"{limits.MAX_QUOTES:,}"))


def _check_counts(bare: str, marks: str) -> None:
    count = sum(bare.count(c) for c in marks)
    if marks and count > limits.MAX_SYNTAX_MARKS:
        problem = translate(
            "StructureErrors",
            "more than {most} keys, values and brackets (a routine needs far fewer)",
        )
        raise StructureError(problem.format(most=f"{limits.MAX_SYNTAX_MARKS:,}"))
    for match in _LONG_WORD.finditer(bare):
        if len(match.group().replace("_", "")) > limits.MAX_NUMBER_DIGITS:
            problem = translate(
                "StructureErrors", "a number of more than {most} digits ({start}...)"
            )
            raise StructureError(
                problem.format(most=limits.MAX_NUMBER_DIGITS, start=match.group()[:12])
            )


def check_json_structure(text: str, *, small: bool = True) -> None:
    """Refuse JSON nested too deeply, with a number of too many digits, or (when ``small``,
    as a routine is) too busy."""
    if small:
        _check_quotes(text, '"')
    bare = _JSON_STRING.sub('"', text)
    _check_counts(bare, "[]{},:" if small else "")
    depth = 0
    for match in _JSON_MARKS.finditer(bare):
        if match.group() in "[{":
            depth += 1
            if depth > limits.MAX_NESTING_DEPTH:
                raise _too_deep()
        else:
            depth = max(0, depth - 1)


def check_toml_structure(text: str) -> None:
    """Refuse TOML nested too deeply, with a number of too many digits, or too busy.

    Arrays, inline tables, each part of a dotted key and each part of a table header count
    one level (an array of tables two); the levels add up along the way to a value.
    """
    most = limits.MAX_TOML_TEXT + limits.MAX_TOML_BARE_CHARACTERS
    if len(text) > most:
        # Over both limits below together: refused before any regular expression runs.
        problem = translate(
            "StructureErrors",
            "more than {most} characters (the longest TOML routine needs about {longest})",
        )
        raise StructureError(problem.format(most=f"{most:,}", longest=f"{250_000:,}"))
    _check_quotes(text, "\"'")
    if text.count("\\") > limits.MAX_TOML_BACKSLASHES:
        problem = translate("StructureErrors", "more than {most} backslash escapes")
        raise StructureError(problem.format(most=f"{limits.MAX_TOML_BACKSLASHES:,}"))
    bare = _TOML_SKIP.sub('"', text)
    if len(text) - len(bare) > limits.MAX_TOML_TEXT:
        # tomllib reads "..." strings a character at a time (about 0.1 us each).
        problem = translate(
            "StructureErrors",
            "more than {most} characters of text and comments "
            "(the longest routine holds about {longest})",
        )
        raise StructureError(
            problem.format(most=f"{limits.MAX_TOML_TEXT:,}", longest=f"{210_000:,}")
        )
    if len(bare) > limits.MAX_TOML_BARE_CHARACTERS:
        problem = translate(
            "StructureErrors", "more than {most} characters outside text and comments"
        )
        raise StructureError(problem.format(most=f"{limits.MAX_TOML_BARE_CHARACTERS:,}"))
    bare = _BLANK_LINES.sub("\n", bare).strip()
    _check_counts(bare, "[]{},=.:\n")
    _TomlDepth(bare).run()


class _TomlDepth:
    """Follows nesting mark by mark over TOML with strings and comments blanked out."""

    def __init__(self, bare: str) -> None:
        self.bare = bare
        # Open arrays and inline tables: (bracket, depth of the values inside it).
        self.frames: list[tuple[str, int]] = []
        self.table_depth = 0  # levels of the current [table] header
        self.depth = 1  # depth of the key or value being read
        self.in_key = True
        self.header_parts = 0  # inside a [table] header: its parts so far; else 0

    def check(self, depth: int) -> None:
        if depth > limits.MAX_NESTING_DEPTH:
            raise _too_deep()

    def run(self) -> None:
        bare = self.bare
        for match in _TOML_MARKS.finditer(bare):
            mark = match.group()
            at_line_start = match.start() == 0 or bare[match.start() - 1] == "\n"
            if self.header_parts:
                self.header_mark(mark)
            elif mark == "\n":
                if not self.frames:
                    self.in_key = True
                    self.depth = self.table_depth + 1
                    self.check(self.depth)
            elif mark == "[" and at_line_start and not self.frames:
                self.header_parts = 1
            elif self.in_key:
                self.key_mark(mark)
            else:
                self.value_mark(mark)

    def header_mark(self, mark: str) -> None:
        if mark == "[" and self.header_parts == 1:
            self.header_parts = 2  # an array of tables nests its tables one level further
        elif mark == ".":
            self.header_parts += 1
            self.check(self.header_parts)
        elif mark in "]\n":
            self.table_depth = self.header_parts
            self.check(self.table_depth)
            self.header_parts = 0
            if mark == "\n":
                self.in_key = True
                self.depth = self.table_depth + 1

    def key_mark(self, mark: str) -> None:
        if mark == ".":
            self.depth += 1
            self.check(self.depth)
        elif mark == "=":
            self.in_key = False
        elif mark == "}":
            self.close()  # an empty inline table

    def value_mark(self, mark: str) -> None:
        if mark in "[{":
            self.depth += 1
            self.check(self.depth)
            self.frames.append((mark, self.depth))
            if mark == "{":
                self.in_key = True
                self.depth += 1
                self.check(self.depth)
        elif mark in "]}":
            self.close()
        elif mark == "," and self.frames:
            bracket, inner = self.frames[-1]
            self.depth = inner
            if bracket == "{":
                self.in_key = True
                self.depth = inner + 1

    def close(self) -> None:
        if self.frames:
            _bracket, inner = self.frames.pop()
            self.depth = inner - 1
        self.in_key = False
