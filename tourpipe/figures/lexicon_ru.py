"""Russian words and phrases the figures extractor reads: number, scale, currency, unit, hedge and change words."""
from __future__ import annotations

from tourpipe.vocabulary import MONTH_ABBREVIATIONS_RU, MONTH_FORMS_RU

# Numbers and scales -------------------------------------------------------------------------------------------------
DECIMAL_COMMA = True  # "20,5" is twenty and a half; thousands are grouped with spaces ("1 250")

# Every inflected form of the cardinal numbers (generated from pymorphy3 lexemes, "ё" folded to "е").
NUMBER_FORMS = {
    # один = 1
    **dict.fromkeys(('один', 'одна', 'одни', 'одним', 'одними', 'одних', 'одно', 'одного', 'одной', 'одном', 'одному',
                     'одною', 'одну'), 1),
    # два = 2
    **dict.fromkeys(('два', 'две', 'двум', 'двумя', 'двух'), 2),
    # три = 3
    **dict.fromkeys(('трем', 'тремя', 'трех', 'три'), 3),
    # четыре = 4
    **dict.fromkeys(('четыре', 'четырем', 'четырех', 'четырьмя'), 4),
    # пять = 5
    **dict.fromkeys(('пяти', 'пять', 'пятью'), 5),
    # шесть = 6
    **dict.fromkeys(('шести', 'шесть', 'шестью'), 6),
    # семь = 7
    **dict.fromkeys(('семи', 'семь', 'семью'), 7),
    # восемь = 8
    **dict.fromkeys(('восемь', 'восемью', 'восьми', 'восьмью'), 8),
    # девять = 9
    **dict.fromkeys(('девяти', 'девять', 'девятью'), 9),
    # десять = 10
    **dict.fromkeys(('десяти', 'десять', 'десятью'), 10),
    # одиннадцать = 11
    **dict.fromkeys(('одиннадцати', 'одиннадцать', 'одиннадцатью'), 11),
    # двенадцать = 12
    **dict.fromkeys(('двенадцати', 'двенадцать', 'двенадцатью'), 12),
    # тринадцать = 13
    **dict.fromkeys(('тринадцати', 'тринадцать', 'тринадцатью'), 13),
    # четырнадцать = 14
    **dict.fromkeys(('четырнадцати', 'четырнадцать', 'четырнадцатью'), 14),
    # пятнадцать = 15
    **dict.fromkeys(('пятнадцати', 'пятнадцать', 'пятнадцатью'), 15),
    # шестнадцать = 16
    **dict.fromkeys(('шестнадцати', 'шестнадцать', 'шестнадцатью'), 16),
    # семнадцать = 17
    **dict.fromkeys(('семнадцати', 'семнадцать', 'семнадцатью'), 17),
    # восемнадцать = 18
    **dict.fromkeys(('восемнадцати', 'восемнадцать', 'восемнадцатью'), 18),
    # девятнадцать = 19
    **dict.fromkeys(('девятнадцати', 'девятнадцать', 'девятнадцатью'), 19),
    # двадцать = 20
    **dict.fromkeys(('двадцати', 'двадцать', 'двадцатью'), 20),
    # тридцать = 30
    **dict.fromkeys(('тридцати', 'тридцать', 'тридцатью'), 30),
    # сорок = 40
    **dict.fromkeys(('сорок', 'сорока'), 40),
    # пятьдесят = 50
    **dict.fromkeys(('пятидесяти', 'пятьдесят', 'пятьюдесятью'), 50),
    # шестьдесят = 60
    **dict.fromkeys(('шестидесяти', 'шестьдесят', 'шестьюдесятью'), 60),
    # семьдесят = 70
    **dict.fromkeys(('семидесяти', 'семьдесят', 'семьюдесятью'), 70),
    # восемьдесят = 80
    **dict.fromkeys(('восемьдесят', 'восемьюдесятью', 'восьмидесяти', 'восьмьюдесятью'), 80),
    # девяносто = 90
    **dict.fromkeys(('девяноста', 'девяносто'), 90),
    # сто = 100
    **dict.fromkeys(('ста', 'сто'), 100),
    # двести = 200
    **dict.fromkeys(('двести', 'двумстам', 'двумястами', 'двухсот', 'двухстах'), 200),
    # триста = 300
    **dict.fromkeys(('тремстам', 'тремястами', 'трехсот', 'трехстах', 'триста'), 300),
    # четыреста = 400
    **dict.fromkeys(('четыремстам', 'четыреста', 'четырехсот', 'четырехстах', 'четырьмястами'), 400),
    # пятьсот = 500
    **dict.fromkeys(('пятисот', 'пятистам', 'пятистах', 'пятьсот', 'пятьюстами'), 500),
    # шестьсот = 600
    **dict.fromkeys(('шестисот', 'шестистам', 'шестистах', 'шестьсот', 'шестьюстами'), 600),
    # семьсот = 700
    **dict.fromkeys(('семисот', 'семистам', 'семистах', 'семьсот', 'семьюстами'), 700),
    # восемьсот = 800
    **dict.fromkeys(('восемьсот', 'восемьюстами', 'восьмисот', 'восьмистам', 'восьмистах'), 800),
    # девятьсот = 900
    **dict.fromkeys(('девятисот', 'девятистам', 'девятистах', 'девятьсот', 'девятьюстами'), 900),
    # полтора = 1.5
    **dict.fromkeys(('полтора', 'полторы', 'полутора'), 1.5),
    # двое = 2
    **dict.fromkeys(('двое', 'двоим', 'двоими', 'двоих'), 2),
    # трое = 3
    **dict.fromkeys(('трое', 'троим', 'троими', 'троих'), 3),
    # четверо = 4
    **dict.fromkeys(('четверо', 'четверым', 'четверыми', 'четверых'), 4),
    # пятеро = 5
    **dict.fromkeys(('пятеро', 'пятерым', 'пятерыми', 'пятерых'), 5),
    # шестеро = 6
    **dict.fromkeys(('шестеро', 'шестерым', 'шестерыми', 'шестерых'), 6),
    # семеро = 7
    **dict.fromkeys(('семеро', 'семерым', 'семерыми', 'семерых'), 7),
}
NUMBER_WORDS = NUMBER_FORMS
_SCALE_LEMMAS = {"тысяч": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}
SCALE_WORDS = {
    **{lemma + ending: value for lemma, value in _SCALE_LEMMAS.items() if lemma != "тысяч"
       for ending in ("", "а", "ам", "ами", "ах", "е", "ов", "ом", "у", "ы")},
    **{"тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячам": 1e3, "тысячами": 1e3, "тысячах": 1e3,
       "тысячу": 1e3, "тысячей": 1e3, "тысяче": 1e3, "тысячью": 1e3},
    "тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12, "мрд": 1e9, "сто": None,
    "тысячи": 1e3, "bn": 1e9, "mln": 1e6,
}
SCALE_WORDS.pop("сто")
CURRENCY_ONLY_SCALES = {"к": 1e3}  # "$10К"
GLUED_SCALES = {"к": 1e3, "К": 1e3}  # "10к$", "15К рублей"
ARTICLES_ONE: set[str] = set()
HALF_WORDS = {"пол": 0.5}
NUMBER_JOINERS: set[str] = set()

