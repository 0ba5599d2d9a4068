#pragma once

#include <QComboBox>
#include <QList>
#include <QPair>

namespace dyad {

/// Chooses an actor or "any": an editable combo box over the actors' display names in the UI
/// language followed by their codes ("Cuba (CUB)"); typing part of a name or a code offers the
/// matches. The chosen code is empty for "any".
class ActorComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit ActorComboBox(QWidget* parent = nullptr);

    /// The actors to offer, as (code, display name) pairs; keeps the current choice.
    void setActors(const QList<QPair<QString, QString>>& actors);
    /// Selects an actor by code (empty: any). An unknown code is added so it stays visible.
    void setCode(const QString& code);
    QString code() const;

signals:
    /// The user chose an actor (or "any").
    void codeChosen(const QString& code);

private:
    void commitText();
    int findCode(const QString& code) const;
};

} // namespace dyad
