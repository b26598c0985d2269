-- Idempotency-Key of the remaining creating POSTs (API.md conventions): supervised tasks and
-- inspection findings, one table per owning module as for reports and problems.
CREATE TABLE task_idempotency (
  username    VARCHAR(100) NOT NULL,
  key_hash    VARCHAR(64)  NOT NULL,
  task_id     BIGINT       NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT task_idempotency_task_fk FOREIGN KEY (task_id) REFERENCES supervised_task (id)
);

CREATE TABLE finding_idempotency (
  username    VARCHAR(100) NOT NULL,
  key_hash    VARCHAR(64)  NOT NULL,
  finding_id  BIGINT       NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT finding_idempotency_finding_fk FOREIGN KEY (finding_id) REFERENCES inspection_finding (id)
);
