"""English page-furniture vocabulary for the cleaner: data only, compiled once in rules.py."""
from tourpipe.vocabulary import MONTHS_EN

LINE_PATTERNS = {
    "language_switch": (r"global edition.{0,60}", r"(chinese )?(simplified|traditional)( chinese)?"),
    "widget": (
        r"font\s*size\s*:?.*",
        r"(big|middle|small|large|medium)(\s+(big|middle|small|large|medium)){1,3}",
        r"share(\s*(on|this|article|story|via))?\s*:?",
        r"share\s*[-–|:]\s*\w+",
        r"(share|tweet|email|e-mail|print|facebook|twitter|x|linkedin|whatsapp|telegram|wechat|weibo"
        r"|vk|reddit|copy link|save|listen|bookmark)(\s*[|/•·,]?\s*(share|tweet|email|e-mail|print|facebook"
        r"|twitter|x|linkedin|whatsapp|telegram|wechat|weibo|vk|reddit|copy link|save|listen|bookmark))*",
        r"print(\s+(friendly|this( page| article)?|version))?",
        r"\d[\d,.\s]*\s*(views?|reads?|hits|comments?|likes?|shares?)\b.{0,40}",
        r"(views?|hits|reads)\s*:?\s*\d[\d,.\s]*",
        r"reading (this article|time)\b.{0,40}",
        r"\d+\s*(min(ute)?s?|mins?)(\s+read)?",
        r"(listen|audio)( to (this|the) (article|story))?",
        r"(previous|next)( article| story| post)?",
        r"(click|tap) (here|to).{0,60}",
        r"(subscribe|sign up|newsletter).{0,80}",
        r"(advertisement|sponsored( content)?|ad)",
        r"loading\.{0,3}",
        r"(add to |save to )?favou?rites|close|collapse|expand",
        r"(log ?in|sign ?in|register)(\s*(/|\||or)\s*(log ?in|sign ?in|register|sign ?up))*",
    ),
    # a caption closed by its photo credit: "Journalists visit the plant. Photo: Li Ming/GT", "… on Nov. 4. (Photo
    # provided to the paper)" — the whole line describes a picture
    "credit": (
        r".{10,600}?[.!?)\]]\s+(photo|picture|image)s?(\s+credits?)?\s*:\s*[^.!?]{2,60}",
        r".{10,600}?[.!?]\s+\(\s*(photo|picture|image)s?\s+(by|provided|courtesy|credit|from)\b[^()]{0,80}\)?",
        # ... or by a wire's photo credit in brackets: "… production workshop. (Newsfoto/City Committee)", "(Photo/AB)"
        r".{10,600}?[.!?]\s+\(\s*[\w\-]{0,20}?(photo|foto)s?\s*/[^()]{1,80}\)",
    ),
    "comment_box": (
        r"leave a (reply|comment).{0,40}",
        r"post (a )?comment.{0,20}",
        r"(add|write|submit) (a |your )?comment.{0,40}",
        r"\d*\s*comments?\s*(\(\d+\))?\s*:?",
        r"(be the first to comment|no comments( yet)?|comments are closed).{0,40}",
        r"(you must be )?logged in to (post a )?comment.{0,40}",
        r"your email address will not be published.{0,80}",
        r"(name|email|website)\s*\*?",
    ),
    "metadata": (
        r"(posted|published|updated|modified)\s*(on|at|:)?\s*[^.!?]{0,30}\d[^.!?]{0,40}",
        r"keywords?\s*:.*",
    ),
}

SPEAKER_LABELS = (
    r"q|a|question|answer|interviewer|correspondent|reporter|journalist|host|presenter|anchor|moderator",
)

PREFIX_PATTERNS = {
    # checked only on short lines (see rules.MAX_PREFIX_LINE)
    "credit": (
        r"((shot|edited|filmed|written|reported|produced|photographed|photos?|videos?|images?|translated"
        r"|compiled|designed|subtitles?|subtitled|camera|narrated|directed|illustrated|graphics?|text)"
        r"(\s+and\s+\w+)?\s+by)\s*:?\s*(?-i:[A-Z\d])",
        r"(photo|picture|image|video|graphic)s?(\s+credits?)?\s*[:|/]",
        r"credits?\s*:",
        r"sources?\s*:",
        r"(editor|reporter|correspondent|author|writer|translator|producer|journalist|photographer)s?"
        r"(\s+in\s+charge)?\s*:",
        r"via\s*:",
        r"(contact|e-?mail|write to) (the )?(writers?|authors?|reporters?|editors?|newsroom|desk)\b",
    ),
    "byline": (
        r"by\s+(?-i:[A-Z])[\w'’.\-]*(\s+(?-i:[A-Z])[\w'’.\-]*){0,3}(\s*[,|]|\s+in\s+\w+|\s+on\s+\d|\s*$)",
        r"(staff|special) (reporter|correspondent)\b",
    ),
    "metadata": (r"(date|time|posted|published|updated|modified)\s*:",),
    "related_headline": (r"(read|see) (also|more)\s*:", r"related\s*:"),
}

CLAUSE_PATTERNS = {
    # ". Photographed by …" after a caption, "… | Source: …" after a timestamp
    "credit": (
        r"(shot|edited|filmed|photographed|photos?|videos?|images?|produced|subtitles?)\s+by\s*:?\s*(?-i:[A-Z]).{0,80}",
        r"(photo|image|video)s?(\s+credits?)?\s*:\s*\S.{0,60}",
        r"sources?\s*:\s*\S.{0,80}",
    ),
}

NAV_LABELS = frozenset({
    "special reports", "special report", "top", "top news", "top stories", "home", "homepage", "home page",
    "latest", "latest news", "most read", "most popular", "most viewed", "trending", "trending now",
    "editor's picks", "editors' picks", "more news", "all news", "news feed", "multimedia", "photos",
    "videos", "video", "photo", "gallery", "photo gallery", "back to top", "menu", "search", "skip to content",
    "main menu", "navigation", "contact us", "about us", "rss", "sitemap", "archive", "newsletter",
    "follow us", "follow us on", "in pictures", "watch", "live", "breaking news",
})

RUBRICS = frozenset({
    "news", "world", "china", "business", "society", "politics", "economy", "opinion", "features", "culture",
    "sports", "sport", "tech", "technology", "science", "regions", "region", "analytics", "analysis",
    "interview", "interviews", "exclusive", "infrastructure", "finance", "markets", "world news",
    "national", "local", "asia", "asia-pacific", "central asia", "kazakhstan", "xinjiang", "lifestyle",
    "travel", "education", "health", "environment", "energy", "industry", "agriculture", "transport",
    "international", "diplomacy", "columns", "blogs", "press releases", "events",
})

END_MARKERS = (
    r"related( news| stories| articles| posts| content| reading)?\s*:?",
    r"(read|see) (also|more)\s*:?",
    r"more (from|on|in|news)\b.{0,40}",
    r"you (may|might) (also )?(like|be interested in).{0,20}",
    r"recommended( for you| stories)?\s*:?",
    r"(latest|popular|other|top) (news|stories|articles)\s*:?",
    r"tags?\s*:.*",
)

MONTHS = MONTHS_EN

FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by", "from", "as", "is",
    "are", "was", "were", "be", "has", "have", "will", "its", "their", "new", "over", "into", "how", "why",
    "what", "who", "says", "said", "visit", "visits", "tour", "after", "amid", "than", "more", "about",
})
