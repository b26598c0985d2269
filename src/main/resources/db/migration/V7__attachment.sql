-- Attachments: one row per upload. The content lives outside the database, stored once per
-- SHA-256 in the attachment directory (ab/cd/<sha256>); several rows may share one stored file.
-- owner_type/owner_id name the report, assignment… the attachment was linked to (null until then).

CREATE TABLE attachment (
  id                VARCHAR(36)  NOT NULL,
  sha256            VARCHAR(64)  NOT NULL,
  content_type      VARCHAR(100) NOT NULL,
  size_bytes        BIGINT       NOT NULL,
  file_name         VARCHAR(255) NOT NULL,
  uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  uploader          VARCHAR(100) NOT NULL,
  scan_status       VARCHAR(20)  NOT NULL,
  metadata_stripped BOOLEAN      NOT NULL,
  owner_type        VARCHAR(40),
  owner_id          VARCHAR(100),
  linked_at         TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id),
  CONSTRAINT attachment_owner_ck CHECK ((owner_type IS NULL AND owner_id IS NULL AND linked_at IS NULL)
    OR (owner_type IS NOT NULL AND owner_id IS NOT NULL AND linked_at IS NOT NULL)),
  CONSTRAINT attachment_scan_status_ck CHECK (scan_status IN ('CLEAN', 'NOT_SCANNED'))
);
CREATE INDEX attachment_owner_ix ON attachment (owner_type, owner_id);
CREATE INDEX attachment_sha256_ix ON attachment (sha256);
CREATE INDEX attachment_uploader_ix ON attachment (uploader);
