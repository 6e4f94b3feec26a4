// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/Theme.h"

#include "ui/widgets/Contrast.h"
#include "ui/widgets/FocusStyle.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace twofold::ui {

namespace {

struct ThemeText
{
    Q_DECLARE_TR_FUNCTIONS(Theme)
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x29, 0x2e);
    const QColor base(0x22, 0x20, 0x25);
    const QColor text(0xec, 0xe8, 0xef);
    const QColor disabledText(0x85, 0x80, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x30, 0x2d, 0x34));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x92, 0x8d, 0x97)); // 5:1 on the field
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x33, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x45, 0x41, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x39, 0x41));
    p.setColor(QPalette::Mid, QColor(0x28, 0x26, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::Highlight, QColor(0x9a, 0x7c, 0xc4));
    p.setColor(QPalette::HighlightedText, QColor(0x1a, 0x17, 0x1e));
    p.setColor(QPalette::Link, QColor(0xb9, 0xa0, 0xe0));
    p.setColor(QPalette::LinkVisited, QColor(0xa0, 0x88, 0xc8));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette(); // Fusion's, set just before
    p.setColor(QPalette::Window, QColor(0xf6, 0xf3, 0xf0));
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xec, 0xe8));
    p.setColor(QPalette::Button, QColor(0xee, 0xea, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x7a, 0x5c, 0x99));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0x4c, 0x8c));
    return p;
}

// The look the application started with, kept before the first theme is applied so
// "follow the system" can put it back.
struct SystemLook
{
    QString style;
    QPalette palette;
};

const SystemLook& systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

// Installs the style named `name` (Fusion, or the system's) inside FocusStyle, which keeps
// focus and the edges of controls visible; nothing when it is already the one in use.
void useStyle(const QString& name)
{
    const auto* current = qobject_cast<const FocusStyle*>(QApplication::style());
    if (current != nullptr && current->baseName().compare(name, Qt::CaseInsensitive) == 0) {
        return;
    }
    if (QStyle* base = QStyleFactory::create(name)) {
        QApplication::setStyle(new FocusStyle(base));
    }
}

std::optional<ThemeChoice>& overrideSlot()
{
    static std::optional<ThemeChoice> choice;
    return choice;
}

// One filter on the application for every widget that mixes its own colours: the
// application receives ApplicationPaletteChange after every QApplication::setPalette
// and when the system's palette changes.
class PaletteWatcher : public QObject
{
public:
    using QObject::QObject;

    static PaletteWatcher* instance()
    {
        static QPointer<PaletteWatcher> watcher;
        if (!watcher && QCoreApplication::instance() != nullptr) {
            watcher = new PaletteWatcher(QCoreApplication::instance());
            QCoreApplication::instance()->installEventFilter(watcher);
        }
        return watcher;
    }

