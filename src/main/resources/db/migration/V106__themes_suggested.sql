-- Issue 16 (performance): a slash command's ack suggests themes by the rules alone; the model's suggestion comes
-- after the ack, when the embedding job has the text's vector. It may then add or change a theme, but only on a row
-- whose themes TechVoice suggested and nobody has chosen since: themes_suggested says so. Rows written before this
-- column existed are left as they are (false), so the back-fill never changes an old entry's themes.
ALTER TABLE voice_entry ADD COLUMN themes_suggested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contribution ADD COLUMN themes_suggested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE achievement ADD COLUMN themes_suggested BOOLEAN DEFAULT FALSE NOT NULL;
