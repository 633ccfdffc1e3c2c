-- Ranked search (SearchService.search). Named parameters: q, lang, type, limit, offset.
-- Each language's documents are matched with that language's query, in separate branches so that both use
-- the GIN index; snippets are made for the requested page only.
WITH fts AS (
    SELECT item_id, lang, ts_rank_cd(document, websearch_to_tsquery('english', search_normalise(:q)), 1) AS rank
      FROM search_entry
     WHERE lang = 'en' AND document @@ websearch_to_tsquery('english', search_normalise(:q))
    UNION ALL
    SELECT item_id, lang, ts_rank_cd(document, websearch_to_tsquery('german', search_normalise(:q)), 1) AS rank
      FROM search_entry
     WHERE lang = 'de' AND document @@ websearch_to_tsquery('german', search_normalise(:q))
),
typo AS (
    SELECT item_id, lang, max((word_similarity(search_normalise(:q), term_key) + similarity(search_normalise(:q), term_key))
                              * CASE WHEN is_name THEN 1.0 ELSE 0.9 END) AS sim
      FROM search_term
     WHERE search_normalise(:q) <% term_key
     GROUP BY item_id, lang
),
scored AS (
    SELECT item_id, max((coalesce(f.rank, 0) + coalesce(t.sim, 0)) * CASE WHEN lang = :lang THEN 1.0 ELSE 0.8 END) AS score
      FROM fts f FULL JOIN typo t USING (item_id, lang)
     GROUP BY item_id
),
page AS (
    SELECT c.id, c.collection, c.slug, s.score, count(*) OVER () AS total
      FROM scored s JOIN content_item c ON c.id = s.item_id
     WHERE CAST(:type AS text) IS NULL OR c.collection = :type
     ORDER BY s.score DESC, c.slug
     LIMIT :limit OFFSET :offset
)
SELECT p.collection, p.slug, coalesce(tl.name, te.name), coalesce(tl.summary, te.summary),
       ts_headline(search_config(coalesce(tl.lang, te.lang)), coalesce(tl.summary, te.summary),
                   websearch_to_tsquery(search_config(coalesce(tl.lang, te.lang)), search_normalise(:q)),
                   'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12'),
       p.score, p.total
  FROM page p
  JOIN content_text te ON te.item_id = p.id AND te.lang = 'en'
  LEFT JOIN content_text tl ON tl.item_id = p.id AND tl.lang = :lang
 ORDER BY p.score DESC, p.slug
