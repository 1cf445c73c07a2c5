-- Issue 6 (bench, writes): a stored generated column is recomputed on every UPDATE of the row, so
-- each state change of an item re-ran the bigrams of its whole text (~0.35 ms) and rewrote the
-- compressed vector. A trigger on the text columns only recomputes when the text changes; other
-- updates keep the stored vector as it is. DROP EXPRESSION keeps every row's current value.
ALTER TABLE "items" ALTER COLUMN "search_vector" DROP EXPRESSION;--> statement-breakpoint
CREATE OR REPLACE FUNCTION items_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := jianyi_bigrams(coalesce(NEW.number, '') || ' ' || coalesce(NEW.title, '') || ' ' || coalesce(NEW.body, ''));
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER items_search_vector BEFORE INSERT OR UPDATE OF number, title, body ON "items"
  FOR EACH ROW EXECUTE FUNCTION items_search_vector();
