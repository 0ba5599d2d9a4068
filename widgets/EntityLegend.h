#pragma once

#include <QWidget>

namespace dyad {

/// The key to the source panel's colours: one swatch per entity kind, the selected event's
/// sentence and page furniture.
class EntityLegend : public QWidget {
    Q_OBJECT

public:
    explicit EntityLegend(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
};

} // namespace dyad
