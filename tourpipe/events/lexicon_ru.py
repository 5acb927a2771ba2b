"""Russian event triggers and the words around them, as data (lemmas; see tourpipe.events.lexicon_en)."""

VERBS = {
    "посетить": dict(type="visit", forms=r"посет(?:ил|ила|или|ило|ят|ит|ить|ив|ивш\w*|ят)", slots="obj",
                     any_site=True),
    "посещать": dict(type="visit", forms=r"посеща(?:ет|ют|ли|л|ла|ть|я)", slots="obj"),
    # «журналистам показали завод»: кому показали объект, тот его и посетил (только названным посетителям)
    "показать": dict(type="visit", forms=r"показал[аио]?", slots="obj", dative_acts=True),
    # «ОшГУ принял делегацию университета»: подлежащее принимает гостей, дополнение (не «приняли участие»)
    "принять": dict(type="visit", forms=r"принял[аи]?|принима(?:л[аи]?|ет|ют)", slots="subj", object_acts=True,
                    hosts=True),
    "принимать": dict(type="visit", forms=r"принима(?:л[аи]?|ет|ют)", slots="subj", object_acts=True, hosts=True),
    "побывать": dict(type="visit", forms=r"побыва\w*", slots="в на"),
    "приехать": dict(type="visit", forms=r"приех\w*|приед\w*", slots="в на"),
    "прибыть": dict(type="visit", forms=r"прибы(?:л|ла|ли|ло|ть|в|вш\w*)|прибуд\w*", slots="в на"),
    "прибывать": dict(type="visit", forms=r"прибыва(?:ет|ют|л|ла|ли|ть)", slots="в на"),
    "выехать": dict(type="visit", forms=r"выех\w*|выед\w*", slots="в на"),
    "отправиться": dict(type="visit", forms=r"отправил\w*|отправят\w*|отправится", slots="в на"),
    "направиться": dict(type="visit", forms=r"направил(?:ся|ась|ись)|направятся|направится", slots="в на"),
    "съездить": dict(type="visit", forms=r"съезди\w*", slots="в на"),
    "осмотреть": dict(type="visit", forms=r"осмотр(?:ел|ели|ела|ят|ит|еть)", slots="obj"),
    "въехать": dict(type="visit", forms=r"въех\w*|въед\w*", slots="в на"),
    "ознакомиться": dict(type="visit", forms=r"ознаком(?:ил|ила|или|ились|ился|илась|ятся|ится|иться|ившись)\w*",
                         slots="с со"),
    "подписать": dict(type="agreement", forms=r"подпис(?:ал|ала|али|ан|ана|аны|ано|ать|ывают|ывает|ан\w*)"
                      r"|подпиш(?:ут|ет|ем|ете)",
                      slots="obj subj:pass", objects="agreement", party="с", passive="target"),
    "подписывать": dict(type="agreement", forms=r"подписыва\w*", slots="obj subj:pass", objects="agreement",
                        party="с", passive="target"),
    "заключить": dict(type="agreement", forms=r"заключ(?:ил|ила|или|ен|ена|ены|ено|ить|ат|ит|им|ают|ен\w*)",
                      slots="obj subj:pass", objects="agreement", party="с", passive="target"),
    # "достигнуто соглашение"; "достигнуты договоренности" (understandings reached in talks) is no agreement signed
    **dict.fromkeys(("достигнуть", "достичь"),  # pymorphy gives either lemma
                    dict(type="agreement", forms=r"достиг(?:ли|ла|нут\w*|нув|нет|нем)?|достичь", slots="obj subj:pass",
                         objects="accord", party="с", passive="target")),
    # "Китайская компания инвестирует 50 млрд тенге в строительство заводов": the money is yet to come
    # «China National Gold приобрела компанию», «приобрела права на разработку»: покупка доли в деле
    "приобрести": dict(type="investment", forms=r"приобре(?:л|ла|ли|ло|тет|тут|сти|тение|тения)\w*",
                       slots="obj subj:pass", objects="holding", passive="target"),
    "инвестировать": dict(type="investment", forms=r"инвестир\w*", slots="в obj", backed=True, present_planned=True),
    "вложить": dict(type="investment", forms=r"влож(?:ил|ила|или|ит|ат|ить|ено|ены|ен)\w*", slots="в obj",
                    backed=True),
    "вкладывать": dict(type="investment", forms=r"вкладыва\w*", slots="в obj", backed=True, present_planned=True),
    # "Sinopec профинансирует строительство завода": who pays for a project invests in it
    **dict.fromkeys(("финансировать", "профинансировать"),
                    dict(type="investment", forms=r"(?:про)?финансир(?:ует|уют|овал|овала|овали|овать|овано|ован)\w*",
                         slots="obj subj:pass", passive="target", backed=True)),
    "реализовать": dict(type="investment", forms=r"реализ(?:ова|ует|уют|уем)\w*", slots="obj subj:pass",
                        objects="project", passive="target"),
    "реализовывать": dict(type="investment", forms=r"реализовыва\w*", slots="obj subj:pass", objects="project",
                          passive="target"),
    "выпускать": dict(type="investment", forms=r"выпуска(?:ть|ет|ют)(?:ся)?", slots="obj subj:pass",
                      passive="target", planned_only=True),
    "производить": dict(type="investment", forms=r"производи(?:ть|т)(?:ся)?|производят(?:ся)?", slots="obj subj:pass",
                        passive="target", planned_only=True),
    "построить": dict(type="investment", forms=r"постро(?:ить|ят|ит|ен|ена|ено|ены|ил|или|ила)",
                      slots="obj subj:pass", objects="plant", passive="target"),
    "строить": dict(type="investment", forms=r"стро(?:ит|ят|ить|ится|ятся)", slots="obj subj:pass",
                    objects="plant", passive="target", planned_only=True, under_way=True),
    # «планирует возвести новый цементный завод», «возводится комплекс»
    "возвести": dict(type="investment", forms=r"возве(?:сти|дут|дёт|дет|ден|дена|дено|дены|ли|л|ла)",
                     slots="obj subj:pass", objects="plant", passive="target"),
    "возводить": dict(type="investment", forms=r"возвод(?:ит|ят|ить|ится|ятся)", slots="obj subj:pass",
                      objects="plant", passive="target", planned_only=True, under_way=True),
    "модернизировать": dict(type="investment", forms=r"модернизир\w*", slots="obj subj:pass", objects="plant",
                            passive="target", planned_only=True, under_way=True),
    # «планирует расширить производство», «расширит завод»
    "расширить": dict(type="investment", forms=r"расшир(?:ить|ит|ят)", slots="obj", objects="plant",
                      planned_only=True),
    # «запустил совместные предприятия»: пуск завода — вложение, сделанное (как и намеченное)
    "запустить": dict(type="investment", forms=r"запуст(?:ить|ят|ит|или|ил)", slots="obj subj:pass",
                      objects="plant", passive="target"),
    # "BYD откроет завод в Джизаке"
    "открыть": dict(type="investment", forms=r"открыть|откроет|откроют|открыт|открыта|открыто|открыты",
                    slots="obj subj:pass", objects="plant", passive="target", planned_only=True),
    # "намерены создать производственную зону": a plant or a zone to be set up
    "создать": dict(type="investment", forms=r"созда(?:ть|дут|ст|дим|дите|м|н|на|но|ны)", slots="obj subj:pass",
                    objects="plant", passive="target", planned_only=True),
}

