"""Records convert to plain dicts as ``dataclasses.asdict`` would."""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import given
from hypothesis import strategies as st

from graphkit.records import ActorInfo, Event, Mention, Quote, Stance

_text = st.text(max_size=8)
_maybe = st.none() | _text
RECORDS = st.one_of(
    st.builds(Mention, _text, _text, st.integers(), st.integers(), st.integers(), st.integers()),
    st.builds(ActorInfo, _text, _text, st.lists(_text, max_size=3), _maybe, _maybe, st.integers()),
    st.builds(Stance, _text, _text, _text, st.integers(-1, 1), _text, _text, st.integers(), st.integers(), _text, _text),
    st.builds(Event, _text, _text, st.integers(-1, 1), _text, _text, _text, _text, st.integers(), st.integers()),
    st.builds(Quote, _maybe, _text, st.booleans(), st.tuples(_text, _text), st.integers(), st.integers(), _text, _maybe),
)


@given(RECORDS)
def test_to_dict_gives_what_asdict_gives_and_shares_no_list(record):
    d = record.to_dict()
    want = asdict(record)
    if isinstance(record, Quote):
        want["targets"] = list(record.targets)
    assert d == want and list(d) == list(want)
    for name, value in d.items():
        if isinstance(value, list):
            assert value is not getattr(record, name)  # a copy, as asdict makes
    assert type(record).from_dict(d) == record
