"""Furniture glued inside kept lines: the cleaner reports it, the extractors skip it, offsets stay put."""
from __future__ import annotations

from tourpipe.cleaning import clean_text, inline_furniture
from tourpipe.core import Document, analyze, find_facts, read_quotes


def test_date_prefix_and_inline_credits_are_found():
    text = (" date 2024-11-02 Ferry line opens on the Caspian\n"
            "The new terminal (фото с сайта portnews.kz) handled 12 ships. Crews waited [Photo by Aru Sadykova/aqtau.kz] "
            "for hours. Фото: marinetimes.kz")
    found = [(text[s:e].strip(), reason) for s, e, reason in inline_furniture(text)]
    assert found == [("date 2024-11-02", "date_prefix"), ("(фото с сайта portnews.kz)", "credit"),
                     ("[Photo by Aru Sadykova/aqtau.kz]", "credit"), ("Фото: marinetimes.kz", "credit")]


def test_a_photo_credit_with_its_adjective_is_found_whole_and_a_run_of_them_is_no_subject():
    # "Иллюстративное фото с сайта …" twice before the lede: both credits whole, and the lede's subject is the
    # delegation (the run of credits is blanked for the parser, not only the first)
    text = ("Иллюстративное фото с сайта www.example.kz Иллюстративное фото с сайта www.example.kz В Актобе с "
            "визитом находится делегация из города Карамай.")
    found = [(text[s:e].strip(), reason) for s, e, reason in inline_furniture(text)]
    assert found == [("Иллюстративное фото с сайта www.example.kz", "credit")] * 2
    events = analyze(text, "ru").events
    assert [(e.trigger, e.actor) for e in events] == [("визитом", "делегация из города Карамай")]


def test_a_masthead_glued_before_the_lede_is_found():
    text = "Pamir.Info | 03.10.2019 | Госкомитет и корпорация подписали соглашение.\nЦена 5 | 10.10.2020 | нет"
    found = [(text[s:e].strip(), reason) for s, e, reason in inline_furniture(text)]
    assert found == [("Pamir.Info | 03.10.2019 |", "date_prefix")]


def test_ordinary_sentences_have_no_inline_furniture():
    for text in ("The photo exhibition opened on Monday with 40 pictures.",
                 "He said the date of the visit was not yet set.",
                 "Фото и видео с места событий публикуют местные СМИ."):
        assert inline_furniture(text) == []


def test_cleaner_keeps_the_prefixed_headline_whole():
    raw = " date 2024-11-02 Ferry line opens on the Caspian\n\nThe operator said 12 ships will call at the port every month."
    cleaned = clean_text(raw)
    assert cleaned.clean_text.splitlines()[0] == "date 2024-11-02 Ferry line opens on the Caspian"
    assert cleaned.title == "Ferry line opens on the Caspian"


def test_extract_skips_entities_and_figures_inside_inline_furniture():
    text = "date 2024-11-02 Ferry line opens\nThe port of Aktau (фото с сайта port24.kz) handled 12 ships."
    result = analyze(text, "en")
    surfaces = [e.text for e in result.entities]
    assert "2024-11-02" not in surfaces and not any("port24" in s for s in surfaces)
    assert [f.value for f in result.facts] == [12.0]


def test_skipping_a_figure_keeps_equivalent_links_pointing_at_the_same_fact():
    text = "[Photo/2 agencies] The fund is 7 billion yuan ($1 billion)."
    kept = find_facts(Document.of("doc", text, "en"), [])
    assert [f.text for f in kept] == ["7 billion yuan", "$1 billion"]
    assert kept[1].equivalent_of == kept[0].span


PAGE = ("EN | РУС | ҚАЗ\n"
        "Home / Business / Trade\n"
        "\n"
        "   Kazakhstan and China sign 12 agreements worth $1.5 billion\n"
        "By Dana Omarova | 1,204 views\n"
        "\n"
        "  ASTANA – Kazakhstan and China signed 12 agreements worth $1.5 billion on Tuesday, the ministry said.\n"
        "The deals cover 30 joint projects in logistics and energy.\n"
        "\n"
        "Related news\n"
        "Grain exports rise by 40% in five years\n"
        "Rail freight to Europe doubles in 2 years\n")


def test_extract_cleans_a_page_but_offsets_index_the_page():
    result = analyze(PAGE, "en")
    for row in result.facts + result.entities:
        assert PAGE[row.start_char:row.end_char] == row.text
    values = sorted(f.value for f in result.facts)
    assert values == [12.0, 12.0, 30.0, 1.5e9, 1.5e9]  # nothing from the view counter or related headlines
    assert "Dana Omarova" not in {e.text for e in result.entities}
    assert all(PAGE.index("Related news") > f.start_char for f in result.facts)


def test_a_single_sentence_is_not_cleaned_away():
    for text in ("Over 6,000 Chinese companies operate in Kazakhstan.", "Shares fell 3% to $45.\nThe index rose 2%."):
        assert [f.value for f in analyze(text, "en").facts]


def test_a_sentence_told_after_a_date_prefix_is_reported_without_it():
    doc = Document.of("doc", "date 2022-02 Китай выделил 500 тысяч юаней на создание нового парка в Оше. "
                             "Об этом сообщили в мэрии города.", "ru")
    quotes, _ = read_quotes(doc, [])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Китай выделил 500 тысяч юаней на создание нового парка в Оше", "мэрии города")]
