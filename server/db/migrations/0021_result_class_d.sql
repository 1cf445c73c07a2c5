ALTER TABLE "items" DROP CONSTRAINT "items_class";--> statement-breakpoint
ALTER TABLE "replies" DROP CONSTRAINT "replies_class";--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_class" CHECK ("items"."result_class" is null or "items"."result_class" in ('A','B','C','D'));--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_class" CHECK ("replies"."result_class" in ('A','B','C','D'));