CREATE TABLE "categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"parent_id" integer,
	"name" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congresses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "congresses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "congresses_level" CHECK ("congresses"."level" in ('national','province','city','county','township'))
);
--> statement-breakpoint
CREATE TABLE "deputies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deputies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"delegation_id" integer,
	"name" text NOT NULL,
	"gender" text,
	"occupation" text,
	"phone" text,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"parent_id" integer,
	"is_government" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "organizations_kind" CHECK ("organizations"."kind" in ('liaisonOffice','governmentOffice','unit','division','delegation','committee','cppccCommittee'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"next_number" integer DEFAULT 1 NOT NULL,
	"start_date" date,
	"end_date" date,
	CONSTRAINT "sessions_congressId_code_unique" UNIQUE("congress_id","code")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"username" text,
	"action" text NOT NULL,
	"detail" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"congress_id" integer,
	"organization_id" integer,
	"deputy_id" integer,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role" CHECK ("users"."role" in ('deputy','liaisonOffice','governmentOffice','unitOffice','unitHandler','unitLeader','supervisor','admin','auditor')),
	CONSTRAINT "users_deputy_has_deputy" CHECK ("users"."role" <> 'deputy' or "users"."deputy_id" is not null),
	CONSTRAINT "users_unit_has_org" CHECK ("users"."role" not in ('unitOffice','unitHandler','unitLeader') or "users"."organization_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "item_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "item_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"task_id" integer,
	"type" text NOT NULL,
	"actor_user_id" integer,
	"actor_role" text,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_state" text,
	"to_state" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_signers" (
	"item_id" integer NOT NULL,
	"deputy_id" integer NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "item_signers_status" CHECK ("item_signers"."status" in ('pending','confirmed','declined'))
);
--> statement-breakpoint
CREATE TABLE "items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"session_id" integer NOT NULL,
	"kind" text DEFAULT 'suggestion' NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"category_id" integer,
	"period" text DEFAULT 'plenary' NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"lead_deputy_id" integer,
	"delegation_id" integer,
	"classified" boolean DEFAULT false NOT NULL,
	"handling_mode" text,
	"leading_leader" text,
	"merged_into_id" integer,
	"from_higher_level" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_on" date,
	"reply_extended" boolean DEFAULT false NOT NULL,
	"reply_due" date,
	"current_due" date,
	"current_due_provisional" boolean DEFAULT false NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"result_class" text,
	"replied_on" date,
	"rehandle_from" date,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"review_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "items_kind" CHECK ("items"."kind" in ('suggestion','proposal','workOrder')),
	CONSTRAINT "items_state" CHECK ("items"."state" in ('awaitingCosigners','submitted','returned','notAccepted','merged','referenceItem','accepted','draftAssigned','handling','replied','dissatisfied','rehandling','closed')),
	CONSTRAINT "items_period" CHECK ("items"."period" in ('plenary','interim')),
	CONSTRAINT "items_mode" CHECK ("items"."handling_mode" is null or "items"."handling_mode" in ('single','leadCo','split','leaderLed')),
	CONSTRAINT "items_class" CHECK ("items"."result_class" is null or "items"."result_class" in ('A','B','C')),
	CONSTRAINT "items_merged" CHECK (("items"."state" = 'merged') = ("items"."merged_into_id" is not null)),
	CONSTRAINT "items_version" CHECK ("items"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role" text NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"division_id" integer,
	"handler_user_id" integer,
	"handler_name" text,
	"responsible_leader" text,
	"breakdown_at" timestamp with time zone,
	"is_key_item" boolean DEFAULT false NOT NULL,
	"due_date" date,
	"due_provisional" boolean DEFAULT false NOT NULL,
	"assigned_on" date,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_role" CHECK ("tasks"."role" in ('lead','co','split','reference')),
	CONSTRAINT "tasks_state" CHECK ("tasks"."state" in ('draft','assigned','adjustmentRequested','opinionSent','replied','contacted','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"purpose" text DEFAULT 'general' NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "co_opinions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "co_opinions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"body" text NOT NULL,
	"publicity" text NOT NULL,
	"private_reason" text,
	"state" text DEFAULT 'sent' NOT NULL,
	"return_reason" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by" integer,
	CONSTRAINT "co_opinions_state" CHECK ("co_opinions"."state" in ('sent','returned')),
	CONSTRAINT "co_opinions_publicity" CHECK ("co_opinions"."publicity" in ('public','private')),
	CONSTRAINT "co_opinions_private_reason" CHECK ("co_opinions"."publicity" = 'public' or "co_opinions"."private_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"reply_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"content" text NOT NULL,
	"target_date" date NOT NULL,
	"state" text DEFAULT 'registered' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"progress" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"closed_note" text,
	"closed_at" timestamp with time zone,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_state" CHECK ("commitments"."state" in ('registered','struckOff','convertedToC'))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"contacted_on" date NOT NULL,
	"method" text NOT NULL,
	"phase" text NOT NULL,
	"face_to_face" boolean NOT NULL,
	"participants" text NOT NULL,
	"summary" text NOT NULL,
	"deputy_view" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_method" CHECK ("contacts"."method" in ('visit','meeting','inspection','phone','wechat','video','letter')),
	CONSTRAINT "contacts_phase" CHECK ("contacts"."phase" in ('before','during','after'))
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"deputy_id" integer NOT NULL,
	"round" integer NOT NULL,
	"result" text NOT NULL,
	"comment" text,
	"proxy" boolean DEFAULT false NOT NULL,
	"proxy_attachment_id" integer,
	"entered_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_result" CHECK ("evaluations"."result" in ('satisfied','basicallySatisfied','dissatisfied')),
	CONSTRAINT "evaluations_proxy_form" CHECK (not "evaluations"."proxy" or "evaluations"."proxy_attachment_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "replies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "replies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"body" text NOT NULL,
	"result_class" text NOT NULL,
	"publicity" text DEFAULT 'public' NOT NULL,
	"private_reason" text,
	"doc_number" text,
	"signer" text,
	"contact_person" text NOT NULL,
	"contact_phone" text NOT NULL,
	"copies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"planned_commitments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"send_back_reason" text,
	"contact_override_reason" text,
	"co_opinion_override_reason" text,
	"drafted_by" integer,
	"signed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"sent_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replies_state" CHECK ("replies"."state" in ('draft','inReview','awaitingSignOff','signed','sent')),
	CONSTRAINT "replies_class" CHECK ("replies"."result_class" in ('A','B','C')),
	CONSTRAINT "replies_publicity" CHECK ("replies"."publicity" in ('public','private')),
	CONSTRAINT "replies_private_reason" CHECK ("replies"."publicity" = 'public' or "replies"."private_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"item_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"reason" text NOT NULL,
	"suggested_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decision_note" text,
	"requested_by" integer,
	"decided_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "requests_kind" CHECK ("requests"."kind" in ('adjustment','extension')),
	CONSTRAINT "requests_state" CHECK ("requests"."state" in ('pending','approved','rejected'))
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"holidays" jsonb NOT NULL,
	"makeup_workdays" jsonb NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deadlines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deadlines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"task_id" integer,
	"kind" text NOT NULL,
	"base_date" date NOT NULL,
	"due_date" date NOT NULL,
	"rule" jsonb NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deadlines_kind" CHECK ("deadlines"."kind" in ('adjustmentWindow','coOpinion','reply','rehandle','evaluation','referenceContact','responsibilityConfirm'))
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"channel" text DEFAULT 'inApp' NOT NULL,
	"recipient_user_id" integer,
	"recipient_org_id" integer,
	"recipient_deputy_id" integer,
	"item_id" integer,
	"type" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rules_profiles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rules_profiles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"year" integer NOT NULL,
	"preset" text,
	"values" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rules_profiles_congressId_year_unique" UNIQUE("congress_id","year")
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "congresses" ADD CONSTRAINT "congresses_parent_id_congresses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deputies" ADD CONSTRAINT "deputies_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deputies" ADD CONSTRAINT "deputies_delegation_id_organizations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_events" ADD CONSTRAINT "item_events_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_events" ADD CONSTRAINT "item_events_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_events" ADD CONSTRAINT "item_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_signers" ADD CONSTRAINT "item_signers_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_signers" ADD CONSTRAINT "item_signers_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_lead_deputy_id_deputies_id_fk" FOREIGN KEY ("lead_deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_delegation_id_organizations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_merged_into_id_items_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_division_id_organizations_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_handler_user_id_users_id_fk" FOREIGN KEY ("handler_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_opinions" ADD CONSTRAINT "co_opinions_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_opinions" ADD CONSTRAINT "co_opinions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_opinions" ADD CONSTRAINT "co_opinions_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_opinions" ADD CONSTRAINT "co_opinions_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_drafted_by_users_id_fk" FOREIGN KEY ("drafted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_unit_id_organizations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rules_profiles" ADD CONSTRAINT "rules_profiles_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rules_profiles" ADD CONSTRAINT "rules_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_congress_id_parent_id_name_index" ON "categories" USING btree ("congress_id","parent_id","name");--> statement-breakpoint
CREATE INDEX "deputies_congress_id_index" ON "deputies" USING btree ("congress_id");--> statement-breakpoint
CREATE INDEX "deputies_delegation_id_index" ON "deputies" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "organizations_congress_id_kind_index" ON "organizations" USING btree ("congress_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_congress_id_kind_name_index" ON "organizations" USING btree ("congress_id","kind","name");--> statement-breakpoint
CREATE INDEX "auth_sessions_user_id_index" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "item_events_item_id_id_index" ON "item_events" USING btree ("item_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "item_signers_item_id_deputy_id_index" ON "item_signers" USING btree ("item_id","deputy_id");--> statement-breakpoint
CREATE INDEX "item_signers_deputy_id_index" ON "item_signers" USING btree ("deputy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "items_session_id_number_index" ON "items" USING btree ("session_id","number");--> statement-breakpoint
CREATE INDEX "items_session_id_state_index" ON "items" USING btree ("session_id","state");--> statement-breakpoint
CREATE INDEX "items_lead_deputy_id_index" ON "items" USING btree ("lead_deputy_id");--> statement-breakpoint
CREATE INDEX "items_congress_id_current_due_index" ON "items" USING btree ("congress_id","current_due");--> statement-breakpoint
CREATE INDEX "tasks_item_id_index" ON "tasks" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "tasks_unit_id_state_index" ON "tasks" USING btree ("unit_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_one_live_per_unit" ON "tasks" USING btree ("item_id","unit_id") WHERE "tasks"."state" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "attachments_item_id_index" ON "attachments" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "co_opinions_item_id_index" ON "co_opinions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "commitments_item_id_index" ON "commitments" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "commitments_state_target_date_index" ON "commitments" USING btree ("state","target_date");--> statement-breakpoint
CREATE INDEX "contacts_item_id_index" ON "contacts" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "contacts_unit_id_index" ON "contacts" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_item_id_deputy_id_round_index" ON "evaluations" USING btree ("item_id","deputy_id","round");--> statement-breakpoint
CREATE INDEX "replies_item_id_index" ON "replies" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "replies_task_id_round_index" ON "replies" USING btree ("task_id","round");--> statement-breakpoint
CREATE INDEX "requests_item_id_index" ON "requests" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "requests_one_pending" ON "requests" USING btree ("task_id","kind") WHERE "requests"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "deadlines_item_id_index" ON "deadlines" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "deadlines_provisional" ON "deadlines" USING btree ("provisional") WHERE "deadlines"."provisional";--> statement-breakpoint
CREATE INDEX "outbox_unsent" ON "outbox" USING btree ("id") WHERE "outbox"."sent_at" is null;