NOUNS = {
    "визит": dict(type="visit", forms=r"визит(?:а|е|ом|у)?", slots="в на"),
    "госвизит": dict(type="visit", forms=r"госвизит(?:а|е|ом|у)?", slots="в на"),  # "государственный визит"
    "поездка": dict(type="visit", forms=r"поездк(?:а|и|е|у|ой)", slots="в на по"),
    "посещение": dict(type="visit", forms=r"посещени(?:е|я|и|ем)", slots="gen"),
    "тур": dict(type="visit", forms=r"тур(?:а|е|ом|у)?", slots="в на по"),
    "подписание": dict(type="agreement", forms=r"подписани(?:е|я|и|ем)", slots="gen", objects="agreement",
                       party="с"),
    "инвестиция": dict(type="investment", forms=r"инвестиц(?:ии|ий|иями|ия)", slots="в", backed=True,
                       amount_only=True),
    # «планируется строительство завода», «начнется строительство»: завод, который построят
    "строительство": dict(type="investment", forms=r"строительств(?:о|а|у|ом|е)", slots="gen", objects="plant",
                          planned_only=True),
}
PLURAL_NEXT = "в на"

WORD_LISTS = {
    "site": """
парк зона центр завод фабрика предприятие компания музей выставка район город область регион штаб-квартира
кампус университет институт лаборатория порт база площадка объект ферма школа больница мечеть храм село
деревня станция офис фирма павильон технопарк кластер комплекс проект месторождение рынок аэропорт терминал
экспо ярмарка шоурум сад библиотека сэз студия инкубатор учреждение министерство посольство консульство страна
столица республика комбинат цех хаб особый экономический провинция округ администрация акимат мэрия поселок уезд
редакция
""",
    "agreement": """
соглашение меморандум договор контракт документ протокол декларация договоренность пакт дорожный карта
программа план заявление хартия
""",
    "accord": "соглашение договор контракт меморандум",
    # люди, не места: "посетили местных жителей и логистический центр" — посещён центр
    "people": """
житель местный селянин фермер семья студент школьник рабочий сотрудник чиновник руководитель коллега ребёнок
ребенок ветеран пациент старейшина скотовод люди предприниматель бизнесмен ремесленник учитель врач волонтёр
""",
    "project": "проект программа",
    # что покупают, вкладываясь в дело: «приобрела 60% акций», «приобрела права на разработку месторождения»
    "holding": """
доля доли акция акции пакет право права лицензия лицензии концессия актив активы компания компании рудник
месторождение завод предприятие бизнес
""",
    "plant": """
завод фабрика предприятие производство комбинат цех линия комплекс проект мощность площадка зона технопарк центр
кластер хаб терминал электростанция станция тэц гэс рудник шахта ферма птицефабрика гостиница отель склад
теплица дорога железная мост тоннель трубопровод газопровод нефтепровод нпз порт аэропорт
""",
}

