-- Editorial state. published_document holds the source document of every published entry (the tables above
-- are its projection for reading); a change is proposed as a draft and becomes visible only when a second
-- person publishes it; every publication is kept as a revision. The revisions in the order of their cursor
-- are the change feed (seq is the cursor): publications take a transaction-level advisory lock before drawing their cursor, so
-- cursor order is commit order and a reader never sees a cursor before a smaller one.

CREATE TABLE published_document (
    collection text    NOT NULL CHECK (collection IN ('sites', 'symptoms', 'tests', 'treatments', 'primary-cancers', 'references')),
    slug       text    NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version    integer NOT NULL CHECK (version > 0),
    document   jsonb   NOT NULL,
    PRIMARY KEY (collection, slug)
);

CREATE TABLE draft (
    -- random, so that draft addresses cannot be guessed
    id           uuid        PRIMARY KEY,
    collection   text        NOT NULL CHECK (collection IN ('sites', 'symptoms', 'tests', 'treatments', 'primary-cancers', 'references')),
    slug         text        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    action       text        NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    -- the published version the draft was made from; none for a new entry
    base_version integer     CHECK ((action = 'create') = (base_version IS NULL)),
    document     jsonb       CHECK ((action = 'delete') = (document IS NULL)),
    author       text        NOT NULL,
    status       text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published', 'rejected')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    decided_by   text,
    decided_at   timestamptz,
    comment      text,
    CHECK ((status = 'open') = (decided_by IS NULL))
);
CREATE INDEX draft_open ON draft (created_at, id) WHERE status = 'open';

CREATE TABLE revision (
    seq          bigserial PRIMARY KEY,
    collection   text        NOT NULL,
    slug         text        NOT NULL,
    number       integer     NOT NULL CHECK (number > 0),
    action       text        NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
    -- the document as published; for a deletion the last one published, so nothing is lost
    document     jsonb       NOT NULL,
    -- what changed against the previous revision, as an RFC 6902 JSON Patch; none for a creation
    changes      jsonb,
    author       text        NOT NULL,
    reviewer     text,
    draft_id     uuid        REFERENCES draft,
    published_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (collection, slug, number)
);
