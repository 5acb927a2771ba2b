"""English words and phrases the figures extractor reads: number, scale, currency, unit, hedge and change words."""
from __future__ import annotations

from tourpipe.vocabulary import MONTHS_EN

# Numbers and scales -------------------------------------------------------------------------------------------------
DECIMAL_COMMA = False  # "6,000" is six thousand; "1.25" is one and a quarter

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Words that multiply what precedes them ("two dozen", "1.4 million"); a bare "a"/"an" before them means one.
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12,
    "mln": 1e6, "mn": 1e6, "bn": 1e9, "bln": 1e9, "billions": None, "millions": None, "thousands": None,
    "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Abbreviations that are scales only after a currency ("$16m", "$5k", "$2b"); otherwise "m" is a metre.
CURRENCY_ONLY_SCALES = {"m": 1e6, "b": 1e9, "k": 1e3, "bil": 1e9, "mil": 1e6}
ARTICLES_ONE = {"a", "an"}  # "a million", "a dozen"
HALF_WORDS = {"half": 0.5}  # "half a million"
NUMBER_JOINERS = {"and"}  # "one hundred and twenty"

# Money --------------------------------------------------------------------------------------------------------------
CURRENCY_BEFORE = {  # phrase before the number -> ISO 4217
    "$": "USD", "us $": "USD", "us$": "USD", "usd": "USD", "u.s. $": "USD", "¥": "CNY", "rmb": "CNY", "cny": "CNY",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "₸": "KZT", "kzt": "KZT", "₽": "RUB", "rub": "RUB",
    "hk$": "HKD", "hkd": "HKD", "jpy": "JPY", "₹": "INR", "inr": "INR", "kgs": "KGS", "uzs": "UZS", "₩": "KRW",
    "$us": "USD", "$ us": "USD", "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "nz$": "NZD", "s$": "SGD", "rs": "INR", "rs.": "INR", "rm": "MYR", "₦": "NGN", "₱": "PHP", "₺": "TRY", "₴": "UAH",
    "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "zar": "ZAR", "brl": "BRL", "r$": "BRL", "aed": "AED",
}
CURRENCY_AFTER = {  # phrase after the number (and scale) -> ISO 4217
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD", "$": "USD",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "yuan renminbi": "CNY", "¥": "CNY",
    "tenge": "KZT", "kzt": "KZT", "₸": "KZT", "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rub": "RUB", "₽": "RUB",
    "pounds sterling": "GBP", "gbp": "GBP", "£": "GBP", "yen": "JPY", "jpy": "JPY", "hong kong dollars": "HKD",
    "rupees": "INR", "soms": "KGS", "som": "KGS", "sums": "UZS", "kgs": "KGS", "uzs": "UZS",
    "chinese yuan": "CNY", "american dollars": "USD", "us dollar": "USD", "u.s. dollar": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "singapore dollars": "SGD",
    "new zealand dollars": "NZD", "shekels": "ILS", "shekel": "ILS", "danish crowns": "DKK",
    "danish kroner": "DKK", "swedish crowns": "SEK", "kronor": "SEK", "norwegian crowns": "NOK", "ringgit": "MYR",
    "rupiah": "IDR", "baht": "THB", "rand": "ZAR", "lira": "TRY", "naira": "NGN", "dirhams": "AED", "riyals": "SAR",
    "swiss francs": "CHF", "francs": "CHF", "zlotys": "PLN", "zloty": "PLN", "hryvnias": "UAH", "hryvnia": "UAH",
    "manats": "AZN", "manat": "AZN", "lari": "GEL", "drams": "AMD", "sterling": "GBP",
}
CURRENCY_STEMS: dict[str, str] = {}  # inflected languages only
# Sub-units keep their own count: "up 19 cents" is 19 cent, worth 0.19 of the parent currency.
SUBUNITS = {"cents": ("cent", "USD", 0.01), "cent": ("cent", "USD", 0.01), "pence": ("penny", "GBP", 0.01),
            "sen": ("sen", "MYR", 0.01), "kopecks": ("kopeck", "RUB", 0.01), "tiyn": ("tiyn", "KZT", 0.01),
            "p": ("penny", "GBP", 0.01)}

