#include "widgets/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace dyad {

ExportDialog::ExportDialog(ExportView view, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_view(view)
    , m_path(new QLineEdit(path, this))
    , m_title(new QLineEdit(ViewExporter::defaultTitle(view), this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_pageSize(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(view == ExportView::Events ? tr("Export Events") : tr("Export View"));
    const PictureOptions defaults;

    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(100, 16384);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(defaults.size.width());
    m_height->setValue(defaults.size.height());
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_scale->setRange(1.0, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setValue(defaults.scale);
    m_scale->setToolTip(tr("Pixels per point: 2 makes a sharper PNG for high-resolution screens "
                           "and print, at twice the width and height"));

    const QList<std::pair<QPageSize::PageSizeId, QString>> pages{{QPageSize::A4, tr("A4")},
                                                                 {QPageSize::A3, tr("A3")},
                                                                 {QPageSize::A5, tr("A5")},
                                                                 {QPageSize::Letter, tr("Letter")},
                                                                 {QPageSize::Legal, tr("Legal")}};
    for (const auto& [id, name] : pages)
        m_pageSize->addItem(name, int(id));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));

    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    if (view != ExportView::Events) {
        auto* sizeRow = new QHBoxLayout;
        sizeRow->addWidget(m_width);
        sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
        sizeRow->addWidget(m_height);
        sizeRow->addStretch(1);
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("&Size:"), sizeRow);
        form->addRow(tr("S&cale (PNG):"), m_scale);
        form->addRow(tr("&Page (PDF):"), m_pageSize);
        form->addRow(tr("&Orientation (PDF):"), m_orientation);
    } else {
        for (QWidget* unused :
             {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_width),
              static_cast<QWidget*>(m_height), static_cast<QWidget*>(m_scale),
              static_cast<QWidget*>(m_pageSize), static_cast<QWidget*>(m_orientation)})
            unused->hide();
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    updateState();
}

void ExportDialog::browse() {
    const QString filter = m_view == ExportView::Events ? ExportFormats::eventFilter()
                                                        : ExportFormats::pictureFilter();
    const QString chosen =
        QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateState() {
    const std::optional<ExportFormat> format = ExportFormats::fromPath(m_path->text());
    const bool picture = format && ExportFormats::isPicture(*format);
    const bool suitable = format && (m_view == ExportView::Events ? !picture : picture);
    m_width->setEnabled(picture && *format != ExportFormat::Pdf);
    m_height->setEnabled(picture && *format != ExportFormat::Pdf);
    m_scale->setEnabled(format == ExportFormat::Png);
    m_pageSize->setEnabled(format == ExportFormat::Pdf);
    m_orientation->setEnabled(format == ExportFormat::Pdf);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(suitable);
    if (suitable)
        m_problem->clear();
    else if (m_view == ExportView::Events)
        m_problem->setText(tr("Name a file ending in .csv or .json."));
    else
        m_problem->setText(tr("Name a file ending in .png, .svg or .pdf."));
}

ExportRequest ExportDialog::request() const {
    ExportRequest request;
    request.view = m_view;
    request.path = m_path->text();
    request.title = m_title->text().trimmed();
    request.picture.size = QSize(m_width->value(), m_height->value());
    request.picture.scale = m_scale->value();
    request.picture.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    request.picture.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return request;
}

} // namespace dyad
