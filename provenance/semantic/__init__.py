"""The semantic layer: multilingual encoders and the decisions built on them (reworded and translated quotes,
paraphrased passages across languages, claims, editions). Loaded only when the semantic stage runs."""
