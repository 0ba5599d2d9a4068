#include "app/WindowSettings.h"

#include "app/Settings.h"
#include "widgets/MainWindow.h"

namespace dyad {

void WindowSettings::restore(MainWindow& window, Settings& settings) {
    WindowMemory memory;
    memory.geometry = settings.windowGeometry.get();
    memory.state = settings.windowState.get();
    memory.centralSplitter = settings.mainSplitter.get();
    memory.filter = settings.lastFilter.get();
    memory.recentFiles = settings.recentFiles();
    memory.timelineMode = settings.timelineMode.get();
    memory.currentView = settings.currentView.get();
    memory.furnitureShown = settings.furnitureShown.get();
    window.restoreMemory(memory);
}

void WindowSettings::save(const MainWindow& window, Settings& settings) {
    const WindowMemory memory = window.memory();
    settings.windowGeometry.set(memory.geometry);
    settings.windowState.set(memory.state);
    settings.mainSplitter.set(memory.centralSplitter);
    settings.lastFilter.set(memory.filter);
    settings.clearRecentFiles();
    for (auto it = memory.recentFiles.crbegin(); it != memory.recentFiles.crend(); ++it)
        settings.addRecentFile(*it);
    settings.timelineMode.set(memory.timelineMode);
    settings.currentView.set(memory.currentView);
    settings.furnitureShown.set(memory.furnitureShown);
    settings.sync();
}

} // namespace dyad
