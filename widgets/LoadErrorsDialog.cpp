#include "widgets/LoadErrorsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dyad {

LoadErrorsDialog::LoadErrorsDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this)) {
    setWindowTitle(tr("Files Not Loaded"));
    setModal(false);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("File"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Files not loaded"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 320);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    QPushButton* clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::ResetRole);
    connect(copy, &QPushButton::clicked, this, &LoadErrorsDialog::copyAll);
    connect(clear, &QPushButton::clicked, this, &LoadErrorsDialog::clearProblems);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 320);
    updateSummary();
}

void LoadErrorsDialog::addProblems(const QList<SessionFeeder::Problem>& problems) {
    for (const SessionFeeder::Problem& problem : problems) {
        auto* item = new QTreeWidgetItem(
            m_list,
            {problem.path.isEmpty() ? tr("(store)") : QDir::toNativeSeparators(problem.path),
             problem.reason});
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, problem.reason);
    }
    updateSummary();
}

void LoadErrorsDialog::clearProblems() {
    m_list->clear();
    updateSummary();
}

int LoadErrorsDialog::problemCount() const {
    return m_list->topLevelItemCount();
}

QString LoadErrorsDialog::problemText(int row) const {
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item ? item->text(0) + QStringLiteral(": ") + item->text(1) : QString();
}

void LoadErrorsDialog::copyAll() {
    QStringList lines;
    for (int row = 0; row < problemCount(); ++row)
        lines << problemText(row);
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void LoadErrorsDialog::updateSummary() {
    m_summary->setText(problemCount() == 0
                           ? tr("Every file was loaded.")
                           : tr("%n file(s) or document(s) could not be loaded; the others were.",
                                nullptr, problemCount()));
}

} // namespace dyad
