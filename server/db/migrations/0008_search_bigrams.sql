-- Issue 6 §3: CJK bigrams for full-text search (domain/search/bigrams.ts builds the same lexemes for queries).
-- Every two-character window that holds no whitespace or punctuation, lower-cased, at its character position.
-- The column lives outside the Drizzle schema on purpose: `select()` of an item must not carry its lexemes;
-- queries name items.search_vector in SQL (server/queries/ledger.ts).
CREATE OR REPLACE FUNCTION jianyi_bigrams(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  -- One regex pass cuts the runs (a bigram test per window was six times slower); each run's start keeps
  -- the character positions, so a phrase never bridges two runs.
  SELECT coalesce(
    string_agg('''' || replace(replace(g, '\', '\\'), '''', '''''') || ''':' || least(p, 16383), ' ')::tsvector,
    ''::tsvector)
  FROM (
    SELECT lower(substr(r.run, i, 2)) AS g, r.start + i AS p
    FROM (SELECT run, sum(char_length(run) + 1) OVER (ORDER BY n) - char_length(run) - 1 AS start
          FROM regexp_split_to_table(t, '[[:space:][:punct:]，。、；：？！“”‘’（）《》【】—…·]+') WITH ORDINALITY AS x(run, n)) r,
         generate_series(1, char_length(r.run) - 1) AS i
  ) s
$$;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (jianyi_bigrams(coalesce(number, '') || ' ' || coalesce(title, '') || ' ' || coalesce(body, ''))) STORED;--> statement-breakpoint
CREATE INDEX "items_search" ON "items" USING gin ("search_vector");