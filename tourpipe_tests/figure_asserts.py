"""The checks every table of hand-written figure sentences shares."""
from __future__ import annotations

import pytest

from tourpipe.figures import extract_facts


def assert_figure(sentence, lang, text, value, high, unit, kind, qualifier, value_from=None):
    """``sentence`` yields a figure spanning exactly ``text`` with these value, range, unit, kind and qualifier (and,
    for a change between two levels, the old level ``value_from``)."""
    facts = extract_facts(sentence, lang)
    match = [f for f in facts if f.text == text]
    assert match, f"{text!r} not in {[(f.text, f.value) for f in facts]}"
    f = match[0]
    assert sentence[f.start_char:f.end_char] == f.text
    assert f.value == pytest.approx(value)
    assert f.value_high == (pytest.approx(high) if high is not None else None)
    assert (f.unit, f.unit_kind, f.qualifier) == (unit, kind, qualifier)
    assert f.value_from == (pytest.approx(value_from) if value_from is not None else None)
    return f


def assert_not_figure(sentence, lang, value):
    """No figure of ``sentence`` has ``value``."""
    assert not [f for f in extract_facts(sentence, lang) if f.value == pytest.approx(value)]
