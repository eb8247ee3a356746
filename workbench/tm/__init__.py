"""The translation memory as CAT tools use it: fuzzy look-up with a match percentage (and, on top of it,
pre-translation and XLIFF)."""
