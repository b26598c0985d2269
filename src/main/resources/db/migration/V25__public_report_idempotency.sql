-- Idempotency-Key of the public submission (POST /api/v1/public/reports, API.md conventions). There is no
-- user to scope the key by, so it is scoped by the submission itself: a row is found only by the key's
-- SHA-256 together with the fingerprint of the whole body (PIN and identity included), an HMAC-SHA256
-- under a key derived from the identity vault's key (outside the database), so neither the PIN nor the
-- identity can be tested against it with the database alone. The query code, shown only in the
-- answer, is kept sealed (vault cipher, key id inside) so that a replay can show it again; rows are
-- deleted after 24 hours.
CREATE TABLE public_report_idempotency (
  key_hash           VARCHAR(64)  NOT NULL,
  fingerprint        VARCHAR(64)  NOT NULL,
  report_id          BIGINT       NOT NULL,
  sealed_query_code  VARCHAR(400),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (key_hash, fingerprint),
  CONSTRAINT public_report_idempotency_report_fk FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX public_report_idempotency_created_ix ON public_report_idempotency (created_at);
