"""What differs between the entity languages, one object per language (as spaCy's ``lang/`` and quantulum3's
``_lang/``): its model run and candidate cascade, and how its names reach their canonical form."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from tourpipe.entities import english, russian
from tourpipe.entities.cascade import Candidates


@dataclass(frozen=True)
class EntityLanguage:
    code: str
    # (text, its mentions) for each text, in order, using ``n_process`` processes where the model can
    recognise: Callable[[Iterable[str], int], Iterator[tuple[str, Candidates]]]
    # (mention text, label) -> the form its canonical name starts from (the nominative, a demonym's country)
    normal_name: Callable[[str, str], str]
    # one-word PERSON name -> every name it may be a form of, to find the full name it stands for
    name_forms: Callable[[str], set[str]]


LANGUAGES: dict[str, EntityLanguage] = {
    "en": EntityLanguage("en", english.recognise, english.normal_name, english.name_forms),
    "ru": EntityLanguage("ru", russian.recognise, russian.normal_name, russian.name_forms),
}
