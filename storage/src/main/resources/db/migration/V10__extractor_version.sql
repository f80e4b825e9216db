-- The version of the extractor that made each document's moves (org.talentflow.core.extract.ExtractorVersion: the
-- extraction code's version and a hash of the lexicon, patterns, model, gazetteer and caps). `reextract` redoes the
-- documents of any other version. Documents stored before this migration have none: an unknown extractor made them.
ALTER TABLE documents ADD COLUMN extractor_version VARCHAR(100);