# Percent and physical units -------------------------------------------------------------------------------------------
PERCENT = {"%": "percent", "per cent": "percent", "percent": "percent", "pct": "percent",
           "percentage points": "percentage point", "percentage point": "percentage point", "pc": "percent",
           "basis points": "basis point", "basis point": "basis point", "bps": "basis point", "bp": "basis point"}
PERCENT_STEMS: dict[str, str] = {}
MEASURES = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "m": "m",
    "square metres": "m2", "square meters": "m2", "sq m": "m2", "sq. m": "m2", "sqm": "m2", "m2": "m2", "m²": "m2",
    "cubic metres": "m3", "cubic meters": "m3", "m3": "m3", "m³": "m3",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre", "acre": "acre",
    "tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "ton": "tonne", "metric tons": "tonne", "t": "tonne",
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg",
    "mw": "MW", "megawatts": "MW", "megawatt": "MW", "gw": "GW", "gigawatts": "GW", "kw": "kW", "kilowatts": "kW",
    "mwh": "MWh", "gwh": "GWh", "kwh": "kWh", "twh": "TWh", "kv": "kV",
    "teu": "TEU", "teus": "TEU", "twenty-foot equivalent units": "TEU",
    "litres": "l", "liters": "l", "barrels": "barrel", "bcm": "bcm", "cubic meters of gas": "m3",
    "litre": "l", "liter": "l", "l": "l", "ml": "ml", "millilitres": "ml", "milliliters": "ml", "gallons": "gallon",
    "gallon": "gallon", "barrel": "barrel", "mm": "mm", "millimetres": "mm", "millimeters": "mm", "cm": "cm",
    "centimetres": "cm", "centimeters": "cm", "inches": "inch", "inch": "inch", "ft": "ft", "feet": "ft", "foot": "ft",
    "yards": "yard", "yard": "yard", "square miles": "mi2", "square mile": "mi2", "sq mi": "mi2",
    "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2", "cubic feet": "ft3",
    "g": "g", "grams": "g", "gram": "g", "mg": "mg", "milligrams": "mg", "lb": "lb", "lbs": "lb", "oz": "oz",
    "ounces": "oz", "gigatonnes": "Gt", "gigatons": "Gt", "megatonnes": "Mt", "megatons": "Mt",
    "w": "W", "watts": "W", "watt": "W", "kilowatt": "kW", "hp": "hp", "bhp": "hp",
    "horsepower": "hp", "mpg": "mpg", "miles per gallon": "mpg", "miles a gallon": "mpg", "nm": "nm", "lb-ft": "lb-ft",
    "pound-feet": "lb-ft", "pound-foot": "lb-ft", "pound feet": "lb-ft", "ps": "PS", "ksi": "ksi",
    "mph": "mph", "m.p.h": "mph", "miles per hour": "mph", "m/s": "m/s",
    "metres per second": "m/s",
    "meters per second": "m/s", "metre per second": "m/s", "meter per second": "m/s",
    "km/h": "km/h", "kmh": "km/h", "kph": "km/h",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "knots": "knot", "km per hour": "km/h",
    "km an hour": "km/h", "kilometres an hour": "km/h", "kilometers an hour": "km/h", "km/hr": "km/h",
    "kilometres/hour": "km/h", "km/hour": "km/h", "miles an hour": "mph",
    "gb": "GB", "gigabytes": "GB", "mb": "MB", "megabytes": "MB", "tb": "TB", "terabytes": "TB", "kb": "kB",
    "mbps": "Mbps", "gbps": "Gbps", "kbps": "kbps", "hz": "Hz", "hertz": "Hz", "khz": "kHz", "mhz": "MHz",
    "ghz": "GHz", "gigahertz": "GHz", "megahertz": "MHz",
    "°c": "°C", "°f": "°F", "degrees celsius": "°C", "degrees fahrenheit": "°F", "degrees c": "°C",
    "degrees f": "°F", "celsius": "°C", "fahrenheit": "°F", "degf": "°F", "degc": "°C", "deg c": "°C",
    "deg f": "°F", "degrees": "degree", "degree": "degree", "deg": "degree", "°": "degree",
    "decibels": "dB", "db": "dB", "gigapascals": "GPa", "gpa": "GPa", "nanometres": "nm", "nanometers": "nm",
    "nanometre": "nm", "nanometer": "nm", "x": "time",
    "″": "inch", "′": "ft",  # the double and single prime after a number (ASCII quotes are too often quotes)
    "min": "minute", "mins": "minute", "hrs": "hour", "hr": "hour", "secs": "second", "sec": "second",
}
MEASURE_STEMS: dict[str, str] = {}
# Unit names beyond MEASURES come from quantulum3's table (figures/unitvocab.py); MEASURES above wins where both know
# a surface. Symbols ("kPa", "mAh") come from the same table for every language.
SOURCE_UNIT_NAMES = True

