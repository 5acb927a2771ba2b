"""English mentions: en_core_web_sm spans plus rules for names, dates and the model's usual news-text errors.

``ENGLISH_STEPS`` is the whole cascade, in order: the model's spans, then spans proposed by rules, then cuts,
repairs and relabelling that weigh each span against the text and the other spans, then the flat output.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from tourpipe.entities.cascade import (
    Candidate,
    Candidates,
    Context,
    Steps,
    adding,
    each,
    from_source,
    keep_labels,
    run_steps,
)
from tourpipe.entities.english import dates, document, headlines, names, people, repair
from tourpipe.entities.english.words import OUTPUT_LABELS, name_forms, normal_name, place_label
from tourpipe.entities.spans import (
    credit_candidates,
    initialled_names,
    model_segments,
    model_view,
    resolve_overlaps,
    trim,
    trimmed,
    vote_labels,
    year_events,
)

__all__ = ["ENGLISH_STEPS", "english_candidates", "name_forms", "normal_name", "recognise"]

# Lines per nlp.pipe batch. Measured on bench articles (~75 words a line): 32, 64, 128 and 256 run at the same
# speed, but a batch's working memory stays resident: +140 MB over the loaded model at 32, +460 MB at 256.
BATCH_SIZE = 32
_VOTABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def model_spans(cands: Candidates, ctx: Context) -> Candidates:
    """The model's spans of each line, in output labels (and LANGUAGE, which the repair step tells from NORP)."""
    out = []
    for offset, doc in ctx.lines:
        ents = [e for e in doc.ents if e.label_ in OUTPUT_LABELS or e.label_ == "LANGUAGE"]
        if not ents:
            continue
        line = doc.text  # rebuilt from the tokens on every call: once per line, not once per span
        out.extend(Candidate(offset + start, offset + end, e.label_)
                   for e in ents for start, end in [trimmed(line, e.start_char, e.end_char)] if start < end)
    return cands + tuple(out)


ENGLISH_STEPS: Steps = (
    ("model_spans", model_spans),
    # spans proposed by rules, from the text alone
    ("written_dates", from_source(dates.written_dates)),
    ("seasons", from_source(dates.seasons)),
    ("bare_months", from_source(dates.bare_months)),
    ("numbered_places", from_source(names.numbered_places)),
    ("affiliated_people", from_source(people.affiliated_people)),
    ("quoted_events", from_source(names.quoted_events)),
    ("embassies", from_source(names.embassies)),
    ("appositive_people", from_source(people.appositive_people)),
    ("titled_people", from_source(people.titled_people)),
    ("surnamed_people", from_source(people.surnamed_people)),
    ("chinese_names", from_source(people.chinese_names)),
    ("based_names", from_source(names.based_names)),
    ("named_lines", from_source(names.named_lines)),
    ("credits", from_source(credit_candidates)),
    ("initialled_names", from_source(initialled_names)),
    ("datelines", from_source(names.datelines)),
    ("gazetteer_names", from_source(names.gazetteer_names)),
    ("numbered_names", from_source(names.numbered_names)),
    ("keyword_names", from_source(names.keyword_names)),
    ("year_events", from_source(lambda source: year_events(source, place_label))),
    # spans proposed where nothing else was found
    ("acronyms", adding(names.acronyms)),
    ("reporting_outlets", adding(names.reporting_outlets)),
    ("known_places", adding(names.known_places)),
    # model spans cut where a rule found a title, a person or "X-based"
    ("cut_titles", document.cut_titles),
    ("cut_before_rule_people", document.cut_before_rule_people),
    ("cut_after_rule_people", document.cut_after_rule_people),
    ("split_based", document.split_based),
    # each span on its own
    ("trim", each(lambda source, c: trim(source, c, drop_article=True))),
    ("repair", each(repair.repair_span)),
    ("extend_quoted_part", each(document.extend_quoted_part)),
    ("join_dash_compounds", each(document.join_dash_compounds)),
    ("join_hyphened_names", each(document.join_hyphened_names)),
    # each span against the others
    ("person_from_context", document.person_from_context),
    ("surname_mentions", adding(document.surname_mentions)),
    ("org_prefixes", adding(document.org_prefixes)),
    ("join_of_chains", document.join_of_chains),
    ("company_legal_forms", document.company_legal_forms),
    ("vote_labels", lambda cands, ctx: vote_labels(ctx.source, cands, _VOTABLE)),
    ("settle_places", document.settle_places),
    ("dash_compounds", document.dash_compounds),
    ("drop_headline_noise", headlines.drop_headline_noise),
    ("drop_common_noun_openings", headlines.drop_common_noun_openings),
    ("drop_bare_titles", people.drop_bare_titles),
    # the flat output
    ("keep_output_labels", keep_labels(OUTPUT_LABELS)),
    ("resolve_overlaps", lambda cands, ctx: resolve_overlaps(cands)),
)


def english_candidates(source: str, line_docs) -> Candidates:
    """Model spans (from per-line Docs, ``(offset, doc)``) and rule spans, trimmed, repaired and made flat."""
    return run_steps(ENGLISH_STEPS, Context(source, tuple(line_docs)))


def recognise(texts: Iterable[str], n_process: int = 1) -> Iterator[tuple[str, Candidates]]:
    """(text, its mentions) for each text, in order: spaCy reads each line, a long one in bounded pieces (in
    ``n_process`` processes), then the cascade runs."""
    from tourpipe.nlp import english_nlp

    pending: dict[int, str] = {}  # texts stay here; only (index, offset, last) travel to worker processes

    def segments():
        for i, text in enumerate(texts):
            pending[i] = text
            lines = list(model_segments(text)) or [(0, "")]
            for k, (offset, line) in enumerate(lines):
                yield model_view(line), (i, offset, k == len(lines) - 1)

    current: list = []
    docs = english_nlp().pipe(segments(), as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process)
    for doc, (i, offset, last) in docs:
        current.append((offset, doc))
        if last:
            text = pending.pop(i)
            yield text, english_candidates(text, current)
            current = []
