#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace lifeboat {

// The seam for questions that need an answer from the user. Screens ask through these;
// tests preset the answers instead of driving a modal dialog.
struct Dialogs
{
    // A line of text (nullopt when cancelled).
    static std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &label, const QString &text)> textInput;
    // True only when the user typed `expected` exactly (a destructive action's confirmation).
    static std::function<bool(QWidget *parent, const QString &title, const QString &label, const QString &expected)> confirmTyped;
    // Yes or no.
    static std::function<bool(QWidget *parent, const QString &title, const QString &text)> ask;
    // A file to write (nullopt when cancelled); `filter` as for QFileDialog.
    static std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)> saveFile;
    // An existing file to read (nullopt when cancelled).
    static std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &start, const QString &filter)> openFile;
};

} // namespace lifeboat
