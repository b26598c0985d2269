-- Generated data of issue 6 (docs/PERFORMANCE.md, section C): 1,000,000 reports and 2,000,000
-- assignments, on a database Flyway created, the demo profile loaded and perf/assignments-data.sql
-- filled (300 units PU001…PU300, their liaison accounts, 1,000,000 open assignments).
-- Run by perf/run-exports.sh:  psql -v today=YYYY-MM-DD -f perf/exports-data.sql
--
-- Reports, received over the two years before :today, as the intake module stores them: the
-- report row (channel, category, status with consistent decided/concluded/answered dates and
-- clocks), one RECEIVED step each, an accused person on half of them and an accused unit (one of
-- the 300) on 60 %, an approved disposal on every accepted one, and on the named ones (60 %) a
-- reporter identity row whose ciphertext is the one the application wrote for a demo report (one
-- fixed ciphertext, masked name and phone): nothing of it is read by the list or its export.
-- Status mix: 3 % RECEIVED, 7 % NOT_ACCEPTED, 4 % TRANSFERRED, 20 % ACCEPTED, 10 % CONCLUDED,
-- 56 % ANSWERED. Tracking numbers JB-<year>-1xxxxx, after the demo district's; the year counters
-- are raised past them.
--
-- Assignments: the 1,000,000 open ones of assignments-data.sql get their problems (the 90 % of
-- kind PROBLEM: a rectification problem each, source_id = the problem's id, problem.assignment_id
-- = the assignment), and 1,000,000 CLOSED ones are added over the two years (90 % PROBLEM with a
-- CLOSED problem each, 10 % TASK), each with its ISSUED step: 2,000,000 assignments over 300 units.
-- random() is seeded, so the data is the same on every run for the same :today.
\set ON_ERROR_STOP on
SELECT setseed(0.0606);

-- ---------------------------------------------------------------------------------------------
-- Reports
CREATE TEMPORARY TABLE perf_report AS
SELECT g,
       (:'today'::date - 730 + floor(random() * 729)::int) AS received_on,
       random() AS r_status, random() AS r_named, random() AS r_acc, random() AS r_unit,
       (ARRAY['LETTER','VISIT','PHONE','ONLINE','BOX','INSPECTION','UNDERCOVER','REFERRAL','MEDIA','GRID'])
         [1 + floor(power(random(), 1.6) * 10)::int] AS channel,
       (ARRAY['BXGD-01-03','ZFZD-03','BXGD-02','BXGD-01-02','ZFZD-01-01','ZFZD-04'])[1 + floor(random() * 6)::int] AS category_code,
       1 + floor(random() * 7)::int AS decide_after,
       10 + floor(random() * 50)::int AS conclude_after,
       1 + floor(random() * 14)::int AS answer_after,
       floor(random() * 12)::int AS subject_no,
       floor(random() * 8)::int AS place_no,
       ((g % 300) + 1) AS unit_no
FROM generate_series(1, 1000000) g;

CREATE TEMPORARY TABLE perf_report_row AS
SELECT p.*,
       CASE WHEN p.r_status < 0.03 THEN 'RECEIVED' WHEN p.r_status < 0.10 THEN 'NOT_ACCEPTED'
            WHEN p.r_status < 0.14 THEN 'TRANSFERRED' WHEN p.r_status < 0.34 THEN 'ACCEPTED'
            WHEN p.r_status < 0.44 THEN 'CONCLUDED' ELSE 'ANSWERED' END AS status,
       p.r_named < 0.6 AS named,
       'JB-' || extract(year FROM p.received_on)::int || '-'
         || lpad((100000 + row_number() OVER (PARTITION BY extract(year FROM p.received_on) ORDER BY p.received_on, p.g))::text, 6, '0')
         AS tracking_number,
       (ARRAY['办事窗口多次要求补交材料','拆迁补偿公示不及时','工作日午间饮酒','投诉处理推诿扯皮','低保审核优亲厚友',
              '违规收受购物卡','公车私用接送子女','项目验收走过场','村务公开不及时','执法检查吃拿卡要','会议文件层层加码',
              '窗口人员态度生硬'])[1 + p.subject_no] AS subject
FROM perf_report p;

-- Clamp the dates to :today (a late report received a few days ago cannot be answered yet).
INSERT INTO report (id, tracking_number, channel, received_on, status, anonymous, named, category_code, campaign_id,
                    subject, content, occurred_on, registered_by, query_code_hash, pin_hash, above_district,
                    acceptance_due_on, transfer_due_on, clock_due_on, decided_on, decision_reason, transferred_to,
                    merged_into_id, acceptance_told_on, finding, conclusion_summary, concluded_on, answer_due_on,
                    answer_text, answered_on, rating, rating_comment, rated_on, review_reason, review_requested_on,
                    created_at, version)
