#pragma once

namespace dyad {

class MainWindow;
class Settings;

/// Moves what the main window remembers (geometry, docks, splitter, filter, recent files,
/// chart mode, tab) between the window and the settings.
class WindowSettings {
public:
    static void restore(MainWindow& window, Settings& settings);
    static void save(const MainWindow& window, Settings& settings);
};

} // namespace dyad
