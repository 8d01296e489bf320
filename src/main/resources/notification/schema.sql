-- The notification feature's own tables (jp.tsunagari.notification), created at start-up on H2 and PostgreSQL alike.
-- Each person's digest setting; no row = the default (digest on, at tsunagari.notification.digest-time).
CREATE TABLE IF NOT EXISTS TSG_NOTIFY_PREFERENCE (
    USER_ID VARCHAR(255) PRIMARY KEY,
    DIGEST_ENABLED BOOLEAN NOT NULL,
    DIGEST_TIME VARCHAR(5) NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL
);

-- One row per mail accepted by the mail server (and one ESCALATED row per escalated task and due date), under a key a
-- repeated run computes again: DIGEST:<user>:<window>, URGENT|REMINDER|ESCALATION:<task>:<due>:<user>,
-- ESCALATED:<task>:<due>. A run that is retried sends only what has no row yet.
CREATE TABLE IF NOT EXISTS TSG_NOTIFY_DELIVERY (
    DELIVERY_KEY VARCHAR(400) PRIMARY KEY,
    KIND VARCHAR(16) NOT NULL,
    USER_ID VARCHAR(255),
    TASK_ID VARCHAR(64),
    SENT_AT TIMESTAMP NOT NULL
);

CREATE INDEX IF NOT EXISTS TSG_NOTIFY_DELIVERY_SENT ON TSG_NOTIFY_DELIVERY (SENT_AT);
CREATE INDEX IF NOT EXISTS TSG_NOTIFY_DELIVERY_TASK ON TSG_NOTIFY_DELIVERY (TASK_ID);
