ALTER TABLE "users" DROP CONSTRAINT "users_role";--> statement-breakpoint
ALTER TABLE "items" DROP CONSTRAINT "items_state";--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_recipient_role";--> statement-breakpoint
CREATE INDEX "items_delegation_state" ON "items" USING btree ("delegation_id","state");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_delegation_contact_has_org" CHECK ("users"."role" <> 'delegationContact' or "users"."organization_id" is not null);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role" CHECK ("users"."role" in ('deputy','delegationContact','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','admin','auditor'));--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_state" CHECK ("items"."state" in ('awaitingCosigners','delegationReview','submitted','returned','notAccepted','merged','withdrawn','referenceItem','accepted','draftAssigned','handling','replied','dissatisfied','rehandling','closed'));--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_recipient_role" CHECK ("outbox"."recipient_role" is null or "outbox"."recipient_role" in ('liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','delegationContact'));