CREATE TABLE "item_links" (
	"item_id" integer NOT NULL,
	"related_id" integer NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_links_order" CHECK ("item_links"."item_id" < "item_links"."related_id")
);
--> statement-breakpoint
ALTER TABLE "organizations" DROP CONSTRAINT "organizations_kind";--> statement-breakpoint
ALTER TABLE "user_memberships" DROP CONSTRAINT "user_memberships_role";--> statement-breakpoint
ALTER TABLE "user_memberships" DROP CONSTRAINT "user_memberships_deputy_has_deputy";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_deputy_has_deputy";--> statement-breakpoint
ALTER TABLE "deputies" ADD COLUMN "party" text;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "submitter_org_id" integer;--> statement-breakpoint
ALTER TABLE "item_links" ADD CONSTRAINT "item_links_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_links" ADD CONSTRAINT "item_links_related_id_items_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_links" ADD CONSTRAINT "item_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "item_links_item_id_related_id_index" ON "item_links" USING btree ("item_id","related_id");--> statement-breakpoint
CREATE INDEX "item_links_related_id_index" ON "item_links" USING btree ("related_id");--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_submitter_org_id_organizations_id_fk" FOREIGN KEY ("submitter_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_kind" CHECK ("organizations"."kind" in ('liaisonOffice','governmentOffice','unit','division','delegation','committee','cppccCommittee','sector','participatingOrganization'));--> statement-breakpoint
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_role" CHECK ("user_memberships"."role" in ('deputy','delegationContact','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','townshipPresidium','member','proposalCommittee','admin','auditor'));--> statement-breakpoint
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_deputy_has_deputy" CHECK ("user_memberships"."role" not in ('deputy','member') or "user_memberships"."deputy_id" is not null);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role" CHECK ("users"."role" in ('deputy','delegationContact','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','townshipPresidium','member','proposalCommittee','admin','auditor'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_deputy_has_deputy" CHECK ("users"."role" not in ('deputy','member') or "users"."deputy_id" is not null);