#include "widgets/EntityLegend.h"

#include "models/EntityHighlightModel.h"
#include "widgets/EntityColours.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace dyad {

namespace {

QLabel* swatch(const QColor& fill, const QColor& border, QWidget* parent) {
    const int side = parent->fontMetrics().height() - 2;
    QPixmap pixmap(side, side);
    pixmap.fill(fill);
    QPainter painter(&pixmap);
    painter.setPen(border);
    painter.drawRect(0, 0, side - 1, side - 1);
    auto* label = new QLabel(parent);
    label->setPixmap(pixmap);
    return label;
}

} // namespace

EntityLegend::EntityLegend(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Colour key of the source text"));
    rebuild();
}

void EntityLegend::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void EntityLegend::rebuild() {
    delete layout();
    for (QWidget* child : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        delete child;
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    const QPalette& colours = palette();
    const QColor border = colours.color(QPalette::Mid);
    struct Entry {
        QColor fill;
        QString text;
    };
    QList<Entry> entries;
    for (int k = 0; k < EntityColours::kindCount; ++k) {
        const EntityKind kind = EntityColours::kindAt(k);
        entries.append(
            {EntityColours::background(kind, colours), EntityHighlightModel::kindName(kind)});
    }
    entries.append({EntityColours::sentence(colours), tr("selected event")});
    entries.append({EntityColours::furniture(colours), tr("page furniture")});
    constexpr int columns = 4;
    for (int i = 0; i < entries.size(); ++i) {
        const int row = i / columns;
        const int column = (i % columns) * 2;
        grid->addWidget(swatch(entries[i].fill, border, this), row, column);
        auto* text = new QLabel(entries[i].text, this);
        text->setTextFormat(Qt::PlainText);
        grid->addWidget(text, row, column + 1);
    }
    grid->setColumnStretch(columns * 2, 1);
}

} // namespace dyad
