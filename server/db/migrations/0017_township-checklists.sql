CREATE TABLE "assessment_adjustments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_adjustments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"township_congress_id" integer NOT NULL,
	"kind" text NOT NULL,
	"item" text NOT NULL,
	"points" numeric(5, 1) NOT NULL,
	"reason" text NOT NULL,
	"created_by" integer,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_adjustments_kind" CHECK ("assessment_adjustments"."kind" in ('bonus','deduction')),
	CONSTRAINT "assessment_adjustments_points" CHECK ("assessment_adjustments"."points" > 0)
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"township_congress_id" integer NOT NULL,
	"indicator" text NOT NULL,
	"auto_points" numeric(5, 1),
	"auto_basis" text,
	"manual_points" numeric(5, 1),
	"reason" text,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_scores_indicator" CHECK ("assessment_scores"."indicator" in ('statutoryMeetings','livelihoodVoting','liaisonStations','deputyActivities','townshipSuggestions','filingAndLegislation','publicity'))
);
--> statement-breakpoint
CREATE TABLE "checklist_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"checklist_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"text" text NOT NULL,
	"due_on" date NOT NULL,
	"evidence" text NOT NULL,
	"indicator" text,
	CONSTRAINT "checklist_entries_type" CHECK ("checklist_entries"."type" in ('statutory','deputyWork','centralWork')),
	CONSTRAINT "checklist_entries_indicator" CHECK ("checklist_entries"."indicator" is null or "checklist_entries"."indicator" in ('statutoryMeetings','livelihoodVoting','liaisonStations','deputyActivities','townshipSuggestions','filingAndLegislation','publicity'))
);
--> statement-breakpoint
CREATE TABLE "checklist_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"checklist_id" integer,
	"checklist_report_id" integer,
	"township_congress_id" integer,
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
CREATE TABLE "checklist_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklist_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"checklist_id" integer NOT NULL,
	"checklist_entry_id" integer NOT NULL,
	"township_congress_id" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"note" text,
	"first_reported_on" date,
	"reported_on" date,
	"reported_at" timestamp with time zone,
	"done_on" date,
	"reported_by" integer,
	"reported_by_name" text,
	"reminded_stage" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "checklist_reports_status" CHECK ("checklist_reports"."status" in ('pending','done','inProgress','notDone')),
	CONSTRAINT "checklist_reports_done_on" CHECK (("checklist_reports"."status" = 'done') = ("checklist_reports"."done_on" is not null)),
	CONSTRAINT "checklist_reports_reminded" CHECK ("checklist_reports"."reminded_stage" is null or "checklist_reports"."reminded_stage" in ('soon','overdue'))
);
--> statement-breakpoint
CREATE TABLE "checklist_townships" (
	"checklist_id" integer NOT NULL,
	"township_congress_id" integer NOT NULL,
	CONSTRAINT "checklist_townships_checklist_id_township_congress_id_pk" PRIMARY KEY("checklist_id","township_congress_id")
);
--> statement-breakpoint
CREATE TABLE "checklists" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checklists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"title" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"copied_from_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" integer,
	"issued_at" timestamp with time zone,
	CONSTRAINT "checklists_state" CHECK ("checklists"."state" in ('draft','issued')),
	CONSTRAINT "checklists_quarter" CHECK ("checklists"."quarter" between 1 and 4),
	CONSTRAINT "checklists_year" CHECK ("checklists"."year" between 2000 and 2100),
	CONSTRAINT "checklists_issued" CHECK (("checklists"."state" = 'issued') = ("checklists"."issued_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"checklist_report_id" integer NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by" integer,
	"uploaded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_meeting_experiences" (
	"exchange_meeting_id" integer NOT NULL,
	"checklist_report_id" integer NOT NULL,
	CONSTRAINT "exchange_meeting_experiences_exchange_meeting_id_checklist_report_id_pk" PRIMARY KEY("exchange_meeting_id","checklist_report_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exchange_meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"held_on" date NOT NULL,
	"summary" text NOT NULL,
	"briefing" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_meetings_quarter" CHECK ("exchange_meetings"."quarter" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "guidance_pairings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "guidance_pairings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"leader_user_id" integer NOT NULL,
	"township_congress_id" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_visit_entries" (
	"guidance_visit_id" integer NOT NULL,
	"checklist_entry_id" integer NOT NULL,
	CONSTRAINT "guidance_visit_entries_guidance_visit_id_checklist_entry_id_pk" PRIMARY KEY("guidance_visit_id","checklist_entry_id")
);
--> statement-breakpoint
CREATE TABLE "guidance_visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "guidance_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"township_congress_id" integer NOT NULL,
	"leader_user_id" integer NOT NULL,
	"leader_name" text NOT NULL,
	"visited_on" date NOT NULL,
	"deputies_visited" integer NOT NULL,
	"voters_visited" integer NOT NULL,
	"ledgers_read" text NOT NULL,
	"assessment" text NOT NULL,
	"requirements" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guidance_visits_counts" CHECK ("guidance_visits"."deputies_visited" >= 0 and "guidance_visits"."voters_visited" >= 0)
);
--> statement-breakpoint
CREATE TABLE "township_assessments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "township_assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"congress_id" integer NOT NULL,
	"year" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"indicators" jsonb NOT NULL,
	"bonus_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deduction_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"bonus_cap" numeric(5, 1) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finalized_at" timestamp with time zone,
	CONSTRAINT "township_assessments_state" CHECK ("township_assessments"."state" in ('draft','finalized')),
	CONSTRAINT "township_assessments_finalized" CHECK (("township_assessments"."state" = 'finalized') = ("township_assessments"."finalized_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "assessment_adjustments" ADD CONSTRAINT "assessment_adjustments_assessment_id_township_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."township_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_adjustments" ADD CONSTRAINT "assessment_adjustments_township_congress_id_congresses_id_fk" FOREIGN KEY ("township_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_adjustments" ADD CONSTRAINT "assessment_adjustments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_assessment_id_township_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."township_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_township_congress_id_congresses_id_fk" FOREIGN KEY ("township_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_entries" ADD CONSTRAINT "checklist_entries_checklist_id_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_events" ADD CONSTRAINT "checklist_events_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_events" ADD CONSTRAINT "checklist_events_checklist_id_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."checklists"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_events" ADD CONSTRAINT "checklist_events_checklist_report_id_checklist_reports_id_fk" FOREIGN KEY ("checklist_report_id") REFERENCES "public"."checklist_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_events" ADD CONSTRAINT "checklist_events_township_congress_id_congresses_id_fk" FOREIGN KEY ("township_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_events" ADD CONSTRAINT "checklist_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_reports" ADD CONSTRAINT "checklist_reports_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_reports" ADD CONSTRAINT "checklist_reports_checklist_id_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."checklists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_reports" ADD CONSTRAINT "checklist_reports_checklist_entry_id_checklist_entries_id_fk" FOREIGN KEY ("checklist_entry_id") REFERENCES "public"."checklist_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_reports" ADD CONSTRAINT "checklist_reports_township_congress_id_congresses_id_fk" FOREIGN KEY ("township_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_reports" ADD CONSTRAINT "checklist_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_townships" ADD CONSTRAINT "checklist_townships_checklist_id_checklists_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_townships" ADD CONSTRAINT "checklist_townships_township_congress_id_congresses_id_fk" FOREIGN KEY ("township_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_copied_from_id_checklists_id_fk" FOREIGN KEY ("copied_from_id") REFERENCES "public"."checklists"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_checklist_report_id_checklist_reports_id_fk" FOREIGN KEY ("checklist_report_id") REFERENCES "public"."checklist_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meeting_experiences" ADD CONSTRAINT "exchange_meeting_experiences_exchange_meeting_id_exchange_meetings_id_fk" FOREIGN KEY ("exchange_meeting_id") REFERENCES "public"."exchange_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meeting_experiences" ADD CONSTRAINT "exchange_meeting_experiences_checklist_report_id_checklist_reports_id_fk" FOREIGN KEY ("checklist_report_id") REFERENCES "public"."checklist_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meetings" ADD CONSTRAINT "exchange_meetings_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_meetings" ADD CONSTRAINT "exchange_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_pairings" ADD CONSTRAINT "guidance_pairings_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_pairings" ADD CONSTRAINT "guidance_pairings_leader_user_id_users_id_fk" FOREIGN KEY ("leader_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_pairings" ADD CONSTRAINT "guidance_pairings_township_congress_id_congresses_id_fk" FOREIGN KEY ("township_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_pairings" ADD CONSTRAINT "guidance_pairings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_visit_entries" ADD CONSTRAINT "guidance_visit_entries_guidance_visit_id_guidance_visits_id_fk" FOREIGN KEY ("guidance_visit_id") REFERENCES "public"."guidance_visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_visit_entries" ADD CONSTRAINT "guidance_visit_entries_checklist_entry_id_checklist_entries_id_fk" FOREIGN KEY ("checklist_entry_id") REFERENCES "public"."checklist_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_visits" ADD CONSTRAINT "guidance_visits_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_visits" ADD CONSTRAINT "guidance_visits_township_congress_id_congresses_id_fk" FOREIGN KEY ("township_congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_visits" ADD CONSTRAINT "guidance_visits_leader_user_id_users_id_fk" FOREIGN KEY ("leader_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "township_assessments" ADD CONSTRAINT "township_assessments_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "township_assessments" ADD CONSTRAINT "township_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_adjustments_assessment_id_township_congress_id_index" ON "assessment_adjustments" USING btree ("assessment_id","township_congress_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_scores_assessment_id_township_congress_id_indicator_index" ON "assessment_scores" USING btree ("assessment_id","township_congress_id","indicator");--> statement-breakpoint
CREATE UNIQUE INDEX "checklist_entries_checklist_id_seq_index" ON "checklist_entries" USING btree ("checklist_id","seq");--> statement-breakpoint
CREATE INDEX "checklist_events_congress_id_at_index" ON "checklist_events" USING btree ("congress_id","at");--> statement-breakpoint
CREATE INDEX "checklist_events_checklist_id_index" ON "checklist_events" USING btree ("checklist_id");--> statement-breakpoint
CREATE INDEX "checklist_events_checklist_report_id_index" ON "checklist_events" USING btree ("checklist_report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "checklist_reports_checklist_entry_id_township_congress_id_index" ON "checklist_reports" USING btree ("checklist_entry_id","township_congress_id");--> statement-breakpoint
CREATE INDEX "checklist_reports_township_congress_id_status_index" ON "checklist_reports" USING btree ("township_congress_id","status");--> statement-breakpoint
CREATE INDEX "checklist_reports_checklist_id_index" ON "checklist_reports" USING btree ("checklist_id");--> statement-breakpoint
CREATE INDEX "checklist_reports_congress_id_status_index" ON "checklist_reports" USING btree ("congress_id","status");--> statement-breakpoint
CREATE INDEX "checklist_townships_township_congress_id_index" ON "checklist_townships" USING btree ("township_congress_id");--> statement-breakpoint
CREATE INDEX "checklists_congress_id_year_quarter_index" ON "checklists" USING btree ("congress_id","year","quarter");--> statement-breakpoint
CREATE INDEX "evidence_files_checklist_report_id_index" ON "evidence_files" USING btree ("checklist_report_id");--> statement-breakpoint
CREATE INDEX "exchange_meetings_congress_id_year_index" ON "exchange_meetings" USING btree ("congress_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "guidance_pairings_leader_user_id_township_congress_id_index" ON "guidance_pairings" USING btree ("leader_user_id","township_congress_id");--> statement-breakpoint
CREATE INDEX "guidance_pairings_congress_id_index" ON "guidance_pairings" USING btree ("congress_id");--> statement-breakpoint
CREATE INDEX "guidance_visits_congress_id_visited_on_index" ON "guidance_visits" USING btree ("congress_id","visited_on");--> statement-breakpoint
CREATE INDEX "guidance_visits_township_congress_id_index" ON "guidance_visits" USING btree ("township_congress_id");--> statement-breakpoint
CREATE UNIQUE INDEX "township_assessments_congress_id_year_index" ON "township_assessments" USING btree ("congress_id","year");