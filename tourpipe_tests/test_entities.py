"""Entity extraction on hand-written English and Russian sentences, with the real models."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tourpipe.entities import extract_entities
from tourpipe.entities.canonical import canonical_names
from tourpipe.entities.russian import lemmatize_ru


def _one(text: str, lang: str = "en"):
    return next(extract_entities([text], lang=lang))


def _pairs(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in _one(text, lang)}


@pytest.fixture(scope="module", autouse=True)
def _warm_models():
    # load each model once for the module so individual tests stay fast
    _one("Warm up in Astana.")
    _one("Прогрев в Астане.", "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation toured the Pudong Riverside Innovation Park on Tuesday.", {("Pudong Riverside Innovation Park", "FAC"), ("Tuesday", "DATE")}),
        ("Officials from the Minhang District met investors in Chengdu.", {("Minhang District", "GPE"), ("Chengdu", "GPE")}),
        ("Reporters visited the Qingdao Free Trade Zone and the Yantai Port.", {("Qingdao Free Trade Zone", "FAC"), ("Yantai Port", "FAC")}),
        ("The forum opened on March 3, 2025 in Almaty.", {("March 3, 2025", "DATE"), ("Almaty", "GPE")}),
        ("Uzbek engineers joined the project in 2019.", {("Uzbek", "NORP"), ("2019", "DATE")}),
    ],
)
def test_english_labels_and_spans(text, expected):
    assert expected <= _pairs(text)


def test_no_leading_the_or_possessive():
    ents = _one("Kazakhstan's envoy praised the Astana International Financial Centre and Mongolia's herders.")
    texts = {e.text for e in ents}
    assert "Kazakhstan" in texts and "Mongolia" in texts
    assert not any(t.startswith("the ") or t.endswith(("'s", "’s")) for t in texts)


def test_spans_never_cross_line_breaks_and_slice_the_source():
    text = "Visit of the Harbin Ice Museum\nGuests from Georgia arrived\n\nBeijing hosted them on Friday."
    ents = _one(text)
    assert ents
    for e in ents:
        assert "\n" not in e.text
        assert text[e.start_char : e.end_char] == e.text


def test_flat_longest_name_wins():
    text = "Engineers work at the Science Park of Nanjing University every day."
    ents = _one(text)
    assert ("Science Park of Nanjing University", "FAC") in {(e.text, e.label) for e in ents}
    spans = sorted((e.start_char, e.end_char) for e in ents)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_only_output_labels_and_calendar_dates():
    text = "The three-day trip cost 2 million yuan, and today 40 percent of the 12 firms joined on Monday."
    labels = {e.label for e in _one(text)}
    assert labels <= {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "EVENT"}
    assert {e.text for e in _one(text) if e.label == "DATE"} == {"Monday"}


def test_language_names_are_not_nationalities():
    pairs = _pairs("The website works in English, Turkish and Kazakh, and sells Turkish carpets.")
    assert ("Turkish", "NORP") in pairs  # the adjective before "carpets"
    assert ("English", "NORP") not in pairs


def test_appositive_makes_a_person():
    assert ("Marzhan", "PERSON") in _pairs("Marzhan, a reporter from Almaty, said the visit was useful.")


@pytest.mark.parametrize("role", ["a well-known columnist", "a political observer", "a travel writer"])
def test_an_appositive_of_a_writers_role_makes_a_person(role):
    """The model may take a one-word name for a place; a columnist, an observer or a writer after it says who."""
    text = f"After visiting a rice farm in Kashgar, Nsongo, {role} from the Congo, said rice grows there too."
    assert ("Nsongo", "PERSON") in _pairs(text)


def test_surname_resolves_to_full_name_in_document():
    ents = _one("Aigerim Nurlanova, an editor, toured the park. Nurlanova said the tour was useful.")
    canon = {e.text: e.canonical for e in ents if e.label == "PERSON"}
    assert canon.get("Nurlanova") == "Aigerim Nurlanova"


def test_event_names():
    pairs = _pairs('The city held the third "Silk Road Media Days" series and the Eurasian Digital Forum.')
    assert ("Silk Road Media Days", "EVENT") in pairs
    assert ("Eurasian Digital Forum", "EVENT") in pairs


# --- English rules for names the small model mistypes or misses (hand-written sentences) ---------------------


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # head words decide the type
        ("The plant sits near the Bartogay Reservoir and the Charyn River.", {("Bartogay Reservoir", "LOC"), ("Charyn River", "LOC")}, set()),
        ("Guests saw the Aktobe Logistics Center and met Altyn Zholy Railways.", {("Aktobe Logistics Center", "FAC"), ("Altyn Zholy Railways", "ORG")}, set()),
        # gazetteer: exact known names keep their real type
        ("Officials from Samruk-Kazyna met bankers in Yining.", {("Samruk-Kazyna", "ORG"), ("Yining", "GPE")}, set()),
        # wire datelines and agency credits
        ("ASTANA – Officials met bankers on Tuesday.", {("ASTANA", "GPE"), ("Tuesday", "DATE")}, set()),
        ("TASHKENT, June 3 (Xinhua) -- Uzbek farmers signed deals.", {("TASHKENT", "GPE"), ("Xinhua", "ORG")}, set()),
        ("Bishkek, March 2, 2023 /AKIpress/. Kyrgyz reporters flew to Kashgar.", {("AKIpress", "ORG"), ("Kyrgyz", "NORP")}, set()),
        # outlets named by web address, numbered channels, acronyms
        ("The deal was reported by Tengrinews.kz and confirmed by kapital.kz on Friday.", {("Tengrinews.kz", "ORG"), ("kapital.kz", "ORG")}, set()),
        ("Elmira Kassymova, a journalist with the Jibek Joly 7 channel, filmed the port.", {("Jibek Joly 7", "ORG"), ("Elmira Kassymova", "PERSON")}, set()),
        ("Operators signed a deal with KTZE for 40 MW of solar power and 900 TEU of freight.", {("KTZE", "ORG")}, {("MW", "ORG"), ("TEU", "ORG")}),
        # cue nouns next to a name
        ("Investment grew by a third, Vlastnews reports.", {("Vlastnews", "ORG")}, set()),
        ("Trains wait at Zhaisan station before crossing.", {("Zhaisan", "FAC")}, set()),
        ("Crews laid the Saryozek–Kyzylzhar railway last year.", {("Kyzylzhar", "FAC")}, {("Kyzylzhar", "PERSON")}),
        # a given name makes a person, curly apostrophes don't split a name
        ("Talgat Ospanov from Qazaq Radio said the trip was useful.", {("Talgat Ospanov", "PERSON")}, set()),
        ("Trains run from Yan’an to Lodz in 15 days.", {("Yan’an", "GPE")}, set()),
        # dash compounds, product models, seasons
        ("Leaders met at the China–Arab States Summit in Riyadh.", {("China–Arab States Summit", "EVENT")}, {("Arab States Summit", "EVENT")}),
        ("Plants will assemble Haval 7 crossovers in Kostanay.", {("Kostanay", "GPE")}, {("Haval 7", "ORG")}),
        # seasons are dates only with a year or as "the season of ..."; relative ones ("this spring") are not
        ("Traders fear the cold in winter, but this spring looks better.", set(), {("winter", "DATE"), ("this spring", "DATE")}),
        ("Sales doubled last autumn and in spring 2024, a rise in the season of summer.", {("spring 2024", "DATE"), ("summer", "DATE")},
         {("last autumn", "DATE"), ("autumn", "DATE")}),
        ("Exports rose this year after a dip last year.", set(), {("this year", "DATE"), ("last year", "DATE")}),
        # Turkmen regions and towns the small model takes for organisations
        ("The President toured the Lebap velayat and the Dashoguz region.", {("Lebap", "GPE"), ("Dashoguz", "GPE")},
         {("Lebap", "ORG"), ("Dashoguz", "ORG")}),
        # a title alone names no one: "Extraordinary" of "Ambassador Extraordinary and Plenipotentiary"
        ("Omsk Governor Meets Chinese Ambassador\n\n\nGovernor of Omsk Region Ivan Petrov and Ambassador Extraordinary "
         "and Plenipotentiary of China Li Hui held a working meeting.", {("Ivan Petrov", "PERSON"), ("Li Hui", "PERSON")},
         {("Extraordinary", "PERSON"), ("Governor", "PERSON")}),
        # a day after a name is when, not part of it
        ("A delegation from Harbin visited the Moscow Chamber of Commerce on Monday.",
         {("Moscow Chamber of Commerce", "ORG")}, {("Moscow Chamber of Commerce on Monday", "ORG")}),
    ],
)
def test_english_rules(text, present, absent):
    pairs = _pairs(text)
    assert present <= pairs
    assert not absent & pairs


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a title and its portfolio before a name are not part of it
        ("Uzbek Deputy Minister of Energy Rustam Kholmatov told reporters at the site that 900 workers were hired.",
         {("Rustam Kholmatov", "PERSON"), ("Uzbek", "NORP")}, {("Energy Rustam Kholmatov", "ORG"), ("Energy Rustam Kholmatov", "PERSON")}),
        ("Tajik Minister of Industry Sherali Kabir told reporters the plant would open.", {("Sherali Kabir", "PERSON"), ("Tajik", "NORP")},
         {("Tajik Minister of", "PERSON")}),
        ("Kazakh Minister of Foreign Affairs Murat Nurtleu met the delegation.", {("Murat Nurtleu", "PERSON")}, set()),
        ("President Xi Jinping met President Kassym-Jomart Tokayev in Astana.", {("Xi Jinping", "PERSON"), ("Kassym-Jomart Tokayev", "PERSON")}, set()),
        # "X-based Y": a place and an organisation
        ("Karaganda-based Steppe Agro signed a contract for 40 tractors.", {("Karaganda", "GPE"), ("Steppe Agro", "ORG")},
         {("Karaganda-based Steppe Agro", "ORG")}),
        ("Tashkent-based Silk Road Motors and Bishkek-based Ala-Too Energy joined.", {("Tashkent", "GPE"), ("Silk Road Motors", "ORG"),
         ("Bishkek", "GPE"), ("Ala-Too Energy", "ORG")}, set()),
        # a business word ends a company name, whatever the model's type
        ("Kazakh textile group Turan Tekstil signed a 3-year contract for smart looms.", {("Turan Tekstil", "ORG")}, {("Turan Tekstil", "PERSON")}),
        ("Tianma Robotics, one of the zone's tenants, showed a welding line.", {("Tianma Robotics", "ORG")}, set()),
        ("Merke Solar Power LLP signed the loan in Astana.", {("Merke Solar Power LLP", "ORG")}, {("Merke Solar Power LLP", "PERSON")}),
        # "the town of X" is a place
        ("A bank will build a wind farm near the town of Merke in Zhambyl region, the akimat said.", {("Merke", "GPE")}, {("Merke", "ORG")}),
        ("Reporters visited a farm near the village of Saty.", {("Saty", "GPE")}, set()),
        # Chinese names: family name and a pinyin given name, even at the start of a sentence; a credit after "/" is cut off
        ("Han Xiaodong, deputy director of the municipal bureau, said the expo was big.", {("Han Xiaodong", "PERSON")}, {("Han", "NORP")}),
        ("Zhou Lihua told reporters the route was busy.", {("Zhou Lihua", "PERSON")}, set()),
        ("Visitors watch a robot. [Photo by Zhang Wei/xinhua.net]", {("Zhang Wei", "PERSON")}, {("Zhang Wei/xinhua.net", "PERSON")}),
        # a transcript speaker and a later surname-only mention are the same person
        ("Bolat Kenzhebekov, deputy director of the zone: We opened two warehouses.\nKenzhebekov said they were full.",
         {("Bolat Kenzhebekov", "PERSON"), ("Kenzhebekov", "PERSON")}, {("Kenzhebekov", "ORG"), ("Kenzhebekov", "GPE")}),
        ("Yerbolat Sultanbekov said the warehouses were full.", {("Yerbolat Sultanbekov", "PERSON")}, set()),
        # railways and pipelines named by the places they join; a quoted part of a name belongs to it
        ("Builders of the Kazakhstan-China-Turkmenistan railway finished the bridge.", {("Kazakhstan-China-Turkmenistan railway", "FAC")},
         {("Turkmenistan", "FAC")}),
        ("The Central Asia-China gas pipeline carries gas east.", {("Central Asia-China gas pipeline", "FAC")}, set()),
        ('Trucks cross at the Joint Logistics Centre "Altyn Kazyna" every day.', {('Joint Logistics Centre "Altyn Kazyna"', "FAC")}, set()),
        # a Chinese name glued after an organisation or a host country; a possessive inside a person's span
        ("The deal was signed by the head of CRRC Group Sun Yongcai in Astana.", {("Sun Yongcai", "PERSON")}, {("CRRC Group Sun Yongcai", "ORG")}),
        ("Officials met the Chinese Ambassador to Kazakhstan Zhang Xiao on Monday.", {("Zhang Xiao", "PERSON"), ("Kazakhstan", "GPE")},
         {("Kazakhstan Zhang Xiao", "PERSON")}),
        ("Deals were signed during Kazakh Prime Minister Askar Mamin's China visit.", {("Askar Mamin", "PERSON")},
         {("Askar Mamin's China", "PERSON")}),
        ("The Chairman of the Board of Samruk-Kazyna signed it.", {("Samruk-Kazyna", "ORG")}, {("Board of Samruk-Kazyna", "ORG")}),
        # a title held "of" a place we know, then the name: the name is a person, not part of the place
        ("President of Tajikistan Emomali Rahmon met the minister in Dushanbe.", {("Emomali Rahmon", "PERSON")},
         {("Tajikistan Emomali Rahmon", "ORG")}),
        ("Akim of the Kostanay region, Archimedes Mukhambetov, told reporters about the projects.",
         {("Archimedes Mukhambetov", "PERSON")}, {("Archimedes Mukhambetov", "ORG")}),
        # a participle opening the sentence is no part of a name
        ("Exports grew.\nCongratulating Kazakhstan on its national holiday, Li said the friendship was old.",
         {("Li", "PERSON")}, {("Congratulating Kazakhstan", "PERSON")}),
        # a Chinese name puts the surname first: alone, it is the person
        ("Exports grew.\nSANY chief Duan Dawei met the minister. Duan did not give details of the deal.",
         {("Duan Dawei", "PERSON"), ("Duan", "PERSON")}, set()),
        # a well-known place the model overlooks after scraper noise
        ("date 2024-05-02 Shymkent Exports Up 3%\nExports grew.", {("Shymkent", "GPE")}, set()),
    ],
)
def test_english_boundary_and_type_rules(text, present, absent):
    pairs = _pairs(text)
    assert present <= pairs
    assert not absent & pairs


def test_generic_title_case_description_in_a_headline_is_no_name():
    text = "Foreign Bloggers Explore AI Industrial Park in Wuhu\nBloggers toured the Wuhu Jiangbei Industrial Park on Friday."
    pairs = _pairs(text)
    assert ("Wuhu Jiangbei Industrial Park", "FAC") in pairs
    assert not any(t == "AI Industrial Park" for t, _ in pairs)


def test_title_case_headline_is_cut_at_its_verb():
    text = "Central Asian Bloggers Explore Shymkent Industrial Zone\nBloggers from five countries came to Shymkent."
    pairs = _pairs(text)
    assert ("Shymkent Industrial Zone", "FAC") in pairs
    assert ("Central Asian", "NORP") in pairs
    assert not any(t.startswith("Central Asian Bloggers") for t, _ in pairs)


# --- Russian --------------------------------------------------------------------------------------------


def test_russian_people_places_orgs():
    text = "Министр энергетики Алмасадам Саткалиев встретился в Шанхае с руководством компании Sinopec."
    pairs = _pairs(text, "ru")
    assert ("Алмасадам Саткалиев", "PERSON") in pairs
    assert ("Шанхае", "GPE") in pairs
    assert ("Sinopec", "ORG") in pairs


def test_russian_label_repair_by_head_word():
    text = "Делегация посетила Алматинскую область и технопарк «Алатау», а также Восточно-Казахстанский университет."
    labels = {e.text: e.label for e in _one(text, "ru")}
    assert labels.get("Алматинскую область") == "GPE"


def test_russian_dates():
    text = "Соглашение подписали 24 мая 2024 года, а в 2023 году объём торговли вырос. Встреча прошла в понедельник, сегодня итоги."
    dates = {e.text for e in _one(text, "ru") if e.label == "DATE"}
    assert {"24 мая 2024 года", "2023 году", "понедельник"} <= dates
    assert "сегодня" not in dates


def test_russian_nationality_adjectives():
    ents = _one("Китайские и казахстанские компании подписали соглашения с российскими банками.", "ru")
    norp = {e.text: e.canonical for e in ents if e.label == "NORP"}
    assert norp == {"Китайские": "Chinese", "казахстанские": "Kazakh", "российскими": "Russian"}


def test_russian_person_lemmatised_and_surname_resolved():
    ents = _one("Делегацию принял глава Минцифры Жаслан Мадиев. Позже Мадиев рассказал о планах.", "ru")
    persons = {e.text: e.canonical for e in ents if e.label == "PERSON"}
    assert persons.get("Мадиев") == "Жаслан Мадиев"


def test_canonical_shared_across_languages():
    en = _one("Kazakhstan's exports to China grew, Beijing said.")
    ru = _one("Экспорт Казахстана в Китай вырос, сообщили в Пекине.", "ru")
    en_c = {e.canonical for e in en}
    ru_c = {e.canonical for e in ru}
    assert {"Kazakhstan", "China", "Beijing"} <= en_c & ru_c


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # quoted names take their type from the noun before them, and share it across a list
        ("Делегацию пригласил форум «Евразия – Медиа» в Астане.", {("Евразия – Медиа", "EVENT")}, set()),
        ("Участники пресс-тура «Новый Шелковый путь» посетили Кашгар.", {("Новый Шелковый путь", "EVENT")}, set()),
        ("Грузы идут через терминал «Алтынколь-2» и станцию Достык.", {("Алтынколь-2", "FAC"), ("Достык", "GPE")}, {("Алтынколь-2", "ORG")}),
        ("Репортажи подготовили телеканал «Астана 7» и «Жетысу».", {("Астана 7", "ORG"), ("Жетысу", "ORG")}, set()),
        # an organisation runs over its genitive country; an embassy with its host country is one name
        ("Встречу провела Ассоциация издателей Кыргызстана.", {("Ассоциация издателей Кыргызстана", "ORG")}, {("Кыргызстана", "GPE")}),
        ("Делегацию принял представитель Министерства иностранных дел РФ.", {("Министерства иностранных дел РФ", "ORG")}, set()),
        ("Визит организован консульством КНР в Алматы.", {("консульством КНР в Алматы", "ORG")}, set()),
        # languages are not nationalities; ranges of months are one date; legal forms and СМИ are not names
        ("Передачи выходят на узбекском и таджикском языках, а газета печатается на английском языке.", set(),
         {("узбекском", "NORP"), ("таджикском", "NORP"), ("английском", "NORP")}),
        ("В марте – мае 2024 года экспорт вырос.", {("марте – мае 2024 года", "DATE")}, {("марте", "DATE")}),
        ("Об этом сообщает ТОО «Кедентранссервис».", {("Кедентранссервис", "ORG")}, set()),
        ("Представители СМИ посетили Urumqi Innovation Park и Kazakh Invest.", {("Urumqi Innovation Park", "FAC"), ("Kazakh Invest", "ORG")}, {("СМИ", "ORG")}),
        # known places natasha is silent about
        ("Караваны шли по Шелковому пути веками.", {("Шелковому пути", "LOC")}, set()),
        # a quarter or half of a year is one date
        ("Завод откроется в Павлодаре во втором квартале 2026 года.", {("втором квартале 2026 года", "DATE")}, {("2026 года", "DATE")}),
        ("В первом полугодии 2024 года экспорт вырос.", {("первом полугодии 2024 года", "DATE")}, set()),
        # a day written as an ordinal is part of its date
        ("Как сообщает пресс-служба, 13-го сентября документ подписан.", {("13-го сентября", "DATE")},
         {("сентября", "DATE")}),
        # СП is a joint venture, not a name; a brand after марки/бренда and before a glued Russian word
        ("Соглашение о создании СП подписали компания «Павлодар Агромаш» и китайская Lovol Heavy Industry.",
         {("Павлодар Агромаш", "ORG"), ("Lovol Heavy Industry", "ORG")}, {("СП", "ORG")}),
        ("Тракторы китайской марки Lovol соберут в Павлодаре.", {("Lovol", "ORG")}, set()),
        ("Делегация посетила завод бренда Haval в Костанае.", {("Haval", "ORG")}, set()),
        ("Блогер из Шымкента Дана Ахметова, на Telegram-канале которой 50 тыс. подписчиков, приехала в Урумчи.",
         {("Telegram", "ORG"), ("Дана Ахметова", "PERSON")}, {("Telegram-канале", "ORG")}),
        # an office and the place it governs, through a genitive chain, are one organisation
        ("Об этом сообщает пресс-служба акимата Павлодарской области.", {("акимата Павлодарской области", "ORG")},
         {("Павлодарской области", "GPE")}),
        ("Тур организовало Управление информации правительства Синьцзян-Уйгурского автономного района.",
         {("Управление информации правительства Синьцзян-Уйгурского автономного района", "ORG")}, set()),
        ("Поездка была организована Министерством культуры и информации Республики Казахстан.",
         {("Министерством культуры и информации Республики Казахстан", "ORG")}, set()),
        # «name» a genitive phrase after its company word; a truncated last word is no name
        ("Казахстанская ассоциация производителей молока «Сут Онимдери» подписала меморандум.", {("Сут Онимдери", "ORG")},
         {("Казахстанская ассоциация производителей молока «Сут Онимдери", "ORG")}),
        ("Ранее сообщалось, что экспорт муки в Ки", set(), {("Ки", "GPE")}),
        # Latin company names natasha misses; "во вторник"
        ("Договор подписали Qazaq Camel и Kashgar Tianlu Dairy Group Co о поставках молока.", {("Kashgar Tianlu Dairy Group Co", "ORG")}, set()),
        ("Об этом во вторник сообщил министр энергетики.", {("вторник", "DATE")}, set()),
        # natasha runs a country and the name after it (or its given name) into one place: the country and a person
        ("В рамках визита в Китайскую Народную Республику Бахтиёр Саидов посетил завод.",
         {("Китайскую Народную Республику", "GPE"), ("Бахтиёр Саидов", "PERSON")},
         {("Китайскую Народную Республику Бахтиёр", "GPE"), ("Саидов", "PERSON")}),
        ("В рамках визита в Китайскую Народную Республику Садыр Жапаров посетил завод.",
         {("Китайскую Народную Республику", "GPE"), ("Садыр Жапаров", "PERSON")}, set()),
        ("Делегация посетила Китайскую Народную Республику.", {("Китайскую Народную Республику", "GPE")}, set()),
        # a surname alone, in any case, is the person named in full before, where natasha saw nothing
        ("Нурсултан Назарбаев прибыл в Пекин.\nНазарбаев назвал их конструктивными и заявил о новых проектах.",
         {("Назарбаев", "PERSON")}, set()),
        # natasha takes the bracket after a name into it: the name ends before the bracket
        ("Редакторы совершили тур по Синьцзян-Уйгурскому автономному району (СУАР) Китая.",
         {("Синьцзян-Уйгурскому автономному району", "GPE")},
         {("Синьцзян-Уйгурскому автономному району (СУАР", "GPE")}),
        # the office of an unnamed region names no place
        ("Аким области Нурлан Жумабаев принял делегацию провинции Ганьсу.",
         {("Нурлан Жумабаев", "PERSON")}, {("Аким области", "GPE"), ("Аким области", "LOC")}),
        # a gerund opening the sentence is nobody, however the model tags it
        ("Предшествуя своему приезду, Си Цзиньпин подчеркнул важность сотрудничества.",
         {("Си Цзиньпин", "PERSON")}, {("Предшествуя", "PERSON")}),
    ],
)
def test_russian_rules(text, present, absent):
    pairs = _pairs(text, "ru")
    assert present <= pairs
    assert not absent & pairs


def test_russian_headline_gives_way_to_places():
    text = "Золотые ворота Алтынколя\nГрузы из Китая идут через Алтынколь круглый год."
    pairs = _pairs(text, "ru")
    assert ("Алтынколя", "GPE") in pairs
    assert not any(t.startswith("Золотые") for t, _ in pairs)


def test_rule_label_outvotes_the_model_within_a_document():
    ents = _one("OSH – Traders in Osh expect more trucks. Osh officials agree.")
    assert {e.label for e in ents if e.text in ("OSH", "Osh")} == {"GPE"}


def test_curly_and_straight_apostrophes_share_a_canonical_name():
    canon = {e.text: e.canonical for e in _one("Flights link Xi’an and Lanzhou; Xi'an grew fastest.")}
    assert canon["Xi’an"] == canon["Xi'an"]



@pytest.mark.parametrize(
    ("mentions", "lang", "expected"),
    [
        ([("КНР", "GPE")], "ru", ["China"]),
        ([("PRC", "GPE")], "en", ["China"]),
        # a typographic apostrophe in a country's official name ("People’s Republic of China")
        ([("People’s Republic of China", "GPE"), ("People's Republic of China", "GPE")], "en", ["China", "China"]),
        ([("США", "GPE")], "ru", ["United States"]),
        ([("Россией", "GPE")], "ru", ["Russia"]),
        ([("Kazakhstan", "GPE"), ("РК", "GPE")], "ru", ["Kazakhstan", "Kazakhstan"]),
        ([("РК", "GPE")], "ru", ["РК"]),  # ambiguous without a Kazakh context
        # a republic's abbreviation, in the context of the republic it stands for
        ([("Татарстана", "GPE"), ("РТ", "GPE")], "ru", ["Tatarstan", "Tatarstan"]),
        ([("Таджикистана", "GPE"), ("РТ", "GPE")], "ru", ["Tajikistan", "Tajikistan"]),
        ([("Кыргызстан", "GPE"), ("КР", "GPE")], "ru", ["Kyrgyzstan", "Kyrgyzstan"]),
        ([("Башкортостана", "GPE"), ("РБ", "GPE")], "ru", ["Bashkortostan", "Bashkortostan"]),
        ([("РТ", "GPE")], "ru", ["РТ"]),
        ([("Kazakhs", "NORP"), ("Chinese", "NORP")], "en", ["Kazakh", "Chinese"]),
        # an English spelling variant shares the Russian name's canonical one
        ([("Ferghana", "GPE"), ("Ferghana Region", "GPE")], "en", ["Fergana", "Fergana Region"]),
        ([("Фергана", "GPE")], "ru", ["Fergana"]),
        ([("Марата Карабаева", "PERSON")], "ru", ["Марат Карабаев"]),
        # Russian place names the dictionary does not know, in any case, and with their administrative words
        ([("Шэньси", "GPE"), ("Ганьсу", "GPE")], "ru", ["Shaanxi", "Gansu"]),
        ([("Синьцзяне", "GPE"), ("Хоргосу", "GPE"), ("Сычуани", "GPE"), ("Хэбэе", "GPE")], "ru",
         ["Xinjiang", "Khorgos", "Sichuan", "Hebei"]),
        ([("провинции Цзянсу", "GPE"), ("Нинся-Хуэйского автономного района", "GPE")], "ru", ["Jiangsu", "Ningxia"]),
        ([("Карагандинской области", "GPE"), ("Almaty Region", "GPE")], "ru", ["Karaganda Region", "Almaty Region"]),
        # ... also when the dictionary reads the region's adjective as a noun first ("атырауска")
        ([("Атырауской области", "GPE"), ("Мангистауской области", "GPE")], "ru", ["Atyrau Region", "Mangystau Region"]),
        # a town English news spells its own way
        ([("Джизаке", "GPE")], "ru", ["Jizzakh"]),
        # unknown: the lemma as English news spells it, so both languages share the name
        ([("Зеленоградске", "GPE"), ("Тюмени", "GPE")], "ru", ["Zelenogradsk", "Tyumen"]),
        # a place's adjective the tagger took for the place names the place; with "области" it is the region's
        ([("Урумчинский", "GPE"), ("Хамийскую", "GPE"), ("Шанхайский", "GPE"), ("Азиатский", "LOC")], "ru",
         ["Urumqi", "Hami", "Shanghai", "Азиатский"]),
        # a place we know spelt with marks is the place; one we do not know keeps its marks
        ([("Ürümqi", "GPE"), ("Almatý", "GPE"), ("Zürich", "GPE")], "en", ["Urumqi", "Almaty", "Zürich"]),
        # a name the dictionary reads only as a verb form is no verb: spelt as written, not as the verb's infinitive
        ([("Курля", "GPE")], "ru", ["Kurlya"]),
        # a district in any case; China by its literary name
        ([("Данковском районе", "GPE"), ("Поднебесную", "GPE")], "ru", ["Dankovsky District", "China"]),
        # Kashgar by its Chinese name
        ([("Kashi", "GPE")], "en", ["Kashgar"]),
        # a village in -ово is written alike in every case: "в Стризнево", not a plural "Стризневы"
        ([("Стризнево", "GPE")], "ru", ["Striznevo"]),
    ],
)
def test_canonical_names(mentions, lang, expected):
    assert canonical_names(mentions, lang) == expected


def test_phrase_lemmatisation_keeps_agreement():
    assert lemmatize_ru("Шанхайской зоны") == "Шанхайская зона"
    assert lemmatize_ru("Центральной Азии") == "Центральная Азия"


def test_canonical_is_deterministic_and_order_preserved():
    texts = ["Astana hosted Chinese firms.", "", "Nothing here.", "Shanghai and Urumqi signed a deal on May 5."]
    first = list(extract_entities(texts))
    second = list(extract_entities(texts))
    assert first == second and len(first) == 4 and first[1] == []


def test_unknown_language_yields_empty_lists():
    assert list(extract_entities(["Bonjour Paris", "x"], lang="fr")) == [[], []]


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_never_raises_and_spans_slice(text):
    for lang in ("en", "ru"):
        for e in _one(text, lang):
            assert text[e.start_char : e.end_char] == e.text and e.text


# --- general rules from the evaluation: affiliations, numbered stations, month ranges, bare months, codes ---------


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a capitalised pair before "of/from ORG said" or ", role of ORG, said" is a person; the organisation stands apart
        ("Aidar Bekov of Kazakh Invest said the plant would open.", {("Aidar Bekov", "PERSON"), ("Kazakh Invest", "ORG")},
         {("Aidar Bekov of Kazakh Invest", "ORG")}),
        ("Dana Almaty of Kazakh Invest said it was ready.", {("Dana Almaty", "PERSON")}, {("Dana", "GPE"), ("Almaty", "GPE")}),
        ("Timur Aksu of Khorgos Gateway said volumes grew.", {("Timur Aksu", "PERSON"), ("Khorgos Gateway", "FAC")}, set()),
        ("Sanjar Tashkent from KTZ told reporters the trains were full.", {("Sanjar Tashkent", "PERSON"), ("KTZ", "ORG")}, set()),
        ("Marat Zhumabayev, head of logistics at KTZ Express, said the trains were full.", {("Marat Zhumabayev", "PERSON")}, set()),
        ("Rao Abdul, an editor of Pakistan's The Express Tribune, said it.", {("The Express Tribune", "ORG")},
         {("Pakistan's The Express Tribune", "ORG")}),
        # a surname already seen as the end of a full name is that person, whatever the model made of it
        ("Gulnara Temir of Dala Agro said the harvest was good. Temir added that prices fell.",
         {("Gulnara Temir", "PERSON"), ("Temir", "PERSON"), ("Dala Agro", "ORG")}, {("Temir", "GPE"), ("Temir", "ORG")}),
        ("Berik Kaliyev of Kazakhstan Temir Zholy said traffic rose. Later Kaliyev of KTZ noted more.",
         {("Berik Kaliyev", "PERSON"), ("Kazakhstan Temir Zholy", "ORG"), ("Kaliyev", "PERSON")}, {("Later Kaliyev", "PERSON")}),
        # a place with a number is one place (a station)
        ("Trains left Almaty-1 station for Khorgos-2.", {("Almaty-1", "FAC"), ("Khorgos-2", "FAC")}, {("Almaty", "GPE")}),
        ("Cargo moved from Almaty-1 to Dostyk on Monday.", {("Almaty-1", "FAC"), ("Dostyk", "GPE")}, set()),
        # month ranges are one date; bare months after a preposition are dates
        ("Exports grew in January–August 2025.", {("January–August 2025", "DATE")}, {("January", "DATE"), ("August 2025", "DATE")}),
        ("Volumes rose from January to March.", {("January to March", "DATE")}, set()),
        ("The plant opens in April and the line by June; work began in May.", {("April", "DATE"), ("June", "DATE"), ("May", "DATE")}, set()),
        ("Farmers may plant earlier, and June Lee agreed.", set(), {("May", "DATE"), ("June", "DATE")}),
        # product codes are not organisations; a common noun opening a sentence is no name
        ("The SL-40 was shown at the fair. Engineers tested the KZ-200 near Almaty.", {("Almaty", "GPE")}, {("SL-40", "ORG"), ("KZ-200", "ORG")}),
        ("Fertilizer plants expand output.\nCamel milk sells well.\nRailway workers repair the track.", set(),
         {("Fertilizer", "ORG"), ("Camel", "ORG"), ("Railway", "ORG")}),
    ],
)
def test_english_general_rules(text, present, absent):
    pairs = _pairs(text)
    assert present <= pairs
    assert not absent & pairs


def test_headline_prefix_of_a_company_keeps_its_label():
    text = "Jiangxi Tongda Expands in Kazakhstan\nJiangxi Tongda Copper Co signed a deal in Astana on Monday."
    pairs = _pairs(text)
    assert {("Jiangxi Tongda", "ORG"), ("Jiangxi Tongda Copper Co", "ORG"), ("Kazakhstan", "GPE")} <= pairs
    assert ("Jiangxi", "GPE") not in pairs


def test_a_place_prefix_of_an_office_stays_a_place():
    text = "Officials of the Haidian District Government met reporters in Haidian District on Friday."
    pairs = _pairs(text)
    assert ("Haidian District", "GPE") in pairs


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Поезда отправились со станций Алматы-1 и Хоргос-2.", {("Алматы-1", "FAC"), ("Хоргос-2", "FAC")}, {("Алматы", "GPE")}),
        ("В январе–августе 2025 года экспорт вырос.", {("январе–августе 2025 года", "DATE")}, {("январе", "DATE")}),
        ("В апреле объём вырос, а к маю и в течение июня снизился.", {("апреле", "DATE"), ("маю", "DATE"), ("июня", "DATE")}, set()),
        ("С января по март перевезли грузы. До декабря планируют ещё.", {("января по март", "DATE"), ("декабря", "DATE")}, set()),
        ("Первомай отметили в Алматы.", {("Алматы", "GPE")}, {("Первомай", "DATE"), ("май", "DATE")}),
        ("Соглашение подписано 22 апреля 2025 г. в Астане.", {("22 апреля 2025 г.", "DATE")}, {("22 апреля 2025 г", "DATE")}),
        ("Проект завершат в 2025 г.", {("2025 г.", "DATE")}, set()),
        ("Самолёт Ан-148 и дрон KZ-200 показали на выставке.", set(), {("Ан-148", "ORG"), ("KZ-200", "ORG")}),
        ("Представители Министерства торговли и интеграции РК посетили завод.", {("Министерства торговли и интеграции РК", "ORG")},
         {("РК", "GPE"), ("Министерства торговли и интеграции", "ORG")}),
    ],
)
def test_russian_general_rules(text, present, absent):
    pairs = _pairs(text, "ru")
    assert present <= pairs
    assert not absent & pairs


def test_a_chinese_name_written_the_russian_way_is_a_person_where_the_model_found_nothing():
    """"Ли Вэй:" opening a paragraph: a Chinese family name (Palladius) and a short given name of Palladius syllables;
    "У" and "Е" are no family names here (they open Russian sentences)."""
    text = "Ли Вэй: «Мы планируем расширить производство».\nУ Китая большие планы, сказал Ван Ифань."
    pairs = _pairs(text, "ru")
    assert {("Ли Вэй", "PERSON"), ("Ван Ифань", "PERSON")} <= pairs
    assert not {p for p in pairs if p[0].startswith("У ")}


def test_a_russian_region_and_a_known_two_letter_town_are_places_with_their_english_names():
    """Russia's regions have English names of their own ("Пензенская область" -> "Penza Oblast", as atlases write
    them), and a known place of two letters is no fragment of a word ("Иу" is Yiwu, which natasha does not tag)."""
    text = "Делегация из Пензенской области посетила Иу и Ош, а губернатор Свердловской области побывал в Ли."
    got = {(e.text, e.label, e.canonical) for e in _one(text, "ru")}
    assert {("Пензенской области", "GPE", "Penza Oblast"), ("Свердловской области", "GPE", "Sverdlovsk Oblast"),
            ("Иу", "GPE", "Yiwu"), ("Ош", "GPE", "Osh")} <= got
    assert not {e for e in got if e[0] == "Ли"}  # two letters that name no known place stay a fragment


def test_a_russian_krai_written_as_a_region_or_territory_is_the_krai():
    """English news writes Russia's krais as regions and territories too ("the Primorsky Region", "Khabarovsk
    Territory"): one place, whose name is the krai's."""
    text = "Chinese firms will build plants in the Primorsky Region and in Khabarovsk Territory."
    got = {e.canonical for e in _one(text, "en") if e.label == "GPE"}
    assert {"Primorsky Krai", "Khabarovsk Krai"} <= got


