-- Idempotency-Key of the integrity file's creating POSTs (API.md conventions): name clearings, false
-- accusations and commendations, one table each as for cases and fault-tolerance applications.
CREATE TABLE name_clearing_idempotency (
  username          VARCHAR(100) NOT NULL,
  key_hash          VARCHAR(64)  NOT NULL,
  name_clearing_id  BIGINT       NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT name_clearing_idempotency_fk FOREIGN KEY (name_clearing_id) REFERENCES name_clearing (id)
);

CREATE TABLE false_accusation_idempotency (
  username             VARCHAR(100) NOT NULL,
  key_hash             VARCHAR(64)  NOT NULL,
  false_accusation_id  BIGINT       NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT false_accusation_idempotency_fk FOREIGN KEY (false_accusation_id) REFERENCES false_accusation (id)
);

CREATE TABLE commendation_idempotency (
  username         VARCHAR(100) NOT NULL,
  key_hash         VARCHAR(64)  NOT NULL,
  commendation_id  BIGINT       NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, key_hash),
  CONSTRAINT commendation_idempotency_fk FOREIGN KEY (commendation_id) REFERENCES commendation (id)
);
