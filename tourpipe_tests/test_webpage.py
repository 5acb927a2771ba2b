"""HTML pages through trafilatura, offline: the article's text without the site around it, and the page's metadata
(title, date, address, site name) when it has some. Pages written for these tests, modelled on news sites."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tourpipe.webpage import Page, extract_page

SCRAPED = Path(__file__).parent / "data" / "scraped"
ENCODINGS = {"stepnye_vesti_shanghai.html": "cp1251"}  # as its site serves it (decoding: test_ingest)


def _page(name: str) -> Page:
    return extract_page((SCRAPED / name).read_bytes().decode(ENCODINGS.get(name, "utf-8")))


def test_a_page_with_metadata_gives_title_date_address_and_site():
    page = _page("steppe_daily_urumqi.html")
    assert page.title == "Kazakh journalists tour Urumqi software park"  # og:title, not "<title> | Steppe Daily"
    assert page.published == date(2024, 5, 17)  # article:published_time
    assert page.url == "https://steppe-daily.example/news/2024/05/17/kazakh-journalists-tour-urumqi-software-park"
    assert page.source == "Steppe Daily"  # og:site_name


def test_a_page_keeps_the_article_and_drops_the_site_around_it():
    lines = _page("steppe_daily_urumqi.html").text.split("\n")
    assert lines[0] == "Kazakh journalists tour Urumqi software park"
    assert lines[1].startswith("A delegation of twelve journalists from Kazakhstan visited")
    assert lines[-1] == "The group will also visit Kashgar and Khorgos before returning to Almaty next week."
    text = "\n".join(lines)
    for furniture in ("Politics", "Ru Kz", "Share:", "No comments yet", "Related news", "Astana hosts investment forum",
                      "All rights reserved", "Contacts"):
        assert furniture not in text


def test_a_page_without_metadata_gives_its_text_and_no_invented_fields():
    page = _page("stepnye_vesti_shanghai.html")
    assert page.text.split("\n")[0] == "Журналисты из Казахстана посетили технопарк в Шанхае"
    assert "посетила более 120 предприятий" in page.text and "Все новости" not in page.text
    assert (page.url, page.source) == (None, None)


def test_relative_canonical_links_resolve_against_the_address_the_page_came_from():
    html = ("<html><head><link rel='canonical' href='/news/42'><title>Park opens</title></head><body><article>"
            "<h1>Park opens</h1><p>The new technology park in Almaty opened with 40 resident companies.</p>"
            "</article></body></html>")
    assert extract_page(html, url="https://steppe-daily.example/news/42?utm=x").url.startswith("https://steppe-daily.example")


@pytest.mark.parametrize("html", ["<html></html>", "   ", "<html><head><title>Steppe Daily</title></head><body></body></html>",
                                  "Plain words and no markup at all."])
def test_a_page_with_no_article_gives_no_text(html):
    assert extract_page(html).text == ""


def test_dates_come_from_the_page_metadata_only_and_the_same_every_day():
    """No date from the body text ("extensive search"), and no "not after today" limit that would change with
    the day the page is read."""
    body = "<body><article><h1>Forum</h1><p>The forum, held on 3 March 2031, gathered 400 delegates in Astana.</p></article></body>"
    assert extract_page(f"<html><head></head>{body}</html>").published is None
    future = f"<html><head><meta property='article:published_time' content='2031-03-03'></head>{body}</html>"
    assert extract_page(future).published == date(2031, 3, 3)


def test_extraction_never_touches_the_network(monkeypatch):
    """Pages are read offline: no download of the canonical address, no lookup of the site's name."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access during extraction")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = _page("steppe_daily_urumqi.html")
    assert page.source == "Steppe Daily" and page.published == date(2024, 5, 17)
