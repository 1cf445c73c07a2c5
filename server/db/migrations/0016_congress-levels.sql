CREATE TABLE "user_memberships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "user_memberships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"congress_id" integer NOT NULL,
	"role" text NOT NULL,
	"organization_id" integer,
	"deputy_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_memberships_role" CHECK ("user_memberships"."role" in ('deputy','delegationContact','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','townshipPresidium','admin','auditor')),
	CONSTRAINT "user_memberships_deputy_has_deputy" CHECK ("user_memberships"."role" <> 'deputy' or "user_memberships"."deputy_id" is not null),
	CONSTRAINT "user_memberships_unit_has_org" CHECK ("user_memberships"."role" not in ('unitOffice','unitHandler','unitLeader','delegationContact') or "user_memberships"."organization_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role";--> statement-breakpoint
ALTER TABLE "congresses" ADD COLUMN "body" text DEFAULT 'congress' NOT NULL;--> statement-breakpoint
ALTER TABLE "congresses" ADD COLUMN "beside_id" integer;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD COLUMN "membership_id" integer;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "handled_by_congress_id" integer;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "handed_down_on" date;--> statement-breakpoint
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "user_memberships_user_id_congress_id_role_index" ON "user_memberships" USING btree ("user_id","congress_id","role");--> statement-breakpoint
ALTER TABLE "congresses" ADD CONSTRAINT "congresses_beside_id_congresses_id_fk" FOREIGN KEY ("beside_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_membership_id_user_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."user_memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_handled_by_congress_id_congresses_id_fk" FOREIGN KEY ("handled_by_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "congresses_parent_id_index" ON "congresses" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "items_handled_by_state" ON "items" USING btree ("handled_by_congress_id","state");--> statement-breakpoint
ALTER TABLE "congresses" ADD CONSTRAINT "congresses_body" CHECK ("congresses"."body" in ('congress','cppcc'));--> statement-breakpoint
ALTER TABLE "congresses" ADD CONSTRAINT "congresses_beside_only_cppcc" CHECK ("congresses"."beside_id" is null or "congresses"."body" = 'cppcc');--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role" CHECK ("users"."role" in ('deputy','delegationContact','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','townshipPresidium','admin','auditor'));