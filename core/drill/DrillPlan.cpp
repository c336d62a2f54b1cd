#include "DrillPlan.h"

#include "common/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <toml++/toml.h>

namespace lifeboat {

namespace {

constexpr const char *kKinds[] = {"restore", "pitr", "sql", "row-counts", "command", "http", "manual"};

// Reads one plan; the first problem wins and carries its line number.
class PlanReader
{
    Q_DECLARE_TR_FUNCTIONS(DrillPlanLoader)

public:
    explicit PlanReader(QString file) : m_file(std::move(file)) {}
    std::optional<Error> error;

    void report(const toml::node *node, const QString &key, const QString &cause)
    {
        if (error)
            return;
        const int line = node ? int(node->source().begin.line) : 0;
        const QString where = line > 0 ? QStringLiteral("%1:%2").arg(m_file).arg(line) : m_file;
        error = Error{ErrorCode::InvalidConfig, QStringLiteral("%1: %2: %3").arg(where, key, cause), {}};
    }

    QString text(const toml::table &t, const QString &prefix, const char *key)
    {
        const toml::node *n = t.get(key);
        if (!n)
            return {};
        if (!n->is_string()) {
            report(n, prefix + QLatin1String(key), tr("expected a string in quotes"));
            return {};
        }
        return QString::fromStdString(**n->as_string());
    }

