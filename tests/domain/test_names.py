"""Names: NFC on the way in, unsafe characters refused, one identity, lookalikes refused."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from glute_timer.domain import library, limits
from glute_timer.domain.model import Exercise, Routine
from glute_timer.domain.names import (
    copy_name,
    duplicate_of,
    imported_name,
    name_key,
    skeleton,
    unique_name,
)
from glute_timer.domain.validation import (
    InvalidRoutineError,
    check_name,
    check_unique_name,
    duplicate_problem,
    validate_routine,
)

BUILTIN = library.ROUTINES[0].name  # "Wall push"
NFC_CAFE = "Caf\u00e9"
NFD_CAFE = "Cafe\u0301"


def test_builtin_is_wall_push() -> None:
    assert BUILTIN == "Wall push"


def test_nfc_and_nfd_are_one_name() -> None:
    assert NFC_CAFE != NFD_CAFE
    assert name_key(NFC_CAFE) == name_key(NFD_CAFE) == "café"
    with pytest.raises(InvalidRoutineError, match="already exists"):
        check_unique_name(NFD_CAFE, [NFC_CAFE])


def test_names_are_stored_in_nfc() -> None:
    routine = Routine(NFD_CAFE, (Exercise(NFD_CAFE),))
    assert routine.name == NFC_CAFE
    assert routine.exercises[0].name == NFC_CAFE
    assert unicodedata.is_normalized("NFC", routine.name)


@pytest.mark.parametrize(
    "imitation",
    [
        "Wall\u00a0push",  # no-break space
        "Wall \u200bpush",  # zero-width space beside the space
        "Wa\u200bll push",  # zero-width space inside a word
        "W\u0430ll push",  # Cyrillic small a
        "W\u0430ll p\u0443sh",  # Cyrillic a and u... (у reads as y): not a lookalike of u
        "WALL PUSH",
        "  wall   push ",
        "\uff37all push",  # full-width W
        "W\u0391LL PUSH",  # Greek capital alpha
    ],
)
def test_lookalikes_of_the_builtin_are_duplicates(imitation: str) -> None:
    other = duplicate_of(imitation, [BUILTIN, "Side plank"])
    if imitation == "W\u0430ll p\u0443sh":
        # Cyrillic у looks like y, so this reads "Wall pysh": a different name.
        assert other is None
        return
    assert other == BUILTIN
    assert duplicate_problem(imitation, [BUILTIN]) is not None


def test_lookalike_message_names_the_imitated_routine() -> None:
    problem = duplicate_problem("W\u0430ll push", [BUILTIN])
    assert problem is not None
    assert problem.field == "name"
    assert "looks the same as the routine 'Wall push'" in problem.message


def test_other_alphabets_stay_distinct_names() -> None:
    assert duplicate_of("МОСТ", ["Most", "Moct "]) == "Moct "  # Cyrillic capitals М О С Т
    assert duplicate_of("Мост", ["Moct"]) is None  # small т does not read as t
    assert duplicate_of("Ягодичный мост", [BUILTIN]) is None
    assert duplicate_of("Wall push 2", [BUILTIN]) is None
    # Greek small nu looks like v, its capital like N: case is kept while mapping.
    assert skeleton("\u039d") == "n"
    assert skeleton("\u03bd") == "v"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "Wall\x1b]0;pwned\x07",
            "name must not contain a control character (found \\x1b at character 5)",
        ),
        ("Clear\x1b[2J", "name must not contain a control character (found \\x1b at character 6)"),
        ("a\rb", "name must not contain a control character (found \\x0d at character 2)"),
        ("tab\tbed", "name must not contain a control character (found \\x09 at character 4)"),
        ("nul\x00", "name must not contain a control character (found \\x00 at character 4)"),
        ("del\x7f", "name must not contain a control character (found \\x7f at character 4)"),
        ("csi\x9b", "name must not contain a control character (found \\x9b at character 4)"),
        (
            "line\u2028",
            "name must not contain a control character (found \\u{2028} at character 5)",
        ),
        (
            "abc\u202e",
            "name must not contain a text-direction control (found \\u{202e} at character 4)",
        ),
        (
            "x\u2066y",
            "name must not contain a text-direction control (found \\u{2066} at character 2)",
        ),
        (
            "Wall\u200b push",
            "name must not contain an invisible character (found \\u{200b} at character 5)",
        ),
        (
            "word\u2060joiner",
            "name must not contain an invisible character (found \\u{2060} at character 5)",
        ),
        (
            "\ufeffBOM",
            "name must not contain an invisible character (found \\u{feff} at character 1)",
        ),
        ("\u200b", "name must not be empty (it holds only invisible characters)"),
        ("\u200b\u2060 \ufeff", "name must not be empty (it holds only invisible characters)"),
        ("   ", "name must not be empty"),
    ],
)
def test_unsafe_names_are_refused(name: str, message: str) -> None:
    assert check_name(name) == message


def test_exercise_names_are_checked_too_with_their_field() -> None:
    routine = Routine("Fine", (Exercise("Clam\x1b[2J"),))
    with pytest.raises(InvalidRoutineError) as caught:
        validate_routine(routine)
    [problem] = caught.value.problems
    assert problem.field == "exercises[0].name"
    assert "control character" in problem.message


def test_stored_names_are_read_back_whatever_they_hold() -> None:
    routine = Routine("Old\x1bname", (Exercise("Clam\u200b"),))
    assert validate_routine(routine, stored=True) is routine
    assert check_name("\u200b", stored=True) is None
    assert check_name("", stored=True) == "name must not be empty"


@pytest.mark.parametrize("name", ["Wall push", "Café", "Ягодичный мост", "Clam 😀", "a\u00a0b"])
def test_ordinary_names_pass(name: str) -> None:
    assert check_name(name) is None


def test_copy_and_unique_names() -> None:
    assert copy_name("Wall push", True, ["Wall push"]) == "Wall push (custom)"
    assert copy_name("Wall push", True, ["wall push (custom)"]) == "Wall push (custom) 2"
    assert copy_name("Mine", False, []) == "Mine (copy)"
    assert unique_name("New routine", ["New routine", "New routine 2"]) == "New routine 3"
    assert imported_name("Mine", ["Mine", "Mine (imported)"]) == "Mine (imported 2)"


def test_free_names_avoid_lookalikes_and_stay_within_the_limit() -> None:
    assert copy_name("Wall push", True, ["W\u0430ll push (custom)"]) == "Wall push (custom) 2"
    long = "x" * limits.MAX_NAME_LENGTH
    for made in (imported_name(long, [long]), copy_name(long, True, []), unique_name(long, [long])):
        assert len(made) <= limits.MAX_NAME_LENGTH
        assert check_name(made) is None
        assert made != long


def test_builtin_lookup_uses_the_key() -> None:
    assert library.builtin_routine("  WALL\u00a0push ") is library.ROUTINES[0]
    assert library.builtin_routine("W\u0430ll push") is None


spacing = st.sampled_from([" ", "  ", "\u00a0", "\u3000", "\t", "\u2003"])
words = st.lists(st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1), min_size=1)


@given(st.text())
def test_name_key_is_idempotent(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key
    assert skeleton(skeleton(text)) == skeleton(text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


@given(words, spacing, st.booleans())
def test_name_key_ignores_case_width_and_spacing(parts: list[str], space: str, wide: bool) -> None:
    plain = " ".join(parts)
    # Case changes that are not reversible (dotless ı upper-cases to I) are not "case" here.
    assume(plain.swapcase().casefold() == plain.casefold())
    odd = space + space.join(p.swapcase() for p in parts) + space
    if wide:
        odd = _full_width(odd)
    assert name_key(odd) == name_key(plain)


def test_full_width_reads_as_plain() -> None:
    assert name_key(_full_width("Wall push 2")) == "wall push 2"


@given(st.text())
def test_key_has_no_invisible_characters_or_odd_spacing(text: str) -> None:
    key = name_key(text)
    assert key == key.strip()
    assert "  " not in key
    assert all(unicodedata.category(c) != "Cf" for c in key)
