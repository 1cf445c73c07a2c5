ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_proxy_form";--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "proxy_form_offline" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_proxy_form" CHECK (not "evaluations"."proxy" or "evaluations"."proxy_attachment_id" is not null or "evaluations"."proxy_form_offline");