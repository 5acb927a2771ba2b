"""Cleaner rules for shapes seen on unseen sites: bracketed caption credits, interview transcripts,
standfirsts without a full stop, captions under the last paragraph, contact lines. All lines are made up."""
from __future__ import annotations

import pytest

from tourpipe.cleaning import clean_text
from tourpipe.cleaning.rules import is_speech, strong_reason

# the same made-up article bodies and helpers as the main cleaner tests
from tourpipe_tests.test_cleaning import BODY_EN, BODY_RU, _page, _reasons  # noqa: E402

# ---- a caption closed (or opened) by a bracketed photo/video credit is a credit line ----------------------

@pytest.mark.parametrize("line", [
    "Workers unload a container at the dry port on Tuesday. [Photo by Arman Beisen/portdaily.kz]",
    "Workers unload a container at the dry port on Tuesday.[Photo/portdaily.kz]",
    "A drone sprays a cotton field near Korla. The region plans to double its fleet. [Video by Li Na/CGTN] |",
    "[Photo/Eastwind] Workers unload a container at the dry port on Tuesday.",
    "Рабочие разгружают контейнер в сухом порту во вторник. [Фото: пресс-служба порта]",
    "Trucks queue at the border crossing in Horgos, June 5, 2024. (Eastwind/Marat Seitkali)",
    "The new terminal at sunset, where more than 40 freight trains are handled every week, as seen from the "
    "control tower of the logistics centre during the evening shift on the first day of the summer schedule. "
    "[Photo by Dana Omarova/harbornews.example.com]",
])
def test_caption_with_a_bracketed_credit_is_furniture(line):
    result = clean_text(_page("Port city hosts reporters", BODY_EN[0], line, *BODY_EN[1:]))
    assert _reasons(result)[line] == "credit"
    assert all(b in result.clean_text for b in BODY_EN)


def test_article_on_one_line_with_a_bracketed_credit_inside_is_kept():
    one_line = " ".join([BODY_EN[0], "Workers unload a container. [Photo/portdaily.kz]", *BODY_EN[1:]] * 3)
    result = clean_text(_page("Port city hosts reporters", one_line))
    assert one_line in result.clean_text


# ---- transcripts: a speaker label before a whole sentence is article text -------------------------------

@pytest.mark.parametrize("line", [
    "Correspondent: The line of trucks at the gate is several kilometres long. How soon will it move?",
    "Q: How many freight trains will cross the border this year?",
    "Journalist: Local farmers say the new road has cut their travel time in half.",
    "Корреспондент: Очередь из фур растянулась на несколько километров. Что делается для её сокращения?",
    "Вопрос: Сколько поездов пройдёт через станцию в этом году?",
    "Marat Seitkali: We opened two more lanes for trucks last month, and waiting times fell sharply.",
])
def test_speaker_label_before_a_sentence_is_body(line):
    assert is_speech(line)
    body = BODY_RU if any("а" <= ch <= "я" for ch in line.lower()) else BODY_EN
    result = clean_text(_page("Reporters tour the border crossing", body[0], line, *body[1:]))
    assert line in result.clean_text.splitlines()


@pytest.mark.parametrize("line", [
    "Correspondent: Aliya Nurlanova",
    "Reporter: Ivan Petrov, Kazinform, Astana bureau.",
    "Корреспондент: Алия Нурланова",
    "Корреспондент отдела экономики Eastwind News",
    "Editor: Zhou Min",
    "Photo: Visitors look at the new robot arm at the exhibition on Thursday.",
])
def test_short_credit_labels_stay_furniture(line):
    assert not is_speech(line)
    assert strong_reason(line) in ("credit", "byline")


# ---- a standfirst without a final full stop under the headline is article text ---------------------------

def test_short_standfirst_without_full_stop_is_kept():
    deck = "Партнёры договорились о совместном строительстве нового контейнерного терминала у границы"
    body = ["Строительство нового контейнерного терминала начнётся весной, сообщили в министерстве транспорта.",
            "Терминал у границы сможет обрабатывать до 500 тысяч контейнеров в год, заявили партнёры.", *BODY_RU]
    result = clean_text(_page("ТАСС", "Экономика", "Казахстан и Китай построят терминал", "", deck, "", *body), "ru")
    assert deck in result.clean_text.splitlines()
    assert "Экономика" not in result.clean_text.splitlines()


def test_rubric_under_the_headline_is_not_a_standfirst():
    rubric = "Uzbekistan and China: keys to the future of the region"
    result = clean_text(_page("Reporters tour the logistics hub", rubric, *BODY_EN))
    assert rubric not in result.clean_text.splitlines()


