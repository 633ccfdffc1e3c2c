-- Provenance of every sourced statement and selection criterion: where in the cited source it stands (locator) and
-- what kind of evidence it is. Nullable because rows written before this release have neither until the content
-- importer republishes them (every entry of the release carries both; the validator refuses a document without).
ALTER TABLE content_statement
    ADD COLUMN locator       text CHECK (length(locator) <= 300),
    ADD COLUMN evidence_type text CHECK (evidence_type IN ('guideline-recommendation', 'label', 'rct', 'meta-analysis', 'cohort',
                                                           'case-series', 'expert-opinion', 'classification'));
ALTER TABLE selection_criterion
    ADD COLUMN locator       text CHECK (length(locator) <= 300),
    ADD COLUMN evidence_type text CHECK (evidence_type IN ('guideline-recommendation', 'label', 'rct', 'meta-analysis', 'cohort',
                                                           'case-series', 'expert-opinion', 'classification'));