# One-letter units are units only in their own case ("5g" is grams, "5G" a network; "6W" watts, "10 p.m." a time).
UNIT_SURFACES = {"g": {"g"}, "w": {"W"}, "x": {"x"}, "p": {"p"}, "t": {"t"}, "m": {"m"}, "l": {"l", "L"},
                 "ps": {"PS"}}  # metric horsepower ("300 PS"), never a postscript

# Counted nouns --------------------------------------------------------------------------------------------------------
# Irregular plurals and compounds; any other plural is singularised by rule.
COUNT_NOUNS = {
    "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child", "staff": "staff",
    "media outlets": "media outlet", "media": "media outlet", "free zones": "free zone",
    "free trade zones": "free trade zone",
    "news agencies": "news agency", "joint ventures": "joint venture", "power plants": "power plant",
    "data centers": "data center", "data centres": "data centre", "personnel": "staff", "police": "police officer",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "analyses": "analysis", "crises": "crisis",
    "series": "series", "species": "species", "news": "news", "times": "time", "buses": "bus", "gases": "gas",
    "campuses": "campus", "viruses": "virus", "statuses": "status", "lives": "life", "wolves": "wolf",
    "fold": "time",
}
# Plural scale words that name a vague amount ("tens of thousands of dollars"): a range from the scale to ten times it.
VAGUE_SCALES = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
                "trillions": 1e12}
VAGUE_LINK = "of"  # kept for English: NewsQuant counts "hundreds of" as a range ("a century" stays no figure)
# Fractions of a whole ("a third of", "two-thirds of", "half of"): value as a share of one.
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                  "fourths": 4, "fifth": 5,
                  "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
FRACTION_LINK = "of"
FRACTION_ALONE = {"half"}  # needs no numerator ("half of the shops")
# A fraction word after one of these names a period, not a share: "the first half of 2025", "the second quarter".
PERIOD_ORDINAL_STEMS = ("first", "second", "third", "fourth", "last", "past", "previous", "latter", "former", "next",
                        "current", "final", "opening", "preceding", "coming", "same")
# Words after a number that make it a clock time ("10 p.m.", "5 am").
TIME_AFTER = {"am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest",
              "msk", "hrs", "local"}
# A number right after these counts something, even when it is shaped like a year ("an average of 1500").
QUANTITY_CUES = ("average of", "total of", "tally of", "record of", "peak of", "an average of", "a total of")
# "half the condos": "half" needs no "of" before these.
FRACTION_DETERMINERS = {"the", "its", "their", "his", "her", "our", "these", "those", "all"}
# Multipliers written as one word ("grew sixfold").
MULTIPLIER_WORDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
                    "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100}
# Words between a number and the noun it counts that do not end the search ("eight more picks").
COUNT_MODIFIERS = {"more", "additional", "extra", "fewer", "other", "new"}
# Glued to the digits these are scales even without a currency ("25k", "4.3M"); "m" only before what it counts.
GLUED_SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6}
# Prefixes that turn the number after them into a bound: "sub-7 nanometer" is less than 7.
BOUND_PREFIXES = {"sub": "less_than"}
# A sign glued to the digits, or a word before them, makes the value negative ("-1.3%", "minus 5 yards").
MINUS_SIGNS = {"-", "−"}
MINUS_WORDS = {"minus"}
# "eleven of the projects": the number counts the noun after these words (never "one of the", see NOT_ONE_AFTER).
PARTITIVE_LINKS = {"of": {"the", "these", "those", "its", "their", "our", "his", "her", "all"}}
# Words shortly before a bare number that make it restate the noun of the latest count in its sentence, by contrast
# or total ("laid six tracks, bringing the total to 16"; "22 trains a day, compared with 15 a year earlier").
REUSE_CUES = {"total", "compared", "with", "against", "versus", "vs", "than", "from", "and", "or", "but", "while",
              "whereas", "now", "only", "just", "another", "further", "remaining", "rest", "previously", "before"}
