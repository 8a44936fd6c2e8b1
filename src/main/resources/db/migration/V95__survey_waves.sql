-- Issue 17: the same question in two surveys is recognised by a stable key (filled for template questions), and a
-- lead may mark a survey as a new wave of an earlier one, so the Stage 2/3 draft compares like with like.
ALTER TABLE survey_question ADD COLUMN question_key VARCHAR(80);
ALTER TABLE survey ADD COLUMN wave_of BIGINT;

-- questions already copied from a template get the template's key (wording as the templates have it)
UPDATE survey_question SET question_key = 'baseline.work-visible' WHERE question_text = 'Technicians'' work is visible to the rest of the institution';
UPDATE survey_question SET question_key = 'baseline.champions-known' WHERE question_text = 'I know who the technical community''s champions are and how to reach them';
UPDATE survey_question SET question_key = 'baseline.research-acknowledged' WHERE question_text = 'My contribution to research is acknowledged';
UPDATE survey_question SET question_key = 'baseline.teaching-acknowledged' WHERE question_text = 'My contribution to teaching is acknowledged';
UPDATE survey_question SET question_key = 'baseline.career-progress' WHERE question_text = 'I know how to progress my career here';
UPDATE survey_question SET question_key = 'baseline.training-needed' WHERE question_text = 'I have the training I need';
UPDATE survey_question SET question_key = 'baseline.development-help' WHERE question_text = 'Which would help your development most?';
UPDATE survey_question SET question_key = 'baseline.recommend-career' WHERE question_text = 'I would recommend a technical career here';
UPDATE survey_question SET question_key = 'baseline.skills-shared' WHERE question_text = 'Skills and knowledge are shared so they are not lost when people leave';
UPDATE survey_question SET question_key = 'baseline.one-change' WHERE question_text = 'What one change would make the biggest difference to technicians here?';
UPDATE survey_question SET question_key = 'pulse.work-valued' WHERE question_text = 'This term I felt my work was valued';
UPDATE survey_question SET question_key = 'pulse.development-time' WHERE question_text = 'This term I had time for my own development';
UPDATE survey_question SET question_key = 'pulse.activity-noticed' WHERE question_text = 'Have you noticed any Technician Commitment activity this term?';
UPDATE survey_question SET question_key = 'pulse.anything-else' WHERE question_text = 'Anything else you want the steering group to hear?';
