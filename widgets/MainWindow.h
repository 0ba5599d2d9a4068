#pragma once

#include <QMainWindow>
#include <QStringList>

class QListWidget;

namespace dyad {

/// The viewer's main window. For now it lists the article files it was given; the timeline,
/// matrix, source panel and filters arrive with the models they are built on.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Opens files and folders (folders recursively) and lists the articles found.
    void openPaths(const QStringList& paths);

private:
    void createMenus();
    void chooseFiles();
    void chooseFolder();
    void showAbout();

    QListWidget* m_documents = nullptr;
};

} // namespace dyad
