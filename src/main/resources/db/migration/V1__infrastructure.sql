-- Infrastructure shared by all modules: HTTP sessions (Spring Session JDBC), scheduled-job locks
-- (ShedLock), the event publication registry (Spring Modulith), the audit chain.
-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE spring_session (
  primary_id            CHAR(36)     NOT NULL,
  session_id            CHAR(36)     NOT NULL,
  creation_time         BIGINT       NOT NULL,
  last_access_time      BIGINT       NOT NULL,
  max_inactive_interval INT          NOT NULL,
  expiry_time           BIGINT       NOT NULL,
  principal_name        VARCHAR(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
  session_primary_id CHAR(36)     NOT NULL,
  attribute_name     VARCHAR(200) NOT NULL,
  attribute_bytes    BYTEA        NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
    REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

CREATE TABLE shedlock (
  name       VARCHAR(64)  NOT NULL,
  lock_until TIMESTAMP    NOT NULL,
  locked_at  TIMESTAMP    NOT NULL,
  locked_by  VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
);

CREATE TABLE event_publication (
  id                     UUID         NOT NULL,
  listener_id            VARCHAR(512) NOT NULL,
  event_type             VARCHAR(512) NOT NULL,
  serialized_event       VARCHAR      NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 VARCHAR(20),
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Audit: an append-only chain. Each event carries the hash of the previous one; the head row is
-- locked while an event is appended so the chain stays linear across nodes.
CREATE TABLE audit_event (
  seq          BIGINT        NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR(100)  NOT NULL,
  action       VARCHAR(100)  NOT NULL,
  object_type  VARCHAR(60),
  object_id    VARCHAR(100),
  details      VARCHAR(4000),
  algorithm    VARCHAR(10)   NOT NULL,
  prev_hash    VARCHAR(64)   NOT NULL,
  hash         VARCHAR(64)   NOT NULL,
  PRIMARY KEY (seq)
);
CREATE INDEX audit_event_object_ix ON audit_event (object_id);
CREATE INDEX audit_event_actor_ix ON audit_event (actor);
CREATE INDEX audit_event_action_ix ON audit_event (action);

CREATE TABLE audit_chain_head (
  id        INT         NOT NULL,
  last_seq  BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL,
  PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
