// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <functional>
#include <optional>

#include <QColor>
#include <QList>
#include <QPalette>
#include <QPixmap>
#include <QString>

class QObject;
class QWidget;

class QLabel;
class QPushButton;

namespace twofold::ui {

enum class ThemeChoice
{
    System, // the platform's style and palette
    Light,  // Fusion with a light palette
    Dark,   // Fusion with a dark palette
};

// From TWOFOLD_THEME=light|dark (screenshots, testing); System otherwise.
ThemeChoice themeFromEnvironment();
// Applies at once to every widget: System puts back the style and palette the
// application started with.
void applyTheme(ThemeChoice choice);
bool isDarkPalette();

// A theme chosen for the whole process from outside (TWOFOLD_THEME, the screenshot
// tool) wins over each partner's own choice; std::nullopt (the default) lets them choose.
void setThemeOverride(std::optional<ThemeChoice> choice);
std::optional<ThemeChoice> themeOverride();
// The unlock screen belongs to nobody: it follows the system (or the override).
void applyLoginTheme();

// Calls `apply` whenever the application's palette changes (a theme switch, or the
// system's own), for as long as `context` lives. Widgets that mix their own colours
// from the palette re-mix them here, so a theme applies fully at once.
void onPaletteChange(QObject* context, std::function<void()> apply);

// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

// Dark ink on white, whatever the theme: for everything printed or written as a PDF.
QPalette printPalette();

// The colours a partner may choose: warm, distinct, readable with white initials.
struct Swatch
{
    QString hex;
    QString name; // translated, for accessibility
};
QList<Swatch> partnerSwatches();
QColor partnerColour(const std::string& hex);

// A round badge with the partner's initial, so nobody writes in the wrong journal.
QPixmap partnerAvatar(const QString& name, const QColor& colour, int size, qreal devicePixelRatio = 1.0);

// Headline font: the widget's font, larger and a little bolder.
void makeHeadline(QWidget* label, qreal scale = 1.6);
// Secondary text: the palette's text colour, a little lighter (or darker), readable
// (4.5:1) on the window colour; follows theme changes.
void makeMuted(QWidget* label);
// Error and warning text in red and amber shades readable on the current theme's
// window colour; follows theme changes.
void makeErrorText(QWidget* label);
void makeWarningText(QWidget* label);
// Gives `page` a centred column at most `maxWidth` wide and returns it; lay the page's
// content out inside the column so lines stay readable on wide windows.
QWidget* addCentredColumn(QWidget* page, int maxWidth = 640);

// A plain-text, word-wrapped label: words shown in it are never read as markup.
QLabel* plainLabel(const QString& text, QWidget* parent, const QString& objectName = {});
// A push button with an object name (tests find it) and an accessible name without the
// mnemonic's '&'.
QPushButton* namedButton(const QString& text, const QString& objectName, QWidget* parent);
// Form labels of one width, so stacked forms line up.
constexpr int kFormLabelWidth = 96;

} // namespace twofold::ui