# Money --------------------------------------------------------------------------------------------------------------
CURRENCY_BEFORE = {
    "$": "USD", "us$": "USD", "usd": "USD", "¥": "CNY", "€": "EUR", "£": "GBP", "₸": "KZT", "₽": "RUB",
    "rmb": "CNY", "cny": "CNY", "eur": "EUR", "kzt": "KZT", "rub": "RUB",
}
CURRENCY_AFTER = {
    "$": "USD", "usd": "USD", "долл": "USD", "дол": "USD", "долл. сша": "USD", "¥": "CNY", "€": "EUR", "₸": "KZT",
    "₽": "RUB", "руб": "RUB", "р": "RUB", "тг": "KZT", "тенге": "KZT", "евро": "EUR", "юаня": "CNY", "kzt": "KZT",
    "rub": "RUB", "eur": "EUR", "cny": "CNY", "сом": "KGS", "долл. США": "USD", "дол. США": "USD",
    "американских долларов": "USD", "американского доллара": "USD", "американских доллара": "USD", "сомов": "KGS",
    "сума": "UZS", "сумов": "UZS",
    # names too short or too common to read as stems ("вон" is also "out", "реал" opens "реализация" and names a
    # club, "лев" is a lion)
    **dict.fromkeys(("вон", "воны", "вона", "вонах", "вонам"), "KRW"),
    **dict.fromkeys(("реалов", "реалах"), "BRL"), **dict.fromkeys(("рэнд", "рэнда", "рэндов", "рандов"), "ZAR"),
    **dict.fromkeys(("лева", "левов"), "BGN"),
}
CURRENCY_STEMS = {"доллар": "USD", "юан": "CNY", "рубл": "RUB", "жэньминьб": "CNY", "иен": "JPY", "фунт": "GBP",
                  "бакс": "USD", "гривн": "UAH", "гривен": "UAH", "тенге": "KZT", "франк": "CHF", "лир": "TRY",
                  "рупи": "INR", "манат": "AZN", "лари": "GEL", "драм": "AMD", "злот": "PLN", "форинт": "HUF",
                  "шекел": "ILS", "тугрик": "MNT", "ринггит": "MYR", "сомони": "TJS"}
# A country's adjective before a currency name that several countries share, or that names another currency without
# it: "швейцарских франков" CHF, "белорусских рублей" BYN, "канадских долларов" CAD. Keys are "adjective-stem
# currency-stem" (each matched as the start of its word), values ISO 4217.
CURRENCY_ADJECTIVES = {
    "американск доллар": "USD", "канадск доллар": "CAD", "австралийск доллар": "AUD", "новозеландск доллар": "NZD",
    "гонконгск доллар": "HKD", "сингапурск доллар": "SGD", "тайваньск доллар": "TWD",
    "российск рубл": "RUB", "белорусск рубл": "BYN",
    "швейцарск франк": "CHF", "турецк лир": "TRY", "китайск юан": "CNY", "японск иен": "JPY",
    "украинск гривн": "UAH", "украинск гривен": "UAH", "казахстанск тенге": "KZT", "узбекск сум": "UZS",
    "киргизск сом": "KGS", "кыргызск сом": "KGS", "таджикск сомони": "TJS", "туркменск манат": "TMT",
    "азербайджанск манат": "AZN", "армянск драм": "AMD", "грузинск лари": "GEL", "монгольск тугрик": "MNT",
    "индийск рупи": "INR", "пакистанск рупи": "PKR", "индонезийск рупи": "IDR",
    "южнокорейск вон": "KRW", "корейск вон": "KRW", "северокорейск вон": "KPW",
    "британск фунт": "GBP", "английск фунт": "GBP", "египетск фунт": "EGP",
    "мексиканск песо": "MXN", "аргентинск песо": "ARS", "чилийск песо": "CLP", "колумбийск песо": "COP",
    "филиппинск песо": "PHP", "бразильск реал": "BRL", "южноафриканск ранд": "ZAR", "южноафриканск рэнд": "ZAR",
    "саудовск риял": "SAR", "саудовск риал": "SAR", "катарск риял": "QAR", "катарск риал": "QAR",
    "иранск риал": "IRR", "оманск риал": "OMR", "эмиратск дирхам": "AED", "марокканск дирхам": "MAD",
    "шведск крон": "SEK", "норвежск крон": "NOK", "датск крон": "DKK", "чешск крон": "CZK", "исландск крон": "ISK",
    "польск злот": "PLN", "венгерск форинт": "HUF", "израильск шекел": "ILS", "молдавск ле": "MDL",
    "румынск ле": "RON", "болгарск лев": "BGN", "сербск динар": "RSD", "кувейтск динар": "KWD",
    "иорданск динар": "JOD", "алжирск динар": "DZD", "иракск динар": "IQD", "вьетнамск донг": "VND",
    "тайск бат": "THB", "малайзийск ринггит": "MYR", "нигерийск найр": "NGN", "афганск афгани": "AFN",
}
SUBUNITS = {**dict.fromkeys(("центов", "цента", "цент", "центами", "центам", "центу", "центом"), ("cent", "USD", 0.01)),
            **dict.fromkeys(("копеек", "копейки", "копейка", "копейку", "копейками"), ("kopeck", "RUB", 0.01)),
            **dict.fromkeys(("пенс", "пенса", "пенсов", "пенни"), ("penny", "GBP", 0.01)),
            **dict.fromkeys(("тиын", "тиынов", "тиына"), ("tiyn", "KZT", 0.01))}
