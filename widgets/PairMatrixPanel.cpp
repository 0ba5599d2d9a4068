#include "widgets/PairMatrixPanel.h"

#include "widgets/MatrixLegend.h"
#include "widgets/PairMatrixView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dyad {

PairMatrixPanel::PairMatrixPanel(EventSession& session, QWidget* parent)
    : QWidget(parent)
    , m_view(new PairMatrixView(session, this))
    , m_legend(new MatrixLegend(this))
    , m_colorBy(new QComboBox(this)) {
    m_colorBy->addItem(tr("Number of events"), int(MatrixColorMode::Count));
    m_colorBy->addItem(tr("Net Goldstein"), int(MatrixColorMode::NetGoldstein));
    auto* label = new QLabel(tr("&Colour by:"), this);
    label->setBuddy(m_colorBy);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 4, 2);
    header->addWidget(label);
    header->addWidget(m_colorBy);
    header->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    connect(m_colorBy, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setColorMode(static_cast<MatrixColorMode>(m_colorBy->itemData(index).toInt()));
    });
    connect(m_view, &PairMatrixView::colorModeChanged, this, [this](MatrixColorMode mode) {
        m_colorBy->setCurrentIndex(m_colorBy->findData(int(mode)));
    });
    connect(m_view, &PairMatrixView::matrixChanged, this, &PairMatrixPanel::updateLegend);
    updateLegend();
}

void PairMatrixPanel::updateLegend() {
    m_legend->setScale(m_view->colorMode(), m_view->colorReach());
}

} // namespace dyad