LIGHT_VERBS = "совершить совершать нанести наносить провести проводить начать завершить включать".split()
# Существительные между таким глаголом и триггером: «примут участие в подписании» (подписание впереди).
LIGHT_NOUNS = "участие".split()
# Церемония, которую называет слово события, — само событие: «церемония подписания прошла в Ташкенте».
CEREMONY_NOUNS = "церемония".split()
CEREMONY_PREPOSITIONS: list[str] = []  # что подписано, стоит при самом слове: «подписания соглашений»
# Руководитель группы — часть её наименования: «делегация во главе с губернатором X прибыла …»
LED_BY = r",?\s+(?:во\s+главе\s+с|под\s+руководством)\s+"
AMOUNT_OF: list[str] = []  # по-русски сумма стоит после того, что стоит: «соглашения на $2 млрд»
# Глаголы, завершающие визит: «завершила визит в воскресенье» (день окончания не датирует визит и его остановки)
END_VERBS = "завершить завершать закончить заканчивать окончить".split()
START_VERBS = "начать начинать приступить приступать стартовать идти вестись продолжаться".split()
# «участвует в строительстве завода», «помогала в строительстве»: участие в проекте, который идет
PARTAKE_VERBS = "участвовать помогать".split()
END_FORMS = r"(?<!\w)(?:заверш|законч|оконч)\w*\s+(?:свой\s+|свою\s+)?(?:[\w-]+\s+){0,3}(?:визит|госвизит|поездк|тур)"
# День сообщения, а не поездки: «…, сообщило агентство в понедельник», «заявил во вторник».
REPORT_DAY = (r"(?<!\w)(?:сообщ(?:ил[аои]?|ает|ают)|заяв(?:ил[аои]?|ляет|ляют)|рассказал[аои]?|написал[аои]?|"
              r"переда(?:л[аои]?|[её]т|ют))\s+(?:(?!(?:о|об|про)\s)[\w-]+\s+){0,2}(?:(?:в|во)\s+)?$")
# Поездка на несколько дней: её первый день не датирует остановок («семидневный тур», «поездки, начавшейся 21 сентября»)
DAYS_LONG = (r"(?<!\w)(?:\d+-?|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|нескольки)\s?дневн\w*"
             r"|(?<!\w)(?:начавш\w+|стартовавш\w+)\s+(?:в\s+)?\d")
