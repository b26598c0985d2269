-- Generated data of issue 4 (docs/PERFORMANCE.md): 300 units under the demo district and
-- 1,000,000 open assignments among them, on a database Flyway created and the demo profile loaded.
-- Run by perf/run-assignments.sh:  psql -v today=YYYY-MM-DD -f perf/assignments-data.sql
--
-- Due dates, relative to :today (the district's date of the measured sweep):
--   2.5 % overdue by 1..42 days (urged every working day, most of them past the 5-working-day
--         escalation), 0.5 % due today, 97 % due within the next 120 days (GREEN/YELLOW);
-- so about 3 % are urged on a working day. Status mix: 10 % ISSUED, 15 % SIGNED, 65 % IN_PROGRESS,
-- 7 % SUBMITTED, 3 % RETURNED (none CLOSED: every row is open). Each assignment has its ISSUED
-- step; each overdue assignment has its earlier automatic urges (one per working day before
-- yesterday). Yesterday's sweep is not in the data: the benchmark runs it first (catch-up run).
-- random() is seeded, so the data is the same on every run for the same :today.
\set ON_ERROR_STOP on
SELECT setseed(0.2026);

-- 300 units: departments under the district government, townships under the district committee,
-- each with a supervising district leader of the demo district (孙丽 C004 / 黄海 C005).
INSERT INTO org_unit (code, name, type, parent_code, principal_no, supervising_leader_no, party_org_name, party_org_kind)
SELECT 'PU' || lpad(n::text, 3, '0'),
       '演示区压测单位' || lpad(n::text, 3, '0'),
       CASE WHEN n % 3 = 0 THEN 'TOWNSHIP' ELSE 'DEPARTMENT' END,
       CASE WHEN n % 3 = 0 THEN 'QW' ELSE 'QZF' END,
       NULL,
       CASE WHEN n % 2 = 0 THEN 'C004' ELSE 'C005' END,
       NULL, NULL
FROM generate_series(1, 300) n;

-- One liaison account per unit (perf-u001 … perf-u300), password Demo@2026 (the hash of zjj-liaison).
INSERT INTO access_user (username, display_name, password_hash, cadre_no, unit_code, status, failed_attempts,
                         locked_until, must_change_password, password_changed_at, last_login_at, created_at, version)
SELECT 'perf-u' || lpad(n::text, 3, '0'), '压测联络员' || lpad(n::text, 3, '0'), d.password_hash, NULL,
       'PU' || lpad(n::text, 3, '0'), d.status, 0, NULL, FALSE, now(), NULL, now(), 0
FROM generate_series(1, 300) n CROSS JOIN (SELECT password_hash, status FROM access_user WHERE username = 'zjj-liaison') d;
INSERT INTO access_user_role (user_id, role)
SELECT id, 'UNIT_LIAISON' FROM access_user WHERE username LIKE 'perf-u%';

CREATE TEMPORARY TABLE perf_seed AS
SELECT g, random() AS r_due, random() AS r_day, random() AS r_status FROM generate_series(1, 1000000) g;

CREATE TEMPORARY TABLE perf_assignment AS
SELECT s.g,
       md5('perf-assignment-' || s.g)::uuid::text AS id,
       'PU' || lpad(((s.g % 300) + 1)::text, 3, '0') AS unit_code,
       'perf-u' || lpad(((s.g % 300) + 1)::text, 3, '0') AS contact,
       CASE WHEN s.r_due < 0.025 THEN :'today'::date - (1 + floor(s.r_day * 42))::int
            WHEN s.r_due < 0.030 THEN :'today'::date
            ELSE :'today'::date + (1 + floor(s.r_day * 120))::int END AS due_on,
       CASE WHEN s.r_status < 0.10 THEN 'ISSUED' WHEN s.r_status < 0.25 THEN 'SIGNED'
            WHEN s.r_status < 0.90 THEN 'IN_PROGRESS' WHEN s.r_status < 0.97 THEN 'SUBMITTED'
            ELSE 'RETURNED' END AS status,
       s.r_status
FROM perf_seed s;

INSERT INTO assignment (id, kind, source_id, unit_code, responsible_leader_no, contact_username, instructions, status,
                        issued_by, issued_on, original_due_on, due_on, sign_due_on, signed_on, signed_late, percent,
                        result_text, submitted_on, closed_on, returned_count, flagged, created_at, version)
SELECT p.id,
       CASE WHEN p.g % 10 = 0 THEN 'TASK' ELSE 'PROBLEM' END,
       'perf-' || p.g,
       p.unit_code,
       CASE WHEN p.g % 2 = 0 THEN 'C004' ELSE 'C005' END,
       p.contact,
       '对照问题清单逐项整改，按期报送整改结果和佐证材料。',
       p.status,
       'officer',
       LEAST(p.due_on - 28, :'today'::date - 1),
       p.due_on,
       p.due_on,
       LEAST(p.due_on - 28, :'today'::date - 1) + 1,
       CASE WHEN p.status = 'ISSUED' THEN NULL ELSE LEAST(p.due_on - 28, :'today'::date - 1) + 1 END,
       FALSE,
       CASE p.status WHEN 'IN_PROGRESS' THEN floor(p.r_status * 100)::int WHEN 'SUBMITTED' THEN 100
                     WHEN 'RETURNED' THEN 80 ELSE 0 END,
       CASE WHEN p.status IN ('SUBMITTED', 'RETURNED') THEN '已按要求完成整改。' END,
       CASE WHEN p.status IN ('SUBMITTED', 'RETURNED') THEN :'today'::date - 1 END,
       NULL,
       CASE WHEN p.status = 'RETURNED' THEN 1 ELSE 0 END,
       FALSE,
       (LEAST(p.due_on - 28, :'today'::date - 1))::timestamp AT TIME ZONE 'Asia/Shanghai',
       0
FROM perf_assignment p;

INSERT INTO assignment_step (assignment_id, occurred_at, occurred_on, actor, action, note)
SELECT a.id, a.created_at, a.issued_on, a.issued_by, 'ISSUED', 'dueOn=' || a.due_on FROM assignment a
WHERE a.source_id LIKE 'perf-%';

-- Earlier automatic urges of the overdue items: every working day (Monday–Friday) from the due
-- date to the day before yesterday; yesterday's and today's are the benchmark's to make.
INSERT INTO assignment_urge (assignment_id, urge_day)
SELECT a.id, d::date
FROM perf_assignment a
CROSS JOIN LATERAL generate_series(a.due_on, :'today'::date - 2, interval '1 day') d
WHERE a.due_on < :'today'::date - 1 AND extract(isodow FROM d) < 6;

DROP TABLE perf_seed;
DROP TABLE perf_assignment;
VACUUM ANALYZE assignment;
VACUUM ANALYZE assignment_step;
VACUUM ANALYZE assignment_urge;
VACUUM ANALYZE assignment_flag;
VACUUM ANALYZE org_unit;
VACUUM ANALYZE access_user;

SELECT count(*) AS open_assignments, count(DISTINCT unit_code) AS units,
       count(*) FILTER (WHERE due_on < :'today'::date) AS overdue,
       count(*) FILTER (WHERE due_on = :'today'::date) AS due_today
FROM assignment WHERE status <> 'CLOSED';