# Abbreviated sub-units that are something else on their own ("ц" is also a centner): read only after a whole amount
# ("$20 и 43ц").
COMPOSITE_SUBUNITS = {"ц": ("cent", "USD", 0.01), "коп": ("kopeck", "RUB", 0.01)}
# Words right after a currency that belong to it: "долларов США".
CURRENCY_TAILS = {"сша", "стерлингов"}

# Percent and physical units -------------------------------------------------------------------------------------------
PERCENT = {"%": "percent", "п.п": "percentage point", "п. п": "percentage point",
"процентных пункта": "percentage point",
           "процентных пунктов": "percentage point", "процентный пункт": "percentage point"}
PERCENT_STEMS = {"процент": "percent"}
MEASURES = {
    "км": "km", "кв. км": "km2", "кв.км": "km2", "км2": "km2", "км²": "km2", "м": "m", "кв. м": "m2",
    "кв.м": "m2", "м2": "m2", "м²": "m2", "куб. м": "m3", "м3": "m3", "га": "hectare", "т": "tonne", "тонн": "tonne",
    "тонны": "tonne", "тонна": "tonne", "тоннам": "tonne", "кг": "kg", "мвт": "MW", "гвт": "GW", "квт": "kW",
    "мвт·ч": "MWh", "квт·ч": "kWh", "гвт·ч": "GWh", "teu": "TEU", "дфэ": "TEU", "мw": "MW", "mw": "MW",
    "км/ч": "km/h", "км/час": "km/h", "км в час": "km/h", "километров в час": "km/h", "километра в час": "km/h",
    "км в ч": "km/h", "центнеров": "centner", "центнера": "centner", "ц": "centner", "м/с": "m/s", "гб": "GB",
    "мб": "MB", "тб": "TB", "мбит/с": "Mbps",
    "гбит/с": "Gbps", "°с": "°C", "°c": "°C", "°": "degree", "л": "l", "мм": "mm", "см": "cm", "г": "g",
    "млрд куб. м": "bcm", "баррелей": "barrel", "барреля": "barrel", "баррель": "barrel",
    # "кВ" is kilovolt; "кв." is "square" only before "м"/"км" (the longer phrases above win)
    "кв": "kV", "квтч": "kWh", "мвтч": "MWh", "гвтч": "GWh", "квт*ч": "kWh", "мвт*ч": "MWh", "гвт*ч": "GWh",
    "кв. метров": "m2", "кв. метра": "m2", "кв. километров": "km2", "кв. километра": "km2",
}
# Units whose lower-case form is another word: only these surfaces are the unit ("кВ", not "кв." of "кв. м").
UNIT_SURFACES = {"кв": {"кВ"}}
MEASURE_STEMS = {"градус": "degree", "литр": "l", "миллиметр": "mm", "сантиметр": "cm", "килограмм": "kg",
                 "километр": "km", "гектар": "hectare", "тонн": "tonne", "мегаватт": "MW", "гигаватт": "GW",
                 "киловатт": "kW", "метр": "m", "квадратных метр": "m2", "квадратных километр": "km2"}

