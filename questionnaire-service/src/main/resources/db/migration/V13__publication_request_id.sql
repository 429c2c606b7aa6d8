-- The X-Request-Id of the call that accepted or amended the response: the outbox worker delivers it later, on its own
-- thread, and carries that id on its call to the registry and in its log lines (null for rows queued before).
alter table response_publication add column request_id varchar(128);