def test_central_asian_regions_written_the_russian_way_have_their_english_names():
    """Tajikistan's regions, and the everyday name of East Kazakhstan, are known by their English names (else they
    stay in Cyrillic, and a transliteration gives "Vostochny Kazakhstan")."""
    text = "Делегация из Согдийской области посетила Хатлонскую область, а затем Восточный Казахстан."
    got = {(e.text, e.canonical) for e in _one(text, "ru")}
    assert {("Согдийской области", "Sughd Region"), ("Хатлонскую область", "Khatlon Region"),
            ("Восточный Казахстан", "East Kazakhstan Region")} <= got


def test_the_former_south_kazakhstan_region_has_its_english_name():
    """Older pages name Turkistan Region by its name before 2018: "Южно-Казахстанская область", "ЮКО"."""
    got = {(e.text, e.canonical) for e in _one("Глава Южно-Казахстанской области встретился с инвесторами.", "ru")}
    assert ("Южно-Казахстанской области", "South Kazakhstan Region") in got


@pytest.mark.parametrize("name, expected", [
    ("Зеленоградск", "Zelenogradsk"),
    ("Нижний Новгород", "Nizhny Novgorod"),  # the adjective ending is one "y"
    ("Елабуга", "Yelabuga"),  # "е" opening a word is "ye"
    ("Подъездной", "Podyezdnoy"),  # ... and after a hard sign, which is dropped
    ("Новосибирск", "Novosibirsk"),
    ("Ульяновская область", None),  # an administrative word: not a transliteration's job
    ("ООО", None),  # an abbreviation
    ("Турфанская", None),  # an adjective tagged as a name
    ("Zelenogradsk", None),  # already Latin
    ("Набережные Челны", "Naberezhnye Chelny"),
    ("Каменск-Уральский", "Kamensk-Uralsky"),  # a hyphenated city, not an adjective
    ("Суйфэньхэ", "Suifenhe"),  # Chinese written the Russian way: by syllable to pinyin, not letter by letter
    ("Цзиньхуа", "Jinhua"),
    ("Хуҷанд", None),  # a Tajik letter: half a transliteration names nothing
    ("Данковский район", "Dankovsky District"),  # a district named by its adjective: the designator in English
    ("Красный район", None),  # ... not an adjective of colour
    ("Эрдэнэт", "Erdenet"),  # syllables that look Chinese but read as none: letter by letter, never left Cyrillic
    ("Чувашия", "Chuvashia"),  # "-ия" is "-ia" in English news, not "-iya"
    ("Кабардино-Балкария", "Kabardino-Balkaria"),
])
def test_russian_place_names_are_romanized_as_english_news_writes_them(name, expected):
    from tourpipe.entities.places import romanized_place

    assert romanized_place(name) == expected