# Counted nouns --------------------------------------------------------------------------------------------------------
COUNT_NOUNS: dict[str, str] = {}
# Russian lemma (as pymorphy3 gives it, "ё" folded to "е") -> the English unit, one "лемма english unit" per item;
# multiword Russian keys are an adjective lemma and a noun lemma ("сухой порт"). A lemma missing here leaks into the
# unit column in Russian, which never matches an English unit: coverage of common news nouns is what counts.
_NOUN_TABLE = """
# people and roles
человек person; люди person; житель resident; жительница resident; гражданин citizen; гражданка citizen
иностранец foreigner; соотечественник compatriot; турист tourist; путешественник traveler; паломник pilgrim
пассажир passenger; посетитель visitor; гость guest; зритель spectator; слушатель listener; читатель reader
участник participant; участница participant; делегат delegate; представитель representative; член member
журналист journalist; журналистка journalist; корреспондент correspondent; репортёр reporter; репортер reporter
блогер blogger; редактор editor; фотограф photographer; оператор operator; медиаэксперт media expert
сотрудник employee; сотрудница employee; работник worker; работница worker; рабочий worker; персонал staff
специалист specialist; эксперт expert; аналитик analyst; консультант consultant; инженер engineer
учёный scientist; ученый scientist; исследователь researcher; изобретатель inventor; программист programmer
разработчик developer; айтишник IT specialist; врач doctor; медик medic; медсестра nurse; фельдшер paramedic
учитель teacher; педагог teacher; преподаватель teacher; профессор professor; студент student; студентка student
школьник student; школьница student; ученик student; ученица student; учащийся student
обучающийся student; воспитанник pupil; первоклассник first-grader; курсант cadet; стипендиат scholarship holder;
выпускник graduate; абитуриент applicant
магистрант student; аспирант postgraduate; докторант doctoral student; стажёр intern; стажер intern; практикант intern
волонтёр volunteer; волонтер volunteer; доброволец volunteer; фермер farmer; аграрий farmer; животновод livestock farmer
предприниматель entrepreneur; бизнесмен businessman; инвестор investor; акционер shareholder; покупатель buyer
потребитель consumer; клиент client; абонент subscriber; пользователь user; подписчик subscriber; вкладчик depositor
заемщик borrower; заёмщик borrower; получатель recipient; владелец owner; собственник owner; арендатор tenant
военнослужащий serviceman; солдат soldier; офицер officer; полицейский police officer; пограничник border guard
таможенник customs officer; спасатель rescuer; пожарный firefighter; водитель driver; машинист train driver
диспетчер dispatcher; железнодорожник railway worker; строитель builder; шахтёр miner; шахтер miner; горняк miner
нефтяник oil worker; энергетик power engineer; металлург steelworker; механизатор machine operator;
тракторист tractor driver
депутат deputy; сенатор senator; министр minister; замминистра deputy minister; аким akim; мэр mayor;
губернатор governor
чиновник official; госслужащий civil servant; служащий employee; руководитель head; директор director; глава head
менеджер manager; председатель chairman; президент president; посол ambassador; дипломат diplomat; консул consul
друг friend; подруга friend; коллега colleague; женщина woman; мужчина man; ребёнок child; ребенок child; дети child;
подросток teenager; малыш child; младенец infant
пенсионер pensioner; ветеран veteran; семья family; домохозяйство household; мигрант migrant; беженец refugee
переселенец settler; кандас kandas; оралман returnee; эмигрант emigrant; иммигрант immigrant; трудовой мигрант migrant
спортсмен athlete; спортсменка athlete; атлет athlete; игрок player; футболист footballer; тренер coach; судья judge
победитель winner; призёр medalist; призер medalist; лауреат laureate; финалист finalist; чемпион champion
кандидат candidate; избиратель voter; партнёр partner; партнер partner; поставщик supplier; подрядчик contractor
производитель producer; экспортёр exporter; экспортер exporter; импортёр importer; импортер importer; перевозчик carrier
экспедитор forwarder; дистрибьютор distributor; дилер dealer; резидент resident; нерезидент nonresident
пациент patient; больной patient; жертва victim; пострадавший victim; погибший victim; заболевший patient
ветеринар veterinarian; юрист lawyer; адвокат lawyer; нотариус notary; прокурор prosecutor; следователь investigator
заключённый prisoner; заключенный prisoner; отдыхающий vacationer; трудящийся worker; безработный unemployed person
проживающий resident; нуждающийся person in need; прибывший arrival; опрошенный respondent; респондент respondent
художник artist; артист artist; музыкант musician; писатель writer; поэт poet; автор author; актёр actor; актер actor
переводчик translator; гид guide; экскурсовод guide; повар cook; продавец seller; кассир cashier; охранник guard
# organisations and media
компания company; предприятие enterprise; фирма firm; организация organization; учреждение institution
ведомство agency; министерство ministry; агентство agency; банк bank; фонд fund; корпорация corporation
холдинг holding; концерн group; госкомпания state company; нацкомпания national company; кооператив cooperative
товарищество partnership; ассоциация association; союз union; объединение association; профсоюз trade union
завод plant; фабрика factory; комбинат plant; производство facility; цех workshop; мастерская workshop
лаборатория laboratory; центр center; стартап startup; университет university; вуз university; институт institute
колледж college; академия academy; школа school; лицей lyceum; гимназия school; детсад kindergarten; садик kindergarten
больница hospital; поликлиника clinic; клиника clinic; госпиталь hospital; аптека pharmacy; медцентр medical center
магазин shop; супермаркет supermarket; торговый центр mall; рынок market; ресторан restaurant; кафе cafe
гостиница hotel; отель hotel; санаторий sanatorium; хостел hostel; музей museum; театр theater; библиотека library
сми media outlet; медиа media outlet; издание publication; газета newspaper; журнал magazine; телеканал TV channel
канал channel; радиостанция radio station; сайт website; портал portal; редакция newsroom; информагентство news agency
медиахолдинг media holding; телерадиокомпания broadcaster; киностудия film studio; типография printing house
# places and administration
страна country; государство state; регион region; область region; край territory; провинция province; район district
округ district; город city; село village; деревня village; аул village; посёлок settlement; поселок settlement
населённый пункт settlement; населенный пункт settlement; столица capital; континент continent; штат state
республика republic; муниципалитет municipality; акимат akimat; уезд county; префектура prefecture; автономия autonomy
остров island; река river; озеро lake; гора mountain; месторождение deposit; участок plot; территория territory
микрорайон neighborhood; улица street; двор courtyard; площадь square; граница border; континент continent
# infrastructure and transport
дорога road; автодорога road; трасса highway; шоссе highway; автобан motorway; магистраль line; мост bridge
путепровод overpass; тоннель tunnel; туннель tunnel; путь track; колея track; линия line; ветка branch line
перегон section; станция station; вокзал station; разъезд siding; аэропорт airport; аэродром airfield; порт port
терминал terminal; причал berth; пирс pier; пункт point; погранпереход border crossing; пункт пропуска checkpoint
кпп checkpoint; переход crossing; хаб hub; склад warehouse; коридор corridor; маршрут route; рейс flight
поезд train; состав train; зерновоз grain wagon; хоппер hopper car; цистерна tank car; рефрижератор refrigerated car;
контейнерный поезд container train; вагон wagon; платформа platform; полувагон gondola car
локомотив locomotive; тепловоз locomotive; электровоз locomotive; электричка commuter train; контейнер container
грузовик truck; фура truck; тягач tractor unit; прицеп trailer; автобус bus; троллейбус trolleybus; трамвай tram
автомобиль car; машина vehicle; легковушка car; электромобиль electric vehicle; электробус electric bus
такси taxi; мотоцикл motorcycle; велосипед bicycle; самокат scooter; трактор tractor; комбайн combine harvester
самолёт aircraft; самолет aircraft; лайнер airliner; вертолёт helicopter; вертолет helicopter; судно vessel
корабль ship; танкер tanker; паром ferry; баржа barge; контейнеровоз container ship; кран crane;
козловой кран gantry crane
погрузчик loader; ричстакер reach stacker; экскаватор excavator; бульдозер bulldozer; трубопровод pipeline
газопровод gas pipeline; нефтепровод oil pipeline; водопровод water pipeline; электростанция power plant
тэц CHP plant; гэс hydropower plant; вэс wind farm; сэс solar plant; аэс nuclear power plant; подстанция substation
лэп power line; скважина well; шахта mine; рудник mine; карьер quarry; ферма farm; теплица greenhouse; элеватор elevator
зернохранилище granary; хранилище storage facility; хлопкороб cotton grower; сборщик picker; плантация plantation
здание building; дом house; квартира apartment; коттедж cottage; общежитие dormitory; сооружение structure
объект facility; площадка site; парк park; технопарк technopark; индустриальный парк industrial park;
инкубатор incubator
кластер cluster; комплекс complex; корпус building; этаж floor; помещение room; комната room; офис office
кабинет office; учебный кабинет classroom; аудитория classroom; спортзал gym; спортивный зал gym; актовый зал hall
зал hall; столовая canteen; учебник textbook; парта desk; доска board
представительство office; филиал branch; отделение branch; точка outlet; павильон pavilion; стенд stand;
экспонат exhibit
сервер server; дата-центр data center; цод data center; вышка tower; антенна antenna; спутник satellite
ракета rocket; робот robot; дрон drone; беспилотник drone; устройство device; станок machine tool; агрегат unit
турбина turbine; ветряк wind turbine; ветрогенератор wind turbine; панель panel; батарея battery; генератор generator
компьютер computer; ноутбук laptop; смартфон smartphone; телефон phone; камера camera; датчик sensor; чип chip
зона zone; сэз special economic zone; свободная экономическая зона special economic zone; свободная зона free zone
сухой порт dry port; логистический центр logistics center; дата центр data center; рабочее место job
# trade, money and economy
товар product; продукт product; продукция product; наименование item; позиция item; бренд brand
модель model; голова head; скот livestock; корова cow; бык bull; овца sheep; баран ram; коза goat; лошадь horse
верблюд camel; свинья pig; курица chicken; птица bird; пчелосемья bee colony; дерево tree; саженец seedling
контракт contract; договор contract; соглашение agreement; меморандум memorandum; документ document; сделка deal
проект project; инвестпроект investment project; программа program; инициатива initiative; предложение proposal
заявка application; заявление application; лицензия license; разрешение permit; патент patent; сертификат certificate
виза visa; паспорт passport; счёт account; счет account; карта card; кредит loan; заём loan; займ loan
транш tranche; акция share; облигация bond; инвестиция investment; грант grant; субсидия subsidy; налог tax
пошлина duty; тариф tariff; закон law; законопроект bill; поправка amendment; указ decree; постановление resolution
решение decision; вопрос issue; направление direction; сфера sector; отрасль industry; сектор sector; рынок market
место place; вакансия vacancy; должность position; квота quota; заказ order; посылка parcel; отправление shipment
груз cargo; партия batch; поставка delivery; перевозка shipment; рейс flight; экземпляр copy; комплект set;
пакет package
штука piece; шт piece; единица unit; изделие item; деталь part; упаковка pack; мешок bag; ящик box; бочка barrel
услуга service; сервис service; приложение app; платформа platform; технология technology; изобретение invention
разработка development; продажа sale; покупка purchase; транзакция transaction; платёж payment
платеж payment; перевод transfer; операция operation; пособие benefit; пенсия pension; стипендия scholarship
# events, documents, reports
мероприятие event; встреча meeting; переговоры talks; визит visit; поездка trip; тур tour; экскурсия excursion
конференция conference; форум forum; саммит summit; выставка exhibition; ярмарка fair; фестиваль festival
концерт concert; соревнование competition; турнир tournament; конкурс contest; чемпионат championship;
олимпиада olympiad
матч match; игра game; сессия session; заседание meeting; семинар seminar; тренинг training; курс course; урок lesson
лекция lecture; презентация presentation; церемония ceremony; обращение appeal; жалоба complaint; запрос request
публикация publication; статья article; материал story; новость news item; книга book; фильм film; сериал series
видео video; видеоролик video; ролик video; фотография photo; фото photo; снимок image; репортаж report
интервью interview; доклад report; отчёт report; отчет report; исследование study; опрос survey; инцидент incident
авария accident; дтп road accident; пожар fire; преступление crime; нарушение violation; случай case
заболевание disease; проверка inspection; рейд raid; вызов call; звонок call; сообщение message; письмо letter
голос vote; балл point; очко point; медаль medal; награда award; премия award; приз prize; кубок cup
соглашение agreement; протокол protocol; дорожная карта roadmap; стратегия strategy; план plan; концепция concept
кампания campaign; забастовка strike; митинг rally; протест protest; рейтинг rating
# time and other units
день day; сутки day; неделя week; месяц month; год year; квартал quarter; десятилетие decade; век century
столетие century; час hour; минута minute; секунда second; полугодие half-year; ночь night; смена shift; сезон season
этап stage; фаза phase; раунд round; очередь phase; поколение generation; пятилетка five-year plan; вечер evening
раз time; вид type; тип type; категория category; сорт variety; язык language; вариант option; шаг step
уровень level; класс grade; балл point; номер room; койка bed; кровать bed; парта desk; ступень stage
процедура procedure; операция operation; тест test; анализ test; прививка vaccination; вакцина vaccine; доза dose
"""


