// Lifeboat's JSON Schema subset validator, and the shipped export schema, checked against the
// reference validator (Debian python3-jsonschema, Draft 2020-12) on the same documents.
#include "TestSupport.h"

#include "appdata/AppProfile.h"
#include "appdata/JsonSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestJsonSchema : public QObject
{
    Q_OBJECT

    QJsonObject schema() const { return *AppProfile::load(QStringLiteral("mcpgateway"))->schema(); }

    static QJsonObject example()
    {
        return QJsonDocument::fromJson(readFile(sourceDir() + QStringLiteral("/tests/core/appdata/data/format-md-example.json"))).object();
    }

    // python3-jsonschema's verdict on `doc` against the shipped schema: true when valid.
    bool reference(const QJsonObject &doc)
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("doc.json")), QJsonDocument(doc).toJson());
        const QString script = QStringLiteral(
            "import json, sys, jsonschema\n"
            "s = json.load(open(sys.argv[1])); jsonschema.Draft202012Validator.check_schema(s)\n"
            "errors = list(jsonschema.Draft202012Validator(s).iter_errors(json.load(open(sys.argv[2]))))\n"
            "sys.exit(1 if errors else 0)\n");
        const ProcessResult r = run(QStringLiteral("python3"), {QStringLiteral("-c"), script,
                                                                sourceDir() + QStringLiteral("/resources/schemas/mcpgateway-export.schema.json"),
                                                                dir.filePath(QStringLiteral("doc.json"))});
        if (r.exitCode > 1)
            qFatal("python3-jsonschema failed: %s", r.err.constData());
        return r.exitCode == 0;
    }

private slots:
    void agreesWithTheReferenceValidator_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<QString>("problem"); // empty: valid
        QJsonObject doc = example();
        QTest::newRow("FORMAT.md example") << doc << QString();
        QTest::newRow("minimal") << QJsonObject{{"version", "x"}, {"exported_at", "x"}, {"entities", QJsonObject()}} << QString();
        QJsonObject noEntities = doc;
        noEntities.remove("entities");
        QTest::newRow("no entities") << noEntities << "required property \"entities\" is missing";
        QJsonObject unknown = doc;
        QJsonObject e = unknown["entities"].toObject();
        e["users"] = QJsonArray();
        unknown["entities"] = e;
        QTest::newRow("unknown entity type") << unknown << "property \"users\" is not allowed";
        QJsonObject badTool = doc;
        e = badTool["entities"].toObject();
        QJsonArray tools = e["tools"].toArray();
        QJsonObject tool = tools.at(0).toObject();
        tool.remove("integration_type");
        tools[0] = tool;
        e["tools"] = tools;
        badTool["entities"] = e;
        QTest::newRow("tool without integration_type") << badTool << "entities.tools[0]: required property \"integration_type\" is missing";
        QJsonObject badTags = doc;
        e = badTags["entities"].toObject();
        QJsonArray servers = e["servers"].toArray();
        QJsonObject server = servers.at(0).toObject();
        server["tags"] = QJsonArray{42};
        servers[0] = server;
        e["servers"] = servers;
        badTags["entities"] = e;
        QTest::newRow("tag neither string nor object") << badTags << "entities.servers[0].tags[0]: matches none of the allowed forms";
        QJsonObject badCount = doc;
        QJsonObject meta = badCount["metadata"].toObject();
        meta["entity_counts"] = QJsonObject{{"tools", -1}};
        badCount["metadata"] = meta;
        QTest::newRow("negative count") << badCount << "metadata.entity_counts.tools: is below the minimum 0";
        QJsonObject badSection = doc;
        badSection["lifeboat"] = QJsonObject{{"format", "lifeboat-app-export/9"}, {"profile", "mcpgateway"}, {"rows", QJsonObject()}};
        QTest::newRow("lifeboat section of another format") << badSection << "lifeboat.format: must be \"lifeboat-app-export/1\"";
    }

    void agreesWithTheReferenceValidator()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(QString, problem);
        const QStringList problems = JsonSchema::validate(schema(), doc);
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
        else
            QVERIFY2(!problems.isEmpty() && problems.first().contains(problem), qPrintable(problems.join("; ")));
        QCOMPARE(reference(doc), problem.isEmpty());
    }

    void refusesKeywordsItDoesNotKnow()
    {
        const QStringList problems = JsonSchema::validate(QJsonObject{{"type", "object"}, {"patternProperties", QJsonObject()}}, QJsonObject());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains("patternProperties"));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "TestJsonSchema.moc"
