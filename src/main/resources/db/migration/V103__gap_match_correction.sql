-- The lead's corrections of the draft's Appendix A gap analysis (issue 19): "this evidence does not show this
-- activity". evidence is an entry's reference (C-12, A-3), an action's reference (TC-01), or one of TechVoice's own
-- mechanisms and the profile ('celebrations', 'channel', 'profile'). The next draft leaves the match out; undoing
-- deletes the row. No user id is kept here: who marked it is in the audit log, which forget-me already covers.
CREATE TABLE gap_match_correction (
    team_id     VARCHAR(32) NOT NULL,
    activity_id VARCHAR(8)  NOT NULL,
    evidence    VARCHAR(40) NOT NULL,
    marked_on   DATE        NOT NULL,
    PRIMARY KEY (team_id, activity_id, evidence)
);
