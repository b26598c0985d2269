-- The Idempotency-Key of POST /api/v1/meetings/{id}/leave-requests (API.md): per user, 24 hours.
CREATE TABLE meeting_leave_idempotency (
  username          VARCHAR(100) NOT NULL,
  key_hash          VARCHAR(64)  NOT NULL,
  leave_request_id  BIGINT       NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT meeting_leave_idempotency_leave_fk FOREIGN KEY (leave_request_id) REFERENCES meeting_leave_request (id)
);