def test_a_name_before_a_lowercase_region_word_outvotes_the_models_other_labels_of_it():
    """"… in Zarkhond region" says Zarkhond is a place; where the model took the bare name for a person elsewhere in
    the article ("coming to Zarkhond," says …), the document's one label for the name is still the place."""
    from tourpipe.entities.cascade import Candidate
    from tourpipe.entities.english import _VOTABLE
    from tourpipe.entities.english.repair import repair_span
    from tourpipe.entities.spans import vote_labels

    text = "Investors will open 4 plants in Zarkhond region. “We keep coming to Zarkhond,” says Li Na. “Zarkhond is fine.”"
    spans = [(m.start(), m.end()) for m in re.finditer("Zarkhond", text)]
    repaired = repair_span(text, Candidate(*spans[0], "PERSON"))
    assert (repaired.label, repaired.prio) == ("GPE", 1)
    voted = vote_labels(text, (repaired, Candidate(*spans[1], "PERSON"), Candidate(*spans[2], "PERSON")),
                        _VOTABLE)
    assert [c.label for c in voted] == ["GPE", "GPE", "GPE"]


def test_a_spelling_with_the_other_final_takes_a_known_place_never_a_persons_name():
    from tourpipe.entities.places import _known_spelling

    assert _known_spelling("Hanzhou") == "Hangzhou"
    assert _known_spelling("Xi Jingping") is None  # "Xi Jinping" is a known name, but no place


