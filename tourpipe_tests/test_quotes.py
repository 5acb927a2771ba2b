"""Quotations extractor: hand-written sentence tables (English, Russian)."""
from __future__ import annotations

import pytest

from tourpipe.quotes import extract_quotes, quoted_regions
from tourpipe.syntax import line_spans
from tourpipe_tests.event_cases import QUOTES, mark

# (id, lang, text, entities, expected quotes: dicts of the fields that must hold), as in event_cases.QUOTES
MORE_QUOTES = [
    # more verbs that report speech with a content clause; "indicated a rise" (no clause) reports none
    ("en-warned-reiterated-that", "en",
     "The minister warned that prices would rise. He reiterated that the plant would open in May. The data indicated "
     "a rise in exports.", [],
     [dict(text="prices would rise", speaker="The minister", verb="warned"),
      dict(text="the plant would open in May", speaker="The minister", verb="reiterated")]),
    ("ru-confirmed-that", "ru",
     "Министр подтвердил, что завод откроется в мае. «Цех заработает летом», — предупредил директор. Стороны "
     "подтвердили приверженность сотрудничеству.", [],
     [dict(text="завод откроется в мае", speaker="Министр", verb="подтвердил"),
      dict(text="Цех заработает летом", speaker="директор", verb="предупредил")]),
    # "claimed that" reports speech, and the gerund after it goes on with the same speaker
    ("en-claimed-that-saying-that", "en",
     "The company claimed that there was no forced labour, saying that sanctions had affected its sales.", [],
     [dict(text="there was no forced labour", speaker="The company", verb="claimed"),
      dict(text="sanctions had affected its sales", speaker="The company", verb="saying")]),
    # the outlet quotes; the one it quotes speaks
    ("en-quoted-as-saying-that", "en",
     "The agency quoted Bakyt Osmonov as saying that the road would be finished by May.",
     [("Bakyt Osmonov", "PERSON")],
     [dict(text="the road would be finished by May", speaker="Bakyt Osmonov")]),
    # a speaker told of by another: the one who asserted it speaks
    ("en-said-someone-asserted-that", "en",
     "The newspaper said the regional government asserted that the building housed a museum.", [],
     [dict(text="the building housed a museum", speaker="the regional government", verb="asserted")]),
    # an aside between a naming and its verb ends no clause and names no one
    ("ru-in-turn-is-no-clause", "ru",
     "Представители китайской стороны, в свою очередь, выразили интерес к сотрудничеству.", [], []),
    ("en-in-turn-is-no-clause", "en", "The Chinese side, in turn, noted the importance of cooperation.", [], []),
    ("ru-in-turn-before-the-verb", "ru",
     "Губернатор, в свою очередь, отметил, что завод откроется в мае.", [],
     [dict(text="завод откроется в мае", speaker="Губернатор", verb="отметил")]),
    # "reminded that" reports speech; "reminded the audience of" does not
    ("en-reminded-that", "en",
     "At the meeting, Peng Shou reminded that the plant is set to be launched ahead of the national holiday.",
     [("Peng Shou", "PERSON")],
     [dict(text="the plant is set to be launched ahead of the national holiday", speaker="Peng Shou")]),
    ("en-reminded-of-is-no-speech", "en", "The minister reminded the audience of the plan.", [], []),
    # a list that ends in the verb's word is no attribution: "… observer states and partner states." (a noun)
    ("en-a-list-ending-in-states-is-no-attribution", "en",
     "The forum gathered more than 80 delegates from member states, observer states and dialogue partner states.",
     [], []),
    ("en-clause-the-ministry-states", "en",
     "Exports to China will double by 2030, the ministry states.", [],
     [dict(text="Exports to China will double by 2030", speaker="the ministry")]),
    # "CLAUSE, NAME, ROLE, told reporters DATE.": a described naming between the clause and the verb, and when
    ("en-clause-name-role-told-date", "en",
     "Tajikistan and China plan to sign about 40 contracts during the visit, Farrukh Saidov, spokesman of the "
     "Tajik president, told reporters June 3.",
     [("Tajikistan", "GPE"), ("China", "GPE"), ("Farrukh Saidov", "PERSON"), ("Tajik", "NORP"), ("June 3", "DATE")],
     [dict(text="Tajikistan and China plan to sign about 40 contracts during the visit", direct=False,
           speaker="Farrukh Saidov", speaker_role="spokesman of the Tajik president", verb="told")]),
    ("en-clause-np-said-on-weekday", "en",
     "The two countries have opened a new border crossing, the ministry of transport said on Monday.",
     [("Monday", "DATE")],
     [dict(text="The two countries have opened a new border crossing", direct=False,
           speaker="the ministry of transport", verb="said")]),
    # a comma inside the clause is not a naming: without a person's name first, the naming is the last phrase
    ("en-clause-comma-amount-said", "en",
     "Trade grew 20 percent, to $5 billion, the customs office said on Friday.", [("Friday", "DATE")],
     [dict(text="Trade grew 20 percent, to $5 billion", speaker="the customs office")]),
    # "the official site of President X" speaks as itself; "the head of the delegation Li Wei" is Li Wei
    ("en-owned-naming-speaks", "en",
     "Uzbekistan and Kazakhstan have signed 12 agreements worth $3 billion, the press office of Uzbek President "
     "Shavkat Mirziyoyev said on Tuesday.",
     [("Uzbekistan", "GPE"), ("Kazakhstan", "GPE"), ("Uzbek", "NORP"), ("Shavkat Mirziyoyev", "PERSON"),
      ("Tuesday", "DATE")],
     [dict(text="Uzbekistan and Kazakhstan have signed 12 agreements worth $3 billion",
           speaker="the press office of Uzbek President Shavkat Mirziyoyev")]),
    ("en-head-of-group-named-speaks", "en",
     "The head of the delegation Li Wei said that the park would open in the spring.", [("Li Wei", "PERSON")],
     [dict(text="the park would open in the spring", speaker="The head of the delegation Li Wei")]),
    # ", adding CLAUSE" without "that" goes on with the speaker; the verb's addressee before it is no clause
    ("en-told-reporter-adding-clause", "en",
     '"Almaty is famous for its apples and its mountains." Sofia Marques Lima, editor of the Lisbon Daily, told a '
     "reporter, adding the trip has changed her view of the region.",
     [("Almaty", "GPE"), ("Sofia Marques Lima", "PERSON"), ("Lisbon Daily", "ORG")],
     [dict(text="Almaty is famous for its apples and its mountains.", direct=True, speaker="Sofia Marques Lima"),
      dict(text="the trip has changed her view of the region", direct=False, speaker="Sofia Marques Lima",
           verb="adding")]),
    ("en-said-clause-adding-clause", "en",
     "Li Wei, head of the park, said the park is the largest in the province, adding the zoo will open next year.",
     [("Li Wei", "PERSON")],
     [dict(text="the park is the largest in the province", speaker="Li Wei"),
      dict(text="the zoo will open next year", speaker="Li Wei", verb="adding")]),
    # "CLAUSE, said X, adding that CLAUSE2": both clauses are X's (not the first clause speaking the second)
    ("en-clause-said-name-adding-that", "en",
     "Trade between the two regions has grown fast in recent years, said Wang Lei, adding that more firms would "
     "open offices in Almaty.",
     [("Wang Lei", "PERSON"), ("recent years", "DATE"), ("Almaty", "GPE")],
     [dict(text="Trade between the two regions has grown fast in recent years", speaker="Wang Lei", verb="said"),
      dict(text="more firms would open offices in Almaty", speaker="Wang Lei", verb="adding")]),
    ("en-clause-name-said-noting-that", "en",
     "The plant will employ 300 workers, Asel Nurova said, noting that the first line would start in May.",
     [("300", "CARDINAL"), ("Asel Nurova", "PERSON"), ("May", "DATE")],
     [dict(text="The plant will employ 300 workers", speaker="Asel Nurova", verb="said"),
      dict(text="the first line would start in May", speaker="Asel Nurova", verb="noting")]),
    ("en-name-said-clause-adding-that", "en",
     "Asel Nurova said the plant will employ 300 workers, adding that the first line would start in May.",
     [("Asel Nurova", "PERSON"), ("300", "CARDINAL"), ("May", "DATE")],
     [dict(text="the plant will employ 300 workers", speaker="Asel Nurova", verb="said"),
      dict(text="the first line would start in May", speaker="Asel Nurova", verb="adding")]),
    ("ru-clause-said-name-adding-that", "ru",
     "Товарооборот между регионами вырос на 20 процентов, сообщил Иван Петров, добавив, что завод откроется в мае.",
     [("Иван Петров", "PERSON"), ("мае", "DATE")],
     [dict(text="Товарооборот между регионами вырос на 20 процентов", speaker="Иван Петров", verb="сообщил"),
      dict(text="завод откроется в мае", speaker="Иван Петров", verb="добавив")]),
    ("en-clause-said-role-adding-that", "en",
     "Trade grew 20 percent last year, said the minister, adding that a new plant would open in May.",
     [("20 percent", "PERCENT"), ("last year", "DATE"), ("May", "DATE")],
     [dict(text="Trade grew 20 percent last year", speaker="the minister"),
      dict(text="a new plant would open in May", speaker="the minister", verb="adding")]),
    # when it was said may open the words before the verb; it is no part of the naming
    ("ru-date-opens-naming", "ru",
     "В декабре председатель КНР заявил, что стороны расширят торговлю.", [("декабре", "DATE"), ("КНР", "GPE")],
     [dict(text="стороны расширят торговлю", speaker="председатель КНР")]),
    ("ru-time-word-opens-naming", "ru",
     "Вчера министр сельского хозяйства заявил, что урожай будет рекордным.", [],
     [dict(text="урожай будет рекордным", speaker="министр сельского хозяйства")]),
    ("en-date-opens-naming", "en",
     "In December the Chinese president said that the sides would expand trade.",
     [("December", "DATE"), ("Chinese", "NORP")],
     [dict(text="the sides would expand trade", speaker="the Chinese president")]),
    ("en-time-word-opens-naming", "en",
     "Yesterday the minister of agriculture said that the harvest would be a record one.", [],
     [dict(text="the harvest would be a record one", speaker="the minister of agriculture")]),
    # "С таким заявлением выступил X" attributes the sentence before it, as "Об этом заявил X" does
    ("ru-such-a-statement-back-reference", "ru",
     "У инвесторов из Харбина есть планы открыть в области завод по сборке тракторов. С таким заявлением выступила "
     "пресс-служба областного правительства.", [("Харбина", "GPE")],
     [dict(text="У инвесторов из Харбина есть планы открыть в области завод по сборке тракторов", direct=False,
           speaker="пресс-служба областного правительства", verb="выступила")]),
    # present-tense and "announce" verbs report speech in Russian too
    ("ru-present-verb-inverted", "ru",
     "Если стороны договорятся, инвесторы получат налоговые льготы, уточняет пресс-служба.", [],
     [dict(text="Если стороны договорятся, инвесторы получат налоговые льготы", speaker="пресс-служба",
           verb="уточняет")]),
    # two people joined before "… и объявили": both speak; a title before the first is no bar
    ("ru-two-people-met-the-press-and-announced", "ru",
     "После встречи губернатор Олег Петров и Ли Минь вышли к журналистам и объявили, что область откроет "
     "торговый дом в Харбине.", [("Олег Петров", "PERSON"), ("Ли Минь", "PERSON"), ("Харбине", "GPE")],
     [dict(text="область откроет торговый дом в Харбине", speaker="Олег Петров и Ли Минь", verb="объявили")]),
    ("en-titled-person-met-the-press-and-said", "en",
     "Governor Li Wei met the press and said that the region would open an office in Urumqi.",
     [("Li Wei", "PERSON"), ("Urumqi", "GPE")],
     [dict(text="the region would open an office in Urumqi", speaker="Li Wei")]),
    ("en-two-titled-people-and-said", "en",
     "After the talks, Governor Li Wei and Ambassador Tian Yong met the press and said that the region would "
     "open an office in Urumqi.", [("Li Wei", "PERSON"), ("Tian Yong", "PERSON"), ("Urumqi", "GPE")],
     [dict(text="the region would open an office in Urumqi", speaker="Li Wei and Ambassador Tian Yong")]),
    # a body with a long name (a named organisation in it) speaks; so does a person with a long role
    ("en-long-body-name-said", "en",
     "Three Chinese firms plan to build a cement plant in the region, press office of the Agency for the "
     "Development of Small Business in the North and the Steppe said.",
     [("Chinese", "NORP"), ("Agency for the Development of Small Business", "ORG")],
     [dict(text="Three Chinese firms plan to build a cement plant in the region",
           speaker="press office of the Agency for the Development of Small Business in the North and the Steppe")]),
    ("en-inverted-long-role-at-session", "en",
     "The two plants will be built in the free economic zone, said Aziz Karimov, first deputy chairman of the "
     "State Committee on Investment and State-owned Property Management, at the session.",
     [("Aziz Karimov", "PERSON"), ("State Committee on Investment and State-owned Property Management", "ORG")],
     [dict(text="The two plants will be built in the free economic zone", speaker="Aziz Karimov")]),
    # a pronoun opening "He said" refers to the person opening the sentence before, not the last one named in it
    ("en-pronoun-is-the-subject-before", "en",
     "Zhao Wei thanked the hosts and backed the plan proposed by Erkin Turdiev. He said that the new consulate would "
     "open in spring.", [("Zhao Wei", "PERSON"), ("Erkin Turdiev", "PERSON"), ("spring", "DATE")],
     [dict(text="the new consulate would open in spring", speaker="Zhao Wei")]),
    ("en-pronoun-no-subject-is-the-last-named", "en",
     "At the opening of the forum in the city, the hosts thanked Erkin Turdiev. He said that the new consulate would "
     "open in spring.", [("Erkin Turdiev", "PERSON"), ("spring", "DATE")],
     [dict(text="the new consulate would open in spring", speaker="Erkin Turdiev")]),
    # a news outlet relaying the story is no speaker (a person it quotes is)
    ("en-state-media-said-is-a-relay", "en",
     "Kazakhstan and China signed deals worth $2 billion during the trip, state media said on Friday.",
     [("Kazakhstan", "GPE"), ("China", "GPE"), ("$2 billion", "MONEY"), ("Friday", "DATE")], []),
    ("en-the-paper-added-is-a-relay", "en",
     "He also visited the company that pumps the gas into Xinjiang, the paper added.", [("Xinjiang", "GPE")], []),
    ("ru-tv-channel-is-a-relay", "ru",
     "Делегация посетила завод в Актобе, сообщил телеканал Хабар.", [("Актобе", "GPE"), ("Хабар", "ORG")], []),
    ("ru-name-in-guillemets-after-a-noun-is-no-quote", "ru",
     "Делегация посетила завод в Актобе, сообщил телеканал «Хабар 24».", [("Актобе", "GPE")], []),
    # a long quotation may have its comma outside the marks; a short name in marks still speaks nothing
    ("en-comma-outside-the-marks", "en",
     "“We will meet companies that already invest in the region. We will bring good news”, said Aigerim Sadykova.",
     [("Aigerim Sadykova", "PERSON")],
     [dict(text="We will meet companies that already invest in the region. We will bring good news", direct=True,
           speaker="Aigerim Sadykova")]),
    # an organisation's title before a person's name: the person speaks, in that role
    ("en-org-title-person-said", "en",
     "Trade between the two countries grew by a third last year, KTZ Chairman Nurlan Sauranbayev said.",
     [("KTZ", "ORG"), ("Nurlan Sauranbayev", "PERSON"), ("last year", "DATE")],
     [dict(text="Trade between the two countries grew by a third last year", speaker="KTZ Chairman Nurlan Sauranbayev",
           speaker_role="KTZ Chairman")]),
    # a frame inside the clause: the sentence is the speaker's words; a role after the frame is no clause
    ("ru-according-to-inside-the-clause", "ru",
     "Опыт китайских коллег, по словам губернатора, пригодится для развития Хабаровска.", [("Хабаровска", "GPE")],
     [dict(text="Опыт китайских коллег, по словам губернатора, пригодится для развития Хабаровска",
           speaker="губернатора")]),
    ("en-according-to-inside-the-clause", "en",
     "Trade grew last year, according to Li Wei, by a third.", [("last year", "DATE"), ("Li Wei", "PERSON")],
     [dict(text="Trade grew last year, according to Li Wei, by a third", speaker="Li Wei")]),
    ("en-according-to-with-a-role-closes", "en",
     "Trade grew last year by a third, according to Li Wei, head of the park.",
     [("last year", "DATE"), ("Li Wei", "PERSON")],
     [dict(text="Trade grew last year by a third", speaker="Li Wei")]),
    # an impersonal passive names no speaker
    ("en-it-must-be-said", "en", "It must be said that the new plant will open in May.", [("May", "DATE")], []),
    ("en-it-was-stressed", "en", "It was stressed that the new plant will open in May.", [("May", "DATE")], []),
    # "По его словам" names its speaker outright; the speaker's own words quoted inside the clause are part of it
    ("ru-according-possessive-with-a-fragment", "ru",
     "Министр Иван Петров выступил на форуме. По его словам, проект позволит привлечь «передовые технологии и "
     "новое оборудование».", [("Иван Петров", "PERSON")],
     [dict(text="проект позволит привлечь «передовые технологии и новое оборудование»", speaker="Иван Петров",
           direct=False)]),
    # a person's words after their name and a colon, without marks: a short line, an interview's dash; the page's
    # headline quotes no one (it sums up the story in the person's name)
    ("ru-headline-name-colon", "ru",
     "Олег Петров: Приморье готово строить с Китаем новые порты\n\nГубернатор встретился с инвесторами.",
     [("Олег Петров", "PERSON"), ("Приморье", "GPE"), ("Китаем", "GPE")], []),
    ("ru-short-line-name-colon", "ru",
     "Губернатор встретился с инвесторами.\n\nОлег Петров: Приморье готово строить с Китаем новые порты",
     [("Олег Петров", "PERSON"), ("Приморье", "GPE"), ("Китаем", "GPE")],
     [dict(text="Приморье готово строить с Китаем новые порты", speaker="Олег Петров", direct=False)]),
    ("en-interview-name-role-colon-dash", "en",
     "Li Wei, chairman of the board: – We plan to use the newest technologies in the plant.",
     [("Li Wei", "PERSON")],
     [dict(text="We plan to use the newest technologies in the plant", speaker="Li Wei",
           speaker_role="chairman of the board", direct=True)]),
    # a caption's naming before the colon: the name first, a short role after it (the page may cut the quotation off)
    ("ru-caption-name-role-colon-quote-cut-off", "ru",
     "Делегация посетила Урумчи.\n\nАлибек Сапаров, аким Жамбылской области: «Китай входит в пятёрку крупнейших "
     "инвесторов региона. Сейчас в работе проекты почти на 300 миллионов",
     [("Урумчи", "GPE"), ("Алибек Сапаров", "PERSON"), ("Жамбылской области", "GPE")],
     [dict(text="Китай входит в пятёрку крупнейших инвесторов региона. Сейчас в работе проекты почти на 300 "
                "миллионов", speaker="Алибек Сапаров", speaker_role="аким Жамбылской области", direct=True)]),
    ("en-caption-name-role-colon-quote", "en",
     'Li Wei, director of the Khorgos park: "We will open two more warehouses before the end of the year."',
     [("Li Wei", "PERSON"), ("Khorgos", "GPE")],
     [dict(text="We will open two more warehouses before the end of the year.", speaker="Li Wei",
           speaker_role="director of the Khorgos park", direct=True)]),
    # a long stretch after the name is no caption's role: what follows the colon is no one's words
    ("en-long-stretch-after-a-name-is-no-caption", "en",
     'Li Wei, in the week the park opened its third and largest warehouse on the border with Kazakhstan: "Two more '
     'warehouses before the end of the year."',
     [("Li Wei", "PERSON"), ("Kazakhstan", "GPE")], []),
    # a sentence an "according to" frame opens goes on to the speaker's own words after a colon; the reported
    # clause ends at that colon
    ("en-according-to-clause-colon-quote", "en",
     'According to Li Wei, trade grew by a third last year: "We now ship twice as many containers as in 2020."',
     [("Li Wei", "PERSON"), ("last year", "DATE"), ("2020", "DATE")],
     [dict(text="trade grew by a third last year", speaker="Li Wei", direct=False),
      dict(text="We now ship twice as many containers as in 2020.", speaker="Li Wei", direct=True)]),
    ("ru-po-slovam-clause-colon-quote-cut-off", "ru",
     "По словам Асета Нурланова, торговля растёт быстро, за год она выросла вдвое: «Товарооборот с Китаем уже "
     "составляет 3,2 млрд",
     [("Асета Нурланова", "PERSON"), ("Китаем", "GPE")],
     [dict(text="торговля растёт быстро, за год она выросла вдвое", speaker="Асета Нурланова", direct=False),
      dict(text="Товарооборот с Китаем уже составляет 3,2 млрд", speaker="Асета Нурланова", direct=True)]),
    # "Об этом" may be followed by where or to whom it was said before the verb; a preposition inside the title
    # before the name ("Агентства по …") does not cut the naming short
    ("ru-ob-etom-where-and-to-whom-then-verb", "ru",
     "Китайская компания построит завод по переработке меди в Таразе. Об этом в ходе инвестиционного форума "
     "журналистам сообщил председатель Комитета по инвестициям Жамбылской области Ерлан Сапаров.",
     [("Таразе", "GPE"), ("Комитета по инвестициям", "ORG"), ("Жамбылской области", "GPE"), ("Ерлан Сапаров", "PERSON")],
     [dict(text="Китайская компания построит завод по переработке меди в Таразе", speaker="председатель Комитета по инвестициям Жамбылской области Ерлан Сапаров",
           direct=False, verb="сообщил")]),
    ("ru-preposition-after-the-name-ends-the-naming", "ru",
     "Китайская компания построит завод в Алматы, сообщил Ли Вэй на встрече с Ван И.",
     [("Алматы", "GPE"), ("Ли Вэй", "PERSON"), ("Ван И", "PERSON")],
     [dict(text="Китайская компания построит завод в Алматы", speaker="Ли Вэй", direct=False)]),
    # a headline that is a quotation, a dash and who said it, with no verb
    ("ru-headline-quote-dash-naming", "ru",
     '"Мы своими глазами увидели рост Хоргоса" -- главный редактор газеты "Степной вестник"\n'
     "Редактор выступил на форуме в Урумчи.",
     [("Хоргоса", "GPE"), ("Степной вестник", "ORG"), ("Урумчи", "GPE")],
     [dict(text="Мы своими глазами увидели рост Хоргоса", speaker='главный редактор газеты "Степной вестник"',
           direct=True)]),
    ("en-headline-quote-dash-name-role", "en",
     '"We saw the growth of Khorgos with our own eyes" -- Li Wei, editor of the Steppe Herald\n'
     "The editor spoke at a forum in Urumqi.",
     [("Khorgos", "GPE"), ("Li Wei", "PERSON"), ("the Steppe Herald", "ORG"), ("Urumqi", "GPE")],
     [dict(text="We saw the growth of Khorgos with our own eyes", speaker="Li Wei", direct=True)]),
    # a newspaper's name in straight marks inside the naming after the verb does not end it
    ("ru-naming-with-a-straight-quoted-outlet", "ru",
     '"Синьцзян изменился за 20 лет", - отметил главный редактор газеты "Степной вестник" Асхат Нуров.',
     [("Синьцзян", "GPE"), ("Степной вестник", "ORG"), ("Асхат Нуров", "PERSON")],
     [dict(text="Синьцзян изменился за 20 лет", speaker="главный редактор газеты \"Степной вестник\" Асхат Нуров", direct=True)]),
    # a quotation standing alone, with no one quoted before it: the person named last in its paragraph or the one
    # before says it, also when the page cuts it off at its end; with no person named there it is no one's
    ("ru-standalone-quote-cut-off-after-a-named-person", "ru",
     "С 2005 года А. Сапаров неоднократно бывал в Синьцзяне.\n"
     "«Мы приезжали в Урумчи, когда город был ещё совсем небольшим. Сейчас здесь много новых",
     [("А. Сапаров", "PERSON"), ("Синьцзяне", "GPE"), ("Урумчи", "GPE")],
     [dict(text="Мы приезжали в Урумчи, когда город был ещё совсем небольшим. Сейчас здесь много новых",
           speaker="А. Сапаров", direct=True)]),
    ("en-standalone-quote-after-a-named-person", "en",
     "Since 2005 Li Wei has visited Kashgar many times.\n"
     "“We came here when the city was still small, and now it has new roads everywhere.”",
     [("2005", "DATE"), ("Li Wei", "PERSON"), ("Kashgar", "GPE")],
     [dict(text="We came here when the city was still small, and now it has new roads everywhere.", speaker="Li Wei",
           direct=True)]),
    ("ru-a-cut-off-stub-is-no-quote", "ru",
     "«Визит пройдёт в сентябре», - подчеркнул Сянжун.\n\n«В число совместных крупных проектов входит зо",
     [("Сянжун", "PERSON")],
     [dict(text="Визит пройдёт в сентябре", speaker="Сянжун", direct=True)]),
    ("en-standalone-quote-with-no-one-named-is-no-ones", "en",
     "The city has grown fast.\n“We came here when the city was still small, and now it has new roads everywhere.”",
     [], []),
    # a paragraph of dialogue: the speaker's words after a dash, no marks, the attribution between dashes
    ("ru-dialogue-dash-paragraph-two-parts", "ru",
     "Делегация из Хэфэя прибыла в Костанай.\n"
     "- Мы благодарим вас за теплый прием в апреле, - сказал аким города. - Ваш визит проходит накануне Дня города.",
     [("Хэфэя", "GPE"), ("Костанай", "GPE")],
     [dict(text="Мы благодарим вас за теплый прием в апреле", speaker="аким города", direct=True),
      dict(text="Ваш визит проходит накануне Дня города", speaker="аким города", direct=True)]),
    ("ru-dialogue-dash-paragraph-one-part", "ru",
     "— Мы рады гостям из Китая и надеемся на сотрудничество, — сказал аким города Марат Жундубаев.",
     [("Китая", "GPE"), ("Марат Жундубаев", "PERSON")],
     [dict(text="Мы рады гостям из Китая и надеемся на сотрудничество", speaker="аким города Марат Жундубаев", direct=True)]),
    ("ru-a-dash-list-item-is-no-speech", "ru", "- строительство нового терминала в Хоргосе;", [("Хоргосе", "GPE")], []),
    # a page hard-wrapped mid-sentence is read in paragraphs: the clause runs on past the line break
    ("ru-hard-wrapped-reported-clause", "ru",
     "По\nданным источника, на церемонии подписания Алибек Сапаров отметил, что\nукрепляется двустороннее "
     "сотрудничество и для его развития\nесть новые возможности.",
     [("Алибек Сапаров", "PERSON")],
     [dict(text="укрепляется двустороннее сотрудничество и для его развития\nесть новые возможности",
           speaker="Алибек Сапаров", direct=False)]),
    ("en-a-label-colon-is-no-speaker", "en", "Note: the delegation will arrive in Almaty on Monday.",
     [("Almaty", "GPE"), ("Monday", "DATE")], []),
    # a pronoun with no one named in its paragraph or the one before takes who spoke last there
    ("en-pronoun-chain-takes-the-last-speaker", "en",
     "In welcoming the delegation, Ms Aigul Sadykova said the region had a chance to grow.\n"
     "She said the coming of the investors was a sign of trust.\n"
     "“You are welcome to our region and your investment will create many jobs,” she said.",
     [("Aigul Sadykova", "PERSON")],
     [dict(text="the region had a chance to grow", speaker="Aigul Sadykova"),
      dict(text="the coming of the investors was a sign of trust", speaker="Aigul Sadykova"),
      dict(direct=True, speaker="Aigul Sadykova")]),
    # review probes: a role after "по словам <person>," closes the frame; "said" with a clause after it names no
    # listener; a quotation after "что" is a quotation; a spokesman for an agency speaks
    ("ru-according-to-person-role-closes", "ru", "Завод откроется в мае, по словам Ивана Петрова, заместителя акима.",
     [("Ивана Петрова", "PERSON")], [dict(text="Завод откроется в мае", speaker="Ивана Петрова")]),
    ("en-said-with-a-clause-after-is-no-listener", "en",
     "Exports rose by 10 percent last year, and the minister said exports would grow next year.",
     [("last year", "DATE"), ("next year", "DATE")],
     [dict(text="exports would grow next year", speaker="the minister")]),
    ("ru-quotation-after-chto", "ru", "Министр отметил, что «Завод откроется в мае».", [],
     [dict(text="Завод откроется в мае", speaker="Министр", direct=True)]),
    ("en-spokesman-for-an-agency-speaks", "en", "The plant will open in May, a spokesman for the agency told reporters.",
     [("May", "DATE")], [dict(text="The plant will open in May", speaker="a spokesman for the agency")]),
    ("en-a-person-on-television-speaks", "en",
     "The plant will open in May, Li Wei told national television.", [("May", "DATE"), ("Li Wei", "PERSON")],
     [dict(text="The plant will open in May", speaker="Li Wei")]),
    # a gerund with no clause after it, or with no reporting verb before it, reports nothing
    ("en-adding-no-clause", "en",
     "The company said it would build a plant near the river, adding 200 jobs to the local economy.", [],
     [dict(text="it would build a plant near the river, adding 200 jobs to the local economy")]),
    ("en-adding-no-speech", "en",
     "The delegation toured the plant, adding the city will host them again next year.", [], []),
    # the speaker's own phrase quoted inside a reported clause is part of the clause, no row of its own (annotators
    # quote the clause once); a title in quotes is not theirs
    ("en-fragment-in-reported-clause", "en",
     'Batbold told reporters in Tokyo that the ministers held "long and useful talks about railways" last week.',
     [("Batbold", "PERSON"), ("Tokyo", "GPE"), ("last week", "DATE")],
     [dict(text='the ministers held "long and useful talks about railways" last week', direct=False,
           speaker="Batbold")]),
    ("ru-fragment-in-reported-clause", "ru",
     "Министр Иван Петров отметил, что переговоры прошли в «дружественной и конструктивной атмосфере».",
     [("Иван Петров", "PERSON")],
     [dict(text="переговоры прошли в «дружественной и конструктивной атмосфере»", direct=False,
           speaker="Министр Иван Петров")]),
    ("ru-title-in-reported-clause", "ru",
     "Как сообщил Иван Петров, гости посетят редакцию «Жэньминь жибао» и музей.",
     [("Иван Петров", "PERSON"), ("Жэньминь жибао", "ORG")],
     [dict(text="гости посетят редакцию «Жэньминь жибао» и музей", speaker="Иван Петров")]),
    ("en-capitalised-title-in-clause", "en",
     'Li Wei said that the delegation will visit the "Silk Road Heritage Museum" in Xi\'an.',
     [("Li Wei", "PERSON"), ("Silk Road Heritage Museum", "FAC"), ("Xi'an", "GPE")],
     [dict(text='the delegation will visit the "Silk Road Heritage Museum" in Xi\'an', speaker="Li Wei")]),
    ("en-head-of-org-named-speaks", "en",
     "The head of Kazakh Railways Nurlan Sauranbayev said that the new line would open in May.",
     [("Kazakh Railways", "ORG"), ("Nurlan Sauranbayev", "PERSON")],
     [dict(text="the new line would open in May", speaker="The head of Kazakh Railways Nurlan Sauranbayev")]),
    ("en-title-in-reported-clause-no-quote", "en",
     'Li Wei said that the delegation will visit the "Silk Road Heritage Museum of Xian" in June.',
     [("Li Wei", "PERSON")],
     [dict(text='the delegation will visit the "Silk Road Heritage Museum of Xian" in June', speaker="Li Wei")]),
    # "«…», — пообещал X": a promise attributes the quotation like any verb of speech
    ("ru-quote-then-promised", "ru",
     "«Мы обязательно вернемся сюда вместе с нашими коллегами», - пообещал руководитель делегации Ван Мин.",
     [("Ван Мин", "PERSON")],
     [dict(text="Мы обязательно вернемся сюда вместе с нашими коллегами", direct=True, speaker="руководитель делегации Ван Мин",
           speaker_role="руководитель делегации", verb="пообещал")]),
    ("en-promised-that", "en",
     "Governor Aliya Nurlanova promised that the new road would be finished by the autumn.",
     [("Aliya Nurlanova", "PERSON")],
     [dict(text="the new road would be finished by the autumn", speaker="Governor Aliya Nurlanova", verb="promised")]),
    # "promised" needs a clause or a colon: an adjective before a quoted name attributes nothing
    ("en-promised-adjective", "en",
     'The promised "green corridor for exporters of fruit" has not opened yet.', [], []),
    # a few of the speaker's own words quoted inside a bare reported clause leave the clause reported speech
    ("en-bare-said-with-fragment", "en",
     "The minister’s office said the firm had “firm plans” to build a plant in Batumi, and had shown interest in the "
     "port.", [],
     [dict(text="the firm had “firm plans” to build a plant in Batumi, and had shown interest in the port",
           speaker="The minister’s office", direct=False)]),
    # a press service or an akimat states, with the verb an outlet's credit takes ("сообщает"); an outlet does not
    ("ru-press-service-states", "ru", "Как сообщает пресс-служба акимата, делегация посетила три предприятия.", [],
     [dict(text="делегация посетила три предприятия", speaker="пресс-служба акимата", direct=False)]),
    ("ru-outlet-credits", "ru", "«Мы откроем завод в мае», — сообщает Казинформ.", [("Казинформ", "ORG")], []),
    # a short sentence in marks right after the speaker's attributed words continues them; a short title does not
    ("en-short-continuation", "en",
     "“We see great potential here,” said Aigerim Sadykova. “The park impressed us.” The “Green Bridge” forum "
     "opens today.", [("Aigerim Sadykova", "PERSON")],
     [dict(text="We see great potential here", speaker="Aigerim Sadykova"),
      dict(text="The park impressed us.", speaker="Aigerim Sadykova")]),
    # an outlet's credit closing the sentence is no part of the reported clause, nor of the speaker's role
    ("en-credit-closes-clause", "en", "President Aibek Orozov said that the two countries had great potential, "
     "Kabar news agency reports.", [("Aibek Orozov", "PERSON"), ("Kabar", "ORG")],
     [dict(text="the two countries had great potential", speaker="President Aibek Orozov")]),
    ("ru-credit-closes-clause", "ru", "Президент Айбек Оросов отметил, что у двух стран большой потенциал, сообщает "
     "агентство Кабар.", [("Айбек Оросов", "PERSON"), ("Кабар", "ORG")],
     [dict(text="у двух стран большой потенциал", speaker="Президент Айбек Оросов")]),
    ("ru-credit-is-no-role", "ru", "«Мы заинтересованы в новых технологиях», — сказал министр, передает пресс-служба "
     "ведомства.", [], [dict(text="Мы заинтересованы в новых технологиях", speaker="министр", speaker_role=None)]),
    # "said the mayor of Almaty, X": the person speaks, the role describes them
    ("en-role-then-name", "en", "“We appreciate the support,” said the mayor of Almaty, Yerbol Dosanov.",
     [("Almaty", "GPE"), ("Yerbol Dosanov", "PERSON")],
     [dict(text="We appreciate the support", speaker="Yerbol Dosanov", speaker_role="the mayor of Almaty")]),
    # "“…,” X told the forum on Monday": the verb attributes the quotation; whom X told is no reported clause
    ("en-told-whom-after-quote", "en", "“Trade is growing fast,” Ambassador Zhang Xiao told the forum on Monday.",
     [("Zhang Xiao", "PERSON"), ("Monday", "DATE")],
     [dict(text="Trade is growing fast", speaker="Ambassador Zhang Xiao", speaker_role="Ambassador")]),
    ("ru-role-then-name-described", "ru", "«Мы приехали учиться», — сказала одна из журналисток, Мария Иванова из "
     "России.", [("Мария Иванова", "PERSON"), ("России", "GPE")],
     [dict(text="Мы приехали учиться", speaker="Мария Иванова", speaker_role="одна из журналисток")]),
    # "According to X, head of …, CLAUSE": the role is X's, not the clause's opening; a clause is no role
    ("en-according-role", "en", "According to Bold Batbayar, head of the delegation, the sides agreed to open a trade "
     "house.", [("Bold Batbayar", "PERSON")],
     [dict(text="the sides agreed to open a trade house", speaker="Bold Batbayar",
           speaker_role="head of the delegation")]),
    ("en-according-no-role", "en", "According to Li Wei, the volume of trade grew 20%, reaching $5 billion in May.",
     [("Li Wei", "PERSON"), ("20%", "PERCENT"), ("$5 billion", "MONEY"), ("May", "DATE")],
     [dict(text="the volume of trade grew 20%, reaching $5 billion in May", speaker="Li Wei", speaker_role=None)]),
    # a recollection is speech: "— вспомнил он"
    ("ru-recalled", "ru", "Журналист Ахмед Хан сказал, что регион сильно изменился. «Я был здесь десять лет назад», — "
     "вспомнил он.", [("Ахмед Хан", "PERSON")],
     [dict(text="регион сильно изменился", speaker="Журналист Ахмед Хан"),
      dict(text="Я был здесь десять лет назад", speaker="Ахмед Хан", verb="вспомнил")]),
    # a reply is speech
    ("en-replied-colon", "en", "Asked about the project, Dana Ospan replied: “It will be finished in 2026.”",
     [("Dana Ospan", "PERSON")], [dict(text="It will be finished in 2026.", speaker="Dana Ospan", verb="replied")]),
    # dash-introduced speech closed by its attribution: the opening dash is no word of it
    ("ru-dash-speech", "ru", "— Мы впервые в Синьцзяне, и нас впечатлили масштабы стройки, — рассказала журналист "
     "Анна Ли.", [("Синьцзяне", "GPE"), ("Анна Ли", "PERSON")],
     [dict(text="Мы впервые в Синьцзяне, и нас впечатлили масштабы стройки", speaker="журналист Анна Ли")]),
    # the coordinated clause's own subject speaks, the last one joined before the verb
    ("en-last-joined-subject", "en",
     "Wang Yi visited the plant and Tuniyaz welcomed the delegation and said: “We are glad to see you.”",
     [("Wang Yi", "PERSON"), ("Tuniyaz", "PERSON")], [dict(text="We are glad to see you.", speaker="Tuniyaz")]),
    # "выразил уверенность" expresses an attitude: the speaker is who expressed it
    ("ru-expressed-after-quote", "ru", "«Проект будет завершен в срок», — выразил уверенность министр.", [],
     [dict(text="Проект будет завершен в срок", speaker="министр")]),
    # "was quoted as saying" is no part of the naming
    ("en-quoted-as-saying", "en", "“Our aim is to double trade,” the minister was quoted as saying.", [],
     [dict(text="Our aim is to double trade", speaker="the minister", verb="saying")]),
    # "выразил уверенность, что": a content clause after an expressed attitude is reported speech, as in English
    ("ru-expressed-confidence", "ru",
     "Губернатор Иван Петров выразил уверенность, что соглашения будут выполнены в срок.", [("Иван Петров", "PERSON")],
     [dict(text="соглашения будут выполнены в срок", speaker="Губернатор Иван Петров", speaker_role="Губернатор",
           direct=False)]),
    # "X did something and said:": the speaker is the clause's own subject, not the one quoted before
    ("en-and-said-colon", "en",
     "“The bridge opens in May,” the mayor said.\nLater, Nino Beridze toured the site and said: “We have never had "
     "such a fine bridge.”", [("Nino Beridze", "PERSON")],
     [dict(text="The bridge opens in May", speaker="the mayor"),
      dict(text="We have never had such a fine bridge.", speaker="Nino Beridze")]),
    # "CLAUSE, X said in a statement (on Tuesday)." / "…, X said in Astana.": where and how it was said after the verb
    ("en-clause-then-said-in-a-statement", "en",
     "The new line will carry two million tonnes a year, the railway company said in a statement on Tuesday.",
     [],
     [dict(text="The new line will carry two million tonnes a year", direct=False, speaker="the railway company",
           verb="said")]),
    ("en-clause-then-said-in-a-city", "en",
     "The terminal will open in May, Aidar Bekov said in Astana.",
     [("Aidar Bekov", "PERSON"), ("Astana", "GPE")],
     [dict(text="The terminal will open in May", direct=False, speaker="Aidar Bekov")]),
    # a company named in guillemets inside guillemets (the inner closing mark doubling for the outer one, or not):
    # the naming runs over it to the person, and the name in marks is no quotation of its own
    ("ru-speaker-after-a-nested-company-name", "ru",
     "«Составы идут строго по графику», — заявил председатель правления АО «НК «ТЖД» Арман Сагинтаев.",
     [("Арман Сагинтаев", "PERSON")],
     [dict(text="Составы идут строго по графику", direct=True, speaker="председатель правления АО «НК «ТЖД» Арман Сагинтаев",
           speaker_role="председатель правления АО «НК «ТЖД»")]),
    ("ru-speaker-after-a-doubled-nested-company-name", "ru",
     "«Составы идут строго по графику», — заявил глава АО «НК «ТЖД»» Арман Сагинтаев.",
     [("Арман Сагинтаев", "PERSON")],
     [dict(text="Составы идут строго по графику", speaker="глава АО «НК «ТЖД»» Арман Сагинтаев")]),
    ("ru-newspaper-in-the-naming-is-no-quotation", "ru",
     "«Мост откроют весной», — рассказал корреспондент газеты «Степной вестник» Данияр Омаров.",
     [("Данияр Омаров", "PERSON")],
     [dict(text="Мост откроют весной", speaker="корреспондент газеты «Степной вестник» Данияр Омаров")]),
    # Russian typography closes the sentence after the marks: «…». continues the words attributed just before
    ("ru-continued-quotation-full-stop-after-the-marks", "ru",
     "«Мост откроют весной», — рассказал Данияр Омаров. «Жители ждут его давно».",
     [("Данияр Омаров", "PERSON")],
     [dict(text="Мост откроют весной", speaker="Данияр Омаров"),
      dict(text="Жители ждут его давно", speaker="Данияр Омаров")]),
    # ... but a name standing alone after the quotation says nothing: no predicate in it
    ("ru-name-after-a-quotation-full-stop-after-the-marks", "ru",
     "«Мост откроют весной», — рассказал Данияр Омаров. «Нурлы жол». Программа продлится до 2030 года.",
     [("Данияр Омаров", "PERSON")],
     [dict(text="Мост откроют весной", speaker="Данияр Омаров")]),
    # "По его данным, …" is his, as "По его словам, …" is; "he" the next paragraph still is the one who spoke
    ("ru-po-ego-dannym-is-reported-speech", "ru",
     "Директор завода Ерлан Маратов сказал, что компания подписала ряд документов.\n\n"
     "По его данным, документы касаются строительства дорог.\n\nОн отметил, что привлекаются кредиты банков.",
     [("Ерлан Маратов", "PERSON")],
     [dict(text="компания подписала ряд документов", speaker="Директор завода Ерлан Маратов"),
      dict(text="документы касаются строительства дорог", direct=False, speaker="Ерлан Маратов"),
      dict(text="привлекаются кредиты банков", direct=False, speaker="Ерлан Маратов")]),
    # a company's name in guillemets opening a reported clause is no quotation: the clause is reported speech
    ("ru-a-name-in-guillemets-opens-the-reported-clause", "ru",
     "Главный инженер компании Ерлан Маратов сказал, что «Казахстан темир жолы» подписала ряд документов с "
     "китайскими компаниями.",
     [("Ерлан Маратов", "PERSON"), ("Казахстан темир жолы", "ORG")],
     [dict(text="«Казахстан темир жолы» подписала ряд документов с китайскими компаниями", direct=False,
           speaker="Главный инженер компании Ерлан Маратов")]),
    # "X during a meeting with Y said": the one met is no speaker
    ("ru-the-one-met-is-no-speaker", "ru",
     "Аким области Серик Жанов во время встречи с послом КНР Ван Лином отметил: «Мы готовы принять инвесторов».",
     [("Серик Жанов", "PERSON"), ("Ван Лином", "PERSON")],
     [dict(text="Мы готовы принять инвесторов", direct=True, speaker="Аким области Серик Жанов")]),
    ("en-the-one-met-is-no-speaker", "en",
     "Governor Serik Zhanov during a meeting with Ambassador Wang Lin said that the region was ready for investors.",
     [("Serik Zhanov", "PERSON"), ("Wang Lin", "PERSON")],
     [dict(text="the region was ready for investors", direct=False, speaker="Governor Serik Zhanov")]),
    # "X and Y said": both speak
    ("en-two-people-named-before-the-verb", "en",
     "“We will open a new crossing next year,” Aibek Nurlanov and Wang Fang said after the talks.",
     [("Aibek Nurlanov", "PERSON"), ("Wang Fang", "PERSON"), ("next year", "DATE")],
     [dict(text="We will open a new crossing next year", direct=True, speaker="Aibek Nurlanov and Wang Fang",
           speaker_role=None)]),
    # "«… визита Си Цзиньпина …», — сказал он": he is the one named before the quotation, not one named in it
    ("ru-he-is-not-a-person-named-in-his-words", "ru",
     "Об этом сообщил директор агентства Марат Сеитов. «Меморандумы подписаны накануне визита Ли Цяна в Бишкек», "
     "- сказал он.",
     [("Марат Сеитов", "PERSON"), ("Ли Цяна", "PERSON"), ("Бишкек", "GPE")],
     [dict(text="Меморандумы подписаны накануне визита Ли Цяна в Бишкек", direct=True, speaker="Марат Сеитов")]),
    # "…, said with a smile.": how it was said names no speaker; the clause before is no reported speech of "a smile"
    ("en-said-with-a-smile-names-no-speaker", "en",
     "At the new border trade centre in Khorgos, a trader from Almaty, Aigerim Sadykova, said with a smile.",
     [("Khorgos", "GPE"), ("Almaty", "GPE"), ("Aigerim Sadykova", "PERSON")],
     []),
    # "and added that": the clause after the second verb is the same speaker's too
    ("en-said-and-added-that", "en",
     "The minister said that the new plant will be the largest in the region and added that it will open in May.",
     [("May", "DATE")],
     [dict(text="the new plant will be the largest in the region", direct=False, speaker="The minister"),
      dict(text="it will open in May", direct=False, speaker="The minister", verb="added")]),
    ("en-said-and-said-again", "en",
     "Li Ming said the plant is large and said the two sides should work to build more.", [("Li Ming", "PERSON")],
     [dict(text="the plant is large", direct=False, speaker="Li Ming"),
      dict(text="the two sides should work to build more", direct=False, speaker="Li Ming")]),
    ("en-and-tell-the-world-is-no-clause", "en",
     "Al-Dawsari said he hoped to do more reporting about the region and tell the world more about its people.",
     [("Al-Dawsari", "PERSON")],
     [dict(text="he hoped to do more reporting about the region", direct=False, speaker="Al-Dawsari")]),
    ("ru-zayavil-i-dobavil", "ru",
     "Министр заявил, что новый завод будет крупнейшим в регионе, и добавил, что он откроется в мае.",
     [("мае", "DATE")],
     [dict(text="новый завод будет крупнейшим в регионе", direct=False, speaker="Министр"),
      dict(text="он откроется в мае", direct=False, speaker="Министр", verb="добавил")]),
    # a reported clause may open with its source: "said according to the statistics, …"; "said according to the
    # plan" has no clause
    ("en-said-according-to-the-data", "en",
     "Li Ming said according to the statistics for last year, the investments of China grew to 30 million dollars.",
     [("Li Ming", "PERSON"), ("China", "GPE")],
     [dict(text="according to the statistics for last year, the investments of China grew to 30 million dollars",
           direct=False, speaker="Li Ming")]),
    ("en-said-according-to-the-plan-is-no-clause", "en", "Work goes on, and Li Ming said according to the plan.",
     [("Li Ming", "PERSON")], []),
    # words that run over paragraphs: each opens with a mark, only the last closes; the last names the speaker
    ("en-quotation-over-two-paragraphs", "en",
     "Exports grew last year in the region.\n“We are very glad to be here in the region with our colleagues.\n"
     "“The park impressed us a lot,” said Li Wei, an editor.",
     [("Li Wei", "PERSON")],
     [dict(text="We are very glad to be here in the region with our colleagues.", direct=True, speaker="Li Wei"),
      dict(text="The park impressed us a lot", direct=True, speaker="Li Wei")]),
    ("ru-quotation-over-two-paragraphs", "ru",
     "Экспорт вырос.\n«Мы очень рады побывать в этом регионе вместе с коллегами.\n«Парк нас сильно впечатлил», — "
     "сказал Иван Петров.",
     [("Иван Петров", "PER")],
     [dict(text="Мы очень рады побывать в этом регионе вместе с коллегами.", direct=True, speaker="Иван Петров"),
      dict(text="Парк нас сильно впечатлил", direct=True, speaker="Иван Петров")]),
    ("en-quotation-over-three-paragraphs", "en",
     "Exports grew last year in the region.\n“We are very glad to be here in the region with our colleagues.\n"
     "“The park impressed us a lot.\n“We will come again,” said Li Wei, an editor.",
     [("Li Wei", "PERSON")],
     [dict(text="We are very glad to be here in the region with our colleagues.", direct=True, speaker="Li Wei"),
      dict(text="The park impressed us a lot.", direct=True, speaker="Li Wei"),
      dict(text="We will come again", direct=True, speaker="Li Wei")]),
    # ... but a paragraph that opens without a mark does not go on with it: the words left open have no speaker
    ("en-open-quotation-then-a-plain-paragraph", "en",
     "Exports grew last year in the region.\n“We are very glad to be here in the region with our colleagues.\n"
     "The park impressed Li Wei, an editor, a lot.", [("Li Wei", "PERSON")], []),
    # a gerund between commas says where the speaker has it from; the speaker is named before it
    ("ru-citing-between-commas-is-no-speaker", "ru",
     "Иван Петров, ссылаясь на данные статистики, сообщил, что экспорт вырос на десять процентов.",
     [("Иван Петров", "PER")],
     [dict(text="экспорт вырос на десять процентов", direct=False, speaker="Иван Петров")]),
    ("en-citing-between-commas-is-no-speaker", "en",
     "Minister Li Wei, citing data from the statistics office, said that exports grew by ten percent.",
     [("Li Wei", "PERSON")],
     [dict(text="exports grew by ten percent", direct=False, speaker="Minister Li Wei")]),
    # "Об этом … заявил X, сообщили в пресс-службе": the sentence says who said the one before, though a second
    # verb credits a press service; a role's "по …" runs on to the person's name
    ("ru-about-this-said-x-reported-the-press-service", "ru",
     "Китайская компания построит в Шымкенте завод по выпуску стекла. Об этом сегодня, 15 мая, заявил представитель "
     "Государственной корпорации по развитию торговли КНР Ли Вэй на встрече с министром торговли Казахстана Иваном "
     "Петровым в ходе двухдневного визита в республику, сообщили корреспонденту агентства в пресс-службе "
     "министерства торговли и интеграции страны.",
     [("Ли Вэй", "PERSON"), ("Иваном Петровым", "PERSON")],
     [dict(text="Китайская компания построит в Шымкенте завод по выпуску стекла", direct=False,
           speaker="представитель Государственной корпорации по развитию торговли КНР Ли Вэй")]),
    # an interview's "Name, role: – words" whose role holds a company's name in quotation marks
    ("en-colon-speech-with-a-quoted-company-in-the-role", "en",
     "Exports grew last year in the region.\nLi Wei, director of “Silk Road Glass, Ltd.”: – We will open the plant in "
     "spring. The first line will make window glass.",
     [("Li Wei", "PERSON")],
     [dict(text="We will open the plant in spring. The first line will make window glass", direct=True,
           speaker="Li Wei")]),
    # "according to the plan" names a document, no one who speaks: no quotation
    ("en-according-to-the-plan-is-no-speech", "en",
     "According to the plan, the cement plant will cost $80 million and will be built by a Chinese company.", [], []),
    # a railway's or a checkpoint's name in quotation marks is no one's words; a website relays, it does not speak
    ("ru-a-railways-name-is-no-quotation", "ru",
     "Экспорт вырос. Он также отметил важность строительства железной дороги «Казахстан–Туркмения–Иран».",
     [], []),
    ("ru-reported-on-a-website-is-no-speech", "ru",
     "Как сообщили на сайте Министерства торговли Казахстана, 3 числа этого месяца министр провёл рабочую встречу с "
     "делегацией Китая.", [], []),
    # "It stated that …" after a body spoke: the body; after a person, "it" stays unresolved
    ("en-it-stated-after-a-bureau", "en",
     "According to the city's bureau of trade, the forum will open in May. It also stated that more than 300 firms "
     "would take part in the forum.", [],
     [dict(text="the forum will open in May", direct=False, speaker="the city's bureau of trade"),
      dict(text="more than 300 firms would take part in the forum", direct=False,
           speaker="the city's bureau of trade")]),
    ("en-it-stated-after-a-person-stays-it", "en",
     "According to Li Wei, the forum will open in May. It also stated that more than 300 firms would take part in "
     "the forum.", [("Li Wei", "PERSON")],
     [dict(text="the forum will open in May", direct=False, speaker="Li Wei"),
      dict(text="more than 300 firms would take part in the forum", direct=False, speaker="It")]),
    # an aside may open the reported clause right after "that," / "что,"
    ("en-said-that-comma-aside", "en",
     "Exports grew. Li Wei said that, based on the friendly ties, the two regions have exchanged visits continuously.",
     [("Li Wei", "PERSON")],
     [dict(text="based on the friendly ties, the two regions have exchanged visits continuously", direct=False,
           speaker="Li Wei")]),
    # an occasion opening the words before the verb is where it was said, not who said it
    ("ru-occasion-before-the-speaker", "ru",
     "Экспорт вырос. В ходе встречи вице-мэр города Сиань отметил, что для бизнесменов откроют торговую площадку.",
     [("Сиань", "GPE")],
     [dict(text="для бизнесменов откроют торговую площадку", direct=False, speaker="вице-мэр города Сиань")]),
    ("ru-occasion-with-its-own-words-before-the-speaker", "ru",
     "Экспорт вырос. На церемонии открытия завода посол заявил, что поставки вырастут вдвое.", [],
     [dict(text="поставки вырастут вдвое", direct=False, speaker="посол")]),
    ("en-occasion-before-the-speaker", "en",
     "Exports grew. At the meeting the governor noted that the new platform will open in May.", [],
     [dict(text="the new platform will open in May", direct=False, speaker="the governor")]),
    # a short capitalised name in quotation marks inside a reported clause is a name, not the speaker's words
    ("ru-as-said-with-a-quoted-name-inside", "ru",
     "Экспорт вырос. Как рассказал глава отдела Ли Вэй, регион использует инициативу «Один пояс и один путь» для "
     "развития торговли.", [("Ли Вэй", "PERSON")],
     [dict(text="регион использует инициативу «Один пояс и один путь» для развития торговли", direct=False,
           speaker="глава отдела Ли Вэй")]),
    # a pronoun's person may be named two paragraphs up when the paragraph between names no one
    ("en-pronoun-over-a-paragraph-naming-no-one", "en",
     "Exports grew.\nAkim Li Wei opened the press conference on the list of projects.\n“Production of cars”, the applicant "
     "is a local company.\nAt the same time, he noted that several more projects are planned in the region.",
     [("Li Wei", "PERSON")],
     [dict(text="several more projects are planned in the region", direct=False, speaker="Li Wei")]),
    # a reported clause ends at the speaker's next act told by a gerund of saying, whatever that act takes
    ("ru-clause-ends-at-podcherknuv", "ru",
     "Экспорт вырос. Си Цзиньпин отметил, что в прошлом году объем торговли достиг 41 млрд долларов, подчеркнув "
     "стратегическое значение совместных проектов.", [("Си Цзиньпин", "PERSON")],
     [dict(text="в прошлом году объем торговли достиг 41 млрд долларов", direct=False, speaker="Си Цзиньпин")]),
    ("en-clause-ends-at-stressing", "en",
     "Exports grew. Li Wei said that trade grew by 20 percent, stressing the importance of the new railway.",
     [("Li Wei", "PERSON")],
     [dict(text="trade grew by 20 percent", direct=False, speaker="Li Wei")]),
    # an outlet that relays what a person it names said: the person's words, the person's row
    ("en-agency-relays-a-persons-words", "en",
     "Exports grew. Xinhua reported that Li Wei also informed the premier that China would support the bid.",
     [("Xinhua", "ORG"), ("Li Wei", "PERSON")],
     [dict(text="China would support the bid", direct=False, speaker="Li Wei")]),
    ("en-agency-reports-a-fact-about-a-person", "en",
     "Exports grew. The ministry said that Li Wei visited the new plant in May.", [("Li Wei", "PERSON")],
     [dict(text="Li Wei visited the new plant in May", direct=False, speaker="The ministry")]),
    # a verb joined to a clause whose subject opens the sentence: that subject says it
    ("en-said-joined-by-but", "en",
     "Exports grew. Aidos Serikov declined to give figures but said the plant would open in the spring.",
     [("Aidos Serikov", "PERSON")],
     [dict(text="the plant would open in the spring", direct=False, speaker="Aidos Serikov")]),
    ("en-said-joined-after-a-comma", "en",
     "Exports grew. Aidos Serikov gave no details, but said that he would travel to Urumqi in June.",
     [("Aidos Serikov", "PERSON"), ("Urumqi", "GPE")],
     [dict(text="he would travel to Urumqi in June", direct=False, speaker="Aidos Serikov")]),
    # ... but what follows "told" is who heard it, not a clause
    ("en-told-joined-is-no-speech", "en",
     "Exports grew. Governor Aidos Serikov thanked the hosts and told the guests about the region's mines.",
     [("Aidos Serikov", "PERSON")], []),
    ("en-did-say-joined-by-but", "en",
     "Exports grew. Aidos Serikov gave no figures but did say he would be visiting Urumqi soon.",
     [("Aidos Serikov", "PERSON"), ("Urumqi", "GPE")],
     [dict(text="he would be visiting Urumqi soon", direct=False, speaker="Aidos Serikov")]),
    # after "told", who heard it comes first: a clause follows it, or nothing told is quoted
    ("en-told-a-hearer-then-a-clause", "en",
     "Exports grew. Aidos Serikov told a Kazakh news agency his company would build a plant in Almaty.",
     [("Aidos Serikov", "PERSON"), ("Almaty", "GPE")],
     [dict(text="his company would build a plant in Almaty", direct=False, speaker="Aidos Serikov")]),
    ("en-told-a-hearer-about-a-topic-is-no-quote", "en",
     "Exports grew. Aidos Serikov told the visitors about the history of the old fortress.",
     [("Aidos Serikov", "PERSON")], []),
    # "said in a message", and the message speaks for whoever issued it
    ("en-said-in-a-message-then-according-to-the-message", "en",
     "Exports grew. The forum will be held in Almaty on May 9-10, the Kazakh Foreign Ministry said in a message.\n\n"
     "According to the message, a delegation from Gansu will visit Almaty to attend the forum.",
     [("Almaty", "GPE"), ("the Kazakh Foreign Ministry", "ORG"), ("Gansu", "GPE"), ("Almaty", "GPE")],
     [dict(text="The forum will be held in Almaty on May 9-10", direct=False, speaker="the Kazakh Foreign Ministry"),
      dict(text="a delegation from Gansu will visit Almaty to attend the forum", direct=False,
           speaker="the Kazakh Foreign Ministry")]),
    # a question asked is the asker's words
    ("ru-a-question-asked-is-a-quote", "ru",
     "Экспорт вырос.\nВице-министр Айдос Серіков рассказал о новых заводах.\n«Как это соотносится с планами "
     "правительства?» — спросил депутат Марат Оспанов у вице-министра.",
     [("Айдос Серіков", "PERSON"), ("Марат Оспанов", "PERSON")],
     [dict(text="Как это соотносится с планами правительства?", direct=True, speaker="депутат Марат Оспанов")]),
    # a sentence that names who said the one before ("Об этом сообщил X …") is no words of its own, whoever it is
    # credited to
    ("ru-a-credited-naming-is-no-quote", "ru",
     "Экспорт вырос.\nКорпорация готова строить дороги в Туркменистане. Об этом сообщил председатель правления "
     "China Road and Bridge Corporation (CRBC) и Китайской дорожной компании CHEC Ли Вэй во время встречи с "
     "заместителем Председателя Кабинета Министров Мамметханом Чакыевым в рамках визита в Ашхабад, сообщает "
     "пресс-служба CHEC.",
     [("Туркменистане", "GPE"), ("China Road and Bridge Corporation", "ORG"), ("CRBC", "ORG"), ("CHEC", "ORG"),
      ("Ли Вэй", "PERSON"), ("Мамметханом Чакыевым", "PERSON"), ("Ашхабад", "GPE"), ("CHEC", "ORG")], []),
    # a description after the name may hold "state" as an adjective: the name still names the speaker of the
    # clause after "said", which is no inverted "said he"
    ("en-state-in-the-description-is-no-say-verb", "en",
     "Exports grew.\nOmarov, chief editor with Kyrgyz state radio, said he really liked the new port.",
     [("Omarov", "PERSON")],
     [dict(text="he really liked the new port", direct=False, speaker="Omarov")]),
    # two right single marks close an opening double one on some pages
    ("en-two-single-marks-close-a-quotation", "en",
     "Exports grew.\n“We have seen the new port with our own eyes,’’ said Aliya Nurova, a blogger from Almaty.",
     [("Aliya Nurova", "PERSON"), ("Almaty", "GPE")],
     [dict(text="We have seen the new port with our own eyes", direct=True, speaker="Aliya Nurova")]),
    # a group that did something and said something speaks: it is the clause's subject
    ("en-a-group-visited-and-said", "en",
     "Exports grew.\nThe media delegation also visited the port of Aktau, and said they were struck by its size.",
     [], [dict(text="they were struck by its size", direct=False, speaker="The media delegation")]),
    ("ru-a-group-visited-and-said", "ru",
     "Экспорт вырос.\nКазахстанская делегация посетила завод и отметила, что предприятие работает без перебоев.",
     [], [dict(text="предприятие работает без перебоев", direct=False, speaker="Казахстанская делегация")]),
    # a sub-heading in quotation marks (its own line, Title Case, no full stop) is no one's words; a sentence
    # quoted on its own line after someone's words is theirs
    ("en-a-quoted-sub-heading-is-no-quotation", "en",
     "Exports grew.\n“The port will double its capacity by 2027,” said Daniyar Ospanov, head of the port.\n"
     "“Our Trucks Now Reach Europe in Twelve Days”\nThe new route opened in May.",
     [("Daniyar Ospanov", "PERSON"), ("Europe", "LOC")],
     [dict(text="The port will double its capacity by 2027", direct=True, speaker="Daniyar Ospanov")]),
    ("en-a-quoted-sentence-on-its-own-line-goes-on", "en",
     "Exports grew.\n“The port will double its capacity by 2027,” said Daniyar Ospanov, head of the port.\n"
     "“Our trucks now reach Europe in twelve days.”\nThe new route opened in May.",
     [("Daniyar Ospanov", "PERSON"), ("Europe", "LOC")],
     [dict(text="The port will double its capacity by 2027", direct=True, speaker="Daniyar Ospanov"),
      dict(text="Our trucks now reach Europe in twelve days.", direct=True, speaker="Daniyar Ospanov")]),
    # "CLAUSE, said X, who insisted that CLAUSE2": both clauses are X's (the relative pronoun stands for X); "met X,
    # who said that …" is X's as ever
    ("en-said-x-who-insisted-that", "en",
     "The corridor will halve delivery times to Europe, said Wen, who insisted that the first trains would run in "
     "spring.",
     [("Wen", "PERSON")],
     [dict(text="The corridor will halve delivery times to Europe", direct=False, speaker="Wen"),
      dict(text="the first trains would run in spring", direct=False, speaker="Wen", verb="insisted")]),
    ("ru-said-x-who-stressed-that", "ru",
     "Терминал примет первые поезда весной, сообщил директор порта Айдос Нуров, который подчеркнул, что "
     "строительство идет по графику.",
     [("Айдос Нуров", "PERSON")],
     [dict(text="Терминал примет первые поезда весной", direct=False, speaker="директор порта Айдос Нуров"),
      dict(text="строительство идет по графику", direct=False, speaker="директор порта Айдос Нуров", verb="подчеркнул")]),
    ("en-said-this-week", "en",
     "Kazakh farms are gearing up to export more lamb to China, the Vice Minister of Agriculture Aigul Sadykova said "
     "this week.", [("Aigul Sadykova", "PERSON")],
     [dict(text="Kazakh farms are gearing up to export more lamb to China", direct=False,
           speaker="the Vice Minister of Agriculture Aigul Sadykova")]),
    ("ru-said-this-week-before-the-naming", "ru",
     "Экспорт баранины в Китай вырастет вдвое, сообщил на этой неделе вице-министр сельского хозяйства Айгуль Садыкова.",
     [("Айгуль Садыкова", "PERSON")],
     [dict(text="Экспорт баранины в Китай вырастет вдвое", direct=False,
           speaker="вице-министр сельского хозяйства Айгуль Садыкова")]),
    ("en-told-hearers-with-a-number-in-their-name", "en",
     "Dmitry Orlov told journalists from the 21st Century Herald that he could see the whole picture of the trade.",
     [("Dmitry Orlov", "PERSON")],
     [dict(text="he could see the whole picture of the trade", direct=False, speaker="Dmitry Orlov")]),
    ("en-according-to-media-reports-is-no-quotation", "en",
     "China ranks among Kazakhstan's top trading partners, according to media reports.", [("China", "GPE")], []),
    ("en-met-x-who-said-that", "en",
     "The delegation met Wen Li, who said that the first trains would run in spring.",
     [("Wen Li", "PERSON")],
     [dict(text="the first trains would run in spring", direct=False, speaker="Wen Li")]),
    # "they" after a group that spoke is that group
    ("en-they-after-a-group-that-spoke", "en",
     "Members of the delegation said the trip showed them how fast the zone grows. They stressed that more "
     "visits would follow next year.",
     [("next year", "DATE")],
     [dict(text="the trip showed them how fast the zone grows", speaker="Members of the delegation"),
      dict(text="more visits would follow next year", speaker="Members of the delegation", verb="stressed")]),
    ("ru-they-after-a-group-that-spoke", "ru",
     "Участники поездки отметили, что увидели много нового. Они подчеркнули, что хотят вернуться в Урумчи.",
     [("Урумчи", "GPE")],
     [dict(text="увидели много нового", speaker="Участники поездки"),
      dict(text="хотят вернуться в Урумчи", speaker="Участники поездки", verb="подчеркнули")]),
    # who heard it stands between the verb and who said it: the body after the preposition speaks, and one who
    # only heard it is no speaker
    ("ru-told-an-agency-in-the-ministry", "ru",
     "Компания заинтересована в расширении деятельности в стране, сообщили агентству «Интерфакс» в министерстве "
     "экономики.",
     [("Интерфакс", "ORG")],
     [dict(text="Компания заинтересована в расширении деятельности в стране", direct=False,
           speaker="министерстве экономики")]),
    ("ru-told-reporters-alone-names-no-one", "ru",
     "Компания построит завод в области, сообщили журналистам.",
     [], []),
    # the words after "said:" without quotation marks are the speaker's own, to the paragraph's end
    ("en-said-colon-without-marks", "en",
     "For her part, Aigerim Sadykova said: We agreed to open two more routes next year.",
     [("Aigerim Sadykova", "PERSON"), ("next year", "DATE")],
     [dict(text="We agreed to open two more routes next year", direct=True, speaker="Aigerim Sadykova",
           verb="said")]),
    ("ru-said-colon-without-marks", "ru",
     "Министр сельского хозяйства Ерлан Нысанбаев сказал: Мы готовы начать строительство уже весной.",
     [("Ерлан Нысанбаев", "PERSON")],
     [dict(text="Мы готовы начать строительство уже весной", direct=True, speaker="Министр сельского хозяйства Ерлан Нысанбаев")]),
    # "по данным" a body that states opening the sentence is "according to" it; not statistics, not a note in the
    # middle of the reporter's sentence
    ("ru-according-to-the-cabinets-data", "ru",
     "По данным кабмина, после переговоров стороны подписали восемь документов о сотрудничестве.",
     [],
     [dict(text="после переговоров стороны подписали восемь документов о сотрудничестве", direct=False,
           speaker="кабмина")]),
    ("ru-according-to-statistics-is-no-speaker", "ru",
     "По данным статистики, товарооборот двух стран вырос на треть за год.",
     [], []),
    ("ru-a-sourced-note-is-no-quotation", "ru",
     "Напомним, что сегодня, по данным министерства, в стране работают сорок совместных предприятий.",
     [], []),
    # a press office speaks whole, whoever owns it (the model may read its owner as a person)
    ("en-a-presidents-press-service-speaks", "en",
     "According to Nazarov’s press service, the factory will be a joint project of two state companies.",
     [("Nazarov", "PERSON")],
     [dict(text="the factory will be a joint project of two state companies", direct=False,
           speaker="Nazarov’s press service")]),
    ("ru-the-press-service-of-a-residence-speaks", "ru",
     "«Переговоры пройдут в столице в среду», - говорится в сообщении пресс-службы Акорды.",
     [("Акорды", "PERSON")],
     [dict(text="Переговоры пройдут в столице в среду", direct=True, speaker="пресс-службы Акорды")]),
    # a quotation opened inside a reported clause (its marks unbalanced) is part of the clause
    ("ru-a-quotation-inside-a-reported-clause", "ru",
     "Министр отметил на встрече, что Казахстан «с большим интересом следит за развитием соседей, который «уверенно "
     "идет к своей цели – стать центром логистики». А отношения развиваются.", [],
     [dict(text="Казахстан «с большим интересом следит за развитием соседей, который «уверенно идет к своей цели – стать "
                "центром логистики»", direct=False, speaker="Министр")]),
    # a clause hung on the one before by "где" speaks for that one's subject; of two reporting verbs before one
    # "что", the later reports the clause
    ("ru-where-he-noted-is-the-subjects", "ru",
     "Перед визитом Ли Вэй дал интервью местной газете, где рассказал о своих впечатлениях и отметил, что бывает в "
     "городе уже третий раз.", [("Ли Вэй", "PERSON")],
     [dict(text="бывает в городе уже третий раз", direct=False, speaker="Ли Вэй")]),
    ("ru-the-later-of-two-verbs-reports", "ru",
     "Иван Петров рассказал о планах и отметил, что завод откроется в мае.", [("Иван Петров", "PERSON"), ("мае", "DATE")],
     [dict(text="завод откроется в мае", direct=False, speaker="Иван Петров", verb="отметил")]),
    # "he" after a paragraph's own speaker is that speaker, not a person named paragraphs before (here the model
    # does not read the speaker's name as a person)
    ("en-he-is-who-spoke-in-the-paragraph", "en",
     "According to the governor Arman Seitov, the plant will pay more taxes.\n\n"
     "Counsellor of the embassy Wenhai said that the project is among the largest. \"We are confident that it will "
     "bring prosperity to both countries,\" he said.", [("Arman Seitov", "PERSON")],
     [dict(text="the plant will pay more taxes", direct=False, speaker="the governor Arman Seitov"),
      dict(text="the project is among the largest", direct=False, speaker="Counsellor of the embassy Wenhai"),
      dict(text="We are confident that it will bring prosperity to both countries", direct=True,
           speaker="Counsellor of the embassy Wenhai")]),
    # a sentence that ends "… with a shared future, as agreed by …" has no closing attribution: a verb that tells no
    # one takes no object after it, but who heard it
    ("en-a-shared-future-is-no-attribution", "en",
     "The cities signed a memorandum on twinning, guided by the idea of a community with a shared future, as agreed "
     "by the two leaders in May.", [("May", "DATE")], []),
    ("ru-he-told-journalists-after-the-clause", "ru",
     "Новый терминал откроется весной, он сообщил журналистам.", [],
     [dict(text="Новый терминал откроется весной", direct=False, speaker="он")]),
    # "they said" after people named in the plural by a common noun is theirs
    ("en-they-are-the-experts-named-before", "en",
     "Local economists said that the new routes would cut costs. The routes will also bring tourists, they said.", [],
     [dict(text="the new routes would cut costs", direct=False, speaker="Local economists"),
      dict(text="The routes will also bring tourists", direct=False, speaker="Local economists")]),
    # a regional administration or a president's envoy's office states as a press service does, with a credit verb too
    ("ru-the-envoys-office-reports", "ru",
     "В Нарынской области построят цех по переработке шерсти. Об этом сообщает полномочное представительство "
     "президента в регионе.", [],
     [dict(text="В Нарынской области построят цех по переработке шерсти", direct=False,
           speaker="полномочное представительство президента", verb="сообщает")]),
    ("ru-according-to-the-regional-administration", "ru",
     "По данным обладминистрации, аким подписал меморандум с двумя китайскими компаниями.", [],
     [dict(text="аким подписал меморандум с двумя китайскими компаниями", direct=False, speaker="обладминистрации")]),
    # "the premier's state visit that began …" is a visit, not "state that": the clause is the ministry's
    ("en-state-visit-is-no-speech-verb", "en",
     "China and Mongolia have signed 12 new deals on roads during the premier's state visit that began on Thursday, "
     "Mongolia's Ministry of Foreign Affairs said.", [("Mongolia's Ministry of Foreign Affairs", "ORG")],
     [dict(text="China and Mongolia have signed 12 new deals on roads during the premier's state visit that began on "
                 "Thursday", direct=False, speaker="Mongolia's Ministry of Foreign Affairs", verb="said")]),
    # a page hard-wrapped after "on" goes on in the next line, capitalised or not
    ("en-wrapped-after-a-preposition", "en",
     "China and Mongolia have\nsigned 12 new deals on roads\nduring a visit that began on\nThursday, Mongolia's "
     "Ministry of Foreign Affairs said.", [("Mongolia's Ministry of Foreign Affairs", "ORG")],
     [dict(text="China and Mongolia have\nsigned 12 new deals on roads\nduring a visit that began on\nThursday",
           direct=False, speaker="Mongolia's Ministry of Foreign Affairs", verb="said")]),
    # the dateline opening the lede is no word of the reported clause
    ("en-dateline-before-a-reported-clause", "en",
     "Deals signed\nULAN BATOR Aug 22 China and Mongolia have signed 12 new deals, Mongolia's Ministry of Foreign "
     "Affairs said.", [("Mongolia's Ministry of Foreign Affairs", "ORG")],
     [dict(text="China and Mongolia have signed 12 new deals", direct=False,
           speaker="Mongolia's Ministry of Foreign Affairs", verb="said")]),
    # a paper or an occasion speaks for no one: "the memorandum says", "the reports presented at the forum noted"
    ("en-the-memorandum-is-no-speaker", "en",
     "The memorandum says that 90 percent of the plant's workers will be local residents.", [], []),
    ("en-the-reports-are-no-speaker", "en",
     "The reports presented at the forum noted that both countries were interested in closer trade ties.", [], []),
    ("ru-the-agreement-is-no-speaker", "ru",
     "Соглашение предусматривает, что компания построит завод до конца 2026 года.", [], []),
    # "X отметил:" closing a paragraph introduces the dash paragraph under it
    ("ru-colon-then-a-dash-paragraph", "ru",
     "Аким области Марат Оспанов отметил:\n– Мы провели содержательные переговоры с инвесторами.\n"
     "После этого делегация уехала.", [("Марат Оспанов", "PERSON")],
     [dict(text="Мы провели содержательные переговоры с инвесторами.", direct=True, speaker="Аким области Марат Оспанов",
           verb="отметил")]),
    ("en-said-colon-then-a-dash-paragraph", "en",
     "The governor of the region, Li Wei, said:\n– We held very productive talks with the investors.\n"
     "The delegation left.", [("Li Wei", "PERSON")],
     [dict(text="We held very productive talks with the investors.", direct=True, speaker="Li Wei", verb="said")]),
    # news media and their publications relay, a ministry states: "по данным" and "according to" a ministry
    # (abbreviated or not, named by the entity model or not) are its words; unless the clause names its own speaker
    ("ru-local-media-relay", "ru",
     "Китайская компания планирует начать сборку тракторов в Узбекистане, сообщают местные СМИ.",
     [("Узбекистане", "GPE", "Uzbekistan")], []),
    ("ru-an-outlet-named-first-relays", "ru", "«Завод откроется в мае», — отмечает телевидение Казахстана.",
     [("Казахстана", "GPE", "Kazakhstan")], []),
    ("ru-publications-relay", "ru",
     "В публикациях отмечается, что делегация области посетила Китай с рабочим визитом.",
     [("Китай", "GPE", "China")], []),
    ("ru-according-to-an-abbreviated-ministry", "ru",
     "По данным Минэнерго, добыча угля в области выросла на 12 процентов.",
     [("Минэнерго", "ORG")],
     [dict(text="добыча угля в области выросла на 12 процентов", direct=False, speaker="Минэнерго")]),
    ("en-according-to-a-ministry-the-entity-model-names", "en",
     "According to the Ministry of Energy, coal output in the region rose by 12 percent.",
     [("the Ministry of Energy", "ORG")],
     [dict(text="coal output in the region rose by 12 percent", direct=False, speaker="the Ministry of Energy")]),
    ("en-according-to-a-ministry-a-person-said", "en",
     "According to the Foreign Ministry, Wang said the two sides need to “open new routes for freight trains.”",
     [("the Foreign Ministry", "ORG"), ("Wang", "PERSON")],
     [dict(text="open new routes for freight trains.", direct=True, speaker="Wang")]),
    # a company's name in quotation marks inside the naming after the clause is no quotation
    ("ru-a-quoted-company-name-in-the-naming", "ru",
     'Глава фонда Нурлан Сапаров провел встречи с руководством китайских компаний, сообщает пресс-служба АО '
     '"Казына Капитал".',
     [("Нурлан Сапаров", "PERSON"), ("китайских", "NORP"), ("Казына Капитал", "ORG")],
     [dict(text="Глава фонда Нурлан Сапаров провел встречи с руководством китайских компаний", direct=False,
           speaker='пресс-служба АО "Казына Капитал"')]),
    # "X quoted Y as saying" (a role too), "цитирует Y издание": the one quoted speaks, not the outlet quoting
    ("en-an-outlet-quoted-a-role-as-saying", "en",
     '"Twelve more projects are being prepared," the newspaper quoted the deputy minister as saying.', [],
     [dict(text="Twelve more projects are being prepared", direct=True, speaker="the deputy minister")]),
    ("ru-an-outlet-quotes-the-minister", "ru",
     "«В активной фазе проработки еще 12 проектов», — цитирует заместителя министра издание.", [],
     [dict(text="В активной фазе проработки еще 12 проектов", direct=True, speaker="заместителя министра")]),
    # a comma between a titled name and its verb: the clause opening with the verb is the named one's
    ("en-a-comma-after-the-titled-name", "en",
     "Minister of Roads and Transport Ts.Enkhbat, attended the meeting and noted that the new road will open in May.",
     [("Ts.Enkhbat", "PERSON")],
     [dict(text="the new road will open in May", direct=False, speaker="Ts.Enkhbat")]),
    ("en-a-comma-after-a-titled-full-name", "en",
     "Minister of Roads and Transport Enkhbat Tsend, attended the meeting and noted that the new road will open in May.",
     [("Enkhbat Tsend", "PERSON")],
     [dict(text="the new road will open in May", direct=False, speaker="Enkhbat Tsend")]),
    # a press service's or ministry's report closing the sentence is its statement; an outlet's only credits the story
    ("en-a-press-service-reported", "en",
     "The new terminal will handle 20 million tons of cargo a year, the press service of the railway company reported.",
     [], [dict(text="The new terminal will handle 20 million tons of cargo a year", direct=False,
               speaker="the press service of the railway company")]),
    ("en-as-reported-by-the-ministry", "en",
     "As reported by the Ministry of Industry, the plant will start production in March.", [("Ministry of Industry", "ORG")],
     [dict(text="the plant will start production in March", direct=False, speaker="the Ministry of Industry")]),
    ("en-an-outlet-reported-credits-the-story", "en",
     "The new terminal will handle 20 million tons of cargo a year, Trend news agency reported.", [], []),
    ("en-as-reported-by-an-outlet", "en",
     "As reported by Trend, the plant will start production in March.", [("Trend", "ORG")], []),
    # "according to" a deal, a plan or data cites a document, whatever words stand before its noun
    ("en-according-to-a-deal-signed", "en",
     "The light railway will have 18 stations, according to the bilateral deal signed in May.", [], []),
    ("en-according-to-the-head-of-a-project", "en",
     "The light railway will have 18 stations, according to the head of the project.", [],
     [dict(text="The light railway will have 18 stations", direct=False, speaker="the head of the project")]),
    # ", citing …" is the speaker's next act, not the clause said
    ("en-citing-ends-the-clause", "en",
     "He said trade had grown over the past year, citing a recently signed agreement on investment.", [],
     [dict(text="trade had grown over the past year", direct=False)]),
    # "exclaimed", "воскликнула" attribute what was said, as "said" does
    ("en-exclaimed-after-the-quote", "en",
     '"This trip changed my view of China." Saule, a journalist from Almaty, exclaimed during the tour.',
     [("Saule", "PERSON")], [dict(text="This trip changed my view of China.", direct=True, speaker="Saule")]),
    ("ru-exclaimed-after-the-quote", "ru", "«Это невероятно!» — воскликнула журналистка Анна Петрова.",
     [("Анна Петрова", "PERSON")], [dict(text="Это невероятно!", direct=True, speaker="журналистка Анна Петрова")]),
    # "по" inside a body's name ("министерство по делам молодежи") is no end of the naming
    ("ru-a-ministry-for-affairs-speaks-by-its-whole-name", "ru",
     "Как сообщает министерство по делам молодежи республики, студенты будут изучать работу университетов.", [],
     [dict(text="студенты будут изучать работу университетов", direct=False,
           speaker="министерство по делам молодежи республики")]),
    ("ru-said-by-phone-ends-the-naming", "ru", "Завод откроется в мае, сообщил министр по телефону.", [],
     [dict(text="Завод откроется в мае", direct=False, speaker="министр")]),
    # a body's statement told with "reports", or with when and whose story it is after the verb; an outlet's credit
    # stays no speaker
    ("en-a-press-service-reports", "en",
     "The governor of Aktobe region received investors from Gansu, the press service of the regional akimat reports.",
     [("Aktobe", "GPE"), ("Gansu", "GPE")],
     [dict(text="The governor of Aktobe region received investors from Gansu", direct=False,
           speaker="the press service of the regional akimat")]),
    ("en-a-press-office-reported-on-a-day-according-to-a-paper", "en",
     "The two sides discussed a new freight corridor in Lanzhou, the deputy premier's press office reported on "
     "3 June according to the Steppe Herald.",
     [("Lanzhou", "GPE"), ("3 June", "DATE")],
     [dict(text="The two sides discussed a new freight corridor in Lanzhou", direct=False,
           speaker="the deputy premier's press office")]),
    ("en-an-outlet-reported-on-a-day-is-no-speaker", "en",
     "The two sides discussed a new freight corridor in Lanzhou, the Steppe Herald reported on Monday.",
     [("Lanzhou", "GPE"), ("Monday", "DATE")], []),
    # "He said CLAUSE and added that …": the bare clause before the joint is his too (it was lost to the "that" one)
    ("en-said-bare-and-added-that", "en",
     "Aidos Bekov spoke to the forum. He said exports of grain to China grew by a third and added that the "
     "new terminal will open in May.",
     [("Aidos Bekov", "PERSON"), ("China", "GPE"), ("May", "DATE")],
     [dict(text="exports of grain to China grew by a third", direct=False, speaker="Aidos Bekov", verb="said"),
      dict(text="the new terminal will open in May", direct=False, speaker="Aidos Bekov", verb="added")]),
    # the outlet that carries a statement, credited after the naming, is no part of it
    ("en-statement-carried-by-an-outlet", "en",
     "Uzbekistan has signed agreements worth $300 million with eight companies from Gansu, the press service of the "
     "Namangan region said, Steppe Wire reports.",
     [("Uzbekistan", "GPE"), ("Gansu", "GPE"), ("Namangan", "GPE"), ("Steppe Wire", "ORG")],
     [dict(text="Uzbekistan has signed agreements worth $300 million with eight companies from Gansu", direct=False,
           speaker="the press service of the Namangan region", verb="said")]),
    # a region's office states what it says, as a ministry does
    ("en-according-to-the-hokimiyat", "en",
     "According to the Hokimiyat of Samarkand region, investors from Henan will build a textile plant in Urgut.",
     [("Hokimiyat of Samarkand region", "ORG"), ("Henan", "GPE"), ("Urgut", "GPE")],
     [dict(text="investors from Henan will build a textile plant in Urgut", direct=False,
           speaker="the Hokimiyat of Samarkand region")]),
    # a first name the tagger left out of the person: the name, not the description after it, speaks
    ("en-a-first-name-left-out-of-the-person", "en",
     '"I have seen a land that lives in peace," Rosalinda Maria Tejera Lopez, director of the Semanal de Toledo, '
     'told Xinhua.',
     [("Maria Tejera Lopez", "PERSON"), ("Semanal de Toledo", "ORG"), ("Xinhua", "ORG")],
     [dict(text="I have seen a land that lives in peace", direct=True, speaker="Rosalinda Maria Tejera Lopez",
           speaker_role="director of the Semanal de Toledo")]),
    # when it was said, between the verb and the naming after it, is no part of the speaker
    ("ru-a-day-between-the-verb-and-the-speaker", "ru",
     "Завод по выпуску удобрений откроется в мае, сообщил в среду аким Жамбылской области.",
     [("мае", "DATE"), ("среду", "DATE"), ("Жамбылской области", "GPE")],
     [dict(text="Завод по выпуску удобрений откроется в мае", direct=False, speaker="аким Жамбылской области")]),
    # "he" is never a "person" the tagger found in quotation marks: the name of a programme
    ("en-he-is-no-name-in-quotation-marks", "en",
     'Speaking at a press briefing in the border town, the Foreign Minister Aidar Sultanov praised the programme '
     '"Bright Road".\n\n'
     '"Our own programme marks our will to lead," he explained.',
     [("Aidar Sultanov", "PERSON"), ("Bright Road", "PERSON")],
     [dict(text="Our own programme marks our will to lead", direct=True, speaker="Aidar Sultanov")]),
    # single marks quote as double ones do (British style), and a sentence opens after one; an apostrophe is none
    ("en-single-quotation-marks", "en",
     "There are two flights a week between the cities. 'At our last meeting we spoke of a daily flight. We plan to "
     "open it this summer,' said Ivanov.\n\nThe airlines' managers agreed. Li Ming pointed out that the Chinese side "
     "also studies a route to Seoul. 'I have already asked a Korean carrier to fly it,' he said.",
     [("Ivanov", "PERSON"), ("Li Ming", "PERSON"), ("Seoul", "GPE")],
     [dict(text="At our last meeting we spoke of a daily flight. We plan to open it this summer", direct=True,
           speaker="Ivanov"),
      dict(text="the Chinese side also studies a route to Seoul", direct=False, speaker="Li Ming"),
      dict(text="I have already asked a Korean carrier to fly it", direct=True, speaker="Li Ming")]),
    # "in his view" / "по его оценке": the person the possessive refers to said it
    ("en-in-his-assessment", "en",
     "The zone hosted Wang Jian, the consul general of China in Kazan. In his assessment, the ties between the two "
     "regions have reached a new level.",
     [("Wang Jian", "PERSON"), ("China", "GPE"), ("Kazan", "GPE")],
     [dict(text="the ties between the two regions have reached a new level", direct=False, speaker="Wang Jian")]),
    ("ru-po-ego-otsenke", "ru",
     "Технопарк посетил генеральный консул Китая Ван Цзянь. По его оценке, связи двух регионов вышли на новый уровень.",
     [("Китая", "GPE"), ("Ван Цзянь", "PERSON")],
     [dict(text="связи двух регионов вышли на новый уровень", direct=False, speaker="Ван Цзянь")]),
    # with no word of speech, the person who opens the clause that ends in the colon speaks the quotation after it
    ("ru-subject-before-the-colon", "ru",
     "Открывая форум, губернатор Иван Петров сразу обозначил главное: «Область готова принять десять новых заводов "
     "из Китая». Встреча с Ли Мином прошла так: «Мы обсудили всё, что хотели обсудить за эти два дня».",
     [("Иван Петров", "PERSON"), ("Китая", "GPE"), ("Ли Мином", "PERSON")],
     [dict(text="Область готова принять десять новых заводов из Китая", direct=True, speaker="Иван Петров")]),
    # "added" / "explained" take a clause without "that" only when it has a finite verb of its own
    ("en-bare-added-clause", "en",
     "Wang Li added the company would build two more plants in the region. Chen Bo noted the importance of the new "
     "logistics centre for the region.",
     [("Wang Li", "PERSON"), ("Chen Bo", "PERSON")],
     [dict(text="the company would build two more plants in the region", direct=False, speaker="Wang Li")]),
    # an agency named by its abbreviation heard it: the press service "в" after it speaks
    ("ru-agency-abbreviation-is-who-heard-it", "ru",
     "Губернатор посетит два завода в Харбине, сообщили ИА в пресс-службе правительства края.",
     [("Харбине", "GPE")],
     [dict(text="Губернатор посетит два завода в Харбине", direct=False, speaker="пресс-службе правительства края")]),
    # "по сообщению" frames the words of a body that states, not of the media
    ("ru-po-soobshcheniyu-body", "ru",
     "По сообщению облправительства, делегация области находится в Китае с рабочим визитом. По сообщению СМИ, "
     "делегация вернется в пятницу.",
     [("Китае", "GPE"), ("пятницу", "DATE")],
     [dict(text="делегация области находится в Китае с рабочим визитом", direct=False, speaker="облправительства")]),
    # "Отмечается, что …" names no one: whoever spoke last said it, and no row when no one did
    ("ru-impersonal-noted-is-who-spoke-last", "ru",
     "Отмечается, что делегация прибыла во вторник.\n\n"
     "Делегацию возглавил вице-премьер Иван Петров, сообщила пресс-служба правительства. Подчеркивается, что "
     "вице-премьеру удалось провести встречу с мэром города.",
     [("вторник", "DATE"), ("Иван Петров", "PERSON")],
     [dict(text="Делегацию возглавил вице-премьер Иван Петров", direct=False, speaker="пресс-служба правительства"),
      dict(text="вице-премьеру удалось провести встречу с мэром города", direct=False,
           speaker="пресс-служба правительства")]),
    # "As X told Y, CLAUSE": who heard it between the verb and the comma
    ("en-as-the-office-told-an-outlet", "en",
     "As the regional press office told Construction.ru, Chinese businessmen studied the investment proposals of "
     "the region.",
     [("Construction.ru", "ORG")],
     [dict(text="Chinese businessmen studied the investment proposals of the region", direct=False,
           speaker="the regional press office")]),
    # with no person named before, "he" is the one a sentence before opens with by a role ("The Consul …")
    ("en-he-is-the-role-that-opened-a-sentence", "en",
     "The park hosted a guest from Kazan.\n\nThe Consul General also toured the logistics complex. “Today I saw the "
     "scale of the zone and its many large factories,” he said.\n\nThe delegation left on Monday. “It was a useful "
     "trip for all of us,” he said.",
     [("Kazan", "GPE"), ("Monday", "DATE")],
     [dict(text="Today I saw the scale of the zone and its many large factories", direct=True,
           speaker="The Consul General"),
      dict(text="It was a useful trip for all of us", direct=True, speaker="The Consul General")]),
    # an attribution set between commas after a sentence's first words: what follows it was said, by the one named
    # after the verb; a clause before the naming ("…, said Li, who …") is Li's as before
    ("en-an-aside-attribution", "en",
     "The new terminal, says the port's director, will double the trade in two years.", [],
     [dict(text="will double the trade in two years", direct=False, speaker="the port's director", verb="says")]),
    ("ru-an-aside-attribution", "ru",
     "Новый терминал, отметил директор порта, удвоит товарооборот за два года.", [],
     [dict(text="удвоит товарооборот за два года", direct=False, speaker="директор порта", verb="отметил")]),
    # a semicolon ends the clause before the naming
    ("en-naming-after-a-semicolon", "en",
     "Exports grew. The budget is small; officials have said they will light the new stadium with solar power.",
     [], [dict(text="they will light the new stadium with solar power", direct=False, speaker="officials")]),
    # "Об этом заявил X, выступая на форуме «…»": a quoted name after the naming's comma
    ("ru-told-before-with-a-quoted-forum-after", "ru",
     "Экспорт вырос. Компания построит в Актобе новый склад для зерна. Об этом заявил министр Айдос Серіков, "
     "выступая на форуме «Алтын Дала» в Астане.",
     [("Айдос Серіков", "PERSON"), ("Актобе", "GPE"), ("Астане", "GPE")],
     [dict(text="Компания построит в Актобе новый склад для зерна", direct=False, speaker="министр Айдос Серіков")]),
    # ... but a decree is no speaker
    ("ru-told-before-by-a-decree-is-no-quote", "ru",
     "Экспорт вырос. Компания построит в Актобе новый склад для зерна. Об этом говорится в подписанном сегодня "
     "постановлении, разрешающем концерну «Алтын Дала» заключить контракт.",
     [("Актобе", "GPE")], []),
    # an editor's aside after the name belongs to the naming
    ("en-an-aside-after-the-name", "en",
     "Wang Lei [transliterated], counsellor of the Chinese Embassy in Tashkent, said the investments are small but "
     "growing.", [("Wang Lei", "PERSON"), ("Chinese", "NORP"), ("Tashkent", "GPE")],
     [dict(text="the investments are small but growing", direct=False, speaker="Wang Lei")]),
    # a briefing is where it was said: the naming after it speaks
    ("ru-said-at-a-briefing-in-the-service", "ru",
     "Заводы построят в Келесском районе, сообщили на брифинге в региональной службе коммуникаций.", [],
     [dict(text="Заводы построят в Келесском районе", direct=False,
           speaker="региональной службе коммуникаций")]),
    ("ru-said-at-a-briefing-by-the-akim", "ru",
     "Заводы построят в районе, сообщил на пресс-конференции аким района Марат Оспанов.",
     [("Марат Оспанов", "PERSON")],
     [dict(text="Заводы построят в районе", direct=False, speaker="аким района Марат Оспанов", speaker_role="аким района")]),
    # a hyphen typed for the dash between the closing mark and the verb; the quotation's last sentence is no
    # one's reported speech
    ("en-a-hyphen-before-said", "en",
     '"The company will invest $2 billion in the line. Building it will take two years"- said the deputy director '
     "of the company Wang Lei on Friday.", [("Wang Lei", "PERSON"), ("Friday", "DATE")],
     [dict(text="The company will invest $2 billion in the line. Building it will take two years", direct=True,
           speaker="the deputy director of the company Wang Lei", speaker_role="the deputy director of the company")]),
    ("en-a-spaced-hyphen-before-said", "en",
     '"Building the line will take two years" - said Wang Lei, the deputy director of the company.',
     [("Wang Lei", "PERSON")],
     [dict(text="Building the line will take two years", direct=True, speaker="Wang Lei")]),
]