    int number(const toml::table &t, const QString &prefix, const char *key, int fallback, int min, int max)
    {
        const toml::node *n = t.get(key);
        if (!n)
            return fallback;
        if (!n->is_integer() || **n->as_integer() < min || **n->as_integer() > max) {
            report(n, prefix + QLatin1String(key), tr("expected a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(**n->as_integer());
    }

    QStringList list(const toml::table &t, const QString &prefix, const char *key)
    {
        const toml::node *n = t.get(key);
        if (!n)
            return {};
        QStringList out;
        const toml::array *a = n->as_array();
        if (!a) {
            report(n, prefix + QLatin1String(key), tr("expected a list of strings, e.g. [\"a\", \"b\"]"));
            return {};
        }
        for (const toml::node &item : *a) {
            if (!item.is_string()) {
                report(&item, prefix + QLatin1String(key), tr("expected a list of strings, e.g. [\"a\", \"b\"]"));
                return {};
            }
            out.append(QString::fromStdString(**item.as_string()));
        }
        return out;
    }

    qint64 duration(const toml::table &t, const QString &prefix, const char *key, qint64 fallback)
    {
        const toml::node *n = t.get(key);
        if (!n)
            return fallback;
        const qint64 v = n->is_string() ? DrillPlanLoader::parseDuration(QString::fromStdString(**n->as_string())) : -1;
        if (v <= 0) {
            report(n, prefix + QLatin1String(key), tr("expected a duration such as \"90m\", \"2h\" or \"1h30m\""));
            return fallback;
        }
        return v;
    }

    void keys(const toml::table &t, const QString &prefix, const QStringList &allowed)
    {
        for (auto &&[k, v] : t) {
            const QString key = QString::fromStdString(std::string(k.str()));
            if (!allowed.contains(key))
                report(&v, prefix + key, tr("unknown key (allowed here: %1; see docs/drills.md)").arg(allowed.join(QStringLiteral(", "))));
        }
    }

private:
    QString m_file;
};

} // namespace

QString DrillStep::kindName(Kind kind) { return QLatin1String(kKinds[int(kind)]); }

qint64 DrillPlanLoader::parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || text.trimmed().isEmpty())
        return -1;
    return m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong();
}

Result<DrillPlan> DrillPlanLoader::loadFile(const QString &path, const QString &timezone)
{
    QFile f(path);
    if (!f.exists())
        return fail(ErrorCode::InvalidConfig, tr("drill plan %1 does not exist (check the path; resources/drills/quarterly.toml is a sample)").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidConfig, tr("cannot read drill plan %1: %2 (check its permissions)").arg(path, f.errorString()));
    return loadString(QString::fromUtf8(f.readAll()), QFileInfo(path).absoluteFilePath(), timezone);
}

Result<DrillPlan> DrillPlanLoader::loadString(const QString &text, const QString &pathForMessages, const QString &timezone)
{
    const QByteArray utf8 = text.toUtf8();
    toml::table doc;
    try {
        doc = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())), pathForMessages.toStdString());
    } catch (const toml::parse_error &e) {
        return fail(ErrorCode::InvalidConfig, tr("%1:%2: %3 (fix the TOML syntax)")
                                                  .arg(pathForMessages)
                                                  .arg(e.source().begin.line)
                                                  .arg(QString::fromStdString(std::string(e.description()))));
    }
    PlanReader r(pathForMessages);
    DrillPlan plan;
    plan.path = pathForMessages;
    r.keys(doc, {}, {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("rto"), QStringLiteral("rpo"), QStringLiteral("incident_time"),
                     QStringLiteral("steps")});
    plan.name = r.text(doc, {}, "name");
    if (plan.name.isEmpty() && !r.error)
        r.report(nullptr, QStringLiteral("name"), tr("missing (give the drill a name for its report)"));
    plan.description = r.text(doc, {}, "description");
    plan.rtoObjectiveSeconds = r.duration(doc, {}, "rto", plan.rtoObjectiveSeconds);
    plan.rpoObjectiveSeconds = r.duration(doc, {}, "rpo", plan.rpoObjectiveSeconds);
    if (const QString incident = r.text(doc, {}, "incident_time"); !incident.isEmpty()) {
        plan.incidentTime = parseInputTime(incident, timezone);
        if (!plan.incidentTime.isValid())
            r.report(doc.get("incident_time"), QStringLiteral("incident_time"), tr("not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)"));
    }
    const toml::array *steps = doc.get("steps") ? doc.get("steps")->as_array() : nullptr;
    if (!steps || steps->empty()) {
        r.report(doc.get("steps"), QStringLiteral("steps"), tr("a plan needs at least one [[steps]] table"));
        return fail(*r.error);
    }
    int index = 0;
    QStringList restoreNames;
    for (const toml::node &node : *steps) {
        ++index;
        const QString prefix = QStringLiteral("steps[%1].").arg(index);
        const toml::table *t = node.as_table();
        if (!t) {
            r.report(&node, prefix, tr("expected a [[steps]] table"));
            break;
        }
        DrillStep s;
        const QString kind = r.text(*t, prefix, "kind");
        int k = 0;
        while (k < 7 && kind != QLatin1String(kKinds[k]))
            ++k;
        if (k == 7) {
            r.report(t->get("kind") ? t->get("kind") : &node, prefix + QStringLiteral("kind"),
                     tr("must be one of restore, pitr, sql, row-counts, command, http, manual"));
            break;
        }
        s.kind = DrillStep::Kind(k);
        s.name = r.text(*t, prefix, "name");
        if (s.name.isEmpty())
            s.name = QStringLiteral("%1 %2").arg(kind).arg(index);
        QStringList allowed{QStringLiteral("kind"), QStringLiteral("name")};
        auto need = [&](const char *key, const QString &value) {
            if (value.isEmpty())
                r.report(&node, prefix + QLatin1String(key), tr("missing (a %1 step needs it)").arg(kind));
        };
        switch (s.kind) {
        case DrillStep::Kind::Restore:
            allowed << QStringLiteral("job") << QStringLiteral("backup") << QStringLiteral("scratch");
            s.job = r.text(*t, prefix, "job");
            s.backup = r.text(*t, prefix, "backup");
            s.scratch = r.text(*t, prefix, "scratch");
            need("job", s.job);
            restoreNames.append(s.name);
            break;
        case DrillStep::Kind::Pitr:
            allowed << QStringLiteral("job") << QStringLiteral("target");
            s.job = r.text(*t, prefix, "job");
            s.pitrTarget = r.text(*t, prefix, "target");
            if (s.pitrTarget.isEmpty())
                s.pitrTarget = QStringLiteral("latest");
            else if (s.pitrTarget != QLatin1String("latest") && !parseInputTime(s.pitrTarget, timezone).isValid())
                r.report(t->get("target"), prefix + QStringLiteral("target"), tr("expected \"latest\" or an ISO 8601 time"));
            need("job", s.job);
            restoreNames.append(s.name);
            break;
        case DrillStep::Kind::Sql:
        case DrillStep::Kind::RowCounts:
            allowed << QStringLiteral("restored");
            if (s.kind == DrillStep::Kind::Sql)
                allowed << QStringLiteral("query") << QStringLiteral("expect");
            s.restored = r.text(*t, prefix, "restored");
            s.query = r.text(*t, prefix, "query");
            s.expect = r.text(*t, prefix, "expect");
            if (s.kind == DrillStep::Kind::Sql) {
                need("query", s.query);
                if (!t->get("expect"))
                    r.report(&node, prefix + QStringLiteral("expect"), tr("missing (the text the query's first value must be)"));
            }
            if (s.kind == DrillStep::Kind::RowCounts && t->get("restored") == nullptr && restoreNames.isEmpty())
                r.report(&node, prefix + QStringLiteral("restored"), tr("no restore step comes before this one"));
            if (s.restored.isEmpty()) {
                if (restoreNames.isEmpty())
                    r.report(&node, prefix + QStringLiteral("restored"), tr("no restore step comes before this one"));
                else
                    s.restored = restoreNames.last();
            } else if (!restoreNames.contains(s.restored)) {
                r.report(t->get("restored"), prefix + QStringLiteral("restored"),
                         tr("no restore or pitr step named \"%1\" comes before this one").arg(s.restored));
            }
            break;
        case DrillStep::Kind::Command:
            allowed << QStringLiteral("command") << QStringLiteral("expect_exit") << QStringLiteral("timeout") << QStringLiteral("restored");
            s.command = r.list(*t, prefix, "command");
            s.expectExit = r.number(*t, prefix, "expect_exit", 0, 0, 255);
            s.timeoutSeconds = int(r.duration(*t, prefix, "timeout", 300));
            s.restored = r.text(*t, prefix, "restored");
            if (s.restored.isEmpty() && !restoreNames.isEmpty())
                s.restored = restoreNames.last();
            if (s.command.isEmpty())
                r.report(&node, prefix + QStringLiteral("command"), tr("missing (the program and its arguments as a list)"));
            break;
        case DrillStep::Kind::Http:
            allowed << QStringLiteral("url") << QStringLiteral("expect_status") << QStringLiteral("timeout");
            s.url = r.text(*t, prefix, "url");
            s.expectStatus = r.number(*t, prefix, "expect_status", 200, 100, 599);
            s.timeoutSeconds = int(r.duration(*t, prefix, "timeout", 30));
            need("url", s.url);
            break;
        case DrillStep::Kind::Manual:
            allowed << QStringLiteral("instructions") << QStringLiteral("checklist");
            s.instructions = r.text(*t, prefix, "instructions");
            s.checklist = r.list(*t, prefix, "checklist");
            need("instructions", s.instructions);
            break;
        }
        r.keys(*t, prefix, allowed);
        if (r.error)
            break;
        plan.steps.append(s);
    }
    if (r.error)
        return fail(*r.error);
    return plan;
}

} // namespace lifeboat
