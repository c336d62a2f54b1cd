#include "ConfigEditor.h"

#include <QRegularExpression>
#include <QStringList>

namespace lifeboat {

namespace {

bool isHeader(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1Char('['));
}

// The header of [TABLE] where TABLE is "catalog" or "SECTION.NAME", also written with spaces or a
// quoted name ([ jobs."NAME" ]).
bool isTableHeader(const QString &line, const QString &table)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*\[\s*([A-Za-z_]+)(?:\s*\.\s*("?)([^"\]\s]+)\2)?\s*\]\s*(#.*)?$)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    const QString name = m.captured(3).isEmpty() ? m.captured(1) : m.captured(1) + QLatin1Char('.') + m.captured(3);
    return name == table;
}

// What follows the '=' of a key line, read once: where a comment starts (a '#' outside quotes)
// and whether brackets, braces or a string stay open, i.e. the value continues on later lines.
struct ValueScan
{
    int commentAt = -1;
    bool continues = false;
};

ValueScan scanValue(const QString &line)
{
    ValueScan scan;
    int depth = 0;
    bool inString = false;
    QChar quote;
    for (int i = line.indexOf(QLatin1Char('=')) + 1; i > 0 && i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inString) {
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
            else if (c == quote)
                inString = false;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            inString = true;
            quote = c;
        } else if (c == QLatin1Char('#')) {
            scan.commentAt = i;
            break;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
            --depth;
        }
    }
    scan.continues = depth > 0 || inString;
    return scan;
}

} // namespace

QString ConfigEditor::quote(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString ConfigEditor::quoteList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(quote(v));
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

Result<QString> ConfigEditor::setJob(const QString &text, const QString &job, const Values &values)
{
    return setTable(text, QStringLiteral("jobs.") + job, values);
}

Result<QString> ConfigEditor::setTable(const QString &text, const QString &table, const Values &values)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    int header = -1;
    for (int i = 0; i < lines.size() && header < 0; ++i)
        if (isTableHeader(lines.at(i), table))
            header = i;
    if (header < 0) {
        // A new table: appended at the end.
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        lines << QString() << QStringLiteral("[%1]").arg(table);
        for (const auto &[key, value] : values)
            if (!value.isEmpty())
                lines << QStringLiteral("%1 = %2").arg(key, value);
        lines << QString();
        return lines.join(QLatin1Char('\n'));
    }
    int end = header + 1;
    while (end < lines.size() && !isHeader(lines.at(end)))
        ++end;
    int lastKey = header;
    for (int i = header + 1; i < end; ++i)
        if (!lines.at(i).trimmed().isEmpty() && !lines.at(i).trimmed().startsWith(QLatin1Char('#')))
            lastKey = i;
    for (const auto &[key, value] : values) {
        const QRegularExpression keyLine(QStringLiteral("^\\s*%1\\s*=").arg(QRegularExpression::escape(key)));
        int found = -1;
        for (int i = header + 1; i < end && found < 0; ++i)
            if (keyLine.match(lines.at(i)).hasMatch())
                found = i;
        const ValueScan scan = found >= 0 ? scanValue(lines.at(found)) : ValueScan{};
        if (scan.continues)
            return fail(ErrorCode::Usage, tr("%1.%2 spans several lines in the file; edit it there, or write it on one line").arg(table, key));
        if (found >= 0 && value.isEmpty()) {
            lines.removeAt(found);
            --end;
            if (lastKey >= found)
                --lastKey;
        } else if (found >= 0) {
            const QString comment = scan.commentAt >= 0 ? lines.at(found).mid(scan.commentAt) : QString();
            const QString indent = lines.at(found).left(lines.at(found).indexOf(QRegularExpression(QStringLiteral("\\S"))));
            lines[found] = QStringLiteral("%1%2 = %3").arg(indent, key, value) + (comment.isEmpty() ? QString() : QStringLiteral("  ") + comment);
        } else if (!value.isEmpty()) {
            lines.insert(lastKey + 1, QStringLiteral("%1 = %2").arg(key, value));
            ++lastKey;
            ++end;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace lifeboat
