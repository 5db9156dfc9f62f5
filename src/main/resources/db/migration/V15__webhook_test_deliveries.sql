-- A test send ("ping") is a delivery that no idea event caused: it goes through the same outbox,
-- retries and log as any other delivery.
ALTER TABLE webhook_delivery MODIFY event_id BIGINT NULL;
