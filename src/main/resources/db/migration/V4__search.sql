-- Search: full text with weights (names and synonyms above summaries above details), English and German
-- stemming, and trigram matching on names and synonyms for typos and prefixes. The database keeps both
-- tables current through triggers, so an edit is searchable at once.
-- Needs the contrib extensions pg_trgm and unaccent (part of the standard PostgreSQL packages).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads a dictionary); fixing the dictionary makes it safe for indexes.
CREATE FUNCTION search_normalise(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE FUNCTION search_config(lang text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT CASE lang WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END $$;

CREATE TABLE search_entry (
    item_id  bigint   NOT NULL REFERENCES content_item ON DELETE CASCADE,
    lang     text     NOT NULL,
    document tsvector NOT NULL,
    PRIMARY KEY (item_id, lang)
);
-- One index per language: each search branch matches one language's documents with that language's query.
CREATE INDEX search_entry_document_en ON search_entry USING gin (document) WHERE lang = 'en';
CREATE INDEX search_entry_document_de ON search_entry USING gin (document) WHERE lang = 'de';

-- One row per name or synonym, for typo tolerance and search-box suggestions.
CREATE TABLE search_term (
    item_id  bigint  NOT NULL REFERENCES content_item ON DELETE CASCADE,
    lang     text    NOT NULL,
    term     text    NOT NULL,
    term_key text    NOT NULL,
    is_name  boolean NOT NULL
);
CREATE INDEX search_term_item ON search_term (item_id, lang);
CREATE INDEX search_term_trigram ON search_term USING gin (term_key gin_trgm_ops);
CREATE INDEX search_term_prefix ON search_term (term_key text_pattern_ops);

CREATE FUNCTION search_refresh(p_item bigint, p_lang text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_entry WHERE item_id = p_item AND lang = p_lang;
    DELETE FROM search_term WHERE item_id = p_item AND lang = p_lang;
    INSERT INTO search_entry (item_id, lang, document)
    SELECT t.item_id, t.lang,
           setweight(to_tsvector(search_config(t.lang), search_normalise(t.name)), 'A')
        || setweight(to_tsvector(search_config(t.lang), search_normalise(coalesce(
               (SELECT string_agg(s.text, ' ') FROM content_synonym s WHERE s.item_id = t.item_id AND s.lang = t.lang), ''))), 'A')
        || setweight(to_tsvector(search_config(t.lang), search_normalise(t.summary)), 'B')
        || setweight(to_tsvector(search_config(t.lang), search_normalise(coalesce(
               (SELECT string_agg(c.display, ' ') FROM content_code c WHERE c.item_id = t.item_id), ''))), 'C')
        || setweight(to_tsvector(search_config(t.lang), search_normalise(t.details)), 'D')
    FROM content_text t WHERE t.item_id = p_item AND t.lang = p_lang;
    INSERT INTO search_term (item_id, lang, term, term_key, is_name)
    SELECT item_id, lang, name, search_normalise(name), true FROM content_text WHERE item_id = p_item AND lang = p_lang
    UNION ALL
    SELECT item_id, lang, text, search_normalise(text), false FROM content_synonym WHERE item_id = p_item AND lang = p_lang;
END $$;

CREATE FUNCTION search_refresh_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM search_refresh(OLD.item_id, OLD.lang);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM search_refresh(NEW.item_id, NEW.lang);
    END IF;
    RETURN NULL;
END $$;

-- Codes have no language: their displays count for every language of the item.
CREATE FUNCTION search_refresh_codes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_refresh(t.item_id, t.lang) FROM content_text t
     WHERE t.item_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.item_id ELSE NEW.item_id END;
    RETURN NULL;
END $$;

CREATE TRIGGER content_text_search AFTER INSERT OR UPDATE OR DELETE ON content_text
    FOR EACH ROW EXECUTE FUNCTION search_refresh_row();
CREATE TRIGGER content_synonym_search AFTER INSERT OR UPDATE OR DELETE ON content_synonym
    FOR EACH ROW EXECUTE FUNCTION search_refresh_row();
CREATE TRIGGER content_code_search AFTER INSERT OR UPDATE OR DELETE ON content_code
    FOR EACH ROW EXECUTE FUNCTION search_refresh_codes();

SELECT search_refresh(item_id, lang) FROM content_text;

-- Codes are looked up as hospital systems hold them: case, dots and spaces do not matter.
ALTER TABLE content_code ADD COLUMN code_key text GENERATED ALWAYS AS (upper(regexp_replace(code, '[\s.]', '', 'g'))) STORED;
CREATE INDEX content_code_key ON content_code (system, code_key);