RETURN_TRIGGERS: list[str] = []  # «вернулись в Алматы» нет в словаре триггеров
ORIGIN_WORDS = (r"(?<!\w)(?:из|делегаци\w+|представител\w+|компани\w+|предприяти\w+|журналист\w+|организаци\w+|"
                r"бизнесмен\w+|предпринимател\w+)(?:\s+[\w-]+)?")
ORIGIN_NEXT = r"(?!x)x"
TRIGGER_LIGHT_VERBS = "совершить нанести".split()
NON_AGENTS = "поездка визит госвизит программа тур маршрут график".split()

FUTURE_AUX = "быть".split()
PLAN_WORDS = """
намеренный намерен намерить планировать планироваться собираться предполагаться рассчитывать намереваться хотеть
готовиться предстоять должный договориться решить готовый готов готовность план намерение предусмотреть
запланировать обещать пообещать предусматривать
""".split()
# ("намерить": the lemma pymorphy gives "намерена", "намерены")
PLAN_ADJECTIVES = "предстоящий планируемый будущий запланированный".split()
NEGATIONS = "не ни".split()

ANAPHORIC_DETERMINERS = "этот это тот данный такой".split()  # "это": the lemma the tagger gives "этом"
ADDITIVE_WORDS = "также тоже ещё еще кроме помимо".split()
TERM_PREPOSITIONS = "до".split()
ABILITY_NOUNS: list[str] = []  # нет частицы "to": «мощность для выпуска» не читается как план
OUTLET_NOUNS: list[str] = []  # «который» относится и к изданию: по-русски не различить
# «Эти компании построят …»: организации, только что перечисленные
# ... и та, что обозначает компанию, названную последней: «Данная корпорация построит …»
COMPANY_ANAPHOR = r"(?:данн|эт|указанн)\w*\s+(?:компани|корпораци|фирм)\w*"
GROUP_ANAPHOR = r"(?:эти|данные|указанные|обе|две|три|четыре)\s+(?:компании|фирмы|корпорации|инвесторы|предприятия)"
ANAPHORIC_PREPOSITIONS = "после перед".split()
ANAPHORIC_FRAMES = "ход время рамка итог завершение начало".split()
ANAPHORIC_BEFORE = (r"(?:в\s+ходе|во\s+время|после|по\s+итогам|в\s+рамках|перед)\s+(?:[\w-]+\s+){0,2}$",
                    r"(?:этот|этого|этом|этим|эта|этой|эту|данн\w+)\s+$",
                    # "В первый день визита …"
                    r"(?:в|на)\s+(?:первый|второй|третий|последний|заключительный)\s+день\s+(?:[\w-]+\s+){0,2}$")
MODIFIER_BEFORE = r"(?!x)x"
MODIFIER_FORMS = ""

