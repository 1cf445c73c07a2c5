CREATE TABLE "contact_responses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contact_responses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contact_id" integer NOT NULL,
	"deputy_id" integer NOT NULL,
	"response" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_responses_response" CHECK ("contact_responses"."response" in ('confirmed','disputed'))
);
--> statement-breakpoint
ALTER TABLE "contact_responses" ADD CONSTRAINT "contact_responses_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_responses" ADD CONSTRAINT "contact_responses_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_responses_contact_id_deputy_id_index" ON "contact_responses" USING btree ("contact_id","deputy_id");