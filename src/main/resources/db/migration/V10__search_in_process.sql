-- Search runs on an index in the service's memory, made from content_item, content_text, content_synonym and
-- content_code after each publication (org.bonemet.search.SearchIndex). The tables PostgreSQL kept for it, and the
-- triggers that kept them on every content write, go. unaccent and pg_trgm stay installed: they cost nothing unused.
DROP TRIGGER content_text_search ON content_text;
DROP TRIGGER content_synonym_search ON content_synonym;
DROP TRIGGER content_code_search ON content_code;
DROP FUNCTION search_refresh_row();
DROP FUNCTION search_refresh_codes();
DROP FUNCTION search_refresh(bigint, text);
DROP TABLE search_entry;
DROP TABLE search_term;
DROP FUNCTION search_config(text);
DROP FUNCTION search_normalise(text);
