#pragma once

#include "widgets/ViewExporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dyad {

/// Asks where and how to export a view: the file (its suffix chooses the format), the title,
/// the picture's size and scale (PNG, SVG) or the page size and orientation (PDF). The options
/// that do not apply to the chosen format are disabled; OK needs a file of a suitable format.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(ExportView view, const QString& path, QWidget* parent = nullptr);

    ExportRequest request() const;

    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* titleEdit() const { return m_title; }
    QSpinBox* widthBox() const { return m_width; }
    QSpinBox* heightBox() const { return m_height; }
    QDoubleSpinBox* scaleBox() const { return m_scale; }
    QComboBox* pageSizeBox() const { return m_pageSize; }
    QComboBox* orientationBox() const { return m_orientation; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void browse();
    void updateState();

    ExportView m_view;
    QLineEdit* m_path;
    QLineEdit* m_title;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
    QComboBox* m_pageSize;
    QComboBox* m_orientation;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace dyad