@pytest.mark.parametrize("russian,pinyin", [
    ("Цзядин", "Jiading"), ("Сюйхан", "Xuhang"), ("Хэйхэ", "Heihe"), ("Чанцзи-Хуэй", "Changji-Hui"),
    ("Хуочэн", "Huocheng"), ("Хочэн", "Huocheng"), ("Ляньюньган", "Lianyungang"), ("Шичэнцзы", "Shichengzi"),
    # -нь for -н (pinyin -n for -ng) names a known place only the other way: the known place; else the letters
    ("Ханьчжоу", "Hangzhou"), ("Гуаньчжоу", "Guangzhou"), ("Ханьчжун", "Hanzhong"),
    # the hard sign parts two syllables, the second opening with a vowel letter
    ("Лунъянь", "Longyan"), ("Цзянъинь", "Jiangyin"),
])
def test_a_chinese_place_written_the_russian_way_gets_its_pinyin_name(russian, pinyin):
    """Russian news spells Chinese names by syllable (Palladius); a place no list knows is named in pinyin, as
    English news names it, not letter by letter ("Kheykhe")."""
    from tourpipe.entities.places import romanized_place

    assert romanized_place(russian) == pinyin


@pytest.mark.parametrize("phrase, nominative", [
    ("Эрдэнэт", "Эрдэнэт"),  # an unknown name ending in a consonant: no genitive plural of "Эрдэнэта"
    ("Эрэнхот", "Эрэнхот"),
    ("Эмиратов", "Эмираты"),  # a word the dictionary knows is still put in the nominative
])
def test_an_unknown_russian_name_ending_in_a_consonant_is_no_plural(phrase, nominative):
    from tourpipe.entities.russian.morphology import lemmatize_ru

    assert lemmatize_ru(phrase) == nominative