def _noun_table(table: str) -> dict[str, str]:
    out = {}
    for line in table.splitlines():
        if line.startswith("#"):
            continue
        for item in line.split(";"):
            words = item.split()
            if not words:
                continue
            cut = next(k for k, w in enumerate(words) if w.isascii())
            out[" ".join(words[:cut]).replace("ё", "е")] = " ".join(words[cut:])
    return out


COUNT_NOUN_LEMMAS = {
    **_noun_table(_NOUN_TABLE),
    "проект": "project", "компания": "company", "предприятие": "enterprise", "журналист": "journalist",
    "страна": "country", "встреча": "meeting", "человек": "person", "люди": "person", "день": "day", "год": "year",
    "месяц": "month", "неделя": "week", "час": "hour", "минута": "minute", "сутки": "day", "десятилетие": "decade",
    "сотрудник": "employee", "работник": "worker", "рабочий": "worker", "место": "place", "соглашение": "agreement",
    "меморандум": "memorandum", "договор": "contract", "контракт": "contract", "документ": "document",
    "участник": "participant", "делегация": "delegation", "представитель": "representative", "инвестор": "investor",
    "город": "city", "область": "region", "регион": "region", "завод": "plant", "фабрика": "factory",
    "объект": "facility", "вагон": "wagon", "контейнер": "container", "поезд": "train", "рейс": "flight",
    "автомобиль": "car", "электромобиль": "electric vehicle", "машина": "vehicle", "турист": "tourist",
    "студент": "student", "школа": "school", "больница": "hospital", "единица": "unit", "товар": "product",
    "продукт": "product", "отрасль": "industry", "зона": "zone", "парк": "park", "предприниматель": "entrepreneur",
    "специалист": "specialist", "эксперт": "expert", "учёный": "scientist", "учeный": "scientist",
    "сми": "media outlet",
    "издание": "publication", "газета": "newspaper", "телеканал": "TV channel", "канал": "channel",
    "агентство": "agency", "семья": "family", "житель": "resident", "посетитель": "visitor", "гость": "guest",
    "пассажир": "passenger", "мероприятие": "event", "выставка": "exhibition", "форум": "forum", "сделка": "deal",
    "инвестиция": "investment", "фирма": "firm", "организация": "organization", "университет": "university",
    "вуз": "university", "банк": "bank", "станция": "station", "дорога": "road", "маршрут": "route",
    "лот": "lot", "грузовик": "truck", "самолёт": "aircraft", "самолет": "aircraft", "блогер": "blogger",
    "СМИ": "media outlet", "раз": "time", "медиа": "media outlet", "стартап": "startup", "программа": "program",
    "рабочее место": "job", "чиновник": "official", "министр": "minister", "делегат": "delegate",
}
# The first part of a Russian compound noun and its English modifier: an unknown compound is translated through its
# head ("электропоезд" -> electric train, "агрокомплекс" -> agricultural complex, "госпредприятие" -> state
# enterprise). Data, not a list of nouns: the head must be in the table above.
COMPOUND_PREFIXES = {
    "авто": "car", "электро": "electric", "агро": "agricultural", "гос": "state", "мед": "medical", "нефте": "oil",
    "газо": "gas", "энерго": "energy", "теле": "TV", "фото": "photo", "видео": "video", "радио": "radio",
    "эко": "eco", "био": "bio", "микро": "micro", "мини": "mini", "авиа": "air", "гидро": "hydro", "тепло": "heat",
    "пром": "industrial", "сельхоз": "farm", "спец": "special", "вело": "bicycle", "кибер": "cyber", "нано": "nano",
    "супер": "super", "спорт": "sports", "медиа": "media", "евро": "euro", "интернет": "internet", "бизнес": "business",
    "IT": "IT", "турбо": "turbo", "мото": "motorcycle", "водо": "water", "лесо": "timber", "зерно": "grain",
    "хлопко": "cotton", "угле": "coal", "металло": "metal", "нац": "national", "мега": "mega", "соц": "social",
    "ветро": "wind", "гелио": "solar", "обще": "general", "меж": "inter", "транс": "trans", "суб": "sub",
    "мульти": "multi", "пост": "post", "экс": "former", "вице": "vice", "контр": "counter", "полу": "semi",
}
UNIT_BEFORE: dict[str, str] = {}
DURATION_UNITS = {"day", "week", "month", "year", "hour", "minute", "second", "decade"}
STOP_WORDS = set("""
и в во на с со по к ко о об от до из за для при без над под через у а но или что как это этот эта эти тот та те
который которая которые которых его ее их уже еще также же ли бы не ни более менее около почти свыше
""".split())
ORDINAL_SUFFIXES: set[str] = set()
HYPHEN_ORDINAL_SUFFIXES = {"й", "я", "е", "го", "му", "м", "х", "ой", "ий", "ый", "ая", "ое", "ого", "ом", "ых",
                           "ым", "ая", "ее", "ей", "ю", "ти", "ми", "ех", "ух", "ми"}

