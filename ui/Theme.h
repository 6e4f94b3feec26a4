#pragma once

#include <QColor>
#include <QList>
#include <QPixmap>
#include <QString>

class QWidget;

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
void applyTheme(ThemeChoice choice);
bool isDarkPalette();

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
void makeMuted(QWidget* label);
// Gives `page` a centred column at most `maxWidth` wide and returns it; lay the page's
// content out inside the column so lines stay readable on wide windows.
QWidget* addCentredColumn(QWidget* page, int maxWidth = 640);

// A push button with an object name (tests find it) and an accessible name without the
// mnemonic's '&'.
QPushButton* namedButton(const QString& text, const QString& objectName, QWidget* parent);
// Form labels of one width, so stacked forms line up.
constexpr int kFormLabelWidth = 96;

} // namespace twofold::ui