def test_a_russian_name_is_not_read_as_chinese():
    """... nor a hyphened one with one part only that reads as Chinese ("дэ" of "Улан-Удэ")."""
    from tourpipe.entities.places import romanized_place

    assert [romanized_place(n) for n in ("Тюмень", "Уфа", "Хоргос", "Улан-Удэ")] == [
        "Tyumen", "Ufa", "Khorgos", "Ulan-Ude"]


def test_a_chinese_place_name_that_does_not_decline_keeps_its_written_form():
    """The dictionary takes "Тяньчи" for a case of "Тяньча"; a Chinese name ending in a vowel does not decline, and
    is named from its written form. One ending in a consonant declines: "в Синьцзяне" is Xinjiang."""
    from tourpipe.entities.canonical import _chinese_form

    assert _chinese_form("Тяньчи", "Тяньча") == "Тяньчи"
    assert _chinese_form("Синьцзяне", "Синьцзян") == "Синьцзян"


@pytest.mark.parametrize("text, normal, english", [
    ("Будапеште", "Будапешт", "Budapest"),  # letters alone: "Budapesht"
    ("Вене", "Вена", "Vienna"), ("Парижа", "Париж", "Paris"), ("Каире", "Каир", "Cairo"),
    ("БУДАПЕШТ", "БУДАПЕШТ", "Budapest"),  # a dateline's capitals
])
def test_a_world_city_in_russian_takes_its_english_name(text, normal, english):
    """A city no list of ours knows, named as English news names it (the cities CLDR names time zones after)."""
    from tourpipe.entities.places import lookup_place

    assert lookup_place(text, normal) == english