SELECT 10000000 + r.g, r.tracking_number, r.channel, r.received_on, s.status, NOT r.named, r.named, r.category_code, NULL,
       r.subject,
       '反映' || (ARRAY['和平社区','城东街道','政务服务中心','区住建局','区教育局','区市场监管局','城西镇','区卫健委'])[1 + r.place_no]
         || '有关人员' || r.subject || '，群众意见较大，请予核查。',
       r.received_on - 5, 'intake', NULL, NULL, FALSE,
       r.received_on + 7,
       NULL,
       CASE s.status WHEN 'RECEIVED' THEN r.received_on + 7
                     WHEN 'ACCEPTED' THEN s.decided_on + 60
                     WHEN 'CONCLUDED' THEN CASE WHEN r.named THEN s.concluded_on + 15 END END,
       s.decided_on,
       CASE s.status WHEN 'NOT_ACCEPTED' THEN '反映内容不属于受理范围。' WHEN 'TRANSFERRED' THEN '属于其他机关管辖。' END,
       CASE WHEN s.status = 'TRANSFERRED' THEN '演示区人民法院' END,
       NULL,
       CASE WHEN r.named AND s.status IN ('ACCEPTED', 'CONCLUDED', 'ANSWERED') THEN s.decided_on END,
       CASE WHEN s.status IN ('CONCLUDED', 'ANSWERED')
            THEN (ARRAY['SUBSTANTIATED','PARTLY_SUBSTANTIATED','UNSUBSTANTIATED','UNVERIFIABLE'])[1 + (r.g % 4)] END,
       CASE WHEN s.status IN ('CONCLUDED', 'ANSWERED') THEN '经核查，已依规依纪作出处理。' END,
       s.concluded_on,
       CASE WHEN r.named AND s.status IN ('CONCLUDED', 'ANSWERED') THEN s.concluded_on + 15 END,
       CASE WHEN s.status = 'ANSWERED' THEN '您反映的问题已核查处理，特此答复。' END,
       s.answered_on,
       NULL, NULL, NULL, NULL, NULL,
       r.received_on::timestamp AT TIME ZONE 'Asia/Shanghai', 0
FROM perf_report_row r
CROSS JOIN LATERAL (
  SELECT CASE WHEN r.status IN ('CONCLUDED', 'ANSWERED')
                   AND r.received_on + r.decide_after + r.conclude_after + CASE WHEN r.status = 'ANSWERED' THEN r.answer_after ELSE 0 END > :'today'::date
              THEN 'ACCEPTED' ELSE r.status END AS status) s0
CROSS JOIN LATERAL (
  SELECT s0.status,
         CASE WHEN s0.status <> 'RECEIVED' AND r.received_on + r.decide_after <= :'today'::date THEN r.received_on + r.decide_after
              WHEN s0.status <> 'RECEIVED' THEN :'today'::date END AS decided_on,
         CASE WHEN s0.status IN ('CONCLUDED', 'ANSWERED') THEN r.received_on + r.decide_after + r.conclude_after END AS concluded_on,
         CASE WHEN s0.status = 'ANSWERED' THEN r.received_on + r.decide_after + r.conclude_after + r.answer_after END AS answered_on) s;

INSERT INTO report_step (report_id, occurred_at, actor, action, note)
SELECT 10000000 + r.g, r.received_on::timestamp AT TIME ZONE 'Asia/Shanghai', 'intake', 'RECEIVED', NULL
FROM perf_report_row r;

INSERT INTO report_accused (report_id, idx, name, unit_name, position, cadre_no, unit_code)
SELECT 10000000 + r.g, 0,
       (ARRAY['张','王','李','赵','刘','陈','杨','吴'])[1 + (r.g % 8)] || (ARRAY['伟','芳','强','敏','磊','洁','军','勇','静','涛'])[1 + (r.g / 8 % 10)],
       '演示区压测单位' || lpad(r.unit_no::text, 3, '0'), '科员', NULL, 'PU' || lpad(r.unit_no::text, 3, '0')
FROM perf_report_row r WHERE r.r_acc < 0.5;

INSERT INTO report_accused_unit (report_id, idx, name, unit_code)
SELECT 10000000 + r.g, 0, '演示区压测单位' || lpad(r.unit_no::text, 3, '0'), 'PU' || lpad(r.unit_no::text, 3, '0')
FROM perf_report_row r WHERE r.r_unit < 0.6;

