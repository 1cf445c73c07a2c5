-- Issue 6 §3: CJK bigrams for full-text search (domain/search/bigrams.ts builds the same lexemes for queries).
-- Every two-character window that holds no whitespace or punctuation, lower-cased, at its character position.
-- The column lives outside the Drizzle schema on purpose: `select()` of an item must not carry its lexemes;
-- queries name items.search_vector in SQL (server/queries/ledger.ts).
CREATE OR REPLACE FUNCTION jianyi_bigrams(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    string_agg('''' || replace(replace(g, '\', '\\'), '''', '''''') || ''':' || least(i, 16383), ' ' ORDER BY i)::tsvector,
    ''::tsvector)
  FROM (SELECT i, lower(substr(t, i, 2)) AS g FROM generate_series(1, char_length(t) - 1) AS i) s
  WHERE g !~ '[[:space:][:punct:]，。、；：？！“”‘’（）《》【】—…·]'
$$;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (jianyi_bigrams(coalesce(number, '') || ' ' || coalesce(title, '') || ' ' || coalesce(body, ''))) STORED;--> statement-breakpoint
CREATE INDEX "items_search" ON "items" USING gin ("search_vector");