"""Dimension weights by the method's ``weighting``: catalogue, equal, or PCA-derived.

``catalogue`` uses the catalogue's weights with any ``--weights`` overrides; ``equal``
gives the five dimensions the same weight (the international default, e.g. WJP);
``pca`` derives weights from the data, as the OECD/JRC handbook describes: the first
principal component of the standardised dimension scores (statsmodels PCA), each
dimension weighted by its squared loading. PCA weights describe how the dimensions
co-vary in this corpus, not how important they are; they change when reports are
added, so they are an explained option, never the default.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from fazhi_bench.errors import UserError
from fazhi_bench.spec.catalogue import DIMENSIONS
from fazhi_bench.spec.weights import Weights


def pca_weights(scores: pd.DataFrame) -> tuple[pd.Series, dict]:
    """Squared first-component loadings of standardised scores, summing to 1."""
    from statsmodels.multivariate.pca import PCA

    data = scores[list(DIMENSIONS)].astype(float)
    varying = data.loc[:, data.std(ddof=0) > 1e-9]
    if len(data) < 3 or varying.shape[1] < 2:
        raise UserError(
            "weighting 'pca' needs at least 3 reports whose dimension scores vary; "
            "use weighting 'catalogue' or 'equal'"
        )
    pca = PCA(varying, ncomp=1, standardize=True, method="svd")
    loadings = pd.Series(np.asarray(pca.loadings)[:, 0], index=varying.columns)
    squared = (loadings**2).reindex(list(DIMENSIONS)).fillna(0.0)
    weights = squared / squared.sum()
    explained = float(pca.eigenvals.iloc[0] / pca.eigenvals.sum())
    info = {"explained_variance_first_component": round(explained, 4),
            "loadings": {k: round(float(v), 4) for k, v in loadings.items()}}  # fmt: skip
    return weights, info


def dimension_weights(
    method: dict, weights: Weights, raw_scores: pd.DataFrame
) -> tuple[pd.Series, dict]:
    """Weights of the five dimensions for the index, and notes for run.json."""
    kind = method["weighting"]
    if kind == "equal":
        return pd.Series(1.0, index=list(DIMENSIONS)), {}
    if kind == "pca":
        return pca_weights(raw_scores)
    return pd.Series({d: weights.dimensions[d] for d in DIMENSIONS}), {}
