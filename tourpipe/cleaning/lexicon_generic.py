"""Language-neutral page-furniture patterns for the cleaner: data only, compiled once in rules.py.

Every lexicon module exposes the same names (missing ones count as empty):
LINE_PATTERNS / PREFIX_PATTERNS / CLAUSE_PATTERNS map a removal reason to regexes matched against the
whole line, the start of a (short) line, or a clause that starts after a sentence break in a short line;
NAV_LABELS are whole-line labels removed anywhere, RUBRICS are topical section names removed only outside
the article body, END_MARKERS start the page's closing furniture, MONTHS maps month names to numbers,
FUNCTION_WORDS tell a title from a personal name. All regexes are case-insensitive.
"""
from tourpipe.vocabulary import TOP_LEVEL_DOMAINS, YEAR_PATTERN, alternation

_DOMAINS = alternation(TOP_LEVEL_DOMAINS)

# "[Photo/site.cn]", "[Photo by Name/site.com]", "[Видео: Хабар]": a bracketed photo or video credit
_BRACKET_CREDIT = r"\[\s*(photo|video|image|pic|фото|видео)s?\b[^\]\n]{0,80}\]"

# Who speaks in an interview transcript ("Q: …", "Anna Lee: …"). A label followed by a whole sentence is
# article text; followed by a bare name ("Correspondent: Anna Lee") it stays a credit.
SPEAKER_LABELS = (
    # a person's name, two to four capitalised words that are not a credit label ("Photo Credit:")
    r"(?!.*\b(photo|image|video|picture|source|credit|editor|author|text|фото|видео|источник|редактор|автор"
    r"|текст)s?\b)(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’\-]+)(\s+(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w'’\-]+){1,3}",
)

LINE_PATTERNS = {
    # counters and number strips: "940", "13 830", "498.55 524.28 4.75", "-4°", "👁 1 234"
    "widget": (
        r"[\W_]*\d[\d\s.,:/%+\-]*[\W_]*",
        r"[^.!?]{0,25}-?\d+\s*°\s*[cс]?[^.!?]{0,40}",
        r"(a\s*){2,3}",
        r"ctrl\s*\+\s*enter.*",
        r".*\bctrl\s*\+\s*enter\b.*",
    ),
    # "IMG_2034.jpg", "1.png", "photo (3).JPEG"
    "image_file": (r"[\w\-. ()\[\]]{1,80}\.(png|jpe?g|gif|webp|bmp|svg|tiff?|heic|avif)",),
    # bare addresses and e-mail only lines
    "link": (
        r"(https?://|www\.)\S+",
        r"\S+@\S+\.\w{2,}",
        # a short line ending in an e-mail address is a contact line, not prose: "Write to the desk at a@b.kz"
        r"[^.!?]{0,80}\s\S+@\S+\.\w{2,}",
        r"[\w.\-]+\.(" + _DOMAINS + r")(/\S*)?",
    ),
    # "Home / China / Xinjiang", "Главная страница > Эксклюзив", "SITE › News › Region"
    "navigation": (
        r"[^.!?]{1,40}((\s+/\s+|\s+\|\s+|\s*>\s*|\s*›\s*|\s*\\\s*)[^.!?/>›\\|]{1,40}){2,}",
        r"[^.!?]{1,40}\s*(>|›)\s*[^.!?>›]{0,40}",
        # a trail from the home page, however long its last item (often the headline, told again below it):
        # "Home » Parliaments of Tajikistan and China Signed …", "Главная » Новости » …"
        r"(home|home page|главная|главная страница|басты бет)\s*(»|>|›|/|\|)\s*.{1,300}",
    ),
    "copyright": (r"(©|\(c\)|copyright\b).{0,150}", r".{0,100}\ball rights reserved\b.{0,60}"),
    "tags": (r"#[^\s#].{0,60}", r"(#\S+\s*){2,}"),
    # "Досжан НУРГАЛИЕВ", "Ivan PETROV": a name with an all-caps surname alone on a line is a byline
    "byline": (
        r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(-[A-ZА-ЯЁ]{2,})?)",
        r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+)",
    ),
    "credit": (
        # "Caption text / shutterstock": a caption that ends with an agency or stock credit
        r".{10,200}\S\s+/\s+(?-i:[A-Za-zА-ЯЁа-яё])[\w.\-]*(\s+[\w.\-]+){0,2}",
        # a caption of any sentence count closed by a bracketed credit: "… on Monday. [Photo by A B/site.cn]";
        # the length cap keeps a whole article scraped onto one line out of it
        r".{0,400}" + _BRACKET_CREDIT + r"\s*\|?",
        # "[Photo/Agency] Caption text" opens a caption
        _BRACKET_CREDIT + r".{0,220}",
        # an agency photo credit closing a caption: "… June 5, 2024. (Agency/Firstname Lastname)"
        r".{10,400}\(\s*(?-i:[A-Z][a-z][\w.\-]*)\s*/\s*(?-i:[A-Z][a-z\-]+(\s+[A-Z][a-z\-]+){1,2})\s*\)",
    ),
}

