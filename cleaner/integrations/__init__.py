"""Steps for other pipelines' frameworks; each imports its framework only when used."""
