ALTER TABLE "co_opinions" ADD COLUMN "contact_person" text;--> statement-breakpoint
ALTER TABLE "co_opinions" ADD COLUMN "contact_phone" text;