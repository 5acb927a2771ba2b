"""HTML pages to article text and metadata with trafilatura, offline: main text, title, date, address, site name."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tourpipe.records import EARLIEST, LATEST

# htmldate (through trafilatura) accepts dates up to "today" unless told otherwise, which would make the same page
# read differently on another day; and its "extensive search" guesses a date from the body text. Only the
# page's own metadata (article:published_time, JSON-LD, <time>, the address) is taken, the same way every day.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "min_date": EARLIEST.isoformat(),
                "max_date": LATEST.isoformat()}


@dataclass(frozen=True)
class Page:
    """What a page holds: its main text (paragraphs one a line; "" when none was found) and its metadata, each
    None when the page does not say."""

    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None  # canonical link, og:url, or the address the page was fetched from
    source: str | None = None  # og:site_name, the publisher in JSON-LD, or the site's domain


def extract_page(html: str, url: str | None = None) -> Page:
    """The article of ``html``, without navigation, comments and boilerplate (trafilatura's main-text extraction:
    the headline when the page's body carries it, then the body, one paragraph a line), with the page's
    metadata. ``url`` is the address the page came from, when known: it resolves a relative canonical link."""
    import trafilatura  # imported here: reading .txt files never pays for it

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, date_extraction_params=dict(_DATE_PARAMS))
    if doc is None:
        return Page("")
    return Page(text=doc.text or "", title=doc.title or None, published=_date(doc.date), url=doc.url or url or None,
                source=doc.sitename or None)


def _date(value: str | None) -> date | None:
    try:
        found = date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
    return found if found is not None and EARLIEST <= found <= LATEST else None
