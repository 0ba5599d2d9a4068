#pragma once

#include <QWidget>

class QComboBox;

namespace dyad {

class EventSession;
class MatrixLegend;
class PairMatrixView;

/// The pair matrix ready to place in a window: a "Colour by" choice (events or net Goldstein)
/// above the matrix and its colour legend below.
class PairMatrixPanel : public QWidget {
    Q_OBJECT

public:
    explicit PairMatrixPanel(EventSession& session, QWidget* parent = nullptr);

    PairMatrixView* view() const { return m_view; }
    MatrixLegend* legend() const { return m_legend; }
    QComboBox* colorModeBox() const { return m_colorBy; }

private:
    void updateLegend();

    PairMatrixView* m_view;
    MatrixLegend* m_legend;
    QComboBox* m_colorBy;
};

} // namespace dyad
