CREATE TABLE "deliveries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"outbox_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliveries_channel" CHECK ("deliveries"."channel" in ('email','sms')),
	CONSTRAINT "deliveries_state" CHECK ("deliveries"."state" in ('pending','sent','failed'))
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"email_enabled" boolean DEFAULT false NOT NULL,
	"email" text,
	"sms_enabled" boolean DEFAULT false NOT NULL,
	"mobile" text,
	"muted_types" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"outbox_id" integer NOT NULL,
	"item_id" integer,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"job_name" text NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"trigger" text DEFAULT 'schedule' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"status" text NOT NULL,
	"result" jsonb,
	"error" text,
	CONSTRAINT "job_runs_status" CHECK ("job_runs"."status" in ('ok','error'))
);
--> statement-breakpoint
CREATE TABLE "scheduled_jobs" (
	"name" text PRIMARY KEY NOT NULL,
	"schedule" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"last_result" jsonb,
	"run_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulletins" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bulletins_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"session_id" integer,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"as_of" date NOT NULL,
	"content" jsonb NOT NULL,
	"generated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_supervisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "key_supervisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"kind" text NOT NULL,
	"leaders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"committee_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"designated_by" integer,
	"designated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_note" text,
	CONSTRAINT "key_supervisions_kind" CHECK ("key_supervisions"."kind" in ('leaderLed','committee','joint'))
);
--> statement-breakpoint
CREATE TABLE "look_back_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "look_back_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"look_back_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"result_class" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"finding" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "look_back_reviews_state" CHECK ("look_back_reviews"."state" in ('pending','submitted')),
	CONSTRAINT "look_back_reviews_class" CHECK ("look_back_reviews"."result_class" in ('A','B')),
	CONSTRAINT "look_back_reviews_finding" CHECK ("look_back_reviews"."finding" is null or "look_back_reviews"."finding" in ('delivered','inProgress','notDelivered')),
	CONSTRAINT "look_back_reviews_submitted" CHECK (("look_back_reviews"."state" = 'submitted') = ("look_back_reviews"."finding" is not null))
);
--> statement-breakpoint
CREATE TABLE "look_backs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "look_backs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"year" integer NOT NULL,
	"started_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"kind" text NOT NULL,
	"unit_id" integer NOT NULL,
	"item_ids" jsonb NOT NULL,
	"week" text,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminders_kind" CHECK ("reminders"."kind" in ('weeklyReminder','weeklyUrge','manual')),
	CONSTRAINT "reminders_week" CHECK (("reminders"."kind" = 'manual') = ("reminders"."week" is null))
);
--> statement-breakpoint
CREATE TABLE "supervision_activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "supervision_activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key_supervision_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"participants" text NOT NULL,
	"notes" text NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_activities_kind" CHECK ("supervision_activities"."kind" in ('meeting','siteVisit','research','other'))
);
--> statement-breakpoint
CREATE TABLE "urging_letters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "urging_letters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"respond_by" date,
	"issued_by" integer,
	"issuer_name" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commitments" DROP CONSTRAINT "commitments_state";--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "strike_off_request_note" text;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "strike_off_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "tracked_session_id" integer;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "carried_over_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "congress_id" integer;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "recipient_role" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_supervisions" ADD CONSTRAINT "key_supervisions_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_supervisions" ADD CONSTRAINT "key_supervisions_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_supervisions" ADD CONSTRAINT "key_supervisions_designated_by_users_id_fk" FOREIGN KEY ("designated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "look_back_reviews" ADD CONSTRAINT "look_back_reviews_look_back_id_look_backs_id_fk" FOREIGN KEY ("look_back_id") REFERENCES "public"."look_backs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "look_back_reviews" ADD CONSTRAINT "look_back_reviews_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "look_back_reviews" ADD CONSTRAINT "look_back_reviews_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "look_back_reviews" ADD CONSTRAINT "look_back_reviews_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "look_backs" ADD CONSTRAINT "look_backs_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "look_backs" ADD CONSTRAINT "look_backs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_activities" ADD CONSTRAINT "supervision_activities_key_supervision_id_key_supervisions_id_fk" FOREIGN KEY ("key_supervision_id") REFERENCES "public"."key_supervisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_activities" ADD CONSTRAINT "supervision_activities_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_activities" ADD CONSTRAINT "supervision_activities_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urging_letters" ADD CONSTRAINT "urging_letters_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urging_letters" ADD CONSTRAINT "urging_letters_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urging_letters" ADD CONSTRAINT "urging_letters_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urging_letters" ADD CONSTRAINT "urging_letters_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_dedupe_key" ON "deliveries" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "deliveries_due" ON "deliveries" USING btree ("next_attempt_at") WHERE "deliveries"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once" ON "notifications" USING btree ("outbox_id","user_id");--> statement-breakpoint
CREATE INDEX "notifications_user" ON "notifications" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "notifications_unread" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "job_runs_once" ON "job_runs" USING btree ("job_name","scheduled_for") WHERE "job_runs"."trigger" = 'schedule' and "job_runs"."status" = 'ok';--> statement-breakpoint
CREATE INDEX "job_runs_job_name_id_index" ON "job_runs" USING btree ("job_name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "bulletins_congress_id_year_seq_index" ON "bulletins" USING btree ("congress_id","year","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "key_supervisions_one_active" ON "key_supervisions" USING btree ("item_id") WHERE "key_supervisions"."active";--> statement-breakpoint
CREATE INDEX "key_supervisions_congress_id_index" ON "key_supervisions" USING btree ("congress_id");--> statement-breakpoint
CREATE UNIQUE INDEX "look_back_reviews_look_back_id_item_id_unit_id_index" ON "look_back_reviews" USING btree ("look_back_id","item_id","unit_id");--> statement-breakpoint
CREATE INDEX "look_back_reviews_unit_id_state_index" ON "look_back_reviews" USING btree ("unit_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "look_backs_congress_id_year_index" ON "look_backs" USING btree ("congress_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_once_a_week" ON "reminders" USING btree ("congress_id","kind","unit_id","week") WHERE "reminders"."week" is not null;--> statement-breakpoint
CREATE INDEX "reminders_unit_id_id_index" ON "reminders" USING btree ("unit_id","id");--> statement-breakpoint
CREATE INDEX "supervision_activities_item_id_index" ON "supervision_activities" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "urging_letters_congress_id_year_seq_index" ON "urging_letters" USING btree ("congress_id","year","seq");--> statement-breakpoint
CREATE INDEX "urging_letters_item_id_index" ON "urging_letters" USING btree ("item_id");--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_tracked_session_id_sessions_id_fk" FOREIGN KEY ("tracked_session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe_key" ON "outbox" USING btree ("dedupe_key");--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_state" CHECK ("commitments"."state" in ('registered','strikeOffRequested','struckOff','convertedToC'));--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_recipient_role" CHECK ("outbox"."recipient_role" is null or "outbox"."recipient_role" in ('liaisonOffice','governmentOffice'));