// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/KeyboardOrder.h"

#include <algorithm>

#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace twofold::ui {
namespace {

void collect(QWidget* widget, QList<QWidget*>& out);

// The items of a layout in reading order: a grid and a form by row then column.
QList<QLayoutItem*> itemsInOrder(QLayout* layout)
{
    struct Placed
    {
        int row = 0;
        int column = 0;
        int index = 0;
        QLayoutItem* item = nullptr;
    };
    QList<Placed> placed;
    for (int i = 0; i < layout->count(); ++i) {
        Placed p{0, 0, i, layout->itemAt(i)};
        if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
            int rowSpan = 0;
            int columnSpan = 0;
            grid->getItemPosition(i, &p.row, &p.column, &rowSpan, &columnSpan);
        } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getItemPosition(i, &p.row, &role);
            p.column = role == QFormLayout::LabelRole ? 0 : 1;
        } else if (auto* box = qobject_cast<QBoxLayout*>(layout)) {
            // Right to left and bottom to top are read from the other end.
            if (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop) {
                p.row = -i;
            }
        }
        placed << p;
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return a.row != b.row         ? a.row < b.row
               : a.column != b.column ? a.column < b.column
                                      : a.index < b.index;
    });
    QList<QLayoutItem*> items;
    for (const Placed& p : placed) {
        items << p.item;
    }
    return items;
}

void collectLayout(QLayout* layout, QList<QWidget*>& out)
{
    for (QLayoutItem* item : itemsInOrder(layout)) {
        if (item == nullptr) {
            continue;
        }
        if (QWidget* widget = item->widget()) {
            collect(widget, out);
        } else if (QLayout* inner = item->layout()) {
            collectLayout(inner, out);
        }
    }
}

void collect(QWidget* widget, QList<QWidget*>& out)
{
    if (widget == nullptr || widget->isWindow()) {
        return;
    }
    // A widget that takes Tab itself is one stop, whatever it holds (a spin box's line
    // edit, a list's viewport); a scroll area that takes none is only its content.
    if ((widget->focusPolicy() & Qt::TabFocus) && widget->focusProxy() == nullptr) {
        out << widget;
        if (QLayout* layout = widget->layout()) {
            collectLayout(layout, out); // a checkable group box, then what it holds
        }
        return;
    }
    if (auto* scroll = qobject_cast<QScrollArea*>(widget)) {
        collect(scroll->widget(), out);
        return;
    }
    if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
        collect(tabs->tabBar(), out); // its tabs first, then what the pages hold
        for (int i = 0; i < tabs->count(); ++i) {
            collect(tabs->widget(i), out);
        }
        return;
    }
    if (auto* splitter = qobject_cast<QSplitter*>(widget)) {
        for (int i = 0; i < splitter->count(); ++i) {
            collect(splitter->widget(i), out);
        }
        return;
    }
    if (auto* stack = qobject_cast<QStackedWidget*>(widget)) {
        for (int i = 0; i < stack->count(); ++i) {
            collect(stack->widget(i), out);
        }
        return;
    }
    if (QLayout* layout = widget->layout()) {
        collectLayout(layout, out);
    }
}

} // namespace

QList<QWidget*> widgetsInLayoutOrder(QWidget* root)
{
    QList<QWidget*> out;
    if (root == nullptr) {
        return out;
    }
    if (auto* scroll = qobject_cast<QScrollArea*>(root)) {
        collect(scroll->widget(), out);
    } else if (QLayout* layout = root->layout()) {
        collectLayout(layout, out);
    }
    // A widget reached twice (added to two layouts by mistake) keeps its first place.
    QList<QWidget*> unique;
    for (QWidget* w : out) {
        if (!unique.contains(w)) {
            unique << w;
        }
    }
    return unique;
}

void chainTabOrder(const QList<QWidget*>& widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i) {
        if (widgets.at(i - 1)->window() == widgets.at(i)->window()) {
            QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
        }
    }
}

void orderTabsAsLaidOut(QWidget* root)
{
    chainTabOrder(widgetsInLayoutOrder(root));
}

} // namespace twofold::ui
