#include "widgets/ActorComboBox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace dyad {

ActorComboBox::ActorComboBox(QWidget* parent)
    : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("any"));
    lineEdit()->setClearButtonEnabled(true);
    setActors({});
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit codeChosen(itemData(index).toString()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &ActorComboBox::commitText);
}

void ActorComboBox::setActors(const QList<QPair<QString, QString>>& actors) {
    const QString current = code();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("any"), QString());
    for (const auto& [actorCode, name] : actors) {
        const QString label =
            name.isEmpty() || name == actorCode ? actorCode : tr("%1 (%2)").arg(name, actorCode);
        addItem(label, actorCode);
    }
    setCode(current);
}

void ActorComboBox::setCode(const QString& code) {
    const QSignalBlocker blocker(this);
    int index = findCode(code);
    if (index < 0) {
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

QString ActorComboBox::code() const {
    return currentIndex() >= 0 ? currentData().toString() : QString();
}

int ActorComboBox::findCode(const QString& code) const {
    for (int i = 0; i < count(); ++i)
        if (itemData(i).toString() == code)
            return i;
    return -1;
}

void ActorComboBox::commitText() {
    const QString text = lineEdit()->text().trimmed();
    int chosen = -1;
    if (text.isEmpty()) {
        chosen = 0;
    } else {
        chosen = findText(text, Qt::MatchFixedString);
        if (chosen < 0)
            chosen = findCode(text.toUpper());
        if (chosen < 0) { // a unique partial match of a name or code
            for (int i = 1; i < count(); ++i) {
                if (!itemText(i).contains(text, Qt::CaseInsensitive))
                    continue;
                if (chosen >= 0) {
                    chosen = -2;
                    break;
                }
                chosen = i;
            }
        }
    }
    const QString before = code();
    if (chosen >= 0) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(chosen);
    } else {
        setCode(before); // nothing fits: back to the current choice
        return;
    }
    if (code() != before)
        emit codeChosen(code());
}

} // namespace dyad
