"""Hand-written sentence tables for the events and quotes extractors (expected rows written from the text).

Entities are given by hand, so the tables test the extractors (and the parser), not the NER models. Each entity
is (surface, label, canonical); its first occurrence not yet taken is used.
"""
from __future__ import annotations

from datetime import date

from tourpipe.models import Entity


def mark(text: str, names) -> list[Entity]:
    out, taken = [], set()
    for surface, label, *canon in names:
        start = text.find(surface)
        while start in taken:
            start = text.find(surface, start + 1)
        assert start >= 0, surface
        taken.add(start)
        out.append(Entity(surface, label, start, start + len(surface), canon[0] if canon else surface))
    return out


# (id, lang, text, entities, published, expected events: dicts of the fields that must hold)
EVENTS = [
    ("en-visit-place-date", "en",
     "A delegation of Kazakh journalists visited the Zhangjiang Science City in Shanghai on May 14.",
     [("Kazakh", "NORP"), ("Zhangjiang Science City", "FAC"), ("Shanghai", "GPE"), ("May 14", "DATE")],
     date(2024, 5, 20),
     [dict(type="visit", trigger="visited", actor="A delegation of Kazakh journalists",
           target="the Zhangjiang Science City", place="Shanghai", date=date(2024, 5, 14), status="done")]),
    ("en-planned-weekday", "en", "The group will visit the Khorgos dry port on Friday.",
     [("Khorgos", "GPE"), ("Friday", "DATE")], date(2024, 5, 20),
     [dict(type="visit", trigger="visit", actor="The group", target="the Khorgos dry port", status="planned",
           date=date(2024, 5, 24))]),
    ("en-two-sites", "en", "The delegation went to the Yiwu International Trade Market and the Port of Xiamen.",
     [("Yiwu International Trade Market", "FAC"), ("Port of Xiamen", "FAC")], None,
     [dict(type="visit", trigger="went", actor="The delegation", target="the Yiwu International Trade Market"),
      dict(type="visit", trigger="went", actor="The delegation", target="the Port of Xiamen")]),
    ("en-not-visiting-professor", "en", "Professor Li Wei is a visiting professor at Nazarbayev University.",
     [("Li Wei", "PERSON"), ("Nazarbayev University", "ORG")], None, []),
    ("en-not-number-of-visitors", "en", "The number of visitors to the park reached two million last year.",
     [], None, []),
    ("en-not-attracting-investment", "en", "The industrial park is attracting investment from abroad.", [], None, []),
    ("en-not-existing-agreement", "en", "Under the 2019 agreement, the two sides exchanged customs data.",
     [("2019", "DATE")], None, []),
    ("en-agreement-amount", "en", "Kazakhstan and China signed 12 agreements worth $3 billion in Astana on Monday.",
     [("Kazakhstan", "GPE"), ("China", "GPE"), ("Astana", "GPE"), ("Monday", "DATE")], date(2024, 5, 22),
     [dict(type="agreement", trigger="signed", actor="Kazakhstan and China", place="Astana",
           date=date(2024, 5, 20), status="done", facts={"12 agreements", "$3 billion"})]),
    ("en-agreement-party", "en", "Kazakhstan signed a memorandum with Huawei on digital cooperation.",
     [("Kazakhstan", "GPE"), ("Huawei", "ORG")], None,
     [dict(type="agreement", trigger="signed", actor="Kazakhstan", target="Huawei", target_canonical="Huawei")]),
    ("en-investment-done", "en", "China Machinery Company has invested $5 million in a cement plant in Shymkent.",
     [("China Machinery Company", "ORG"), ("Shymkent", "GPE")], None,
     [dict(type="investment", trigger="invested", actor="China Machinery Company",
           actor_canonical="China Machinery Company", target="a cement plant", place="Shymkent", status="done",
           facts={"$5 million"})]),
    # a region's canonical name keeps its designator: the Almaty Region is not the city of Almaty
    ("ru-visit-region-keeps-designator", "ru", "Делегация посетила тепличный комплекс «Кайнар» в Алматинской области.",
     [("Кайнар", "FAC"), ("Алматинской области", "GPE", "Almaty Region")], None,
     [dict(type="visit", trigger="посетила", place="Almaty Region", status="done")]),
    ("en-visit-district-drops-designator", "en", "The delegation visited the Zhongguancun Science Park in Haidian District.",
     [("Zhongguancun Science Park", "FAC"), ("Haidian District", "GPE")], None,
     [dict(type="visit", trigger="visited", place="Haidian", status="done")]),
    ("en-investment-planned", "en", "Chinese companies plan to invest $1 billion in the Kazakh food industry.",
     [("Chinese", "NORP"), ("Kazakh", "NORP")], None,
     [dict(type="investment", trigger="invest", actor="Chinese companies", target="the Kazakh food industry",
           place="Kazakhstan", status="planned")]),
    ("en-tour-carries-actor-place-date", "en",
     "A Kazakh delegation arrived in Tianjin on Monday.\n"
     "They toured the Tianjin Port and then went to the Binhai Library.\n"
     "During the visit, they met local officials.",
     [("Kazakh", "NORP"), ("Tianjin", "GPE"), ("Monday", "DATE"), ("Tianjin Port", "FAC"),
      ("Binhai Library", "FAC")], date(2024, 6, 5),
     [dict(type="visit", trigger="arrived", actor="A Kazakh delegation", target="Tianjin", place="Tianjin",
           date=date(2024, 6, 3)),
      dict(type="visit", trigger="toured", actor="A Kazakh delegation", target="the Tianjin Port", place="Tianjin",
           date=date(2024, 6, 3)),
      dict(type="visit", trigger="went", actor="A Kazakh delegation", target="the Binhai Library",
           place="Tianjin", date=date(2024, 6, 3))]),
    ("en-negated", "en", "The delegation did not visit the cement plant.", [], None, []),
    ("en-inside-quotation", "en", '"We visited five factories in two days," said Li Wei, head of the delegation.',
     [("Li Wei", "PERSON")], None, []),
    ("en-headline-plan", "en", "Chinese investors to build poultry farm in Kazakhstan",
     [("Chinese", "NORP"), ("Kazakhstan", "GPE")], None,
     [dict(type="investment", trigger="build", actor="Chinese investors", target="poultry farm",
           place="Kazakhstan", status="planned")]),
    ("en-restatement-adds-nothing", "en",
     "Journalists from 12 countries visited the Xinjiang Software Park on Tuesday.\n"
     "The journalists' visit to the Xinjiang Software Park lasted three hours.",
     [("Xinjiang Software Park", "FAC"), ("Tuesday", "DATE"), ("Xinjiang Software Park", "FAC")],
     date(2024, 9, 12),
     [dict(type="visit", trigger="visited", actor="Journalists from 12 countries",
           target="the Xinjiang Software Park", date=date(2024, 9, 10), facts={"12 countries"})]),
    ("ru-visit-place-date", "ru",
     "Делегация казахстанских журналистов посетила технопарк «Чжунгуаньцунь» в Пекине 12 апреля.",
     [("казахстанских", "NORP", "Kazakh"), ("Чжунгуаньцунь", "FAC"), ("Пекине", "GPE", "Beijing"),
      ("12 апреля", "DATE")], date(2024, 4, 15),
     [dict(type="visit", trigger="посетила", actor="Делегация казахстанских журналистов",
           target="технопарк «Чжунгуаньцунь»", place="Beijing", date=date(2024, 4, 12), status="done")]),
    ("ru-planned-intends", "ru", "Министр намерен посетить завод в Алматы.", [("Алматы", "GPE", "Almaty")], None,
     [dict(type="visit", trigger="посетить", actor="Министр", target="завод", place="Almaty",
           status="planned")]),
    ("ru-agreement-passive", "ru", "Был подписан меморандум о сотрудничестве в сфере энергетики.", [], None,
     [dict(type="agreement", trigger="подписан", actor=None,
           target="меморандум о сотрудничестве в сфере энергетики", status="done")]),
    ("ru-investment-future", "ru", "Китайские инвесторы вложат $200 млн в строительство завода.",
     [("Китайские", "NORP", "Chinese")], None,
     [dict(type="investment", trigger="вложат", actor="Китайские инвесторы", target="строительство завода",
           status="planned", facts={"$200 млн"})]),
    ("ru-not-attracting", "ru", "Регион активно привлекает инвестиции.", [], None, []),
    ("ru-not-existing-agreement", "ru", "В рамках соглашения 2019 года стороны обмениваются данными.",
     [("2019 года", "DATE")], None, []),
    ("ru-agreement-party", "ru", "Казахстан подписал с Китаем соглашение о поставках зерна.",
     [("Казахстан", "GPE", "Kazakhstan"), ("Китаем", "GPE", "China")], None,
     [dict(type="agreement", trigger="подписал", actor="Казахстан", actor_canonical="Kazakhstan",
           target="Китаем", target_canonical="China")]),
    ("ru-pronoun-two-sites", "ru", "Иван Петров возглавил делегацию.\nОн посетил Хоргос и Алматы.",
     [("Иван Петров", "PERSON"), ("Хоргос", "GPE", "Khorgos"), ("Алматы", "GPE", "Almaty")], None,
     [dict(type="visit", trigger="посетил", actor="Иван Петров", target="Хоргос", place="Khorgos"),
      dict(type="visit", trigger="посетил", actor="Иван Петров", target="Алматы", place="Almaty")]),
    ("ru-negated", "ru", "Делегация не посетила морской порт.", [], None, []),
]

