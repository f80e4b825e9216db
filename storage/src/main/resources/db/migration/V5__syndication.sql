-- Syndication and resumable ingest.
--
-- A document that is a near-duplicate of a stored one (a syndicated copy: the same text with another headline,
-- byline or a few edits) belongs to that document's story; story_id is the story's first document, itself for an
-- original. signature is the MinHash of the text (org.talentflow.core.syndication.MinHashSignature; empty when the
-- text is too short to have one); document_bands holds its LSH band keys, so finding the stories a new document may
-- copy is an indexed lookup, never a scan. site is the URL's host; source_key says which independent source a document
-- stands for: the site of its story's first document, or that document's content hash when it has no URL.
ALTER TABLE documents ADD COLUMN story_id BIGINT REFERENCES documents (id);
ALTER TABLE documents ADD COLUMN site VARCHAR(400);
ALTER TABLE documents ADD COLUMN source_key VARCHAR(400);
ALTER TABLE documents ADD COLUMN signature BYTEA;
CREATE INDEX documents_story ON documents (story_id);

CREATE TABLE document_bands (
    document_id  BIGINT   NOT NULL REFERENCES documents (id),
    band         SMALLINT NOT NULL,
    band_key     BIGINT   NOT NULL,
    PRIMARY KEY (document_id, band)
);
CREATE INDEX document_bands_key ON document_bands (band_key);

-- Per move: the documents whose sentences report it, and the independent sources among them (syndicated copies of
-- one story, and stories of one site, count once). Kept up to date with every evidence row.
ALTER TABLE moves ADD COLUMN document_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE moves ADD COLUMN source_count INTEGER DEFAULT 0 NOT NULL;

-- Inputs an ingest run finished: a restart skips them whole while their size and modification time are unchanged.
CREATE TABLE ingest_checkpoints (
    input_key    CHAR(64)      NOT NULL PRIMARY KEY,
    input        VARCHAR(4000) NOT NULL,
    size         BIGINT        NOT NULL,
    modified     BIGINT        NOT NULL,
    documents    INTEGER       NOT NULL,
    finished_at  TIMESTAMP     NOT NULL
);
