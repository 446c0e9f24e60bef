-- The year a stated change is measured against, when it is not the year
-- before: 比2010年提高86% is the figure 86 % with against_year 2010. It is a
-- change over several years, not a year-over-year growth, so it is never
-- yoy_pct (the extractor keeps it apart, import/report.h base_year);
-- until now the import dropped the year, and the 86 % read as a plain
-- percentage with nothing to say what it was relative to.
--
-- NULL when the figure states no such change: a level, a share, or a
-- year-over-year change (同比, 比上年: that one is yoy_pct). Rows imported
-- before this migration have NULL too; re-importing a report with
-- --replace fills it in. The year is not derived from the quote here: the
-- extractor is the one place that reads the text.
--
-- The range is wider than period_year's (1949-2200): a base may be older
-- than any report (比1978年, 比1952年), but a four-digit run such as 比1000年 is
-- no year. import/load.c stores a year outside it as NULL rather than
-- failing the whole import on one figure. The column is nullable without a
-- default, so adding it rewrites no rows; the table grants of 0002 (SELECT
-- to report_reader, writes to report_writer) cover the new column.
ALTER TABLE metrics
    ADD COLUMN against_year integer
        CONSTRAINT metrics_against_year_check CHECK (against_year BETWEEN 1900 AND 2200);
