-- The flags of one sweep run, read in pages by assignment id (AssignmentsFlagged, Assignments.flagsOn).
CREATE INDEX assignment_flag_day_ix ON assignment_flag (flagged_on, reason, assignment_id);
