"""The sentence vectors the summary selects and cites by (see lagebild.group.sentences)."""

from lagebild.group.sentences import Names, sentence_matrix, sentence_terms
from lagebild.group.tfidf import tfidf_matrix

__all__ = ["Names", "sentence_matrix", "sentence_terms", "tfidf_matrix"]