def test_a_world_city_keeps_no_island_or_county_town_and_a_known_name_wins():
    from tourpipe.entities.places import _world_cities, lookup_place

    assert not [k for k in _world_cities() if " о-в" in k or "о-в " in k or "," in k]
    assert _world_cities()["мехико"] == "Mexico City"
    assert lookup_place("Алматы", "Алматы") == "Almaty"


def test_an_inflected_russian_city_is_not_a_world_city_of_that_spelling():
    """"в Туле" is Tula (its normal form), not Thule, the Greenland zone city spelled "Туле"."""
    from tourpipe.entities.places import lookup_place

    assert lookup_place("Туле", "Тула") != "Thule"


@pytest.mark.parametrize("name,region", [
    ("China", True), ("Amur Oblast", True), ("Jiangsu Province", True), ("North Kazakhstan Region", True),
    ("Xinjiang", True), ("Tatarstan", True),  # first-level regions whose names carry no designator
    ("Urumqi", False), ("Blagoveshchensk", False), ("Haidian", False), ("Karaganda", False),
])
def test_a_country_or_first_level_region_is_told_from_a_town(name, region):
    from tourpipe.entities.places import is_region

    assert is_region(name) is region


@pytest.mark.parametrize("russian,english", [("Пудун", "Pudong"), ("Сямынь", "Xiamen")])
def test_a_chinese_place_whose_russian_name_letters_would_misspell_is_an_alias(russian, english):
    """"Пудун" holds no syllable only Chinese names have, so the Palladius reading is not tried and letters alone
    would give "Pudun"; "Сямынь" is spelled by no Palladius syllable. Both are listed aliases."""
    from tourpipe.entities.places import lookup_place

    assert lookup_place(russian, russian) == english
