CREATE TABLE "hotline_api_keys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_api_keys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"name" text NOT NULL,
	"key_sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "hotline_catalogue" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_catalogue_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"category" text NOT NULL,
	"unit_id" integer NOT NULL,
	"committee_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_monthly_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hotline_monthly_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"month" text NOT NULL,
	"content" jsonb NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"generated_by" integer
);
--> statement-breakpoint
CREATE TABLE "work_order_contacts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "work_order_contacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"order_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"method" text NOT NULL,
	"invited" boolean DEFAULT true NOT NULL,
	"note" text NOT NULL,
	"deputy_view" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_order_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "work_order_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"order_id" integer NOT NULL,
	"type" text NOT NULL,
	"actor_user_id" integer,
	"actor_role" text NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_state" text,
	"to_state" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_order_supervisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "work_order_supervisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"order_id" integer NOT NULL,
	"kind" text NOT NULL,
	"committee_id" integer,
	"place_congress_id" integer,
	"note" text,
	"checks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "work_order_supervisions_kind" CHECK ("work_order_supervisions"."kind" in ('committee','local','joint'))
);
--> statement-breakpoint
CREATE TABLE "work_order_units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "work_order_units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"order_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'assigned' NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "work_order_units_state" CHECK ("work_order_units"."state" in ('assigned','returned','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "work_orders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "work_orders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"year" integer NOT NULL,
	"number" text NOT NULL,
	"source" text NOT NULL,
	"platform_order_no" text,
	"caller_phone" text NOT NULL,
	"deputy_id" integer,
	"deputy_confirmed" boolean DEFAULT false NOT NULL,
	"catalogue_id" integer,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"called_at" timestamp with time zone NOT NULL,
	"urgency" text DEFAULT 'general' NOT NULL,
	"place_congress_id" integer,
	"place_name" text,
	"state" text DEFAULT 'received' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"sign_off" jsonb,
	"dispatched_at" timestamp with time zone,
	"contact_due_at" timestamp with time zone,
	"contacted_at" timestamp with time zone,
	"return_until" timestamp with time zone,
	"finish_due" date,
	"finish_due_provisional" boolean DEFAULT false NOT NULL,
	"extension_workdays" integer DEFAULT 0 NOT NULL,
	"extension_request" jsonb,
	"finished_at" timestamp with time zone,
	"result" text,
	"feedback_due" date,
	"fed_back_at" timestamp with time zone,
	"feedback_method" text,
	"rating" text,
	"rated_at" timestamp with time zone,
	"rating_comment" text,
	"rated_by_role" text,
	"round" integer DEFAULT 1 NOT NULL,
	"merged_into_id" integer,
	"urged_on" date,
	"bulletined_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_orders_state" CHECK ("work_orders"."state" in ('received','signOff','dispatched','returned','finished','fedBack','supervised','closed','merged')),
	CONSTRAINT "work_orders_source" CHECK ("work_orders"."source" in ('hotlineOffice','platform','deputy','import')),
	CONSTRAINT "work_orders_urgency" CHECK ("work_orders"."urgency" in ('urgent','general')),
	CONSTRAINT "work_orders_rating" CHECK ("work_orders"."rating" is null or "work_orders"."rating" in ('satisfied','basicallySatisfied','dissatisfied','veryDissatisfied')),
	CONSTRAINT "work_orders_merged" CHECK (("work_orders"."state" = 'merged') = ("work_orders"."merged_into_id" is not null)),
	CONSTRAINT "work_orders_version" CHECK ("work_orders"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "duty_point_rules" (
	"congress_id" integer NOT NULL,
	"year" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_point_rules_congress_id_year_pk" PRIMARY KEY("congress_id","year")
);
--> statement-breakpoint
CREATE TABLE "duty_records" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"deputy_id" integer NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"entered_by" integer,
	"entered_by_org_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "duty_records_kind" CHECK ("duty_records"."kind" in ('research','plenarySpeech','suggestion','hotlineCall','groupActivity','stationDuty','dutyReport'))
);
--> statement-breakpoint
ALTER TABLE "user_memberships" DROP CONSTRAINT "user_memberships_role";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role";--> statement-breakpoint
ALTER TABLE "hotline_api_keys" ADD CONSTRAINT "hotline_api_keys_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_catalogue" ADD CONSTRAINT "hotline_catalogue_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_catalogue" ADD CONSTRAINT "hotline_catalogue_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_catalogue" ADD CONSTRAINT "hotline_catalogue_committee_id_organizations_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_monthly_reports" ADD CONSTRAINT "hotline_monthly_reports_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotline_monthly_reports" ADD CONSTRAINT "hotline_monthly_reports_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_contacts" ADD CONSTRAINT "work_order_contacts_order_id_work_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_contacts" ADD CONSTRAINT "work_order_contacts_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_contacts" ADD CONSTRAINT "work_order_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_events" ADD CONSTRAINT "work_order_events_order_id_work_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_events" ADD CONSTRAINT "work_order_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_supervisions" ADD CONSTRAINT "work_order_supervisions_order_id_work_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_supervisions" ADD CONSTRAINT "work_order_supervisions_committee_id_organizations_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_supervisions" ADD CONSTRAINT "work_order_supervisions_place_congress_id_congresses_id_fk" FOREIGN KEY ("place_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_units" ADD CONSTRAINT "work_order_units_order_id_work_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_units" ADD CONSTRAINT "work_order_units_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_catalogue_id_hotline_catalogue_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."hotline_catalogue"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_place_congress_id_congresses_id_fk" FOREIGN KEY ("place_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_point_rules" ADD CONSTRAINT "duty_point_rules_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_records" ADD CONSTRAINT "duty_records_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_records" ADD CONSTRAINT "duty_records_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_records" ADD CONSTRAINT "duty_records_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_records" ADD CONSTRAINT "duty_records_entered_by_org_id_organizations_id_fk" FOREIGN KEY ("entered_by_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_api_keys_key_sha256_index" ON "hotline_api_keys" USING btree ("key_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_catalogue_congress_id_category_index" ON "hotline_catalogue" USING btree ("congress_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_monthly_reports_congress_id_month_index" ON "hotline_monthly_reports" USING btree ("congress_id","month");--> statement-breakpoint
CREATE INDEX "work_order_contacts_order_id_index" ON "work_order_contacts" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "work_order_events_order_id_id_index" ON "work_order_events" USING btree ("order_id","id");--> statement-breakpoint
CREATE INDEX "work_order_supervisions_order_id_index" ON "work_order_supervisions" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "work_order_supervisions_committee_id_index" ON "work_order_supervisions" USING btree ("committee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_order_units_one_live" ON "work_order_units" USING btree ("order_id","unit_id") WHERE "work_order_units"."state" = 'assigned';--> statement-breakpoint
CREATE INDEX "work_order_units_unit_id_state_index" ON "work_order_units" USING btree ("unit_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_congress_id_number_index" ON "work_orders" USING btree ("congress_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_platform_no" ON "work_orders" USING btree ("congress_id","platform_order_no") WHERE "work_orders"."platform_order_no" is not null;--> statement-breakpoint
CREATE INDEX "work_orders_congress_id_state_index" ON "work_orders" USING btree ("congress_id","state");--> statement-breakpoint
CREATE INDEX "work_orders_deputy_id_index" ON "work_orders" USING btree ("deputy_id");--> statement-breakpoint
CREATE INDEX "work_orders_place_congress_id_index" ON "work_orders" USING btree ("place_congress_id");--> statement-breakpoint
CREATE INDEX "duty_records_congress_id_year_index" ON "duty_records" USING btree ("congress_id","year");--> statement-breakpoint
CREATE INDEX "duty_records_deputy_id_year_index" ON "duty_records" USING btree ("deputy_id","year");--> statement-breakpoint
ALTER TABLE "user_memberships" ADD CONSTRAINT "user_memberships_role" CHECK ("user_memberships"."role" in ('deputy','delegationContact','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','townshipPresidium','member','proposalCommittee','hotlineOffice','admin','auditor'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role" CHECK ("users"."role" in ('deputy','delegationContact','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','townshipPresidium','member','proposalCommittee','hotlineOffice','admin','auditor'));