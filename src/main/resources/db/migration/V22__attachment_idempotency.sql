-- Idempotency-Key of staff uploads (POST /api/v1/attachments, API.md conventions): the same key
-- from the same user within 24 hours returns the attachment first stored. Attachment ids are text.
CREATE TABLE attachment_idempotency (
  username       VARCHAR(100) NOT NULL,
  key_hash       VARCHAR(64)  NOT NULL,
  attachment_id  VARCHAR(36)  NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT attachment_idempotency_attachment_fk FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);

-- The same for the other creating POSTs of a report: the office's message to the reporter and the
-- identity reveal request.
CREATE TABLE report_message_idempotency (
  username    VARCHAR(100) NOT NULL,
  key_hash    VARCHAR(64)  NOT NULL,
  message_id  BIGINT       NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT report_message_idempotency_message_fk FOREIGN KEY (message_id) REFERENCES report_message (id)
);

CREATE TABLE identity_request_idempotency (
  username    VARCHAR(100) NOT NULL,
  key_hash    VARCHAR(64)  NOT NULL,
  request_id  BIGINT       NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT identity_request_idempotency_request_fk FOREIGN KEY (request_id) REFERENCES identity_request (id)
);
