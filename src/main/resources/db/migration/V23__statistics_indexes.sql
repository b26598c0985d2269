-- The dashboard statistics (SPEC §10) on a million reports and two million assignments: each
-- summary and ranking query filters on one event date and groups by, or counts, a few more
-- columns of the same row. V9/V12/V18 index the dates alone, so every grouped query and the
-- accepted count read the table row of each matching entry (hundreds of thousands for a year).
-- These composite indexes hold everything those queries read, so PostgreSQL answers them from
-- the index alone (index-only scans on a vacuumed table) and H2 from the index range.
-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

-- intake.ReportStatistics: received in range (count, by channel, by category); accepted = decided in
-- range with an accepted status.
CREATE INDEX report_received_channel_category_ix ON report (received_on, channel, category_code);
CREATE INDEX report_decided_status_ix ON report (decided_on, status);

-- rectification.ProblemStatistics: found in range (count, by unit, by category, a unit principal's
-- units); closed out in range (count, a unit principal's units).
CREATE INDEX problem_found_unit_category_ix ON problem (found_on, unit_code, category_code);
CREATE INDEX problem_closed_unit_ix ON problem (closed_on, unit_code);

-- assignment.AssignmentStatistics.deadlinesByUnit: kind, due date in range, by unit, closed date.
CREATE INDEX assignment_kind_due_unit_closed_ix ON assignment (kind, due_on, unit_code, closed_on);
