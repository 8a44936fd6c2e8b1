-- Issue 16: what each free text means, as the sentence-embedding model sees it, stored beside its row so a draft
-- never embeds its evidence again: 384 signed bytes (org.techvoice.understanding.Embedding), null until the
-- embedding job has reached the row (and again after its text is edited). Living on the row, a vector goes
-- wherever the row goes: forget-me, retention and a workspace's removal delete it with its text.
-- BYTEA is PostgreSQL's binary type and H2's name for BINARY VARYING, so this one script serves both; the
-- checks hold the column to exactly 384 bytes on both.
ALTER TABLE voice_entry ADD COLUMN embedding BYTEA;
ALTER TABLE voice_entry ADD CONSTRAINT voice_entry_embedding_size CHECK (embedding IS NULL OR OCTET_LENGTH(embedding) = 384);

ALTER TABLE contribution ADD COLUMN embedding BYTEA;
ALTER TABLE contribution ADD CONSTRAINT contribution_embedding_size CHECK (embedding IS NULL OR OCTET_LENGTH(embedding) = 384);

ALTER TABLE achievement ADD COLUMN embedding BYTEA;
ALTER TABLE achievement ADD CONSTRAINT achievement_embedding_size CHECK (embedding IS NULL OR OCTET_LENGTH(embedding) = 384);

-- only free-text answers are embedded; ratings and chosen options stay null
ALTER TABLE survey_answer ADD COLUMN embedding BYTEA;
ALTER TABLE survey_answer ADD CONSTRAINT survey_answer_embedding_size CHECK (embedding IS NULL OR OCTET_LENGTH(embedding) = 384);