# Nouns before "of" that name what a bare number counts: "a population of 20 million".
UNIT_BEFORE = {"population of": "person", "workforce of": "employee", "staff of": "employee"}
# Places "of" a bare number count their people, and stay the figure's subject: "a Central Asian nation of 19 million".
PEOPLE_OF = {"nation of": "person", "country of": "person", "city of": "person", "town of": "person"}
DURATION_UNITS = {"day", "week", "month", "year", "hour", "minute", "second", "decade", "night", "quarter"}
# Words that end the search for a counted noun.
STOP_WORDS = set("""
a an the of from in at to and or but for with by on is are was were be been being have has had will would shall
should can could may might must do does did that this these those which who whom whose what when where while as than
then there their its his her our your my we they he she it i you not no nor so if per each every all some any more
most less least other another such only also just about around over under above below up down into onto out off
including include includes included such via after before during since until within without between among across
through said says say told according reported here
""".split())
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
HYPHEN_ORDINAL_SUFFIXES: set[str] = set()

# Qualifiers -----------------------------------------------------------------------------------------------------------
HEDGES = {  # right before the figure, inside its span
    "more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "greater than": "more_than", "just over": "more_than", "well over": "more_than",
    "more than a": "more_than", "exceeding": "more_than",
    "estimated at": "about", "estimated to be": "about", "estimated to reach": "about", "estimated to total": "about",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about", "nearly": "about",
    "almost": "about", "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "close to": "about", "circa": "about", "nearly a": "about", "almost a": "about", "about a": "about",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to", "no more than": "up_to",
    "not more than": "up_to", "not exceeding": "up_to", "no higher than": "up_to", "not above": "up_to",
    "not less than": "at_least", "not fewer than": "at_least", "no lower than": "at_least", "not below": "at_least",
    "~": "about", "lower than": "less_than", "higher than": "more_than",
    "a maximum of": "up_to", "at least": "at_least", "no less than": "at_least", "no fewer than": "at_least",
    "a minimum of": "at_least", "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than", "less than a": "less_than",
}
HEDGES_AFTER = {"or more": "at_least", "and more": "at_least", "and above": "at_least", "+": "more_than",
                "plus": "more_than", "or so": "about"}
# Verbs before the figure (outside its span) that make it a bound: "exceeded one billion yuan".
EXCEED_WORDS = {"exceeded", "exceeds", "exceed", "exceeding", "surpassed", "surpasses", "surpass", "surpassing",
                "topped", "tops", "outstripped"}
EXCEED_STEMS: tuple[str, ...] = ()
# A negation right before an exceed verb makes it a bound from above: "did not exceed 3 percent" is at most 3%.
NEGATIONS = {"not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't",
             "cannot", "can't", "shouldn't", "mustn't"}
INCREASE_WORDS = {
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew", "grow",
    "grows", "growing", "grown", "growth", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "gained", "gain",
    "gains", "surged", "surge", "soared", "expanded", "up", "boosted", "added", "rebounded", "advanced",
    "raise", "raised", "raises", "raising", "boost", "boosts", "boosting", "expand", "expands", "widened", "extend",
    "extended", "lengthened", "accelerated", "doubled", "tripled", "rallied", "rally", "rallies", "rallying",
    "soaring", "soars", "surging", "surges", "jumping", "climbing", "gaining", "advancing", "advance", "advances",
    "skyrocketed", "rocketed", "spiked", "leapt", "leaped", "rebounding", "recovered", "firmed", "edged",
    "upward", "upwards",  # "revised upward by 4%"
}
DECREASE_WORDS = {
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined", "decline", "declines",
    "decreased", "decrease", "decreases", "down", "slumped", "plunged", "shrank", "shrunk", "contracted", "reduced",
    "slid", "dipped", "tumbled", "eased", "lost", "lower", "cut", "cuts", "cutting", "reduce", "reduces", "reducing",
    "shorten", "shortens", "shortened", "shortening", "lowered", "lowers", "lowering", "slash", "slashed", "slashes",
    "trim", "trimmed", "trims", "halve", "halved", "shrink", "shrinks", "decline", "narrowed", "narrow",
    "plummeted", "plummet", "plummets", "plummeting", "plunging", "plunge", "plunges", "slide", "slides", "sliding",
    "slipped", "slip", "slips", "slipping", "sank", "sink", "sinks", "sinking", "sunk", "tumbling", "tumble",
    "tumbles", "slumping", "slump", "dropping", "declining", "shed", "sheds", "shedding", "lose", "loses", "losing",
    "dived", "dove", "retreated", "retreating", "crashed", "collapsed", "dipping", "dip", "dips", "weakened",
    "downward", "downwards",  # "revised downward by 2%"
}
# Change verbs that, right before an amount of money, gather a sum instead: "the start-up raised $20 million" (but
# "raised prices by 5%", "raised its stake to 20%").
FUNDING_VERBS = {"raise", "raised", "raises", "raising"}
# Rates: a link after the unit and what it takes ("per" anything, "a"/"an" a measure, a time or a counted noun), and
# words after the denominator that make it a time instead ("a week ago").
RATE_LINKS = {"per": "any", "a": "any", "an": "any", "/": "measure", "each": "time", "every": "time"}
RATE_BLOCKERS = {"ago", "earlier", "later", "before", "after", "since"}
# ... and these only before a number: "a week or two ago" is a time, "$15 a month and a free trial" a rate.
RATE_LIST_BLOCKERS = {"or", "and"}
TIME_DENOMINATORS = {"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour", "minute": "minute",
                     "second": "second", "quarter": "quarter", "annum": "year", "night": "night", "season": "season",
                     "game": "game", "match": "match", "head": "person", "capita": "person", "person": "person",
                     "share": "share", "dozen": "dozen", "piece": "piece", "unit": "unit", "mo": "month", "yr": "year"}
