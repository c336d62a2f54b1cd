-- Demo rows for the MCP Gateway-shaped schema (schema-sqlite.sql): deterministic ids
-- (uuid4-like hex from row numbers), a few hundred catalogue rows and a metrics tail.
INSERT INTO alembic_version VALUES ('d8d7939e73e9');

INSERT INTO email_users (id, email, password_hash, full_name, is_admin) VALUES
 ('6f1c0b7e-2a44-4d6e-9c1b-0a1e5d3f7a01', 'admin@example.com', '$argon2id$v=19$m=65536,t=3,p=4$ZGVtbw$ZGVtby1oYXNo', 'Platform Admin', 1),
 ('6f1c0b7e-2a44-4d6e-9c1b-0a1e5d3f7a02', 'ops@example.com', '$argon2id$v=19$m=65536,t=3,p=4$ZGVtbw$ZGVtby1oYXNo', 'Ops Team', 0),
 ('6f1c0b7e-2a44-4d6e-9c1b-0a1e5d3f7a03', 'data@example.com', '$argon2id$v=19$m=65536,t=3,p=4$ZGVtbw$ZGVtby1oYXNo', 'Data Team', 0);

INSERT INTO email_teams (id, name, slug, description, created_by, visibility) VALUES
 ('a0000000000000000000000000000001', 'Platform', 'platform', 'Gateway operators', 'admin@example.com', 'team'),
 ('a0000000000000000000000000000002', 'Data', 'data', 'Analytics tools', 'data@example.com', 'team');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6),
 g(i, name, url) AS (SELECT i,
   CASE i WHEN 1 THEN 'GitHub MCP' WHEN 2 THEN 'Jira Cloud' WHEN 3 THEN 'Postgres Tools'
          WHEN 4 THEN 'Slack Bridge' WHEN 5 THEN 'Filesystem' ELSE 'Weather Service' END,
   CASE i WHEN 1 THEN 'https://mcp.github.example.com/sse' WHEN 2 THEN 'https://jira.example.com/mcp'
          WHEN 3 THEN 'http://pg-tools.internal:9000/mcp' WHEN 4 THEN 'https://slack-mcp.example.com/sse'
          WHEN 5 THEN 'http://fs-mcp.internal:8080/sse' ELSE 'https://weather.example.com/mcp' END FROM n)
INSERT INTO gateways (id, name, slug, url, description, transport, capabilities, created_at, updated_at,
                      tags, created_by, created_via, auth_type, team_id, owner_email, visibility, version)
SELECT printf('b%031x', i), name, lower(replace(name, ' ', '-')), url, 'Federated MCP server: ' || name,
       CASE WHEN i % 2 = 0 THEN 'STREAMABLEHTTP' ELSE 'SSE' END,
       '{"tools":{"listChanged":true},"prompts":{},"resources":{"subscribe":false}}',
       datetime('2025-01-02 09:00:00', '+' || (i * 3) || ' days'), datetime('2025-01-20 12:00:00', '+' || i || ' hours'),
       json_array(json_object('id', 'federated', 'label', 'federated')), 'admin@example.com', 'ui',
       CASE WHEN i IN (1, 2, 4) THEN 'bearer' ELSE NULL END, 'a0000000000000000000000000000001', 'admin@example.com',
       CASE WHEN i = 6 THEN 'public' ELSE 'team' END, 1 + i % 3
FROM g;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 239),
 verbs(k, v) AS (VALUES (0,'list'),(1,'get'),(2,'create'),(3,'update'),(4,'delete'),(5,'search'),(6,'export'),(7,'sync')),
 nouns(k, w) AS (VALUES (0,'issues'),(1,'pull_requests'),(2,'tickets'),(3,'tables'),(4,'messages'),(5,'files'),
                        (6,'forecasts'),(7,'users'),(8,'projects'),(9,'commits'))
INSERT INTO tools (id, original_name, url, description, integration_type, request_type, input_schema, annotations,
                   created_at, updated_at, enabled, tags, created_by, created_via, custom_name, custom_name_slug,
                   display_name, gateway_id, team_id, owner_email, visibility, name, version)