INSERT INTO report_disposal (report_id, round, method, status, handler_username, reason, review_on, proposed_by, proposed_on,
                             decided_by, decided_on, refusal_reason, due_on, letter_sent_on, letter_received_on,
                             reply_received_on, extension_status, extension_reason)
SELECT rep.id, 1, CASE WHEN rep.id % 3 = 0 THEN 'INQUIRY' ELSE 'VERIFICATION' END, 'APPROVED', 'officer',
       '线索具体，具备核查条件。', NULL, 'officer', rep.decided_on, 'director', rep.decided_on, NULL, rep.decided_on + 60,
       NULL, NULL, NULL, NULL, NULL
FROM report rep WHERE rep.id >= 10000000 AND rep.status IN ('ACCEPTED', 'CONCLUDED', 'ANSWERED');

-- The identity of the named ones: the ciphertext of one demo named report, as the application wrote it.
INSERT INTO report_identity (report_id, key_id, name_ct, phone_ct, id_number_ct, unit_ct, address_ct, masked_name, masked_phone)
SELECT 10000000 + r.g, d.key_id, d.name_ct, d.phone_ct, d.id_number_ct, d.unit_ct, d.address_ct, d.masked_name, d.masked_phone
FROM perf_report_row r
CROSS JOIN (SELECT * FROM report_identity WHERE report_id < 10000000 AND name_ct IS NOT NULL ORDER BY report_id LIMIT 1) d
WHERE r.named;

-- The tracking-number counters past the generated numbers, the identity past the generated ids.
INSERT INTO report_counter (counter_year, last_number)
SELECT extract(year FROM received_on)::int, 0 FROM perf_report_row GROUP BY 1
ON CONFLICT (counter_year) DO NOTHING;
UPDATE report_counter c SET last_number = m.last
FROM (SELECT split_part(tracking_number, '-', 2)::int AS y, max(split_part(tracking_number, '-', 3)::int) AS last
      FROM report WHERE id >= 10000000 GROUP BY 1) m
WHERE c.counter_year = m.y AND c.last_number < m.last;
SELECT setval(pg_get_serial_sequence('report', 'id'), (SELECT max(id) FROM report));

DROP TABLE perf_report;
DROP TABLE perf_report_row;

-- ---------------------------------------------------------------------------------------------
-- Assignments: problems behind the open PROBLEM assignments of assignments-data.sql
INSERT INTO problem (id, unit_code, category_code, description, measures, severity, source, found_on, campaign_id,
                     report_id, finding_id, self_examination_item_id, recurrence_of_id, status, assignment_id, issued_by,
                     closed_on, created_at, version)
SELECT 10000000 + substr(a.source_id, 6)::int, a.unit_code,
       (ARRAY['BXGD-01-03','ZFZD-03','BXGD-02','BXGD-01-02','ZFZD-01-01','ZFZD-04'])[1 + (substr(a.source_id, 6)::int % 6)],
       '督查发现：' || (ARRAY['台账资料不完整','整改措施不具体','制度执行不到位','群众反映问题未按期办结','公示内容不规范'])
         [1 + (substr(a.source_id, 6)::int % 5)] || '。',
       NULL, CASE WHEN substr(a.source_id, 6)::int % 7 = 0 THEN 'SERIOUS' ELSE 'GENERAL' END,
       (ARRAY['INSPECTION','SELF_EXAMINATION','PATROL','SURVEY','MEDIA'])[1 + (substr(a.source_id, 6)::int % 5)],
       a.issued_on, NULL, NULL, NULL, NULL, NULL,
       CASE WHEN a.status = 'ISSUED' THEN 'OPEN' ELSE 'RECTIFYING' END, a.id, a.issued_by, NULL, a.created_at, 0
FROM assignment a WHERE a.source_id LIKE 'perf-%' AND a.kind = 'PROBLEM';
UPDATE assignment SET source_id = (10000000 + substr(source_id, 6)::int)::text
WHERE source_id LIKE 'perf-%' AND kind = 'PROBLEM';

-- 1,000,000 closed assignments over the two years: issued, due 30–90 days later, closed on or before.
CREATE TEMPORARY TABLE perf_closed AS
SELECT g,
       md5('perf-closed-' || g)::uuid::text AS id,
       'PU' || lpad(((g % 300) + 1)::text, 3, '0') AS unit_code,
       'perf-u' || lpad(((g % 300) + 1)::text, 3, '0') AS contact,
       :'today'::date - 730 + floor(random() * 640)::int AS issued_on,
       30 + floor(random() * 60)::int AS due_after,
       floor(random() * 40)::int AS closed_before,
       random() < 0.9 AS problem
