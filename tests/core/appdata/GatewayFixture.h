#pragma once

// Realistic MCP Gateway catalogue rows for the app-export tests: a federated gateway with
// bearer and query-parameter credentials, local REST tools with an encrypted header envelope,
// a gateway-discovered tool, resources with text and binary content, a prompt, and servers
// linking all of them. Secrets are real AES-256-GCM tokens under `secret`. Rows are written
// through AppDatabase, so the same fixture fills a SQLite file and a PostgreSQL database.

#include "appdata/AppDatabase.h"
#include "appdata/JsonText.h"
#include "appdata/SecretToken.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lifeboat::test {

inline QString gatewaySchema(bool postgres)
{
    QString sql = QString::fromUtf8(readFile(sourceDir() + QStringLiteral("/resources/demo/schema-sqlite.sql")));
    if (!postgres)
        return sql;
    // The fixture is SQLite DDL; PostgreSQL takes it with its own type names and boolean literals.
    sql.remove(QRegularExpression(QStringLiteral("^PRAGMA[^\\n]*\\n"), QRegularExpression::MultilineOption));
    sql.replace(QRegularExpression(QStringLiteral("\\bDATETIME\\b")), QStringLiteral("TIMESTAMPTZ"));
    sql.replace(QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA"));
    sql.replace(QRegularExpression(QStringLiteral("(BOOLEAN\\s+(?:NOT NULL\\s+)?)DEFAULT 0")), QStringLiteral("\\1DEFAULT false"));
    sql.replace(QRegularExpression(QStringLiteral("(BOOLEAN\\s+(?:NOT NULL\\s+)?)DEFAULT 1")), QStringLiteral("\\1DEFAULT true"));
    return sql;
}

inline QString token(const QByteArray &secret, const QJsonObject &plain)
{
    return *SecretToken::encrypt(QJsonDocument(plain).toJson(QJsonDocument::Compact), SecretToken::keyFor(secret));
}

inline QString json(const QJsonValue &v)
{
    return jsontext::write(v);
}

// Runs every statement of the schema; false (with the message) on the first failure.
inline bool createSchema(AppDatabase &db, QString *error)
{
    const QString sql = gatewaySchema(db.engine() == AppDatabase::Engine::Postgres);
    QString cleaned;
    for (const QString &line : sql.split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            cleaned += line.section(QStringLiteral("--"), 0, 0) + QLatin1Char('\n');
    for (const QString &statement : cleaned.split(QLatin1Char(';'))) {
        if (statement.trimmed().isEmpty())
            continue;
        auto status = db.exec(statement);
        if (!status) {
            *error = status.error().message;
            return false;
        }
    }
    return true;
}

struct GatewayRows
{
    QByteArray secret = "staging-auth-encryption-secret";
    QString prefix;           // prepended to names: overlapping data sets differ by it
    QString descriptionSuffix;

    bool fill(AppDatabase &db, QString *error) const
    {
        auto insert = [&](const QString &table, const QJsonObject &row) {
            auto s = db.insert(table, row);
            if (!s)
                *error = s.error().message;
            return bool(s);
        };
        const QString now = QStringLiteral("2026-01-10T09:00:00.123456+00:00");
        const QJsonArray prodTag{QJsonObject{{QStringLiteral("id"), QStringLiteral("production")}, {QStringLiteral("label"), QStringLiteral("Production")}}};
        return insert(QStringLiteral("email_users"), {{"id", "6f1c0b7e-2a44-4d6e-9c1b-0a1e5d3f7a01"}, {"email", "admin@example.com"},
                                                      {"password_hash", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"}})
            && insert(QStringLiteral("email_teams"), {{"id", "a0000000000000000000000000000001"}, {"name", "Platform"}, {"slug", "platform"},
                                                      {"created_by", "admin@example.com"}})
            && insert(QStringLiteral("gateways"),
                      {{"id", "b0000000000000000000000000000001"}, {"name", prefix + "Prod East"}, {"slug", prefix.toLower() + "prod-east"},
                       {"url", "https://prod-east.example.com/sse"}, {"description", "Federated" + descriptionSuffix}, {"transport", "SSE"},
                       {"capabilities", json(QJsonObject{{"tools", QJsonObject{{"listChanged", true}}}})}, {"created_at", now}, {"updated_at", now},
                       {"enabled", true}, {"tags", json(prodTag)}, {"auth_type", "bearer"},
                       {"auth_value", json(token(secret, {{"Authorization", "Bearer gw-token-1"}}))},
                       {"auth_query_params", json(QJsonObject{{"api_key", token(secret, {{"api_key", "q-secret"}})}})},
                       {"oauth_config", json(QJsonObject{{"grant_type", "client_credentials"}, {"client_id", "lifeboat"}, {"token_url", "https://idp.example.com/token"}})},
                       {"passthrough_headers", json(QJsonArray{"X-Tenant"})}, {"team_id", "a0000000000000000000000000000001"},
                       {"owner_email", "admin@example.com"}, {"visibility", "team"}, {"version", 3}})
            && insert(QStringLiteral("gateways"),
                      {{"id", "b0000000000000000000000000000002"}, {"name", prefix + "Dev West"}, {"slug", prefix.toLower() + "dev-west"},
                       {"url", "http://dev-west.internal:9000/mcp"}, {"transport", "STREAMABLEHTTP"}, {"capabilities", "{}"}, {"enabled", false},
                       {"tags", "[]"}, {"created_at", now}, {"updated_at", now}})
            && insert(QStringLiteral("tools"),
                      {{"id", "c0000000000000000000000000000001"}, {"original_name", prefix + "weather_api"}, {"custom_name", prefix + "weather_api"},
                       {"custom_name_slug", prefix.toLower() + "weather-api"}, {"name", prefix.toLower() + "weather-api"}, {"display_name", "Weather API"},
                       {"url", "https://api.example.com/v1/current"}, {"integration_type", "REST"}, {"request_type", "GET"},
                       {"description", "Current weather" + descriptionSuffix}, {"original_description", "Current weather"},
                       {"headers", json(QJsonObject{{"Accept", "application/json"},
                                                    {"X-Api-Key", QJsonObject{{"_mcpgateway_encrypted_header_value_v1", token(secret, {{"data", "hdr-secret"}})}}}})},
                       {"input_schema", R"({"type":"object","properties":{"city":{"type":"string"}},"required":["city"]})"},
                       {"annotations", "{}"}, {"tags", json(prodTag)}, {"auth_type", "bearer"},
                       {"auth_value", token(secret, {{"Authorization", "Bearer tool-token"}})}, {"created_at", now}, {"updated_at", now},
                       {"created_by", "admin@example.com"}, {"created_via", "ui"}, {"enabled", true}})
            && insert(QStringLiteral("tools"),
                      {{"id", "c0000000000000000000000000000002"}, {"original_name", prefix + "search"}, {"custom_name", prefix + "search"},
                       {"custom_name_slug", prefix.toLower() + "search"}, {"name", prefix.toLower() + "search"}, {"url", "https://search.example.com/q"},
                       {"integration_type", "REST"}, {"request_type", "POST"}, {"tags", R"(["legacy-string-tag"])"}, {"enabled", true},
                       {"base_url", "https://search.example.com"}, {"path_template", "/q"}, {"timeout_ms", 2500}})
            && insert(QStringLiteral("tools"),
                      {{"id", "c0000000000000000000000000000003"}, {"original_name", "get_issue"}, {"custom_name", "get_issue"},
                       {"custom_name_slug", "get-issue"}, {"name", prefix.toLower() + "prod-east-get-issue"}, {"url", "https://prod-east.example.com/sse"},
                       {"integration_type", "MCP"}, {"request_type", "SSE"}, {"gateway_id", "b0000000000000000000000000000001"}, {"tags", "[]"},
                       {"enabled", true}})
            && insert(QStringLiteral("tools"),
                      {{"id", "c0000000000000000000000000000004"}, {"original_name", prefix + "legacy_tool"}, {"custom_name", prefix + "legacy_tool"},
                       {"custom_name_slug", prefix.toLower() + "legacy-tool"}, {"name", prefix.toLower() + "legacy-tool"}, {"url", "http://old.internal/x"},
                       {"integration_type", "REST"}, {"request_type", "GET"}, {"tags", "[]"}, {"enabled", false}})
            && insert(QStringLiteral("resources"),
                      {{"id", "d0000000000000000000000000000001"}, {"uri", "file:///" + prefix + "notes.txt"}, {"name", "notes"}, {"mime_type", "text/plain"},
                       {"text_content", "Runbook notes\nline two"}, {"size", 23}, {"tags", "[]"}, {"enabled", true}, {"updated_at", now}})
            && insert(QStringLiteral("resources"),
                      {{"id", "d0000000000000000000000000000002"}, {"uri", "file:///" + prefix + "logo.png"}, {"name", "logo"}, {"mime_type", "image/png"},
                       {"binary_content", QJsonObject{{"base64", QString::fromLatin1(QByteArray("\x89PNG\r\n\x1a\n\x00\xff", 10).toBase64())}}},
                       {"tags", "[]"}, {"enabled", true}})
            && insert(QStringLiteral("prompts"),
                      {{"id", "e0000000000000000000000000000001"}, {"original_name", prefix + "greet"}, {"custom_name", prefix + "greet"},
                       {"custom_name_slug", prefix.toLower() + "greet"}, {"name", prefix.toLower() + "greet"}, {"display_name", "Greet"},
                       {"template", "Hello {{ name }}"},
                       {"argument_schema", R"({"type":"object","properties":{"name":{"type":"string","description":"who"}},"required":["name"]})"},
                       {"tags", "[]"}, {"enabled", true}})
            && insert(QStringLiteral("servers"),
                      {{"id", "f0000000000000000000000000000001"}, {"name", prefix + "ai-tools"}, {"description", "AI tools" + descriptionSuffix},
                       {"tags", json(prodTag)}, {"enabled", true}, {"oauth_enabled", false}})
            && insert(QStringLiteral("servers"),
                      {{"id", "f0000000000000000000000000000002"}, {"name", prefix + "ops"}, {"tags", "[]"}, {"enabled", true}})
            && insert(QStringLiteral("server_tool_association"), {{"server_id", "f0000000000000000000000000000001"}, {"tool_id", "c0000000000000000000000000000001"}})
            && insert(QStringLiteral("server_tool_association"), {{"server_id", "f0000000000000000000000000000001"}, {"tool_id", "c0000000000000000000000000000003"}})
            && insert(QStringLiteral("server_tool_association"), {{"server_id", "f0000000000000000000000000000002"}, {"tool_id", "c0000000000000000000000000000002"}})
            && insert(QStringLiteral("server_resource_association"), {{"server_id", "f0000000000000000000000000000001"}, {"resource_id", "d0000000000000000000000000000001"}})
            && insert(QStringLiteral("server_prompt_association"), {{"server_id", "f0000000000000000000000000000001"}, {"prompt_id", "e0000000000000000000000000000001"}});
    }
};

inline const QStringList &entityTables()
{
    static const QStringList tables{QStringLiteral("gateways"), QStringLiteral("tools"), QStringLiteral("resources"), QStringLiteral("prompts"),
                                    QStringLiteral("servers"), QStringLiteral("server_tool_association"),
                                    QStringLiteral("server_resource_association"), QStringLiteral("server_prompt_association")};
    return tables;
}

// Every row of `table` as canonical JSON lines, sorted: equal lists mean equal tables.
inline QStringList tableDump(AppDatabase &db, const QString &table)
{
    QStringList out;
    auto rows = db.readTable(table);
    if (!rows)
        return {QStringLiteral("error: ") + rows.error().message};
    for (const QJsonObject &r : *rows)
        out.append(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    out.sort();
    return out;
}

} // namespace lifeboat::test
