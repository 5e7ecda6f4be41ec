"""The sentence vectors the summary selects and cites by (see lagebild.group.sentences)."""

from lagebild.group.sentences import sentence_matrix, sentence_terms

__all__ = ["sentence_matrix", "sentence_terms"]
