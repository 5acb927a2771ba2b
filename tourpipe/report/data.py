"""What each chart of the report shows, as a pandas DataFrame computed in DuckDB from the warehouse's views.

One function per chart; each returns the chart's data with its spec and a caption saying how it was
counted, or raises ``Skip`` with the reason it cannot be drawn on this warehouse (an empty table, or a
view or column that only newer warehouses have: ``events``, ``quotes``, ``documents.source``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pandas as pd

from tourpipe.api import WarehouseReader
from tourpipe.report.charts import ChartSpec, human

TOP = 15  # bars in a ranked chart
ENTITY_LABELS = "('PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT')"  # not DATE: dates recur trivially


# What each chart shows (the category and value columns of its data) and how it is drawn.
MONEY_BY_YEAR = ChartSpec("money_by_year", "Money reported, by year (US dollars)", "year", "value_usd", "US dollars",
                          kind="bar", color="currency", money=True)
COUNTED_UNITS = ChartSpec("counted_units", "What is counted most", "unit", "figures", "figures")
RECURRING_ENTITIES = ChartSpec("recurring_entities", "Entities that recur across documents and languages", "entity",
                               "documents", "documents", color="languages")
ENTITY_PAIRS = ChartSpec("entity_pairs", "Entities mentioned together most", "pair", "documents", "documents")
VISITS_BY_SITE = ChartSpec("visits_by_site", "Visits by site", "site", "visits", "visits")
VISITS_BY_ORIGIN = ChartSpec("visits_by_origin", "Visits by the visitors' origin", "visitors", "visits", "visits")
AGREEMENTS_AND_INVESTMENTS = ChartSpec("agreements_and_investments", "Agreements and investments, by party",
                                       "party", "value_usd", "US dollars", color="type", money=True)
QUOTES_BY_SPEAKER = ChartSpec("quotes_by_speaker", "Who is quoted most", "speaker", "quotes", "quotations",
                              color="kind")
DOCUMENTS_BY_LANGUAGE = ChartSpec("documents_by_language", "Documents by language", "lang", "documents", "documents")
DOCUMENTS_BY_SOURCE = ChartSpec("documents_by_source", "Documents by source", "source", "documents", "documents")
DOCUMENTS_BY_MONTH = ChartSpec("documents_by_month", "Documents by month of publication", "month", "documents",
                               "documents", kind="bar")
REMOVED_BY_RULE = ChartSpec("removed_by_rule", "What the cleaner removed, by rule", "reason", "lines", "lines")


class Skip(Exception):
    """This chart cannot be drawn on this warehouse; the message says why."""


@dataclass(frozen=True)
class ChartData:
    spec: ChartSpec
    caption: str
    data: pd.DataFrame


def _require(wh: WarehouseReader, view: str, columns: tuple[str, ...] = ()) -> None:
    have = wh.columns(view)
    if not have:
        raise Skip(f"this warehouse has no {view} view yet")
    missing = [c for c in columns if c not in have]
    if missing:
        raise Skip(f"the {view} view has no {', '.join(missing)} column")


def _nonempty(data: pd.DataFrame, what: str) -> pd.DataFrame:
    if data.empty:
        raise Skip(f"no {what} in this warehouse")
    return data


# -- documents -----------------------------------------------------------------------------------------
def documents_by_language(wh: WarehouseReader) -> ChartData:
    data = _nonempty(wh.sql("""select lang, count(*) as documents from documents
                               group by lang order by documents desc, lang"""), "documents")
    return ChartData(DOCUMENTS_BY_LANGUAGE,
                     "Current documents by detected language (ISO 639-1; 'und' when it could not be told).", data)


def documents_by_source(wh: WarehouseReader) -> ChartData:
    columns = wh.columns("documents")
    if "source" not in columns and "url" not in columns:
        raise Skip("the documents view has no source or url column yet (they come with HTML and JSON inputs)")
    source = "nullif(trim(source), '')" if "source" in columns else "null"
    host = r"nullif(regexp_extract(url, '^[A-Za-z]+://(?:www\.)?([^/:?#]+)', 1), '')" if "url" in columns else "null"
    if not wh.sql(f"select count(coalesce({source}, {host})) as n from documents")["n"].iloc[0]:
        raise Skip("no document states its outlet or address (plain-text inputs do not; pages and records do)")
    data = wh.sql(f"""
        with s as (select coalesce({source}, {host}, '(not stated)') as source from documents),
        ranked as (select source, count(*) as documents, row_number() over (order by count(*) desc, source) as rank
                   from s group by source)
        select case when rank <= {TOP} then source else '(other sources)' end as source,
               sum(documents)::bigint as documents, count(*) as sources
        from ranked group by 1 order by min(rank)""")
    _nonempty(data, "documents")
    return ChartData(DOCUMENTS_BY_SOURCE,
                     f"The outlet a document came from (its source, else its address's host name); the "
                     f"{TOP} largest, the rest together.", data)


def documents_by_month(wh: WarehouseReader) -> ChartData:
    counts = wh.sql("""select strftime(date_trunc('month', published), '%Y-%m') as month, count(*) as documents
                       from documents where published is not null group by 1 order by 1""")
    undated = int(wh.sql("select count(*) as n from documents where published is null")["n"].iloc[0])
    if counts.empty:
        raise Skip(f"no document has a publication date ({undated} without one)")
    months = pd.period_range(counts["month"].iloc[0], counts["month"].iloc[-1], freq="M").strftime("%Y-%m")
    data = (pd.DataFrame({"month": months}).merge(counts, on="month", how="left")
            .fillna({"documents": 0}).astype({"documents": "int64"}))
    return ChartData(DOCUMENTS_BY_MONTH,
                     f"Current documents by the month the page says they were published; {undated:,} document"
                     f"{'s' if undated != 1 else ''} without a date left out.", data)


# -- figures -------------------------------------------------------------------------------------------
# Each money figure once: a restatement ("($160 million)" after "one billion yuan") names the figure it
# restates in equivalent_of and is folded into it; the original's USD value is used, or the restatement's
# when the original's currency has no rate.
MONEY_ROOTS = """
    money_roots as (
        select f.fact_id, f.doc_id, f.unit as currency, f.year, f.qualifier, f.text,
               coalesce(f.value_usd, r.value_usd) as value_usd
        from facts f
        left join (select equivalent_of as fact_id, max(value_usd) as value_usd from facts
                   where equivalent_of is not null group by 1) r using (fact_id)
        where f.unit_kind = 'money' and f.equivalent_of is null)"""


def money_by_year(wh: WarehouseReader) -> ChartData:
    data = wh.sql(f"""
        with {MONEY_ROOTS},
        dated as (select m.*, coalesce(m.year, year(d.published)) as at_year, m.year is null as from_published
                  from money_roots m join documents d using (doc_id))
        select at_year as year, currency, sum(value_usd) as value_usd, count(*) as figures,
               count(*) filter (where from_published) as dated_by_publication
        from dated where value_usd is not null and at_year is not null
        group by all order by year, value_usd desc""")
    left_out = wh.sql(f"""
        with {MONEY_ROOTS}
        select count(*) filter (where value_usd is null) as no_rate,
               count(*) filter (where value_usd is not null and m.year is null and d.published is null) as no_year
        from money_roots m join documents d using (doc_id)""").iloc[0]
    _nonempty(data, "money figures with a US dollar value and a year")
    total = data["value_usd"].sum()
    return ChartData(
        MONEY_BY_YEAR,
        f"Every money figure once ({human(total, money=True)} in all): a restatement such as '($160 million)' "
        f"after 'one billion yuan' is counted with the figure it restates, not again. The year is the one the "
        f"sentence gives for the figure, else the article's publication year; converted with the shipped dated "
        f"rates, coloured by the currency reported; ranges count their low end. Left out: "
        f"{int(left_out['no_rate']):,} figures in currencies without a rate, {int(left_out['no_year']):,} with "
        f"no year at all.", data)


def counted_units(wh: WarehouseReader) -> ChartData:
    data = _nonempty(wh.sql(f"""
        select unit, count(*) as figures, count(distinct doc_id) as documents, sum(value) as total
        from facts where unit_kind = 'count' and equivalent_of is null
        group by unit order by figures desc, documents desc, unit limit {TOP}"""), "counted figures")
    return ChartData(COUNTED_UNITS,
                     f"Count figures ('57 journalists', 'более 120 предприятий') by the counted noun's English "
                     f"lemma, all languages together; the {TOP} most frequent.", data)


# -- entities ------------------------------------------------------------------------------------------
def recurring_entities(wh: WarehouseReader) -> ChartData:
    data = _nonempty(wh.sql(f"""
        select canonical || ' (' || label || ')' as entity, canonical, label, documents, mentions,
               array_to_string(languages, ', ') as languages
        from entity_summary where label in {ENTITY_LABELS} and documents >= 2
        order by documents desc, len(languages) desc, mentions desc, canonical limit {TOP + 5}"""),
        "entity named in two documents or more")
    return ChartData(RECURRING_ENTITIES,
                     "People, organisations and places named in two documents or more, by canonical name (one "
                     "name across languages: 'Казахстана' and 'Kazakhstan' count together), coloured by the "
                     "languages of the documents naming them. Dates are left out.", data)


def entity_pairs(wh: WarehouseReader) -> ChartData:
    data = _nonempty(wh.sql(f"""
        with lines as (  -- each paragraph (line) of clean_text: its number, and the offset just past its end
            select doc_id, paragraph, sum(length(line) + 1) over (partition by doc_id order by paragraph) as line_end
            from (select doc_id, unnest(string_split(clean_text, chr(10))) as line,
                         generate_subscripts(string_split(clean_text, chr(10)), 1) as paragraph
                  from documents)),
        mentions as (  -- (a hash join per document: 3-4 times cheaper than counting line breaks before each span)
            select distinct e.doc_id, coalesce(e.canonical, e.text) as canonical,
                   (select min(l.paragraph) from lines l
                    where l.doc_id = e.doc_id and l.line_end > e.start_char) as paragraph
            from entities e where e.label in {ENTITY_LABELS}),
        pairs as (
            select a.canonical as first, b.canonical as second, a.doc_id, a.paragraph
            from mentions a join mentions b
              on a.doc_id = b.doc_id and a.paragraph = b.paragraph and a.canonical < b.canonical)
        select first || ' + ' || second as pair, first, second, count(distinct doc_id) as documents,
               count(*) as paragraphs
        from pairs group by first, second
        order by documents desc, paragraphs desc, pair limit {TOP}"""), "entities named in the same paragraph")
    return ChartData(ENTITY_PAIRS,
                     "Pairs of people, organisations and places named in the same paragraph, by the number of "
                     "documents where they are (paragraphs in the data table); canonical names, dates left out.",
                     data)


# -- cleaning ------------------------------------------------------------------------------------------
def removed_by_rule(wh: WarehouseReader) -> ChartData:
    data = _nonempty(wh.sql("""
        select reason, count(*) as lines, count(distinct doc_id) as documents,
               left(min(text), 80) as example
        from removed_lines group by reason order by lines desc, reason"""), "removed lines")
    return ChartData(REMOVED_BY_RULE,
                     "Lines of page furniture (navigation, bylines, credits, widgets, related headlines, …) "
                     "removed from the articles, by the rule that removed them; every one is in removed_lines.",
                     data)


# -- events (warehouses that have the events view) -------------------------------------------------------
def visits_by_site(wh: WarehouseReader) -> ChartData:
    _require(wh, "events", ("type", "target", "target_canonical"))
    data = _nonempty(wh.sql(f"""
        select coalesce(target_canonical, target) as site, count(*) as visits, count(distinct doc_id) as documents
        from events where type = 'visit' and coalesce(target_canonical, target) is not null
        group by 1 order by visits desc, documents desc, site limit {TOP}"""), "visits with a named site")
    return ChartData(VISITS_BY_SITE,
                     f"Visits (a delegation or group received at a park, company or city), by the site visited; "
                     f"the {TOP} most visited.", data)


def visits_by_origin(wh: WarehouseReader) -> ChartData:
    _require(wh, "events", ("type", "actor", "actor_canonical"))
    data = _nonempty(wh.sql(f"""
        select coalesce(actor_canonical, '(not named)') as visitors, count(*) as visits,
               count(distinct doc_id) as documents, min(actor) as example
        from events where type = 'visit'
        group by 1 order by visits desc, documents desc, visitors limit {TOP}"""), "visits")
    return ChartData(VISITS_BY_ORIGIN,
                     "Visits by who the visitors are: the canonical name of the country, organisation or person "
                     "the visiting group is named after ('A Kazakhstan media delegation' → Kazakhstan).", data)


def agreements_and_investments(wh: WarehouseReader) -> ChartData:
    _require(wh, "events", ("type", "actor", "actor_canonical", "fact_ids", "event_id"))
    if not wh.sql("select data_type from duckdb_columns() where database_name = 'warehouse' "
                  "and table_name = 'events' and column_name = 'fact_ids'")["data_type"].iloc[0].endswith("[]"):
        raise Skip("the events view's fact_ids column is not a list")
    data = _nonempty(wh.sql(f"""
        with {MONEY_ROOTS},
        measured as (  -- each event's money figures, a figure and its restatement once
            select distinct x.event_id, coalesce(f.equivalent_of, f.fact_id) as root
            from (select event_id, unnest(fact_ids) as fact_id from events
                  where type in ('agreement', 'investment')) x
            join facts f using (fact_id)),
        amounts as (select m.event_id, sum(r.value_usd) as value_usd, count(r.value_usd) as figures
                    from measured m join money_roots r on r.fact_id = m.root group by 1),
        parties as (
            select e.type, coalesce(e.actor_canonical, e.actor, '(not named)') as party,
                   count(*) as events, coalesce(sum(a.value_usd), 0) as value_usd,
                   count(a.value_usd) as events_with_amount
            from events e left join amounts a using (event_id)
            where e.type in ('agreement', 'investment') group by all)
        select * from parties
        where party in (select party from parties group by party
                        order by sum(value_usd) desc, sum(events) desc, party limit {TOP})
        order by value_usd desc, events desc, party"""), "agreements or investments")
    with_amounts = data["value_usd"].sum() > 0
    spec = AGREEMENTS_AND_INVESTMENTS if with_amounts else replace(AGREEMENTS_AND_INVESTMENTS, y="events",
                                                                    value_label="events", money=False)
    return ChartData(
        spec,
        ("Agreements signed and investments made or planned, by the signatory or investor, with the amounts "
         "their sentences state in US dollars (a figure and its restatement once); events counts are in the "
         "data table." if with_amounts else
         "Agreements signed and investments made or planned, by the signatory or investor (no amount in US "
         "dollars stated for any of them)."), data)


# -- quotes (warehouses that have the quotes view) -------------------------------------------------------
def quotes_by_speaker(wh: WarehouseReader) -> ChartData:
    _require(wh, "quotes", ("speaker", "speaker_canonical", "direct"))
    data = _nonempty(wh.sql(f"""
        with q as (select coalesce(speaker_canonical, speaker, '(unattributed)') as speaker,
                          case when direct then 'direct' else 'reported' end as kind, doc_id from quotes),
        top as (select speaker from q group by speaker order by count(*) desc, speaker limit {TOP})
        select speaker, kind, count(*) as quotes, count(distinct doc_id) as documents
        from q where speaker in (select speaker from top) group by all order by quotes desc, speaker, kind"""),
        "quotations")
    return ChartData(QUOTES_BY_SPEAKER,
                     "Quotations by speaker (canonical name when the speaker is named, else the description the "
                     "article gives), direct quotes and reported speech.", data)


# The page's sections in order: (heading, [(chart, the function that computes its data)]).
SECTIONS: list[tuple[str, list[tuple[ChartSpec, Callable[[WarehouseReader], ChartData]]]]] = [
    ("Money and figures", [(MONEY_BY_YEAR, money_by_year), (COUNTED_UNITS, counted_units)]),
    ("Entities", [(RECURRING_ENTITIES, recurring_entities), (ENTITY_PAIRS, entity_pairs)]),
    ("Events", [(VISITS_BY_SITE, visits_by_site), (VISITS_BY_ORIGIN, visits_by_origin),
                (AGREEMENTS_AND_INVESTMENTS, agreements_and_investments)]),
    ("Quotations", [(QUOTES_BY_SPEAKER, quotes_by_speaker)]),
    ("Documents", [(DOCUMENTS_BY_LANGUAGE, documents_by_language), (DOCUMENTS_BY_SOURCE, documents_by_source),
                   (DOCUMENTS_BY_MONTH, documents_by_month)]),
    ("Cleaning", [(REMOVED_BY_RULE, removed_by_rule)]),
]


def summary(wh: WarehouseReader) -> dict[str, object]:
    """Headline numbers of the warehouse."""
    row = wh.sql("""select
        (select count(*) from documents) as documents,
        (select count(distinct lang) from documents) as languages,
        (select min(published) from documents) as first_published,
        (select max(published) from documents) as last_published,
        (select count(*) from facts) as facts,
        (select count(*) from facts where unit_kind = 'money' and equivalent_of is null) as money_figures,
        (select count(*) from entities) as entity_mentions,
        (select count(distinct canonical) from entities) as distinct_entities,
        (select count(*) from removed_lines) as removed_lines,
        (select count(*) from rejected) as rejected_files""").iloc[0]
    out = {k: (None if pd.isna(v) else v) for k, v in row.items()}
    for view in ("events", "quotes"):
        if wh.has_view(view):
            out[view] = int(wh.sql(f"select count(*) as n from {view}")["n"].iloc[0])
    return out
