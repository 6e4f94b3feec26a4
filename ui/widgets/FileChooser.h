// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <filesystem>
#include <functional>

#include <QString>

class QWidget;

namespace twofold::ui {

// Every file and folder chooser goes through here, so tests can answer them without a
// modal QFileDialog (the same seam as Dialogs). An empty result means "cancelled".
// Paths between Qt and core: the file system's own encoding (QFile::encodeName).
std::filesystem::path toPath(const QString& path);
QString fromPath(const std::filesystem::path& path);

class FileChooser
{
public:
    // A file to write; `suggested` is the full default path, `filter` a QFileDialog filter.
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggested,
                            const QString& filter);
    // An existing file to read.
    static QString openFile(QWidget* parent, const QString& caption, const QString& startDir,
                            const QString& filter);
    // A folder (QFileDialog lets the user make a new one).
    static QString folder(QWidget* parent, const QString& caption, const QString& startDir);

    // Tests: the next chooser is not shown; it returns `path` at once ("" = cancelled).
    // `whileOpen` runs first, as if it happened while the chooser was on screen (a real
    // chooser runs a nested event loop: an idle lock can fire inside it).
    static void setNextPath(const QString& path, std::function<void()> whileOpen = {});
    // Tests: what the last chooser suggested (its default path or start folder).
    static QString lastSuggested();

private:
    static bool takeNext(const QString& suggested, QString& path);
};

} // namespace twofold::ui
