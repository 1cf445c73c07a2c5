CREATE INDEX "items_congress_number_id" ON "items" USING btree ("congress_id","number","id");--> statement-breakpoint
CREATE INDEX "items_congress_state_due" ON "items" USING btree ("congress_id","state","current_due","id");--> statement-breakpoint
CREATE INDEX "tasks_unit_item_live" ON "tasks" USING btree ("unit_id","item_id") WHERE "tasks"."state" <> 'withdrawn';