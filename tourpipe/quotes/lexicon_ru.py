"""Russian words that report speech and shape an attribution ("отметил он", "по словам министра", "сообщили в …")."""

SAY_VERBS = """
сказал сказала сказали говорит говорят говорил говорила говорили заявил заявила заявили заявляет заявляют
отметил отметила отметили отмечает отмечают подчеркнул подчеркнула подчеркнули подчеркивает подчеркивают
подчёркивает подчёркивают сообщил сообщила сообщили добавил добавила добавили пояснил пояснила пояснили
уточнил уточнила уточнили рассказал рассказала рассказали заметил заметила заметили признал признала
признали напомнил напомнила напомнили констатировал констатировала резюмировал резюмировала указал указала
указали сообщается говорится отмечается подчеркивается проинформировал проинформировала проинформировали
объяснил объяснила объяснили прокомментировал прокомментировала прокомментировали ответил ответила ответили
подытожил подытожила подытожили рассказывает рассказывают поделился поделилась поделились
пообещал пообещала пообещали обещает обещают заверил заверила заверили
выразил выразила выразили сообщает сообщают вспомнил вспомнила вспомнили
объявил объявила объявили объявляет объявляют уточняет уточняют добавляет добавляют поясняет поясняют
напоминает напоминают указывает указывают констатирует
отметив добавив подчеркнув заявив сообщив пояснив уточнив сказав
""".split()
# Mental states ("считает", "надеется") are not quotations.
THAT_VERBS = ()
GERUNDS = "отметив добавив подчеркнув заявив сообщив пояснив уточнив сказав".split()
# Reporting verbs that open no inverted attribution / read as nouns after a noun phrase (see lexicon_en): Russian
# lists only finite forms and participles, none of them a noun.
CLAUSE_VERBS: list[str] = []  # a Russian naming after the verb ("отметил он") is read by case, not by these
HONORIFICS = "г-н г-жа господин госпожа".split()
AFTER_NAMING = "выступая во при на в".split()  # "…, заявил министр, выступая на форуме"
NOT_INVERTED: list[str] = []
NOUN_LIKE: list[str] = []

# A news outlet credited for the story ("…, передает LS."); "Отметим/Напомним" are the author's asides.
# ... и наименование с таким главным словом: «сообщил телеканал», «пишет газета», «передает агентство»
OUTLETS: list[str] = ["сми"]
OUTLET_STEMS = ("телеканал", "телевидени", "газет", "агентств", "издани", "радио", "портал", "телерадиокомпани")
TELL_VERBS = "сказал сказала сказали рассказал рассказала рассказали".split()
NAME_NOUNS = ("телеканал", "агентств", "газет", "издани", "компани", "программ", "проект", "корпораци", "фонд",
              "банк", "журнал", "портал", "радио", "завод", "холдинг", "ао", "тоо", "ооо", "пао", "оао")
HEAD_LAST = False  # «телеканал CGTN»: главное слово открывает наименование
CREDIT_VERBS = "передает передаёт пишет сообщает информирует отметим напомним".split()
# ... но пресс-служба или министерство — не издание: "Как сообщает пресс-служба акимата, …" — их заявление
SPEAKING_BODIES = "пресс-служб пресс-центр министерств ведомств акимат мэри администраци правительств посольств".split()

COMPLEMENTIZER = "что"
ACCORDING_TO = ("по словам", "по мнению")
# ... and with the speaker as a possessive pronoun inside it
ACCORDING_POSSESSIVE = r"по\s+(?P<np>его|её|ее|их)\s+(?:словам|мнению|данным)"  # "по его данным": his figures
QUOTED_AS = r"(?!x)x"  # "the site quoted him as saying" (lexicon_en) has no Russian form in the news
NOT_SPEAKERS = "данным информации сведениям плану проекту прогнозу прогнозам расчетам расчётам".split()
AS_WORDS = ("как",)
MID_MAX_WORDS = 4
REPORTED_MID_MAX_WORDS = 4