# Words that end a street's name: a number before the name is a house number ("9 E 71st St", "49 Ranch Road").
STREET_WORDS = {"st", "street", "rd", "road", "ave", "avenue", "blvd", "boulevard", "lane", "ln", "drive", "dr",
                "highway", "hwy", "terrace", "crescent", "parkway", "pkwy", "way", "place", "plaza"}
# "a 60-year-old man": the word after "N-year-" that makes the figure an age.
AGE_WORDS = {"old": "year of age"}
# An age written after the number with a space: "a 60 year-old man", "15 year-old students", "45 years old".
AGE_AFTER = {"year-old": "year of age", "years-old": "year of age", "year old": "year of age",
             "years old": "year of age", "yr-old": "year of age", "yr old": "year of age"}
# An age named before the number: "children under the age of 5", "men aged 18 to 34".
AGE_BEFORE = {"age of": "year of age", "ages of": "year of age", "aged": "year of age"}
# A bare number a person "is": "she was 17 when", "he will be 35 by then", "a daughter who was 10". Only singular
# persons: "we were 12" counts people.
AGE_SUBJECTS = {"he", "she", "i", "who"}
AGE_COPULAS = {"is", "was", "be", "turned", "turns"}
AGE_FOLLOWERS = {"by", "when", "at", "in", "and", "but", "then", "now", "on", "years"}
# Counted units that measure an amount, not things: a weak change word still makes them a change ("lost 190 points").
AMOUNT_UNITS = {"point", "basis point", "percentage point", "sen", "pip", "tick", "notch"}
INCREASE_STEMS: tuple[str, ...] = ()
DECREASE_STEMS: tuple[str, ...] = ()
# Change words that count only for figures that are not plain counts ("set up 5 firms" is no increase).
WEAK_CHANGE_WORDS = {"up", "down", "added", "lost", "cut", "lower"}
CHANGE_LINKS = {"by", "of", "was", "is", "were", "some", "nearly", "about", "a", "an"}  # "rose by", "an increase of"
LEVEL_LINKS = {"to", "at"}
# Change words that mark a change only right before the figure or its "by" ("up 11.2 percent", "up by 5"), never
# as a particle further back ("wrapped up a five-day tour").
ADJACENT_CHANGE_WORDS = {"up", "down"}
# Words joining two modifiers of one counted noun: "27 purchase and cooperation agreements".
LIST_LINKS = {"and", "or", "&"}
# Verbs whose "up"/"down" is a particle, not a change: "taking up 4,500 square meters", "made up 30 percent".
PARTICLE_VERBS = {"take", "takes", "took", "taken", "taking", "make", "makes", "made", "making", "pick", "picks",
                  "picked", "picking", "set", "sets", "setting", "sum", "sums", "summed", "fill", "fills", "filled",
                  "use", "uses", "used", "using", "tie", "tied", "lock", "locked", "put", "puts", "putting", "back",
                  "backed", "snap", "snapped", "scoop", "scooped", "rack", "racked", "chalk", "chalked", "shut",
                  "wrap", "wrapped", "break", "broke", "broken", "write", "wrote", "written", "turn", "turned",
                  "line", "lined", "sign", "signed", "team", "teamed", "open", "opened", "opening", "offer", "offered"}
