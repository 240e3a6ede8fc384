"""Reading a draft or a seed: the document, its words, figures, dates, people, sources and the claims they make."""
