"""Term discovery for researchers extending the catalogue.

Scoring matches characters, not words; word-level work goes through jieba. We build a
*private* ``jieba.Tokenizer`` whose user dictionary is the catalogue's own terms, so a
term such as 行政执法三项制度 stays one token (never the global tokenizer, never
``add_word`` on shared state). ``uncovered_terms`` lists frequent domain words in a
corpus that no indicator pattern covers yet.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

import jieba
import pandas as pd

from fazhi_bench.evidence.sections import split_sentences
from fazhi_bench.run.cache import default_cache_dir
from fazhi_bench.spec.catalogue import Catalogue

# Morphemes that mark a word as belonging to the rule-of-law domain.
_DOMAIN = re.compile(
    r"法|律|执法|调解|公开|审查|审核|复议|诉|普法|决策|规范|监督|信访|纠纷|处罚|许可|检查|"
    r"备案|听证|评估|问责|考核|责任|权力|清单|政务|服务|矛盾|仲裁|援助|公证|合规|合同|监管"
)
_HAN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
_STOP = frozenset(
    [
        "我们",
        "工作",
        "进一步",
        "加强",
        "推进",
        "开展",
        "全面",
        "深入",
        "持续",
        "不断",
        "积极",
        "切实",
        "有效",
        "各类",
        "相关",
        "有关",
        "建设",
        "提升",
        "完善",
        "健全",
        "落实",
        "推动",
        "强化",
        "坚持",
        "确保",
        "实现",
        "组织",
        "情况",
        "报告",
        "年度",
        "全年",
        "街道",
        "社区",
        "依法",
        "法治",
        "法律",
        "法规",
        "政府",
    ]
)


def catalogue_terms(catalogue: Catalogue) -> list[str]:
    """Literal patterns of the catalogue: the user dictionary of the private tokenizer."""
    return sorted(
        {p.text for ind in catalogue.indicators for p in ind.patterns if p.kind == "literal"}
    )


def make_tokenizer(catalogue: Catalogue, cache_dir: Path | None = None) -> jieba.Tokenizer:
    """A private jieba tokenizer knowing the catalogue's terms; its cache stays in ours."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    folder = cache_dir or default_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir = str(folder)
    for term in catalogue_terms(catalogue):
        if _HAN_WORD.match(term):
            tokenizer.add_word(term, freq=20000)  # private instance: no shared state touched
    return tokenizer


def _covered(term: str, catalogue: Catalogue, literals: list[str]) -> bool:
    if any(term in lit or lit in term for lit in literals):
        return True
    return any(
        re.search(p.text, term)
        for ind in catalogue.indicators
        for p in ind.patterns
        if p.kind == "regex"
    )


def uncovered_terms(
    texts: dict[str, str],
    catalogue: Catalogue,
    top: int = 50,
    min_docs: int = 2,
    cache_dir: Path | None = None,
) -> pd.DataFrame:
    """Frequent domain words no indicator covers: term, count, docs, an example sentence."""
    tokenizer = make_tokenizer(catalogue, cache_dir)
    counts: Counter[str] = Counter()
    docs: dict[str, set[str]] = {}
    example: dict[str, str] = {}
    for name, text in texts.items():
        for start, end in split_sentences(text):
            sentence = text[start:end]
            for word in tokenizer.lcut(sentence, HMM=True):
                if not _HAN_WORD.match(word) or word in _STOP or not _DOMAIN.search(word):
                    continue
                counts[word] += 1
                docs.setdefault(word, set()).add(name)
                example.setdefault(word, sentence.strip()[:120])
    literals = catalogue_terms(catalogue)
    rows = [
        {"term": w, "count": c, "docs": len(docs[w]), "example": example[w]}
        for w, c in counts.most_common()
        if len(docs[w]) >= min_docs and not _covered(w, catalogue, literals)
    ]
    frame = pd.DataFrame(rows, columns=["term", "count", "docs", "example"])
    return frame.sort_values(["docs", "count", "term"], ascending=[False, False, True]).head(top)
