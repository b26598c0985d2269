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
