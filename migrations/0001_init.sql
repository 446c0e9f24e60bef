-- Reports, their outline, their figures, and the record of every import.
-- Exact decimals throughout (numeric), never floats.

CREATE TABLE reports (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization  text        NOT NULL CHECK (organization <> ''),
    year          integer     NOT NULL CHECK (year BETWEEN 1949 AND 2200),
    kind          text        NOT NULL CHECK (kind <> ''),
    title         text        NOT NULL,
    source_file   text        NOT NULL,
    content_hash  text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    text          text        NOT NULL,
    imported_at   timestamptz NOT NULL DEFAULT now(),
    -- one report per organisation, year and kind: --replace swaps it whole
    CONSTRAINT reports_org_year_kind_key UNIQUE (organization, year, kind)
);
CREATE INDEX reports_year_org_idx ON reports (year, organization);
CREATE INDEX reports_content_hash_idx ON reports (content_hash);

CREATE TABLE sections (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id   bigint   NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    parent_id   bigint   REFERENCES sections (id) ON DELETE CASCADE,
    position    integer  NOT NULL CHECK (position >= 0),  -- order in the document
    level       smallint NOT NULL CHECK (level BETWEEN 0 AND 4),
    role        text     NOT NULL CHECK (role IN ('preamble', 'body', 'closing')),
    label       text,
    ordinal     integer  NOT NULL CHECK (ordinal >= 0),
    heading     text,
    body        text     NOT NULL,
    char_start  integer  NOT NULL CHECK (char_start >= 0),  -- code points into reports.text
    body_start  integer  NOT NULL CHECK (body_start >= char_start),
    char_end    integer  NOT NULL CHECK (char_end >= body_start),
    is_plan     boolean  NOT NULL DEFAULT false,
    CONSTRAINT sections_report_position_key UNIQUE (report_id, position),
    CONSTRAINT sections_level_role_check CHECK ((level = 0) = (role <> 'body')),
    CONSTRAINT sections_label_check CHECK ((level = 0) = (label IS NULL))
);
CREATE INDEX sections_parent_idx ON sections (parent_id);
CREATE INDEX sections_report_level_idx ON sections (report_id, level, position);

-- Search inside Chinese text. pg_trgm cannot serve a two-character query
-- (招商, 外资) and no Chinese word splitter ships with Debian's PostgreSQL,
-- so sections are indexed by the set of their character bigrams: a query of
-- two or more characters must contain all its bigrams, which a GIN index on
-- text[] answers; LIKE then checks the order (a recheck on few rows).
-- Linear in the length: substr(t, i, 2) would rescan multibyte text from
-- its start for every i, which is quadratic on a long section.
CREATE FUNCTION text_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT pair), '{}')
    FROM (SELECT c || lead(c) OVER (ORDER BY i) AS pair
          FROM unnest(string_to_array(lower(t), NULL)) WITH ORDINALITY AS chars (c, i)) AS pairs
    WHERE pair IS NOT NULL
$$;

CREATE INDEX sections_search_idx ON sections
    USING gin (text_bigrams(coalesce(heading, '') || E'\n' || body));

CREATE TABLE metrics (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id       bigint  NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    section_id      bigint  NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    position        integer NOT NULL CHECK (position >= 0),  -- order in the document
    name            text    NOT NULL,
    value           numeric NOT NULL,
    unit            text    NOT NULL,
    base_value      numeric NOT NULL,
    base_unit       text    NOT NULL,
    qualifier       text    CHECK (qualifier IN ('approx', 'lower_bound', 'upper_bound')),
    qualifier_text  text,
    yoy_pct         numeric,
    yoy_points      numeric,
    is_target       boolean NOT NULL DEFAULT false,
    is_ranking      boolean NOT NULL DEFAULT false,
    period_year     integer CHECK (period_year BETWEEN 1949 AND 2200),
    quote           text    NOT NULL,
    span_start      integer NOT NULL CHECK (span_start >= 0),
    span_end        integer NOT NULL CHECK (span_end > span_start),
    CONSTRAINT metrics_report_position_key UNIQUE (report_id, position)
);
CREATE INDEX metrics_section_idx ON metrics (section_id);
CREATE INDEX metrics_name_idx ON metrics USING gin (text_bigrams(name));
CREATE INDEX metrics_unit_idx ON metrics (unit);

CREATE TABLE import_runs (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_file     text        NOT NULL,
    content_hash    text,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz NOT NULL DEFAULT now(),
    status          text        NOT NULL
                    CHECK (status IN ('imported', 'replaced', 'unchanged', 'failed')),
    report_id       bigint      REFERENCES reports (id) ON DELETE SET NULL,
    sections_count  integer,
    metrics_count   integer,
    error           text,
    CONSTRAINT import_runs_error_check CHECK ((status = 'failed') = (error IS NOT NULL))
);
CREATE INDEX import_runs_started_idx ON import_runs (started_at DESC);