FROM generate_series(1, 1000000) g;

INSERT INTO problem (id, unit_code, category_code, description, measures, severity, source, found_on, campaign_id,
                     report_id, finding_id, self_examination_item_id, recurrence_of_id, status, assignment_id, issued_by,
                     closed_on, created_at, version)
SELECT 20000000 + c.g, c.unit_code, (ARRAY['BXGD-01-03','ZFZD-03','BXGD-02','BXGD-01-02','ZFZD-01-01','ZFZD-04'])[1 + (c.g % 6)],
       '督查发现：' || (ARRAY['台账资料不完整','整改措施不具体','制度执行不到位','群众反映问题未按期办结','公示内容不规范'])[1 + (c.g % 5)] || '。',
       '已制定整改措施并落实。', CASE WHEN c.g % 7 = 0 THEN 'SERIOUS' ELSE 'GENERAL' END,
       (ARRAY['INSPECTION','SELF_EXAMINATION','PATROL','SURVEY','MEDIA'])[1 + (c.g % 5)],
       c.issued_on, NULL, NULL, NULL, NULL, NULL, 'CLOSED', c.id, 'officer',
       LEAST(c.issued_on + c.due_after - c.closed_before + 5, :'today'::date - 1),
       c.issued_on::timestamp AT TIME ZONE 'Asia/Shanghai', 0
FROM perf_closed c WHERE c.problem;
SELECT setval(pg_get_serial_sequence('problem', 'id'), (SELECT max(id) FROM problem));

INSERT INTO assignment (id, kind, source_id, unit_code, responsible_leader_no, contact_username, instructions, status,
                        issued_by, issued_on, original_due_on, due_on, sign_due_on, signed_on, signed_late, percent,
                        result_text, submitted_on, closed_on, returned_count, flagged, created_at, version)
SELECT c.id, CASE WHEN c.problem THEN 'PROBLEM' ELSE 'TASK' END,
       CASE WHEN c.problem THEN (20000000 + c.g)::text ELSE 'perf-task-' || c.g END,
       c.unit_code, CASE WHEN c.g % 2 = 0 THEN 'C004' ELSE 'C005' END, c.contact,
       '对照问题清单逐项整改，按期报送整改结果和佐证材料。', 'CLOSED', 'officer',
       c.issued_on, c.issued_on + c.due_after, c.issued_on + c.due_after, c.issued_on + 1, c.issued_on + 1, FALSE, 100,
       '已按要求完成整改。',
       LEAST(c.issued_on + c.due_after - c.closed_before, :'today'::date - 1),
       LEAST(c.issued_on + c.due_after - c.closed_before + 5, :'today'::date - 1),
       CASE WHEN c.g % 20 = 0 THEN 1 ELSE 0 END, FALSE,
       c.issued_on::timestamp AT TIME ZONE 'Asia/Shanghai', 0
FROM perf_closed c;

INSERT INTO assignment_step (assignment_id, occurred_at, occurred_on, actor, action, note)
SELECT c.id, c.issued_on::timestamp AT TIME ZONE 'Asia/Shanghai', c.issued_on, 'officer', 'ISSUED',
       'dueOn=' || (c.issued_on + c.due_after)
FROM perf_closed c;

DROP TABLE perf_closed;
VACUUM ANALYZE report;
VACUUM ANALYZE report_accused;
VACUUM ANALYZE report_accused_unit;
VACUUM ANALYZE report_disposal;
VACUUM ANALYZE report_step;
VACUUM ANALYZE report_identity;
VACUUM ANALYZE problem;
VACUUM ANALYZE assignment;
VACUUM ANALYZE assignment_step;

SELECT count(*) AS reports, count(*) FILTER (WHERE named) AS named, min(received_on) AS first_received,
       max(received_on) AS last_received FROM report;
SELECT status, count(*) FROM report GROUP BY status ORDER BY status;
SELECT count(*) AS assignments, count(*) FILTER (WHERE status = 'CLOSED') AS closed,
       count(*) FILTER (WHERE kind = 'PROBLEM') AS problem_kind, count(DISTINCT unit_code) AS units FROM assignment;
SELECT count(*) AS problems, count(*) FILTER (WHERE assignment_id IS NOT NULL) AS with_assignment FROM problem;
