-- Idempotency-Key of asking for an extension (API.md conventions: POSTs that create), kept by the
-- assignment module as the other modules keep theirs. Turning a finding into a problem keeps its keys
-- in problem_idempotency (the problem is what it creates).
CREATE TABLE assignment_extension_idempotency (
  username      VARCHAR(100) NOT NULL,
  key_hash      VARCHAR(64)  NOT NULL,
  extension_id  BIGINT       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT assignment_extension_idempotency_fk FOREIGN KEY (extension_id) REFERENCES assignment_extension (id)
);