# Qualifiers -----------------------------------------------------------------------------------------------------------
HEDGES = {
    "свыше": "more_than", "более": "more_than", "больше": "more_than", "более чем": "more_than",
    "чуть более": "more_than", "чуть больше": "more_than", "порядка более": "more_than", "больше чем": "more_than",
    "~": "about",
    "около": "about", "почти": "about", "примерно": "about", "порядка": "about", "приблизительно": "about",
    "без малого": "about", "почти на": "about", "ориентировочно": "about", "в среднем": "about",
    "до": "up_to", "не более": "up_to", "не больше": "up_to", "максимум": "up_to", "не выше": "up_to",
    "не свыше": "up_to", "не более чем": "up_to",
    "не менее": "at_least", "как минимум": "at_least", "минимум": "at_least", "не меньше": "at_least",
    "не ниже": "at_least", "не менее чем": "at_least",
    "от": "at_least", "оценивается в": "about", "оцениваются в": "about", "оценивался в": "about",
    "оценивалась в": "about", "оценивалось в": "about", "оценивались в": "about", "оценивается примерно в": "about",
    "оценивается почти в": "about", "оценивается более чем в": "more_than", "по оценкам": "about",
    "менее": "less_than", "меньше": "less_than", "меньше чем": "less_than", "менее чем": "less_than",
}
HEDGES_AFTER = {"с лишним": "more_than", "и более": "at_least", "и больше": "at_least", "+": "more_than"}
EXCEED_WORDS: set[str] = set()
EXCEED_STEMS = ("превыси", "превыша", "превзош")
# A negation right before an exceed verb makes it a bound from above: "не превышал 20%" is at most 20%.
NEGATIONS = {"не", "ни"}
# Verbs that exceed only with their preposition: "перевалил за 20 млн" is more than, "перевалили 23 млн ДФЭ" is
# "transshipped 23 million TEU".
EXCEED_LINKED = {"за": ("перевали", "перевалил", "перевалит", "перевалив", "вышл", "вышел", "выйдет", "зашкали")}
INCREASE_WORDS = {"рост", "прирост", "плюс"}
DECREASE_WORDS: set[str] = set()
INCREASE_STEMS = ("ускори", "подскочи", "подскочил", "взлетел", "удвои", "утрои", "расшири", "вырос", "выросл",
                  "увеличи", "возрос", "повыси", "подня", "прибави", "подорожа", "рост",
                  "прирост", "увеличени", "повышени", "нарасти", "нарастил", "выраст", "увеличат", "возраст",
                  # passive participles: "увеличен на 5%", "повышена на 10%", "удвоено"
                  "увеличен", "повышен", "расширен", "удвоен", "утроен", "ускорен")