    void add(QObject* context, std::function<void()> apply)
    {
        std::erase_if(m_followers, [](const Follower& f) { return f.context.isNull(); });
        m_followers.push_back({context, std::move(apply)});
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange) {
            // A copy: a follower may add followers (a widget built while it re-mixes).
            const std::vector<Follower> followers = m_followers;
            for (const Follower& follower : followers) {
                if (!follower.context.isNull()) {
                    follower.apply();
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    struct Follower
    {
        QPointer<QObject> context;
        std::function<void()> apply;
    };
    std::vector<Follower> m_followers;
};

double relativeLuminance(const QColor& colour)
{
    auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// Pins `role` of `widget` to `colour()` now and after every theme change.
void followColour(QWidget* widget, QPalette::ColorRole role, std::function<QColor()> colour)
{
    auto apply = [widget, role, colour = std::move(colour)] {
        QPalette p = widget->palette();
        p.setColor(role, colour());
        widget->setPalette(p);
    };
    apply();
    onPaletteChange(widget, std::move(apply));
}

} // namespace

void setThemeOverride(std::optional<ThemeChoice> choice)
{
    overrideSlot() = choice;
}

std::optional<ThemeChoice> themeOverride()
{
    return overrideSlot();
}

void applyLoginTheme()
{
    applyTheme(themeOverride().value_or(ThemeChoice::System));
}

void onPaletteChange(QObject* context, std::function<void()> apply)
{
    if (PaletteWatcher* watcher = PaletteWatcher::instance()) {
        watcher->add(context, std::move(apply));
    }
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette printPalette()
{
    QPalette p(Qt::black, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::PlaceholderText}) {
        p.setColor(role, Qt::black);
    }
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button}) {
        p.setColor(role, Qt::white);
    }
    p.setColor(QPalette::Link, QColor(0x1a, 0x3d, 0x8f));
    p.setColor(QPalette::LinkVisited, QColor(0x4a, 0x2a, 0x7a));
    p.setColor(QPalette::Highlight, QColor(0xdd, 0xdd, 0xdd));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

ThemeChoice themeFromEnvironment()
{
    const QByteArray value = qgetenv("TWOFOLD_THEME").toLower();
    if (value == "dark") {
        return ThemeChoice::Dark;
    }
    if (value == "light") {
        return ThemeChoice::Light;
    }
    return ThemeChoice::System;
}

void applyTheme(ThemeChoice choice)
{
    const SystemLook& system = systemLook();
    switch (choice) {
    // Every palette passes through readablePalette: the system's may come with a pale
    // placeholder or a highlight too light under white text.
    case ThemeChoice::System:
        useStyle(system.style);
        QApplication::setPalette(readablePalette(system.palette));
        return;
    case ThemeChoice::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(readablePalette(lightPalette()));
        return;
    case ThemeChoice::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(readablePalette(darkPalette()));
        return;
    }
}

bool isDarkPalette()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QList<Swatch> partnerSwatches()
{
    return {
        {QStringLiteral("#7a5c99"), ThemeText::tr("Plum")},
        {QStringLiteral("#c0604d"), ThemeText::tr("Terracotta")},
        {QStringLiteral("#3f7cac"), ThemeText::tr("Lake")},
        {QStringLiteral("#4f8a6e"), ThemeText::tr("Sage")},
        {QStringLiteral("#c08a2e"), ThemeText::tr("Amber")},
        {QStringLiteral("#b0587f"), ThemeText::tr("Rose")},
    };
}

QColor partnerColour(const std::string& hex)
{
    QColor colour(QString::fromStdString(hex));
    // keyring.db is untrusted: anything that is not a colour falls back to plum.
    return colour.isValid() ? colour : QColor(0x7a, 0x5c, 0x99);
}

QPixmap partnerAvatar(const QString& name, const QColor& colour, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    // The partner's colour, a little deeper where white initials would not read (4.5:1).
    painter.setBrush(readableOn(colour, Qt::white));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    const QString initial = name.trimmed().isEmpty() ? QStringLiteral("?") : name.trimmed().left(1).toUpper();
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(qMax(8, size * 9 / 20));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initial);
    return pixmap;
}

void makeHeadline(QWidget* label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
}

QWidget* addCentredColumn(QWidget* page, int maxWidth)
{
    auto* outer = new QHBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* column = new QWidget(page);
    column->setObjectName(page->objectName() + QStringLiteral("Column"));
    column->setMaximumWidth(maxWidth);
    outer->addStretch(1);
    outer->addWidget(column, 100);
    outer->addStretch(1);
    return column;
}

void makeMuted(QWidget* label)
{
    // From the application's palette, not the label's: the label's own text colour is the
    // one pinned here, and would keep the old theme's.
    followColour(label, QPalette::WindowText, [label] {
        const QPalette app = QApplication::palette(label);
        QColor muted = app.color(QPalette::WindowText);
        muted.setAlphaF(0.72);
        // Kept see-through (it sits on cards too) unless that is too faint on the window.
        const QColor window = app.color(QPalette::Window);
        return contrastRatio(blend(muted, window, muted.alphaF()), window) >= kTextContrast
                   ? muted
                   : readableOn(muted, window);
    });
}

void makeErrorText(QWidget* label)
{
    followColour(label, QPalette::WindowText,
                 [] { return isDarkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xa8, 0x36, 0x32); });
}

void makeWarningText(QWidget* label)
{
    followColour(label, QPalette::WindowText,
                 [] { return isDarkPalette() ? QColor(0xf0, 0xb4, 0x5a) : QColor(0x86, 0x56, 0x0c); });
}

QLabel* plainLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    return label;
}

QPushButton* namedButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return b;
}

} // namespace twofold::ui
