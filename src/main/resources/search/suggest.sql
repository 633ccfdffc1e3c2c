-- Search-box completions (SearchService.suggest). Named parameters: lang, prefix (LIKE-escaped; normalising
-- leaves the escapes alone, so it happens here instead of in a separate round trip).
SELECT DISTINCT ON (t.term_key) t.term, c.collection, c.slug, t.is_name, t.lang = :lang AS own
  FROM search_term t JOIN content_item c ON c.id = t.item_id
 WHERE t.term_key LIKE search_normalise(:prefix) ESCAPE '\'
 ORDER BY t.term_key, own DESC, t.is_name DESC