# A bare number reached by a change or level verb counts the noun that is the verb's subject: "the number of workers
# would climb to 6,000", "Overseas exhibitors rose by 21 percent to 260". Heads that name a count of the noun after
# their link word:
COUNT_HEADS = {"number": "of", "numbers": "of", "total": "of", "headcount": None}
# A subject that points back at the sentence's count: "3,500 workers ..., and the number would climb to 6,000".
# Nouns after the counted noun that make it the count of a bare number: "the participant count reached 1,500",
# "passenger numbers rose to 2,000".
COUNT_TAILS = {"count", "counts", "number", "numbers", "total", "tally", "figures"}
# Collective subjects that name what a bare number counts: "readership reached about 410,000".
SUBJECT_UNITS = {"readership": "reader", "viewership": "viewer", "membership": "member", "ridership": "rider",
                 "attendance": "attendee", "enrollment": "student", "enrolment": "student", "headcount": "employee",
                 "workforce": "employee", "population": "person"}
ANAPHORIC_HEADS = {"number", "total", "figure", "tally", "headcount", "count"}
# Words that open a part of the count before them; that part is not what "the number" later refers to.
INCLUSION_CUES = ("including", "among them", "of whom", "of which", "among whom", "including some")
# Verbs (besides change and exceed words) whose subject a bare number counts: "the number of visitors reached 5,000".
# A copula before a bare number: it counts what a count word before it names ("the number of X was 655,000").
COPULAS = {"was", "is", "were", "are", "be", "been", "remains", "remained"}
SUBJECT_VERBS = {"reached", "reach", "reaches", "hit", "hits", "totaled", "totalled", "totals", "stood", "stands",
                 "numbered", "number", "numbers", "amounted", "came", "stand"}
# Words between the subject and its verb: "workers would climb", "visitors have also grown".
SUBJECT_SKIP_BACK = {"would", "will", "could", "should", "may", "might", "has", "have", "had", "is", "are", "was",
                     "were", "also", "further", "already", "now", "expected", "to", "be", "been", "then", "each",
                     "annually", "together", "combined", "respectively"}
# A plural noun after one of these is inside a phrase, not the verb's subject: "Flights between the two countries".
SUBJECT_PREPOSITIONS = {"between", "of", "in", "at", "from", "with", "for", "on", "to", "by", "among", "across",
                        "through", "into", "over", "under", "near", "including", "like", "than", "about", "per", "via",
                        "within", "without", "after", "before", "during", "since", "against", "toward", "towards"}
# Plural subjects that are amounts, not counted things: "exports rose to 6,000" names no unit.
NOT_COUNTED = {"exports", "imports", "sales", "revenues", "earnings", "profits", "prices", "costs", "investments",
               "volumes", "reserves", "assets", "shares", "stocks", "rates", "tariffs", "wages", "salaries", "losses",
               "deposits", "savings", "funds", "taxes", "expenses", "figures", "numbers", "totals", "levels",
               "flows", "yields", "returns", "emissions", "receipts", "payments", "outlays"}

# The word that puts the size of a change after the verb, however far back the verb is ("cut waiting times by 30%").
BY_LINKS = {"by"}
COMPARATIVES_BEFORE: dict[str, str] = {}
EXCEED_LINKED: dict[str, tuple[str, ...]] = {}  # "rose to 500" is a level, not a change
COMPARATIVES_AFTER = {"more": "increase", "higher": "increase", "up": "increase", "less": "decrease",
                      "lower": "decrease", "down": "decrease", "increase": "increase", "rise": "increase",
                      "growth": "increase", "jump": "increase", "gain": "increase", "decrease": "decrease",
                      "decline": "decrease", "drop": "decrease", "fall": "decrease", "reduction": "decrease"}