@pytest.mark.parametrize("case", QUOTES + MORE_QUOTES, ids=[c[0] for c in QUOTES + MORE_QUOTES])
def test_quote_table(case):
    _, lang, text, names, expected = case
    got = extract_quotes(text, lang, mark(text, names))
    assert len(got) == len(expected), [(q.text, q.speaker) for q in got]
    for q, want in zip(got, expected):
        for key, value in want.items():
            assert getattr(q, key) == value, (key, q)
        assert text[q.start_char:q.end_char] == q.text
        assert text[q.speaker_start:q.speaker_end] == q.speaker
        assert q.sentence
        assert any(a <= q.start_char and q.end_char <= b for a, b in line_spans(text))  # within one paragraph


def test_unattributed_cut_off_quotation_is_left_out():
    text = "Журналисты посетили парк.\n«Между Казахстаном и Китаем созданы все условия д"
    assert extract_quotes(text, "ru", []) == []


def test_regions_cover_quoted_words_not_reported_clauses():
    """A reported clause tells news in the reporter's words ("said that the delegation will visit …"): events read
    it; quoted words are the speaker's own and stay out."""
    text = 'The minister said that the plant would open soon. "We toured it," he added.'
    regions = [text[a:b] for a, b in quoted_regions(text, "en")]
    assert "the plant would open soon" not in regions
    assert any(r.startswith("We toured it") for r in regions)