DECREASE_STEMS = ("замедли", "опустил", "просел", "сжал", "сузил", "снизи", "сократи", "уменьши", "упал", "упад",
                  "снижени", "сокращени", "падени", "подешеве",
                  "понизи", "уменьшени", "просел", "просела", "обвали", "снижа", "сокраща", "уменьша", "упадет",
                  # passive participles: "снижен на 12%", "сокращена на треть"
                  "снижен", "сокращен", "уменьшен", "понижен", "урезан")
# Verbs that set a level: after them "до" names the level reached, not a bound ("довести выпуск до пяти тысяч").
LEVEL_VERB_STEMS = ("довест", "довед", "довел", "довод")
WEAK_CHANGE_WORDS: set[str] = set()
CHANGE_LINKS = {"на", "в", "составил", "составила", "составило", "составили", "составит", "составляет", "составлял",
                "составляла", "почти", "около", "примерно", "еще", "ещё"}
LEVEL_LINKS = {"до"}
# A bare number reached by a change, exceed or level verb counts what the verb's subject counts: "число студентов
# превышает 14 тысяч", "количество туристов выросло до 30 тысяч". Heads that name a count of the genitive after them:
# A copula before a bare number: "число граждан … составило 655 тысяч" is a subject verb already; a dash "число … —
# 655 тысяч" or "было".
COPULAS = {"было", "был", "была", "были", "—"}
COUNT_HEADS = {"число": None, "количество": None, "численность": None}
ANAPHORIC_HEADS = {"число", "количество", "численность", "цифра"}
INCLUSION_CUES = ("в том числе", "из них", "из которых", "включая", "среди них")
SUBJECT_VERB_STEMS = ("достиг", "достич", "составил", "составля", "составит", "насчитыва", "превыси", "превыша")
SUBJECT_SKIP_BACK = {"уже", "также", "ежегодно", "сегодня", "сейчас", "теперь", "более", "почти", "около", "на", "в",
                     "вновь", "снова", "еще"}
ADJACENT_CHANGE_WORDS: set[str] = set()
# "на" puts the size of a change after the verb or comparative, however far back: "зарплата выше средней на 30%".
BY_LINKS = {"на"}
COMPARATIVES_BEFORE = {"больше": "increase", "выше": "increase", "дороже": "increase", "быстрее": "increase",
                       "меньше": "decrease", "ниже": "decrease", "дешевле": "decrease", "медленнее": "decrease"}
COMPARATIVES_AFTER = {"больше": "increase", "выше": "increase", "дороже": "increase", "меньше": "decrease",
                      "ниже": "decrease", "дешевле": "decrease"}

# Ranges ---------------------------------------------------------------------------------------------------------------
# After a change word these open no range but the level a change starts from ("выросла с 900 до 1 200").
LEVEL_FROM = {"с"}
RANGE_OPENERS = {"от": {"до"}, "с": {"до"}, "между": {"и"}}
# The size of a change just told, before a bracket that gives its two levels: "выросло в 11,6 раза (с 489 до
# 5,7 тыс.)", "up 12% (from 50 to 56)".
CHANGE_SIZE_WORDS = {"раз", "раза", "%", "процента", "процентов", "процент", "проц"}
RANGE_JOINERS = {"-", "–", "—"}
# Alternatives of close values are ranges: "eight or nine euros", "two or three years".
ALTERNATIVE_LINKS = {"или"}

