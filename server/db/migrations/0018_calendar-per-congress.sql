-- Issue 16: each body of the tree keeps its own calendar overrides. A schedule entered before this
-- belonged to the whole deployment: it becomes the topmost body's, which the bodies below inherit.
ALTER TABLE "calendar_years" DROP CONSTRAINT "calendar_years_pkey";--> statement-breakpoint
ALTER TABLE "calendar_years" ADD COLUMN "congress_id" integer;--> statement-breakpoint
UPDATE "calendar_years" SET "congress_id" = (SELECT "id" FROM "congresses" WHERE "parent_id" IS NULL ORDER BY "id" LIMIT 1);--> statement-breakpoint
DELETE FROM "calendar_years" WHERE "congress_id" IS NULL;--> statement-breakpoint
ALTER TABLE "calendar_years" ALTER COLUMN "congress_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_congress_id_year_pk" PRIMARY KEY("congress_id","year");--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;