# ---- after the body: a lone caption stays, related headlines go ------------------------------------------

def test_uncredited_caption_under_the_last_paragraph_is_kept_before_related_list():
    caption = "Участники поездки у входа в выставочный центр в Урумчи"
    raw = _page("Журналисты посетили технопарк", *BODY_RU, "", caption, "", "Добавить в избранное", "Распечатать",
                "Закрыть", "Связанные статьи", "Экспорт зерна в Китай вырос на треть за полгода",
                "В Астане открылся новый логистический центр")
    result = clean_text(raw, "ru")
    assert caption in result.clean_text.splitlines()
    reasons = _reasons(result)
    assert reasons["Экспорт зерна в Китай вырос на треть за полгода"] == "related_headline"
    assert reasons["В Астане открылся новый логистический центр"] == "related_headline"
    assert reasons["Добавить в избранное"] == "widget"


def test_single_related_headline_after_a_header_is_removed():
    raw = _page("Reporters tour the hub", *BODY_EN, "Related news", "Grain exports to China reach a record")
    assert _reasons(clean_text(raw))["Grain exports to China reach a record"] == "related_headline"


def test_title_case_line_under_the_body_is_still_furniture():
    tags = "Kazakhstan China Trade Logistics Agriculture News"
    assert tags not in clean_text(_page("Reporters tour the hub", *BODY_EN, tags)).clean_text


@pytest.mark.parametrize("line", [
    "Contact the writers at desk@harbornews.example.com",
    "Write to the newsroom: news@eastwind.kz",
    "Send your questions to press@eastwind.kz",
])
def test_contact_line_after_the_body_is_furniture(line):
    result = clean_text(_page("Reporters tour the hub", *BODY_EN, "", line))
    assert line not in result.clean_text.splitlines()
    assert result.clean_text.splitlines()[-1] == BODY_EN[-1]


def test_body_sentence_with_an_email_address_is_kept():
    line = "Applications can be sent to the park's office at apply@riverbend.example.com until March 1."
    result = clean_text(_page("Reporters tour the hub", BODY_EN[0], line, *BODY_EN[1:]))
    assert line in result.clean_text.splitlines()


# ---- menu bars the lexicons only partly know ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "首页 动态 消费 创业 汽车 快讯 热点 手机版",
    "Home | About us | Economy | Partners | Contacts",
    "Главная  Экономика  Наши авторы  Контакты",
])
def test_menu_bar_is_navigation_and_not_the_title(line):
    zh = line.startswith("首页")
    headline = "今日热评!多国记者走进西部新城 感受绿色发展" if zh else "Reporters tour the logistics hub"
    body = ["示例新闻网5月10日讯,来自十余个国家的二十多名记者来到西部新城,进行了为期三天的采访活动。",
            "据悉,这些记者深入了解了城市建设、人文历史和生态环境,并参观了湖边的新书店。"] if zh else BODY_EN
    result = clean_text(_page(line, "", headline, "", *body), "zh" if zh else "en")
    assert _reasons(result)[line] == "navigation"
    assert result.title == headline


@pytest.mark.parametrize("line", [
    "多国记者走进西部新城 感受绿色发展",
    "Officials said the trade, energy and transport talks went well",
    "Kazakh and Chinese officials  met again in Astana on Friday",
])
def test_spaced_headlines_are_not_menus(line):
    from tourpipe.cleaning.rules import is_menu
    assert not is_menu(line)


# ---- inline credits glued into a kept line (one-line pages) ---------------------------------------------

@pytest.mark.parametrize("text,credit", [
    ("Глава региона провёл встречу с инвесторами. Фото: Акорда На встрече обсудили транзит.", "Фото: Акорда"),
    ("Trucks queue at the gate. (Eastwind/Marat Seitkali) Officials said the wait is shorter.",
     "(Eastwind/Marat Seitkali)"),
    ("Both sides signed the deal in May. (Reporting by Anna Kim in Almaty; Editing by Tom Reed)",
     "(Reporting by Anna Kim in Almaty; Editing by Tom Reed)"),
    ("图为5月9日拍摄的新城。新华社记者 王明 摄 据悉,记者们参观了书店。", "新华社记者 王明 摄"),
    ("代表在基地拍摄盛开的鲜花。（李华 摄）随后一行人来到湖边。", "（李华 摄）"),
    ("示例新闻网5月10日讯(记者 王明)来自十余个国家的记者来到新城。", "(记者 王明)"),
])
def test_inline_credit_shapes_are_reported(text, credit):
    from tourpipe.cleaning import inline_furniture
    assert [text[s:e] for s, e, _ in inline_furniture(text)] == [credit]


