"""Language identification of whole documents (tourpipe.lang)."""
from __future__ import annotations

import pytest

from tourpipe.lang import detect_language

# Written for these tests: a Chinese site's Russian page that gives each paragraph's Chinese original beside it.
_BILINGUAL = (
    "中国媒体记者团访问哈萨克斯坦首都阿斯塔纳和最大城市阿拉木图\n"
    "В начале июня группа из двенадцати журналистов китайских СМИ совершила поездку по Казахстану. Они побывали в "
    "Астане и Алматы, посетили индустриальный парк и встретились с руководителями местных компаний.\n"
    "六月初,十二名中国媒体记者访问了哈萨克斯坦,参观了工业园区,并与当地企业负责人进行了会谈,了解两国经贸合作的最新进展。\n"
    "В Алматы журналисты осмотрели завод по сборке автомобилей и узнали о планах расширения производства. По "
    "словам директора завода, в прошлом году предприятие выпустило более десяти тысяч машин.\n"
)


@pytest.mark.parametrize("text, expected", [
    (_BILINGUAL, "ru"),
    # a Chinese page with a few Latin words stays Chinese
    ("中国和哈萨克斯坦签署了二十项合作协议,总金额达三十亿美元。双方表示将继续深化经贸合作 Astana Xinhua", "zh"),
    ("Kazakhstan and China signed twenty agreements worth three billion dollars in Astana on Monday.", "en"),
    ("Казахстан и Китай подписали двадцать соглашений на сумму три миллиарда долларов в Астане.", "ru"),
])
def test_a_document_is_in_the_language_of_most_of_its_letters(text, expected):
    assert detect_language(text) == expected
