"""A data frame's columns as arrays: taken out, appended to, put back together without copying.

Building a 100k-row frame from another with pandas' frame operations (a row mask, a concat, a take)
copies every column at each step, and the steps' results live until the last one is done: the
list's re-score after an import of 10k customers held four copies of the score frame at once.  Done
one column at a time, only one column's copies are alive beside the frames.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd


def values_of(column: pd.Series) -> Any:
    """The column's own array: a numpy array, or pandas' extension array (categories, Int64…)."""
    return column.to_numpy() if isinstance(column.dtype, np.dtype) else column.array


def appended(array: Any, values: Any) -> Any:
    """*array* followed by *values*, in *array*'s type (a new array)."""
    if not len(array):  # an empty frame's columns have no dtype of their own: the rows' decide
        return values
    if isinstance(array, np.ndarray):
        return np.concatenate([array, np.asarray(values).astype(array.dtype)])
    if isinstance(array, pd.Categorical) and isinstance(values, pd.Categorical):
        values = values.set_categories(array.categories)  # same categories: the same codes
    return type(array)._concat_same_type([array, values.astype(array.dtype)])


def framed(arrays: dict[str, Any], index: pd.Index, columns: pd.Index) -> pd.DataFrame:
    """A frame holding *arrays* themselves (no copy), in the order of *columns*."""
    return pd.DataFrame(arrays, index=index, columns=columns, copy=False)
