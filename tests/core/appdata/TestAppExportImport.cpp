// Export and import of MCP Gateway configuration on real SQLite files built from the gateway's
// schema (resources/demo/schema-sqlite.sql, the shared/fixtures file the demo ships too).
#include "GatewayFixture.h"

#include "appdata/AppExport.h"
#include "appdata/AppExportReader.h"
#include "appdata/ImportApplier.h"
#include "appdata/ImportPlanner.h"
#include "appdata/SecretRekey.h"
#include "config/Config.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;
using A = ImportPlanEntry::Action;

// doc["a"]["b"] without the overload trouble of chained QJsonValue subscripts.
static QJsonValue J(const QJsonValue &v, const char *path)
{
    QJsonValue at = v;
    for (const QString &k : QString::fromLatin1(path).split('.'))
        at = at.toObject().value(k);
    return at;
}

class TestAppExportImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AppProfile m_profile;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<AppDatabase> makeDb(const QString &name, const GatewayRows *rows, bool scopes = true)
    {
        QFile::remove(path(name));
        auto db = AppDatabase::openSqlite(path(name), false);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        QString error;
        if (!createSchema(**db, &error))
            qFatal("schema: %s", qPrintable(error));
        if (rows && !rows->fill(**db, &error))
            qFatal("rows: %s", qPrintable(error));
        if (!rows && scopes) {
            (void)(*db)->insert("email_users", {{"id", "u1"}, {"email", "admin@example.com"}, {"password_hash", "x"}});
            (void)(*db)->insert("email_teams", {{"id", "a0000000000000000000000000000001"}, {"name", "Platform"}, {"slug", "platform"}, {"created_by", "admin@example.com"}});
        }
        return std::move(*db);
    }

    JobConfig job(const QString &dbName) const
    {
        JobConfig j;
        j.name = QStringLiteral("gw");
        j.kind = QStringLiteral("app-export");
        j.path = path(dbName);
        j.profile = QStringLiteral("mcpgateway");
        return j;
    }

    QByteArray exportOf(const QString &dbName, AppExportRequest request = {})
    {
        if (request.selection.types.isEmpty() && request.selection.tags.isEmpty())
            request.selection.includeInactive = true;
        auto result = AppExport::run(job(dbName), request, nullptr);
        if (!result)
            qFatal("export: %s", qPrintable(result.error().message));
        return result->bytes;
    }

    Result<ImportPlan> import(AppDatabase &db, const QByteArray &bytes, const QString &strategy, bool apply = true)
    {
        auto file = AppExportReader::read(bytes, m_profile, QStringLiteral("test.json"));
        if (!file)
            return fail(file.error());
        ImportOptions options;
        options.strategy = strategy;
        auto plan = ImportPlanner::plan(m_profile, *file, db, options);
        if (!plan || !apply)
            return plan;
        if (strategy == QLatin1String("fail") && plan->hasConflicts())
            return plan;
        LB_TRY(ImportApplier::apply(m_profile, *plan, db, nullptr));
        return plan;
    }

    QStringList dumpAll(AppDatabase &db)
    {
        QStringList all;
        for (const QString &t : entityTables())
            all += QStringLiteral("== ") + t, all += tableDump(db, t);
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto profile = AppProfile::load(QStringLiteral("mcpgateway"));
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
        m_profile = *profile;
    }

    void exportHasTheGatewayShapeAndWhatItLeavesOut()
    {
        GatewayRows rows;
        auto src = makeDb("shape.db", &rows);
        const QJsonObject doc = QJsonDocument::fromJson(exportOf("shape.db")).object();
        for (const char *key : {"version", "exported_at", "exported_by", "source_gateway", "encryption_method", "entities", "metadata"})
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        QCOMPARE(doc["version"].toString(), QStringLiteral("2025-11-25"));
        QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$").match(doc["exported_at"].toString()).hasMatch());
        const QJsonObject entities = doc["entities"].toObject();
        // The discovered MCP tool is not in the gateway's own list (it re-discovers it), but it
        // is in Lifeboat's rows, with the server link to it.
        QStringList toolNames;
        for (const QJsonValue &t : entities["tools"].toArray())
            toolNames.append(t["name"].toString());
        toolNames.sort();
        QCOMPARE(toolNames, QStringList({"legacy_tool", "search", "weather_api"}));
        QCOMPARE(J(doc, "lifeboat.rows.tools").toArray().size(), 4);
        QCOMPARE(J(doc, "metadata.entity_counts.tools").toInt(), 3);
        QJsonObject weather;
        for (const QJsonValue &t : entities["tools"].toArray())
            if (t["name"] == QJsonValue("weather_api"))
                weather = t.toObject();
        QCOMPARE(weather["displayName"].toString(), QStringLiteral("Weather API"));
        QCOMPARE(weather["is_active"].toBool(), true);
        QVERIFY(weather["input_schema"].isObject());
        QVERIFY(J(weather, "headers.X-Api-Key._mcpgateway_encrypted_header_value_v1").isString()); // ciphertext, not "*****"
        QVERIFY(SecretToken::looksLikeToken(weather["auth_value"].toString()));
        QJsonObject gateway;
        for (const QJsonValue &g : entities["gateways"].toArray())
            if (g["name"] == QJsonValue("Prod East"))
                gateway = g.toObject();
        QCOMPARE(gateway["name"].toString(), QStringLiteral("Prod East"));
        QCOMPARE(J(gateway, "health_check.url").toString(), QStringLiteral("https://prod-east.example.com/sse/health"));
        QVERIFY(J(gateway, "auth_query_params.api_key").isString());
        const QJsonObject server = entities["servers"].toArray().at(0).toObject();
        QCOMPARE(server["name"].toString(), QStringLiteral("ai-tools"));
        QCOMPARE(server["tool_ids"].toArray(), QJsonArray({"weather-api", "prod-east-get-issue"}));
        QCOMPARE(server["sse_endpoint"].toString(), QStringLiteral("/servers/f0000000000000000000000000000001/sse"));
        QCOMPARE(J(doc, "metadata.dependencies.servers_to_tools.ai-tools").toArray().size(), 2);
        // What the gateway's exporter leaves out travels in Lifeboat's section.
        const QJsonArray resources = J(doc, "lifeboat.rows.resources").toArray();
        QCOMPARE(resources.at(0)["columns"]["text_content"].toString(), QStringLiteral("Runbook notes\nline two"));
        QVERIFY(resources.at(1)["columns"]["binary_content"]["base64"].isString());
        QCOMPARE(J(doc, "lifeboat.links.servers_to_resources").toArray().size(), 1);
        QCOMPARE(J(doc, "lifeboat.links.servers_to_prompts").toArray().size(), 1);
        QVERIFY(J(doc, "lifeboat.rows.gateways").toArray().at(0)["columns"]["oauth_config"].toString().contains("token_url"));
        QVERIFY(J(doc, "lifeboat.not_exported.roots").toString().contains("memory"));
    }

    void roundTripIntoAnEmptyDatabaseIsEqualTableByTable()
    {
        GatewayRows rows;
        auto src = makeDb("src.db", &rows);
        auto dst = makeDb("dst.db", nullptr);
        auto plan = import(*dst, exportOf("src.db"), "update");
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->count(A::Create), 11);
        QCOMPARE(plan->linksAdded(), 5);
        for (const QString &t : entityTables())
            QCOMPARE(tableDump(*dst, t), tableDump(*src, t));
        // Importing the same file again changes nothing.
        auto again = import(*dst, exportOf("src.db"), "update");
        QVERIFY(again);
        QCOMPARE(again->count(A::Unchanged), 11);
        QVERIFY(!again->writesAnything());
    }

    void strategies_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("renamed");
        QTest::addColumn<int>("deleted");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<QString>("serverDescription"); // ai-tools afterwards
        // The target holds the same entities with other descriptions (3 differ) and one more.
        QTest::newRow("skip") << "skip" << 0 << 0 << 11 << 0 << 0 << 0 << "AI tools (prod)";
        QTest::newRow("update") << "update" << 0 << 3 << 0 << 0 << 0 << 0 << "AI tools";
        // The discovered tool belongs to the renamed gateway copy: it is new there, not renamed.
        QTest::newRow("rename") << "rename" << 1 << 0 << 0 << 10 << 0 << 0 << "AI tools (prod)";
        QTest::newRow("fail") << "fail" << 0 << 0 << 0 << 0 << 0 << 11 << "AI tools (prod)";
        QTest::newRow("replace") << "replace" << 0 << 3 << 0 << 0 << 1 << 0 << "AI tools";
    }

    void strategies()
    {
        QFETCH(QString, strategy);
        GatewayRows source;
        auto src = makeDb("s-src.db", &source);
        GatewayRows prod;
        prod.descriptionSuffix = QStringLiteral(" (prod)");
        auto dst = makeDb("s-dst.db", &prod);
        QVERIFY(dst->insert("servers", {{"id", "f0000000000000000000000000000099"}, {"name", "prod-only"}, {"tags", "[]"}, {"enabled", true}}));
        const QStringList before = dumpAll(*dst);
        auto plan = import(*dst, exportOf("s-src.db"), strategy);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QTEST(plan->count(A::Create), "created");
        QTEST(plan->count(A::Update), "updated");
        QTEST(plan->count(A::Skip), "skipped");
        QTEST(plan->count(A::Rename), "renamed");
        QTEST(plan->count(A::Delete), "deleted");
        QTEST(plan->count(A::Conflict), "conflicts");
        auto servers = dst->readTable("servers");
        QString description;
        for (const QJsonObject &s : *servers)
            if (s["name"] == QJsonValue("ai-tools"))
                description = s["description"].toString();
        QTEST(description, "serverDescription");
        if (strategy == QLatin1String("fail") || strategy == QLatin1String("skip"))
            QCOMPARE(dumpAll(*dst), before);
        if (strategy == QLatin1String("update")) {
            // Changed fields only: the target's own bookkeeping stays, the change is stamped.
            for (const QJsonObject &s : *servers)
                if (s["name"] == QJsonValue("ai-tools"))
                    QCOMPARE(s["modified_via"].toString(), QStringLiteral("import"));
            QVERIFY(dst->exists("servers", "name", "prod-only").value());
        }
        if (strategy == QLatin1String("rename")) {
            QVERIFY(dst->exists("servers", "name", "ai-tools_imported_1").value());
            QVERIFY(dst->exists("tools", "original_name", "weather_api_imported_1").value());
            QVERIFY(dst->exists("tools", "name", "weather-api-imported-1").value());
            QVERIFY(dst->exists("gateways", "slug", "prod-east-imported-1").value());
            // The renamed server links the renamed tools, including the one its renamed gateway discovered.
            auto links = dst->readTable("server_tool_association");
            QStringList renamedServerTools;
            QString renamedServerId;
            for (const QJsonObject &s : *servers)
                if (s["name"] == QJsonValue("ai-tools_imported_1"))
                    renamedServerId = s["id"].toString();
            auto tools = dst->readTable("tools");
            for (const QJsonObject &l : *links)
                if (l["server_id"].toString() == renamedServerId)
                    for (const QJsonObject &t : *tools)
                        if (t["id"] == l["tool_id"])
                            renamedServerTools.append(t["name"].toString());
            renamedServerTools.sort();
            QCOMPARE(renamedServerTools, QStringList({"prod-east-imported-1-get-issue", "weather-api-imported-1"}));
        }
        if (strategy == QLatin1String("replace")) {
            QVERIFY(!dst->exists("servers", "name", "prod-only").value());
            for (const QString &t : entityTables())
                QCOMPARE(tableDump(*dst, t), tableDump(*src, t));
        }
    }

    void aFailureMidImportLeavesTheTargetUntouched()
    {
        GatewayRows rows;
        auto src = makeDb("f-src.db", &rows);
        auto dst = makeDb("f-dst.db", nullptr);
        // A real failure inside the transaction, after gateways, tools, resources and prompts went in.
        QVERIFY(dst->exec("CREATE TRIGGER no_ops BEFORE INSERT ON servers WHEN NEW.name = 'ops' "
                          "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        const QStringList before = dumpAll(*dst);
        auto plan = import(*dst, exportOf("f-src.db"), "update");
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains("rolled back") && plan.error().message.contains("servers 'ops'")
                     && plan.error().message.contains("injected failure"),
                 qPrintable(plan.error().message));
        QCOMPARE(dumpAll(*dst), before);
    }

    void rekeyRoundTrips()
    {
        GatewayRows rows; // secrets under "staging-auth-encryption-secret"
        auto src = makeDb("k-src.db", &rows);
        QTemporaryDir keys;
        writeFile(keys.filePath("staging"), rows.secret + "\n");
        writeFile(keys.filePath("prod"), "production-secret-7f3a\n");
        QFile::setPermissions(keys.filePath("staging"), QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(keys.filePath("prod"), QFile::ReadOwner | QFile::WriteOwner);
        AppExportRequest request;
        request.rekeyFromSecretFile = keys.filePath("staging");
        request.rekeyToSecretFile = keys.filePath("prod");
        auto result = AppExport::run(job("k-src.db"), [&] { auto r = request; r.selection.includeInactive = true; return r; }(), nullptr);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->secrets, 4); // gateway auth_value, its query param, tool auth_value, the header envelope
        const QJsonObject doc = result->document;
        QJsonObject weather;
        for (const QJsonValue &t : J(doc, "entities.tools").toArray())
            if (t["name"] == QJsonValue("weather_api"))
                weather = t.toObject();
        const QString tok = weather["auth_value"].toString();
        QVERIFY(!SecretToken::decrypt(tok, SecretToken::keyFor(rows.secret)));
        auto plain = SecretToken::decrypt(tok, SecretToken::keyFor("production-secret-7f3a"));
        QVERIFY(plain);
        QCOMPARE(QJsonDocument::fromJson(*plain)["Authorization"].toString(), QStringLiteral("Bearer tool-token"));
        // Import into production, then re-key back: the plaintexts are the originals.
        auto dst = makeDb("k-dst.db", nullptr);
        QVERIFY(import(*dst, result->bytes, "update"));
        AppExportRequest back;
        back.rekeyFromSecretFile = keys.filePath("prod");
        back.rekeyToSecretFile = keys.filePath("staging");
        back.selection.includeInactive = true;
        auto returned = AppExport::run(job("k-dst.db"), back, nullptr);
        QVERIFY2(returned, qPrintable(returned ? QString() : returned.error().message));
        auto file = AppExportReader::read(returned->bytes, m_profile, "back.json");
        QVERIFY(file);
        AppDataSet data = file->data;
        auto checked = SecretRekey(m_profile, rows.secret).apply(data); // every secret decrypts with the staging key again
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(*checked, 4);
        // The wrong source key names the entity and the field.
        AppExportRequest wrong = request;
        wrong.rekeyFromSecretFile = keys.filePath("prod");
        auto refused = AppExport::run(job("k-src.db"), wrong, nullptr);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains("gateways 'Prod East' field auth_value") && refused.error().message.contains("does not decrypt"),
                 qPrintable(refused.error().message));
    }

    void theFormatMdExampleImports()
    {
        auto dst = makeDb("example.db", nullptr);
        const QByteArray bytes = readFile(sourceDir() + "/tests/core/appdata/data/format-md-example.json");
        auto file = AppExportReader::read(bytes, m_profile, "example.json");
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QCOMPARE(file->origin, QStringLiteral("application"));
        QVERIFY(file->warnings.join(" ").contains("roots"));
        auto plan = import(*dst, bytes, "update");
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->count(A::Create), 5);
        QCOMPARE(plan->linksAdded(), 1); // ai-tools -> weather-api, resolved by the tool's name
        auto tools = dst->readTable("tools");
        QCOMPARE(tools->size(), 1);
        const QJsonObject tool = tools->first();
        QCOMPARE(tool["original_name"].toString(), QStringLiteral("weather_api"));
        QCOMPARE(tool["name"].toString(), QStringLiteral("weather-api"));
        QCOMPARE(tool["custom_name"].toString(), QStringLiteral("weather_api"));
        QCOMPARE(tool["display_name"].toString(), QStringLiteral("Weather API"));
        QCOMPARE(tool["created_via"].toString(), QStringLiteral("import"));
        QCOMPARE(tool["tags"].toString(), QStringLiteral(R"([{"id":"production","label":"production"}])"));
        QCOMPARE(QJsonDocument::fromJson(tool["input_schema"].toString().toUtf8())["properties"]["city"]["type"].toString(), QStringLiteral("string"));
        QVERIFY(dst->exists("gateways", "slug", "prod-east").value());
        QVERIFY(dst->exists("prompts", "custom_name_slug", "greet").value());
        QVERIFY(dst->exists("resources", "uri", "file:///notes.txt").value());
        // Tags given as plain strings (older exports) become {id, label}.
        QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        QJsonObject entities = doc["entities"].toObject();
        QJsonArray servers = entities["servers"].toArray();
        QJsonObject server = servers.at(0).toObject();
        server["name"] = "tagged";
        server["tags"] = QJsonArray{"Team A"};
        servers = QJsonArray{server};
        entities["servers"] = servers;
        entities.remove("tools");
        doc["entities"] = entities;
        QVERIFY(import(*dst, QJsonDocument(doc).toJson(), "update"));
        auto servers2 = dst->readTable("servers");
        for (const QJsonObject &s : *servers2)
            if (s["name"] == QJsonValue("tagged"))
                QCOMPARE(s["tags"].toString(), QStringLiteral(R"([{"id":"team-a","label":"Team A"}])"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        const QByteArray example = readFile(sourceDir() + "/tests/core/appdata/data/format-md-example.json");
        auto edit = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject doc = QJsonDocument::fromJson(example).object();
            change(doc);
            return QJsonDocument(doc).toJson();
        };
        auto editEntity = [&](const QString &type, const std::function<void(QJsonObject &)> &change) {
            return edit([&](QJsonObject &doc) {
                QJsonObject entities = doc["entities"].toObject();
                QJsonArray list = entities[type].toArray();
                QJsonObject e = list.at(0).toObject();
                change(e);
                list[0] = e;
                entities[type] = list;
                doc["entities"] = entities;
            });
        };
        QTest::newRow("malformed JSON") << example.left(example.size() / 2) << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "not an export file";
        QTest::newRow("wrong version") << edit([](QJsonObject &d) { d["version"] = "1.0"; }) << "version \"1.0\" is not a mcpgateway export format";
        QTest::newRow("no version") << edit([](QJsonObject &d) { d.remove("version"); }) << "required field \"version\"";
        QTest::newRow("no entities") << edit([](QJsonObject &d) { d.remove("entities"); }) << "required field \"entities\"";
        QTest::newRow("unknown entity type") << edit([](QJsonObject &d) {
            QJsonObject e = d["entities"].toObject();
            e["a2a_agents"] = QJsonArray();
            d["entities"] = e;
        }) << "entities.a2a_agents: unknown entity type";
        QTest::newRow("missing required field") << editEntity("tools", [](QJsonObject &t) { t.remove("url"); })
                                                << "entities.tools[0] (\"weather_api\"): required field \"url\" is missing";
        QTest::newRow("wrong field type") << editEntity("gateways", [](QJsonObject &g) { g["is_active"] = "yes"; })
                                          << "entities.gateways[0].is_active: is string, expected boolean";
        QTest::newRow("dangling server reference") << editEntity("servers", [](QJsonObject &s) { s["tool_ids"] = QJsonArray{"no-such-tool"}; })
                                                   << "servers 'ai-tools' field tool_ids: tools 'no-such-tool' is neither in the file nor in the database";
    }

    void badInput()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        auto dst = makeDb("bad.db", nullptr);
        const QStringList before = dumpAll(*dst);
        auto plan = import(*dst, file, "update");
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(expected), qPrintable(plan.error().message));
        QVERIFY2(plan.error().message.contains("nothing was written"), qPrintable(plan.error().message));
        QCOMPARE(dumpAll(*dst), before);
    }

    void aDanglingReferenceInLifeboatRowsIsNamed()
    {
        GatewayRows rows;
        auto src = makeDb("d-src.db", &rows);
        AppExportRequest request;
        request.selection.types = {"tools"};
        request.selection.dependencies = false; // the discovered tool's gateway is left out
        QJsonObject doc = QJsonDocument::fromJson(exportOf("d-src.db", request)).object();
        auto dst = makeDb("d-dst.db", nullptr);
        auto plan = import(*dst, QJsonDocument(doc).toJson(), "update");
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains("tools 'get_issue' field gateway_id: gateways (slug 'prod-east') is neither in the file nor in the database"),
                 qPrintable(plan.error().message));
    }

    void selectionBringsDependencies()
    {
        GatewayRows rows;
        auto src = makeDb("sel.db", &rows);
        AppExportRequest servers;
        servers.selection.types = {"servers"};
        QJsonObject doc = QJsonDocument::fromJson(exportOf("sel.db", servers)).object();
        const QJsonObject counts = J(doc, "lifeboat.entity_counts").toObject();
        QCOMPARE(counts["servers"].toInt(), 2);
        QCOMPARE(counts["tools"].toInt(), 3);     // weather_api, search, and the discovered get_issue
        QCOMPARE(counts["gateways"].toInt(), 1);  // get_issue's gateway
        QCOMPARE(counts["resources"].toInt(), 1);
        QCOMPARE(counts["prompts"].toInt(), 1);
        AppExportRequest tagged;
        tagged.selection.tags = {"production"};
        tagged.selection.dependencies = false;
        doc = QJsonDocument::fromJson(exportOf("sel.db", tagged)).object();
        QCOMPARE(J(doc, "lifeboat.entity_counts.tools").toInt(), 1);
        QCOMPARE(J(doc, "lifeboat.entity_counts.servers").toInt(), 1);
        AppExportRequest active; // inactive entities stay out unless asked for
        active.selection.types = {"gateways", "tools"};
        active.selection.dependencies = false;
        doc = QJsonDocument::fromJson(exportOf("sel.db", active)).object();
        QCOMPARE(J(doc, "lifeboat.entity_counts.gateways").toInt(), 1);
        QCOMPARE(J(doc, "lifeboat.entity_counts.tools").toInt(), 3);
        QCOMPARE(J(doc, "metadata.export_options.selected_types").toArray(), QJsonArray({"tools", "gateways"}));
    }

    void aSecondProfileNeedsNoCode()
    {
        // A made-up notes application: notebooks, notes that belong to a notebook, and tags
        // linked to notes. Only a profile file and a schema file describe it.
        QTemporaryDir dir;
        writeFile(dir.filePath("notes.schema.json"), R"({"type": "object", "required": ["version", "exported_at", "entities"]})");
        writeFile(dir.filePath("notes.json"), QString::fromUtf8(R"JSON({
          "profile": "notes", "title": "Notes app", "schema": "%1",
          "format": {"version": "1", "types": ["notebooks", "notes", "labels"]},
          "import_order": ["notebooks", "labels", "notes"],
          "bookkeeping": ["touched_at"],
          "entities": {
            "notebooks": {"table": "notebook", "label": "title", "key": ["slug"], "rename": ["title"],
                          "defaults": {"id": "uuid_hex()"}, "derived": {"slug": "slug(title)"},
                          "fields": [{"name": "title", "column": "title", "required": true}]},
            "labels": {"table": "label", "label": "name", "key": ["name"], "rename": ["name"], "defaults": {"id": "uuid_hex()"},
                       "fields": [{"name": "name", "column": "name", "required": true}]},
            "notes": {"table": "note", "label": "heading", "key": ["heading", "notebook_id"], "references": {"notebook_id": "notebooks"},
                      "rename": ["heading"], "defaults": {"id": "uuid_hex()"},
                      "fields": [{"name": "heading", "column": "heading", "required": true}, {"name": "body", "column": "body"},
                                 {"name": "labels", "link": "note_labels"}]}
          },
          "links": {"note_labels": {"table": "note_label", "from": "notes", "from_column": "note_id", "to": "labels", "to_column": "label_id",
                                    "app_value": "name", "app_match": ["name"]}}
        })JSON").arg(dir.filePath("notes.schema.json")).toUtf8());
        auto make = [&](const QString &name, bool rows) {
            auto db = AppDatabase::openSqlite(dir.filePath(name), false);
            for (const char *sql : {"CREATE TABLE notebook (id TEXT PRIMARY KEY, title TEXT NOT NULL, slug TEXT NOT NULL UNIQUE)",
                                    "CREATE TABLE label (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
                                    "CREATE TABLE note (id TEXT PRIMARY KEY, heading TEXT NOT NULL, body TEXT, touched_at DATETIME, "
                                    " notebook_id TEXT REFERENCES notebook (id) ON DELETE CASCADE)",
                                    "CREATE TABLE note_label (note_id TEXT REFERENCES note (id) ON DELETE CASCADE, "
                                    " label_id TEXT REFERENCES label (id) ON DELETE CASCADE, PRIMARY KEY (note_id, label_id))"})
                QVERIFY((*db)->exec(sql));
            if (rows)
                for (const char *sql : {"INSERT INTO notebook VALUES ('n1', 'Work Log', 'work-log')", "INSERT INTO label VALUES ('l1', 'urgent')",
                                        "INSERT INTO note VALUES ('t1', 'Standup', 'daily', '2026-01-01 10:00:00', 'n1')",
                                        "INSERT INTO note VALUES ('t2', 'Loose', NULL, NULL, NULL)", "INSERT INTO note_label VALUES ('t1', 'l1')"})
                    QVERIFY((*db)->exec(sql));
        };
        make("notes-src.db", true);
        make("notes-dst.db", false);
        auto profile = AppProfile::load(dir.filePath("notes.json"));
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
        JobConfig notes;
        notes.name = "notes";
        notes.kind = "app-export";
        notes.path = dir.filePath("notes-src.db");
        notes.profile = dir.filePath("notes.json");
        auto exported = AppExport::run(notes, {}, nullptr);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QCOMPARE(J(exported->document, "entities.notes").toArray().size(), 2);
        QCOMPARE(J(exported->document, "entities.notes").toArray().at(0)["labels"].toArray(), QJsonArray({"urgent"}));
        auto src = AppDatabase::openSqlite(dir.filePath("notes-src.db"));
        auto dst = AppDatabase::openSqlite(dir.filePath("notes-dst.db"));
        auto file = AppExportReader::read(exported->bytes, *profile, "notes.json");
        QVERIFY(file);
        auto plan = ImportPlanner::plan(*profile, *file, **dst, ImportOptions{});
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QVERIFY(ImportApplier::apply(*profile, *plan, **dst, nullptr));
        for (const char *t : {"notebook", "label", "note", "note_label"})
            QCOMPARE(tableDump(**dst, t), tableDump(**src, t));
        // The application's own shape imports too (no lifeboat section): slugs derived, labels linked by name.
        QJsonObject doc = exported->document;
        doc.remove("lifeboat");
        QJsonObject entities = doc["entities"].toObject();
        entities["notebooks"] = QJsonArray{QJsonObject{{"title", "Side Project"}}};
        entities["notes"] = QJsonArray{QJsonObject{{"heading", "Idea"}, {"labels", QJsonArray{"urgent"}}}};
        entities.remove("labels");
        doc["entities"] = entities;
        auto appFile = AppExportReader::read(QJsonDocument(doc).toJson(), *profile, "app.json");
        QVERIFY(appFile);
        auto appPlan = ImportPlanner::plan(*profile, *appFile, **dst, ImportOptions{});
        QVERIFY2(appPlan, qPrintable(appPlan ? QString() : appPlan.error().message));
        QCOMPARE(appPlan->count(A::Create), 2);
        QVERIFY(ImportApplier::apply(*profile, *appPlan, **dst, nullptr));
        QVERIFY((*dst)->exists("notebook", "slug", "side-project").value());
        QCOMPARE(tableDump(**dst, "note_label").size(), 2);
    }

    void aSecondScheme_secretRefusesRekeyClearly()
    {
        GatewayRows rows;
        auto src = makeDb("v2.db", &rows);
        QVERIFY(src->exec("UPDATE servers SET oauth_config = '{\"client_secret\":\"v2:{\\\"kdf\\\":\\\"argon2id\\\"}\"}' WHERE name = 'ops'"));
        QTemporaryDir keys;
        writeFile(keys.filePath("a"), rows.secret);
        writeFile(keys.filePath("b"), "other");
        QFile::setPermissions(keys.filePath("a"), QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(keys.filePath("b"), QFile::ReadOwner | QFile::WriteOwner);
        AppExportRequest request;
        request.rekeyFromSecretFile = keys.filePath("a");
        request.rekeyToSecretFile = keys.filePath("b");
        auto result = AppExport::run(job("v2.db"), request, nullptr);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains("servers 'ops' field oauth_config.client_secret") && result.error().message.contains("v2"),
                 qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAppExportImport)
#include "TestAppExportImport.moc"
