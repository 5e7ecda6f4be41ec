"""The sentence vectors the summary selects and cites by (see lagebild.group.sentences)."""

from lagebild.group.sentences import Names, sentence_matrix, sentence_terms

__all__ = ["Names", "sentence_matrix", "sentence_terms"]
