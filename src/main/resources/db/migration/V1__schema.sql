-- The knowledge base. Every content item (site, symptom, diagnostic test, treatment, primary cancer) shares
-- one row in content_item with its texts, codes, references and relations; type-specific facts live in one
-- table per type. Texts are per language so translations sit beside the English original.

CREATE TABLE reference (
    id            bigserial PRIMARY KEY,
    slug          text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          text        NOT NULL,
    citation      text        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('guideline', 'trial', 'meta-analysis', 'review', 'textbook', 'web-page', 'code-system', 'drug-label')),
    year          integer     CHECK (year BETWEEN 1900 AND 2100),
    url           text        CHECK (url ~ '^https?://'),
    doi           text        CHECK (doi ~ '^10\.'),
    pmid          text        CHECK (pmid ~ '^[0-9]+$'),
    note          text,
    last_reviewed date        NOT NULL,
    next_review   date        NOT NULL CHECK (next_review > last_reviewed),
    version       integer     NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE content_item (
    id            bigserial PRIMARY KEY,
    collection    text        NOT NULL CHECK (collection IN ('sites', 'symptoms', 'tests', 'treatments', 'primary-cancers')),
    slug          text        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    last_reviewed date        NOT NULL,
    next_review   date        NOT NULL CHECK (next_review > last_reviewed),
    version       integer     NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (collection, slug)
);

CREATE TABLE content_text (
    item_id bigint NOT NULL REFERENCES content_item ON DELETE CASCADE,
    lang    text   NOT NULL CHECK (lang IN ('en', 'de')),
    name    text   NOT NULL,
    summary text   NOT NULL,
    details text   NOT NULL,
    PRIMARY KEY (item_id, lang)
);

CREATE TABLE content_synonym (
    id       bigserial PRIMARY KEY,
    item_id  bigint  NOT NULL REFERENCES content_item ON DELETE CASCADE,
    lang     text    NOT NULL CHECK (lang IN ('en', 'de')),
    position integer NOT NULL,
    text     text    NOT NULL
);
CREATE INDEX content_synonym_item ON content_synonym (item_id);

-- One sourced fact, grouped by section (red-flags, limitations, dosing, ...).
CREATE TABLE content_statement (
    id           bigserial PRIMARY KEY,
    item_id      bigint  NOT NULL REFERENCES content_item ON DELETE CASCADE,
    lang         text    NOT NULL CHECK (lang IN ('en', 'de')),
    section      text    NOT NULL,
    position     integer NOT NULL,
    text         text    NOT NULL,
    reference_id bigint  NOT NULL REFERENCES reference
);
CREATE INDEX content_statement_item ON content_statement (item_id);

CREATE TABLE content_code (
    id      bigserial PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES content_item ON DELETE CASCADE,
    system  text   NOT NULL CHECK (system IN ('icd-10', 'icd-10-cm', 'icd-11', 'snomed-ct', 'loinc', 'mesh', 'ncit', 'umls')),
    code    text   NOT NULL,
    display text   NOT NULL,
    UNIQUE (item_id, system, code)
);
CREATE INDEX content_code_lookup ON content_code (system, code);

CREATE TABLE content_reference (
    item_id      bigint  NOT NULL REFERENCES content_item ON DELETE CASCADE,
    reference_id bigint  NOT NULL REFERENCES reference,
    position     integer NOT NULL,
    PRIMARY KEY (item_id, reference_id)
);
CREATE INDEX content_reference_reference ON content_reference (reference_id);

-- Undirected: the pair of collections says what a relation means (a site's complications, the tests that
-- assess a symptom, the treatments specific to a cancer).
CREATE TABLE content_relation (
    from_id bigint NOT NULL REFERENCES content_item ON DELETE CASCADE,
    to_id   bigint NOT NULL REFERENCES content_item ON DELETE CASCADE,
    PRIMARY KEY (from_id, to_id),
    CHECK (from_id <> to_id)
);
CREATE INDEX content_relation_to ON content_relation (to_id);

CREATE TABLE site (
    item_id           bigint PRIMARY KEY REFERENCES content_item ON DELETE CASCADE,
    parent_id         bigint REFERENCES site,
    kind              text   NOT NULL CHECK (kind IN ('region', 'bone', 'part')),
    frequency_percent numeric(4, 1) CHECK (frequency_percent BETWEEN 0 AND 100)
);
CREATE INDEX site_parent ON site (parent_id);

CREATE TABLE primary_cancer (
    item_id           bigint  PRIMARY KEY REFERENCES content_item ON DELETE CASCADE,
    marrow_malignancy boolean NOT NULL,
    lesion_type       text    NOT NULL CHECK (lesion_type IN ('osteolytic', 'osteoblastic', 'mixed')),
    radiosensitivity  text    CHECK (radiosensitivity IN ('highly-radiosensitive', 'radiosensitive', 'radioresistant')),
    incidence_low     numeric(4, 1) CHECK (incidence_low BETWEEN 0 AND 100),
    incidence_high    numeric(4, 1) CHECK (incidence_high BETWEEN 0 AND 100),
    CHECK (incidence_low <= incidence_high)
);

CREATE TABLE symptom (
    item_id bigint PRIMARY KEY REFERENCES content_item ON DELETE CASCADE,
    kind    text   NOT NULL CHECK (kind IN ('symptom', 'complication', 'syndrome')),
    urgency text   NOT NULL CHECK (urgency IN ('routine', 'urgent', 'emergency'))
);

CREATE TABLE diagnostic_test (
    item_id             bigint PRIMARY KEY REFERENCES content_item ON DELETE CASCADE,
    category            text   NOT NULL CHECK (category IN ('imaging', 'laboratory', 'biopsy')),
    sensitivity_percent numeric(4, 1) CHECK (sensitivity_percent BETWEEN 0 AND 100),
    specificity_percent numeric(4, 1) CHECK (specificity_percent BETWEEN 0 AND 100)
);

CREATE TABLE treatment (
    item_id  bigint PRIMARY KEY REFERENCES content_item ON DELETE CASCADE,
    modality text   NOT NULL CHECK (modality IN ('systemic', 'bone-modifying-agent', 'radiopharmaceutical', 'radiotherapy',
                                                 'surgery', 'interventional', 'supportive'))
);

-- A selection criterion: a rule over the patient profile (see content/README.md), evaluated at request time.
CREATE TABLE selection_criterion (
    id           bigserial PRIMARY KEY,
    treatment_id bigint  NOT NULL REFERENCES treatment ON DELETE CASCADE,
    key          text    NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind         text    NOT NULL CHECK (kind IN ('eligibility', 'indication', 'contraindication', 'caution')),
    grade        text    CHECK (grade IN ('indicated', 'consider')),
    rule         jsonb   NOT NULL,
    reference_id bigint  NOT NULL REFERENCES reference,
    position     integer NOT NULL,
    UNIQUE (treatment_id, key),
    CHECK ((kind = 'indication') = (grade IS NOT NULL))
);

CREATE TABLE selection_criterion_text (
    criterion_id bigint NOT NULL REFERENCES selection_criterion ON DELETE CASCADE,
    lang         text   NOT NULL CHECK (lang IN ('en', 'de')),
    description  text   NOT NULL,
    PRIMARY KEY (criterion_id, lang)
);
