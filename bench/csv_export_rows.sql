-- 100,000 metrics under one organisation (测试大量区) for bench/csv_export_rss.sh:
-- the same deterministic rows as tests/integration/test_api_csv_stream.c
-- (name 导出指标N, N.5 亿元, -1.5% for even N, a formula quote every 1000th).
WITH r AS (
    INSERT INTO reports (organization, year, kind, title, source_file, content_hash, text)
    VALUES ('测试大量区', 2023, '工作总结', '测试大量区2023年工作总结', 'bench', repeat('a', 64), '-')
    RETURNING id),
s AS (
    INSERT INTO sections (report_id, position, level, role, ordinal, body, char_start, body_start, char_end)
    SELECT id, 0, 0, 'preamble', 0, '', 0, 0, 0 FROM r
    RETURNING id, report_id)
INSERT INTO metrics (report_id, section_id, position, name, value, unit, base_value, base_unit,
                     yoy_pct, quote, span_start, span_end)
SELECT s.report_id, s.id, g, '导出指标' || g, (g || '.5')::numeric, '亿元',
       g * 100000000::numeric + 50000000, '元',
       CASE WHEN g % 2 = 0 THEN -1.5 END,
       CASE WHEN g % 1000 = 0 THEN '=' || g || '+1' ELSE '全年实现第' || g || '项指标，同比增长' || (g % 10) || '%' END,
       g, g + 1
FROM s, generate_series(0, 99999) g;