SELECT printf('c%031x', i), v || '_' || w || '_' || (i / 80), NULL,
       'Calls ' || v || ' on ' || replace(w, '_', ' ') || ' (variant ' || (i / 80) || ')', 'MCP', 'SSE',
       json_object('type', 'object', 'properties', json_object('query', json_object('type', 'string'),
                   'limit', json_object('type', 'integer', 'default', 50)), 'required', json_array('query')),
       json_object('readOnlyHint', CASE WHEN v IN ('list','get','search','export') THEN json('true') ELSE json('false') END),
       datetime('2025-01-05 08:00:00', '+' || i || ' minutes'), datetime('2025-01-25 08:00:00', '+' || i || ' minutes'),
       CASE WHEN i % 17 = 0 THEN 0 ELSE 1 END,
       json_array(json_object('id', v, 'label', v), json_object('id', 'demo', 'label', 'Demo')),
       'admin@example.com', 'federation', v || '_' || w || '_' || (i / 80), v || '-' || replace(w, '_', '-') || '-' || (i / 80),
       upper(substr(v, 1, 1)) || substr(v, 2) || ' ' || replace(w, '_', ' '),
       printf('b%031x', 1 + i % 6), 'a0000000000000000000000000000001', 'admin@example.com', 'team',
       lower(replace((SELECT name FROM gateways WHERE id = printf('b%031x', 1 + i % 6)), ' ', '-')) || '-' ||
         v || '-' || replace(w, '_', '-') || '-' || (i / 80), 1
FROM n JOIN verbs ON verbs.k = n.i % 8 JOIN nouns ON nouns.k = (n.i / 8) % 10;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO resources (id, uri, name, description, mime_type, size, created_at, enabled, tags, text_content,
                       gateway_id, team_id, owner_email, visibility)
SELECT printf('d%031x', i), 'file:///srv/docs/runbook-' || i || '.md', 'Runbook ' || i, 'Operations runbook page ' || i,
       'text/markdown', 200 + i * 37, datetime('2025-01-06 10:00:00', '+' || i || ' hours'), 1, '[]',
       '# Runbook ' || i || char(10) || 'Restart the service, check the logs, page the on-call engineer.',
       CASE WHEN i % 4 = 0 THEN printf('b%031x', 5) ELSE NULL END, 'a0000000000000000000000000000001',
       'ops@example.com', 'team'
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO prompts (id, original_name, custom_name, custom_name_slug, display_name, name, description, template,
                     argument_schema, created_at, enabled, tags, team_id, owner_email, visibility)
SELECT printf('e%031x', i), 'summarize_' || i, 'summarize_' || i, 'summarize-' || i, 'Summarize #' || i,
       'summarize-' || i, 'Summarize a document in ' || (i % 5 + 1) || ' bullet points',
       'Summarize the following text in {{ bullets }} bullet points:' || char(10) || '{{ text }}',
       '{"type":"object","properties":{"text":{"type":"string"},"bullets":{"type":"integer"}},"required":["text"]}',
       datetime('2025-01-07 11:00:00', '+' || i || ' hours'), 1, '[]', 'a0000000000000000000000000000002',
       'data@example.com', 'team'
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
INSERT INTO servers (id, name, description, icon, created_at, enabled, tags, team_id, owner_email, visibility)
SELECT printf('f%031x', i), 'virtual-server-' || i, 'Composed server #' || i || ' for the demo workspace',
       'https://icons.example.com/server-' || i || '.svg', datetime('2025-01-08 09:30:00', '+' || i || ' hours'), 1,
       json_array(json_object('id', 'composed', 'label', 'composed')), 'a0000000000000000000000000000001',
       'admin@example.com', 'team'
FROM n;

INSERT INTO server_tool_association (server_id, tool_id)
SELECT s.id, t.id FROM servers s JOIN tools t
 WHERE (abs(unicode(substr(t.id, -1)) + unicode(substr(t.id, -2, 1)) * 3 + unicode(substr(s.id, -1)) * 7) % 6) = 0;

INSERT INTO server_resource_association (server_id, resource_id)
SELECT s.id, r.id FROM servers s JOIN resources r
 WHERE (unicode(substr(r.id, -1)) + unicode(substr(s.id, -1))) % 5 = 0;

INSERT INTO server_prompt_association (server_id, prompt_id)
SELECT s.id, p.id FROM servers s JOIN prompts p
 WHERE (unicode(substr(p.id, -1)) + unicode(substr(s.id, -1)) * 2) % 4 = 0;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO tool_metrics (id, tool_id, timestamp, response_time, is_success, error_message)
SELECT i, printf('c%031x', (i * 7919) % 240), datetime('2025-01-27 00:00:00', '+' || (i * 41) || ' seconds'),
       round(0.05 + ((i * 2654435761) % 1000) / 400.0, 3), CASE WHEN i % 23 = 0 THEN 0 ELSE 1 END,
       CASE WHEN i % 23 = 0 THEN 'upstream timeout after 30s' ELSE NULL END
FROM n;
