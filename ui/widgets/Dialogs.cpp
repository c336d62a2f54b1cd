#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace lifeboat {

std::function<std::optional<QString>(QWidget *, const QString &, const QString &, const QString &)> Dialogs::textInput =
    [](QWidget *parent, const QString &title, const QString &label, const QString &text) -> std::optional<QString> {
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? std::optional<QString>(value) : std::nullopt;
};

std::function<bool(QWidget *, const QString &, const QString &, const QString &)> Dialogs::confirmTyped =
    [](QWidget *parent, const QString &title, const QString &label, const QString &expected) {
        bool ok = false;
        const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
        return ok && typed.trimmed() == expected;
    };

std::function<bool(QWidget *, const QString &, const QString &)> Dialogs::ask = [](QWidget *parent, const QString &title, const QString &text) {
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
};

std::function<std::optional<QString>(QWidget *, const QString &, const QString &, const QString &)> Dialogs::saveFile =
    [](QWidget *parent, const QString &title, const QString &suggested, const QString &filter) -> std::optional<QString> {
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
};

std::function<std::optional<QString>(QWidget *, const QString &, const QString &, const QString &)> Dialogs::openFile =
    [](QWidget *parent, const QString &title, const QString &start, const QString &filter) -> std::optional<QString> {
    const QString path = QFileDialog::getOpenFileName(parent, title, start, filter);
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
};

} // namespace lifeboat