LOCATIVE_PREPOSITIONS = "в на под близ возле около".split()
TOUR_PREPOSITIONS = "по".split()
# Столица без имени: «в столичном аэропорту», «прибыл в столицу» (не «в столице Синьцзяна», не «областной столице»)
CAPITAL_UNNAMED = r"(?<![\w-])(?:в|во)\s+(?:столичн\w+|столиц[еуы](?!\s+[А-ЯЁA-Z]|\s+\w+\s+[А-ЯЁA-Z]))"
COMITATIVE_PREPOSITIONS = "с".split()  # "со" is read as "с" (reading._case)
AGENT_PREPOSITIONS = ()
# ... and how a trigger noun takes its visitor, a named person or organisation ("the visit of President X",
# "визит Си Цзиньпина": None is the bare genitive)
NOUN_AGENT_CASES = (None,)
# ... or a word for people who travel: "визит делегации во главе с председателем комиссии"
LEAD_VERBS = "возглавить возглавлять".split()  # "led a delegation on an official visit to China"
# Кто едет вместе с действующим лицом: «Аким с делегацией … посетил» (группа из VISITOR_NOUNS после предлога)
COMPANION_PREPOSITIONS = "с со".split()
VISITOR_NOUNS = """
делегация группа журналист представитель делегат гость министр президент премьер премьер-министр председатель глава
руководитель спикер посол губернатор аким мэр лидер
""".split()
# Кого принимает хозяин визита: «ОшГУ принял делегацию»
HOSTED_NOUNS = "делегация группа гость журналист делегат".split()
# Купленные права — права на то, что за ними: «приобрела права на разработку месторождения»
RIGHT_NOUNS = "право лицензия".split()
RIGHT_PREPOSITIONS = "на".split()
COUNTRY_WORDS = "страна республика".split()
CITY_WORDS = "город".split()
OCCASION = r"переговор\w*|встреч\w*|саммит\w*|форум\w*"
OCCASION_AGAIN = r"(?!x)x"  # no article: only "по итогам переговоров", "в ходе встречи" tell it again
# Подписание, названное снова церемонией, до предлога перед местом: «Церемония подписания прошла в Астане»
SIGNING_HELD = r"(?<!\w)церемони\w+\s+подписания\b[^.;\n]{0,60}?(?<!\w)(?:в|во)\s+"
OCCASION_WHICH = r",\s+(?:в\s+ходе|во\s+время|в\s+рамках|по\s+итогам|на\s+полях|на)\s+котор(?:ого|ой|ых|ом)\b"
VISIT_NOUNS = r"(?:гос)?визит\w{0,2}|поездк\w{1,2}|посещени\w{1,2}"
REGION_WORDS = {"центральноазиатский": "Central Asia", "среднеазиатский": "Central Asia",
                "южноазиатский": "South Asia", "юго-восточноазиатский": "Southeast Asia",
                "восточноазиатский": "East Asia", "закавказский": "South Caucasus", "прибалтийский": "Baltic"}
# Canonical names are English ("Xinjiang Uygur Autonomous Region"); Russian adjectival names keep their noun.
ADMIN_WORDS = "region district city province county prefecture autonomous".split()
# Site nouns that end compounds which are sites too ("электростанция", "гидроэлектростанция", "автозавод",
# "аквапарк", "стройплощадка"); never a short one that ends other words ("порт": "экспорт", "паспорт").
SITE_SUFFIXES = "станция завод фабрика комбинат парк площадка".split()
# A name in apposition to one of these is the site's own ("мечеть Янхан", "озеро Тяньчи", "парк Кяриз"), not where it
# is; beside a town's noun ("город Урумчи") or a port or station named after its town ("порт Хоргос") it is the place.
OWN_NAME_HEADS = """
мечеть храм собор монастырь церковь пагода озеро гора река водопад ущелье парк сад музей дворец площадь улица
проспект сообщество квартал каток стадион арена театр
""".split()
ETHNONYMS = "uygur uyghur uighur hui zhuang kazakh kazak xibe mongol tibetan korean kyrgyz tajik".split()
BETWEEN = "между".split()
COORDINATORS = "и".split()
INFINITIVE_MARKS = ()
# О чём подписанный документ, когда парсер вешает это на глагол: «подписали Меморандум о … сотрудничестве»
TOPIC_PREPOSITIONS = "о об обо".split()
NOT_TOPICS: list[str] = []  # «о»/«об» всегда говорят, о чём документ
GENITIVE_PLACE = True
BARE_NOUN_DEFINITE = True


PRONOUNS = {"он": "person", "она": "person", "его": "person", "ее": "person", "её": "person", "они": "group",
            "их": "group", "мы": "group", "оно": "thing"}
