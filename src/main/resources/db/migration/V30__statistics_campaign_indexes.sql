-- The dashboard statistics narrowed to one campaign (SPEC §4, §10): each query of V23 then also
-- filters on campaign_id = ?, so these indexes lead with campaign_id and follow with the event date
-- and the columns the query groups by or counts, as V23's do: a campaign's figures are a range scan
-- of its own entries (index-only on a vacuumed PostgreSQL table), never a scan of the whole period.
-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

-- intake.ReportStatistics: received (count, by channel, by category), accepted, concluded, answered.
CREATE INDEX report_campaign_received_ix ON report (campaign_id, received_on, channel, category_code);
CREATE INDEX report_campaign_decided_ix ON report (campaign_id, decided_on, status);
CREATE INDEX report_campaign_concluded_ix ON report (campaign_id, concluded_on);
CREATE INDEX report_campaign_answered_ix ON report (campaign_id, answered_on);

-- rectification.ProblemStatistics: found (count, by unit, by category), closed out.
CREATE INDEX problem_campaign_found_ix ON problem (campaign_id, found_on, unit_code, category_code);
CREATE INDEX problem_campaign_closed_ix ON problem (campaign_id, closed_on, unit_code);

-- supervision.TaskStatistics: issued, completed, overdue (deadline in range, completion date).
CREATE INDEX supervised_task_campaign_issued_ix ON supervised_task (campaign_id, issued_on);
CREATE INDEX supervised_task_campaign_completed_ix ON supervised_task (campaign_id, completed_on);
CREATE INDEX supervised_task_campaign_deadline_ix ON supervised_task (campaign_id, deadline, completed_on);