# (id, lang, text, entities, expected quotes: dicts of the fields that must hold)
QUOTES = [
    ("en-colon", "en", 'Li Wei, director of the park, said: "We host 200 companies here."', [("Li Wei", "PERSON")],
     [dict(text="We host 200 companies here.", direct=True, speaker="Li Wei", speaker_canonical="Li Wei",
           speaker_role="director of the park", verb="said")]),
    ("en-pronoun", "en", 'Zhang Min heads the port authority.\n"The port handles 500 trains a year," he said.',
     [("Zhang Min", "PERSON")],
     [dict(text="The port handles 500 trains a year", direct=True, speaker="Zhang Min", verb="said")]),
    ("en-said-that", "en", "The minister said that the plant would open in 2026.", [("2026", "DATE")],
     [dict(text="the plant would open in 2026", direct=False, speaker="The minister", verb="said")]),
    ("en-according-to-person", "en", "According to Ahmed Khan, the trip was a success.",
     [("Ahmed Khan", "PERSON")],
     [dict(text="the trip was a success", direct=False, speaker="Ahmed Khan")]),
    ("en-according-to-data", "en", "According to the statistics bureau, exports grew by 5%.", [], []),
    ("en-hope-is-no-quote", "en", "The company hopes that prices will fall next year.", [], []),
    ("en-inverted", "en", "The deal is worth $2 billion, the ministry said.", [],
     [dict(text="The deal is worth $2 billion", direct=False, speaker="the ministry", verb="said")]),
    ("en-scare-quotes", "en", 'The "Silk Road" brand is popular with tourists.', [], []),
    ("en-verb-first-role", "en", '"This is a good start," said Aigerim Bekova, an analyst at the Astana Institute.',
     [("Aigerim Bekova", "PERSON"), ("Astana Institute", "ORG")],
     [dict(text="This is a good start", direct=True, speaker="Aigerim Bekova",
           speaker_role="an analyst at the Astana Institute", verb="said")]),
    ("en-credit", "en", "The park added 12 new tenants, Kazinform reports.", [("Kazinform", "ORG")], []),
    ("en-two-verbs", "en",
     'A journalist from Almaty said that the park was impressive and added that "we will come back."',
     [("Almaty", "GPE")],
     [dict(text="the park was impressive", direct=False, speaker="A journalist from Almaty"),
      dict(text="we will come back.", direct=True, speaker="A journalist from Almaty", verb="added")]),
    ("ru-dash", "ru", "«Мы довольны результатами поездки», — сказал Иван Петров.", [("Иван Петров", "PERSON")],
     [dict(text="Мы довольны результатами поездки", direct=True, speaker="Иван Петров", verb="сказал")]),
    ("ru-pronoun", "ru", "Иван Петров возглавляет делегацию.\n«Поездка прошла успешно», — отметил он.",
     [("Иван Петров", "PERSON")],
     [dict(text="Поездка прошла успешно", direct=True, speaker="Иван Петров", verb="отметил")]),
    ("ru-po-slovam", "ru", "По словам министра, завод откроется в 2026 году.", [("2026 году", "DATE")],
     [dict(text="завод откроется в 2026 году", direct=False, speaker="министра")]),
    ("ru-soobshchili-chto", "ru", "В министерстве сообщили, что проект будет реализован в срок.", [],
     [dict(text="проект будет реализован в срок", direct=False, speaker="министерстве", verb="сообщили")]),
    ("ru-credit", "ru", "Проект одобрен правительством, передает LS.", [("LS", "ORG")], []),
    ("ru-author-aside", "ru", "Отметим, что завод построен в 2020 году.", [("2020 году", "DATE")], []),
    ("ru-kak-otmetil", "ru", "Как отметил аким области Иван Петров, работы завершатся осенью.",
     [("Иван Петров", "PERSON")],
     [dict(text="работы завершатся осенью", direct=False, speaker="Иван Петров", speaker_role="аким области")]),
]