# Relative pronouns by lemma: "журналисты, которые посетили X" — who acts is the noun the clause describes.
RELATIVE_PRONOUNS = ["который"]
# "… and other places": a list's last member that names no site
# "вложил миллиарды в Казахстан, в основном в нефть и газ": такая группа уточняет названную перед ней цель
# "посетили различные места, включая город Урумчи, округ Кашгар": названные в перечне места посещены
INCLUDING = ["включая", "в том числе"]
# ... а общее слово перед таким перечнем своего места не называет ("различные места, включая …")
GENERIC_SITES = "место объект достопримечательность локация точка".split()
# Части места, не называющие объекта: «побывали в разных районах Синьцзяна» — визит в Синьцзян
AREA_NOUNS = "место уголок часть территория локация".split()
# Деньги и товары перемещаются, но ничего не посещают: "инвестиции пойдут в завод", "грузы идут в Китай".
THINGS = """
инвестиция средство деньги кредит заём груз товар экспорт импорт продукция поставка контейнер поезд вагон
грузовик выручка прибыль нефть газ зерно уголь руда металл сталь
""".split()
# "впервые": у события нет "раза"-деятеля; владелец случая — тот, кто посещает
OCCASION_NOUNS = "раз случай возможность шанс".split()
FOCUS_WORDS = "основном главным преимущественно особенно частности прежде".split()
OTHER_WORDS = "другой другие других прочий прочие прочих".split()
# "the Kyrgyz capital", "столица Кыргызстана": a country's capital city (lexicon.CAPITALS), by lemma
CAPITAL_WORDS = "столица".split()
# A place these head is wider than a city the event names: "visited Xi'an in Shaanxi province" is in Xi'an
PROVINCE_WORDS = "провинция область регион край".split()

CLAUSE_CUT = r",\s+(?:котор\w+|где)\b|;\s"
# "реализуется" is the passive of "реализовать".
REFLEXIVE_SUFFIXES = ("ся", "сь")

GENERIC_PRESENT = False
WISH_WORDS = """
возможность шанс мечта мечтать желание хотеться пригласить приглашать приглашение задача предложить предлагать
предложение
""".split()  # ... или задача, предложение: «задачи реализации совместных проектов» (интерес — это план)
WELCOME_VERBS: list[str] = []  # «приветствовал губернатора в Шэньси» — без инфинитива: визит читается и так
# Творительный времени — не деятель: «будет подписан осенью», «прибыли утром»
TIME_NOUNS = "весна лето осень зима утро день вечер ночь".split()
# ... но полученная возможность использована: «журналисты получили возможность посетить …» (прошедшее время)
CHANCE_TAKEN = {"возможность": "получить иметь", "шанс": "получить иметь"}
PARTNER_NOUNS = "участие поддержка партнерство содействие помощь сотрудничество".split()
QUANTIFIERS = "ряд пакет серия набор количество число работа деятельность территория объект".split()
# not "организация": as often the organisation as its organising
PROCESS_NOUNS = "строительство создание возведение развитие расширение модернизация".split()
# A trigger form after one of these is a noun ("their visit"), never a verb.
DETERMINERS = "этот эта этого этой эту этом свой своей своего".split()
# "инвестировала 500 млн долларов начиная с 2018 года": дата открывает период, событие не датирует
UNDATED_BEFORE = r"начиная\s+со?|(?:начавш|стартовавш)\w+(?:\s+в)?"  # «поездки, начавшейся 21 сентября»
# Объект идиомы никуда не «везут» (в английском "took part in …"); у русских триггеров таких нет.
IDIOM_OBJECTS: list[str] = []
# "Во время пребывания в Алматы гости посетят …": пребывание определяет место того, о чём говорит предложение
STAY_NOUNS = "пребывание визит госвизит поездка тур".split()
# «Находясь с рабочим визитом в КНР, министр …»: визит — того, кто находится
STAY_VERBS = "находиться пребывать быть".split()
# "Ли Цян находится в Бишкеке с официальным визитом": место рядом с «с визитом» — место визита
ON_VISIT_PREPOSITIONS = "с".split()
# «прибывшего в Казахстан с государственным визитом»: как совершается визит, о котором говорит глагол
MANNER_PREPOSITIONS = "с".split()
# A Russian perfective future has no auxiliary ("построит"): a plans-only trigger is always parsed (lexicon_en has the
# words a plan shows itself by before the trigger).
PLAN_CUES: list[str] = []
PLAN_CUE_WITHIN = 0
# Настоящее время с этими словами — привычка: «в Ташкент ежедневно прибывают туристы», «каждый год посещают»
HABIT_WORDS = "ежедневно еженедельно ежегодно регулярно обычно часто постоянно каждый".split()
# Завод или проект, который будет выпускать продукцию, говорит о её выпуске, а не об инвестиции: «предприятия будут
# выпускать до двух миллионов тонн руды»
OUTPUT_VERBS = "выпускать производить".split()
