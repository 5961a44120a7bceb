-- A suppressed message is never sent: it is stored with its subject and model but without its
-- body, which the message log renders when someone looks at it. Rendering and storing the bodies
-- of thousands of suppressed emails (a recalculation's rewards) was most of the work of queueing them.
alter table outbox_message alter column body_text drop not null;
