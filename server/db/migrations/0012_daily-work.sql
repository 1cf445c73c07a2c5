CREATE TABLE "reply_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reply_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"unit_id" integer,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reply_templates_kind" CHECK ("reply_templates"."kind" in ('letter','snippet')),
	CONSTRAINT "reply_templates_name_length" CHECK (char_length("reply_templates"."name") between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "items" DROP CONSTRAINT "items_state";--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_recipient_role";--> statement-breakpoint
ALTER TABLE "reply_templates" ADD CONSTRAINT "reply_templates_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_templates" ADD CONSTRAINT "reply_templates_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_templates" ADD CONSTRAINT "reply_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_templates" ADD CONSTRAINT "reply_templates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reply_templates_unit_name" ON "reply_templates" USING btree ("unit_id","name") WHERE "reply_templates"."unit_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "reply_templates_shared_name" ON "reply_templates" USING btree ("congress_id","name") WHERE "reply_templates"."unit_id" is null;--> statement-breakpoint
CREATE INDEX "reply_templates_congress_unit" ON "reply_templates" USING btree ("congress_id","unit_id");--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_state" CHECK ("items"."state" in ('awaitingCosigners','submitted','returned','notAccepted','merged','withdrawn','referenceItem','accepted','draftAssigned','handling','replied','dissatisfied','rehandling','closed'));--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_recipient_role" CHECK ("outbox"."recipient_role" is null or "outbox"."recipient_role" in ('liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader'));