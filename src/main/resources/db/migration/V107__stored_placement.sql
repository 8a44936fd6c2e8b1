-- Issue 16 (figure 2): where each stored vector places its row, found by the embedding job with the vector
-- (understanding.Placement), so a draft reads these few columns instead of measuring every vector itself:
-- - voice entries and free-text survey answers: the nearest topic of the findings' action library (the template's id)
--   and how close it is (the findings compare it with their threshold);
-- - contributions and achievements: the Appendix A activity the vector evidences, or null when none, and how close
--   the nearest came; a draft's gap analysis then reads no vector at all for them.
-- placed_against is the stamp of the bank it was measured against (the model, the descriptions, the rules of placing):
-- a changed bank places the rows again, and until then a draft measures that row's vector itself. Living on the row,
-- a placement goes wherever the row goes (forget-me, retention, a workspace's removal), and an edit of the text clears
-- it with the vector.
ALTER TABLE voice_entry ADD COLUMN placed_topic VARCHAR(64);
ALTER TABLE voice_entry ADD COLUMN placed_similarity DOUBLE PRECISION;
ALTER TABLE voice_entry ADD COLUMN placed_against VARCHAR(32);

ALTER TABLE survey_answer ADD COLUMN placed_topic VARCHAR(64);
ALTER TABLE survey_answer ADD COLUMN placed_similarity DOUBLE PRECISION;
ALTER TABLE survey_answer ADD COLUMN placed_against VARCHAR(32);

ALTER TABLE contribution ADD COLUMN placed_activity VARCHAR(64);
ALTER TABLE contribution ADD COLUMN placed_similarity DOUBLE PRECISION;
ALTER TABLE contribution ADD COLUMN placed_against VARCHAR(32);

ALTER TABLE achievement ADD COLUMN placed_activity VARCHAR(64);
ALTER TABLE achievement ADD COLUMN placed_similarity DOUBLE PRECISION;
ALTER TABLE achievement ADD COLUMN placed_against VARCHAR(32);
