// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/FileChooser.h"

#include <optional>
#include <utility>

#include <QFile>
#include <QFileDialog>

namespace twofold::ui {

namespace {

std::optional<QString> g_nextPath;
std::function<void()> g_whileOpen;
QString g_lastSuggested;

} // namespace

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString fromPath(const std::filesystem::path& path)
{
    return QFile::decodeName(QByteArray::fromStdString(path.native()));
}

bool FileChooser::takeNext(const QString& suggested, QString& path)
{
    g_lastSuggested = suggested;
    if (!g_nextPath) {
        return false;
    }
    path = *g_nextPath;
    g_nextPath.reset();
    if (auto whileOpen = std::exchange(g_whileOpen, {})) {
        whileOpen();
    }
    return true;
}

QString FileChooser::saveFile(QWidget* parent, const QString& caption, const QString& suggested,
                              const QString& filter)
{
    QString path;
    if (takeNext(suggested, path)) {
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileChooser::openFile(QWidget* parent, const QString& caption, const QString& startDir,
                              const QString& filter)
{
    QString path;
    if (takeNext(startDir, path)) {
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, startDir, filter);
}

QString FileChooser::folder(QWidget* parent, const QString& caption, const QString& startDir)
{
    QString path;
    if (takeNext(startDir, path)) {
        return path;
    }
    return QFileDialog::getExistingDirectory(parent, caption, startDir);
}

void FileChooser::setNextPath(const QString& path, std::function<void()> whileOpen)
{
    g_nextPath = path;
    g_whileOpen = std::move(whileOpen);
}

QString FileChooser::lastSuggested()
{
    return g_lastSuggested;
}

} // namespace twofold::ui
