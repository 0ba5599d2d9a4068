#include "widgets/MainWindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace dyad {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_documents(new QListWidget(this)) {
    setWindowTitle(tr("Dyad"));
    m_documents->setAccessibleName(tr("Documents"));
    setCentralWidget(m_documents);
    createMenus();
    statusBar()->showMessage(tr("No documents"));
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Files…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::chooseFolder);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dyad"), this, &MainWindow::showAbout);
}

void MainWindow::openPaths(const QStringList& paths) {
    const QStringList suffixes{"txt", "md", "markdown", "html", "htm"};
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (suffixes.contains(QFileInfo(file).suffix().toLower()))
                    m_documents->addItem(QDir::toNativeSeparators(file));
            }
        } else {
            m_documents->addItem(QDir::toNativeSeparators(path));
        }
    }
    m_documents->sortItems();
    statusBar()->showMessage(tr("%n document(s)", nullptr, m_documents->count()));
}

void MainWindow::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(),
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Dyad"),
                       tr("Dyad %1\nThe history of relations between countries, read from news "
                          "articles.\nLicensed under the GNU GPL, version 3 or later.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace dyad