PREFIX_PATTERNS = {
    # ASCII-art separators and share bars are handled as widgets
    "widget": (r"[|•·\-–—=_*~]{3,}",),
}

CLAUSE_PATTERNS = {
    # "[Photo/uetd.gov.cn] |", "[Video/CGTN]" anywhere in a line: a credited caption
    "credit": (_BRACKET_CREDIT + r"\s*\|?",),
}

# ISO codes and endonyms shown in language switches ("Ru  Kz", "EN | РУС | ҚАЗ", "中文 English")
LANGUAGE_TOKENS = frozenset({
    "en", "eng", "english", "ru", "rus", "рус", "русский", "русский язык", "kz", "kk", "kaz", "қаз", "каз",
    "қазақша", "казахский", "қазақ", "kazakh", "uz", "uzb", "ўзб", "o'zbek", "oʻzbekcha", "ky", "кыр",
    "zh", "cn", "中文", "简体", "繁體", "繁体", "简体中文", "繁體中文", "双语", "雙語", "english edition",
    "fr", "français", "francais", "de", "deutsch", "es", "español", "ar", "عربي", "العربية", "tr", "türkçe",
    "ja", "日本語", "ko", "한국어", "chinese", "simplified", "traditional", "lat", "лат", "кир", "latin",
    "asia", "global edition", "edition", "language", "язык", "тіл", "версия", "version",
})

# Furniture glued inside an article line (kept whole in clean_text): extractors skip these spans.
INLINE_PATTERNS = {
    # a scraper's " date 2025-03-14 " before the headline
    "date_prefix": (r"(?m)^[ \t]*date\s+" + YEAR_PATTERN + r"-\d\d(?:-\d\d)?\b",
                    # ... and a masthead glued before the lede: "Avesta.Tj | 15.09.2014 | Госкомитет …"
                    r"(?m)^[ \t]*(?:[\w.\-]{2,40}[ \t]*\|[ \t]*)?\d{1,2}[./]\d{1,2}[./]" + YEAR_PATTERN
                    + r"(?:,?[ \t]+\d{1,2}:\d\d)?[ \t]*\|[ \t]*"),
    # a page title's site glued to its headline: "… посетила Россию_Russian.news.cn"
    "site_suffix": (r"(?m)_[\w\-]+(?:\.[\w\-]+)*\.(?:" + _DOMAINS + r")[ \t]*$",),
    # "[Photo by Li Ming/chinadaily.com.cn]", "[Photo/uetd.gov.cn] |", "[Видео/Хабар]"
    "credit": (
        r"\[(?:photo|video|image|pic|фото|видео)s?\b[^\]\n]{0,80}\]\s*\|?",
        # "(фото с сайта portnews.kz)", "Иллюстративное фото с сайта …"
        r"\(?\b(?:[а-яё]+ое\s+)?(?:фото|видео)\s+с\s+сайта\s+[\w.\-]+\.[a-zа-я]{2,}\)?",
        r"\(?\b(?:photo|video|фото|видео)\s*:\s*[\w.\-]+\.(?:" + _DOMAINS + r")\b\)?",
        # "Фото: Акорда", "(Photo: Eastwind)": one capitalised source name after the label
        r"\(?\b(?:photo|video|фото|видео)\s*:\s*(?-i:[A-ZА-ЯЁ])[\w\-]+\)?",
        # a wire story's byline closing its last paragraph: "(Reporting by A; Additional reporting by B in Astana;
        # Editing by C)"
        r"\((?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()\n]{0,300}\)",
        # an agency credit closing a caption: "(Eastwind/Marat Seitkali)"
        r"\((?-i:[A-Z][a-z][\w.\-]*)\s*/\s*(?-i:[A-Z][a-z\-]+(?:\s+[A-Z][a-z\-]+){1,2})\s*\)",
        # Chinese photo and reporter credits: "新华社记者 李响 摄", "（王磊 摄）", "(记者 王明)"
        r"(?:新华社)?记者\s*[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})?\s*摄",
        r"[（(]\s*[\u4e00-\u9fff\s]{2,12}摄\s*[)）]",
        r"[（(]\s*记者\s*[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*\s*[)）]",
    ),
}