# Things that are not figures ------------------------------------------------------------------------------------------
# Words between the two days of a date range ("June 12 to 17", "с 12 по 17 июня"): neither day is a figure.
DATE_RANGE_LINKS = {"по", "до", "и", "-", "–", "—"}
# A day stands with the month in the genitive ("12 мая"), a year with it in the nominative ("май 2024"); the other
# cases (dative -ю/-у, instrumental -ем/-ём/-ом, prepositional -е: "в мае 12 компаний") mark no date.
_DATE_CASE_FORMS = {w for w in MONTH_FORMS_RU if not w.endswith(("ю", "у", "м", "е"))}
MONTHS = _DATE_CASE_FORMS | set(MONTH_ABBREVIATIONS_RU)
MONTHS_CAPITALISED = False
YEAR_BEFORE = {"в", "во", "к", "с", "до", "по", "за", "от", "между", "и", "году", "год", "года", "начала", "конца",
               "середине", "начале", "конце", "течение", "итогам"}
YEAR_AFTER = {"год", "году", "года", "годом", "годах", "годов", "годы", "г", "гг", "год."}
YEAR_IN_TIME = {"в", "во", "к"}
NAME_MARKERS = {"№", "#", "no", "n", "номер", "ст", "статья", "п", "пункт", "тел", "факс", "стр"}
NOT_ONE_BEFORE: set[str] = {"ни", "еще"}  # "еще одно соглашение": another one, not a count
NOT_ONE_AFTER = {"из", "и", "раз"}
# A lone "один" before a noun is mostly "a single"/"per" ("на одну тонну", "с одного гектара", "одному гранту"), not a
# reported count: it is a figure only with a hedge, a scale ("один миллиард"), a cue below, or beside another figure
# joined by "и"/"или" ("два трактора и один комбайн").
ONE_WORDS = {w for w, v in NUMBER_FORMS.items() if v == 1}
ONE_CUES = {"только", "лишь", "всего", "ровно", "единственный", "единственная", "единственное"}
LIST_LINKS = {"и", "или", ","}
CLAUSE_BREAKS = {(",", "а"), ("но",), (",", "при", "этом"), ("а", "также"), (";",), ("тогда", "как"),
                 (",", "однако")}
SUBJECT_SKIP = {"на", "стоимостью", "в", "составил", "составила", "составило", "составили", "около", "почти",
                "свыше", "более", "до", "объемом", "объёмом", "суммой", "сумму", "сумма", "размере", "размером",
                "достиг", "достигла", "достигло", "достигли", "превысил", "превысила", "превысило", "превысили"}
MORPHOLOGY = "pymorphy3"

# Vague plurals ("сотни людей", "тысячи туристов", "десятки тысяч") are not figures in our gold convention: the
# Russian articles use them as rhetoric, never as a reported amount, so none is read. (English keeps "hundreds of"
# as a range: the NewsQuant benchmark counts it, see lexicon_en.VAGUE_SCALES.)
VAGUE_SCALES: dict[str, float] = {}
VAGUE_LINK = None
# Fractions ("треть", "две трети", "половина"): value as a share of one.
FRACTION_WORDS = {
    **dict.fromkeys(("половина", "половины", "половину", "половиной", "половине"), 2),
    **dict.fromkeys(("треть", "трети", "третью", "третей", "третями"), 3),
    **dict.fromkeys(("четверть", "четверти", "четвертью", "четвертей"), 4),
    **dict.fromkeys(("пятая", "пятых"), 5),
}
FRACTION_LINK = None
# A fraction word after one of these names a period, not a share: "в первой половине 2025 года".
PERIOD_ORDINAL_STEMS = ("перв", "втор", "трет", "четверт", "последн", "прошл", "текущ", "нынешн", "следующ",
                        "минувш", "истекш")
FRACTION_ALONE = {"половина", "половины", "половину", "половиной", "половине", "треть", "третью", "четверть",
                  "четвертью"}
MINUS_WORDS = {"минус"}
# Multipliers written as one word ("сократилось вдвое").
MULTIPLIER_WORDS = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "вдесятеро": 10}
TIME_AFTER: set[str] = set()

# Words that name a street: the number after "ул. Абая," is a house number.
STREET_WORDS = {"ул", "улица", "улице", "улицы", "пр", "проспект", "проспекте", "пр-т", "мкр", "микрорайон", "шоссе",
                "переулок", "пер", "бульвар", "б-р"}
# Rates: "в год", "в сутки" (a time), "за килограмм", "за тонну" (a measure or a counted noun), "на человека".
RATE_LINKS = {"в": "time", "за": "measure", "на": "time", "/": "measure"}  # "на" only before "человека", "душу"
TIME_DENOMINATORS = {"год": "year", "месяц": "month", "день": "day", "сутки": "day", "неделю": "week", "час": "hour",
                     "минуту": "minute", "секунду": "second", "квартал": "quarter", "смену": "shift",
                     "человека": "person", "душу": "person", "штуку": "piece", "голову": "head"}

# Words shortly before a bare number that make it restate the noun of the latest count in its sentence
# ("принимали два-три поезда в сутки, теперь бывает и двадцать").
REUSE_CUES = {"и", "а", "но", "теперь", "сейчас", "уже", "против", "чем", "всего", "лишь", "только", "еще", "тогда",
              "ранее", "прежде", "было", "стало", "итого", "общей", "сложности", "вместо"}

# Compound adjectives of a number and a time unit ("двухдневный визит", "пятилетний план", "трехчасовая встреча"):
# the number's combining form, then the unit's adjective stem, then an adjective ending.
COMPOUND_NUMBERS = {
    "одно": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9,
    "десяти": 10, "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
    "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19, "двадцати": 20, "тридцати": 30,
    "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90,
    "сто": 100, "полутора": 1.5,
}
COMPOUND_UNITS = {"дневн": "day", "суточн": "day", "недельн": "week", "месячн": "month", "летн": "year",
                  "годичн": "year", "часов": "hour", "минутн": "minute", "секундн": "second"}
COMPOUND_ENDINGS = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом",
                    "ем", "ой", "ей", "ую", "юю", "ых", "их", "ыми", "ими"}