@pytest.mark.parametrize("text", [
    "The tenge weakened against the euro over the week (USD/Euro Rate).",
    "The study (funded by the ministry in Astana) was released on Monday.",
    "Фото и видео с места событий публикуют местные СМИ.",
    "记者们表示,这里的发展速度令人印象深刻。",
])
def test_prose_has_no_inline_credit(text):
    from tourpipe.cleaning import inline_furniture
    assert inline_furniture(text) == []


# ---- a caption closed by its photo credit is furniture, whole ----------------------------------------------

@pytest.mark.parametrize("line", [
    "Bloggers tour the Aktau seaport, the largest on the Caspian. The port handles 20 ships a day. Photo: Aidos Serik/KT",
    "The delegation visited a dairy farm near Kostanay on May 3. (Photo provided to the Steppe Herald)",
    "Visitors at the new terminal on Thursday. (Photo by Li Ming",
    "Reporters in the assembly hall. (KZNewsfoto/Lanzhou Publicity Office)",
    "The guests at the rail terminal. (Photo/Xi'an Bureau)",
])
def test_a_caption_closed_by_its_photo_credit_is_furniture(line):
    assert strong_reason(line) == "credit"


@pytest.mark.parametrize("line", [
    "The minister said the photo: it was a good day for everyone involved in the talks and the trade deals.",
    "The exhibition showed 300 photos by local artists and drew 2,000 visitors in its first week.",
    "The plant makes 300 cars a day. (Its parent also owns a photo/video studio in Shenzhen.)",
])
def test_a_sentence_mentioning_photos_is_body(line):
    assert strong_reason(line) is None


# ---- a page hard-wrapped at a fixed width has its sentences joined again -----------------------------------

WRAPPED_EN = ("Officials from Aktobe and Gansu have signed\n"
              "a memorandum on a joint cement plant worth $80 million, the regional\n"
              "administration said. Construction is to begin next spring, and the plant\n"
              "will employ about 400 people from the surrounding districts.")
WRAPPED_RU = ("Делегация из Ганьсу посетила\n"
              "промышленную зону Актобе, где китайская компания\n"
              "построит цементный завод стоимостью 80 млн долларов, сообщили\n"
              "в акимате области.")


@pytest.mark.parametrize("wrapped", [WRAPPED_EN, WRAPPED_RU])
def test_a_hard_wrapped_paragraph_is_one_line(wrapped):
    result = clean_text(_page("Aktobe and Gansu sign cement plant deal", "", wrapped, "", BODY_EN[0]))
    assert wrapped.replace("\n", " ") in result.clean_text.splitlines()
    assert BODY_EN[0] in result.clean_text.splitlines()


def test_a_lone_line_break_before_lower_case_stays():
    # a headline without a stop over a lower-case standfirst is two lines of the page's own, not one wrapped line
    page = _page("Aktobe and Gansu sign cement plant deal", "by our correspondent in Aktobe", "", *BODY_EN)
    lines = clean_text(page).clean_text.splitlines()
    assert "Aktobe and Gansu sign cement plant deal by our correspondent in Aktobe" not in lines
    assert all(b in lines for b in BODY_EN)


def test_a_hard_wrapped_quotation_is_one_line():
    # the page's sentences run on in lower case, and a quotation's sentence breaks too (upper case after a stop)
    quote = ("«We plan to build a cement plant in Aktobe that will employ about\n"
             "400 people. Our company has built similar plants in Gansu\n"
             "and Qinghai,» said Li Wen, head of the company.")
    page = _page("Aktobe and Gansu sign cement plant deal", "", WRAPPED_EN, quote, BODY_EN[0])
    lines = clean_text(page).clean_text.splitlines()
    assert quote.replace("\n", " ") in lines
    assert WRAPPED_EN.replace("\n", " ") in lines  # ... not joined to the quotation after it: its sentence ended


def test_a_hard_wrapped_name_is_joined_and_a_headline_is_not():
    # the lines break wherever the width runs out, before a capital too ("Arman\nBekov"); the headline stays apart
    body = ("Officials from Aktobe and Gansu have signed a memorandum on a cement plant,\n"
            "the regional administration said. The deputy governor of the region, Arman\n"
            "Bekov, said construction is to begin next spring and the plant will employ\n"
            "about 400 people from the surrounding districts of the Aktobe region, where\n"
            "unemployment has been high since the old brick works closed in the nineties.")
    lines = clean_text(_page("Aktobe and Gansu sign cement plant deal", body)).clean_text.splitlines()
    assert lines == ["Aktobe and Gansu sign cement plant deal", body.replace("\n", " ")]