LEADING_NOISE = "и а но также же при этом".split()
# Words of time that may open the words before a verb, before its speaker: "Вчера министр заявил".
WHEN_WORDS = "вчера сегодня ранее недавно позднее затем".split()
TRAILING_NOISE = "также тоже ранее уже же вновь неоднократно".split()
TRAILING_PHRASE = r"(?!x)x"  # "was quoted as" (lexicon_en) has no Russian form
# "сообщили в пресс-службе", "В ведомстве отмечают": the naming is the place of speech.
SPEAKER_PREPOSITIONS = ("в", "во", "на")
# "говорится в заявлении компании", "отмечается в сообщении министерства": the document, then who wrote it
SPEECH_OBJECTS = """
впечатлениями мнением информацией подробностями планами мыслями соображениями уверенность надежду мнение
благодарность признательность
""".split()  # ... and what "выразил" expresses: "— выразил уверенность министр"
DOCUMENT_NOUNS = "заявлении сообщении пресс-релизе релизе документе письме обращении публикации докладе отчете".split()
# "сообщили на брифинге в службе коммуникаций": where it was said, not who said it (the naming after it is)
OCCASION_NOUNS = "брифинге пресс-конференции заседании совещании встрече форуме конференции презентации".split()
# "«…», — говорится в сообщении": the statement alone speaks for whoever was told issuing it before
SOURCE_DOCUMENTS = DOCUMENT_NOUNS
# Отрезки между запятыми, что описывают говорящего, а не называют его: «…, который …», «…, ссылаясь на свои источники,»
DESCRIBING_OPENERS = "который которая которое которые которого которой которым кто что ссылаясь цитируя".split()
ADVERBIAL_OPENERS = """
после до во время при в на по для как когда если хотя поскольку так кроме с со к о об среди из от за
""".split()

PRONOUNS = {"он": "person", "она": "person", "него": "person", "нее": "person", "неё": "person", "они": "group",
            "них": "group", "мы": "group", "я": "self",
            # possessive, "по его словам"
            "его": "person", "ее": "person", "её": "person", "их": "group"}
# A quotation attributed after its closing mark: the comma stays outside and a dash follows («…», — сказал он).
AFTER_QUOTE = r"[!?…]\s*$"
AFTER_QUOTE_TAIL = r"^\s*,?\s*[—–-]"
# «Мы строим терминал, — сказал он. — Он откроется в мае»: the attribution between dashes inside the marks
INTERRUPTED_QUOTES = True
# "… создаст 500 рабочих мест. Об этом заявил министр X на брифинге.": the sentence before is what was said
BACK_REFERENCE = r"(?:об\s+этом|о\s+том|это|с\s+(?:таким|этим|подобным)\s+заявлением)"  # matched at a sentence start
# ... and verbs that attribute only after it: "С таким заявлением выступила пресс-служба"
BACK_REFERENCE_VERBS = "выступил выступила выступили".split()
# words that open where or when it was said, after the naming: "заявил аким области Кумар Аксакалов во время осмотра …"
SPEAKER_STOPS = "в во на при по после перед".split()
# "Х отметил, что …, и выразил надежду …": a second verb of the speaker's ends the reported clause (checked: a past
# tense verb of the speech verb's gender and number).
COORDINATED_VERB = (r",\s+(?:и|а\s+также)\s+(?:также\s+|затем\s+|еще\s+|ещё\s+)?"
                    r"(?P<verb>[а-яё]+(?:л|ла|ло|ли)(?:сь|ся)?)(?![\w-])")
CLAUSE_STOPS = (r",?\s+и\s+(?:также\s+)?(?:{say}),\s+что\b",
                r",\s+(?:отметив|добавив|подчеркнув|заявив|пояснив),\s+что\b",
                r",\s+(?:сообщает|сообщают|передает|передаёт|пишет|информирует)\s",  # "…, сообщает пресс-служба"
                r":\s*[«“\"„]")  # "…, вырос в 2,7 раза: «…»": дальше его собственные слова
# Следующее высказывание того же говорящего: «заявил, что завод большой, и добавил, что он откроется в мае»
CONTINUED = r",?\s+и\s+(?:также\s+)?(?P<verb>{say}),\s+что\s+"
# When it was said, after a sentence-final verb: "…, сообщил он в понедельник."
WHEN_AFTER_VERB = r"(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|сегодня|вчера"
# Russian owners are genitives ("пресс-служба президента X"), not told apart here
OWNER_PREPOSITIONS = ()
ARTICLES = ()
# Роль в русском стоит перед именем ("по словам руководителя управления X"): список не нужен.
ROLE_WORDS: list[str] = []
