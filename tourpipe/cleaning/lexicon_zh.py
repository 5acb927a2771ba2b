"""Chinese page-furniture vocabulary for the cleaner: data only, compiled once in rules.py."""

LINE_PATTERNS = {
    "widget": (r"(分享|打印|收藏|关闭|返回顶部|字号|大\s*中\s*小)"
               r"(\s*[|/]?\s*(分享|打印|收藏|关闭|大|中|小))*\s*[:：]?",),
    "image_file": (r"【?\s*(资料图|图片|视频)\s*】?",),
    "comment_box": (r"(发表|我要|网友)?评论.{0,10}",),
}

PREFIX_PATTERNS = {
    "credit": (
        r"(来源|责任编辑|编辑|记者|报道员|摄影|作者|校对|审核|出品|监制|制作|图片来源)\s*[:：]",
        r"新华社音视频部制作",
    ),
    "metadata": (r"(发布时间|时间|日期|更新时间)\s*[:：]",),
}

CLAUSE_PATTERNS = {
    "credit": (r"(来源|责任编辑|编辑)\s*[:：]\s*\S.{0,40}",),
}

NAV_LABELS = frozenset({"首页", "手机版", "新闻", "综合", "滚动", "热点", "专题", "视频", "图片", "返回首页"})

MONTHS = {}