# Ranges ---------------------------------------------------------------------------------------------------------------
# After a change word these open no range but the level a change starts from ("выросла с 900 до 1 200").
LEVEL_FROM = {"from"}
RANGE_OPENERS = {"from": {"to"}, "between": {"and"}}
# The size of a change just told, before a bracket that gives its two levels: "выросло в 11,6 раза (с 489 до
# 5,7 тыс.)", "up 12% (from 50 to 56)".
CHANGE_SIZE_WORDS = {"times", "fold", "%", "percent", "pct"}
RANGE_JOINERS = {"-", "–", "—", "to"}  # without an opener
# Words that may lead a range opener's closer: "from 450 sq ft up to 900 sq ft".
CLOSER_LEADS = {"up"}
# Alternatives of close values are ranges: "eight or nine euros", "two or three years".
ALTERNATIVE_LINKS = {"or"}

# Things that are not figures ------------------------------------------------------------------------------------------
# Words between the two days of a date range ("June 12 to 17", "с 12 по 17 июня"): neither day is a figure.
DATE_RANGE_LINKS = {"to", "through", "and", "until", "till", "-", "–", "—"}
MONTHS = set(MONTHS_EN)  # names and abbreviations
MONTHS_CAPITALISED = True  # "may" and "march" are months only when capitalised
YEAR_BEFORE = {"in", "by", "since", "for", "during", "of", "until", "till", "through", "from", "to", "before",
               "after", "year", "fiscal", "early", "late", "mid", "end", "spring", "summer", "autumn", "fall",
               "winter", "and", "the", "between", "year-on-year", "as", "'s", "circa"}
YEAR_AFTER = {"'s", "’s"}
# Words that put a year in time right before it: such a year opens no range ("rose from 103,000 in 2023 to 174,000").
YEAR_IN_TIME = {"in", "by", "since", "during", "until", "till"}
# Names that a number after them belongs to, whatever follows ("S&P 500 utilities", "Model 3 sedans", "Game 2").
NAME_BEFORE = {"s&p", "sp", "stoxx", "ftse", "nikkei", "russell", "fortune", "nasdaq", "dax", "cac", "asx", "kospi",
               "sensex", "nifty", "topix", "iphone", "ipad", "galaxy", "pixel", "model", "game", "xbox", "windows",
               "playstation", "formula", "euro", "apollo", "boeing", "airbus", "channel", "covid", "ios", "android"}
# Capitalised words that are no name for the number after them ("On Monday 12 companies signed").
KNOWN_CAPITALISED = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                     "yesterday", "overall", "altogether", "meanwhile", "together", "currently", "now", "so", "far"}
# Capitalised words that make a model name of the digits before them ("the 737 Max", "iPhone 11 Pro").
MODEL_SUFFIXES = {"max", "pro", "plus", "ultra", "mini", "lite", "neo", "se", "gt", "gti", "xl", "xs", "turbo",
                  "classic", "sport", "edge", "fold", "flip"}
NAME_MARKERS = {"no", "no.", "nr", "№", "#", "number", "vol", "art", "article", "page", "p", "pp", "line", "route",
                "phase", "level", "grade", "version", "chapter", "section", "item", "tel", "fax", "room", "gate"}
NOT_ONE_BEFORE = {"the", "no", "any", "every", "each", "this", "that", "which", "someone", "anyone", "every"}
NOT_ONE_AFTER = {"of", "another", "by", "day", "way", "time"}  # "one of the stops", "one day", "one by one"
# Clause breaks for tying a year to a figure: a year stated in one clause does not date a figure in the next.
CLAUSE_BREAKS = {("and", "the"), ("and", "its"), ("and", "their"), ("and", "his"), ("and", "her"), ("and", "this"),
                 ("and", "these"), ("and", "a"), ("and", "an"), ("but",), ("while",), ("whereas",), ("although",),
                 ("though",), (";",)}
# Words between a money figure and what it values ("revenue exceeded ...", "deals worth ...").
SUBJECT_SKIP = EXCEED_WORDS | INCREASE_WORDS | DECREASE_WORDS | {
    "of", "worth", "at", "to", "by", "was", "is", "were", "are", "reached", "totaled", "totalled", "amounted",
    "hit", "stood", "valued", "totalling", "totaling", "costing", "cost", "be", "will", "has", "have", "had",
    "about", "around", "some", "over", "nearly", "almost", "approximately", "than", "more", "less", "a", "an",
}
# Morphology used to find the counted noun: None = English suffix rules.
MORPHOLOGY = None
COUNT_NOUN_LEMMAS: dict[str, str] = {}
